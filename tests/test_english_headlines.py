"""English title-case headlines the parser misreads, impressions with no source, and asides opened by 'as'
whose closing comma the parser hangs on the aside (sentences written for these tests)."""
import pytest

from storygraph import analyze

pytestmark = pytest.mark.english  # skipped when no English model is installed (conftest)

DATE = "2024-05-02"
BODY = "\n\nThe county board met on Tuesday evening to vote on the new water budget for the valley."


def quotes(text: str) -> list[dict]:
    return analyze(text, date=DATE, lang="en").quotes


def headline_quotes(headline: str) -> list[dict]:
    return [q for q in quotes(headline + BODY) if q["content"][0]["start"] < len(headline)]


@pytest.mark.parametrize("headline, speaker, content", [
    ("Rural Mayors Slam Governor As A ‘Reckless Spender.’", "Rural Mayors", "Governor As A ‘Reckless Spender"),
    ("Governor Vows To Cut Water Tax For Farmers.", "Governor", "To Cut Water Tax For Farmers"),
    ("Retired Judge Reveals ‘Troubling’ Pressure From Ministry.", "Judge", "‘Troubling’ Pressure From Ministry"),
])
def test_a_title_case_headline_reports_its_opening_words(headline, speaker, content):
    qs = headline_quotes(headline)
    assert len(qs) == 1, qs
    assert speaker in qs[0]["speaker"]["text"]
    assert qs[0]["content"][0]["text"].startswith(content)


@pytest.mark.parametrize("headline, speaker", [
    ("Farm Bill Hurt Small Growers, Former State Auditor Says.", "Former State Auditor"),
    ("Ferry Fares Will Double By Autumn, Island Councillors Say.", "Island Councillors"),
])
def test_a_title_case_headline_ending_with_says_reports_the_words_before_the_comma(headline, speaker):
    qs = headline_quotes(headline)
    assert len(qs) == 1, qs
    assert speaker in qs[0]["speaker"]["text"]
    assert qs[0]["content"][0]["text"] == headline[:headline.rindex(",")]


@pytest.mark.parametrize("headline", [
    "Harbour Dredging Plans Face Long Delay In Court.",  # a noun the parser read as such before the verb
    "Storm Damage Leaves Coastal Towns Without Power.",
    "Valley Post Editor Wins Award For Ferry Series.",  # a bare lemma after a singular is no verb
    "A Modest Plan to Fix the Ferry: Buy Boats, Hire Crews.",  # a sentence-case word after it
])
def test_a_title_case_headline_without_a_speech_verb_reports_nothing(headline):
    assert headline_quotes(headline) == []


@pytest.mark.parametrize("sentence, speaker, pieces", [
    ("The harbour, as the minister noted, has not been dredged in a decade.", "the minister",
     ["The harbour", "has not been dredged in a decade"]),
    ("The new clinic, as Dr. Amara Lenz warned, will need twice as many nurses.", "Amara Lenz",
     ["The new clinic", "will need twice as many nurses"]),
])
def test_an_as_aside_inside_the_sentence_reports_the_sentence_around_it(sentence, speaker, pieces):
    qs = quotes(sentence)
    assert len(qs) == 1, qs
    assert speaker in qs[0]["speaker"]["text"]
    assert [c["text"] for c in qs[0]["content"]] == pieces


@pytest.mark.parametrize("sentence, pieces", [
    ("The new ferry schedule seems too ambitious for a town of this size.",
     ["The new ferry schedule", "too ambitious for a town of this size"]),
    ("Borrowing against the farm seemed risky for a young family, but the bank insisted.",
     ["Borrowing against the farm", "risky for a young family"]),
    ("The museum, which seems to please nobody, opened on Tuesday.", ["which", "to please nobody"]),
])
def test_an_impression_with_no_source_is_the_article_s_own_judgement(sentence, pieces):
    qs = quotes(sentence)
    assert len(qs) == 1, qs
    assert qs[0]["speaker"] is None and qs[0]["cue"]["text"].startswith("seem")
    assert [c["text"] for c in qs[0]["content"]] == pieces


@pytest.mark.parametrize("sentence", [
    '"The new ferry schedule seems too ambitious," Dolan said.',  # inside someone's words
    "Dolan said the new ferry schedule seems too ambitious.",
    "The new ferry schedule seems fair to me, Ortiz said.",  # whom it seems so to speaks
    "It seems that the council will vote again.",
])
def test_an_impression_inside_someone_s_words_is_theirs(sentence):
    assert all(q["speaker"] is not None for q in quotes(sentence))
