"""Who a word stands for: a token resolved to the Story's actors, as a reader resolves it.

Names and their coordinations, titles ('le président vénézuélien'), pronouns and their antecedents, 'ce
dernier', 'ce groupe', 'le pays', 'son pays', 'les deux hommes', relative pronouns, demonyms and noun
phrases no actor stands for ('les manifestants'). Asks nothing of the event rules: it reads the article's
Context only.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from typing import Callable

from spacy.tokens import Token

from ..index import sentence_of, text_of, tokens_in
from ...lang.text import fold, strip_article
from .context import Context, MentionStart, Party
from .grammar import case_of, is_people, nominal, patient_after_agent
from .lexicon import POSSESSIVES, PRONOUNS
from .triggers import trigger
from ..features import feature
from ..index import dependents
from .context import subtree, subtree_bounds


def resolve(ctx: Context, tok: Token, seen: set[int] | None = None) -> list[Party]:
    """The actors a participant token stands for (its coordinated siblings included)."""
    if seen is None:
        # asked of the same words by many rules (some thousand times per article): what a word and its
        # coordination stand for does not change while the article is read, so the answer is kept
        found = ctx.parties.get(tok.i)
        if found is None:
            found = ctx.parties[tok.i] = _resolve(ctx, tok, set())
        return list(found)
    return _resolve(ctx, tok, seen)


def _resolve(ctx: Context, tok: Token, seen: set[int]) -> list[Party]:
    """`resolve`, the words already resolved in this coordination in `seen`."""
    if tok.i in seen:
        return []
    seen.add(tok.i)
    out = _resolve_one(ctx, tok)
    if tok.i in ctx.tok_actor:
        out += [x for x in listed(ctx, tok) if x[0] not in {y[0] for y in out}]
    for c in _conjuncts(ctx, tok):
        if c.pos_ in ("PROPN", "NOUN", "PRON", "X") and not any(g.dep_ == "case" for g in ctx.kids(c)):
            out += [x for x in resolve(ctx, c, seen) if x not in out]
    return out


def _conjuncts(ctx: Context, tok: Token) -> list[Token]:
    """The words coordinated with tok, with those the parser hung on the name apposed to it ('le président X et
    son homologue Y ont …': 'homologue' hangs on 'X', yet joins 'le président')."""
    kids = ctx.kids(tok)
    # only a name set right after its title, and a conjunct joined by 'et' ('la coalition (A, B, C)' lists members)
    names = [c for c in kids if c.dep_ == "appos" and c.i in ctx.tok_actor and c.i > tok.i and
             not any(t.pos_ == "PUNCT" for t in tok.doc[tok.i + 1:c.i])]
    return [c for c in kids if c.dep_ == "conj"] + [g for n in names for g in ctx.kids(n) if g.dep_ == "conj" and
                                                    any(x.dep_ == "cc" and x.i < g.i for x in ctx.kids(g))]


def listed(ctx: Context, tok: Token) -> list[Party]:
    """The other names of a list the actor at `tok` stands in, read in word order ('Le Brésil, le Mexique et les
    États-Unis', 'La Bolivie et le Chili'), for lists the parser broke into pieces: names of one kind, joined by
    commas and a final 'et', with nothing but determiners between them."""
    kind = ctx.by_id[ctx.tok_actor[tok.i][0]]["kind"] if not ctx.tok_actor[tok.i][0].startswith("=") else None
    if kind is None:
        return []
    texts, pos = ctx.texts, ctx.pos

    def members(k: int, step: int) -> tuple[list[Party], bool]:
        """Names of the list from the mention ending (step -1: starting) next to token k, and whether an 'et' joined them."""
        found, joined = [], False
        while True:
            j = k + step
            while step < 0 and j >= 0 and pos[j] == "DET":
                j += step  # 'et l'Arabie': the determiner stands between the name and its 'et'
            if not (0 <= j < len(texts)) or texts[j] not in (",", "et"):
                return found, joined
            sep = texts[j]
            j += step
            while step > 0 and j < len(texts) and pos[j] == "DET":
                j += step
            if not (0 <= j < len(texts)) or j not in ctx.tok_actor:
                return found, joined
            a = ctx.tok_actor[j]
            if a[0].startswith("=") or ctx.by_id[a[0]]["kind"] != kind or a[0] in {f[0] for f in found} or \
                    not _same_phrase(ctx.doc[j], own):
                return found, joined
            found.append(a)
            joined = joined or sep == "et"
            while 0 <= j + step < len(texts) and ctx.tok_actor.get(j + step) == a:
                j += step  # over the rest of the name
            k = j
            if sep == "et" and step > 0:
                return found, joined  # 'X, Y et Z': the list ends with its 'et'

    own = tok
    me = ctx.tok_actor[tok.i]
    lo = hi = tok.i
    while lo - 1 >= 0 and ctx.tok_actor.get(lo - 1) == me:
        lo -= 1
    while hi + 1 < len(texts) and ctx.tok_actor.get(hi + 1) == me:
        hi += 1
    before, et_before = members(lo, -1)
    after, et_after = members(hi, 1)
    if not (et_before or et_after):
        return []  # 'X, Y' with no 'et': an aside or an apposition, not a list
    return [a for a in before + after if a[0] != me[0]]


def _same_phrase(t: Token, own: Token) -> bool:
    """False when the name at t fills a slot of another verb than the name `own` ('la Russie a attaqué
    l'Ukraine et la Pologne a protesté': Ukraine is the object of the first clause, not in a list with Pologne)."""
    root, mine = _name_root(t), _name_root(own)
    return not (root.dep_ in _CLAUSE_SLOTS and root.head.pos_ in ("VERB", "AUX") and root.head.i != mine.head.i)


#: the dependency labels by which a name fills a verb's slot
_CLAUSE_SLOTS = ("nsubj", "nsubj:pass", "obj", "iobj", "obl", "obl:arg", "obl:mod", "obl:agent")


def _name_root(t: Token) -> Token:
    """The word of a multi-word name that the rest of the sentence hangs it by ('Arabie' of 'Arabie Saoudite')."""
    while t.dep_ in ("flat:name", "flat") and t.head.i != t.i:
        t = t.head
    return t


def _resolve_one(ctx: Context, tok: Token) -> list[Party]:
    """One token's parties, its coordination left out, asked once per token (the answer is kept in the Context)."""
    found = ctx.resolved.get(tok.i)
    if found is None:  # the same token is looked up by many rules; what it stands for does not change
        found = ctx.resolved[tok.i] = _resolve_uncached(ctx, tok)
    return list(found)


def _resolve_uncached(ctx: Context, tok: Token) -> list[Party]:
    """One token's parties: its actor, the person a title names, a pronoun's antecedent, an anaphor ('ce dernier',
    'ce groupe', 'le pays', 'les deux hommes'), a demonym's state, or the noun phrase no actor stands for."""
    if tok.pos_ == "NOUN" and tok.text[:1].isupper() and fold(tok.text) in ctx.lex.country_of and \
            "Plur" in feature(tok, "Number") and any(c.dep_ == "nummod" for c in ctx.kids(tok)):
        return [("=" + tok.text, tok.idx, tok.idx + len(tok))]  # '240 Palestiniens détenus': counted people
    if tok.text[:1].isupper() and fold(tok.text) in ctx.lex.country_of and "Plur" in feature(tok, "Number"):
        some = next((c for c in ctx.kids(tok) if c.i == tok.i - 1 and fold(c.text) in ctx.lex.quantifiers), None)
        if some is not None:
            # 'certains Sénégalais', 'plusieurs Maliens': some of a people, never their state
            return [("=" + text_of(tok.doc)[some.idx:tok.idx + len(tok)], some.idx, tok.idx + len(tok))]
    if _people_of_demonym(ctx, tok):
        # 'l'héroïsme des Ukrainiens', 's'adressant aux Américains': the people, where 'les Russes achètent' is the state
        return [("=" + tok.text, tok.idx, tok.idx + len(tok))]
    if tok.i not in ctx.tok_actor and tok.text[:1].isupper():
        named = next((c for c in ctx.kids(tok) if c.dep_ in ("flat:name", "flat") and c.i == tok.i + 1 and
                      c.i in ctx.tok_actor), None)
        if named is not None:  # 'M. Girard discutera': the parser heads the name with its honorific
            return [ctx.tok_actor[named.i]]
    refs = ctx.refs
    several = refs.actors_at(tok.i) if refs is not None else []
    if len(several) > 1:  # 'Ils', for the two named just before
        return [(aid, tok.idx, tok.idx + len(tok)) for aid in several]
    if tok.i in ctx.tok_actor:
        if people_of_person(ctx, tok, ctx.tok_actor[tok.i][0]):
            # 'les partisans de l'ancien président X', taken whole for a mention of X: the people, not X
            named = np_party(ctx, tok)
            if named and named[0] != ctx.tok_actor[tok.i][0]:
                return [named]
        return [ctx.tok_actor[tok.i]]
    if fold(tok.lemma_) in ctx.lex.roles or tok.pos_ == "VERB" and fold(tok.text) in ctx.lex.roles:
        # ('l'opposant X', 'le représentant X': a title in '-ant' the tagger read as a participle)
        # 'le ministre de la Défense Paul Girard', 'la ministre norvégienne … Ingrid Solberg': the named person
        apposed = [c for c in ctx.kids(tok) if c.dep_ == "appos" and c.i in ctx.tok_actor
                   and ctx.by_id[ctx.tok_actor[c.i][0]]["kind"] == "person"]
        if apposed:  # 'le conseiller du président Joe Biden, Jake Sullivan,'
            return [ctx.tok_actor[apposed[0].i]]
        for x in subtree(tok):
            if x.i > tok.i and x.i in ctx.tok_actor and ctx.by_id[ctx.tok_actor[x.i][0]]["kind"] == "person" \
                    and not _under_de(x, tok) and not _in_relative(x, tok):  # 'le père de Kim' is not Kim
                return [ctx.tok_actor[x.i]]
        aside = _apposed_after_comma(ctx, tok) or _named_after(ctx, tok)
        if aside is not None:
            return [aside]
    f = fold(tok.text)
    if f in ctx.lex.others and tok.dep_ in _TOPIC_SLOTS and tok.pos_ in ("ADJ", "PRON"):
        # 'Deux gendarmes ont été arrêtés. D'autres ont été interpellés': more of the same people
        group = plural_group(ctx, tok)
        return [(p[0], tok.idx, tok.idx + len(tok)) for p in resolve(ctx, group)] if group is not None else []
    if tok.pos_ == "PRON":
        if f in ("qui", "que", "qu'", "lequel", "laquelle") and tok.head.dep_.startswith("acl") and tok.head.head.i != tok.head.i:
            ante = tok.head.head
            if ante.dep_ == "appos" and ante.head.i in ctx.tok_actor:
                ante = ante.head  # 'le FSIN, le service des prisons, qui …'
            found = resolve(ctx, ante)
            if not found and ante.i < tok.i:
                # 'des agents en civil qui l'ont conduit': the parser hung 'qui' on the wrong word
                for k in range(tok.i - 1, max(tok.i - 6, 0) - 1, -1):
                    t = tok.doc[k]
                    if t.pos_ in ("NOUN", "PROPN") and (k in ctx.tok_actor or is_people(ctx.lex, t)):
                        return resolve(ctx, t)
            return found
        if f in PRONOUNS:
            return antecedent(ctx, tok, PRONOUNS[f])
        if f in ("je", "j'", "me", "m'", "moi", "nous", "on"):
            q = next((q for q in tok.doc._.sg_quotes or [] if q.get("speaker_id")
                      and any(c["start"] <= tok.idx < c["end"] for c in q["content"])), None)
            if q:  # 'Nous les poursuivrons', said by the quote's speaker
                aid = q["speaker_id"].split(" ; ")[0]
                if aid in ctx.by_id:
                    # 'nous demandons', 'on ne cédera pas', said by the head of a union or a party: the body speaks
                    body = speaker_body(ctx, aid) if f in ("nous", "on") else None
                    if body is not None:
                        return [(body, tok.idx, tok.idx + len(tok))]
                    state = state_office(ctx, aid, tok) if f == "nous" else []
                    if state:  # 'nous riposterons', said by the country's president or minister: the state speaks
                        return state
                    if f != "on":  # 'on' may be anyone; 'nous' is at least the speaker
                        return [(aid, tok.idx, tok.idx + len(tok))]
        return []
    if tok.pos_ == "NOUN":
        apposed = [c for c in ctx.kids(tok) if c.dep_ == "appos" and c.i in ctx.tok_actor
                   and not (people_of_person(ctx, tok, ctx.tok_actor[c.i][0])
                            and not any(g.dep_ == "conj" for g in ctx.kids(c)))]  # 'les deux hommes, X et Y,' are they
        if apposed:  # 'l'organisation (Israël, NDLR)', 'le groupe armé, le M23,': the name the aside gives
            return [ctx.tok_actor[apposed[0].i]]
        if fold(tok.lemma_) in ctx.lex.group_anaphors and \
                any(c.dep_ == "det" and fold(c.text) in ctx.lex.demonstratives for c in ctx.kids(tok)):
            # 'Ce groupe est soupçonné …': the organisation named last, in this sentence or the two before
            sent = sentence_of(tok)
            lo = sentence_of(tok.doc[sent.start - 1]).start if sent.start > 0 else 0
            lo = sentence_of(tok.doc[lo - 1]).start if lo > 0 else 0
            last = last_named(ctx, tok.i, lambda m: m[4] in ("organization", "group") and m[0] >= lo)
            return [(last[1], tok.idx, tok.idx + len(tok))] if last else []
    if tok.pos_ in ("NOUN", "ADJ", "PROPN", "X") or nominal(tok):
        if f in ctx.lex.country_of and tok.text[:1].isupper():
            name = ctx.lex.country_of[f]
            a = next((a for a in ctx.by_id.values() if a["kind"] == "country" and a["name"] == name), None)
            return [(a["id"], tok.idx, tok.idx + len(tok))] if a else [("=" + name, tok.idx, tok.idx + len(tok))]
        poss = next((c for c in ctx.kids(tok) if c.dep_ in ("det", "nmod:poss") and fold(c.text) in POSSESSIVES), None)
        if fold(tok.lemma_) in ctx.lex.country_anaphors and poss is not None:
            # 'la déstabilisation de son pays': the country of whoever 'son' stands for
            owner = antecedent(ctx, poss, POSSESSIVES[fold(poss.text)])
            home = home_country(ctx, owner[0][0], tok) if owner else []
            if home:
                return home
        num = next((c for c in ctx.kids(tok) if c.dep_ == "nummod" and fold(c.text) in ("deux", "2")), None)
        pair = next((ctx.lex.pair_nouns[w] for w in (fold(tok.lemma_), _singular(fold(tok.text)))
                     if w in ctx.lex.pair_nouns), None) if num is not None else None
        if pair is not None:
            # 'les deux hommes', 'les deux pays': the reference layer counts their parties (read above, from the
            # mention); when it found none, the phrase names no one the Story knows
            # (by the written form too: the lemmatizer reads 'parties' as 'parti')
            return []
        share = _share_of(ctx, tok) if fold(tok.lemma_) in ctx.lex.parts else None
        if share is not None:
            return [share]
        # (a count noun first: the test on the noun is the same for each of its dependents)
        counted = next((c for c in ctx.kids(tok) if c.dep_ == "nmod" and c.i > tok.i and
                        case_of(ctx, c) in ctx.lex.of_forms and
                        (c.i in ctx.tok_actor or is_people(ctx.lex, c) or fold(c.lemma_) in ctx.lex.series or
                         fold(c.lemma_) in ctx.lex.org_words)), None) if fold(tok.lemma_) in ctx.lex.series else None
        if counted is not None:
            return resolve(ctx, counted)  # 'des milliers de manifestants', 'des centaines d'enseignants': the people counted
        named = np_party(ctx, tok)
        if named:
            return [_named_in_full(ctx, tok, named)]
        found = state_of(ctx, tok)  # 'soutenues par des armes rwandaises', 'des frappes israéliennes': the state acts
        if not found and tok.pos_ == "NOUN" and fold(tok.lemma_) in ctx.lex.roles and "Plur" not in feature(tok, "Number") \
                and not _title_held(ctx, fold(tok.lemma_)):
            # 'l'interdiction du préfet', 'sur ordre du juge': a title no name goes with still names its holder
            titled = np_party(ctx, tok, people=True)
            if titled is None:
                return []
            before = tok.doc[tok.i - 1] if tok.i else None
            if before is not None and before.dep_ == "amod" and before.head.i == tok.i:
                # 'le Premier ministre': the adjective before the title is part of it
                titled = "=" + text_of(tok.doc)[before.idx:titled[2]], before.idx, titled[2]
            return [titled]
        return found
    return []


def _named_in_full(ctx: Context, tok: Token, named: Party) -> Party:
    """A shorter description of a body or group no name stands for, named as the reference layer found it first in
    full ('les forces armées' after 'les forces armées kovaniennes'): the fullest name the article gives it."""
    lk = ctx.refs.at_token(tok.i) if ctx.refs is not None else None
    if lk is None or lk.head != tok.i or lk.rule != "shorter description" or lk.entity < 0 or \
            lk.entity in ctx.refs.actor_ids:
        return named
    first = min((x for x in ctx.refs.entities[lk.entity].links if x.form == "description" and x.head >= 0
                 and x.start < lk.start), key=lambda x: x.start, default=None)
    if first is not None and any((y := ctx.refs.at_token(t)) is not None and y.form == "name"
                                 for t in range(first.i, first.j)):
        return named  # 'le gouvernement X': a name inside says whose it is, no fuller name of the body
    full = np_party(ctx, ctx.toks[first.head]) if first is not None else None
    if full is None or len(full[0]) <= len(named[0]) or \
            not set(fold(named[0]).split()) <= set(fold(full[0]).split()):
        return named
    return full[0], named[1], named[2]


def _people_of_demonym(ctx: Context, tok: Token) -> bool:
    """True for a plural demonym noun that names a people spoken to or of ('les Ukrainiens' as an object or a
    complement): a people acts through its state (as a subject, an agent, or the 'de' of an act: 'l'aide des
    Russes'), but what is said of it or done to it is said of or done to its people."""
    f = fold(tok.text)
    if not (tok.pos_ in ("NOUN", "PROPN") and tok.text[:1].isupper() and f in ctx.lex.country_of) or \
            fold(ctx.lex.country_of[f]) == f:
        return False  # 'les États-Unis' is the state's own name
    if "Plur" not in feature(tok, "Number") and \
            not any(c.dep_ in ("det", "case") and "Plur" in feature(c, "Number") for c in dependents(tok)):
        return False  # the tagger may give a capitalised demonym no number: its article says it
    if tok.dep_ not in ("obj", "iobj", "obl", "obl:arg", "obl:mod", "nmod"):
        return False
    return not (tok.dep_ == "nmod" and fold(tok.head.lemma_) in ctx.lex.nouns)


def _share_of(ctx: Context, tok: Token) -> Party | None:
    """A share of people or of a body named whole ('la plupart des dirigeants de l'opposition', 'la moitié des
    otages'): from the share noun to the end of the people or party its 'de' names; None otherwise."""
    of = next((c for c in ctx.kids(tok) if c.dep_ == "nmod" and c.i > tok.i and case_of(ctx, c) in ctx.lex.of_forms
               and (c.i in ctx.tok_actor or is_people(ctx.lex, c))), None)
    if of is None:
        return None
    inner = resolve(ctx, of)
    if not inner:
        return None
    end = max(p[2] for p in inner)
    return "=" + text_of(tok.doc)[tok.idx:end], tok.idx, end


def _title_held(ctx: Context, title: str) -> bool:
    """True when a person of the article is described by the title ('le ministre de la Santé, X'): a bare 'le
    ministre' then is most likely that person, whom inference may still find, not a party of its own."""
    return any(a["kind"] == "person" and any(fold(d.get("role") or "").split()[:1] == [title]
                                             for d in a.get("descriptions") or [])
               for a in ctx.by_id.values())


def _apposed_after_comma(ctx: Context, tok: Token) -> Party | None:
    """The person named right after a title and its comma that the parser hung on the title's own verb instead
    ('a rencontré son homologue portugais, X'): French sets a name off by a comma to say who the title is."""
    doc = tok.doc
    hi = subtree_bounds(tok)[1]
    k = hi + 2
    if k >= len(doc) or doc[hi + 1].text != "," or k not in ctx.tok_actor or not is_person(ctx, ctx.tok_actor[k][0]):
        return None
    name = _name_root(doc[k])
    if name.dep_.startswith("nsubj") or name.head.i not in (tok.i, tok.head.i) or name.head.i == name.i:
        return None  # 'après avoir reçu le ministre, X a déclaré': a name that opens a clause of its own
    a = ctx.tok_actor[k]
    end = k
    while end + 1 < len(doc) and ctx.tok_actor.get(end + 1) == a:
        end += 1
    # an aside ends with the name ('…, X.', '…, X, qui …'); 'le ministre, X ayant refusé' goes on as a clause
    return a if end + 1 >= len(doc) or doc[end + 1].is_punct else None


def _named_after(ctx: Context, tok: Token) -> Party | None:
    """The person named right after a title and its adjectives that the parser cut off from it ('son homologue
    camerounais Jean Ndi', read with the name opening a sentence of its own): French names the holder right after
    the title; a name that is the subject of a clause of its own is someone else."""
    doc = tok.doc
    k = subtree_bounds(tok)[1] + 1
    if k >= len(doc) or k not in ctx.tok_actor or not is_person(ctx, ctx.tok_actor[k][0]):
        return None
    name = _name_root(doc[k])
    # ('le président X et son homologue Y', with Y hung on 'président' as a second apposition: the nearer title's)
    hung_before = name.dep_ == "appos" and name.head.i < tok.i
    if name.dep_ != "ROOT" and not hung_before or \
            any(c.dep_.startswith(("nsubj", "aux", "cop")) or c.pos_ in ("VERB", "AUX") for c in dependents(name)):
        return None
    return ctx.tok_actor[k]


def speaker_body(ctx: Context, aid: str) -> str | None:
    """The organisation a person speaks for, as their description names it ('secrétaire général de la CGT',
    'président du PS pour la région'): the actor whose name the description's body begins with."""
    a = ctx.by_id.get(aid)
    if a is None or a["kind"] != "person":
        return None
    orgs = {fold(o["name"]): o["id"] for o in ctx.by_id.values() if o["kind"] in ("organization", "group")}
    for d in a.get("descriptions") or []:
        body = fold(d.get("org") or "")
        found = [orgs[n] for n in orgs if body == n or body.startswith(n + " ")]
        if found:
            best = max(found, key=lambda o: len(ctx.by_id[o]["name"]))
            key = ctx.lex.org_alias.get(fold(ctx.by_id[best]["name"]))
            # the same body under its acronym and its full name is one party: the fullest name
            same = [o for o in orgs.values() if key and ctx.lex.org_alias.get(fold(ctx.by_id[o]["name"])) == key]
            return max(same, key=lambda o: len(ctx.by_id[o]["name"].split())) if same else best
    return None


def state_office(ctx: Context, aid: str, tok: Token) -> list[Party]:
    """The state whose office a person holds, when their description names one of the state's offices with its
    demonym ('le président tchadien', 'la ministre gabonaise des Affaires étrangères'); else nothing."""
    a = ctx.by_id.get(aid)
    if a is None or a["kind"] != "person":
        return []
    offices = ctx.lex.state_offices
    if not any(fold(d.get("role") or "").startswith(offices) for d in a.get("descriptions") or []):
        return []
    return home_country(ctx, aid, tok)



def state_group(ctx: Context, aid: str) -> list[Party]:
    """The state a group actor stands for when its name is a state noun and a demonym ('les autorités
    ivoiriennes' → Côte d'Ivoire), as the same words are read when no actor holds them."""
    a = ctx.by_id.get(aid)
    if a is None or a["kind"] != "group":
        return []
    for m in ctx.mention_starts:
        if m[1] != aid:
            continue
        sp = tokens_in(ctx.doc, m[2], m[3])
        heads = [t for t in sp or () if t.pos_ == "NOUN" and not sp.start <= t.head.i < sp.end] if sp else []
        if len(heads) == 1 and fold(heads[0].lemma_) in ctx.lex.state_nouns:
            return state_of(ctx, heads[0])
        return []
    return []




def state_of(ctx: Context, tok: Token) -> list[Party]:
    """The state a noun's demonym adjective names ('des frappes israéliennes' → Israël), or nothing."""
    for c in ctx.kids(tok):
        if c.dep_ == "amod" and c.text[:1].islower() and fold(c.text) in ctx.lex.country_of:
            return country_party(ctx, ctx.lex.country_of[fold(c.text)], c)
    return []


def _singular(form: str) -> str:
    """A plural noun's singular by its regular ending ('parties' → 'partie')."""
    return form[:-1] if form.endswith("s") and len(form) > 3 else form


def _under_de(x: Token, top: Token) -> bool:
    """True when x hangs below `top` through a 'de' complement ('le père de Kim', 'du président X')."""
    t = x
    while t.i != top.i and t.head.i != t.i:
        if any(g.dep_ == "case" for g in dependents(t)):
            return True
        t = t.head
    return False


def _in_relative(x: Token, top: Token) -> bool:
    """True when x stands in a relative clause of `top` ('des policiers qui l'ont emmené', 'le juge qui a
    condamné X'): whom the clause is about is not who the title names."""
    t = x
    while t.i != top.i and t.head.i != t.i:
        if t.dep_ == "acl:relcl":
            return True
        t = t.head
    return False


def np_party(ctx: Context, t: Token, people: bool = False) -> Party | None:
    """A participant no actor stands for, named by its noun phrase ('les manifestants', 'l'armée
    israélienne', 'le conseil de sécurité de l'ONU'): head, adjectives and 'de' complements.
    People of a named group stand for the group ('les rebelles du M23' → M23). `people`: the slot says the
    noun names people, whatever the noun ('les contrôleurs aériens font grève')."""
    f = fold(t.lemma_)
    if not (people and t.pos_ == "NOUN" or
            t.pos_ == "NOUN" and (is_people(ctx.lex, t) or f in ctx.lex.org_words or state_group_noun(ctx, t)) or
            nominal(t) and is_people(ctx.lex, t) or
            # ('exhorte les Occidentaux à livrer': a people the tagger read as a name, no state's)
            t.pos_ == "PROPN" and "Plur" in feature(t, "Number") and is_people(ctx.lex, t) and
            any(c.dep_ == "det" for c in dependents(t))):
        return None
    if bare(t):
        return None  # 'condamner avec force', 'agir en force': a manner, not a party
    if f in ctx.lex.charge_words and _names_charge(ctx, t):
        return None  # 'jugé pour trois chefs d'accusation': the charges, not the chiefs of anyone
    if f not in ctx.lex.roles and f not in ctx.lex.org_words:
        kin = _relative_of(ctx, t)
        if kin is not None:
            return kin
    doc, last = t.doc, t
    first = _first_word(ctx, t)
    k = t.i + 1
    patient = patient_after_agent(ctx, t)
    # 'l'arrestation par la police de trois militants': the agent's phrase ends where the noun's patient begins
    cut = subtree_bounds(patient)[0] if patient is not None else len(doc)
    prep = False
    degree = -1
    body = None  # the first noun of a member noun's own 'de' complement ('les membres de l'alliance')
    while k < cut and k - t.i <= 12:
        x = doc[k]
        glued = x.text == "-" and not doc[k - 1].whitespace_ and not x.whitespace_
        if glued or x.text in ("'", "’") or x.pos_ == "DET" or (x.pos_ == "ADP" and fold(x.text) in ("de", "du", "des", "d'")):
            prep = prep or x.pos_ == "ADP" or fold(x.text) in ("du", "des")
        elif x.pos_ == "ADV" and x.dep_ == "advmod" and x.head.i == k + 1 and x.head.head.i == t.i and \
                x.head.pos_ in ("ADJ", "VERB", "NOUN") and doc[k - 1].pos_ == "DET":
            degree = x.head.i  # 'les familles les plus vulnérables': a superlative (read as a noun at times)
        elif k == degree:
            last = x
        elif x.pos_ in ("ADJ", "NUM") or (x.dep_ == "amod" and x.pos_ in ("VERB", "NOUN")) or _bare_participle(x, last) or \
                (x.text[:1].islower() and fold(x.text) in ctx.lex.country_of) or \
                (x.pos_ in ("NOUN", "PROPN", "X") and (prep or glued or x.text[:1].isupper())):
            # a noun joins the phrase only through 'de' ('le conseil de sécurité'), never by mere
            # adjacency ('les services pénitentiaires dimanche')
            if prep and k in ctx.tok_actor and is_people(ctx.lex, t) and f not in ctx.lex.roles and \
                    is_person(ctx, ctx.tok_actor[k][0]):
                # 'les partisans de l'ancien président X' are not X: the people named by whose they are, as the
                # article names that person in full
                name = ctx.by_id[ctx.tok_actor[k][0]]["name"]
                end = ctx.tok_actor[k][2]
                return "=" + _spelled(ctx, first, last) + " " + _of_name(name), first.idx, end
            if prep and k in ctx.tok_actor and is_people(ctx.lex, t) and f not in ctx.lex.roles:
                ctx.people_of[fold(t.text)] = ctx.tok_actor[k][0]  # 'les rebelles du M23': later 'les rebelles' too
                return ctx.tok_actor[k]
            last = x
            if x.pos_ in ("NOUN", "PROPN", "X"):
                if prep and body is None and f in ctx.lex.members and doc[t.i + 1].pos_ == "ADP" and first.i == t.i:
                    body = x
                prep = False
        else:
            break
        k += 1
    if f in ctx.lex.blank_people and last.i == t.i:
        last = _which_people(t, last)
    if body is not None:
        # members named by their body stand for it, as 'les rebelles du M23' do for an M23 the article names
        return "=" + _spelled(ctx, body, last), body.idx, last.idx + len(last)
    return "=" + _spelled(ctx, first, last), first.idx, last.idx + len(last)


def _names_charge(ctx: Context, t: Token) -> bool:
    """True when a charge word's bare 'de' complement is an event word ('chef d'accusation', 'chef d'inculpation'):
    the phrase names an offence charged, where 'le chef d'état-major' or 'le chef de l'armée' names a person."""
    return any(c.dep_ == "nmod" and c.i > t.i and not any(g.dep_ in ("det", "nmod:poss") for g in dependents(c)) and
               {fold(g.text) for g in dependents(c) if g.dep_ == "case"} & ctx.lex.charge_preps and
               trigger(ctx, c) is not None for c in dependents(t))


def _spelled(ctx: Context, first: Token, last: Token) -> str:
    """A noun phrase's words from `first` to `last` as a name, a possessive inside it written as the definite article
    ('auteurs de son enlèvement' → 'auteurs de l'enlèvement'): read outside its sentence, a name has no one for the
    possessive to stand for."""
    doc, lex = first.doc, ctx.lex
    text = text_of(doc)
    out, at = [], first.idx
    for x in doc[first.i + 1:last.i]:
        art = lex.possessive_articles.get(fold(x.text)) if x.pos_ == "DET" else None
        if art is None:
            continue
        noun = doc[x.i + 1]
        if lex.feminine_article and art != lex.feminine_article and "Plur" not in feature(noun, "Number") and \
                "Fem" in feature(noun, "Gender"):
            art = lex.feminine_article  # 'son enquête', 'leur libération'
        if lex.elided_article and "Plur" not in feature(noun, "Number") and fold(noun.text)[:1] in "aeiouyh":
            art = lex.elided_article
        before = doc[x.i - 1]
        fused = lex.fused.get((before.text.lower(), art))
        if fused is not None and before.i > first.i and before.idx >= at:
            # 'les auteurs de son meurtre' → 'du meurtre', as French writes 'de' and 'le'
            out.append(text[at:before.idx] + fused + x.whitespace_)
        else:
            out.append(text[at:x.idx] + art + ("" if art.endswith(("'", "’")) else x.whitespace_))
        at = x.idx + len(x.text) + len(x.whitespace_)
    return "".join(out) + text[at:last.idx + len(last)]



def _which_people(t: Token, last: Token) -> Token:
    """The last word of what says which people a noun that names only people means, when it follows right after:
    a participle with its complements ('les personnes franchissant la frontière') or a noun set beside it ('les
    personnes auteurs de vols'); `last` when nothing does."""
    doc = t.doc
    nxt = next((c for c in dependents(t) if c.i == last.i + 1), None)
    if nxt is None or not (nxt.dep_ == "acl" and "Part" in feature(nxt, "VerbForm") or
                           nxt.dep_ == "nmod" and nxt.pos_ == "NOUN" and not any(g.dep_ == "case" for g in dependents(nxt))):
        return last
    sub = sorted(x.i for x in subtree(nxt))
    if sub[-1] - sub[0] + 1 != len(sub) or len(sub) > 8 or any(doc[x].is_punct for x in sub):
        return last  # a clause the parser ran on, not a modifier of the noun
    return doc[sub[-1]]


def _first_word(ctx: Context, t: Token) -> Token:
    """Where a noun phrase's name begins: at its head, or at the adjectives set right before it that say which
    people or body it is ('les autres partis', 'quatre jeunes femmes', 'les futurs membres'), not at those that
    count them ('de nombreux manifestants')."""
    first = t
    k = t.i - 1
    while k >= 0 and t.doc[k].pos_ == "ADJ" and t.doc[k].dep_ == "amod" and t.doc[k].head.i == t.i and \
            fold(t.doc[k].text) not in ctx.lex.amount_adjectives:
        first = t.doc[k]
        k -= 1
    return first


def _relative_of(ctx: Context, t: Token) -> Party | None:
    """People named by whose they are through a possessive that stands for a person ('son épouse', 'ses
    adversaires', 'sa famille'): written out with that person's name ('adversaires de X'), as 'les partisans de
    X' is; None for another possessor."""
    poss = next((c for c in ctx.kids(t) if c.dep_ in ("det", "nmod:poss") and fold(c.text) in POSSESSIVES), None)
    if poss is None:
        return None
    owner = antecedent(ctx, poss, POSSESSIVES[fold(poss.text)])
    if len(owner) != 1 or not is_person(ctx, owner[0][0]):
        return None
    name = ctx.by_id[owner[0][0]]["name"]
    return "=" + t.text + " " + _of_name(name), t.idx, t.idx + len(t)


def _of_name(name: str) -> str:
    """'de X' or 'd'X', as French joins a person's name to the noun of whose people or kin they are."""
    return ("d'" if fold(name)[:1] in "aeiouy" else "de ") + name


def state_group_noun(ctx: Context, t: Token) -> bool:
    """States named as a group by a plural noun with a word that says which ('les pays non-alignés', 'des États
    membres', 'les pays du Golfe'): a party, where 'le pays' alone takes up one state named before."""
    return fold(t.lemma_) in ctx.lex.state_groups and "Plur" in feature(t, "Number") and \
        any(c.dep_ in ("amod", "nmod", "compound") and c.i > t.i for c in dependents(t))


def people_of_person(ctx: Context, tok: Token, aid: str) -> bool:
    """True when a plural people noun ('des partisans', 'les proches') is said to stand for one person: people are
    never one person, whatever the parse hung on them ('des partisans de l'opposant X', X read as their apposition)."""
    return tok.pos_ == "NOUN" and "Plur" in feature(tok, "Number") and is_people(ctx.lex, tok) and \
        fold(tok.lemma_) not in ctx.lex.roles and is_person(ctx, aid)


def is_person(ctx: Context, aid: str) -> bool:
    """True when the actor is a person (people of a person are not that person, unlike a group's members)."""
    return not aid.startswith("=") and ctx.by_id[aid]["kind"] == "person"


def _bare_participle(x: Token, last: Token) -> bool:
    """A past participle with no words of its own right after the phrase ('l'homme interpellé', 'les personnes
    enlevées'): it tells which people are meant, as an adjective does ('interpellé par X' is a clause)."""
    return x.pos_ == "VERB" and x.dep_ == "acl" and x.head.i == last.i and x.i == last.i + 1 and \
        "Part" in feature(x, "VerbForm") and "Past" in feature(x, "Tense") and not any(True for _ in dependents(x))


def bare(t: Token) -> bool:
    """A noun after a plain preposition with no determiner, number or possessive ('avec force', 'sans
    délai'): French names a party with a determiner ('avec la force', 'aux forces', 'des forces')."""
    kids = list(dependents(t))
    return any(c.dep_ == "case" and c.i == t.i - 1 and fold(c.text) in ("avec", "sans", "en", "par", "sous", "contre")
               for c in kids) and not any(c.dep_ in ("det", "nummod", "nmod:poss") for c in kids) and \
        "Plur" not in feature(t, "Number")  # a bare plural may still name people in a title ('contre manifestants')


def country_party(ctx: Context, name: str, tok: Token) -> list[Party]:
    """A country as a party named at `tok`: its actor, or its name when the article has no actor for it."""
    a = next((a for a in ctx.by_id.values() if a["kind"] == "country" and a["name"] == name), None)
    return [(a["id"] if a else "=" + name, tok.idx, tok.idx + len(tok))]


def home_country(ctx: Context, aid: str, tok: Token) -> list[Party]:
    """The country an actor stands for or belongs to: itself, or the demonym of a person's title ('le président
    vénézuélien' → Venezuela)."""
    if aid.startswith("="):
        return []
    a = ctx.by_id[aid]
    if a["kind"] == "country":
        return [(aid, tok.idx, tok.idx + len(tok))]
    for d in a.get("descriptions") or []:
        for w in re.findall(r"[\w-]+", d.get("role") or ""):
            if w[:1].islower() and fold(w) in ctx.lex.country_of:
                return country_party(ctx, ctx.lex.country_of[fold(w)], tok)
        if fold(d.get("org") or "") in ctx.lex.country_of:  # 'le président de l'Équateur, X': the org is a state
            return country_party(ctx, ctx.lex.country_of[fold(d["org"])], tok)
    return []


def last_named(ctx: Context, before: int, ok: Callable[[MentionStart], bool]) -> MentionStart | None:
    """The last actor mention starting before token `before` that `ok` accepts (token, id, start, end, kind)."""
    k = bisect_right(ctx.mention_starts, (before,))
    return next((m for m in reversed(ctx.mention_starts[:k]) if m[0] < before and ok(m)), None)


def first_named(ctx: Context, aid: str) -> Party:
    """An actor as a party, cited where the article first names it (for parties filled in by inference)."""
    m = ctx.by_id[aid]["mentions"][0]
    return aid, m["start"], m["end"]


def antecedent(ctx: Context, tok: Token, number: str) -> list[Party]:
    """A personal or possessive pronoun's antecedent, as the reference layer linked it (one resolver for the whole
    Story's actors); a plural one it left unlinked stands for the people a plural noun phrase named just before
    ('Les rebelles du M23 ont attaqué Goma. Ils ont bombardé …', 'deux gendarmes … leur libération')."""
    refs = ctx.refs
    found = [(aid, tok.idx, tok.idx + len(tok)) for aid in (refs.actors_at(tok.i) if refs is not None else [])]
    if found or number != "plur":
        return found
    group = plural_group(ctx, tok)
    if group is None:
        return []
    return [(p[0], tok.idx, tok.idx + len(tok)) for p in resolve(ctx, group)]


#: the slots by which a noun phrase becomes what a following plural pronoun takes up
_TOPIC_SLOTS = ("nsubj", "nsubj:pass", "obj")


def plural_group(ctx: Context, tok: Token, chained: bool = False) -> Token | None:
    """The head of the plural noun phrase naming people or a body that a plural pronoun takes up: the nearest
    subject (else object) before it, in its sentence or the one before, agreeing in gender ('elles' wants a
    feminine one, 'ils' a masculine one), or the one a plural pronoun of the sentence before takes up ('Huit
    gendarmes … X a demandé leur libération. Ils ont été libérés'); None when there is none."""
    doc = tok.doc
    sent = sentence_of(tok)
    lo = sentence_of(doc[sent.start - 1]).start if sent.start > 0 else sent.start
    other = {"elles": "Masc", "ils": "Fem"}.get(fold(tok.text))  # 'les', 'leur' say no gender
    best: Token | None = None
    own = _own_subject(ctx, tok) if not chained else set()
    for k in range(tok.i - 1, lo - 1, -1):
        t = doc[k]
        if t.dep_ not in _TOPIC_SLOTS or t.head.i == tok.head.i or own and {p[0] for p in resolve(ctx, t)} & own:
            continue  # 'les otages les ont …': a pronoun never stands for a slot of its own verb (nor for its
            # subject's group: 'Ils menacent de les exécuter')
        names = k in ctx.tok_actor and (any(c.dep_ == "conj" for c in dependents(t)) or bool(listed(ctx, t)))
        if not names and (t.pos_ != "NOUN" or "Plur" not in feature(t, "Number") or
                           not (is_people(ctx.lex, t) or fold(t.lemma_) in ctx.lex.org_words)):
            continue  # 'Moscou et Riyad ont publié … leurs discussions': names in a list are plural too
        if other in feature(t, "Gender") and not names:
            continue  # 'elles' takes up no masculine phrase, 'ils' no feminine one (an unmarked noun may be either)
        if t.dep_ != "obj":
            return t
        best = best or t
    if best is None and not chained and sent.start > 0:
        # the sentence before speaks of them only through a pronoun: the chain goes on to the group it takes up
        before = sentence_of(doc[sent.start - 1])
        link = next((t for t in reversed(doc[before.start:before.end]) if fold(t.text) in _PLURAL_LINKS
                     and t.pos_ in ("PRON", "DET")), None)
        if link is not None:
            return plural_group(ctx, link, chained=True)
    return best


def _own_subject(ctx: Context, tok: Token) -> set[str]:
    """The parties an object clitic's own clause subject stands for ('Ils menacent de les exécuter': whom 'Ils'
    takes up), through the governor of an infinitive with no subject of its own; nothing for other pronouns."""
    if tok.dep_ not in ("obj", "iobj"):
        return set()
    verb = tok.head
    subj = next((c for c in dependents(verb) if c.dep_ in ("nsubj", "nsubj:pass", "expl:subj")), None)
    if subj is None and verb.dep_ in ("xcomp", "advcl") and "Inf" in feature(verb, "VerbForm"):
        subj = next((c for c in dependents(verb.head) if c.dep_ in ("nsubj", "nsubj:pass", "expl:subj")), None)
    return {p[0] for p in resolve(ctx, subj)} if subj is not None else set()


#: the plural pronouns and possessives by which a sentence takes up a group named before it
_PLURAL_LINKS = frozenset({"ils", "elles", "leur", "leurs"})


def body_named(ctx: Context, word: str, at: tuple[int, int]) -> Party:
    """The party a word names by definition ('gouvernement' for a motion de censure): the article's actor of
    that name ('le gouvernement', 'le gouvernement Borne'), else the word itself cited at `at`."""
    key = fold(word)
    for a in ctx.by_id.values():
        name = strip_article(fold(a["name"]), ctx.lex.lang, ("definite",))
        if name == key or name.startswith(key + " "):
            return first_named(ctx, a["id"])
    return "=" + word, at[0], at[1]



def outermost(found: list[Party]) -> list[Party]:
    """A slot's parties without those cited inside another one's words ('les juges de la Cour des
    comptes', 'la présidente du syndicat'): a name inside a noun phrase qualifies that party, it is none itself."""
    return outside(found, found)


def one_per_side(ctx: Context, found: list[Party]) -> list[Party]:
    """A slot's parties with a person left out when the body they speak for or their own state stands there too
    ('la Serbie et son ministre X ont signé'): a slot names each side once, by the body."""
    ids = {a[0] for a in found}
    if len(ids) < 2:
        return found
    return [a for a in found if not (is_person(ctx, a[0]) and
                                     (speaker_body(ctx, a[0]) in ids or
                                      any(h[0] in ids for h in home_country(ctx, a[0], ctx.doc[0]))))]


def outside(found: list[Party], others: list[Party]) -> list[Party]:
    """Parties not cited inside the words of another slot's party ('des frappes contre la mission de l'UA': the
    UA there names the mission that is hit, it does not strike)."""
    return [a for a in found if not any(_cited_in(a, b) for b in others)]


def _cited_in(a: Party, b: Party) -> bool:
    """True when party a's words lie inside party b's longer ones."""
    return b[1] <= a[1] and a[2] <= b[2] and b[2] - b[1] > a[2] - a[1]
