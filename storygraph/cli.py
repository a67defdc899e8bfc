"""The command line: a thin layer over the library (`storygraph read …`)."""
from __future__ import annotations

import os
import sys
from enum import Enum
from pathlib import Path
from typing import List, Optional

import typer
from rich.console import Console
from rich.text import Text

from .budget import MAX_WORD, TIME_LIMIT
from .report import plain

app = typer.Typer(add_completion=False, no_args_is_help=True,
                  help="Read news articles into cited stories: who is in them, who said what, when.")
err = Console(stderr=True, soft_wrap=True)  # one error, one line, however long

#: Test hook: after storing this many articles an ingest stops and waits to be killed, so a test can kill it at
#: a known point instead of racing the clock.
PAUSE_AFTER = "STORYGRAPH_PAUSE_AFTER"


class Format(str, Enum):
    report = "report"
    json = "json"
    jsonl = "jsonl"


def say(label: str, style: str, message: str = "", console: Console | None = None) -> None:
    """One line on the error stream: a coloured label, then the message (made safe)."""
    line = Text(label, style=style)
    if message:
        line.append(" " + plain(message))
    (console or err).print(line, highlight=False)


def where(story) -> str:
    """How an error line names a document: its source, and its id when the source does not say it."""
    src = story.source or story.id
    return src if story.id in src else f"{src} ({story.id})"


def error_line(story) -> str:
    """The one-line error of a failed Story."""
    return f"{where(story)}: {'; '.join(story.errors)}"


@app.callback()
def main() -> None:
    """storygraph: news articles into cited, queryable stories."""


def _budget(max_word: int, time_limit: float):
    from .budget import Budget

    return Budget(max_word=max_word, time_limit=time_limit)


MAX_WORD_HELP = "refuse an article with a run of more characters than this without a space (0: no limit)"
TIME_LIMIT_HELP = "seconds one article may take to analyse before it fails as too long (0: no limit)"


@app.command()
def read(inputs: List[str] = typer.Argument(..., help="files (.txt .jsonl .html .warc), directories, or - for stdin"),
         format: Format = typer.Option(Format.report, "--format", "-f", help="report, json or jsonl"),
         output: Optional[Path] = typer.Option(None, "--output", "-o", help="write here instead of stdout"),
         lang: str = typer.Option("auto", help="language of the articles: auto (lingua decides each one), fr or en"),
         detect: bool = typer.Option(True, help="refuse articles that are not in --lang"),
         workers: int = typer.Option(1, "--workers", "-w", min=1, help="processes analysing in parallel"),
         max_word: int = typer.Option(MAX_WORD, "--max-word", min=0, help=MAX_WORD_HELP),
         time_limit: float = typer.Option(TIME_LIMIT, "--time-limit", min=0, help=TIME_LIMIT_HELP)) -> None:
    """Analyse articles: a readable report, or Stories as JSON / JSON lines."""
    from .pipeline import analyze_many
    from .read import read_inputs

    sink, tmp = sys.stdout, None
    if output is not None:
        try:
            sink, tmp = _temporary(output)
        except OSError as e:
            say("error", "red", f"cannot write {output}: {e.strerror or e}")
            raise typer.Exit(2)
    failures = 0
    try:
        stories = analyze_many(read_inputs(inputs), lang=lang, detect=detect, workers=workers,
                               budget=_budget(max_word, time_limit))
        failures = _write(stories, format, sink, to_terminal=output is None)
        if tmp is not None:
            _publish(sink, tmp, output)
    except KeyboardInterrupt:
        _discard(sink, tmp)
        say("interrupted", "yellow", "" if tmp is None else f"{output} left as it was")
        raise typer.Exit(130)
    except BrokenPipeError:
        # the reader went away (`storygraph read … | head`): nothing more to say, and nobody to say it to
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        raise typer.Exit(1 if failures else 0)
    except OSError as e:
        _discard(sink, tmp)
        say("error", "red", f"cannot write {output or 'the output'}: {e.strerror or e}"
            + ("" if tmp is None else f"; {output} left as it was"))
        raise typer.Exit(2)
    if failures:
        say(f"{failures} input(s) failed", "yellow")
        raise typer.Exit(1)


def _write(stories, format: Format, sink, to_terminal: bool) -> int:
    """Write Stories in the chosen format; report each failed one on one line. Returns how many failed."""
    import json

    from .report import print_story

    failures, first = 0, True
    console = Console(file=sys.stdout) if to_terminal else Console(file=sink, force_terminal=False, width=120)
    if format == Format.json:
        sink.write("[\n")
    for story in stories:
        if story.errors:
            failures += 1
            say("error", "red", error_line(story))
        if format == Format.report:
            if not story.errors:
                print_story(story, console)
        elif format == Format.jsonl:
            sink.write(story.to_json() + "\n")
            sink.flush()
        else:
            sink.write(("" if first else ",\n") + json.dumps(story.to_dict(), ensure_ascii=False, indent=1))
        first = False
    if format == Format.json:
        sink.write("\n]\n")
    return failures


