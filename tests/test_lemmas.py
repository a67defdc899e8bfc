"""The rule lemmatizer with its word indexes as sets gives the model's own lemmas (sentences written for these
tests, in French and English), and storygraph's pipeline runs it that way."""
import pytest
import spacy
from spacy.pipeline import Lemmatizer

from storygraph.lang.models import model_name
from storygraph.nlp.lemmas import INDEX, index_as_sets

FRENCH = [
    "Les négociatrices avaient promis qu'elles reviendraient avant l'hiver, mais personne ne les a revues.",
    "Nous eussions souhaité que les vignerons bourguignons vendangeassent plus tôt.",
    "Le maire de Vaucresson inaugurera jeudi les nouveaux abattoirs ; les riverains s'en plaignent déjà.",
    "LES GRÉVISTES ONT BLOQUÉ LES DÉPÔTS ET REFUSÉ TOUTE DISCUSSION.",
    "Ils se sont aperçus que les chevaux, les travaux et les vitraux coûtaient 12 000 euros de plus.",
]
ENGLISH = [
    "The geese were flying over the burnt fields while the children hid their better toys.",
    "She had swum farther than anyone, and they'd been told the mice ate the cheeses.",
    "WE WERE BEATEN BUT THE TEAMS' COACHES WENT ON ARGUING.",
]


def lemmas(nlp, text: str) -> list[tuple[str, str, str]]:
    return [(t.text, t.pos_, t.lemma_) for t in nlp(text)]


def check(package: str, texts: list[str]) -> None:
    shipped, ours = spacy.load(package), spacy.load(package)
    assert index_as_sets(ours) > 0
    for text in texts:
        assert lemmas(ours, text) == lemmas(shipped, text)


def test_french_lemmas_are_the_models_own():
    check(model_name("fr"), FRENCH)


@pytest.mark.english
def test_english_lemmas_are_the_models_own():
    check(model_name("en"), ENGLISH)


def test_the_pipeline_lemmatizer_reads_sets(nlp):
    indexes = [p.lookups.get_table(INDEX) for _, p in nlp.pipeline if isinstance(p, Lemmatizer)]
    assert indexes and all(isinstance(words, frozenset) for table in indexes for words in table.values())
    # applied twice, nothing more changes: the pipeline may be built again in the same process
    assert index_as_sets(nlp) == 0
    assert [t.lemma_ for t in nlp("Les ministres ont signé les accords.")][:6] == ["le", "ministre", "avoir", "signer", "le",
                                                                              "accord"]
