"""Proper names → entities: one person under all the forms of his name ('Bechtol' = 'Bruce Bechtol', 'Choïgu' ~
'Shoigu'), namesakes kept apart ('Ellen Kim' is not 'Kim Jong Un'), one organisation under its acronym and its
full name, one country under its name, capital and demonym."""
from __future__ import annotations

import re

from rapidfuzz import fuzz

from ...lang.text import fold, name_tokens, strip_article, translit
from ..mentions import Gazetteer, Mention
from .entities import Entity, Link, References

#: mention kinds that become entities, and the entity kind they make
ENTITY_KINDS = {"person": "person", "organization": "organization", "media": "organization",
                "country": "country", "group": "group"}
#: an acronym: a capital, then letters, digits or '&', with at least two capitals ('OMS', 'LeT', 'M23')
ACRONYM = re.compile(r"^(?=(?:.*[A-Z]){2})[A-Z][A-Za-z0-9&.-]{1,9}$")


def surname_of(text: str, entities: list[Entity]) -> int | None:
    """The person whose full name holds this single word (or a transliteration of it), if any."""
    toks = name_tokens(text)
    if len(toks) != 1:
        return None
    for a, ent in enumerate(entities):
        if ent.kind == "person" and any(len(name_tokens(n)) >= 2 and toks[0] in name_tokens(n) for n in ent.names):
            return a
    for a, ent in enumerate(entities):
        if ent.kind == "person" and len(toks[0]) >= 4 and any(
                len(name_tokens(n)) >= 2 and fuzz.ratio(translit(toks[0]), translit(name_tokens(n)[-1])) >= 85
                for n in ent.names):
            return a
    return None


def match_person(text: str, entities: list[Entity]) -> int | None:
    """The person a name belongs to, or None for a new person."""
    toks = name_tokens(text)
    best, best_score = None, 0.0
    for a, ent in enumerate(entities):
        if ent.kind != "person":
            continue
        for n in ent.names:
            nt = name_tokens(n)
            if nt == toks:
                return a
            if len(toks) == 1 and len(nt) >= 2:
                # a lone surname: the person whose name holds it; namesakes: the one introduced first
                if toks[0] in nt:
                    score = 2 + 1 / (1 + a)
                elif fuzz.ratio(translit(toks[0]), translit(nt[-1])) >= 85 and len(toks[0]) >= 4:
                    score = 1 + len(ent.links) / 100
                else:
                    continue
            elif len(toks) >= 2 and len(nt) >= 2:
                # the same person written with or without a middle name, or transliterated
                if toks[-1] == nt[-1] and toks[0] == nt[0]:
                    score = 3
                elif translit(" ".join(toks)) == translit(" ".join(nt)):
                    score = 3
                elif toks[-1] == nt[-1] and toks[0][0] == nt[0][0] and fuzz.ratio(toks[0], nt[0]) >= 70:
                    score = 2.5
                elif _tail(toks, nt) or _tail(nt, toks):
                    score = 2.2  # 'Le Pen' and 'Marine Le Pen', 'ben Salman' and 'Mohammed ben Salman'
                else:
                    continue
            elif len(toks) == 1 and len(nt) == 1:
                if fuzz.ratio(translit(toks[0]), translit(nt[0])) >= 85 and len(toks[0]) >= 4:
                    score = 1.5
                else:
                    continue
            elif len(toks) >= 2 and len(nt) == 1:
                # a surname seen first, the full name later: join them
                if nt[0] == toks[-1] or (nt[0] in toks and len(nt[0]) >= 3):
                    score = 2
                elif fuzz.ratio(translit(nt[0]), translit(toks[-1])) >= 85 and len(nt[0]) >= 4:
                    score = 1
                else:
                    continue
            else:
                continue
            if score > best_score:
                best, best_score = a, score
    return best


def _tail(short: list[str], long: list[str]) -> bool:
    """True when a name of two words or more ends the other, longer one."""
    return 2 <= len(short) < len(long) and long[-len(short):] == short


def cluster(refs: References, mentions: list[Mention], links: list[Link], gaz: Gazetteer,
            org_alias: dict[str, str], text: str) -> None:
    """Link every name mention to an entity; full person names first, so that a lone surname finds its person
    wherever it stands."""
    by_key: dict[tuple[str, str], int] = {}
    ents = refs.entities
    order = sorted(range(len(mentions)),
                   key=lambda k: (mentions[k].kind != "person" or len(name_tokens(mentions[k].text)) < 2, k))
    for k in order:
        m, lk = mentions[k], links[k]
        kind = ENTITY_KINDS.get(m.kind)
        if m.kind in ("other", "place", "organization") and len(name_tokens(m.text)) == 1 and \
                surname_of(m.text, ents) is not None:
            kind = "person"  # 'Griveaux:' in a headline is the Benjamin Griveaux of the text
        if kind is None:
            continue
        rule = "name"
        if kind == "country":
            name = gaz.country_of.get(fold(m.text)) or gaz.country_of.get(fold(strip_article(m.text)), m.text)
            key = ("country", fold(name))
            rule = "name" if fold(name) == fold(m.text) else "capital or alias"
        elif kind == "person":
            a = match_person(m.text, ents)
            if a is not None:
                ents[a].names.append(m.text)
                refs.link(lk, a, "same name" if name_tokens(m.text) == name_tokens(ents[a].names[0]) else "part of name")
                continue
            name = m.text
            key = ("person", " ".join(name_tokens(m.text)))
        else:
            # an acronym and its full name stay two actors here, each named as written ('l'ONU' is quoted as
            # 'ONU'); the event layer joins them through the aliases
            name = strip_article(m.text)
            key = (kind, fold(name))
        if key in by_key:
            a = by_key[key]
        else:
            a = refs.add_entity(Entity(kind))
            by_key[key] = a
        ents[a].names.append(name)
        refs.link(lk, a, rule)
    merge_acronyms(refs, mentions, links, text)


def merge_acronyms(refs: References, mentions: list[Mention], links: list[Link], text: str) -> None:
    """'le groupe Lashkar-e-Taiba (LeT)', 'l'Organisation mondiale de la santé (OMS)': an acronym in parentheses
    right after an organisation's name is that organisation wherever it is used alone later."""
    ents = refs.entities
    order = sorted(range(len(mentions)), key=lambda k: mentions[k].start)
    alias: dict[str, int] = {}
    for k1, k2 in zip(order, order[1:]):
        m1, m2 = mentions[k1], mentions[k2]
        a1 = links[k1].entity
        if a1 >= 0 and ents[a1].kind in ("organization", "group") and \
                text[m1.end:m2.start].strip() == "(" and text[m2.end:m2.end + 1] == ")" and \
                ACRONYM.match(m2.text) and m2.text[0].casefold() == fold(ents[a1].name)[:1]:
            alias.setdefault(m2.text, a1)
    for k in order:
        a1 = alias.get(mentions[k].text)
        lk = links[k]
        if a1 is None or lk.entity == a1:
            continue
        if lk.entity >= 0:
            old = ents[lk.entity]
            old.links = [x for x in old.links if x is not lk]
            if not old.links:
                old.kind = "merged"  # no mention points to it any more: left out of the Story
        lk.entity = -1
        refs.link(lk, a1, "acronym")
