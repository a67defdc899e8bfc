"""What a description or a pronoun stands for. One mechanism each, run in text order over every mention:

- a description is the named entity that holds its title in the article ('le magistrat' → the judge named
  before), else the description it shortens ('le parquet' → 'le parquet de Nanterre'), else a new unnamed entity;
- a pronoun is the most salient entity that agrees with it in gender and number: subjects and speakers weigh
  more than other mentions, and weight halves with every sentence back.
"""
from __future__ import annotations

import re
from functools import lru_cache

from spacy.attrs import IDX, POS
from spacy.symbols import NOUN
from spacy.tokens import Doc, Token

from ...lang.text import fold, strip_article
from ..index import column, dependents, forms, sentence_bounds, sentence_numbers, text_of
from .lookups import span_root, tokens
from .entities import Entity, Link
from .lexicon import Lexicon
from .context import Context, nations, periphrases, said_as, served
from .plurals import list_agrees, list_said, listed_after, listed_before, listed_with, most_named, plural_between, singular
from ..features import feature, singular_indefinite_article

#: how many sentences after a title in the lead paragraph its person may first be named
LEAD_REACH = 3
#: how far back (sentences) a pronoun looks, first near, then wider for a person named once
NEAR, FAR = 3, 8
#: how strongly a singular personal pronoun points to each kind of entity, people first
KIND_WEIGHT = {"person": 1.0, "organization": 0.5, "group": 0.5, "country": 0.2}
#: the same for a speaking pronoun and a body that was a clause's subject: the text goes on about it
SUBJECT_KIND_WEIGHT = {"person": 1.0, "organization": 0.8, "group": 0.8, "country": 0.2}


def words_of(ctx: Context, lk: Link, head: Token | None) -> tuple[str, list[str]]:
    """A description's head noun and its other content words ('le parquet de Nanterre' → parquet, [nanterre])."""
    doc = ctx.doc
    phrase = strip_article(fold(text_of(doc)[lk.start:lk.end]), ctx.lex.lang, ("definite", "indefinite", "possessive"))
    phrase = phrase.replace("’", "'")
    key = next((k for k in ctx.lex.title_phrases if phrase == k or phrase.startswith(k + " ")), None)
    if key is not None:
        # 'le chef de l'État (turc)' is the (Turkish) president: the title it stands for, words and all
        same = ctx.lex.title_phrases[key]
        words = [w for w in same.split() if w not in ctx.lex.determiners and len(w) > 2]
        role = next((w for w in words if w in ctx.lex.role_words and w not in ("premier", "premiere")), words[0])
        return role, [w for w in words if w != role] + [w for w in phrase[len(key):].split() if len(w) > 2]
    h = fold(head.lemma_) if head is not None else ""
    # 'la même source': 'même' points back, it is no word the earlier description must have
    mods = [fold(t.text) for t in tokens(doc)[lk.i:lk.j]
            if (head is None or t.i != head.i) and t.pos_ in ("NOUN", "PROPN", "ADJ", "X") and len(t.text) > 1
            and fold(t.text) not in ctx.lex.same_words]
    return h, mods


@lru_cache(maxsize=20_000)  # bounded: descriptions repeat as each earlier mention is weighed
def _split_words(text: str) -> frozenset[str]:
    """The folded words of a description's text."""
    return frozenset(re.split(r"[\s'’,()]+", fold(text)))


@lru_cache(maxsize=20_000)  # bounded: a description's words are weighed against every person named before
def _nations_of(lex: Lexicon, words: tuple[str, ...]) -> frozenset[str]:
    """`nations` of these words, made once."""
    return frozenset(nations(lex, words))


def other_nation(ctx: Context, ent: Entity, rest: list[str]) -> bool:
    """True when a title says which state it serves ('le président brésilien') and the article gave this person
    titles of another state only ('président argentin'): two heads of state are never one person."""
    mine = _nations_of(ctx.lex, tuple(rest))
    if not mine:
        return False
    theirs = set()
    for d in own_titles(ent):
        theirs |= served(ctx.lex, d)
    return bool(theirs) and not theirs & mine


def own_titles(ent: Entity) -> list[dict]:
    """The titles the article gave a person: its descriptions, and for someone never named, the description it is
    known by ('le ministre des Affaires étrangères de l'Iran' is no Chinese minister)."""
    if ent.named or not ent.label:
        return ent.descriptions
    return [*ent.descriptions, {"text": ent.label, "role": None, "org": None}]


def _stem_in(w: str, words: set[str] | frozenset[str]) -> bool:
    return any(d[:5] == w[:5] for d in words if len(d) > 2)


def titled_person(ctx: Context, head: str, rest: list[str], lk: Link, barred: set[int] = frozenset()) -> int | None:
    """The person whose titles best fit a title phrase ('le chef de l'ONU' → the secrétaire général de l'ONU;
    'la ministre' → the woman named with that title), named before it, the latest first (none of `barred`)."""
    lex = ctx.lex
    best = None
    generic = head in lex.generic_heads
    head_keys = None  # the title keys that give the head, the same for every person weighed: made once, if needed
    for a, ent in enumerate(ctx.refs.entities):
        titles = [*ent.descriptions, *ctx.learned.get(a, [])]
        if ent.kind != "person" or not titles or a in barred:
            continue
        seen = [x.start for x in ent.links if x.start < lk.start]
        after = not seen
        if after:
            # 'des affiches du président du Ghana. Le président ghanéen Kofi Mensah …': named just after
            seen = [-x.start for x in ent.links if x.form == "name" and 0 < ctx.sent_no(x.i) - ctx.sent_no(lk.i) <= 2]
            if not seen:
                continue
        if lk.gender and ent.gender and lk.gender != ent.gender:
            continue  # 'la ministre' is not the man who was minister
        if other_nation(ctx, ent, rest):
            continue
        dwords, states = ctx.title_words(a, titles)
        shared = sum(1 for w in rest if len(w) > 2 and (_stem_in(w, dwords) or _nations_of(lex, (w,)) & states))
        if head_keys is None:
            head_keys = _head_keys(lex, head, generic)
        if generic:
            # 'le chef de l'ONU' fits any head of the ONU, not any head of anything
            has_head = bool(dwords & head_keys) and (shared > 0 or not rest)
        else:
            has_head = bool(head_keys & dwords)
        score = 2 * has_head + shared
        if has_head and not shared and other_title(ctx, ent, head, rest, qualified=True):
            continue  # 'le ministre de l'Intérieur' is not the one named 'ministre de la Santé'
        if score < 2 or (not has_head and shared < 2) or (after and (not has_head or shared < 1)):
            continue
        key = (score, max(seen))
        if best is None or key > best[0]:
            best = (key, a)
    return best[1] if best else None


@lru_cache(maxsize=2_000)  # bounded: a head's keys are the same in every article (a generic one's are every title's)
def _head_keys(lex: Lexicon, head: str, generic: bool) -> frozenset[str]:
    """The title keys a person's titles must hold for a description with this head to fit him."""
    return frozenset(keys(lex, (lex.role_words if generic else {head}) | lex.synonyms.get(head, set())))


def named_since(ctx: Context, a: int, lk: Link) -> bool:
    """True when a person is first named between entity a's last mention and lk."""
    last = max(x.start for x in ctx.refs.entities[a].links if x.start < lk.start)
    return any(e.kind == "person" and e.named and last < e.first() < lk.start for e in ctx.refs.entities)


def of_person(ctx: Context, head: Token) -> bool:
    """True when a title names the person it serves ('l'avocat de la jeune femme', 'le porte-parole du président
    Dumas'): it is someone's relation, so not whoever the story was just about."""
    for c in dependents(head):
        if c.dep_ != "nmod" or c.i < head.i:
            continue
        x = ctx.refs.at_token(c.i)
        if x is not None and x.entity >= 0 and ctx.refs.entities[x.entity].kind == "person":
            return True
        lemma = fold(c.lemma_)
        if x is None and fold(head.text) in ctx.lex.epithets and not any(g.dep_ == "det" or g.dep_ == "case" and fold(g.text) in ctx.lex.fused
                                 for g in dependents(c)):
            continue  # 'mère de trois enfants', 'père de famille': after a noun for what someone is (no post),
            # a complement with no article says what the person is, not whose relation ('l'avocat de deux
            # victimes' serves them)
        if x is None and c.pos_ in ("NOUN", "ADJ") and (lemma in ctx.lex.people or lemma in ctx.lex.role_words or
                                                       fold(c.text) in ctx.lex.epithets) and \
                lemma not in ctx.lex.org_words and lemma not in ctx.lex.groups:  # 'de la police' is a body's
            return True
    return False


def keys(lex: Lexicon, words: set[str]) -> set[str]:
    """Titles under one key for both genders ('conseillère' = 'conseiller')."""
    return {lex.grammar.gender_key(w) for w in words}


