"""storygraph: news articles into cited, queryable stories (who, who said what, when)."""
from .story import SCHEMA, Story

__version__ = "0.1.0"
__all__ = ["analyze", "analyze_many", "Story", "SCHEMA", "__version__"]


def __getattr__(name):
    # spaCy loads lazily: `import storygraph` stays fast for the CLI's --help and for the Story record.
    if name in ("analyze", "analyze_many"):
        from . import pipeline

        return getattr(pipeline, name)
    raise AttributeError(name)
