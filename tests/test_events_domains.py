"""Event words of domains the first rounds left out (cyberattacks, strikes on the shop floor, trade measures,
migration, sports bodies, emergencies) and the senses of those words that are no events; French sentences
written for these tests."""


def types_of(story):
    return {e["trigger"]["text"]: e["type"] for e in story.events}


def test_a_cyberattack_is_an_assault(analyze):
    s = analyze("La Lettonie impute à des pirates liés au Kremlin la cyberattaque qui a coupé son réseau bancaire.")
    assert types_of(s).get("cyberattaque") == "ASSAULT"


def test_a_walkout_is_a_strike(analyze):
    s = analyze("Les ouvriers de la raffinerie de Donges ont débrayé jeudi matin pour leurs salaires.")
    assert types_of(s).get("ont débrayé") == "PROTEST"


def test_surtaxing_goods_is_a_sanction(analyze):
    s = analyze("Ottawa surtaxera dès lundi l'acier chinois à hauteur de 25 %.")
    assert "SANCTION" in types_of(s).values()


def test_a_blacklist_is_a_sanction(analyze):
    s = analyze("Le Trésor américain a placé trois banques iraniennes sur sa liste noire.")
    assert "SANCTION" in types_of(s).values()


def test_sending_migrants_back_is_deportation_sending_a_file_back_is_nothing(analyze):
    s = analyze("L'Italie a renvoyé vers la Libye quarante migrants interceptés en mer.")
    assert types_of(s).get("a renvoyé") == "COERCE"
    assert analyze("Le juge a renvoyé l'audience au mois prochain.").events == []


def test_taking_in_asylum_seekers_is_aid_receiving_a_minister_a_visit(analyze):
    s = analyze("L'Allemagne accueillera 5 000 réfugiés soudanais l'an prochain.")
    assert types_of(s).get("accueillera") == "AID"
    s = analyze("Le président ghanéen John Mahama a accueilli jeudi le chancelier autrichien Karl Berger à Accra.")
    assert types_of(s).get("a accueilli") == "CONSULT"


def test_money_mobilised_is_aid_troops_mobilised_a_mobilisation(analyze):
    s = analyze("La Banque mondiale mobilisera 2 milliards de dollars pour le Bangladesh.")
    assert types_of(s).get("mobilisera") == "AID"
    s = analyze("L'Arménie a mobilisé ses réservistes à la frontière.")
    assert types_of(s).get("a mobilisé") == "MOBILIZE"


def test_suspending_a_federation_or_an_athlete_is_a_sanction(analyze):
    s = analyze("La Fifa a suspendu la fédération guatémaltèque de football pour ingérence politique.")
    assert types_of(s).get("a suspendu") == "SANCTION"
    s = analyze("Kiev a suspendu les frappes sur les raffineries russes pendant trente jours.")
    assert types_of(s).get("a suspendu les frappes") == "RETREAT"  # one event reaching the strikes it stops


def test_dissolving_parliament_is_coercion(analyze):
    s = analyze("Le président sénégalais a dissous l'Assemblée nationale jeudi soir.")
    assert types_of(s).get("a dissous") == "COERCE"


def test_a_decreed_emergency_is_coercion(analyze):
    s = analyze("Lima décrète l'urgence dans trois provinces minières.")
    assert "COERCE" in types_of(s).values()


def test_a_reply_to_an_expulsion_is_a_sanction_a_reply_to_fire_an_assault(analyze):
    s = analyze("Moscou promet de riposter à l'expulsion de ses diplomates par Prague.")
    assert types_of(s).get("riposter") == "SANCTION"
    s = analyze("Les soldats ont riposté aux tirs venus de la colline.")
    assert types_of(s).get("ont riposté") == "ASSAULT"


def test_nothing_to_deplore_is_no_accusation(analyze):
    assert analyze("L'incendie a été maîtrisé et aucun blessé n'est à déplorer.").events == []
    s = analyze("Le Quai d'Orsay déplore la fermeture de l'école française de Niamey.")
    assert types_of(s).get("déplore") == "ACCUSE"


def test_partisans_as_people_are_no_support_partisan_as_a_stance_is(analyze):
    s = analyze("Le chef de la milice a exhorté ses partisans à rejoindre les combats.")
    assert "SUPPORT" not in types_of(s).values()
    s = analyze("La Hongrie est devenue l'un des derniers partisans de Moscou au sein de l'Union.")
    assert "SUPPORT" in types_of(s).values()


