"""Parties named by where things happen: a state someone is in ('en grève'), where someone is held, a visit's
destination, a meeting's place."""
from __future__ import annotations

from spacy.tokens import Token

from ....lang import cities
from ...index import text_of
from ....lang.text import fold
from ..context import Context, Party
from ...grammar import repair_lemma
from ..grammar import SUBJ, case_of
from ..parties import country_party, resolve, state_of
from ..records import Event
from .phrases import add, add_resolved
from .subjects import subjects


def in_state(ctx: Context, n: Token) -> list[Token]:
    """The subject said to be in the state a bare 'en' + event noun names ('les enseignants sont en grève',
    'l'opposant restera en détention', 'les deux pays sont entrés en guerre'): it is the noun's own 'de X'
    party; nothing when the noun is no such predicate."""
    if case_of(ctx, n) not in ctx.lex.state_preps or \
            any(c.dep_ in ("det", "nmod:poss") for c in ctx.kids(n)):
        return []
    if any(c.dep_ == "cop" for c in ctx.kids(n)):
        return [c for c in ctx.kids(n) if c.dep_ in SUBJ]
    h = n.head
    if n.dep_ in ("xcomp", "obl", "obl:mod", "obl:arg") and h.pos_ in ("VERB", "AUX") and h.i != n.i and \
            repair_lemma(fold(h.lemma_), fold(h.text), ctx.lex.state_verbs) in ctx.lex.state_verbs:
        subs, passive = subjects(ctx, h)
        return [] if passive else subs
    return []


def held_in(ctx: Context, n: Token, ev: Event) -> None:
    """A constraint named as a state ('en détention', 'en garde à vue', 'sous les verrous', 'derrière les
    barreaux') is said of the verb's object when it has one ('la police a placé X en détention': X is held, the
    police holds), else of its subject ('X est en garde à vue', 'X restera en détention', 'X a été placé en
    détention par Y')."""
    if n.dep_ == "case" and n.head.i > n.i:
        n = n.head  # 'sous les verrous', a phrase trigger whose first word is its preposition
    if case_of(ctx, n) not in ctx.lex.custody_preps:
        return
    v = n.head
    if v.pos_ == "ADV" and n.dep_.startswith("obl") and v.head.i != v.i and v.head.pos_ in ("VERB", "AUX"):
        v = v.head  # 'sont toujours en détention': the parser hangs the state on the adverb before it
    holders: list[Token] = []
    own = [c for c in ctx.kids(n) if c.dep_ in ("nsubj", "nsubj:pass")]
    if own:  # 'X est en détention': the state is the predicate, X its subject
        held = own
    elif n.dep_ == "nmod" and v.dep_ == "obj" and v.head.pos_ == "VERB" and v.head.i != v.i:
        held, holders = [v], subjects(ctx, v.head)[0]  # 'a placé X en garde à vue', hung on X
    elif (n.dep_.startswith("obl") or n.dep_ == "xcomp") and v.i != n.i and v.pos_ in ("VERB", "AUX", "ADJ"):
        subs, passive = subjects(ctx, v)
        objs = [c for c in ctx.kids(v) if c.dep_ == "obj"]
        held = objs if objs and not passive else subs
        holders = subs if objs and not passive else \
            [c for c in ctx.kids(v) if c.dep_ == "obl:agent"] if passive else []
    else:
        return
    found = [a for t in held for a in resolve(ctx, t)]
    if not found:
        return
    ids = {a[0] for a in found}
    ev.actors = [a for a in ev.actors if a[0] not in ids]
    ev.recipients = [a for a in ev.recipients if a[0] not in ids]
    add_resolved(ev, "recipient", found)
    add(ctx, ev, "actor", holders)


#: the prepositions by which a custody names where it is held
CUSTODY_PLACE = ("a", "au", "aux", "en", "dans")


