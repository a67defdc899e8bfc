"""The words the time normaliser, tense reader and figure reader look for are language data: English reads its
own ('p.m.', 'later', 'that year', 'have', '12,500.5', '$40 million') and French keeps its own (sentences written
for these tests)."""
import pytest

import storygraph.nlp.times  # noqa: F401 — registers the factory
from storygraph import analyze
from storygraph.lang import resource


def tagger(lang: str):
    import spacy

    nlp = spacy.blank(lang)
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("storygraph_times", config={"lang": lang})

    def tag(text: str, date: str = "2023-10-20") -> dict[str, str]:
        doc = nlp.make_doc(text)
        doc._.sg_date = date
        return {t["text"]: t["value"] for t in nlp(doc)._.sg_times}

    return tag


@pytest.fixture(scope="module")
def en():
    return tagger("en")


@pytest.fixture(scope="module")
def fr():
    return tagger("fr")


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_every_language_names_the_normaliser_codes(lang):
    codes = resource(lang, "times")["codes"]
    for key in ("pm", "am", "later", "distal", "quarter", "first_day", "one", "number_language", "year_prepositions",
                "of", "age", "count", "tense"):
        assert key in codes, key
    assert codes["number_language"] == lang


def test_english_codes_are_english_words():
    codes = resource("en", "times")["codes"]
    assert "soir" not in codes["pm"] and "tard" not in codes["later"] and "-là" not in codes["distal"]


def test_english_pm_quarter_and_later(en):
    found = en("The polls closed at 8 p.m. In the second quarter of 2022 turnout fell. Two days later, the count ended.")
    assert found["8 p.m."] == "2023-10-20T20:00"
    assert found["the second quarter of 2022"] == "2022-Q2"
    assert found["Two days later"] == "2023-10-22"


def test_english_that_year_takes_the_year_in_focus(en):
    found = en("The treaty was signed in 2011. That year, prices rose sharply.")
    assert found["That year"] == "2011"


def test_french_codes_still_read_french(fr):
    found = fr("Le scrutin a fermé à 8 h du soir. Deux jours plus tard, cette année-là, au premier trimestre 2021.")
    assert found["8 h du soir"] == "2023-10-20T20:00"
    assert found["Deux jours plus tard"] == "2023-10-22"
    assert "2021-Q1" in found.values()


def test_an_english_possessive_makes_years_an_age(en):
    found = en("The singer celebrated her 80 years with a concert. The war lasted 70 years.")
    assert "70 years" in found and "80 years" not in found  # a duration, then an age


needs_en = pytest.mark.english  # skipped when no English model is installed (conftest)


@needs_en
def test_english_number_format_and_currency_before_the_number():
    s = analyze("Officials said 12,500 people had fled and that the repairs would cost $40 million, or 2.5 percent "
                "of the budget.", date="2023-10-20", lang="en")
    got = {f["text"]: (f["value"], f["unit"]) for f in s.figures}
    assert got["12,500 people"] == (12500, "people")
    assert got["$40 million"] == (40000000, "dollars")
    assert got["2.5 percent"] == (2.5, "%")


@needs_en
def test_english_number_words_joined_by_and():
    s = analyze("Rescuers found one hundred and twelve survivors in the ruins.", date="2023-10-20", lang="en")
    assert [(f["value"], f["unit"]) for f in s.figures] == [(112, "survivors")]


def test_french_number_format_is_unchanged():
    s = analyze("Quelque 12 500 personnes ont fui, soit 2,5 % de la population.", date="2023-10-20", lang="fr")
    got = {f["value"] for f in s.figures}
    assert {12500, 2.5} <= got
