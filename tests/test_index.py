"""The per-Doc indexes the components share: token attributes read once, line wraps, nouns."""
from spacy.attrs import IDX, LEMMA, POS

from storygraph.lang.text import fold
from storygraph.nlp.index import column, forms, lemma_orth, line_wraps, nouns


def test_columns_agree_with_the_tokens(nlp):
    doc = nlp("Les maires de trois communes ont signé jeudi une lettre commune. Elle sera lue au conseil.")
    assert forms(doc) == [t.text for t in doc]
    assert column(doc, IDX) == [t.idx for t in doc]
    assert column(doc, POS) == [t.pos for t in doc]
    assert lemma_orth(doc) == [(t.lemma, t.orth) for t in doc]
    # asked again, the same lists come back, not new ones
    assert forms(doc) is forms(doc) and column(doc, LEMMA) is column(doc, LEMMA)


def test_a_hard_wrap_is_a_wrap_and_a_blank_line_is_not(nlp):
    doc = nlp("La préfète a fermé la route\ndu col pour la nuit.\n\nLes chasse-neige passeront demain matin.")
    wraps = line_wraps(doc, 0, len(doc))
    assert [doc[i].text for i in wraps] == ["\n"]


def test_nouns_are_the_common_nouns_with_their_lemmas(nlp):
    doc = nlp("Deux infirmières ont soigné le blessé dans l'ambulance.")
    assert nouns(doc) == [(t.i, fold(t.lemma_)) for t in doc if t.pos_ == "NOUN"]
    assert "ambulance" in [lemma for _, lemma in nouns(doc)]
