"""Recipients filled with the wrong party or a party too many (events.discourse, events.parties, events.roles.verbs,
reference.resolve): the state against a state, the author of an accused act, an act noun taken for a party, a
status in a case, a charge's name, objects after a participle clause, one-sided acts; on French sentences written
for these tests (invented people, places and facts)."""
import pytest
from story_lookup import by_trigger, names


# -- a state's act filled in by the article's antagonists goes to the other state, not to its leader -------------

@pytest.mark.parametrize("text, trigger, state", [
    ("Le Pérou a accusé le président de la Bolivie, Hugo Salas, de fraude. Lima a aussi critiqué Hugo Salas pour "
     "ses propos. Mardi, le Pérou a menacé de riposter.", "menacé", "Bolivie"),
    ("Le Chili a accusé la présidente de l'Équateur, Ana Ruiz, de mensonges. Le Chili a aussi dénoncé Ana Ruiz "
     "pour ses déclarations. Jeudi, le Chili a imposé des sanctions.", "sanctions", "Équateur"),
])
def test_state_act_filled_in_goes_to_the_other_state(analyze, text, trigger, state):
    assert names(by_trigger(analyze(text), trigger)["recipients"]) == [state]


def test_named_leader_stays_the_recipient(analyze):
    s = analyze("Le Pérou a accusé le président de la Bolivie, Hugo Salas, de fraude. Lima a aussi critiqué "
                "Hugo Salas pour ses propos.")
    assert names(by_trigger(s, "critiqué")["recipients"]) == ["Hugo Salas"]


# -- an accusation of an act is aimed at its author, not at whom the act struck --------------------------------

@pytest.mark.parametrize("text, trigger, author", [
    ("Le Pérou a dénoncé les frappes boliviennes contre l'armée chilienne.", "dénoncé", "Bolivie"),
    ("La Colombie a dénoncé les frappes vénézuéliennes contre l'armée panaméenne.", "dénoncé", "Venezuela"),
    ("Le Pérou a critiqué les frappes boliviennes contre l'armée chilienne.", "critiqué", "Bolivie"),
    ("La Bolivie condamne les tirs du Pérou sur les Casques bleus chiliens.", "condamne", "Pérou"),
])
def test_accused_is_the_author_of_the_act(analyze, text, trigger, author):
    assert names(by_trigger(analyze(text), trigger)["recipients"]) == [author]


def test_accusing_two_parties_keeps_both(analyze):
    s = analyze("Le Pérou a dénoncé la Bolivie et le Chili.")
    assert names(by_trigger(s, "dénoncé")["recipients"]) == ["Bolivie", "Chili"]


# -- a noun that triggers an event of its own is the act, not a party ------------------------------------------

@pytest.mark.parametrize("text, trigger, recipient", [
    ("Les partis de droite refusent toute coalition avec le parti Vox.", "refusent", "Vox"),
    ("Les étudiants continuent de manifester leur opposition à la junte.", "manifester", "junte"),
])
def test_act_noun_gives_way_to_whom_it_bears_on(analyze, text, trigger, recipient):
    assert names(by_trigger(analyze(text), trigger)["recipients"]) == [recipient]


# -- a status in a case is not the judge -----------------------------------------------------------------------

@pytest.mark.parametrize("text, trigger", [
    ("Paolo Reyes, ce boulanger de Tarija accusé d'avoir volé trois camions, a été libéré hier. Le président du "
     "tribunal, Hugo Salas, a estimé que sa remise en liberté ne posait pas de risque. Selon le magistrat, une "
     "condamnation de l'accusé reste incertaine.", "condamnation"),
    ("Paolo Reyes, un chauffeur de Sucre soupçonné d'avoir incendié un entrepôt, a comparu lundi. Le juge, Hugo "
     "Salas, a ordonné une expertise. Selon le magistrat, le suspect sera condamné en mai.", "condamné"),
])
def test_status_title_takes_up_the_accused_not_the_judge(analyze, text, trigger):
    assert names(by_trigger(analyze(text), trigger)["recipients"]) == ["Paolo Reyes"]


def test_status_title_after_a_trade(analyze):
    s = analyze("Luis Vera, un maçon de Potosí, a comparu lundi pour vol. Le juge, Hugo Salas, a ordonné une "
                "expertise. Le magistrat pense que l'accusé devrait être condamné en mai.")
    assert names(by_trigger(s, "condamné")["recipients"]) == ["Luis Vera"]


# -- a charge's name is no party -------------------------------------------------------------------------------

def test_charges_are_no_party(analyze):
    s = analyze("Le juge estime que l'accusé devrait être condamné sur plusieurs chefs d'accusation.")
    assert "chefs d'accusation" not in names(by_trigger(s, "condamné")["recipients"])


def test_chief_of_a_body_is_still_a_party(analyze):
    s = analyze("Le président a limogé le chef d'état-major et le chef de l'armée.")
    assert names(by_trigger(s, "limogé")["recipients"]) == ["chef d'état-major", "chef de l'armée"]


# -- objects after a participle clause; an object hung on a manner noun ----------------------------------------

