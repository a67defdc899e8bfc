"""The reference layer: who is who in an article, asked once and read by every later component.

    names.py      proper names → entities (surnames, transliterations, acronyms, aliases)
    titles.py     titles and affiliations of named entities
    gender.py     a person's gender from honorifics, titles and first names
    detect.py     descriptions and pronouns found on the parse
    resolve.py    what a description or a pronoun stands for (agreement, salience)
    speakers.py   the entity speaking each quote
    component.py  the spaCy component `storygraph_reference` and its Story records
"""
from .component import ReferenceResolver, make_reference
from .entities import Entity, Link, References

__all__ = ["Entity", "Link", "References", "ReferenceResolver", "make_reference"]
