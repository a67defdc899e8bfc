"""Component `storygraph_times`: time expressions (TimeML TIMEX3), normalised against the article's date and the
time the narrative is at.

The package is split by question: `grammar` finds the expressions (patterns and words are data,
`lang/<code>/times.json`), `tense` reads which way a clause points, `focus` keeps the time in focus,
`normalise` turns an expression's slots into a value, `values` does the calendar arithmetic. A month-only article
date ("2023-09") is an interval: every expression is normalised against both of its ends and keeps what both agree
on, with the honest interval (`earliest`, `latest`) it stands for.
"""
from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc

from ...lang import resource
from ..guard import guarded
from ..index import _index, text_of, token_at, token_range, tokens_in
from .focus import Focus
from .grammar import Grammar, Match, fold, requirement
from .normalise import Context, Normaliser, Result
from .tense import Tense
from .values import interval, merge, parse_anchor

__all__ = ["TimeTagger", "Timex", "interval", "merge", "parse_anchor", "requirement", "nearest_time", "link_quotes",
           "make_times", "date_report", "NO_DATE"]

NO_DATE = "no article date: relative times left unresolved"

BLANK_LINE = re.compile(r"\n[^\S\n]*\n")
YEARISH = re.compile(r"1\d{3}|20\d{2}")


def alternation(words, whole: bool = True) -> str:
    """A regex group matching any of the words (folded, longest first); empty words match nothing."""
    return _alternation(tuple(words), whole)


@lru_cache(maxsize=256)  # the same few word lists are asked for at every expression
def _alternation(words: tuple[str, ...], whole: bool) -> str:
    alts = sorted({re.escape(fold(w)) for w in words}, key=len, reverse=True)
    if not alts:
        return "(?!)" if whole else ""
    return "(?:" + "|".join(alts) + ")"


# compiled once (`re.match(str, …)` looks the pattern up on each call, and these are asked of every expression)
AGE_WORD = re.compile(r"[\w'-]+")
CLAUSE_END = re.compile(r"\s*(?:[,.;:)!?]|$)")
PHRASE_END = re.compile(r"\s*(?:[,.;)]|$)")
COMMA_AFTER = re.compile(r"\s*[,.)]")
OPEN_BRACKET = re.compile(r"\(\s*$")
CLOSE_BRACKET = re.compile(r"\s*\)")
NEXT_WORD = re.compile(r"\s*([\w-]+)")
YEAR_ONLY = re.compile(r"\d{4}")
DAY = re.compile(r"\d{4}-\d{2}-\d{2}")

#: a slash and a number right after a clock time or a length of time: it is the numerator of a rate
RATE = re.compile(r"/\d")


@dataclass
class Timex:
    """A time expression: characters [start, end), TIMEX3 type and value, and its interval."""

    start: int
    end: int
    type: str
    value: str
    earliest: str | None = None
    latest: str | None = None
    rule: str = ""


class Lazy:
    """A value computed on first use: a clause's tense costs a walk up the parse, and most expressions
    ('le 3 mars 2023', 'en 2019') never ask for it."""

    __slots__ = ("f", "v")

    def __init__(self, f) -> None:
        self.f, self.v = f, None

    def __call__(self):
        if self.v is None:
            self.v = self.f()
        return self.v


