"""Who speaks each quote: the entity of the speaker mention the quotes component chose; a continuation paragraph
carries the previous speaker on; 'je'/'nous' outside quotation marks are the current speaker."""
from __future__ import annotations

from ...lang.text import fold, strip_article
from ..grammar import through_complement
from ..index import dependents, table, text_of, token_range
from ..quotes import Quote
from ..features import feature
from .detect import SUBJECT_DEPS, features
from .entities import Entity, Link
from .context import Context
from .lookups import span_root, tokens
from .resolve import resolve_description, salience



def speaker_link(ctx: Context, s: int, e: int) -> Link | None:
    """The mention a speaker span is: the name it opens with, else the description or pronoun whose head it holds."""
    text = text_of(ctx.doc)
    # an article, then honorifics ('la Dre', 'Me'), open the phrase before the name
    body = strip_article(text[s:e], ctx.lex.lang, ("definite", "indefinite"))
    words = body.split()
    n = 0
    while n < len(words) - 1 and fold(words[n]).rstrip(".") in ctx.lex.gaz.honorifics:
        n += 1
    lead = (e - s - len(body)) + (len(body) - len(" ".join(words[n:])) if n else 0)
    ij = token_range(ctx.doc, s, e)
    if ij is None:
        return None
    lo, hi = ij
    at = ctx.refs.at_token
    for t in range(lo, hi):
        lk = at(t)
        if lk is not None and lk.form == "name" and lk.start <= s + lead:
            return lk  # the noun phrase is this name, not a phrase that merely holds one
    # the description or pronoun headed by the phrase's head ('ses avocats' is the lawyers, not 'ses' owner)
    root = span_root(ctx.doc, lo, hi)
    starts = table(ctx.doc).starts
    for t in [root.i, *range(lo, hi)]:
        lk = at(t)
        # (a possessive alone is the speaker it stands for: 'his' of 'in his words')
        if lk is not None and lk.form != "name" and (lk.rule != "possessive" or hi - lo == 1) and lk.start <= starts[t] < lk.end \
                and lk.start >= s - 2:
            return lk
    if fold(root.text) in ctx.lex.authored or fold(root.lemma_) in ctx.lex.authored:
        # 'selon un décompte de l'AFP': a document no description covers speaks for the name it holds, its author
        return next((x for x in map(at, range(lo, hi)) if x is not None and x.form == "name" and x.entity >= 0), None)
    return _person_inside(ctx, root, lo, hi)


def _person_inside(ctx: Context, root, lo: int, hi: int) -> Link | None:
    """A person named inside a speaker phrase (tokens [lo, hi), its root `root`) headed by a noun no one is ('sa
    victoire Paul Martin', where the parse glued the cue's object to the inverted subject)."""
    if fold(root.lemma_) in ctx.lex.head_words or root.pos_ != "NOUN":
        return None
    return next((x for x in map(ctx.refs.at_token, range(lo, hi)) if x is not None and
                 x.form == "name" and x.entity >= 0 and ctx.refs.entities[x.entity].kind == "person" and
                 (fold(root.text).rstrip(".") in ctx.lex.gaz.honorifics or
                  not through_complement(span_root(ctx.doc, x.i, x.j), root, (x.i, x.j)))), None)


