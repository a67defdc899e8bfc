"""English attributions carried by an object or a noun's phrase: objects opened by a possessive or a participle,
stances held toward a thing, nouns with 'for' / 'to' phrases, a date that is no content, a headline's cue
(sentences written for these tests)."""
import pytest

from storygraph import analyze

pytestmark = pytest.mark.english  # skipped when no English model is installed (conftest)

DATE = "2024-05-02"


def quotes(text: str) -> list[dict]:
    return analyze(text, date=DATE, lang="en").quotes


def only(text: str) -> dict:
    qs = quotes(text)
    assert len(qs) == 1, qs
    return qs[0]


@pytest.mark.parametrize("sentence, speaker, content", [
    ("The coach defended his lineup against the critics.", "The coach", "his lineup against the critics"),
    ("Two senators criticized their party's budget.", "Two senators", "their party's budget"),
    ("The transit board has proposed revised fares for students.", "The transit board", "revised fares for students"),
    ("Dockworkers protested the new shift rules.", "Dockworkers", "the new shift rules"),
])
def test_an_object_opened_by_a_possessive_or_a_participle_is_what_was_said(sentence, speaker, content):
    q = only(sentence)
    assert q["speaker"]["text"] == speaker
    assert q["content"][0]["text"] == content


@pytest.mark.parametrize("sentence, speaker, content", [
    ("The veteran coach offered a rest plan for the rookies.", "The veteran coach", "a rest plan for the rookies"),
    ("The council is pondering whether to close the pool.", "The council", "whether to close the pool"),
    ("My aunt would have loved the new library.", "My aunt", "the new library"),
    ("Most growers prefer a later harvest.", "Most growers", "a later harvest"),
])
def test_a_stance_toward_a_thing_is_attributed_to_its_holder(sentence, speaker, content):
    q = only(sentence)
    assert q["speaker"]["text"] == speaker
    assert content in q["content"][0]["text"]


@pytest.mark.parametrize("sentence, speaker, content", [
    ("The union's call for a strike vote surprised the owners.", "The union's", "for a strike vote"),
    ("Their opposition to the quarry has not softened.", "Their", "to the quarry"),
    ("The bishop's plea for calm went unheard.", "The bishop's", "for calm"),
])
def test_a_speech_noun_reports_its_for_or_to_phrase(sentence, speaker, content):
    q = only(sentence)
    assert speaker in q["speaker"]["text"]
    assert q["content"][0]["text"] == content


def test_a_date_after_the_cue_is_no_content():
    assert quotes("The bishop spoke on Sunday.") == []
    q = only("The bishop spoke on Sunday about the parish closures.")
    assert q["content"][0]["text"] == "about the parish closures"


def test_a_time_phrase_after_a_speech_noun_is_no_content():
    assert quotes("Her remarks on Thursday were short.") == []


def test_a_negative_control_without_a_stance_verb_reports_nothing():
    assert quotes("The ferry left the harbour on Sunday with forty cars.") == []
