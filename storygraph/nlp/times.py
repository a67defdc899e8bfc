"""Component `storygraph_times`: French time expressions normalised against the article's date."""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc


class TimeTagger:
    """Placeholder until the time rules land: finds nothing."""

    def __init__(self, lang: str = "fr"):
        self.lang = lang

    def __call__(self, doc: Doc) -> Doc:
        doc._.sg_times = []
        return doc


@Language.factory("storygraph_times", default_config={"lang": "fr"})
def make_times(nlp: Language, name: str, lang: str) -> TimeTagger:
    """Registered factory: `nlp.add_pipe("storygraph_times")`."""
    return TimeTagger(lang)


if not Doc.has_extension("sg_times"):
    Doc.set_extension("sg_times", default=None)
