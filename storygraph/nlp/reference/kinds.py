"""Whether a common noun the lexicon does not list names a person: read off the model's word vectors.

A news story refers back to the people it named with any noun a writer picks ('le technicien', 'le pénaliste',
'la chercheuse'); no list holds them all. The nouns the lexicon lists are the examples: a noun whose vector lies
closer to the titles and epithets of people than to the nouns of institutions, places and documents names a
person. Written here because no maintained French resource of human nouns is on the package index; the vectors
are the parse model's own (nothing is downloaded). A model without vectors (the small English one) answers None.
"""
from __future__ import annotations

import numpy
from spacy.vocab import Vocab

#: how many nearest examples of each side are averaged
NEAREST = 5
#: how much closer to the people side a noun must be
MARGIN = 0.05


class NounKinds:
    """Person or not for unlisted nouns, decided once per word and vocabulary."""

    def __init__(self, people: set[str], others: set[str]):
        self.people = sorted(people)
        self.others = sorted(others)
        self._sides: dict[int, tuple[numpy.ndarray, numpy.ndarray] | None] = {}
        self._seen: dict[tuple[int, str], bool | None] = {}

    def _examples(self, vocab: Vocab) -> tuple[numpy.ndarray, numpy.ndarray] | None:
        key = id(vocab)
        if key not in self._sides:
            sides = [self._matrix(vocab, words) for words in (self.people, self.others)]
            self._sides[key] = None if any(m is None for m in sides) else (sides[0], sides[1])
        return self._sides[key]

    @staticmethod
    def _matrix(vocab: Vocab, words: list[str]) -> numpy.ndarray | None:
        rows = [_unit(vocab, w) for w in words]
        rows = [r for r in rows if r is not None]
        return numpy.array(rows) if len(rows) >= NEAREST else None

    def person(self, vocab: Vocab, word: str) -> bool | None:
        """True when the noun (lemma, lower case) names a person, False when not, None when the model cannot say."""
        key = (id(vocab), word)
        if key in self._seen:
            return self._seen[key]
        sides = self._examples(vocab)
        v = _unit(vocab, word) if sides is not None else None
        answer = None
        if v is not None:
            near = [numpy.sort(m @ v)[-NEAREST:].mean() for m in sides]
            answer = bool(near[0] - near[1] >= MARGIN)
        if len(self._seen) > 50_000:  # bounded: memory must not grow with the corpus
            self._seen.clear()
        self._seen[key] = answer
        return answer


def _unit(vocab: Vocab, word: str) -> numpy.ndarray | None:
    """The word's vector scaled to length 1, or None."""
    if not vocab.vectors.shape[0] or not vocab.has_vector(word):
        return None
    v = numpy.asarray(vocab.get_vector(word), dtype="float32")
    n = float(numpy.linalg.norm(v))
    return v / n if n else None
