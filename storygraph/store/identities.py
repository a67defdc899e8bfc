"""One person across articles: the entity an article's actor is, matched by name with rapidfuzz and kept
apart from namesakes by titles, organisations and the actors they are mentioned with."""
from __future__ import annotations

import re
import sqlite3
from functools import lru_cache

from rapidfuzz import fuzz

from ..lang import countries
from ..lang.text import fold, translit

STOP = {"de", "du", "des", "la", "le", "les", "l", "d", "a", "au", "aux", "et", "en", "sur", "pour"}


def name_key(name: str) -> str:
    """Folded words of a name: 'Kim Jong-un' and 'Kim Jong Un' share one key."""
    return " ".join(w for w in re.split(r"[\s\-'’.]+", fold(re.sub(r"^(l['’]|le |la |les )", "", name, flags=re.I))) if w)


@lru_cache(maxsize=4)
def country_codes(lang: str = "fr") -> dict[str, str]:
    """Folded country names and aliases → ISO 3166-1 alpha-2, from the language data and pycountry."""
    import pycountry

    out: dict[str, str] = {}
    for c in pycountry.countries:
        out[name_key(c.name)] = c.alpha_2
        if hasattr(c, "common_name"):
            out[name_key(c.common_name)] = c.alpha_2
    for name, info in countries(lang).items():
        if info.get("iso"):
            out[name_key(name)] = info["iso"]
            for alias in info.get("aliases", []):
                out[name_key(alias)] = info["iso"]
    return out


def words(texts: list[str]) -> set[str]:
    """Content words of titles and affiliations."""
    return {w for t in texts for w in re.split(r"[\s'’,()\-]+", fold(t)) if len(w) > 2 and w not in STOP}


class Identities:
    """Resolve the actors of one Story to entities of the knowledge base (creating them when new)."""

    def __init__(self, con: sqlite3.Connection, lang: str = "fr"):
        self.con = con
        self.lang = lang

    def resolve(self, actors: list[dict]) -> dict[str, int]:
        """actor id → entity id for every actor of one Story."""
        out: dict[str, int] = {}
        # countries and organisations first: they are the context that tells namesakes apart
        ordered = sorted(actors, key=lambda a: a["kind"] == "person")
        for a in ordered:
            if a["kind"] == "person":
                context = set(out.values())
                out[a["id"]] = self.person(a, context)
            else:
                out[a["id"]] = self.other(a)
        return out

    def other(self, a: dict) -> int:
        iso = country_codes(self.lang).get(name_key(a["name"])) if a["kind"] == "country" else None
        key = iso or name_key(a["name"])
        row = self.con.execute("SELECT id FROM entities WHERE kind = ? AND key = ?", (a["kind"], key)).fetchone()
        if row:
            return row[0]
        return self.con.execute("INSERT INTO entities (name, kind, iso, key) VALUES (?, ?, ?, ?)",
                                (a["name"], a["kind"], iso, key)).lastrowid

    def person(self, a: dict, context: set[int]) -> int:
        key = name_key(a["name"])
        toks = key.split()
        mine = words([d["text"] for d in a.get("descriptions", [])])
        candidates = []
        if len(toks) >= 2:
            rows = self.con.execute("SELECT id, name, key FROM entities WHERE kind = 'person' AND key LIKE ?",
                                    (f"%{toks[-1][:4]}%",)).fetchall()
            for eid, name, ekey in rows:
                et = ekey.split()
                if ekey == key or (len(et) >= 2 and et[-1] == toks[-1] and et[0] == toks[0]) or \
                        fuzz.ratio(translit(ekey), translit(key)) >= 92:
                    candidates.append(eid)
        else:
            rows = self.con.execute("SELECT id, key FROM entities WHERE kind = 'person' AND key LIKE ?",
                                    (f"%{toks[0]}%",)).fetchall() if toks else []
            candidates = [eid for eid, ekey in rows if toks[0] in ekey.split()]
        exact = {eid for eid, in self.con.execute("SELECT id FROM entities WHERE kind = 'person' AND key = ?", (key,))}
        best, best_score = None, -1.0
        for eid in candidates:
            theirs = words([r[0] for r in self.con.execute("SELECT text FROM descriptions WHERE entity_id = ?", (eid,))])
            with_them = {r[0] for r in self.con.execute(
                "SELECT DISTINCT b.entity_id FROM actors a JOIN actors b ON a.article_id = b.article_id "
                "WHERE a.entity_id = ? AND b.entity_id != ?", (eid, eid))}
            overlap = len(mine & theirs) + len(context & with_them) + (0.5 if eid in exact else 0)
            if eid not in exact and mine and theirs and not (mine & theirs) and not (context & with_them):
                continue  # a namesake sharing a surname: other titles, other company
            if eid not in exact and len(toks) == 1 and len(candidates) > 1 and overlap == 0:
                continue  # a lone surname several people carry, and nothing in the article to choose
            if overlap > best_score:
                best, best_score = eid, overlap
        if best is not None:
            row = self.con.execute("SELECT name FROM entities WHERE id = ?", (best,)).fetchone()
            if len(a["name"].split()) > len(row[0].split()):
                self.con.execute("UPDATE entities SET name = ?, key = ? WHERE id = ?", (a["name"], key, best))
            return best
        return self.con.execute("INSERT INTO entities (name, kind, iso, key) VALUES (?, 'person', NULL, ?)",
                                (a["name"], key)).lastrowid
