"""The reference layer's per-Doc look-ups: its rules ask for the same words and the same mentions' roots again and
again (`doc[i]` was the largest single cost in the component's profile, `doc[i:j].root` builds a Span and walks it
on every call), so each is made once per Doc, on top of the shared token table."""
from __future__ import annotations

from spacy.tokens import Doc, Token

from ..index import table

ROOTS_KEY = "storygraph_reference.roots"


def tokens(doc: Doc) -> list[Token]:
    """The Doc's Token objects by index, made once (the shared table's list: callers never change it)."""
    return table(doc).toks


def span_root(doc: Doc, i: int, j: int) -> Token:
    """`doc[i:j].root`, found once per span and Doc (the parse never changes under the resolver)."""
    roots = doc.user_data.get(ROOTS_KEY)
    if roots is None:
        roots = doc.user_data[ROOTS_KEY] = {}
    r = roots.get((i, j))
    if r is None:
        r = roots[(i, j)] = doc[i:j].root.i
    return table(doc).toks[r]

