"""A que-clause after a speech verb, a time and place adjunct and a comma-enclosed aside is what was said
(sentences written for these tests)."""


def found(story):
    return [(q["type"], q["speaker_name"], " … ".join(c["text"] for c in q["content"])) for q in story.quotes]


def test_que_after_adjuncts_and_aside(analyze):
    s = analyze("La ministre Irène Castel a déclaré vendredi à Lyon, devant les élus de la région, "
                "que le projet serait abandonné.")
    assert found(s) == [("indirect", "Irène Castel", "le projet serait abandonné")]


def test_que_after_aside_other_verb_plural(analyze):
    s = analyze("Les syndicats ont assuré jeudi à Nantes, au terme d'une longue réunion, qu'ils reprendraient le travail.")
    assert [c for _, _, c in found(s)] == ["ils reprendraient le travail"]
