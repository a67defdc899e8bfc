"""Quotation marks read on the text (character level, paragraph aware), before any token: the marked passages,
the marks glued to words, headlines and section titles, works' titles and interview transcripts."""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from spacy.language import Language

from ..mentions import fold
from ..paragraphs import paragraph_spans
from .records import Marked

if TYPE_CHECKING:  # pragma: no cover
    from .lexicon import Lexicon

OPENERS = {"«": "»", "“": "”", "„": "“", "‹": "›"}
CLOSERS = {"»", "”", "›"}
SPACES = " \t\n\u00a0\u202f\u2009"
QUOTE_CHARS = re.compile("[" + re.escape("".join(OPENERS) + "".join(CLOSERS) + '"') + "]")
TRIM = SPACES + ".,;:–—-…"

#: quotation marks typed as two characters (''…'' and ``…'' in typewriter-style English copy), read as '"'
DOUBLED = re.compile(r"''|``")


def plain_marks(text: str) -> str:
    """The text with doubled marks as one straight double quote and a space, offsets kept: the space goes on
    the side away from the quoted words, so that '"' opens or closes as the doubled mark did."""
    if "''" not in text and "``" not in text:
        return text

    def one(m: re.Match) -> str:
        i = m.start()
        opens = m.group() == "``" or ((i == 0 or text[i - 1] in SPACES + "([—–-") and m.end() < len(text)
                                      and text[m.end()] not in SPACES)
        return ' "' if opens else '" '

    return DOUBLED.sub(one, text)


def _continues(text: str, ps: int) -> bool:
    """The paragraph opens on the closing mark that French typesetting sets at the head of each paragraph a
    quotation runs on into ('» Nous avons …'): a word follows it, where a mark that closes is followed by
    punctuation ('», a-t-il dit')."""
    return text[ps] == "»" and text[ps + 1:ps + 3].lstrip(SPACES)[:1].isalpha()


def _reopens_line(text: str, i: int, at: int) -> bool:
    """The mark at i opens a line, glued or spaced to a word, and the quotation open since `at` left the line
    before on a sentence's end: the French re-opening of a quotation that runs on into a new paragraph, in text
    whose paragraphs are single lines (a title set off by a blank line makes the splitter read them as wraps)."""
    line = text.rfind("\n", at, i)
    if line < 0 or text[line + 1:i].strip(SPACES) or not text[i + 1:i + 3].lstrip(SPACES)[:1].isalnum():
        return False
    return text[at:line].rstrip(SPACES)[-1:] in ".!?…:"


def _closes_here(text: str, i: int, pe: int) -> bool:
    """The mark at i stands where a closing mark stands: punctuation or the paragraph's end after it, or a word
    glued before it and a space after it."""
    after = text[i + 1:pe].lstrip(" \u00a0\u202f\u2009")
    return after == "" or after[0] in ",.;:!?)" or (text[i - 1] not in SPACES and text[i + 1:i + 2] in SPACES)


def _opens_here(text: str, i: int, ps: int) -> bool:
    """The mark at i stands where an opening mark stands: the paragraph's start or a space before it, a word
    glued after it."""
    return (i == ps or text[i - 1] in SPACES + "([—–-") and i + 1 < len(text) and (text[i + 1].isalnum())


def direct_marks(text: str) -> str:
    """The text with quotation marks typed the wrong way round turned the right way, offsets kept: '”…”' and
    '“…“' as '“…”', '« … «' and '»…«' as '« … »'; a mark is read by where it stands (a space before and a word after
    open, a word before and a space or punctuation after close) only where its own shape leaves the
    passage unclosed."""
    if not any(c in text for c in "”“«"):
        return text
    # the turned marks by offset: most texts turn none, and a list of all their characters costs more
    chars: dict[int, str] = {}
    for ps, pe in paragraph_spans(text):
        open_at: dict[str, int | None] = {"«": None, "“": None}
        for hit in re.finditer("[«»“”„]", text[ps:pe]):
            i = ps + hit.start()
            ch = text[i]
            if ch == "”" and open_at["“"] is None and _opens_here(text, i, ps) and "”" in text[i + 1:pe]:
                chars[i] = "“"
                open_at["“"] = i
            elif ch == "“" and open_at["“"] is not None and _closes_here(text, i, pe) and "”" not in text[i + 1:pe]:
                chars[i] = "”"
                open_at["“"] = None
            elif ch == "“" or ch == "„":
                open_at["“"] = i
            elif ch == "”":
                open_at["“"] = None
            elif ch == "«" and open_at["«"] is not None and _closes_here(text, i, pe) and "»" not in text[i + 1:pe]:
                chars[i] = "»"
                open_at["«"] = None
            elif ch == "«":
                open_at["«"] = i
            elif ch == "»" and open_at["«"] is None and _opens_here(text, i, ps) and "«" in text[i + 1:pe]:
                chars[i] = "«"  # '»…«', the way German prints them
                open_at["«"] = i
            elif ch == "»":
                open_at["«"] = None
    if not chars:
        return text
    out = list(text)
    for i, ch in chars.items():
        out[i] = ch
    return "".join(out)


