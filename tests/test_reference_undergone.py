"""What is done to a person belongs to a person: the possessive of an arrest, a release, a murder ('sa
libération', 'son meurtre', 'leur arrestation') takes up a person or people named before, never a state or a
body, however near. Invented sentences, varied by noun, possessive, number and order."""
import pytest

from story_lookup import by_trigger, names, possessor


@pytest.mark.parametrize("first, second, word, person", [
    ("Le journaliste Paul Girard a été enlevé au Mali.", "La France exige sa libération.", "sa", "Paul Girard"),
    ("L'opposant Paul Girard est mort en prison.", "Les États-Unis accusent la Russie de son meurtre.", "son",
     "Paul Girard"),
    ("Paul Girard a été interpellé samedi à Dakar.", "Le Sénégal a justifié son arrestation.", "son", "Paul Girard"),
    ("La militante Awa Diallo a été arrêtée.", "Amnesty International réclame sa libération immédiate.", "sa",
     "Awa Diallo"),
])
def test_the_possessive_of_what_befalls_a_person_is_that_person(first, second, word, person):
    assert possessor(f"{first} {second}", word) == person


def test_a_state_alone_leaves_the_possessive_unlinked():
    # no person named before: a release is no state's own, so none is guessed
    assert possessor("La France exige sa libération.", "sa") is None


def test_a_person_subject_may_own_what_befalls_them():
    assert possessor("Le chanteur Paul Girard a été arrêté. Il a obtenu sa libération mardi.", "sa") == "Paul Girard"


def test_the_possessive_of_a_visit_still_takes_the_subject_state():
    # a visit is done by its possessor, not to them: the nearest agreeing party, a state included
    assert possessor("Le président Paul Girard est rentré. La France a annoncé sa visite.", "sa") == "France"


def test_the_victim_is_the_recipient_of_the_noun_event(analyze):
    s = analyze("L'opposant Paul Girard est mort en prison. Les États-Unis accusent la Russie de son meurtre.")
    assert names(by_trigger(s, "meurtre")["recipients"]) == ["Paul Girard"]


def test_condemning_a_killing_accuses_its_unnamed_author_not_its_victim(analyze):
    s = analyze("Le juge Marc Leroy a été tué mardi. Le gouvernement a condamné son assassinat.")
    assert by_trigger(s, "condamné")["recipients"] == []
    assert names(by_trigger(s, "assassinat")["recipients"]) == ["Marc Leroy"]
