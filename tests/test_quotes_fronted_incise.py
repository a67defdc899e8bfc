"""An incise set in front of the clause it reports, after a connector or a short adverbial ('Pourtant, assure
le maire, P'): the report is the clause after the incise. French sentences written for these tests."""


def quotes(story):
    return [(q["type"], q["cue"]["text"] if q["cue"] else None, " … ".join(c["text"] for c in q["content"]))
            for q in story.quotes]


def test_the_clause_after_a_fronted_incise_is_reported(analyze):
    s = analyze("Pourtant, assure le maire, les travaux seront terminés en juin.")
    assert quotes(s) == [("indirect", "assure", "les travaux seront terminés en juin")]
    s = analyze("En réalité, confie un proche du dossier, l'accord était prêt depuis des semaines.")
    assert quotes(s) == [("indirect", "confie", "l'accord était prêt depuis des semaines")]


def test_quoted_words_in_that_clause_make_it_mixed_and_a_speech_verb_inside_belongs_to_it(analyze):
    s = analyze("Certes, explique une syndicaliste, la direction a tranché en évoquant « l'urgence » de la situation.")
    assert quotes(s) == [("mixed", "explique", "la direction a tranché en évoquant « l'urgence » de la situation")]


def test_a_marked_passage_after_the_fronted_incise_is_direct(analyze):
    s = analyze("Le conseil a voté contre.\n\nMais, a-t-elle ajouté, « nous ne lâcherons rien ».")
    assert quotes(s) == [("direct", "a-t-elle ajouté", "nous ne lâcherons rien")]


def test_a_clause_before_the_comma_is_not_a_connector(analyze):
    s = analyze("Le maire est parti, explique son adjoint, et la séance a été levée.")
    assert not any(c.startswith("et la séance") for _, _, c in quotes(s))
