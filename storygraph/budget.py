"""The per-article budget: how long a word may be and how long an analysis may take, so that one article
never holds up a batch (it fails with "too long to analyse" instead)."""
from __future__ import annotations

import signal
import threading
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Iterator

#: Longest run of characters without a space that is analysed. spaCy's tokenizer strips prefixes and
#: suffixes one at a time, each a regex search over what is left, so a run of punctuation costs the square of
#: its length (measured: 1,000 « take 0.07 s, 8,000 take 5 s, 900,000 would take hours); real words, URLs and
#: hashtags stay far below this.
MAX_WORD = 1_000

#: Seconds one article may take to analyse (its share of a batch). A long news article takes about a second.
TIME_LIMIT = 30.0


@dataclass(frozen=True)
class Budget:
    """Limits one article's analysis must stay within; 0 switches a limit off."""

    max_word: int = MAX_WORD
    time_limit: float = TIME_LIMIT


class TimeLimit(BaseException):
    """Raised inside an analysis that ran out of time. A BaseException, like KeyboardInterrupt, so that a
    component's own `except Exception` cannot swallow it and carry on."""


def longest_word(text: str) -> int:
    """Length of the longest run of characters without white space (linear: one split)."""
    return max(map(len, text.split()), default=0)


def word_error(text: str, budget: Budget) -> str | None:
    """Why the text is refused before tokenizing, or None: a run without spaces longer than the budget allows."""
    if budget.max_word and len(text) > budget.max_word:
        n = longest_word(text)
        if n > budget.max_word:
            return (f"too long to analyse: a run of {n:,} characters without a space "
                    f"(limit {budget.max_word:,}, --max-word)")
    return None


def time_error(budget: Budget) -> str:
    """The error of an article that ran out of time."""
    return f"too long to analyse: more than {budget.time_limit:g} s (--time-limit)"


def can_time() -> bool:
    """True where a time limit can interrupt the analysis: a POSIX interval timer, in the main thread."""
    return hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()


class Clock:
    """An armed time limit; `restart` gives the next article a fresh allowance."""

    def __init__(self, seconds: float):
        self.seconds = seconds

    def restart(self) -> None:
        """Start the allowance again (after an article came out in time)."""
        if self.seconds:
            # repeats every second after the first alarm: code that catches everything still gets interrupted
            signal.setitimer(signal.ITIMER_REAL, self.seconds, 1.0)


@contextmanager
def deadline(seconds: float) -> Iterator[Clock]:
    """Raise TimeLimit in the code inside once `seconds` have passed without a restart. The timer is a signal,
    so the interpreter stops wherever it is, even in a regex; where no timer is available it does nothing."""
    if not seconds or not can_time():
        yield Clock(0)
        return

    def alarm(signum, frame):
        raise TimeLimit()

    previous = signal.signal(signal.SIGALRM, alarm)
    clock = Clock(seconds)
    clock.restart()
    try:
        yield clock
    finally:
        try:
            signal.setitimer(signal.ITIMER_REAL, 0)
        finally:  # an alarm landing right here must not leave our handler installed
            signal.signal(signal.SIGALRM, previous)