def mark_speakers(ctx: Context, quotes: list[Quote], others: list[tuple[Link, object]]) -> list[tuple[Link, object]]:
    """Flag the mentions that speak, and make a mention of every speaker span nothing covers yet."""
    by_tok: dict[int, Link] = {}
    for lk, _ in others:
        for t in range(lk.i, lk.j):
            by_tok.setdefault(t, lk)
    added = []
    for q in quotes:
        if q.continues:
            continue
        for s, e in q.speakers:
            ij = token_range(ctx.doc, s, e)
            if ij is None:
                continue
            toks = range(*ij)
            # the mention headed by the phrase's head ('un communiqué de la Croix-Rouge' is the communiqué's), else
            # the first one inside it
            head = span_root(ctx.doc, *ij)
            root = head.i
            hit = by_tok.get(root) or ctx.refs.at_token(root)
            r = fold(head.text).rstrip(".")
            if hit is None and (head.pos_ != "NOUN" or r in ctx.lex.gaz.honorifics or r in ctx.lex.authored
                                or fold(head.lemma_) in ctx.lex.authored):
                inside = [x for x in map(ctx.refs.at_token, toks) if x is not None] + [by_tok[t] for t in toks if t in by_tok]
                # (a possessive inside the phrase is its owner, not the speaker: 'many of his supporters')
                hit = next((x for x in inside if x.rule != "possessive" or len(toks) == 1), None)
            elif hit is None:
                hit = _person_inside(ctx, head, *ij)
            # else a common noun heads the phrase ('le bureau du syndicat à Lyon'): the speaker is that
            # description, not the name it holds (an honorific heads a name, a document speaks for its author)
            if hit is not None:
                hit.speaker = True
                continue
            if len(toks) == 1 and fold(head.text).lstrip("-t").lstrip("-") in ctx.lex.impersonal:
                # an impersonal 'on' names no one; the place it is said in may ('assure-t-on à la mairie de Lyon',
                # 'peut-on lire dans le communiqué de la CGT'), else the speaker stays unknown rather than '-on'
                verb = head.head
                while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
                    verb = verb.head  # '-on' hung on '-t', as the parser sometimes does
                place = _said_in(ctx, verb, by_tok)
                if place is None:
                    place = _source_phrase(ctx, verb)  # 'a-t-on appris de source diplomatique'
                    if place is not None:
                        added.append((place, tokens(ctx.doc)[place.head]))
                if place is not None:
                    place.speaker = True
                    q.speakers = [(place.start, place.end)]
                continue
            g, n = features(head)
            det = next((c for c in dependents(head) if c.dep_ == "det" and c.i < head.i), None)
            if det is not None and features(det)[0]:
                g = features(det)[0]  # 'la quadragénaire': the determiner says what an epicene noun does not
            elif g and _epicene(ctx, head):
                g = None  # 'l'écologiste', 'l'artiste': neither the elided article nor the noun says a gender
            lo = toks.start
            tab = table(ctx.doc)
            if lo > 0 and fold(tab.texts[lo - 1]).replace("’", "'") == "d'" and tab.pos[lo - 1] == "DET":
                lo -= 1  # 'd'autres estiment': the article the parser hung on the verb opens the phrase
            end_char = tab.starts[toks.stop - 1] + len(tab.texts[toks.stop - 1])
            lk = Link(tab.starts[lo], end_char, lo, toks.stop, "description", speaker=True,
                      subject=True, sent=toks.start, gender=g, number=n)
            added.append((lk, head))
            for t in range(lk.i, lk.j):
                by_tok[t] = lk
    return added


def _epicene(ctx: Context, head) -> bool:
    """True for a singular noun in '-e' with no feminine ending ('écologiste', 'ministre', 'libraire'): the same
    word for a man and a woman, whatever gender the tagger guessed ('avocate' is 'avocat' + 'e', a word the
    model's vocabulary knows)."""
    w = head.text.lower()
    f = fold(w)
    if not f.endswith("e") or "Plur" in feature(head, "Number"):
        return False
    if any(f.endswith(fem) for fem, _ in ctx.lex.grammar.feminine if fem != "e"):
        return False
    return not ctx.doc.vocab.has_vector(w[:-1])


