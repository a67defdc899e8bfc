"""An incise whose subject is an inverted clitic ('…, a-t-il ajouté', '…, estime-t-on'): where the reported clause
before it ends, and who reports it. French sentences written for these tests."""


def quotes(story):
    return [(q["type"], " … ".join(c["text"] for c in q["content"])) for q in story.quotes]


def test_a_repeated_pronoun_only_restates_the_speaker(analyze):
    s = analyze("Il estime que le chantier « prendra du retard », a-t-il ajouté lundi.")
    assert quotes(s) == [("mixed", "le chantier « prendra du retard »")]
    s = analyze("Elle a promis des mesures « dans les prochains jours », assure-t-elle encore.")
    assert quotes(s) == [("mixed", "des mesures « dans les prochains jours »")]


def test_the_incise_pronoun_cannot_name_the_noun_subject_before_it(analyze):
    # 'il' governs the clause before it: he reports what the director thinks, the clause whole
    s = analyze("La directrice estime que le calendrier reste « intenable », souligne-t-il dans une note.")
    assert quotes(s) == [("mixed", "La directrice estime que le calendrier reste « intenable »")]
    s = analyze("Le préfet a qualifié la situation de « très préoccupante », a-t-on appris jeudi de source policière.")
    assert quotes(s) == [("mixed", "Le préfet a qualifié la situation de « très préoccupante »")]


def test_an_unmarked_clause_ends_before_the_incise(analyze):
    s = analyze("Les syndicats réclament une hausse des salaires, rappelle-t-elle, avant la réunion de jeudi.")
    assert [c for _, c in quotes(s)] == ["Les syndicats réclament une hausse des salaires"]


def test_a_parenthetical_hedge_stays_inside_the_clause(analyze):
    s = analyze("Le ministre a reconnu que la réforme coûterait, semble-t-il, bien plus que prévu.")
    assert [c for _, c in quotes(s)] == ["la réforme coûterait, semble-t-il, bien plus que prévu"]
