"""What the quote rules know about one article: its Doc and text, the marked passages, the names by token, the
words as written and folded, which tokens stand inside marks, and the headings. Made once per Doc by the
component and passed to every rule; only the marks' `used` flags change while the article is read."""
from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc, Token

from ..features import feature
from ..index import forms as token_forms, line_wraps, table, text_of, token_range, tokens_in
from ..paragraphs import paragraph_spans
from ..mentions import fold
from .lexicon import Lexicon
from .marks import SPACES, direct_marks, headings, plain_marks, scan_marks
from .records import Marked


@dataclass(slots=True)
class Context:
    """One article as the quote rules see it."""

    doc: Doc
    lex: Lexicon
    text: str
    marks: list[Marked]  # the outermost marked passages, in text order; a rule that reads one sets its `used`
    mention_at: dict[int, object]  # token index → the name (`Doc._.sg_mentions`) it is part of
    mention_from: dict[int, object]  # token index → the name that starts there
    forms: list[str]  # token index → its text, a doubled mark ('' or ``) read as '"'
    words: list[str]  # token index → its text folded (lower case, no accents)
    inside: list[bool]  # token index → it stands inside a marked passage
    marked: set[int]  # the indices of those tokens
    heads: list[tuple[int, int]]  # the characters of the paragraphs that are headlines or section titles
    blank: list[bool]  # token index → it is white space inside a paragraph (a line wrap, no blank line)
    tokens: list[Token]  # the Doc's Token objects by index (the shared `index.table`): `doc[i]` makes a new one per call
    texts: list[str]  # token index → its text as written (the shared table's list; `forms` turns doubled marks)
    pos: list[str]  # token index → its part of speech, and its dependency label (the shared table's lists): a Token's
    deps: list[str]  # label getters look the string up on every call
    #: what a rule works out once per article and asks again later (by a key of the rule's own); lives as long
    #: as this Context, so no answer outlives the Doc
    memo: dict = field(default_factory=dict)

    @classmethod
    def of(cls, doc: Doc, lex: Lexicon) -> Context:
        """Scan the Doc's quotation marks and index its names (`Doc._.sg_mentions`) and words by token."""
        tab = table(doc)
        tokens = tab.toks
        text = text_of(doc)
        directed = direct_marks(plain_marks(text))
        marks = scan_marks(directed)
        # names by token, once: speaker spans look them up for every cue
        mention_at = {i: m for m in doc._.sg_mentions or [] for i in range(m.i, m.j)}
        mention_from = {m.i: m for m in doc._.sg_mentions or []}
        forms = ['"' if f in ("''", "``") else f for f in token_forms(doc)]  # a doubled mark is one mark  # a doubled mark is one mark
        if directed != text:  # a mark typed the wrong way round is read the right way
            for i, f in enumerate(forms):
                if len(f) == 1 and f in "«»“”":
                    forms[i] = directed[tokens[i].idx]
        # `fold` keeps its answers: mapped in one pass, no Python loop over the words
        words = list(map(fold, forms))
        split = lex.split_elisions
        if "'" in forms or "’" in forms:  # (the list's own search, in C: most articles have no lone apostrophe)
            for i in range(len(words) - 1):
                if words[i] in split and forms[i + 1] in ("'", "’"):
                    words[i] += "'"  # 'd'« échec »': the tokenizer leaves the elided 'de' apart from its apostrophe
        inside = [False] * len(doc)
        marked: set[int] = set()
        for m in marks:
            ij = token_range(doc, m.cs, m.ce)  # the indices only: no Span made
            if ij is not None:
                inside[ij[0]:ij[1]] = [True] * (ij[1] - ij[0])
                marked.update(range(*ij))
        # once per Doc: a speaker's noun phrase runs on across a line wrap, and is asked so for every cue; only
        # white-space tokens can be one, found by the shared index (a Python test of every word costs more)
        blank = [False] * len(doc)
        for i in line_wraps(doc, 0, len(doc)):
            blank[i] = True
        return cls(doc, lex, text, marks, mention_at, mention_from, forms, words, inside, marked, headings(text), blank,
                   tokens, tab.texts, tab.pos, tab.deps)

    def sentence_in_marks(self, at: int) -> bool:
        """The marks opening at `at` hold a sentence (five words or more, or a capital and closing punctuation),
        not a word or two ('«sang-froid» et «coopération»')."""
        m = next((m for m in self.marks if m.open == at), None)
        if m is None:
            return True
        inner = self.text[m.cs:m.ce]
        if len(inner.split()) >= 5 or (inner[:1].isupper() and inner.rstrip()[-1:] in ".!?…"):
            return True
        # 'Nous avons la majorité', its full stop outside the marks: a capital and a finite verb make a sentence
        span = tokens_in(self.doc, m.cs, m.ce) if inner[:1].isupper() else None
        return span is not None and any("Fin" in feature(t, "VerbForm") for t in span)

    def at_paragraph_start(self, at: int) -> bool:
        """Nothing but spaces stands between the start of at's paragraph and at."""
        return any(ps <= at < pe and not self.text[ps:at].strip(SPACES) for ps, pe in paragraph_spans(self.text))
