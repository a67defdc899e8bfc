"""English attributions beyond speech verbs: a stance held after 'be', a pro-form for the words, a document named
by 'in', an object and its attribute (sentences written for these tests)."""
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
    ("The archbishop is a staunch opponent of the new law on assisted dying.", "The archbishop",
     "of the new law on assisted dying"),
    ("Ms. Okafor has long been a vocal supporter of the rail link to the airport.", "Okafor",
     "of the rail link to the airport"),
    ("Both mayors were early critics of the toll on the bridge.", "Both mayors", "of the toll on the bridge"),
])
def test_a_holder_noun_after_be_reports_its_of_phrase(sentence, speaker, content):
    q = only(sentence)
    assert speaker in q["speaker"]["text"]
    assert q["content"][0]["text"] == content


def test_a_holder_noun_that_is_not_a_predicate_reports_nothing():
    assert quotes("An opponent of the toll parked his truck across the bridge.") == []


@pytest.mark.parametrize("sentence, speaker, content", [
    ("The coach is determined to keep the squad together next season.", "The coach",
     "keep the squad together next season"),
    ("Many farmers are opposed to the pipeline across their land.", "Many farmers",
     "to the pipeline across their land"),
])
def test_an_adjective_of_resolve_or_opposition_after_be_reports(sentence, speaker, content):
    q = only(sentence)
    assert q["speaker"]["text"] == speaker
    assert content in q["content"][0]["text"]


@pytest.mark.parametrize("sentence, content", [
    ("The opposition leader said as much in a radio interview on Tuesday.", "as much"),
    ("Most tenants praised the landlord, while the auditor said the same of the agency.", "the same"),
    ("Asked about the delays, the minister said much the same thing.", "much the same thing"),
])
def test_a_pro_form_object_is_what_was_said(sentence, content):
    qs = quotes(sentence)
    assert [q["content"][0]["text"] for q in qs][-1] == content


def test_the_same_before_a_noun_is_no_pro_form():
    q = only("The inspector said the same week that the roof had been repaired.")
    assert q["content"][0]["text"] == "the roof had been repaired"


@pytest.mark.parametrize("sentence, speaker, content", [
    ("In the latest provincial poll, the Liberals lead the Conservatives by four points.",
     "the latest provincial poll", "the Liberals lead the Conservatives by four points"),
    ("In its annual survey, conducted in the spring, the housing agency counted fewer empty homes.",
     "its annual survey", "the housing agency counted fewer empty homes"),
    ("Support for the ferry plan fell sharply in a survey of island residents.",
     "a survey of island residents", "Support for the ferry plan fell sharply"),
])
def test_a_document_named_by_in_sources_its_clause(sentence, speaker, content):
    q = only(sentence)
    assert q["speaker"]["text"] == speaker
    assert q["content"][0]["text"] == content


@pytest.mark.parametrize("sentence", [
    "In the spring, the river floods the lower fields.",
    "In order to save money, the council closed two libraries.",
])
def test_in_before_no_document_sources_nothing(sentence):
    assert quotes(sentence) == []


def test_a_speech_verb_in_the_sentence_keeps_the_report():
    q = only("In a statement, the bakery said it would reopen on Friday.")
    assert q["cue"]["text"] == "said" and q["speaker"]["text"] == "the bakery"


@pytest.mark.parametrize("sentence, content", [
    # a past participle as the attribute; the English parse labelling the object a predicate too
    ("The senator called the accusations fabricated.", "the accusations fabricated"),
    ("One of the players called Duval a coward.", "Duval a coward"),
])
def test_an_object_and_its_attribute_are_what_was_said(sentence, content):
    assert only(sentence)["content"][0]["text"] == content


def test_after_as_the_object_is_reported_with_its_attribute():
    q = only("The union leader painted the new director as a stranger to the shop floor.")
    assert q["content"][0]["text"] == "the new director as a stranger to the shop floor"


@pytest.mark.parametrize("sentence, content", [
    ("The challenger attacked the premier over the hospital closures.", "the premier over the hospital closures"),
    ("Early on, the mayor attacked loopholes that let developers skip the levy.",
     "loopholes that let developers skip the levy"),
])
def test_attack_with_a_bare_object_reports(sentence, content):
    assert only(sentence)["content"][0]["text"] == content


@pytest.mark.parametrize("sentence", ["Gunmen attacked a police checkpoint near the border.",
                                      "The drones attacked the port at dawn."])
def test_attack_on_a_place_or_a_force_reports_nothing(sentence):
    assert quotes(sentence) == []


@pytest.mark.parametrize("sentence, speaker, content", [
    ("In her view, the reform came far too late for the miners.", "her", "the reform came far too late for the miners"),
    ("The new curfew is fair in the eyes of most shopkeepers.", "most shopkeepers", "The new curfew is fair"),
    ("Only the oldest clubs are secure in his eyes.", "his", "Only the oldest clubs are secure"),
])
def test_a_holders_view_named_by_in_sources_its_clause(sentence, speaker, content):
    q = only(sentence)
    assert q["speaker"]["text"] == speaker
    assert q["content"][0]["text"] == content


def test_a_view_of_a_place_sources_nothing():
    assert quotes("In the view from the ridge, the lake looked calm.") == []


@pytest.mark.parametrize("sentence, speaker, content", [
    ("Once he has made his point, the chairman is ready to move on.", "the chairman", "move on"),
    ("The port authority signed an agreement to let cruise ships dock at night.", "The port authority",
     "let cruise ships dock at night"),
])
def test_readiness_and_an_agreement_signed_report_their_infinitive(sentence, speaker, content):
    q = [q for q in quotes(sentence) if q["content"][0]["text"] == content]
    assert q and q[0]["speaker"]["text"] == speaker


def test_ignoring_an_issue_is_a_stance():
    q = only("For months the premier has largely ignored the question of rent control.")
    assert q["speaker"]["text"] == "the premier" and q["content"][0]["text"] == "the question of rent control"