class TimeTagger:
    """Find time expressions with the language's grammar and give each its TIMEX3 value."""

    def __init__(self, lang: str = "fr"):
        data = resource(lang, "times")
        self.grammar = Grammar(data)
        self.normaliser = Normaliser(self.grammar)
        self.tense = Tense(data["words"], data.get("codes", {}))
        words = self.grammar.sets
        self.age_nouns = words.get("age_nouns", set())
        self.duration_nouns = words.get("duration_nouns", set())
        self.count_nouns = words.get("count_nouns_after", set())
        cues = sorted((re.escape(fold(w)) for w in data["words"].get("publication_cue", [])), key=len, reverse=True)
        codes = data.get("codes", {})
        self.publication = re.compile(r"(?:^|[^\w])(" + "|".join(cues) + r")\W{0,3}(?:" + alternation(codes.get("date_article", []))
                                      + r" |:)?\W{0,3}$") if cues else None
        self.updated = re.compile(alternation(codes.get("updated", []), whole=False) or r"(?!)")
        #: a preposition of time just before a number makes it a year ('en 2000', 'depuis 1987', 'l'an 2000')
        self.year_prep = re.compile(r"(?:^|[^\w])" + alternation(codes.get("year_prepositions", [])) + " $")
        #: the words after which a capitalised month name is a month ('en Mars'), not a planet or a first name
        before = codes.get("month_after", [])
        self.month_after = re.compile(r"(?:^|[.!?»\n]\s*|(?:^|\W)" + alternation(before) + " )$") if before else None
        #: what separates the items of a list ('le 3 mai, une autre en juin et une dernière en juillet')
        listing = codes.get("list_words", [])
        self.list_gap = re.compile(r",|(?<!\w)" + alternation(listing) + r"(?!\w)") if listing else None
        self.of_event = re.compile(r"\s+" + alternation(codes.get("of", [])) + r"\b", re.IGNORECASE)
        keys = ("approx_units", "of_approx", "units", "groups", "possessives", "at", "of", "range_to", "sentences", "have",
                "there_is")
        self.age = {k: {fold(w) for w in codes.get("age", {}).get(k, [])} for k in keys}
        self.count = {k: {fold(w) for w in codes.get("count", {}).get(k, [])} for k in ("range", "before")}
        # the patterns of the age and count checks, compiled once: they are asked of every duration and year
        age = self.age
        span_of = alternation(age["of"]) + r" \d+ " + alternation(age["range_to"]) + " $"
        self._age_group = re.compile(r"(?:^|\W)" + alternation(age["groups"]) + " $")
        self._age_governor = re.compile(r"([\w'-]+) +" + alternation(age["at"]) + " $")
        self._age_span = re.compile(r"\b" + span_of)
        self._sentence_span = re.compile(r"\b" + alternation(age["sentences"]) + " " + span_of)
        self._count_range = re.compile(r"\s*(?:" + alternation(self.count["range"]) + r"|-)\s*(\d+)\s+([\w-]+)")
        self._count_before_range = re.compile(r"(\d[\d  ]*)(?: " + alternation(self.count["range"]) + "|-) $")
        self._count_before = re.compile(alternation(self.count["before"]) + " $")

    # ------------------------------------------------------------------ run
    @guarded("storygraph_times")
    def __call__(self, doc: Doc) -> Doc:
        text = text_of(doc)
        date = doc._.sg_date
        found = self.find(doc)
        stated = self.stated_dates(text, found, date)
        doc._.sg_stated_dates = stated
        if not date:
            # no date given: the text's own 'Publié le …' line, if it has one, is the best guess there is
            guess = next((s for s in stated if s["kind"] == "published"), None) or (stated[0] if stated else None)
            if guess:
                date = guess["value"]
                doc._.sg_date_guess = guess
        doc._.sg_times = [{"id": f"T{n}", "start": t.start, "end": t.end, "text": text[t.start:t.end], "type": t.type,
                           "value": t.value, "earliest": t.earliest, "latest": t.latest}
                          for n, t in enumerate(self.normalise(doc, found, date), 1)]
        link_quotes(doc, doc._.sg_quotes or [], doc._.sg_times)
        return doc

    def tag(self, doc: Doc, date: str | None) -> list[Timex]:
        """Every time expression of the Doc with its value against the article date (X where it has none)."""
        return self.normalise(doc, self.find(doc), date)

    # ------------------------------------------------------------------ find
    def find(self, doc: Doc) -> list[Match]:
        """The grammar's matches, checked against what the parse and the words around them say."""
        text = text_of(doc)
        return self.grammar.find(text, lambda m: self.accept(doc, text, m))

    def accept(self, doc: Doc, text: str, m: Match) -> bool:
        """Whether a candidate is a time expression here: parts of speech, tense, ages, counts."""
        rule = m.rule
        if rule.pos:
            tok = token_at(doc, m.start)
            if tok is None or tok.pos_ not in rule.pos.split():
                return False
        if rule.present and not self.tense.present(doc, m.start, m.end):
            return False
        if rule.type == "DURATION" and self.is_age(text, m):
            return False
        if rule.type in ("TIME", "DURATION") and RATE.match(text, m.end):
            return False  # '24h/24', '7j/7': a rate, around the clock, not a time of day or a length of time
        if "unit" in m.spans and rule.norm in ("duration", "offset"):
            tok = token_at(doc, m.spans["unit"][0])
            if tok is not None and tok.pos_ == "ADJ":  # 'une seconde chance'
                return False
        if rule.name == "month" and set(m.slots) == {"month"} and text[m.start].isupper() and self.month_after is not None and \
                not self.month_after.search(fold(text[max(0, m.start - 20):m.start])):
            return False  # 'Mars' in the middle of a sentence is the planet, 'Avril' a first name
        if m.slots.get("vague") == "des":  # 'des heures scolaires' names hours, not how long
            nxt = tokens_in(doc, m.end, m.end + 20)
            if nxt is not None and nxt[0].pos_ == "ADJ":
                return False
        if rule.name == "year" and set(m.slots) <= {"year"} and self.is_count(doc, text, m):
            return False
        return True

    def is_age(self, text: str, m: Match) -> bool:
        """'un Britannique de 15 ans', 'âgé de 54 ans', 'Alain Dupont, 53 ans,': ages are no durations."""
        unit = fold(m.slots.get("unit") or "")
        s, e = m.start, m.end
        before = fold(text[max(0, s - 30):s])
        words = AGE_WORD.findall(before)
        age = self.age
        if unit in age["approx_units"] and m.slots.get("approx") and words and words[-1] in age["of_approx"]:
            return True  # 'un homme d'une quarantaine d'années'
        if unit not in age["units"] or m.slots.get("vague"):
            return False
        if words and words[-1] in age["have"] and not before.endswith(tuple(age["there_is"])) and \
                CLAUSE_END.match(text[e:e + 2]):
            return True  # 'elle a 45 ans.', 'le pont a plus de 100 ans,'; not 'il y a 45 ans' nor 'a trois ans pour'
        if m.slots.get("mod"):
            if self._age_group.search(before):
                return True  # 'les moins de 25 ans'
            # 'les enfants de moins de 12 ans', 'âgées de plus de 80 ans'; not 'une peine de plus de 10 ans'
            return len(words) >= 2 and words[-1] in age["of"] and \
                (words[-2] not in self.duration_nouns or words[-2] in self.age_nouns)
        if not words:
            return False
        if words[-1] in age["possessives"]:
            return True  # 'fêter ses 80 ans'
        if words[-1] in age["at"] and PHRASE_END.match(text[e:e + 2]):
            # 'à 18 ans, il quitte …', 'mort à 80 ans.'; not 'condamné à 18 ans.'
            gov = self._age_governor.search(before)
            return gov is None or gov.group(1) not in self.duration_nouns
        if words[-1] in age["of"]:
            prev = words[-2] if len(words) >= 2 else ""
            return prev not in self.duration_nouns or prev in self.age_nouns
        if before.rstrip().endswith(",") and COMMA_AFTER.match(text[e:e + 2]):
            return True
        if OPEN_BRACKET.search(before) and CLOSE_BRACKET.match(text[e:e + 2]):
            return True  # 'Marie Dupont (45 ans)'
        if self._age_span.search(before):  # 'les élèves de 6 à 11 ans', not 'peines de 6 à 11 ans'
            return not self._sentence_span.search(before)
        return False

    def is_count(self, doc: Doc, text: str, m: Match) -> bool:
        """A bare four-figure number that counts things ('2000 migrants', 'entre 1000 et 2000') is no year."""
        after = fold(text[m.end:m.end + 30])
        nxt = NEXT_WORD.match(after)
        if nxt and (nxt.group(1) in self.count_nouns or nxt.group(1) in ("%", "km", "m")):
            return True
        rng = self._count_range.match(after)
        if rng and not YEARISH.fullmatch(rng.group(1)):
            return True  # 'entre 1000 et 5000 migrants'
        before = fold(text[max(0, m.start - 25):m.start])
        prev = self._count_before_range.search(before)
        if prev and not YEARISH.fullmatch(prev.group(1).strip()):
            return True  # 'entre 500 et 2000', but 'de 1982 à 1987' are years
        if self._count_before.search(before):
            return True
        anchor = parse_anchor(doc._.sg_date)
        if anchor and not anchor[0].year - 150 <= int(m.slots["year"]) <= anchor[0].year + 30 and \
                not self.year_prep.search(before):
            return True  # 'la résolution 1405': a number far from the article's years, with no preposition of time
        span = tokens_in(doc, m.end, m.end + 30) if nxt else None
        if span is not None:
            t = next((t for t in span if not t.is_space), None)
            if t is not None and t.pos_ == "NOUN" and t.is_lower and not (t.idx > m.end + 1):
                return not self.year_prep.search(before)  # '2000 migrants', but 'en 2000 pour
        return False

    # ------------------------------------------------------------------ normalise
    def normalise(self, doc: Doc, found: list[Match], date: str | None) -> list[Timex]:
        """Values for the matches, once per end of the article date's interval, merged."""
        text = text_of(doc)
        span = parse_anchor(date)
        anchors = [None] if span is None else [span[0]] if span[0] == span[1] else [span[0], span[1]]
        paragraphs = paragraph_starts(text)
        sent_ids = sentence_ids(doc, found)
        direction = [Lazy(lambda m=m: self.tense.direction(doc, m.start, m.end)) for m in found]
        self._same_weekday(found, direction)
        self._listed(doc, found, direction)
        generic = [Lazy(lambda m=m: self.tense.generic(doc, m.start, m.end)) for m in found]
        of_event = [bool(self.of_event.match(fold(text[m.end:m.end + 6]))) for m in found]
        runs = [self._run(found, a, span, paragraphs, sent_ids, direction, generic, of_event) for a in anchors]
        out: list[Timex] = []
        for k, m in enumerate(found):
            results = [run[k] for run in runs]
            if any(r is None or r.value is None for r in results):
                continue  # no value: nothing the text fixes (an undated article's count from the time in focus)
            vals = [r.value for r in results]
            value = vals[0] if len(set(vals)) == 1 else merge(vals[0], vals[1])
            t = Timex(m.start, m.end, results[0].type, value, rule=m.rule.name)
            ivs = [interval(v) for v in vals]  # none for 'XXXX-…' values: an undated article's relative times
            if all(ivs):
                t.earliest, t.latest = min(i[0] for i in ivs), max(i[1] for i in ivs)
            out.append(t)
        self._appositions(text, out)
        self._clock_before_day(text, out)
        return out

    @staticmethod
    def _clock_before_day(text: str, out: list[Timex]) -> None:
        """'à 15 heures le 12 mars', 'vers 8 h ce lundi 4 mars': a clock time without a day of its own that the
        date right after it completes is on that date."""
        for a, b in zip(out, out[1:]):
            if a.rule == "clock" and a.type == "TIME" and b.type in ("DATE", "TIME") and \
                    re.fullmatch(r"\d{4}-\d{2}-\d{2}(?:T.*)?", b.value) and re.fullmatch(r" ?", text[a.end:b.start]) and \
                    "T" in a.value and a.value[:10] != b.value[:10]:
                a.value = b.value[:10] + a.value[a.value.index("T"):]
                a.earliest = a.latest = b.value[:10]

    def _listed(self, doc: Doc, found: list[Match], direction: list[Lazy]) -> None:
        """Times listed with no verb between them ('le 19 juillet, d'autres en août et à la rentrée') are
        adverbials of one verb: each takes the direction of the one before, whatever a misplaced attachment says."""
        if self.list_gap is None:
            return
        text = text_of(doc)
        for k in range(1, len(found)):
            a, b = found[k - 1], found[k]
            gap = text[a.end:b.start]
            if len(gap) > 40 or not self.list_gap.search(fold(gap)) or "\n" in gap:
                continue
            toks = tokens_in(doc, a.end, b.start)
            if toks is not None and any(t.pos_ in ("VERB", "AUX") or t.is_sent_start for t in toks if not t.is_space):
                continue
            direction[k].v = direction[k - 1]()

    @staticmethod
    def _same_weekday(found: list[Match], direction: list[Lazy]) -> None:
        """An article names one day by one weekday: where a bare 'dimanche' has no tense to go by (a headline,
        a present), it is the 'dimanche' the nearest clause with a tense points to."""
        bare = [k for k, m in enumerate(found) if m.rule.norm == "calendar" and m.slots.get("weekday") and
                not (m.slots.get("dir") or m.slots.get("adir") or m.slots.get("day"))]
        if len(bare) < 2:
            return
        told = {}
        for k in bare:
            if direction[k]():
                told.setdefault(fold(found[k].slots["weekday"]), []).append(k)
        for k in bare:
            ks = told.get(fold(found[k].slots["weekday"]))
            if ks and not direction[k]():
                nearest = min(ks, key=lambda j: abs(found[j].start - found[k].start))
                direction[k].v = direction[nearest]()

    def _run(self, found: list[Match], anchor: dt.date | None, span: tuple[dt.date, dt.date] | None,
             paragraphs: list[int], sent_ids: list[int],
             direction: list[Lazy], generic: list[Lazy], of_event: list[bool]) -> list[Result | None]:
        """One pass over the matches against one anchor, keeping the time in focus as the text goes."""
        focus = Focus(anchor)
        para = 0
        results: list[Result | None] = []
        sent_day: tuple[int, dt.date] | None = None
        sent_year: tuple[int, int] | None = None
        for k, m in enumerate(found):
            while para + 1 < len(paragraphs) and paragraphs[para + 1] <= m.start:
                para += 1
                focus.next_paragraph()
            sid = sent_ids[k]
            ctx = Context(anchor=anchor, span=span, direction=direction[k], generic=generic[k], focus=focus,
                          sentence_day=sent_day[1] if sent_day and sent_day[0] == sid else None,
                          sentence_year=sent_year[1] if sent_year and sent_year[0] == sid else None,
                          of_event=of_event[k])
            r = self.normaliser.value(m, ctx)
            results.append(r)
            if r is None:
                continue
            if r.day is not None:
                focus.note_day(r.day)
            if r.year is not None:
                focus.note_year(r.year)
                if YEAR_ONLY.fullmatch(r.value or ""):  # a year alone frames its sentence; a full date does not
                    sent_year = (sid, r.year)
            if DAY.match(r.value or ""):  # an undated article's relative times have no value
                sent_day = (sid, dt.date.fromisoformat(r.value[:10]))
        return results

    @staticmethod
    def _appositions(text: str, out: list[Timex]) -> None:
        """'aujourd'hui (dimanche)', 'Aujourd'hui, samedi, …': a deictic day followed by the day it is, in brackets
        or between commas, is that day (and no 'nowadays')."""
        for a, b in zip(out, out[1:]):
            if a.rule == "relday" and b.rule in ("weekday", "day_month", "weekday_day") and b.type == "DATE" and \
                    re.fullmatch(r"\s*[(,]\s*", text[a.end:b.start]) and re.fullmatch(r"\s*[),]", text[b.end:b.end + 1]):
                a.type, a.value, a.earliest, a.latest = b.type, b.value, b.earliest, b.latest

    # ------------------------------------------------------------------ the page's own date
    def stated_dates(self, text: str, found: list[Match], date: str | None) -> list[dict]:
        """The dates the text gives itself ('Publié le 12 mars 2024', 'Mis à jour le …'), each with its kind."""
        if self.publication is None:
            return []
        out = []
        for m in found:
            if m.rule.name not in ("day_month", "numeric_date", "iso_date") or not m.slots.get("year"):
                continue
            base = max(text.rfind("\n", 0, m.start) + 1, m.start - 40)
            cue = self.publication.search(fold(text[base:m.start]))
            if not cue:
                continue
            r = self.normaliser.value(m, Context(anchor=None, span=None, direction=lambda: 0, generic=lambda: False,
                                                 focus=Focus(None)))
            if r is None or not re.match(r"\d{4}-\d{2}-\d{2}$", r.value):
                continue
            kind = "updated" if self.updated.search(cue.group(1)) else "published"
            out.append({"kind": kind, "value": r.value, "start": m.start, "end": m.end, "text": text[m.start:m.end],
                        "cue": text[base + cue.start(1):base + cue.end(1)]})
        return out


