"""A verbless passage before an incise that ends the sentence is reported ('Pas question de …, a-t-il dit.');
sentences written for these tests."""


def found(story):
    return [(q["type"], q["speaker_name"], q["cue"]["text"], " … ".join(c["text"] for c in q["content"]))
            for q in story.quotes]


def test_verbless_fragment_before_inverted_noun_subject(analyze):
    s = analyze("Pas question de rouvrir la gare cet hiver, a martelé la préfète Lucie Garnier.")
    (q,) = found(s)
    assert q[3] == "Pas question de rouvrir la gare cet hiver"
    assert q[1] == "Lucie Garnier"


def test_verbless_fragment_before_clitic_incise(analyze):
    s = analyze("Le maire Jean Rivoal a reçu les parents. "
                "Hors de question de fermer l'école du bourg, a-t-il assuré.")
    assert ("indirect", "Jean Rivoal", "a-t-il assuré", "Hors de question de fermer l'école du bourg") in found(s)


def test_condition_fragment_before_clitic_incise(analyze):
    s = analyze("La ministre Agathe Prigent veut réformer les bourses. "
                "A condition de consulter les étudiants et d'expliquer les règles, a-t-elle précisé.")
    qs = found(s)
    assert any(c.startswith("A condition de consulter") and spk == "Agathe Prigent" for _, spk, _, c in qs)


def test_incise_followed_by_more_words_is_not_closing(analyze):
    # the verb is followed by its object and an adjunct: no incise closes the sentence
    s = analyze("Au terme de la réunion, le syndicat a dénoncé le projet de la direction.")
    assert all(not c.startswith("Au terme") for _, _, _, c in found(s))


def test_subject_set_off_by_an_aside_is_no_reported_passage(analyze):
    s = analyze("La Bolivie, après avoir dénoncé le blocus, a rappelé son consul.")
    assert all(not c.startswith("La Bolivie") for _, _, _, c in found(s))
