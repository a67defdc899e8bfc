"""A 'que' the parser reads as an adverb right after a speech verb that takes a que-clause opens that clause,
unless the verb is negated ('n'a indiqué que …' restricts); sentences written for these tests."""


def found(story):
    return [(q["type"], q["speaker_name"], " … ".join(c["text"] for c in q["content"])) for q in story.quotes]


def test_que_before_marked_indefinite_subject(analyze):
    s = analyze('La capitainerie a signalé que des "navires fantômes" croisaient au large du cap.')
    assert found(s) == [("mixed", "La capitainerie", 'des "navires fantômes" croisaient au large du cap')]


def test_que_before_marked_subject_with_participle_report(analyze):
    s = analyze('Le maire Hugo Lemaître a affirmé que des "casseurs" avaient dégradé la mairie, '
                "précisant que la police enquêtait.")
    qs = found(s)
    assert ("mixed", "Hugo Lemaître", 'des "casseurs" avaient dégradé la mairie') in qs
    assert ("indirect", "Hugo Lemaître", "la police enquêtait") in qs


def test_negated_verb_restricts(analyze):
    assert analyze("La police municipale n'a indiqué que des chiffres partiels.").quotes == []
