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


@pytest.mark.parametrize("sentence, speaker, content", [
    ("The growers are frustrated that the co-op cut its prices.", "The growers", "the co-op cut its prices"),
    ("The coach was coy about his choice of goalkeeper.", "The coach", "about his choice of goalkeeper"),
    ("Ms. Lund is bearish on tin prices.", "Lund", "on tin prices"),
])
def test_a_stance_adjective_after_be_reports(sentence, speaker, content):
    q = only(sentence)
    assert speaker in q["speaker"]["text"]
    assert q["content"][0]["text"] == content


@pytest.mark.parametrize("sentence, speaker, content", [
    ("The inspectors will demand more records from the builder.", "The inspectors", "more records from the builder"),
    ("The league would like to open a second pitch next spring.", "The league", "open a second pitch"),
])
def test_a_report_under_a_modal_is_still_attributed(sentence, speaker, content):
    q = only(sentence)
    assert q["speaker"]["text"] == speaker
    assert content in q["content"][0]["text"]


def test_an_as_clause_cue_with_its_own_phrase_reports_that_phrase_not_the_sentence():
    q = only("As the abbot talked about repairing the cloister, the monks nodded.")
    assert q["content"][0]["text"] == "about repairing the cloister"
    aside = only("The cloister, as the abbot noted, is older than the church.")
    assert [c["text"] for c in aside["content"]] == ["The cloister", "is older than the church"]


def test_a_speech_noun_takes_its_source_from_a_named_body_or_a_governing_subject():
    q = only("Critics mocked the Pentagon claim that the strike was precise.")
    assert q["speaker"]["text"] == "Pentagon" and q["cue"]["text"] == "claim"
    assert q["content"][0]["text"] == "the strike was precise"
    case = only("The builder rushed to make a case that the tower was sound.")
    assert case["speaker"]["text"] == "The builder"
    assert case["content"][0]["text"] == "the tower was sound"


def test_citing_an_example_is_a_report():
    q = only("The senator cited the example of the northern ports.")
    assert q["content"][0]["text"] == "the example of the northern ports"


def test_a_peoples_adjective_holds_the_stance_its_noun_names():
    q = only("Talks stalled over the Danish reluctance to share the costs.")
    assert q["speaker"]["text"] == "Danish" and q["content"][0]["text"] == "share the costs"


def test_an_attribute_the_parser_takes_for_a_second_object_is_read():
    q = only('The union branded the contract a "betrayal of every member."')
    assert q["content"][0]["text"].startswith("the contract a")


def test_the_object_after_a_date_is_what_was_announced():
    q = only("The ministry announced on Tuesday the closure of two clinics in the north.")
    assert q["content"][0]["text"] == "the closure of two clinics in the north"


@pytest.mark.parametrize("sentence, speaker, content", [
    ("The board didn't know whether to sell the club.", "The board", "whether to sell the club"),
    ("Parents were not sure whether the gym would reopen.", "Parents", "whether the gym would reopen"),
    ("Dairy farmers want higher milk prices.", "Dairy farmers", "higher milk prices"),
])
def test_knowledge_doubt_and_wants_are_attributed(sentence, speaker, content):
    q = only(sentence)
    assert q["speaker"]["text"] == speaker
    assert q["content"][0]["text"] == content


def test_a_passive_blame_reports_its_subject_and_its_for_phrase():
    q = only("Rangers have often been blamed for the spread of the fire.")
    assert [c["text"] for c in q["content"]] == ["Rangers", "for the spread of the fire"]
    assert q["speaker"] is None


@pytest.mark.parametrize("sentence, speaker, content", [
    ('The harbour master calls their ferry "a floating hazard."', "The harbour master", 'their ferry "a floating hazard."'),
    ('Ms. Dube called his proposal "a fantasy" on Monday.', "Dube", 'his proposal "a fantasy" on Monday'),
])
def test_an_object_opened_by_a_possessive_and_its_quoted_attribute(sentence, speaker, content):
    q = only(sentence)
    assert speaker in q["speaker"]["text"] and " | ".join(c["text"] for c in q["content"]) == content
