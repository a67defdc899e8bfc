"""The shared look-ups that cache what they read: the same answers as the plain computation, on text of our own."""
import unicodedata

from storygraph.lang.text import fold
from storygraph.nlp.features import feature
from storygraph.nlp.grammar import group_start
from storygraph.nlp.index import sentence_of


def _plain_fold(s: str) -> str:
    s = unicodedata.normalize("NFKD", s.replace("’", "'"))
    return "".join(c for c in s if not unicodedata.combining(c)).casefold().strip()


def test_fold_of_plain_ascii_is_the_full_fold():
    for s in ("  Gaston LEROUX\t", "l'Hôtel", "Saint-Nazaire", "O'Brien", "ÉTÉ", "ß", "l’Ardèche", "ﬁnale", "", "A\u00a0B"):
        assert fold(s) == _plain_fold(s), s
    # every ASCII character, alone and inside a word
    for c in map(chr, range(128)):
        assert fold("x" + c + "Y") == _plain_fold("x" + c + "Y")


def test_a_verb_group_starts_at_its_first_auxiliary_asked_again_or_not(nlp):
    doc = nlp("Les plongeurs ont été repêchés hier. La capitaine avait prévenu la mairie.")
    for v in (t for t in doc if t.pos_ == "VERB"):
        first = min([c.i for c in v.lefts if c.dep_.startswith("aux")] + [v.i])
        assert group_start(v) == first == group_start(doc[v.i])
    assert doc[group_start(next(t for t in doc if t.text == "repêchés"))].text == "ont"
    assert group_start(next(t for t in doc if t.text == "prévenu")) == next(t.i for t in doc if t.text == "avait")


def test_features_and_sentences_answer_as_spacy_does(nlp):
    doc = nlp("Une infirmière a soigné les blessés. Ils sont repartis le soir même.")
    for t in doc:
        for f in ("Gender", "Number", "VerbForm"):
            assert feature(t, f) == t.morph.get(f)
        assert sentence_of(t) is sentence_of(t)  # one Span per sentence
        assert (sentence_of(t).start, sentence_of(t).end) == (t.sent.start, t.sent.end)
    assert feature(doc[1], "Gender") == ["Fem"]
