"""Who plays which part in an event: the trigger's subjects and complements read from the parse (subject and
agent, objects, 'à/contre/avec X', the 'de X' of a nominalisation, demonyms, coordinations), words read in
order where the parser attached a complement elsewhere, and a visit's destination.

The package: subjects.py (who the subject is), verbs.py and nouns.py (a verbal or nominal trigger's parties),
phrases.py (complements and words read in order; adding a party), places.py (states, custody, destinations)."""
from .nouns import carried_roles, noun_roles, phrase_noun_roles
from .phrases import add_resolved, phrase_roles
from .places import destination
from .subjects import subjects
from .verbs import verb_roles

__all__ = ["add_resolved", "carried_roles", "destination", "noun_roles", "phrase_noun_roles", "phrase_roles", "subjects",
           "verb_roles"]
