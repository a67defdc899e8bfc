"""Which words start an event and which frame applies (events.triggers, events.frames), on French sentences
written for these tests."""

from story_lookup import by_trigger


def test_speech_verbs_and_ordinary_uses_are_not_events(analyze):
    s = analyze("La ministre a déclaré que le budget était prêt. Elle s'est rendu compte de son erreur.")
    assert s.events == []


def test_coordinated_subjects_are_all_actors(analyze):
    s = analyze("L'Inde et le Pakistan ont échangé des frappes d'artillerie dans la nuit.")
    e = by_trigger(s, "échangé")
    assert e["type"] == "ASSAULT"  # exchanging strikes is an assault, exchanging prisoners is not
    assert sorted(a["name"] for a in e["actors"]) == ["Inde", "Pakistan"]


def types_of(story):
    return {e["trigger"]["text"]: e["type"] for e in story.events}


def test_backing_down_is_a_concession_and_a_falling_figure_is_nothing(analyze):
    s = analyze("Sous la pression des syndicats, Élisabeth Borne recule sur l'âge de départ.")
    assert types_of(s).get("recule") == "CONCEDE"
    assert analyze("Le chômage a reculé de deux points en un an.").events == []


def test_withdrawing_a_bill_is_a_concession_withdrawing_troops_a_retreat(analyze):
    assert types_of(analyze("Le gouvernement retire le texte après la grève.")).get("retire") == "CONCEDE"
    assert types_of(analyze("Le retrait de la réforme était la seule exigence des syndicats.")).get("retrait") == "CONCEDE"
    assert types_of(analyze("Les États-Unis ont retiré leurs soldats d'Afghanistan.")).get("ont retiré") == "RETREAT"


def test_a_protest_lodged_with_an_envoy_is_an_accusation_a_crowd_protesting_is_a_protest(analyze):
    assert types_of(analyze("Le Japon proteste auprès de l'ambassadrice chinoise.")).get("proteste") == "ACCUSE"
    assert types_of(analyze("Des agriculteurs protestent devant la préfecture.")).get("protestent") == "PROTEST"


def test_restoring_ties_is_support_restoring_order_is_nothing(analyze):
    s = analyze("Après trois ans de brouille, Rabat et Madrid renouent leurs relations diplomatiques.")
    assert types_of(s).get("renouent") == "SUPPORT"
    assert analyze("La police a rétabli le calme dans le quartier.").events == []


def test_agreeing_on_something_reflexively(analyze):
    s = analyze("Le Kenya et l'Éthiopie se sont entendus sur le tracé de la frontière.")
    e = by_trigger(s, "entendus")
    assert e["type"] == "AGREE" and sorted(a["name"] for a in e["actors"]) == ["Kenya", "Éthiopie"]
    assert analyze("Les experts s'accordent à dire que la croissance ralentit.").events == []


def test_suing_is_an_accusation_not_an_assault(analyze):
    s = analyze("Plusieurs familles vont attaquer en justice l'entreprise.")
    assert types_of(s).get("attaquer en justice") == "ACCUSE"


def test_money_in_support_makes_it_aid(analyze):
    s = analyze("L'Union européenne soutient l'Ukraine avec une enveloppe de 50 milliards d'euros.")
    assert types_of(s).get("soutient") == "AID"


def test_a_trip_by_se_deplacer_is_a_visit_moving_about_is_not(analyze):
    s = analyze("La ministre s'est déplacée à Nouakchott jeudi pour parler de pêche.")
    assert by_trigger(s, "déplacée")["type"] == "CONSULT"
    assert analyze("Les bergers se déplacent avec leurs troupeaux en été.").events == []


def test_mediation_efforts_are_a_mediation(analyze):
    s = analyze("L'Égypte poursuit ses efforts de médiation entre les deux camps.")
    assert by_trigger(s, "efforts")["type"] == "CONSULT"


def test_setting_a_proposal_aside_is_a_rejection_a_ball_is_not(analyze):
    s = analyze("Le Premier ministre a écarté mardi la proposition de l'opposition.")
    assert by_trigger(s, "écarté")["type"] == "REJECT"
    assert analyze("Le gardien a écarté le ballon du pied.").events == []


def test_steps_taken_for_someone_are_a_request(analyze):
    s = analyze("Paris a entrepris des démarches pour obtenir la libération du journaliste.")
    assert by_trigger(s, "démarches")["type"] == "REQUEST"


