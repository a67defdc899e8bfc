"""Whom a demand is made of and who is to act on it (events.roles): a name the parser read as an attribute of the
demanding verb, and an event noun the demand urges someone to; on French sentences written for these tests."""

from story_lookup import by_trigger, names_in_order as names


def test_those_called_on_receive_the_call_and_are_to_act(analyze):
    s = analyze("L'Union africaine appelle l'Éthiopie et l'Érythrée à une trêve durable.")
    e = by_trigger(s, "appelle")
    assert names(e["actors"]) == ["Union africaine"]
    assert set(names(e["recipients"])) == {"Éthiopie", "Érythrée"}
    assert set(names(by_trigger(s, "trêve")["actors"])) == {"Éthiopie", "Érythrée"}


def test_urged_people_strike(analyze):
    s = analyze("La fédération a exhorté les contrôleurs à la grève dès lundi.")
    assert names(by_trigger(s, "grève")["actors"]) == ["contrôleurs"]


def test_a_call_with_no_one_named_urges_no_one(analyze):
    s = analyze("Le Premier ministre Omar Haddad a appelé au calme après les heurts.")
    e = by_trigger(s, "appelé")
    assert names(e["actors"]) == ["Omar Haddad"] and not e["recipients"]


def test_people_named_by_whose_they_are(analyze):
    s = analyze("Le ministre Hugo Lenoir rencontrera les représentants des agriculteurs jeudi.")
    assert names(by_trigger(s, "rencontrera")["recipients"]) == ["représentants des agriculteurs"]
    s = analyze("Les gendarmes ont interpellé les meneurs des casseurs dans la nuit.")
    assert names(by_trigger(s, "interpellé")["recipients"]) == ["meneurs des casseurs"]
