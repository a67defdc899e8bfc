"""Recipients of verbal triggers (events.roles.verbs, events.parties, reference.resolve): clitic objects resolved
to someone other than their own verb's subject, a placed act's 'à' naming a person, a present participle's object
the parser hung elsewhere, 'd'autres' standing for more of the people named before; on French sentences written
for these tests (invented people and places)."""
import pytest
from story_lookup import by_trigger, names


# a clitic object never stands for its own verb's subject: French says 'se' when it does
@pytest.mark.parametrize("text, trigger, actors, recipients", [
    ("Odile Vasseur a rencontré Paul Girardin hier. Elle lui a demandé de démissionner.",
     "demandé", ["Odile Vasseur"], ["Paul Girardin"]),
    ("La présidente Inès Morel a reçu le syndicaliste Hugo Lenoir mardi. Elle l'a remercié pour son travail.",
     "remercié", ["Inès Morel"], ["Hugo Lenoir"]),
    ("Le ministre Karim Benali a retrouvé son homologue Pablo Ruiz à Quito, puis il l'a félicité pour sa réélection.",
     "félicité", ["Karim Benali"], ["Pablo Ruiz"]),
    # nor the noun a relative 'qui' subject stands for
    ("Hugo Lenoir a rencontré la ministre Inès Morel, qui l'a critiqué pour ses propos.",
     "critiqué", ["Inès Morel"], ["Hugo Lenoir"]),
    ("Paul Ody a salué le juge Marc Roux, qui l'avait pourtant condamné en 2019.",
     "condamné", ["Marc Roux"], ["Paul Ody"]),
    # nor the subject of the verb that governs its infinitive
    ("La ministre Odile Vasseur a appelé Omar Diallo pour lui demander des explications.",
     "demander", ["Odile Vasseur"], ["Omar Diallo"]),
])
def test_clitic_object_is_not_its_subject(analyze, text, trigger, actors, recipients):
    e = by_trigger(analyze(text), trigger)
    assert names(e["actors"]) == actors
    assert names(e["recipients"]) == recipients


def test_title_is_not_the_person_named_in_its_relative_clause(analyze):
    e = by_trigger(analyze("Le militant Jean Brac a été approché par des policiers qui l'ont emmené."), "emmené")
    assert names(e["actors"]) == ["policiers"]
    assert names(e["recipients"]) == ["Jean Brac"]


@pytest.mark.parametrize("text, trigger, recipients", [
    ("Le juge Henri Massé a imposé des conditions sévères à Marc Tremblay.", "imposé", ["Marc Tremblay"]),
    # a bare surname the tagger may take for a town: the article's person
    ("Marc Tremblay a été libéré par le juge Paul Roux. Le juge a imposé des conditions strictes à Tremblay.",
     "imposé des conditions", ["Marc Tremblay"]),
    ("La police a imposé un couvre-feu aux habitants de Tarma.", "imposé", ["habitants de Tarma"]),
    ("Le tribunal a imposé des restrictions sévères aux deux opposants.", "imposé", ["opposants"]),
    # a place after 'à' stays where the act is done
    ("Les gendarmes ont arrêté trois militants à Tarma.", "arrêté", ["militants"]),
])
def test_placed_act_a_person_after_a(analyze, text, trigger, recipients):
    assert names(by_trigger(analyze(text), trigger)["recipients"]) == recipients


@pytest.mark.parametrize("text, trigger, actors, recipients", [
    ("Les rebelles ont attaqué le camp, blessant deux soldats maliens.", "blessant", ["rebelles"], ["soldats maliens"]),
    ("Un drone a visé une caserne, tuant des soldats du bataillon tchadien.", "tuant", [],
     ["soldats du bataillon tchadien"]),
    ("Les miliciens ont incendié le marché, blessant plusieurs commerçants.", "blessant", ["miliciens"], ["commerçants"]),
])
def test_present_participle_object_hung_elsewhere(analyze, text, trigger, actors, recipients):
    e = by_trigger(analyze(text), trigger)
    assert names(e["actors"]) == actors
    assert names(e["recipients"]) == recipients


@pytest.mark.parametrize("text, trigger, recipients", [
    ("Deux gendarmes togolais ont été arrêtés vendredi à la frontière. D'autres ont été interpellés samedi.",
     "interpellés", ["gendarmes togolais"]),
    ("Trois journalistes ont été arrêtés à Lomé. Les autres ont été relâchés dans la soirée.",
     "relâchés", ["journalistes"]),
    ("Quatre militantes ont été interpellées devant le ministère. D'autres seront libérées demain.",
     "libérées", ["militantes"]),
])
def test_others_stand_for_more_of_the_people_named(analyze, text, trigger, recipients):
    assert names(by_trigger(analyze(text), trigger)["recipients"]) == recipients


@pytest.mark.parametrize("text, trigger, recipients", [
    ("L'Union africaine appelle depuis des mois à ce que cessent les affrontements entre le Mali et le Niger.",
     "appelle", ["Mali", "Niger"]),
    ("L'ONU demande que cessent les combats entre le Mali et le Niger.", "demande", ["Mali", "Niger"]),
])
def test_demand_clause_names_whom_it_is_asked_of(analyze, text, trigger, recipients):
    assert names(by_trigger(analyze(text), trigger)["recipients"]) == recipients


