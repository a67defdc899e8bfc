"""Paragraphs labelled with a speaker's name: 'Pat Caddell: Voters worried about …'.
"""
from __future__ import annotations



from ..index import tokens_in
from ..paragraphs import paragraph_spans
from .context import Context
from .marks import OPENERS, SPACES, TRIM
from .records import Quote


def labelled_paragraphs(ctx: Context, quotes: list[Quote]) -> list[Quote]:
    """'Pat Caddell: Voters worried about …': a paragraph (a headline, a transcript's turn) that opens with a
    person's name and a colon carries that person's words, unless marks hold them (read as a direct quote)."""
    doc = ctx.doc
    text, out = ctx.text, []
    for ps, pe in paragraph_spans(text):
        at = ps
        while at < pe and text[at] in SPACES + '"“':
            at += 1
        first = tokens_in(doc, at, at + 1)
        named = ctx.mention_from.get(first[0].i) if first is not None else None
        if named is None or named.kind != "person" or named.start != at:
            continue
        colon = named.end
        if text[colon:colon + 1] != ":":
            continue
        cs = colon + 1
        while cs < pe and text[cs] in SPACES:
            cs += 1
        ce = pe
        while ce > cs and text[ce - 1] in TRIM + '"':
            ce -= 1
        if ce - cs < 12 or text[cs] in OPENERS or any(q.start < ce and cs < q.content[-1][1] for q in quotes):
            continue
        kind = "mixed" if any(cs <= m.open < ce for m in ctx.marks) else "indirect"
        for m in ctx.marks:
            if cs <= m.open < ce:
                m.used = True
        out.append(Quote(kind, [(cs, ce)], (colon, colon + 1), ":", speakers=[(named.start, named.end)], anchor=cs))
    return out
