"""What a plural stands for when it takes up several named parties: a list of names as written ('la Norvège et la
Finlande', 'le maire X et la préfète Y', whatever the parse made of it), the gender that list agrees with, and the
parties an article is about when a counted plural ('les deux pays', 'les deux camps') has no list just before it."""
from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Doc, Token

from ...lang.text import fold
from ..index import forms, nouns, table
from .detect import description
from .entities import Link

if TYPE_CHECKING:
    from .lexicon import Lexicon
    from .context import Context

#: what a counted noun may take up when no list names its parties just before it
COUNTED_KINDS = {"country": ("country",), "person": ("person",),
                 "any": ("country", "organization", "group", "person")}


def _member(ctx: Context, k: int) -> tuple[Link, int] | None:
    """The mention that starts at token k and the token after it (a title and the name it introduces are one
    member: 'la préfète Anne Roux')."""
    y = ctx.refs.at_token(k)
    if y is None or y.entity < 0 or y.form == "pronoun" or y.quoted:
        return None
    end = y.j
    while True:
        z = ctx.refs.at_token(end)
        if z is None or z.entity != y.entity:
            return y, end
        end = max(z.j, end + 1)


def listed_after(ctx: Context, x: Link, first: bool = True) -> list[Link]:
    """The names written in one list after name x ('X, Y et Z', 'X et de Y', 'le maire X et la préfète Y'): only
    commas, the last 'et', articles and prepositions between them, and x the first of the list (when `first`);
    else none."""
    doc = ctx.doc
    tab = table(doc)  # the Doc's words read in place: no Token made per look-up
    k = x.i - 1
    while k >= 0 and tab.pos[k] in ("DET", "ADP"):
        k -= 1
    if first and k >= 0 and (tab.texts[k] == "," or fold(tab.texts[k]) in ctx.lex.and_words):
        j = k - 1
        before = ctx.refs.at_token(j) if j >= 0 else None
        if before is not None and before.entity >= 0 and before.entity != x.entity and before.form != "pronoun":
            return []  # x is not the first of its list
    members: list[Link] = []
    seen = {x.entity}
    k = x.j
    while k < len(doc) and len(members) < 6:
        w = fold(tab.texts[k])
        if w != "," and w not in ctx.lex.and_words:
            break
        last = w in ctx.lex.and_words
        k += 1
        if not last and k < len(doc) and fold(tab.texts[k]) in ctx.lex.and_words:
            last, k = True, k + 1  # 'X, Y, et Z'
        while k < len(doc) and tab.pos[k] in ("DET", "ADP") and ctx.refs.at_token(k) is None:
            k += 1  # the next member's article and preposition ('et de l'Argentine')
        found = _member(ctx, k)
        if found is None or found[0].entity in seen:
            break
        y, k = found
        seen.add(y.entity)
        members.append(y)
        if last:
            return members  # 'X et Y': the list ends at the member after 'et'
    return []


def listed_with(ctx: Context, x: Link) -> list[Link]:
    """The whole list a mention is written in, in text order, x among them ('le Chili et l'Argentine' from either
    name); none when it is in no list."""
    first = x
    tab = table(ctx.doc)
    for _ in range(6):
        k = first.i - 1
        while k >= 0 and tab.pos[k] in ("DET", "ADP") and ctx.refs.at_token(k) is None:
            k -= 1
        if k < 1 or not (tab.texts[k] == "," or fold(tab.texts[k]) in ctx.lex.and_words):
            break
        y = ctx.refs.at_token(k - 1)
        if y is None or y.entity < 0 or y.form == "pronoun" or y.quoted:
            break
        while ctx.refs.at_token(y.i - 1) is not None and ctx.refs.at_token(y.i - 1).entity == y.entity:
            y = ctx.refs.at_token(y.i - 1)  # a title before its name ('la ministre Ana Ruiz et …')
        if not any(z.entity == first.entity for z in listed_after(ctx, y, first=False)):
            break
        first = y
    rest = listed_after(ctx, first)
    return [first, *rest] if rest else []