def shortened(ctx: Context, head: str, rest: list[str], lk: Link, barred: set[int] = frozenset()) -> int | None:
    """An entity described before with the same head and at least these words ('le parquet' for 'le parquet de
    Nanterre', 'l'armée' for 'l'armée israélienne'), or an organisation whose name or apposition has that head (none of
    `barred`)."""
    best = None
    names_seen: set[tuple] = set()  # a name written alike answers alike wherever it stands
    person_title = None  # the same for every mention: asked once, when a name first needs it
    described: dict[int, bool] = {}  # entity → whether one of its descriptions has the head (asked once each)
    # entities none of whose names can answer: their first word is not the head and no description has it (this
    # depends on the entity alone, so their later names are passed over unread)
    quiet: set[int] = set()
    entities = ctx.refs.entities
    synonyms = ctx.lex.synonyms.get(head, ())
    # a plural head is written in its plural ('les forces' for the lemma 'force'): the earlier mention's words are
    # read as written, so its own form is looked for too
    form = fold(tokens(ctx.doc)[lk.head].text) if lk.head >= 0 and lk.number == "p" else head
    made = ctx._words  # each mention's words, read here without a call per mention
    for x in ctx.refs.before(lk.start):  # the latest first
        if x.entity < 0 or x.form == "pronoun" or (x.start <= lk.start and lk.end <= x.end) or x.entity in barred:
            continue  # a phrase never stands for the phrase that holds it ('le parti' in 'le bureau du parti')
        if x.form == "name" and x.entity in quiet:
            continue
        ent = entities[x.entity]
        if ent.kind in ("country", "merged"):
            continue
        words = made.get(id(x)) or ctx.words(x)
        if x.form == "name":
            key = (x.entity, words)
            if key in names_seen:
                continue
            names_seen.add(key)
            # 'la commission' for 'la Commission nationale pour …' named before (a person's title never shortens a
            # body's name: 'le syndicaliste' is not 'le Syndicat canadien …')
            first = ctx.first_word(ent.name)
            opens = bool(first) and first[0][:5] == head[:5]
            if opens:
                if person_title is None:
                    person_title = head in ctx.lex.role_words and head not in ctx.lex.org_words
                if (ent.kind == "person" or not person_title) and all(_stem_in(w, words) for w in rest) and \
                        len(ent.name) > len(head):
                    return x.entity
            hit = described.get(x.entity)
            if hit is None:
                hit = described[x.entity] = any(_stem_in(head, _split_words(d["text"])) for d in ent.descriptions
                                                if d.get("role") is None)
            if hit:
                return x.entity  # 'les services douaniers' for 'la DGDDI, le service en charge des douanes'
            if not opens:
                quiet.add(x.entity)
            continue
        has_head = head in words or form in words
        if not has_head and (x.form != "description" or not synonyms):
            continue  # decided before the parse is read: no synonym can make up for the missing head
        xhead = fold(tokens(ctx.doc)[x.head].lemma_) if x.head >= 0 else ""
        # 'le procureur' for 'le parquet de Thiès': a title for the body it heads, as the synonyms say (not a
        # generic head: 'le chef' may head anything)
        synonym = x.form == "description" and xhead in synonyms and \
            not {head, xhead} & ctx.lex.generic_heads
        if not has_head and not synonym:
            continue
        # the same head noun ('le parquet' / 'le parquet de Rennes'); a body's name is not a word of a person's
        # title ('l'opposition' is not 'le candidat de l'opposition')
        if (has_head or synonym) and \
                (xhead == head or ent.kind != "person" or head in ctx.lex.role_words) and \
                all(_stem_in(w, words) for w in rest) and (lk.number or "s") == (x.number or "s"):
            best = x.entity
            break
    return best


def country_anaphor(ctx: Context, head: Token, lk: Link, barred: set[int] = frozenset()) -> int | None:
    """'le pays', 'ce pays': the country named last (none of `barred`)."""
    # 'le pays', 'ce pays' alone (an agent the parser hung on the noun is not part of it: 'du pays par le Pérou')
    agent = ctx.lex.agent_words
    own = next((t.i for t in tokens(ctx.doc)[head.i + 1:lk.j] if t.dep_ == "case" and fold(t.text) in agent), lk.j)
    if fold(head.lemma_) not in ctx.lex.country_anaphors or lk.number == "p" or own - lk.i > 2:
        return None
    before = [x for x in ctx.refs.links
              if x.start < lk.start and x.entity >= 0 and ctx.refs.entities[x.entity].kind == "country" and
              x.entity not in barred]
    if lk.subject or head.dep_ in SUBJECTS:
        # 'Le Niger a rompu avec la France. Le pays a expulsé …': a subject takes up the state the text was about,
        # the subject of its sentence or the one before, rather than a complement named after it
        here = ctx.sent_no(lk.i)
        topics = [x for x in before if x.subject and here - ctx.sent_no(x.i) <= 1]
        if topics:
            return max(topics, key=lambda x: x.start).entity
    return max(before, key=lambda x: x.start).entity if before else None


def definite(ctx: Context, head: Token) -> bool:
    """True when a noun phrase opens with a definite or demonstrative determiner ('le', 'la', 'cette')."""
    det = next((c for c in dependents(head) if c.dep_ == "det" and c.i < head.i), None)
    return det is not None and "Def" in feature(det, "Definite") or \
        det is not None and "Dem" in feature(det, "PronType")


def demonstrative_list(ctx: Context, lk: Link, h: str) -> list[int] | None:
    """'X, Y et Z ont signé … ces pays': a demonstrative plural takes up the list named last, in its sentence or the
    one before, when every party of it is of the noun's kind (states for 'pays', people for a noun of people,
    bodies and groups for a body's noun)."""
    lex = ctx.lex
    kind = lex.pair_nouns.get(h)
    kinds = ("country",) if kind == "country" else ("person",) if kind == "person" or h in lex.people or \
        h in lex.role_words else ("organization", "group") if h in lex.org_words or h in lex.groups or \
        h in lex.org_anaphors else None
    pair = coordinated_pair(ctx, lk) if kinds else None
    if pair is None or ctx.sent_no(lk.i) - ctx.sent_no(pair[1].i) > 1:
        return None
    found = [pair[1].entity, *pair[2]]
    return found if all(ctx.refs.entities[a].kind in kinds for a in found) else None


def takes_up(ctx: Context, lk: Link, head: Token) -> bool:
    """True when a plural noun phrase can only take up parties named before: definite ('les médiateurs', 'ces
    médiateurs', 'par les médiateurs', 'les efforts des médiateurs'), with no word of its own that narrows it and
    no name inside."""
    det = next((c for c in dependents(head) if c.dep_ in ("det", "case") and c.i < head.i and
                (c.dep_ == "det" or fold(c.text) in ctx.lex.fused)), None)
    if det is None or not (definite(ctx, head) or fold(det.text) in ctx.lex.fused and not head.dep_.startswith("nsubj")):
        return False  # 'des médiateurs ont été nommés' brings in new ones
    return all(t.i == head.i or t.pos_ in ("DET", "ADP", "PUNCT") for t in tokens(ctx.doc)[lk.i:lk.j]) and \
        not any(ctx.refs.at_token(t) is not None for t in range(lk.i, lk.j))


def indefinite(head: Token) -> bool:
    """True when a singular noun phrase opens with the indefinite article ('un', 'une')."""
    det = next((c for c in dependents(head) if c.dep_ == "det" and c.i < head.i), None)
    return det is not None and singular_indefinite_article(det)


def demonym_person(ctx: Context, head: Token) -> bool:
    """'la Vaudoise', 'le Québécois': a capitalised noun with a demonym's ending after a definite article names a
    person by where they come from."""
    f = fold(head.text)
    return bool(ctx.lex.demonym_endings) and head.i > 0 and head.text[:1].isupper() and \
        f.endswith(ctx.lex.demonym_endings) and definite(ctx, head) and "Plur" not in feature(head, "Number") and \
        f not in ctx.lex.org_alias


def unlisted_person(ctx: Context, h: str, head: Token) -> bool:
    """True when a noun no list holds (h, folded) names a person ('le technicien', 'le pénaliste'), as the
    model's vectors say for its lemma; a listed noun keeps its list's kind."""
    return head.pos_ == "NOUN" and h not in ctx.lex.head_words and \
        bool(ctx.lex.kinds.person(ctx.doc.vocab, head.lemma_.lower()))


