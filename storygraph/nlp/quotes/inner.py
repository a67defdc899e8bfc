"""Whole sentences in marks that a mixed quotation took in: 'La ministre a annoncé la fermeture, « Ce fut une décision
difficile », a-t-elle précisé', '…, qui a lancé « Nous ne partirons pas »'. French news gold counts the quoted
sentence as a direct quotation of its own (`speech.json`'s `sentences_in_mixed`)."""
from __future__ import annotations

from ..features import feature
from ..index import tokens_in
from .context import Context
from .lexicon import lemma
from .marks import OPENERS, SPACES
from .records import Quote
from .speakers import speaker_spans, subject_of

OPENING = SPACES + '"' + "".join(OPENERS)  # what may stand between a quotation's start and marks that open it
MIN_WORDS = 4  # fewer words in marks are a phrase the writer borrowed, not a sentence the speaker said


def sentences_in_mixed(ctx: Context, quotes: list[Quote]) -> list[Quote]:
    """A direct quotation for each whole sentence in marks (a capital, a finite verb) inside a mixed quotation's
    words, after their start (marks that open the words are the speaker's sentence going on: '« … » en Hongrie, a
    dit X'); its speaker is the subject of the last speech verb between the mixed quotation's cue and the marks
    ('…, qui avait déclaré « … »'), else the mixed quotation's."""
    doc, text, lex = ctx.doc, ctx.text, ctx.lex
    out = []
    for m in ctx.marks:
        body = text[m.cs:m.ce]
        if len(body.split()) < MIN_WORDS or not body[:1].isupper():
            continue
        host = next((q for q in quotes if q.type == "mixed" and any(s <= m.cs < e for s, e in q.content)), None)
        if host is None or text[host.content[0][0]:m.open].strip(OPENING) == "":
            continue
        if any(q.type == "direct" and any(s <= m.cs < e for s, e in q.content) for q in quotes):
            continue
        span = tokens_in(doc, m.cs, m.ce)
        if span is None or not any("Fin" in feature(t, "VerbForm") for t in span):
            continue
        lo = host.cue[1] if host.cue is not None and host.cue[1] <= m.open else host.content[0][0]
        near = None
        for v in tokens_in(doc, lo, m.open) or []:
            if v.pos_ == "VERB" and lemma(lex, v) is not None:
                near = v
        spk = subject_of(ctx, near) if near is not None else []
        if spk:
            out.append(Quote("direct", [(m.cs, m.ce)], (near.idx, near.idx + len(near.text)), lemma(lex, near),
                             speakers=speaker_spans(ctx, spk), anchor=m.cs))
        else:
            out.append(Quote("direct", [(m.cs, m.ce)], host.cue, host.cue_lemma, speakers=list(host.speakers),
                             anchor=m.cs))
    return out
