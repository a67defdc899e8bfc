"""Direct quotations in the layouts French news prints them in: an incise inside or before the marks, marks typed
the wrong way round, a paragraph without its final stop, a speaker named around the quotation without a speech
verb. French sentences written for these tests."""
import pytest


def quotes(story):
    return [(q["type"], q["speaker"]["text"] if q["speaker"] else None, " … ".join(c["text"] for c in q["content"]))
            for q in story.quotes]


def direct(story):
    return [(q["speaker_name"], " … ".join(c["text"] for c in q["content"])) for q in story.quotes
            if q["type"] == "direct"]


@pytest.mark.parametrize("incise, speaker", [
    ("a-t-il dit", "il"),
    ("a-t-elle précisé aux journalistes", "elle"),
    ("a déclaré le Premier ministre", "le Premier ministre"),
    ("a précisé la nouvelle présidente de la région", "la nouvelle présidente de la région"),
    ("ont raconté les voisins", "les voisins"),
])
def test_an_incise_in_a_compound_tense_inside_the_marks_is_cut_out_of_the_words(analyze, incise, speaker):
    s = analyze(f"La réunion a duré trois heures. « Nous avons entendu les inquiétudes, {incise}. "
                "Des mesures suivront dès lundi. »")
    assert quotes(s) == [("direct", speaker, "Nous avons entendu les inquiétudes … Des mesures suivront dès lundi.")]


def test_an_inverted_incise_in_the_present_is_cut_out_too(analyze):
    s = analyze("Marie Colin tient une boulangerie. « J'ai perdu un tiers de mes clients, raconte-t-elle. "
                "Personne ne nous a prévenus. »")
    assert direct(s) == [("Marie Colin", "J'ai perdu un tiers de mes clients … Personne ne nous a prévenus.")]


@pytest.mark.parametrize("opening, closing", [("”", "”"), ("“", "“"), ("»", "«"), ("« ", " «")])
def test_marks_typed_the_wrong_way_round_still_hold_a_quotation(analyze, opening, closing):
    s = analyze(f"Le maire de Lyon a visité le chantier mardi. {opening}Nous tiendrons les délais{closing}, "
                "a-t-il affirmé devant la presse.")
    assert quotes(s) == [("direct", "il", "Nous tiendrons les délais")]


def test_marks_the_right_way_round_are_left_alone(analyze):
    s = analyze("Le maire a salué “un travail remarquable” et promis “des délais tenus”.")
    assert [c for _, _, c in quotes(s)] and all("”" not in c[:-1] for _, _, c in quotes(s))


def test_a_paragraph_that_hands_the_floor_to_a_quotation_is_no_heading_without_its_stop(analyze):
    s = analyze("La grève a été reconduite mardi.\n\n"
                "« Nous irons jusqu'au bout », a déclaré la secrétaire générale Sophie Binet\n\n"
                "Le défilé partira de la place de la République.")
    assert ("Sophie Binet", "Nous irons jusqu'au bout") in direct(s)
    s = analyze("Le ministre a été clair devant les députés. Il a prévenu : « Nous ne reculerons pas sur ce texte »\n\n"
                "Les syndicats appellent à manifester jeudi.")
    assert [c for _, c in direct(s)] == ["Nous ne reculerons pas sur ce texte"]


def test_a_short_quotation_standing_alone_without_a_stop_stays_a_section_title(analyze):
    s = analyze("La ministre a quitté la salle sans un mot.\n\n« Une honte »\n\nSes collaborateurs ont publié un communiqué.")
    assert direct(s) == []


