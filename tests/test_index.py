"""The per-Doc indexes the components share: token attributes read once, line wraps, nouns."""
from spacy.attrs import IDX, LEMMA, POS

from storygraph.lang.text import fold
from storygraph.nlp.index import column, dependents, forms, lemma_orth, line_wraps, nouns, table


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


def test_the_shared_table_agrees_with_the_tokens(nlp):
    doc = nlp("Selon la directrice du musée, les deux tableaux volés en mars ont été retrouvés intacts à Nantes.")
    tab = table(doc)
    assert tab.toks == list(doc) and tab.texts == [t.text for t in doc]
    assert tab.pos == [t.pos_ for t in doc] and tab.deps == [t.dep_ for t in doc]
    assert tab.starts == [t.idx for t in doc]
    # one table per Doc, whoever asks
    assert table(doc) is tab


def test_dependents_are_the_children_in_word_order(nlp):
    doc = nlp("Le capitaine du chalutier, qui rentrait de Terre-Neuve, a raconté aux marins du port la tempête de la veille.")
    for t in doc:
        assert dependents(t) == list(t.children)
    root = next(t for t in doc if t.dep_ == "ROOT")
    # made once: the same list comes back
    assert dependents(root) is dependents(root)