def describe_new(ctx: Context, lk: Link, head: Token | None) -> int:
    """An unnamed entity, named by its description without the article ('l'avocat de la jeune femme')."""
    lex = ctx.lex
    text = text_of(ctx.doc)
    # named as written ('les autorités', 'un responsable du Hamas'); only an elided article goes ('armée israélienne')
    phrase = text[lk.start:lk.end]
    label = " ".join((phrase[2:] if phrase[:2].lower() in ("l'", "l’") else phrase).split())
    first, _, after = label.partition(" ")
    fused = lex.fused.get(fold(first))
    if after and fused is not None and fold(first) not in lex.grammar.determiners:
        # 'quant aux syndicats': the preposition the article is fused with is no part of the phrase (one that is
        # also an article by itself, as 'des' is, stays)
        label = fused[1] + " " + after
    h = fold(head.lemma_) if head is not None else ""
    plural = lk.number == "p" or (head is not None and fold(head.text) in lex.groups)
    if h in lex.org_words:
        kind = "organization"
    elif plural or h in lex.groups:
        kind = "group"
    elif h in lex.role_words or h in lex.people or h in lex.epithets or head is not None and unlisted_person(ctx, h, head):
        kind = "person"
    else:
        kind = "group" if plural else "organization"  # 'un bilan provisoire', 'le communiqué': a body speaks
    ent = Entity(kind, label=label, gender=lk.gender if kind == "person" else None, number="p" if plural else "s")
    return ctx.refs.add_entity(ent)


#: the dependencies of a verb's complements (not its subject): a definite description among them is c-commanded by
#: the clause's subject
COMPLEMENTS = {"obj", "iobj", "obl", "obl:arg", "obl:agent", "obl:mod"}
SUBJECTS = ("nsubj", "nsubj:pass", "expl:subj")


def binders(ctx: Context, lk: Link, head: Token | None) -> set[int]:
    """The entities of the subject of the clause a description is a complement of ('Pékin menace le pays', 'X a
    critiqué le président', 'X a reçu les proches du ministre'): a full noun phrase is never bound by its own clause's
    subject (binding principle C), as French says 'le', 'se' or 'lui-même' for that one."""
    if head is None or lk.subject:
        return set()
    t = head
    while True:
        if any(c.dep_ == "case" and fold(c.text) in ctx.lex.inside for c in dependents(t)):
            # 'Bamako a décrété un couvre-feu dans le pays': a place is the subject's territory, which a capital or
            # a government standing for the state may act in
            return set()
        if t.dep_ != "nmod" or t.head.i == t.i:
            break
        t = t.head  # 'les propos du ministre': the complement the phrase belongs to
    if t.dep_ not in COMPLEMENTS or t.head.i == t.i:
        return set()
    verb = t.head
    if verb.dep_ in ("xcomp", "advcl") and "Inf" in verb.morph.get("VerbForm") and verb.head.i != verb.i and \
            not any(c.dep_.startswith("nsubj") for c in dependents(verb)):
        verb = verb.head  # 'X a décidé de limoger le ministre': an infinitive's subject is its governor's
    tops = [c for c in dependents(verb) if c.dep_ in SUBJECTS]
    if verb.dep_ == "acl:relcl" and any(fold(c.text) in ctx.lex.relative_subjects for c in tops):
        tops.append(verb.head)  # 'X, qui préside le tribunal': the relative subject stands for its noun
    found: set[int] = set()
    # the subject is in the description's sentence: only the mentions from its first token on are weighed
    first = sentence_bounds(ctx.doc)[sentence_numbers(ctx.doc)[head.i]]
    near = ctx.refs.window(column(ctx.doc, IDX)[first], lk.start) if tops else []
    for top in tops:
        # the subject with its coordinates and the names set by it ('le sénateur Marc Petit', 'X et Y')
        toks = {top.i} | {c.i for c in dependents(top) if c.dep_ in ("appos", "flat:name", "conj", "flat")}
        for x in near:
            if x.entity < 0 or x is lk or x.rule == "possessive":
                continue
            root = span_root(ctx.doc, x.i, x.j).i if x.form == "name" else (x.head if x.head >= 0 else x.i)
            if root in toks:
                found.add(x.entity)
    return found


