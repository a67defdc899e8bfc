"""Trigger frame mechanisms (events.lexicon, events.triggers, events.frames): each test fails without the
mechanism it names. French sentences written for these tests."""

from story_lookup import by_trigger


def types(story, word):
    """The types of the events whose trigger contains the word."""
    assert not story.errors, story.errors
    return [e["type"] for e in story.events if word in e["trigger"]["text"]]


def test_a_hyphenated_noun_kept_whole_by_the_tokenizer_is_one_key(analyze):
    s = analyze("Israël et le Hamas ont annoncé un cessez-le-feu dimanche soir.", date="2024-05-02")
    assert types(s, "cessez-le-feu") == ["RETREAT"]
    s = analyze("Le couvre-feu décrété par la junte a surpris les habitants de la capitale.", date="2024-05-02")
    assert types(s, "couvre-feu") == ["COERCE"]
    s = analyze("Les deux armées respectent la trêve depuis mardi, mais pas le cessez-le-feu du nord.")
    assert types(s, "cessez-le-feu") == ["RETREAT"]


def test_a_light_verb_and_its_event_noun_are_one_trigger_with_the_verbs_parties(analyze):
    s = analyze("Le Hamas a lancé une offensive surprise contre Israël.")
    e = by_trigger(s, "offensive")
    assert e["type"] == "ASSAULT" and e["trigger"]["text"].startswith("a lancé")
    assert [a["name"] for a in e["actors"]] == ["Hamas"]
    s = analyze("Dans la nuit, les gendarmes ont procédé à six interpellations près du port.")
    e = by_trigger(s, "interpellations")
    assert e["type"] == "COERCE" and "procédé" in e["trigger"]["text"]


def test_a_light_verb_makes_an_event_of_a_noun_of_its_classes(analyze):
    s = analyze("La Chine a imposé hier de nouveaux tarifs aux voitures européennes.")
    assert types(s, "tarifs") == ["SANCTION"]
    s = analyze("Des droits de 10 % et des taxes sont imposés par le Mexique sur l'acier canadien.")
    assert types(s, "imposés") == ["SANCTION"]
    s = analyze("Le tribunal administratif infligera une amende au maire de la commune.")
    assert types(s, "amende") == ["SANCTION"]


def test_an_event_noun_before_its_light_verb_stays_the_only_trigger(analyze):
    s = analyze("Les sanctions américaines imposées à l'Iran frappent surtout le pétrole.")
    assert [e["trigger"]["text"] for e in s.events if e["type"] == "SANCTION"] == ["sanctions"]
    s = analyze("Le ministre a lancé, dans un long discours devant les députés, un appel au calme.")
    assert all(not e["trigger"]["text"].startswith("a lancé") for e in s.events)


def test_an_auxiliary_is_never_repaired_into_a_lexicon_verb(analyze):
    s = analyze("Nous sommes fiers de nos soldats, a déclaré le général Martin devant les députés.")
    assert types(s, "sommes") == []
    s = analyze("Le Conseil de sécurité a sommé la junte de rendre le pouvoir aux civils.")
    assert types(s, "sommé") == ["REQUEST"]


def test_a_noun_takes_the_type_of_its_verb(analyze):
    s = analyze("Les enquêteurs ont perquisitionné le siège du parti d'opposition à Tunis.")
    assert types(s, "perquisitionné") == ["COERCE"]
    s = analyze("La perquisition du siège du parti d'opposition a duré six heures.")
    assert types(s, "perquisition") == ["COERCE"]
    s = analyze("Le syndicat a contesté la réforme devant le Conseil d'État.")
    assert types(s, "contesté") == ["REJECT"]
    s = analyze("La contestation de la réforme par les syndicats ne faiblit pas.")
    assert types(s, "contestation") == ["REJECT"]


def test_weapons_aimed_at_someone_are_an_attack_not_a_test(analyze):
    s = analyze("L'Iran a lancé une centaine de drones contre Israël samedi soir.")
    assert types(s, "lancé") == ["ASSAULT"]
    s = analyze("Les tirs de roquettes du Hezbollah sur Haïfa ont repris jeudi.")
    assert types(s, "tirs") == ["ASSAULT"]
    s = analyze("Pyongyang a tiré deux missiles balistiques en mer du Japon lundi.")
    assert types(s, "tiré") == ["MOBILIZE"]


