"""Reports headed by a speech noun: 'the mayor's claim that the bridge is safe', 'his promise to resign',
'her comments about the budget', 'a warning from the union that …'.

The noun is the cue, its possessor (or the agent after 'by'/'from') the speaker, and the complement the
noun takes (a that-clause, a to-infinitive, an 'about'/'of' phrase) what was said. Which nouns and which
complements come from `speech.json`'s `speech_nouns` (read into `lexicon.NounCues`), with the frame names of the verb table; a noun
with no speaker named next to it reports nothing (a claim nobody made is no quotation).
"""
from __future__ import annotations

from spacy.tokens import Doc, Token

from ..index import dependents, nouns, table, text_of
from ..mentions import fold
from .complements import dated
from .context import Context
from .lexicon import NounCues
from .records import Quote
from .speakers import SPEAKING_KINDS as SOURCE_KINDS, speaker_spans

PREPOSITION_FRAMES = ("sur", "de-np", "pour", "contre", "a")
TRIM = " \t\n\u00a0\u202f\u2009.,;:–—-…"


def speaker(cues: NounCues, noun: Token, mention_at: dict | None = None) -> Token | None:
    """The source tied to the noun: its possessor ('Trump's claim', 'his promise'), its agent ('a
    warning from the union') or the subject of a verb that delivers it ('she made the claim that …')."""
    for c in dependents(noun):
        if c.dep_ == "poss" and c.pos_ in ("PROPN", "NOUN", "PRON"):
            return c
    for c in dependents(noun):
        if c.dep_ == "prep" and fold(c.text) in cues.agents:
            obj = next((o for o in dependents(c) if o.dep_ == "pobj" and o.pos_ in ("PROPN", "NOUN", "PRON")), None)
            if obj is not None:
                return obj
    for c in dependents(noun):
        # 'a Reuters report that …', 'the Gallup poll': a named body before the noun is its source
        m = (mention_at or {}).get(c.i)
        if c.dep_ == "compound" and c.pos_ == "PROPN" and c.i < noun.i and m is not None and m.kind in SOURCE_KINDS:
            return c
        # 'the European reluctance to …', 'a French proposal to …': a people's adjective names the holder
        # (a people's adjective is no name: the parse's entity label 'NORP', which French labels never use, tells it)
        if c.dep_ == "amod" and c.i < noun.i and c.ent_type_ == "NORP":
            return c
    head = noun.head
    if noun.dep_ in ("dobj", "obj") and fold(head.lemma_) in cues.light_verbs:
        # 'the minister issued a warning that …': the subject of the verb that delivers the noun speaks; of the verb
        # that governs it where it has none of its own ('rushed to make a case that …')
        for verb in (head, head.head if head.dep_ == "xcomp" else None):
            if verb is None:
                break
            found = next((c for c in dependents(verb) if c.dep_ in ("nsubj", "nsubj:pass") and c.pos_ in ("PROPN", "NOUN", "PRON")), None)
            if found is not None:
                return found
    return None


def content(ctx: Context, noun: Token, frames: set[str]) -> tuple[int, int] | None:
    """Characters of what the noun's complement reports, by the frames the noun takes."""
    doc = noun.doc
    for c in dependents(noun):
        if c.i < noun.i:
            continue
        if c.dep_ in ("acl", "ccomp") and c.pos_ in ("VERB", "AUX"):
            that = next((m for m in dependents(c) if m.dep_ == "mark" and fold(m.text) in ctx.lex.que), None)
            to = next((m for m in dependents(c) if m.dep_ == "aux" and fold(m.text) in ctx.lex.frame_words["de"] and m.i < c.i), None)
            if that is not None and "que" in frames and that.i == c.left_edge.i:
                return _span(doc, that.i + 1, c.right_edge.i)
            if to is not None and "de" in frames and to.i == c.left_edge.i:
                return _span(doc, to.i + 1, c.right_edge.i)
        if c.dep_ == "prep" and any(o.dep_ in ("pobj", "pcomp") for o in dependents(c)) and not dated(c):
            word = fold(c.text)
            # 'her comments about …' (sur), 'their criticism of …' (de-np), 'his call for …' (pour), 'a warning against …'
            # (contre), 'their opposition to …' (a: after a noun, 'to' and a noun phrase)
            if any(f in frames and word in ctx.lex.frame_words[f] for f in PREPOSITION_FRAMES):
                return _span(doc, c.i, c.right_edge.i)
    return None


def _span(doc: Doc, first: int, last: int) -> tuple[int, int] | None:
    """Characters of tokens first..last, trailing punctuation trimmed; None when under three characters."""
    tokens = table(doc).toks
    if last < first:
        return None
    start, end = tokens[first].idx, tokens[last].idx + len(tokens[last])
    text = text_of(doc)  # Doc.text joins every token's text anew
    while end > start and text[end - 1] in TRIM:
        end -= 1
    return (start, end) if end - start >= 3 else None


def read(ctx: Context, quotes: list[Quote]) -> list[Quote]:
    """The noun-headed reports of the article that no quote found already covers."""
    tokens = ctx.tokens
    doc, marks = ctx.doc, ctx.marks
    cues = ctx.lex.nouns
    if not cues.frames:
        return []
    taken = [(s, e) for q in quotes for s, e in q.content] + [q.cue for q in quotes if q.cue]
    out = []
    for i, lemma in nouns(doc):  # read off the Doc's arrays: no Token for the words that are no report noun
        if i in ctx.marked:
            continue
        frames = cues.frames.get(lemma)
        if frames is None:
            continue
        noun = tokens[i]
        spk = speaker(cues, noun, ctx.mention_at)
        if spk is None or fold(spk.text) in ctx.lex.not_speakers:
            continue
        span_ = content(ctx, noun, frames)
        if span_ is None:
            continue
        cue = (noun.idx, noun.idx + len(noun))
        over = next((q for q in quotes if q.cue and q.content[0][0] == span_[0] and q.cue[0] == noun.head.idx), None)
        if over is not None:
            # 'Police doubted the mayor's claim that …': the verb read the noun's clause; the claim is the mayor's
            over.cue, over.cue_lemma, over.speakers = cue, fold(noun.lemma_), speaker_spans(ctx, [spk])
            continue
        if any(s < span_[1] and span_[0] < e for s, e in taken):
            continue
        start, end = span_
        kind = "indirect"
        for m in marks:
            if start - 2 <= m.cs < end and not m.used:
                kind = "mixed"
                m.used = True
        out.append(Quote(kind, [(start, end)], cue, fold(noun.lemma_), speakers=speaker_spans(ctx, [spk]), anchor=start))
        taken.append(span_)
    return out
