"""The parties of a verbal trigger: its subjects, objects and complements, and a stance aimed at the author of what
it is about."""
from __future__ import annotations

from spacy.tokens import Token

from ....lang.text import fold
from ..context import Context, Party
from ..grammar import SUBJ, case_of, is_people, of_complements, plural, shared_objects
from ..lexicon import POSSESSIVES, PRONOUNS
from ..parties import antecedent, resolve, state_of
from ..records import Event
from ..triggers import trigger
from ...features import feature
from .phrases import CROWD_ACTS, add, add_resolved, body_or_people, complements, protesters_named, refusal_preps, scan_right
from .places import PLACED, custody_place, meeting_place
from .subjects import subjects
from ..context import subtree_bounds
from ...index import token_range


def verb_roles(ctx: Context, v: Token, entry: dict, ev: Event) -> None:
    """Roles of a verbal (or participle/adjective) trigger from its dependents."""
    subj_role = entry.get("subject", "actor")
    obj_role = entry.get("object", "recipient")
    preps = {**ctx.lex.default_preps["verb"], **{fold(k): r for k, r in (entry.get("preps") or {}).items()}}
    subs, passive = subjects(ctx, v)
    passive = passive or _seen_done(ctx, v)
    if v.dep_ in ("acl", "amod") and v.head.i != v.i and not v.text.endswith("ant") and \
            ("Part" in feature(v, "VerbForm") or v.pos_ == "ADJ") and \
            not any(c.dep_ == "nsubj" or c.dep_ == "mark" and c.i < v.i or
                    c.dep_.startswith("aux") and "Inf" in feature(c, "VerbForm") for c in ctx.kids(v)):
        # ('un scrutin que Washington avait condamné'; 'accuse X d'avoir bombardé' is a past infinitive)
        subs = [v.head]  # 'Pyongyang sanctionné', 'l'Ukraine occupée': the noun the participle qualifies
        passive = v.pos_ != "ADJ" or entry.get("subject") == "recipient"
    if v.pos_ == "ADJ" and entry.get("subject") == "recipient":
        add(ctx, ev, "recipient", subs)
    elif passive:
        add(ctx, ev, obj_role, subs)
        preps = {**preps, "par": subj_role}
    elif entry.get("reciprocal") and any(plural(s) for s in subs):
        add(ctx, ev, "actor", subs)
    else:
        add(ctx, ev, subj_role, subs)
    if entry.get("reciprocal") and len(ev.actors) >= 2 or ev.type in PLACED and \
            not (ev.type == "ASSAULT" and any(fold(c.text) in ctx.lex.reflexives for c in ctx.kids(v))):
        # 'X et Y se sont rencontrés à Dakar': the parties are named; 'ont frappé un dépôt à Lviv': where it struck
        # ('s'attaquer à X', 's'en prendre à X': the reflexive verb's 'à' names whom)
        preps = meeting_place(preps)
    if v.dep_ in ("acl:relcl", "acl") and not any(c.dep_ == "obj" for c in ctx.kids(v)) and \
            any(fold(c.text) in ("que", "qu'") and c.i < v.i for c in ctx.kids(v)):
        add(ctx, ev, obj_role, [v.head])  # 'le Venezuela, que Washington accuse' (a 'que' the tagger took for a conjunction too)
    for c in ctx.kids(v):
        if c.dep_ == "obj" and _past_clause(ctx, v, c):
            continue
        if (c.dep_ == "obj" and obj_role != "theme") or (c.dep_ == "iobj" and fold(c.text) in PRONOUNS):
            add(ctx, ev, obj_role if c.dep_ == "obj" else "recipient", [c])
        elif c.dep_ == "iobj" and c.i < v.i and fold(c.text) in ctx.lex.speaker_objects and obj_role != "theme" and \
                not any(fold(s.text) in ctx.lex.speaker_objects[fold(c.text)] for s in subs):
            # '« Ils nous ont attaqués »': 'nous' is reflexive only with 'nous' as subject; else the speaker's side
            add(ctx, ev, obj_role, [c])
        elif obj_role != "theme" and _caseless_name(ctx, v, c):
            add(ctx, ev, obj_role, [c])
        elif _object_as_attribute(ctx, v, c) and obj_role != "theme":
            add(ctx, ev, obj_role, [c])
        if c.dep_ == "obj" and obj_role == "theme" and ev.type == "SANCTION":
            # 'taxer les importations mexicaines': the state whose goods are struck is the one sanctioned
            add_resolved(ev, "recipient", state_of(ctx, c))
        if c.dep_ == "obj" and fold(c.lemma_) in ctx.lex.symbols:
            # 'brûler des portraits du chef de l'État voisin': who the portraits stand for is the target
            add(ctx, ev, "recipient", of_complements(ctx, c))
    if obj_role != "theme":
        add(ctx, ev, obj_role, after_date(ctx, v) + participle_object(ctx, v) + _after_locution(ctx, v, ev))
    if not ev.recipients and ev.type in STANCES and obj_role != "theme":
        # 'refuse de reconnaître les résultats publiés par X', 'a accepté d'examiner la demande de X': the stance
        # bears on the object of its infinitive as on its own object
        inf = [x for x in ctx.kids(v) if x.dep_ == "xcomp" and "Inf" in feature(x, "VerbForm")]
        for c in [c for w in [v] + inf for c in ctx.kids(w)]:
            if c.dep_ == "obj":
                add_resolved(ev, "recipient", [a for a in author_of(ctx, c) if a[0] not in {b[0] for b in ev.actors}])
    if obj_role != "theme" and ev.type != "PROTEST" and \
            not any(c.dep_ in ("obj", "iobj") or c.dep_.startswith("obl") for c in ctx.kids(v)):
        # 'a attaqué puis occupé le Pérou': verbs in a row share the object the last one names (a protest
        # has no object: 'ont défilé puis attaqué la police')
        for c in ctx.kids(v):
            if c.dep_ == "conj" and c.pos_ == "VERB" and c.i > v.i and \
                    any(g.dep_ == "cc" and g.i < c.i for g in ctx.kids(c)) and \
                    not any(g.dep_ in SUBJ for g in ctx.kids(c)):
                add(ctx, ev, obj_role, [o for o in ctx.kids(c) if o.dep_ == "obj"])
                break
        if not ev.recipients and v.dep_ == "conj":
            # 'retrouvera, arrêtera et punira les passeurs': the parser hung the one object on the first verb
            add(ctx, ev, obj_role, [o for o in shared_objects(v) if o.i > v.i])
    before = list(ev.actors)
    if not any(c.dep_ == "obj" for c in ctx.kids(v)):
        for x in ctx.kids(v):  # 'avaient menacé d'arrêter Alexeï Navalny': the one the threat is about
            if x.dep_ == "xcomp" and "Inf" in feature(x, "VerbForm") and \
                    (trigger(ctx, x) is None or ev.type in ("AGREE", "REJECT", "THREATEN")):
                # 'a accepté de recevoir le colonel X': X is whom the acceptance concerns
                for o in ctx.kids(x):
                    # ('menacent de les exécuter': a clitic stands for whom its antecedent names)
                    if o.dep_ == "obj" and (o.i in ctx.tok_actor or o.pos_ in ("PROPN", "PRON") and fold(o.text) in PRONOUNS
                                            or o.pos_ == "PROPN" or fold(o.lemma_) in ctx.lex.roles):
                        add(ctx, ev, "recipient", [o])
    if not ev.recipients and ev.type in ("REJECT", "REQUEST", "ACCUSE"):
        # 's'est opposé à ce que le Japon reprenne …', 'exige que l'Iran cesse …': whom the clause is about
        clauses = [c for c in ctx.kids(v) if c.dep_ in ("ccomp", "advcl", "obl:arg")]
        clauses += [g for c in clauses if fold(c.text) == "ce" for g in ctx.kids(c) if g.dep_.startswith("acl")]
        for c in clauses:
            if any(fold(m.text) in ("que", "qu'") for m in ctx.kids(c) if m.dep_ == "mark"):
                subs = [x for x in ctx.kids(c) if x.dep_ in ("nsubj", "nsubj:pass")]
                add_resolved(ev, "recipient", [a for x in subs for a in resolve(ctx, x)
                                               if a[0] not in {b[0] for b in ev.actors}])
                break
    if not ev.recipients and ev.type == "REQUEST":
        # 'exige du gouvernement le retrait', 'réclame de Paris des garanties': whom a thing is demanded of
        for c in ctx.kids(v):
            if c.dep_ in ("obl", "obl:arg", "obl:mod") and case_of(ctx, c) in ctx.lex.genitive | {"du", "des"} and c.i > v.i:
                add_resolved(ev, "recipient", [a for a in resolve(ctx, c) if a[0] not in {b[0] for b in ev.actors}])
    reflexive = any(fold(c.text) in ctx.lex.reflexives for c in ctx.kids(v))  # 's'opposer à X' names whom
    scan_right(ctx, v, preps if reflexive else refusal_preps(ev, preps, entry), ev, 12)
    if entry.get("reciprocal") and len(ev.actors) - len(before) >= 2:
        ev.actors = ev.actors[len(before):]  # 'raviver les liens entre Moscou et Pyongyang': the pair, not the speaker
    first_sub = min((x.i for x in subs), default=v.i)
    for role, c in complements(ctx, v, preps):
        if role == "place" and ev.type in PLACED and _dative_person(ctx, c):
            role = "recipient"  # 'a imposé des conditions à X': a person is no place the act is done in
        if c.i < first_sub and case_of(ctx, c) in ("a", "au", "aux", "en", "dans") and \
                subtree_bounds(c)[1] + 1 < len(v.doc) and v.doc[subtree_bounds(c)[1] + 1].text == ",":
            ev.place = ev.place or (c.idx, c.idx + len(c))
            continue  # 'À Kinshasa, des manifestants ont brûlé …': a fronted place sets the scene
        add(ctx, ev, role, [c], case_of(ctx, c))
        # where: a visit's destination, or a place name in a complement ('à Vladivostok')
        if ev.place is None and (ev.mode == "visit" and c.i in ctx.tok_actor or
                                 c.dep_ in ("obl:mod", "obl") and c.pos_ == "PROPN" and c.ent_type_ == "LOC"):
            ev.place = (c.idx, c.idx + len(c))
    if not ev.recipients and ev.mode not in ("meet", "visit"):
        # ('imposer un couvre-feu aux habitants': where a placed act is done is no party, the people it binds are)
        add(ctx, ev, "recipient", [c for c in _dative_on_object(ctx, v, ev) if ev.type not in PLACED or _dative_person(ctx, c)])
    if not ev.recipients and ev.type in BENEFITED and obj_role != "theme":
        # 'défendra une paix durable pour la Moldavie', 'soutient un plan pour les Kurdes': backing or aid
        # given for a party is given to it (on the verb or on its object, where the parser may hang it)
        add(ctx, ev, "recipient", [c for c in _for_whom(ctx, v) if c.i in ctx.tok_actor or body_or_people(ctx, c)])
    if ev.type == "CONSULT" and ev.mode != "visit" and len(ev.recipients) > 1:  # a visit's 'à X' is its host
        _where_with_whom(ctx, v, ev)
    if not ev.actors and ev.type in CROWD_ACTS:
        add(ctx, ev, "actor", protesters_named(ctx, v))
    if not ev.actors and ev.type in MUSTERED:
        # 'les soldats de la Force ont été déployés', 'ses troupes ont été massées': whose troops are mustered musters them
        held = {r[0] for r in ev.recipients}
        add_resolved(ev, "actor", [a for c in ctx.kids(v) if c.dep_ in ("obj", "nsubj:pass")
                                   for a in _troops_owner(ctx, c) if a[0] not in held])
    if ev.type == "COERCE":
        custody_place(ctx, v, ev)


