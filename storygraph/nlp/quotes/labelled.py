"""Paragraphs labelled with a speaker's name: 'Pat Caddell: Voters worried about …'.
"""
from __future__ import annotations



import re

from ..index import token_range, tokens_in
from ..mentions import fold
from ..paragraphs import paragraph_spans
from .context import Context
from .marks import OPENERS, SPACES, TRIM
from .records import Quote

LABEL = re.compile(r"([^\W\d_][\w'’.-]*(?: [^\W\d_][\w'’.-]*)?):[ \u00a0]")


def labelled_paragraphs(ctx: Context, quotes: list[Quote]) -> list[Quote]:
    """'Pat Caddell: Voters worried about …': a paragraph (a headline, a transcript's turn) that opens with a
    person's name and a colon carries that person's words, unless marks hold them (read as a direct quote)."""
    doc = ctx.doc
    text, out = ctx.text, []
    people = None
    for ps, pe in paragraph_spans(text):
        at = ps
        while at < pe and text[at] in SPACES + '"“':
            at += 1
        first = token_range(doc, at, at + 1)  # the index only: no Span made for every paragraph
        named = ctx.mention_from.get(first[0]) if first is not None else None
        if named is not None and named.kind == "person" and named.start == at and text[named.end:named.end + 1] == ":":
            speaker = (named.start, named.end)
        else:
            if not ctx.lex.headline_reports and any(s <= at < e for s, e in ctx.heads):
                continue  # a headline's words are no one's quotation where the language's news does not count them
            if people is None:
                people = _people(ctx)
            speaker = _known_label(ctx, at, pe, people)
            if speaker is None and ctx.lex.headline_reports and (ps == 0 or any(s <= at < e for s, e in ctx.heads)):
                speaker = _source_label(ctx, at, pe)
            if speaker is None:
                continue
        colon = speaker[1]
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
            if cs <= m.open < ce or ps <= m.open < at:
                m.used = True  # a transcript's turn may open with a mark that no one closes
        out.append(Quote(kind, [(cs, ce)], (colon, colon + 1), ":", speakers=[speaker], anchor=cs))
    return out


def _known_label(ctx: Context, at: int, pe: int, people: set[str]) -> tuple[int, int] | None:
    """'PENCE: …', 'Sanders: …': a label of one or two capitalised words before a colon that the article names as
    a person elsewhere (the surname of 'Mike Pence'), where the parser found no name at the label itself."""
    m = LABEL.match(ctx.text, at, pe)
    if m is None or not all(w[:1].isupper() for w in m.group(1).split()):
        return None
    return (at, m.end(1)) if fold(m.group(1)) in people else None


def _source_label(ctx: Context, at: int, pe: int) -> tuple[int, int] | None:
    """'Poll: Voters …', 'Statistics Canada: Jobless rate …': a headline's label that is a text speaking for its
    authors (the language's document nouns) or an organization the parser named there."""
    m = LABEL.match(ctx.text, at, pe)
    if m is None or not m.group(1)[:1].isupper():
        return None
    if fold(m.group(1)) in ctx.lex.documents:
        return at, m.end(1)
    first = tokens_in(ctx.doc, at, at + 1)
    named = ctx.mention_from.get(first[0].i) if first is not None else None
    if named is not None and named.kind in ("organization", "media") and named.start == at and named.end == m.end(1):
        return at, m.end(1)
    return None


def _people(ctx: Context) -> set[str]:
    """The folded full names and surnames of the article's persons, labels before a colon left out."""
    people = set()
    for n in ctx.doc._.sg_mentions or []:
        if n.kind == "person" and ctx.text[n.end:n.end + 1] != ":":
            words = fold(n.text).split()
            if words:
                people.update((words[-1], " ".join(words)))
    return people
