"""An English quotation interrupted by its incise ('"A," she said. "B."') is one quotation in pieces; French
keeps the second pair of marks as a quotation of its own (sentences written for these tests)."""
import pytest

from storygraph import analyze

english = pytest.mark.english  # skipped when no English model is installed (conftest)

DATE = "2024-05-02"


def pieces(q: dict) -> list[str]:
    return [c["text"] for c in q["content"]]


@english
@pytest.mark.parametrize("incise", ["the fire chief said", "said the fire chief", "the fire chief told reporters on Monday"])
def test_the_words_after_the_incise_are_the_same_quotation(incise):
    s = analyze(f'"We lost two trucks and nobody was hurt," {incise}. "The crews did everything right."',
                date=DATE, lang="en")
    assert len(s.quotes) == 1, s.quotes
    q = s.quotes[0]
    assert pieces(q) == ["We lost two trucks and nobody was hurt,", "The crews did everything right."]
    assert q["speaker"]["text"] == "the fire chief" and q["cue"] is not None


@english
def test_a_run_of_passages_after_the_incise_joins_one_by_one():
    s = analyze('"It is over," Anna Reyes said. "We go home tomorrow." "I will miss the team."', date=DATE, lang="en")
    assert [pieces(q) for q in s.quotes] == [["It is over,", "We go home tomorrow.", "I will miss the team."]]
    assert s.quotes[0]["speaker"]["text"] == "Anna Reyes"


@english
def test_a_new_cue_after_the_second_passage_keeps_two_quotations():
    s = analyze('"Prices will fall," the minister said. "Not this year," her deputy replied.', date=DATE, lang="en")
    assert [pieces(q) for q in s.quotes] == [["Prices will fall,"], ["Not this year,"]]


@english
def test_narration_between_the_passages_keeps_them_apart():
    s = analyze('"The vote is tomorrow," Paul Okafor said. The hall emptied slowly. '
                '"Nobody wants another delay," a clerk whispered.', date=DATE, lang="en")
    assert all(len(q["content"]) == 1 for q in s.quotes)


@english
def test_a_term_in_marks_later_in_the_sentence_is_not_a_second_piece():
    s = analyze('"Are you ready?" she asked, and the crowd cheered as the mayor spoke about "the new deal" for the port.',
                date=DATE, lang="en")
    assert all("the new deal" not in pieces(q) for q in s.quotes if "Are you ready?" in pieces(q))


@english
def test_a_second_paragraph_is_not_joined():
    s = analyze('"We will appeal," the lawyer said.\n\n"The judge ignored the evidence."', date=DATE, lang="en")
    assert all(len(q["content"]) == 1 for q in s.quotes)


def test_french_keeps_the_second_pair_of_marks_as_its_own_quotation():
    s = analyze("« Nous avons perdu deux camions », a expliqué le chef des pompiers. « Personne n'a été blessé. »",
                date=DATE, lang="fr")
    assert [pieces(q) for q in s.quotes] == [["Nous avons perdu deux camions"], ["Personne n'a été blessé."]]


@english
@pytest.mark.parametrize("first", [
    "The harbour may stay shut until May, the mayor said.",
    'The repairs are "far behind schedule," says Lena Fisk, head of the pilots union.',
])
def test_a_passage_after_a_report_and_its_incise_goes_on_with_that_report(first):
    s = analyze(f'{first} "We cannot risk another accident."', date=DATE, lang="en")
    assert len(s.quotes) == 1, s.quotes
    q = s.quotes[0]
    assert q["type"] == "mixed" and q["content"][-1]["text"] == "We cannot risk another accident."


@english
def test_a_passage_after_a_report_and_narration_stays_apart():
    s = analyze('The harbour may stay shut until May, the mayor said. The crews went home. "We cannot risk it."',
                date=DATE, lang="en")
    assert all(len(q["content"]) == 1 for q in s.quotes)


@english
def test_a_report_inside_the_first_passage_does_not_keep_the_pieces_apart():
    s = analyze("''This harbour tells the story that a town lived from the sea for centuries,'' the mayor declared. "
                "''It will stay open.''", date=DATE, lang="en")
    joined = [q for q in s.quotes if q["type"] == "direct"]
    assert len(joined) == 1 and len(joined[0]["content"]) == 2
    assert joined[0]["speaker"]["text"] == "the mayor"
