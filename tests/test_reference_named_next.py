"""Who is who when news gives the title first and the name after, puts an honorific between a title and its
name, or cuts a demonstrative pronoun in pieces (sentences written for these tests, each rule varied)."""
import pytest


def speakers(story):
    return [q["speaker_name"] for q in story.quotes]


@pytest.mark.parametrize("title, then", [
    ("Le ministre de l'Agriculture", "En visite à Rodez, Paul Sarrazin a assuré que l'aide serait versée."),
    ("La préfète du Gard", "Interrogée mercredi, Hélène Ruiz a assuré que l'aide serait versée."),
    ("Son avocat", "Me Denis Olivier a assuré que l'aide serait versée."),
])
def test_a_title_no_one_holds_yet_is_the_person_named_next(analyze, title, then):
    s = analyze(f"{title} a jugé « indispensable » une aide aux éleveurs touchés par la sécheresse. {then}")
    name = then.split(", ")[-1].split(" a assuré")[0].removeprefix("Me ")
    assert speakers(s)[0] == name


def test_a_title_is_not_the_next_person_when_that_one_holds_another(analyze):
    s = analyze("Le ministre de l'Agriculture a jugé « indispensable » une aide aux éleveurs. "
                "Le maire de Millau, Jean Castel, a estimé que l'aide arrivait trop tard.")
    assert speakers(s)[0] != "Jean Castel"
    assert speakers(s)[1] == "Jean Castel"


def test_a_title_is_not_a_person_of_the_other_gender_named_next(analyze):
    s = analyze("La présidente du conseil régional a jugé « inacceptable » la fermeture de la ligne. "
                "Marc Aubert a de son côté dénoncé une décision brutale.")
    assert speakers(s)[0] != "Marc Aubert"


def test_a_title_with_a_body_named_inside_is_still_the_person_named_next(analyze):
    s = analyze("Le président de la Fédération des artisans boulangers a dénoncé mardi la hausse du prix de la farine. "
                "Selon Olivier Mathieu, plusieurs boutiques pourraient fermer avant l'été.")
    assert speakers(s) == ["Olivier Mathieu", "Olivier Mathieu"]


@pytest.mark.parametrize("honorific, name", [("Me", "Bernard Noël"), ("la Dre", "Sophie Noël"), ("le Pr", "Alain Roche"),
                                            ("Mgr", "Henri Dupuis")])
def test_an_honorific_between_a_title_and_the_name_keeps_the_title_his(analyze, honorific, name):
    title = "La directrice" if honorific == "la Dre" else "Le directeur"
    s = analyze(f"Un incendie a détruit l'aile nord de la clinique. {title} de l'établissement, {honorific} {name}, "
                "a annoncé une enquête interne. Marc Petit, un patient, a vu la fumée.\n\n"
                f"{title} a précisé que personne n'avait été blessé.")
    assert speakers(s)[-1] == name


def test_the_name_after_de_is_whom_the_title_serves(analyze):
    s = analyze("L'avocate de Pierre Lenoir, Me Inès Haddad, a demandé la relaxe. Celle-ci a estimé que "
                "le dossier était vide.")
    assert speakers(s) == ["Inès Haddad", "Inès Haddad"]


@pytest.mark.parametrize("pronoun, who", [("Celle-ci", "Nadia Ferrand"), ("Celui-ci", "Louis Ferrand")])
def test_a_demonstrative_pronoun_is_the_latter(analyze, pronoun, who):
    s = analyze("Nadia Ferrand a rencontré Louis Ferrand à la mairie de Nevers. "
                f"{pronoun} a expliqué que le chantier reprendrait en mai.")
    assert speakers(s) == [who]


def test_a_person_s_title_does_not_shorten_a_body_s_name(analyze):
    s = analyze("Le Syndicat national des enseignants réclame une hausse de salaire. Son porte-parole, Luc Barbier, "
                "a rencontré le recteur mardi.\n\n« Nous irons jusqu'au bout », a déclaré le syndicaliste.")
    assert speakers(s)[-1] == "Luc Barbier"