def resolve_description(ctx: Context, lk: Link, head: Token | None) -> None:
    """Link a description to the entity it stands for."""
    # the description that opens a title or apposition is the person's ('le juge de la cour, Denis Robert');
    # a complement inside it is someone else ('l'opposition' in 'la cheffe de l'opposition Rosa Vidal')
    # ('the title that opens it': one starting in a complement after the description's head is a title of whom the
    # complement names, 'l'avocat du journaliste X' is not X)
    first = next((t for t in tokens(ctx.doc)[lk.i:lk.j] if t.pos_ in ("NOUN", "PROPN")), None)
    if head is not None and lk.start <= head.idx < lk.end and (first is None or first.i > head.i):
        first = head
    a = ctx.described_at(lk.start, _word_end(first) if first is not None else lk.end)
    if a is not None:
        ctx.refs.link(lk, a, "apposition")  # 'le juge de la cour, Denis Robert': the name it introduces
        return
    h, rest = words_of(ctx, lk, head)
    barred = binders(ctx, lk, head)
    if head is not None and (h in ctx.lex.org_words or h in ctx.lex.org_anaphors) and head.i + 1 < len(ctx.doc):
        # 'le syndicat CGT', 'l'ONG Oxfam', 'l'agence de presse officielle Irna': the name set after the body noun
        # and its words, with no preposition before it, is that body's
        x = name_after(ctx, head, max(lk.j + 1, head.i + 2), ("organization", "group", "media"))
        if x is None and h in ctx.lex.org_anaphors:
            # 'la société Airvolt', 'le groupe Norvia': a firm's name the recogniser took for a person's; a noun
            # for a firm or a body names no person by its side (unlike 'le gouvernement Barnier'), and a name
            # of one word no pronoun or honorific gave a gender is no one's name but the firm's
            x = name_after(ctx, head, max(lk.j + 1, head.i + 2), ("person",))
            if x is not None and ctx.refs.entities[x.entity].kind == "person" and nameless(ctx, x.entity):
                ctx.refs.entities[x.entity].kind = "organization"
            else:
                x = None
        if x is not None:
            if lk.i < x.i < lk.j:  # the description is the words before the name, the name its own mention
                lk.cut(ctx.doc, x.i)
            ctx.refs.link(lk, x.entity, "apposition", (x.start, x.end))
            return
    if head is not None and (h in ctx.lex.authored or fold(head.text) in ctx.lex.authored) and lk.speaker:
        # 'un bilan de l'AFP', 'une déclaration de l'agence chinoise': the author speaks through the document
        for c in dependents(head):
            x = ctx.refs.at_token(c.i) or ctx.pending.get(c.i)
            if x is not None and x is not lk and x.entity < 0 and x.form == "description" and c.dep_ == "nmod" and \
                    h not in ctx.lex.role_words:  # a spokesman named later speaks himself, not his body
                resolve_description(ctx, x, tokens(ctx.doc)[x.head] if x.head >= 0 else None)  # the author, first
            if c.dep_ == "nmod" and any(fold(g.text) in ("de", "du", "des", "d'") for g in dependents(c)) and \
                    x is not None and x is not lk and x.entity >= 0:
                ctx.refs.link(lk, x.entity, "author", (x.start, x.end))
                # 'une déclaration commune de Lima et de Quito': every author it names speaks through it
                lk.also = list(dict.fromkeys(y.entity for y in map(ctx.refs.at_token, (g.i for g in dependents(c)
                                                                                    if g.dep_ == "conj"))
                                             if y is not None and y.entity >= 0 and y.entity != x.entity))
                return
    if head is not None and lk.speaker and (h in ctx.lex.authored or fold(head.text) in ctx.lex.authored):
        found = issuer(ctx, head) or issuer_of_named(ctx, head) or issuer_before(ctx, head)
        if found is not None:
            x, others = found
            ctx.refs.link(lk, x.entity, "issuer", (x.start, x.end))
            lk.also = [a for a in others if a != x.entity]
            return
    if head is not None and lk.number == "p":
        members = apposed_names(ctx, lk, head)
        if members:
            # 'les ministres Ana Roy et Paul Rey': a plural title set before a list of names is those people
            lk.cut(ctx.doc, members[0].i)
            ctx.refs.link(lk, members[0].entity, "listed", (members[0].start, members[-1].end))
            lk.also = [x.entity for x in members[1:]]
            return
        found = counted(ctx, lk, head, h)
        if found is not None:
            ctx.refs.link(lk, found[0], "counted", None)
            lk.also = found[1:]
            return
    if head is not None and lk.number == "p":
        # the phrase that gives the list is not linked: its names are mentions of their own, and the noun may be an
        # event of theirs ('X et Y, les médiateurs du conflit,')
        ents = listed_before(ctx, h, lk.i) if list_said(ctx, head, lk) is None and takes_up(ctx, lk, head) else None
        if not ents and takes_up(ctx, lk, head) and any(c.dep_ == "det" and fold(c.text) in ctx.lex.demonstratives
                                                        for c in dependents(head)):
            ents = demonstrative_list(ctx, lk, h)
        if ents:
            # 'les médiateurs, X et Y' / 'X et Y jouent les médiateurs' … 'les médiateurs': the whole list
            ctx.refs.link(lk, ents[0], "listed", None)
            lk.also = ents[1:]
            return
    if head is not None:
        a = country_anaphor(ctx, head, lk, barred)
        if a is not None:
            ctx.refs.link(lk, a, "country anaphor")
            return
    if head is not None and indefinite(head) and (lk.subject or lk.speaker):
        # 'un diplomate européen', 'une proche du ministre': an indefinite article brings in someone new; it never
        # takes up a person or body named before, whatever title they bore (an apposition was linked above)
        ctx.refs.link(lk, describe_new(ctx, lk, head), "new description")
        return
    if head is not None and h not in ctx.lex.epithets and fold(head.text) in ctx.lex.epithets:
        h = fold(head.text)  # 'l'intéressée', lemmatised as the verb 'intéresser'
    epithet = h in ctx.lex.epithets and h not in ctx.lex.role_words or \
        head is not None and (lk.subject or lk.speaker) and demonym_person(ctx, head) or \
        head is not None and (lk.subject or lk.speaker) and unlisted_person(ctx, h, head) and \
        not any(c.dep_ == "nmod" and head.i < c.i < lk.j for c in dependents(head))  # 'le maître des poursuites': a role of its own
    if (h in ctx.lex.role_words or epithet and (lk.subject or lk.speaker)) and lk.number != "p":
        a = titled_person(ctx, h, rest, lk, barred)
        if a is not None:
            ctx.refs.link(lk, a, "title")
            return
        a = shortened(ctx, h, rest, lk, barred)
        if a is not None and not named_since(ctx, a, lk):
            # 'le ministre … Le ministre': a title said again is whoever it was the first time, unless a person
            # was named in between, who may be the one it described ('le procureur … Jean Adou … le procureur')
            ctx.refs.link(lk, a, "shorter description")
            return
        named = (ctx.refs.at_token(t) for t in range(lk.i, lk.j))
        if head is not None and definite(ctx, head) and not of_person(ctx, head) and \
                not any(x is not None and x.form == "name" and ctx.refs.entities[x.entity].kind == "person" for x in named):
            # a definite title the article gave no one ('l'ex-candidat', 'la ministre'): it refers back, as a
            # pronoun does, to the most salient person of its gender the story is about (a subject, a speaker, an
            # object; not a complement: 'les députés de X', 'un procès contre X et Y')
            bodies = {x.entity for x in map(ctx.refs.at_token, range(lk.i, lk.j)) if x is not None and x.form == "name"}
            found = most_salient(ctx, lk, people=True, centred=True, unless_ids=barred, unless=lambda ent: other_title(ctx, ent, h, rest) or
                                 other_post(ctx, ent, h, rest) or other_nation(ctx, ent, rest) or other_label(ctx, ent, h) or not tied(ctx, ent, bodies, lk.start) or
                                 # ('l'accusé' is not the judge: a status in a case is no office's holder)
                                 h in ctx.lex.status_titles and other_office(ctx, ent, h) or
                                 h in ctx.lex.role_words and h not in ctx.lex.epithets and not acted(ctx, ent, lk.start))
            if found is not None and ctx.para_of and ctx.para_of[found[1].i] != ctx.para_of[lk.i] and \
                    (lk.subject or lk.speaker):
                # a title opening a paragraph about someone new ('A Washington, le porte-parole du département d'État
                # a exhorté … , a insisté Matthew Kellerman'): the person its paragraph names next, not the last one
                nxt = introduced_next(ctx, lk, h, rest)
                if nxt is not None and ctx.para_of[nxt.i] == ctx.para_of[lk.i]:
                    ctx.refs.link(lk, nxt.entity, "title named next", (nxt.start, nxt.end))
                    learn(ctx, lk, nxt.entity)
                    return
            if found is not None:
                ctx.refs.link(lk, found[0], "definite title", (found[1].start, found[1].end))
                learn(ctx, lk, found[0])
                return
        if head is not None and (definite(ctx, head) or possessed(ctx, head)) and (lk.subject or lk.speaker) and \
                not any(x is not None and x.form == "name" and ctx.refs.entities[x.entity].kind == "person"
                        for x in map(ctx.refs.at_token, range(lk.i, lk.j))):
            found = introduced_next(ctx, lk, h, rest)
            if found is not None:
                ctx.refs.link(lk, found.entity, "title named next", (found.start, found.end))
                learn(ctx, lk, found.entity)
                return
    if h:
        a = shortened(ctx, h, rest, lk, barred)
        if a is not None:
            ctx.refs.link(lk, a, "shorter description")
            return
    if h in ctx.lex.org_anaphors and lk.number != "p" and head is not None and definite(ctx, head) and \
            (h not in ctx.lex.org_words or not any(c.dep_ == "nmod" and head.i < c.i < lk.j for c in dependents(head))):
        # 'l'institut', 'la centrale', 'l'organisation ouest-africaine': the organisation the story is about, as a
        # definite title is the person (never one that names its own body: 'le syndicat des cheminots')
        # (as far back as a title finds its person: the noun says which kind it takes up, as a title does); a noun
        # for what a firm does or is, no body's own noun, names no body with its complement: 'le géant du BTP',
        # 'le fabricant de jouets' still take up the firm
        found = most_salient(ctx, lk, people=False, centred=True, far=True, unless_ids=barred,
                             unless=lambda ent: ent.kind != "organization" or other_kind(ctx, ent, h))
        if found is not None:
            ctx.refs.link(lk, found[0], "definite description", (found[1].start, found[1].end))
            return
    ctx.refs.link(lk, describe_new(ctx, lk, head), "new description")


def _word_end(t: Token) -> int:
    """Where the word of token t ends, a word the tokenizer cut at its hyphens whole ('député-maire')."""
    doc = t.doc
    while t.i + 2 < len(doc) and doc[t.i + 1].text == "-" and not t.whitespace_ and not doc[t.i + 1].whitespace_:
        t = doc[t.i + 2]
    return t.idx + len(t)


def apposed_names(ctx: Context, lk: Link, head: Token) -> list[Link]:
    """The names of people a plural title introduces with no comma ('les ministres Ana Roy et Paul Rey', 'les
    présidents français et allemand X et Y'): a list of two or more starting right after the noun and its
    adjectives, inside the description; else none."""
    doc = ctx.doc
    k = head.i + 1
    while k < lk.j and tokens(doc)[k].pos_ == "ADJ" or k < lk.j and fold(tokens(doc)[k].text) in ctx.lex.and_words and k > head.i + 1:
        k += 1  # 'les présidents français et allemand'
    x = ctx.refs.at_token(k) if k < lk.j else None
    if x is None or x.form != "name" or x.entity < 0 or x.i != k or ctx.refs.entities[x.entity].kind != "person":
        return []
    members = [x, *listed_after(ctx, x, first=False)]
    if len(members) < 2 or any(ctx.refs.entities[y.entity].kind != "person" for y in members):
        return []
    return members


def learn(ctx: Context, lk: Link, a: int) -> None:
    """Remember the title a definite description gave a person, so that the same title said again, or a synonym
    of it ('le patron de l'ONU' after 'le chef de l'ONU'), finds the same person, whoever was named since."""
    text = strip_article(text_of(ctx.doc)[lk.start:lk.end], ctx.lex.lang, ("definite", "possessive"))
    ctx.learned.setdefault(a, []).append({"text": text, "org": None})


def counted(ctx: Context, lk: Link, head: Token, h: str) -> list[int] | None:
    """'Les deux hommes', 'les trois syndicats': a counted plural stands for as many parties of its kind named in
    the sentences just before it, the last ones named (people for a noun of people, else bodies, places, states)."""
    n = next((ctx.lex.counts.get(fold(c.text)) for c in dependents(head) if c.dep_ == "nummod" and c.i < head.i), None)
    if not n:
        return None
    lex = ctx.lex
    people = h in lex.people or h in lex.role_words or h in lex.epithets
    if not people:
        # bodies and states are counted off a list that names them ('Paris et Berlin … les deux capitales'): the
        # last names of the story's other kinds may be any of the places and bodies it goes through
        pair = coordinated_pair(ctx, lk)
        if pair is None:
            return counted_parties(ctx, lk, head, n)
        if len(pair[2]) + 1 != n:
            return counted_parties(ctx, lk, head, n)  # a list of another count is not what it counts
        found = [pair[1].entity, *pair[2]]
        # 'les deux pays' after 'Anna Berg et Piotr Nowak': people are no bodies nor states, the parties of that
        # kind the article is about are
        if any(ctx.refs.entities[a].kind == "person" for a in found):
            return counted_parties(ctx, lk, head, n)
        return found
    here = ctx.sent_no(lk.i)
    # 'les deux ministres': the people the article gave that title first ('la ministre allemande … son homologue
    # lituanien' are two ministers, the spokesman named after them is not), else the last people named
    title = keys(lex, {h, *lex.synonyms.get(h, set())}) if h in lex.role_words else set()
    roles = keys(lex, set(lex.role_words))
    holders: list[int] = []  # those given this title, the latest first
    untitled: list[int] = []  # those given no title at all ('son homologue estonien')
    latest: list[int] = []
    for x in sorted(ctx.refs.links, key=lambda x: -x.start):
        if x.start >= lk.start or x.form != "name" or x.entity < 0 or x.quoted:
            continue
        d = here - ctx.sent_no(x.i)
        if d > FAR:
            break
        a = x.entity
        if ctx.refs.entities[a].kind != "person" or a in holders + untitled + latest:
            continue
        if d <= 3:
            latest.append(a)
        if title:
            said = titles_of(ctx, a)
            if said & title:
                holders.append(a)
            elif not said & roles:
                untitled.append(a)
    if title and holders:
        found = (holders + untitled)[:n]
    else:
        found = latest[:n]
    if len(found) != n:
        return counted_parties(ctx, lk, head, n)  # 'les deux dirigeants': the two the article is about
    return sorted(found, key=lambda a: ctx.refs.entities[a].first())


