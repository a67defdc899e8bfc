"""The interface's words and dates in one language (locales/<code>.json): dates in words, never TIMEX codes."""
from __future__ import annotations

import datetime as dt
import json
from functools import lru_cache
from pathlib import Path
from typing import Any

LOCALES = Path(__file__).parent / "locales"


@lru_cache(maxsize=None)
def strings(lang: str = "fr") -> dict[str, Any]:
    """Every string of the interface in one language."""
    return json.loads((LOCALES / f"{lang}.json").read_text(encoding="utf-8"))


def day_words(day: str, s: dict[str, Any]) -> str:
    """'2024-03-14' → '14 mars 2024' ('1er mars 2024')."""
    d = dt.date.fromisoformat(day)
    n = s["first_day"] if d.day == 1 else str(d.day)
    return f"{n} {s['months'][d.month - 1]} {d.year}"


def date_words(day: str | None, precision: str | None, dated_by: str | None = None, lang: str = "fr",
               day_end: str | None = None) -> str:
    """A calendar date in words at its precision ('14 mars 2024', 'semaine du 4 mars 2024', 'mars 2024',
    'été 2024', 'premier trimestre 2024', '2024', 'années 1990'); 'date inconnue' without one; the article's
    date marked as such."""
    s = strings(lang)
    if not day:
        return s["unknown_date"]
    try:
        d = dt.date.fromisoformat(day)
    except ValueError:
        return s["unknown_date"]
    if precision == "day":
        text = day_words(day, s)
    elif precision == "week":
        text = s["week_of"].format(date=day_words(day, s))
    elif precision == "month":
        text = f"{s['months'][d.month - 1]} {d.year}"
    elif precision == "season":
        code = {3: "SP", 6: "SU", 9: "FA", 12: "WI"}.get(d.month, "SP")
        text = f"{s['seasons'][code]} {d.year}"
    elif precision == "quarter":
        text = f"{s['quarter'][(d.month - 1) // 3]} {d.year}"
    elif precision == "half":
        text = f"{s['half'][0 if d.month <= 6 else 1]} {d.year}"
    elif precision == "decade":
        text = s["decade"].format(year=d.year)
    elif precision == "century":
        text = s["century"].format(n=roman(d.year // 100 + 1))
    else:
        text = str(d.year)
    return s["article_date_note"].format(date=text) if dated_by == "article" else text


def month_words(month: str, lang: str = "fr", short: bool = False) -> str:
    """'2024-03' → 'mars 2024'; a year alone ('2024') stays as it is."""
    s = strings(lang)
    if len(month) == 4 and month.isdigit():
        return month
    try:
        y, m = int(month[:4]), int(month[5:7])
        return f"{s['months_short' if short else 'months'][m - 1]} {y}"
    except (ValueError, IndexError):
        return s["unknown_date"]


def roman(n: int) -> str:
    """21 → 'XXI'."""
    out = ""
    for v, r in ((1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"), (40, "XL"),
                 (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")):
        while n >= v:
            out, n = out + r, n - v
    return out
