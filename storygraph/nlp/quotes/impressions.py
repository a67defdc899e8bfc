"""Impressions the article gives as its own judgement, with no named source: 'The plan seems too costly'.
"""
from __future__ import annotations

from spacy.tokens import Token

from ..index import dependents
from ..mentions import fold
from .context import Context
from .lexicon import SUBJ_DEPS, lemma
from .marks import TRIM
from .records import Quote

SUBJECTS = (*SUBJ_DEPS, "csubj")
CLAUSE_BREAKS = (",", ";", "(", "—", "–", ":")  # where the judgement ends and the article's own comment begins


def impressions(ctx: Context, quotes: list[Quote]) -> list[Quote]:
    """'<subject> seems <complement>' outside anyone's words: the article's own judgement, a quotation with no
    speaker whose content is the subject and the complement around the cue (the language's `impressions`)."""
    lex, doc, out = ctx.lex, ctx.doc, []
    if not lex.impression_verbs:
        return out
    for v in doc:
        if v.pos_ not in ("VERB", "AUX") or fold(v.lemma_) not in lex.impression_verbs or ctx.inside[v.i]:
            continue
        if any(s <= v.idx < e for q in quotes for s, e in q.content):
            continue  # someone's words already hold the impression
        if any(c.dep_ == "prep" and fold(c.text) in lex.impression_experiencers and c.head.i in (v.i, *(a.i for a in dependents(v)))
               for c in v.subtree):
            continue  # 'seems fair to me': whom it seems so to is a source of its own, not the article
        subj = [c for c in dependents(v) if c.dep_ in SUBJECTS and c.i < v.i]
        after = [c for c in dependents(v) if c.i > v.i and c.dep_ not in ("punct", "cc", "conj") and not c.is_space]
        if len(subj) != 1 or not after or subj[0].lower_ in lex.impression_expletives:
            continue
        if any(c.dep_ == "xcomp" and lemma(lex, c) is not None for c in after):
            continue  # 'the mayor seemed to think …': the subject's own belief, read by the cue rules
        end = max(t.i for c in after for t in c.subtree)
        end = next((t.i - 1 for t in doc[v.i + 1:end + 1] if t.text in CLAUSE_BREAKS), end)  # '…, but not after …'
        pieces = [_span(ctx, min(t.i for t in subj[0].subtree), max(t.i for t in subj[0].subtree)),
                  _span(ctx, after[0].left_edge.i, end) if end >= after[0].left_edge.i else None]
        pieces = [p for p in pieces if p is not None]
        if len(pieces) != 2 or pieces[0][1] > v.idx or any(ctx.inside[t.i] for t in doc[subj[0].left_edge.i:after[-1].right_edge.i + 1]):
            continue
        out.append(Quote("indirect", pieces, (v.idx, v.idx + len(v.text)), fold(v.lemma_), anchor=pieces[0][0]))
    return out


def _span(ctx: Context, i: int, j: int) -> tuple[int, int] | None:
    """The characters of tokens i..j, outer punctuation trimmed."""
    tokens = ctx.tokens
    doc, text = ctx.doc, ctx.text
    a, b = tokens[i].idx, tokens[j].idx + len(tokens[j].text)
    while a < b and (text[a] in TRIM or text[a].isspace()):
        a += 1
    while b > a and (text[b - 1] in TRIM or text[b - 1].isspace()):
        b -= 1
    return (a, b) if b > a else None
