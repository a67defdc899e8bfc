"""Speakers behind a phrase set between the auxiliary and the cue ('a de son côté déclaré', 'a pour sa part
estimé', 'a quant à elle assuré'), and titles the article gave no one: who they may take up."""
import pytest

from test_speaker_challenge import fold

INTRO = "Le maire de Vannes, Paul Girard, a présenté son budget lundi. La préfète Anne Roy a assisté à la séance. "


def name_of(analyze, text: str, words: str) -> str | None:
    """The folded speaker name of the quote holding these words, None when no quote holds them."""
    story = analyze(text)
    at = text.index(words)
    hit = next((q for q in story.quotes if any(c["start"] <= at < c["end"] for c in q["content"])), None)
    return None if hit is None else fold(hit["speaker_name"])


@pytest.mark.parametrize("text, words, name", [
    ("La police a arrêté Karim Bensaïd samedi. Le préfet a indiqué que l'enquête se poursuivait.", "enquête se",
     "préfet"),
    ("Le tribunal a condamné Hugo Marchal à deux ans de prison. « La peine est juste », a estimé le procureur.",
     "peine est juste", "procureur"),
    ("Les électeurs de Vannes ont élu Anne Roy dimanche. La nouvelle maire a promis que les impôts baisseraient.",
     "impôts baisseraient", "Anne Roy"),
    ("Le président a nommé Jean Dupont ministre de l'Intérieur. Le nouveau ministre a promis que la police serait "
     "renforcée.", "police serait", "Jean Dupont"),
])
def test_a_title_no_one_holds_takes_up_only_a_person_who_acted_or_was_appointed(analyze, text, words, name):
    assert name_of(analyze, text, words) == fold(name)


@pytest.mark.parametrize("text, words, name", [
    ("Le président Idriss Sow a parlé mardi. Niamey, qui attendait une réponse rapide de ses voisins sur les "
     "détenus, a regretté le silence des autorités béninoises.", "silence des", "Niger"),
    ("Le président Idriss Sow a parlé mardi. Niamey qui attendait une réponse rapide de ses voisins sur les "
     "détenus, a regretté le silence des autorités béninoises.", "silence des", "Niger"),
    ("Le ministre Paul Girard a parlé mardi. La fédération qui attendait une aide depuis des mois, a déploré un "
     "« abandon total ».", "abandon total", "La fédération"),
])
def test_the_phrase_before_a_relative_clause_is_the_subject_the_parse_lost(analyze, text, words, name):
    assert name_of(analyze, text, words) == fold(name)


@pytest.mark.parametrize("text, name", [
    ("Le ministre Paul Girard a reçu les maires. Celui-ci a estimé que la réforme était injuste.", "Paul Girard"),
    ("Le juge Marc Aubry a entendu les parties. Celui-ci a rappelé que l'audience était publique.", "Marc Aubry"),
])
def test_a_demonstrative_opening_a_sentence_is_a_pronoun(analyze, text, name):
    assert fold(analyze(text).quotes[-1]["speaker_name"]) == fold(name)


@pytest.mark.parametrize("text, name", [
    ("Lima et Quito ont publié une déclaration commune détaillant leurs projets pour la pêche.", "Pérou ; Équateur"),
    ("Marc Dupuis et Anne Roy ont estimé que le projet était mal ficelé.", "Marc Dupuis ; Anne Roy"),
])
def test_every_coordinated_subject_speaks(analyze, text, name):
    assert fold(analyze(text).quotes[0]["speaker_name"]) == fold(name)
