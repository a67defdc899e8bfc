"""Recipients the sentence gives that a trigger's own slots miss (events.discourse, events.roles): the counterpart
of a stance's infinitive, what an event noun aims at by a verb of aiming, complements after a quoted modifier or
an amount, the author of a thing a passive stance is said of, the beneficiary of 'sûr de'; French sentences
written for these tests (invented people and places)."""
import pytest
from story_lookup import by_trigger, names


# -- a stance's infinitive names whom it concerns ----------------------------------------------------------------

@pytest.mark.parametrize("text, trigger, recipient", [
    ("La Bolivie refuse de négocier avec le Chili.", "refuse", "Chili"),
    ("Le Pérou menace de rompre ses relations avec la Bolivie.", "menace", "Bolivie"),
    ("Le ministre a promis de coopérer avec le Chili.", "promis", "Chili"),
    ("La gouverneure rappelle son engagement à collaborer avec le Chili.", "engagement", "Chili"),
])
def test_stance_concerns_whom_its_infinitive_acts_with(analyze, text, trigger, recipient):
    assert names(by_trigger(analyze(text), trigger)["recipients"]) == [recipient]


def test_a_place_after_the_infinitive_is_no_counterpart(analyze):
    assert by_trigger(analyze("Le syndicat refuse de travailler à Lima."), "refuse")["recipients"] == []


# -- a verb of aiming names what the event noun aims at ---------------------------------------------------------

@pytest.mark.parametrize("text, trigger, recipient", [
    ("Les nouvelles sanctions touchent la Bolivie.", "sanctions", "Bolivie"),
    ("L'embargo touche aussi la Bolivie.", "embargo", "Bolivie"),
    ("La riposte du Chili a visé la Bolivie.", "riposte", "Bolivie"),
    ("La Bolivie a été touchée par l'embargo.", "embargo", "Bolivie"),
    ("Les opposants visés par les sanctions ont protesté.", "sanctions", "opposants"),
])
def test_verb_of_aiming_names_the_recipient(analyze, text, trigger, recipient):
    assert names(by_trigger(analyze(text), trigger)["recipients"]) == [recipient]


# -- words read after the trigger: a quoted modifier, a preposition tagged as an adjective, an amount ---------------

def test_complement_after_a_quoted_modifier(analyze):
    s = analyze("La Bolivie a annoncé des représailles « commerciales et financières » à la décision du Chili de taxer le cuivre.")
    assert names(by_trigger(s, "représailles")["recipients"]) == ["Chili"]


def test_preposition_tagged_as_an_adjective(analyze):
    s = analyze("Le Pérou annonce des représailles envers Washington dès lundi.")
    assert names(by_trigger(s, "représailles")["recipients"]) == ["États-Unis"]


@pytest.mark.parametrize("text, trigger, recipient", [
    ("Des taxes de 12 % seront imposées par le Pérou sur environ 4 milliards de dollars de fruits chiliens.", "imposées", "Chili"),
    ("Le Pérou impose des droits de douane sur 20 milliards de dollars de produits boliviens.", "droits", "Bolivie"),
    ("Le Pérou a imposé des tarifs de 10 % sur 3 milliards $ de biens chiliens.", "imposé", "Chili"),
])
def test_tariffs_on_an_amount_of_goods_strike_their_state(analyze, text, trigger, recipient):
    assert names(by_trigger(analyze(text), trigger)["recipients"]) == [recipient]


# -- a stance on a thing goes to its author ---------------------------------------------------------------------

@pytest.mark.parametrize("text, trigger, recipient", [
    ("Le Pérou a soutenu la candidature présentée par la Bolivie.", "soutenu", "Bolivie"),
    ("Le Chili a critiqué la réforme présentée par les autorités boliviennes.", "critiqué", "Bolivie"),
    ("Les deux pays ont salué leur coopération et les efforts déployés par la Bolivie.", "salué", "Bolivie"),
])
def test_stance_on_a_thing_goes_to_its_author(analyze, text, trigger, recipient):
    assert names(by_trigger(analyze(text), trigger)["recipients"]) == [recipient]


