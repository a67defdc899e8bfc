"""An incise whose auxiliary and participle a turn phrase splits ('», a de son côté déclaré X', '», a pour sa part
estimé la ministre X') is a cue with its inverted subject: the quotation is X's, not the previous speaker's
carried over; so is an incise an adverbial phrase splits ('», a de nouveau affirmé X'), even where the parser reads
its auxiliary as an adverb. The phrases are data (speech.json 'interposed', 'adverbial_phrases', 'adverbial_de').
Sentences written for these tests, varied by phrase, verb, subject and what stands before it."""
import pytest

from storygraph import analyze

BEFORE = "Marc Petit a parlé lundi. « Le projet reste sur la table », "


@pytest.mark.parametrize("incise", [
    "a de nouveau affirmé Claire Dubois.",
    "a une nouvelle fois dénoncé Claire Dubois.",
    "a par ailleurs indiqué Claire Dubois.",
    "a à son tour estimé Claire Dubois.",
    "a en outre précisé Claire Dubois.",
])
def test_an_adverbial_phrase_inside_the_incise_keeps_its_subject(incise):
    # the parser often breaks these verb groups (the auxiliary read as an adverb); the words still make the incise
    quotes = analyze(BEFORE + incise, date="2024-03-14").quotes
    assert [q["speaker_name"] for q in quotes] == ["Claire Dubois"]


@pytest.mark.parametrize("incise, speaker", [
    ("a de son côté déclaré Claire Dubois.", "Claire Dubois"),
    ("a de son côté déclaré à l'AFP Claire Dubois.", "Claire Dubois"),
    ("a pour sa part estimé Claire Dubois.", "Claire Dubois"),
    ("a quant à elle affirmé Claire Dubois.", "Claire Dubois"),
    ("a pour sa part jugé la ministre Anne Ruiz.", "Anne Ruiz"),
    ("a elle aussi déclaré la ministre Anne Ruiz.", "Anne Ruiz"),
])
def test_a_turn_phrase_inside_the_incise_keeps_its_subject(incise, speaker):
    quotes = analyze(BEFORE + incise, date="2024-03-14").quotes
    assert [q["speaker_name"] for q in quotes] == [speaker]
    assert quotes[0]["cue"]["text"].startswith("a ")
