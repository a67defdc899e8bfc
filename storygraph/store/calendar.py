"""TIMEX3 values as calendar days: only what names a place on the calendar is filtered and sorted on."""
from __future__ import annotations

import calendar as cal
import datetime as dt
import re
from functools import lru_cache
from typing import NamedTuple


class Span(NamedTuple):
    """The calendar days a date value covers, and how precise it is."""

    day: str        # first day, YYYY-MM-DD
    day_end: str    # last day
    precision: str  # day | week | month | season | quarter | half | year | decade | century


SEASONS = {"SP": ((3, 20), (6, 20)), "SU": ((6, 21), (9, 22)), "FA": ((9, 23), (12, 20)), "AU": ((9, 23), (12, 20)),
           "WI": ((12, 21), (3, 19))}
VALUE = re.compile(r"^(?P<y>\d{4})(?:-(?:(?P<m>\d{2})(?:-(?P<d>\d{2}))?|W(?P<w>\d{2})|(?P<s>SP|SU|FA|AU|WI)|Q(?P<q>[1-4])|"
                   r"H(?P<h>[12])))?(?:[T\-].*)?$")


def iso(d: dt.date) -> str:
    return d.isoformat()


@lru_cache(maxsize=65536)  # a corpus repeats the same few thousand values
def span(value: str | None) -> Span | None:
    """The calendar span of a TIMEX3 value or ISO date ('2024-03-14', '2024-W10', '2024-SU', '199'); None for what
    the calendar cannot place ('PRESENT_REF', 'XXXX-WXX-7', 'P1D')."""
    if not value or not isinstance(value, str):
        return None
    v = value.strip()
    if re.fullmatch(r"\d{3}", v):
        y = int(v) * 10
        return Span(f"{y:04d}-01-01", f"{y + 9:04d}-12-31", "decade")
    if re.fullmatch(r"\d{2}", v):
        y = int(v) * 100
        return Span(f"{y:04d}-01-01", f"{y + 99:04d}-12-31", "century")
    m = VALUE.match(v)
    if not m:
        return None
    y = int(m["y"])
    if y < 1:
        return None
    try:
        if m["d"]:
            d = dt.date(y, int(m["m"]), int(m["d"]))
            return Span(iso(d), iso(d), "day")
        if m["m"]:
            mo = int(m["m"])
            return Span(iso(dt.date(y, mo, 1)), iso(dt.date(y, mo, cal.monthrange(y, mo)[1])), "month")
        if m["w"]:
            start = dt.date.fromisocalendar(y, int(m["w"]), 1)
            return Span(iso(start), iso(start + dt.timedelta(days=6)), "week")
        if m["s"]:
            (m1, d1), (m2, d2) = SEASONS[m["s"]]
            return Span(iso(dt.date(y, m1, d1)), iso(dt.date(y + (m2 < m1), m2, d2)), "season")
        if m["q"]:
            q = int(m["q"])
            end = 3 * q
            return Span(iso(dt.date(y, end - 2, 1)), iso(dt.date(y, end, cal.monthrange(y, end)[1])), "quarter")
        if m["h"]:
            h = int(m["h"])
            return Span(iso(dt.date(y, 6 * h - 5, 1)), iso(dt.date(y, 6 * h, 30 if h == 1 else 31)), "half")
    except ValueError:  # 2024-02-30, week 54
        return None
    return Span(f"{y:04d}-01-01", f"{y:04d}-12-31", "year")


def bounds(date_from: str | None, date_to: str | None) -> tuple[str | None, str | None]:
    """A filter's 'from'/'to' (YYYY[-MM[-DD]]) as first and last calendar days; None where open or not a date."""
    lo = span(date_from) if date_from else None
    hi = span(date_to) if date_to else None
    return (lo.day if lo else None), (hi.day_end if hi else None)
