"""Two readings of the clause around an event: a name the parser heads with its honorific ('M. Girard discutera',
'Mme Ruiz a rencontré') is that person; an event noun that dates its clause ('après l'arrestation de X') is told as
a fact, whatever the clause denies or promises. Sentences written for these tests, varied by honorific, verb and adjunct."""
import pytest

from story_lookup import by_trigger, names


@pytest.mark.parametrize("text, trigger, person", [
    ("Le premier ministre Paul Girard est arrivé. M. Girard discutera mardi avec les syndicats.", "discutera",
     "Paul Girard"),
    ("La ministre Anne Ruiz est arrivée. Mme Ruiz a critiqué le maire de Lyon.", "critiqué", "Anne Ruiz"),
])
def test_a_name_headed_by_its_honorific_is_the_person(analyze, text, trigger, person):
    assert names(by_trigger(analyze(text), trigger)["actors"]) == [person]


@pytest.mark.parametrize("text, trigger", [
    ("Le ministre n'a pas réagi après l'arrestation de Paul Girard.", "arrestation"),
    ("Le maire n'a rien dit, quelques heures après l'attaque de la préfecture par des émeutiers.", "attaque"),
    ("La ministre n'a pas parlé à l'issue de la rencontre avec Paul Girard.", "rencontre"),
])
def test_an_event_that_dates_a_denied_clause_still_happened(analyze, text, trigger):
    assert by_trigger(analyze(text), trigger)["status"] == "asserted"


@pytest.mark.parametrize("text, trigger", [
    ("Lors de sa visite à Rome, Paul Girard s'est engagé à débloquer les fonds.", "visite"),
    ("À l'issue du sommet de Lima, le Pérou a promis de signer un accord.", "sommet"),
])
def test_an_event_that_dates_a_promise_is_not_what_was_promised(analyze, text, trigger):
    assert by_trigger(analyze(text), trigger)["status"] == "asserted"


def test_an_event_the_clause_denies_stays_negated(analyze):
    assert by_trigger(analyze("La France n'a pas signé l'accord."), "signé")["status"] == "negated"
