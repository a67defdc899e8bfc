"""Component `storygraph_times`: French time expressions, normalised against the article's date.

The patterns and words are data (`lang/<lang>/times.json`); this module compiles them, finds the
expressions, chooses past or future from the tense of the clause, and computes TIMEX3 values and the
honest interval (`earliest`, `latest`) they stand for. A month-only article date ("2023-09") is an
interval too: an expression is normalised against both its ends and keeps what both agree on.
"""
from __future__ import annotations

import calendar
import datetime as dt
import re
from bisect import bisect_left
from dataclasses import dataclass

try:  # the regex parser the standard library uses, to read a pattern's structure
    import re._parser as sre_parse
except ImportError:  # Python < 3.11
    import sre_parse  # type: ignore[no-redef]

from spacy.language import Language
from spacy.tokens import Doc
from text_to_num import text2num

from ..lang import resource
from .guard import guarded
from .index import sentence_of, text_of, tokens_in

UNIT_DAYS = {"D": 1, "W": 7, "WE": 7}


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


def parse_anchor(date: str | None) -> tuple[dt.date, dt.date] | None:
    """The interval a document date stands for: a day, a whole month or a whole year."""
    if not date:
        return None
    m = re.match(r"(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?", date)
    if not m:
        return None
    y = int(m.group(1))
    if m.group(3):
        d = dt.date(y, int(m.group(2)), int(m.group(3)))
        return d, d
    if m.group(2):
        mo = int(m.group(2))
        return dt.date(y, mo, 1), dt.date(y, mo, calendar.monthrange(y, mo)[1])
    return dt.date(y, 1, 1), dt.date(y, 12, 31)


def interval(value: str) -> tuple[str, str] | None:
    """The first and last day a TIMEX3 date value covers (None for durations, sets and vague references)."""
    m = re.match(r"^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?(?:T.*)?$", value)
    if m:
        y = int(m.group(1))
        if m.group(3):
            return f"{y:04d}-{m.group(2)}-{m.group(3)}", f"{y:04d}-{m.group(2)}-{m.group(3)}"
        if m.group(2):
            mo = int(m.group(2))
            return f"{y:04d}-{mo:02d}-01", f"{y:04d}-{mo:02d}-{calendar.monthrange(y, mo)[1]:02d}"
        return f"{y:04d}-01-01", f"{y:04d}-12-31"
    m = re.match(r"^(\d{4})-W(\d{2})(-WE)?$", value)
    if m:
        monday = dt.date.fromisocalendar(int(m.group(1)), int(m.group(2)), 1)
        first = monday + dt.timedelta(days=5) if m.group(3) else monday
        return first.isoformat(), (monday + dt.timedelta(days=6)).isoformat()
    m = re.match(r"^(\d{4})-(SP|SU|FA|WI)$", value)
    if m:
        y = int(m.group(1))
        spans = {"SP": ((3, 20), (6, 20)), "SU": ((6, 21), (9, 22)), "FA": ((9, 23), (12, 20)), "WI": ((12, 21), (3, 19))}
        (m1, d1), (m2, d2) = spans[m.group(2)]
        return dt.date(y, m1, d1).isoformat(), dt.date(y + (m.group(2) == "WI"), m2, d2).isoformat()
    m = re.match(r"^(\d{2,3})X+$", value)
    if m:
        digits = m.group(1)
        span = 10 ** (4 - len(digits))
        first = int(digits) * span
        return f"{first:04d}-01-01", f"{first + span - 1:04d}-12-31"
    return None


def merge(v1: str, v2: str) -> str:
    """The most precise value two normalisations of one expression agree on."""
    if v1 == v2:
        return v1
    i1, i2 = interval(v1), interval(v2)
    if i1 and i2:
        lo, hi = min(i1[0], i2[0]), max(i1[1], i2[1])
        if lo[:7] == hi[:7]:
            return lo[:7]
        if lo[:4] == hi[:4]:
            return lo[:4]
        return lo[:3] + "X"
    common = ""
    for a, b in zip(v1, v2):
        if a != b:
            break
        common += a
    return common.rstrip("-T") or v1


def merged(windows: list[list[list[int]]]) -> list[list[int]]:
    """The union of sorted window lists, as sorted disjoint windows."""
    out: list[list[int]] = []
    for a, b in sorted(w for ws in windows for w in ws):
        if out and a <= out[-1][1]:
            if b > out[-1][1]:
                out[-1][1] = b
        else:
            out.append([a, b])
    return out


_MARK = 0xE000  # private-use characters stand for the {slots} while a pattern's structure is read


