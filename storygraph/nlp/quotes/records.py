"""The finder's records: a passage between quotation marks, and a quotation before its speaker is resolved."""
from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Marked:
    """A passage between quotation marks: content [cs, ce) inside marks [open, close]."""

    open: int
    close: int
    cs: int
    ce: int
    para: int
    starts_para: bool
    closed: bool = True
    used: bool = False


@dataclass
class Quote:
    """A quotation before speaker resolution; offsets are characters of the Doc text."""

    type: str
    content: list[tuple[int, int]]
    cue: tuple[int, int] | None = None
    cue_lemma: str | None = None
    speaker: tuple[int, int] | None = None
    speakers: list[tuple[int, int]] = field(default_factory=list)
    addressee: tuple[int, int] | None = None
    continues: bool = False
    anchor: int = 0
    # the words that name the speaker at the cue when they are not the speaker's own mention: a relative
    # pronoun ('…, who said'), where the language's news cites it as the source
    mention: tuple[int, int] | None = None

    @property
    def start(self) -> int:
        return self.content[0][0]
