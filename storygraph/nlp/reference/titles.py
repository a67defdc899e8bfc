"""Titles and affiliations of named entities: 'X, professeur à l'Université Y' and 'le ministre de la Santé X'."""
from __future__ import annotations

import re

from spacy.attrs import IS_PUNCT, IS_SPACE, POS
from spacy.symbols import ADP, AUX, DET, VERB
from spacy.tokens import Doc

from ...lang.text import fold, strip_article
from ...story import span
from ..index import column, forms, text_of, token_range
from .lookups import tokens
from ..mentions import Mention
from .entities import References
from .lexicon import Lexicon
from ..features import feature, singular_indefinite_article


def describe(doc: Doc, lex: Lexicon, refs: References, mentions: list[Mention], links) -> list[tuple[int, int, int]]:
    """Attach every apposition and title before a name to the entity named; returns (start, end, entity) of each
    description so that its words are not read again as a mention of someone else."""
    text = text_of(doc)
    out = []
    for k, m in enumerate(mentions):
        a = links[k].entity
        if a < 0 or refs.entities[a].kind not in ("person", "organization"):
            continue
        ent = refs.entities[a]
        if ent.kind == "organization":
            # 'la DGDDI, le service en charge des douanes en France, …': what an organisation is
            d = apposition(doc, lex, m, heads=lex.org_words)
            if d is not None and not any(x["start"] == d[0] for x in ent.descriptions):
                ent.descriptions.append(span(d[0], d[1], text, role=None, org=None))
                out.append((d[0], d[1], a))
            continue
        before = title_before(doc, lex, m)
        for d in (apposition(doc, lex, m), before, stacked_title(doc, lex, before)):
            if d is None:
                continue
            s, e = d
            if any(x["start"] == s for x in ent.descriptions):
                continue
            ent.descriptions.append(split_role(text, s, e, mentions))
            out.append((s, e, a))
    return out


def apposition(doc: Doc, lex: Lexicon, m: Mention, heads: set[str] | None = None) -> tuple[int, int] | None:
    """'X, ministre de …,' : the title after a name, up to the comma that closes it."""
    text = text_of(doc)
    if m.end + 2 >= len(text) or text[m.end] != ",":
        return None
    s = m.end + 1
    while s < len(text) and text[s] == " ":
        s += 1
    rest = fold(text[s:s + 60])
    rest_noart = strip_article(rest, lex.lang, ("definite", "indefinite"))
    if heads is not None:
        if rest_noart.split(" ")[0] not in heads or rest_noart == rest:
            return None  # an organisation's apposition opens with an article and an institution noun
    # a title word, then a space, a comma or a hyphen: each such cut of the phrase looked up, not every title tried
    elif not any(ch in " ,-" and rest_noart[:p] in lex.role_words for p, ch in enumerate(rest_noart)) and \
            not re.match(r"^(ancien|ancienne|ex-|actuel|actuelle|nouveau|nouvelle|jeune|celebre)\b", rest_noart) and \
            not indefinite_person(doc, lex, s):
        return None
    e = s
    depth = 0
    while e < len(text) and text[e] not in ".;\n" and not (text[e] == "," and depth == 0):
        depth += text[e] == "("
        depth -= text[e] == ")"
        e += 1
    # an apposition does not run into the next clause ("… et qui a publié", "… estime que")
    seg = text[s:e]
    cut = re.search(r"\s(et qui|qui|a déclaré|estime|a estimé|a dit|a affirmé|explique|a expliqué)\s", seg)
    if cut:
        e = s + cut.start()
    ij = token_range(doc, s, e)
    pos = column(doc, POS)  # a Token only for the verbs
    if ij is not None and any(pos[t] in (VERB, AUX) and "Fin" in feature(tokens(doc)[t], "VerbForm") for t in range(*ij)):
        return None  # 'Après la rencontre avec Joe Biden, le dirigeant chinois espère …': a clause's subject
    return (s, e) if e - s > 3 else None


def indefinite_person(doc: Doc, lex: Lexicon, s: int) -> bool:
    """'X, un commerçant du quartier, …', 'Y, une habitante de la rue': an aside opening with the singular
    indefinite article and a noun for a person says what the person named is, as a title does."""
    ij = token_range(doc, s, s + 1)
    if ij is None or ij[1] - ij[0] != 1:
        return False
    det = tokens(doc)[ij[0]]
    if det.pos_ != "DET" or not singular_indefinite_article(det) or det.i + 1 >= len(doc):
        return False
    noun = tokens(doc)[det.i + 1]
    if noun.pos_ != "NOUN" or "Plur" in feature(noun, "Number"):
        return False
    w = fold(noun.lemma_)
    if w in lex.role_words or w in lex.people or w in lex.epithets or fold(noun.text) in lex.epithets:
        return True
    return w not in lex.head_words and bool(lex.kinds.person(doc.vocab, noun.lemma_.lower()))


