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


@app.callback()
def main() -> None:
    """storygraph: news articles into cited, queryable stories."""


@app.command()
def read(inputs: List[str] = typer.Argument(..., help="files (.txt .jsonl .html), directories, or - for stdin"),
         format: Format = typer.Option(Format.report, "--format", "-f", help="report, json or jsonl"),
         output: Optional[Path] = typer.Option(None, "--output", "-o", help="write here instead of stdout"),
         lang: str = typer.Option("fr", help="language of the articles"),
         detect: bool = typer.Option(True, help="refuse articles that are not in --lang")) -> None:
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
        for story in analyze_many(read_inputs(inputs), lang=lang, detect=detect):
            if story.errors:
                failures += 1
                err.print(f"[red]error[/red] {story.source or story.id}: {'; '.join(story.errors)}", highlight=False)
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


if __name__ == "__main__":
    app()
