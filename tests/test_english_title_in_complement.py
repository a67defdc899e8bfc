"""English: a name inside a title's 'of' or 'for' complement is whose the speaker is, not who speaks ('the lawyer for
Senator X', 'the wife of President Y', 'the spokesman for the jailed journalist Z'); a title right before the name
still introduces it. Sentences written for these tests, varied by title, preposition and order."""
import pytest

from storygraph import analyze

english = pytest.mark.english  # skipped when no English model is installed (conftest)


def speakers(text: str) -> list[str | None]:
    return [q["speaker_name"] for q in analyze(text, date="2025-10-16", lang="en", detect=False).quotes]


@english
@pytest.mark.parametrize("text, not_the_speaker", [
    ("\"We will appeal,\" said the lawyer for Senator Bob Menendez.", "Bob Menendez"),
    ("\"It is a sham,\" said the spokesman for the jailed journalist Evan Gershkovich.", "Evan Gershkovich"),
    ("The wife of President Joe Biden said she was proud of him.", "Joe Biden"),
    ("The son of Governor Gavin Newsom said he would vote.", "Gavin Newsom"),
])
def test_the_name_in_the_complement_is_not_the_speaker(text, not_the_speaker):
    found = speakers(text)
    assert len(found) == 1 and found[0] and found[0] != not_the_speaker


@english
@pytest.mark.parametrize("text, speaker", [
    ("\"We won,\" said Defense Secretary Lloyd Austin.", "Lloyd Austin"),
    ("\"Fine,\" said the lawyer, Abbe Lowell.", "Abbe Lowell"),
])
def test_a_title_before_the_name_introduces_it(text, speaker):
    assert speakers(text) == [speaker]
