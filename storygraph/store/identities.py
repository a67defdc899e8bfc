"""One entity across articles: only proper names and their known aliases join actors of different articles.

Each actor of an article gets a *form*: a country (by ISO code), an alias group (`lang/aliases.json`), a
person's name, an organisation's proper name, or *local* when its name is a description, a bare first name,
a pronoun or a generic body ("le gouvernement", "le ministre des Affaires étrangères", "Emmanuel"), which
only its own article can say who it is. `Identities.resolve` gives an article's actors their entity at ingest
(exact forms only); `settle` then clusters the whole knowledge base in one deterministic pass: middle names,
transliterations, a surname alone ("Poutine", "MM. Xi") joining the one full name that ends or, after an
honorific, begins with it. Entity ids are kept from one pass to the next.
"""
from __future__ import annotations

import json
import re
import sqlite3
from collections import Counter, defaultdict
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from rapidfuzz import fuzz

from ..lang import countries, resource
from ..lang.text import fold, spelling_key

ALIASES = Path(__file__).resolve().parent.parent / "lang" / "aliases.json"
WORD = re.compile(r"[^\s]+")


def name_key(name: str) -> str:
    """Folded words of a name: 'Kim Jong-un' and 'Kim Jong Un' share one key."""
    return " ".join(w for w in re.split(r"[\s\-'’.]+", fold(re.sub(r"^(l['’]|le |la |les )", "", name, flags=re.I))) if w)


def is_acronym(word: str) -> bool:
    """'ONU', 'AfD', 'M23', 'G7': letters that stand for a name, not a word of the language."""
    w = word.strip(".,;:()«»\"")
    letters = [c for c in w if c.isalpha()]
    if len(w) < 2 or not letters:
        return False
    upper = sum(c.isupper() for c in letters)
    return (upper == len(letters) and len(w) <= 6) or upper >= 2 or (any(c.isdigit() for c in w) and upper >= 1)


@dataclass(frozen=True)
class Form:
    """What an actor's name says about who it is, independent of the article it is in."""

    kind: str                   # country | alias | person | name | local
    key: str                    # the folded key within its kind
    tokens: tuple[str, ...] = ()  # a person's name words, spelling-keyed
    honorific: bool = False     # a lone surname marked as such ('M. Xi')
    first_name: bool = False    # a lone compound first name ('Jean-Luc')


