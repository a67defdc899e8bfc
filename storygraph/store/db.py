"""KnowledgeBase: Stories in one SQLite file, each article stored whole or not at all."""
from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import re
import sqlite3
import time
from collections import Counter, defaultdict
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any, Iterator
from urllib.parse import urlsplit

from ..lang.text import spelling_key
from ..story import Story
from .calendar import bounds, span
from .identities import Identities, name_key, namer
from .identities import settle as settle_entities

SCHEMA = (Path(__file__).parent / "schema.sql").read_text(encoding="utf-8")
SCHEMA_VERSION = "3"
#: tables `settle` derives from the others, and the version of their shape (dropped and remade when it changes)
DERIVED = ("entity_names", "fact_dates", "article_info", "entity_stats", "quote_search", "quote_months")
DERIVED_VERSION = "1"
#: seconds a page's facet counts may take together; a facet past it is left out rather than slowing the page
FACET_BUDGET = 0.04
#: a word search matching at most this many quotes is counted, sorted and faceted in one pass over its matches
ONE_PASS = 30_000
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
    files = [root / "pipeline.py", root / "story.py", root / "language.py", *sorted((root / "nlp").glob("**/*.py")),
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

    def __init__(self, path: str | Path, readonly: bool = False, lang: str = "fr"):
        self.path = Path(path)
        self.lang = lang
        self.readonly = readonly
        if readonly:
            if not self.path.exists():
                raise FileNotFoundError(f"no knowledge base at {self.path}")
            # immutable where nobody can change the file here, so SQLite writes no lock or WAL file beside it
            self.con = sqlite3.connect(readonly_uri(self.path), uri=True, check_same_thread=False)
            row = self.con.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
            if row is None or row[0] != SCHEMA_VERSION:
                self.con.close()
                raise RuntimeError(f"{self.path} was written by an older storygraph (schema {row[0] if row else '?'}, "
                                   f"this one reads {SCHEMA_VERSION}): run 'storygraph ingest' on your inputs again "
                                   f"with --db {self.path} to bring it up to date")
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
        self._renew_derived()
        try:
            self.con.executescript(f"BEGIN IMMEDIATE;\n{TABLES}\nINSERT OR REPLACE INTO meta VALUES "
                                   f"('schema_version', '{SCHEMA_VERSION}');\nCOMMIT;")
        except BaseException:
            if self.con.in_transaction:
                self.con.execute("ROLLBACK")
            raise

    def _renew_derived(self) -> None:
        """Drop the derived tables when they were made by another version: settle makes them again."""
        has_meta = self.con.execute("SELECT 1 FROM sqlite_master WHERE name = 'meta'").fetchone()
        row = self.con.execute("SELECT value FROM meta WHERE key = 'derived'").fetchone() if has_meta else None
        if has_meta and (row is None or row[0] != DERIVED_VERSION):
            for table in DERIVED:
                self.con.execute(f"DROP TABLE IF EXISTS {table}")
            self.con.execute("DELETE FROM meta WHERE key = 'settled'")
        self.con.execute("CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT)")
        self.con.execute("INSERT OR REPLACE INTO meta VALUES ('derived', ?)", (DERIVED_VERSION,))

    def close(self, settle: bool = True) -> None:
        """Close the connection, first settling entities and dates if articles changed since the last time."""
        try:
            if settle and not self.readonly and self.unsettled():
                self.settle()
        finally:
            self.con.close()

    def __enter__(self) -> "KnowledgeBase":
        return self

    def __exit__(self, kind, *exc) -> None:
        # interrupted or failed: close at once; the next run that writes settles what this one stored
        self.close(settle=kind is None)

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

    # ---------------------------------------------------------------- settle
    def signature(self) -> str:
        """What the stored articles look like now: settling is due when this differs from the last settled one."""
        # rowids only grow: a new or re-analysed article changes them; nothing here reads the articles' long rows
        r = self.con.execute("SELECT count(*), max(rowid), (SELECT max(rowid) FROM actors), "
                             "(SELECT count(*) FROM actors) FROM articles").fetchone()
        return "|".join(str(x) for x in r)

    def unsettled(self) -> bool:
        """Whether articles changed since entities and dates were last derived."""
        row = self.con.execute("SELECT value FROM meta WHERE key = 'settled'").fetchone()
        return row is None or row[0] != self.signature()

    def settle(self) -> dict[str, int]:
        """Join actors into entities across the whole knowledge base and derive calendar dates, outlets and
        per-entity counts, in one transaction (after an ingest run; `close` does it when needed)."""
        con = self.con
        con.execute("BEGIN IMMEDIATE")
        try:
            counts = settle_entities(con, self.lang)
            self._derive_dates()
            con.execute("DELETE FROM quote_search")
            con.execute("INSERT INTO quote_search SELECT q.rowid, q.speaker_entity_id, "
                        "coalesce(e.key NOT LIKE 'local:%', 0), q.type, i.outlet, d.day, d.day_end, d.precision, d.dated_by, "
                        "substr(d.day, 1, 4) FROM quotes q LEFT JOIN entities e ON e.id = q.speaker_entity_id "
                        "LEFT JOIN fact_dates d ON d.kind = 'quote' AND d.article_id = q.article_id AND d.fact_id = q.quote_id "
                        "LEFT JOIN article_info i ON i.article_id = q.article_id")
            con.execute("DELETE FROM quote_months")
            for facet, value, cond in (("all", "NULL", "1"), ("speaker", "speaker", "named = 1"),
                                       ("outlet", "outlet", "outlet IS NOT NULL"), ("type", "type", "1"),
                                       ("year", "year", "year IS NOT NULL")):
                con.execute(f"INSERT INTO quote_months SELECT coalesce(substr(day, 1, 7), ''), '{facet}', {value}, "
                            f"count(*) FROM quote_search WHERE {cond} GROUP BY 1, {value}")
            con.execute("DELETE FROM entity_stats")
            con.execute(
                "INSERT INTO entity_stats SELECT e.id, coalesce(a.n, 0), coalesce(q.n, 0), coalesce(p.n, 0), a.lo, a.hi "
                "FROM entities e "
                "LEFT JOIN (SELECT x.entity_id, count(DISTINCT x.article_id) AS n, min(i.day) AS lo, max(i.day_end) AS hi "
                "  FROM actors x LEFT JOIN article_info i ON i.article_id = x.article_id GROUP BY x.entity_id) a ON a.entity_id = e.id "
                "LEFT JOIN (SELECT speaker_entity_id, count(*) AS n FROM quotes GROUP BY speaker_entity_id) q "
                "  ON q.speaker_entity_id = e.id "
                "LEFT JOIN (SELECT entity_id, count(DISTINCT article_id || ' ' || event_id) AS n FROM event_parties "
                "  GROUP BY entity_id) p ON p.entity_id = e.id")
            months = [dict(zip(("month", "quotes", "events"), r)) for r in con.execute(
                "SELECT substr(day, 1, 7) AS month, sum(kind = 'quote'), sum(kind = 'event') FROM fact_dates "
                "WHERE day IS NOT NULL AND kind IN ('quote', 'event') GROUP BY month ORDER BY month")]
            con.execute("INSERT OR REPLACE INTO meta VALUES ('months', ?)", (json.dumps(months),))
            con.execute("INSERT OR REPLACE INTO meta VALUES ('counts', ?)", (json.dumps(self.stats()),))
            con.execute("INSERT OR REPLACE INTO meta VALUES ('settled', ?)", (self.signature(),))
            con.execute("ANALYZE")  # the planner's statistics: facet counts scan an index instead of sorting
            con.execute("COMMIT")
        except BaseException:
            con.execute("ROLLBACK")
            raise
        return counts

    def _derive_dates(self) -> None:
        con = self.con
        arts = {r[0]: r[1] for r in con.execute("SELECT id, date FROM articles")}
        con.execute("DELETE FROM article_info")
        fts = {r[1]: r[0] for r in con.execute("SELECT rowid, id FROM articles_fts")}
        rows = []
        for aid, date, url, headline in con.execute(
                "SELECT id, date, url, coalesce(nullif(trim(title), ''), rtrim(substr(text, 1, 80)) || '…') FROM articles"):
            sp = span(date)
            rows.append((aid, outlet_of(url), *(sp or (None, None, None)), fts.get(aid), headline))
        con.executemany("INSERT INTO article_info VALUES (?, ?, ?, ?, ?, ?, ?)", rows)
        con.execute("DELETE FROM fact_dates")
        for kind, table, col in (("quote", "quotes", "quote_id"), ("event", "events", "event_id"),
                                 ("figure", "figures", "figure_id")):
            out = []
            for aid, fid, value in con.execute(f"SELECT article_id, {col}, date FROM {table}"):
                own = span(value) if value != arts.get(aid) else None
                sp = own or span(arts.get(aid))
                out.append((kind, aid, fid, *(sp or (None, None, None)),
                            "text" if own else "article" if sp else None))
            con.executemany("INSERT INTO fact_dates VALUES (?, ?, ?, ?, ?, ?, ?)", out)

    # ----------------------------------------------------------------- read
    def stats(self) -> dict[str, int]:
        """How many of everything the knowledge base holds."""
        q = self.con.execute
        return {
            "articles": q("SELECT count(*) FROM articles").fetchone()[0],
            "entities": q("SELECT count(*) FROM entities WHERE key NOT LIKE 'local:%'").fetchone()[0],
            "people": q("SELECT count(*) FROM entities WHERE kind = 'person' AND key NOT LIKE 'local:%'").fetchone()[0],
            "actors": q("SELECT count(*) FROM actors").fetchone()[0],
            "mentions": q("SELECT count(*) FROM mentions").fetchone()[0],
            "quotes": q("SELECT count(*) FROM quotes").fetchone()[0],
            "times": q("SELECT count(*) FROM times").fetchone()[0],
            "events": q("SELECT count(*) FROM events").fetchone()[0],
            "figures": q("SELECT count(*) FROM figures").fetchone()[0],
            "failures": q("SELECT count(*) FROM failures").fetchone()[0],
        }

    def summary(self) -> dict[str, int]:
        """The counts as of the last settle (cheap: what a page header shows; `stats` counts now)."""
        row = self.con.execute("SELECT value FROM meta WHERE key = 'counts'").fetchone()
        return json.loads(row[0]) if row else self.stats()

    def story(self, article_id: str) -> Story | None:
        """The stored Story of one article."""
        row = self.con.execute("SELECT story FROM articles WHERE id = ?", (article_id,)).fetchone()
        return Story.from_dict(json.loads(row[0])) if row else None

    def article_meta(self, article_id: str) -> dict[str, Any] | None:
        """An article's title, URL, outlet and calendar date, and its actors' entities."""
        row = self.con.execute("SELECT a.id, coalesce(nullif(trim(a.title), ''), rtrim(substr(a.text, 1, 80)) || '…') AS title, a.title AS own_title, a.url, a.date, i.outlet, i.day, i.precision FROM articles a "
                               "LEFT JOIN article_info i ON i.article_id = a.id WHERE a.id = ?", (article_id,)).fetchone()
        if row is None:
            return None
        entity_of = {r[0]: r[1] for r in self.con.execute(
            "SELECT actor_id, entity_id FROM actors WHERE article_id = ? AND entity_id IS NOT NULL", (article_id,))}
        local = {r[0] for r in self.con.execute(
            "SELECT a.actor_id FROM actors a JOIN entities e ON e.id = a.entity_id WHERE a.article_id = ? "
            "AND e.key LIKE 'local:%'", (article_id,))}
        return {**dict(row), "entity_of": entity_of, "local": local}

    def stories(self) -> Iterator[Story]:
        """Every stored Story, in id order, streamed."""
        for (raw,) in self.con.execute("SELECT story FROM articles ORDER BY id"):
            yield Story.from_dict(json.loads(raw))

    def speaker_ids(self, name: str) -> list[int]:
        """Entities a typed name stands for: any name or alias they go by contains all its words
        ('Kim Jong Un', 'Kim Jong-un', 'ONU', 'Nations unies')."""
        ids: set[int] = set()
        nm = namer(self.lang)
        alias = nm.alias_of(name.strip())
        if alias:
            ids |= {r[0] for r in self.con.execute("SELECT id FROM entities WHERE key = ?", (f"alias:{alias}",))}
        toks = [spelling_key(t) for t in name_key(name).split()][:8]
        if toks:
            sql = "SELECT DISTINCT entity_id FROM entity_names WHERE " + " AND ".join(
                "(' ' || key || ' ') LIKE ? ESCAPE '\\'" for _ in toks)
            ids |= {r[0] for r in self.con.execute(sql, [f"% {like_escape(t)} %" for t in toks])}
        return sorted(ids)

    def _quote_where(self, f: QuoteFilter) -> tuple[list[str], list[str], list[Any]]:
        joins, where, args = [], [], []
        if f.q:
            joins.append("JOIN quotes_fts ON quotes_fts.rowid = s.qid")
            where.append("quotes_fts MATCH ?")
            args.append(fts_query(f.q))
        ids: list[int] = []
        if f.speaker:
            ids = self.speaker_ids(f.speaker) or [-1]
        if f.entity is not None:
            ids = [i for i in ids if i == f.entity] if f.speaker else [f.entity]
            ids = ids or [-1]
        if ids:
            where.append(f"s.speaker IN ({','.join('?' * len(ids))})")
            args += ids
        lo, hi = bounds(f.date_from, f.date_to)
        if lo:
            where.append("s.day >= ?")
            args.append(lo)
        if hi:
            where.append("s.day <= ?")
            args.append(hi)
        if f.year is not None:
            where.append("s.year = ?")
            args.append(f"{f.year:04d}")
        if f.outlet:
            where.append("s.outlet LIKE ? ESCAPE '\\'")
            args.append(f"%{like_escape(f.outlet)}%")
        if f.type:
            where.append("s.type = ?")
            args.append(f.type)
        return joins, where, args

    def quotes(self, f: QuoteFilter | None = None, facets: bool = True) -> dict[str, Any]:
        """Quotes matching words (in what was said and who said it), a speaker (any name or alias of theirs),
        a date range over calendar dates, an outlet, a type and a year: a page of results, the total and facets
        (a facet that would take longer than FACET_BUDGET to count is left out, marked in `facets_skipped`)."""
        f = f or QuoteFilter()
        joins, where, args = self._quote_where(f)
        base = "FROM quote_search s " + " ".join(joins) + (" WHERE " + " AND ".join(where) if where else "")
        if f.q and self.con.execute("SELECT count(*) FROM quotes_fts WHERE quotes_fts MATCH ?",
                                    (fts_query(f.q),)).fetchone()[0] <= ONE_PASS:
            return self._quotes_one_pass(f, base, args, facets)
        cube = self._month_sums(f)
        total = cube[0] if cube else self.con.execute(f"SELECT count(*) {base}", args).fetchone()[0]
        if f.sort == "relevance" and f.q:
            order = "bm25(quotes_fts), s.day DESC, s.qid"
        elif f.sort == "date_asc":
            order = "s.day IS NULL, s.day, s.qid"
        else:
            order = "s.day DESC, s.qid"  # undated quotes (NULL) come last
        qids = [r[0] for r in self.con.execute(f"SELECT s.qid {base} ORDER BY {order} LIMIT ? OFFSET ?",
                                               [*args, f.limit, f.offset])]
        out: dict[str, Any] = {"total": total, "offset": f.offset, "limit": f.limit, "results": self._quote_rows(qids)}
        if facets and cube:
            out["facets"], out["facets_skipped"] = cube[1], []
            self._speaker_labels(out["facets"]["speaker"])
        elif facets:
            out["facets"], out["facets_skipped"] = self._facets(base, args, {
                "speaker": ("s.speaker", "s.named = 1", 10),
                "outlet": ("s.outlet", "s.outlet IS NOT NULL", 10),
                "type": ("s.type", "1", 5),
                "year": ("s.year", "s.year IS NOT NULL", 40)})
            self._speaker_labels(out["facets"].get("speaker", []))
        return out

    def _quotes_one_pass(self, f: QuoteFilter, base: str, args: list, facets: bool) -> dict[str, Any]:
        """A word search that matches few enough quotes: read them once, then count, sort and facet here
        (one pass over the matches instead of one per count)."""
        rank = "bm25(quotes_fts)" if f.sort == "relevance" else "0"
        cur = self.con.cursor()
        cur.row_factory = None  # plain tuples: thousands of rows
        rows = cur.execute(f"SELECT s.qid, s.day, s.speaker, s.named, s.outlet, s.type, s.year, {rank} {base}",
                           args).fetchall()
        rows.sort(key=lambda r: r[0])
        if f.sort == "date_asc":
            rows.sort(key=lambda r: (r[1] is None, r[1] or ""))
        else:
            rows.sort(key=lambda r: (r[1] is not None, r[1] or ""), reverse=True)  # stable: qid order within a day
            if f.sort == "relevance":
                rows.sort(key=lambda r: r[7])
        out: dict[str, Any] = {"total": len(rows), "offset": f.offset, "limit": f.limit,
                               "results": self._quote_rows([r[0] for r in rows[f.offset:f.offset + f.limit]])}
        if facets:
            counts: dict[str, Counter] = {"speaker": Counter(), "outlet": Counter(), "type": Counter(), "year": Counter()}
            for _, _, speaker, named, outlet, kind, year, _ in rows:
                if speaker is not None and named:
                    counts["speaker"][speaker] += 1
                if outlet is not None:
                    counts["outlet"][outlet] += 1
                counts["type"][kind] += 1
                if year is not None:
                    counts["year"][year] += 1
            top = {"speaker": 10, "outlet": 10, "type": 5}
            out["facets"] = {k: [{"value": v, "label": v, "count": n}
                                 for v, n in sorted(c.items(), key=lambda x: (-x[1], str(x[0])))[:top[k]]]
                             for k, c in counts.items() if k in top}
            out["facets"]["year"] = [{"value": v, "label": v, "count": n} for v, n in sorted(counts["year"].items(),
                                                                                             reverse=True)[:40]]
            out["facets_skipped"] = []
            self._speaker_labels(out["facets"]["speaker"])
        return out

    def _month_sums(self, f: QuoteFilter) -> tuple[int, dict[str, list[dict[str, Any]]]] | None:
        """The total and facets of a search filtered by whole months alone (or not at all), summed from
        quote_months; None when the search asks for anything else."""
        if f.q or f.speaker or f.entity is not None or f.outlet or f.type:
            return None
        lo, hi = bounds(f.date_from, f.date_to)
        if f.year is not None:
            lo, hi = max(lo or "", f"{f.year:04d}-01-01"), min(hi or "9999", f"{f.year:04d}-12-31")
        if (lo and not lo.endswith("-01")) or (hi and span(hi[:7]) and span(hi[:7]).day_end != hi):
            return None  # a bound inside a month
        if self.con.execute("SELECT 1 FROM quote_months LIMIT 1").fetchone() is None:
            return None  # not settled yet
        dated = lo is not None or hi is not None
        where = "facet = ?" + (" AND month != '' AND month >= ? AND month <= ?" if dated else "")
        extra = [(lo or "0000-01")[:7], (hi or "9999-12")[:7]] if dated else []

        def sums(facet: str, n: int, order: str) -> list[dict[str, Any]]:
            return [{"value": r[0], "label": r[0], "count": r[1]} for r in self.con.execute(
                f"SELECT value, sum(count) AS c FROM quote_months WHERE {where} GROUP BY value ORDER BY {order} "
                f"LIMIT {n}", [facet, *extra])]

        total = self.con.execute(f"SELECT coalesce(sum(count), 0) FROM quote_months WHERE {where}",
                                 ["all", *extra]).fetchone()[0]
        facets = {"speaker": sums("speaker", 10, "c DESC, value"), "outlet": sums("outlet", 10, "c DESC, value"),
                  "type": sums("type", 5, "c DESC, value"), "year": sums("year", 40, "value DESC")}
        for x in facets["speaker"]:
            x["value"] = int(x["value"])
        return total, facets

    def _speaker_labels(self, items: list[dict[str, Any]]) -> None:
        names = {r[0]: r[1] for r in self.con.execute(
            f"SELECT id, name FROM entities WHERE id IN ({','.join('?' * len(items))})", [x["value"] for x in items])}
        for x in items:
            x["label"] = names.get(x["value"], str(x["value"]))

    def _quote_rows(self, qids: list[int]) -> list[dict[str, Any]]:
        """What a result card shows for each quote, in the order given."""
        if not qids:
            return []
        rows = {r["rowid"]: dict(r) for r in self.con.execute(
            "SELECT q.rowid, q.article_id, q.quote_id, q.type, q.content, q.speaker_name, q.speaker_entity_id, q.cue,"
            " q.date, q.start, q.\"end\", s.day, s.day_end, s.precision, s.dated_by, s.outlet, e.name AS entity_name,"
            " NOT s.named AS entity_local, "
            " coalesce(nullif(trim(a.title), ''), rtrim(substr(a.text, 1, 80)) || '…') AS title, a.url "
            "FROM quotes q JOIN quote_search s ON s.qid = q.rowid JOIN articles a ON a.id = q.article_id "
            f"LEFT JOIN entities e ON e.id = q.speaker_entity_id WHERE q.rowid IN ({','.join('?' * len(qids))})", qids)}
        return [rows[i] for i in qids if i in rows]

    def _facets(self, base: str, args: list, spec: dict[str, tuple]) -> tuple[dict[str, list[dict[str, Any]]], list[str]]:
        """Counts of the values of each facet over the rows `base` selects, each within what is left of
        FACET_BUDGET seconds; facets past it are named in the second value, not guessed."""
        out: dict[str, list[dict[str, Any]]] = {}
        skipped: list[str] = []
        deadline = time.perf_counter() + FACET_BUDGET
        self.con.set_progress_handler(lambda: int(time.perf_counter() > deadline), 2000)
        try:
            for name, (value, cond, n) in spec.items():
                if time.perf_counter() > deadline:
                    skipped.append(name)
                    continue
                glue = " AND " if " WHERE " in base else " WHERE "
                order = "value DESC" if name == "year" else "count DESC, value"
                try:
                    out[name] = [{"value": r[0], "label": r[0], "count": r[1]} for r in self.con.execute(
                        f"SELECT {value} AS value, count(*) AS count {base}{glue}{cond} "
                        f"GROUP BY {value} ORDER BY {order} LIMIT {int(n)}", args)]
                except sqlite3.OperationalError as e:
                    if "interrupt" not in str(e):
                        raise
                    skipped.append(name)
        finally:
            self.con.set_progress_handler(None, 0)
        return out, skipped

    def search(self, text: str | None = None, speaker: str | None = None, date_from: str | None = None,
               date_to: str | None = None, outlet: str | None = None, limit: int = 50, offset: int = 0) -> list[dict[str, Any]]:
        """Quotes matching words, a speaker, a calendar date range and an outlet: the results alone (see `quotes`)."""
        return self.quotes(QuoteFilter(q=text, speaker=speaker, date_from=date_from, date_to=date_to, outlet=outlet,
                                       limit=limit, offset=offset), facets=False)["results"]

    def articles(self, q: str | None = None, outlet: str | None = None, year: int | None = None,
                 date_from: str | None = None, date_to: str | None = None, sort: str = "date", limit: int = 20,
                 offset: int = 0, facets: bool = True) -> dict[str, Any]:
        """Articles by words of their title and text, outlet and date: a page, the total and facets."""
        where, args = [], []
        if q:
            base = "FROM articles_fts JOIN article_info i ON i.fts = articles_fts.rowid"
            where.append("articles_fts MATCH ?")
            args.append(fts_query(q))
        else:
            base = "FROM article_info i"
        lo, hi = bounds(date_from, date_to)
        if lo:
            where.append("i.day >= ?")
            args.append(lo)
        if hi:
            where.append("i.day <= ?")
            args.append(hi)
        if year is not None:
            where.append("i.day >= ? AND i.day <= ?")
            args += [f"{year:04d}-01-01", f"{year:04d}-12-31"]
        if outlet:
            where.append("i.outlet LIKE ? ESCAPE '\\'")
            args.append(f"%{like_escape(outlet)}%")
        base += " WHERE " + " AND ".join(where) if where else ""
        total = self.con.execute(f"SELECT count(*) {base}", args).fetchone()[0]
        order = {"date_asc": "i.day IS NULL, i.day, i.article_id"}.get(sort, "i.day DESC, i.article_id")
        if sort == "relevance" and q:
            order = "bm25(articles_fts), i.day DESC"
        snippet = "snippet(articles_fts, 2, char(2), char(3), '…', 24)" if q else "NULL"
        if sort == "title":
            order = "i.headline, i.article_id"
        page = self.con.execute(f"SELECT i.article_id, {snippet} {base} ORDER BY {order} LIMIT ? OFFSET ?",
                                [*args, limit, offset]).fetchall()
        out: dict[str, Any] = {"total": total, "offset": offset, "limit": limit,
                               "results": self._article_rows([(r[0], r[1]) for r in page])}
        if facets:
            out["facets"], out["facets_skipped"] = self._facets(base, args, {
                "outlet": ("i.outlet", "i.outlet IS NOT NULL", 10),
                "year": ("substr(i.day, 1, 4)", "i.day IS NOT NULL", 40)})
        return out

    def _article_rows(self, page: list[tuple[str, str | None]]) -> list[dict[str, Any]]:
        """What an article card shows, in the order given (with its search snippet, if any)."""
        if not page:
            return []
        ids = [p[0] for p in page]
        rows = {r["id"]: dict(r) for r in self.con.execute(
            "SELECT a.id, coalesce(nullif(trim(a.title), ''), rtrim(substr(a.text, 1, 80)) || '…') AS title, a.url,"
            " a.date, i.outlet, i.day, i.precision, substr(a.text, 1, 240) AS opening,"
            " (SELECT count(*) FROM quotes x WHERE x.article_id = a.id) AS quotes,"
            " (SELECT count(*) FROM events x WHERE x.article_id = a.id) AS events "
            f"FROM articles a LEFT JOIN article_info i ON i.article_id = a.id WHERE a.id IN ({','.join('?' * len(ids))})",
            ids)}
        out = []
        for aid, snip in page:
            if aid in rows:
                r = rows[aid]
                r["snippet"] = snip if snip is not None else r["opening"]
                out.append(r)
        return out

    def people(self, q: str | None = None, kind: str | None = None, sort: str = "articles", limit: int = 30,
               offset: int = 0, facets: bool = True) -> dict[str, Any]:
        """People, organisations and countries by any of their names: a page, the total and the kinds."""
        where, args = ["e.key NOT LIKE 'local:%'"], []
        if q:
            ids = self.speaker_ids(q) or [-1]
            where.append(f"e.id IN ({','.join('?' * len(ids))})")
            args += ids
        if kind:
            where.append("e.kind = ?")
            args.append(kind)
        base = "FROM entities e LEFT JOIN entity_stats s ON s.entity_id = e.id WHERE " + " AND ".join(where)
        total = self.con.execute(f"SELECT count(*) {base}", args).fetchone()[0]
        order = {"name": "e.name, e.id", "quotes": "s.quotes DESC, e.name", "recent": "s.last_day IS NULL, s.last_day DESC, e.name"
                 }.get(sort, "s.articles DESC, e.name")
        rows = self.con.execute(f"SELECT e.id, e.name, e.kind, e.iso, s.articles, s.quotes, s.events, s.first_day, s.last_day,"
                                " (SELECT group_concat(name, ' · ') FROM (SELECT name FROM entity_names n WHERE "
                                "  n.entity_id = e.id AND n.name != e.name ORDER BY n.actors DESC LIMIT 4)) AS aka "
                                f"{base} ORDER BY {order} LIMIT ? OFFSET ?", [*args, limit, offset]).fetchall()
        out: dict[str, Any] = {"total": total, "offset": offset, "limit": limit, "results": [dict(r) for r in rows]}
        if facets:
            out["facets"], out["facets_skipped"] = self._facets(base, args, {"kind": ("e.kind", "1", 5)})
        return out

    def entity(self, entity_id: int, limit: int = 50) -> dict[str, Any] | None:
        """One entity: its names, titles (each once, with where and when), quotes, what it did and underwent with
        its counterparts, figures, companions, articles, facts per month and the countries around it."""
        row = self.con.execute("SELECT e.*, s.articles AS n_articles, s.quotes AS n_quotes, s.events AS n_events, "
                               "s.first_day, s.last_day FROM entities e LEFT JOIN entity_stats s ON s.entity_id = e.id "
                               "WHERE e.id = ?", (entity_id,)).fetchone()
        if row is None:
            return None
        q = self.con.execute
        names = [dict(r) for r in q("SELECT name, actors FROM entity_names WHERE entity_id = ? ORDER BY actors DESC, name",
                                    (entity_id,))]
        titles = [dict(r) for r in q("SELECT text, role, org, article_id, date FROM descriptions WHERE entity_id = ? "
                                     "ORDER BY date, article_id LIMIT 200", (entity_id,))]
        title_groups = [dict(r) for r in q(
            "SELECT t.text, count(*) AS times, min(i.day) AS first_day, i.precision AS first_precision, "
            " min(t.article_id) AS article_id, count(DISTINCT t.article_id) AS articles FROM descriptions t "
            "LEFT JOIN article_info i ON i.article_id = t.article_id WHERE t.entity_id = ? "
            "GROUP BY lower(t.text) ORDER BY times DESC, first_day LIMIT 40", (entity_id,))]
        quotes = [dict(r) for r in q(
            "SELECT q.article_id, q.quote_id, q.type, q.content, q.cue, d.day, d.precision, d.dated_by, i.outlet,"
            " (SELECT coalesce(nullif(trim(x.title), ''), rtrim(substr(x.text, 1, 80)) || '…') FROM articles x WHERE x.id = q.article_id) AS title FROM quotes q "
            "LEFT JOIN fact_dates d ON d.kind = 'quote' AND d.article_id = q.article_id AND d.fact_id = q.quote_id "
            "LEFT JOIN article_info i ON i.article_id = q.article_id WHERE q.speaker_entity_id = ? "
            "ORDER BY d.day IS NULL, d.day DESC, q.article_id, q.start LIMIT ?", (entity_id, limit))]
        acts = [dict(r) for r in q(
            "SELECT p.role, e.article_id, e.event_id, e.type, e.quad, e.mode, e.trigger, e.status, e.reported_by,"
            " d.day, d.precision, d.dated_by, (SELECT coalesce(nullif(trim(x.title), ''), rtrim(substr(x.text, 1, 80)) || '…') FROM articles x WHERE x.id = e.article_id) AS title "
            "FROM (SELECT DISTINCT article_id, event_id, role FROM event_parties WHERE entity_id = ?) p "
            "JOIN events e ON e.article_id = p.article_id AND e.event_id = p.event_id "
            "LEFT JOIN fact_dates d ON d.kind = 'event' AND d.article_id = e.article_id AND d.fact_id = e.event_id "
            "ORDER BY d.day IS NULL, d.day DESC, e.article_id, e.start LIMIT ?", (entity_id, 2 * limit))]
        self._counterparts(acts, entity_id)
        figures = [dict(r) for r in q(
            "SELECT f.article_id, f.figure_id, f.text, f.value, f.unit, f.about, d.day, d.precision, d.dated_by FROM figures f "
            "LEFT JOIN fact_dates d ON d.kind = 'figure' AND d.article_id = f.article_id AND d.fact_id = f.figure_id "
            "WHERE f.source_entity_id = ? ORDER BY d.day IS NULL, d.day DESC LIMIT ?", (entity_id, limit))]
        companions = [dict(r) for r in q(
            "SELECT e.id, e.name, e.kind, e.iso, count(DISTINCT b.article_id) AS articles FROM actors a "
            "JOIN actors b ON a.article_id = b.article_id AND b.entity_id != a.entity_id "
            "JOIN entities e ON e.id = b.entity_id AND e.key NOT LIKE 'local:%' WHERE a.entity_id = ? "
            "GROUP BY e.id ORDER BY articles DESC, e.name LIMIT 60", (entity_id,))]
        articles = [dict(r) for r in q(
            "SELECT DISTINCT ar.id, coalesce(nullif(trim(ar.title), ''), rtrim(substr(ar.text, 1, 80)) || '…') AS title, i.outlet, i.day, i.precision FROM actors a JOIN articles ar ON ar.id = a.article_id "
            "LEFT JOIN article_info i ON i.article_id = ar.id WHERE a.entity_id = ? "
            "ORDER BY i.day IS NULL, i.day DESC LIMIT ?", (entity_id, limit))]
        return {**dict(row), "local": row["key"].startswith("local:"), "names": names, "titles": titles,
                "title_groups": title_groups, "quotes": quotes,
                "did": [a for a in acts if a["role"] == "actor"], "undergone": [a for a in acts if a["role"] == "recipient"],
                "figures": figures, "companions": [c for c in companions if c["kind"] != "country"][:30],
                "countries": [c for c in companions if c["kind"] == "country" and c["iso"]]
                + ([{"id": row["id"], "name": row["name"], "iso": row["iso"], "articles": row["n_articles"] or 0}]
                   if row["iso"] else []),
                "articles": articles, "months": self.months(entity_id)}

    def _counterparts(self, acts: list[dict[str, Any]], entity_id: int) -> None:
        """Each event's other parties, as (entity id or None, name, role), once each."""
        if not acts:
            return
        keys = {(a["article_id"], a["event_id"]) for a in acts}
        others: dict[tuple[str, str], list] = defaultdict(list)
        arts = sorted({k[0] for k in keys})
        for r in self.con.execute(
                f"SELECT p.article_id, p.event_id, p.role, p.entity_id, coalesce(e.name, p.name) AS name FROM event_parties p "
                f"LEFT JOIN entities e ON e.id = p.entity_id WHERE p.article_id IN ({','.join('?' * len(arts))})", arts):
            k = (r["article_id"], r["event_id"])
            if k in keys and r["entity_id"] != entity_id:
                item = {"id": r["entity_id"], "name": r["name"], "role": r["role"]}
                if item not in others[k]:
                    others[k].append(item)
        for a in acts:
            a["counterparts"] = others.get((a["article_id"], a["event_id"]), [])

    def months(self, entity_id: int | None = None) -> list[dict[str, Any]]:
        """Quotes and events per calendar month (their own date, else their article's), for one entity or all."""
        if entity_id is None:
            row = self.con.execute("SELECT value FROM meta WHERE key = 'months'").fetchone()
            return every_month(json.loads(row[0])) if row else []
        by: dict[str, dict[str, Any]] = {}
        for month, n in self.con.execute("SELECT substr(day, 1, 7), count(*) FROM quote_search WHERE speaker = ? "
                                         "AND day IS NOT NULL GROUP BY 1", (entity_id,)):
            by.setdefault(month, {"month": month, "quotes": 0, "events": 0})["quotes"] = n
        for month, n in self.con.execute(
                "SELECT substr(d.day, 1, 7), count(DISTINCT p.article_id || ' ' || p.event_id) FROM event_parties p "
                "JOIN fact_dates d ON d.kind = 'event' AND d.article_id = p.article_id AND d.fact_id = p.event_id "
                "WHERE p.entity_id = ? AND d.day IS NOT NULL GROUP BY 1", (entity_id,)):
            by.setdefault(month, {"month": month, "quotes": 0, "events": 0})["events"] = n
        return every_month([by[m] for m in sorted(by)])

    def countries(self, limit: int = 300) -> list[dict[str, Any]]:
        """Countries with the number of articles that name them."""
        return [dict(r) for r in self.con.execute(
            "SELECT e.id, e.name, e.iso, s.articles FROM entities e JOIN entity_stats s ON s.entity_id = e.id "
            "WHERE e.kind = 'country' AND e.iso IS NOT NULL ORDER BY s.articles DESC LIMIT ?", (limit,))]

    def timeline(self, date_from: str | None = None, date_to: str | None = None, entity: int | None = None,
                 limit: int = 50, offset: int = 0) -> dict[str, Any]:
        """Quotes and events the articles themselves date, in calendar order, each with its sentence."""
        where, args = ["d.dated_by = 'text'", "d.kind IN ('quote', 'event')"], []
        lo, hi = bounds(date_from, date_to)
        if lo:
            where.append("d.day >= ?")
            args.append(lo)
        if hi:
            where.append("d.day <= ?")
            args.append(hi)
        if entity is not None:
            where.append("((d.kind = 'quote' AND EXISTS (SELECT 1 FROM quotes q WHERE q.article_id = d.article_id AND "
                         "q.quote_id = d.fact_id AND q.speaker_entity_id = ?)) OR (d.kind = 'event' AND EXISTS (SELECT 1 "
                         "FROM event_parties p WHERE p.article_id = d.article_id AND p.event_id = d.fact_id AND p.entity_id = ?)))")
            args += [entity, entity]
        base = "FROM fact_dates d WHERE " + " AND ".join(where)
        total = self.con.execute(f"SELECT count(*) {base}", args).fetchone()[0]
        rows = [dict(r) for r in self.con.execute(
            f"SELECT d.kind, d.article_id, d.fact_id, d.day, d.day_end, d.precision, d.dated_by {base} "
            "ORDER BY d.day, d.article_id, d.fact_id LIMIT ? OFFSET ?", [*args, limit, offset])]
        self._with_sentences(rows)
        return {"total": total, "offset": offset, "limit": limit, "results": rows}

    def _with_sentences(self, rows: list[dict[str, Any]]) -> None:
        """Add to each fact row its span, the sentence it sits in and its article's title and outlet."""
        for r in rows:
            if r["kind"] == "quote":
                f = self.con.execute("SELECT start, \"end\", type, speaker_name AS who, speaker_entity_id AS entity_id, "
                                     "content AS what FROM quotes WHERE article_id = ? AND quote_id = ?",
                                     (r["article_id"], r["fact_id"])).fetchone()
            else:
                f = self.con.execute("SELECT start, \"end\", type, trigger AS what, status, "
                                     "(SELECT group_concat(name, ', ') FROM event_parties p WHERE p.article_id = e.article_id "
                                     " AND p.event_id = e.event_id AND p.role = 'actor') AS who FROM events e "
                                     "WHERE article_id = ? AND event_id = ?", (r["article_id"], r["fact_id"])).fetchone()
            if f is None:
                continue
            r.update(dict(f))
            a = self.con.execute("SELECT coalesce(nullif(trim(a.title), ''), rtrim(substr(a.text, 1, 80)) || '…') AS title, i.outlet, substr(a.text, max(1, ? - 400), ? + 800) AS around, "
                                 "max(1, ? - 400) AS base FROM articles a LEFT JOIN article_info i ON i.article_id = a.id "
                                 "WHERE a.id = ?", (f["start"] + 1, f["end"] - f["start"], f["start"] + 1,
                                                    r["article_id"])).fetchone()
            r["title"], r["outlet"] = a["title"], a["outlet"]
            r["sentence"] = sentence(a["around"], f["start"] - (a["base"] - 1), f["end"] - (a["base"] - 1))

    def dyads(self, entity_id: int | None = None, limit: int = 200) -> list[dict[str, Any]]:
        """Actor × recipient pairs (merged entities, else the party's words) with event counts by quad class and
        calendar month (the event's own date, else its article's)."""
        where = "WHERE (a.entity_id = ? OR r.entity_id = ?)" if entity_id is not None else ""
        args: tuple = (entity_id, entity_id) if entity_id is not None else ()
        return [dict(x) for x in self.con.execute(
            "SELECT a.entity_id AS source, coalesce((SELECT name FROM entities WHERE id = a.entity_id), a.name) AS source_name,"
            " r.entity_id AS target, coalesce((SELECT name FROM entities WHERE id = r.entity_id), r.name) AS target_name,"
            " e.quad, substr(d.day, 1, 7) AS month, count(DISTINCT e.article_id || ' ' || e.event_id) AS events"
            " FROM events e JOIN event_parties a ON a.article_id = e.article_id AND a.event_id = e.event_id AND a.role = 'actor'"
            " JOIN event_parties r ON r.article_id = e.article_id AND r.event_id = e.event_id AND r.role = 'recipient'"
            " LEFT JOIN fact_dates d ON d.kind = 'event' AND d.article_id = e.article_id AND d.fact_id = e.event_id "
            f"{where} GROUP BY coalesce('e' || a.entity_id, 'n' || a.name), coalesce('e' || r.entity_id, 'n' || r.name),"
            " e.quad, month ORDER BY events DESC, month LIMIT ?", (*args, limit))]

    def event_list(self, f: EventFilter | None = None) -> dict[str, Any]:
        """Events by actor and recipient (entity, else the party's words), quad class, type and calendar month,
        each with its parties, date and sentence."""
        f = f or EventFilter()
        where, args = [], []
        for role, eid, name in (("actor", f.actor, f.actor_name), ("recipient", f.recipient, f.recipient_name)):
            if eid is not None:
                where.append(f"EXISTS (SELECT 1 FROM event_parties p WHERE p.article_id = e.article_id AND "
                             f"p.event_id = e.event_id AND p.role = '{role}' AND p.entity_id = ?)")
                args.append(eid)
            elif name:
                where.append(f"EXISTS (SELECT 1 FROM event_parties p WHERE p.article_id = e.article_id AND "
                             f"p.event_id = e.event_id AND p.role = '{role}' AND p.entity_id IS NULL AND p.name = ?)")
                args.append(name)
        if f.entity is not None:
            where.append("EXISTS (SELECT 1 FROM event_parties p WHERE p.article_id = e.article_id AND "
                         "p.event_id = e.event_id AND p.entity_id = ?)")
            args.append(f.entity)
        if f.quad:
            where.append("e.quad = ?")
            args.append(f.quad)
        if f.type:
            where.append("e.type = ?")
            args.append(f.type)
        if f.month:
            where.append("substr(d.day, 1, 7) = ?")
            args.append(f.month)
        lo, hi = bounds(f.date_from, f.date_to)
        if lo:
            where.append("d.day >= ?")
            args.append(lo)
        if hi:
            where.append("d.day <= ?")
            args.append(hi)
        base = ("FROM events e LEFT JOIN fact_dates d ON d.kind = 'event' AND d.article_id = e.article_id "
                "AND d.fact_id = e.event_id" + (" WHERE " + " AND ".join(where) if where else ""))
        total = self.con.execute(f"SELECT count(*) {base}", args).fetchone()[0]
        order = "d.day IS NULL, d.day" if f.sort == "date_asc" else "d.day IS NULL, d.day DESC"
        rows = [dict(r) for r in self.con.execute(
            f"SELECT 'event' AS kind, e.article_id, e.event_id AS fact_id, e.quad, e.mode, e.status, e.reported_by, "
            f"d.day, d.day_end, d.precision, d.dated_by {base} ORDER BY {order}, e.article_id, e.start LIMIT ? OFFSET ?",
            [*args, f.limit, f.offset])]
        self._with_sentences(rows)
        for r in rows:
            r["event_id"] = r["fact_id"]
            r["parties"] = [dict(p) for p in self.con.execute(
                "SELECT DISTINCT p.role, p.entity_id AS id, coalesce(x.name, p.name) AS name FROM event_parties p "
                "LEFT JOIN entities x ON x.id = p.entity_id WHERE p.article_id = ? AND p.event_id = ? ORDER BY p.role, p.start",
                (r["article_id"], r["fact_id"]))]
        return {"total": total, "offset": f.offset, "limit": f.limit, "results": rows}

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
            "AND ea.key NOT LIKE 'local:%' JOIN entities eb ON eb.id = b.speaker_entity_id AND eb.key NOT LIKE 'local:%' "
            "GROUP BY 1, 2 HAVING weight >= ? ORDER BY weight DESC LIMIT ?", (min_weight, limit))]


