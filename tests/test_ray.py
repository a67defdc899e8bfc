"""The Ray Data engine gives the same Stories as the single-process run, as Parquet shards."""
import sys

import pytest

from storygraph.pipeline import analyze_many
from storygraph.read import Article
from storygraph.runners import ray_engine

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


def test_ray_shards_equal_the_local_run(tmp_path):
    pytest.importorskip("ray")
    import ray

    local = [s.to_dict() for s in analyze_many(ARTICLES, detect=False)]
    try:
        out = ray_engine.run(ARTICLES, tmp_path / "shards", actors=2, batch_size=3)
        shards = [s.to_dict() for s in ray_engine.read_shards(out)]
    finally:
        ray.shutdown()
    assert sorted(local, key=lambda d: d["id"]) == shards
    assert any(d["errors"] for d in shards) and sum(bool(d["quotes"]) for d in shards) == 6
