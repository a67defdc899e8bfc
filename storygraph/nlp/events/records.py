"""An event as the rules build it, and the Story records it becomes."""
from __future__ import annotations

from dataclasses import dataclass, field

from .context import Party


@dataclass
class Event:
    """One interaction: a trigger, its PLOVER type and the parties found for it."""

    start: int
    end: int
    type: str
    mode: str | None
    head: int
    actors: list[Party] = field(default_factory=list)
    recipients: list[Party] = field(default_factory=list)
    status: str = "asserted"
    place: tuple[int, int] | None = None
    reciprocal: bool = False
    lemma: str = ""
    nominal: bool = False
    demonstrative: bool = False  # 'cette visite': refers back to the event just told
    mediation: bool = False  # a go-between's event: the parties it is between receive it