@pytest.mark.parametrize("lead", [
    "L'opposant Moussa Diallo s'est exprimé sur les réseaux sociaux.",
    "La secrétaire générale du parti, Aïcha Ndiaye, a réuni ses partisans.",
])
def test_a_quotation_after_a_sentence_about_a_person_named_in_apposition_is_theirs(analyze, lead):
    s = analyze(f"{lead}\n\n« Ce scrutin est une mascarade. Nous ne reconnaîtrons pas les résultats. »")
    name = "Moussa Diallo" if "Moussa" in lead else "Aïcha Ndiaye"
    assert direct(s) == [(name, "Ce scrutin est une mascarade. Nous ne reconnaîtrons pas les résultats.")]


def test_a_first_name_described_by_an_age_before_a_colon_speaks_the_marks(analyze):
    s = analyze('Les habitants sont inquiets. Aminata, 34 ans, mère de trois enfants : "On ne dort plus la nuit."')
    assert direct(s) == [("Aminata", "On ne dort plus la nuit.")]
    s = analyze("Les habitants sont inquiets. Le quartier, 300 logements : « On ne dort plus la nuit. »")
    # the clause in marks is someone's words, but a place described by a number is no one who speaks
    assert "Le quartier" not in [name for name, _ in direct(s)]


def test_a_sentence_that_goes_on_with_the_story_after_a_quotation_signs_nothing(analyze):
    # the sentence in marks is someone's words; the narration after it does not say whose
    s = analyze("La séance a été levée. « Rien n'a été décidé. » Le conseil se réunira de nouveau lundi.")
    assert [name for name, _ in direct(s)] in ([], [None])
    s = analyze("La séance a été levée. « Rien n'a été décidé. » Claire Martin a quitté la salle avant le vote.")
    assert [name for name, _ in direct(s)] in ([], [None])


@pytest.mark.parametrize("lead, colon", [
    ("Le ministre de l'Économie, Éric Lenoir, a présenté le budget.", "Son credo"),
    ("L'entraîneur Paul Roux n'a pas mâché ses mots.", "Son verdict est sans appel"),
    ("La maire de Nantes, Johanna Rolland, a visité le chantier.", "Sa réponse"),
])
def test_a_noun_naming_someones_words_hands_the_floor_to_the_marks_after_a_colon(analyze, lead, colon):
    s = analyze(f"{lead} {colon} : « Pas un euro de plus. »")
    assert [c for _, c in direct(s)] == ["Pas un euro de plus."]
    assert direct(s)[0][0] in ("Éric Lenoir", "Paul Roux", "Johanna Rolland")


def test_a_noun_that_names_no_ones_words_does_not(analyze):
    s = analyze("Le conseil municipal a voté le budget. Son ordre du jour : « Vote du budget, questions diverses. »")
    assert direct(s) == []


@pytest.mark.parametrize("verb", ["s'enthousiasme", "s'insurge", "s'agace", "se félicite"])
def test_a_reflexive_incise_verb_the_tagger_took_for_a_noun_is_a_cue(analyze, verb):
    s = analyze(f"« C'est une journée historique », {verb} la directrice du musée, Anne Morel.")
    assert direct(s) == [("Anne Morel", "C'est une journée historique")]


@pytest.mark.parametrize("incise, name", [
    ("a-t-elle ajouté", "Anne Morel"),
    ("précise la préfète", "Anne Morel"),
])
def test_an_incise_between_commas_before_the_marks_names_their_speaker(analyze, incise, name):
    s = analyze(f"La préfète Anne Morel a jugé le projet nécessaire. Mais, {incise}, « les délais seront difficiles à tenir ».")
    assert (name, "les délais seront difficiles à tenir") in direct(s)


def test_a_possessive_according_to_phrase_before_the_marks_gives_them_to_the_person_before(analyze):
    s = analyze("Le maire Paul Roux défend son projet. À ses yeux, « la ville ne peut plus attendre ce pont ».")
    assert direct(s) == [("Paul Roux", "la ville ne peut plus attendre ce pont")]
    s = analyze("La députée Anne Morel votera contre. À son avis, « ce texte ne règle rien ».")
    assert direct(s) == [("Anne Morel", "ce texte ne règle rien")]