def _source_phrase(ctx: Context, verb) -> Link | None:
    """'a-t-on appris de source diplomatique', 'de sources concordantes': a bare source noun after the cue, which no
    description covers (it has no article), is who 'on' heard it from."""
    for c in dependents(verb):
        if not (c.dep_.startswith("obl") or c.dep_ in ("xcomp", "nmod")) or c.i < verb.i or c.pos_ != "NOUN" or \
                fold(c.lemma_) not in ctx.lex.groups or not any(g.dep_ == "case" for g in dependents(c)):
            continue  # 'de source hospitalière', which the parser may read as a complement of any kind
        toks = sorted((t for t in c.subtree if not (t.dep_ == "case" and t.head.i == c.i)), key=lambda t: t.i)
        i, j = toks[0].i, toks[-1].i + 1
        if j - i != len(toks):
            continue
        doc = ctx.doc
        return Link(tokens(doc)[i].idx, tokens(doc)[j - 1].idx + len(tokens(doc)[j - 1]), i, j, "description", speaker=True, subject=True,
                    sent=i, head=c.i, number=features(c)[1])
    return None


def _said_in(ctx: Context, verb, by_tok: dict[int, Link]) -> Link | None:
    """The first mention in a cue's (or its infinitive's) prepositional complements: where 'on' says it."""
    verbs = [verb] + [c for c in dependents(verb) if c.dep_ == "xcomp"]
    for v in verbs:
        # 'auprès de la préfecture': the parser may hang the complement on the prepositional adverb
        kids = [g for c in dependents(v) for g in ([c] + [x for x in dependents(c) if x.dep_.startswith("obl")]
                                               if c.dep_ == "advmod" else [c])]
        for c in kids:
            if not c.dep_.startswith("obl") or c.i < v.i:
                continue
            for t in sorted(c.subtree, key=lambda t: t.i):
                lk = ctx.refs.at_token(t.i) or by_tok.get(t.i)
                if lk is not None and lk.form != "pronoun":
                    return lk
    return None


def assign(ctx: Context, quotes: list[Quote]) -> list[list[int]]:
    """The entity indices speaking each quote, in order."""
    out: list[list[int]] = []
    last: list[int] = []
    person: list[int] = []  # the last speakers that held a person
    ents = ctx.refs.entities
    for q in quotes:
        if q.continues:
            # a quotation nobody introduces goes on the passage's speaker: who was last speaking or acting as
            # subject just before it, which is the previous quote's speaker unless the narrative moved on
            a = current_speaker(ctx, q.start)
            ids = list(last) if a is None or a in last else [a]  # the previous speakers go on, all of them
            if ids and person and all(ents[b].kind == "country" for b in ids):
                # a state (or its capital) says what its envoys and leaders say; whole sentences quoted with no
                # cue after its statement are the words of the person who spoke before ('Bamako a regretté le
                # manque de … « Voilà qui n'aide personne. »' goes on the minister's words)
                ids = list(person)
            out.append(ids)
            if ids != last and a is not None and ids == [a]:
                last = [a]
            continue
        ids: list[int] = []
        for s, e in q.speakers:
            f = fold(text_of(ctx.doc)[s:e])
            if f in ("je", "j'", "nous") and last:
                a = last[0]  # first person outside quotation marks: the words of the current speaker
            else:
                a = some_of(ctx, s, e)
                if a is not None:
                    if a not in ids:
                        ids.append(a)
                    continue
                lk = speaker_link(ctx, s, e)
                if lk is None:
                    continue
                if lk.entity < 0 and lk.form == "description":
                    resolve_description(ctx, lk, None)
                a = lk.entity
                bare = bare_word(ctx, lk)
                if bare or not_an_agent(ctx, lk, q.cue):
                    # 'Lyon, qui …, a déploré le manque de …', '… font état de': an abstract noun says nothing;
                    # the words are those of who was speaking or acting just before, the phrase no speaker at all
                    # (a broken phrase, failing that, goes on with the previous quote's speaker)
                    b = current_speaker(ctx, q.start, lk.entity)
                    if b is None and bare and last:
                        b = last[0]
                    if b is not None:
                        ids.append(b)
                        q.speakers = [x for x in q.speakers if tuple(x) != (s, e)]
                        continue
                if lk.rule in ("issuer", "counted", "author") or lk.also and lk.form == "pronoun" and lk.rule != "possessive":
                    if a >= 0 and a not in ids:
                        ids.append(a)  # in the order the article names them: the list's first one first
                    ids.extend(b for b in lk.also if b >= 0 and b not in ids and b != a)
            if a >= 0 and a not in ids:
                ids.append(a)
        q.speaker = (min(s for s, _ in q.speakers), max(e for _, e in q.speakers)) if q.speakers else None
        for a in ids:
            ctx.refs.entities[a].quoted += 1
        out.append(ids)
        if ids:
            last = ids
            if any(ents[b].kind == "person" for b in ids):
                person = ids
    return out