def _after_locution(ctx: Context, v: Token, ev: Event) -> list[Token]:
    """The object of a verbal locution the parser hung on the locution's own noun ('a mis en garde Taïwan', 'a pris
    pour cible X'): a bare noun phrase right after the locution's last word is the verb's object."""
    ij = token_range(ctx.doc, ev.start, ev.end)
    if ij is None or ij[1] - ij[0] < 2:
        return []
    inner = [t for t in ctx.toks[ij[0]:ij[1]] if t.i != v.i]
    return [c for t in inner for c in ctx.kids(t) if c.i == ij[1] and c.dep_ in ("nmod", "obj", "appos") and
            not any(g.dep_ == "case" for g in ctx.kids(c))]


#: the event types whose 'pour X' names whom they are done for
BENEFITED = ("SUPPORT", "AID")


def _for_whom(ctx: Context, v: Token) -> list[Token]:
    """The 'pour X' complements after a verb, hung on it or on its object."""
    heads = [v] + [c for c in ctx.kids(v) if c.dep_ == "obj"]
    return [c for h in heads for c in ctx.kids(h) if c.i > v.i and c.dep_ in ("obl", "obl:mod", "obl:arg", "nmod")
            and case_of(ctx, c) in ctx.lex.benefit_cases]


#: the event types by which a party musters its own forces: whose the forces are does it
MUSTERED = ("MOBILIZE",)


