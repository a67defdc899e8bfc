"""Recipients the events used to leave empty, on French sentences written for these tests: whom backing or aid
is given for ('pour X'), the 'de' complement of an event noun set after its agent ('l'arrestation par X de Y'),
releases after the arrests they end, a demand an act answers ('à la demande de X'), and whom the verb of a
'que' relative aims an event noun at ('l'aide que X apporte à Y'); whom a retaliation answers."""

from story_lookup import by_trigger, names


def test_backing_for_a_country_goes_to_it(analyze):
    s = analyze("La Suède soutient une paix durable pour la Moldavie.")
    e = by_trigger(s, "soutient")
    assert e["type"] == "SUPPORT"
    assert names(e["actors"]) == ["Suède"]
    assert names(e["recipients"]) == ["Moldavie"]


def test_defending_a_solution_for_a_country_in_the_future(analyze):
    s = analyze("La France défendra une solution durable pour le Liban.")
    e = by_trigger(s, "défendra")
    assert names(e["actors"]) == ["France"]
    assert names(e["recipients"]) == ["Liban"]


def test_for_a_reason_names_no_one(analyze):
    s = analyze("Le Portugal soutient la réforme pour des raisons budgétaires.")
    e = by_trigger(s, "soutient")
    assert e["recipients"] == []


def test_an_object_party_stays_the_recipient(analyze):
    s = analyze("Le Portugal soutient le Chili pour sa candidature.")
    e = by_trigger(s, "soutient")
    assert names(e["recipients"]) == ["Chili"]


# 'l'arrestation par X de Y': the agent set before the noun's 'de' complement, which the parser hangs on the agent


def test_arrest_with_its_agent_first_keeps_the_arrested(analyze):
    s = analyze("Le préfet a annoncé hier soir l'arrestation par la gendarmerie de quatre militants basques.")
    e = by_trigger(s, "arrestation")
    assert names(e["actors"]) == ["gendarmerie"]
    assert names(e["recipients"]) == ["militants basques"]


def test_kidnapping_by_fighters_when_par_hangs_on_the_verb(analyze):
    s = analyze("Le Hezbollah a revendiqué l'enlèvement par ses combattants de trois soldats.")
    e = by_trigger(s, "enlèvement")
    assert names(e["recipients"]) == ["soldats"]
    assert "combattants de trois soldats" not in names(e["actors"])


def test_customs_arrest_of_smugglers(analyze):
    s = analyze("Le parquet a annoncé l'interpellation par les douanes de deux passeurs.")
    e = by_trigger(s, "interpellation")
    assert "douanes" in names(e["actors"])
    assert names(e["recipients"]) == ["passeurs"]


def test_a_place_after_the_agent_is_part_of_its_name(analyze):
    s = analyze("Le préfet a salué hier l'arrestation par la police de Marseille.")
    e = by_trigger(s, "arrestation")
    assert names(e["actors"]) == ["police de Marseille"]
    assert e["recipients"] == []


def test_men_of_a_holder_leave_the_named_state_holding_the_others(analyze):
    s = analyze("Le Tchad a annoncé lundi la capture par ses soldats de cinq gendarmes nigériens. Deux autres gendarmes "
                "nigériens avaient été arrêtés par le Tchad en mars. Trois gendarmes ont aussi été interpellés.")
    assert names(by_trigger(s, "capture")["recipients"]) == ["gendarmes nigériens"]
    assert names(by_trigger(s, "interpellés")["actors"]) == ["Tchad"]


# releases after arrests filled in, and a demand an act answers ('à la demande de X')


def test_release_after_an_arrest_with_no_one_named_is_by_the_holder(analyze):
    s = analyze("Le Tchad a arrêté trois journalistes. Deux gendarmes nigériens ont été interpellés puis libérés hier.")
    assert names(by_trigger(s, "interpellés")["actors"]) == ["Tchad"]
    assert names(by_trigger(s, "libérés")["actors"]) == ["Tchad"]


def test_release_at_someones_request_addresses_the_request_to_the_holder(analyze):
    s = analyze("Le Tchad a arrêté trois journalistes. Deux gendarmes nigériens ont été interpellés puis libérés "
                "à la demande du ministre nigérien.")
    e = by_trigger(s, "demande")
    assert e["type"] == "REQUEST"
    assert names(e["recipients"]) == ["Tchad"]


def test_yielding_to_a_demand_addresses_it_to_who_yields(analyze):
    s = analyze("Le gouvernement a cédé à la demande des syndicats.")
    e = by_trigger(s, "demande")
    assert names(e["actors"]) == ["syndicats"]
    assert names(e["recipients"]) == ["gouvernement"]


def test_withdrawal_on_request_of_a_neighbour(analyze):
    s = analyze("Le Kenya a retiré ses troupes sur demande de la Somalie.")
    e = by_trigger(s, "demande")
    assert names(e["actors"]) == ["Somalie"]
    assert names(e["recipients"]) == ["Kenya"]


def test_a_demand_answering_another_demand_names_no_one(analyze):
    s = analyze("La Somalie appelle à la demande du Kenya.")
    e = by_trigger(s, "demande")
    assert e["recipients"] == []


# an event noun that a 'que' relative's verb aims at someone ('l'aide que X apporte à Y')


def test_aid_a_state_brings_to_another_in_a_relative(analyze):
    s = analyze("Le Japon a dénoncé l'aide que la Chine apporte à la Birmanie.")
    e = by_trigger(s, "aide")
    assert names(e["recipients"]) == ["Birmanie"]


def test_threats_uttered_against_an_island_in_a_relative(analyze):
    s = analyze("Les menaces que la Chine a proférées contre Taïwan inquiètent.")
    e = by_trigger(s, "menaces")
    assert names(e["recipients"]) == ["Taïwan"]


def test_sentence_a_prosecutor_sought_against_a_defendant(analyze):
    s = analyze("Trois ans de prison : voilà la sanction que le procureur a requise contre Paul Girard.")
    e = by_trigger(s, "sanction")
    assert names(e["recipients"]) == ["Paul Girard"]


def test_a_place_in_the_relative_is_no_recipient(analyze):
    s = analyze("Les accords que la Russie a conclus à Pékin inquiètent.")
    e = by_trigger(s, "accords")
    assert e["recipients"] == []


# a retaliation is aimed at whoever did the act it answers


def test_a_riposte_answers_the_attack_told_before(analyze):
    s = analyze("Le Hezbollah a lancé une attaque contre Israël lundi. La riposte israélienne fut immédiate.")
    e = by_trigger(s, "riposte")
    assert names(e["actors"]) == ["Israël"]
    assert names(e["recipients"]) == ["Hezbollah"]


def test_retaliating_by_verb_after_an_attack_on_the_army(analyze):
    s = analyze("Les rebelles ont attaqué l'armée malienne. L'armée a riposté dans la nuit.")
    e = by_trigger(s, "riposté")
    assert names(e["recipients"]) == ["rebelles"]


def test_trade_reprisals_answer_tariffs(analyze):
    s = analyze("Le Mexique a été frappé par des droits de douane américains. Le Mexique prépare des représailles.")
    e = by_trigger(s, "représailles")
    assert names(e["actors"]) == ["Mexique"]
    assert names(e["recipients"]) == ["États-Unis"]


def test_a_retaliation_with_nothing_to_answer_stays_unaimed(analyze):
    s = analyze("Le Brésil a signé un accord avec le Pérou. La Chine menace de riposter.")
    e = by_trigger(s, "riposter")
    assert e["recipients"] == []