def date_report(date: str | None, source: str | None, stated: list[dict], guess: dict | None
                ) -> tuple[str | None, str | None, list[str]]:
    """The article's date, where it came from ('input', 'metadata', 'guessed'), and what a reader should be told:
    no date at all, a date guessed (from the page, or from the text's own 'Publié le …' line), a date the text
    contradicts."""
    warnings: list[str] = []
    if not date and guess:
        date, source = guess["value"], "guessed"
        warnings.append(f"no article date given: {date} taken from the text ('{guess['cue']} {guess['text']}')")
    elif not date:
        return None, None, [NO_DATE]
    elif source == "guessed":
        warnings.append(f"article date {date} guessed from the page's text, not declared by the page")
    for s in stated:
        v, said = s["value"], f"'{s['cue']} {s['text']}'"
        if s["kind"] == "published" and not (v.startswith(date) or date.startswith(v)):
            warnings.append(f"the text contradicts the article date {date} ({source or 'given'}): it says {said}")
        elif s["kind"] == "updated" and v < date:
            warnings.append(f"the text contradicts the article date {date} ({source or 'given'}): it says {said}, "
                            f"an update before the date")
        elif s["kind"] == "updated" and source == "guessed" and v != date and guess is None:
            warnings.append(f"the guessed date {date} may not be the publication's: the text says {said}")
    return date, source, list(dict.fromkeys(warnings))


