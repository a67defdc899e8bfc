"""French grammar questions every component asks, answered one way: strip a noun phrase's article, repair a
lemma the lemmatizer missed, find the extent of a noun phrase. The words come from `lang/<code>/grammar.json`."""
from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from ..lang import resource
from ..lang.text import fold, strip_article
from .features import feature
from .index import dependents, line_wraps


def _real_subject(v: Token) -> bool:
    """True when an impersonal verb has what it is said of after it: a noun phrase ('il reste deux otages'), a 'que'
    clause ('il arrive que') or an infinitive ('il reste à savoir')."""
    return any(c.i > v.i and (c.dep_ in ("obj", "nsubj", "csubj", "ccomp") or c.dep_ == "xcomp" and c.pos_ == "VERB")
               for c in dependents(v))


class Grammar:
    """A language's function words and the questions answered with them."""

    def __init__(self, lang: str = "fr"):
        data = resource(lang, "grammar")
        self.lang = lang
        self.np_deps = frozenset(data.get("np_deps", []))
        self.possessive_deps = frozenset(data.get("possessive_deps", []))
        # the prepositions of a noun's complement ('de', 'du', 'des'): an adjective's keeps it in the phrase
        self.of_words = frozenset(fold(w) for w in data.get("frame_words", {}).get("de-np", []))
        self.determiners = {fold(w) for w in data["determiners"]}
        self.clitics = set(data["clitics"])
        self.impersonal_verbs = {fold(w) for w in data.get("impersonal_verbs", [])}
        # verbs with a personal use too ('il reste en détention', 'il est arrivé à Quito'): impersonal only with what
        # follows them as their real subject or clause ('il reste deux otages', 'il arrive que')
        self.impersonal_with_argument = {fold(w) for w in data.get("impersonal_with_argument", [])}
        # longest ending first: 'directrice' is 'directeur' by '-trice', not 'directric' by '-e'
        self.feminine = sorted(((fold(a), fold(b)) for a, b in data.get("feminine_endings", [])), key=lambda x: -len(x[0]))
        complements = data.get("np_complements", {})
        self.np_adverbs = frozenset(fold(w) for w in complements.get("adverbs", []))
        self.participle_links = frozenset(fold(w) for w in complements.get("participle_links", []))
        self._gender_keys: dict[str, str] = {}  # titles are compared again and again: each word's key is made once

    def impersonal(self, tok: Token) -> bool:
        """True for an 'il' that stands for no one: an expletive the parser marked, or the subject of an impersonal
        verb ('il faut', 'il s'agit', 'il y a')."""
        h = tok.head
        lemma = fold(h.lemma_)
        # the parser's 'expl' is unreliable on inverted clitics ('a-t-il dit'): the verb decides
        return fold(tok.text).lstrip("-t").lstrip("-") == "il" and lemma in self.impersonal_verbs and \
            (lemma != "avoir" or any(fold(c.text) == "y" for c in dependents(h))) and \
            (lemma not in self.impersonal_with_argument or _real_subject(h))

    def gender_key(self, word: str) -> str:
        """One key for the feminine and masculine forms of a folded title ('conseillère', 'conseiller' → 'conseiller'),
        applied alike to both sides of a comparison."""
        found = self._gender_keys.get(word)
        if found is None:
            if len(self._gender_keys) >= 50_000:  # bounded: memory must not grow with the corpus
                self._gender_keys.clear()
            found = self._gender_keys[word] = next((word[: -len(fem)] + masc for fem, masc in self.feminine
                                                    if word.endswith(fem) and len(word) > len(fem) + 2), word)
        return found

    def np_complement(self, c: Token) -> bool:
        """True for a complement the parser hung outside a description that names its post's domain: an adverb such
        as 'auprès de', or a past participle with a 'de' complement ('chargée des routes'); never an agent ('soutenu
        par') nor a present participle's clause."""
        if fold(c.text) in self.np_adverbs:
            return any(g.dep_.startswith("obl") for g in dependents(c))
        if c.dep_ != "acl" or "Part" not in feature(c, "VerbForm") or "Past" not in feature(c, "Tense"):
            return False
        kids = dependents(c)
        args = [g for g in kids if g.dep_.startswith("obl")]
        return len(args) == 1 and args[0].dep_ == "obl:arg" and c.i + 1 < len(c.doc) and \
            fold(c.doc[c.i + 1].text) in self.participle_links and \
            not any(x.dep_ in ("advcl", "ccomp", "xcomp", "obl:agent") for x in kids)

    def strip_article(self, text: str, kinds: tuple[str, ...] = ("definite",)) -> str:
        """The phrase without its leading article ('l'armée israélienne' → 'armée israélienne')."""
        return strip_article(text, self.lang, kinds)

    def np_bounds(self, head: Token, reach: int = 12) -> tuple[int, int]:
        """Token range [lo, hi] of a head's noun phrase: determiners, adjectives, 'de' complements, flat names;
        never its appositions or relative clauses."""
        keep = self.np_deps
        toks = {head.i}
        stack = [head]
        while stack:
            t = stack.pop()
            for c in dependents(t):  # (made once per word: the phrases of one Doc share their words)
                if c.dep_ == "nmod" and c.pos_ != "PROPN" and not any(g.dep_ == "case" for g in dependents(c)):
                    continue  # 'l'opposition le 16 juillet': a complement without its preposition is an adjunct
                # 'une source proche de l'enquête': an adjective's 'de' complement is part of the phrase
                arg = c.dep_ == "obl:arg" and t.dep_ == "amod" and c.i > t.i and \
                    any(g.dep_ == "case" and fold(g.text).replace("’", "'") in self.of_words for g in dependents(c))
                if (c.dep_ in keep or arg) and not c.is_punct and abs(c.i - head.i) < reach and c.i not in toks:
                    toks.add(c.i)
                    stack.append(c)
        doc = head.doc
        # a leading preposition and what hangs on it ('d'' + 'après') are no part of the phrase
        toks -= {x.i for c in head.lefts if c.dep_ == "case" for x in c.subtree}
        # 'l'administration Trump': a name glued to the noun belongs to the phrase
        toks |= {c.i for c in dependents(head) if c.dep_ in ("appos", "flat:name") and c.i == head.i + 1 and c.text[:1].isupper()}
        # a hard line wrap inside the phrase does not cut it; a paragraph break does
        toks.update(line_wraps(doc, max(0, head.i - reach), min(len(doc), head.i + reach)))
        lo = hi = head.i
        while lo - 1 in toks:
            lo -= 1
        while hi + 1 in toks:
            hi += 1
        # 'du centre-ville': a word the tokenizer cut at its hyphen (and parsed as two) is still one word
        while hi + 2 < len(doc) and doc[hi + 1].text == "-" and not doc[hi].whitespace_ and \
                not doc[hi + 1].whitespace_ and doc[hi + 2].is_alpha:
            hi += 2
        while lo < hi and (doc[lo].is_space or doc[lo].dep_ == "case"):
            lo += 1  # 'du président' cites 'président', not its preposition
        while hi > lo and (doc[hi].is_space or doc[hi].is_punct):
            hi -= 1
        return lo, hi


