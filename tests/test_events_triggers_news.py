"""Triggers and statuses met in short news written for these tests: a participle the tagger took for a noun, an
aim voiced by the act that states it, verbs acting on an event, a bare event noun."""


def triggers(story):
    return {e["trigger"]["text"]: e for e in story.events}


def by_word(story, word):
    return next(e for e in story.events if word in e["trigger"]["text"])


def test_a_participle_after_its_auxiliary_is_a_verb(analyze):
    s = analyze("La chancelière a téléphoné jeudi au premier ministre grec.")
    call = by_word(s, "téléphoné")
    assert call["type"] == "CONSULT" and call["mode"] == "phone"


def test_an_aim_voiced_by_the_act_is_done(analyze):
    s = analyze("Des milliers d'infirmières ont défilé à Lille pour dénoncer la fermeture des urgences. "
                "Le Japon a convoqué l'ambassadeur russe pour protester contre les survols.")
    assert by_word(s, "dénoncer")["status"] == "asserted"
    assert by_word(s, "protester")["status"] == "asserted"
    s = analyze("Le ministre s'envolera lundi pour rencontrer son homologue kényan.")
    assert by_word(s, "rencontrer")["status"] == "future"  # a meeting aimed at is yet to come


def test_verbs_that_act_on_an_event(analyze):
    s = analyze("Le premier ministre suédois a exclu toute démission.")
    assert by_word(s, "exclu")["type"] == "REJECT"
    s = analyze("Le tribunal a exclu deux témoins de la salle.")
    assert not any("exclu" in t for t in triggers(s))
    s = analyze("La Pologne a finalement levé son veto au budget.")
    assert by_word(s, "levé")["type"] == "CONCEDE"
    s = analyze("Les soldats maliens ont neutralisé trois assaillants près de Gao.")
    assert by_word(s, "neutralisé")["type"] == "ASSAULT"
