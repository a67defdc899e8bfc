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


def test_a_noun_phrase_and_its_own_speech_verb_after_a_comma_end_the_report(analyze):
    # the parse often misses the subject of 'd'autres', 'plusieurs élus': the finite verb right after the
    # noun phrase is enough
    s = analyze("Certains riverains réclament une enquête sur les travaux, d'autres exigent même la démission du maire.")
    assert contents(s)[:1] == ["une enquête sur les travaux"]
    assert "la démission du maire" in contents(s)
    s = analyze("Le syndicat a dénoncé une réforme injuste, plusieurs élus exigeant son retrait immédiat.")
    assert contents(s)[0] == "une réforme injuste"


def test_an_absolute_participle_leading_to_a_speech_verb_ends_the_report(analyze):
    s = analyze("L'ONG a accusé la police de frapper les manifestants, Paris allant jusqu'à évoquer une dérive inquiétante.")
    assert contents(s)[0] == "de frapper les manifestants"
    # 'menaçant' tagged as the adjective of 'la FNTR'
    s = analyze("Les routiers dénoncent une décision « incompréhensible », la FNTR menaçant de bloquer les dépôts dès lundi.")
    assert contents(s)[0] == "une décision « incompréhensible »"


def test_a_list_of_subjects_inside_the_reported_clause_stays_in_it(analyze):
    s = analyze("La ministre a affirmé que les prix, les loyers et les salaires augmentaient.")
    assert contents(s) == ["les prix, les loyers et les salaires augmentaient"]


def test_a_phrase_set_off_before_marks_that_open_on_their_own_subject_is_no_part_of_them(analyze):
    text = "La tempête a frappé la côte.\n\nSur place, « c'est la désolation », témoigne un pompier."
    assert quotes(analyze(text)) == [("direct", "un pompier", "c'est la désolation")]
    text = "La crue a tout emporté.\n\nDimanche matin, « on a tout perdu », soupirait une habitante."
    assert quotes(analyze(text)) == [("direct", "une habitante", "on a tout perdu")]


def test_an_according_to_source_with_a_relative_clause_after_marked_words(analyze):
    text = "La grêle a détruit les récoltes.\n\n« Catastrophique », d'après le syndicat des agriculteurs, qui réclame des aides."
    assert ("direct", "le syndicat des agriculteurs", "Catastrophique") in quotes(analyze(text))


def test_a_verb_that_cannot_share_the_speakers_number_stays_in_the_clause(analyze):
    # 'surveillaient' (plural) cannot have 'Le préfet' as subject: the parse hangs it on the cue, wrongly
    s = analyze("Le préfet a ajouté que les secours étaient « sur le pont » et surveillaient la montée des eaux.")
    assert contents(s) == ["les secours étaient « sur le pont » et surveillaient la montée des eaux"]
    s = analyze("Les élus ont dénoncé des « mensonges » et quittent la séance.")
    assert contents(s) == ["des « mensonges »"]


def test_an_incise_verbal_phrase_of_a_few_words_before_its_subject(analyze):
    text = "Le match a été reporté.\n\n« On verra », botte en touche le sélectionneur."
    assert quotes(analyze(text)) == [("direct", "le sélectionneur", "On verra")]