def _temporary(output: Path):
    """A temporary file beside `output`, so that the finished output replaces it in one rename."""
    import tempfile

    output.parent.mkdir(parents=True, exist_ok=True)
    fd, name = tempfile.mkstemp(prefix=f".{output.name}.", suffix=".part", dir=output.parent)
    return os.fdopen(fd, "w", encoding="utf-8"), Path(name)


def _publish(sink, tmp: Path, output: Path) -> None:
    """Make the finished temporary file the output: flushed to disk, then renamed over it (atomic)."""
    sink.flush()
    os.fsync(sink.fileno())
    sink.close()
    mask = os.umask(0)
    os.umask(mask)
    os.chmod(tmp, 0o666 & ~mask)  # the permissions a plainly created file would have
    tmp.replace(output)


def _discard(sink, tmp: Path | None) -> None:
    """Remove an unfinished output: the file it would have replaced stays as it was."""
    if tmp is None:
        return
    try:
        sink.close()
    except OSError:
        pass
    tmp.unlink(missing_ok=True)


def _count(inputs: List[str]) -> int | None:
    """How many articles the inputs hold, when that is cheap to know (for the progress bar's ETA)."""
    total = 0
    try:
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
    except OSError:
        return None  # what cannot be read is reported by the ingest itself
    return total


@app.command()
def ingest(inputs: List[str] = typer.Argument(..., help="files (.txt .jsonl .html .warc), directories, or - for stdin"),
           db: Path = typer.Option(Path("storygraph.db"), "--db", help="the SQLite knowledge base"),
           lang: str = typer.Option("auto", help="language of the articles: auto (lingua decides each one), fr or en"),
           workers: int = typer.Option(1, "--workers", "-w", min=1, help="processes analysing in parallel"),
           engine: str = typer.Option("local", help="local (this machine), or ray (Ray Data actors)"),
           address: Optional[str] = typer.Option(None, help="Ray cluster address (default: a local cluster)"),
           shards: Optional[Path] = typer.Option(None, help="with --engine ray: where the Parquet shards go"),
           max_word: int = typer.Option(MAX_WORD, "--max-word", min=0, help=MAX_WORD_HELP),
           time_limit: float = typer.Option(TIME_LIMIT, "--time-limit", min=0, help=TIME_LIMIT_HELP)) -> None:
    """Analyse articles and store their Stories in the knowledge base (idempotent, resumable)."""
    if engine not in ("local", "ray"):
        say("error", "red", f"unknown engine {engine!r} (local, ray)")
        raise typer.Exit(2)
    if engine == "ray":
        _ingest_ray(inputs, db, lang, address, shards, max(workers, 2), _budget(max_word, time_limit))
        return
    import sqlite3

    from .pipeline import analyze_many
    from .read import read_inputs

    counts = {"added": 0, "updated": 0, "unchanged": 0, "failed": 0}
    pause = int(os.environ.get(PAUSE_AFTER) or 0)
    with _writable_kb(db) as kb, _progress() as (bar, advance):
        bar.update(bar.task_ids[0], total=_count(inputs))

        def fresh(articles):
            # an article stored from the same input by the same analyser is skipped before its analysis
            from .language import language_of

            for art in articles:
                # the language the analysis would use: an 'auto' run stores each article under its own
                as_lang = art.lang or (language_of(art) if lang == "auto" else lang)
                if lang == "auto" and art.error is None:
                    art.lang = as_lang  # decided once: the routing reads it instead of asking lingua again
                if art.error is None and kb.unchanged(art.id, art.text, art.date, art.url, art.title, as_lang):
                    counts["unchanged"] += 1
                    advance()
                    continue
                yield art

        try:
            stories = analyze_many(fresh(read_inputs(inputs)), lang=lang, workers=workers,
                                   budget=_budget(max_word, time_limit))
            for story in stories:
                status = _store(kb, story, bar.console)
                counts[status] += 1
                advance()
                if pause and counts["added"] + counts["updated"] == pause:
                    _pause(pause)
        except KeyboardInterrupt:
            say("interrupted", "yellow", f"{counts['added'] + counts['updated']} article(s) stored; run the same "
                                         "command again to finish", bar.console)
            raise typer.Exit(130)
        except sqlite3.Error as e:
            say("error", "red", f"{db}: {e}; what was stored before stays stored", bar.console)
            raise typer.Exit(2)
        stats = kb.stats()
    err.print(" · ".join(f"{k} {v}" for k, v in counts.items()) + f"  →  {plain(db)}: {stats['articles']} articles, "
              f"{stats['quotes']} quotes, {stats['entities']} entities", markup=False, highlight=False)
    if counts["failed"]:
        raise typer.Exit(1)


