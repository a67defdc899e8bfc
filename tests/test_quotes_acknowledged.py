"""'Reconnaître' with a bare noun phrase owns up to a fact ('a reconnu sa défaite'): no words are reported
unless quoted words stand in the object; its que-clause and its infinitive report as any cue's do. French
sentences written for these tests."""


def quotes(story):
    return [(q["type"], " … ".join(c["text"] for c in q["content"])) for q in story.quotes]


def test_a_defeat_owned_up_to_is_not_a_quotation(analyze):
    assert quotes(analyze("Battu dimanche soir, le maire sortant a reconnu sa défaite.")) == []
    assert quotes(analyze("La compagnie aérienne reconnaît des retards sur ses vols vers Dakar.")) == []


def test_a_fronted_participle_with_a_bare_object_reports_nothing(analyze):
    s = analyze("Reconnaissant ses torts, la société a présenté ses excuses aux clients lésés.")
    assert not any(c == "ses torts" for _, c in quotes(s))


def test_quoted_words_in_the_object_are_still_reported(analyze):
    s = analyze("Le ministre de l'Intérieur a reconnu des « erreurs de communication » dans ce dossier.")
    assert quotes(s) == [("mixed", "des « erreurs de communication » dans ce dossier")]


def test_its_que_clause_and_its_infinitive_still_report(analyze):
    s = analyze("La directrice de l'hôpital reconnaît que les délais d'attente ont été dépassés.")
    assert quotes(s) == [("indirect", "les délais d'attente ont été dépassés")]
    s = analyze("L'entraîneur des Verts a reconnu avoir sous-estimé l'adversaire.")
    assert quotes(s) == [("indirect", "avoir sous-estimé l'adversaire")]


def test_another_verb_with_a_bare_object_still_reports(analyze):
    s = analyze("Le syndicat des enseignants a dénoncé la fermeture de trois classes.")
    assert quotes(s) == [("indirect", "la fermeture de trois classes")]


def test_a_noun_complement_of_the_object_does_not_make_it_a_stance(analyze):
    s = analyze("Reconnaissant des erreurs de calendrier, l'équipe sortante a annoncé qu'elle siégerait dans l'opposition.")
    assert quotes(s) == [("indirect", "elle siégerait dans l'opposition")]


def test_a_stance_shown_with_a_que_clause_reports_it(analyze):
    s = analyze("La syndique s'est montrée certaine que les négociations aboutiraient avant l'été.")
    assert quotes(s) == [("indirect", "les négociations aboutiraient avant l'été")]
