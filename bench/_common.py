"""Shared helpers for the benchmarks: find the shared corpora, run storygraph, call a scorer."""
from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def shared() -> Path:
    """The shared folder (corpora and scorers): $STORYGRAPH_SHARED, else ../shared beside the project."""
    path = Path(os.environ.get("STORYGRAPH_SHARED", ROOT.parent / "shared"))
    if not (path / "corpora").is_dir():
        sys.exit(f"shared corpora not found at {path} (set STORYGRAPH_SHARED)")
    return path


#: every shared dev set of a language
DEV_SETS = {"fr": ("fr-quotes-dev.jsonl", "fr-events-dev.jsonl", "fr-news-dev.jsonl", "fr-timebank-dev.jsonl"),
            "en": ("en-quotes-dev.jsonl",)}


def dev_texts(lang: str) -> list[str]:
    """Each distinct text of the language's shared dev sets, in order."""
    seen: dict[str, None] = {}
    for name in DEV_SETS[lang]:
        for line in (shared() / "corpora" / name).read_text(encoding="utf-8").splitlines():
            if line.strip():
                seen.setdefault(json.loads(line)["text"], None)
    return list(seen)


def run_and_score(corpus: str, scorer: str, errors: int = 0) -> None:
    """Analyse a gold corpus with `storygraph read`, then print the scorer's figures."""
    sh = shared()
    gold = sh / "corpora" / corpus
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "stories.jsonl"
        t0 = time.perf_counter()
        subprocess.run([sys.executable, "-m", "storygraph.cli", "read", str(gold), "--format", "jsonl", "-o", str(out)],
                       check=True, cwd=ROOT)
        took = time.perf_counter() - t0
        print(f"# {corpus}: analysed in {took:.1f} s (model load included)")
        cmd = [sys.executable, str(sh / "tools" / scorer), str(gold), str(out)]
        if errors:
            cmd += ["--errors", str(errors)]
        subprocess.run(cmd, check=True)