def counted_parties(ctx: Context, lk: Link, head: Token, n: int) -> list[int] | None:
    """'les deux pays', 'les deux camps' with no list just before them: the parties of the kind the noun counts
    that the article names most (none for a noun that counts no parties: 'les deux textes')."""
    kind = next((ctx.lex.pair_nouns[w] for w in (fold(head.lemma_), singular(fold(head.text)))
                 if w in ctx.lex.pair_nouns), None)
    if not kind:
        return None
    return most_named(ctx, lk, kind, n, clause_doers(ctx, head))


def clause_doers(ctx: Context, tok: Token) -> frozenset[int]:
    """The entities named as subject of the verb a complement hangs on, through a detached participle's verb too
    ('le Qatar a exhorté les deux camps', '…, reprochant aux deux camps'): whoever acts on a counted plural is none
    of its parties."""
    if tok.dep_.startswith("nsubj"):
        return frozenset()
    v, found = tok.head, set()
    for _ in range(2):
        found |= {x.entity for c in dependents(v) if c.dep_.startswith("nsubj")
                  for x in [ctx.refs.at_token(c.i)] if x is not None and x.entity >= 0}
        if found or v.head.i == v.i or not v.text.endswith("ant"):
            break
        v = v.head
    return frozenset(found)


def titles_of(ctx: Context, a: int) -> set[str]:
    """The folded words of every title the article gave person a, under the gender key (a hyphenated title both
    whole and in parts: 'porte-parole', 'ex-ministre')."""
    words = {w for d in [*ctx.refs.entities[a].descriptions, *ctx.learned.get(a, [])]
             for w in re.split(r"[\s'’,()]+", said_as(ctx.lex, d)) if w}
    return keys(ctx.lex, words | {p for w in words for p in w.split("-") if p})


def possessed(ctx: Context, head: Token) -> bool:
    """True when a noun phrase opens with a possessive determiner ('son avocat', 'sa présidente')."""
    return any(c.dep_ == "det" and c.i < head.i and "Yes" in feature(c, "Poss") for c in dependents(head))


def introduced_next(ctx: Context, lk: Link, head: str, rest: list[str]) -> Link | None:
    """News names a titled person after the title ('Le ministre de l'Industrie a jugé … . Thomas Verdier a
    assuré …', 'Son avocat a plaidé … . Me Antoine Leclerc a fait valoir …'): a title no one before holds is the
    person first named, as subject or speaker, in its sentence or the next, unless that person holds another title."""
    here = ctx.sent_no(lk.i)
    para = ctx.para_of[lk.i] if ctx.para_of else 0
    for x in sorted(ctx.refs.links, key=lambda x: x.start):
        if x.start < lk.end or x.form != "name" or x.entity < 0:
            continue
        d = ctx.sent_no(x.i) - here
        # a lead paragraph gives the title and leaves the name to the story's next paragraph ('Le président
        # moldave est arrivé hier à Vienne. … Samedi, Ivan Petrenko a rencontré …'): a little further there
        lead = para == 0 and bool(ctx.para_of) and ctx.para_of[x.i] <= 1
        if d > (LEAD_REACH if lead else 1) or (ctx.para_of and ctx.para_of[x.i] - para > 1):
            break
        ent = ctx.refs.entities[x.entity]
        if ent.kind != "person" or x.quoted or not (x.subject or x.speaker) or ent.first() < lk.start:
            continue
        if lk.gender and ent.gender and lk.gender != ent.gender:
            continue
        if other_office(ctx, ent, head) or other_title(ctx, ent, head, rest) or other_nation(ctx, ent, rest):
            continue  # 'Le ministre a jugé … . Jean Roux, maire de Vichy, …': the mayor is someone else
        return x
    return None


def other_label(ctx: Context, ent: Entity, head: str) -> bool:
    """True when an unnamed person is known by a description with another head ('le maître des poursuites' is no
    'ambassadeur'): all the article says of that person is that description."""
    if ent.named or not ent.label:
        return False
    words = set(re.split(r"[\s'’,()]+", fold(ent.label)))
    return not keys(ctx.lex, words) & keys(ctx.lex, {head} | ctx.lex.synonyms.get(head, set()))


def other_office(ctx: Context, ent: Entity, head: str) -> bool:
    """True when every title the article gives a person is another one than this head (a mayor is no minister)."""
    heads = keys(ctx.lex, {head} | ctx.lex.synonyms.get(head, set()))
    titled = False
    for d in ent.descriptions:
        words = {ctx.lex.grammar.gender_key(w) for w in re.split(r"[\s'’,()-]+", said_as(ctx.lex, d)) if w}
        if words & heads:
            return False
        titled = titled or bool(words & _role_keys(ctx.lex))
    return titled


_ROLE_KEYS: dict[int, tuple[object, frozenset[str]]] = {}


def _role_keys(lex: Lexicon) -> frozenset[str]:
    """`keys` of every title of the lexicon, made once per lexicon (its titles never change)."""
    found = _ROLE_KEYS.get(id(lex))
    if found is None or found[0] is not lex:
        found = _ROLE_KEYS[id(lex)] = (lex, frozenset(keys(lex, lex.role_words)))
    return found[1]


def tied(ctx: Context, ent: Entity, bodies: set[int], before: int) -> bool:
    """True when a title naming bodies ('le chef de l'ONU', 'le leader du Parti socialiste') may stand for this
    person: the article described the person with one of those bodies' names (a title naming none fits anyone), or
    gave no title to the person, who spoke or acted as a subject before ('M. Rocha a déclaré … a ajouté le chef de
    l'OIT': the title is how the article first says what he is; someone merely met or named is not thereby tied)."""
    if not bodies:
        return True
    # the titles a definite description gave the person count too: 'le président' taken up as one head of
    # state is no leader of a party the article names
    a = ent.links[0].entity
    titles = [*ent.descriptions, *ctx.learned.get(a, [])]
    if not titles:
        return any((x.speaker or x.subject) and not x.quoted for x in ent.links if x.start < before)
    names = {fold(n) for b in bodies for n in ctx.refs.entities[b].names}
    for d in titles:
        said = said_as(ctx.lex, d)
        if any(n and n in said for n in names):
            return True
    return False


def acted(ctx: Context, ent: Entity, before: int) -> bool:
    """True when a person may be taken up by a title the article gave no one: one with a title of their own, or
    who spoke, or acted as a subject, or was appointed ('ont élu Ana Roy … la nouvelle maire') before an offset.
    Someone only arrested, tried or met is not the prefect or prosecutor named next ('La police a arrêté X. Le
    préfet a indiqué …')."""
    if ent.descriptions:
        return True
    for x in ent.links:
        if x.start >= before:
            continue
        if x.speaker or x.subject and not x.quoted:
            return True
        tok = span_root(ctx.doc, x.i, x.j)
        if tok.dep_ == "appos" and tok.head.dep_.startswith("nsubj"):
            return True  # 'La biologiste Hélène Castel a publié …': the name set by its subject's noun
        first = tok
        while first.dep_ == "conj" and first.head.i < first.i:
            first = first.head
        if first is not tok and first.dep_.startswith("nsubj") and not x.quoted:
            return True  # 'X et Ana Roy ont présenté …': each name of a coordinated subject acts
        if fold(tok.head.lemma_) in ctx.lex.appointing and not tok.dep_.startswith(("nsubj", "obl", "nmod")):
            # its object, however parsed ('ont élu Ana Roy' may come out as an apposition)
            return True
    return False


def other_post(ctx: Context, ent: Entity, head: str, rest: list[str]) -> bool:
    """True when a title with words of its own ('le ministre béninois des Affaires étrangères', 'le porte-parole du
    gouvernement') names one post, and the article gave this person another ('président kényan', 'capitaine'): a
    generic head ('le chef de …') may stand for any post, so it never rules anyone out here."""
    if not any(len(w) > 2 for w in rest) or head in ctx.lex.generic_heads:
        return False
    return other_office(ctx, ent, head)