def must_contain(template: str) -> set[str]:
    """The anchors every match of a pattern template holds: 'digit' and 'slot:<name>' for {name}, read off the
    pattern's structure (a slot or digit inside an optional part or in only some alternatives does not count)."""
    names = re.findall(r"\{([a-z_]+)\}", template)
    marks = {chr(_MARK + k): f"slot:{name}" for k, name in enumerate(dict.fromkeys(names))}
    src = template
    for ch, kind in marks.items():
        src = src.replace("{" + kind[5:] + "}", ch)
    try:
        tree = sre_parse.parse(src)
    except re.error:
        return set()

    def seq(nodes) -> set[str]:
        out: set[str] = set()
        for op, av in nodes:
            out |= node(op, av)
        return out

    def node(op, av) -> set[str]:
        if op is sre_parse.LITERAL:
            ch = chr(av)
            return {marks[ch]} if ch in marks else {"digit"} if ch.isdigit() else set()
        if op is sre_parse.IN:
            ok = all(o is sre_parse.CATEGORY and a is sre_parse.CATEGORY_DIGIT or
                     o is sre_parse.RANGE and chr(a[0]).isdigit() and chr(a[1]).isdigit() or
                     o is sre_parse.LITERAL and chr(a).isdigit() for o, a in av)
            return {"digit"} if ok and av else set()
        if op in (sre_parse.MAX_REPEAT, sre_parse.MIN_REPEAT):
            lo, _, sub = av
            return seq(sub) if lo >= 1 else set()
        if op is sre_parse.SUBPATTERN:
            return seq(av[-1])
        if op is sre_parse.BRANCH:
            sets = [seq(b) for b in av[1]]
            return set.intersection(*sets) if sets else set()
        return set()

    return seq(tree)


