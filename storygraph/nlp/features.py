"""A token's morphological features, read from a table of the analyses already seen.

spaCy's `Token.morph` parses the token's whole analysis string on every `get` (a few microseconds); the rules
ask the same few features of the same words thousands of times per article. A Doc's analysis keys are read off
its array once, and each (analysis, feature) pair is parsed once per process.
"""
from __future__ import annotations

from spacy.attrs import MORPH
from spacy.tokens import Token

KEY = "storygraph_morph"

#: feature → analysis key → its values; analyses are few (a model has some thousands), the table stays small.
#: The lists are shared: callers only read them (a copy per call was a good part of the cost).
_values: dict[str, dict[int, list[str]]] = {}
_MAX = 100_000
_size = 0


def feature(tok: Token, field: str) -> list[str]:
    """The values of one morphological feature of a token, as spaCy's `Token.morph.get(field)` gives them (a list
    callers must not change)."""
    keys = tok.doc.user_data.get(KEY)
    if keys is None:
        keys = _keys(tok.doc)
    # the common case in two look-ups (asked some 85,000 times per 64 long articles): a miss is rare
    try:
        return _values[field][keys[tok.i]]
    except KeyError:
        return _parse(tok, field, keys[tok.i])


def _keys(doc) -> list[int]:
    """The analysis key of every token, read off the Doc's array once."""
    keys = doc.user_data[KEY] = doc.to_array([MORPH]).tolist() if len(doc) else []
    return keys


def _parse(tok: Token, field: str, k: int) -> list[str]:
    """Parse one (analysis, feature) pair and remember it, keeping the table bounded."""
    global _size
    if _size >= _MAX:
        _values.clear()
        _size = 0
    table = _values.get(field)
    if table is None:
        table = _values[field] = {}
    got = table[k] = list(tok.morph.get(field))
    _size += 1
    return got


def singular_indefinite_article(det: Token) -> bool:
    """True for 'un' or 'une': an indefinite article, not plural ('des' introduces no one in particular)."""
    return "Ind" in feature(det, "Definite") and "Art" in feature(det, "PronType") and \
        "Plur" not in feature(det, "Number")
