"""English quotations whose words come first: doubled marks ('' … '') after a full stop, and a source that
closes the sentence with a time or manner phrase of several words (sentences written for these tests)."""
import pytest

from storygraph import analyze

english = pytest.mark.english  # skipped when no English model is installed (conftest)

DATE = "2024-05-02"


def pieces(q: dict) -> list[str]:
    return [c["text"] for c in q["content"]]


@english
@pytest.mark.parametrize("text, words, speaker", [
    ("The family is leaning toward the cheaper school. ''If you can get into the costly one, you can do well "
     "anywhere,'' Mr. Lomax said.",
     "If you can get into the costly one, you can do well anywhere,", "Mr. Lomax"),
    ("The senator spoke for an hour. ''We will not back down on this bill,'' said Ms. Hollis, a Democrat.",
     "We will not back down on this bill,", "Ms. Hollis"),
])
def test_doubled_marks_after_a_full_stop_hold_direct_words(text, words, speaker):
    s = analyze(text, date=DATE, lang="en")
    direct = [q for q in s.quotes if q["type"] == "direct"]
    assert [pieces(q) for q in direct] == [[words]], s.quotes
    assert direct[0]["speaker"]["text"] in speaker and direct[0]["speaker"]["text"]


@english
@pytest.mark.parametrize("text, words, speaker", [
    ("The mayor's decision is an insult to every fisherman in town, local union leaders said Friday afternoon, "
     "as they gathered outside city hall.",
     "The mayor's decision is an insult to every fisherman in town", "local union leaders"),
    ("The new rules will hurt small farms, two growers said last week.", "The new rules will hurt small farms",
     "two growers"),
])
def test_a_source_after_the_words_may_end_on_a_phrase_of_time(text, words, speaker):
    s = analyze(text, date=DATE, lang="en")
    assert [pieces(q) for q in s.quotes] == [[words]], s.quotes
    assert s.quotes[0]["speaker"]["text"] == speaker