class TimeTagger:
    """Find and normalise time expressions with the language's patterns."""

    def __init__(self, lang: str = "fr"):
        data = resource(lang, "times")
        self.words = data["words"]
        self.lookup = {k: {self._key(w): v for w, v in vs.items()} for k, vs in self.words.items() if isinstance(vs, dict)}
        self.age_nouns = set(self.words.get("age_nouns", []))
        self.scheduled = set(self.words.get("scheduled_verbs", []))
        preps = sorted((re.escape(w).replace("’", "'").replace("'", "['’]") for w in self.words.get("future_prepositions", [])),
                       key=len, reverse=True)
        self.future_prep = re.compile(r"(?i)(?:" + "|".join(preps) + r")\s*$") if preps else re.compile(r"(?!x)x")
        self.duration_nouns = set(self.words.get("duration_nouns", []))
        self.rules = []
        self.rules_ci = []
        anchor_lists = data.get("anchor_lists", list(self.words))
        literals = [self._key(w) for w in set(data.get("triggers", [])) - set(data.get("not_anchors", []))]
        self.anchor_kinds: dict[str, set[str]] = {}
        for key in anchor_lists:
            v = self.words[key]
            for w in (v.keys() if isinstance(v, dict) else v):
                self.anchor_kinds.setdefault(" ".join(self._key(w).split()), set()).add(f"slot:{key}")
        for w in literals:
            self.anchor_kinds.setdefault(" ".join(w.split()), set()).add(f"lit:{w}")
        #: the anchors each rule contains one of: a digit, a word of one of its vocabularies (named as {slot} or
        #: written out in the pattern), one of its literals; None: no anchor known, the rule runs everywhere
        self.rule_anchors: list[frozenset[str] | None] = []
        self.rule_musts: list[frozenset[str]] = []
        for p in data["patterns"]:
            src = p["re"].casefold().replace("’", "'")
            feats = {f"slot:{n}" for n in re.findall(r"\{([a-z_]+)\}", src) if n in anchor_lists}
            for w, kinds in self.anchor_kinds.items():
                if re.search(r"(?<![\w])" + re.escape(w), src):  # a prefix is enough: "nocturnes?"
                    feats |= kinds
            if "\\d" in src or "{number}" in src or "[0-9]" in src:
                feats.add("digit")
            self.rule_anchors.append(frozenset(feats) or None)
            #: the anchors every match of the rule contains (a digit in 'clock', a month in 'month_year'): the
            #: rule need only run near one of them, the rarest in the text
            self.rule_musts.append(frozenset(k for k in must_contain(p["re"]) if k == "digit" or k[5:] in anchor_lists))
        for p in data["patterns"]:
            rx = re.sub(r"\{([a-z_]+)\}", lambda m: self._alternation(m.group(1)), p["re"])
            # word boundaries inside the pattern, so that alternations backtrack ('an' | 'année')
            full = r"(?<![\w-])(?:" + rx + r")(?!\w)"
            # matched on the lower-cased text (faster than IGNORECASE); the other for texts whose case folding
            # changes their length
            self.rules.append((p, re.compile(full)))
            self.rules_ci.append(re.compile(full, re.IGNORECASE))
        # only the neighbourhoods of a digit or an anchor word (a month, a unit, 'hier', 'désormais' …) can hold
        # an expression: the patterns run there. Function words ('de', 'une', 'par', 'depuis') are never
        # expressions on their own, and as anchors they made the neighbourhoods cover the whole text.
        vocab = set(data.get("triggers", [])) - set(data.get("not_anchors", []))
        for key in data.get("anchor_lists", list(self.words)):
            v = self.words[key]
            vocab |= {self._key(w) for w in (v.keys() if isinstance(v, dict) else v)}
        # whole phrases: the first word of 'à présent' or 'de nos jours' alone would anchor everywhere
        words = sorted((r"\s+".join(re.escape(x) for x in w.split()).replace("'", "['’]") for w in vocab if w.strip()),
                       key=len, reverse=True)
        self.trigger = re.compile(r"\d|(?<!\w)(?:" + "|".join(words) + r")")
        self.strip = {p["name"]: re.compile(p["strip_prefix"], re.IGNORECASE) for p in data["patterns"] if "strip_prefix" in p}
        self.before = {p["name"]: re.compile(p["before"], re.IGNORECASE) for p in data["patterns"] if "before" in p}

    @staticmethod
    def _key(w: str) -> str:
        return w.casefold().replace("’", "'")

    def _alternation(self, name: str) -> str:
        vocab = self.words[name]
        words = list(vocab.keys()) if isinstance(vocab, dict) else list(vocab)
        if name == "number":
            base = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
            return rf"(?:(?:{base})(?:[- ](?:et[- ])?(?:{base}))*)"
        return "(?:" + "|".join(re.escape(w).replace("'", "['’]") for w in sorted(words, key=len, reverse=True)) + ")"

    # ------------------------------------------------------------------ find
    def find(self, text: str) -> list[tuple[int, int, dict, re.Match]]:
        """Candidate matches, longest first at each place, none overlapping."""
        cands = []
        low = text.lower()
        same = len(low) == len(text)
        n = len(text)
        # the neighbourhoods (50 characters each side) of each kind of anchor, merged
        by_kind: dict[str, list[list[int]]] = {}
        everywhere: list[list[int]] = []
        for h in self.trigger.finditer(low if same else text.lower()):
            a, b = h.start() - 50, h.end() + 50
            a, b = a if a > 0 else 0, b if b < n else n
            for k in self._kinds(h.group(0)):
                w = by_kind.setdefault(k, [])
                if w and a <= w[-1][1]:
                    w[-1][1] = b
                else:
                    w.append([a, b])
            if everywhere and a <= everywhere[-1][1]:
                everywhere[-1][1] = b
            else:
                everywhere.append([a, b])
        by_feats: dict[frozenset, list[list[int]]] = {}
        for order, (p, rx) in enumerate(self.rules):
            # each rule runs only near the anchors it contains ('{month}' rules near months, digit rules near
            # digits), and when every match must hold one kind, only near that kind
            musts = self.rule_musts[order]
            feats = self.rule_anchors[order]
            if musts:
                windows = min((by_kind.get(k, []) for k in musts), key=len)
            elif feats is None:
                windows = everywhere
            else:
                windows = by_feats.get(feats)
                if windows is None:
                    windows = by_feats[feats] = merged([by_kind[k] for k in feats if k in by_kind])
            found = (m for a, b in windows for m in (rx.finditer(low, a, b) if same else self.rules_ci[order].finditer(text, a, b)))
            for m in found:
                s, e = m.start(), m.end()
                if s == e or (s > 0 and (text[s - 1].isalnum() or text[s - 1] in "-")) or \
                        (e < len(text) and (text[e].isalnum() or (text[e] == "-" and e + 1 < len(text) and text[e + 1].isalpha()))):
                    continue
                if text[e - 1] == " ":
                    continue
                if p["name"] in self.before and not self.before[p["name"]].search(text[max(0, s - 30):s]):
                    continue
                cands.append((s, e, order, p, m))
        cands.sort(key=lambda c: (-(c[1] - c[0]), c[2]))
        taken: list[tuple[int, int, dict, re.Match]] = []
        spans: list[tuple[int, int]] = []  # the taken spans, sorted and disjoint: a new one meets its neighbours only
        for s, e, order, p, m in cands:
            k = bisect_left(spans, (s, e))
            if k > 0 and spans[k - 1][1] > s or k < len(spans) and spans[k][0] < e:
                continue
            spans.insert(k, (s, e))
            taken.append((s, e, p, m))
        return sorted(taken, key=lambda t: t[0])

    def _kinds(self, word: str) -> set[str]:
        """What an anchor found in the text is: a digit, a word of some vocabularies, a literal."""
        if word[:1].isdigit():
            return {"digit"}
        return self.anchor_kinds.get(" ".join(word.replace("’", "'").split()), set())

    def is_age(self, text: str, s: int, e: int, groups: dict) -> bool:
        """'un Britannique de 15 ans', 'Agé de 54 ans', 'Alain Dupont, 53 ans,': ages are not durations."""
        unit = (groups.get("unit") or "").lower()
        if unit not in ("an", "ans"):
            if unit == "" and re.match(r"\s+(?:à|ou)\s+\d+\s+ans\b", text[e:]):
                return bool(re.search(r"\bde $", text[max(0, s - 30):s])) and not re.search(r"\b(?:peines?|prison) de $", text[max(0, s - 30):s])
            return False
        before = text[max(0, s - 30):s]
        words = re.findall(r"[\w'’-]+", before.lower())
        if not words:
            return False
        if words[-1] == "de":
            prev = words[-2] if len(words) >= 2 else ""
            return prev not in self.duration_nouns or prev in self.age_nouns
        if before.rstrip().endswith(",") and re.match(r"\s*[,.)]", text[e:e + 2]):
            return True
        if re.search(r"\bde \d+ (?:à|a) $", before):
            return not re.search(r"\b(?:peines?|prison|condamnés?) de \d+ (?:à|a) $", before)  # 'de 2 à 8 ans'
        return False

    # -------------------------------------------------------------- direction
    def direction(self, doc: Doc, start: int) -> int:
        """-1 for a past clause, +1 for a future or conditional one, 0 when the tense does not say."""
        if self.future_prep.search(text_of(doc), max(0, start - 15), start):
            return 1
        span = tokens_in(doc, start, start + 1)
        if span is None:
            return 0
        tok = span[0]
        for _ in range(6):
            if tok.pos_ in ("VERB", "AUX"):
                break
            if tok.head.i == tok.i:
                break
            tok = tok.head
        verbs = [tok] + [c for c in tok.children if c.dep_.startswith("aux")]
        for v in verbs:
            mood, tense, form = v.morph.get("Mood"), v.morph.get("Tense"), v.morph.get("VerbForm")
            if "Fut" in tense or "Cnd" in mood:
                return 1
            if "Imp" in tense or ("Past" in tense and "Part" not in form) or (v.lemma_ == "avoir" and v.dep_.startswith("aux")):
                return -1
        if "Part" in tok.morph.get("VerbForm") and "Past" in tok.morph.get("Tense"):
            # passé composé, or a bare participle ('Interpellés mardi'): past, unless something is scheduled
            return 0 if tok.lemma_ in self.scheduled else -1
        if tok.lemma_ in ("devoir", "aller") and any(c.morph.get("VerbForm") == ["Inf"] for c in tok.children):
            return 1
        return 0

    # ------------------------------------------------------------- normalise
    def normalise(self, p: dict, g: dict, anchor: dt.date, direction: "int | Lazy", last_date: dt.date | None, last_year: int | None) -> str | None:
        norm = p["norm"]
        look = self.lookup
        def low(x):
            return self._key(x) if x else x
        if norm == "ref":
            return p["value"]
        if norm == "decade":
            d = g["decade"]
            return (d[:3] if len(d) == 4 else "19" + d[0]) + "X"
        if norm == "century":
            n = roman(g["century"])
            return f"{n - 1:02d}XX" if n else None
        if norm == "period_noun":
            return self.words["period_noun"].get(low(g["period"]))
        if norm == "set":
            if g.get("weekday"):
                return f"{anchor.year}-WXX-{look['weekday'][low(g['weekday'])]}"
            if g.get("adj"):
                a = low(g["adj"])
                return "P1Y" if a.startswith("annuel") else "P1M" if a.startswith("mensuel") else "P1W" if a.startswith("hebdo") else "P1D"
            u = low(g["unit"])
            if u in ("matin", "soir"):
                return "T" + ("MO" if u == "matin" else "EV")
            code = look["unit"].get(u)
            return f"P1{code}" if code in ("Y", "M", "W", "D") else f"PT1{code[0]}" if code in ("H",) else "P1W" if code == "WE" else None
        if norm == "duration":
            unit = look["unit"].get(low(g.get("unit") or ""), None)
            if low(g.get("unit") or "") == "période":
                return "PXX"
            if unit is None and p.get("unit_from_next"):
                return None
            num = g.get("num") or p.get("num")
            n = to_number(num, self.lookup["vague_number"]) if num not in ("X",) else "X"
            if g.get("vdir") or n is None:
                n = "X"
            return duration_value(n, unit)
        if norm == "this_unit":
            unit = low(g.get("unit") or p.get("unit"))
            d = g.get("dir") or p.get("dir") or "0"
            shift = look["relunit_dir"].get(low(d), 0) if not d.lstrip("-").isdigit() else int(d)
            if unit == "week-end" and shift == 0 and direction < 0 and anchor.isoweekday() < 6:
                shift = -1  # 'se sont rendus ce week-end' on a Tuesday: the one just past
            return this_unit(unit, shift, anchor)
        if norm == "season":
            season = look["season"][low(g["season"])]
            year = int(g["year"]) if g.get("year") else anchor.year
            if g.get("dir"):
                year += look["relunit_dir"].get(low(g["dir"]), 0)
            elif not g.get("year") and direction:
                order = ["WI", "SP", "SU", "FA"]
                cur = (anchor.month % 12) // 3
                idx = order.index(season)
                if direction < 0 and idx > cur:
                    year -= 1
                elif direction > 0 and idx < cur:
                    year += 1
            return f"{year}-{season}"
        if norm == "ago":
            unit = look["unit"].get(low(g["unit"]))
            n = to_number(g["num"], self.lookup["vague_number"])
            if not isinstance(n, (int, float)):
                return "PAST_REF"
            return shift_value(anchor, unit, -int(n))
        if norm == "later":
            unit = look["unit"].get(low(g["unit"]))
            n = to_number(g["num"], self.lookup["vague_number"])
            if not isinstance(n, (int, float)):
                if unit in ("M", "W", "D") and last_year:
                    return str(last_year)
                return "FUTURE_REF" if low(g["dir_word"]) == "tard" else "PAST_REF"
            sign = 1 if low(g["dir_word"]) == "tard" else -1
            if unit == "Y" and last_year:
                return str(last_year + sign * int(n))
            base = last_date or anchor
            return shift_value(base, unit, sign * int(n))
        if norm in ("date", "clock", "daypart"):
            day = self.resolve_day(g, p, anchor, direction, last_date)
            if norm == "date":
                return day
            if day is None and g.get("_context_day"):
                day = g["_context_day"]
            if day is None or len(day) < 10:
                day = anchor.isoformat() if day is None else day
            if norm == "daypart":
                part = look["daypart"].get(low(g.get("daypart") or ""), p.get("daypart"))
                return f"{day}T{part}" if part else day
            h = int(g["hour"])
            mi = int(g["minute"]) if g.get("minute") else 0
            if h > 24 or mi > 59:
                return None
            return f"{day}T{h:02d}:{mi:02d}"
        return None

    def unanchored(self, p: dict, g: dict, last_year: int | None) -> str | None:
        """The value an expression has without an article date: what the words themselves fix, X for the rest."""
        if p["norm"] in ("ref", "duration", "decade", "century", "period_noun", "set") or (g.get("year") and p["norm"] == "date"):
            return self.normalise(p, g, dt.date(2000, 1, 1), 0, None, last_year)
        look = self.lookup
        month = look["month"].get(self._key(g.get("month") or g.get("month_kept") or ""))
        day = g.get("day")
        day = 1 if day and day.lower() in ("1er", "premier") else int(day) if day else None
        base = None
        if month and day:
            base = f"XXXX-{month:02d}-{day:02d}"
        elif month:
            base = f"XXXX-{month:02d}"
        elif g.get("weekday"):
            base = f"XXXX-WXX-{look['weekday'][self._key(g['weekday'])]}"
        if p["norm"] == "clock" and g.get("hour"):
            return f"{base or 'XXXX-XX-XX'}T{int(g['hour']):02d}:{int(g.get('minute') or 0):02d}"
        if p["norm"] == "daypart":
            part = look["daypart"].get(self._key(g.get("daypart") or ""), p.get("daypart"))
            return f"{base or 'XXXX-XX-XX'}T{part}"
        if p["norm"] == "ago":
            return "PAST_REF"
        if p["norm"] == "later":
            return "FUTURE_REF" if self._key(g.get("dir_word") or "") == "tard" else "PAST_REF"
        return base or "XXXX-XX-XX"

    def resolve_day(self, g: dict, p: dict, anchor: dt.date, direction: "int | Lazy", last_date: dt.date | None) -> str | None:
        look = self.lookup
        def low(x):
            return self._key(x) if x else x
        rel = g.get("relday") if g.get("relday") is not None else p.get("relday")
        if rel is not None:
            n = look["relday"].get(low(rel)) if not str(rel).lstrip("-").isdigit() else int(rel)
            return (anchor + dt.timedelta(days=n)).isoformat()
        if g.get("anaphor"):
            base = last_date or anchor
            return (base + dt.timedelta(days=1 if low(g["anaphor"]) == "lendemain" else -1)).isoformat()
        month = None
        if g.get("month") or g.get("month_kept"):
            month = look["month"].get(low(g.get("month") or g.get("month_kept")))
        elif g.get("monthnum"):
            month = int(g["monthnum"])
        year = None
        if g.get("year"):
            y = g["year"].lstrip("'’")
            year = int(y) if len(y) == 4 else min((c + int(y) for c in (1900, 2000, 2100)), key=lambda v: abs(v - anchor.year - 5))
        dir_word = g.get("dir")
        shift = look["relunit_dir"].get(low(dir_word), 0) if dir_word else 0
        day = None
        if g.get("day"):
            dd = g["day"].lower()
            day = 1 if dd in ("1er", "premier") else int(dd)
        if day and month:
            if year is None:
                options = [y for y in (anchor.year - 1, anchor.year, anchor.year + 1) if safe_date(y, month, day)]
                def score(y):
                    gap = (safe_date(y, month, day) - anchor).days
                    wrong_way = (direction < 0 and gap > 1) or (direction > 0 and gap < -1)
                    return (wrong_way and abs(gap) > 45, abs(gap))
                year = min(options, key=score) if options else anchor.year
            d = safe_date(year, month, day)
            return d.isoformat() if d else None
        if month:
            if year is None and g.get("_context_year"):
                year = g["_context_year"]
            if year is None:
                year = anchor.year
                if shift:
                    if shift > 0 and month <= anchor.month:
                        year += 1
                    elif shift < 0 and month >= anchor.month:
                        year -= 1
                elif direction < 0 and month > anchor.month:
                    year -= 1
                elif direction > 0 and month < anchor.month:
                    year += 1
            return f"{year:04d}-{month:02d}"
        if g.get("weekday"):
            wd = look["weekday"][low(g["weekday"])]
            d = direction if not shift else shift
            delta = wd - anchor.isoweekday()
            if d < 0:
                delta = delta if delta < 0 else delta - 7
            elif d > 0:
                delta = delta if delta > 0 else delta + 7
            else:
                # the tense does not say: news announces what comes
                delta = delta if delta >= 0 else delta + 7
            if day:
                target_day = day
                for k in range(-21, 22):
                    cand = anchor + dt.timedelta(days=k)
                    if cand.isoweekday() == wd and cand.day == target_day:
                        return cand.isoformat()
            return (anchor + dt.timedelta(days=delta)).isoformat()
        if year is not None:
            return f"{year:04d}"
        return None

    # ------------------------------------------------------------------ run
    @guarded("storygraph_times")
    def __call__(self, doc: Doc) -> Doc:
        text = text_of(doc)
        doc._.sg_times = [{"id": f"T{n}", "start": t.start, "end": t.end, "text": text[t.start:t.end], "type": t.type,
                           "value": t.value, "earliest": t.earliest, "latest": t.latest}
                          for n, t in enumerate(self.tag(doc, doc._.sg_date), 1)]
        link_quotes(doc, doc._.sg_quotes or [], doc._.sg_times)
        return doc

    def tag(self, doc: Doc, date: str | None) -> list[Timex]:
        """Every time expression of the Doc with its value against the article date (or no value)."""
        text = text_of(doc)
        anchors = parse_anchor(date)
        out: list[Timex] = []
        last_date: dict[int, dt.date | None] = {0: None, 1: None}
        last_year: int | None = None
        for s, e, p, m in self.find(text):
            g = {k: v for k, v in m.groupdict().items() if v is not None}
            if p["type"] == "DURATION" and self.is_age(text, s, e, g):
                continue
            if p["name"] in self.strip:
                sm = self.strip[p["name"]].match(text, s, e)
                if sm and sm.end() < e:
                    s = sm.end()
            if p.get("unit_from_next"):
                nxt = re.match(r"\s+(?:à|ou)\s+\d+\s+([\w-]+)", text[e:])
                g["unit"] = nxt.group(1) if nxt else None
            direction = Lazy(lambda s=s: self.direction(doc, s))
            sent_start = max(text.rfind(". ", 0, s), text.rfind("\n", 0, s), 0)
            recent = [t for t in out if t.start >= sent_start - 1 or s - t.end < 60]
            values = []
            for k, anchor in enumerate(anchors or ()):
                gk = dict(g)
                near_year = next((int(t.value[:4]) for t in reversed(recent) if re.match(r"^\d{4}(?:$|-\d)", t.value)), None)
                if near_year and p["norm"] == "date" and (g.get("month") or g.get("month_kept")) and not g.get("year") and not g.get("dir"):
                    gk["_context_year"] = near_year
                near_day = [t for t in recent if re.match(r"^\d{4}-\d{2}-\d{2}", t.value)]
                if near_day and p["norm"] == "clock" and not (g.get("weekday") or g.get("relday") or g.get("day")):
                    gk["_context_day"] = near_day[-1].value[:10] if k == 0 or not anchors or len(anchors) == 1 else near_day[-1].value[:10]
                values.append(self.normalise(p, gk, anchor, direction, last_date[k], last_year))
            if anchors is None:
                value = self.unanchored(p, g, last_year)
            elif None in values:
                continue
            else:
                value = values[0] if len(set(values)) == 1 else merge(values[0], values[1])
            if value is None:
                continue
            ttype = p["type"]
            if ttype == "DATE" and "T" in value[4:] and re.match(r"^\d{4}", value):
                ttype = "TIME"
            t = Timex(s, e, ttype, value, rule=p["name"])
            iv = interval(value) if anchors else None
            if anchors and p["type"] in ("DATE", "TIME") and len(values) == 2 and values[0] != values[1]:
                a, b = interval(values[0]), interval(values[1])
                if a and b:
                    iv = (min(a[0], b[0]), max(a[1], b[1]))
            if iv:
                t.earliest, t.latest = iv
                if re.match(r"^\d{4}-\d{2}-\d{2}", value):
                    for k, v in enumerate(values):
                        last_date[k] = dt.date.fromisoformat(v[:10]) if v and re.match(r"^\d{4}-\d{2}-\d{2}", v) else last_date[k]
                if re.match(r"^\d{4}$", value) or re.match(r"^\d{4}-", value):
                    last_year = int(value[:4])
            out.append(t)
        return out