class Namer:
    """The language's knowledge for telling proper names from descriptions (lang/<code>/identity.json)."""

    def __init__(self, lang: str = "fr"):
        data = resource(lang, "identity")
        actors = resource(lang, "actors")
        self.determiners = {fold(w) for w in data["determiners"]}
        self.indefinite = {fold(w) for w in data["indefinite"]}
        self.honorifics = {fold(w) for w in data["honorifics"] + actors.get("honorifics", [])}
        self.titles = {fold(w) for w in data["titles"]} | {fold(r) for r in actors["roles"] if " " not in r}
        self.roles = sorted({fold(r) for r in actors["roles"]}, key=len, reverse=True)
        self.generic = {fold(w) for w in data["generic"]} | {fold(w) for w in actors.get("group_nouns", [])}
        self.not_names = {fold(w) for w in data["not_names"]} | {fold(p) for p in actors.get("pronouns", {})}
        self.given = {spelling_key(w) for w in data["given_names"]}
        self.particles = {fold(p).rstrip("-'") for p in actors["name_particles"]}
        self.iso: dict[str, str] = {}
        self.places: set[str] = set()  # country names and demonyms: what makes 'armée russe' one body
        for name, info in countries(lang).items():
            self.places.add(fold(name))
            self.places.update(fold(a) for a in info.get("aliases", []))
            if info.get("iso"):
                self.iso[name_key(name)] = info["iso"]
        self.places.update(fold(w) for w in data.get("places", []))
        self.aliases = alias_table()

    # ------------------------------------------------------------------ forms
    def form(self, name: str, kind: str) -> Form:
        """The form of one actor's name (see the module docstring)."""
        name = " ".join(name.split())
        if not name or ";" in name or len(name) > 120:
            return Form("local", fold(name))  # two people in one name, or a sentence taken for one
        words = WORD.findall(name)
        honorific = had_det = False
        while words:
            w = fold(words[0])
            if w in self.honorifics and words[0][:1].isupper() and len(words) > 1 and words[1][:1].isupper():
                honorific, words = True, words[1:]  # 'Mes Perrin' is two lawyers' title, 'mes amis' a determiner
            elif (w in self.determiners or (w.endswith("'") and w in self.determiners)) and not words[0].isupper():
                if w in self.indefinite:
                    return Form("local", fold(name))  # 'un responsable du Hamas' is nobody in particular
                had_det, words = True, words[1:]
            else:
                break
        if words and re.match(r"^[lLdD]['’]", words[0]) and len(words[0]) > 2:
            words[0] = words[0][2:]  # "l'Organisation …" is one word to the splitter
            had_det = True
        rest = " ".join(words)
        alias = self.alias_of(rest) or self.alias_of(name)
        if alias:
            return Form("alias", alias)
        if not words:
            return Form("local", fold(name))
        iso = self.iso.get(name_key(rest))
        if iso and kind in ("country", "organization", "group"):
            return Form("country", iso)
        if kind == "country":
            return Form("name", name_key(rest)) if rest[:1].isupper() else Form("local", fold(name))
        if kind in ("person", "group"):
            words = self.strip_titles(words)
            person = self.person(words, honorific) if words else None
            if person is not None:
                return person
            if kind == "person" or honorific or had_det and kind == "group" and not any(is_acronym(w) for w in words):
                return Form("local", fold(name))  # 'le ministre tunisien des Finances': a description
        return self.body(words, name)

    def strip_titles(self, words: list[str]) -> list[str]:
        """Words of a name without the titles and roles before it ('Président Xi Jinping', 'premier ministre X')."""
        while len(words) > 1:
            head = fold(" ".join(words[:4]))
            role = next((r for r in self.roles if head == r or head.startswith(r + " ")), None)
            if role:
                words = words[len(role.split()):]
            elif fold(words[0]) in self.titles or fold(words[0]) in self.honorifics:
                words = words[1:]
            else:
                break
        return words

    def person(self, words: list[str], honorific: bool) -> Form | None:
        """A person's name: capitalised words and particles only; a description otherwise (None)."""
        toks: list[str] = []
        for w in words:
            w = w.strip(".,;:()")
            f = fold(w)
            if f in self.particles or f.rstrip("'-") in self.particles:
                toks.append(f.rstrip("'-"))
            elif (w[:1].isupper() or "-" in w and fold(w.split("-")[0]) in self.particles and w.split("-")[1][:1].isupper()) \
                    and (len(words) > 1 or f not in self.not_names):
                # a pronoun alone is nobody ('On'); inside a name it is a name ('Kim Il Sung', 'Elle Fanning');
                # a capital opens each word, not each part ('In-bum Chun', 'Moon Jae-in', 'Ezzat al-Rishq')
                toks.append(spelling_key(w))
            else:
                return None
        core = [t for t in toks if t not in self.particles]
        if not core or all(t in self.generic for t in core) or len(core) == 1 and fold(words[-1]) in self.places:
            return None  # 'Parlement', 'le Britannique'
        given = len(core) == 1 and spelling_key(re.split(r"-", words[-1])[0]) in self.given and "-" in words[-1]
        return Form("person", " ".join(toks), tuple(toks), honorific, given)

    def body(self, words: list[str], name: str) -> Form:
        """An organisation or group: one body across articles only if a proper word or a place names it."""
        proper = qualified = generic = False
        for i, w in enumerate(words):
            f = fold(w.strip(".,()«»"))
            if is_acronym(w) or (w[:1].isupper() and f not in self.generic and f not in self.not_names
                                 and f not in self.determiners and f not in self.places and f not in self.particles):
                proper = True
            elif f in self.places:
                qualified = True
            elif f in self.generic:
                generic = True
        if proper or (qualified and generic):
            return Form("name", name_key(" ".join(words)))
        return Form("local", fold(name))

    def alias_of(self, name: str) -> str | None:
        """The alias group a name belongs to (its canonical folded form), if any."""
        if not name:
            return None
        exact = self.aliases["exact"].get(name.replace(".", ""))
        return exact or self.aliases["folded"].get(name_key(name))


@lru_cache(maxsize=1)
def alias_table() -> dict:
    """Alias forms → canonical key; two-letter acronyms must match case and all ('UN' is not 'un')."""
    data = json.loads(ALIASES.read_text(encoding="utf-8"))
    exact: dict[str, str] = {}
    folded: dict[str, str] = {}
    info: dict[str, dict] = {}
    for g in data["groups"]:
        canon = name_key(g["forms"][0])
        info[canon] = {"name": g["forms"][0], "kind": g.get("kind", "organization")}
        for f in g["forms"]:
            if f.replace(".", "").isupper() and len(f) <= 2:
                exact[f] = canon
            else:
                folded.setdefault(name_key(f), canon)
                exact.setdefault(f, canon)
    return {"exact": exact, "folded": folded, "info": info}


