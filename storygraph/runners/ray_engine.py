"""The analysis on Ray Data. The inputs are read by the workers through a Ray Data reader (`ArticleSource`: one
read task per file, large JSONL files split at line boundaries), so the driver never holds the corpus; one
pipeline is loaded per actor and analyses batches; the Stories, in input order, are written as
Parquet shards written by the workers (one JSON Story per row, plus id, error and source columns) that DuckDB or Spark read as they are and
that `storygraph ingest` merges into the SQLite knowledge base."""
from __future__ import annotations

import io
import json
import re
import shutil
import sys
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import IO, Iterable, Iterator

from ..budget import Budget
from ..read import Article, failure, json_lines, read_path, read_stream, walk
from ..story import Story

INSTALL = "Ray is an optional extra: pip install 'storygraph[ray]'"
COLUMNS = ("id", "text", "date", "url", "title", "lang", "source", "error")
#: A JSONL file larger than this is read by several tasks, each from one line boundary to another.
SPLIT_BYTES = 32 << 20
#: A read task hands its articles on in blocks of at most this many rows or bytes, as it reads them.
BLOCK_ROWS = 64
BLOCK_BYTES = 8 << 20
#: CPUs a read task asks for: reading is light next to analysing.
READ_CPUS = 0.5


@dataclass(frozen=True)
class Unit:
    """What one read task reads: a file, a byte range of a JSONL file (with the number of its first line), or an
    input that already failed (an unreadable folder, a missing path)."""

    path: str
    start: int = 0
    end: int = -1
    line: int = 1
    error: str | None = None


def plan(inputs: Iterable[str | Path], spool: Path) -> list[Unit]:
    """The read units of the inputs, in input order. Folders are listed and large JSONL files split here (the
    driver reads no article); standard input is copied to a file under `spool` first, in chunks."""
    units: list[Unit] = []
    for item in inputs:
        item = str(item)
        if item == "-":
            spooled = _spool_stdin(spool)
            units.append(Unit(spooled) if spooled else Unit("-", error="standard input is closed"))
            continue
        p = Path(item)
        files = walk(p) if p.is_dir() else [p]
        for f in files:
            if isinstance(f, Article):
                units.append(Unit(str(f.source), error=f.error))
            elif f.suffix.lower() in (".jsonl", ".ndjson") and f.is_file():
                units.extend(_split(f))
            else:
                units.append(Unit(str(f)))
    return units


def _spool_stdin(spool: Path) -> str | None:
    """Standard input copied to a file the workers can read (None when it is closed)."""
    stream = getattr(sys.stdin, "buffer", None) if sys.stdin is not None else None
    if stream is None:
        return None
    spool.mkdir(parents=True, exist_ok=True)
    target = spool / "stdin.input"
    with target.open("wb") as out:
        shutil.copyfileobj(stream, out, 1 << 20)
    return str(target)


def _split(path: Path) -> list[Unit]:
    """Byte ranges of a JSONL file, each starting on a line, with the number of that line (counted here in
    chunks, so the driver's memory does not grow with the file)."""
    try:
        size = path.stat().st_size
        if size <= SPLIT_BYTES:
            return [Unit(str(path))]
        with path.open("rb") as f:
            if f.read(4).startswith((b"\xff\xfe", b"\xfe\xff", b"\x00\x00\xfe\xff")):
                return [Unit(str(path))]  # UTF-16/32: its line ends are not single bytes
            f.seek(0)
            units, start, line, pos = [], 0, 1, 0
            while pos < size:
                target = min(start + SPLIT_BYTES, size)
                newlines = 0
                while pos < target:  # count the lines up to the cut
                    chunk = f.read(min(1 << 20, target - pos))
                    if not chunk:
                        break
                    newlines += chunk.count(b"\n")
                    pos += len(chunk)
                rest = f.readline()  # the cut moves on to the end of the line it falls in
                pos += len(rest)
                newlines += rest.endswith(b"\n")
                units.append(Unit(str(path), start, pos, line))
                start, line = pos, line + newlines
                if not rest:
                    break
            return units
    except OSError:
        return [Unit(str(path))]  # reading it will say why


class _Range(io.RawIOBase):
    """The bytes of a file from `start` to `end`."""

    def __init__(self, f: IO[bytes], start: int, end: int):
        f.seek(start)
        self.f, self.left = f, end - start

    def readable(self) -> bool:
        return True

    def readinto(self, buf) -> int:
        data = self.f.read(min(len(buf), self.left))
        self.left -= len(data)
        buf[:len(data)] = data
        return len(data)


def read_unit(unit: Unit) -> Iterator[Article]:
    """The Articles of one read unit, as `storygraph read` would read them."""
    if unit.error is not None:
        yield failure(Path(unit.path), unit.error, id=unit.path)
    elif unit.path.endswith("stdin.input"):
        with open(unit.path, "rb") as f:
            yield from read_stream(f)
    elif unit.end >= 0:
        try:
            with open(unit.path, "rb") as f:
                yield from json_lines(io.BufferedReader(_Range(f, unit.start, unit.end)), unit.path, unit.line)
        except OSError as e:
            yield failure(Path(unit.path), e.strerror or str(e))
    else:
        yield from read_path(Path(unit.path))


def _blocks(unit: Unit):
    """A read task's body: the unit's articles as Arrow tables, handed on as they fill."""
    import pyarrow as pa

    rows, size = [], 0
    for art in read_unit(unit):
        rows.append({c: getattr(art, c) for c in COLUMNS})
        size += len(art.text)
        if len(rows) >= BLOCK_ROWS or size >= BLOCK_BYTES:
            yield pa.Table.from_pylist(rows, schema=_schema())
            rows, size = [], 0
    if rows:
        yield pa.Table.from_pylist(rows, schema=_schema())


