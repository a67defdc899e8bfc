"""Text folding shared by every part of storygraph (analysis, store, web): no spaCy needed."""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache


@lru_cache(maxsize=50_000)  # bounded: words repeat across articles, memory must not grow with the corpus
def fold(s: str) -> str:
    """Lower-case, accent-free, apostrophe-normalised form used to compare names."""
    s = unicodedata.normalize("NFKD", s.replace("’", "'"))
    return "".join(c for c in s if not unicodedata.combining(c)).casefold().strip()


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
    return [w for w in re.split(r"[\s\-]+", fold(name)) if w]