def _past_clause(ctx: Context, v: Token, c: Token) -> bool:
    """True when a participle clause of the verb stands between it and this 'object' ('a condamné le tir, poussant
    X, Y et Z à …'): a verb's object comes before its clauses, so the name goes on the clause's list."""
    return any(a.dep_ == "advcl" and v.i < a.i < c.i and "Part" in feature(a, "VerbForm") and
               any(o.dep_ == "obj" for o in ctx.kids(a)) for a in ctx.kids(v))


def _troops_owner(ctx: Context, c: Token) -> list[Party]:
    """Whose the forces a muster bears on are: the party of their 'de X' or their possessive's antecedent."""
    if c.pos_ != "NOUN":
        return []
    poss = next((g for g in ctx.kids(c) if g.dep_ in ("det", "nmod:poss") and fold(g.text) in POSSESSIVES), None)
    if poss is not None:
        return antecedent(ctx, poss, POSSESSIVES[fold(poss.text)])
    return [a for g in of_complements(ctx, c)[:1] if g.i in ctx.tok_actor for a in resolve(ctx, g)] or state_of(ctx, c)


def _seen_done(ctx: Context, v: Token) -> bool:
    """True for the infinitive of a passive made with a reflexive governor ('X s'est vu infliger une amende')."""
    h = v.head
    return v.dep_ == "xcomp" and h.i != v.i and "Inf" in feature(v, "VerbForm") and \
        fold(h.lemma_) in ctx.lex.passive_governors and any(fold(c.text) in ctx.lex.reflexives for c in ctx.kids(h))


