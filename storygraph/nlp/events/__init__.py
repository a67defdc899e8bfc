"""Component `storygraph_events`: who did what to whom (PLOVER event types), from the parse spaCy made.

Triggers (verbs, nouns, adjectives, phrases) and their role frames are data (`lang/<lang>/events.json`).
Roles come from the dependency parse: subject and agent, objects, prepositional complements, the 'de X' of
a nominalisation, demonym adjectives ('l'invasion russe'), coordinations; where the parser attached a
complement elsewhere, the noun phrase's own words are read in order. Participants resolve to the Story's
actors (a capital, a government or a demonym stands for its state), status comes from the grammar
(negation, conditional, future, modal and 'si' governors) and an event told inside a quote is reported
by that quote's speaker.

One article flows through the modules in this order:

- `component`: the spaCy component; `__call__` makes the article's Context, finds, then writes records
- `lexicon`: the language data, loaded once per language into an immutable Lexicon
- `context`: the article's Context (Doc, actor index, caches), passed explicitly to every rule
- `triggers`: which tokens start a trigger of the lexicon
- `frames`: a trigger's frame applied where it was found: one Event, or none
- `roles`: who plays which part (subjects, complements, words read in order, a visit's destination)
- `parties`: what a token stands for among the Story's actors (names, titles, pronouns, anaphors)
- `status`: asserted, future, hypothetical or negated
- `discourse`: the passes over the article's whole list of events, in the order of `PASSES`
- `records`: the Event dataclass and the Story's `events` records
- `grammar`: the parse questions every family asks (a complement's preposition, plural, people)

Rules that need the article take the Context first (`resolve(ctx, tok)`, `status(ctx, tok, kind)`, which read
its per-article caches); rules that need only the language take the Lexicon (`is_people(lex, tok)`); pure parse
helpers take tokens.
"""
from .component import EventFinder, find, make_events
from .records import Event

__all__ = ["Event", "EventFinder", "find", "make_events"]
