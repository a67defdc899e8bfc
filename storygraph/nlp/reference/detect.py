"""Mentions that are not proper names: descriptions ('le magistrat', 'la ministre', 'le parquet de Nanterre') and
pronouns ('il', 'a-t-elle', 'ce dernier', 'celle-ci'), with the gender, number and role the parse gives them."""
from __future__ import annotations

from spacy.tokens import Doc, Token

from ...lang.text import fold
from ..grammar import grammar
from ..index import dependents, forms, sentence_bounds, sentence_number, table
from .entities import Link
from .lexicon import Lexicon
from ..features import feature

SUBJECT_DEPS = ("nsubj", "nsubj:pass", "expl:subj")
#: prepositions that carry a definite article ('du' = 'de le')
CONTRACTED = ("du", "des", "au", "aux")


def pronoun_form(tok: Token) -> str:
    """'-t-il' → 'il', '-elle' → 'elle', 'Il' → 'il'."""
    f = fold(tok.text)
    return f.lstrip("-t").lstrip("-") if f.startswith("-") else f


def feminine_form(tok: Token) -> bool:
    """True when a noun is spelled as the feminine of its lemma by one of the grammar's endings ('agricultrice' of
    'agriculteur', 'avocates' of 'avocat'): what the tagger's gender, often copied from the lemma, may miss."""
    form, lemma = fold(tok.text), fold(tok.lemma_)
    if form.endswith("s") and not lemma.endswith("s"):
        form = form[:-1]
    if form == lemma:
        return False
    return any(form.endswith(fem) and lemma.endswith(masc) and form[:len(form) - len(fem)] == lemma[:len(lemma) - len(masc)]
               and len(form) > len(fem) + 2 for fem, masc in grammar(tok.lang_).feminine)


def features(tok: Token) -> tuple[str | None, str | None]:
    """Gender and number the parse gives a word ('f'/'m', 's'/'p')."""
    g = feature(tok, "Gender")
    n = feature(tok, "Number")
    if tok.pos_ == "NOUN" and feminine_form(tok):
        g = ["Fem"]  # 'l'agricultrice', tagged masculine after its lemma 'agriculteur'
    return ({"Fem": "f", "Masc": "m"}.get(g[0]) if len(g) == 1 else None,
            {"Sing": "s", "Plur": "p"}.get(n[0]) if len(n) == 1 else None)


def pronoun(doc: Doc, lex: Lexicon, tok: Token) -> Link | None:
    """A third-person pronoun (subject, clitic, stressed or demonstrative) as a mention, or None."""
    f = pronoun_form(tok)
    text = forms(doc)
    nxt = fold(text[tok.i + 1]) if tok.i + 1 < len(doc) else ""
    # a demonstrative with its '-ci' is one whatever the tagger made of 'Celui' at a sentence's start
    if tok.pos_ == "PRON" or tok.text.startswith("-") or nxt in ("-ci", "-la", "-") and f in lex.demonstrative_stems:
        if nxt in ("-ci", "-la") and f + nxt in lex.pronouns:  # 'celui-ci' written as two tokens
            p = lex.pronouns[f + nxt]
            return _link(tok, tok.i, tok.i + 2, "pronoun", p["gender"], p["number"])
        if nxt == "-" and tok.i + 2 < len(doc) and f + "-" + fold(text[tok.i + 2]) in lex.pronouns:
            p = lex.pronouns[f + "-" + fold(text[tok.i + 2])]  # or as three ('Celle', '-', 'ci')
            return _link(tok, tok.i, tok.i + 3, "pronoun", p["gender"], p["number"])
        if tok.pos_ == "PRON" and f in lex.object_pronouns and tok.dep_ in ("obj", "iobj", "obl:arg") and \
                fold(tok.head.lemma_) not in lex.idiom_clitic_verbs:  # 'le oui l'emporte': no one is taken
            p = lex.object_pronouns[f]  # 'il lui a dit': an object clitic agrees in number only
            return _link(tok, tok.i, tok.i + 1, "pronoun", p["gender"], p["number"])
        if f in lex.pronouns and f not in ("je", "nous") and not lex.grammar.impersonal(tok):
            p = lex.pronouns[f]
            return _link(tok, tok.i, tok.i + 1, "pronoun", p["gender"], p["number"])
    if f in lex.possessives and tok.dep_ in lex.grammar.possessive_deps and tok.pos_ in ("DET", "PRON"):
        # 'son arrestation': the possessor, in number only (in French); 'his arrest' says a man's too
        return _link(tok, tok.i, tok.i + 1, "pronoun", lex.possessive_genders.get(f), lex.possessives[f], rule="possessive")
    if f in lex.latter and tok.i > 0 and fold(text[tok.i - 1]) in lex.demonstratives:
        # 'ce dernier', 'cette dernière', 'ces derniers': the latter of those just named
        g, n = features(tok)
        return _link(tok, tok.i - 1, tok.i + 1, "pronoun", g or ("f" if f.endswith(("ere", "eres")) else "m"),
                     n or ("p" if f.endswith("s") else "s"), rule="latter")
    return None


