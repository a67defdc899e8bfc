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
    # a pronoun subject after ', but', a verb with a prepositional complement
    ("The harbour master said the ferries would run on Sunday, but he warned of long delays at the port.",
     "the ferries would run on Sunday", "warned"),
    # a pronoun subject after ', and', a verb with an object and its complement
    ("Ms. Tanaka insisted the vote had been fair, and she accused her rivals of spreading rumours.",
     "the vote had been fair", "accused"),
    # a plural pronoun, a to-infinitive
    ("The nurses argued the ward was understaffed, and they urged the hospital to hire more staff.",
     "the ward was understaffed", "urged"),
    # the first report an object and its attribute, the second a refusal
    ("The minister described the tax as temporary, but she refused to set an end date.",
     "the tax as temporary", "refused"),
    # the speaker's own participle after the comma closing a quoted fragment
    ('The mayor called the stadium deal "a gift to the city," praising the owners for their patience.',
     'the stadium deal "a gift to the city,"', "praising"),
    # the speaker's name again as the subject
    ("Chidi Okonkwo said the contract was unfair, but Okonkwo demanded only a modest raise.",
     "the contract was unfair", "demanded"),
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
