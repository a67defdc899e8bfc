"""Component `storygraph_paragraphs`: a paragraph break always ends a sentence (runs before the parser)."""
from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc

BLANK_LINE = re.compile(r"\n[^\S\n]*\n")
TERMINAL = ".!?»”\":…;)]"


@Language.component("storygraph_paragraphs")
def paragraphs(doc: Doc) -> Doc:
    """Mark the first token after every line break as a sentence start, so no sentence spans paragraphs."""
    # Hard-wrapped text has single newlines inside paragraphs: there only blank lines separate them.
    need = 2 if BLANK_LINE.search(doc.text) else 1
    after_break = False
    for tok in doc:
        if tok.is_space and tok.text.count("\n") >= need:
            after_break = need == 2 or tok.i == 0 or ends_paragraph(doc[tok.i - 1].text)
            continue
        if after_break:
            tok.is_sent_start = True
            after_break = False
    return doc


def ends_paragraph(last: str) -> bool:
    """In text with single newlines only, a line break ends a paragraph after closing punctuation;
    elsewhere it is a hard wrap inside a sentence ('le ministre des Affaires\nétrangères')."""
    return bool(last) and last[-1] in TERMINAL


def paragraph_spans(text: str) -> list[tuple[int, int]]:
    """Character ranges of the non-blank paragraphs (blank-line separated, else line separated)."""
    blank = BLANK_LINE.search(text)
    sep = re.compile(r"\n\s*\n") if blank else re.compile(r"\n")
    out, pos = [], 0
    for m in sep.finditer(text):
        if not blank and not ends_paragraph(text[:m.start()].rstrip()[-1:]):
            continue
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
