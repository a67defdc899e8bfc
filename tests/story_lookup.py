"""Small lookups the tests share: an event by its trigger's words, the names of its parties, a figure and its source,
a Story's times, the entity a possessive is linked to."""
import re


def by_trigger(story, word: str) -> dict:
    """The first event of a Story whose trigger text contains word."""
    return next(e for e in story.events if word in e["trigger"]["text"])


def names(parties: list[dict]) -> list[str]:
    """The names of a list of parties, sorted (a set of parties has no order)."""
    return sorted(p["name"] for p in parties)


def names_in_order(parties: list[dict]) -> list[str]:
    """The names of a list of parties, in the order the Story gives them."""
    return [p["name"] for p in parties]


def bare(name: str | None) -> str | None:
    """A name without its leading definite article ('la police' and 'police' are one party)."""
    return re.sub(r"^(?:les |le |la |l'|l’)\s*", "", name, flags=re.I) if name else name


def figure(story, words: str) -> dict:
    """The first figure of a Story whose text contains words."""
    return next(f for f in story.figures if words in f["text"])


def source(story, words: str) -> str | None:
    """The source of the figure whose text contains words, without its article."""
    return bare(figure(story, words)["source"])


def got(story) -> dict[str, str]:
    """A Story's times as text → value."""
    return {t["text"]: t["value"] for t in story.times}


def possessor(text: str, word: str, lang: str = "fr") -> str | None:
    """The name of the entity the possessive `word` (its last occurrence in text) is linked to, or None."""
    from storygraph.pipeline import get_nlp

    doc = get_nlp(lang)(text)
    refs = doc._.sg_refs
    at = text.rindex(word)
    found = [x for x in refs.links if x.start == at and x.rule == "possessive"]
    return refs.entities[found[0].entity].name if found and found[0].entity >= 0 else None
