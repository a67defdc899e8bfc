"""The analysis inside Ray Data actors: one pipeline loaded per actor, batched, Stories written as Parquet
shards (one JSON Story per row, plus id and error columns) that DuckDB or Spark read as they are and that
`storygraph ingest` merges into the SQLite knowledge base."""
from __future__ import annotations

import json
from pathlib import Path
from typing import Iterable, Iterator

from ..read import Article
from ..story import Story

INSTALL = "Ray is an optional extra: pip install 'storygraph[ray]'"


class Analyzer:
    """A Ray Data actor: loads the language pipeline once, turns batches of articles into Stories."""

    def __init__(self, lang: str = "fr"):
        from ..pipeline import get_nlp

        self.lang = lang
        get_nlp(lang if lang != "auto" else "fr")  # 'auto' loads each other language on first use

    def __call__(self, batch: dict) -> dict:
        from ..pipeline import analyze_many

        arts = [Article(id=i, text=t, date=d or None, url=u or None, title=ti or None, source=s or None, error=e or None)
                for i, t, d, u, ti, s, e in zip(batch["id"], batch["text"], batch["date"], batch["url"], batch["title"],
                                                batch["source"], batch["error"])]
        stories = list(analyze_many(arts, lang=self.lang))
        return {"id": [s.id for s in stories], "story": [s.to_json() for s in stories],
                "error": ["; ".join(s.errors) for s in stories]}


def run(articles: Iterable[Article], out: Path, lang: str = "fr", address: str | None = None,
        actors: int = 2, batch_size: int = 16) -> Path:
    """Analyse articles on a Ray cluster (local when no address) and write Parquet shards under `out`."""
    try:
        import ray
    except ImportError as e:
        raise RuntimeError(INSTALL) from e
    if not ray.is_initialized():
        ray.init(address=address, num_cpus=None if address else actors, include_dashboard=False,
                 log_to_driver=False, ignore_reinit_error=True)
    rows = [{"id": a.id, "text": a.text, "date": a.date or "", "url": a.url or "", "title": a.title or "",
             "source": a.source or "", "error": a.error or ""} for a in articles]
    ds = ray.data.from_items(rows)
    stories = ds.map_batches(Analyzer, fn_constructor_kwargs={"lang": lang}, batch_size=batch_size,
                             concurrency=actors, num_cpus=1, batch_format="default")
    out.mkdir(parents=True, exist_ok=True)
    stories.write_parquet(str(out))
    return out


def read_shards(path: Path) -> Iterator[Story]:
    """Every Story in a folder of Parquet shards, in id order."""
    import pyarrow.parquet as pq

    files = sorted(Path(path).glob("*.parquet"))
    rows = []
    for f in files:
        t = pq.read_table(f, columns=["id", "story"])
        rows.extend(zip(t.column("id").to_pylist(), t.column("story").to_pylist()))
    for _, raw in sorted(rows):
        yield Story.from_dict(json.loads(raw))
