"""Speaker names this round's rules read: a firm's trade noun and a body's noun take up the body named before, a
description of what someone is takes up the person, an elided 'de' before quotation marks, a lead quotation
followed by a person named for the first time, a topic taken up by its pronoun, and 'pour' + a time phrase."""
import pytest

from test_speaker_challenge import fold


def names(analyze, text: str) -> list[str]:
    """The speaker names of a text's quotes, folded, in order."""
    return [fold(q["speaker_name"]) for q in analyze(text).quotes]


@pytest.mark.parametrize("text, name", [
    ("Le groupe Orvalis a racheté un concurrent italien. « Nous doublons nos ventes », a indiqué le fabricant.", "Orvalis"),
    ("La firme Castelor a gagné l'appel d'offres. « Le pont sera fini en 2030 », a promis le géant du BTP.", "Castelor"),
    ("La Cour des comptes a rendu son avis. Selon la juridiction, « la dépense n'est pas maîtrisée ».", "Cour des comptes"),
])
def test_a_firms_trade_noun_takes_up_the_firm(analyze, text, name):
    assert names(analyze, text)[-1] == fold(name)


@pytest.mark.parametrize("text, name", [
    ("Le groupe Brestane a publié ses comptes. « L'année a été difficile », reconnaît le groupe.", "Brestane"),
    ("La société Trivalor a ouvert un dépôt à Niort. « Nous embauchons quarante caristes », annonce la société.",
     "Trivalor"),
])
def test_a_name_set_after_a_bodys_noun_is_the_bodys(analyze, text, name):
    assert names(analyze, text)[-1] == fold(name)


@pytest.mark.parametrize("text, name", [
    ("Sonia Bérard tient une épicerie à Arles. « Les clients ne viennent plus », regrette cette mère de deux enfants.", "Sonia Bérard"),
    ("Arnaud Petit a perdu son emploi en juin. « Je cherche encore », confie ce père de deux enfants.", "Arnaud Petit"),
])
def test_a_complement_with_no_article_describes_the_person_named_before(analyze, text, name):
    assert names(analyze, text)[-1] == fold(name)


def test_a_relation_to_some_people_is_someone_else(analyze):
    text = "Paul Morin a été blessé. « Il faut un procès », a déclaré l'avocat de deux victimes."
    assert names(analyze, text)[-1] != fold("Paul Morin")


@pytest.mark.parametrize("text, name, words", [
    ("Agathe Roux a qualifié le projet d'« absurde et coûteux ».", "Agathe Roux", "absurde et coûteux"),
    ("Le plan a été qualifié d’« irréaliste » par le député Luc Perrin.", "Luc Perrin", "irréaliste"),
    ("Le préfet a fait état d’« une hausse inquiétante » des noyades.", "préfet", "hausse inquiétante"),
])
def test_an_elided_de_before_quotation_marks_opens_what_was_said(analyze, text, name, words):
    story = analyze(text)
    hit = [q for q in story.quotes if any(words in c["text"] for c in q["content"])]
    assert hit and fold(hit[0]["speaker_name"]) == fold(name)


def test_a_lead_quotation_is_the_words_of_the_person_named_next_for_the_first_time(analyze):
    text = ("La maire Inès Royer a ouvert la fête.\n\n« Nous avons attendu ce jour dix ans. » Omar Haddad, "
            "fondateur du club, regarde le terrain neuf.")
    assert names(analyze, text) == [fold("Omar Haddad")]


def test_a_pronoun_takes_up_the_topic_set_before_it(analyze):
    text = "Les élus ont voté le budget. Quant au recteur, il juge que « les postes manqueront »."
    assert names(analyze, text) == [fold("recteur")]


def test_a_time_phrase_after_pour_is_no_source(analyze):
    text = "Pour la troisième fois cette année, Marion Giraud a dénoncé « une gestion opaque »."
    assert names(analyze, text) == [fold("Marion Giraud")]


@pytest.mark.parametrize("text, name", [
    ("Lina Morel a repris la ferme familiale. « Les semis ont gelé », grimace la jeune agricultrice.", "Lina Morel"),
    ("« Le prix du fioul a doublé », soupire un vieux pêcheur.", "un vieux pêcheur"),
])
def test_an_adjective_before_the_inverted_noun_qualifies_it(analyze, text, name):
    assert names(analyze, text)[-1] == fold(name)
