"""Component `storygraph_events`: who did what to whom (PLOVER event types), from the parse spaCy made.

Triggers (verbs, nouns, adjectives, phrases) and their role frames are data (`lang/<lang>/events.json`).
Roles come from the dependency parse: subject and agent, objects, prepositional complements, the 'de X' of
a nominalisation, demonym adjectives ('l'invasion russe'), coordinations; where the parser attached a
complement elsewhere, the noun phrase's own words are read in order. Participants resolve to the Story's
actors (a capital, a government or a demonym stands for its state), status comes from the grammar
(negation, conditional, future, modal and 'si' governors) and an event told inside a quote is reported
by that quote's speaker.
"""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from ...story import span
from ..guard import guarded
from ..index import sentence_of, text_of
from ..mentions import fold
from ..times import nearest_time
from .context import Context
from .discourse import PASSES
from .frames import build
from .lexicon import lexicon
from .records import Event
from .triggers import candidates, trigger

class EventFinder:
    """Find events on a parsed Doc whose actors, quotes and times are already known."""

    def __init__(self, lang: str = "fr"):
        self.lex = lexicon(lang)

    # ------------------------------------------------------------ triggers
    # ------------------------------------------------------------ participants
    # ------------------------------------------------------------ run
    @guarded("storygraph_events")
    def __call__(self, doc: Doc) -> Doc:
        doc._.sg_events = self.records(doc)
        return doc

    def find(self, doc: Doc) -> list[Event]:
        """Every event of the Doc, in text order."""
        self.ctx = Context.of(doc, self.lex)
        out: list[Event] = []
        taken: set[int] = set()
        for i in candidates(self.lex, doc):
            tok = doc[i]
            if tok.i in taken or tok.is_punct:
                continue
            hit = trigger(self.ctx, tok)
            if hit is None:
                continue
            kind, entry, last = hit
            ev = build(self.ctx, tok, kind, entry, last)
            if ev is not None:
                out.append(ev)
                taken.update(range(tok.i, last + 1))
        for rule in PASSES:
            rule(self.ctx, out)
        return out

    # ------------------------------------------------------------ records
    def records(self, doc: Doc) -> list[dict]:
        """The Story's `events` list: parties with actor ids and names, time, place, quote and status."""
        text = text_of(doc)
        quotes = doc._.sg_quotes or []
        times = doc._.sg_times or []
        out = []
        for n, ev in enumerate(self.find(doc), 1):
            q = next((q for q in quotes if any(c["start"] <= ev.start < c["end"] for c in q["content"])), None)
            out.append({
                "id": f"E{n}", "type": ev.type, "mode": ev.mode,
                "trigger": span(ev.start, ev.end, text),
                "actors": [self.party(a, text) for a in ev.actors],
                "recipients": [self.party(a, text) for a in ev.recipients],
                "time_id": self.time_for(doc, ev, times),
                "place": span(*ev.place, text) if ev.place else None,
                "status": ev.status,
                "quote_id": q["id"] if q else None,
                "reported_by": q.get("speaker_name") if q else None,
            })
        return out

    def party(self, a: tuple[str, int, int], text: str) -> dict:
        """One participant: actor id and name, and the characters that named it here."""
        aid, s, e = a
        if aid.startswith("="):  # a state named only by a demonym: no actor record, but a name
            return {"actor_id": None, "name": aid[1:], "start": s, "end": e}
        name = self.ctx.by_id[aid]["name"]
        if self.ctx.by_id[aid]["kind"] == "organization":
            name = self.lex.org_full.get(fold(name), name)  # 'l'UE' is the Union européenne
        return {"actor_id": aid, "name": name, "start": s, "end": e}

    def time_for(self, doc: Doc, ev: Event, times: list[dict]) -> str | None:
        """The time expression of the trigger's sentence nearest to it, if any."""
        sent = sentence_of(doc[ev.head])
        return nearest_time(times, sent, ev.start, ("DATE", "TIME", "DURATION"))


@Language.factory("storygraph_events", default_config={"lang": "fr"})
def make_events(nlp: Language, name: str, lang: str) -> EventFinder:
    """Registered factory: `nlp.add_pipe("storygraph_events")` after `storygraph_times`."""
    return EventFinder(lang)


if not Doc.has_extension("sg_events"):
    Doc.set_extension("sg_events", default=None)
