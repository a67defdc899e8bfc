"""English speech data (storygraph/lang/en/speech.json): each family of reporting verbs, speech nouns and
source phrases the table holds is read as a cue (sentences written for these tests)."""
import pytest

from storygraph import analyze

pytestmark = pytest.mark.english  # skipped when no English model is installed (conftest)


def reports(text: str) -> list[tuple[str, str, str]]:
    """(cue, speaker, content) of every quotation found in the text."""
    out = []
    for q in analyze(text, date="2024-05-02", lang="en").quotes:
        out.append(((q.get("cue") or {}).get("text", ""), (q.get("speaker") or {}).get("text", ""),
                    " / ".join(c["text"] for c in q["content"])))
    return out


def assert_report(text: str, cue: str, speaker: str, content: str) -> None:
    found = reports(text)
    assert any(cue in c and speaker in s and content in t for c, s, t in found), found


@pytest.mark.parametrize("sentence, cue, speaker, content", [
    # assertion and admission with a that-clause
    ("The treasurer confessed that the accounts had been falsified for years.", "confessed", "treasurer",
     "the accounts had been falsified"),
    ("Mrs. Ortega underscored that no school would close before June.", "underscored", "Ortega",
     "no school would close"),
    ("The defence lawyer reasoned that a witness so far away could not have seen the car.", "reasoned", "lawyer",
     "a witness so far away"),
    # manner of speaking
    ("The striking drivers yelled that the depot belonged to them.", "yelled", "drivers", "the depot belonged"),
    # a ruling
    ("The appeals court ruled that the county had broken the law.", "ruled", "court", "the county had broken"),
])
def test_reporting_verbs_with_a_that_clause(sentence, cue, speaker, content):
    assert_report(sentence, cue, speaker, content)


@pytest.mark.parametrize("sentence, cue, speaker, content", [
    # criticism and praise of an object
    ("The opposition leader excoriated the budget as a gift to landlords.", "excoriated", "leader", "a gift to landlords"),
    ("Critics assailed the new stadium as a waste of public money.", "assailed", "Critics", "a waste of public money"),
    ("The archbishop extolled the courage of the volunteers.", "extolled", "archbishop", "the courage of the volunteers"),
    # a topic after 'about' / 'on'
    ("The quarterback bragged about his three victories over the champions.", "bragged", "quarterback",
     "his three victories"),
    ("The mayor speculated on the reasons for the closure of the mill.", "speculated", "mayor", "the reasons"),
    ("The actress opened up about her years in the theatre.", "opened up", "actress", "her years in the theatre"),
    # 'for' after a verb of reproach or apology
    ("The hospital apologized for the delays in the emergency ward.", "apologized", "hospital", "the delays"),
])
def test_reporting_verbs_with_an_object_or_a_topic(sentence, cue, speaker, content):
    assert_report(sentence, cue, speaker, content)


@pytest.mark.parametrize("sentence, cue, speaker, content", [
    ("The minister fired back that the figures were out of date.", "fired back", "minister",
     "the figures were out of date"),
    ("The prime minister ruled out a second referendum on the treaty.", "ruled out", "prime minister",
     "a second referendum"),
])
def test_phrasal_reporting_verbs(sentence, cue, speaker, content):
    assert_report(sentence, cue, speaker, content)


@pytest.mark.parametrize("sentence, cue, speaker, content", [
    # the subject of a verb that delivers the noun speaks
    ("The senator made the case that the tax would hurt farmers.", "case", "senator", "the tax would hurt farmers"),
    ("The regulator issued a ruling that the merger could go ahead.", "ruling", "regulator", "the merger could go ahead"),
    ("The union raised questions about the safety of the bridge.", "questions", "union", "the safety of the bridge"),
    # the possessor speaks
    ("The auditors' estimate of the losses ran to millions.", "estimate", "auditors", "the losses"),
    ("The pilot's confession that he had skipped the checks stunned the inquiry.", "confession", "pilot",
     "he had skipped the checks"),
])
def test_speech_nouns_and_the_verbs_that_deliver_them(sentence, cue, speaker, content):
    assert_report(sentence, cue, speaker, content)


@pytest.mark.parametrize("sentence, cue, speaker, content", [
    ("In the opinion of the engineers, the tunnel cannot be reopened this year.", "In the opinion of", "engineers",
     "the tunnel cannot be reopened"),
    ("As stated by the harbour master, no ship may leave before dawn.", "As stated by", "harbour master",
     "no ship may leave"),
    ("By the estimate of the charity, four thousand families lost their homes.", "By the estimate of", "charity",
     "four thousand families lost"),
    ("As reported in the Halifax weekly, the ferry will not sail this summer.", "As reported in", "Halifax weekly",
     "the ferry will not sail"),
    ("The clinic will close its doors at night, as outlined in a memo to the nurses.", "as outlined in", "memo",
     "The clinic will close its doors"),
])
def test_phrases_that_name_a_source_like_according_to(sentence, cue, speaker, content):
    assert_report(sentence, cue, speaker, content)


def test_a_listed_outlet_is_an_actor():
    story = analyze("Yesterday Mediaite and Politifact both checked the figures.", date="2024-05-02", lang="en")
    names = {a.get("name") for a in story.actors}
    assert {"Mediaite", "Politifact"} <= names, names


@pytest.mark.parametrize("sentence, name", [
    ("Assemblywoman Rita Osei said the rail bill would pass in June.", "Rita Osei"),
    ("Councilman Hugo Brandt said the library would stay open on Sundays.", "Hugo Brandt"),
])
def test_a_title_before_a_name_is_left_out_of_the_speaker(sentence, name):
    speakers = [s for _, s, _ in reports(sentence)]
    assert speakers == [name], speakers


@pytest.mark.parametrize("sentence, cue, speaker, content", [
    ("The minister has not said whether the steel plant will close.", "said", "minister", "whether the steel plant"),
    ("The spokesman did not confirm when the talks would resume.", "confirm", "spokesman", "when the talks would resume"),
])
def test_an_indirect_question_after_say_or_confirm(sentence, cue, speaker, content):
    assert_report(sentence, cue, speaker, content)