def title_before(doc: Doc, lex: Lexicon, m: Mention) -> tuple[int, int] | None:
    """'le ministre de la Santé Paul Girard', 'le procureur de la République, X': the title before a name."""
    # read off the Doc's arrays: asked before every name, it would make a Token of each word it looks at
    words, pos, punct = forms(doc), column(doc, POS), column(doc, IS_PUNCT)
    i = m.i - 1
    # 'l'avocate de la Ville, Me Julie Caron', 'le directeur, le Dr Alain Poirier': the honorific (and its article)
    # belongs to the name, the title stands before it
    k = i
    while k >= 0 and fold(words[k]).rstrip(".") in lex.gaz.honorifics:
        k -= 1
    if k < i:
        i = k - 1 if k >= 0 and pos[k] == DET else k
    if i >= 1 and words[i] == ",":
        i -= 1
    if i < 0 or punct[i] or pos[i] == ADP:
        return None  # 'l'avocate de Kevin Marty': the name after 'de' is whom the title serves, not its holder
    space = column(doc, IS_SPACE)
    lo = None
    steps = 0
    k = i
    while k >= 0 and steps < 10 and not punct[k] and not space[k]:
        if lo is not None and fold(words[k]) in lex.complement_preps:
            break  # 'le porte-parole du président Luis Arce': his title is the nearer one
        if pos[k] in (VERB, AUX) or (pos[k] == DET and lo is not None):
            break  # 'le tribunal a jugé Paul Martin': a verb ends the search, even one spelled like a title
        if fold(words[k]) in lex.role_words:
            lo = k
        k -= 1
        steps += 1
    if lo is None:
        return None
    lo = coordinated_title(doc, lex, lo)
    return tokens(doc)[lo].idx, tokens(doc)[i].idx + len(tokens(doc)[i])


def coordinated_title(doc: Doc, lex: Lexicon, lo: int) -> int:
    """'le ministre de l'Intérieur et porte-parole du gouvernement X': titles joined by a coordinator are all the
    name's; the token where the first of them starts (lo itself when none comes before)."""
    while lo >= 2 and fold(tokens(doc)[lo - 1].text) in lex.and_words:
        k, found = lo - 2, None
        while k >= 0 and lo - k < 10 and not tokens(doc)[k].is_punct and tokens(doc)[k].pos_ not in ("VERB", "AUX"):
            if tokens(doc)[k].pos_ == "DET" and found is not None:
                break
            if fold(tokens(doc)[k].text) in lex.role_words:
                found = k
            k -= 1
        if found is None:
            break
        lo = found
    return lo


def stacked_title(doc: Doc, lex: Lexicon, before: tuple[int, int] | None) -> tuple[int, int] | None:
    """'le ministre de l'Intérieur, le général Mamadou Sarr': a title phrase set before the comma that opens
    the name's own article and title is the same person's."""
    if before is None:
        return None
    ij = token_range(doc, *before)
    if ij is None:
        return None
    j = ij[0] - 1  # the name's own determiner
    if j < 2 or tokens(doc)[j].pos_ != "DET" or tokens(doc)[j - 1].text != ",":
        return None
    t = tokens(doc)[j - 2]
    while t.head.i != t.i and t.head.i < t.i and t.dep_ in ("nmod", "amod", "flat:name", "fixed", "appos"):
        t = t.head
    if fold(t.text) not in lex.role_words and fold(t.lemma_) not in lex.role_words:
        return None
    lo = min(x.i for x in t.subtree if x.i <= t.i)
    if lo >= j - 1 or any(tokens(doc)[x].is_punct or tokens(doc)[x].pos_ in ("VERB", "AUX") for x in range(lo, j - 1)):
        return None
    if tokens(doc)[lo].pos_ == "DET":
        lo += 1  # the description without its article, as the other titles are
    return tokens(doc)[lo].idx, tokens(doc)[j - 2].idx + len(tokens(doc)[j - 2])


def split_role(text: str, s: int, e: int, mentions: list[Mention]) -> dict:
    """A description record: its role and, where it names one, its organisation."""
    org = next((x for x in mentions if s <= x.start and x.end <= e and x.kind in ("organization", "media", "country")), None)
    if org is None:
        m = re.search(r"\s(?:à|de|du|des)\s+(?:l['’]|la |le )?((?:Université|université|Institut|institut|armée|Centre|"
                      r"centre|ministère|Ministère|gouvernement|parti|Parti|Conseil|conseil)\b.*)$", text[s:e])
        if m:
            os_ = s + m.start(1)
            return span(s, e, text, role=_role(text[s:s + m.start()]), org=text[os_:e].strip())
        return span(s, e, text, role=_role(text[s:e]), org=None)
    pre = text[s:org.start]
    pre = re.sub(r"\s*(?:à|de|du|des|au|aux|chez|pour)\s*(?:l['’]|la |le |les )?$", "", pre).strip(" ,")
    return span(s, e, text, role=_role(pre) or None, org=text[org.start:e].strip())


def _role(s: str) -> str:
    return strip_article(s.strip(" ,"), kinds=("definite", "indefinite"))
