"""What the event rules know about one article: its Doc, its actors indexed by token, and the answers
worth keeping while the article is read. Made once per Doc by the component and passed to every rule."""
from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass, field

import numpy as np
from spacy.attrs import DEP, HEAD, IDX, POS
from spacy.tokens import Doc, Token

from ..index import column, forms, token_range
from ...lang.text import fold
from .lexicon import Lexicon

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
    triggers: dict[int, Trigger | None] = field(default_factory=dict)  # token → the trigger it starts, if any
    # token index → its first character, text, part of speech and dependency label, read off the Doc's arrays:
    # rules that walk the words in order read these instead of making a spaCy Token per word
    starts: list[int] = field(default_factory=list)
    texts: list[str] = field(default_factory=list)
    pos: list[str] = field(default_factory=list)
    deps: list[str] = field(default_factory=list)
    # the Doc's tokens, made once: `doc[i]` builds a new Token on every call, and the rules ask for the same
    # words again and again (a trigger's neighbours, its arguments' dependents)
    toks: list[Token] = field(default_factory=list)
    children: dict[int, list[Token]] = field(default_factory=dict)  # token index → its dependents, made once
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
    # the Doc's token indices grouped by head, in word order, and where each head's group starts: read off the
    # heads once per Doc, when a rule first asks for a word's dependents
    kid_order: list[int] | None = None
    kid_bounds: list[int] | None = None

    @classmethod
    def of(cls, doc: Doc, lex: Lexicon) -> Context:
        """Index the Doc's actors (`Doc._.sg_actors`) by token and first mention."""
        tok_actor: dict[int, Party] = {}
        mention_starts: list[MentionStart] = []
        # token ranges, not Spans: only their bounds and first token are read
        spans = [(a, m, token_range(doc, m["start"], m["end"])) for a in doc._.sg_actors or [] for m in a["mentions"]]
        # a word belongs to the narrowest mention holding it: 'le pays par le Chili', read as one mention of the
        # country 'le pays' stands for, leaves 'par le Chili' to the Chili (longest first, the narrower after)
        for a, m, (i, j) in sorted((x for x in spans if x[2] is not None), key=lambda x: x[1]["start"] - x[1]["end"]):
            for t in range(i, j):
                tok_actor[t] = (a["id"], m["start"], m["end"])
            first = doc[i]
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
        return cls(doc, lex, tok_actor, mention_starts, by_id, starts=column(doc, IDX), texts=forms(doc),
                   pos=_labels(doc, POS), deps=_labels(doc, DEP), toks=list(doc), refs=doc._.sg_refs)

    def kids(self, tok: Token) -> list[Token]:
        """The token's dependents in order (`Token.children`), made once per token: the rules ask about the
        same triggers' and arguments' dependents again and again. Callers never change the list."""
        found = self.children.get(tok.i)
        if found is None:
            if self.kid_order is None:  # spaCy walks a word's whole subtree span for its children
                self._group_by_head()
            toks, i = self.toks, tok.i
            found = self.children[i] = [toks[j] for j in self.kid_order[self.kid_bounds[i]:self.kid_bounds[i + 1]]]
        return found

    def _group_by_head(self) -> None:
        """Sort the token indices by their head's (a stable sort keeps word order among one head's dependents);
        a root, whose head offset is 0, goes after every word: it is nobody's dependent."""
        offsets = self.doc.to_array(HEAD).astype("int64")
        n = len(offsets)
        heads = np.arange(n, dtype="int64") + offsets
        heads[offsets == 0] = n
        order = np.argsort(heads, kind="stable")
        self.kid_order = order.tolist()
        self.kid_bounds = np.searchsorted(heads[order], np.arange(n + 1)).tolist()

    def dated(self, tok: Token) -> bool:
        """True when the token starts inside one of the article's time expressions (`Doc._.sg_times`)."""
        if self.time_starts is None:
            self.time_starts = set(self.covering([(t["start"], t["end"]) for t in self.doc._.sg_times or []]))
        return tok.idx in self.time_starts

    def cued(self, tok: Token) -> bool:
        """True when the token starts inside a quote's cue (`Doc._.sg_quotes`): '», a dénoncé le ministre'."""
        if self.cue_starts is None:
            self.cue_starts = set(self.covering([(q["cue"]["start"], q["cue"]["end"])
                                                 for q in self.doc._.sg_quotes or [] if q.get("cue")]))
        return tok.idx in self.cue_starts

    def covering(self, ranges: list[tuple[int, int]]) -> dict[int, list[int]]:
        """Token start character → the numbers of the character ranges [start, end) that hold it, in order:
        asking which quote or cue holds a token is then one look-up instead of a walk over them all."""
        out: dict[int, list[int]] = {}
        starts = self.starts
        for n, (s, e) in enumerate(ranges):
            for k in range(bisect_left(starts, s), bisect_left(starts, e)):
                out.setdefault(starts[k], []).append(n)
        return out


def _labels(doc: Doc, attr: int) -> list[str]:
    """One string attribute of every token (POS, DEP) by index: each distinct label looked up once in the string
    store, as the Doc holds a few dozen labels over its thousand words."""
    col = column(doc, attr)
    strings = doc.vocab.strings
    return list(map({h: strings[h] for h in set(col)}.__getitem__, col))
