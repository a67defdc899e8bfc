"""A person's name given to a street, a square or a building names the place: no person is in the story for it."""
import pytest


@pytest.mark.parametrize("text, place, person", [
    ("Le ministre Paul Verdier a assisté au défilé sur la place Jean Moulin.", "Jean Moulin", "Paul Verdier"),
    ("Les manifestants ont marché sur l'avenue Jean-Jaurès, où Marie Dubreuil les attendait.", "Jean-Jaurès",
     "Marie Dubreuil"),
    ("Une alerte a visé l'aéroport Charles-de-Gaulle, a indiqué Anne Lemercier.", "Charles-de-Gaulle",
     "Anne Lemercier"),
    ("Marie Dubreuil attendait les supporters devant le stade Pierre Mauroy.", "Pierre Mauroy", "Marie Dubreuil"),
])
def test_the_name_after_a_street_noun_is_a_place(nlp, text, place, person):
    kinds = {m.text: m.kind for m in nlp(text)._.sg_mentions}
    assert kinds.get(place) == "place"
    assert kinds.get(person) == "person"


@pytest.mark.parametrize("text", [
    "La police a placé Jean Moulin en garde à vue.",
    "La police place Jean Moulin en garde à vue.",
    "Le juge place Paolo Reyes en détention provisoire.",
])
def test_a_verb_spelt_like_a_street_noun_leaves_a_person(nlp, text):
    kinds = {m.text: m.kind for m in nlp(text)._.sg_mentions}
    assert "person" in kinds.values() and "place" not in kinds.values()
