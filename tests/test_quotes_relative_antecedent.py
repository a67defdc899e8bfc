"""The antecedent of a relative 'qui' that speaks is never a phrase a preposition governs (sentences written for
these tests)."""
import pytest


def names(story):
    return [q["speaker_name"] for q in story.quotes]


@pytest.mark.parametrize("text, person", [
    ("Sur RTL, Marie Dubois, qui la veille déclarait : \"Rien ne changera.\", s'est montrée plus prudente.",
     "Marie Dubois"),
    ("Dans Le Figaro, Paul Morel, qui avait affirmé que \"rien ne changerait\", s'est montré plus prudent.",
     "Paul Morel"),
    ("Sur France 2, Léa Martin, qui a estimé mardi que \"rien ne changerait\", s'est montrée plus prudente.",
     "Léa Martin"),
])
def test_a_fronted_channel_is_not_the_antecedent_of_qui(analyze, text, person):
    assert names(analyze(text))[0] == person


def test_an_agent_s_apposition_still_takes_the_relative(analyze):
    s = analyze("Le militant est recherché par l'OFSP, l'office chargé des prisons en Suisse, qui affirme qu'il a "
                "violé les conditions de sa peine.")
    assert names(s) == ["OFSP"]
