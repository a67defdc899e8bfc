"""Recipients the events used to leave empty, on French sentences written for these tests: whom backing or aid
is given for ('pour X')."""

from story_lookup import by_trigger, names


def test_backing_for_a_country_goes_to_it(analyze):
    s = analyze("La Suède soutient une paix durable pour la Moldavie.")
    e = by_trigger(s, "soutient")
    assert e["type"] == "SUPPORT"
    assert names(e["actors"]) == ["Suède"]
    assert names(e["recipients"]) == ["Moldavie"]


def test_defending_a_solution_for_a_country_in_the_future(analyze):
    s = analyze("La France défendra une solution durable pour le Liban.")
    e = by_trigger(s, "défendra")
    assert names(e["actors"]) == ["France"]
    assert names(e["recipients"]) == ["Liban"]


def test_for_a_reason_names_no_one(analyze):
    s = analyze("Le Portugal soutient la réforme pour des raisons budgétaires.")
    e = by_trigger(s, "soutient")
    assert e["recipients"] == []


def test_an_object_party_stays_the_recipient(analyze):
    s = analyze("Le Portugal soutient le Chili pour sa candidature.")
    e = by_trigger(s, "soutient")
    assert names(e["recipients"]) == ["Chili"]