@pytest.mark.parametrize("text", [
    "Le Chili a tiré un missile lundi. Les Nations unies ont condamné mardi avec force ce tir.",
    "Le Chili a tiré un missile lundi. Les Nations unies ont «condamné» mardi «avec vigueur» ce tir.",
])
def test_condemned_act_goes_to_its_author(analyze, text):
    assert names(by_trigger(analyze(text), "condamné")["recipients"]) == ["Chili"]


def test_manner_noun_before_a_demonstrated_act(analyze):
    s = analyze("Le Pérou a dénoncé avec fermeté cette attaque du Chili.")
    assert names(by_trigger(s, "dénoncé")["recipients"]) == ["Chili"]


# -- a mobilisation is aimed at no one by inference ------------------------------------------------------------

@pytest.mark.parametrize("text, trigger", [
    ("Le Pérou a accusé la Bolivie de fraude. Le Pérou a critiqué la Bolivie pour ses propos. Mardi, des soldats "
     "péruviens ont été déployés le long du fleuve par le Pérou.", "déployés"),
    ("Le Pérou a accusé la Bolivie de fraude. Le Pérou a critiqué la Bolivie pour ses propos. Le Pérou a décrété "
     "la mobilisation générale mardi.", "mobilisation"),
])
def test_mobilisation_gets_no_inferred_target(analyze, text, trigger):
    s = analyze(text)
    assert by_trigger(s, trigger)["recipients"] == []
    assert names(by_trigger(s, "critiqué")["recipients"]) == ["Bolivie"]


# -- a name set right after a thing says whose it is -----------------------------------------------------------

@pytest.mark.parametrize("text, trigger, owner", [
    ("Le parti Vox a déposé une motion de censure contre le gouvernement. Le parti Sumar a déposé une motion "
     "aussi. Ana Ruiz a confirmé son soutien total à la motion Sumar.", "soutien", "Sumar"),
    ("Le ministre Hugo Salas a présenté un plan. Le syndicat a rejeté le plan Salas.", "rejeté", "Hugo Salas"),
])
def test_name_after_a_thing_is_its_owner(analyze, text, trigger, owner):
    assert names(by_trigger(analyze(text), trigger)["recipients"]) == [owner]


# -- a reflexive verb's 'à' names what it bears on, whose owner is the recipient -------------------------------

@pytest.mark.parametrize("text, trigger, owner", [
    ("Dans l'hémicycle, la ministre Ana Ruiz s'en est vivement prise aux abus des syndicats.", "prise", "syndicats"),
    ("Le maire Hugo Salas s'en prend aux mensonges de la presse.", "prend", "presse"),
])
def test_reflexive_verb_bears_on_the_owner_of_its_a_complement(analyze, text, trigger, owner):
    assert names(by_trigger(analyze(text), trigger)["recipients"]) == [owner]


@pytest.mark.parametrize("text, trigger, state", [
    ("Le président bolivien Hugo Salas a exprimé sa reconnaissance pour le soutien du Pérou.", "soutien", "Bolivie"),
    ("Hugo Salas, le président de la Bolivie, a remercié le Chili pour son aide.", "aide", "Bolivie"),
])
def test_state_act_thanked_for_by_a_leader_goes_to_his_state(analyze, text, trigger, state):
    assert names(by_trigger(analyze(text), trigger)["recipients"]) == [state]


# -- in a list of nouns, a complement after another listed noun is that noun's ---------------------------------

def test_complement_of_a_later_listed_noun_is_not_the_trigger_s(analyze):
    s = analyze("Elle a énuméré « les entraves aux droits », la surveillance des reporters, la mainmise "
                "du pouvoir sur les tribunaux, la « loi honteuse » contre les retraités « qui imite les lois "
                "russes ».")
    assert names(by_trigger(s, "mainmise")["recipients"]) == ["tribunaux"]


@pytest.mark.parametrize("text, trigger, recipient", [
    ("Le maire a dénoncé les menaces et les pressions contre les journalistes.", "menaces", "journalistes"),
    ("Il a critiqué les sanctions contre le Pérou, les pressions sur la Bolivie et le blocus contre le Chili.",
     "pressions", "Bolivie"),
])
def test_listed_nouns_keep_their_own_or_shared_complement(analyze, text, trigger, recipient):
    assert names(by_trigger(analyze(text), trigger)["recipients"]) == [recipient]


# -- a demonstrative event noun points back to the last act of its kind, with parties or not -------------------

@pytest.mark.parametrize("text, trigger", [
    ("L'accord prévoit la libération de cinquante otages et une trêve de quatre jours. Le ministre a précisé que "
     "cette pause commencerait demain.", "pause"),
    ("Le Chili a expulsé trois diplomates péruviens. Un embargo a été décrété ensuite. Cette sanction inquiète "
     "les marchés.", "sanction"),
])
def test_demonstrative_takes_up_the_nearest_act_of_its_kind(analyze, text, trigger):
    assert by_trigger(analyze(text), trigger)["recipients"] == []


def test_demonstrative_after_an_act_with_parties_takes_them(analyze):
    s = analyze("Le Pérou a libéré dix soldats boliviens. Cette libération a été saluée.")
    assert names(by_trigger(s, "libération")["recipients"]) == ["soldats boliviens"]
