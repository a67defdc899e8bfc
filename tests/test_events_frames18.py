"""Frames probed systematically (events.parties, events.roles): a conjunct the parser hung on the name apposed to a
title, a bare name the parser took for a prepositional complement; on French sentences written for these tests
(invented people and places)."""

import pytest
from story_lookup import bare, by_trigger, names


# 'le ministre X et la sénatrice Y': the parser hangs the second title on the first one's name
@pytest.mark.parametrize("text, trigger, actors, recipients", [
    ("La ministre Ana Roy et le sénateur Paul Girardin ont attaqué le député Marc Lemaire mardi.",
     "attaqué", ["Ana Roy", "Paul Girardin"], ["Marc Lemaire"]),
    ("La juge Odile Vasseur et le procureur Karim Benali ont sanctionné le député Hugo Lenoir.",
     "sanctionné", ["Karim Benali", "Odile Vasseur"], ["Hugo Lenoir"]),
    ("Le maire Pablo Ruiz et la préfète Inès Morel se sont entretenus avec le syndicaliste Omar Diallo.",
     "entretenus", ["Inès Morel", "Pablo Ruiz"], ["Omar Diallo"]),
])
def test_conjunct_on_apposed_name(analyze, text, trigger, actors, recipients):
    e = by_trigger(analyze(text), trigger)
    assert names(e["actors"]) == actors
    assert names(e["recipients"]) == recipients


# a list in brackets after a noun names its members: they are not coordinated with the noun
def test_bracketed_members_are_no_conjuncts(analyze):
    e = by_trigger(analyze("Lina Perrot a critiqué l'alliance des verts (le Parti bleu, le Parti ocre, le Parti gris)."),
                   "critiqué")
    assert "Parti ocre" not in names(e["recipients"])


# French names a party's complement with a preposition: a bare country after the verb is its object, whatever
# label the parser gave it when a weekday follows
@pytest.mark.parametrize("text, trigger, actors, recipients", [
    ("La Russie a critiqué l'Ukraine lundi.", "critiqué", ["Russie"], ["Ukraine"]),
    ("La Bolivie a sanctionné le Pérou jeudi.", "sanctionné", ["Bolivie"], ["Pérou"]),
    ("Le Chili a félicité l'Argentine dimanche.", "félicité", ["Chili"], ["Argentine"]),
])
def test_bare_country_before_weekday_is_object(analyze, text, trigger, actors, recipients):
    e = by_trigger(analyze(text), trigger)
    assert names(e["actors"]) == actors
    assert names(e["recipients"]) == recipients


# 'appeler X à', 'exhorter X à' with a bare name the parser read as an attribute: whom the call is made to, who is
# to act
@pytest.mark.parametrize("text, trigger, recipients, doer_trigger, doers", [
    ("L'ONU a appelé Israël à cesser les frappes.", "appelé", ["Israël"], "cesser", ["Israël"]),
    ("Le Qatar a exhorté Israël à négocier.", "exhorté", ["Israël"], "négocier", ["Israël"]),
])
def test_bare_name_urged(analyze, text, trigger, recipients, doer_trigger, doers):
    story = analyze(text)
    assert names(by_trigger(story, trigger)["recipients"]) == recipients
    assert names(by_trigger(story, doer_trigger)["actors"]) == doers



# a protest called for with no one urged to it is led by the callers, as 'appellent à manifester' says
@pytest.mark.parametrize("text, trigger, actors", [
    ("Les syndicats ont appelé à la grève.", "grève", ["syndicats"]),
    ("L'intersyndicale appelle à une nouvelle manifestation jeudi.", "manifestation", ["intersyndicale"]),
    ("La fédération des taxis a appelé à un boycott des aéroports.", "boycott", ["fédération des taxis"]),
    # those urged act when the call names them
    ("Les syndicats ont appelé les salariés à la grève.", "grève", ["salariés"]),
])
def test_callers_lead_protest(analyze, text, trigger, actors):
    # (a name opening the sentence keeps its capitalised article: the Story names the party as written)
    found = [bare(n) for n in names(by_trigger(analyze(text), trigger)["actors"])]
    assert found == actors


# a gerund ('en' + present participle) has its clause's subject, before or after the clause, whatever the parser
# hung it on
@pytest.mark.parametrize("text, trigger, actors, recipients", [
    ("En attaquant la ville, les rebelles ont violé la trêve.", "attaquant", ["rebelles"], []),
    ("Les soldats ont tiré sur la foule en blessant trois civils.", "blessant", ["soldats"], ["civils"]),
    ("La police a dispersé les manifestants en arrêtant dix militants.", "arrêtant", ["police"], ["militants"]),
    ("En soutenant le député Paul Girardin, la ministre Ana Roy a surpris son camp.", "soutenant",
     ["Ana Roy"], ["Paul Girardin"]),
])
def test_gerund_subject(analyze, text, trigger, actors, recipients):
    e = by_trigger(analyze(text), trigger)
    assert names(e["actors"]) == actors
    assert names(e["recipients"]) == recipients


# 'le soutien de X à Y' with a titled X: the parser hangs 'à Y' on X's title, yet a person takes no 'à Y' of her own
@pytest.mark.parametrize("text, trigger, actors, recipients", [
    ("Le soutien de la ministre Ana Roy au député Marc Lemaire a surpris les observateurs.", "soutien",
     ["Ana Roy"], ["Marc Lemaire"]),
    ("L'aide de la ministre Ana Roy au maire Paul Girardin a été critiquée.", "aide", ["Ana Roy"], ["Paul Girardin"]),
    ("Les critiques du sénateur Paul Girardin contre la juge Inès Morel ont choqué.", "critiques",
     ["Paul Girardin"], ["Inès Morel"]),
])
def test_act_noun_dative_on_doer_title(analyze, text, trigger, actors, recipients):
    e = by_trigger(analyze(text), trigger)
    assert names(e["actors"]) == actors
    assert names(e["recipients"]) == recipients


# a first-person object clitic in a quotation is the speaker (or the body he speaks for), unless the subject is the
# same person, when it is reflexive
@pytest.mark.parametrize("text, trigger, recipients", [
    ("« Ils nous ont attaqués », raconte le maire Paul Girardin.", "attaqués", ["Paul Girardin"]),
    ("« Des policiers nous ont frappés », a raconté le pêcheur Karim Benali.", "frappés", ["Karim Benali"]),
])
def test_speaker_object_clitic(analyze, text, trigger, recipients):
    assert names(by_trigger(analyze(text), trigger)["recipients"]) == recipients
