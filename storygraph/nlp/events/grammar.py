"""Questions about the parse that every rule family asks: a complement's preposition, a noun's 'de X'
complements, whether a word is plural or names people, which object classes words belong to."""
from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from ...lang import resource
from ...lang.text import fold
from .context import Context
from .lexicon import PRONOUNS, Lexicon
from ..features import feature
from ..index import dependents
from .context import subtree_bounds

#: dependency labels of a clause's subjects, and of the dependents that can carry an event's roles
SUBJ = ("nsubj", "nsubj:pass", "csubj")
ROLE_DEPS = ("obj", "iobj", "obl", "obl:arg", "obl:mod", "obl:agent", "nmod", "obj:lvc")


def dated_clause(ctx: Context, n: Token) -> Token | None:
    """The verb whose clause an event noun dates, as its time adjunct ('après la rencontre', 'lors de l'entretien', 'à
    l'issue du sommet'); else None."""
    lex = ctx.lex
    if n.dep_ == "nmod" and case_of(ctx, n) in lex.of_forms and fold(n.head.lemma_) in lex.time_adjunct_nouns:
        n = n.head  # 'à l'issue d'une rencontre': the noun that dates the clause
    elif n.dep_.startswith("obl") and n.head.dep_ == "advmod" and fold(n.head.text) in lex.time_adjunct_preps:
        n = n.head  # 'lors de sa visite': the parser hangs the noun on 'lors', an adverb of the verb
    elif case_of(ctx, n) not in lex.time_adjunct_preps:
        return None
    return n.head if (n.dep_.startswith("obl") or n.dep_ == "advmod") and n.head.pos_ in ("VERB", "AUX") and \
        n.head.i != n.i else None


def case_of(ctx: Context, c: Token) -> str:
    """The preposition introducing a complement ('à' for 'à la Russie'), read off the Context's dependents lists."""
    found = ctx.cases.get(c.i)  # asked some four hundred times per article, of fewer words
    if found is None:
        deps = ctx.deps
        found = ctx.cases[c.i] = next((fold(g.text) for g in ctx.kids(c) if deps[g.i] == "case"), "")
    return found


def of_complements(ctx: Context, t: Token) -> list[Token]:
    """A noun's 'de X' complements ('des portraits du président', 'le soutien des États-Unis')."""
    return [x for x in ctx.kids(t) if x.dep_ == "nmod" and case_of(ctx, x) in ctx.lex.of_forms]


def patient_after_agent(ctx: Context, t: Token) -> Token | None:
    """'l'arrestation par la police de trois militants': French may set a noun's agent before its 'de'
    complement, which the parser then hangs on the agent; for a noun's 'par X' complement `t`, that 'de' phrase
    when it names people the noun has no other 'de' for (not a place: 'la police de Lyon' is one body)."""
    n = _agent_of(ctx, t)
    if n is None:
        return None
    if any(x.i < t.i for x in of_complements(ctx, n)):
        return None
    g = next((x for x in of_complements(ctx, t) if x.i > t.i), None)
    if g is None or g.ent_type_ == "LOC" or not (g.ent_type_ == "PER" or g.pos_ == "NOUN" and is_people(ctx.lex, g) and
                                                 any(d.dep_ in ("det", "nummod") for d in ctx.kids(g))):
        return None
    return g


def _agent_of(ctx: Context, t: Token) -> Token | None:
    """The noun a 'par X' complement names the doer of: its head, or the object right before it the parser passed
    over for the verb ('a annoncé l'interpellation par les douanes', where an active verb has no agent)."""
    if t.head.i >= t.i or case_of(ctx, t) not in ctx.lex.agent_cases:  # (the position first: asked of every dependent)
        return None
    if t.dep_ in ("nmod", "obl:agent") and t.head.pos_ == "NOUN":
        return t.head
    v = t.head
    if t.dep_ not in ("obl", "obl:mod") or v.pos_ != "VERB" or any(c.dep_ == "aux:pass" for c in ctx.kids(v)):
        return None
    start = subtree_bounds(t)[0]
    return next((o for o in ctx.kids(v) if o.dep_ == "obj" and o.pos_ == "NOUN" and subtree_bounds(o)[1] == start - 1),
                None)


def plural(t: Token) -> bool:
    """A coordination ('X et Y') or a plural common noun: more than one party."""
    return any(c.dep_ == "conj" for c in dependents(t)) or "Plur" in feature(t, "Number") and t.pos_ != "PROPN"


def is_people(lex: Lexicon, t: Token) -> bool:
    """A noun or pronoun that names people ('les otages', 'des manifestants', 'les Palestiniens')."""
    f = fold(t.lemma_)
    return f in lex.people and _as_written(lex.lang, f, t.lemma_) or (t.pos_ == "PRON" and fold(t.text) in PRONOUNS) or \
        (t.pos_ in ("PROPN", "NOUN") and t.text[:1].isupper() and "Plur" in feature(t, "Number")) or \
        nominal(t) and any(w in lex.people for w in _bases(fold(t.text)))


def _as_written(lang: str, folded: str, lemma: str) -> bool:
    """False when a lemma folds onto a people noun but is another word by its accents ('retraite', a pension,
    is no 'retraité')."""
    written = _people_written(lang).get(folded)
    return written is None or lemma.lower() == written or not any(c in "éèêàâîïôûùç" for c in written) or \
        any(c in "éèêàâîïôûùç" for c in lemma.lower())


@lru_cache(maxsize=8)
def _people_written(lang: str) -> dict[str, str]:
    """The people nouns as written, by their folded form."""
    data = resource(lang, "events")
    return {fold(w): w.lower() for w in data.get("people_nouns", []) + data.get("party_nouns", []) + data.get("kin_nouns", [])}


def nominal(t: Token) -> bool:
    """A participle or adjective used as a noun, with its determiner ('l'opposant', 'les manifestants' tagged as
    verbs): the tagger's lemma is the verb's, the word names whoever does it."""
    return t.pos_ in ("VERB", "ADJ") and any(c.dep_ == "det" and c.i < t.i for c in dependents(t)) and \
        not any(c.dep_.startswith(("aux", "nsubj", "obj")) for c in dependents(t))


def _bases(form: str) -> tuple[str, ...]:
    """A noun's possible masculine singular forms by their regular endings ('opposantes' → 'opposant')."""
    sing = form[:-1] if form.endswith("s") else form
    return (form, sing, sing[:-1] if sing.endswith("e") else sing)


def classes_of(lex: Lexicon, toks: list[Token]) -> set[str]:
    """The object classes and lemmas these words belong to."""
    found = set()
    for t in toks:
        for w in (fold(t.lemma_), fold(t.text)):
            found.add(w)
            found.update(lex.class_of.get(w, ()))
    return found


def shared_objects(verb: Token) -> list[Token]:
    """The direct objects a verb without one of its own shares with the verbs it is coordinated with ('retrouvera,
    arrêtera et punira les réseaux', 'a arrêté puis relâché trois militants'): the parser hangs the one object on
    one of the verbs."""
    if verb.pos_ != "VERB" or any(c.dep_ == "obj" for c in dependents(verb)):
        return []
    group = [verb.head] if verb.dep_ == "conj" and verb.head.pos_ == "VERB" else []
    first = group[0] if group else verb
    group += [c for c in dependents(first) if c.dep_ == "conj" and c.pos_ == "VERB" and c.i != verb.i]
    return [c for v in group for c in dependents(v) if c.dep_ == "obj"]
