"""A passive naming participle with an agent of its own ('qualifié de « … » par X', 'jugé « … » par X'): X says the
marked words, also inside another speaker's report, which then ends with the noun the participle qualifies.
Sentences written for these tests."""
import pytest


@pytest.mark.parametrize("sentence, agent", [
    ("Ce plan, qualifié de « désastre » par les syndicats, sera voté lundi.", "les syndicats"),
    ("Le militant, qualifié de « séparatiste » par les autorités, a été arrêté.", "les autorités"),
    ("Ce délai, jugé « intenable » par les familles, a été prolongé.", "les familles"),
])
def test_the_agent_of_a_naming_participle_says_the_marked_words(analyze, sentence, agent):
    s = analyze(sentence)
    assert [q["speaker"]["text"] for q in s.quotes] == [agent]


@pytest.mark.parametrize("sentence, first, words, agent", [
    ("Le député Marc Leroy a critiqué ce plan qualifié de « désastre » par les syndicats.", "ce plan", "désastre",
     "les syndicats"),
    ("La maire Claire Morin a salué cette réforme jugée « historique » par les agriculteurs.", "cette réforme",
     "historique", "les agriculteurs"),
])
def test_inside_another_report_the_participle_reports_its_agents_words(analyze, sentence, first, words, agent):
    s = analyze(sentence)
    by_text = {q["content"][0]["text"]: q for q in s.quotes}
    assert by_text[first]["type"] == "indirect"
    inner = next(q for q in s.quotes if words in q["content"][0]["text"])
    assert inner["speaker"]["text"] == agent and inner["type"] == "mixed"
