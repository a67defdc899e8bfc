"""Language identification with lingua, so that no article is analysed with another language's model."""
from __future__ import annotations

import re
from functools import lru_cache

from .read import Article

#: Languages lingua tells apart; a detected language outside `lang.supported()` is refused.
CANDIDATES = ("FRENCH", "ENGLISH", "GERMAN", "SPANISH", "ITALIAN", "PORTUGUESE", "DUTCH", "RUSSIAN", "ARABIC",
              "CHINESE", "JAPANESE", "KOREAN", "TURKISH", "POLISH", "UKRAINIAN")


#: below this many common words lingua's low-accuracy mode mistakes one Romance language for another ('… estime
#: que le trafic reviendra à la normale' reads as Spanish), so short texts get the full models
SHORT = 40


@lru_cache(maxsize=2)
def _detector(full: bool = False):
    from lingua import Language, LanguageDetectorBuilder

    langs = [getattr(Language, name) for name in CANDIDATES]
    builder = LanguageDetectorBuilder.from_languages(*langs)
    return (builder if full else builder.with_low_accuracy_mode()).build()


#: Capitalised words: names carry no sign of the language around them ('Pedro Sánchez et Giorgia Meloni ont
#: tenu un sommet à Rome' reads as Italian with them), so they are left out before detection.
NAMES = re.compile(r"\b[A-ZÀ-ÖØ-Ý][\w'’-]*")


def common_words(text: str) -> str:
    """The text without its capitalised words (names, sentence openings)."""
    return NAMES.sub(" ", text[:3000])


def detect(text: str) -> str | None:
    """ISO 639-1 code of the text's language (from its first 3,000 characters, names left out), or None if unsure."""
    words = common_words(text)
    lang = _detector(len(words.split()) < SHORT).detect_language_of(words)
    return lang.iso_code_639_1.name.lower() if lang is not None else None


def check_language(art: Article, expected: str) -> str | None:
    """None when the article is in the expected language, else the reason it is refused."""
    if len(common_words(art.text).split()) < 6:
        return None  # too short to tell once names are left out; the caller said which language it is
    found = detect(art.text)
    if found is None or found == expected:
        return None
    return f"language '{found}' is not supported (this run analyses '{expected}')"


def language_of(art: Article, default: str = "fr") -> str:
    """The language an article is analysed in: its own 'lang' field, else lingua's reading of its common words,
    else `default` for a text too short to tell."""
    if art.lang:
        return art.lang.split("-")[0].lower()
    if len(common_words(art.text).split()) < 6:
        return default
    return detect(art.text) or default
