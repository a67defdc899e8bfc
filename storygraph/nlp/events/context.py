"""What the event rules know about one article: its Doc, its actors indexed by token, and the answers
worth keeping while the article is read. Made once per Doc by the component and passed to every rule."""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field

from spacy.tokens import Doc, Token

from ..index import Table, table, token_range
from ...lang.text import fold
from .lexicon import Lexicon

#: where a Doc keeps the subtrees the event rules asked for (token index → its subtree's Tokens)
SUBTREES_KEY = "storygraph_events.subtrees"


def subtree(tok: Token) -> list[Token]:
    """The token and its descendants in spaCy's `Token.subtree` order (each dependent's subtree, the token itself
    between its left and right dependents), made once per token from the Doc's shared dependents lists: spaCy
    walks the tree anew on every call, and the rules ask for the same phrases' bounds again and again."""
    doc = tok.doc
    made = doc.user_data.get(SUBTREES_KEY)
    if made is None:
        made = doc.user_data[SUBTREES_KEY] = {}
    found = made.get(tok.i)
    if found is None:
        tab = table(doc)
        toks, found, stack = tab.toks, [], [(tok.i, False)]
        while stack:  # depth first, without recursion: a long chain of dependents stays within Python's limits
            i, placed = stack.pop()
            if placed:
                found.append(toks[i])
                continue
            kids = tab.children.get(i)
            if kids is None:
                kids = tab.kids(i)
            stack.extend((c.i, False) for c in reversed(kids) if c.i > i)
            stack.append((i, True))
            stack.extend((c.i, False) for c in reversed(kids) if c.i < i)
        made[tok.i] = found
    return found


def subtree_bounds(tok: Token) -> tuple[int, int]:
    """The first and last token index of the token's subtree, from the edges spaCy keeps on every token (it
    extends them over non-projective arcs until each head's edges hold its dependents'): no walk of the subtree."""
    return tok.left_edge.i, tok.right_edge.i


#: a party to an event: an actor id (or '=' + a name no actor stands for) and the characters that named it
Party = tuple[str, int, int]
#: a trigger found at a token: its kind ('verb', 'noun', 'adj', 'phrase'), lexicon frame, last token index
Trigger = tuple[str, dict, int]
#: an actor mention by its first token: (token index, actor id, start, end, actor kind)
MentionStart = tuple[int, str, int, int, str]



