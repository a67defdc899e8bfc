"""A clause that its conjunction makes a circumstance of the saying ('après que', 'alors que', 'parce que') tells
when or why something was said, not what: it is never a reported clause, nor part of a noun-phrase content. And a
figure in the reported clause is the speaker's, however the parser hung that clause. Sentences written for these
tests, varied by verb, conjunction and order."""
import pytest

from storygraph import analyze

DATE = "2024-03-14"


def contents(text: str) -> list[tuple[str | None, str]]:
    return [(q["speaker_name"], " … ".join(c["text"] for c in q["content"])) for q in analyze(text, date=DATE).quotes]


@pytest.mark.parametrize("text, speaker, content", [
    ("Le Pérou a réclamé des excuses au Chili après que des garde-côtes ont arrêté trois pêcheurs.",
     "Pérou", "des excuses au Chili"),
    ("Le syndicat a dénoncé un plan social alors que le groupe affiche des bénéfices records.",
     "Le syndicat", "un plan social"),
    ("Après que la police a chargé, les manifestants ont réclamé la libération des étudiants.",
     "les manifestants", "la libération des étudiants"),
])
def test_a_circumstance_clause_is_not_what_was_said(text, speaker, content):
    assert contents(text) == [(speaker, content)]


def test_a_circumstance_clause_alone_reports_nothing():
    assert contents("Le gouvernement a réagi parce que des tirs ont blessé deux soldats.") == []


@pytest.mark.parametrize("when", ["la semaine dernière", "mardi", "hier soir"])
def test_a_figure_in_a_clause_read_after_a_time_is_the_speakers(when):
    s = analyze(f"Le gouvernement finlandais a annoncé {when} qu'il consacrerait 300 millions d'euros à ses côtes.",
                date=DATE)
    assert [f["source"] for f in s.figures] == ["Le gouvernement finlandais"]


def test_a_figure_in_a_relative_clause_inside_the_claim_is_mentioned_in_passing():
    s = analyze("Le ministre a déclaré que la consultation à laquelle ont pris part deux millions de votants était libre.",
                date=DATE)
    assert [f["source"] for f in s.figures] == [None]
