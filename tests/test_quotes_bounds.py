"""Where a quotation's words end: the boundaries of reported speech in layouts news uses. French sentences
written for these tests."""


def quotes(story):
    return [(q["type"], q["speaker"]["text"] if q["speaker"] else None, " … ".join(c["text"] for c in q["content"]))
            for q in story.quotes]


def contents(story):
    return [" … ".join(c["text"] for c in q["content"]) for q in story.quotes]


def test_a_report_inside_a_quotation_ends_before_its_closing_mark(analyze):
    s = analyze("« La préfète m'a assuré que les travaux commenceraient en mai », raconte Lucie Garnier, "
                "présidente de l'association.")
    assert "les travaux commenceraient en mai" in contents(s)
    assert not any(c.endswith("»") for c in contents(s))


def test_a_verb_coordinated_with_the_cue_ends_its_object(analyze):
    s = analyze("La directrice, Anne Rolland, admet des « retards importants » mais refuse de parler d'échec.")
    assert ("mixed", "Anne Rolland", "des « retards importants »") in quotes(s)
    s = analyze("Le syndicat salue une avancée mais maintient son appel à la grève.")
    assert contents(s)[0] == "une avancée"


def test_a_verb_coordinated_inside_the_reported_clause_stays_in_it(analyze):
    s = analyze("Le maire a affirmé que la ville paierait et que l'État suivrait.")
    assert contents(s) == ["la ville paierait et que l'État suivrait"]


def test_an_object_with_a_noun_complement_keeps_its_attribute(analyze):
    s = analyze("La députée Claire Morin a jugé les chiffres du chômage « peu crédibles ».")
    assert quotes(s) == [("mixed", "Claire Morin", "les chiffres du chômage « peu crédibles »")]


def test_a_capitalised_word_in_the_apposition_of_pour_x_is_not_its_clause(analyze):
    s = analyze("Pour Lina Morel, déléguée CFDT Santé, « le compte n'y est pas ».")
    assert quotes(s) == [("direct", "Lina Morel", "le compte n'y est pas")]
