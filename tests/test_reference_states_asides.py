"""Who is who: a title's state named outright, an indefinite aside after a name, joint statements and names the
parser sets side by side (sentences written for these tests; each rule varied in person, country, verb, order)."""
import pytest


def speakers(story):
    return [q["speaker_name"] for q in story.quotes]


def names(story):
    return [set((q["speaker_name"] or "").split(" ; ")) for q in story.quotes]


@pytest.mark.parametrize("first, second, later, who", [
    ("Tom Harlan, président des États-Unis,", "Erik Vogel, chancelier de l'Allemagne,", "Le président américain", "Tom Harlan"),
    ("Tom Harlan, président des États-Unis,", "Erik Vogel, chancelier de l'Allemagne,", "Le chancelier allemand", "Erik Vogel"),
    ("Inès Caldera, présidente du Mexique,", "Rosa Mejía, présidente du Brésil,", "La présidente brésilienne", "Rosa Mejía"),
    ("Inès Caldera, présidente du Mexique,", "Rosa Mejía, présidente du Brésil,", "La présidente mexicaine", "Inès Caldera"),
])
def test_a_demonym_finds_the_person_whose_title_names_that_state(analyze, first, second, later, who):
    s = analyze(f"{first} a reçu {second} lundi à la frontière.\n\n"
                f"{later} a affirmé que les discussions avaient été franches.")
    assert speakers(s) == [who]


def test_a_title_of_another_state_is_not_the_person_named_with_a_country(analyze):
    s = analyze("Lucas Ferreira, ministre de l'Économie du Canada, était à Lisbonne mardi.\n\n"
                "Le ministre brésilien a déclaré que les taux baisseraient.")
    assert speakers(s) != ["Lucas Ferreira"]


@pytest.mark.parametrize("aside, later, verb", [
    ("un commerçant de la ville", "Le commerçant", "a raconté"),
    ("une infirmière de la clinique", "L'infirmière", "a expliqué"),
    ("un pêcheur du port", "Le pêcheur", "a assuré"),
])
def test_an_indefinite_aside_is_the_named_persons_description(analyze, aside, later, verb):
    s = analyze(f"Marc Durand, {aside}, a vu l'incendie vers minuit.\n\n"
                f"{later} {verb} que les secours étaient arrivés vite.")
    assert speakers(s) == ["Marc Durand"]
    actor = next(a for a in s.actors if a["name"] == "Marc Durand")
    assert any(d["text"].endswith(aside.split(" ", 1)[1]) for d in actor["descriptions"])
    assert not any(a["kind"] == "person" and a["name"] != "Marc Durand" for a in s.actors)


def test_a_plural_aside_is_no_description_of_one_person(analyze):
    s = analyze("Marc Durand, des voisins et la police ont vu l'incendie.\n\n"
                "Les voisins ont raconté que les secours étaient arrivés vite.")
    actor = next(a for a in s.actors if a["name"] == "Marc Durand")
    assert actor["descriptions"] == []


@pytest.mark.parametrize("authors, both", [
    ("du Ghana et du Togo", {"Ghana", "Togo"}),
    ("de la Bolivie et du Paraguay", {"Bolivie", "Paraguay"}),
])
def test_a_joint_statement_is_said_by_all_its_authors(analyze, authors, both):
    s = analyze(f"Selon un communiqué conjoint {authors}, la frontière rouvrira lundi.")
    assert names(s) == [both]


@pytest.mark.parametrize("subject, cue, both", [
    ("Anna Berg et Piotr Nowak", "ont-ils déclaré", {"Anna Berg", "Piotr Nowak"}),
    ("Le ministre Paul Meunier et son homologue Hans Becker", "ont-ils affirmé dans un communiqué conjoint",
     {"Paul Meunier", "Hans Becker"}),
])
def test_names_coordinated_side_by_side_are_both_the_plural_pronoun(analyze, subject, cue, both):
    s = analyze(f"{subject} ont signé un traité mardi. « C'est une étape importante », {cue}.")
    assert names(s) == [both]


def test_a_name_after_a_verb_is_no_coordination(analyze):
    s = analyze("Anna Berg a reçu Piotr Nowak et une délégation mardi.\n\n« Rien n'est réglé », a-t-il regretté.")
    assert len(s.quotes) == 1 and len(names(s)[0]) == 1


@pytest.mark.parametrize("state, who", [("du Sénégal", "Ousmane Fall"), ("de la Tunisie", "Hédi Mansour")])
def test_a_title_naming_its_state_finds_the_holder_of_that_state(analyze, state, who):
    s = analyze("Le Premier ministre sénégalais Ousmane Fall s'est rendu à Tunis. Il a rencontré le Premier ministre "
                "tunisien Hédi Mansour.\n\n"
                f"Le Premier ministre {state} a assuré que la frontière resterait ouverte.")
    assert speakers(s) == [who]


@pytest.mark.parametrize("opening", ["Le Premier ministre malien Amadou Keita", "Le ministre guinéen Sekou Camara"])
def test_a_given_name_after_a_title_stays_in_the_name(analyze, opening):
    s = analyze(f"{opening} a reçu mardi des chefs d'entreprise.\n\n« Les réformes viendront », a-t-il promis.")
    assert speakers(s) == [opening.split(" ")[-2] + " " + opening.split(" ")[-1]]
