"""English speaker mentions and reports inside reports (sentences written for these tests): a relative clause's
cue cites its relative pronoun as the mention, the speaker staying its antecedent; French cites the antecedent."""
import pytest

from storygraph import analyze

english = pytest.mark.english  # skipped when no English model is installed (conftest)

DATE = "2024-05-02"


@english
@pytest.mark.parametrize("sentence, pronoun, name", [
    ("The mayor met Karen Olsen, who said the bridge would close in May.", "who", "Karen Olsen"),
    ("The harbour board, which argued that the fees were too low, lost the vote.", "which", "harbour board"),
    ("Farmers who complained that the rain came late sold their land.", "who", "Farmers"),
])
def test_a_relative_clause_cites_its_pronoun_and_names_its_antecedent(sentence, pronoun, name):
    s = analyze(sentence, date=DATE, lang="en")
    assert len(s.quotes) == 1, s.quotes
    q = s.quotes[0]
    assert q["speaker"]["text"] == pronoun
    assert name.lower() in q["speaker_name"].lower()


@english
def test_a_main_clause_subject_stays_the_mention():
    s = analyze("Karen Olsen, the port director, said the bridge would close in May.", date=DATE, lang="en")
    assert s.quotes[0]["speaker"]["text"] == "Karen Olsen"


def test_french_cites_the_antecedent_of_qui():
    s = analyze("Le maire a reçu Karine Olsen, qui a affirmé que le pont fermerait en mai.", date=DATE, lang="fr")
    spoken = [q for q in s.quotes if "pont" in q["content"][0]["text"]]
    assert spoken and spoken[0]["speaker"]["text"] == "Karine Olsen"


@english
@pytest.mark.parametrize("sentence", [
    "Crews had warned the dam would fail, a county engineer said.",
    "A county engineer said crews had warned that the dam would fail.",
])
def test_a_report_inside_another_report_is_the_outer_speakers_words(sentence):
    s = analyze(sentence, date=DATE, lang="en")
    assert len(s.quotes) == 1, s.quotes
    assert s.quotes[0]["speaker"]["text"].lower() == "a county engineer"


@english
def test_the_incise_may_hold_a_report_of_its_own_between_the_two_passages():
    s = analyze('"The levee held," said Maria Lindqvist, speaking of the spring floods. "We were lucky."',
                date=DATE, lang="en")
    joined = [q for q in s.quotes if q["type"] == "direct"]
    assert len(joined) == 1
    assert [c["text"] for c in joined[0]["content"]] == ["The levee held,", "We were lucky."]
    assert joined[0]["speaker"]["text"] == "Maria Lindqvist"


@english
def test_a_speaker_with_an_apposition_after_the_closing_mark_names_the_quotation():
    # the parse may hang the closing mark on the subject's phrase: it is no word of the speaker's name
    s = analyze('"We have no water left in the wells," Omar K. Reyes, a farmer near the river, told a reporter. '
                '"The crops are gone."', date=DATE, lang="en")
    direct = [q for q in s.quotes if q["type"] == "direct"]
    assert len(direct) == 1, s.quotes
    assert direct[0]["cue"]["text"] == "told" and direct[0]["speaker"]["text"] == "Omar K. Reyes"
    assert [c["text"] for c in direct[0]["content"]] == ["We have no water left in the wells,", "The crops are gone."]


@english
@pytest.mark.parametrize("sentence", [
    "The appeal will be heard in the spring.",
    "Sirens were heard across the valley.",
    "A new curfew was announced.",
])
def test_a_passive_with_neither_agent_nor_complement_reports_nothing(sentence):
    assert analyze(sentence, date=DATE, lang="en").quotes == []


@english
@pytest.mark.parametrize("sentence, said", [
    ("The bridge plan was criticized by the auditors.", "bridge plan"),
    ("The port director was accused of hiding the losses.", "hiding the losses"),
    ("It was announced that the ferry would stop in June.", "ferry would stop"),
])
def test_a_passive_with_an_agent_a_complement_or_a_clause_still_reports(sentence, said):
    qs = analyze(sentence, date=DATE, lang="en").quotes
    assert len(qs) == 1 and said in " ".join(c["text"] for c in qs[0]["content"])


@english
@pytest.mark.parametrize("sentence, speaker", [
    ("Dana Whitfield, who served as harbour master from 2009 until last spring, said Oslo reached out to the port.",
     "Dana Whitfield"),
    ("Tomas Berg, who chairs the ferry board, said Lindqvist had signed the lease in March.", "Tomas Berg"),
])
def test_a_relative_clause_on_the_subject_is_no_reported_clause_before_an_incise(sentence, speaker):
    # '…, said X' after a comma may be an incise, but not when the comma closes the subject's relative clause
    qs = analyze(sentence, date=DATE, lang="en").quotes
    assert len(qs) == 1 and qs[0]["speaker"]["text"] == speaker


@english
@pytest.mark.parametrize("sentence, pronoun", [
    ("Port officials said they were concerned that smugglers may try new routes.", "they"),
    ("The ferry crews met on Monday. After the storm, they were sure the dock was safe.", "they"),
])
def test_a_pronoun_beginning_with_t_keeps_all_its_letters(sentence, pronoun):
    spans = [q["speaker"]["text"] for q in analyze(sentence, date=DATE, lang="en").quotes if q["speaker"]]
    assert pronoun in spans and "hey" not in spans