def scan_marks(text: str) -> list[Marked]:
    """Outermost quoted passages; French re-opening « at each paragraph continues one quote."""
    paras = paragraph_spans(text)
    out: list[Marked] = []
    pending: Marked | None = None
    unclosed: Marked | None = None  # a quotation the last paragraph left open, which may close in this one
    for pi, (ps, pe) in enumerate(paras):
        stack: list[tuple[str, int]] = []
        i = ps
        if pending is not None:
            first = text[ps]
            if first in OPENERS or first == '"' or _continues(text, ps):
                stack.append((first, pending.open))
                i = ps + 1
            else:
                out.append(pending)
            pending = None
        for hit in QUOTE_CHARS.finditer(text, i, pe):  # only the quotation marks matter: jump from one to the next
            i = hit.start()
            ch = text[i]
            if not stack and unclosed is not None and ch in (OPENERS.get(text[unclosed.open]), '"') \
                    and not (ch == '"' and _opens(text, i, ps)):
                # the quotation left open at the end of the last paragraph goes on without a new opening mark
                # and closes here
                ce = i
                while ce > unclosed.cs and text[ce - 1] in SPACES:
                    ce -= 1
                unclosed.close, unclosed.ce, unclosed.closed = i, ce, True
                unclosed = None
                continue
            unclosed = None
            if len(stack) == 1 and (ch == stack[0][0] and ch in OPENERS or ch == '"' == stack[0][0]
                                    or ch == "»" and stack[0][0] == "«") \
                    and _reopens_line(text, i, stack[0][1]):
                continue  # the quotation runs on over a line break the paragraph splitter took for a wrap
            if ch in OPENERS or (ch == '"' and not (stack and stack[-1][0] == '"') and _opens(text, i, ps)):
                stack.append((ch, i))
            elif ch == "”" and not stack and not text[ps:i].strip(SPACES) and text[i + 1:i + 2].isalpha():
                stack.append(("“", i))  # a closing mark that opens the paragraph, glued to a word: an opener typed the wrong way
            elif ch in CLOSERS or ch == '"':
                if stack:
                    opener, at = stack.pop()
                    if ch != '"' and opener != ch and OPENERS.get(opener) != ch and stack:
                        # a mismatched closer ends the innermost quote that it can close
                        while stack and OPENERS.get(stack[-1][0]) != ch:
                            stack.pop()
                        if stack:
                            opener, at = stack.pop()
                    if not stack:
                        out.append(_marked(text, at, i, pi, paras))
        if stack:
            at = stack[0][1]
            m = _marked(text, at, pe, pi, paras, closed=False)
            nxt = paras[pi + 1][0] if pi + 1 < len(paras) else None
            if nxt is not None and (text[nxt] in OPENERS or text[nxt] == '"' or _continues(text, paras[pi + 1][0])) \
                    and (text[at] in OPENERS or text[at] == '"'):
                pending = m
            else:
                out.append(m)
                unclosed = m if pi + 1 < len(paras) and text[paras[pi + 1][0]] not in OPENERS else None
        else:
            unclosed = None
    if pending is not None:
        out.append(pending)
    return [m for m in out if m.ce > m.cs]


# quotation marks and the punctuation around them, glued to a word ('Lyon:«Nous', 'rien»,a-t-il dit'): the
# tokenizer's own rules keep them inside the word, where no rule that reads tokens can see a quotation
GLUED_MARKS = (r"[«»“”„‹›]", r"(?<=\w)[:;](?=[«“\"])", r"(?<=[»”\"])[,.;:](?=\w)", r"(?<=[:;(])\"(?=\w)",
               r"(?<=\w)\"(?=[,.;:])")


def split_glued_marks(nlp: Language) -> None:
    """Teach the tokenizer to cut quotation marks (and a colon or comma next to them) off the words they touch."""
    from spacy.util import compile_infix_regex

    nlp.tokenizer.infix_finditer = compile_infix_regex(list(nlp.Defaults.infixes) + list(GLUED_MARKS)).finditer


HEADING_WORDS = 30  # a paragraph this short without closing punctuation is a headline or a section title
INTERVIEW_LABEL = re.compile(r"(\w+)\s*[.:–—-]\s")  # 'Question : ', 'R. – ': a label before the words


# an incise whose subject is an inverted pronoun ('», a-t-elle affirmé'): the pronoun points back to an earlier
# sentence, so the paragraph is running text that lost its full stop, never a title that stands alone
BACK_POINTING_INCISE = re.compile(r"[,»”\"]\s*\w+(?:-t)?-(?:il|elle|ils|elles)\b", re.IGNORECASE)
# a clause that hands the floor to a quotation, or the incise after one ('Il a déclaré : « … »', '« … », a
# déclaré la ministre'): a sentence of running text, whatever its last character; a title names, it does not report
CLAUSE_BEFORE_MARK = re.compile(r"(?:^|\s)\w+(?:\s+\S+){2,}\s*:\s*[«“\"]")
MARK_INCISE = re.compile(r"[»”\"]\s*,\s*[a-zà-ÿ]")
# what the clause before a mark must end on: that pattern backtracks over the whole paragraph from every word, so
# it is tried only where a colon and a mark stand
COLON_MARK = re.compile(r":\s*[«“\"]")


