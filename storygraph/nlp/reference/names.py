"""Proper names → entities: one person under all the forms of his name ('Bechtol' = 'Bruce Bechtol', 'Choïgu' ~
'Shoigu'), namesakes kept apart ('Ellen Kim' is not 'Kim Jong Un'), one organisation under its acronym and its
full name, one country under its name, capital and demonym."""
from __future__ import annotations

import re

from rapidfuzz import fuzz

from ...lang.text import fold, name_tokens, name_words, strip_article, translit
from ..mentions import Gazetteer, Mention
from .entities import Entity, Link, References

#: mention kinds that become entities, and the entity kind they make
ENTITY_KINDS = {"person": "person", "organization": "organization", "media": "organization",
                "country": "country", "group": "group"}
#: an acronym: a capital, then letters, digits or '&', with at least two capitals ('OMS', 'LeT', 'M23')
ACRONYM = re.compile(r"^(?=(?:.*[A-Z]){2})[A-Z][A-Za-z0-9&.-]{1,9}$")


def surname_of(text: str, entities: list[Entity]) -> int | None:
    """The person whose full name holds this single word (or a transliteration of it), if any."""
    toks = name_words(text)
    if len(toks) != 1:
        return None
    # a person's names repeat once per mention: each distinct one is read once
    people = [(a, ent.name_words()) for a, ent in enumerate(entities) if ent.kind == "person"]
    for a, names in people:
        if any(len(nt) >= 2 and toks[0] in nt for nt in names):
            return a
    if len(toks[0]) < 4:
        return None
    spelled = translit(toks[0])
    for a, names in people:
        if any(len(nt) >= 2 and fuzz.ratio(spelled, translit(nt[-1])) >= 85 for nt in names):
            return a
    return None


def match_person(text: str, entities: list[Entity]) -> int | None:
    """The person a name belongs to, or None for a new person."""
    toks = name_words(text)
    best, best_score = None, 0.0
    for a, ent in enumerate(entities):
        if ent.kind != "person":
            continue
        for nt in ent.name_words():  # its names repeat once per mention: each distinct one is weighed once
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


#: a word of a name as an acronym reads it: letters (hyphenated parts kept together), an elision's apostrophe
WORD = re.compile(r"[^\W\d_][\w-]*['’]?|\d+")
#: what ends the phrase an acronym in parentheses may spell, reading back from the parenthesis
PHRASE_END = re.compile(r"[,.;:!?«»\"()\[\]\n]")


def acronym_like(text: str) -> bool:
    """True for a single word written as an acronym may be: a capital first, then up to nine letters or digits."""
    return 2 <= len(text) <= 10 and text[:1].isupper() and bool(re.fullmatch(r"[\w&.-]+", text)) and \
        not text.isdigit()


def spells(acronym: str, words: list[str], skips: set[str], loose: bool = False) -> bool:
    """True when the acronym's letters are the initials of the words in order: every significant word gives its
    initial (a hyphenated one may give each part's), a word of the skip list may give one or none. Loose, as in
    parentheses right after the name, a significant word inside may give none ('Centre for Research on Energy and
    Clean Air (CREA)'), the first and the last still give theirs."""
    letters = _letters(acronym)
    if len(words) < 2 or not letters or words[0] in skips or words[-1] in skips:
        return False
    # what the search below can never give, decided first: the last word gives the last letters; every word
    # that must give an initial gives at least one letter, none more than one per hyphenated part
    last = [p for p in words[-1].split("-") if p]
    if not last or not (letters.endswith(last[0][:1]) or letters.endswith("".join(p[:1] for p in last))):
        return False
    if len(letters) < (2 if loose else sum(1 for w in words if w not in skips)) or \
            len(letters) > sum(len([p for p in w.split("-") if p]) for w in words):
        return False
    seen: set[tuple[int, int]] = set()

    def go(w: int, n: int) -> bool:
        if w == len(words):
            return n == len(letters)
        if (w, n) in seen:
            return False
        seen.add((w, n))
        word = words[w]
        if (word in skips or loose and 0 < w < len(words) - 1) and go(w + 1, n):
            return True
        parts = [p for p in word.split("-") if p]
        options = {parts[0][:1], "".join(p[:1] for p in parts)} if parts else set()
        return any(letters.startswith(o, n) and go(w + 1, n + len(o)) for o in options if o)

    return go(0, 0)


def _words(phrase: str) -> list[str]:
    return [fold(w).rstrip("'’") for w in WORD.findall(phrase)]


def _spelled_before(acronym: str, text: str, end: int, skips: set[str]) -> int | None:
    """Where the phrase that the acronym spells starts, reading back from `end` (a parenthesis), if any."""
    stop = max((m.end() for m in PHRASE_END.finditer(text, max(0, end - 200), end)), default=max(0, end - 200))
    words = list(WORD.finditer(text, stop, end))
    folded = [fold(w.group()).rstrip("'’") for w in words]
    for loose in (False, True):
        for s in range(len(words) - 2, max(-1, len(words) - 14), -1):  # the shortest phrase that spells it
            if spells(acronym, folded[s:], skips, loose):
                return words[s].start()
    return None


