"""Component `storygraph_figures` (placeholder while it is written)."""
from spacy.language import Language
from spacy.tokens import Doc


class FigureFinder:
    def __init__(self, lang: str = "fr"):
        self.lang = lang

    def __call__(self, doc: Doc) -> Doc:
        doc._.sg_figures = []
        return doc


@Language.factory("storygraph_figures", default_config={"lang": "fr"})
def make_figures(nlp: Language, name: str, lang: str) -> FigureFinder:
    return FigureFinder(lang)


if not Doc.has_extension("sg_figures"):
    Doc.set_extension("sg_figures", default=None)
