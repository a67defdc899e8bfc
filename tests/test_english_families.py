"""English attributions beyond speech: beliefs, intentions, stances, evidence and views held by a named source
(speech.json's verb and noun families), and the senses of the same words that report nothing (sentences
written for these tests)."""
import pytest

from storygraph import analyze

pytestmark = pytest.mark.english  # skipped when no English model is installed (conftest)


def reports(text: str) -> list[tuple[str, str, str]]:
    """(cue, speaker, content) of every quotation found in the text."""
    return [((q.get("cue") or {}).get("text", ""), (q.get("speaker") or {}).get("text", ""),
             " / ".join(c["text"] for c in q["content"]))
            for q in analyze(text, date="2024-05-02", lang="en").quotes]


def assert_report(text: str, cue: str, speaker: str, content: str) -> None:
    found = reports(text)
    assert any(cue in c and speaker in s and content in t for c, s, t in found), found


@pytest.mark.parametrize("sentence, cue, speaker, content", [
    # 'hoped', 'hopes', 'hoping': the English model gives them the lemma 'hop'
    ("The mayor hoped the ferry would sail again by June.", "hoped", "mayor", "the ferry would sail again"),
    ("Ms. Alvarez hopes to open a second clinic in the spring. It would stand next to the station.", "hopes",
     "Alvarez", "open a second clinic"),
    ("The growers are hoping that the frost spares the orchards.", "hoping", "growers", "the frost spares"),
    ("We wish the council would listen to the tenants.", "wish", "We", "the council would listen"),
    ("The board chose to keep the museum open on Sundays.", "chose", "board", "keep the museum open"),
])
def test_hopes_wishes_and_choices_are_held_by_their_subject(sentence, cue, speaker, content):
    assert_report(sentence, cue, speaker, content)


@pytest.mark.parametrize("sentence, content", [
    ("The committee voted to send the bill back to the floor.", "send the bill back"),
    ("Four councillors voted against the new parking fees.", "against the new parking fees"),
    ("The delegates have voted for a shorter working week.", "for a shorter working week"),
])
def test_a_vote_states_its_voters_position(sentence, content):
    assert any(content in t for _, _, t in reports(sentence)), reports(sentence)


@pytest.mark.parametrize("sentence, cue, speaker, content", [
    ("The audit documented a steady rise in unpaid invoices.", "documented", "audit", "a steady rise"),
    ("The inquiry demonstrated that the alarms had been switched off.", "demonstrated", "inquiry",
     "the alarms had been switched off"),
    ("These figures prove that the tram line pays for itself.", "prove", "figures", "the tram line pays"),
    ("Auditors discovered that the pension fund had lost a third of its value.", "discovered", "Auditors",
     "the pension fund had lost"),
    ("Fire investigators determined that the blaze was started on purpose.", "determined", "investigators",
     "the blaze was started"),
    # polls and surveys show what they found as an object too
    ("Two new polls show the governor with a narrow lead.", "show", "polls", "the governor with a narrow lead"),
    ("The census showed a sharp fall in births.", "showed", "census", "a sharp fall in births"),
])
def test_evidence_and_findings_report_what_they_show(sentence, cue, speaker, content):
    assert_report(sentence, cue, speaker, content)


@pytest.mark.parametrize("sentence, cue, speaker, content", [
    ("Many teachers see the new curriculum as a step backwards.", "see", "teachers", "as a step backwards"),
    ("The challenger cast herself as the voice of small farmers.", "cast", "challenger", "as the voice of small farmers"),
    ("The union attacked the pension reform as a gift to the banks.", "attacked", "union", "as a gift to the banks"),
    ("Ms. Okafor openly admires the former coach as a mentor.", "admires", "Okafor", "as a mentor"),
    ("He compared the budget to a house built on sand.", "compared", "He", "the budget to a house built on sand"),
    # 'rated' is lemmatised as 'rat' by the English model
    ("Fire inspectors rated the old hospital as unsafe.", "rated", "inspectors", "as unsafe"),
])
def test_a_view_of_something_as_something_is_held_by_the_subject(sentence, cue, speaker, content):
    assert_report(sentence, cue, speaker, content)


@pytest.mark.parametrize("sentence, cue, speaker, content", [
    ("The party has championed cheaper rail fares for a decade.", "championed", "party", "cheaper rail fares"),
    ("Northern mayors embraced the idea of a regional bank.", "embraced", "mayors", "the idea of a regional bank"),
    ("The clinic has promoted a string of untested diets.", "promoted", "clinic", "a string of untested diets"),
    ("Economists have long debated whether tariffs save jobs.", "debated", "Economists", "whether tariffs save jobs"),
    ("The minister lied about the cost of the new stadium.", "lied", "minister", "about the cost of the new stadium"),
    ("The coach complimented the referee after the final.", "complimented", "coach", "the referee"),
])
def test_stances_and_statements_on_an_object(sentence, cue, speaker, content):
    assert_report(sentence, cue, speaker, content)


@pytest.mark.parametrize("sentence, cue, speaker, content", [
    ("Her determination to finish the tunnel impressed the engineers.", "determination", "Her", "finish the tunnel"),
    ("His fear that the dyke would give way proved right.", "fear", "His", "the dyke would give way"),
    ("The union's willingness to talk surprised the owners.", "willingness", "union", "talk"),
])
def test_a_belief_or_intention_noun_with_its_holder_is_reported(sentence, cue, speaker, content):
    assert_report(sentence, cue, speaker, content)


@pytest.mark.parametrize("sentence", [
    "The decision to close the pool was taken in March.",  # no holder named
    "Rebels attacked the village for three days.",          # an armed attack
    "The pilots hopped on the last train to the coast.",    # 'hop', not 'hope'
    "A new bridge links the island to the mainland.",       # a physical link
    "Sales rose 5 percent in May, compared with a year earlier.",
    "The nurses treated the patient as an outpatient.",
    "The runners showed signs of fatigue after the first lap.",  # behaviour, not evidence
    "The judge showed no mercy to the smugglers.",
])
def test_the_same_words_in_another_sense_report_nothing(sentence):
    assert reports(sentence) == []
