"""Exports of the knowledge base: Stories as JSONL; quotes, actors, events and figures as CSV or Parquet; the
network as GEXF; events as PLOVER-style JSONL (one coded event a line, as event-data tools read them)."""
from __future__ import annotations

import csv
import json
import re
from pathlib import Path

from .db import KnowledgeBase

QUOTE_COLUMNS = ["article_id", "quote_id", "type", "content", "start", "end", "speaker", "speaker_name",
                 "speaker_entity_id", "cue", "cue_lemma", "date"]
ACTOR_COLUMNS = ["article_id", "actor_id", "entity_id", "name", "kind", "mentions"]
EVENT_COLUMNS = ["article_id", "event_id", "date", "type", "quad", "mode", "status", "actors", "recipients", "trigger",
                 "start", "end", "place", "quote_id", "reported_by"]
FIGURE_COLUMNS = ["article_id", "figure_id", "text", "value", "unit", "approx", "about", "date", "source",
                  "source_entity_id", "quote_id", "start", "end"]


#: What a spreadsheet takes for the start of a formula (OWASP's list for CSV injection).
FORMULA = ("=", "+", "-", "@", "\t", "\r")
#: Characters XML 1.0 does not allow at all, even escaped.
NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def csv_cell(value: object) -> object:
    """A cell a spreadsheet shows as text: one starting with a formula character gets a leading quote, as OWASP
    recommends ('=HYPERLINK(…)' in a quote is text, not a link); numbers stay numbers."""
    if isinstance(value, str) and value.startswith(FORMULA):
        return "'" + value
    return value


def xml_text(value: object) -> object:
    """A string XML can hold: characters XML 1.0 forbids are removed."""
    return NOT_XML.sub("", value) if isinstance(value, str) else value


def event_rows(kb: KnowledgeBase) -> list[list]:
    """Events flattened for a table: parties joined by ' ; '."""
    return [[e["article_id"], e["event_id"], e["date"], e["type"], e["quad"], e["mode"], e["status"],
             " ; ".join(p["name"] for p in e["actors"]), " ; ".join(p["name"] for p in e["recipients"]), e["trigger"],
             e["start"], e["end"], e["place"], e["quote_id"], e["reported_by"]] for e in kb.events()]


def plover(e: dict) -> dict:
    """One event as a PLOVER-style record: who, what, to whom, when, and where it is written."""
    return {"id": f"{e['article_id']}:{e['event_id']}", "date": e["date"], "event_type": e["type"], "mode": e["mode"],
            "quad_class": e["quad"], "status": e["status"],
            "actor": [p["name"] for p in e["actors"]], "recipient": [p["name"] for p in e["recipients"]],
            "actor_entity_id": [p["entity_id"] for p in e["actors"]],
            "recipient_entity_id": [p["entity_id"] for p in e["recipients"]],
            "location": e["place"], "reported_by": e["reported_by"],
            "source": {"article_id": e["article_id"], "url": e["url"], "trigger": e["trigger"], "start": e["start"],
                       "end": e["end"]}}


def tables(kb: KnowledgeBase):
    """(name, columns, rows) of every table an export writes."""
    yield "quotes", QUOTE_COLUMNS, rows(kb, "quotes", QUOTE_COLUMNS)
    yield "actors", ACTOR_COLUMNS, rows(kb, "actors", ACTOR_COLUMNS)
    yield "events", EVENT_COLUMNS, event_rows(kb)
    yield "figures", FIGURE_COLUMNS, rows(kb, "figures", FIGURE_COLUMNS)


def rows(kb: KnowledgeBase, table: str, columns: list[str]):
    cols = ", ".join(f'"{c}"' for c in columns)
    return kb.con.execute(f"SELECT {cols} FROM {table} ORDER BY article_id")


def export(kb: KnowledgeBase, fmt: str, out: Path) -> list[Path]:
    """Write the knowledge base in one format; returns the files written (written whole, then renamed)."""
    out.mkdir(parents=True, exist_ok=True) if fmt in ("csv", "parquet") else out.parent.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    if fmt == "jsonl":
        tmp = out.with_name(out.name + ".part")
        with tmp.open("w", encoding="utf-8") as f:
            for story in kb.stories():
                f.write(story.to_json() + "\n")
        tmp.replace(out)
        written.append(out)
    elif fmt == "csv":
        for table, columns, data in tables(kb):
            path = out / f"{table}.csv"
            tmp = path.with_name(path.name + ".part")
            with tmp.open("w", encoding="utf-8", newline="") as f:
                w = csv.writer(f)
                w.writerow(columns)
                w.writerows([csv_cell(v) for v in row] for row in data)
            tmp.replace(path)
            written.append(path)
    elif fmt == "parquet":
        try:
            import pyarrow as pa
            import pyarrow.parquet as pq
        except ImportError as e:
            raise RuntimeError("Parquet export needs pyarrow: pip install 'storygraph[kb]'") from e
        for table, columns, data in tables(kb):
            records = [dict(zip(columns, r)) for r in data]
            path = out / f"{table}.parquet"
            pq.write_table(pa.Table.from_pylist(records) if records else pa.table({c: [] for c in columns}), path)
            written.append(path)
    elif fmt == "gexf":
        import networkx as nx

        g = nx.Graph()
        for r in kb.con.execute("SELECT id, name, kind FROM entities"):
            g.add_node(r["id"], label=xml_text(r["name"]), kind=xml_text(r["kind"]))
        for e in kb.network(limit=100_000):
            g.add_edge(e["source"], e["target"], weight=e["weight"])
        g.remove_nodes_from([n for n in list(g.nodes) if g.degree(n) == 0])
        tmp = out.with_name(out.name + ".part")
        nx.write_gexf(g, tmp)
        tmp.replace(out)
        written.append(out)
    elif fmt == "plover":
        tmp = out.with_name(out.name + ".part")
        with tmp.open("w", encoding="utf-8") as f:
            for e in kb.events():
                f.write(json.dumps(plover(e), ensure_ascii=False) + "\n")
        tmp.replace(out)
        written.append(out)
    else:
        raise ValueError(f"unknown export format {fmt!r} (jsonl, csv, parquet, gexf, plover)")
    return written
