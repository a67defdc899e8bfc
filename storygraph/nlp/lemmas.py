"""The model's rule lemmatizer with its word indexes as sets: the same lemmas, without scanning lists.

spaCy's rule lemmatizer asks whether a word (and each form its suffix rules make of it) is in its part of
speech's index, with `in` on the list the model ships: the French model's lists hold 3,000 to 66,000 words,
so every word not yet in the lemmatizer's cache scans them several times. Measured on 120 French dev articles
(30,000 tokens): 1.84 s of CPU, a third of the bare parse, against 0.07 s with the same indexes as frozensets.
`in` answers the same on a list and on a set of the same words, and nothing else in the lemmatizer reads the
indexes, so the lemmas are the same token for token (`bench/lemmas` compares them on the dev texts).

The indexes are replaced in the loaded pipeline's own lookups, once at load. The pipeline is never written
back to disk (a set is not serialisable as the model's tables are): `storygraph` only reads models.
"""
from __future__ import annotations

from spacy.language import Language
from spacy.pipeline import Lemmatizer

#: the lookups table whose values the rule lemmatizer only tests membership in
INDEX = "lemma_index"


def index_as_sets(nlp: Language) -> int:
    """Make each rule lemmatizer's word indexes frozensets, in place; the number of indexes changed."""
    changed = 0
    for _, proc in nlp.pipeline:
        if not isinstance(proc, Lemmatizer) or proc.mode != "rule" or not proc.lookups.has_table(INDEX):
            continue
        table = proc.lookups.get_table(INDEX)
        for key, words in list(table.items()):
            if isinstance(words, list):
                table[key] = frozenset(words)
                changed += 1
    return changed