class Lazy:
    """An int computed on first comparison: a clause's tense direction costs a walk up the parse, and
    most time expressions ('le 3 mars 2023', 'en 2019') never ask for it."""

    __slots__ = ("f", "v")

    def __init__(self, f) -> None:
        self.f, self.v = f, None

    def get(self) -> int:
        """The value, computed once."""
        if self.v is None:
            self.v = self.f()
        return self.v

    def __lt__(self, o: int) -> bool:
        return self.get() < o

    def __gt__(self, o: int) -> bool:
        return self.get() > o

    def __bool__(self) -> bool:
        return bool(self.get())


def nearest_time(times: list[dict], sent, at: int, types: tuple[str, ...]) -> str | None:
    """The id of the time expression of a sentence nearest to a character offset, among these TIMEX3 types."""
    best = None
    lo, hi = sent.start_char, sent.end_char
    for t in times:
        if lo <= t["start"] < hi and t["type"] in types:
            gap = abs(t["start"] - at)
            if best is None or gap < best[0]:
                best = (gap, t["id"])
    return best[1] if best else None


def link_quotes(doc: Doc, quotes: list[dict], times: list[dict]) -> None:
    """Give each quote the time it was said or written when its cue's clause names one
    ('ont déclaré la semaine dernière', 'a écrit … dans The Conversation le 10 septembre')."""
    for q in quotes:
        cue = q.get("cue")
        if not cue:
            continue
        span = tokens_in(doc, cue["start"], cue["end"])
        if span is None:
            continue
        sent = sentence_of(span[0])
        lo, hi = sent.start_char, sent.end_char
        inside = [(c["start"], c["end"]) for c in q["content"]]
        best = None
        for t in times:
            if t["type"] not in ("DATE", "TIME") or not (lo <= t["start"] < hi):
                continue
            if any(s <= t["start"] < e for s, e in inside):
                continue
            gap = t["start"] - cue["end"] if t["start"] >= cue["end"] else cue["start"] - t["end"]
            if gap <= 80 and (best is None or gap < best[0]):
                best = (gap, t["id"])
        if best is not None:
            q["time_id"] = best[1]


