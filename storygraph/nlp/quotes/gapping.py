"""Gapping: 'La Lettonie a appelé à durcir les sanctions et l'Estonie à une « réponse ferme »' — a second subject
after 'et' whose verb is left out, its complement opening with the same word as the first report's: the
second subject's own report, by the same cue; the first report ends before 'et'."""
from __future__ import annotations

from ..features import feature
from ..index import token_range
from .context import Context
from .records import Quote
from .speakers import SPEAKING_KINDS, mention_span


def gapped_reports(ctx: Context, quotes: list[Quote]) -> list[Quote]:
    """The reports of the subjects whose verb a coordination leaves out, cutting the report they were read into."""
    tokens = ctx.tokens
    out = []
    for q in quotes:
        if q.type == "direct" or q.cue is None or not q.speakers or len(q.content) != 1:
            continue
        s, e = q.content[0]
        # the report's token range and its words by index: no Span, and no Token for the words passed over
        ij = token_range(ctx.doc, s, e)
        if ij is None or ij[1] - ij[0] < 4:
            continue
        first, end = ij
        lead = ctx.words[first]
        for ti in range(first + 1, end):
            if ctx.words[ti] not in ctx.lex.coordinators_and:
                continue
            k = ti + 1
            while k < end and ctx.pos[k] == "DET":
                k += 1
            n = k
            while n < min(end, k + 4) and n not in ctx.mention_from and ctx.pos[n] in ("NOUN", "ADJ") \
                    and ctx.texts[n].islower():
                n += 1  # a title before the name: 'et le maire Paul Girard de …'
            m = ctx.mention_from.get(n)
            if m is None or m.kind not in SPEAKING_KINDS or m.j >= end or ctx.words[m.j] != lead:
                continue
            if any("Fin" in feature(x, "VerbForm") for x in ctx.doc[m.j:end]):
                continue  # a verb of its own: no gap
            cut = tokens[ti - 1].idx + len(tokens[ti - 1])
            second = tokens[m.j].idx
            marked = any(second - 2 <= mk.cs < e for mk in ctx.marks)
            out.append(Quote("mixed" if marked else "indirect", [(second, e)], q.cue, q.cue_lemma,
                             speakers=[mention_span(ctx, tokens[m.i])], anchor=second))
            q.content = [(s, cut)]
            if q.type == "mixed" and not any(s - 2 <= mk.cs < cut for mk in ctx.marks):
                q.type = "indirect"
            break
    return out
