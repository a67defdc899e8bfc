"""TIMEX3 values by calendar arithmetic: which occurrence of a weekday, a month, a day or a season is meant,
the date n units away, durations, the interval a value covers. Pure functions on `datetime.date`, no spaCy.

A *mode* says which occurrence of a recurring calendar item is meant, relative to a reference day:
`BEFORE` strictly before it ("mardi dernier"), `PAST` on or before it (a past clause), `NEAR` the nearest one
(the tense does not say), `COMING` on or after it (a future clause), `AFTER` strictly after it ("mardi prochain").
"""
from __future__ import annotations

import calendar
import datetime as dt
import re
from functools import lru_cache

BEFORE, PAST, NEAR, COMING, AFTER = -2, -1, 0, 1, 2

#: Where each season starts and ends (month, day): the astronomical seasons, as French uses them.
SEASONS = {"SP": ((3, 20), (6, 20)), "SU": ((6, 21), (9, 22)), "FA": ((9, 23), (12, 20)), "WI": ((12, 21), (3, 19))}

Day = dt.date

#: how many months back a month name whose clause gives no tense may reach; beyond, it is the one to come
NEAR_MONTHS_BACK = 7
#: how many months ahead it may reach: the rest of the year
NEAR_MONTHS_AHEAD = 12 - NEAR_MONTHS_BACK - 1


def parse_anchor(date: str | None) -> tuple[Day, Day] | None:
    """The interval a document date stands for: a day, a whole month or a whole year."""
    if not date:
        return None
    m = re.match(r"(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?", date)
    if not m:
        return None
    y = int(m.group(1))
    try:
        if m.group(3):
            d = dt.date(y, int(m.group(2)), int(m.group(3)))
            return d, d
        if m.group(2):
            mo = int(m.group(2))
            return dt.date(y, mo, 1), dt.date(y, mo, calendar.monthrange(y, mo)[1])
    except ValueError:
        return None
    return dt.date(y, 1, 1), dt.date(y, 12, 31)


def safe_date(y: int, m: int, d: int) -> Day | None:
    """The date, or None when it does not exist (30 February)."""
    try:
        return dt.date(y, m, d)
    except ValueError:
        return None


def weekday_date(ref: Day, weekday: int, mode: int) -> Day:
    """The date of an ISO weekday (1 = Monday) meant from `ref` under a mode."""
    lo = {BEFORE: -7, PAST: -6, NEAR: -3, COMING: 0, AFTER: 1}[mode]
    delta = (weekday - ref.isoweekday() - lo) % 7 + lo
    return ref + dt.timedelta(days=delta)


def month_of(ref: Day, month: int, mode: int) -> tuple[int, int]:
    """The (year, month) a month name means from `ref` under a mode ("en mai", "mai dernier")."""
    y = ref.year
    if mode == BEFORE:
        return (y, month) if month < ref.month else (y - 1, month)
    if mode == PAST:
        return (y, month) if month <= ref.month else (y - 1, month)
    if mode == COMING:
        return (y, month) if month >= ref.month else (y + 1, month)
    if mode == AFTER:
        return (y, month) if month > ref.month else (y + 1, month)
    # the tense does not say: the occurrence nearest the reference, a little further back than ahead (news tell
    # more of the months gone than of those to come): "les chiffres de novembre" in January are last year's
    back = (ref.month - month) % 12
    if back <= NEAR_MONTHS_BACK:
        return (y, month) if month <= ref.month else (y - 1, month)
    return (y, month) if month > ref.month else (y + 1, month)


def day_of(ref: Day, month: int, day: int, mode: int) -> Day | None:
    """The date a day and month without a year mean from `ref` ("le 6 mai dernier", "le 1er septembre")."""
    cands = [d for y in range(ref.year - 4, ref.year + 5) if (d := safe_date(y, month, day))]
    if not cands:
        return None
    if mode == BEFORE:
        cands = [d for d in cands if d < ref] or cands
        return max(cands)
    if mode == PAST:
        cands = [d for d in cands if d <= ref] or cands
        return max(cands)
    if mode == COMING:
        cands = [d for d in cands if d >= ref] or cands
        return min(cands)
    if mode == AFTER:
        cands = [d for d in cands if d > ref] or cands
        return min(cands)
    # the tense does not say: the nearest, reaching further back than ahead, as a month name does
    def reach(d: Day) -> tuple[float, bool]:
        return ((ref - d).days / NEAR_MONTHS_BACK if d <= ref else (d - ref).days / NEAR_MONTHS_AHEAD), d < ref

    return min(cands, key=reach)


def season_span(year: int, season: str) -> tuple[Day, Day]:
    """First and last day of a season of a year (a winter runs into the next year)."""
    (m1, d1), (m2, d2) = SEASONS[season]
    return dt.date(year, m1, d1), dt.date(year + (season == "WI"), m2, d2)


def season_of(ref: Day, season: str, mode: int) -> int:
    """The year of the season meant from `ref` ("l'été dernier" is the last one over, which may be this year's)."""
    spans = [(y, *season_span(y, season)) for y in range(ref.year - 2, ref.year + 2)]
    if mode == BEFORE:
        return max(y for y, a, b in spans if b < ref)
    if mode == PAST:
        return max(y for y, a, b in spans if a <= ref)
    if mode == COMING:
        return min(y for y, a, b in spans if b >= ref)
    if mode == AFTER:
        return min(y for y, a, b in spans if a > ref)
    inside = [y for y, a, b in spans if a <= ref <= b]
    return inside[0] if inside else ref.year