def plural_between(ctx: Context, x: Link, lk: Link) -> bool:
    """True when a list at x lies in an earlier paragraph than the plural lk and another plural was named between
    them ('X et Y ont signé … ¶ Des mineurs ont manifesté … ils'): a plural never reaches back past it."""
    if not ctx.para_of or ctx.para_of[x.i] == ctx.para_of[lk.i]:
        return False
    return any(y.start > x.end and y.form != "pronoun" and y.entity >= 0 and
               (y.number == "p" or ctx.refs.entities[y.entity].kind == "group")
               for y in ctx.refs.before(lk.start) if y.start > x.end)


def list_gender(ctx: Context, entities: list[int], before: int) -> str | None:
    """The gender of a plural pronoun that takes up these entities: feminine when every one is (a woman, or a state
    or body its latest name before offset `before` gave a feminine article: 'la Norvège'), masculine when one is;
    None when that is unknown."""
    genders = []
    for a in entities:
        ent = ctx.refs.entities[a]
        g = ent.gender
        if ent.kind != "person":
            g = next((x.gender for x in ctx.refs.before(before) if x.entity == a and x.form == "name" and x.gender),
                     None) or g
        genders.append(g)
    if "m" in genders:
        return "m"
    return "f" if genders and all(g == "f" for g in genders) else None


def list_agrees(ctx: Context, lk: Link, entities: list[int]) -> bool:
    """True when a plural pronoun can take up a list: 'elles' only a list of feminine ones, 'ils' any list with a
    masculine one (or whose gender is unknown)."""
    if not lk.gender:
        return True
    g = list_gender(ctx, entities, lk.start)
    return g is None or g == lk.gender


def most_named(ctx: Context, lk: Link, kind: str, n: int, unless: frozenset[int] = frozenset()) -> list[int] | None:
    """'les deux pays', 'les deux camps' with no list just before: the n parties of that kind the article names most
    often up to lk, none that `unless` holds, nor a body and its own head."""
    kinds = COUNTED_KINDS.get(kind)
    if kinds is None:
        return None
    counts: dict[int, int] = {}
    for x in ctx.refs.links:
        if x.form != "name" or x.entity < 0 or x.start >= lk.start or x.entity in unless:
            continue
        if ctx.refs.entities[x.entity].kind not in kinds:
            continue
        counts[x.entity] = counts.get(x.entity, 0) + 1
    top: list[int] = []
    # among parties named as often, the one the article mentions most in any form, then the first one named
    said = {a: sum(1 for x in ctx.refs.entities[a].links if x.start < lk.start and x.rule != "possessive") for a in counts}
    for a in sorted(counts, key=lambda a: (-counts[a], -said[a], ctx.refs.entities[a].first())):
        if len(top) < n and not any(serves(ctx, a, b) or serves(ctx, b, a) for b in top):
            top.append(a)
    if len(top) < n:
        return None
    return sorted(top, key=lambda a: ctx.refs.entities[a].first())


def serves(ctx: Context, a: int, b: int) -> bool:
    """True when person a holds a title of body or state b ('la présidente du syndicat SNI', 'le ministre kényan'):
    the two are one side, never the two parties of 'les deux parties'."""
    ent, other = ctx.refs.entities[a], ctx.refs.entities[b]
    if ent.kind != "person" or other.kind == "person":
        return False
    names = {fold(n) for n in other.names}
    for d in ent.descriptions:
        words = f"{fold(d.get('text') or '')} {fold(d.get('org') or '')}".split()
        said = " ".join(words)
        if any(f" {n} " in f" {said} " for n in names) or \
                any(ctx.lex.demonyms.get(w) in other.names for w in words):
            return True
    return False


def singular(form: str) -> str:
    """A plural noun's singular by its regular ending ('parties' → 'partie', which the lemmatizer misreads)."""
    return form[:-1] if form.endswith("s") and len(form) > 3 else form


def counted_mentions(doc: Doc, lex: Lexicon, taken: set[int]) -> list[tuple[Link, Token]]:
    """'aux deux belligérants', 'les deux camps': a counted noun of parties is a mention, also where no list of
    titles and bodies holds its noun, so that quotes and events read the same parties from it (tokens in `taken`
    are mentions already)."""
    out = []
    tab = table(doc)
    for k, w in enumerate(tab.texts):
        if fold(w) not in lex.counts:
            continue  # most words: decided on the form alone, no Token made
        head = tab.toks[k].head
        if tab.deps[k] != "nummod" or head.i in taken or head.i <= k or \
                not (fold(head.lemma_) in lex.pair_nouns or singular(fold(head.text)) in lex.pair_nouns):
            continue
        lk = description(doc, lex, head, {fold(head.lemma_), fold(head.text)})
        if lk is not None and not any(t in taken for t in range(lk.i, lk.j)):
            out.append((lk, head))
    return out


