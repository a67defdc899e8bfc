"""An event as the rules build it, and the Story records it becomes."""
from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass, field

from spacy.tokens import Doc

from ...story import span
from ..index import sentence_of, text_of
from ...lang.text import fold
from ..times import nearest_time
from .context import Context, Holding, Party


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


def records(ctx: Context, events: list[Event]) -> list[dict]:
    """The Story's `events` list: parties with actor ids and names, time, place, quote and status."""
    doc = ctx.doc
    text = text_of(doc)
    quotes = doc._.sg_quotes or []
    times = doc._.sg_times or []
    # a quote's parts, each numbered by its quote: the first quote holding a token is the least number there
    parts = [(c["start"], c["end"]) for q in quotes for c in q["content"]]
    owner = [n for n, q in enumerate(quotes) for _ in q["content"]]
    quote_at = Holding(parts)
    out = []
    for n, ev in enumerate(events, 1):
        k = bisect_left(ctx.starts, ev.start)
        if k < len(ctx.starts) and ctx.starts[k] == ev.start:
            found = quote_at.at(ev.start)
            q = quotes[min(owner[j] for j in found)] if found else None
        else:  # an event starting off a token's first character (none found so far): every quote asked
            q = next((q for q in quotes if any(c["start"] <= ev.start < c["end"] for c in q["content"])), None)
        out.append({
            "id": f"E{n}", "type": ev.type, "mode": ev.mode,
            "trigger": span(ev.start, ev.end, text),
            "actors": [party(ctx, a, text) for a in ev.actors],
            "recipients": [party(ctx, a, text) for a in ev.recipients],
            "time_id": time_for(doc, ev, times),
            "place": span(*ev.place, text) if ev.place else None,
            "status": ev.status,
            "quote_id": q["id"] if q else None,
            "reported_by": q.get("speaker_name") if q else None,
        })
    return out


def party(ctx: Context, a: Party, text: str) -> dict:
    """One participant: actor id and name, and the characters that named it here."""
    aid, s, e = a
    if aid.startswith("="):  # a state named only by a demonym: no actor record, but a name
        return {"actor_id": None, "name": aid[1:], "start": s, "end": e}
    name = ctx.by_id[aid]["name"]
    if ctx.by_id[aid]["kind"] == "organization":
        name = ctx.lex.org_full.get(fold(name), name)  # 'l'UE' is the Union européenne
    return {"actor_id": aid, "name": name, "start": s, "end": e}


def time_for(doc: Doc, ev: Event, times: list[dict]) -> str | None:
    """The time expression of the trigger's sentence nearest to it, if any."""
    sent = sentence_of(doc[ev.head])
    return nearest_time(times, sent, ev.start, ("DATE", "TIME", "DURATION"))