def _schema():
    import pyarrow as pa

    return pa.schema([(c, pa.string()) for c in COLUMNS])


def source(units: list[Unit]):
    """A Ray Data datasource reading these units, one read task each, in the workers."""
    from ray.data.block import BlockMetadata
    from ray.data.datasource import Datasource, ReadTask

    def size(u: Unit) -> int | None:
        try:
            return (u.end - u.start) if u.end >= 0 else Path(u.path).stat().st_size
        except OSError:
            return None

    class ArticleSource(Datasource):
        """storygraph's inputs (txt, jsonl, html, warc, folders) read by Ray Data's workers."""

        def estimate_inmemory_data_size(self) -> int | None:
            return sum(size(u) or 0 for u in units)

        def get_read_tasks(self, parallelism: int, per_task_row_limit: int | None = None,
                           data_context=None) -> list:
            return [ReadTask(partial(_blocks, u), BlockMetadata(num_rows=None, size_bytes=size(u), exec_stats=None,
                                                                input_files=[u.path]),
                             per_task_row_limit=per_task_row_limit) for u in units]

    return ArticleSource()


class Analyzer:
    """A Ray Data actor: loads the language pipeline once, turns batches of articles into Stories."""

    def __init__(self, lang: str = "fr", budget: Budget | None = None):
        from ..pipeline import get_nlp

        self.lang, self.budget = lang, budget
        get_nlp(lang if lang != "auto" else "fr")  # 'auto' loads each other language on first use

    def __call__(self, batch: dict) -> dict:
        from ..pipeline import analyze_many

        def col(name: str) -> list:
            # a missing value arrives as None, "" or NaN depending on how the rows were built
            return [None if v is None or v == "" or v != v else str(v) for v in batch[name]]

        arts = [Article(id=i, text=t or "", date=d, url=u, title=ti, lang=la, source=s, error=e)
                for i, t, d, u, ti, la, s, e in zip(*(col(c) for c in COLUMNS))]
        stories = list(analyze_many(arts, lang=self.lang, budget=self.budget))
        return {"id": [s.id for s in stories], "story": [s.to_json() for s in stories],
                "error": ["; ".join(s.errors) for s in stories], "source": [s.source or "" for s in stories]}


def run(inputs: Iterable[str | Path] | Iterable[Article], out: Path, lang: str = "fr", address: str | None = None,
        actors: int = 2, batch_size: int = 16, budget: Budget | None = None) -> Path:
    """Analyse on a Ray cluster (local when no address) and write Parquet shards under `out`, in input order.
    Paths are read by the workers (the driver's memory stays flat whatever the corpus size); Articles given
    directly (the Python API) are sent from the driver."""
    try:
        import ray
    except ImportError as e:
        raise RuntimeError(INSTALL) from e
    items = list(inputs) if not isinstance(inputs, (list, tuple)) else inputs
    if not ray.is_initialized():
        # a local cluster gets one CPU more than the actors hold: the read tasks run beside them
        ray.init(address=address, num_cpus=None if address else actors + 1, include_dashboard=False,
                 log_to_driver=False, ignore_reinit_error=True)
    ctx = ray.data.DataContext.get_current()
    ctx.execution_options.preserve_order = True  # shards in input order: the merge is as a local ingest's
    ctx.enable_progress_bars = False
    out.mkdir(parents=True, exist_ok=True)
    for old in out.glob("*.parquet"):
        old.unlink()
    if items and all(isinstance(a, Article) for a in items):
        ds = ray.data.from_items([{c: getattr(a, c) or "" for c in COLUMNS} for a in items])
    else:
        ds = ray.data.read_datasource(source(plan(items, out)), num_cpus=READ_CPUS)
    stories = ds.map_batches(Analyzer, fn_constructor_kwargs={"lang": lang, "budget": budget}, batch_size=batch_size,
                             compute=ray.data.ActorPoolStrategy(size=actors), num_cpus=1, batch_format="default")
    # the workers write the shards: no Story passes through the driver. In input order, the write tasks are
    # numbered in input order too, and so are the files they name.
    stories.write_parquet(str(out))
    return out


def _shard_order(path: Path) -> tuple:
    """Shards in the order Ray Data numbered them ('…_000012-0.parquet': write task 12, its block 0), numbers
    compared as numbers (task 1000000 comes after task 999999); other names after them, by name."""
    m = re.search(r"_(\d+)-(\d+)\.parquet$", path.name)
    return (0, path.name[:m.start()], int(m.group(1)), int(m.group(2))) if m else (1, path.name, 0, 0)


def read_shards(path: Path) -> Iterator[Story]:
    """Every Story in a folder of Parquet shards, in input order (the order of the file names), streamed."""
    import pyarrow.parquet as pq

    for f in sorted(Path(path).glob("*.parquet"), key=_shard_order):
        shard = pq.ParquetFile(f)
        columns = [c for c in ("story", "source") if c in shard.schema_arrow.names]
        for batch in shard.iter_batches(batch_size=4, columns=columns):  # a Story can weigh megabytes
            sources = batch.column("source").to_pylist() if "source" in columns else [None] * batch.num_rows
            for raw, src in zip(batch.column("story").to_pylist(), sources):
                story = Story.from_dict(json.loads(raw))
                story.source = src or None
                yield story