def roman(s: str) -> int | None:
    """The value of a Roman numeral (XIXe → 19)."""
    vals = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}
    total, prev = 0, 0
    for ch in reversed(s.upper()):
        v = vals.get(ch)
        if v is None:
            return None
        total = total - v if v < prev else total + v
        prev = max(prev, v)
    return total


def to_number(word: str | None, vague: dict) -> int | float | str | None:
    """A count written in digits or French words, through text2num; 'quelques' and the like give 'X'."""
    if word is None:
        return None
    w = word.strip().lower().replace("’", "'")
    if w in vague:
        return "X"
    if re.match(r"^\d+$", w):
        return int(w)
    if re.match(r"^\d+[.,]\d+$", w):
        return float(w.replace(",", "."))
    try:
        return text2num(w, "fr")
    except ValueError:
        return None


def duration_value(n, unit: str | None) -> str | None:
    """P18M, PT3H, P2Y, PXD … from a count and a unit code."""
    if unit is None:
        return None
    if isinstance(n, float):
        if unit == "Y" and n * 12 == int(n * 12):
            return f"P{int(n * 12)}M"
        n = str(n).rstrip("0").rstrip(".")
    if unit in ("H", "MIN", "S"):
        return f"PT{n}{'M' if unit == 'MIN' else unit}"
    if unit == "CE":
        return f"P{n}CE" if n == "X" else f"P{int(n) * 100}Y"
    if unit == "DE":
        return f"P{n}DE" if n == "X" else f"P{int(n) * 10}Y"
    if unit == "HALF":
        return f"P{n}M" if n == "X" else f"P{int(n) * 6}M"
    if unit == "WE":
        return f"P{n}WE"
    return f"P{n}{unit}"