def _caseless_name(ctx: Context, v: Token, c: Token) -> bool:
    """A name right after the verb with no preposition that the parser took for an adjunct ('menace l'Équateur de
    représailles' read as 'menace [à] l'Équateur', 'appelle Quito à' with Quito as an adverb): French names a party's complement with a preposition, so a bare
    name after a verb with no object is its object ('appelle Israël à cesser', with Israël read as an attribute)."""
    return (c.dep_ in ("obl", "obl:arg", "obl:mod", "advmod") or c.dep_ == "xcomp" and c.pos_ == "PROPN") and \
        c.i > v.i and c.i in ctx.tok_actor and not any(
        g.dep_ in ("case", "mark") for g in ctx.kids(c)) and \
        all(t.pos_ in ("DET", "ADV") for t in v.doc[v.i + 1:subtree_bounds(c)[0]]) and \
        not any(g.dep_ == "obj" for g in ctx.kids(v))


def _dative_on_object(ctx: Context, v: Token, ev: Event) -> list[Token]:
    """The 'à X' of a verb that gives or lays a thing on someone, which the parser hung on the thing ('accorder
    une subvention exceptionnelle aux éleveurs', 'imposer de nouvelles règles aux exportateurs'): French puts the dative after
    the object, and a noun with no event of its own takes no 'à' party. Only a party: a person, a body, a
    state or people named as such, never a place or a thing."""
    out: list[Token] = []
    for o in ctx.kids(v):
        if o.dep_ != "obj" or o.pos_ != "NOUN" or resolve(ctx, o) or \
                trigger(ctx, o) is not None and not ev.start <= o.idx < ev.end:
            continue  # an object that is an event of its own tells its own parties
        # ('une subvention exceptionnelle aux éleveurs': or on a bare participle that qualifies the thing)
        holders = [o] + [p for p in ctx.kids(o) if p.dep_ in ("acl", "amod") and p.i > o.i and
                         "Part" in feature(p, "VerbForm") and not any(g.dep_.startswith("obl:agent") for g in ctx.kids(p))]
        for c in (c for h in holders for c in ctx.kids(h)):
            if c.dep_ in ("nmod", "obl:arg") and c.i > o.i and case_of(ctx, c) in ctx.lex.to_forms and \
                    (c.i in ctx.tok_actor and _party_kind(ctx, c) or c.pos_ == "NOUN" and c.ent_type_ != "LOC"):
                out.append(c)
    return out


