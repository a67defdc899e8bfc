"""Constructions that carry an event without the usual verb-and-object shape (events.triggers, events.frames):
participles said of people, a pronoun telling an event again, offences named by a charge, people counted by a
noun; on French sentences written for these tests."""


def triggers(story):
    return {e["trigger"]["text"]: e["type"] for e in story.events}


def test_a_participle_said_of_people_is_a_detention(analyze):
    # after the noun it qualifies, after a copula, or set off by a comma after the main clause's object
    assert triggers(analyze("Les ONG s'inquiètent du sort des opposants détenus à Bamako.")).get("détenus") == "COERCE"
    assert triggers(analyze("Le journaliste français reste retenu dans le nord du pays.")).get("retenu") == "COERCE"
    s = analyze("Les rebelles ont relâché trois techniciens, retenus depuis deux mois dans la forêt.")
    assert triggers(s).get("retenus") == "COERCE"


def test_a_participle_said_of_things_is_no_detention(analyze):
    assert "détenues" not in triggers(analyze("Les armes détenues par la milice ont été saisies hier."))
    assert "détenu" not in triggers(analyze("Le record détenu par la Norvège date de 1994."))


def test_a_pronoun_with_a_complement_tells_the_event_before_it_again(analyze):
    s = analyze("Le Hamas exige la libération des prisonniers palestiniens avant celle des otages.")
    assert triggers(s).get("celle") == "RETREAT"
    s = analyze("Les sanctions américaines et celles de l'Union européenne visent les banques russes.")
    assert triggers(s).get("celles") == "SANCTION"


def test_a_pronoun_after_a_noun_that_is_no_event_is_nothing(analyze):
    s = analyze("La position du Brésil et celle de l'Argentine divergent sur ce dossier.")
    assert "celle" not in triggers(s)
    assert "Celle" not in triggers(analyze("La rencontre a eu lieu à Genève. Celle-ci a duré trois heures."))


def test_an_offence_named_by_a_charge_is_no_event(analyze):
    s = analyze("Le député est poursuivi pour viol et menaces de mort.")
    assert "viol" not in triggers(s) and "menaces" not in triggers(s)
    s = analyze("Le militant a été interpellé pour dégradation de biens publics et participation à une manifestation interdite.")
    assert "manifestation" not in triggers(s) and "interdite" not in triggers(s)
    assert triggers(s).get("a été interpellé") == "COERCE"


def test_an_event_told_by_a_charge_with_its_determiner_stays_an_event(analyze):
    assert triggers(analyze("Moscou accuse Kiev d'une attaque contre le pont de Crimée.")).get("attaque") == "ASSAULT"
    assert triggers(analyze("L'ancien chef rebelle est jugé pour l'assassinat du président.")).get("assassinat") == "ASSAULT"
    assert triggers(analyze("La participation à la manifestation de mardi a été massive.")).get("manifestation") == "PROTEST"


def test_people_counted_by_a_noun_are_a_party(analyze):
    s = analyze("Plusieurs centaines de personnes se sont rassemblées samedi devant l'ambassade.")
    assert triggers(s).get("se sont rassemblées") == "PROTEST"  # the clitic belongs to the trigger
    s = analyze("Les gendarmes ont dispersé des dizaines de grévistes devant l'usine.")
    assert triggers(s).get("ont dispersé") == "COERCE"
    assert analyze("Plusieurs centaines de voitures se sont rassemblées sur le parking.").events == []


def test_a_call_of_someone_is_a_request(analyze):
    s = analyze("Des milliers d'agriculteurs ont manifesté à l'appel de la FNSEA.")
    assert triggers(s).get("appel") == "REQUEST"
    assert "appel" not in triggers(analyze("La cour d'appel de Lyon a confirmé la décision."))


def test_an_event_said_to_be_scheduled_is_future(analyze):
    s = analyze("Une marche blanche est prévue dimanche à Lyon.")
    assert [e["status"] for e in s.events] == ["future"]
    s = analyze("Le sommet s'est tenu à Rome.")
    assert [e["status"] for e in s.events] == ["asserted"]