def entity_key(form: Form, article_id: str | None) -> str | None:
    """The key an entity of this form is stored under (None: local, and no article to be local to)."""
    if form.kind == "local":
        return f"local:{article_id}:{form.key}" if article_id is not None else None
    return f"{form.kind}:{form.key}"


class Identities:
    """Give the actors of one Story their entities at ingest: exact forms only (`settle` does the rest)."""

    def __init__(self, con: sqlite3.Connection, lang: str = "fr"):
        self.con = con
        self.namer = namer(lang)

    def resolve(self, actors: list[dict], article_id: str | None = None) -> dict[str, int]:
        """actor id → entity id for every actor of one Story whose entity can be told now."""
        out: dict[str, int] = {}
        for a in actors:
            form = self.namer.form(a["name"], a["kind"])
            key = entity_key(form, article_id)
            if key is None:
                continue
            row = self.con.execute("SELECT id FROM entities WHERE key = ?", (key,)).fetchone()
            if row:
                out[a["id"]] = row[0]
                continue
            kind = "country" if form.kind == "country" else a["kind"]
            iso = form.key if form.kind == "country" else None
            out[a["id"]] = self.con.execute("INSERT INTO entities (name, kind, iso, key) VALUES (?, ?, ?, ?)",
                                            (a["name"], kind, iso, key)).lastrowid
        return out


@lru_cache(maxsize=4)
def namer(lang: str) -> Namer:
    """One Namer per language (its data is read once)."""
    return Namer(lang)


# ---------------------------------------------------------------------------------------------- settle
class Clusters:
    """Union-find over entity keys; an alias group, else the smallest key, is a cluster's root (deterministic)."""

    def __init__(self):
        self.parent: dict[str, str] = {}

    def find(self, x: str) -> str:
        self.parent.setdefault(x, x)
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def union(self, a: str, b: str) -> None:
        ra, rb = sorted((self.find(a), self.find(b)), key=lambda k: (not k.startswith("alias:"), k))
        if ra != rb:
            self.parent[rb] = ra


def cluster(forms: dict[tuple[str, str], Form], nm: Namer) -> dict[tuple[str, str], str]:
    """(article id, actor id) → cluster key for every actor, over the whole knowledge base."""
    uf = Clusters()
    persons = {entity_key(f, None): f for f in forms.values() if f.kind == "person" and len(core(f, nm)) >= 2}
    # a person's alias forms take part as full names ('Vladimir Putin' and 'Vladimir Vladimirovitch Poutine' meet)
    info, folded = nm.aliases["info"], nm.aliases["folded"]
    lone_aliases: dict[str, str] = {}
    for form, canon in folded.items():
        if info[canon]["kind"] != "person":
            continue
        toks = tuple(spelling_key(t) for t in form.split())
        if len(toks) == 1:
            lone_aliases[toks[0]] = f"alias:{canon}"
            continue
        f = Form("person", " ".join(toks), toks)
        persons.setdefault(entity_key(f, None), f)
        uf.union(f"alias:{canon}", entity_key(f, None))
    by_pair: dict[tuple[str, str], list[str]] = defaultdict(list)
    by_last: dict[str, list[str]] = defaultdict(list)
    glued: dict[str, str] = {}
    same_glued: dict[str, list[str]] = defaultdict(list)
    for key in sorted(persons):
        c = core(persons[key], nm)
        uf.find(key)
        by_pair[(c[0], c[-1])].append(key)
        by_last[c[-1]].append(key)
        glued["".join(persons[key].tokens)] = key
        same_glued["".join(persons[key].tokens)].append(key)
    for keys in [*by_pair.values(), *same_glued.values()]:
        # middle names ('Félix Antoine Tshisekedi' is 'Félix Tshisekedi'), hyphens ('Moon Jae-in', 'Moon Jae In')
        for k in keys[1:]:
            uf.union(keys[0], k)
    for keys in by_last.values():  # first names spelt two ways: 'Sergueï'/'Sergei', 'Wladimir'/'Vladimir'
        for i, a in enumerate(keys):
            for b in keys[i + 1:]:
                fa, fb = core(persons[a], nm)[0], core(persons[b], nm)[0]
                if spelt_alike(fa, fb):
                    uf.union(a, b)
    last_of: dict[str, set[str]] = defaultdict(set)
    first_of: dict[str, set[str]] = defaultdict(set)
    for key, f in persons.items():
        c = core(f, nm)
        last_of[c[-1]].add(uf.find(key))
        first_of[c[0]].add(uf.find(key))
    for t, root in lone_aliases.items():
        last_of[t].add(uf.find(root))
    out: dict[tuple[str, str], str] = {}
    for ref, f in forms.items():
        local = f"local:{ref[0]}:{f.key}"
        if f.kind == "person" and len(core(f, nm)) < 2:
            t = (core(f, nm) or [""])[0]
            if "".join(f.tokens) in glued:  # 'MartinFayulu'
                out[ref] = uf.find(glued["".join(f.tokens)])
                continue
            last, first = last_of.get(t, set()), first_of.get(t, set())
            if f.honorific:  # 'M. Xi', 'MM. Xi': a surname, at the end of a Western name or first in a Chinese one
                cands = last or first
            elif not t or f.first_name or t in nm.given or t in nm.particles or (t in first and not last):
                out[ref] = local  # a bare first name says nothing of who across articles
                continue
            else:
                cands = last
            out[ref] = next(iter(cands)) if len(cands) == 1 else f"person:{t}" if not cands else local
        elif f.kind == "local":
            out[ref] = local
        elif f.kind == "person":
            out[ref] = uf.find(entity_key(f, None))
        elif f.kind == "name" and f"person:{spelling_person(f.key)}" in persons:
            out[ref] = uf.find(f"person:{spelling_person(f.key)}")  # 'Vladimir Poutine' tagged as a group
        else:
            out[ref] = uf.find(entity_key(f, None))
    return out


