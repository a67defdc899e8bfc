"""Parties an event takes from another event named beside it (an event noun as the subject of an act, a
stance noun's 'à' complement that is itself an event) and the dative the parser hung on a given thing
(events.discourse, events.roles.verbs), on French sentences written for these tests."""
import pytest
from story_lookup import by_trigger, names


@pytest.mark.parametrize("text, word, actors", [
    ("La rencontre entre le Chili et le Pérou doit aider à renforcer la coopération régionale.", "renforcer",
     ["Chili", "Pérou"]),
    ("Selon le ministre, les sanctions imposées par le Canada cherchent à punir la Bolivie.", "punir", ["Canada"]),
    ("L'offensive de la Bolivie menace de déstabiliser le Pérou.", "menace", ["Bolivie"]),
])
def test_an_event_noun_as_subject_acts_through_its_doers(analyze, text, word, actors):
    assert names(by_trigger(analyze(text), word)["actors"]) == actors


def test_an_event_noun_subject_of_a_passive_is_not_its_doer(analyze):
    # what was done to the sanctions was done by the agent, not by whoever imposed them
    s = analyze("Les sanctions imposées par le Canada ont été critiquées par la Bolivie.")
    assert names(by_trigger(s, "critiquées")["actors"]) == ["Bolivie"]


@pytest.mark.parametrize("text, word, recipients", [
    ("Le Parti radical a réaffirmé son plein soutien à la motion du Parti socialiste.", "soutien", ["Parti socialiste"]),
    ("Les Verts ont confirmé leur appui à la motion déposée par le Parti communiste.", "appui", ["Parti communiste"]),
])
def test_a_stance_noun_bears_on_the_author_of_the_event_it_names(analyze, text, word, recipients):
    assert names(by_trigger(analyze(text), word)["recipients"]) == recipients


def test_a_stance_noun_for_a_party_keeps_that_party(analyze):
    s = analyze("Le Parti radical a renouvelé son soutien à la Colombie.")
    assert names(by_trigger(s, "soutien")["recipients"]) == ["Colombie"]


@pytest.mark.parametrize("text, word, recipients", [
    ("Le gouvernement péruvien accorde une aide ciblée aux réfugiés.", "accorde", ["réfugiés"]),
    ("La France a accordé une aide militaire renforcée à l'Ukraine.", "accordé", ["Ukraine"]),
    ("L'Union européenne accorde une aide exceptionnelle à la Bolivie.", "accorde", ["Bolivie"]),
])
def test_the_dative_hung_on_the_thing_given_is_whom_it_is_given_to(analyze, text, word, recipients):
    assert names(by_trigger(analyze(text), word)["recipients"]) == recipients


def test_a_place_after_the_object_is_not_whom(analyze):
    s = analyze("Le Chili a signé un accord commercial à Genève.")
    assert names(by_trigger(s, "signé")["recipients"]) == []
