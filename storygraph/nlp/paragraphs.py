"""Component `storygraph_paragraphs`: a paragraph break always ends a sentence (runs before the parser)."""
from __future__ import annotations

import re
from functools import lru_cache

from spacy.attrs import SENT_START
from spacy.language import Language
from spacy.tokens import Doc

from ..lang import resource
from .index import forms as token_forms, text_of

BLANK_LINE = re.compile(r"\n[^\S\n]*\n")
TERMINAL = ".!?»”\":…;)]"


@lru_cache(maxsize=8)
def continuing(lang: str = "fr") -> frozenset[str]:
    """Words a line cannot end a phrase on, from the language's grammar data."""
    return frozenset(resource(lang, "grammar")["continuing"])


class Paragraphs:
    """Mark the first token after every paragraph break as a sentence start, so no sentence spans two."""

    def __init__(self, lang: str = "fr"):
        self.words = continuing(lang)

    def __call__(self, doc: Doc) -> Doc:
        return paragraphs(doc, self.words)


@Language.factory("storygraph_paragraphs", default_config={"lang": "fr"})
def make_paragraphs(nlp: Language, name: str, lang: str) -> Paragraphs:
    """Registered factory: `nlp.add_pipe("storygraph_paragraphs", before="parser")`."""
    return Paragraphs(lang)


def paragraphs(doc: Doc, words: set[str]) -> Doc:
    """Mark the first token after every line break as a sentence start, so no sentence spans paragraphs."""
    # Hard-wrapped text has single newlines inside paragraphs: there only blank lines separate them.
    need = 2 if BLANK_LINE.search(text_of(doc)) else 1
    # read the forms off the Doc's array: only the few line-break tokens become Token objects
    forms = token_forms(doc)
    n = len(forms)
    after_break = False
    starts = []
    for i, form in enumerate(forms):
        if "\n" not in form:  # most tokens: only a white-space token can hold a line break
            if after_break:
                starts.append(i)
                after_break = False
            continue
        if form.count("\n") >= need and not form.strip():
            after_break = need == 2 or i == 0 or i + 1 >= n or ends_paragraph(forms[i - 1], forms[i + 1], words)
            continue
        if after_break:
            starts.append(i)
            after_break = False
    if starts:
        # written all at once: setting `Token.is_sent_start` checks the whole Doc for a parse on every token set
        marks = doc.to_array(SENT_START)
        marks[starts] = 1
        doc.from_array([SENT_START], marks)
    return doc


def ends_paragraph(last: str, first: str, words: set[str]) -> bool:
    """In text with single newlines only, is this line break a paragraph break? Yes after closing punctuation,
    or before a capital (a headline has no full stop) unless the line ends on a word that cannot end a
    phrase; otherwise it is a hard wrap inside a sentence ('le ministre des Affaires\nétrangères')."""
    if last and last[-1] in TERMINAL:
        return True
    word = last.split()[-1].lower() if last.split() else ""
    return bool(first) and (first[0].isupper() or first[0] in "«“\"-—–") and word not in words


@lru_cache(maxsize=16)  # the components ask again and again for the same article's paragraphs
def paragraph_spans(text: str, lang: str = "fr") -> tuple[tuple[int, int], ...]:
    """Character ranges of the non-blank paragraphs (blank-line separated, else line separated)."""
    words = continuing(lang)
    blank = BLANK_LINE.search(text)
    sep = re.compile(r"\n\s*\n") if blank else re.compile(r"\n")
    out, pos = [], 0
    for m in sep.finditer(text):
        if not blank and not ends_paragraph(text[max(0, m.start() - 40):m.start()].rstrip(), text[m.end():m.end() + 1], words):
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
    return tuple(res)


#: a wire dateline opening a paragraph: the city in capitals, perhaps a date, perhaps the agency in brackets, then a
#: dash ('MOSCOU, 7 décembre (Reuters) - ', 'LONDON (AP) — '); a layout of news, not of one language
DATELINE = re.compile(r"[A-ZÀ-ÖØ-Ý]{3,}(?:[ '’.-][A-ZÀ-ÖØ-Ý]+)*(?:,[^()\n–—-]{1,40})?(?:\s*\([^()\n]{1,40}\))?\s*[-–—]+\s")


@lru_cache(maxsize=16)
def datelines(text: str) -> tuple[tuple[int, int], ...]:
    """Character ranges of the wire datelines that open paragraphs: where the story is filed, not who acts."""
    out = []
    for s, _ in paragraph_spans(text):
        m = DATELINE.match(text, s)
        if m is not None:
            out.append((m.start(), m.end()))
    return tuple(out)
