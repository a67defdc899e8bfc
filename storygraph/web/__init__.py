"""The web layer: server-rendered pages and a JSON API over a read-only knowledge base."""
