"""'Le projet a été qualifié d'« irresponsable » par le député X': the quoted attribute of a passive speech verb is
what the agent said, even when the parser hangs 'par X' on the attribute; an attribute in no quotation marks after a
verb of opinion ('considéré comme un allié par X') is no words said. Sentences written for these tests, varied by
verb, marks and agent."""
import pytest


@pytest.mark.parametrize("text, speaker, content", [
    ("Le projet a été qualifié d'« irresponsable » par le député Pierre Morel.", "Pierre Morel", "irresponsable"),
    ("La réforme a été jugée « brutale » par les syndicats.", "les syndicats", "brutale"),
    ("Le budget a été qualifié de « mascarade » par la sénatrice Anne Vidal.", "Anne Vidal", "mascarade"),
])
def test_a_quoted_attribute_is_what_the_agent_said(analyze, text, speaker, content):
    quotes = analyze(text).quotes
    assert len(quotes) == 1
    assert quotes[0]["speaker_name"] == speaker
    assert content in quotes[0]["content"][0]["text"]


def test_an_opinion_held_by_an_agent_is_no_quote(analyze):
    assert analyze("Le pays est considéré comme un allié clé par les États-Unis.").quotes == []
