"""A French speech verb in the passive reports what its subject names when the agent who speaks follows; a party
as its subject, or no agent, reports nothing (sentences written for these tests)."""


def found(story):
    return [(q["type"], q["speaker_name"], " … ".join(c["text"] for c in q["content"])) for q in story.quotes]


def test_passive_with_agent_reports_its_subject(analyze):
    s = analyze("La fermeture de la scierie a été annoncée mardi par la direction.")
    (q,) = s.quotes
    assert q["content"][0]["text"] == "La fermeture de la scierie"
    assert q["speaker"]["text"] == "la direction"


def test_passive_pluperfect_plural_agent_after(analyze):
    s = analyze("Les retards du chantier avaient été évoqués par la directrice des travaux.")
    (q,) = found(s)
    assert q[2] == "Les retards du chantier"


def test_passive_with_named_agent(analyze):
    s = analyze("Une hausse des tarifs a été réclamée par Marion Lestrade.")
    assert found(s) == [("indirect", "Marion Lestrade", "Une hausse des tarifs")]


def test_passive_without_agent_or_with_party_subject_reports_nothing(analyze):
    for text in ("Le texte a été annoncé la semaine dernière.",
                 "Le maire a été critiqué par l'opposition.",
                 "Paul Arnaud a été félicité par le président.",
                 "Il a été condamné par le tribunal à deux ans de prison.",
                 # 'conclure' reports a que-clause, never its object: a passive subject is no statement
                 "Un accord a été conclu jeudi par les deux délégations."):
        assert analyze(text).quotes == [], text
