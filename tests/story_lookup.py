"""Small lookups the event tests share: an event by its trigger's words, the names of its parties."""


def by_trigger(story, word: str) -> dict:
    """The first event of a Story whose trigger text contains word."""
    return next(e for e in story.events if word in e["trigger"]["text"])


def names(parties: list[dict]) -> list[str]:
    """The names of a list of parties, sorted (a set of parties has no order)."""
    return sorted(p["name"] for p in parties)


def names_in_order(parties: list[dict]) -> list[str]:
    """The names of a list of parties, in the order the Story gives them."""
    return [p["name"] for p in parties]