@lru_cache(maxsize=8)
def grammar(lang: str = "fr") -> Grammar:
    """The process-wide grammar helper of a language."""
    return Grammar(lang)


#: the Doc's memo of `group_start`, by token index
GROUP_KEY = "storygraph_group_start"


def through_complement(t: Token, top: Token, inside: tuple[int, int] = (0, 0)) -> bool:
    """True when t hangs below `top` through a prepositional complement ('la fille du ministre X', 'the lawyer for
    Senator X': a UD 'nmod' with its preposition, or an English 'pobj'), a preposition of the tokens [inside) not
    counting (a particle of the name itself)."""
    lo, hi = inside
    while t.i != top.i and t.head.i != t.i:
        if t.dep_ == "pobj" and not lo <= t.head.i < hi or \
                t.dep_ == "nmod" and any(c.dep_ == "case" and not lo <= c.i < hi for c in dependents(t)):
            return True
        t = t.head
    return False


def group_start(v: Token) -> int:
    """Where a verb group begins: its first auxiliary before it ('a déclaré', 'ont été arrêtés'), else the verb."""
    # kept on the Doc (the parse never changes once made): the quote rules ask it about the same cue verb several
    # times each, and walking the verb's dependents makes a Token object per child
    memo = v.doc.user_data.get(GROUP_KEY)
    if memo is None:
        memo = v.doc.user_data[GROUP_KEY] = {}
    i = v.i
    lo = memo.get(i)
    if lo is None:
        # its left dependents only: auxiliaries stand before the verb, and the right ones are never read
        lo = memo[i] = min([c.i for c in v.lefts if c.dep_.startswith("aux")] + [i])
    return lo


@lru_cache(maxsize=8)
def _endings(lang: str) -> tuple[tuple[str, str], ...]:
    # longest ending first: 'negocierait' is 'negocier' by '-erait', not by '-ait'
    return tuple(sorted(((a, b) for a, b in resource(lang, "grammar")["verb_endings"]), key=lambda x: -len(x[0])))


@lru_cache(maxsize=20_000)  # bounded: forms repeat across articles, memory must not grow with the corpus
def first_group_lemmas(form: str, lang: str = "fr") -> tuple[str, ...]:
    """Infinitives a folded verb form may come from, longest ending first, for forms the lemmatizer missed."""
    return tuple(form[: -len(suffix)] + repl for suffix, repl in _endings(lang)
                 if form.endswith(suffix) and len(form) > len(suffix) + 2)


def repair_lemma(lemma: str, form: str, known, lang: str = "fr") -> str:
    """The known verb behind a folded lemma and form ('negociee' → 'negocier'), else the lemma itself: the one
    lemma repair every component uses."""
    if lemma in known:
        return lemma
    return next((c for c in first_group_lemmas(form, lang) if c in known), lemma)