def some_of(ctx: Context, s: int, e: int) -> int | None:
    """A new entity for a speaker phrase that names some of a set: a quantified people ('certains Sénégalais',
    'plusieurs Maliens': a group, not the state the demonym names) or a partitive pronoun with its 'de' complement
    ('un de ses membres', 'l'un des manifestants'); named by the whole phrase, as written."""
    doc = ctx.doc
    ij = token_range(doc, s, e)
    if ij is None:
        return None
    root = span_root(doc, *ij)
    lex = ctx.lex
    lo = hi = None
    if root.pos_ in ("NOUN", "PROPN") and root.text[:1].isupper() and "Plur" in feature(root, "Number"):
        q = next((c for c in dependents(root) if c.dep_ in ("det", "amod", "nummod") and c.i < root.i and
                  fold(c.text) in lex.quantifiers), None)
        x = ctx.refs.at_token(root.i)
        if q is not None and x is not None and x.entity >= 0 and ctx.refs.entities[x.entity].kind == "country":
            lo, hi = min([q.i] + [c.i for c in root.lefts if c.dep_ in ("det", "amod", "nummod")]), root.i
            kind = "group"
    elif root.pos_ == "PRON" and fold(root.text) in lex.partitives:
        part = next((c for c in dependents(root) if c.dep_ == "nmod" and c.i > root.i and
                     any(g.dep_ == "case" and fold(g.text) in lex.partitive_links for g in dependents(c))), None)
        if part is not None:
            lo = root.i - (root.i > 0 and tokens(doc)[root.i - 1].pos_ == "DET")  # 'l'un', 'la plupart'
            hi = max(t.i for t in part.subtree)
            kind = "person" if "Sing" in feature(root, "Number") else "group"
    if lo is None:
        return None
    label = text_of(doc)[tokens(doc)[lo].idx:tokens(doc)[hi].idx + len(tokens(doc)[hi])]
    return ctx.refs.add_entity(Entity(kind, label=label, number="p" if kind == "group" else "s"))


def bare_word(ctx: Context, lk: Link) -> bool:
    """True for a speaker phrase that is one common noun or adjective with no determiner, in a language whose
    common nouns take an article to be subjects (French): such a word is a piece of a phrase the parse broke
    ('Furieux, le pêcheur a juré …' read with the adjective as the subject), not who speaks. A capital says
    nothing at a sentence's start."""
    if ctx.lex.bare_subjects or lk.form != "description" or lk.j - lk.i != 1 or lk.entity < 0 or \
            ctx.refs.entities[lk.entity].named:
        return False
    tok = tokens(ctx.doc)[lk.i]
    before = tokens(ctx.doc)[tok.i - 1] if tok.i > 0 else None
    if before is not None and before.pos_ in ("DET", "ADP", "NUM"):
        return False  # 'et des juristes', 'selon des experts': an article the parser hung elsewhere
    return tok.pos_ in ("NOUN", "ADJ") and (tok.text[:1].islower() or tok.is_sent_start) and tok.dep_ != "conj" and \
        not any(c.dep_ in ("det", "nummod") for c in dependents(tok))