def test_a_penalty_after_the_defendants_name_makes_a_court_sentence(analyze):
    s = analyze("Le tribunal militaire a condamné l'ancien ministre de la Justice Omar Diallo à sept ans de prison ferme.")
    assert types(s, "condamné") == ["SANCTION"]
    s = analyze("Le président a condamné à plusieurs reprises les attaques contre les civils depuis un an.")
    assert types(s, "condamné") == ["ACCUSE"]


def test_a_demonstrative_event_noun_re_mentions_the_event_told_before(analyze):
    s = analyze("Pyongyang a lancé un missile intercontinental jeudi. Tokyo a vivement condamné ce tir.")
    assert types(s, "tir") == ["MOBILIZE"]
    s = analyze("Le Niger a rompu ses relations avec Kiev en août. Cette rupture surprend les diplomates.")
    assert types(s, "rupture") == ["SANCTION"]
    s = analyze("La pluie a cessé vers midi. Cette pause a permis aux enfants de sortir dans la cour.")
    assert types(s, "pause") == []


def test_occupying_needs_a_place_not_a_post_or_a_busy_person(analyze):
    s = analyze("Les villages occupés par les jihadistes ont été repris par l'armée malienne.")
    assert types(s, "occupés") == ["ASSAULT"]
    s = analyze("Depuis 2014, la Russie occupe la Crimée, selon le gouvernement ukrainien.")
    assert types(s, "occupe") == ["ASSAULT"]
    s = analyze("Ce poste est occupé par Jean Dupont depuis 2020, a rappelé la mairie.")
    assert types(s, "occupé") == []
    s = analyze("La ministre, très occupée par le budget, n'a pas répondu aux députés.")
    assert types(s, "occupée") == []


def test_an_event_noun_bare_after_de_under_a_thing_names_a_kind(analyze):
    s = analyze("Le procureur enquête sur des crimes de guerre commis près de Boutcha.")
    assert types(s, "guerre") == []
    s = analyze("Les policiers ont saisi trois fusils d'assaut dans le coffre de la voiture.")
    assert types(s, "assaut") == []
    s = analyze("Une série d'attaques a frappé les positions de l'armée malienne cette semaine.")
    assert types(s, "attaques") == ["ASSAULT"]
    s = analyze("Les deux pays ont signé un accord de cessez-le-feu à Doha.")
    assert types(s, "cessez-le-feu") == ["RETREAT"]


def test_a_verb_whose_reflexive_form_means_something_else(analyze):
    s = analyze("Le mouvement se réclame de l'héritage de Thomas Sankara depuis sa fondation.")
    assert types(s, "réclame") == []
    s = analyze("Les syndicats réclament une hausse des salaires au gouvernement.")
    assert types(s, "réclament") == ["REQUEST"]
    s = analyze("Le fugitif s'est livré aux gendarmes de Bastia dimanche matin.")
    assert types(s, "livré") == []
    s = analyze("La Turquie a livré des drones à l'Ukraine en 2022.")
    assert types(s, "livré") == ["AID"]


def test_agreement_and_charge_nouns_of_the_families(analyze):
    s = analyze("L'entente entre Ottawa et Washington sur le bois d'œuvre expire en mai.")
    assert "AGREE" in types(s, "entente")
    s = analyze("Les infirmières réclament l'application des lettres d'ententes de 2021.")
    assert types(s, "ententes") == []
    s = analyze("Le procès de l'ancien président Ould Abdel Aziz s'est ouvert à Nouakchott.")
    assert types(s, "procès") == ["ACCUSE"]
    s = analyze("Le ministre s'est insurgé contre la décision de la Cour suprême.")
    assert types(s, "insurgé") == ["ACCUSE"]


def test_calling_someone_is_a_phone_call_calling_on_someone_to_act_an_appeal(analyze):
    s = analyze("Le chancelier allemand a appelé son homologue russe pour la première fois depuis deux ans.")
    assert types(s, "appelé") == ["CONSULT"]
    s = analyze("La présidente a appelé mercredi soir l'ensemble des partis de la coalition à la retenue.")
    assert types(s, "appelé") == ["REQUEST"]
    s = analyze("Dans le quartier, on l'appelle le Tigre de Kaboul depuis des années.")
    assert types(s, "appelle") == []
