"""Recipients named by noun phrases and nominal triggers (events.parties, events.roles.nouns): people and
group nouns, people named by a relative, nominal triggers' complements and possessives, on French sentences
written for these tests (invented people and places)."""
import pytest
from story_lookup import by_trigger, names


# -- people and group nouns as recipients --------------------------------------------------------------------

@pytest.mark.parametrize("text, trigger, recipient", [
    ("La députée Ana Ruiz rencontrera la presse samedi à Cuzco.", "rencontrera", "presse"),
    ("Le maire Hugo Salas a vivement critiqué la presse locale lundi.", "critiqué", "presse locale"),
    ("La région verse une aide aux familles les plus modestes.", "aide", "familles les plus modestes"),
    ("La junte a condamné ses adversaires à de lourdes peines.", "condamné", "adversaires"),
    ("Le parquet a requis six mois de prison contre 15 prévenus.", "requis", "prévenus"),
    ("Les militaires péruviens ont arrêté trois journalistes chiliens mardi.", "arrêté", "journalistes chiliens"),
])
def test_people_noun_is_a_recipient(analyze, text, trigger, recipient):
    assert names(by_trigger(analyze(text), trigger)["recipients"]) == [recipient]


def test_people_noun_with_the_degree_of_its_adjective(analyze):
    s = analyze("La Croix-Rouge a distribué une aide d'urgence aux familles les moins protégées.")
    assert names(by_trigger(s, "aide")["recipients"]) == ["familles les moins protégées"]


# -- people named by a relative --------------------------------------------------------------------------

def test_relative_of_a_named_person_is_kept_as_a_description(analyze):
    s = analyze("Il y a vingt ans, Paolo Reyes était allé à Quito rencontrer le père de Luis Arce.")
    assert names(by_trigger(s, "rencontrer")["recipients"]) == ["père de Luis Arce"]


@pytest.mark.parametrize("text, trigger, relative", [
    ("Paolo Reyes a été accueilli par Luis Arce et son épouse à La Paz.", "accueilli", "épouse de Luis Arce"),
    ("Le ministre Marc Duval a reçu Luis Arce et sa fille à Quito.", "reçu", "fille de Luis Arce"),
])
def test_possessive_relative_is_written_out_with_the_relative(analyze, text, trigger, relative):
    e = by_trigger(analyze(text), trigger)
    assert relative in names(e["actors"] + e["recipients"])
    assert "Luis Arce" in names(e["actors"] + e["recipients"])


# -- nominal triggers -----------------------------------------------------------------------------------

@pytest.mark.parametrize("text, trigger, recipient", [
    ("Le capitaine Ibrahim Sow a confirmé l'arrestation de six fonctionnaires maliens à la frontière.",
     "arrestation", "fonctionnaires maliens"),
    ("Les sanctions contre les chefs des milices ont été renforcées.", "sanctions", "chefs des milices"),
    ("La Bolivie exerce des pressions sur le Paraguay.", "pressions", "Paraguay"),
    ("La Minusca dénonce des tirs contre ses bases.", "tirs", "Minusca"),
])
def test_nominal_trigger_complement(analyze, text, trigger, recipient):
    assert names(by_trigger(analyze(text), trigger)["recipients"]) == [recipient]


def test_possessive_of_a_nominal_trigger_takes_its_antecedent(analyze):
    s = analyze("Le Pérou a demandé la libération des deux gendarmes. Le ministre a exigé leur libération.")
    assert all(names(e["recipients"]) == ["gendarmes"] for e in s.events if e["trigger"]["text"] == "libération")


@pytest.mark.parametrize("text, held", [
    ("Les sept pêcheurs sont encore en détention en Guinée.", "pêcheurs"),
    ("Les trois infirmiers restent toujours en détention au Niger.", "infirmiers"),
])
def test_custody_state_hung_on_an_adverb_is_said_of_the_subject(analyze, text, held):
    assert names(by_trigger(analyze(text), "détention")["recipients"]) == [held]


@pytest.mark.parametrize("text, convicted", [
    ("Le tribunal a relâché Marc Duval, accusé de corruption. La juge a estimé que la condamnation de l'accusé restait incertaine.",
     "Marc Duval"),
    ("La condamnation de Rosa Vidal à cinq ans de prison a surpris ses avocats.", "Rosa Vidal"),
])
def test_court_condemnation_sentences_its_de_complement(analyze, text, convicted):
    e = by_trigger(analyze(text), "condamnation")
    assert e["type"] == "SANCTION"
    assert names(e["recipients"]) == [convicted]
    assert convicted not in names(e["actors"])


def test_condemnation_of_an_attack_stays_an_accusation(analyze):
    e = by_trigger(analyze("La condamnation de l'attaque par le Chili a été immédiate."), "condamnation")
    assert e["type"] == "ACCUSE"


@pytest.mark.parametrize("text, trigger", [
    ("Le président péruvien Paolo Reyes a tenu une réunion avec le chef de l'État bolivien Luis Arce à Lima.", "réunion"),
    ("Paolo Reyes a eu un long entretien avec Luis Arce à Lima.", "entretien"),
    ("Paolo Reyes s'est réuni avec Luis Arce à Lima.", "réuni"),
])
def test_meeting_held_with_someone_is_one_sided(analyze, text, trigger):
    e = by_trigger(analyze(text), trigger)
    assert names(e["actors"]) == ["Paolo Reyes"]
    assert names(e["recipients"]) == ["Luis Arce"]


