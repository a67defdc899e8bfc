"""The Ray Data engine gives the same Stories as the single-process run, as Parquet shards, reading its inputs
in the workers so that the driver's memory does not grow with the corpus."""
import json
import subprocess
import sys
from pathlib import Path

import pytest

from storygraph.pipeline import analyze_many
from storygraph.read import Article, read_inputs
from storygraph.runners import ray_engine

ROOT = Path(__file__).resolve().parent.parent

ARTICLES = [
    Article(id=f"r{n}", date="2024-02-0{}".format(n + 1),
            text=f"« Le pont {n} sera rouvert », a annoncé Lucie Brun{n}, adjointe au maire de Nantes.\n\n"
                 f"Selon la préfecture, la route {n} restera fermée jusqu'à lundi.")
    for n in range(6)
] + [Article(id="vide", text="", error="empty text")]


def test_without_ray_the_engine_says_how_to_install(monkeypatch):
    monkeypatch.setitem(sys.modules, "ray", None)
    with pytest.raises(RuntimeError, match=r"pip install 'storygraph\[ray\]'"):
        ray_engine.run(ARTICLES, out=None)


def test_jsonl_split_at_line_boundaries_reads_every_record_once(tmp_path, monkeypatch):
    monkeypatch.setattr(ray_engine, "SPLIT_BYTES", 300)
    records = [{"id": f"s{n}", "text": f"Le conseil {n} s'est réuni à Rennes pour voter le budget de l'année."}
               for n in range(40)]
    src = tmp_path / "big.jsonl"
    src.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records) + "{cassé\n", encoding="utf-8")
    units = ray_engine.plan([str(src)], tmp_path)
    assert len(units) > 5 and all(u.end > u.start for u in units)
    split = [a for u in units for a in ray_engine.read_unit(u)]
    whole = list(read_inputs([str(src)]))
    assert [(a.id, a.text, a.source, a.error) for a in split] == [(a.id, a.text, a.source, a.error) for a in whole]
    assert split[-1].source == f"{src}:41" and split[-1].error.startswith("malformed JSON")


def test_ray_shards_equal_the_local_run(tmp_path):
    pytest.importorskip("ray")
    import ray

    local = [s.to_dict() for s in analyze_many(ARTICLES, detect=False)]
    src = tmp_path / "in.jsonl"
    src.write_text("".join(json.dumps({"id": a.id, "date": a.date, "text": a.text}, ensure_ascii=False) + "\n"
                           for a in ARTICLES), encoding="utf-8")
    try:
        out = ray_engine.run(ARTICLES, tmp_path / "shards", actors=2, batch_size=3)
        shards = [s.to_dict() for s in ray_engine.read_shards(out)]
        out = ray_engine.run([str(src)], tmp_path / "shards2", actors=2, batch_size=3)
        from_files = [s.to_dict() for s in ray_engine.read_shards(out)]
    finally:
        ray.shutdown()
    assert local == shards  # in input order, whatever actor analysed what
    assert [d["id"] for d in from_files] == [a.id for a in ARTICLES]
    assert from_files[:6] == local[:6] and from_files[6]["errors"] == ["empty text"]
    assert sum(bool(d["quotes"]) for d in shards) == 6


#: A Ray run's driver, in a fresh process: it runs the engine, then reads the shards back as the merge into the
#: knowledge base does, and reports its own peak memory (not its workers') after each.
DRIVER = """
import resource, sys
from pathlib import Path
import ray
from storygraph.runners import ray_engine
peak = lambda: resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
out = ray_engine.run([sys.argv[1]], Path(sys.argv[2]), actors=2)
ray.shutdown()
after_run = peak()
failed = sum(1 for story in ray_engine.read_shards(out) if story.errors)
print(failed, after_run, peak())
"""


def _driver_peaks(src: Path, shards: Path) -> list[int]:
    r = subprocess.run([sys.executable, "-c", DRIVER, str(src), str(shards)], capture_output=True, text=True, cwd=ROOT,
                       timeout=900)
    assert r.returncode == 0, r.stderr[-3000:]
    return [int(x) for x in r.stdout.split()]


def test_ray_driver_memory_stays_flat_on_a_large_input(tmp_path):
    pytest.importorskip("ray")
    # every record is refused as it is read (over the size limit), by the workers: the corpus is large, its
    # analysis instant, and each record still travels through the whole engine as a failed Story
    text = "Le conseil municipal de Rennes a voté le budget. " * 22_000  # 1.1 million characters
    small, large = tmp_path / "small.jsonl", tmp_path / "large.jsonl"
    for path, n in ((small, 20), (large, 200)):
        with path.open("w", encoding="utf-8") as f:
            for k in range(n):
                f.write(json.dumps({"id": f"m{k}", "text": text}) + "\n")
    failed_small, run_small, merge_small = _driver_peaks(small, tmp_path / "small-shards")
    failed_large, run_large, merge_large = _driver_peaks(large, tmp_path / "large-shards")
    assert (failed_small, failed_large) == (20, 200)
    # ten times the input (200 MB more) leaves the driver's peak where it was, while the engine runs and while
    # the shards are read back; holding the corpus in the driver would add those 200 MB at least
    bound = large.stat().st_size // 1024 // 8
    assert run_large - run_small < bound and merge_large - merge_small < bound, (run_small, run_large, merge_small,
                                                                                 merge_large)