def not_an_agent(ctx: Context, lk: Link, cue: tuple[int, int] | None = None) -> bool:
    """True when a speaker phrase is a description no one could be: its head noun names no title, body, group,
    people or document the lexicon knows and has no ending French derives agent nouns with ('soudeur', 'pianiste');
    and either the model's vectors put it among nouns of qualities and states ('le manque de …', 'l'élégance'), or
    they place it among no people and it is not even the cue's grammatical subject (the object the speaker search
    fell on: '… a regretté le manque de …'). 'Une motion demandant que …', 'que l'inspection du travail accuse' say
    it as subjects, and speak."""
    if lk.form != "description" or lk.entity < 0 or ctx.refs.entities[lk.entity].named:
        return False
    head = tokens(ctx.doc)[lk.head] if lk.head >= 0 else span_root(ctx.doc, lk.i, lk.j)
    h = fold(head.lemma_)
    if head.text[:1].isupper() and not head.is_sent_start:
        return False  # 'à la Coordination rurale', 'la Confédération paysanne': a capital says a body's name
    if head.pos_ != "NOUN" or h.endswith(ctx.lex.agent_endings) or fold(head.text).rstrip("s").endswith(ctx.lex.agent_endings) or \
            h in ctx.lex.head_words or fold(head.text) in ctx.lex.head_words or \
            h in ctx.lex.authored or fold(head.text) in ctx.lex.authored:
        return False
    if ctx.lex.abstract.person(ctx.doc.vocab, head.lemma_.lower()) is True:
        return True
    # its cue's subject, or the noun the cue's participle qualifies ('une motion demandant que …')
    subject = cue is not None and (head.dep_ in SUBJECT_DEPS and cue[0] <= head.head.idx < cue[1] or
                                   any(cue[0] <= c.idx < cue[1] for c in dependents(head)))
    return not subject and ctx.lex.kinds.person(ctx.doc.vocab, head.lemma_.lower()) is False


def current_speaker(ctx: Context, at: int, unless: int = -1) -> int | None:
    """The most salient person or body subject (or speaker) in the sentences just before a character offset,
    in its paragraph or the one before (other than entity `unless`)."""
    ij = token_range(ctx.doc, at, at + 1)
    if ij is None:
        return None
    i = ij[0]
    here, para = ctx.sent_no(i), ctx.para_of[i] if ctx.para_of else 0
    probe = Link(at, at + 1, i, i + 1, "pronoun")
    best: dict[int, float] = {}
    for x in ctx.refs.links:
        if x.start >= at or x.entity < 0 or x.entity == unless or not (x.subject or x.speaker) or (x.quoted and not x.speaker):
            continue
        d = here - ctx.sent_no(x.i)
        if d > 3 or (ctx.para_of and para - ctx.para_of[x.i] > 1):
            continue
        if ctx.refs.entities[x.entity].kind not in ("person", "organization", "group", "country"):
            continue
        if x.form == "description" and not_an_agent(ctx, x):
            continue  # 'le manque de moyens a pesé': a subject that is no one carries no words on
        w = salience(ctx, probe, x, d)
        best[x.entity] = max(best.get(x.entity, 0.0), w)
    return max(best, key=best.get) if best else None


def taken_up(ctx: Context) -> None:
    """An unnamed entity the article mentions again, or quotes again, is named by its description without the
    indefinite article that only introduced it ('un collectif de juristes de l'Unesco' … 'ces juristes'); one said once
    stays as written ('une source de sécurité'), unless a body ('un comité d'experts', named as bodies are). A partitive pronoun ('un de ses membres') is no article and stays."""
    for ent in ctx.refs.entities:
        if ent.named or not ent.label:
            continue
        first, _, rest = ent.label.partition(" ")
        body = ent.kind == "organization" and fold(rest.split(" ")[0]) in ctx.lex.org_words if rest else False
        if len({lk.start for lk in ent.links}) < 2 and ent.quoted < 2 and not body:
            continue  # ('une motion du conseil' is a document, not a body)
        if first.lower() in ("un", "une") and rest and rest.split()[0].lower() not in ("de", "des", "du") and \
                not rest.lower().startswith(("d'", "d’")):
            ent.label = rest