def _after_openers(ctx: Context, k: int) -> int:
    """The token after the words that open an apposed list at k (', en l'occurrence', ' (', ':'), k if none."""
    text = forms(ctx.doc)
    moved = True
    while moved and k < len(text):
        moved = False
        # only the openers that start with the word at k are read (the list is weighed at every plural noun)
        for words in ctx.lex.openers_by_first.get(fold(text[k]), ()):
            if k + len(words) <= len(text) and tuple(fold(w) for w in text[k:k + len(words)]) == words:
                k, moved = k + len(words), True
                break
    return k


def list_said(ctx: Context, head: Token, lk: Link | None = None) -> tuple[list[int], bool] | None:
    """The named parties a plural noun is said to be by a list of names beside it, and whether the list is its
    apposition: 'les médiateurs, X et Y' and 'X et Y, les médiateurs,' (apposed), 'X, Y et Z jouent les
    médiateurs', 'X et Y servent de médiateurs' (said of the list by its verb). A description `lk` that the parse
    ran over the apposed names ends before them."""
    doc = ctx.doc
    tab = table(doc)  # the Doc's words read in place: no Token made per look-up
    found: list[Link] = []
    apposed = False
    k = head.i + 1
    while k < len(doc) and tab.pos[k] == "ADJ" and ctx.refs.at_token(k) is None:
        k += 1  # 'les pays médiateurs, en l'occurrence X et Y'
    gap = k
    k = _after_openers(ctx, k)
    if k > gap:
        while k < len(doc) and tab.pos[k] in ("DET", "ADP") and ctx.refs.at_token(k) is None:
            k += 1
        first = _member(ctx, k)
        if first is not None:
            rest = listed_after(ctx, first[0], first=False)  # the opener, not a name, stands before it
            if rest:
                found, apposed = [first[0], *rest], True
                if lk is not None and lk.i < gap < lk.j:
                    lk.cut(doc, gap)  # the parse hung the list on the noun: the names are their own mentions
    if not found:
        start = lk.i if lk is not None else head.i
        while lk is None and start > 0 and tab.pos[start - 1] == "DET":
            start -= 1
        k = start - 1
        while k >= 0 and (fold(tab.toks[k].lemma_) in ctx.lex.list_verbs or fold(tab.texts[k]) in ctx.lex.list_verbs) \
                and ctx.refs.at_token(k) is None:
            k -= 1
        z = ctx.refs.at_token(k) if 0 <= k < start - 1 else None  # at least one linking word between them
        if z is not None and z.entity >= 0 and z.form != "pronoun" and z.j == k + 1:
            members = listed_with(ctx, z)
            apposed = k == start - 2 and tab.texts[start - 1] == ","  # 'X et Y, les médiateurs,'
            b = members[0].i - 1 if members else -1
            while b >= 0 and tab.pos[b] == "DET":
                b -= 1
            # 'Selon X et Y, les médiateurs …': a list in a complement is no apposition of the subject after it
            if members and members[-1].entity == z.entity and not (apposed and b >= 0 and tab.pos[b] == "ADP"):
                found = members
    ents = list(dict.fromkeys(x.entity for x in found))
    return (ents, apposed) if len(ents) > 1 else None


def listed_before(ctx: Context, h: str, before: int) -> list[int] | None:
    """The parties the latest list before token `before` was said to be with the noun h ('X et Y servent de
    médiateurs'), found once per noun and article."""
    said = ctx.lists.get(h)
    if said is None:
        said = ctx.lists[h] = [(i, found[0]) for i, lemma in nouns(ctx.doc) if lemma == h
                               and (found := list_said(ctx, table(ctx.doc).toks[i])) is not None]
    return next((ents for i, ents in reversed(said) if i < before), None)
