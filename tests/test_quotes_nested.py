"""A report inside a report: a speech verb with a noun subject of its own and a clause of its own, inside what
someone else reported, is a quotation of its own too. French sentences written for these tests."""


def quotes(story):
    return [(q["type"], q["speaker"]["text"] if q["speaker"] else None, " … ".join(c["text"] for c in q["content"]))
            for q in story.quotes]


def test_a_report_with_its_own_subject_inside_a_que_clause_is_a_quotation_too(analyze):
    s = analyze("Le syndicat affirme que le directeur a reconnu que des erreurs avaient été commises.")
    assert quotes(s) == [("indirect", "Le syndicat", "le directeur a reconnu que des erreurs avaient été commises"),
                         ("indirect", "le directeur", "des erreurs avaient été commises")]


def test_a_pronoun_subject_inside_the_report_stays_part_of_it(analyze):
    # 'il a dit que' inside the report: the outer speaker's words about himself, no quotation of its own
    s = analyze("La maire a expliqué qu'elle avait prévenu que le chantier prendrait du retard.")
    assert [q[2] for q in quotes(s)] == ["elle avait prévenu que le chantier prendrait du retard"]