def test_a_verb_the_tagger_took_for_an_adjective_after_its_subject(analyze):
    s = analyze("Liban : l'aviation bombarde des dépôts d'armes près de Tyr")
    assert types_of(s).get("bombarde") == "ASSAULT"


def test_tougher_sanctions_are_one_sanction(analyze):
    s = analyze("Washington a durci ses sanctions contre Caracas.")
    assert [e["type"] for e in s.events] == ["SANCTION"]


def test_promised_countermeasures_are_a_threat(analyze):
    s = analyze("Pékin a promis des contre-mesures si Tokyo maintenait ses restrictions.")
    assert types_of(s).get("a promis") == "THREATEN"


def test_this_suspension_is_the_sanction_told_before(analyze):
    s = analyze("L'UEFA a suspendu le club de Bursa pour deux saisons. Cette suspension a surpris les supporters.")
    assert types_of(s).get("suspension") == "SANCTION"


def test_taxing_foreign_goods_is_a_sanction_taxing_homes_is_nothing(analyze):
    s = analyze("Tokyo taxera à 30 % les voitures électriques chinoises dès janvier.")
    assert types_of(s).get("taxera") == "SANCTION"
    assert analyze("La mairie veut taxer davantage les résidences secondaires.").events == []


def test_striking_goods_with_duties_is_a_sanction_not_an_attack(analyze):
    s = analyze("Washington frappe les vins européens de nouveaux droits de douane.")
    assert types_of(s).get("frappe") == "SANCTION"


def test_freezing_trade_is_a_sanction_a_frozen_lake_nothing(analyze):
    s = analyze("Rabat a gelé ses échanges commerciaux avec Alger.")
    assert types_of(s).get("a gelé") == "SANCTION"
    assert analyze("Le lac a gelé pendant la nuit.").events == []


def test_reopening_a_border_is_a_concession_reopening_a_museum_nothing(analyze):
    s = analyze("La Turquie rouvrira lundi sa frontière avec l'Arménie.")
    assert types_of(s).get("rouvrira") == "CONCEDE"
    assert analyze("Le musée rouvrira ses portes lundi après les travaux.").events == []


def test_proceedings_against_a_state_are_a_charge_a_procedure_for_papers_nothing(analyze):
    s = analyze("Bruxelles a ouvert une procédure d'infraction contre Varsovie.")
    assert "ACCUSE" in types_of(s).values()
    assert analyze("La procédure de naturalisation dure deux ans.").events == []


def test_a_march_against_a_reform_is_a_protest_the_way_forward_nothing(analyze):
    s = analyze("Des milliers d'enseignants ont marché contre la réforme à Rabat.")
    assert types_of(s).get("ont marché") == "PROTEST"
    assert analyze("La marche à suivre reste floue pour les candidats.").events == []


def test_ransomware_and_servers_brought_down_are_cyberattacks(analyze):
    s = analyze("Un rançongiciel a visé la mairie de Lille en pleine nuit.")
    assert types_of(s).get("rançongiciel") == "ASSAULT"
    s = analyze("Des pirates iraniens ont paralysé les serveurs informatiques du port de Haïfa.")
    assert types_of(s).get("ont paralysé") == "ASSAULT"
    assert "ASSAULT" not in types_of(analyze("La neige a paralysé les routes du Jura.")).values()


def test_handing_suspects_over_is_legal_cooperation_handing_keys_over_nothing(analyze):
    s = analyze("Le Maroc a remis à la Belgique trois suspects recherchés pour meurtre.")
    assert types_of(s).get("a remis") == "COOPERATE"
    assert analyze("Le maire a remis les clés de la ville au vainqueur du tour.").events == []


def test_an_appeal_to_a_court_is_a_request_a_resort_to_force_is_not(analyze):
    s = analyze("La défense du joueur a formé un recours devant le Tribunal arbitral du sport.")
    assert types_of(s).get("recours") == "REQUEST"
    assert analyze("Le recours à l'armée n'est pas envisagé par le préfet.").events == []


def test_suspending_riders_is_a_sanction(analyze):
    s = analyze("Trois cyclistes colombiens ont été suspendus quatre ans pour dopage.")
    assert "SANCTION" in types_of(s).values()