def reporting_clause(p: str) -> bool:
    """A reporting clause or incise (`CLAUSE_BEFORE_MARK`, `MARK_INCISE`) stands somewhere in the paragraph p."""
    return bool(MARK_INCISE.search(p) or COLON_MARK.search(p) and CLAUSE_BEFORE_MARK.search(p))


def headings(text: str) -> list[tuple[int, int]]:
    """Paragraphs that are headlines or section titles: short, and not closed by sentence punctuation."""
    out = []
    paras = paragraph_spans(text)
    for k, (s, e) in enumerate(paras):
        p = text[s:e].rstrip(SPACES)
        closed = p.rstrip(SPACES + "".join(CLOSERS) + "\"'")[-1:] in ".!?…:;)"
        if closed or len(p.split()) > HEADING_WORDS or k == 0:
            # the first paragraph is the title, even one that asks or exclaims ('Retraites : « Jusqu'où ? »')
            exclaims = p.rstrip(SPACES + "".join(CLOSERS) + "\"'")[-1:] in "?!" and len(paras) > 1
            # a first paragraph of several sentences that ends on a report is the lead that lost its stop: a
            # title makes one sentence
            # (asked last: only a short paragraph can be a title)
            if (not closed or k == 0 and exclaims) and len(p.split()) <= HEADING_WORDS and \
                    not (not closed and k == 0 and re.search(r"[.!?…]\s+[A-ZÀ-Ý«“\"]", p) and reporting_clause(p)):
                out.append((s, e))
            continue
        if BACK_POINTING_INCISE.search(p) or reporting_clause(p) or text[:paras[k - 1][1]].rstrip(SPACES)[-1:] == ":":
            continue  # running text that lost its full stop, or the words a colon at the end of the last one announced
        if p[:1] in OPENERS and re.search(r"[.!?…]\s+\w", p):
            continue  # a quotation of several sentences that lost its final stop: a title makes one sentence
        out.append((s, e))
    return out


def _opens(text: str, i: int, ps: int) -> bool:
    """A straight double quote at i opens a quotation: after a space or an opening sign, or glued to the next
    word (not to a comma or a full stop, which follow a closing one: '« … détenus", a-t-il dit')."""
    return i == ps or text[i - 1] in SPACES + "([-—–:'’/" or (i + 1 < len(text) and text[i + 1] not in SPACES + ",.;:!?)»…")


def _marked(text: str, at: int, close: int, pi: int, paras, closed: bool = True) -> Marked:
    """The passage between the mark at `at` and the one at `close`, in paragraph `pi`, spaces trimmed."""
    cs, ce = at + 1, close
    while cs < ce and text[cs] in SPACES:
        cs += 1
    while ce > cs and text[ce - 1] in SPACES:
        ce -= 1
    start_para = next(k for k, (s, e) in enumerate(paras) if s <= at < e) if paras else 0
    starts = text[paras[start_para][0]:at].strip(SPACES + "-—–") == "" if paras else True
    return Marked(at, close, cs, ce, start_para, starts, closed)


def interview(lex: Lexicon, text: str) -> bool:
    """The article is an interview transcript: at least two paragraphs open on a question label and two on
    an answer label ('Question : …', 'R. – …')."""
    asked = answered = 0
    for s, e in paragraph_spans(text):
        label = INTERVIEW_LABEL.match(text, s, e)
        if label is not None:
            word = fold(label.group(1))
            asked += word in lex.question_labels
            answered += word in lex.answer_labels
    return asked >= 2 and answered >= 2


def titled(lex: Lexicon, text: str, m: Marked) -> bool:
    """The marks hold the title of a work or an operation: 'le film « La Haine »', 'l'opération « Barkhane »'."""
    before = text[max(0, m.open - 40):m.open].rstrip(SPACES).split()
    if len(before) > 1 and fold(before[-1]) in lex.title_links:
        before = before[:-1]  # 'an episode of "Meet the Press"'
    if before and re.sub(r"['’]s$", "", fold(before[-1])) in lex.media_names:
        return True  # 'CBS's "Face the Nation"': what a broadcaster owns in marks is a programme
    return bool(before) and fold(before[-1].split("'")[-1].split("’")[-1]) in lex.title_nouns


def sentence_start(text: str, at: int) -> bool:
    """A sentence starts at `at`: nothing, or sentence punctuation or a closing mark, stands right before it."""
    before = text[max(0, at - 3):at].strip(SPACES)
    return before == "" or before[-1:] in ".!?»:"