def custody_place(ctx: Context, head: Token, ev: Event) -> None:
    """Where someone is held names who holds them: the state of the place ('détenus dans des prisons
    israéliennes', 'en détention en Côte d'Ivoire', 'toujours détenu à Ouagadougou'), the holder when no one else
    is named; a state named so is never the one held."""
    # 'X est en détention à Y': the place may hang on the verb the state noun completes (only a state: 'les
    # sanctions imposées au pays après le coup d'État' tell no place of the coup)
    heads = [head] + ([head.head] if head.dep_.startswith("obl") and case_of(ctx, head) in ctx.lex.custody_preps and
                      head.head.pos_ in ("VERB", "AUX", "ADJ") and head.head.i != head.i else [])
    for h in heads:
        for c in ctx.kids(h):
            if c.dep_ not in ("obl", "obl:mod", "obl:arg", "nmod") or case_of(ctx, c) not in CUSTODY_PLACE:
                continue
            states = _state_at(ctx, c)
            if not states:
                continue
            ids = {a[0] for a in states}
            ev.recipients = [r for r in ev.recipients if r[0] not in ids]
            if not ev.actors:
                add_resolved(ev, "actor", states)
            ev.place = ev.place or (c.idx, c.idx + len(c))
            return


def _state_at(ctx: Context, c: Token) -> list[Party]:
    """The state a place complement lies in: a country named, a town of the gazetteer, or a place noun's demonym."""
    if c.i in ctx.tok_actor:
        a = ctx.tok_actor[c.i]
        return [a] if not a[0].startswith("=") and ctx.by_id[a[0]]["kind"] == "country" else []
    if c.pos_ == "NOUN":
        return state_of(ctx, c)  # 'dans des prisons israéliennes'
    if c.pos_ == "PROPN":
        country = cities(ctx.lex.lang).get(fold(c.text))
        return country_party(ctx, country, c) if country else []
    return []


def destination(ctx: Context, head: Token, ev: Event) -> None:
    """Whom a visit goes to when no one is named: the state of the place it goes to ('s'est rendu à
    Vladivostok', 'était attendue à Ottawa pour une visite'), a town found in the gazetteer."""
    where = head
    if head.pos_ == "NOUN" and head.dep_.startswith("obl") and head.head.pos_ in ("VERB", "AUX", "ADJ"):
        where = head.head
    own = {a[0] for a in ev.actors}
    for c in ctx.kids(where):
        if not c.dep_.startswith("obl") or case_of(ctx, c) not in ("a", "au", "en", "dans", "vers"):
            continue
        if c.i in ctx.tok_actor:
            found = [a for a in resolve(ctx, c) if a[0] not in own]
            if found and (found[0][0].startswith("=") or ctx.by_id[found[0][0]]["kind"] == "country"):
                add_resolved(ev, "recipient", found[:1])
                ev.place = ev.place or (c.idx, c.idx + len(c))
                return
        elif c.pos_ == "PROPN":
            words = [c] + [t for t in ctx.kids(c) if t.dep_ == "flat:name" or t.text == "-"]
            name = fold(text_of(c.doc)[c.idx:max(t.idx + len(t) for t in words)])
            country = cities(ctx.lex.lang).get(name)
            if country:
                found = [a for a in country_party(ctx, country, c) if a[0] not in own]
                add_resolved(ev, "recipient", found)
                ev.place = ev.place or (c.idx, c.idx + len(c))
                return


#: the event types that take place somewhere and are aimed at someone only through 'contre' or 'pour' ('manifester
#: à Bruxelles contre la PAC': Brussels is where, not whom), or through their object or 'sur' ('interpeller des
#: jeunes à Dakar': the youths are held, Dakar is where; 'des frappes à Kharkiv', 'tirer sur la foule à Goma')
PLACED = ("PROTEST", "COERCE", "ASSAULT")


def meeting_place(preps: dict[str, str]) -> dict[str, str]:
    """A meeting's 'à/en/dans X' is where it is held, not with whom."""
    return {k: "place" if k in ("a", "au", "aux", "en", "dans") else r for k, r in preps.items()}
