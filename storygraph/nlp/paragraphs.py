"""Component `storygraph_paragraphs`: a paragraph break always ends a sentence (runs before the parser)."""
from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc

BLANK_LINE = re.compile(r"\n[^\S\n]*\n")


@Language.component("storygraph_paragraphs")
def paragraphs(doc: Doc) -> Doc:
    """Mark the first token after every line break as a sentence start, so no sentence spans paragraphs."""
    # Hard-wrapped text has single newlines inside paragraphs: there only blank lines separate them.
    need = 2 if BLANK_LINE.search(doc.text) else 1
    after_break = False
    for tok in doc:
        if tok.is_space and tok.text.count("\n") >= need:
            after_break = True
            continue
        if after_break:
            tok.is_sent_start = True
            after_break = False
    return doc


def paragraph_spans(text: str) -> list[tuple[int, int]]:
    """Character ranges of the non-blank paragraphs (blank-line separated, else line separated)."""
    sep = re.compile(r"\n\s*\n") if BLANK_LINE.search(text) else re.compile(r"\n")
    out, pos = [], 0
    for m in sep.finditer(text):
        out.append((pos, m.start()))
        pos = m.end()
    out.append((pos, len(text)))
    res = []
    for s, e in out:
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            res.append((s, e))
    return res
