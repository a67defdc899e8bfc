"""A second report of the same speaker inside the clause of the first ('…, but she warned of …', '…; he added …',
'…, and urged …') is a quotation of its own with its own cue (sentences written for these tests)."""
import pytest

from storygraph import analyze

english = pytest.mark.english  # skipped when no English model is installed (conftest)


def quotes(text: str, lang: str = "en") -> list[dict]:
    return analyze(text, date="2024-05-02", lang=lang, detect=False).quotes


def said(q: dict) -> str:
    return " | ".join(c["text"] for c in q["content"])


@english
@pytest.mark.parametrize("sentence, first, cue", [
    # a pronoun subject after ', but'
    ("The harbour master said the ferries would run on Sunday, but he warned of long delays at the port.",
     "the ferries would run on Sunday", "warned"),
    # a pronoun subject after a semicolon, a verb with a clause of its own
    ("Ms. Delacroix argued the museum needed a new roof; she added that the council had ignored her letters.",
     "the museum needed a new roof", "added"),
    # a coordinated verb with no subject of its own
    ("The coach said his players were exhausted, and urged the league to shorten the season.",
     "his players were exhausted", "urged"),
    # the speaker's own name as the subject
    ("Hamid Rostami claimed the audit was flawed, but Rostami conceded that two invoices were missing.",
     "the audit was flawed", "conceded"),
])
def test_a_second_report_of_the_same_speaker_ends_the_first(sentence, first, cue):
    qs = quotes(sentence)
    assert len(qs) == 2, [said(q) for q in qs]
    assert said(qs[0]) == first
    assert qs[1]["cue"]["text"] == cue
    assert qs[0]["cue"]["text"] != cue


@english
@pytest.mark.parametrize("sentence, whole", [
    # another person named after ', but' reports nothing here: the clause runs on as the first speaker's words
    ("The treasurer said the fund was solvent, but auditors were still counting the losses.",
     "the fund was solvent, but auditors were still counting the losses"),
    # a verb that reports nothing ('and left') is no second report
    ("The pilot said the runway was icy, and left the briefing early.", None),
])
def test_no_second_report_keeps_the_clause(sentence, whole):
    qs = quotes(sentence)
    assert len(qs) == 1, [said(q) for q in qs]
    if whole is not None:
        assert said(qs[0]) == whole


def test_french_data_leaves_the_mechanism_off():
    from storygraph.nlp.quotes.lexicon import Lexicon
    fr, en = Lexicon("fr"), Lexicon("en")
    assert not fr.second_after_comma and not fr.second_pronouns
    assert en.second_after_comma and en.second_pronouns