def acronym_keys(mentions: list[Mention], text: str, skips: set[str]) -> tuple[dict[int, str], dict[str, str]]:
    """Tie acronyms to the names they stand for: the mentions of each acronym and of its full name get one key
    (the folded acronym), and each key its full name. An acronym in parentheses right after a phrase (or a name in
    parentheses after an acronym) is that phrase when its letters spell it, or the organisation's name before it;
    elsewhere, an acronym is a name of the article whose significant words' initials it spells."""
    order = sorted(range(len(mentions)), key=lambda k: mentions[k].start)
    key_of: dict[int, str] = {}
    full: dict[str, str] = {}

    def define(acr: str, start: int, end: int) -> None:
        key = fold(acr)
        if key in full:
            return
        full[key] = text[start:end].strip()
        for k in order:  # the names the phrase opens with are that organisation ('Force intérimaire … au Liban')
            m = mentions[k]
            # and the names inside it ('Energy and Clean Air' in 'Centre for Research on Energy and Clean Air')
            if m.kind != "country" and (m.start <= start < m.end or start <= m.start and m.end <= end):
                key_of[k] = key

    prev = {k2: k1 for k1, k2 in zip(order, order[1:])}
    for k2 in order:
        m2 = mentions[k2]
        # the parenthesis is found by reading back over white space: a copy of the text before each mention would
        # make this quadratic in the article's length
        paren = m2.start - 1
        while paren >= 0 and text[paren].isspace():
            paren -= 1
        # a number may follow the acronym of a local body ('Sdis 35')
        if paren < 0 or text[paren] != "(" or not re.match(r" ?\d{0,3}\)", text[m2.end:m2.end + 5]):
            continue
        k1 = prev.get(k2)
        m1 = mentions[k1] if k1 is not None and text[mentions[k1].end:paren].strip() == "" else None
        a2 = strip_article(m2.text)
        acr = re.sub(r"\s\d{1,3}$", "", a2)  # 'Sdis 35'
        if acronym_like(acr) and " " not in acr:
            s = _spelled_before(acr, text, paren, skips)
            if s is not None:
                define(acr, s, paren)
            elif m1 is not None and m1.kind not in ("person", "country") and ACRONYM.match(acr) and \
                    (fold(acr)[:1] == fold(strip_article(m1.text))[:1] or
                     set(fold(acr)) <= {w[:1] for w in name_tokens(strip_article(m1.text))}):
                a1 = strip_article(m1.text)
                define(acr, m1.end - len(a1), m1.end)
            else:
                continue
            key_of[k2] = fold(acr)
        elif m1 is not None and acronym_like(m1.text) and " " not in m1.text and \
                m2.kind not in ("person", "country") and spells(m1.text, _words(a2), skips):
            define(m1.text, m2.end - len(a2), m2.end)
            key_of[k1] = fold(m1.text)
    names = [k for k in order if mentions[k].kind not in ("person", "country") and " " in mentions[k].text.strip()]
    # the names' phrases by the initial their first word may give: an acronym is only tried on those it may spell
    phrases: dict[str, list[tuple[int, list[_Phrase]]]] | None = None
    spell_nothing: set[str] = set()  # what a word spells depends on the word alone: each is tried once
    for k in order:
        m = mentions[k]
        t = strip_article(m.text)
        if k in key_of or not acronym_like(t):
            continue
        if fold(t) in full:
            key_of[k] = fold(t)
            continue
        if t in spell_nothing:
            continue
        if phrases is None:
            phrases = {}
            for n in names:
                start, cuts = _phrases(mentions[n], text, skips)
                for first in dict.fromkeys(c[1] for c in cuts):
                    phrases.setdefault(first, []).append((start, cuts))
        letters = _letters(t)
        for start, cuts in phrases.get(letters[:1], ()):
            end = next((e for e, first, words in cuts if letters[:1] == first and spells(t, words, skips)), None)
            if end is not None:
                define(t, start, end)
                key_of[k] = fold(t)
                break
        else:
            spell_nothing.add(t)
    for k in order:
        # the recogniser may cut the name where the article spelled it whole with its acronym ('la Force
        # intérimaire des Nations unies | au Liban, dont …'): the words that follow complete it
        m = mentions[k]
        t = strip_article(m.text)
        if k in key_of or m.kind in ("person", "country"):
            continue
        key_of.update({k: key for key, f in full.items()
                       if f == t or f.startswith(t + " ") and text[m.end:m.end + len(f) - len(t)] == f[len(t):]})
    return key_of, full


#: one way to cut a name for an acronym: where the phrase ends, the one initial its first word may give ('' when
#: the phrase can spell nothing), its folded words
_Phrase = tuple[int, str, list[str]]


