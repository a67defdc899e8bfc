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


@pytest.mark.parametrize("sentence, who", [
    ("Dans un communiqué annonçant sa démission, le maire Paul Girard a remercié les habitants.", "Paul Girard"),
    ("Le syndicat a publié un communiqué dénonçant la fermeture de l'usine.", "Le syndicat"),
    ("Les deux villes ont signé une déclaration commune appelant à la paix.", "Les deux villes"),
])
def test_who_issues_a_document_speaks_what_its_participle_reports(analyze, sentence, who):
    s = analyze(sentence)
    assert [q["speaker"]["text"] for q in s.quotes] == [who]


def test_a_document_no_one_is_said_to_issue_still_speaks(analyze):
    s = analyze("Un rapport estimant que la réforme échouerait circule depuis lundi.")
    assert [q["speaker"]["text"] for q in s.quotes] == ["Un rapport"]
