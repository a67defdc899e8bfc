"""Marked words in a sentence without a verb of the narrator's, after someone spoke: the whole sentence goes on
with the speaker's statement. French sentences written for these tests."""


def quotes(story):
    return [(q["type"], q["speaker"]["text"] if q["speaker"] else None, " … ".join(c["text"] for c in q["content"]))
            for q in story.quotes]


def test_a_verbless_sentence_is_the_speakers_statement_whole(analyze):
    s = analyze("« Nous n'avons rien reçu », a répété la maire. Une aide « très en dessous des besoins réels » "
                "pour la commune. Elle attend un geste de l'État.")
    assert ("mixed", "Une aide « très en dessous des besoins réels » pour la commune") in [(t, c) for t, _, c in quotes(s)]
    s = analyze("« Le club doit se réveiller », lance l'entraîneur Marc Petit. Un match « bien trop facile à perdre », "
                "selon ses mots à la sortie du vestiaire.")
    assert any(c.startswith("Un match « bien trop facile à perdre »") for _, _, c in quotes(s))


def test_a_narrators_verb_keeps_the_marks_alone(analyze):
    s = analyze("« Nous n'avons rien reçu », a répété la maire. La commune touchera une aide « très en dessous "
                "des besoins réels » en mars.")
    assert not any(c.startswith("La commune") for _, _, c in quotes(s))