def week(d: Day) -> str:
    """The ISO week of a date: 2024-W10."""
    y, w, _ = d.isocalendar()
    return f"{y}-W{w:02d}"


def weekend_of(ref: Day, mode: int) -> str:
    """The week-end meant from `ref`: on a week day, a past clause means the one just gone."""
    if ref.isoweekday() < 6 and mode in (PAST, BEFORE):
        ref -= dt.timedelta(weeks=1)
    return week(ref) + "-WE"


def shift(ref: Day, unit: str, n: int) -> str | None:
    """The period n units from `ref`, written at the unit's precision ("il y a trois ans", "le mois prochain")."""
    if unit == "Y":
        return f"{ref.year + n:04d}"
    if unit == "M":
        y, m = divmod(ref.month - 1 + n, 12)
        return f"{ref.year + y:04d}-{m + 1:02d}"
    if unit == "W":
        return week(ref + dt.timedelta(weeks=n))
    if unit == "WE":
        return week(ref + dt.timedelta(weeks=n)) + "-WE"
    if unit == "D":
        return (ref + dt.timedelta(days=n)).isoformat()
    if unit == "Q":
        y, q = divmod((ref.month - 1) // 3 + n, 4)
        return f"{ref.year + y:04d}-Q{q + 1}"
    if unit == "HALF":
        y, h = divmod((ref.month - 1) // 6 + n, 2)
        return f"{ref.year + y:04d}-H{h + 1}"
    if unit == "DE":
        return f"{(ref.year // 10 + n):03d}X"
    if unit == "CE":
        return f"{(ref.year // 100 + n):02d}XX"
    return None


def duration(n: int | float | str, unit: str | None) -> str | None:
    """P18M, PT3H, P2Y, PXD … from a count (a number, or 'X' when vague) and a unit code."""
    if unit is None:
        return None
    if isinstance(n, float):
        whole = {"Y": (12, "M"), "M": (None, None), "D": (24, "H"), "H": (60, "MIN"), "W": (7, "D")}.get(unit)
        if whole and whole[0] and abs(n * whole[0] - round(n * whole[0])) < 1e-9:
            return duration(int(round(n * whole[0])), whole[1])
        n = f"{n:g}"
    if unit in ("H", "MIN", "S"):
        return f"PT{n}{'M' if unit == 'MIN' else unit}"
    if unit == "CE":
        return "PXCE" if n == "X" else f"P{int(n) * 100}Y"
    if unit == "DE":
        return "PXDE" if n == "X" else f"P{int(n) * 10}Y"
    if unit == "HALF":
        return "PXM" if n == "X" else f"P{int(n) * 6}M"
    if unit == "Q":
        return "PXM" if n == "X" else f"P{int(n) * 3}M"
    return f"P{n}{unit}"


def easter(year: int) -> Day:
    """Easter Sunday of a year (the Gregorian computus)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    l = (32 + 2 * e + 2 * i - h - k) % 7  # noqa: E741 — the computus' own name
    m = (a + 11 * h + 19 * l) // 433
    month = (h + l - 7 * m + 90) // 25
    return dt.date(year, month, (h + l - 7 * m + 33 * month + 19) % 32)


def two_digit_year(yy: int, ref_year: int) -> int:
    """The year a two-digit year means around `ref_year` ("en 98" in 1999 → 1998; "en 05" in 2010 → 2005)."""
    options = [c + yy for c in (1900, 2000, 2100)]
    # a little ahead is plausible (a plan for '05'), far ahead is not
    return min(options, key=lambda y: abs(y - ref_year) if y <= ref_year + 10 else 1000 + y - ref_year)


def interval(value: str) -> tuple[str, str] | None:
    """The first and last day a TIMEX3 date value covers (None for durations, sets and vague references)."""
    if not isinstance(value, str):
        return None  # an expression the text gives no value (a count from a focus an undated article lacks)
    return _interval(value)


@lru_cache(maxsize=20_000)  # bounded: the same values come back in every article and for both ends of its date
def _interval(value: str) -> tuple[str, str] | None:
    m = re.match(r"^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?(?:T.*)?$", value)
    if m:
        y = int(m.group(1))
        if m.group(3):
            return f"{y:04d}-{m.group(2)}-{m.group(3)}", f"{y:04d}-{m.group(2)}-{m.group(3)}"
        if m.group(2):
            mo = int(m.group(2))
            if not 1 <= mo <= 12:
                return None
            return f"{y:04d}-{mo:02d}-01", f"{y:04d}-{mo:02d}-{calendar.monthrange(y, mo)[1]:02d}"
        return f"{y:04d}-01-01", f"{y:04d}-12-31"
    m = re.match(r"^(\d{4})-W(\d{2})(-WE)?$", value)
    if m:
        try:
            monday = dt.date.fromisocalendar(int(m.group(1)), int(m.group(2)), 1)
        except ValueError:
            return None
        first = monday + dt.timedelta(days=5) if m.group(3) else monday
        return first.isoformat(), (monday + dt.timedelta(days=6)).isoformat()
    m = re.match(r"^(\d{4})-(SP|SU|FA|WI)$", value)
    if m:
        a, b = season_span(int(m.group(1)), m.group(2))
        return a.isoformat(), b.isoformat()
    m = re.match(r"^(\d{4})-([QH])(\d)$", value)
    if m:
        y, size, k = int(m.group(1)), 3 if m.group(2) == "Q" else 6, int(m.group(3))
        first, last = (k - 1) * size + 1, k * size
        return f"{y:04d}-{first:02d}-01", f"{y:04d}-{last:02d}-{calendar.monthrange(y, last)[1]:02d}"
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