def paragraph_starts(text: str) -> list[int]:
    """Where each paragraph begins: after blank lines, or after every line break in a text that has none."""
    sep = BLANK_LINE if BLANK_LINE.search(text) else re.compile(r"\n")
    return [0] + [m.end() for m in sep.finditer(text)]


def sentence_ids(doc: Doc, found: list[Match]) -> list[int]:
    """The sentence number of each match."""
    if not len(doc):
        return [0] * len(found)
    starts, _, sent_of, _, _ = _index(doc)
    # the token at each start as `token_at` finds it, by its index alone: no Token is made
    return [sent_of[max(0, bisect_right(starts, m.start) - 1)] for m in found]


def _starting_in(times: list[dict], lo: int, hi: int) -> list[dict]:
    """The time expressions (in text order, as `Doc._.sg_times`) that start in [lo, hi), found by bisection."""
    return times[bisect_left(times, lo, key=_start):bisect_left(times, hi, key=_start)]


def _start(t: dict) -> int:
    return t["start"]


def nearest_time(times: list[dict], sent, at: int, types: tuple[str, ...]) -> str | None:
    """The id of the time expression of a sentence nearest to a character offset, among these TIMEX3 types
    (`times` in text order, as `Doc._.sg_times`)."""
    best = None
    for t in _starting_in(times, sent.start_char, sent.end_char):
        if t["type"] in types:
            gap = abs(t["start"] - at)
            if best is None or gap < best[0]:
                best = (gap, t["id"])
    return best[1] if best else None


