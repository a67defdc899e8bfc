"""Speakers of quotations: a sentence after a quotation whose verb has an object of its own does not name its speaker.
Sentences written for these tests."""
import pytest


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


@pytest.mark.parametrize("sentence, names", [
    ("Quelques heures plus tard, Lisbonne et Varsovie ont affirmé que la production baisserait.", "Portugal ; Pologne"),
    ("Rome et Madrid ont assuré que le sommet aurait lieu.", "Italie ; Espagne"),
    ("Après la réunion, Paris et Rome ont publié une déclaration commune soulignant leur accord.", "France ; Italie"),
    ("Vienne et Berlin ont publié un communiqué commun exprimant leur inquiétude.", "Autriche ; Allemagne"),
])
def test_two_coordinated_places_both_speak(analyze, sentence, names):
    s = analyze(sentence)
    assert [q["speaker_name"] for q in s.quotes] == [names]
