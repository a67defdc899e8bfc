"""The quote rule families called one by one on an article's Context, as the component calls them: who says
(speakers), what is said (clauses), which cue a verb carries (lexicon), and the marks read on the text."""
import pytest

from storygraph.nlp.index import sentence_of
from storygraph.nlp.quotes.clauses import clause_end, que_clause
from storygraph.nlp.quotes.context import Context
from storygraph.nlp.quotes.lexicon import Lexicon, lemma
from storygraph.nlp.quotes.marks import headings, scan_marks
from storygraph.nlp.quotes.speakers import speaker_spans, subject_of


@pytest.fixture(scope="module")
def lex():
    return Lexicon("fr")


@pytest.fixture
def ctx_of(nlp, lex):
    return lambda text: Context.of(nlp(text), lex)


def word(ctx, text):
    return next(t for t in ctx.doc if t.text == text)


def test_the_inverted_subject_after_a_closing_mark_speaks_and_its_title_gives_way_to_the_name(ctx_of, lex):
    ctx = ctx_of("« Nous rouvrirons l'usine avant l'hiver », a promis jeudi la préfète Claire Vidal.")
    v = word(ctx, "promis")
    assert lemma(lex, v) == "promettre"
    subj = subject_of(ctx, v)
    assert [t.text for t in subj] == ["préfète"]
    assert [ctx.text[s:e] for s, e in speaker_spans(ctx, subj)] == ["Claire Vidal"]


def test_the_context_knows_which_tokens_stand_inside_the_marks(ctx_of):
    ctx = ctx_of("« Nous rouvrirons l'usine », a promis la préfète.")
    inside = {ctx.doc[i].text for i in ctx.marked}
    assert {"Nous", "rouvrirons", "usine"} <= inside
    assert not {"promis", "préfète", "«", "»"} & inside
    assert len(ctx.marks) == 1 and not ctx.marks[0].used


def test_a_que_clause_ends_where_the_narrator_goes_on_with_mais(ctx_of, lex):
    ctx = ctx_of("Le syndicat des boulangers estime que la réforme pénalise les apprentis, mais le ministère dément.")
    v = word(ctx, "estime")
    que = que_clause(lex, v)
    assert que is not None and que.text == "que"
    end = clause_end(ctx, que.i + 1, sentence_of(v))
    assert ctx.text[ctx.doc[que.i + 1].idx:end] == "la réforme pénalise les apprentis"
    assert [t.text for t in subject_of(ctx, v)] == ["syndicat"]


def test_a_multiword_cue_and_a_stance_adjective_are_read_as_cues(ctx_of, lex):
    ctx = ctx_of("La direction de l'hôpital a fait savoir qu'aucun lit ne serait fermé.")
    assert lemma(lex, word(ctx, "fait")) == "faire savoir"
    ctx = ctx_of("Les infirmières sont convaincues que le service tiendra.")
    assert lemma(lex, word(ctx, "convaincues")) == "etre convaincu"
    ctx = ctx_of("Les infirmières mangent une pomme.")
    assert lemma(lex, word(ctx, "mangent")) is None


def test_marks_reopened_at_each_paragraph_are_one_passage_and_a_short_title_is_a_heading():
    text = "Titre court\n\nIl a dit : « Un.\n\n« Deux », puis il est parti."
    assert [text[m.cs:m.ce] for m in scan_marks(text)] == ["Un.\n\n« Deux"]
    assert [text[s:e] for s, e in headings(text)] == ["Titre court"]
