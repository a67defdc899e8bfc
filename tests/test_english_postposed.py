"""English reports in wire style: the postposed 'told X', rates written 'per cent', and a second report coordinated
inside the first (sentences written for these tests)."""
import pytest

from storygraph import analyze

english = pytest.mark.english  # skipped when no English model is installed (conftest)


def quotes(text: str) -> list[dict]:
    return analyze(text, date="2025-10-16", lang="en", detect=False).quotes


def said(q: dict) -> str:
    return " | ".join(c["text"] for c in q["content"])


@english
@pytest.mark.parametrize("sentence, content, speaker", [
    ("Crews were still fighting the blaze near the highway, she told reporters.",
     "Crews were still fighting the blaze near the highway", "she"),
    ("The plant will close in June, the company told employees on Monday.",
     "The plant will close in June", "the company"),
    ("Talks with the union had stalled, Labour Minister Dana Price told The Canadian Press.",
     "Talks with the union had stalled", "Dana Price"),
])
def test_a_postposed_tell_reports_the_clause_before_it(sentence, content, speaker):
    told = [q for q in quotes(sentence) if q["cue"] and q["cue"]["text"] == "told"]
    assert len(told) == 1
    assert said(told[0]) == content and told[0]["speaker"]["text"] == speaker


@english
def test_a_postposed_tell_goes_on_after_its_addressee():
    qs = quotes("The talks had stalled, he told The Globe and Mail, but a deal was still possible by spring.")
    assert len(qs) == 1 and said(qs[0]).endswith("a deal was still possible by spring")


@english
@pytest.mark.parametrize("sentence", [
    "The central bank kept its key rate at 2.75 per cent on Wednesday.",
    "Gas prices rose 12 per cent in Ontario last month.",
    "The fare will be three dollars per ride from January.",
    "The bursary can cut costs by a fifth each year per student.",
])
def test_a_rate_after_a_quantity_names_no_source(sentence):
    assert quotes(sentence) == []


@english
def test_per_before_a_name_still_names_the_source():
    qs = quotes("Unemployment rose to 7.1 per cent in August, per Statistics Canada.")
    assert len(qs) == 1 and qs[0]["speaker"]["text"] == "Statistics Canada"
    assert said(qs[0]) == "Unemployment rose to 7.1 per cent in August"


@english
@pytest.mark.parametrize("sentence, first, cue, second", [
    ("The minister confirmed that the request had been received and said aircraft would arrive by Monday.",
     "the request had been received", "said", "aircraft would arrive by Monday"),
    ("The premier admitted that the deficit had grown and said cuts would follow in the spring.",
     "the deficit had grown", "said", "cuts would follow in the spring"),
])
def test_a_report_coordinated_after_the_first_is_the_speakers_next_one(sentence, first, cue, second):
    qs = quotes(sentence)
    assert [said(q) for q in qs] == [first, second]
    assert qs[1]["cue"]["text"] == cue and qs[1]["speaker_name"] == qs[0]["speaker_name"]


@english
@pytest.mark.parametrize("sentence, speakers, first, second", [
    ("Republicans said the agency had mishandled the file, and Democrats accused the party of stalling the inquiry.",
     ["Republicans", "Democrats"], "the agency had mishandled the file", "stalling the inquiry"),
    ("The mayor said the budget was balanced and the auditors criticized the city for hiding the deficit.",
     ["The mayor", "the auditors"], "the budget was balanced", "hiding the deficit"),
    ("Ottawa said the talks were going well, but Alberta's premier accused the government of ignoring the provinces.",
     ["Ottawa", "Alberta's premier"], "the talks were going well", "ignoring the provinces"),
])
def test_another_named_speakers_act_after_the_report_is_a_report_of_its_own(sentence, speakers, first, second):
    qs = quotes(sentence)
    assert [q["speaker"]["text"] for q in qs] == speakers
    assert said(qs[0]) == first and second in said(qs[1])


@english
@pytest.mark.parametrize("sentence, content", [
    ("The minister said after the cabinet meeting she would not seek another term.",
     "she would not seek another term"),
    ("Union leaders said the timing of the layoffs was no accident; they learned of them on Friday.",
     "the timing of the layoffs was no accident"),
    ("However, 40 per cent said the mayor was \"justified\" in closing the rink early.",
     "the mayor was \"justified\" in closing the rink early"),
])
def test_a_reported_clause_the_parse_hung_elsewhere_is_still_reported(sentence, content):
    qs = [q for q in quotes(sentence) if q["cue"] and q["cue"]["text"] == "said"]
    assert len(qs) == 1 and said(qs[0]).endswith(content)