def safe_date(y: int, m: int, d: int) -> dt.date | None:
    try:
        return dt.date(y, m, d)
    except ValueError:
        return None


def this_unit(unit: str, shift: int, anchor: dt.date) -> str | None:
    """'cette semaine', 'l'année dernière', 'le mois prochain' as TIMEX3 values."""
    if unit in ("année", "an"):
        return f"{anchor.year + shift}"
    if unit == "mois":
        y, m = divmod(anchor.month - 1 + shift, 12)
        return f"{anchor.year + y}-{m + 1:02d}"
    if unit in ("semaine", "week-end"):
        d = anchor + dt.timedelta(weeks=shift)
        y, w, _ = d.isocalendar()
        return f"{y}-W{w:02d}" + ("-WE" if unit == "week-end" else "")
    if unit == "trimestre":
        q = (anchor.month - 1) // 3 + shift
        y, q = divmod(q, 4)
        return f"{anchor.year + y}-Q{q + 1}"
    if unit == "siècle":
        return f"{anchor.year // 100 + shift:02d}XX"
    if unit in ("hiver", "été", "automne", "printemps"):
        return f"{anchor.year}-" + {"hiver": "WI", "été": "SU", "automne": "FA", "printemps": "SP"}[unit]
    if unit == "saison":
        return None
    return None


