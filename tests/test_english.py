"""English articles through the same components, reading English data (sentences written for these tests)."""
import pytest

from storygraph import analyze

pytestmark = pytest.mark.english  # skipped when no English model is installed (conftest)


def test_an_english_article_goes_to_the_english_pipeline():
    s = analyze('"We will not back down," said Mary Smith, the mayor of Leeds, on Monday.', date="2024-03-12")
    assert s.lang == "en" and s.ok
    (q,) = s.quotes
    assert (q["type"], q["content"][0]["text"], q["speaker_name"]) == ("direct", "We will not back down,", "Mary Smith")
    assert any(t["text"] == "Monday" and t["value"] == "2024-03-11" for t in s.times)


@pytest.mark.parametrize("verb", ["said", "argued", "warned"])
def test_reported_speech_with_that(verb):
    s = analyze(f"The prime minister, Anne Walker, {verb} that the new budget would be approved next month.",
                date="2024-03-12")
    (q,) = s.quotes
    assert q["type"] == "indirect" and q["content"][0]["text"] == "the new budget would be approved next month"
    assert q["speaker_name"] == "Anne Walker"


def test_according_to_names_the_source():
    s = analyze("According to the ministry, forty-five people were arrested during the protests in the capital.",
                date="2024-03-12")
    (q,) = s.quotes
    assert q["speaker_name"] == "the ministry" and q["cue"]["text"] == "According to"
