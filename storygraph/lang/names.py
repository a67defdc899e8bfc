"""First names and the gender they usually carry, from gender-guesser's bundled list (nothing is downloaded; the
list is an aid, not a requirement: without the package every first name is unknown)."""
from __future__ import annotations

from functools import lru_cache

from .text import fold


@lru_cache(maxsize=1)
def _detector():
    try:
        import gender_guesser.detector as gg
    except ImportError:
        return None
    return gg.Detector(case_sensitive=False)


@lru_cache(maxsize=20_000)  # bounded: names repeat across articles
def first_name_gender(first: str) -> str | None:
    """'m', 'f' or None for a first name ('Laurent' → m, 'Sophie' → f, 'Camille' → None)."""
    det = _detector()
    if det is None or len(first) < 2 or not first[:1].isupper():
        return None
    for form in (first, fold(first)):
        g = det.get_gender(form.split("-")[0].capitalize())
        if g in ("male", "mostly_male"):
            return "m"
        if g in ("female", "mostly_female"):
            return "f"
    return None


@lru_cache(maxsize=20_000)  # bounded: names repeat across articles
def surely_female(first: str) -> bool:
    """True when a first name is a woman's beyond doubt: female in France's list, or female everywhere and long
    enough not to be a syllable of a name written family name first ('Lin Jian', 'Kim Jong Un')."""
    det = _detector()
    if det is None or len(first) < 2 or not first[:1].isupper():
        return False
    for form in (first, fold(first)):
        name = form.split("-")[0].capitalize()
        if det.get_gender(name, "france") in ("female", "mostly_female") or \
                len(name) >= 4 and det.get_gender(name) == "female":
            return True
    return False


@lru_cache(maxsize=20_000)  # bounded: names repeat across articles
def is_first_name(word: str) -> bool:
    """True when a capitalised word is a known first name of either gender ('Roman', 'Rima', 'Claude')."""
    det = _detector()
    if det is None or len(word) < 2 or not word[:1].isupper():
        return False
    return det.get_gender(word.split("-")[0].capitalize()) != "unknown"
