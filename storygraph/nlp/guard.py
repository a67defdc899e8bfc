"""A failing component records why on the Doc it failed on, so one article never stops a batch."""
from __future__ import annotations

import functools
from typing import Callable

from spacy.tokens import Doc

if not Doc.has_extension("sg_errors"):
    Doc.set_extension("sg_errors", default=None)


def guarded(name: str) -> Callable:
    """Decorate a component's `__call__`: an exception becomes a line in `Doc._.sg_errors`."""
    def wrap(call: Callable) -> Callable:
        @functools.wraps(call)
        def inner(self, doc: Doc) -> Doc:
            try:
                return call(self, doc)
            except Exception as e:  # noqa: BLE001 — reported on the Story, never swallowed silently
                doc._.sg_errors = (doc._.sg_errors or []) + [f"{name} failed: {type(e).__name__}: {e}"]
                return doc
        return inner
    return wrap
