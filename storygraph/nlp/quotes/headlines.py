"""Reports in title-case headlines, which the parser misreads: 'Senator Slams Water Plan As ‘Reckless’',
'Water Rules Hurt Small Farms, Former Auditor Says'.
"""
from __future__ import annotations

from spacy.tokens import Span, Token

from ..index import tokens_in
from ..mentions import fold
from ..paragraphs import paragraph_spans
from .context import Context
from .marks import TRIM
from .records import Quote


def title_case_headlines(ctx: Context, quotes: list[Quote]) -> list[Quote]:
    """A headline no report was found in, read as 'Speaker Verb Content' or 'Content, Speaker Says': the
    speaker is the run of capitalised words before (or after the last comma and before) a listed speech verb."""
    lex, text, out = ctx.lex, ctx.text, []
    if not lex.headline_speaker_words:
        return out
    for ps, pe in paragraph_spans(text):
        if not (ps == 0 or any(s <= ps < e for s, e in ctx.heads)):
            continue
        while pe > ps and text[pe - 1] in TRIM + '"':
            pe -= 1
        toks = tokens_in(ctx.doc, ps, pe)
        if toks is None or any(q.start < pe and ps < q.content[-1][1] for q in quotes):
            continue
        found = _postposed(ctx, toks) or _opening(ctx, toks)
        if found is None:
            continue
        (cs, ce), speaker, verb = found
        if ce - cs < 12:
            continue
        inside = [m for m in ctx.marks if cs <= m.open < ce]
        kind = "mixed" if inside else "indirect"
        for m in inside:
            m.used = True
        cue = (verb.idx, verb.idx + len(verb.text))
        out.append(Quote(kind, [(cs, ce)], cue, _base(ctx, verb), speakers=[speaker], anchor=cs))
    return out


def _base(ctx: Context, tok: Token) -> str | None:
    """The listed speech verb a capitalised headline word is a form of ('Slams' → 'slam'), or None; the bare
    lemma only after a plural ('Lawmakers Rip'), as the verb agrees ('Washington Post' is no report)."""
    tokens = ctx.tokens
    if not tok.text[:1].isupper() or not tok.is_alpha:
        return None
    low, ends = fold(tok.text), ctx.lex.headline_endings
    plural = tok.i > 0 and fold(tokens[tok.i - 1].text).endswith(ends)
    for form in [low] * plural + [low[:-len(e)] for e in ends if low.endswith(e) and len(low) > len(e) + 1]:
        if form in ctx.lex.verbs:
            return form
    return None


def _capitalised(toks: Span) -> bool:
    """Every word of the run starts with a capital letter (a name, a title, a group)."""
    return len(toks) > 0 and all(t.text[:1].isupper() or t.is_punct and t.text in ".-’'" for t in toks)


def _opening(ctx: Context, toks: Span) -> tuple[tuple[int, int], tuple[int, int], Token] | None:
    """'Senator Slams Water Plan': the first capitalised speech verb after one to a few capitalised words."""
    for k in range(1, min(len(toks) - 1, ctx.lex.headline_speaker_words + 1)):
        if not _capitalised(toks[:k]):
            return None
        v = toks[k]
        nxt = toks[k + 1].text[:1]
        if (nxt.isupper() or not nxt.isalpha()) and _base(ctx, v) is not None and not _verb_after(toks, v):
            cs = toks[k + 1].idx
            return (cs, toks[-1].idx + len(toks[-1].text)), (toks[0].idx, toks[k - 1].idx + len(toks[k - 1].text)), v
    return None


def _postposed(ctx: Context, toks: Span) -> tuple[tuple[int, int], tuple[int, int], Token] | None:
    """'Water Rules Hurt Small Farms, Former Auditor Says': the capitalised words after the last comma speak."""
    tokens = ctx.tokens
    v = toks[-1]
    if fold(v.text) not in ctx.lex.headline_postposed or not v.text[:1].isupper():
        return None
    commas = [t.i for t in toks if t.text == ","]
    if not commas:
        return None
    c = commas[-1]
    doc = toks.doc
    run = doc[c + 1:v.i]
    if not 0 < len(run) <= ctx.lex.headline_speaker_words or not _capitalised(run) or c <= toks.start:
        return None
    return (toks[0].idx, tokens[c - 1].idx + len(tokens[c - 1].text)), (run[0].idx, run[-1].idx + len(run[-1].text)), v


def _verb_after(toks: Span, v: Token) -> bool:
    """'Harbour Dredging Plans Face Delay': the parser found the headline's verb further on, the word is a noun."""
    return any(t.i > v.i and t.dep_ == "ROOT" and t.pos_ == "VERB" for t in toks)
