"""The spaCy component `storygraph_events`: find the article's events, then write them to `Doc._.sg_events`."""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from ..guard import guarded
from .context import Context
from .discourse import PASSES
from .frames import build
from .lexicon import lexicon
from .parties import one_per_side, outermost, outside
from .records import Event, records
from .triggers import candidates, trigger


class EventFinder:
    """Find events on a parsed Doc whose actors, quotes and times are already known."""

    def __init__(self, lang: str = "fr"):
        """lang: the language whose lexicon (`lang/<lang>/events.json`) the component reads."""
        self.lex = lexicon(lang)

    @guarded("storygraph_events")
    def __call__(self, doc: Doc) -> Doc:
        """Find the Doc's events and write them as Story records to `doc._.sg_events`."""
        ctx = Context.of(doc, self.lex)
        doc._.sg_events = records(ctx, find(ctx))
        return doc


def find(ctx: Context) -> list[Event]:
    """Every event of the article, in text order: each trigger's frame applied where it was found, then the
    discourse passes over the whole list."""
    doc = ctx.doc
    out: list[Event] = []
    taken: set[int] = set()
    ctx.starters = set(starts := candidates(ctx.lex, doc))
    for i in starts:
        tok = ctx.toks[i]
        if tok.i in taken or tok.is_punct:
            continue
        hit = trigger(ctx, tok)
        if hit is None:
            continue
        kind, entry, last = hit
        ev = build(ctx, tok, kind, entry, last)
        if ev is not None:
            out.append(ev)
            ctx.heads.update([ev.head, *range(tok.i, last + 1)])
            taken.update(range(tok.i, last + 1))
    for rule in PASSES:
        rule(ctx, out)
    for ev in out:
        ev.actors, ev.recipients = outermost(ev.actors), outermost(ev.recipients)
        ev.actors = outside(ev.actors, ev.recipients)
        ev.actors, ev.recipients = one_per_side(ctx, ev.actors), one_per_side(ctx, ev.recipients)
    return out


@Language.factory("storygraph_events", default_config={"lang": "fr"})
def make_events(nlp: Language, name: str, lang: str) -> EventFinder:
    """Registered factory: `nlp.add_pipe("storygraph_events")` after `storygraph_times`."""
    return EventFinder(lang)


if not Doc.has_extension("sg_events"):
    Doc.set_extension("sg_events", default=None)
