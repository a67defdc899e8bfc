"""Speakers of quotations: an incise whose auxiliary a turn phrase ('de son côté', 'pour sa part') parts from its
participle, and a sentence after a quotation whose verb has an object of its own. Sentences written for these tests."""
import pytest

LEAD = "Le conseil s'est réuni mardi.\n\n"


@pytest.mark.parametrize("incise, who", [
    ("a de son côté déclaré sur France Inter Jean Roux, le président du syndicat", "Jean Roux"),
    ("a de son côté déclaré Jean Roux, le président du syndicat", "Jean Roux"),
    ("a pour sa part affirmé sur RTL la ministre Claire Morin", "Claire Morin"),
    ("a pour sa part affirmé la ministre Claire Morin", "Claire Morin"),
    ("a quant à lui estimé le maire Paul Girard", "Paul Girard"),
    ("a de son côté prévenu la sénatrice Anne Morel", "Anne Morel"),
])
def test_a_turn_phrase_inside_the_incise_keeps_its_inverted_subject(analyze, incise, who):
    s = analyze(LEAD + f"« Rien n'est réglé », {incise}.")
    assert [q["speaker_name"] for q in s.quotes] == [who]
    assert s.quotes[0]["cue"] is not None


@pytest.mark.parametrize("sentence, who", [
    ("Le maire a pour sa part salué le travail des agents.", "Le maire"),
    ("La ministre a de son côté estimé que la réforme était nécessaire.", "La ministre"),
])
def test_a_turn_phrase_after_the_auxiliary_keeps_the_subject_before(analyze, sentence, who):
    s = analyze(sentence)
    assert [q["speaker"]["text"] for q in s.quotes] == [who]


@pytest.mark.parametrize("after", [
    "Les pompiers ont lancé une alerte samedi.",
    "Les syndicats ont annoncé une grève nationale.",
    "Les habitants ont signé une pétition lundi.",
])
def test_a_verb_with_an_object_of_its_own_does_not_take_the_quotation_before(analyze, after):
    s = analyze(f"La préfète Anne Morel a appelé les habitants « à la prudence ». « Il n'est pas question de "
                f"sortir par ce temps. » {after}")
    direct = [q for q in s.quotes if q["type"] == "direct"]
    assert [q["speaker_name"] for q in direct] == ["Anne Morel"]


@pytest.mark.parametrize("after", [
    "C'est en ces termes que la maire Claire Morin a réagi.",
    "C'est ainsi que la maire Claire Morin a répondu aux élus.",
])
def test_a_verb_that_takes_the_quotation_up_still_names_its_speaker(analyze, after):
    s = analyze(f"Le conseil s'est réuni mardi. « Nous tiendrons nos engagements. » {after}")
    direct = [q for q in s.quotes if q["type"] == "direct"]
    assert [q["speaker_name"] for q in direct] == ["Claire Morin"]