def description(doc: Doc, lex: Lexicon, tok: Token, heads: set[str]) -> Link | None:
    """A noun phrase headed by a title, an institution, a group or people noun ('la ministre', 'le syndicat',
    'les manifestants'), cited with its determiners, adjectives and 'de' complements."""
    tab = table(doc)  # the Doc's words read in place: no Token made per look-up
    k = tok.i
    word, pos = tab.texts[k], tab.pos[k]
    if not word[:1].islower():
        return None
    kids = dependents(tok)
    deps = tab.deps
    if pos != "NOUN" and not (pos == "ADJ" and fold(word) in lex.epithets and any(deps[c.i] == "det" for c in kids)):
        return None  # an epithet with its article is a noun the tagger took for an adjective ('la plaignante')
    if fold(tok.lemma_) not in heads and fold(word) not in heads and fold(word) not in lex.role_words:
        return None
    # 'du président', 'aux manifestants': the contracted preposition holds the article
    if not any(deps[c.i] in ("det", "nmod:poss") or deps[c.i] == "case" and fold(tab.texts[c.i]) in CONTRACTED
               for c in kids) and not deps[k].startswith("nsubj"):
        return None  # a bare noun ('en tant que ministre') names a function, not someone
    lo, hi = lex.grammar.np_bounds(tok)
    for c in tok.rights:
        # 'l'ambassadeur du Pérou auprès de l'Unesco', 'l'agence chargée des routes': the post's domain, which the
        # parser hangs outside the noun phrase, names it too
        if c.i == hi + 1 and lex.grammar.np_complement(c):
            sub = sorted(x.i for x in c.subtree)
            while len(sub) > 1 and tab.toks[sub[-1]].is_punct:
                sub.pop()  # the comma that closes the phrase, which the parser may hang on the participle
            if max(sub) - min(sub) + 1 == len(sub) and max(sub) - tok.i < 12 and not any(tab.toks[x].is_punct for x in sub):
                hi = max(sub)
    g, n = features(tok)
    det = next((c for c in kids if deps[c.i] == "det" and fold(tab.texts[c.i]) not in ("l'", "les", "des")), None)
    if det is not None and features(det)[0]:
        g = features(det)[0]  # the determiner says an epicene title's gender ('la ministre'), the noun may not
    return _link(tok, lo, hi + 1, "description", g, n, head=tok)


def _link(tok: Token, i: int, j: int, form: str, gender, number, rule: str = "", head: Token | None = None) -> Link:
    doc = tok.doc
    h = head or tok
    tab = table(doc)
    return Link(tab.starts[i], tab.starts[j - 1] + len(tab.texts[j - 1]), i, j, form, rule=rule,
                subject=tab.deps[h.i] in SUBJECT_DEPS or tab.texts[tok.i].startswith("-"), gender=gender,
                number=number, sent=sentence_bounds(doc)[sentence_number(doc, tok.i)], head=h.i)


