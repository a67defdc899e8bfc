"""A description keeps the domain of its post that the parser hangs outside the noun phrase ('auprès de …', a past
participle's 'de' complement), and a speaker set after its cue loses the channel the words went out on ('sur une
chaîne', 'dans un entretien') (sentences written for these tests)."""
import pytest


def speakers(story):
    return [q["speaker_name"] for q in story.quotes]


@pytest.mark.parametrize("phrase", [
    "L'envoyé spécial du Brésil auprès de l'Union africaine",
    "La représentante permanente de la Norvège auprès des Nations unies",
])
def test_aupres_de_stays_in_the_title(analyze, phrase):
    s = analyze(f"{phrase} a jugé que l'accord commercial restait équilibré.")
    assert speakers(s) == [phrase[2:] if phrase.startswith("L'") else phrase]


def test_the_domain_is_kept_when_a_pronoun_takes_the_description_up(analyze):
    s = analyze("L'ambassadeur du Chili auprès de l'Union européenne a jugé que l'accord était équilibré. "
                "Il a ajouté que la ratification prendrait du temps.")
    assert speakers(s) == ["ambassadeur du Chili auprès de l'Union européenne"] * 2


@pytest.mark.parametrize("phrase, name", [
    ("L'agence européenne chargée de la sécurité aérienne", "agence européenne chargée de la sécurité aérienne"),
    ("Le service municipal chargé des parcs", "Le service municipal chargé des parcs"),
])
def test_a_participle_with_its_de_complement_names_the_body(analyze, phrase, name):
    s = analyze(f"{phrase} a estimé que les contrôles devaient être renforcés.")
    assert speakers(s) == [name]


def test_an_agent_after_a_participle_is_no_part_of_the_name(analyze):
    s = analyze("Le collectif soutenu par les riverains a affirmé que le chantier menaçait la source.")
    assert "riverains" not in (speakers(s)[0] or "")


@pytest.mark.parametrize("channel", ["sur une chaîne d'information", "sur les ondes d'une radio locale",
                                     "dans un entretien au quotidien régional", "sur son blog"])
def test_the_channel_after_an_inverted_speaker_is_not_the_speaker(analyze, channel):
    s = analyze("La ministre de la Culture, Julie Marchand, a inauguré le musée de la mine. "
                f"« Nous ouvrirons aussi le dimanche », a promis la ministre {channel}.")
    assert speakers(s)[-1] == "Julie Marchand"


@pytest.mark.parametrize("text, body", [
    ("Le projet est jugé risqué, selon une déclaration de l'agence brésilienne chargée des affaires indigènes, qui "
     "appelle à la prudence.", "agence brésilienne chargée des affaires indigènes"),
    ("Les tarifs vont baisser, selon un rapport de la commission chargée des prix, qui doit trancher en juin.",
     "la commission chargée des prix"),
])
def test_the_post_s_domain_stays_whole_before_the_comma_of_a_relative(analyze, text, body):
    s = analyze(text)
    assert s.quotes[0]["speaker_name"] == body