def link_quotes(doc: Doc, quotes: list[dict], times: list[dict]) -> None:
    """Give each quote the time it was said or written when its cue's clause names one
    ('ont déclaré la semaine dernière', 'a écrit … dans Le Devoir le 3 mars')."""
    for q in quotes:
        cue = q.get("cue")
        if not cue:
            continue
        ij = token_range(doc, cue["start"], cue["end"])  # its first token only: no Span made
        if ij is None:
            continue
        # the bounds of its sentence, off the index (no Token, no Span)
        starts, ends, sent_of, bounds, _ = _index(doc)
        n = sent_of[ij[0]]
        lo, hi = starts[bounds[n]], ends[bounds[n + 1] - 1]
        inside = [(c["start"], c["end"]) for c in q["content"]]
        best = None
        for t in _starting_in(times, lo, hi):
            if t["type"] not in ("DATE", "TIME"):
                continue
            if any(s <= t["start"] < e for s, e in inside):
                continue
            gap = t["start"] - cue["end"] if t["start"] >= cue["end"] else cue["start"] - t["end"]
            if gap <= 80 and (best is None or gap < best[0]):
                best = (gap, t["id"])
        if best is not None:
            q["time_id"] = best[1]


@Language.factory("storygraph_times", default_config={"lang": "fr"})
def make_times(nlp: Language, name: str, lang: str) -> TimeTagger:
    """Registered factory: `nlp.add_pipe("storygraph_times")`; reads `Doc._.sg_date`."""
    return TimeTagger(lang)


for _ext in ("sg_times", "sg_date", "sg_stated_dates", "sg_date_guess"):
    if not Doc.has_extension(_ext):
        Doc.set_extension(_ext, default=None)