def test_labelling_a_leader_is_an_accusation_labelling_a_novel_is_not(analyze):
    s = analyze("Moscou a qualifié le dirigeant estonien de provocateur.")
    assert by_trigger(s, "qualifié")["type"] == "ACCUSE"
    assert analyze("Les critiques ont qualifié le roman de chef-d'œuvre.").events == []


def test_giving_nothing_away_is_a_negated_concession(analyze):
    e = by_trigger(analyze("Le syndicat des pilotes ne lâche rien sur les salaires."), "lâche")
    assert (e["type"], e["status"]) == ("CONCEDE", "negated")


def test_a_headline_verb_the_tagger_took_for_a_noun(analyze):
    s = analyze("Le secrétaire général presse Téhéran de reprendre les inspections.")
    assert by_trigger(s, "presse")["type"] == "REQUEST"
    assert analyze("La presse locale a relayé l'information.").events == []


def test_blocking_a_text_is_a_rejection_whatever_is_blocked_by_someone(analyze):
    # PLOVER REJECT.defy (obstruct): what a party blocks need not be a person; a road blocked by snow is nobody's act
    assert types_of(analyze("Le Sénat a bloqué le projet de loi sur les retraites.")).get("a bloqué") == "REJECT"
    assert types_of(analyze("La Hongrie bloque depuis des mois l'adhésion de la Suède.")).get("bloque") == "REJECT"
    assert types_of(analyze("Des agriculteurs bloquent l'autoroute près de Lyon.")).get("bloquent") == "PROTEST"
    assert analyze("La route reste bloquée par la neige.").events == []


def test_coordinated_verbs_share_the_one_object_the_parser_hung_on_one_of_them(analyze):
    s = analyze("Le Maroc arrêtera, jugera et expulsera les trafiquants.")
    assert types_of(s).get("arrêtera") == "COERCE"  # its object is 'les trafiquants', hung on the last verb
    s = analyze("La Turquie recherchera, poursuivra et jugera les auteurs de l'attentat.")
    assert types_of(s).get("poursuivra") == "COERCE"
    assert "arrête" not in types_of(analyze("Le train arrête et repart aussitôt."))


def test_a_headline_names_its_event_by_a_noun_alone(analyze):
    s = analyze("Appel au boycott des produits importés\n\nLes associations de consommateurs ont lancé un mot d'ordre lundi.")
    assert types_of(s).get("Appel") == "REQUEST"
    s = analyze("Enquête sur les financements du parti\n\nLe parquet national a saisi des documents mardi.")
    assert types_of(s).get("Enquête") == "ACCUSE"
    # inside a sentence with its verb, a noun that names no party is still no event
    assert analyze("Les résultats de l'enquête seront connus demain.").events == []


def test_a_verb_coordinated_with_an_event_continues_the_series(analyze):
    # 'reconnaître' and 'défendre' alone need a person as object; after an event of the same subject they are its sequel
    assert types_of(analyze("Le Ghana a soutenu la candidature du Togo et a reconnu sa victoire.")).get("a reconnu") == "SUPPORT"
    s = analyze("L'Union africaine a condamné le coup d'État et défendra la démocratie.")
    assert types_of(s).get("défendra") == "SUPPORT"
    # coordinated with no event, the word keeps its conditions
    assert analyze("Le ministre est arrivé tôt et a défendu son budget.").events == []


def test_idioms_of_rejection(analyze):
    assert types_of(analyze("Le Premier ministre a dit non aux syndicats.")).get("a dit non") == "REJECT"
    assert types_of(analyze("La junte tient tête à la Cédéao depuis des mois.")).get("tient tête") == "REJECT"


def test_seizing_is_of_things_grasping_a_chance_is_no_seizure(analyze):
    # PLOVER COERCE.confiscate: property, weapons, territory are seized; no person need be the object
    assert types_of(analyze("L'armée a saisi des armes et des munitions dans le camp rebelle.")).get("a saisi") == "COERCE"
    assert types_of(analyze("L'opposition a saisi le Conseil constitutionnel.")).get("a saisi") == "REQUEST"
    assert analyze("Le ministre a saisi l'occasion pour défendre son bilan.").events == []


def test_backing_a_cause_is_support_defending_ones_own_record_is_not(analyze):
    # PLOVER SUPPORT.defend: backing a proposal or a cause, not only a person
    assert types_of(analyze("Le Brésil défend une solution négociée au conflit.")).get("défend") == "SUPPORT"
    assert types_of(analyze("La France appuie la candidature du Sénégal.")).get("appuie") == "SUPPORT"
    assert analyze("La ministre a défendu son bilan devant les députés.").events == []
    assert analyze("Le chauffeur appuie sur la pédale.").events == []
