"""Who speaks when the speaker phrase names no one, and which person a definite title with words of its own can
stand for (sentences written for these tests, each rule varied)."""
import pytest


def speakers(story):
    return [q["speaker_name"] for q in story.quotes]


@pytest.mark.parametrize("before, subject, verb", [
    ("Le gouverneur Paul Girard s'est rendu sur place mardi.", "La situation", "fait état"),
    ("La maire Claire Bonnet a visité le quartier sinistré jeudi.", "La situation sur place", "fait état"),
])
def test_an_abstract_noun_is_no_speaker_the_person_acting_before_is(analyze, before, subject, verb):
    s = analyze(f"{before} {subject} {verb} d'au moins vingt blessés dans le quartier.")
    who = before.split(" s'est")[0].split(" a visité")[0].split(" ", 2)[-1]
    assert speakers(s) == [who]
    assert s.quotes[0]["speaker"] is None  # the phrase that names no one is not cited as the speaker


def test_an_abstract_noun_with_no_one_before_stays_as_written(analyze):
    s = analyze("La situation fait état d'au moins vingt blessés dans le quartier.")
    assert speakers(s) == ["La situation"]


@pytest.mark.parametrize("speaker, name", [
    ("Le bureau du syndicat à Lyon", "bureau du syndicat à Lyon"),
    ("Une motion du conseil", "Une motion du conseil"),
    ("Un soudeur de l'équipe de nuit", "Un soudeur de l'équipe de nuit"),
])
def test_a_body_or_a_person_noun_still_speaks_for_itself(analyze, speaker, name):
    s = analyze(f"Le maire Paul Girard a visité l'usine mardi. {speaker} a indiqué que la production reprendrait lundi.")
    assert [n.removeprefix("Le ").removeprefix("le ") for n in speakers(s)] == [name]


@pytest.mark.parametrize("other, title", [
    ("Le président ghanéen Kofi Mensah", "le ministre béninois des Affaires étrangères"),
    ("Le capitaine Moussa Diallo", "le porte-parole du gouvernement malien"),
])
def test_a_qualified_title_is_not_the_salient_person_of_another_post(analyze, other, title):
    s = analyze(f"{other} a salué le vote du Conseil. « C'est une lueur d'espoir », a déclaré {title}.")
    assert speakers(s)[-1] != other.split(" ", 2)[-1]


def test_a_qualified_title_is_the_person_of_that_post(analyze):
    s = analyze("La ministre de la Santé Anne Roy a visité l'hôpital. Le président ghanéen Kofi Mensah a salué le vote. "
                "« C'est une lueur d'espoir », a déclaré la ministre française de la Santé.")
    assert speakers(s)[-1] == "Anne Roy"


def test_a_generic_title_still_refers_back(analyze):
    s = analyze("Le secrétaire général de la CGT, Paul Martin, a rencontré les salariés. "
                "« Nous ne lâcherons rien », a assuré le leader syndical.")
    assert speakers(s)[-1] == "Paul Martin"


@pytest.mark.parametrize("name, title, other", [
    ("Anne Morel", "rectrice de l'académie de Lyon", "la ministre Claire Petit"),
    ("Sophie Lenoir", "médiatrice de la République", "la députée Marie Caron"),
])
def test_a_feminine_title_the_list_spells_only_in_the_masculine_is_a_title(analyze, name, title, other):
    word = title.split()[0]
    s = analyze(f"{name}, {title}, a reçu {other} mardi. La {other.split()[1]} a salué l'effort des enseignants. "
                f"« Nous ouvrirons deux classes », a promis la {word}.")
    assert speakers(s)[-1] == name
    actor = next(a for a in s.actors if a["name"] == name)
    assert [d["text"] for d in actor["descriptions"]] == [title]