def test_meeting_between_two_is_both_sides(analyze):
    e = by_trigger(analyze("Une réunion entre Paolo Reyes et Luis Arce a eu lieu à Lima."), "réunion")
    assert names(e["actors"]) == ["Luis Arce", "Paolo Reyes"]
    assert e["recipients"] == []


@pytest.mark.parametrize("text, trigger, recipient", [
    ("Paris a annoncé l'expulsion de deux diplomates iraniens.", "expulsion", "diplomates iraniens"),
    ("L'enlèvement de trois humanitaires français au Niger a été confirmé.", "enlèvement", "humanitaires français"),
    ("Les frappes turques contre les milices kurdes se poursuivent.", "frappes", "milices kurdes"),
    ("Le Qatar dénonce le blocus du Qatar par l'Arabie saoudite.", "blocus", "Qatar"),
    ("L'Union européenne a pris des sanctions contre plusieurs proches du président Luis Arce.", "sanctions",
     "proches de Luis Arce"),
])
def test_nominal_trigger_people_complement(analyze, text, trigger, recipient):
    assert names(by_trigger(analyze(text), trigger)["recipients"]) == [recipient]


@pytest.mark.parametrize("text, trigger, recipient", [
    ("La police a procédé à l'arrestation de trois suspects.", "arrestation", "suspects"),
    ("Les gendarmes ont procédé à l'interpellation de deux passeurs.", "interpellation", "passeurs"),
    ("Les rebelles du FLN ont pris la ville de Gao. L'armée a lancé une offensive contre leurs positions.",
     "offensive", "FLN"),
])
def test_event_noun_carried_by_a_light_verb_names_whom_it_is_done_to(analyze, text, trigger, recipient):
    assert names(by_trigger(analyze(text), trigger)["recipients"]) == [recipient]


@pytest.mark.parametrize("text", [
    "Le président bolivien Luis Arce a été réélu. Washington a annoncé le gel des avoirs du président de la Bolivie.",
    "Le Trésor a décidé le gel des avoirs de Luis Arce.",
])
def test_owner_of_a_frozen_thing_undergoes_the_freeze(analyze, text):
    e = by_trigger(analyze(text), "gel")
    assert names(e["recipients"]) == ["Luis Arce"]
    assert "Luis Arce" not in names(e["actors"])


@pytest.mark.parametrize("text, trigger, recipient", [
    ("Une gifle et un avertissement adressés au gouverneur Luis Arce.", "avertissement", "Luis Arce"),
    ("La Bolivie dénonce les menaces et les pressions contre le Paraguay.", "pressions", "Paraguay"),
])
def test_complement_after_coordinated_event_nouns_is_said_of_both(analyze, text, trigger, recipient):
    assert names(by_trigger(analyze(text), trigger)["recipients"]) == [recipient]


@pytest.mark.parametrize("text, trigger, recipient", [
    ("Le tribunal a ordonné la remise en liberté de trois journalistes.", "remise en liberté", "journalistes"),
    ("Le juge a ordonné l'assignation à résidence de Marc Duval.", "assignation", "Marc Duval"),
])
def test_complement_of_a_multi_word_event_noun(analyze, text, trigger, recipient):
    assert names(by_trigger(analyze(text), trigger)["recipients"]) == [recipient]


@pytest.mark.parametrize("text, trigger, recipient", [
    ("Le pape a lancé un appel aux belligérants.", "appel", "belligérants"),
    ("Le Premier ministre a promis une aide aux sinistrés.", "aide", "sinistrés"),
])
def test_more_people_nouns(analyze, text, trigger, recipient):
    assert names(by_trigger(analyze(text), trigger)["recipients"]) == [recipient]


def test_possessive_people_of_a_person_are_written_out_with_the_person(analyze):
    s = analyze("Le président Luis Arce a été hué à Sucre. Ses adversaires ont été arrêtés par la police.")
    assert names(by_trigger(s, "arrêtés")["recipients"]) == ["adversaires de Luis Arce"]


@pytest.mark.parametrize("text, trigger, recipient", [
    ("La plupart des manifestants ont été arrêtés.", "arrêtés", "plupart des manifestants"),
    ("La police a libéré la moitié des otages.", "libéré", "moitié des otages"),
    ("La plupart des chefs rebelles se retrouvent désormais sous les verrous.", "verrous",
     "plupart des chefs rebelles"),
])
def test_share_of_people_is_named_whole(analyze, text, trigger, recipient):
    assert names(by_trigger(analyze(text), trigger)["recipients"]) == [recipient]


@pytest.mark.parametrize("text, trigger, recipient", [
    ("Le journaliste Marc Duval est sous les verrous depuis mai.", "verrous", "Marc Duval"),
    ("Les trois militants se retrouvent derrière les barreaux.", "barreaux", "militants"),
])
def test_custody_phrase_opening_on_its_preposition(analyze, text, trigger, recipient):
    assert names(by_trigger(analyze(text), trigger)["recipients"]) == [recipient]