@english
def test_that_after_the_addressee_opens_the_reported_clause():
    qs = quotes("In Winnipeg last week, she told a meeting of Prairie mayors that few towns understood the rules better.")
    assert len(qs) == 1 and said(qs[0]) == "few towns understood the rules better"
    assert qs[0]["speaker"]["text"] == "she"


@english
@pytest.mark.parametrize("sentence, speaker, content", [
    ("Council approved a rapid bus corridor, a project staff say will cut commute times by a third.",
     "staff", "will cut commute times by a third"),
    ("The premier defended the donations, which she said were declared to the ethics commissioner.",
     "she", "were declared to the ethics commissioner"),
])
def test_a_report_in_a_relative_clause_says_what_its_antecedent_does(sentence, speaker, content):
    qs = [q for q in quotes(sentence) if q["cue"] and q["cue"]["text"] in ("say", "said")]
    assert len(qs) == 1 and said(qs[0]) == content and qs[0]["speaker"]["text"].endswith(speaker)


@english
def test_a_relative_clause_without_a_speaker_of_its_own_reports_nothing():
    assert quotes("It is a fraction of the 20 million dollars the campaign spent last year.") == []


@english
@pytest.mark.parametrize("sentence, speaker, content", [
    ("In an email to The Canadian Press, a spokesperson for the minister said the file was under review.",
     "a spokesperson for the minister", "the file was under review"),
    ("In an interview with Radio-Canada, one nurse at a Laval hospital said she had worked three double shifts.",
     "one nurse at a Laval hospital", "she had worked three double shifts"),
])
def test_the_subject_after_an_opening_phrase_speaks(sentence, speaker, content):
    qs = quotes(sentence)
    assert len(qs) == 1 and said(qs[0]) == content and qs[0]["speaker"]["text"] == speaker


@english
def test_that_after_a_time_phrase_opens_the_reported_clause():
    qs = quotes("The senator tweeted in the small hours that the judge was \"biased\".")
    assert len(qs) == 1 and said(qs[0]) == "the judge was \"biased\""


@english
def test_an_as_aside_after_a_comma_inside_the_closing_mark_reports_the_sentence():
    qs = quotes("The only rule left is a \"lawful source of income,\" as a federal memo put it.")
    assert len(qs) == 1 and qs[0]["speaker"]["text"] == "a federal memo"
    assert said(qs[0]).startswith("The only rule left is")


@english
def test_a_quotation_interrupted_by_its_incise_in_one_sentence_is_one_quotation():
    qs = quotes("\"Our plan,\" the minister said, \"is to finish the road by 2027.\"")
    assert len(qs) == 1 and [c["text"] for c in qs[0]["content"]] == ["Our plan,", "is to finish the road by 2027."]
    assert qs[0]["speaker"]["text"] == "the minister"


@english
@pytest.mark.parametrize("sentence, content", [
    ("Though the first merger went smoothly, he said, merging the two hospitals would be much harder.",
     "Though the first merger went smoothly, he said, merging the two hospitals would be much harder"),
    ("The roads were icy, police said, making the rescue slow.", "The roads were icy"),
])
def test_an_incise_inside_the_sentence_reports_both_sides_of_it_when_a_clause_follows(sentence, content):
    qs = [q for q in quotes(sentence) if q["cue"]["text"] == "said"]
    assert len(qs) == 1 and said(qs[0]) == content


@english
def test_a_title_labelled_with_a_poll_reports_its_finding():
    qs = quotes("Poll: Most Voters in the Maritimes Back the New Ferry Subsidy.\n\nThe survey was taken last week.")
    assert len(qs) == 1 and qs[0]["speaker"]["text"] == "Poll" and qs[0]["cue"]["text"] == ":"
    assert said(qs[0]).startswith("Most Voters in the Maritimes")


@english
def test_a_title_label_that_names_no_source_reports_nothing():
    assert quotes("Budget 2025: What Changes for Families This Year.\n\nOttawa tabled its budget on Tuesday.") == []
