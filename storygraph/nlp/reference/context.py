"""One article as the reference resolver sees it, and the states and plain titles its titles name."""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field
from functools import lru_cache

from spacy.tokens import Doc

from ...lang.text import fold
from ..index import sentence_number, text_of
from .entities import Link, References
from .lexicon import Lexicon


@dataclass
class Context:
    """One article as the resolver sees it: the parse, the table being built, and what the quotes marked."""

    doc: Doc
    lex: Lexicon
    refs: References
    inside: set[int] = field(default_factory=set)  # tokens inside quotation marks
    direct: set[int] = field(default_factory=set)  # tokens of direct quotations' words
    pending: dict[int, Link] = field(default_factory=dict)  # head token → description not yet resolved
    described: list[tuple[int, int, int]] = field(default_factory=list)  # appositions and titles of named entities
    para_of: list[int] = field(default_factory=list)
    # entity → the titles a definite description gave it on the way ('le chef de l'ONU' once found to be Guterres)
    learned: dict[int, list[dict]] = field(default_factory=dict)
    # a plural description's head noun → the named parties a list said they are ('X et Y jouent les médiateurs')
    lists: dict[str, list[tuple[int, list[int]]]] = field(default_factory=dict)
    _words: dict[int, frozenset[str]] = field(default_factory=dict)
    _first: dict[str, list[str]] = field(default_factory=dict)
    _titles: dict[int, tuple[tuple[int, int], set[str], set[str]]] = field(default_factory=dict)
    _described: tuple[list, list[tuple[int, int, int]]] | None = None

    def described_at(self, lo: int, hi: int) -> int | None:
        """The entity of the first of `described` (in its order) whose start lies in the characters [lo, hi)."""
        # by start, made once: every description asked this of the whole list (measured, a tenth of the resolver)
        made = self._described
        if made is None or made[0] is not self.described:
            made = self._described = (self.described, sorted((s, n, a) for n, (s, _, a) in enumerate(self.described)))
        by_start = made[1]
        k = bisect_left(by_start, (lo,))
        best = None
        while k < len(by_start) and by_start[k][0] < hi:
            if best is None or by_start[k][1] < best[0]:
                best = by_start[k][1:]
            k += 1
        return best[1] if best is not None else None

    def words(self, x: Link) -> frozenset[str]:
        """The folded words of a mention (made once per mention)."""
        found = self._words.get(id(x))
        if found is None:
            found = self._words[id(x)] = frozenset(re.split(r"[\s'’,()-]+", fold(text_of(self.doc)[x.start:x.end]))) - {""}
        return found

    def first_word(self, name: str) -> list[str]:
        """A name's first folded word past its determiners, as a list of one (none when it has none); once per name."""
        found = self._first.get(name)
        if found is None:
            found = self._first[name] = [w for w in re.split(r"[\s'’-]+", fold(name))
                                         if w and w not in self.lex.determiners][:1]
        return found

    def title_words(self, a: int, titles: list[dict]) -> tuple[set[str], set[str]]:
        """The title keys of entity a's titles (its descriptions, then those learned), and the states they serve;
        made again only when a title is added (callers never change the sets)."""
        key = (len(self.refs.entities[a].descriptions), len(self.learned.get(a, ())))
        made = self._titles.get(a)
        if made is None or made[0] != key:
            lex = self.lex
            descs = " ".join(said_as(lex, d) for d in titles)
            dwords = {lex.grammar.gender_key(w) for w in re.split(r"[\s'’,()]+", descs) if w}
            # a demonym counts as shared when the title names its state ('le président américain' for 'président
            # des États-Unis'), as does the state's name for a demonym
            states = set().union(*(served(lex, d) for d in titles))
            made = self._titles[a] = (key, dwords, states)
        return made[1], made[2]

    def sent_no(self, i: int) -> int:
        """The ordinal of token i's sentence."""
        return sentence_number(self.doc, i)


def said_as(lex: Lexicon, d: dict) -> str:
    """A title the article gave someone, folded, with its organisation and the plain title each periphrasis in it
    stands for ('chef de la diplomatie chinoise' is also 'ministre des affaires etrangeres')."""
    text = fold(d["text"]).replace("’", "'")
    plain = [lex.title_phrases[k] for k in _phrases_in(lex, text)]
    return " ".join([text, fold(d.get("org") or ""), *plain])


def periphrases(lex: Lexicon, d: dict) -> list[str]:
    """The set phrases for an office a title is written with ('chef de l'État', 'chef de la diplomatie')."""
    return _phrases_in(lex, fold(d["text"]).replace("’", "'"))


def _phrases_in(lex: Lexicon, text: str) -> list[str]:
    return [k for k in lex.title_phrases if k in text]


def nations(lex: Lexicon, words, text: str | None = None) -> set[str]:
    """The states the demonyms among these folded words name ('americaine' → États-Unis), and the states their
    text names outright ('president des etats-unis')."""
    words = list(words)
    found = {lex.demonyms[w] for w in words if w in lex.demonyms}
    return found | {lex.state_names[n] for n in lex.state_pattern.findall(" ".join(words) if text is None else text)}


def served(lex: Lexicon, d: dict) -> frozenset[str]:
    """The states a title the article gave someone serves ('président des États-Unis', 'ministre malien')."""
    return _served(lex, d["text"], d.get("org"))


@lru_cache(maxsize=20_000)  # bounded: each title is weighed again for every later description
def _served(lex: Lexicon, text: str, org: str | None) -> frozenset[str]:
    said = said_as(lex, {"text": text, "org": org})
    return frozenset(nations(lex, re.split(r"[\s'’,()]+", said), said))
