"""Component `storygraph_paragraphs`: a paragraph break always ends a sentence (runs before the parser)."""
from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc

from .index import text_of

BLANK_LINE = re.compile(r"\n[^\S\n]*\n")
TERMINAL = ".!?»”\":…;)]"
CONTINUING = {"de", "du", "des", "d'", "la", "le", "les", "l'", "à", "au", "aux", "et", "ou", "en", "par", "pour", "sur",
              "avec", "dans", "depuis", "que", "qui", "un", "une", "son", "sa", "ses", "leur", "leurs", "ce", "cette"}


@Language.component("storygraph_paragraphs")
def paragraphs(doc: Doc) -> Doc:
    """Mark the first token after every line break as a sentence start, so no sentence spans paragraphs."""
    # Hard-wrapped text has single newlines inside paragraphs: there only blank lines separate them.
    need = 2 if BLANK_LINE.search(text_of(doc)) else 1
    after_break = False
    for tok in doc:
        if tok.is_space and tok.text.count("\n") >= need:
            after_break = need == 2 or tok.i == 0 or tok.i + 1 >= len(doc) or \
                ends_paragraph(doc[tok.i - 1].text, doc[tok.i + 1].text)
            continue
        if after_break:
            tok.is_sent_start = True
            after_break = False
    return doc


def ends_paragraph(last: str, first: str) -> bool:
    """In text with single newlines only, is this line break a paragraph break? Yes after closing punctuation,
    or before a capital (a headline has no full stop) unless the line ends on a word that cannot end a
    phrase; otherwise it is a hard wrap inside a sentence ('le ministre des Affaires\nétrangères')."""
    if last and last[-1] in TERMINAL:
        return True
    word = last.split()[-1].lower() if last.split() else ""
    return bool(first) and (first[0].isupper() or first[0] in "«“\"-—–") and word not in CONTINUING


def paragraph_spans(text: str) -> list[tuple[int, int]]:
    """Character ranges of the non-blank paragraphs (blank-line separated, else line separated)."""
    blank = BLANK_LINE.search(text)
    sep = re.compile(r"\n\s*\n") if blank else re.compile(r"\n")
    out, pos = [], 0
    for m in sep.finditer(text):
        if not blank and not ends_paragraph(text[max(0, m.start() - 40):m.start()].rstrip(), text[m.end():m.end() + 1]):
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
