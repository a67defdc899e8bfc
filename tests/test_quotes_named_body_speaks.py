"""A body named with a capital speaks for itself, whatever its head noun would say as a common noun ('la Coordination
rurale', 'la Confédération paysanne'): the words are not the previous speaker's. Sentences written for these tests,
varied by cue and by where the body stands."""
import pytest


@pytest.mark.parametrize("incise, speaker", [
    ("« La mobilisation continue », assure-t-on à la Coordination rurale.", "Coordination rurale"),
    ("« Les prix sont trop bas », a déclaré la Confédération paysanne.", "Confédération paysanne"),
])
def test_a_named_body_is_the_speaker(analyze, incise, speaker):
    story = analyze("Le syndicat des éleveurs reste prudent. " + incise)
    assert [q["speaker_name"] for q in story.quotes] == [speaker]
