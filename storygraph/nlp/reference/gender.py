"""A person's grammatical gender, from what the article says (an honorific, a title's determiner or ending, a
pronoun's agreement) and, failing that, from the first name; unknown when nothing says."""
from __future__ import annotations

from spacy.tokens import Doc

from ...lang.names import first_name_gender, surely_female
from ...lang.text import fold
from ..index import tokens_in
from .lookups import tokens
from .entities import Entity
from .lexicon import Lexicon
from ..features import feature


def span_gender(doc: Doc, start: int, end: int, finals: tuple[str, ...] = ()) -> str | None:
    """The gender the words of a span carry: a feminine or masculine determiner or noun ('la ministre', 'le juge')."""
    toks = tokens_in(doc, start, end)
    if toks is None:
        return None
    # the word before a title opens its noun phrase ('la' of 'la ministre de la Santé')
    first = toks[0]
    own = []
    for t in toks[:3]:
        if t.pos_ == "ADP" or t.dep_ == "case" or (own and t.pos_ == "DET"):
            break  # 'ministre des Affaires étrangères': the complement's article agrees with the complement
        own.append(t)
    before = []
    k = first.i - 1
    while k >= 0 and tokens(doc)[k].pos_ == "ADJ" and first.i - k <= 2:
        before.append(tokens(doc)[k])  # 'l'ancienne ministre': the adjective before the title agrees with the person
        k -= 1
    if k >= 0 and tokens(doc)[k].pos_ == "DET":
        before.append(tokens(doc)[k])
    cands = before + [t for t in own if t.pos_ in ("DET", "NOUN", "ADJ")]
    for t in cands:
        g = feature(t, "Gender")
        if g == ["Fem"] and (t.pos_ == "DET" or not finals or fold(t.text).endswith(finals)):
            return "f"  # 'son secrétaire romand': a feminine tag on a word with no feminine ending is misread
        if g == ["Masc"] and t.pos_ == "DET" and fold(t.text) not in ("l'", "les", "des"):
            return "m"
    for t in cands:  # epicene titles ('ministre') say nothing; a masculine noun says a little
        if t.pos_ == "NOUN" and feature(t, "Gender") == ["Masc"]:
            return "m"
    return None


def assign(doc: Doc, lex: Lexicon, entities: list[Entity]) -> None:
    """Give each person the gender the article or the first name says."""
    for ent in entities:
        if ent.kind != "person" or ent.gender:
            continue
        honorific = {"m": 0, "f": 0}
        for lk in ent.links:
            if lk.form != "name":
                continue
            # an honorific right before the name ('Mme Dupont')
            if lk.i > 0:
                g = lex.honorific_gender.get(fold(tokens(doc)[lk.i - 1].text).rstrip("."))
                if g:
                    honorific[g] += 1
        if honorific["m"] != honorific["f"]:
            ent.gender = "m" if honorific["m"] > honorific["f"] else "f"
            continue
        titles = {"m": 0, "f": 0}
        for d in ent.descriptions:
            g = span_gender(doc, d["start"], d["end"], lex.feminine_finals)
            if g:
                titles[g] += 1
        named = next((g for g in (first_name_gender(n.split()[0]) for n in ent.names if len(n.split()) >= 2) if g), None)
        if titles["f"] > titles["m"]:
            ent.gender = "f"  # 'la ministre': French marks a woman's title
        elif titles["m"] > titles["f"]:
            # a masculine title may be the generic one ('le porte-parole du parti, Aya Konan'): a woman's first
            # name outweighs it
            woman = any(surely_female(n.split()[0]) for n in ent.names if len(n.split()) >= 2)
            ent.gender = "f" if woman else "m"
        else:
            ent.gender = named
