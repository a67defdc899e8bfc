"""The events component as a whole (one Context per article, one shared Lexicon, records tied to their quote and
time) and figures, on French sentences written for these tests. The rule families have their own
test_events_<family>.py."""
from dataclasses import FrozenInstanceError

import pytest
from story_lookup import by_trigger


def test_visit_by_capital_resolves_to_the_state(analyze):
    s = analyze("Le ministre italien des Affaires étrangères Marco Bellini s'est rendu à Madrid en mars.",
                date="2024-05-02")
    e = by_trigger(s, "rendu")
    assert (e["type"], e["mode"], e["status"]) == ("CONSULT", "visit", "asserted")
    assert [a["name"] for a in e["actors"]] == ["Marco Bellini"]
    assert [r["name"] for r in e["recipients"]] == ["Espagne"]
    assert e["trigger"]["text"] == "s'est rendu" or e["trigger"]["text"].endswith("est rendu")
    t = next(t for t in s.times if t["id"] == e["time_id"])
    assert t["value"] == "2024-03"


def test_event_inside_a_quote_is_reported_by_its_speaker(analyze):
    s = analyze("« Le Japon a livré des missiles aux Philippines », a affirmé Kenji Sato, chercheur à Tokyo.")
    e = by_trigger(s, "livré")
    assert e["type"] == "AID" and e["reported_by"] == "Kenji Sato" and e["quote_id"] == s.quotes[0]["id"]


def test_nothing_one_article_resolved_answers_for_the_next(analyze):
    # the same places in two articles hold other words: no trigger or party of the first may answer for the second
    first = analyze("Le Pérou a envahi la Bolivie en mars.")
    second = analyze("Le Japon a livré des vivres à la Chine en mai.")
    e = by_trigger(first, "envahi")
    assert (e["type"], [a["name"] for a in e["actors"]], [r["name"] for r in e["recipients"]]) == \
        ("ASSAULT", ["Pérou"], ["Bolivie"])
    e = by_trigger(second, "livré")
    assert (e["type"], [a["name"] for a in e["actors"]], [r["name"] for r in e["recipients"]]) == \
        ("AID", ["Japon"], ["Chine"])
    assert [second.text[p["start"]:p["end"]] for p in e["actors"] + e["recipients"]] == ["Japon", "Chine"]


def test_the_lexicon_is_loaded_once_and_read_only():
    from storygraph.nlp.events import EventFinder

    one, other = EventFinder("fr"), EventFinder("fr")
    assert one.lex is other.lex
    with pytest.raises(FrozenInstanceError):
        one.lex.verbs = {}
    assert "envahir" in one.lex.verbs and one.lex.verb_lemma("négocié", "négociées") == "negocier"


def test_figures_value_unit_approx_and_source(analyze):
    s = analyze("Selon la Croix-Rouge, quelque 2,5 millions de réfugiés ont quitté le pays en 2023, "
                "dont plus de huit cents enfants. La facture atteint 40 milliards d'euros, soit 3 % du budget.",
                date="2024-01-10")
    figs = {f["text"]: f for f in s.figures}
    f = figs["quelque 2,5 millions de réfugiés"]
    assert (f["value"], f["unit"], f["approx"]) == (2500000, "réfugiés", True)
    assert f["source"] == "Croix-Rouge"
    assert (figs["plus de huit cents enfants"]["value"], figs["plus de huit cents enfants"]["approx"]) == (800, True)
    assert figs["40 milliards d'euros"]["value"] == 40_000_000_000 and figs["40 milliards d'euros"]["unit"] == "euros"
    assert figs["3 %"]["unit"] == "%" and figs["3 %"]["source"] is None
    assert all(s.text[f["start"]:f["end"]] == f["text"] for f in s.figures)


def test_dates_durations_names_and_counted_pairs_are_not_figures(analyze):
    s = analyze("Le 12 mai 2021, après trois jours de marche, les deux hommes ont présenté le fusil AK-47 "
                "et le char Type 59 au musée, qui accueille une vingtaine de visiteurs.")
    assert [f["text"] for f in s.figures] == ["une vingtaine de visiteurs"]
    assert s.figures[0]["value"] == 20 and s.figures[0]["approx"] is True


def test_figures_in_spaced_and_dotted_thousands_and_no_double_count(analyze):
    s = analyze("La ville compte 1 200 salariés et une centaine de bénévoles ; 3.000.000 de dollars ont été levés. "
                "Appelez le 01 23 45 67 89.", date="2024-01-01")
    assert [(f["text"], f["value"]) for f in s.figures] == [
        ("1 200 salariés", 1200), ("une centaine de bénévoles", 100), ("3.000.000 de dollars", 3_000_000)]
