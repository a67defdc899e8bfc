"""Two titles of unnamed officials are two people when they serve two states or two bodies: 'le ministre des Affaires
étrangères de l'Iran' is not 'le chef de la diplomatie chinoise' said next, nor 'le président de la Commission
européenne'. And an inverted speaker's phrase after a cue ('», a accusé le secrétaire général de FO, X') names who
speaks, never whom the cue is aimed at. Sentences written for these tests, varied by state, body and cue."""
import pytest

from story_lookup import by_trigger, names


@pytest.mark.parametrize("second", [
    "« C'est une provocation », a condamné le chef de la diplomatie chinoise.",
    "« Nous soutenons ce peuple », a assuré le président de la Commission européenne.",
    "« Nous refusons ce texte », a affirmé la ministre des Affaires étrangères du Brésil.",
])
def test_an_unnamed_official_of_another_state_is_someone_else(analyze, second):
    story = analyze("« Nous rejetons ce plan », a déclaré le ministre des Affaires étrangères de l'Iran. " + second)
    first, other = (q["speaker_name"] for q in story.quotes)
    assert other and other != first


@pytest.mark.parametrize("text, trigger, speaker", [
    ("« La banque étrangle l'économie », a accusé le secrétaire général de FO, Frédéric Souillot.", "accusé",
     "Frédéric Souillot"),
    ("« C'est inacceptable », a condamné la présidente de la Commission européenne, Ursula von der Leyen.", "condamné",
     "Ursula von der Leyen"),
])
def test_the_inverted_speaker_s_body_is_not_the_target(analyze, text, trigger, speaker):
    ev = by_trigger(analyze(text), trigger)
    assert names(ev["actors"]) == [speaker]
    assert ev["recipients"] == []
