"""Who acts in an infinitive hung on an accused body, who decides the event a carrier noun holds, and whom a
stance on someone's proposal is aimed at (events.roles), on French sentences written for these tests."""

from story_lookup import by_trigger, names_in_order as names


def test_a_carrier_noun_lends_its_verb_subject_to_the_event_it_holds(analyze):
    s = analyze("Le Sénégal a détaillé ses mesures de représailles contre la Gambie.")
    e = by_trigger(s, "représailles")
    assert names(e["actors"]) == ["Sénégal"]
    assert names(e["recipients"]) == ["Gambie"]
    s = analyze("Ottawa annoncera demain une série de mesures de rétorsion contre la Chine.")
    e = by_trigger(s, "rétorsion")
    assert names(e["actors"]) == ["Canada"]  # through two carrier nouns


def test_the_accused_body_acts_in_the_infinitive_hung_on_it(analyze):
    s = analyze("Le ministre accuse les forces rwandaises de soutenir les rebelles.")
    e = by_trigger(s, "soutenir")
    assert names(e["actors"]) == ["forces rwandaises"]
    s = analyze("Le Mexique dénonce la décision américaine de sanctionner ses exportateurs.")
    e = by_trigger(s, "sanctionner")
    assert names(e["actors"]) == ["États-Unis"]  # the decision is the United States'


def test_a_past_infinitive_is_no_participle_said_of_its_noun(analyze):
    s = analyze("Le Mali soupçonne les autorités ivoiriennes d'avoir armé les rebelles.")
    e = by_trigger(s, "armé")
    assert names(e["actors"]) == ["Côte d'Ivoire"]
    assert "Côte d'Ivoire" not in names(e["recipients"])
    s = analyze("Le Hamas accuse les soldats israéliens d'avoir tué trois civils.")
    e = by_trigger(s, "tué")
    assert names(e["actors"]) == ["soldats israéliens"]
    # a participle said of its noun still undergoes: 'les otages enlevés'
    s = analyze("Les otages enlevés par le Hamas ont été libérés.")
    e = by_trigger(s, "enlevés")
    assert names(e["recipients"]) == ["otages"] and names(e["actors"]) == ["Hamas"]


def test_a_stance_on_a_proposal_is_aimed_at_its_author(analyze):
    s = analyze("Kiev refuse le plan de paix présenté par la Chine.")
    assert names(by_trigger(s, "refuse")["recipients"]) == ["Chine"]
    s = analyze("Le Tchad rejette les conditions fixées par le Soudan.")
    assert names(by_trigger(s, "rejette")["recipients"]) == ["Soudan"]
    s = analyze("Le parti a salué la décision du Conseil constitutionnel.")
    assert names(by_trigger(s, "salué")["recipients"]) == ["Conseil constitutionnel"]


def test_a_stance_on_a_thing_of_no_one_has_no_recipient(analyze):
    s = analyze("Le Tchad rejette les résultats du scrutin de dimanche.")
    e = by_trigger(s, "rejette")
    assert names(e["actors"]) == ["Tchad"]
    assert e["recipients"] == []


def test_a_demand_for_someones_act_is_addressed_to_them(analyze):
    s = analyze("Les commerçants de Douala réclament une intervention du président Paul Biya.")
    assert names(by_trigger(s, "réclament")["recipients"]) == ["Paul Biya"]
    s = analyze("Le syndicat exige le retour du calme.")
    assert by_trigger(s, "exige")["recipients"] == []  # the calm is no one


def test_who_is_in_the_state_an_event_noun_names_is_its_party(analyze):
    s = analyze("Depuis lundi, les cheminots de la région sont en grève.")
    assert names(by_trigger(s, "grève")["actors"]) == ["cheminots de la région"]
    s = analyze("Alexeï Navalny est resté en détention.")
    e = by_trigger(s, "détention")
    assert names(e["recipients"]) == ["Alexeï Navalny"] and e["actors"] == []
    s = analyze("Le Hamas est en guerre contre Israël.")
    e = by_trigger(s, "guerre")
    assert names(e["actors"]) == ["Hamas"] and names(e["recipients"]) == ["Israël"]


def test_a_count_of_people_stands_for_the_people_counted(analyze):
    s = analyze("Des dizaines de milliers de personnes ont manifesté dimanche à Tbilissi.")
    assert names(by_trigger(s, "manifesté")["actors"]) == ["personnes"]
    s = analyze("Des centaines de soldats ont attaqué le village.")
    assert names(by_trigger(s, "attaqué")["actors"]) == ["soldats"]


def test_whom_a_request_is_made_to_is_asked_to_act(analyze):
    s = analyze("Washington a demandé à Moscou de libérer le journaliste.")
    assert names(by_trigger(s, "libérer")["actors"]) == ["Russie"]
    s = analyze("Le Kremlin a ordonné à l'armée de cesser le feu.")
    assert names(by_trigger(s, "cesser")["actors"]) == ["armée"]
    # a promise is no request: the one who promises acts
    s = analyze("Le ministre Paul Mba a promis aux syndicats de retirer la réforme.")
    assert names(by_trigger(s, "retirer")["actors"]) == ["Paul Mba"]


def test_an_adjective_tagged_as_a_noun_stays_in_the_group_name(analyze):
    s = analyze("Les forces armées russes ont bombardé la ville.")
    assert names(by_trigger(s, "bombardé")["actors"]) == ["forces armées russes"]


def test_an_event_noun_as_subject_lends_its_actors_to_the_verb(analyze):
    s = analyze("L'attaque du Hezbollah a tué trois soldats.")
    e = by_trigger(s, "tué")
    assert names(e["actors"]) == ["Hezbollah"] and names(e["recipients"]) == ["soldats"]
    s = analyze("Une frappe menée par l'armée israélienne a blessé deux Casques bleus.")
    assert names(by_trigger(s, "blessé")["actors"]) == ["armée israélienne"]


def test_a_tax_on_a_countrys_goods_is_aimed_at_that_country(analyze):
    s = analyze("Pékin impose des taxes sur le cognac français.")
    e = by_trigger(s, "impose")
    assert names(e["actors"]) == ["Chine"] and names(e["recipients"]) == ["France"]
    s = analyze("L'imposition par Pékin de droits sur les importations australiennes irrite Canberra.")
    assert names(by_trigger(s, "imposition")["recipients"]) == ["Australie"]


def test_a_participle_used_as_a_noun_names_people(analyze):
    s = analyze("Le tribunal a condamné l'opposant à cinq ans de prison.")
    assert names(by_trigger(s, "condamné")["recipients"]) == ["opposant"]


def test_a_time_word_between_a_light_verb_and_its_object_keeps_the_subject(analyze):
    s = analyze("Le Mexique a annoncé lundi des représailles contre les États-Unis.")
    e = by_trigger(s, "représailles")
    assert names(e["actors"]) == ["Mexique"] and names(e["recipients"]) == ["États-Unis"]
    s = analyze("Le Japon a décidé jeudi de nouvelles sanctions contre la Russie.")
    assert names(by_trigger(s, "sanctions")["actors"]) == ["Japon"]
    # 'parler des sanctions': a true 'de' complement, no partitive: who talks does not sanction
    s = analyze("Le gouvernement iranien a parlé des sanctions contre la Syrie.")
    assert by_trigger(s, "sanctions")["actors"] == []