def _dative_person(ctx: Context, c: Token) -> bool:
    """True when an 'à' complement names a person or people ('à Marc Tremblay', 'à l'accusé'), never a place."""
    if case_of(ctx, c) not in ctx.lex.to_forms:
        return False
    if c.i in ctx.tok_actor:  # the article's person, whatever the tagger guessed of the bare surname
        aid = ctx.tok_actor[c.i][0]
        return not aid.startswith("=") and ctx.by_id[aid]["kind"] == "person"
    return c.pos_ == "NOUN" and c.ent_type_ != "LOC" and is_people(ctx.lex, c)


def _party_kind(ctx: Context, c: Token) -> bool:
    """True when the actor named at c is a person, a body or a state ('à Genève' names a place, not whom)."""
    aid = ctx.tok_actor[c.i][0]
    return not aid.startswith("=") and ctx.by_id[aid]["kind"] in ("person", "country", "organization", "group")


def _where_with_whom(ctx: Context, v: Token, ev: Event) -> None:
    """'a négocié à Lima avec le gouvernement péruvien', 's'est entretenu à Genève avec X': when a talk names with
    whom it is held, a place name after 'à' or 'en' says where, not a second party."""
    partner = next((c for c in ctx.kids(v) if c.dep_.startswith("obl") and case_of(ctx, c) == "avec" and c.i > v.i), None)
    if partner is None:
        return
    # ('a négocié la semaine dernière à Lima avec X': the place may hang on a date word)
    for c in v.doc[v.i + 1:partner.i]:
        if (c.dep_.startswith("obl") or c.dep_ == "nmod") and (c.pos_ == "PROPN" or c.i in ctx.tok_actor) and \
                case_of(ctx, c) in ("a", "au", "aux", "en"):
            ids = {p[0] for p in resolve(ctx, c)}
            if ids and any(r[0] not in ids for r in ev.recipients):
                ev.recipients = [r for r in ev.recipients if r[0] not in ids]
                ev.place = ev.place or (c.idx, c.idx + len(c))


def _object_as_attribute(ctx: Context, v: Token, c: Token) -> bool:
    """A name the parser took for an attribute of an event verb with no object ('appelle Israël et le Hamas à un
    cessez-le-feu', read as 'nomme X président'): a bare name or noun phrase of a verb that has no copula's
    sense, with no preposition, no object beside it and a complement after it, is the object."""
    return c.dep_ == "xcomp" and c.pos_ in ("PROPN", "NOUN") and c.i > v.i and \
        not any(g.dep_ in ("case", "cop", "mark") for g in ctx.kids(c)) and \
        not any(o.dep_ == "obj" for o in ctx.kids(v)) and c.i in ctx.tok_actor and \
        any(o.dep_.startswith("obl") and o.i > c.i for o in ctx.kids(v))


