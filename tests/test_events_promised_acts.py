"""'X a promis des livraisons d'armes à Y': who commits to an act (promettre, garantir) is who will carry it out, as
French reads a commitment verb's event noun; the one it is promised to receives it. Sentences written for these tests,
varied by verb, subject (person, state, capital) and event noun."""
import pytest

from story_lookup import by_trigger, names


@pytest.mark.parametrize("text, noun, actor, recipient", [
    ("Le président Paul Girard a promis des livraisons d'armes à l'Ukraine.", "livraisons", "Paul Girard", "Ukraine"),
    ("La France a promis de nouvelles livraisons de munitions à l'Ukraine.", "livraisons", "France", "Ukraine"),
    ("Berlin a garanti une aide financière à la Moldavie.", "aide", "Allemagne", "Moldavie"),
])
def test_a_promised_act_is_done_by_who_promised_it(analyze, text, noun, actor, recipient):
    ev = by_trigger(analyze(text), noun)
    assert names(ev["actors"]) == [actor]
    assert names(ev["recipients"]) == [recipient]
    assert ev["status"] == "future"


def test_a_promise_of_reprisals_is_the_threatener_s(analyze):
    ev = by_trigger(analyze("Le Hamas a promis des représailles contre Israël."), "représailles")
    assert names(ev["actors"]) == ["Hamas"]