@pytest.mark.parametrize("intro, then", [
    ("Les habitants réagissent à l'intervention du préfet de région, Marc Olivier, qui s'est exprimé samedi soir.",
     "Il a déclaré « condamner ces violences »."),
    ("Plusieurs élus ont assisté au discours du président du conseil, Marc Olivier, qui a pris la parole lundi.",
     "Il a promis « des moyens nouveaux » pour les quartiers."),
])
def test_a_name_a_subject_relative_follows_is_that_clause_subject(analyze, intro, then):
    s = analyze(f"Dans la nuit, l'avocat de la plaignante assure que son bureau a été saccagé. {intro} {then}")
    assert speakers(s)[-1] == "Marc Olivier"


@pytest.mark.parametrize("topic, then", [
    ("Quant au procureur général, il se dit inquiet.", "« Ces attaques visent à nous faire taire »."),
    ("Quant à Paul Adou, la situation reste tendue pour lui.", "« Nous ne céderons pas »."),
])
def test_a_topic_set_by_quant_a_is_who_speaks_next(analyze, topic, then):
    s = analyze("Le procureur général Paul Adou a porté plainte. Le procureur de la République, Marc Biya, a ouvert une "
                f"enquête. « Nous irons jusqu'au bout », a-t-il assuré. {topic} {then}")
    assert speakers(s)[0] == "Marc Biya"
    assert speakers(s)[-1] == "Paul Adou"


@pytest.mark.parametrize("stacked, asked", [
    ("Le ministre de l'Intérieur et porte-parole du gouvernement, Paul Roux,", "le ministre de l'Intérieur"),
    ("Le ministre de l'Intérieur et porte-parole du gouvernement Paul Roux", "le porte-parole du gouvernement"),
    ("Le maire de Nantes et président de la métropole Paul Roux", "le maire de Nantes"),
])
def test_stacked_titles_are_all_the_name_s(analyze, stacked, asked):
    s = analyze(f"{stacked} a visité la caserne. Le ministre de la Santé Marc Morel l'accompagnait. "
                f"« Nous renforcerons les effectifs », a déclaré {asked}.")
    assert speakers(s)[-1] == "Paul Roux"


def test_a_title_for_something_else_is_not_that_person(analyze):
    s = analyze("Le ministre de la Santé Marc Morel a visité l'hôpital mardi. Le maire Paul Roux l'accompagnait. "
                "« Nous renforcerons les effectifs », a déclaré le ministre de l'Intérieur.")
    assert speakers(s)[-1] != "Marc Morel"


def test_a_relative_inside_reported_words_makes_no_subject(analyze):
    s = analyze("Le parquet a requis un an ferme contre Marc Olivier qui détenait des armes. Il a aussi requis une amende.")
    assert speakers(s) == ["Le parquet", "Le parquet"]


@pytest.mark.parametrize("text, title, wrong", [
    ("Le Premier ministre italien Marco Rossi a rencontré mardi Antonio Lopez à Rome. Marco Rossi a salué « un dialogue "
     "franc ». « Nous devons agir ensemble », a ensuite déclaré le chef de l'OMS.", "chef de l'OMS", "Marco Rossi"),
    ("Jean Dupont, le député centriste, a critiqué le budget. « Ce texte est injuste », a lancé le leader de la France "
     "insoumise lors d'un meeting à Lille.", "leader de la France insoumise", "Jean Dupont"),
])
def test_a_title_naming_a_body_is_no_one_the_article_never_tied_to_it(analyze, text, title, wrong):
    names = [q["speaker_name"] for q in analyze(text).quotes]
    assert names[-1] != wrong and title in names[-1]


def test_a_title_naming_a_body_is_the_person_the_article_tied_to_it(analyze):
    s = analyze("Le ministre brésilien Paulo Neves a reçu lundi le directeur de l'Unicef, Pedro Alves. « Les écoles doivent "
                "rouvrir », a souligné le chef de l'Unicef à l'issue de l'entretien.")
    assert speakers(s)[-1] == "Pedro Alves"
