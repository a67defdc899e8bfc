"""The per-language data files: every one documents itself in readable prose."""
import json
from pathlib import Path

import pytest

LANG = Path(__file__).resolve().parent.parent / "storygraph" / "lang"


def docs(value):
    """Every `_doc` value anywhere in a data file."""
    if isinstance(value, dict):
        for k, v in value.items():
            if k == "_doc":
                yield v
            else:
                yield from docs(v)
    elif isinstance(value, list):
        for v in value:
            yield from docs(v)


@pytest.mark.parametrize("path", sorted(LANG.glob("*/*.json")), ids=lambda p: f"{p.parent.name}/{p.name}")
def test_each_doc_is_prose_not_scattered_characters(path):
    data = json.loads(path.read_text(encoding="utf-8"))
    assert "_doc" in data
    for doc in docs(data):
        lines = [doc] if isinstance(doc, str) else doc
        assert all(isinstance(line, str) for line in lines)
        short = [line for line in lines if len(line.strip()) < 3]
        assert not short, f"{path.name}: a _doc split into fragments {short[:5]}"