@dataclass(slots=True)
class Context:
    """One article as the event rules see it. The actor index is fixed when made; the caches fill as rules ask."""

    doc: Doc
    lex: Lexicon
    tok_actor: dict[int, Party]  # token index → the actor mention it is part of
    mention_starts: list[MentionStart]  # sorted by token
    by_id: dict[str, dict]  # actor id → the Story's actor record
    # people noun → the named group it was said to belong to ('les rebelles du M23'): written by parties.np_party
    # when it first resolves such a phrase (the last one resolved wins), read by the discourse pass `specific`
    people_of: dict[str, str] = field(default_factory=dict)
    resolved: dict[int, list[Party]] = field(default_factory=dict)  # token → the parties it stands for
    parties: dict[int, list[Party]] = field(default_factory=dict)  # token → with its coordination's (`resolve`)
    subjects: dict[int, tuple[list[Token], bool]] = field(default_factory=dict)  # verb → `roles.subjects`
    cases: dict[int, str] = field(default_factory=dict)  # token → its preposition (`grammar.case_of`)
    triggers: dict[int, Trigger | None] = field(default_factory=dict)  # token → the trigger it starts, if any
    starters: set[int] | None = None  # the tokens that may start a trigger (`triggers.candidates`), found once
    # the Doc's shared token table (`index.table`), which the earlier components made: its Tokens, made once
    # (`doc[i]` builds a new Token on every call), and token index → first character, text, part of speech,
    # dependency label, read off the Doc's arrays (`Token.text` and `Token.pos_` cost a string look-up each)
    tab: Table | None = None
    starts: list[int] = field(default_factory=list)
    texts: list[str] = field(default_factory=list)
    pos: list[str] = field(default_factory=list)
    deps: list[str] = field(default_factory=list)
    toks: list[Token] = field(default_factory=list)
    children: dict[int, list[Token]] = field(default_factory=dict)  # token index → its dependents (the table's)
    # heads of the events whose doer a discourse pass inferred (`custodian`): no later pass builds on the guess
    inferred: set[int] = field(default_factory=set)
    # the heads and trigger words of the events found so far: a word coordinated with one of them continues its series
    heads: set[int] = field(default_factory=set)
    # token indices of the words naming people by their protest ('grévistes'), found once per Doc when asked
    protest_people: list[int] | None = None
    refs: object = None  # the reference layer's links (`Doc._.sg_refs`), read once
    # first characters of the tokens inside a time expression (`Doc._.sg_times`), found once per Doc when asked
    time_starts: set[int] | None = None
    cue_starts: set[int] | None = None
    # event head → the characters of the inverted speaker phrase after its cue ('», a accusé le chef de X, Y'):
    # written by the pass `cue_speakers`; no word of it is what a later pass reads as the cue's object
    speaking: dict[int, tuple[int, int]] = field(default_factory=dict)

    @classmethod
    def of(cls, doc: Doc, lex: Lexicon) -> Context:
        """Index the Doc's actors (`Doc._.sg_actors`) by token and first mention."""
        tab = table(doc)
        toks = tab.toks
        tok_actor: dict[int, Party] = {}
        mention_starts: list[MentionStart] = []
        # token ranges, not Spans: only their bounds and first token are read
        spans = [(a, m, token_range(doc, m["start"], m["end"])) for a in doc._.sg_actors or [] for m in a["mentions"]]
        # a word belongs to the narrowest mention holding it: 'le pays par le Chili', read as one mention of the
        # country 'le pays' stands for, leaves 'par le Chili' to the Chili (longest first, the narrower after)
        for a, m, (i, j) in sorted((x for x in spans if x[2] is not None), key=lambda x: x[1]["start"] - x[1]["end"]):
            for t in range(i, j):
                tok_actor[t] = (a["id"], m["start"], m["end"])
            first = toks[i]
            for k in range(first.left_edge.i, i):  # its own preposition and determiner
                if k in tok_actor and tok_actor[k][0] != a["id"] and tok_actor[k][1] <= first.idx < tok_actor[k][2]:
                    del tok_actor[k]
            mention_starts.append((i, a["id"], m["start"], m["end"], a["kind"]))
        mention_starts.sort()
        by_id = {a["id"]: a for a in doc._.sg_actors or []}
        # an organisation named by its acronym here and in full there is one party ('l'ONU', 'les Nations unies');
        # quotes keep the name as written, events name the party
        full: dict[str, tuple[int, str]] = {}
        for a in by_id.values():
            key = lex.org_alias.get(fold(a["name"]))
            if key and (key not in full or len(a["name"].split()) > full[key][0]):
                full[key] = (len(a["name"].split()), a["id"])
        for i, (aid, s, e) in list(tok_actor.items()):
            key = lex.org_alias.get(fold(by_id[aid]["name"]))
            if key and full[key][1] != aid:
                tok_actor[i] = (full[key][1], s, e)
        return cls(doc, lex, tok_actor, mention_starts, by_id, tab=tab, starts=tab.starts, texts=tab.texts, pos=tab.pos,
                   deps=tab.deps, toks=toks, children=tab.children, refs=doc._.sg_refs)

    def kids(self, tok: Token) -> list[Token]:
        """The token's dependents in order (`Token.children`), made once per token and shared with the other
        components through the Doc's table: the rules ask about the same triggers' and arguments' dependents again
        and again. Callers never change the list."""
        found = self.children.get(tok.i)
        return found if found is not None else self.tab.kids(tok.i)

    def dated(self, tok: Token) -> bool:
        """True when the token starts inside one of the article's time expressions (`Doc._.sg_times`)."""
        if self.time_starts is None:
            self.time_starts = self.covered([(t["start"], t["end"]) for t in self.doc._.sg_times or []])
        return tok.idx in self.time_starts

    def cued(self, tok: Token) -> bool:
        """True when the token starts inside a quote's cue (`Doc._.sg_quotes`): '», a dénoncé le ministre'."""
        if self.cue_starts is None:
            self.cue_starts = self.covered([(q["cue"]["start"], q["cue"]["end"])
                                            for q in self.doc._.sg_quotes or [] if q.get("cue")])
        return tok.idx in self.cue_starts

    def speakers_of(self, tok: Token) -> list[str]:
        """The actor ids speaking the quotes whose cue holds the token ('», a déclaré X'), in order."""
        return list(dict.fromkeys(aid for q in self.doc._.sg_quotes or [] if q.get("cue") and q.get("speaker_id")
                                  and q["cue"]["start"] <= tok.idx < q["cue"]["end"]
                                  for aid in q["speaker_id"].split(" ; ") if aid in self.by_id))

    def covered(self, ranges: list[tuple[int, int]]) -> set[int]:
        """The first characters of the tokens that start inside one of the character ranges [start, end)."""
        out: set[int] = set()
        starts = self.starts
        for s, e in ranges:
            out.update(starts[bisect_left(starts, s):bisect_left(starts, e)])
        return out


class Holding:
    """Which of some character ranges [start, end) hold a character, asked once per event: the ranges sorted by
    start with the furthest end reached so far, so that a question reads back only over the ranges that may hold
    the character (a table over every token the ranges cover, or a walk over every range, cost more)."""

    def __init__(self, ranges: list[tuple[int, int]]):
        """ranges: the character ranges, numbered by their order in the list."""
        self.ranges = ranges
        self.order = sorted(range(len(ranges)), key=lambda n: ranges[n][0])
        self.firsts = [ranges[n][0] for n in self.order]
        self.reach: list[int] = []
        far = -1
        for n in self.order:
            far = max(far, ranges[n][1])
            self.reach.append(far)

    def at(self, char: int) -> list[int]:
        """The numbers of the ranges that hold the character, in order."""
        ranges, order, reach = self.ranges, self.order, self.reach
        out = []
        j = bisect_right(self.firsts, char) - 1
        while j >= 0 and reach[j] > char:  # no range up to j ends after the character: none holds it
            n = order[j]
            if char < ranges[n][1]:
                out.append(n)
            j -= 1
        out.sort()
        return out
