"""Text folding and article stripping shared by every part of storygraph (analysis, store, web): no spaCy needed."""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache


@lru_cache(maxsize=50_000)  # bounded: words repeat across articles, memory must not grow with the corpus
def fold(s: str) -> str:
    """Lower-case, accent-free, apostrophe-normalised form used to compare names."""
    # plain ASCII has no accent, no curly apostrophe and no character NFKD changes, and its casefold is its lower
    # case: the same result at a fraction of the cost, for the many one-off words that miss the cache
    if s.isascii():
        return s.lower().strip()
    s = unicodedata.normalize("NFKD", s.replace("’", "'"))
    return "".join(c for c in s if not unicodedata.combining(c)).casefold().strip()


@lru_cache(maxsize=50_000)  # bounded, as fold: names repeat across the article and the corpus
def translit(s: str) -> str:
    """A rough spelling key so that transliteration variants (Choïgu, Choïgou, Shoigu) compare equal."""
    s = fold(s)
    for a, b in (("sch", "ch"), ("sh", "ch"), ("tch", "ch"), ("ou", "u"), ("oo", "u"), ("kh", "h"), ("ck", "k"),
                 ("y", "i"), ("ph", "f"), ("w", "v"), ("ee", "i"), ("-", ""), (" ", ""), ("'", "")):
        s = s.replace(a, b)
    s = re.sub(r"(.)\1", r"\1", s)
    return re.sub(r"(?:of|ow)\b", "ov", s)  # Russian -ов: Lavrov, Lavrof, Lavrow


def name_tokens(name: str) -> list[str]:
    """Folded words of a name, hyphenated given names split ('Kim Jong-un' → kim jong un)."""
    return list(name_words(name))


@lru_cache(maxsize=50_000)  # names are compared with every name of every person: each is split once
def name_words(name: str) -> tuple[str, ...]:
    """`name_tokens` as a shared tuple, for callers that only read it (no copy per call)."""
    return tuple(w for w in re.split(r"[\s\-]+", fold(name)) if w)


@lru_cache(maxsize=32)
def _article_pattern(lang: str, kinds: tuple[str, ...]) -> re.Pattern:
    from . import resource

    groups = resource(lang, "grammar")["article_kinds"]
    words = sorted({w for k in kinds for w in groups[k]}, key=len, reverse=True)
    alt = "|".join(re.escape(w) for w in words)
    # an elided article is glued to its noun ('l'armée'), a full one is followed by a space
    return re.compile(rf"^(?:(?:{alt})(?<=['’])|(?:{alt})\s+)", re.I)


@lru_cache(maxsize=50_000)  # bounded, as fold: the same names and descriptions are stripped again and again
def strip_article(text: str, lang: str = "fr", kinds: tuple[str, ...] = ("definite",)) -> str:
    """A phrase without its leading article, by the language's grammar data: definite ones by default, the way a
    name is compared ('la Russie' → 'Russie'); add 'indefinite' or 'possessive' for descriptions."""
    return _article_pattern(lang, kinds).sub("", text.strip(), count=1)


#: the name the store's identity code uses for the same key
spelling_key = translit
