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
