"""English possessives ('his', 'her', 'its', 'their') take up their possessor: the parser labels them 'poss', and
'his' and 'her' say a man's or a woman's, so they stand for a person of that gender, never a state or a body
named nearer; 'its' for no person. Sentences written for these tests."""
import pytest

from story_lookup import possessor
from storygraph import analyze

pytestmark = pytest.mark.english  # skipped when no English model is installed (conftest)


@pytest.mark.parametrize("text, word, expected", [
    ("Senator John Miller was arrested in Copenhagen on Monday. Denmark has refused his release.", "his", "John Miller"),
    ("Mary Stone met John Miller in Paris on Friday. Her aide said the talks went well.", "Her", "Mary Stone"),
    ("John Miller met Mary Stone in Paris on Friday. He praised her courage.", "her", "Mary Stone"),
    ("Mary Stone met John Miller in Paris. The State Department welcomed his visit.", "his", "John Miller"),
])
def test_a_gendered_possessive_is_a_person_of_that_gender(text, word, expected):
    assert possessor(text, word, "en") == expected


def test_its_is_no_person():
    assert possessor("Senator John Miller criticized the Pentagon for its budget.", "its", "en") == "Pentagon"


def test_a_possessive_inside_a_speaker_phrase_is_not_the_speaker():
    s = analyze("Critics attacked Senator John Miller. Many of his voters think the vote was fair.",
                date="2016-09-30", lang="en")
    q = next(q for q in s.quotes if q["speaker"] and q["speaker"]["text"] == "Many of his voters")
    assert q["speaker_name"] == "Many of his voters"