def spelt_alike(a: str, b: str) -> bool:
    """Two spelling keys of a first name that differ as transliterations do ('serguei'/'sergei'), not as a man's
    and a woman's name do ('christian'/'christiane', 'jean'/'jeanne')."""
    if a == b:
        return True
    if min(len(a), len(b)) < 4 or a[0] != b[0] or a.startswith(b) or b.startswith(a):
        return False
    return fuzz.ratio(a, b) >= 85


def core(f: Form, namer_: Namer) -> list[str]:
    """A person's name words without particles."""
    return [t for t in f.tokens if t not in namer_.particles]


def spelling_person(key: str) -> str:
    """The person key a folded organisation key would have."""
    return " ".join(spelling_key(t) for t in key.split())


def settle(con: sqlite3.Connection, lang: str = "fr") -> dict[str, int]:
    """Recompute every actor's entity over the whole knowledge base, keeping entity ids where a cluster keeps
    its actors; update every table that points at entities; return counts."""
    nm = namer(lang)
    rows = con.execute("SELECT article_id, actor_id, name, kind, entity_id, mentions FROM actors").fetchall()
    cache: dict[tuple[str, str], Form] = {}
    forms: dict[tuple[str, str], Form] = {}
    for art, aid, name, kind, _, _ in rows:
        f = cache.get((name, kind))
        if f is None:
            f = cache[(name, kind)] = nm.form(name, kind)
        forms[(art, aid)] = f
    key_of = cluster(forms, nm)
    # what each cluster is: its names, kinds and the ids its actors had
    names: dict[str, Counter] = defaultdict(Counter)
    kinds: dict[str, Counter] = defaultdict(Counter)
    old: dict[str, Counter] = defaultdict(Counter)
    for art, aid, name, kind, eid, mentions in rows:
        k = key_of[(art, aid)]
        names[k][name] += 1
        kinds[k][kind] += 1
        if eid is not None:
            old[k][eid] += 1
    existing = {r[0]: r[1] for r in con.execute("SELECT id, key FROM entities")}
    by_key = {v: k for k, v in existing.items()}
    taken: set[int] = set()
    ident: dict[str, int] = {}
    # the biggest clusters choose first: an id stays with where most of its actors went
    for k in sorted(names, key=lambda k: (-sum(names[k].values()), k)):
        choice = by_key.get(k) if by_key.get(k) not in taken else None
        if choice is None:
            for eid, _ in sorted(old[k].items(), key=lambda x: (-x[1], x[0])):
                if eid not in taken:
                    choice = eid
                    break
        if choice is not None:
            ident[k] = choice
            taken.add(choice)
    next_id = max([*existing, *taken, 0]) + 1
    info = nm.aliases["info"]
    entities = []
    for k in sorted(names):
        if k not in ident:
            ident[k] = next_id
            next_id += 1
        kind = "country" if k.startswith("country:") else kinds[k].most_common(1)[0][0]
        group = info.get(k[6:]) if k.startswith("alias:") else None
        if group:
            kind = group["kind"]
        elif kinds[k]["person"] and kind != "country" and not k.startswith("local:"):
            kind = "person" if kinds[k]["person"] * 2 >= sum(kinds[k].values()) else kind
        # the name the articles use most ('ONU' over 'Nations unies'); a person's full name over a surname alone
        shown = [n for n in names[k] if kind != "person" or len(n.split()) > 1 and not n[:1].islower()] or list(names[k])
        name = max(shown, key=lambda n: (names[k][n], bool(group) and name_key(n) == name_key(group["name"]), len(n), n))
        if kind == "person" and not k.startswith("local:"):
            bare = nm.strip_titles(name.split())  # 'Président Xi Jinping' is shown as 'Xi Jinping'
            name = " ".join(bare) if len(bare) > 1 else name
        iso = k[8:] if k.startswith("country:") else None
        entities.append((ident[k], name, kind, iso, k))
    con.execute("PRAGMA defer_foreign_keys = ON")  # actors point at the new rows by the end of the transaction
    con.execute("DELETE FROM entities")
    con.executemany("INSERT INTO entities (id, name, kind, iso, key) VALUES (?, ?, ?, ?, ?)", entities)
    con.execute("DROP TABLE IF EXISTS temp.actor_map")
    con.execute("CREATE TEMP TABLE actor_map (article_id TEXT, actor_id TEXT, old INTEGER, new INTEGER, "
                "PRIMARY KEY (article_id, actor_id))")
    con.executemany("INSERT INTO temp.actor_map VALUES (?, ?, ?, ?)",
                    [(art, aid, eid, ident[key_of[(art, aid)]]) for art, aid, _, _, eid, _ in rows])
    con.execute("CREATE INDEX temp.actor_map_old ON actor_map(article_id, old)")
    con.execute("UPDATE actors SET entity_id = m.new FROM temp.actor_map m "
                "WHERE m.article_id = actors.article_id AND m.actor_id = actors.actor_id AND actors.entity_id IS NOT m.new")
    con.execute("UPDATE descriptions SET entity_id = m.new FROM temp.actor_map m "
                "WHERE m.article_id = descriptions.article_id AND m.actor_id = descriptions.actor_id "
                "AND descriptions.entity_id IS NOT m.new")
    con.execute("UPDATE event_parties SET entity_id = m.new FROM temp.actor_map m "
                "WHERE m.article_id = event_parties.article_id AND m.actor_id = event_parties.actor_id "
                "AND event_parties.entity_id IS NOT m.new")
    # a quote's speaker is its first speaker's actor ('A1 ; A2' is two people: the first one speaks)
    con.execute("UPDATE quotes SET speaker_entity_id = m.new FROM temp.actor_map m "
                "WHERE m.article_id = quotes.article_id AND quotes.speaker_actor_id IS NOT NULL "
                "AND m.actor_id = CASE WHEN instr(quotes.speaker_actor_id, ' ; ') > 0 "
                "THEN substr(quotes.speaker_actor_id, 1, instr(quotes.speaker_actor_id, ' ; ') - 1) "
                "ELSE quotes.speaker_actor_id END AND quotes.speaker_entity_id IS NOT m.new")
    # figures keep only their source's entity: follow it through the actor that had it
    con.execute("UPDATE figures SET source_entity_id = (SELECT m.new FROM temp.actor_map m WHERE "
                "m.article_id = figures.article_id AND m.old = figures.source_entity_id LIMIT 1) "
                "WHERE source_entity_id IS NOT NULL")
    con.execute("DROP TABLE temp.actor_map")
    # every name each entity goes by, for looking people up by any of them
    con.execute("DELETE FROM entity_names")
    keys: dict[str, str] = {}
    for k in names:
        for n in names[k]:
            if n not in keys:
                keys[n] = " ".join(spelling_key(t) for t in name_key(n).split())
    con.executemany("INSERT INTO entity_names (entity_id, name, key, actors) VALUES (?, ?, ?, ?)",
                    [(ident[k], n, keys[n], c) for k in sorted(names) for n, c in sorted(names[k].items())])
    return {"entities": len(entities), "actors": len(rows)}
