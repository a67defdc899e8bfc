"""English: who issues a statement speaks what a participle on that statement reports ('issued a statement
urging …', 'In a letter urging …, the governor …'). Sentences written for these tests."""
import pytest

from storygraph import analyze

english = pytest.mark.english  # skipped when no English model is installed (conftest)


@english
@pytest.mark.parametrize("text, who", [
    ("Late on Friday, the transport union issued a statement calling the closure unlawful.",
     "the transport union"),
    ("The league released a statement urging fans to stay calm.", "The league"),
    ("In a statement announcing its new owner, the bakery chain thanked its staff.", "the bakery chain"),
    ("In a letter urging a recount, the governor thanked the volunteers.", "the governor"),
])
def test_the_issuer_of_a_statement_speaks_its_participle(text, who):
    s = analyze(text, lang="en")
    assert s.quotes and s.quotes[0]["speaker"]["text"] == who, s.quotes
