"""'« … », a réagi l'élu à la sortie de l'audience': a complement of time or circumstance after an inverted speaker
('à la sortie de', 'au sortir de', 'à la suite de') tells when the words were said, not who said them, however the
parser hangs it; the description alone refers back to the person. Sentences written for these tests, varied by
verb, description and locution."""
import pytest

CONTEXT = "L'ancien maire de Grenoble, Paul Roux, a été condamné mardi. "


@pytest.mark.parametrize("incise", [
    "« Je ferai appel », a réagi l'élu à la sortie de l'audience.",
    "« Je suis innocent », a répété l'ancien maire à la sortie du tribunal.",
    "« Ce jugement est injuste », a lancé l'élu au sortir de l'audience.",
])
def test_a_time_complement_is_no_part_of_the_speaker(analyze, incise):
    story = analyze(CONTEXT + incise)
    assert [q["speaker_name"] for q in story.quotes] == ["Paul Roux"]
