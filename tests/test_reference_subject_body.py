"""A pronoun continues the body that was the subject before it, over a person named only as its object
(sentences written for these tests)."""
import pytest


@pytest.mark.parametrize("body, verb, person, pronoun", [
    ("Le parquet", "a longuement interrogé", "Karim Benslimane", "Selon lui"),
    ("Le ministère", "a reçu dans la matinée", "Paul Girard", "Selon lui"),
    ("La commission", "a auditionné jeudi", "Sophie Lefort", "D'après elle"),
])
def test_a_pronoun_takes_up_the_subject_body_not_its_object(analyze, body, verb, person, pronoun):
    s = analyze(f"{body} {verb} {person} au sujet du chantier. {pronoun}, les travaux auraient dû cesser en mai.")
    assert [q["speaker_name"] for q in s.quotes] == [body]


def test_a_person_subject_still_wins_over_a_body_named_as_object(analyze):
    s = analyze("Paul Girard a rencontré le syndicat au sujet du chantier. Selon lui, les travaux auraient dû "
                "cesser en mai.")
    assert [q["speaker_name"] for q in s.quotes] == ["Paul Girard"]


@pytest.mark.parametrize("text, body", [
    ("Les associations locales ont déposé un recours. Ils estiment que le permis de construire est illégal.",
     "Les associations locales"),
    ("Dans la vallée, les autorités multiplient les contrôles routiers. Ils affirment craindre de nouveaux éboulements.",
     "les autorités"),
])
def test_a_plural_of_the_other_gender_takes_up_the_collective_rather_than_no_one(analyze, text, body):
    s = analyze(text)
    assert [q["speaker_name"] for q in s.quotes] == [body]


@pytest.mark.parametrize("said", ["a insisté le parquet", "a conclu la commission"])
def test_inside_the_body_s_own_quotation_il_is_still_the_person(analyze, said):
    body = said.split()[-2:]
    s = analyze(f"{body[0].capitalize()} {body[1]} a longuement interrogé Karim Benslimane mardi. « Il a menti aux "
                f"enquêteurs et je l'accuse d'avoir détruit des preuves », {said}.")
    (person,) = [a for a in s.actors if a["name"] == "Karim Benslimane"]
    assert [m["text"] for m in person["mentions"] if m["rule"] == "pronoun"] == ["Il", "l'"]
