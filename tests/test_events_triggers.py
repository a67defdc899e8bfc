"""Which words start an event and which frame applies (events.triggers, events.frames), on French sentences
written for these tests."""


def by_trigger(story, word):
    return next(e for e in story.events if word in e["trigger"]["text"])


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
