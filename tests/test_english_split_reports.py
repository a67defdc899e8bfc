"""English reports that share a sentence with another one (sentences written for these tests)."""
import pytest

from storygraph import analyze

english = pytest.mark.english  # skipped when no English model is installed (conftest)


def quotes(text: str) -> list[dict]:
    return analyze(text, date="2024-05-02", lang="en", detect=False).quotes


def said(q: dict) -> str:
    return " | ".join(c["text"] for c in q["content"])


@english
@pytest.mark.parametrize("sentence, first, cue, second", [
    ("The mayor agreed that the bridge needed repairs, but she said the work should wait until spring.",
     "the bridge needed repairs", "said", "the work should wait until spring"),
    ("Engineers insisted the dam was sound — and they noted that no crack had been found.",
     "the dam was sound", "noted", "no crack had been found"),
    ("Mr. Okafor conceded his side had defended badly, though he argued that the pitch was waterlogged.",
     "his side had defended badly", "argued", "the pitch was waterlogged"),
])
def test_a_second_report_with_its_own_subject_ends_the_first(sentence, first, cue, second):
    qs = quotes(sentence)
    assert [said(q) for q in qs] == [first, second]
    assert qs[1]["cue"]["text"] == cue


@english
def test_a_clause_after_but_without_a_speech_verb_stays_in_the_report():
    qs = quotes("The minister said the budget was balanced, but the deficit would grow next year.")
    assert len(qs) == 1 and said(qs[0]).endswith("the deficit would grow next year")


@english
def test_a_closing_mark_that_opens_a_signed_paragraph_opens_the_quotation():
    qs = quotes("Voters sent us their views.\n\n”The new tax hurts small shops. Nobody asked us.” ― Dana Whitfield\n\n"
                "“I will vote for change.” ― Omar Bell")
    signed = [(q["speaker"]["text"], " ".join(c["text"] for c in q["content"])) for q in qs if q["type"] == "direct"]
    assert signed == [("Dana Whitfield", "The new tax hurts small shops. Nobody asked us."),
                      ("Omar Bell", "I will vote for change.")]


@english
def test_a_transcript_label_naming_a_person_of_the_article_opens_their_words():
    qs = quotes("Senator Ruth Calloway spoke to the host on Sunday.\n\n"
                "HOST: Will the bill pass this month?\n\n"
                "CALLOWAY: We have the votes, and we will bring it to the floor next week.")
    turns = [q for q in qs if q["cue"] and q["cue"]["text"] == ":" and q["speaker"]["text"] == "CALLOWAY"]
    assert len(turns) == 1 and turns[0]["speaker_name"] == "Ruth Calloway"
    assert turns[0]["content"][0]["text"].startswith("We have the votes")


@english
@pytest.mark.parametrize("sentence, first, cue, second", [
    ("The company said it would cut 300 jobs and warned of further losses next year.",
     "it would cut 300 jobs", "warned", "of further losses next year"),
    ("Ms. Rivera told the council the ferry could not sail before June and urged the province to pay for a new hull.",
     "the ferry could not sail before June", "urged", "to pay for a new hull"),
])
def test_a_past_cue_after_an_auxiliary_led_reported_verb_is_a_second_report(sentence, first, cue, second):
    qs = quotes(sentence)
    assert [said(q) for q in qs] == [first, second]
    assert qs[1]["cue"]["text"] == cue


@english
def test_a_verb_sharing_the_reported_clause_tense_stays_in_it():
    qs = quotes("The inspector said the tenants had complained and demanded repairs for months.")
    assert len(qs) == 1 and said(qs[0]) == "the tenants had complained and demanded repairs for months"


@english
@pytest.mark.parametrize("sentence, speaker, cue, content", [
    ("The goalkeeper was suspended for claiming that the league had fixed the draw.",
     "The goalkeeper", "claiming", "the league had fixed the draw"),
    ("Councillor Ines Maalouf opened the hearing by warning that the reservoir would run dry in August.",
     "Ines Maalouf", "warning", "the reservoir would run dry in August"),
    ("The transport minister extended the tolls for a decade after insisting they were temporary.",
     "The transport minister", "insisting", "they were temporary"),
])
def test_a_gerund_after_a_preposition_reports_for_the_main_subject(sentence, speaker, cue, content):
    qs = quotes(sentence)
    assert len(qs) == 1, qs
    assert qs[0]["speaker"]["text"] == speaker and qs[0]["cue"]["text"] == cue and said(qs[0]) == content


@english
def test_a_gerund_after_without_reports_nothing():
    assert quotes("The treasurer resigned on Friday without saying why the audit had been delayed.") == []
