"""A name set right after a title inside another noun's 'de' complement is that title's holder, not the outer noun's:
'l'avocat du journaliste X' speaks and acts for himself, not for X; 'la fille de l'ancien président X' is not X. The
nearer title wins whatever word the parser hung the name on, and a title that names no one of its own ('le ministre de
la Défense X') still introduces the name. Sentences written for these tests, varied by noun, verb, order and layout."""
import pytest

from story_lookup import by_trigger, names


def speaker_of(story, words: str) -> str | None:
    """The speaker name of the quote whose first content span holds words."""
    return next(q["speaker_name"] for q in story.quotes if words in q["content"][0]["text"])


@pytest.mark.parametrize("text, words, not_the_speaker", [
    ("« C'est une décision injuste », a déclaré l'avocat du journaliste Marc Lenoir.", "décision injuste",
     "Marc Lenoir"),
    ("« Il faut du calme », a dit le porte-parole du ministre Paul Durand.", "du calme", "Paul Durand"),
    ("La fille de l'ancien président Jacques Morel a témoigné : « Mon père est innocent. »", "innocent",
     "Jacques Morel"),
    ("L'avocate de la militante Sara Benali a affirmé que sa cliente ferait appel.", "ferait appel", "Sara Benali"),
])
def test_the_outer_noun_speaks_not_the_name_of_its_complement(analyze, text, words, not_the_speaker):
    speaker = speaker_of(analyze(text), words)
    assert speaker and speaker != not_the_speaker


@pytest.mark.parametrize("text, words, speaker", [
    ("« Nous ne reculerons pas », a dit le ministre de la Défense Paul Girard.", "reculerons", "Paul Girard"),
    ("« Le dialogue reste ouvert », a dit le secrétaire général de l'ONU Antonio Guterres.", "dialogue",
     "Antonio Guterres"),
    ("« Rien n'est décidé », a dit la cheffe de l'opposition Rosa Vidal.", "décidé", "Rosa Vidal"),
])
def test_a_title_whose_complement_names_no_one_introduces_the_name(analyze, text, words, speaker):
    assert speaker_of(analyze(text), words) == speaker


@pytest.mark.parametrize("text, trigger, not_the_actor", [
    ("Les avocats du journaliste Marc Lenoir ont dénoncé la décision du tribunal.", "dénoncé", "Marc Lenoir"),
    ("L'épouse du président Emmanuel Macron a critiqué la presse.", "critiqué", "Emmanuel Macron"),
])
def test_the_outer_noun_acts_not_the_name_of_its_complement(analyze, text, trigger, not_the_actor):
    actors = names(by_trigger(analyze(text), trigger)["actors"])
    assert actors and not_the_actor not in actors


@pytest.mark.parametrize("text, trigger, undergoer", [
    ("Le fils de l'opposant Ivan Petrov a été arrêté par la police.", "arrêté", "Ivan Petrov"),
    ("La sœur du militant Karim Haddad a été interpellée par les gendarmes.", "interpellée", "Karim Haddad"),
])
def test_a_name_glued_to_a_title_in_the_subject_is_no_second_subject(analyze, text, trigger, undergoer):
    recipients = names(by_trigger(analyze(text), trigger)["recipients"])
    assert recipients and undergoer not in recipients


@pytest.mark.parametrize("text, trigger, pair", [
    ("Le président Paul Biya et son homologue Macky Sall se sont rencontrés.", "rencontrés", ["Macky Sall", "Paul Biya"]),
    ("La ministre Anne Ruiz et son homologue Luis Rey ont signé un accord.", "signé", ["Anne Ruiz", "Luis Rey"]),
])
def test_a_counterpart_is_the_name_after_it_whatever_the_parse(analyze, text, trigger, pair):
    assert names(by_trigger(analyze(text), trigger)["actors"]) == pair


@pytest.mark.parametrize("text, words, speaker", [
    ("La fille du ministre Paul Roy a déclaré qu'elle était fière de lui.", "fière", "La fille du ministre"),
    ("Le fils de l'ancien président Jacques Morel a affirmé que son père était malade.", "malade",
     "Le fils de l'ancien président"),
])
def test_a_kin_noun_before_a_titled_name_speaks_for_itself(analyze, text, words, speaker):
    assert speaker_of(analyze(text), words) == speaker


def test_a_name_particle_after_an_honorific_is_no_complement(analyze):
    story = analyze("Le ministre Dominique de Villepin est arrivé. M. de Villepin a souligné que la guerre était une "
                    "impasse.")
    assert speaker_of(story, "impasse") == "Dominique de Villepin"
