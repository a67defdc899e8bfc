"""The command line: a thin layer over the library (`storygraph read …`)."""
from __future__ import annotations

import sys
from enum import Enum
from pathlib import Path
from typing import List, Optional

import typer
from rich.console import Console

app = typer.Typer(add_completion=False, no_args_is_help=True,
                  help="Read news articles into cited stories: who is in them, who said what, when.")
err = Console(stderr=True, soft_wrap=True)  # one error, one line, however long


class Format(str, Enum):
    report = "report"
    json = "json"
    jsonl = "jsonl"


def where(story) -> str:
    """How an error line names a document: its source, and its id when the source does not say it."""
    src = story.source or story.id
    return src if story.id in src else f"{src} ({story.id})"


@app.callback()
def main() -> None:
    """storygraph: news articles into cited, queryable stories."""


@app.command()
def read(inputs: List[str] = typer.Argument(..., help="files (.txt .jsonl .html), directories, or - for stdin"),
         format: Format = typer.Option(Format.report, "--format", "-f", help="report, json or jsonl"),
         output: Optional[Path] = typer.Option(None, "--output", "-o", help="write here instead of stdout"),
         lang: str = typer.Option("fr", help="language of the articles"),
         detect: bool = typer.Option(True, help="refuse articles that are not in --lang"),
         workers: int = typer.Option(1, "--workers", "-w", min=1, help="processes analysing in parallel")) -> None:
    """Analyse articles: a readable report, or Stories as JSON / JSON lines."""
    import json

    from .pipeline import analyze_many
    from .read import read_inputs
    from .report import print_story

    failures = 0
    out_console = Console(file=sys.stdout) if output is None else None
    tmp = None
    if output is not None:
        output.parent.mkdir(parents=True, exist_ok=True)
        tmp = output.with_name(output.name + ".part")
        sink = tmp.open("w", encoding="utf-8")
    else:
        sink = sys.stdout
    first = True
    try:
        if format == Format.json:
            sink.write("[\n")
        for story in analyze_many(read_inputs(inputs), lang=lang, detect=detect, workers=workers):
            if story.errors:
                failures += 1
                err.print(f"[red]error[/red] {where(story)}: {'; '.join(story.errors)}", highlight=False)
            if format == Format.report:
                if not story.errors:
                    if out_console is not None:
                        print_story(story, out_console)
                    else:
                        print_story(story, Console(file=sink, force_terminal=False, width=120))
            elif format == Format.jsonl:
                sink.write(story.to_json() + "\n")
                sink.flush()
            else:
                sink.write(("" if first else ",\n") + json.dumps(story.to_dict(), ensure_ascii=False, indent=1))
            first = False
        if format == Format.json:
            sink.write("\n]\n")
    finally:
        if tmp is not None:
            sink.close()
            tmp.replace(output)  # the output file appears whole, never half-written
    if failures:
        err.print(f"[yellow]{failures} input(s) failed[/yellow]")
        raise typer.Exit(1)


def _count(inputs: List[str]) -> int | None:
    """How many articles the inputs hold, when that is cheap to know (for the progress bar's ETA)."""
    total = 0
    for item in inputs:
        p = Path(item)
        if item == "-" or not p.exists():
            return None
        files = [f for f in p.rglob("*") if f.is_file()] if p.is_dir() else [p]
        for f in files:
            if f.suffix.lower() in (".jsonl", ".ndjson"):
                with f.open("rb") as fh:
                    total += sum(1 for line in fh if line.strip())
            elif f.suffix.lower() in (".txt", ".text", ".html", ".htm"):
                total += 1
    return total


@app.command()
def ingest(inputs: List[str] = typer.Argument(..., help="files (.txt .jsonl .html), directories, or - for stdin"),
           db: Path = typer.Option(Path("storygraph.db"), "--db", help="the SQLite knowledge base"),
           lang: str = typer.Option("fr", help="language of the articles"),
           workers: int = typer.Option(1, "--workers", "-w", min=1, help="processes analysing in parallel"),
           engine: str = typer.Option("local", help="local (this machine), or ray (Ray Data actors)"),
           address: Optional[str] = typer.Option(None, help="Ray cluster address (default: a local cluster)"),
           shards: Optional[Path] = typer.Option(None, help="with --engine ray: where the Parquet shards go")) -> None:
    """Analyse articles and store their Stories in the knowledge base (idempotent, resumable)."""
    if engine not in ("local", "ray"):
        err.print(f"[red]error[/red] unknown engine {engine!r} (local, ray)")
        raise typer.Exit(2)
    if engine == "ray":
        _ingest_ray(inputs, db, lang, address, shards, max(workers, 2))
        return
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn, TimeRemainingColumn

    from .pipeline import analyze_many
    from .read import read_inputs
    from .store import KnowledgeBase

    counts = {"added": 0, "updated": 0, "unchanged": 0, "failed": 0}
    columns = [TextColumn("[bold]ingest"), BarColumn(), MofNCompleteColumn(), TextColumn("{task.fields[rate]}"),
               TimeElapsedColumn(), TimeRemainingColumn()]
    with KnowledgeBase(db) as kb, Progress(*columns, console=err, transient=False) as bar:
        task = bar.add_task("ingest", total=_count(inputs), rate="")
        import time as _time

        t0 = _time.perf_counter()
        for n, story in enumerate(analyze_many(read_inputs(inputs), lang=lang, workers=workers), 1):
            status = kb.ingest(story)
            counts[status] += 1
            if status == "failed":
                bar.console.print(f"[red]error[/red] {where(story)}: {'; '.join(story.errors)}", highlight=False)
            bar.update(task, advance=1, rate=f"{n / max(_time.perf_counter() - t0, 1e-6):.1f} articles/s")
        stats = kb.stats()
    err.print(" · ".join(f"{k} {v}" for k, v in counts.items()) + f"  →  {db}: {stats['articles']} articles, "
              f"{stats['quotes']} quotes, {stats['entities']} entities")
    if counts["failed"]:
        raise typer.Exit(1)


