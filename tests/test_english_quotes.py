"""English reported speech the French machinery reads once the language's words come from data (sentences
written for these tests)."""
import pytest

from storygraph import analyze

pytestmark = pytest.mark.english  # skipped when no English model is installed (conftest)

DATE = "2024-05-02"


def only_quote(text: str) -> dict:
    s = analyze(text, date=DATE, lang="en")
    assert len(s.quotes) == 1, s.quotes
    return s.quotes[0]


@pytest.mark.parametrize("verb", ["said", "says", "believes"])
def test_a_clause_without_that_is_reported(verb):
    q = only_quote(f"The union leader, Tom Baker, {verb} the strike will last until the end of the month.")
    assert q["type"] == "indirect" and q["content"][0]["text"] == "the strike will last until the end of the month"
    assert q["speaker"]["text"] == "Tom Baker"


def test_a_passive_clause_without_that_is_reported():
    q = only_quote("Carla Diaz said the bridge was closed by the police for three days.")
    assert q["content"][0]["text"] == "the bridge was closed by the police for three days"


def test_a_clause_before_the_speaker_and_verb():
    q = only_quote("The council will vote on the new tax next week, two officials said.")
    assert q["type"] == "indirect" and q["content"][0]["text"] == "The council will vote on the new tax next week"
    assert q["speaker"]["text"] == "two officials"


def test_an_incise_between_commas_reports_the_whole_sentence():
    q = only_quote("The plan, Governor Ruth Miles said, would cost far more than the state could afford.")
    assert q["content"][0]["text"] == "The plan, Governor Ruth Miles said, would cost far more than the state could afford"
    assert "Ruth Miles" in q["speaker"]["text"]


def test_no_report_without_a_speech_verb():
    s = analyze("The council will vote on the new tax next week, two officials left.", date=DATE, lang="en")
    assert s.quotes == []


@pytest.mark.parametrize("sentence, content", [
    ("The senator called for a full inquiry into the contracts.", "for a full inquiry into the contracts"),
    ("The activists warned against any cut to the school budget.", "against any cut to the school budget"),
    ("The mayor wants to rebuild the old harbour before the summer.", "rebuild the old harbour before the summer"),
    ("The governor complained about the new federal rules on water.", "about the new federal rules on water"),
])
def test_english_prepositions_open_the_frames(sentence, content):
    q = only_quote(sentence)
    assert q["type"] == "indirect" and q["content"][0]["text"] == content


def test_a_frame_the_verb_does_not_take_reports_nothing():
    # 'said' takes no 'against' phrase: the words after it are no report
    s = analyze("The senator said against all odds nothing at the hearing.", date=DATE, lang="en")
    assert all(not q["content"][0]["text"].startswith("against") for q in s.quotes)


def test_the_speaker_between_the_closing_mark_and_the_verb():
    q = only_quote("“We will appeal the ruling on Monday,” Nora Hale told reporters outside the court.")
    assert q["type"] == "direct" and q["content"][0]["text"] == "We will appeal the ruling on Monday,"
    assert q["speaker"]["text"] == "Nora Hale" and q["cue"]["text"] == "told"


def test_a_new_sentence_after_a_full_stop_in_the_marks_is_no_incise():
    s = analyze("“The vote is over.” Nora Hale left the hall before the results.", date=DATE, lang="en")
    assert all(q["speaker_name"] != "Nora Hale" for q in s.quotes)


def test_doubled_marks_are_quotation_marks():
    q = only_quote("''There is far too much new paperwork,'' said Paul Grant, a tax lawyer.")
    assert q["type"] == "direct" and q["content"][0]["text"] == "There is far too much new paperwork,"
    assert q["speaker_name"] == "Paul Grant"


def test_a_quote_signed_after_a_dash():
    s = analyze("Readers wrote to us about the debate.\n\n“I was scared by what I heard about our town and its schools.” ― Lucia "
                "Mendes\n“Nobody answered a single question about the budget.”― Omar Little", date=DATE, lang="en")
    got = {q["content"][0]["text"]: q["speaker_name"] for q in s.quotes if q["type"] == "direct"}
    assert got == {"I was scared by what I heard about our town and its schools.": "Lucia Mendes",
                   "Nobody answered a single question about the budget.": "Omar Little"}


def test_an_object_and_its_predicate_after_call():
    q = only_quote("The senators called the new rule a dangerous mistake for farmers.")
    assert q["type"] == "indirect" and q["content"][0]["text"] == "the new rule a dangerous mistake for farmers"


def test_a_relative_who_speaks_for_its_antecedent():
    s = analyze("The museum hired an architect who said the roof would leak within a year.", date=DATE, lang="en")
    q = next(q for q in s.quotes if q["cue"] and q["cue"]["text"] == "said")
    assert q["content"][0]["text"] == "the roof would leak within a year"
    # the mention cited is the relative pronoun, as English news cites it; the speaker is its antecedent
    assert q["speaker"]["text"] == "who" and q["speaker_name"] == "an architect"


def test_a_paragraph_opened_by_a_name_and_a_colon():
    s = analyze("Maria Lopez: the city must rebuild the flooded schools before winter\n\nThe council meets on Friday.",
                date=DATE, lang="en")
    (q,) = s.quotes
    assert q["content"][0]["text"] == "the city must rebuild the flooded schools before winter"
    assert q["speaker_name"] == "Maria Lopez"


def test_a_topic_before_a_colon_is_no_speaker():
    s = analyze("Flood season: the city must rebuild the schools before winter\n\nThe council meets on Friday.",
                date=DATE, lang="en")
    assert s.quotes == []