def _phrases(m: Mention, text: str, skips: set[str]) -> tuple[int, list[_Phrase]]:
    """Where a name starts (past its article) and the phrases an acronym may spell there: the name, or the name
    and up to four words after it that its acronym says belong to it ('… au Liban')."""
    a = strip_article(m.text)
    start = m.end - len(a)
    stop = min((x.start() for x in PHRASE_END.finditer(text, m.end, m.end + 80)), default=m.end + 80)
    ends = [m.end] + [w.end() for w in WORD.finditer(text, m.end, stop)][:4]
    cuts = []
    for e in ends:
        words = _words(text[start:e])
        # spells needs two words and a first and last word that give an initial, the first word's first letter
        first = "" if len(words) < 2 or words[0] in skips or words[-1] in skips else \
            next((p[:1] for p in words[0].split("-") if p), "")
        cuts.append((e, first, words))
    return start, cuts


def _letters(acronym: str) -> str:
    """The letters and digits of an acronym, folded, as `spells` reads them."""
    return "".join(c for c in fold(acronym) if c.isalnum())


def cluster(refs: References, mentions: list[Mention], links: list[Link], gaz: Gazetteer,
            org_alias: dict[str, str], text: str, seats: dict[str, list[str]] | None = None) -> None:
    """Link every name mention to an entity; full person names first, so that a lone surname finds its person
    wherever it stands; an acronym and the name it stands for are one organisation, named by its full name."""
    by_key: dict[tuple[str, str], int] = {}
    ents = refs.entities
    acr_key, full = acronym_keys(mentions, text, gaz.acronym_skips)
    fuller = _fuller_names(mentions, text)
    order = sorted(range(len(mentions)),
                   key=lambda k: (mentions[k].kind != "person" or len(name_tokens(mentions[k].text)) < 2, k))
    for k in order:
        m, lk = mentions[k], links[k]
        if k in acr_key:
            key = ("organization", "acronym " + acr_key[k])
            a = by_key.get(key)
            if a is None:
                a = by_key[key] = refs.add_entity(Entity("group" if m.kind == "group" else "organization"))
                ents[a].names.append(full[acr_key[k]])
            name = strip_article(m.text)
            ents[a].names.append(name)
            refs.link(lk, a, "acronym" if fold(name) == acr_key[k] else "name")
            continue
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
            body = _seated(mentions, acr_key, seats or {}, m)
            if body is not None:  # 'Bruxelles' in an article naming the European Commission is the Commission
                kind, name, key, rule = "organization", body[0], body[1], "seat"
        elif kind == "person":
            a = match_person(m.text, ents)
            if a is not None:
                ents[a].names.append(m.text)
                refs.link(lk, a, "same name" if name_words(m.text) == name_words(ents[a].names[0]) else "part of name")
                continue
            name = m.text
            key = ("person", " ".join(name_words(m.text)))
        else:
            # an acronym and its full name stay two actors here, each named as written ('l'ONU' is quoted as
            # 'ONU'); the event layer joins them through the aliases
            name = without_class(fuller.get(k) or strip_article(m.text), gaz.org_classes)
            key = (kind, fold(name))
        if key in by_key:
            a = by_key[key]
        else:
            a = refs.add_entity(Entity(kind))
            by_key[key] = a
        ents[a].names.append(name)
        refs.link(lk, a, rule)



def without_class(name: str, classes: set[str]) -> str:
    """A body's name without the noun for its kind that the recogniser took in ('ONG Action Forêts' is 'Action
    Forêts'): a common noun, in lower case or an acronym, before a capitalised word is no part of the name, nor is
    the acronym of a parent body the data lists among them before its agency's name; a capitalised noun is
    ('Banque mondiale') and so is one a complement follows ('ministère de la Culture')."""
    words = name.split()
    # (a run of capitals is a heading's words, not an acronym before a name)
    if len(words) > 1 and (words[0].islower() or words[0].isupper() and not words[1].isupper()) and \
            fold(words[0]) in classes and words[1][:1].isupper():
        return " ".join(words[1:])
    return name


def _fuller_names(mentions: list[Mention], text: str) -> dict[int, str]:
    """Body names the recogniser cut before a complement that another mention of the article keeps ('la Mission des
    Nations unies au Congo … la Mission des Nations unies | au Congo'): the cut one, by its index, gets the full name
    when the words that follow it in the text are the rest of that name."""
    bodies = [(k, strip_article(m.text)) for k, m in enumerate(mentions) if m.kind in ("organization", "group")]
    out: dict[int, str] = {}
    for k, short in bodies:
        m = mentions[k]
        for _, long in bodies:
            if len(long) > len(short) and long.startswith(short + " ") and \
                    text[m.end:m.end + len(long) - len(short)] == long[len(short):]:
                if len(long) > len(out.get(k, "")):
                    out[k] = long
    return out


def _seated(mentions: list[Mention], acr_key: dict[int, str], seats: dict[str, list[str]],
            m: Mention) -> tuple[str, tuple[str, str]] | None:
    """The body a city stands for when it is the seat of one the article names: its name as written and its key."""
    bodies = seats.get(fold(strip_article(m.text)))
    if not bodies:
        return None
    named = {fold(strip_article(x.text)): k for k, x in enumerate(mentions) if x.kind in ("organization", "group")}
    for b in bodies:
        k = named.get(fold(b))
        if k is not None:
            name = strip_article(mentions[k].text)
            key = ("organization", "acronym " + acr_key[k]) if k in acr_key else ("organization", fold(name))
            return name, key
    return None
