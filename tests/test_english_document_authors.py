"""English: who issues a statement speaks what a participle on that statement reports ('issued a statement calling
…', 'In a statement announcing …, the union …'). Sentences written for these tests."""
import pytest

from storygraph import analyze

english = pytest.mark.english  # skipped when no English model is installed (conftest)


@english
@pytest.mark.parametrize("text, who", [
    ("After a short meeting, the council issued a statement calling the vote a clear breach of the rules.",
     "the council"),
    ("The league released a statement urging fans to stay calm.", "The league"),
    ("In a statement announcing the deal, the company praised its workers.", "the company"),
    ("In a letter urging a recount, the governor thanked the volunteers.", "the governor"),
])
def test_the_issuer_of_a_statement_speaks_its_participle(text, who):
    s = analyze(text, lang="en")
    assert s.quotes and s.quotes[0]["speaker"]["text"] == who, s.quotes
