"""The reference layer's per-Doc look-ups: its rules ask for the same words and the same mentions' roots again and
again (measured: `doc[i]` and `doc[i:j].root` were the largest single costs of the component), so each is made once
per Doc, on top of the shared token table."""
from __future__ import annotations

from spacy.attrs import LEMMA
from spacy.tokens import Doc, Token

from ..index import column, table

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


LEMMAS_KEY = "storygraph_reference.lemmas"


def lemmas(doc: Doc) -> list[str]:
    """The lemma of every token by index, each distinct lemma looked up once in the string store (callers never
    change the list)."""
    found = doc.user_data.get(LEMMAS_KEY)
    if found is None:
        col = column(doc, LEMMA)
        strings = doc.vocab.strings
        found = doc.user_data[LEMMAS_KEY] = list(map({h: strings[h] for h in set(col)}.__getitem__, col))
    return found
