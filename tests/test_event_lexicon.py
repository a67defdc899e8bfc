"""The event lexicon by families: a verb, its noun and its participle are the same PLOVER event, and the sense
that is no event is left out by its frame. French sentences written for these tests."""
import json
from pathlib import Path

import pytest

LEXICON = Path(__file__).resolve().parent.parent / "storygraph" / "lang" / "fr" / "events.json"


def types(story, word):
    """The types of the events whose trigger contains the word."""
    assert not story.errors, story.errors
    return [e["type"] for e in story.events if word in e["trigger"]["text"]]


def test_every_entry_names_the_plover_definition_it_serves():
    data = json.loads(LEXICON.read_text(encoding="utf-8"))
    definitions = data["plover_definitions"]
    for section in ("verbs", "nouns", "adjectives", "phrases"):
        for word, entry in data[section].items():
            assert entry.get("plover") in definitions, (section, word)
            assert entry["plover"].split(".")[0] == entry["type"], (section, word)


@pytest.mark.parametrize("sentence, word", [
    ("La police a interpellé trois militants écologistes à Rennes dans la soirée.", "interpellé"),
    ("L'interpellation de l'avocat Marc Durand a choqué ses confrères du barreau.", "interpellation"),
    ("Les deux journalistes interpellés mardi près du port ont passé la nuit au poste.", "interpellés"),
    ("L'ancien ministre a été placé en garde à vue mardi matin dans les locaux de la police.", "garde à vue"),
])
def test_an_arrest_is_coerce_whatever_the_word_class(analyze, sentence, word):
    assert types(analyze(sentence, date="2024-05-02"), word) == ["COERCE"]


def test_a_sentence_in_court_is_sanction_and_a_condemnation_in_words_accuse(analyze):
    s = analyze("Le tribunal de Lyon a condamné l'ancien préfet à cinq ans de prison pour corruption.")
    assert types(s, "condamné") == ["SANCTION"]
    s = analyze("La condamnation de l'opposant à dix ans de réclusion a été confirmée en appel.")
    assert types(s, "condamnation") == ["SANCTION"]
    s = analyze("Le gouvernement canadien a condamné l'attaque contre l'ambassade dans un communiqué.")
    assert types(s, "condamné") == ["ACCUSE"]


def test_summoning_an_ambassador_is_accuse_and_recalling_one_sanction(analyze):
    s = analyze("Le Maroc a convoqué l'ambassadeur d'Espagne à Rabat après ces déclarations.")
    assert types(s, "convoqué") == ["ACCUSE"]
    s = analyze("Paris a rappelé son ambassadeur en Algérie pour consultations après la crise.")
    assert types(s, "rappelé") == ["SANCTION"]


def test_summoning_a_meeting_and_recalling_a_fact_are_no_protest(analyze):
    s = analyze("Le ministre a convoqué une réunion de crise lundi matin à la préfecture.")
    assert types(s, "convoqué") == []
    s = analyze("Le ministre a rappelé que la loi s'applique à tous les citoyens du pays.")
    assert s.events == []


def test_lifting_a_measure_is_a_concession_lifting_a_sitting_nothing(analyze):
    s = analyze("Washington a levé les sanctions économiques contre le Venezuela la semaine dernière.")
    assert types(s, "levé") == ["CONCEDE"]
    s = analyze("La levée de l'embargo sur les armes a été votée par le Conseil hier soir.")
    assert types(s, "levée") == ["CONCEDE"]
    s = analyze("Le président de l'Assemblée a levé la séance à minuit après un long débat budgétaire.")
    assert types(s, "levé") == []


def test_what_is_suspended_gives_the_type(analyze):
    s = analyze("L'Union européenne a suspendu son aide au Niger après le coup de force.")
    assert types(s, "suspendu") == ["SANCTION"]
    s = analyze("Le gouvernement a suspendu le journal d'opposition pendant un mois entier.")
    assert types(s, "suspendu") == ["COERCE"]
    s = analyze("Les deux armées ont suspendu les combats dans la nuit de lundi à mardi.")
    assert types(s, "suspendu") == ["RETREAT"]


def test_tariffs_are_sanctions(analyze):
    s = analyze("Le Mexique a annoncé des droits de douane sur l'acier chinois à partir de juin.")
    assert types(s, "droits de douane") == ["SANCTION"]
    s = analyze("La Maison Blanche veut taxer les importations européennes dès le mois prochain.")
    assert types(s, "taxer") == ["SANCTION"]


def test_parliamentary_acts(analyze):
    s = analyze("Les députés de gauche ont déposé une motion de censure contre le gouvernement mardi.")
    assert types(s, "motion de censure") == ["ACCUSE"]
    s = analyze("Le Sénat a voté contre le projet de loi du gouvernement sur les retraites.")
    assert types(s, "voté contre") == ["REJECT"]


