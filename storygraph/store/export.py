"""Exports of the knowledge base: Stories as JSONL, quotes and actors as CSV or Parquet, the network as GEXF."""
from __future__ import annotations

import csv
from pathlib import Path

from .db import KnowledgeBase

QUOTE_COLUMNS = ["article_id", "quote_id", "type", "content", "start", "end", "speaker", "speaker_name",
                 "speaker_entity_id", "cue", "cue_lemma", "date"]
ACTOR_COLUMNS = ["article_id", "actor_id", "entity_id", "name", "kind", "mentions"]


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
        for table, columns in (("quotes", QUOTE_COLUMNS), ("actors", ACTOR_COLUMNS)):
            path = out / f"{table}.csv"
            tmp = path.with_name(path.name + ".part")
            with tmp.open("w", encoding="utf-8", newline="") as f:
                w = csv.writer(f)
                w.writerow(columns)
                w.writerows(rows(kb, table, columns))
            tmp.replace(path)
            written.append(path)
    elif fmt == "parquet":
        try:
            import pyarrow as pa
            import pyarrow.parquet as pq
        except ImportError as e:
            raise RuntimeError("Parquet export needs pyarrow: pip install 'storygraph[kb]'") from e
        for table, columns in (("quotes", QUOTE_COLUMNS), ("actors", ACTOR_COLUMNS)):
            data = [dict(zip(columns, r)) for r in rows(kb, table, columns)]
            path = out / f"{table}.parquet"
            pq.write_table(pa.Table.from_pylist(data), path)
            written.append(path)
    elif fmt == "gexf":
        import networkx as nx

        g = nx.Graph()
        for r in kb.con.execute("SELECT id, name, kind FROM entities"):
            g.add_node(r["id"], label=r["name"], kind=r["kind"])
        for e in kb.network(limit=100_000):
            g.add_edge(e["source"], e["target"], weight=e["weight"])
        g.remove_nodes_from([n for n in list(g.nodes) if g.degree(n) == 0])
        tmp = out.with_name(out.name + ".part")
        nx.write_gexf(g, tmp)
        tmp.replace(out)
        written.append(out)
    else:
        raise ValueError(f"unknown export format {fmt!r} (jsonl, csv, parquet, gexf)")
    return written
