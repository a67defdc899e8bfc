"""Interrupted quotations: '"A," the mayor said. "B."' read as ONE quotation whose content is in pieces.

English news interrupts a speaker's words with the incise that names them and goes on in new marks; the
words after the incise are the same speaker's same quotation. Whether a language's gold counts them as
one quote or two is a convention, so the joining is switched on by `speech.json`'s `interrupted_quotes`.
"""
from __future__ import annotations

from spacy.tokens import Doc

from ..index import tokens_in

SPACES = " \t\u00a0\u202f\u2009"
PUNCT_GAP = SPACES + ".,;:…"


def _mark_ending(marks, end: int):
    """The marked passage whose content ends at `end`, if any."""
    return next((m for m in marks if m.ce == end), None)


def _mark_starting(marks, start: int):
    """The marked passage whose content starts at `start`, if any."""
    return next((m for m in marks if m.cs == start), None)


def _one_incise(doc: Doc, start: int, end: int, cue: tuple[int, int]) -> bool:
    """Characters [start, end) hold the incise of `cue` and nothing else: no new sentence after the cue."""
    if not (start <= cue[0] and cue[1] <= end):
        return False
    after = tokens_in(doc, cue[1], end)
    # 'he said. The crowd cheered.': narration between the two passages
    # (a sentence may open on a quotation mark: '… he said. "We …" she added')
    return after is None or not any(t.is_sent_start and t.idx >= cue[1] and
                                    (not t.is_punct or any(not w.is_punct for w in after if w.i > t.i)) for t in after)


def _continues(doc: Doc, prev, q, marks, text: str) -> bool:
    """`q`, a cue-less passage in marks, goes on with the words of the direct quotation `prev`."""
    if prev.type != "direct" or q.type != "direct" or q.cue is not None:
        return False
    before, after = _mark_ending(marks, prev.content[-1][1]), _mark_starting(marks, q.start)
    if before is None or after is None or not before.closed or before.para != after.para:
        return False
    # a doubled mark ('' … '') leaves its other half in the gap
    gap = text[before.close + 1:after.open].strip("'`")
    if "\n" in gap:
        return False
    # (a 'speaker' inside the first passage's own words is the parse's subject of the second passage's verb, no one
    # who speaks: '"My hope," he said, "is that …"')
    if not q.continues and not (q.speakers and all(before.close < s and e <= after.open or before.cs <= s and e <= before.ce
                                                   for s, e in q.speakers)):
        return False  # a passage some reader gave a speaker of its own, not the incise's
    if gap.strip(PUNCT_GAP) and gap.rstrip(SPACES)[-1:] not in ".,:;!?":
        return False  # 'as Trump went on about "…"': the marks hold words of the sentence, not the speaker's next one
    if gap.strip(PUNCT_GAP) == "":
        return True  # the next sentence in marks, nothing between: the same voice goes on
    return prev.cue is not None and _one_incise(doc, before.close + 1, after.open, prev.cue)


def _goes_on_report(doc: Doc, prev, q, marks, text: str) -> bool:
    """`q`, a cue-less passage in marks, goes on with the words of the report `prev` that ends right before it,
    its postposed cue at most between them ('Prices will rise, the minister said. "We have no choice."')."""
    if prev.type == "direct" or prev.cue is None or q.type != "direct" or q.cue is not None or not q.continues:
        return False
    after = _mark_starting(marks, q.start)
    if after is None:
        return False
    end = prev.content[-1][1]
    if not end <= after.open:
        return False
    gap = text[end:after.open]
    if "\n" in gap or gap.strip(SPACES + "'\"”’»") and gap.rstrip(SPACES)[-1:] not in ".,:;!?":
        return False
    if gap.strip(PUNCT_GAP + "'\"”’»") == "":
        return True
    return _one_incise(doc, end, after.open, prev.cue)


def join_interrupted(doc: Doc, quotes: list, marks: list, text: str) -> list:
    """The quotes with every passage that continues an interrupted direct quotation joined to it as more content;
    a passage in marks right after a report and its incise goes on with that report, which is then mixed."""
    out: list = []
    for q in quotes:
        prev = _before_incise(out)
        if prev is not None and _continues(doc, prev, q, marks, text):
            prev.content.extend(q.content)
            continue
        if out and _goes_on_report(doc, out[-1], q, marks, text):
            out[-1].content.extend(q.content)
            out[-1].type = "mixed"
            continue
        out.append(q)
    return out


def _before_incise(out: list):
    """The last direct quotation of `out`, passing over the reports found inside its incise ('"A," said the
    mayor, speaking of the flood. "B."': 'speaking of the flood' lies between the two passages) or inside its
    own words."""
    for k in range(len(out) - 1, -1, -1):
        q = out[k]
        if q.type == "direct":
            end = q.content[-1][1]
            # (and over a report inside the passage's own words: '"We see the port giving hope," …')
            if all(x.start >= end and (x.cue is None or x.cue[0] >= end) or q.start <= x.start and x.content[-1][1] <= end
                   for x in out[k + 1:]):
                return q
            return None
    return None
