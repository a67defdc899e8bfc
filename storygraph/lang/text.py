"""Text folding shared by every layer: comparing names without loading a language model."""
from __future__ import annotations

import re
import unicodedata


def fold(s: str) -> str:
    """Lower-case, accent-free, apostrophe-normalised form used to compare names."""
    s = unicodedata.normalize("NFKD", s.replace("’", "'"))
    return "".join(c for c in s if not unicodedata.combining(c)).casefold().strip()


def spelling_key(s: str) -> str:
    """A rough spelling key so that transliteration variants (Choïgu, Choïgou, Shoigu) compare equal."""
    s = fold(s)
    for a, b in (("sch", "ch"), ("sh", "ch"), ("tch", "ch"), ("ou", "u"), ("oo", "u"), ("kh", "h"), ("ck", "k"),
                 ("y", "i"), ("ph", "f"), ("w", "v"), ("ee", "i"), ("-", ""), (" ", ""), ("'", "")):
        s = s.replace(a, b)
    s = re.sub(r"(.)\1", r"\1", s)
    return re.sub(r"(?:of|ow)\b", "ov", s)  # Russian -ов: Lavrov, Lavrof, Lavrow
