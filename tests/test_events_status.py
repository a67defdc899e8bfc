"""Whether an event happened: asserted, future, hypothetical or negated (events.status), on French sentences
written for these tests."""

from story_lookup import by_trigger


def test_status_from_grammar(analyze):
    s = analyze("Le Brésil pourrait envoyer des munitions à l'Argentine. "
                "La Bolivie n'a pas soutenu le Pérou. "
                "Le Chili et l'Uruguay devraient se rencontrer à Montevideo.")
    assert by_trigger(s, "envoyer")["status"] == "hypothetical"
    assert by_trigger(s, "envoyer")["mode"] == "military"
    assert [r["name"] for r in by_trigger(s, "envoyer")["recipients"]] == ["Argentine"]
    assert by_trigger(s, "soutenu")["status"] == "negated"
    assert by_trigger(s, "rencontrer")["status"] == "future"


def test_status_of_appeals_aims_and_possibilities(analyze):
    s = analyze("Le Canada a appelé à la libération des journalistes. "
                "Le Mexique est disposé à vendre des fusils au Pérou. "
                "Le ministre Luis Ortega a traversé l'océan pour se rendre à Madrid.")
    assert by_trigger(s, "libération")["status"] == "future"
    assert by_trigger(s, "vendre")["status"] == "hypothetical"
    assert by_trigger(s, "rendre")["status"] == "asserted"