def other_kind(ctx: Context, ent: Entity, head: str) -> bool:
    """True when an organisation is described as something else than this noun says ('le syndicat' is not the
    party described as 'le parti de X')."""
    heads = {strip_article(fold(d["text"]), ctx.lex.lang, ("definite", "indefinite")).split(" ")[0]
             for d in ent.descriptions if d.get("role") is None}
    return bool(heads) and head not in heads


def _entity_at(ctx: Context, tok: Token) -> Link | None:
    """The resolved mention a token heads or belongs to (a pending description is resolved first)."""
    x = ctx.refs.at_token(tok.i)
    if x is None and tok.i in ctx.pending:
        x = ctx.pending[tok.i]
        if x.entity < 0:
            resolve_description(ctx, x, tok)
    return x if x is not None and x.entity >= 0 else None


def name_after(ctx: Context, head: Token, end: int, kinds: tuple[str, ...]) -> Link | None:
    """The name set after a noun and its words, before token `end` and with no preposition before it ('le syndicat
    CGT', 'l'agence de presse officielle Irna', 'un sondage Ifop'), if it is of one of these kinds."""
    doc = ctx.doc
    for k in range(head.i + 1, min(len(doc), end, head.i + 6)):
        x = ctx.refs.at_token(k)
        if x is not None and x.form == "name" and x.i == k and x.entity >= 0 and \
                ctx.refs.entities[x.entity].kind in kinds and tokens(doc)[k - 1].pos_ not in ("ADP", "DET"):
            return x
        if tokens(doc)[k].pos_ not in ("ADJ", "NOUN", "ADP", "DET"):
            break
    return None


def nameless(ctx: Context, a: int) -> bool:
    """True when a 'person' is only ever written as one word, with no honorific, title or pronoun given yet."""
    ent = ctx.refs.entities[a]
    return not ent.descriptions and not ent.gender and all(len(n.split()) == 1 for n in ent.names) and \
        all(x.form == "name" for x in ent.links)


def issuer(ctx: Context, head: Token) -> tuple[Link, list[int]] | None:
    """Who issued a document, as the sentence says: a name right after it ('un sondage Ifop'), the subject of the
    verb it is the object of ('X et Y ont publié une déclaration'), the agent of its participle ('le communiqué
    publié par X'); with the entities coordinated to that one."""
    nxt = name_after(ctx, head, head.i + 2, ("organization", "group", "person", "media"))
    if nxt is not None:
        return nxt, []
    who = None
    if head.dep_ == "obj" and head.head.pos_ == "VERB":
        who = next((c for c in dependents(head.head) if c.dep_ == "nsubj"), None)
    if who is None:
        who = next((g for c in dependents(head) if c.dep_ == "acl" and "Part" in feature(c, "VerbForm")
                    for g in dependents(c) if g.dep_ == "obl:agent"), None)
    if who is None:
        return None
    x = _entity_at(ctx, who)
    if x is None or ctx.refs.entities[x.entity].kind not in ("organization", "group", "person", "country", "media"):
        return None
    others = [y.entity for c in dependents(who) if c.dep_ == "conj" for y in [_entity_at(ctx, c)] if y is not None]
    listed = listed_with(ctx, x)  # 'Lima et Quito ont publié …' where the parse lost the coordination
    if listed and not others:
        return listed[0], [y.entity for y in listed[1:]]
    return x, others


def issuer_of_named(ctx: Context, head: Token) -> tuple[Link, list[int]] | None:
    """'la traduction russe du texte', 'un extrait du communiqué': a document that says which earlier
    document it is part of speaks for that one's issuer (the same noun, last said in the three sentences before)."""
    doc = ctx.doc
    whole = next((c for c in dependents(head) if c.dep_ == "nmod" and c.i > head.i and c.pos_ == "NOUN" and
                  fold(c.lemma_) in ctx.lex.authored and definite(ctx, c)), None)
    if whole is None:
        return None
    here = ctx.sent_no(head.i)
    for t in range(head.i - 1, -1, -1):
        if here - ctx.sent_no(t) > 3:
            break
        if tokens(doc)[t].pos == NOUN and tokens(doc)[t].lemma_ == whole.lemma_:
            return issuer(ctx, tokens(doc)[t])
    return None


def issuer_before(ctx: Context, head: Token) -> tuple[Link, list[int]] | None:
    """'Paris et Berlin ont publié une déclaration … indique le communiqué': a definite document with no issuer
    of its own is the last document the two sentences before it mentioned, and speaks for that one's issuer."""
    if not definite(ctx, head):
        return None
    doc = ctx.doc
    sent_of = sentence_numbers(doc)
    pos = column(doc, POS)  # read off the Doc's arrays: a Token only for the nouns
    here = sent_of[head.i]
    for t in range(head.i - 1, -1, -1):
        if here - sent_of[t] > 2:
            break
        if pos[t] == NOUN:
            tok = tokens(doc)[t]
            if fold(tok.lemma_) in ctx.lex.authored or fold(tok.text) in ctx.lex.authored:
                return issuer(ctx, tok)
    return None


def agrees(ctx: Context, lk: Link, x: Link, ent: Entity) -> bool:
    """True when a pronoun can stand for an entity mentioned at x (number, gender)."""
    plural = x.number == "p" if x.number else (ent.number == "p" or ent.kind == "group")
    if (lk.number == "p") != plural:
        return False
    if lk.gender:
        # a name's article gives a body or a state a grammatical gender ('la Russie'), which 'ce dernier' agrees
        # with; 'il' and 'elle' take up bodies more loosely ('le gouvernement … elle', the government's spokeswoman)
        # a plural that stands for several ('les deux ministres', a woman and a man) has the gender it is written
        # with, not its first member's
        g = x.gender if x.also and plural else ent.gender if ent.kind == "person" else \
            ((x.gender if x.form != "name" or lk.rule == "latter" else None) or ent.gender)
        if g and g != lk.gender:
            return False
    return True


def salience(ctx: Context, lk: Link, x: Link, distance: int) -> float:
    """How strongly a pronoun points back to a mention: role, form, speaking, distance."""
    w = 2.0 if x.subject or x.relative and lk.form == "pronoun" else 1.0
    if x.speaker:
        w += 1.5
    if x.form == "name":
        w += 0.5
    if ctx.para_of and ctx.para_of[x.i] != ctx.para_of[lk.i]:
        w *= 0.7
    return w * 0.5 ** distance


def other_title(ctx: Context, ent: Entity, head: str, rest: list[str], qualified: bool = False) -> bool:
    """True when a person holds the same title for something else ('le président américain' is not 'le président
    ukrainien'), so a title phrase cannot refer back to him (`qualified`: only a title that says for what, not a bare
    'président', rules him out)."""
    if not any(len(w) > 2 for w in rest):
        return False
    heads = {head} | ctx.lex.synonyms.get(head, set())
    for d in own_titles(ent):
        words = set(re.split(r"[\s'’,()]+", said_as(ctx.lex, d))) - {""}
        # the words of a periphrasis ('chef de l'État' for 'président') are the title itself, not what it serves
        phrase = {w for k in periphrases(ctx.lex, d) for w in re.split(r"[\s'’,()]+", k)}
        own = [w for w in words - heads - phrase if len(w) > 2 and w not in ctx.lex.determiners]
        if words & heads and not any(_stem_in(w, words) for w in rest if len(w) > 2) and (own or not qualified):
            return True
    return False


#: the dependencies of a verb's own arguments: two of them never stand for the same entity
#: ('expl:subj': a subject clitic 'il' the parser took for an expletive, 'Il lui a promis …')
ARGUMENTS = {"nsubj", "nsubj:pass", "expl:subj", "obj", "iobj", "obl:agent", "obl:arg"}


def co_argument(doc: Doc, a: Link, b: Link) -> bool:
    """True when two mentions are arguments of the same verb ('X a été reçu par le ministre': the minister is not X;
    French uses 'se' or 'lui-même' when he is)."""
    ta, tb = _root(doc, a), _root(doc, b)
    return ta.head.i == tb.head.i and ta.i != tb.i and ta.dep_ in ARGUMENTS and tb.dep_ in ARGUMENTS


def governed(doc: Doc, x: Link) -> bool:
    """True when a preposition governs a mention ('les députés de X', 'contre X et Y'): a complement, not whom the
    story is about."""
    root = span_root(doc, x.i, x.j) if x.form == "name" else tokens(doc)[x.head if x.head >= 0 else x.i]
    while root.dep_ == "conj" and root.head.i != root.i:
        root = root.head  # 'contre X et Y': the preposition hangs on the first of the list
    return any(c.dep_ == "case" for c in dependents(root))