def participle_object(ctx: Context, v: Token) -> list[Token]:
    """The object of a present participle the parser hung elsewhere ('a visé le camp, blessant des soldats', read as
    a modifier of 'camp' with 'soldats' its complement): the noun phrase right after a participle with no object of
    its own, with no preposition but the partitive article, is what it acts on."""
    doc = v.doc
    if not fold(v.text).endswith("ant") or "Part" not in feature(v, "VerbForm") or \
            any(c.dep_ in ("obj", "iobj") for c in ctx.kids(v)):
        return []
    k = v.i + 1
    if k < len(doc) and fold(doc[k].text) in ("des", "du") or k < len(doc) and doc[k].pos_ in ("DET", "NUM"):
        k += 1
    while k < len(doc) and doc[k].pos_ in ("DET", "NUM"):
        k += 1
    if k >= len(doc) or doc[k].pos_ not in ("NOUN", "PROPN") or \
            any(g.dep_ == "case" and fold(g.text) not in ("des", "du") for g in ctx.kids(doc[k])):
        return []
    return [doc[k]]


def after_date(ctx: Context, v: Token) -> list[Token]:
    """The object the parser hung on a date word between the verb and it ('a attaqué samedi la ville de X', read
    as a second adverbial, an apposition of 'samedi' or its modifier): a noun phrase with no preposition of its own
    after a date word of the verb, when the verb has no object of its own but that date."""
    dated = ctx.dated
    if not v.doc._.sg_times or any(c.dep_ == "obj" and not dated(c) for c in ctx.kids(v)):
        return []
    out = []
    for d in ctx.kids(v):
        if d.i < v.i or not dated(d) or d.dep_ not in ("obl:mod", "obl", "obj", "nmod"):
            continue
        loose = [g for g in ctx.kids(d) if g.i > d.i] + [s for s in ctx.kids(v) if s.i > d.i and s.dep_ in ("obl:mod", "obl")]
        for g in loose:
            if g.pos_ in ("NOUN", "PROPN") and not dated(g) and g.dep_ not in ("case", "det", "amod", "nummod") and \
                    not any(c.dep_ == "case" and fold(c.text) not in ("des", "du") for c in ctx.kids(g)):
                out.append(g)  # ('a pilonné dimanche des positions': the partitive article read as a preposition)
        break
    return out


#: the event types that take a stance on what someone proposed, said or did, or ask it of them: accepting,
#: backing, rejecting, criticising or demanding a thing of someone's is doing so towards its author
STANCES = ("AGREE", "SUPPORT", "REJECT", "ACCUSE", "REQUEST")


def author_of(ctx: Context, o: Token) -> list[Party]:
    """Whose the thing a stance bears on is ('la proposition de l'Égypte', 'les résultats proclamés par la
    commission', 'sa politique', 'l'initiative turque'): nothing when the object is a party itself, an event
    (whose own rules tell its parties) or no thing of anyone's."""
    if o.pos_ != "NOUN" or resolve(ctx, o) or trigger(ctx, o) is not None:
        return []
    found = [a for c in of_complements(ctx, o)[:1] for a in resolve(ctx, c)]
    if found:
        return found
    for c in ctx.kids(o):
        if c.dep_ in ("acl", "amod") and c.pos_ == "VERB" and "Part" in feature(c, "VerbForm"):
            found = [a for g in ctx.kids(c) if g.dep_ == "obl:agent" or g.dep_.startswith("obl") and case_of(ctx, g) == "par"
                     for a in resolve(ctx, g)]
            if found:
                return found
    poss = next((c for c in ctx.kids(o) if c.dep_ in ("det", "nmod:poss") and fold(c.text) in POSSESSIVES), None)
    if poss is not None:
        return antecedent(ctx, poss, POSSESSIVES[fold(poss.text)])
    return state_of(ctx, o)
