"""KnowledgeBase: Stories in one SQLite file, each article stored whole or not at all."""
from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import re
import sqlite3
import time
from functools import lru_cache
from pathlib import Path
from urllib.parse import quote
from typing import Any, Iterator

from ..story import Story
from .identities import Identities

SCHEMA = (Path(__file__).parent / "schema.sql").read_text(encoding="utf-8")
SCHEMA_VERSION = "2"
#: The schema without its journal-mode switch, which cannot run inside the transaction that creates the tables.
TABLES = re.sub(r"(?im)^\s*PRAGMA\s+journal_mode[^;]*;", "", SCHEMA)
#: Seconds a writer waits for another one (a second ingest into the same file) before giving up.
BUSY_SECONDS = 60

#: PLOVER types grouped in the four quad classes of event data
QUAD = {t: q for q, ts in {
    "verbal cooperation": ("AGREE", "CONSULT", "SUPPORT", "CONCEDE"),
    "material cooperation": ("COOPERATE", "AID", "RETREAT"),
    "verbal conflict": ("REQUEST", "ACCUSE", "REJECT", "THREATEN"),
    "material conflict": ("PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"),
}.items() for t in ts}


def now() -> str:
    return dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")


def connect_readonly(path: Path) -> sqlite3.Connection:
    """A read-only connection. In a folder we may not write to, SQLite cannot create the WAL index beside the
    file, so the file is opened as immutable there (nothing can change it: no other process can write either)."""
    uri = "file:" + quote(str(path.resolve()))
    con = sqlite3.connect(f"{uri}?mode=ro", uri=True, check_same_thread=False)
    try:
        con.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return con
    except sqlite3.OperationalError:
        con.close()
        if os.access(path.parent, os.W_OK) and os.access(path, os.W_OK):
            raise
    return sqlite3.connect(f"{uri}?mode=ro&immutable=1", uri=True, check_same_thread=False)


@lru_cache(maxsize=1)
def analyser_version() -> str:
    """What the analysis of a text depends on besides the text: storygraph's analysis code and language data,
    spaCy and the models. A stored article analysed by another version is analysed again."""
    from importlib import metadata

    from ..lang import MODELS

    root = Path(__file__).resolve().parent.parent
    h = hashlib.sha1()
    for name in ("spacy", *sorted(MODELS.values())):
        try:
            h.update(f"{name} {metadata.version(name)}\n".encode())
        except metadata.PackageNotFoundError:
            h.update(f"{name} ?\n".encode())
    files = [root / "pipeline.py", root / "story.py", root / "language.py", *sorted((root / "nlp").glob("*.py")),
             *sorted((root / "lang").glob("*/*.json"))]
    for f in files:
        h.update(f.relative_to(root).as_posix().encode() + b"\0" + f.read_bytes())
    return h.hexdigest()


def fingerprint(id: str, text: str, date: str | None, url: str | None, title: str | None, lang: str | None) -> str:
    """The input of one analysis: an article stored with the same fingerprint need not be analysed again."""
    h = hashlib.sha1(analyser_version().encode())
    for part in (id, text, date, url, title, lang):
        h.update(b"\0" + (part or "").encode("utf-8", "surrogatepass"))
    return h.hexdigest()