def test_firing_on_people_is_an_assault_a_missile_test_a_show_of_force(analyze):
    s = analyze("Des soldats ont tiré sur des manifestants devant le palais présidentiel.")
    assert types(s, "tiré") == ["ASSAULT"]
    s = analyze("La Corée du Nord a tiré un missile balistique en mer du Japon dimanche.")
    assert types(s, "tiré") == ["MOBILIZE"]
    s = analyze("Le ministre a tiré les leçons de cet échec devant les élus de la majorité.")
    assert s.events == []


def test_abducting_is_an_assault_as_the_mapping_codes_it(analyze):
    s = analyze("Des hommes armés ont enlevé deux ingénieurs chinois dans le nord du Nigeria.")
    assert types(s, "enlevé") == ["ASSAULT"]
    assert types(s, "armés") == []  # 'armés' names the group, it delivers no arms


def test_senses_that_are_no_event(analyze):
    s = analyze("Un vent soutenu a soufflé toute la nuit sur les côtes de la Bretagne.")
    assert s.events == []
    s = analyze("Selon le juge, l'accusé ne constitue plus une menace pour la société civile.")
    assert types(s, "menace") == []
    s = analyze("La riposte diplomatique de Pékin ne s'est pas fait attendre après ces propos.")
    assert types(s, "riposte") == []
    s = analyze("La rupture du contrat de travail a été actée par les deux parties lundi.")
    assert types(s, "rupture") == []
    s = analyze("Les diplomates européens se demandent si la trêve tiendra jusqu'à l'été.")
    assert types(s, "demand") == []


def test_the_event_senses_of_the_same_words(analyze):
    s = analyze("La riposte de l'armée a fait dix morts dans le village situé près de la frontière.")
    assert types(s, "riposte") == ["ASSAULT"]
    s = analyze("L'Algérie a annoncé la rupture de ses relations diplomatiques avec le Maroc.")
    assert types(s, "rupture") == ["SANCTION"]
    s = analyze("L'organisation humanitaire demande la libération immédiate des otages.")
    assert types(s, "demande") == ["REQUEST"]


@pytest.mark.parametrize("sentence, word", [
    ("Le juge d'instruction a mis en examen l'ancien maire de Nîmes pour favoritisme.", "mis en examen"),
    ("La mise en examen du patron de la fédération a été annoncée vendredi par le parquet.", "mise en examen"),
    ("Un procureur fédéral a inculpé deux anciens conseillers du sénateur Hale.", "inculpé"),
    ("Après l'inculpation du chef rebelle par la Cour pénale, ses partisans ont bloqué la route.", "inculpation"),
])
def test_a_judicial_charge_is_coerce_as_an_arrest_is(analyze, sentence, word):
    """CAMEO 173 puts charging with legal action beside arrest and detention: a prosecutor's or judge's charge
    is COERCE, where a party's accusation or lawsuit stays ACCUSE."""
    assert types(analyze(sentence, date="2024-05-02"), word) == ["COERCE"]


def test_a_lawsuit_by_a_party_stays_accuse(analyze):
    s = analyze("L'association a porté plainte contre le ministère de l'Intérieur pour discrimination.")
    assert types(s, "plainte") == ["ACCUSE"]


def test_censure_strikes_down_a_law_or_a_government_but_silences_a_newspaper(analyze):
    s = analyze("Le Conseil constitutionnel a censuré jeudi l'article 7 de la loi sur l'immigration.")
    assert types(s, "censuré") == ["REJECT"]
    s = analyze("Les députés ont censuré le gouvernement de Michel Barnier par 331 voix.")
    assert types(s, "censuré") == ["REJECT"]
    s = analyze("La junte a censuré deux journaux d'opposition après leurs articles sur la corruption.")
    assert types(s, "censuré") == ["COERCE"]


def test_a_visit_needs_someone_visited(analyze):
    s = analyze("Le chancelier Olaf Scholz s'est rendu à Pékin pour rencontrer Xi Jinping.", date="2024-04-14")
    assert types(s, "rendu") == ["CONSULT"]
    s = analyze("Les secouristes se sont rendus dans les ruines pendant toute la nuit.")
    assert types(s, "rendus") == []


def test_an_investigation_needs_a_party(analyze):
    s = analyze("Le parquet de Paris a ouvert une enquête contre le dirigeant du groupe pour fraude.")
    assert types(s, "enquête") == ["ACCUSE"]
    s = analyze("Une enquête a été ouverte pour déterminer les causes de l'incendie du hangar.")
    assert types(s, "enquête") == []


def test_dissent_named_alone_is_a_protest_a_party_rejecting_is_not(analyze):
    s = analyze("Dans les facultés, la contestation ne faiblit pas malgré les vacances.")
    assert types(s, "contestation") == ["PROTEST"]
    s = analyze("Les blocages se poursuivent sur les routes de Bretagne depuis lundi.")
    assert types(s, "blocages") == ["PROTEST"]
    s = analyze("Le président sortant a confirmé sa contestation des résultats devant la Cour suprême.")
    assert types(s, "contestation") == ["REJECT"]