def shift_value(base: dt.date, unit: str | None, n: int) -> str | None:
    """The date n units from base, written at the unit's precision."""
    if unit == "Y":
        return f"{base.year + n}"
    if unit == "M":
        y, m = divmod(base.month - 1 + n, 12)
        return f"{base.year + y}-{m + 1:02d}"
    if unit in ("W", "WE"):
        y, w, _ = (base + dt.timedelta(weeks=n)).isocalendar()
        return f"{y}-W{w:02d}"
    if unit == "D":
        return (base + dt.timedelta(days=n)).isoformat()
    if unit == "DE":
        return f"{(base.year + 10 * n) // 10}X"
    if unit == "CE":
        return f"{(base.year + 100 * n) // 100}XX"
    return "PAST_REF" if n < 0 else "FUTURE_REF"


@Language.factory("storygraph_times", default_config={"lang": "fr"})
def make_times(nlp: Language, name: str, lang: str) -> TimeTagger:
    """Registered factory: `nlp.add_pipe("storygraph_times")`; reads `Doc._.sg_date`."""
    return TimeTagger(lang)


if not Doc.has_extension("sg_times"):
    Doc.set_extension("sg_times", default=None)
if not Doc.has_extension("sg_date"):
    Doc.set_extension("sg_date", default=None)
