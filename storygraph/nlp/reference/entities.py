"""The reference table of one article: its entities and every mention linked to one, with the evidence."""
from __future__ import annotations

from bisect import bisect_left, insort
from dataclasses import dataclass, field
from operator import itemgetter

from ...lang.text import name_words


@dataclass
class Link:
    """A mention of an entity: characters [start, end), tokens [i, j), how it was resolved and from what."""

    start: int
    end: int
    i: int
    j: int
    form: str  # name | description | pronoun
    entity: int = -1
    rule: str = ""
    antecedent: tuple[int, int] | None = None
    subject: bool = False
    # (also a person's name apposed to the subject, 'Son PDG, X, a dit', which weighs as a subject for pronouns)
    relative: bool = False  # the antecedent of a subject relative ('X, qui a pris la parole'): a subject to a pronoun
    speaker: bool = False
    quoted: bool = False  # inside quotation marks
    gender: str | None = None
    number: str | None = None
    sent: int = 0
    para: int = 0
    head: int = -1  # a description's head noun (token)
    also: list[int] = field(default_factory=list)  # further entities a plural pronoun stands for ('ils': X and Y)

    def cut(self, doc, j: int) -> None:
        """End the mention before token j (which must lie inside it, after its first token)."""
        self.j, self.end = j, doc[j - 1].idx + len(doc[j - 1])


@dataclass
class Entity:
    """Someone or something the article talks about: its names, titles and mentions."""

    kind: str  # person | organization | country | group | media | place | other
    names: list[str] = field(default_factory=list)
    label: str | None = None  # an unnamed entity: the description that names it ('le parquet de Nanterre')
    descriptions: list[dict] = field(default_factory=list)
    gender: str | None = None
    number: str = "s"
    links: list[Link] = field(default_factory=list)
    quoted: int = 0
    _name: tuple[int, str] | None = field(default=None, repr=False, compare=False)
    _words: tuple[int, list[tuple[str, ...]]] | None = field(default=None, repr=False, compare=False)
    _first: tuple[int, int] | None = field(default=None, repr=False, compare=False)  # (links seen, first start)

    @property
    def named(self) -> bool:
        """True when the article gives a proper name."""
        return bool(self.names)

    @property
    def name(self) -> str:
        """The fullest name the article gives (most words, then longest, then first seen); else its description."""
        if not self.names:
            return self.label or ""
        if self.kind == "country":
            return self.names[0]
        if self._name is None or self._name[0] != len(self.names):  # names only grow: their count dates the answer
            self._name = (len(self.names), max(self.names, key=lambda n: (len(n.split()), len(n), -self.names.index(n))))
        return self._name[1]

    def name_words(self) -> list[tuple[str, ...]]:
        """The folded words of each distinct name, in the order first given (a name repeats once per mention)."""
        if self._words is None or self._words[0] != len(self.names):  # names only grow: their count dates the answer
            self._words = (len(self.names), [name_words(n) for n in dict.fromkeys(self.names)])
        return self._words[1]

    def first(self, before: int | None = None) -> int:
        """Where the entity is first mentioned (characters), or a large number when never before `before`."""
        if before is None:
            # links are only added, and a mention's start never moves: the minimum is carried over the links seen
            # (measured: sorting parties by it rescanned every link of every entity, a tenth of the resolver on dev)
            seen, low = self._first or (0, 1 << 40)
            if seen < len(self.links):
                low = min(low, min(lk.start for lk in self.links[seen:]))
                self._first = (len(self.links), low)
            return low
        starts = [lk.start for lk in self.links if lk.start < before]
        return min(starts) if starts else 1 << 40


#: a mention's place in `References.links` (its count when first linked)
_LINKED = itemgetter(1)


class References:
    """Every entity of an article and every mention linked to it; what quotes, events and figures ask."""

    def __init__(self) -> None:
        self.entities: list[Entity] = []
        self.links: list[Link] = []
        self._by_token: dict[int, Link] = {}
        self._listed: set[int] = set()
        self._by_start: list[tuple[int, int, Link]] = []  # every linked mention, by position
        self.actor_ids: dict[int, str] = {}  # entity index → the Story actor id it was written as

    def add_entity(self, entity: Entity) -> int:
        """Add an entity; return its index."""
        self.entities.append(entity)
        return len(self.entities) - 1

    def link(self, lk: Link, entity: int, rule: str, antecedent: tuple[int, int] | None = None) -> Link:
        """Tie a mention to an entity, with the rule and antecedent that justify it."""
        lk.entity, lk.rule, lk.antecedent = entity, rule, antecedent
        self.entities[entity].links.append(lk)
        if id(lk) not in self._listed:  # by identity: two mentions may hold equal fields
            self._listed.add(id(lk))
            self.links.append(lk)
            insort(self._by_start, (lk.start, len(self._listed), lk))
        for t in range(lk.i, lk.j):
            old = self._by_token.get(t)
            if old is None or old.j - old.i > lk.j - lk.i:
                self._by_token[t] = lk  # a token answers for the innermost mention that holds it
        return lk

    def before(self, at: int):
        """The linked mentions that start before a character offset, the latest first."""
        k = bisect_left(self._by_start, (at,))
        for n in range(k - 1, -1, -1):
            yield self._by_start[n][2]

    def window(self, lo: int, hi: int) -> list[Link]:
        """The linked mentions that start in the characters [lo, hi), in the order of `links`."""
        # a search that weighs only the mentions near it reads this slice, not every mention of the article; in the
        # order they were first linked, so ties fall as they did over `links`
        a, b = bisect_left(self._by_start, (lo,)), bisect_left(self._by_start, (hi,))
        return [x[2] for x in sorted(self._by_start[a:b], key=_LINKED)]

    def at_token(self, i: int) -> Link | None:
        """The linked mention that covers token i, if any."""
        return self._by_token.get(i)

    def entity_at(self, i: int) -> Entity | None:
        """The entity a token's mention stands for, if any."""
        lk = self._by_token.get(i)
        return self.entities[lk.entity] if lk is not None and lk.entity >= 0 else None

    def actor_at(self, i: int) -> str | None:
        """The Story actor id of the entity a token's mention stands for, if it became an actor."""
        lk = self._by_token.get(i)
        return self.actor_ids.get(lk.entity) if lk is not None else None

    def actors_at(self, i: int) -> list[str]:
        """Every Story actor a token's mention stands for (a plural pronoun may stand for two)."""
        lk = self._by_token.get(i)
        if lk is None:
            return []
        return [self.actor_ids[e] for e in [lk.entity, *lk.also] if e in self.actor_ids]
