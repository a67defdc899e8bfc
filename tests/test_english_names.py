"""English names after titles, and the English model's entity labels read in the common scheme (sentences
written for these tests)."""
import pytest

from storygraph import analyze

pytestmark = pytest.mark.english  # skipped when no English model is installed (conftest)


def person(text: str, name: str) -> dict:
    s = analyze(text, date="2024-06-03", lang="en")
    found = [a for a in s.actors if a["name"] == name]
    assert found, [a["name"] for a in s.actors]
    return found[0]


@pytest.mark.parametrize("text, name, title", [
    ("Secretary of State Antony Blinken said that the talks would resume in June.", "Antony Blinken", "Secretary of State"),
    ("On Tuesday, Defense Secretary Lloyd Austin announced that more troops would be sent.", "Lloyd Austin", "Defense Secretary"),
    ("Senator Mark Kelly warned that the water deal was fragile.", "Mark Kelly", "Senator"),
])
def test_a_title_before_a_name_is_a_description(text, name, title):
    a = person(text, name)
    assert a["kind"] == "person"
    assert title in [d["text"] for d in a["descriptions"]]


def test_the_speaker_of_a_titled_name_is_the_person():
    s = analyze("Secretary of State Antony Blinken said that the ceasefire would hold.", date="2024-06-03", lang="en")
    (q,) = s.quotes
    assert q["speaker_name"] == "Antony Blinken"


def test_a_capitalised_word_that_is_no_title_stays_in_the_name():
    # 'Grace' opens the name: no title is taken off it
    a = person("Grace Meng said that the bill would pass.", "Grace Meng")
    assert a["descriptions"] == []


def test_a_person_entity_of_one_word_is_a_person():
    # the English model labels people PERSON: read as the components' PER, a lone surname is a person
    s = analyze("Obama said that the law had worked. Obama then left for Chicago.", date="2024-06-03", lang="en")
    assert any(a["name"] == "Obama" and a["kind"] == "person" for a in s.actors)