@pytest.mark.parametrize("count, names, noun", [
    ("deux", ["Éric Marchal", "Julien Perrot"], "hommes"),
    ("trois", ["Éric Marchal", "Julien Perrot", "Sonia Lefort"], "prévenus"),
])
def test_a_counted_plural_stands_for_that_many_people_named_before(analyze, count, names, noun):
    people = ", ".join(names[:-1]) + " et " + names[-1] if len(names) > 2 else " puis ".join(names)
    s = analyze(f"Le tribunal de Metz a entendu {people} lundi. "
                f"Les {count} {noun} ont assuré n'avoir rien su du trafic.")
    assert set(speakers(s)[0].split(" ; ")) == set(names)


def test_a_pronoun_after_a_counted_plural_stands_for_all_of_them(analyze):
    s = analyze("Marc Dubois a été interpellé jeudi. Son frère Alain Dubois a été arrêté le lendemain à Lille. "
                "Les deux hommes ont été présentés à un juge. « Nous sommes innocents », ont-ils affirmé.")
    assert set(speakers(s)[-1].split(" ; ")) == {"Marc Dubois", "Alain Dubois"}


def test_counted_bodies_are_the_coordination_they_count(analyze):
    s = analyze("La CGT et la CFDT ont appelé à la grève mardi. Selon les deux syndicats, la réforme menace "
                "l'emploi de milliers d'agents.")
    assert set(speakers(s)[-1].split(" ; ")) == {"CGT", "CFDT"}


@pytest.mark.parametrize("sentence, body", [
    ("Le président de Cholet Basket a promis de tout reconstruire.", "Cholet Basket"),
    ("Le capitaine de Nanterre a regretté la défaite.", "Nanterre"),
])
def test_the_body_a_title_serves_is_no_person(analyze, sentence, body):
    kinds = [a["kind"] for a in analyze(sentence).actors if a["name"] == body]
    assert kinds and "person" not in kinds


def test_the_person_a_title_serves_stays_a_person(analyze):
    s = analyze("L'avocat de Julien Morel a demandé un nouveau procès.")
    assert any(a["name"] == "Julien Morel" and a["kind"] == "person" for a in s.actors)


@pytest.mark.parametrize("intro, epithet, who", [
    ("Le tribunal a entendu Léa Dumont, voisine de l'accusé, mardi matin.", "La jeune femme", "Léa Dumont"),
    ("Un peu plus loin, Karim Saïdi, 41 ans, nettoie sa boutique.", "Le père de famille", "Karim Saïdi"),
    ("Les pompiers ont secouru Paul Girard dans la nuit.", "L'homme", "Paul Girard"),
])
def test_a_person_introduced_without_speech_is_taken_up_by_an_epithet(analyze, intro, epithet, who):
    s = analyze(f"{intro} {epithet} a raconté avoir entendu « un grand bruit » vers minuit.")
    assert speakers(s) == [who]


@pytest.mark.parametrize("title", ["le ministre des Affaires étrangères", "le porte-parole du Quai d'Orsay"])
def test_a_title_opening_a_paragraph_is_the_person_it_names_next(analyze, title):
    s = analyze("Le négociateur Samir Haddad a quitté Doha mardi soir sans accord. Il doit revenir jeudi.\n\n"
                f"A Paris, {title} a appelé les deux camps à « saisir cette chance ». « Rien n'est encore perdu », "
                "a insisté Julien Marceau lors de son point de presse.")
    assert speakers(s) == ["Julien Marceau", "Julien Marceau"]


def test_counted_bodies_are_never_the_people_just_coordinated(analyze):
    s = analyze("Anne Vidal et Paul Girard se sont rencontrés à Genève. Selon les deux pays, un accord sera signé en mai.")
    assert not {"Anne Vidal", "Paul Girard"} & set(speakers(s)[-1].split(" ; "))
