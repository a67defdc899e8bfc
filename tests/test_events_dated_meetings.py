"""A meeting with a partner told as the time of a clause ('à l'issue d'une rencontre avec Y', 'en marge d'un
entretien avec Y') is the clause subject's meeting: both sides met. A meeting one goes to ('pour une rencontre
avec Y') stays aimed at the partner. Sentences written for these tests, varied by noun, adjunct and order."""
import pytest

from story_lookup import by_trigger, names


@pytest.mark.parametrize("text, trigger", [
    ("« Nous ne céderons pas », a déclaré Ingrid Solberg, à l'issue d'une rencontre avec Pekka Virtanen.",
     "rencontre"),
    ("Ingrid Solberg a annoncé un accord au terme d'un entretien avec Pekka Virtanen.", "entretien"),
    ("En marge d'une réunion avec Pekka Virtanen, Ingrid Solberg a critiqué la Russie.", "réunion"),
])
def test_a_dated_meeting_is_the_subjects_and_the_partners(analyze, text, trigger):
    e = by_trigger(analyze(text), trigger)
    assert sorted(names(e["actors"])) == ["Ingrid Solberg", "Pekka Virtanen"]
    assert e["recipients"] == []


def test_a_meeting_one_goes_to_is_aimed_at_the_partner(analyze):
    e = by_trigger(analyze("Ingrid Solberg s'est rendue à Helsinki pour une rencontre avec Pekka Virtanen."),
                   "rencontre")
    assert names(e["actors"]) == ["Ingrid Solberg"]
    assert names(e["recipients"]) == ["Pekka Virtanen"]


def test_a_dated_meeting_told_in_a_quotes_incise_is_the_speakers(analyze):
    # the parser may read the cue's complement ('à l'AFP') as its subject; the quote's speaker is whom the cue names
    e = by_trigger(analyze("« Nous ne céderons pas », a déclaré à l'AFP Ingrid Solberg, à l'issue d'une rencontre "
                           "avec Pekka Virtanen."), "rencontre")
    assert sorted(names(e["actors"])) == ["Ingrid Solberg", "Pekka Virtanen"]