def _root(doc: Doc, x: Link) -> Token:
    """The token that stands for a mention in the parse: a name's or a pronoun phrase's root ('ce dernier' is its
    adjective, not its determiner), a description's head noun."""
    if x.form == "name" or x.head < 0 and x.j - x.i > 1:
        return span_root(doc, x.i, x.j)
    return tokens(doc)[x.head if x.head >= 0 else x.i]


def _co_arguments(ctx: Context, lk: Link) -> set[int]:
    """The entities of the mentions already linked that are other arguments of the pronoun's own verb."""
    tok = _root(ctx.doc, lk)
    if tok.dep_ not in ARGUMENTS:
        return set()
    sent = ctx.sent_no(lk.i)
    verb = tok.head
    # 'X a appelé Y pour lui demander …': an infinitive with no subject of its own has its governor's subject
    ruler = verb.head if verb.dep_ in ("advcl", "xcomp") and verb.head.i != verb.i and "Inf" in verb.morph.get("VerbForm") \
        and not any(c.dep_.startswith("nsubj") for c in dependents(verb)) else None
    # 'la ministre, qui l'a critiqué': a relative pronoun subject stands for the noun its clause qualifies
    relative = verb.head if verb.dep_ == "acl:relcl" and any(
        c.dep_ == "nsubj" and fold(c.text) in ctx.lex.relative_subjects for c in dependents(verb)) else None
    return {x.entity for x in ctx.refs.links if x.entity >= 0 and x is not lk and ctx.sent_no(x.i) == sent and
            (co_argument(ctx.doc, lk, x) or ruler is not None and _subject_of(ctx.doc, x, ruler) or
             relative is not None and x.i <= relative.i < x.j)}


def _subject_of(doc: Doc, x: Link, verb: Token) -> bool:
    """True when the mention is the subject of the verb."""
    t = span_root(doc, x.i, x.j) if x.form == "name" else tokens(doc)[x.head if x.head >= 0 else x.i]
    return t.head.i == verb.i and t.dep_ in ("nsubj", "nsubj:pass", "expl:subj")


def most_salient(ctx: Context, lk: Link, people: bool, unless=None, centred: bool = False,
                 far: bool = False, unless_ids: set[int] = frozenset()) -> tuple[int, Link] | None:
    """The entity mentioned before lk that agrees with it and is most salient (only people when `people`; none
    that `unless` rules out; no prepositional complement when `centred`; as far back for any kind as for a
    person when `far`)."""
    sent_of = sentence_numbers(ctx.doc)
    here = sent_of[lk.i]
    best: dict[int, tuple[float, Link]] = {}
    # only the mentions from the first sentence it may look back to: a mention's first token holds its start, so
    # one of an earlier sentence starts before that sentence's first token
    for x in ctx.refs.window(column(ctx.doc, IDX)[sentence_bounds(ctx.doc)[max(0, here - FAR)]], lk.start):
        if x.entity < 0 or x is lk or x.rule == "possessive" or x.entity in unless_ids:
            continue
        d = here - sent_of[x.i]
        if d > FAR:
            continue  # first: most earlier mentions are too far back, and the tests below read the parse
        if centred and not (x.subject or x.speaker) and governed(ctx.doc, x):
            continue
        if d == 0 and co_argument(ctx.doc, lk, x):
            continue
        if d == 0 and lk.rule == "possessive" and located(ctx, x):
            continue
        if (x.quoted and not x.speaker and not (lk.quoted and lk.rule == "latter")) or \
                (x.i in ctx.direct and not lk.quoted):
            continue  # a pronoun of the narrative refers to the narrative (not to whom a quoted speaker quotes);
            # one inside a quotation to either
        if lk.rule == "latter" and lk.quoted and not x.quoted:
            continue  # 'ces derniers' inside a quotation: among what the quotations named, not their attributions
        ent = ctx.refs.entities[x.entity]
        latter = lk.rule == "latter"  # 'ces derniers' after 'le Paraguay et l'Uruguay': the last one named
        if ent.kind in ("merged", "media", "place", "other") or (people and ent.kind != "person") \
                or not (agrees(ctx, lk, x, ent) or latter and lk.number == "p" and agrees(ctx, _singular(lk), x, ent)) \
                or (unless is not None and unless(ent)):
            continue
        if d > NEAR and (ent.kind != "person" or not lk.gender) and not far:
            continue
        s = salience(ctx, lk, x, d)
        if lk.number != "p" and not lk.rule and lk.form == "pronoun":
            # 'il' and 'elle' stand for people first; for a body it names as subject ('Le parquet … Il'), rarely
            # for a state, which French takes up as 'le pays'
            # a pronoun that speaks ('selon lui', 'a-t-il ajouté') may well be the body that was the subject, as
            # bodies speak as often as people; a pronoun that acts is a person first; one inside a quotation is
            # the speaker's, whose own subject, often that body, says 'je'
            s *= (SUBJECT_KIND_WEIGHT if x.subject and lk.speaker and not lk.quoted else KIND_WEIGHT).get(ent.kind, 1.0)
        if lk.rule == "latter" or (lk.rule == "possessive" and d == 0):
            # 'ce dernier': the nearest, whatever its role; a possessor named in the same sentence likewise
            s = 1.0 / (1 + lk.start - x.end) + (10.0 if d == 0 else 0.0)
        if x.entity not in best or s > best[x.entity][0]:
            best[x.entity] = (s, x)
    if not best:
        return None
    a = max(best, key=lambda k: best[k][0])
    return a, best[a][1]


def located(ctx: Context, x: Link) -> bool:
    """True when a state is named as the place where something happens ('est rentré au Sénégal', 'à Dakar'): a
    complement of place, which owns nothing its sentence's possessives speak of ('après son arrestation')."""
    if not ctx.lex.locatives or ctx.refs.entities[x.entity].kind != "country":
        return False
    root = span_root(ctx.doc, x.i, x.j) if x.form == "name" else tokens(ctx.doc)[x.head if x.head >= 0 else x.i]
    return root.dep_.startswith("obl") and any(c.dep_ == "case" and fold(c.text) in ctx.lex.locatives
                                                for c in dependents(root))


def _singular(lk: Link) -> Link:
    return Link(lk.start, lk.end, lk.i, lk.j, lk.form, gender=lk.gender, number="s")


def coordinated_pair(ctx: Context, lk: Link) -> tuple[float, Link, list[int]] | None:
    """'le soutien du Brésil et de l'Argentine. Ils …': the last named coordination, as a plural antecedent."""
    sent_of = sentence_numbers(ctx.doc)
    here = sent_of[lk.i]
    best = None
    for x in ctx.refs.links:
        if x.form != "name" or x.start >= lk.start or x.entity < 0 or (x.quoted and not lk.quoted):
            continue
        d = here - sent_of[x.i]
        if d > 1:
            # a list the parser cut in two sentences ('Greenpeace et la fondation X ont …'): as near as its last name
            listed = listed_after(ctx, x) if d == 2 else []
            if not listed or here - sent_of[listed[-1].i] > 1:
                continue
            d = here - sent_of[listed[-1].i]
        head = span_root(ctx.doc, x.i, x.j)
        others = []
        for c in dependents(head):
            y = ctx.refs.at_token(c.i)
            if c.dep_ == "conj" and y is not None and y.form == "name" and y.entity >= 0 and y.entity != x.entity:
                others.append(y.entity)
        others += [e for e in flat_conjuncts(ctx, x, head) if e not in others]
        others += [y.entity for y in listed_after(ctx, x) if y.entity not in others]  # a list the parse broke
        if others and (lk.form != "pronoun" or list_agrees(ctx, lk, [x.entity, *others])) and \
                not plural_between(ctx, x, lk):
            s = salience(ctx, lk, x, d)
            if best is None or s > best[0]:
                best = (s, x, others)
    return best


def flat_conjuncts(ctx: Context, x: Link, head: Token) -> list[int]:
    """'Anna Berg et Piotr Nowak ont signé', 'le ministre X et son homologue Y': names the parser hung side by side
    on one word with the same function, with 'et' between them and no verb nor stop, are one coordination."""
    doc = ctx.doc
    if head.i == head.head.i:
        return []
    out = []
    for t in dependents(head.head):
        if t.i <= head.i or t.dep_ != head.dep_:
            continue
        y = ctx.refs.at_token(t.i)
        if y is None or y.form != "name" or y.entity < 0 or y.entity == x.entity:
            continue
        between = doc[x.j:y.i]
        if any(fold(b.text) in ctx.lex.and_words for b in between) and \
                not any(b.pos_ in ("VERB", "AUX") or b.is_punct and b.text != "," for b in between):
            out.append(y.entity)
    return out


