"""The knowledge base: Stories stored in one SQLite file (db.py), identities across articles (identities.py),
exports (export.py)."""
from .db import KnowledgeBase

__all__ = ["KnowledgeBase"]
