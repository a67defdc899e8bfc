"""Whether an event happened: asserted, future, hypothetical or negated, from the trigger's grammar and the
words that govern it (negation, conditional and future, 'si', modal and appeal governors, aims)."""
from __future__ import annotations

import re

from spacy.tokens import Token

from ...lang.text import fold
from .context import Context
from .grammar import case_of, dated_clause
from .lexicon import Lexicon
from ..features import feature


def governors(ctx: Context, tok: Token, kind: str) -> list[Token]:
    """The words whose mood and meaning the trigger's status depends on: for a verb, the verbs and
    adjectives it is the infinitive complement of ('pourrait envoyer', 'prête à payer'); for a noun,
    the first verb or adjective above it."""
    lex, out, t = ctx.lex, [], tok
    for _ in range(3):
        h = t.head
        if h.i == t.i:
            break
        if kind == "verb":
            if t.dep_ == "acl:relcl" and fold(h.text) == "ce" and h.head.i != h.i:
                h = h.head  # 's'attendent à ce que la banque relève …': the verb that expects the clause
            elif not (t.dep_ == "xcomp" or (t.dep_ == "advcl" and h.pos_ == "ADJ") or
                      (t.dep_ in ("obl:arg", "acl") and "Inf" in feature(t, "VerbForm") and h.pos_ in ("NOUN", "ADJ"))):
                break  # ('en mesure de proposer': an infinitive complement of a noun or adjective)
        elif t.dep_ in ("conj", "appos", "parataxis", "nsubj", "nsubj:pass", "obl:agent") or _agent(ctx, t):
            break  # 'la rencontre doit aider': what a subject noun names is not governed by its verb's mood
            # (nor a passive's agent: 'le convoi a été visé par des tirs' tells of shots, not of an aim)
        out.append(h)
        if kind != "verb":
            if h.pos_ == "NOUN" and fold(h.lemma_) not in lex.hypo_gov:
                break  # 'au lendemain du lancement': a noun that says nothing of possibility ends the search
            if h.pos_ in ("VERB", "AUX", "ADJ") and not ("Inf" in feature(h, "VerbForm") and any(
                    c.dep_ == "mark" and fold(c.text) in ("de", "d'", "a", "à") for c in ctx.kids(h))):
                break  # an infinitive complement passes the question on: 'la possibilité d'arriver à un accord'
        t = h
    return out


def _agent(ctx: Context, t: Token) -> bool:
    """True for a passive verb's 'par' complement, whatever label the parser gave it ('visé par des frappes')."""
    return t.dep_.startswith("obl") and case_of(ctx, t) in ctx.lex.agent_cases and \
        any(c.dep_ == "aux:pass" for c in ctx.kids(t.head))


def negated(ctx: Context, t: Token) -> bool:
    """'n'ont pas soutenu', 'ne restera pas', 'aucun accord', 'non-respect'."""
    lex, kids = ctx.lex, ctx.kids(t)
    if any(fold(c.text) in ("ne", "n'") for c in kids) and any(fold(c.text) in lex.negation for c in kids):
        return True
    return any(c.dep_ == "det" and fold(c.text) in ("aucun", "aucune", "nul", "nulle") for c in kids)


def status(ctx: Context, tok: Token, kind: str, visit: bool = False, etype: str = "") -> str:
    """asserted, future, hypothetical or negated, from the trigger's own grammar and its governors
    (a trip 'pour se rendre à X' is the trip itself, not an aim: `visit`; a protest 'pour dénoncer X' voices the
    denunciation as it happens: `etype` of the purpose's voiced types)."""
    lex = ctx.lex
    # an event noun that dates its clause is told as a fact, whatever the clause denies, promises or asks ('n'a pas
    # réagi après l'arrestation de X', 'lors de sa visite à Bruxelles, X s'est engagé à …')
    govs = [] if kind != "verb" and dated_clause(ctx, tok) is not None else governors(ctx, tok, kind)
    # the Context's dependents lists: spaCy's `children` walks a verb's whole clause, and the tests below and the
    # other rules ask about the same words
    kids = ctx.kids(tok)
    if negated(ctx, tok) or (kind != "verb" and govs and negated(ctx, govs[-1])):
        return "negated"
    if any(fold(g.lemma_) in lex.future_gov and g.pos_ in ("VERB", "AUX")
           and not (fold(g.lemma_) == "aller" and "Part" in feature(g, "VerbForm"))  # 'était allé rencontrer'
           for g in govs):
        return "future"  # 'devraient se revoir', 'a appelé à la libération', 'exige des sanctions'
    if kind == "verb" and "Inf" in feature(tok, "VerbForm") and not visit and etype not in lex.voiced_types and \
            any(c.dep_ == "mark" and fold(c.text) in lex.purpose for c in kids):
        return lex.purpose_status  # 'pour raviver les liens': an aim, not yet a fact
    t = tok
    for _ in range(4):  # 'si' on the clause or any clause above it
        if any(fold(c.text) in lex.hypo_marks and c.dep_ == "mark" for c in ctx.kids(t)):
            return "hypothetical"
        if t.dep_ not in ("advcl", "conj", "xcomp") or t.head.i == t.i:
            break
        t = t.head
    if any(c.dep_ == "amod" and fold(c.text) in lex.hypo_mod for c in kids):
        return "hypothetical"
    if kind == "verb" and tok.dep_ == "conj" and tok.head.pos_ == "VERB" and tok.head.i != tok.i and \
            not any(c.dep_.startswith("aux") for c in kids) and "Past" not in feature(tok, "Tense"):
        head_status = status(ctx, tok.head, kind)
        if head_status in ("future", "hypothetical"):
            return head_status  # "la police retrouvera, jugera et punira"
    if any(c.dep_ == "amod" and fold(c.text) in lex.future_mod for c in kids):
        return "future"
    if kind != "verb" and _scheduled(lex, tok):
        return "future"  # 'une marche est prévue dimanche', 'le sommet, programmé en mai'
    for n, t in enumerate([tok] + govs):
        auxes = [c for c in (kids if n == 0 else ctx.kids(t)) if c.dep_.startswith(("aux", "cop"))]
        moods = feature(t, "Mood") + [m for a in auxes for m in feature(a, "Mood")]
        perfect = "Part" in feature(t, "VerbForm") and any(a.dep_ == "aux:tense" for a in auxes)
        if "Cnd" in moods and not perfect:  # 'se serait opposé': the journalistic conditional reports a fact
            return "hypothetical"
        if n > 0 and fold(t.lemma_) in lex.hypo_gov:
            return "hypothetical"
        tenses = feature(t, "Tense") + [m for a in auxes for m in feature(a, "Tense")]
        if "Fut" in tenses or (t.pos_ == "VERB" and not auxes and "Past" not in tenses and "Fin" in feature(t, "VerbForm")
                               and re.search(r"(?:er|ir|rr|ur|dr)(?:a|as|ai|ons|ez|ont)$", fold(t.text))):
            return "future"  # the tagger left 'punira', 'fourniront' without tense
    return "asserted"


def _scheduled(lex: Lexicon, noun: Token) -> bool:
    """True when an event noun is the subject of a scheduling predicate ('la rencontre est prévue lundi', 'le
    sommet a été programmé en mai'): what is planned has not happened yet."""
    if noun.dep_ not in ("nsubj", "nsubj:pass") or noun.head.i == noun.i:
        return False
    pred = noun.head
    return (fold(pred.text) in lex.future_mod or fold(pred.lemma_) in lex.future_gov and "Part" in feature(pred, "VerbForm")) \
        and fold(pred.lemma_) != "aller"