def _store(kb, story, console: Console) -> str:
    """Store one Story; a Story the knowledge base refuses is one failure, not the end of the run."""
    import sqlite3

    try:
        status = kb.ingest(story)
    except (sqlite3.OperationalError, sqlite3.InternalError):
        raise  # the database itself (full disk, locked past the timeout): nothing more can be stored
    except Exception as e:  # noqa: BLE001 — this Story only
        story.errors.append(f"could not be stored: {type(e).__name__}: {e}")
        status = kb.ingest(story)
    if status == "failed":
        say("error", "red", error_line(story), console)
    return status


def _pause(n: int) -> None:
    import signal

    err.print(f"paused after {n} articles", markup=False)
    sys.stderr.flush()
    while True:
        signal.pause()


class _progress:
    """The ingest's progress bar: count, rate and time left on the error stream."""

    def __enter__(self):
        import time

        from rich.progress import (BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn,
                                   TimeRemainingColumn)

        columns = [TextColumn("[bold]ingest"), BarColumn(), MofNCompleteColumn(), TextColumn("{task.fields[rate]}"),
                   TimeElapsedColumn(), TimeRemainingColumn()]
        self.bar = Progress(*columns, console=err, transient=False)
        self.bar.__enter__()
        task = self.bar.add_task("ingest", total=None, rate="")
        t0, done = time.perf_counter(), [0]

        def advance() -> None:
            done[0] += 1
            self.bar.update(task, advance=1, rate=f"{done[0] / max(time.perf_counter() - t0, 1e-6):.1f} articles/s")

        return self.bar, advance

    def __exit__(self, *exc) -> None:
        self.bar.__exit__(*exc)


def _writable_kb(db: Path):
    """The knowledge base opened to write, or a one-line error and exit status 2."""
    import sqlite3

    from .store import KnowledgeBase

    try:
        return KnowledgeBase(db)
    except (OSError, sqlite3.Error) as e:
        say("error", "red", f"cannot open {db} to write: {getattr(e, 'strerror', None) or e}")
        raise typer.Exit(2)


def open_kb(db: Path):
    """The knowledge base opened read-only, or a one-line error and exit status 2."""
    import sqlite3

    from .store import KnowledgeBase

    try:
        return KnowledgeBase(db, readonly=True)
    except (FileNotFoundError, RuntimeError) as e:
        say("error", "red", str(e))
    except (OSError, sqlite3.Error) as e:
        say("error", "red", f"cannot read {db}: {getattr(e, 'strerror', None) or e}")
    raise typer.Exit(2)


def _ingest_ray(inputs: List[str], db: Path, lang: str, address: Optional[str], shards: Optional[Path],
                actors: int, budget) -> None:
    """Analyse on Ray (the workers read the inputs), write Parquet shards, merge them into the knowledge base."""
    import tempfile

    from .read import Article, Seen
    from .runners import ray_engine

    out = shards or Path(tempfile.mkdtemp(prefix="storygraph-shards-"))
    try:
        ray_engine.run(inputs, out, lang=lang, address=address, actors=actors, budget=budget)
    except RuntimeError as e:
        say("error", "red", str(e))
        raise typer.Exit(2)
    from .pipeline import failed

    counts = {"added": 0, "updated": 0, "unchanged": 0, "failed": 0}
    seen = Seen()
    with _writable_kb(db) as kb:
        for story in ray_engine.read_shards(out):
            reason = None if story.errors else seen.duplicate(story.id, story.text, story.source or story.id)
            if reason:  # the workers read the inputs apart: a repeated id is found here
                story = failed(Article(id=story.source or story.id, text="", source=story.source), reason)
            counts[_store(kb, story, err)] += 1
    err.print(" · ".join(f"{k} {v}" for k, v in counts.items()) + f"  →  {plain(db)} (shards in {plain(out)})",
              markup=False, highlight=False)
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
    t = Table(title=Text(plain(db)), title_justify="left")
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
            say("error", "red", str(e))
            raise typer.Exit(2)
        except OSError as e:
            say("error", "red", f"cannot write {output or default[format.value]}: {e.strerror or e}")
            raise typer.Exit(2)
    for f in files:
        err.print(f"wrote {plain(f)}", markup=False, highlight=False)


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