@dataclass
class QuoteFilter:
    """What a quote search asks for (every field optional)."""

    q: str | None = None
    speaker: str | None = None
    entity: int | None = None
    date_from: str | None = None
    date_to: str | None = None
    outlet: str | None = None
    type: str | None = None
    year: int | None = None
    sort: str = "date"
    limit: int = 20
    offset: int = 0


@dataclass
class EventFilter:
    """What an event list asks for (every field optional)."""

    actor: int | None = None
    recipient: int | None = None
    actor_name: str | None = None
    recipient_name: str | None = None
    entity: int | None = None
    quad: str | None = None
    type: str | None = None
    month: str | None = None
    date_from: str | None = None
    date_to: str | None = None
    sort: str = "date"
    limit: int = 20
    offset: int = 0


def readonly_uri(path: Path) -> str:
    """A read-only SQLite URI; `immutable` when nobody can change the file here (a read-only folder or file),
    so that SQLite needs no lock or WAL file beside it."""
    uri = f"{path.resolve().as_uri()}?mode=ro"
    if not os.access(path, os.W_OK) or not os.access(path.resolve().parent, os.W_OK):
        uri += "&immutable=1"
    return uri


def outlet_of(url: str | None) -> str | None:
    """The site of an article URL ('www.lemonde.fr/…' → 'lemonde.fr'); None for anything but http(s)."""
    if not url or not isinstance(url, str):
        return None
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        return None
    host = parts.hostname.lower()
    return host[4:] if host.startswith("www.") else host


