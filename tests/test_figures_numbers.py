"""Figures: where the number patterns start and stop, on the finder alone (no parse needed)."""
import gc

from storygraph.nlp.figures import FigureFinder


def found(text: str) -> list[str]:
    return [text[s:e] for s, e, _, _ in FigureFinder("fr").candidates(text)]


def test_numbers_start_at_a_word_boundary_only():
    # after a letter, a slash or a point a digit opens no number ('A320', the '4' of '3/4', '0.5'); after a space or
    # a bracket it does
    assert found("Le modèle A320 et la page 3/4 restent (12 500 euros) et 0.5.") == ["3", "12 500"]
    assert found("Ils étaient 2,5 millions, puis 40 000.") == ["2,5 millions", "40 000"]


def test_number_words_and_collectives_start_at_a_word_boundary_only():
    # 'vingt' inside 'quatrevingtième' is no number; a capitalised collective is read like a lower-case one
    assert found("Le quatrevingtième jour, Des Dizaines de marcheurs et trois cents autres.") == \
        ["Des Dizaines", "trois cents"]


def test_the_collector_setting_comes_back_after_an_analysis(analyze):
    before = gc.get_threshold()
    analyze("Le maire a annoncé mardi l'ouverture de 3 écoles.")
    assert gc.get_threshold() == before