# -- being sure of an event is receiving it --------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Selon ses proches, la maire Ana Diaz est sûre du soutien des commerçants.",
    "Les commerçants ? Ana Diaz est désormais sûre de leur soutien.",
])
def test_sure_of_support_receives_it(analyze, text):
    assert names(by_trigger(analyze(text), "soutien")["recipients"]) == ["Ana Diaz"]


# -- a noun set off after a clause sums up its event ------------------------------------------------------------

@pytest.mark.parametrize("text, trigger, recipient", [
    ("Les grévistes s'en prennent au gouverneur Luis Arce, qu'ils accusent de favoriser les fraudeurs - une "
     "accusation que répète l'opposition.", "accusation", "Luis Arce"),
    ("La Bolivie a expulsé deux diplomates chiliens, une sanction qui a surpris Lima.", "sanction", "diplomates chiliens"),
])
def test_resumptive_noun_takes_the_recipient_of_the_event_it_sums_up(analyze, text, trigger, recipient):
    assert names(by_trigger(analyze(text), trigger)["recipients"]) == [recipient]


# -- a relative whose verb receives the event names its recipient ---------------------------------------------------

@pytest.mark.parametrize("text, trigger, recipient", [
    ("Les sanctions qu'a subies le Pérou ont été levées.", "sanctions", "Pérou"),
    ("Le soutien dont bénéficie Marc Duval est fragile.", "soutien", "Marc Duval"),
    ("Le Chili craint les sanctions que la Bolivie a subies.", "sanctions", "Bolivie"),
])
def test_relative_of_a_receiving_verb_names_the_recipient(analyze, text, trigger, recipient):
    assert names(by_trigger(analyze(text), trigger)["recipients"]) == [recipient]


# -- a stance on 'cette décision' goes to whoever made it -----------------------------------------------------------

@pytest.mark.parametrize("text, trigger, recipient", [
    ("Le Chili a expulsé deux diplomates boliviens. Le Pérou a salué cette décision.", "salué", "Chili"),
    ("Le Chili a fermé sa frontière avec la Bolivie lundi. La ministre Ana Ruiz a dénoncé cette mesure.", "dénoncé", "Chili"),
    ("Le Sénat a rejeté mardi la réforme du président Luis Arce. Le Pérou a dénoncé ce vote.", "dénoncé", "Sénat"),
])
def test_stance_on_a_demonstrative_act_goes_to_its_doer(analyze, text, trigger, recipient):
    assert names(by_trigger(analyze(text), trigger)["recipients"]) == [recipient]


# -- 'il reste', 'il est arrivé' with no real subject after them are personal ------------------------------------------

@pytest.mark.parametrize("text, trigger, held", [
    ("Marc Duval a été arrêté lundi à Lima. Il restera en détention jusqu'au procès.", "détention", "Marc Duval"),
    ("Ana Ruiz a été interpellée jeudi. Elle reste en détention.", "détention", "Ana Ruiz"),
])
def test_pronoun_subject_of_a_personal_rester_is_held(analyze, text, trigger, held):
    e = [e for e in analyze(text).events if e["trigger"]["text"] == trigger][0]
    assert names(e["recipients"]) == [held]


def test_impersonal_rester_keeps_its_il_faceless(nlp):
    from storygraph.nlp.grammar import Grammar
    g = Grammar("fr")
    assert g.impersonal(nlp("Il restera deux otages à Lima.")[0])
    assert g.impersonal(nlp("Il est arrivé que le maire se trompe.")[0])
    assert not g.impersonal(nlp("Il restera silencieux jusqu'à lundi.")[0])
    assert not g.impersonal(nlp("Il est arrivé à Quito avec sa fille.")[0])
