"""The time in focus: where the narrative stands while an article is read, for the expressions that count
from it ('le lendemain', 'trois jours plus tôt', 'l'année suivante', 'dans la nuit', 'vers 20 h')."""
from __future__ import annotations

import datetime as dt


class Focus:
    """The days and years the text has fully specified so far, each with its paragraph.

    A day counts when the words fix it ('le 5 mars', 'hier', 'mardi'), not when it is itself counted from the
    focus ('la veille'): the narrative's anchor is the last date it gave, as a reader keeps it."""

    def __init__(self, anchor: dt.date | None):
        self.anchor = anchor
        self.paragraph = 0
        self.days: list[tuple[dt.date, int]] = []
        self.years: list[tuple[int, int]] = []

    def next_paragraph(self) -> None:
        """A new paragraph begins."""
        self.paragraph += 1

    def note_day(self, day: dt.date) -> None:
        """The text has named this day."""
        self.days.append((day, self.paragraph))

    def note_year(self, year: int) -> None:
        """The text has named this year."""
        self.years.append((year, self.paragraph))

    def day(self, direction: int = 0, paragraph_only: bool = False) -> dt.date | None:
        """The day in focus: the last one named (in this paragraph only, if asked); a past clause looks back
        to days not after the article's date ('validés la veille' does not count from next Wednesday)."""
        for d, para in reversed(self.days):
            if paragraph_only and para != self.paragraph:
                return None
            if direction < 0 and self.anchor is not None and d > self.anchor:
                continue
            return d
        return None

    def year(self) -> int | None:
        """The year in focus: the last one named."""
        return self.years[-1][0] if self.years else None
