"""Fast positional look-ups on a Doc, built once per Doc: the token at a character, a token's sentence.

spaCy's `Token.sent` and `Doc.char_span(..., alignment_mode="expand")` walk the whole Doc on every call;
our components ask thousands of times per article, so they share these indexes instead.
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field

import numpy as np
from spacy.attrs import DEP, HEAD, IDX, IS_SPACE, LEMMA, LENGTH, ORTH, POS, SENT_START, SPACY
from spacy.symbols import NOUN
from spacy.tokens import Doc, Span, Token

from ..lang.text import fold

KEY = "storygraph_index"


#: token starts, token ends, sentence of each token, sentence bounds, the sentence Spans made so far
_Index = tuple[list[int], list[int], list[int], list[int], list]


def _index(doc: Doc) -> _Index:
    idx = doc.user_data.get(KEY)
    if idx is None:
        # read off the Doc's arrays: walking the Doc makes a Token object per word
        starts = column(doc, IDX)
        ends = [s + n for s, n in zip(starts, column(doc, LENGTH))]
        # a comma never ends a sentence: where the parser starts one at or right after a comma ('Lyon, qui …,
        # a regretté'), the sentence goes on
        comma = doc.vocab.strings[","]
        first, orth = column(doc, SENT_START), column(doc, ORTH)
        bounds = [0] + [i for i in range(1, len(first)) if first[i] == 1 and comma != orth[i] and comma != orth[i - 1]] \
            if first else []
        bounds.append(len(doc))
        sent_of: list[int] = []
        for n, (a, b) in enumerate(zip(bounds, bounds[1:])):
            sent_of.extend([n] * (b - a))
        idx = doc.user_data[KEY] = (starts, ends, sent_of, bounds, [None] * (len(bounds) - 1))
    return idx


TEXT_KEY = KEY + ".text"
COLUMNS_KEY = KEY + ".columns"
FORMS_KEY = KEY + ".forms"
PAIRS_KEY = KEY + ".pairs"


def column(doc: Doc, attr: int) -> list[int]:
    """One attribute of every token (a spaCy attribute id: ORTH, LEMMA, POS, IDX …) as a list, read off the Doc's
    array once per Doc: several components walk the same attributes, and a Token object per word costs more."""
    cols = doc.user_data.get(COLUMNS_KEY)
    if cols is None:
        cols = doc.user_data[COLUMNS_KEY] = {}
    col = cols.get(attr)
    if col is None:
        col = cols[attr] = doc.to_array(attr).tolist() if len(doc) else []
    return col


def forms(doc: Doc) -> list[str]:
    """The text of every token, by index, made once per Doc (callers never change the list)."""
    found = doc.user_data.get(FORMS_KEY)
    if found is None:
        strings = doc.vocab.strings
        found = doc.user_data[FORMS_KEY] = [strings[h] for h in column(doc, ORTH)]
    return found


def lemma_orth(doc: Doc) -> list[tuple[int, int]]:
    """(lemma, form) string ids of every token, by index: the key components decide a word's kind by, once per
    distinct pair (callers never change the list)."""
    found = doc.user_data.get(PAIRS_KEY)
    if found is None:
        found = doc.user_data[PAIRS_KEY] = list(zip(column(doc, LEMMA), column(doc, ORTH)))
    return found


def text_of(doc: Doc) -> str:
    """The Doc's text, built once (spaCy joins every token's text on each `Doc.text`)."""
    text = doc.user_data.get(TEXT_KEY)
    if text is None:
        # from the cached forms and spaces: `Doc.text` makes a Token object for every word
        text = doc.user_data[TEXT_KEY] = "".join([f + " " if sp else f for f, sp in zip(forms(doc), column(doc, SPACY))])
    return text


def token_at(doc: Doc, char: int) -> Token | None:
    """The token that covers (or, in white space, precedes) a character offset."""
    if not len(doc):
        return None
    starts = _index(doc)[0]
    i = max(0, bisect_right(starts, char) - 1)
    return table(doc).toks[i]


def tokens_in(doc: Doc, start: int, end: int) -> Span | None:
    """The tokens that overlap the characters [start, end), or None when there are none."""
    ij = token_range(doc, start, end)
    return doc[ij[0]:ij[1]] if ij is not None else None


def token_range(doc: Doc, start: int, end: int) -> tuple[int, int] | None:
    """The token indices [i, j) of `tokens_in`, without making the Span."""
    if not len(doc):
        return None
    idx = _index(doc)
    starts = idx[0]
    i = max(0, bisect_right(starts, start) - 1)
    if i < len(starts) and idx[1][i] <= start:
        i += 1
    j = bisect_right(starts, max(start, end - 1))
    return (i, j) if j > i else None


def _sentence(doc: Doc, idx: _Index, n: int) -> Span:
    # one Span per sentence and Doc, made when first asked for: rules ask for the same sentences again and again
    made = idx[4]
    sp = made[n]
    if sp is None:
        bounds = idx[3]
        sp = made[n] = doc[bounds[n]:bounds[n + 1]]
    return sp


def sentence_of(tok: Token) -> Span:
    """The sentence of a token, without re-walking the Doc."""
    doc = tok.doc
    idx = doc.user_data.get(KEY) or _index(doc)
    n = idx[2][tok.i]
    # the Span made before, read in place: this is asked some twenty thousand times per batch of articles
    sp = idx[4][n]
    return sp if sp is not None else _sentence(doc, idx, n)


def sents(doc: Doc) -> list[Span]:
    """Every sentence of the Doc."""
    idx = _index(doc)
    return [_sentence(doc, idx, n) for n in range(len(idx[4]))]


def sentence_number(doc: Doc, i: int) -> int:
    """The ordinal of the sentence that holds token i."""
    return _index(doc)[2][i]


def sentence_bounds(doc: Doc) -> list[int]:
    """The first token of every sentence, then the Doc's length (the index's own list: callers never change it)."""
    return _index(doc)[3]


def sentence_numbers(doc: Doc) -> list[int]:
    """The ordinal of every token's sentence, by token index (the index's own list: callers never change it)."""
    return _index(doc)[2]


WRAPS_KEY = KEY + ".wraps"


def line_wraps(doc: Doc, lo: int, hi: int) -> list[int]:
    """The white-space tokens in [lo, hi) that hold no blank line (a hard line wrap, a double space), in order."""
    wraps = doc.user_data.get(WRAPS_KEY)
    if wraps is None:
        text = forms(doc)
        wraps = doc.user_data[WRAPS_KEY] = [i for i, sp in enumerate(column(doc, IS_SPACE)) if sp and "\n\n" not in text[i]]
    return wraps[bisect_left(wraps, lo):bisect_left(wraps, hi)]


NOUNS_KEY = KEY + ".nouns"


def nouns(doc: Doc) -> list[tuple[int, str]]:
    """(index, folded lemma) of every common noun of the Doc, in order, read off its arrays once."""
    found = doc.user_data.get(NOUNS_KEY)
    if found is None:
        strings = doc.vocab.strings
        lemmas = column(doc, LEMMA)
        found = doc.user_data[NOUNS_KEY] = [(i, fold(strings[lemmas[i]])) for i, p in enumerate(column(doc, POS)) if p == NOUN]
    return found


TABLE_KEY = KEY + ".table"


@dataclass(slots=True)
class Table:
    """Every token of a Doc as plain lists by token index, made once per Doc and shared by all components (each
    rule family's Context holds it): `doc[i]` builds a new Token on every call, each string attribute is a look-up
    in the string store and `Token.children` walks the word's whole subtree, while the rules ask about the same
    words again and again. Callers never change the lists."""

    doc: Doc
    toks: list[Token]  # the Doc's Token objects, made once
    texts: list[str]  # as written
    pos: list[str]  # part of speech ('NOUN', 'VERB' …)
    deps: list[str]  # dependency label
    starts: list[int]  # first character
    # the token indices grouped by head, in word order, and where each head's group starts: read off the heads
    # when a rule first asks for a word's dependents
    kid_order: list[int] | None = None
    kid_bounds: list[int] | None = None
    children: dict[int, list[Token]] = field(default_factory=dict)  # token index → its dependents, made once

    def kids(self, i: int) -> list[Token]:
        """The dependents of token i in word order, as `Token.children` gives them, made once per token (callers
        never change the list)."""
        found = self.children.get(i)
        if found is None:
            if self.kid_bounds is None:
                self._group_by_head()
            toks, order, bounds = self.toks, self.kid_order, self.kid_bounds
            found = self.children[i] = [toks[j] for j in order[bounds[i]:bounds[i + 1]]]
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


def table(doc: Doc) -> Table:
    """The Doc's shared token table, made when first asked for."""
    found = doc.user_data.get(TABLE_KEY)
    if found is None:
        found = doc.user_data[TABLE_KEY] = Table(doc, toks=list(doc), texts=forms(doc), pos=_labels(doc, POS),
                                                 deps=_labels(doc, DEP), starts=column(doc, IDX))
    return found


def dependents(tok: Token) -> list[Token]:
    """A token's dependents in word order (`Token.children`), read off its Doc's shared table (callers never change
    the list)."""
    # asked some four thousand times per article: the made list is read in place, a call in the common case
    tab = tok.doc.user_data.get(TABLE_KEY) or table(tok.doc)
    found = tab.children.get(tok.i)
    return found if found is not None else tab.kids(tok.i)


def _labels(doc: Doc, attr: int) -> list[str]:
    """One string attribute of every token (POS, DEP) by index: each distinct label looked up once in the string
    store, as the Doc holds a few dozen labels over its thousand words."""
    col = column(doc, attr)
    strings = doc.vocab.strings
    return list(map({h: strings[h] for h in set(col)}.__getitem__, col))
