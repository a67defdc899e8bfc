"""The Story record: the `storygraph/1` contract every part of storygraph reads and writes."""
from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from typing import Any

SCHEMA = "storygraph/1"


@dataclass
class Story:
    """One analysed article: its text and every fact found in it, each with character offsets."""

    id: str
    text: str
    date: str | None = None
    #: where the date came from: 'input', 'metadata' (the page's markup) or 'guessed'; None without a date
    date_source: str | None = None
    lang: str | None = None
    url: str | None = None
    title: str | None = None
    actors: list[dict[str, Any]] = field(default_factory=list)
    quotes: list[dict[str, Any]] = field(default_factory=list)
    times: list[dict[str, Any]] = field(default_factory=list)
    events: list[dict[str, Any]] = field(default_factory=list)
    figures: list[dict[str, Any]] = field(default_factory=list)
    #: what a reader should know about this analysis (no article date, a guessed date, a contradicted one)
    warnings: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    source: str | None = None

    @property
    def ok(self) -> bool:
        """True when the article was read and analysed without error."""
        return not self.errors

    def to_dict(self) -> dict[str, Any]:
        """Return the JSON-ready record, keys in contract order."""
        d = asdict(self)
        d.pop("source")
        return {"schema": SCHEMA, **d}

    def to_json(self, indent: int | None = None) -> str:
        """Serialise to one JSON document (UTF-8 text, accents kept)."""
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=indent)

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "Story":
        """Rebuild a Story from its contract record."""
        if d.get("schema", SCHEMA) != SCHEMA:
            raise ValueError(f"unsupported schema {d.get('schema')!r}, expected {SCHEMA}")
        keys = {f for f in cls.__dataclass_fields__ if f != "source"}
        return cls(**{k: v for k, v in d.items() if k in keys})

    def actor(self, actor_id: str | None) -> dict[str, Any] | None:
        """The actor record with this id, or None."""
        return next((a for a in self.actors if a["id"] == actor_id), None)


def span(start: int, end: int, text: str, **extra: Any) -> dict[str, Any]:
    """A cited piece of the article: offsets into Story.text and the characters they cover."""
    return {"start": start, "end": end, "text": text[start:end], **extra}
