"""'aller jusqu'à + infinitive' says the act was done, where 'aller + infinitive' puts it in the future (sentences
written for these tests)."""


def found(story):
    return [(q["type"], q["speaker_name"], " … ".join(c["text"] for c in q["content"])) for q in story.quotes]


def test_went_as_far_as_marked_object(analyze):
    s = analyze('Le député Marc Olivier est allé jusqu\'à dénoncer une "trahison" du gouvernement.')
    assert found(s) == [("mixed", "Marc Olivier", 'une "trahison" du gouvernement')]


def test_going_as_far_as_in_absolute_participle(analyze):
    s = analyze('Les échanges ont été vifs, Paris allant jusqu\'à évoquer une "provocation".')
    assert [c for _, _, c in found(s)] == ['une "provocation"']


def test_plural_going_as_far_as_plain_object(analyze):
    s = analyze("Les élus sont allés jusqu'à réclamer la démission du préfet.")
    assert found(s) == [("indirect", "Les élus", "la démission du préfet")]


def test_plain_aller_is_still_future(analyze):
    assert analyze('Le député va dénoncer une "trahison" du gouvernement.').quotes == []