@pytest.mark.parametrize("text, trigger, recipients", [
    ("Trois journalistes ont été arrêtés à Lomé. Le ministre Paul Girardin a réclamé leur libération. "
     "Ils ont été relâchés mardi.", "relâchés", ["journalistes"]),
    ("« Cinq marins ghanéens avaient été interpellés au large. Plus tard, le préfet m'a confié que son collègue "
     "l'avait appelé pour obtenir leur libération. Ils ont été relâchés deux jours après », a raconté le commandant Kaba.",
     "ont été relâchés", ["marins ghanéens"]),
    # no pronoun in between: the chain is broken, and the group too far
    ("Trois journalistes ont été arrêtés à Lomé. Le ministre Paul Girardin a visité la ville. Ils ont été relâchés mardi.",
     "relâchés", []),
])
def test_plural_pronoun_follows_the_chain_of_pronouns(analyze, text, trigger, recipients):
    assert names(by_trigger(analyze(text), trigger)["recipients"]) == recipients


def test_subject_clitic_read_as_expletive_still_binds(analyze):
    s = analyze("Le président Omar Diallo a reçu son homologue Pablo Ruiz. Il lui a promis une aide de dix millions.")
    e = by_trigger(s, "promis")
    assert names(e["actors"]) == ["Omar Diallo"]
    assert names(e["recipients"]) == ["Pablo Ruiz"]


@pytest.mark.parametrize("text, trigger, recipients", [
    # the plural clitic is not the group its own clause subject (or its infinitive's governor's) takes up
    ("Les rebelles détiennent trois soldats maliens. Ils menacent de les exécuter.", "exécuter", ["soldats maliens"]),
    # and whom a threat or a refusal to act concerns is the clitic object of its infinitive
    ("Les rebelles détiennent trois soldats maliens. Ils menacent de les exécuter.", "menacent", ["soldats maliens"]),
    ("La police détient deux militants. Elle refuse de les libérer.", "refuse", ["militants"]),
    ("Le ministre Paul Girardin a critiqué le juge Marc Roux. Il a menacé de le poursuivre en justice.",
     "menacé", ["Marc Roux"]),
])
def test_clitic_of_an_infinitive(analyze, text, trigger, recipients):
    assert names(by_trigger(analyze(text), trigger)["recipients"]) == recipients


def test_some_of_the_people_named(analyze):
    s = analyze("Les manifestants ont été dispersés par la police. Certains ont été arrêtés.")
    assert names(by_trigger(s, "arrêtés")["recipients"]) == ["manifestants"]


@pytest.mark.parametrize("text, trigger, recipients", [
    ("Le gouvernement a cédé aux revendications des syndicats.", "cédé", ["syndicats"]),
    ("Le régime a fini par céder aux exigences des manifestants.", "céder", ["manifestants"]),
    ("Le gouvernement a interdit la manifestation de l'opposition.", "interdit", ["opposition"]),
])
def test_yielding_to_or_banning_an_act_is_aimed_at_its_author(analyze, text, trigger, recipients):
    assert names(by_trigger(analyze(text), trigger)["recipients"]) == recipients


def test_verbs_in_a_series_share_the_object_hung_on_the_first(analyze):
    s = analyze("Le Pérou retrouvera, arrêtera et punira les passeurs.")
    assert names(by_trigger(s, "arrêtera")["recipients"]) == ["passeurs"]
    assert names(by_trigger(s, "punira")["recipients"]) == ["passeurs"]


@pytest.mark.parametrize("text, trigger, recipients", [
    ("Le Mali a protesté auprès du Niger contre les frappes.", "protesté", ["Niger"]),
    ("Le Mali a protesté auprès de la France contre les frappes.", "protesté", ["France"]),
    ("Les députés ont voté pour Jean Brac.", "voté", ["Jean Brac"]),
])
def test_compound_and_frame_prepositions(analyze, text, trigger, recipients):
    assert names(by_trigger(analyze(text), trigger)["recipients"]) == recipients


@pytest.mark.parametrize("text, trigger, actors, recipients", [
    ("Jean Brac s'est vu infliger une amende par le tribunal.", "infliger", ["tribunal"], ["Jean Brac"]),
    ("Le Mali s'est vu refuser l'accès au fonds par la Banque mondiale.", "refuser", ["Banque mondiale"], ["Mali"]),
    ("L'opposante Inès Morel s'est vue retirer son passeport par la police.", "retirer", ["police"], ["Inès Morel"]),
])
def test_se_voir_infinitive_is_a_passive(analyze, text, trigger, actors, recipients):
    e = by_trigger(analyze(text), trigger)
    assert names(e["actors"]) == actors
    assert names(e["recipients"]) == recipients


def test_received_things_come_from_their_giver(analyze):
    e = by_trigger(analyze("Le Mali a reçu des armes de la Russie."), "reçu")
    assert e["type"] == "AID"
    assert names(e["actors"]) == ["Russie"] and names(e["recipients"]) == ["Mali"]
    e = by_trigger(analyze("Le Mali a reçu le président du Niger, Omar Diallo."), "reçu")
    assert e["type"] == "CONSULT" and names(e["actors"]) == ["Omar Diallo"]
