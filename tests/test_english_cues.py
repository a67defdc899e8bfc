"""English cue constructions: a comma that opens direct speech, a second speech verb coordinated with the
first, reports headed by a speech noun (sentences written for these tests)."""
import pytest

from storygraph import analyze

pytestmark = pytest.mark.english  # skipped when no English model is installed (conftest)

DATE = "2024-05-02"


def quotes(text: str) -> list[dict]:
    return analyze(text, date=DATE, lang="en").quotes


@pytest.mark.parametrize("sentence, speaker", [
    ('The coach said, "Losing that game taught the players more than any win this season."', "The coach"),
    ('She continued, "For the nurses on night shifts, nothing has changed at all."', "She"),
    ('Later that evening Omar Haddad told reporters, "Working with the new board was harder than I expected."', "Omar Haddad"),
])
def test_a_comma_after_the_cue_opens_direct_speech(sentence, speaker):
    qs = quotes(sentence)
    assert len(qs) == 1, qs
    q = qs[0]
    assert q["type"] == "direct" and q["speaker"]["text"] == speaker
    assert q["content"][0]["text"] == sentence[sentence.index('"') + 1:-1]


def test_a_word_in_marks_after_a_comma_is_no_direct_speech():
    qs = quotes('The critic called the film, "a disaster," and left early.')
    assert all(q["type"] != "direct" for q in qs)


@pytest.mark.parametrize("second", ["and added that it would be reviewed in May", "and said it would be reviewed in May"])
def test_a_second_speech_verb_coordinated_with_the_cue_is_a_second_report(second):
    qs = quotes(f"The minister described the plan as fair, {second}.")
    assert [q["content"][0]["text"] for q in qs][-1] == "it would be reviewed in May"
    assert all("reviewed" not in q["content"][0]["text"] for q in qs[:-1])


def test_a_verb_coordinated_inside_the_report_stays_in_it():
    qs = quotes("Police said the driver fled and hid in a barn.")
    assert [q["content"][0]["text"] for q in qs] == ["the driver fled and hid in a barn"]


@pytest.mark.parametrize("sentence, cue, speaker, content", [
    ("Inspectors doubted the governor's assertion that the dam had been repaired.", "assertion", "governor",
     "the dam had been repaired"),
    ("Her pledge to cut fares by half won the vote in the suburbs.", "pledge", "Her", "cut fares by half"),
    ("The coach's remarks about the referees cost the club a fine.", "remarks", "coach", "about the referees"),
])
def test_a_speech_noun_with_its_speaker_heads_a_report(sentence, cue, speaker, content):
    qs = [q for q in quotes(sentence) if q["cue"]["text"] == cue]
    assert len(qs) == 1, quotes(sentence)
    assert qs[0]["type"] == "indirect" and qs[0]["content"][0]["text"] == content
    assert speaker in qs[0]["speaker"]["text"]


@pytest.mark.parametrize("sentence", [
    "The assertion that the dam had been repaired turned out to be false.",
    "The plan to cut fares by half won the vote in the suburbs.",
])
def test_a_noun_without_a_speaker_or_off_the_list_reports_nothing(sentence):
    assert quotes(sentence) == []


@pytest.mark.parametrize("opening", ['On Sunday’s episode of "Weekend Report," ', 'In an interview on NBC’s "Today," '])
def test_a_programme_named_in_marks_is_no_quotation(opening):
    qs = quotes(f"{opening}the senator said the bill would pass in the autumn.")
    assert [(q["type"], q["content"][0]["text"]) for q in qs] == [("indirect", "the bill would pass in the autumn")]


@pytest.mark.parametrize("sentence, cue", [
    ("The nurses' union lambasted the hospital board as reckless.", "lambasted"),
    ("Councillor Ines Moreau echoed the warning from the fire service.", "echoed"),
    ("The premier unveiled a housing plan for the northern towns.", "unveiled"),
])
def test_verbs_of_public_criticism_and_announcement_report(sentence, cue):
    qs = quotes(sentence)
    assert [q["cue"]["text"] for q in qs] == [cue]


def test_the_subject_of_a_verb_that_delivers_the_noun_speaks():
    qs = [q for q in quotes("The senator made the claim that thousands of ballots had been lost.") if q["cue"]["text"] == "claim"]
    assert len(qs) == 1 and qs[0]["speaker"]["text"] == "The senator"
    assert qs[0]["content"][0]["text"] == "thousands of ballots had been lost"


def test_a_participle_after_a_comma_is_the_speakers_next_report():
    qs = quotes("The health minister said the clinic would close, adding that staff would move to the city hospital.")
    assert [q["content"][0]["text"] for q in qs] == ["the clinic would close", "staff would move to the city hospital"]
    assert all(q["speaker"]["text"] == "The health minister" for q in qs)
