"""A verbal locution's object that the parser hangs on the locution's own noun is still its object ('a mis en garde
Taïwan'); a passive's agent noun is not governed by its verb's sense of aim ('le convoi a été visé par des tirs' tells
of shots fired, not of shots intended). Sentences written for these tests, varied by locution, party and noun."""
import pytest

from story_lookup import by_trigger, names


@pytest.mark.parametrize("text, trigger, recipient", [
    ("La Chine a mis en garde Taïwan contre toute provocation.", "mis en garde", "Taïwan"),
    ("Le Japon a mis en garde la Corée du Nord après le tir.", "mis en garde", "Corée du Nord"),
])
def test_the_object_after_a_locution_is_its_recipient(analyze, text, trigger, recipient):
    assert names(by_trigger(analyze(text), trigger)["recipients"]) == [recipient]


@pytest.mark.parametrize("text, trigger", [
    ("Le convoi humanitaire a été visé par des tirs de l'armée.", "tirs"),
    ("Le camp a été visé par des frappes aériennes dans la nuit.", "frappes"),
])
def test_a_passive_s_agent_event_happened(analyze, text, trigger):
    assert by_trigger(analyze(text), trigger)["status"] == "asserted"