def turn_taken(ctx: Context, lk: Link) -> bool:
    """True when a subject pronoun's clause, before its verb, says it is another party's turn ('Il a de son côté
    estimé', 'Pour sa part, elle juge', 'Ils ont à leur tour dénoncé')."""
    doc = ctx.doc
    tok = tokens(doc)[lk.i]
    if not (lk.subject or tok.dep_.startswith("nsubj")):
        return False
    sent = tok.sent
    # up to the verb after its auxiliary or finite verb ('Il a de son côté jugé', 'Il juge pour sa part'): the parser
    # may hang the pronoun on 'côté' or 'part', or tag the auxiliary a verb
    end = next((t.i for t in tokens(doc)[tok.i + 2:min(tok.i + 7, sent.end)] if t.pos_ == "VERB"), min(tok.i + 7, sent.end))
    words = [fold(w) for w in forms(doc)[sent.start:end]]
    at = tok.i - sent.start
    # the pronoun of the phrase itself ('La sénatrice Ana Pires a, quant à elle, déclaré') is no subject set against anyone
    # (only the phrases that open with the word at k are tried there: asked of every subject pronoun)
    return any(tuple(words[k:k + len(p)]) == p and not k <= at < k + len(p)
               for k in range(len(words)) for p in ctx.lex.turn_by_first.get(words[k], ()))


def speaker_before(ctx: Context, lk: Link) -> int | None:
    """The entity of the last speaker named before lk, in its sentence or the two before."""
    here = ctx.sent_no(lk.i)
    for x in ctx.refs.before(lk.start):
        if here - ctx.sent_no(x.i) > 2:
            return None
        if x.entity >= 0 and x.speaker:
            return x.entity
    return None


def resolve_pronoun(ctx: Context, lk: Link) -> None:
    """Link a pronoun to the most salient entity that agrees with it: 'il' and 'elle' stand for people first, for a
    body or a state only when no person fits."""
    if lk.rule == "possessive" and (lk.gender in ("m", "f") or _undergone(ctx, lk)):
        # 'La France exige sa libération', 'le gouvernement a condamné son assassinat': what is done to a person
        # is that person's (or those people's), never a state's or a body's, however near the state is named;
        # a possessive that says a gender ('his', 'her') is a person's
        kinds = ("person",) if lk.gender in ("m", "f") else UNDERGOERS
        found = most_salient(ctx, lk, people=False, unless=lambda ent: ent.kind not in kinds)
        if found is not None:
            ctx.refs.link(lk, found[0], lk.rule, (found[1].start, found[1].end))
        return
    found = doubled(ctx, lk) or main_clause_subject(ctx, lk)
    found = found or most_salient(ctx, lk, people=False)
    barred = _co_arguments(ctx, lk) if found is not None else set()
    if found is not None and lk.rule == "latter":
        barred |= binders(ctx, lk, _root(ctx.doc, lk))  # 'ce dernier' is a full noun phrase: never its clause's subject
    if found is not None and found[0] in barred:
        # 'Elle lui a demandé', 'X l'a reçu': a clitic never stands for its own verb's subject (French says 'se'),
        # even when that subject's entity is also the most salient one named before
        found = most_salient(ctx, lk, people=False, unless_ids=barred)
    if found is not None and turn_taken(ctx, lk):
        # 'de son côté', 'pour sa part', 'à son tour' set the subject against the one who spoke just before: not
        # that one, when another one agrees
        before = speaker_before(ctx, lk)
        if before == found[0]:
            found = most_salient(ctx, lk, people=False, unless_ids=barred | {before}) or found
    if lk.number == "p" and lk.rule != "latter":
        pair = coordinated_pair(ctx, lk)
        if pair is not None and (found is None or pair[0] >= salience(ctx, lk, found[1], ctx.sent_no(lk.i) - ctx.sent_no(found[1].i))):
            lk.also = pair[2]
            ctx.refs.link(lk, pair[1].entity, "pronoun", (pair[1].start, pair[1].end))
            return
    found = found or named_after(ctx, lk)
    if found is None and lk.number == "p" and lk.gender and not lk.rule:
        # 'les autorités … Ils affirment': a plural with no antecedent of its gender agrees with the people a
        # feminine collective stands for (agreement by sense), rather than standing for no one; only a noun for
        # people agrees by sense ('les premières estimations … Ils' takes up no estimate)
        gender, lk.gender = lk.gender, None
        found = most_salient(ctx, lk, people=False, unless=lambda ent: not of_people(ctx, ent))
        lk.gender = gender
    if found is not None:
        ctx.refs.link(lk, found[0], lk.rule or "pronoun", (found[1].start, found[1].end))
        if lk.number == "p" and found[1].also:
            lk.also = list(found[1].also)  # 'Les deux hommes … Ils': both of them


#: the kinds of entity a person's arrest, release or death can befall
UNDERGOERS = ("person", "group")


def _undergone(ctx: Context, lk: Link) -> bool:
    """True when a possessive determiner's noun is something done to a person ('son arrestation', 'leur libération')."""
    noun = tokens(ctx.doc)[lk.i].head
    return noun.i != lk.i and (fold(noun.lemma_) in ctx.lex.undergone or fold(noun.text) in ctx.lex.undergone)


def of_people(ctx: Context, ent: Entity) -> bool:
    """True when an entity may be people: named, or described by a noun for people, a title, a body or a group
    ('les autorités', 'les victimes'), not only by a noun for a thing ('les constatations', 'les chiffres')."""
    if ent.named or ent.kind == "person":
        return True
    lex = ctx.lex
    for x in ent.links:
        if x.form != "description" or x.head < 0:
            continue
        head = tokens(ctx.doc)[x.head]
        if fold(head.lemma_) in lex.head_words or fold(head.text) in lex.head_words or \
                lex.kinds.person(ctx.doc.vocab, head.lemma_.lower()) is True:
            return True
    return False


def doubled(ctx: Context, lk: Link) -> tuple[int, Link] | None:
    """'Le prévenu, lui, s'est montré combatif': a pronoun set between commas right after a noun phrase doubles it
    (it sets that phrase against the others), and stands for it."""
    doc = ctx.doc
    if lk.j - lk.i != 1 or lk.i < 2 or lk.j >= len(doc) or tokens(doc)[lk.i - 1].text != ",":
        return None
    x = ctx.refs.at_token(lk.i - 2)
    if x is None or x.entity < 0 or x.j != lk.i - 1 or not agrees(ctx, lk, x, ctx.refs.entities[x.entity]):
        return None
    if tokens(doc)[lk.j].text != "," and not topic_before(ctx, x):
        return None  # ('Quant aux syndicats, ils …': the subject pronoun takes up the topic set before it)
    # the doubled phrase is the clause's subject, whatever label the parser gave it (it often hangs it loose)
    x.subject = lk.subject = True
    return x.entity, x


def topic_before(ctx: Context, x: Link) -> bool:
    """True when a topic marker opens the mention ('quant au procureur', its article fused with 'à' or not)."""
    words = [fold(t.text) for t in tokens(ctx.doc)[max(0, x.i - 3):x.i + 1]]
    return any(tuple(words[k:k + n]) in ctx.lex.topic_markers
               for n in ctx.lex.topic_lengths for k in range(len(words) - n + 1) if k + n >= len(words) - 1)


def main_clause_subject(ctx: Context, lk: Link) -> tuple[int, Link] | None:
    """'Alors qu'il rencontre Lula, Petro se concentrera …': the subject of a subordinate clause that opens
    its sentence is named as the subject of the main clause after it."""
    doc = ctx.doc
    tok = tokens(doc)[lk.i]
    if not lk.subject or lk.rule or not any(c.dep_ == "mark" and c.i < tok.i and fold(c.text) in ctx.lex.subordinators
                                              for c in dependents(tok.head)):
        return None
    sent_end = next((t.i for t in tokens(doc)[tok.i:] if t.is_sent_end), len(doc) - 1)
    comma = next((t.i for t in tokens(doc)[tok.i:sent_end + 1] if t.text == ","), None)
    if comma is None:
        return None
    for t in tokens(doc)[comma + 1:min(sent_end + 1, comma + 6)]:
        x = ctx.refs.at_token(t.i)
        if x is not None and x.form == "name" and x.subject and x.entity >= 0 and \
                agrees(ctx, lk, x, ctx.refs.entities[x.entity]):
            return x.entity, x
    return None


def named_after(ctx: Context, lk: Link) -> tuple[int, Link] | None:
    """Cataphora, as news opens: '« … », a-t-il déclaré. Alain Berset a affirmé …' — with no one before it, a
    pronoun stands for the first agreeing person named in the next two sentences or its paragraph (a subject
    first)."""
    here = ctx.sent_no(lk.i)
    after = [x for x in ctx.refs.links if x.start > lk.end and x.form == "name" and x.entity >= 0 and not x.quoted
             and (ctx.sent_no(x.i) - here <= 2 or (ctx.para_of and ctx.para_of[x.i] == ctx.para_of[lk.i]))
             and ctx.refs.entities[x.entity].kind == "person"
             and agrees(ctx, lk, x, ctx.refs.entities[x.entity])]
    if not after:
        return None
    x = min(after, key=lambda x: (ctx.sent_no(x.i), not x.subject, x.start))
    return x.entity, x
