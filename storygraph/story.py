"""The Story record: the `storygraph/1` contract every part of storygraph reads and writes."""
from __future__ import annotations

import json
import copy
from dataclasses import dataclass, field, fields
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
        """Return the JSON-ready record, keys in contract order (a copy: the caller may change it)."""
        return _copied(self._record())

    def to_json(self, indent: int | None = None) -> str:
        """Serialise to one JSON document (UTF-8 text, accents kept)."""
        # json reads the records as they are: copying them first (dataclasses.asdict) cost as much as writing
        return json.dumps(self._record(), ensure_ascii=False, indent=indent)

    def _record(self) -> dict[str, Any]:
        """The contract record over the Story's own lists, uncopied."""
        return {"schema": SCHEMA, **{name: getattr(self, name) for name in _FIELDS}}

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


#: the Story's fields in the contract's order; 'source' (where the article was read from) stays out
_FIELDS = tuple(f.name for f in fields(Story) if f.name != "source")


def _copied(x: Any) -> Any:
    """A deep copy of a JSON-like value, as `dataclasses.asdict` makes one, at a fraction of the cost."""
    if isinstance(x, dict):
        return {k: _copied(v) for k, v in x.items()} if type(x) is dict else type(x)((k, _copied(v)) for k, v in x.items())
    if isinstance(x, list):
        return [_copied(v) for v in x]
    if isinstance(x, tuple):
        return tuple(_copied(v) for v in x)
    if x is None or isinstance(x, (str, int, float, bool)):
        return x
    return copy.deepcopy(x)


def span(start: int, end: int, text: str, **extra: Any) -> dict[str, Any]:
    """A cited piece of the article: offsets into Story.text and the characters they cover."""
    return {"start": start, "end": end, "text": text[start:end], **extra}