class KnowledgeBase:
    """The SQLite knowledge base: `ingest` Stories, read them back, count, search."""

    def __init__(self, path: str | Path, readonly: bool = False):
        self.path = Path(path)
        if readonly:
            if not self.path.exists():
                raise FileNotFoundError(f"no knowledge base at {self.path}")
            self.con = connect_readonly(self.path)
            row = self.con.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
            if row is None or row[0] != SCHEMA_VERSION:
                self.con.close()
                raise RuntimeError(f"{self.path} was written by an older storygraph (schema {row[0] if row else '?'}, "
                                   f"this one reads {SCHEMA_VERSION}): run 'storygraph ingest' on your inputs again "
                                   f"with --db {self.path} to add events and figures")
        else:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self.con = sqlite3.connect(self.path, isolation_level=None, timeout=BUSY_SECONDS)
            self._create()
        self.con.row_factory = sqlite3.Row
        self.con.execute("PRAGMA foreign_keys = ON")

    def _create(self) -> None:
        """Bring the schema up to date. Writers opening the same fresh file at once wait for each other: the
        switch to WAL is retried while another connection holds the file, and the tables are created in one
        immediate transaction (SQLite's busy timeout does not cover a lock upgrade inside a deferred one)."""
        for attempt in range(BUSY_SECONDS * 10):
            try:
                self.con.execute("PRAGMA journal_mode = WAL")
                break
            except sqlite3.OperationalError as e:
                if "locked" not in str(e) or attempt == BUSY_SECONDS * 10 - 1:
                    raise
                time.sleep(0.1)
        try:
            self.con.executescript(f"BEGIN IMMEDIATE;\n{TABLES}\nINSERT OR REPLACE INTO meta VALUES "
                                   f"('schema_version', '{SCHEMA_VERSION}');\nCOMMIT;")
        except BaseException:
            if self.con.in_transaction:
                self.con.execute("ROLLBACK")
            raise

    def close(self) -> None:
        """Close the connection."""
        self.con.close()

    def __enter__(self) -> "KnowledgeBase":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # ---------------------------------------------------------------- write
    def unchanged(self, id: str, text: str, date: str | None, url: str | None, title: str | None,
                  lang: str | None) -> bool:
        """True when this article is stored from the same input by the same analyser: no need to analyse it."""
        digest = fingerprint(id, text, date, url, title, lang)
        return self.con.execute("SELECT 1 FROM articles WHERE id = ? AND content_hash = ?", (id, digest)).fetchone() \
            is not None

    def ingest(self, story: Story) -> str:
        """Store one Story in one transaction: 'added', 'updated', 'unchanged' or 'failed'. Two processes
        ingesting the same article at once both succeed: the second finds it stored (an upsert)."""
        if story.errors:
            self.con.execute("INSERT OR REPLACE INTO failures VALUES (?, ?, ?, ?)",
                             (story.id, story.source, "; ".join(story.errors), now()))
            return "failed"
        # what the analysis was made from (text, metadata, analyser): the same input need not be stored again
        digest = fingerprint(story.id, story.text, story.date, story.url, story.title, story.lang)
        cur = self.con
        # the lock is taken before reading, so no other writer can store this id between our read and our write
        cur.execute("BEGIN IMMEDIATE")
        try:
            old = cur.execute("SELECT content_hash FROM articles WHERE id = ?", (story.id,)).fetchone()
            if old and old[0] == digest:
                cur.execute("DELETE FROM failures WHERE id = ?", (story.id,))
                cur.execute("COMMIT")
                return "unchanged"
            if old:
                self._delete(story.id)
            cur.execute("DELETE FROM failures WHERE id = ?", (story.id,))
            cur.execute("INSERT INTO articles VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                        (story.id, story.url, story.title, story.date, story.lang, story.source, story.text, digest,
                         story.to_json(), now()))
            cur.execute("INSERT INTO articles_fts (id, title, text) VALUES (?, ?, ?)", (story.id, story.title or "", story.text))
            entity_of = Identities(cur, story.lang or "fr").resolve(story.actors)
            for a in story.actors:
                eid = entity_of.get(a["id"])
                cur.execute("INSERT INTO actors VALUES (?, ?, ?, ?, ?, ?)",
                            (story.id, a["id"], eid, a["name"], a["kind"], len(a["mentions"])))
                cur.executemany("INSERT INTO mentions VALUES (?, ?, ?, ?, ?)",
                                [(story.id, a["id"], m["start"], m["end"], m["text"]) for m in a["mentions"]])
                cur.executemany("INSERT INTO descriptions VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                                [(story.id, a["id"], eid, d["text"], d.get("role"), d.get("org"), d.get("start"),
                                  d.get("end"), story.date) for d in a.get("descriptions", [])])
            times = {t["id"]: t for t in story.times}
            for q in story.quotes:
                first = q["speaker_id"].split(" ; ")[0] if q.get("speaker_id") else None
                when = times.get(q.get("time_id") or "", {}).get("value") or story.date
                cur.execute("INSERT INTO quotes (article_id, quote_id, type, content, start, \"end\", speaker, speaker_actor_id,"
                            " speaker_entity_id, speaker_name, cue, cue_lemma, date) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                            (story.id, q["id"], q["type"], " … ".join(c["text"] for c in q["content"]),
                             q["content"][0]["start"], q["content"][-1]["end"],
                             (q.get("speaker") or {}).get("text"), q.get("speaker_id"), entity_of.get(first) if first else None,
                             q.get("speaker_name"), (q.get("cue") or {}).get("text"), (q.get("cue") or {}).get("lemma"), when))
            cur.executemany("INSERT INTO times VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                            [(story.id, t["id"], t["start"], t["end"], t["text"], t["type"], t.get("value"),
                              t.get("earliest"), t.get("latest")) for t in story.times])
            self._events(story, entity_of, times)
            cur.execute("COMMIT")
        except BaseException:
            if cur.in_transaction:
                cur.execute("ROLLBACK")
            raise
        return "updated" if old else "added"

    def _events(self, story: Story, entity_of: dict[str, int], times: dict[str, dict]) -> None:
        cur = self.con
        for e in story.events:
            when = times.get(e.get("time_id") or "", {}).get("value") or story.date
            cur.execute("INSERT INTO events VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                        (story.id, e["id"], e["type"], QUAD.get(e["type"], ""), e.get("mode"), e["trigger"]["text"],
                         e["trigger"]["start"], e["trigger"]["end"], e["status"], when, (e.get("place") or {}).get("text"),
                         e.get("quote_id"), e.get("reported_by")))
            cur.executemany("INSERT INTO event_parties VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                            [(story.id, e["id"], role, p.get("actor_id"), entity_of.get(p.get("actor_id") or ""), p["name"],
                              p.get("start"), p.get("end"))
                             for role, key in (("actor", "actors"), ("recipient", "recipients")) for p in e.get(key, [])])
        cur.executemany("INSERT INTO figures VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                        [(story.id, f["id"], f["start"], f["end"], f["text"], f.get("value"), f.get("unit"),
                          int(bool(f.get("approx"))), f.get("about"),
                          times.get(f.get("time_id") or "", {}).get("value") or story.date, f.get("source"),
                          entity_of.get(f.get("source_id") or ""), f.get("quote_id")) for f in story.figures])

    def _delete(self, article_id: str) -> None:
        for table in ("event_parties", "events", "figures", "quotes", "times", "descriptions", "mentions", "actors"):
            self.con.execute(f"DELETE FROM {table} WHERE article_id = ?", (article_id,))
        self.con.execute("DELETE FROM articles_fts WHERE id = ?", (article_id,))
        self.con.execute("DELETE FROM articles WHERE id = ?", (article_id,))
        # entities nobody refers to any more go with their last article
        self.con.execute("DELETE FROM entities WHERE id NOT IN (SELECT entity_id FROM actors WHERE entity_id IS NOT NULL)")

    # ----------------------------------------------------------------- read
    def stats(self) -> dict[str, int]:
        """How many of everything the knowledge base holds."""
        q = self.con.execute
        return {
            "articles": q("SELECT count(*) FROM articles").fetchone()[0],
            "entities": q("SELECT count(*) FROM entities").fetchone()[0],
            "people": q("SELECT count(*) FROM entities WHERE kind = 'person'").fetchone()[0],
            "actors": q("SELECT count(*) FROM actors").fetchone()[0],
            "mentions": q("SELECT count(*) FROM mentions").fetchone()[0],
            "quotes": q("SELECT count(*) FROM quotes").fetchone()[0],
            "times": q("SELECT count(*) FROM times").fetchone()[0],
            "events": q("SELECT count(*) FROM events").fetchone()[0],
            "figures": q("SELECT count(*) FROM figures").fetchone()[0],
            "failures": q("SELECT count(*) FROM failures").fetchone()[0],
        }

    def story(self, article_id: str) -> Story | None:
        """The stored Story of one article."""
        row = self.con.execute("SELECT story FROM articles WHERE id = ?", (article_id,)).fetchone()
        return Story.from_dict(json.loads(row[0])) if row else None

    def stories(self) -> Iterator[Story]:
        """Every stored Story, in id order, streamed."""
        for (raw,) in self.con.execute("SELECT story FROM articles ORDER BY id"):
            yield Story.from_dict(json.loads(raw))

    def search(self, text: str | None = None, speaker: str | None = None, date_from: str | None = None,
               date_to: str | None = None, outlet: str | None = None, limit: int = 50, offset: int = 0) -> list[dict[str, Any]]:
        """Quotes matching full-text words, a speaker, a date range and an outlet (site of the article URL)."""
        sql = ["SELECT q.article_id, q.quote_id, q.type, q.content, q.speaker_name, q.speaker_entity_id, q.cue, q.date,"
               " a.title, a.url FROM quotes q JOIN articles a ON a.id = q.article_id"]
        where, args = [], []
        if text:
            sql.append("JOIN quotes_fts f ON f.rowid = q.rowid")
            where.append("quotes_fts MATCH ?")
            args.append(fts_query(text))
        if speaker:
            where.append("q.speaker_name LIKE ?")
            args.append(f"%{speaker}%")
        if date_from:
            where.append("q.date >= ?")
            args.append(date_from)
        if date_to:
            where.append("substr(q.date, 1, length(?)) <= ?")
            args += [date_to, date_to]
        if outlet:
            where.append("a.url LIKE ?")
            args.append(f"%{outlet}%")
        if where:
            sql.append("WHERE " + " AND ".join(where))
        sql.append("ORDER BY q.date DESC, q.article_id, q.start LIMIT ? OFFSET ?")
        args += [limit, offset]
        return [dict(r) for r in self.con.execute(" ".join(sql), args)]

    def entity(self, entity_id: int) -> dict[str, Any] | None:
        """One entity with its titles (each with article and date), quotes over time and companions."""
        row = self.con.execute("SELECT * FROM entities WHERE id = ?", (entity_id,)).fetchone()
        if row is None:
            return None
        q = self.con.execute
        titles = [dict(r) for r in q("SELECT text, role, org, article_id, date FROM descriptions WHERE entity_id = ? "
                                     "ORDER BY date, article_id", (entity_id,))]
        quotes = [dict(r) for r in q("SELECT article_id, quote_id, type, content, cue, date FROM quotes "
                                     "WHERE speaker_entity_id = ? ORDER BY date, article_id, start", (entity_id,))]
        companions = [dict(r) for r in q(
            "SELECT e.id, e.name, e.kind, count(DISTINCT b.article_id) AS articles FROM actors a "
            "JOIN actors b ON a.article_id = b.article_id AND b.entity_id != a.entity_id "
            "JOIN entities e ON e.id = b.entity_id WHERE a.entity_id = ? GROUP BY e.id ORDER BY articles DESC, e.name LIMIT 30",
            (entity_id,))]
        articles = [dict(r) for r in q("SELECT DISTINCT ar.id, ar.title, ar.date FROM actors a JOIN articles ar ON ar.id = a.article_id "
                                       "WHERE a.entity_id = ? ORDER BY ar.date", (entity_id,))]
        acts = [dict(r) for r in q(
            "SELECT p.role, e.article_id, e.event_id, e.type, e.quad, e.mode, e.trigger, e.status, e.date, e.reported_by,"
            " (SELECT group_concat(o.name, ', ') FROM event_parties o WHERE o.article_id = p.article_id"
            "  AND o.event_id = p.event_id AND o.role != p.role) AS others"
            " FROM event_parties p JOIN events e ON e.article_id = p.article_id AND e.event_id = p.event_id"
            " WHERE p.entity_id = ? ORDER BY e.date, e.article_id, e.start", (entity_id,))]
        figures = [dict(r) for r in q("SELECT article_id, figure_id, text, value, unit, about, date FROM figures "
                                      "WHERE source_entity_id = ? ORDER BY date, article_id, start", (entity_id,))]
        return {**dict(row), "titles": titles, "quotes": quotes, "companions": companions, "articles": articles,
                "did": [a for a in acts if a["role"] == "actor"], "undergone": [a for a in acts if a["role"] == "recipient"],
                "figures": figures}

    def timeline(self, limit: int = 500) -> list[dict[str, Any]]:
        """Dated expressions across articles, oldest first."""
        return [dict(r) for r in self.con.execute(
            "SELECT t.article_id, t.text, t.value, t.earliest, a.title FROM times t JOIN articles a ON a.id = t.article_id "
            "WHERE t.earliest IS NOT NULL ORDER BY t.earliest LIMIT ?", (limit,))]

    def dyads(self, entity_id: int | None = None, limit: int = 200) -> list[dict[str, Any]]:
        """Actor × recipient pairs with event counts by quad class and month: the classic event-data picture."""
        where = "WHERE (a.entity_id = ? OR r.entity_id = ?)" if entity_id is not None else ""
        args: tuple = (entity_id, entity_id) if entity_id is not None else ()
        return [dict(x) for x in self.con.execute(
            "SELECT coalesce(a.entity_id, -1) AS source, a.name AS source_name, coalesce(r.entity_id, -1) AS target,"
            " r.name AS target_name, e.quad, substr(coalesce(e.date, ''), 1, 7) AS month, count(*) AS events"
            " FROM events e JOIN event_parties a ON a.article_id = e.article_id AND a.event_id = e.event_id AND a.role = 'actor'"
            " JOIN event_parties r ON r.article_id = e.article_id AND r.event_id = e.event_id AND r.role = 'recipient' "
            f"{where} GROUP BY a.name, r.name, e.quad, month ORDER BY events DESC, month LIMIT ?", (*args, limit))]

    def events(self, limit: int = 100_000) -> Iterator[dict[str, Any]]:
        """Every stored event with its parties, streamed in article order (PLOVER-style records)."""
        parties: dict[tuple[str, str], dict[str, list]] = {}
        for p in self.con.execute("SELECT * FROM event_parties ORDER BY article_id, event_id"):
            d = parties.setdefault((p["article_id"], p["event_id"]), {"actor": [], "recipient": []})
            d[p["role"]].append({"name": p["name"], "entity_id": p["entity_id"], "start": p["start"], "end": p["end"]})
        for e in self.con.execute("SELECT e.*, a.url FROM events e JOIN articles a ON a.id = e.article_id "
                                  "ORDER BY e.article_id, e.start LIMIT ?", (limit,)):
            d = parties.get((e["article_id"], e["event_id"]), {"actor": [], "recipient": []})
            yield {**dict(e), "actors": d["actor"], "recipients": d["recipient"]}

    def network(self, min_weight: int = 1, limit: int = 300) -> list[dict[str, Any]]:
        """Pairs of entities quoted in the same articles, with how many articles they share."""
        return [dict(r) for r in self.con.execute(
            "SELECT a.speaker_entity_id AS source, b.speaker_entity_id AS target, ea.name AS source_name, eb.name AS target_name,"
            " count(DISTINCT a.article_id) AS weight FROM quotes a JOIN quotes b ON a.article_id = b.article_id "
            "AND a.speaker_entity_id < b.speaker_entity_id JOIN entities ea ON ea.id = a.speaker_entity_id "
            "JOIN entities eb ON eb.id = b.speaker_entity_id GROUP BY 1, 2 HAVING weight >= ? ORDER BY weight DESC LIMIT ?",
            (min_weight, limit))]


def fts_query(text: str) -> str:
    """User words as an FTS5 query: each word a quoted prefix term, so punctuation never breaks the syntax."""
    words = [w for w in text.replace('"', " ").split() if w]
    return " ".join(f'"{w}"*' for w in words) or '""'
