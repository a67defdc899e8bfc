"""Where one English report ends and the next begins: a coordinated report whose subject the parse lost, a
concessive clause of the same speaker, a report in turn whose subject holds a preposition's phrase; and what a
report's object is: a personal pronoun, a phrase an adverb opens (sentences written for these tests)."""
import pytest

from storygraph import analyze

english = pytest.mark.english  # skipped when no English model is installed (conftest)


def quotes(text: str) -> list[dict]:
    return analyze(text, date="2024-05-02", lang="en", detect=False).quotes


def said(q: dict) -> str:
    return " | ".join(c["text"] for c in q["content"])


def by_cue(qs: list[dict], cue: str) -> dict:
    found = [q for q in qs if q["cue"] and q["cue"]["text"] == cue]
    assert len(found) == 1, [(q["cue"] and q["cue"]["text"], said(q)) for q in qs]
    return found[0]


@english
def test_a_report_coordinated_after_the_object_is_its_own():
    # the parse makes 'inspectors' a conjunct of 'repairs' and leaves 'accused' without a subject
    qs = quotes("Tenants said they were convinced the landlord mishandled the repairs and inspectors accused the firm"
                " of hiding the damage.")
    first = by_cue(qs, "said")
    assert said(first) == "they were convinced the landlord mishandled the repairs"
    second = by_cue(qs, "accused")
    assert "hiding the damage" in said(second)
    assert "inspectors" in second["speaker"]["text"]


@english
@pytest.mark.parametrize("sentence, first, cue", [
    ("The coach claimed the new stadium would pay for itself, although he once more declined to publish the figures.",
     "the new stadium would pay for itself", "declined"),
    ("Ms. Varga argued the levy was fair, while she admitted it would hurt small farms.",
     "the levy was fair", "admitted"),
])
def test_a_concessive_clause_of_the_same_speaker_is_a_second_report(sentence, first, cue):
    qs = quotes(sentence)
    assert len(qs) == 2, [said(q) for q in qs]
    assert said(qs[0]) == first
    assert qs[1]["cue"]["text"] == cue


@english
def test_a_report_in_turn_whose_subject_holds_a_prepositional_phrase():
    qs = quotes("The striker accused the referee of bias, though the league's audit of the footage shows he made the right call.")
    assert said(by_cue(qs, "accused")) == "of bias"
    shows = by_cue(qs, "shows")
    assert said(shows) == "he made the right call"
    assert shows["speaker"]["text"].endswith("footage")


@english
def test_a_relative_clause_inside_the_clause_is_no_report_in_turn():
    # 'who believed that …' belongs to the noun phrase it qualifies: the first report runs on through it
    qs = quotes("The audit showed the depot was short of drivers, and the number of tenants who believed"
                " that the buses ran on time had fallen.")
    assert len(qs) == 1, [said(q) for q in qs]
    assert said(qs[0]).endswith("had fallen")


@english
def test_a_report_in_turn_across_a_no_break_space():
    qs = quotes("Footage from the hearing shows him leaving early, but\u00a0Larsen said\u00a0he stayed until the vote.")
    assert said(by_cue(qs, "shows")) == "him leaving early"
    assert said(by_cue(qs, "said")) == "he stayed until the vote"


@english
@pytest.mark.parametrize("sentence, cue, content", [
    ("The union leader attacked them for weeks over the pension cuts.", "attacked", "them for weeks over the pension cuts"),
    ("The senator has always defended herself against such claims.", "has always defended", "herself against such claims"),
])
def test_a_personal_pronoun_object_is_reported(sentence, cue, content):
    q = by_cue(quotes(sentence), cue)
    assert said(q) == content


@english
def test_it_as_an_object_reports_nothing():
    assert quotes("The mayor will promote it at every stop of the tour.") == []


@english
@pytest.mark.parametrize("sentence, cue, content", [
    # an adverb opens the object
    ("The fisheries minister has loudly criticized long-running quota rules such as the cap on herring.",
     "has loudly criticized", "long-running quota rules such as the cap on herring"),
    # a day name's possessive opens the object
    ("The rally ended as organizers praised Sunday's marches for being orderly.", "praised",
     "Sunday's marches for being orderly"),
])
def test_the_object_keeps_its_first_words(sentence, cue, content):
    assert said(by_cue(quotes(sentence), cue)) == content


@english
@pytest.mark.parametrize("sentence, cue", [
    ("The columnist vilified the new owners as greedy outsiders.", "vilified"),
    ("Her rivals have doubled down on their claim that the count was rigged.", "have doubled down"),
    ("The senator made the case for a higher tariff on imported steel.", "made the case"),
    ("The regulator linked the outages to a lack of maintenance at the plant.", "linked"),
    ("Both ministers made no secret of their dislike for the treaty.", "made no secret"),
])
def test_more_reporting_verbs(sentence, cue):
    qs = quotes(sentence)
    assert len(qs) == 1 and qs[0]["cue"]["text"] == cue, [(q["cue"], said(q)) for q in qs]


@english
@pytest.mark.parametrize("sentence, first, cue, second, speaker", [
    ("Surveys show the mayor with a narrow lead, with one regional poll showing the mayor ahead by four points.",
     "the mayor with a narrow lead", "showing", "the mayor ahead by four points", "poll"),
    ("The committee examined the pension plan, with actuaries offering their own estimates.",
     "the pension plan", "offering", "their own estimates", "actuaries"),
])
def test_an_absolute_clause_with_a_speech_participle_is_its_subjects_report(sentence, first, cue, second, speaker):
    qs = quotes(sentence)
    assert len(qs) == 2, [said(q) for q in qs]
    assert said(qs[0]) == first
    assert qs[1]["cue"]["text"] == cue and said(qs[1]) == second
    assert qs[1]["speaker"]["text"].endswith(speaker)


@english
def test_an_absolute_clause_without_a_speech_verb_stays_in_the_report():
    qs = quotes("The agency reported a rise in exports, with car makers leading the gains.")
    assert len(qs) == 1
    assert said(qs[0]).endswith("leading the gains")


@english
def test_draw_reports_only_with_an_object_of_comparison():
    qs = quotes("The audit confirmed the delays and drew a sharp parallel with the ferry strike of 2019.")
    assert [q["cue"]["text"] for q in qs] == ["confirmed", "drew"]
    assert said(qs[1]) == "a sharp parallel with the ferry strike of 2019"
    assert quotes("The festival drew large crowds to the harbour on Sunday.") == []


@english
def test_a_participle_with_an_object_after_an_apposition_is_a_past_tense():
    qs = quotes("Ana Ruiz, a historian at the state archive, compared Hale to a referee who is losing control.")
    assert [q["cue"]["text"] for q in qs] == ["compared"]
    assert said(qs[0]) == "Hale to a referee who is losing control"
    assert qs[0]["speaker"]["text"].endswith("Ruiz")


@english
@pytest.mark.parametrize("sentence", [
    "The minister, accused of fraud by two auditors, resigned on Monday.",
    "The report, published the same day, covered the harbour works.",
])
def test_a_passive_participle_reports_nothing(sentence):
    assert quotes(sentence) == []