def open_kb(db: Path):
    """The knowledge base opened read-only, or a one-line error and exit status 2."""
    from .store import KnowledgeBase

    try:
        return KnowledgeBase(db, readonly=True)
    except (FileNotFoundError, RuntimeError) as e:
        err.print(f"[red]error[/red] {e}")
        raise typer.Exit(2)


def _ingest_ray(inputs: List[str], db: Path, lang: str, address: Optional[str], shards: Optional[Path],
                actors: int) -> None:
    """Analyse on Ray, write Parquet shards, merge them into the knowledge base."""
    import tempfile

    from .read import read_inputs
    from .runners import ray_engine
    from .store import KnowledgeBase

    out = shards or Path(tempfile.mkdtemp(prefix="storygraph-shards-"))
    try:
        ray_engine.run(read_inputs(inputs), out, lang=lang, address=address, actors=actors)
    except RuntimeError as e:
        err.print(f"[red]error[/red] {e}")
        raise typer.Exit(2)
    counts = {"added": 0, "updated": 0, "unchanged": 0, "failed": 0}
    with KnowledgeBase(db) as kb:
        for story in ray_engine.read_shards(out):
            status = kb.ingest(story)
            counts[status] += 1
            if status == "failed":
                err.print(f"[red]error[/red] {where(story)}: {'; '.join(story.errors)}", highlight=False)
    err.print(" · ".join(f"{k} {v}" for k, v in counts.items()) + f"  →  {db} (shards in {out})")
    if counts["failed"]:
        raise typer.Exit(1)


@app.command()
def stats(db: Path = typer.Option(Path("storygraph.db"), "--db"),
          as_json: bool = typer.Option(False, "--json", help="print JSON")) -> None:
    """Counts of what the knowledge base holds."""
    import json

    from rich.table import Table

    with open_kb(db) as kb:
        counts = kb.stats()
    if as_json:
        print(json.dumps(counts))
        return
    t = Table(title=str(db), title_justify="left")
    t.add_column("what")
    t.add_column("count", justify="right")
    for k, v in counts.items():
        t.add_row(k, f"{v:,}")
    Console().print(t)


class ExportFormat(str, Enum):
    jsonl = "jsonl"
    csv = "csv"
    parquet = "parquet"
    gexf = "gexf"
    plover = "plover"


@app.command()
def export(db: Path = typer.Option(Path("storygraph.db"), "--db"),
           format: ExportFormat = typer.Option(ExportFormat.jsonl, "--format", "-f"),
           output: Optional[Path] = typer.Option(None, "--output", "-o",
                                                 help="file (jsonl, gexf, plover) or folder (csv, parquet)")) -> None:
    """Export Stories; quotes, actors, events and figures tables; the network for Gephi; events as PLOVER JSONL."""
    from .store.export import export as do_export

    default = {"jsonl": Path("stories.jsonl"), "gexf": Path("network.gexf"), "csv": Path("export"), "parquet": Path("export"),
               "plover": Path("events.plover.jsonl")}
    with open_kb(db) as kb:
        try:
            files = do_export(kb, format.value, output or default[format.value])
        except RuntimeError as e:
            err.print(f"[red]error[/red] {e}")
            raise typer.Exit(2)
    for f in files:
        err.print(f"wrote {f}")


@app.command()
def serve(db: Path = typer.Option(Path("storygraph.db"), "--db"),
          host: str = typer.Option("127.0.0.1", help="address to listen on"),
          port: int = typer.Option(8000, help="port")) -> None:
    """Web pages and a JSON API over the knowledge base (read-only)."""
    import uvicorn

    from .web.app import create_app

    open_kb(db).close()  # a missing or older knowledge base is one clear line, before the server starts
    uvicorn.run(create_app(db), host=host, port=port, log_level="info")


if __name__ == "__main__":
    app()