def description_end(doc: Doc, lex: Lexicon, lk: Link, covered: set[int], cues: list[int]) -> int:
    """Where a description ends (a token index, lk.j when it runs whole): before the name its title introduces ('la
    candidate de l'opposition Maria Lopez': the opposition, then the woman; 'l'administration Trump' and 'un
    responsable du Hamas' stay whole), before an agent or an adjunct of manner the parser hung on it ('l'invasion du
    pays par le Chili', 'une source sous couvert d'anonymat'), and before a quote's cue it ran into ('la présidente
    du groupe juge que …', 'juge' read as a noun)."""
    ends = [lk.j]
    tab = table(doc)  # the Doc's words read in place: no Token made per look-up
    toks, texts, deps, pos = tab.toks, tab.texts, tab.deps, tab.pos
    head = toks[lk.head]
    governor = head.head
    if deps[lk.head] == "nmod" and fold(governor.lemma_) in lex.role_words:
        t = next((t for t in range(lk.head + 1, lk.j) if t in covered), None)
        if t is not None and pos[t - 1] not in ("ADP", "DET"):
            ends.append(t)
    ends += [t for t in range(lk.head + 1, lk.j) if deps[t] == "case" and
             (fold(texts[t]) in lex.agent_words or fold(toks[t].head.lemma_) in lex.manner_nouns)][:1]
    kids = dependents(head)
    if any(deps[c.i] == "det" and c.i < head.i and ("Def" in feature(c, "Definite") or "Dem" in feature(c, "PronType"))
           for c in kids):
        # 'a insisté la ministre devant les députés': a definite description refers back, and a complement of time,
        # place or circumstance the parser hung on it is the clause's, not part of whom it names
        # (only the adjuncts that open with the preposition at t are tried)
        ends += [t for t in range(lk.head + 1, lk.j) if pos[t] == "ADP" and
                 any(tuple(fold(x).replace("’", "'") for x in texts[t:t + len(a)]) == a
                     for a in lex.adjuncts_by_first.get(fold(texts[t]).replace("’", "'"), ()))][:1]
    if (deps[lk.head].startswith("nsubj") or deps[lk.head] == "obj") and governor.pos_ == "VERB" and governor.i < head.i:
        # 'a promis le ministre à l'AFP': set after its verb (the parser may read it as the object), a subject ends
        # before whom the words were said to
        ends += [min(x.i for x in c.subtree) for c in kids if c.i < lk.j and addressed(lex, c, covered)][:1]
    cut = next((c for c in cues if lk.start < c < lk.end), None)
    j = next((t for t in range(lk.i, lk.j) if tab.starts[t] >= cut), lk.j) if cut is not None else lk.j
    if lk.head < j:
        ends.append(j)
    return max(min(ends), lk.i + 1)


def addressed(lex: Lexicon, c: Token, covered: set[int]) -> bool:
    """True for an 'à' complement naming a listener or a channel ('à l'AFP', 'aux enquêteurs', 'à la presse'), or a
    'sur'/'dans' one naming a channel ('sur une radio', 'dans un entretien')."""
    if c.dep_ != "nmod":
        return False
    lemma = fold(c.lemma_)
    if any(g.dep_ == "case" and fold(g.text) in lex.channel_links for g in dependents(c)):
        # 'sur une chaîne', 'dans un entretien': where the words went out, never whom they name ('le rapporteur sur
        # les retraites')
        return c.i in covered or c.pos_ == "PROPN" or lemma in lex.addressees or fold(c.text) in lex.addressees
    if not any(g.dep_ == "case" and fold(g.text) in lex.addressee_links for g in dependents(c)):
        return False
    return c.i in covered or c.pos_ == "PROPN" or lemma in lex.role_words or lemma in lex.groups or lemma in lex.people or \
        lemma in lex.addressees or fold(c.text) in lex.addressees
