"""Where a thing comes from says whose it is, as its 'de' does ('en provenance de', 'originaires de'), and a thing
taxed or frozen stands for its owner: taxes on imports from a country are aimed at that country, arms from a
country are its aid. Sentences written for these tests, varied by trigger, noun and phrase."""
import pytest

from story_lookup import by_trigger, names


@pytest.mark.parametrize("text, trigger, state", [
    ("Les droits de douane sur le cuivre en provenance du Pérou entrent en vigueur lundi.", "droits de douane",
     "Pérou"),
    ("L'imposition de taxes sur les produits en provenance du Brésil inquiète les éleveurs.", "imposition", "Brésil"),
    ("Les sanctions sur les marchandises originaires de Russie ont été prolongées.", "sanctions", "Russie"),
])
def test_what_is_taxed_is_aimed_at_where_it_comes_from(analyze, text, trigger, state):
    e = by_trigger(analyze(text), trigger)
    assert names(e["recipients"]) == [state]
    assert state not in names(e["actors"])


def test_what_is_given_comes_from_its_giver(analyze):
    e = by_trigger(analyze("La Russie reçoit des drones en provenance d'Iran."), "reçoit")
    assert names(e["actors"]) == ["Iran"]


@pytest.mark.parametrize("text, trigger, owner", [
    ("Washington a gelé les avoirs de Viktor Petrov.", "gelé", "Viktor Petrov"),
    ("Les sanctions sur les marchandises de Russie ont été prolongées.", "sanctions", "Russie"),
])
def test_what_is_frozen_or_taxed_is_aimed_at_its_owner(analyze, text, trigger, owner):
    assert names(by_trigger(analyze(text), trigger)["recipients"]) == [owner]


def test_a_thing_sentenced_is_a_figure_for_a_person_not_its_owner(analyze):
    # 'cette figure de la contestation' stands for a person; the protest movement was not sentenced
    e = by_trigger(analyze("Cette figure de la contestation a été condamnée à dix-huit mois d'emprisonnement."),
                   "condamnée")
    assert "contestation" not in names(e["recipients"])
