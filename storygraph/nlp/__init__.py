"""storygraph's spaCy components, one per module, in the order they run:
paragraphs (before the parser) → mentions → quotes → actors → times."""