def every_month(rows: list[dict[str, Any]], most: int = 120) -> list[dict[str, Any]]:
    """Month counts with the empty months in between, so that a chart's axis is true to time; past `most` months,
    counts per year ('2024') with the empty years in between."""
    if len(rows) < 2:
        return rows
    first, last = rows[0]["month"], rows[-1]["month"]
    y0, m0, y1, m1 = int(first[:4]), int(first[5:7]), int(last[:4]), int(last[5:7])
    if (y1 - y0) * 12 + m1 - m0 < most:
        have = {r["month"]: r for r in rows}
        keys = [f"{y:04d}-{m:02d}" for y in range(y0, y1 + 1) for m in range(1, 13)
                if (y, m) >= (y0, m0) and (y, m) <= (y1, m1)]
        return [have.get(k, {"month": k, "quotes": 0, "events": 0}) for k in keys]
    years: dict[str, dict[str, Any]] = {f"{y:04d}": {"month": f"{y:04d}", "quotes": 0, "events": 0}
                                        for y in range(y0, y1 + 1)}
    for r in rows:
        years[r["month"][:4]]["quotes"] += r["quotes"] or 0
        years[r["month"][:4]]["events"] += r["events"] or 0
    return list(years.values())


def like_escape(s: str) -> str:
    """A user's text taken literally inside a LIKE pattern."""
    return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def sentence(text: str, start: int, end: int) -> str:
    """The sentence (or sentences) of `text` holding [start, end)."""
    start, end = max(0, start), min(len(text), max(start, end))
    lo = max((text.rfind(p, 0, start) for p in (". ", "! ", "? ", "\n", "» ")), default=-1)
    lo = 0 if lo < 0 else lo + 1
    his = [i for i in (text.find(p, end) for p in (". ", "! ", "? ", "\n")) if i >= 0]
    hi = min(his) + 1 if his else len(text)
    return " ".join(text[lo:hi].split())


def fts_query(text: str) -> str:
    """User words as an FTS5 query: each word a quoted prefix term, so punctuation never breaks the syntax."""
    words = [w for w in text.replace('"', " ").split() if w]
    return " ".join(f'"{w}"*' for w in words) or '""'
