"""Who plays which part in an event: the trigger's subjects and complements read from the parse (subject and
agent, objects, 'à/contre/avec X', the 'de X' of a nominalisation, demonyms, coordinations), words read in
order where the parser attached a complement elsewhere, and a visit's destination."""
from __future__ import annotations

from spacy.tokens import Doc, Token

from ...lang import cities
from ..index import sentence_of, text_of
from ...lang.text import fold
from .context import Context, Party
from ..grammar import group_start, repair_lemma
from .grammar import ROLE_DEPS, SUBJ, case_of, classes_of, is_people, of_complements, plural
from .lexicon import COPULAS, POSSESSIVES, PRONOUNS, Lexicon
from .parties import antecedent, country_party, resolve, state_of
from .records import Event
from .triggers import trigger
from ..features import feature

#: event types on the same side of cooperation: negotiating an agreement is making it
SAME_SIDE = {t: ts for ts in (("AGREE", "CONSULT", "SUPPORT", "CONCEDE"), ("COOPERATE", "AID", "RETREAT")) for t in ts}


def subjects(ctx: Context, v: Token, depth: int = 0) -> tuple[list[Token], bool]:
    """The subject tokens of a verb and whether the clause is passive; climbs xcomp, conj and gerunds."""
    # 'se sont entretenus' is reflexive, though the parser may tag its subject as passive
    kids = list(ctx.kids(v))
    passive = any(c.dep_ == "aux:pass" for c in kids) or \
        any(c.dep_ == "nsubj:pass" for c in kids) and \
        not any(c.dep_ == "expl:pass" or fold(c.text) in ("se", "s'") for c in kids)
    if v.dep_ == "xcomp" and v.head.i != v.i and "Part" in feature(v, "VerbForm") and "Past" in feature(v, "Tense") \
            and repair_lemma(fold(v.head.lemma_), fold(v.head.text), COPULAS) in COPULAS and \
            not any(c.dep_.startswith(("aux", "expl")) or fold(c.text) in ctx.lex.reflexives for c in kids):
        # 'les journalistes restent détenus', 'X demeure retenu par Y': a bare past participle after a copula says
        # what the subject undergoes ('semble s'être emparé' is a past infinitive: the subject acts)
        passive = True
    # an event verb is never impersonal: an 'il' the parser took for an expletive is its subject
    subs = [c for c in kids if c.dep_ in SUBJ or c.dep_ == "expl:subj" and fold(c.text) in PRONOUNS]
    if subs:
        return subs + left_coordinated(ctx, subs[0]), passive
    if depth < 3 and v.head.i != v.i:
        clause = detached_clause(ctx, v)
        if clause is not None:
            return subjects(ctx, clause, depth + 1)[0], passive
        h = v.head
        if v.dep_ == "xcomp" or v.dep_ in ("dep", "conj") and "Inf" in feature(v, "VerbForm") and \
                any(c.dep_ == "mark" and fold(c.text) in ("de", "d'", "a") for c in ctx.kids(v)):
            # ('appeler les grévistes au calme et à reprendre': an infinitive with its 'à' is no verb coordinated
            # with the finite one, but a second complement of it)
            # ('le ministre, qu'ils accusent de protéger les fraudeurs': the relative pronoun's antecedent)
            controller = [c for c in ctx.kids(h) if c.dep_ in ("obj", "iobj") and
                          (c.i in ctx.tok_actor or (fold(c.text) in ("que", "qu'") or fold(c.lemma_) in ctx.lex.roles
                                                    or c.pos_ == "NOUN" and is_people(ctx.lex, c)
                                                    or fold(c.lemma_) in ctx.lex.org_words)
                           and resolve(ctx, c))]  # 'convaincre le Premier ministre, X, de donner'
            hit = trigger(ctx, h) if not controller else None
            if hit is not None and hit[1]["type"] == "REQUEST":
                # 'demander à Israël de laisser entrer': whom a request is made to is asked to act ('promettre à
                # X de' is no request: the one who promises acts)
                controller = [c for c in ctx.kids(h) if c.dep_ in ("obl:arg", "obl", "iobj") and
                              case_of(c) in ("a", "au", "aux") and c.i < v.i and resolve(ctx, c)]
            # ('appeler les syndicats à cesser la grève': the people or body urged act)
            if controller:  # 'Kim pousse Poutine à partager': Poutine shares
                return controller, passive
            return subjects(ctx, h, depth + 1)[0], passive
        if v.dep_ in ("conj", "advcl") and (v.dep_ == "conj" and h.pos_ in ("VERB", "AUX", "ADJ") or
                                            "Pres" in feature(v, "Tense") or v.text.endswith("ant") or
                                            v.dep_ == "advcl" and "Inf" in feature(v, "VerbForm")
                                            or any(fold(c.text) in ("pour", "afin") for c in ctx.kids(v) if c.dep_ == "mark")):
            subs, head_passive = subjects(ctx, h, depth + 1)
            if v.dep_ == "conj" and "Part" in feature(v, "VerbForm") and "Past" in feature(v, "Tense") and \
                    not any(c.dep_.startswith("aux") for c in ctx.kids(v)):
                passive = passive or head_passive  # 'sont entraînées … et soutenues par': the auxiliary is shared
            return subs, passive
        if v.dep_ == "acl" and h.pos_ in ("NOUN", "PROPN") and v.text.endswith("ant"):
            return [h], passive
        if v.dep_ in ("acl", "obl:arg", "obl", "xcomp") and "Inf" in feature(v, "VerbForm") and \
                h.pos_ in ("NOUN", "ADJ") and any(c.dep_ == "cop" for c in ctx.kids(h)):
            # 'X a été le premier ministre à se rendre dans le pays', 'Kim serait en mesure de proposer',
            # 'la Russie serait prête à payer': the subject of the copula (hung on the copula itself at times)
            subs = [c for c in ctx.kids(h) if c.dep_ in SUBJ] or \
                [g for c in ctx.kids(h) if c.dep_ == "cop" for g in ctx.kids(c) if g.dep_ in SUBJ]
            if subs:
                return subs, passive
        infinitive = "Inf" in feature(v, "VerbForm") or \
            any(c.dep_.startswith("aux") and "Inf" in feature(c, "VerbForm") for c in ctx.kids(v))  # 'd'avoir tué'
        if v.dep_ == "acl" and infinitive and h.pos_ == "NOUN" and h.i < v.i:
            # 'la volonté de Moscou de soutenir': the noun's own 'de X'; 'Kim serait en mesure de proposer',
            # 'Pékin a l'intention de livrer': the subject of the clause the noun stands in
            if h.i in ctx.tok_actor or fold(h.lemma_) in ctx.lex.roles or is_people(ctx.lex, h) or \
                    h.dep_ in ("obj", "iobj") and resolve(ctx, h):
                # 'a convaincu le président, X, de donner', 'accuse les forces rwandaises de soutenir', 'dénonce
                # la décision américaine de sanctionner': the one convinced or accused, whoever the noun stands for, acts
                return [h], passive
            own = [c for c in ctx.kids(h) if c.dep_ == "nmod" and c.i < v.i and c.i in ctx.tok_actor]
            if own:
                return own[:1], passive
            if h.dep_ in ("obj", "obl", "obl:arg", "obl:mod") and h.head.pos_ in ("VERB", "AUX") and h.head.i != h.i:
                return subjects(ctx, h.head, depth + 1)[0], passive
    doc = v.doc
    lo = group_start(v)
    if depth < 2 and lo > 0 and fold(doc[lo - 1].text) in ("et", "puis", "ou") and v.pos_ == "VERB":
        # '… ont brûlé des portraits et déchiré des drapeaux': the verb before the 'et' lends its subject
        for k in range(lo - 2, sentence_of(v).start - 1, -1):
            if doc[k].pos_ == "VERB" and doc[k].dep_ not in ("acl", "amod"):
                found = subjects(ctx, doc[k], depth + 1)[0]
                if found:
                    return found, passive
                break
    sent = sentence_of(v)
    if v.text.endswith("ant") and lo - sent.start <= 1:
        # 'Écrivant à Poutine en août, …, Kim a déclaré': the main clause's subject
        comma = next((t.i for t in doc[v.i:sent.end] if t.text == ","), None)
        if comma is not None:
            for t in doc[comma:sent.end]:
                if t.dep_.startswith("nsubj") and t.i in ctx.tok_actor and t.head.pos_ in ("VERB", "AUX") \
                        and not any(c.dep_ == "mark" for c in ctx.kids(t.head)):
                    return [t], passive
    before = doc[lo - 1].text if lo > 0 else ""
    if before in (",", "»", "”", '"') and not v.text.endswith("ant") and "Inf" not in feature(v, "VerbForm"):
        # '», a lancé la ministre canadienne des Finances, Anne Roy': the subject follows the verb
        for t in doc[v.i + 1: min(sent.end, v.i + 12)]:
            if t.text in (".", "«", "“") or t.pos_ == "VERB":
                break
            if t.i in ctx.tok_actor or (t.pos_ == "NOUN" and fold(t.lemma_) in ctx.lex.roles):
                return [t], passive
    # the parser lost the subject: a name right before the verb group ('Kim et Poutine devraient …')
    first = min([c.i for c in ctx.kids(v) if c.dep_.startswith("aux") or fold(c.text) in ctx.lex.reflexives] + [v.i])
    k = first - 1
    while k >= 0 and v.doc[k].pos_ == "ADV":
        k -= 1
    if k >= 0 and k in ctx.tok_actor and v.doc[k].dep_ in ("ROOT", "nsubj", "conj", "flat:name", "obl", "nmod"):
        return [v.doc[k]], passive
    if k >= 2 and v.doc[k].text == "," and v.pos_ == "VERB":
        # '… deux hommes, selon des témoins, ont attaqué le poste': over an aside between commas
        j = next((j for j in range(k - 1, max(k - 8, sent.start) - 1, -1) if v.doc[j].text == ","), None)
        t = v.doc[j - 1] if j is not None and j > sent.start else None
        if t is not None and t.pos_ == "NOUN" and "Plur" in feature(t, "Number") and is_people(ctx.lex, t) \
                and not any(c.dep_ == "case" for c in ctx.kids(t)) and t.head.i == v.i:
            return [t], passive
    return [], passive


def _present_participle(v: Token) -> bool:
    """A form in '-ant' read as a present participle ('refusant', 'saluant')."""
    return v.pos_ == "VERB" and v.text.endswith("ant") and "Pres" in feature(v, "Tense") and \
        "Part" in feature(v, "VerbForm")


def detached_clause(ctx: Context, v: Token) -> Token | None:
    """The verb whose subject a detached present participle shares ('Le ministre s'est montré évasif, refusant
    de …'; 'X a revendiqué la victoire, assurant que … et refusant de …'), or None. French grammar reads a
    participle set off by a comma as said of the main clause's subject, wherever the parser hung it: on the
    noun just before, or on the verb of a 'que' clause it follows."""
    if not _present_participle(v):
        return None
    doc = v.doc
    if v.dep_ == "conj":
        # 'assurant que … et refusant': a participle is coordinated with a participle, not with a finite verb
        t = v.head
        for _ in range(4):
            if _present_participle(t) and t.i < v.i:
                return detached_clause(ctx, t)
            if t.head.i == t.i:
                break
            t = t.head
        return None
    lo = group_start(v)
    if lo == 0 or doc[lo - 1].text != "," or v.dep_ not in ("acl", "advcl", "amod"):
        return None
    t = v.head
    for _ in range(4):  # up through the noun it was hung on to the verb of its clause
        if t.pos_ in ("VERB", "AUX") and not _present_participle(t):
            return t  # its subject, or the one its own rules find ('accuse X de tirer …, blessant': X)
        if t.head.i == t.i:
            break
        t = t.head
    return None


def left_coordinated(ctx: Context, s: Token) -> list[Token]:
    """A name coordinated before the subject that the parser left out ('Kim et Poutine devraient')."""
    doc = s.doc
    lo = min(t.i for t in s.subtree)
    if lo >= 2 and fold(doc[lo - 1].text) == "et" and lo - 2 in ctx.tok_actor and doc[lo - 2].head.i != s.i \
            and not any(c.dep_ == "conj" for c in ctx.kids(s)):
        return [doc[lo - 2]]
    return []


def complements(ctx: Context, head: Token, prep_roles: dict[str, str]) -> list[tuple[str, Token]]:
    """(role, token) for the head's prepositional complements that the frame gives a role to."""
    out = []
    for c in ctx.kids(head):
        if c.dep_ not in ROLE_DEPS or c.dep_ in ("obj", "iobj"):
            continue
        case = " ".join(fold(g.text) for g in sorted([g for g in ctx.kids(c) if g.dep_ == "case"] +
                                                     [f for g in ctx.kids(c) if g.dep_ == "case" for f in ctx.kids(g) if f.dep_ == "fixed"],
                                                     key=lambda t: t.i))
        if c.dep_ == "obl:agent":
            case = "par"
        role = prep_roles.get(case)
        if role is None and case in ("de", "du", "des", "d'"):
            role = prep_roles.get("de")
        if role:
            out.append((role, c))
    return out


def verb_roles(ctx: Context, v: Token, entry: dict, ev: Event) -> None:
    """Roles of a verbal (or participle/adjective) trigger from its dependents."""
    subj_role = entry.get("subject", "actor")
    obj_role = entry.get("object", "recipient")
    preps = {**ctx.lex.default_preps["verb"], **{fold(k): r for k, r in (entry.get("preps") or {}).items()}}
    subs, passive = subjects(ctx, v)
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
    if entry.get("reciprocal") and len(ev.actors) >= 2 or ev.type in PLACED:
        preps = _meeting_place(preps)  # 'X et Y se sont rencontrés à Dakar': the parties are named
    if v.dep_ == "acl:relcl" and not any(c.dep_ == "obj" for c in ctx.kids(v)) and \
            any(fold(c.text) in ("que", "qu'") and c.i < v.i for c in ctx.kids(v)):
        add(ctx, ev, obj_role, [v.head])  # 'le Venezuela, que Washington accuse'
    for c in ctx.kids(v):
        if (c.dep_ == "obj" and obj_role != "theme") or (c.dep_ == "iobj" and fold(c.text) in PRONOUNS):
            add(ctx, ev, obj_role if c.dep_ == "obj" else "recipient", [c])
        if c.dep_ == "obj" and obj_role == "theme" and ev.type == "SANCTION":
            # 'taxer les importations mexicaines': the state whose goods are struck is the one sanctioned
            add_resolved(ev, "recipient", state_of(ctx, c))
        if c.dep_ == "obj" and fold(c.lemma_) in ctx.lex.symbols:
            # 'brûler des portraits du président du Rwanda': who the portraits stand for is the target
            add(ctx, ev, "recipient", of_complements(c))
    if not ev.recipients and ev.type in STANCES and obj_role != "theme":
        for c in ctx.kids(v):
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
    before = list(ev.actors)
    if not any(c.dep_ == "obj" for c in ctx.kids(v)):
        for x in ctx.kids(v):  # 'avaient menacé d'arrêter Alexeï Navalny': the one the threat is about
            if x.dep_ == "xcomp" and "Inf" in feature(x, "VerbForm") and \
                    (trigger(ctx, x) is None or ev.type in ("AGREE", "REJECT", "THREATEN")):
                # 'a accepté de rencontrer le général X': X is whom the acceptance concerns
                for o in ctx.kids(x):
                    if o.dep_ == "obj" and (o.i in ctx.tok_actor or o.pos_ == "PROPN" or fold(o.lemma_) in ctx.lex.roles):
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
    scan_right(ctx, v, preps, ev, 12)
    if entry.get("reciprocal") and len(ev.actors) - len(before) >= 2:
        ev.actors = ev.actors[len(before):]  # 'raviver les liens entre Moscou et Pyongyang': the pair, not the speaker
    first_sub = min((x.i for x in subs), default=v.i)
    for role, c in complements(ctx, v, preps):
        if c.i < first_sub and case_of(c) in ("a", "au", "aux", "en", "dans") and \
                max(x.i for x in c.subtree) + 1 < len(v.doc) and v.doc[max(x.i for x in c.subtree) + 1].text == ",":
            ev.place = ev.place or (c.idx, c.idx + len(c))
            continue  # 'À Kinshasa, des manifestants ont brûlé …': a fronted place sets the scene
        add(ctx, ev, role, [c], case_of(c))
        # where: a visit's destination, or a place name in a complement ('à Vladivostok')
        if ev.place is None and (ev.mode == "visit" and c.i in ctx.tok_actor or
                                 c.dep_ in ("obl:mod", "obl") and c.pos_ == "PROPN" and c.ent_type_ == "LOC"):
            ev.place = (c.idx, c.idx + len(c))
    if ev.type == "COERCE":
        custody_place(ctx, v, ev)


#: the event types that take a stance on what someone proposed, said or did, or ask it of them: accepting,
#: backing, rejecting, criticising or demanding a thing of someone's is doing so towards its author
STANCES = ("AGREE", "SUPPORT", "REJECT", "ACCUSE", "REQUEST")


def author_of(ctx: Context, o: Token) -> list[Party]:
    """Whose the thing a stance bears on is ('la proposition de l'Égypte', 'les résultats proclamés par la
    commission', 'sa politique', 'l'initiative turque'): nothing when the object is a party itself, an event
    (whose own rules tell its parties) or no thing of anyone's."""
    if o.pos_ != "NOUN" or resolve(ctx, o) or trigger(ctx, o) is not None:
        return []
    found = [a for c in of_complements(o)[:1] for a in resolve(ctx, c)]
    if found:
        return found
    for c in ctx.kids(o):
        if c.dep_ in ("acl", "amod") and c.pos_ == "VERB" and "Part" in feature(c, "VerbForm"):
            found = [a for g in ctx.kids(c) if g.dep_ == "obl:agent" or g.dep_.startswith("obl") and case_of(g) == "par"
                     for a in resolve(ctx, g)]
            if found:
                return found
    poss = next((c for c in ctx.kids(o) if c.dep_ in ("det", "nmod:poss") and fold(c.text) in POSSESSIVES), None)
    if poss is not None:
        return antecedent(ctx, poss, POSSESSIVES[fold(poss.text)])
    return state_of(ctx, o)


def noun_roles(ctx: Context, n: Token, entry: dict, ev: Event) -> None:
    """Roles of a nominal trigger: 'de X', 'par X', 'à/contre X', 'entre X et Y', demonyms, and the light verb."""
    of = entry.get("of", "actor")
    preps = {**ctx.lex.default_preps["noun"], **{fold(k): r for k, r in (entry.get("preps") or {}).items()}, "de": of}
    if entry.get("by"):
        preps["par"] = entry["by"]
    if ev.mode == "meet" or ev.type in PLACED:
        preps = _meeting_place(preps)  # 'un sommet à Rome': where, not with whom
    seen: set[int] = set()
    for role, c in complements(ctx, n, preps):
        seen.add(c.i)
        if role == "place":
            ev.place = (c.idx, c.idx + len(c))
            continue
        if c.dep_ == "nmod" and entry.get("needs") and fold(c.lemma_) in {fold(w) for w in entry["needs"]} | classes_of(ctx.lex, [c]):
            continue
        if role == "actor" and c.pos_ == "NOUN" and case_of(c) in ("de", "du", "des", "d'") and trigger(ctx, c):
            role = "recipient"  # 'partisans de l'invasion russe': who backs an event backs its author
        if role == "recipient" and case_of(c) == "pour":
            add(ctx, ev, role, _addressed(ctx, c))
            continue
        add(ctx, ev, role, [c])
    for c in _adjective_of_complements(ctx, n):
        # 'les frappes répétées et délibérées de la marine': the parser hangs the noun's 'de X' on its adjective
        add(ctx, ev, preps["de"], [c])
    if n.dep_ in ("obj", "obj:lvc") and fold(n.head.lemma_) in ctx.lex.expression:
        for c in ctx.kids(n.head):  # 'a exprimé sa reconnaissance pour le soutien des États-Unis'
            if c.dep_.startswith("obl") and case_of(c) == "pour":
                add(ctx, ev, "recipient", _addressed(ctx, c))
    if not ev.actors and n.head.i != n.i and fold(n.head.lemma_) in ctx.lex.culprit:
        # 'accuse Moscou d'une cyberattaque contre son réseau': whom the event is laid on did it, whatever a
        # possessive in its complements was taken to stand for
        culprits = {a[0] for t in _culprit(ctx, n) for a in resolve(ctx, t)}
        ev.recipients = [r for r in ev.recipients if r[0] not in culprits]
        add(ctx, ev, "actor", _culprit(ctx, n))
    if not ev.actors:
        v = _object_relative(ctx, n)
        if v is not None:  # 'les sanctions que Washington a imposées', 'l'isolement que l'Asean avait réussi à imposer'
            add(ctx, ev, "actor", subjects(ctx, v)[0])
    if not ev.actors and is_people(ctx.lex, n):
        # 'la Serbie est devenue l'un des partisans de …': the copula's subject is the partisan
        p = n.head if n.dep_ == "nmod" and n.head.pos_ == "PRON" and fold(n.head.text) in ("un", "une") else n
        cop = p.head if p.dep_ in ("xcomp", "obj") and fold(p.head.lemma_) in COPULAS else \
            p if any(c.dep_ == "cop" for c in ctx.kids(p)) else None
        if cop is not None:
            add(ctx, ev, "actor", subjects(ctx, cop)[0])
    for c in ctx.kids(n):
        if c.dep_ in ("det", "nmod:poss") and fold(c.text) in POSSESSIVES and of in ("actor", "recipient"):
            # 'son arrestation', 'leur capture', 'son soutien': the possessor, by the pronoun's antecedent;
            # 'convaincre X de donner son feu vert': a light verb's subject owns what it gives
            owner: list[Party] = []
            role = of
            if n.dep_ in ("obj", "obj:lvc") and n.head.pos_ == "VERB" and fold(n.head.lemma_) in ctx.lex.expression:
                role = "actor"  # 'X a exprimé sa reconnaissance': the feeling is X's, whatever 'de' would say
            if role == "actor" and n.dep_ in ("obj", "obj:lvc") and n.head.pos_ == "VERB":
                owner = [a for s in subjects(ctx, n.head)[0] for a in resolve(ctx, s)]
            add_resolved(ev, role, owner or antecedent(ctx, c, POSSESSIVES[fold(c.text)]))
        if c.dep_ == "amod" and fold(c.text) in ctx.lex.country_of and c.text[:1].islower():
            add_resolved(ev, entry.get("by", "actor"), country_party(ctx, ctx.lex.country_of[fold(c.text)], c))
        if c.dep_ in ("acl", "amod") and "Part" in feature(c, "VerbForm"):
            # 'les sanctions imposées à Pyongyang', 'les accords négociés par Moscou' (a participle that is an
            # event itself still names who made this one)
            vp = {**ctx.lex.default_preps["verb"], **{fold(k): r for k, r in (entry.get("preps") or {}).items()},
                  "par": entry.get("by", "actor")}  # the noun's own frame holds ('menée par X avec Y': Y mediates too)
            hit = trigger(ctx, c)
            if hit is not None:
                if hit[1]["type"] not in SAME_SIDE.get(ev.type, ()):
                    continue  # 'un attentat attribué par Kiev à …': who attributes did not attack
                vp = {"par": vp["par"]}
            for role, g in complements(ctx, c, vp):
                add(ctx, ev, role, [g])
            if hit is None:  # 'une accusation lancée depuis des mois par la Bolivie'
                scan_right(ctx, c, vp, ev, 12)
    scan_right(ctx, n, preps, ev, 12)
    if n.dep_ in ("nsubj", "nsubj:pass") and n.head.pos_ in ("VERB", "ADJ") and trigger(ctx, n.head) is None:
        # 'un accord a été signé entre le Pérou et le Chili', 'une accusation portée par l'ONU'
        for role, c in complements(ctx, n.head, {**preps, "par": "actor", "entre": "actor"}):
            if role in ("actor", "recipient"):
                add(ctx, ev, role, [c])
        scan_right(ctx, n.head, {**preps, "par": "actor", "entre": "actor"}, ev)
        for c in ctx.kids(n.head):
            if c.dep_ == "advcl" and "Part" in feature(c, "VerbForm") and "Past" in feature(c, "Tense") \
                    and not any(g.dep_.startswith("nsubj") for g in ctx.kids(c)) and trigger(ctx, c) is None:
                # 'les efforts ont repris, menés cette fois par Washington, Le Caire et Doha': a detached
                # participle says who carries the subject out
                for role, g in complements(ctx, c, {"par": "actor"}):
                    add(ctx, ev, role, [g])
                scan_right(ctx, c, {"par": "actor"}, ev, 14)
    if not ev.recipients and n.head.i != n.i and (_target_of(ctx, n) or
                                                  fold(n.head.lemma_) in ctx.lex.beneficiary
                                                  and ev.type in ("AID", "SUPPORT", "SANCTION", "CONCEDE", "COOPERATE")):
        # 'il peut compter sur le soutien du Brésil', 'exigera une aide', 'la cible de sanctions':
        # whoever counts on, demands or is the target of the event receives it; being its object, target or
        # victim is undergoing an event of any kind ('il fait l'objet d'une enquête', 'a essuyé des critiques')
        g = n.head
        while g.pos_ == "NOUN" and g.head.i != g.i and g.dep_ not in ("nsubj", "nsubj:pass"):
            g = g.head  # 'est la cible de': the clause around the noun
        subs, _ = subjects(ctx, g) if g.pos_ in ("VERB", "AUX", "NOUN", "ADJ") else ([], False)
        subs = subs or [c for c in ctx.kids(g) if c.dep_ == "nsubj"]
        found = [a for t in subs for a in resolve(ctx, t) if a[0] not in [b[0] for b in ev.actors]]
        add_resolved(ev, "recipient", found)
    role = of if of in ("actor", "recipient") else "actor"
    if not (ev.actors if role == "actor" else ev.recipients):
        add(ctx, ev, role, _in_state(ctx, n))
    if not ev.actors and ev.mode in ("visit", "meet") and n.dep_.startswith("obl") and n.head.pos_ in ("VERB", "AUX", "ADJ") \
            and case_of(n) in ("pour", "en") and \
            (trigger(ctx, n.head) is None or trigger(ctx, n.head)[1].get("mode") == "visit"):
        # 'elle était attendue à Ottawa pour une visite', 's'est rendu à Rome pour une rencontre avec X'
        subs, _ = subjects(ctx, n.head)
        add(ctx, ev, "actor", subs)
    o = _carried_by(ctx, n)
    gov = o.head if o.dep_ in ("obj", "obj:lvc") else _partitive_object(ctx, o)
    if not ev.actors and gov is not None and gov.pos_ == "VERB" and \
            (_light(ctx, gov, n) or _builds_on(ctx, gov, n)) and fold(gov.lemma_) not in ctx.lex.beneficiary:
        # a light verb lends the noun its subject: 'X et Y ont tenu un sommet', 'X impose des sanctions à Y',
        # and so does an event verb that builds what the noun names ('renforcer la coopération'), through
        # a noun that carries the event too ('X précisera ses mesures de représailles')
        subs, passive = subjects(ctx, gov)
        if not passive:
            add(ctx, ev, "actor", subs)
        verb_preps = ctx.lex.default_preps["verb"]
        for role, c in complements(ctx, gov, _meeting_place(verb_preps) if ev.mode == "meet" else verb_preps):
            if role == "place":
                ev.place = ev.place or (c.idx, c.idx + len(c))
            add(ctx, ev, role, [c])
    if ev.type == "COERCE":
        held_in(ctx, n, ev)
        custody_place(ctx, n, ev)
    if ev.type == "CONSULT" and ev.mode == "meet" and not (entry.get("one_sided") and ev.actors):
        ev.actors += ev.recipients
        ev.recipients = []


def _in_state(ctx: Context, n: Token) -> list[Token]:
    """The subject said to be in the state a bare 'en' + event noun names ('les enseignants sont en grève',
    'l'opposant restera en détention', 'les deux pays sont entrés en guerre'): it is the noun's own 'de X'
    party; nothing when the noun is no such predicate."""
    if case_of(n) not in ctx.lex.state_preps or \
            any(c.dep_ in ("det", "nmod:poss") for c in ctx.kids(n)):
        return []
    if any(c.dep_ == "cop" for c in ctx.kids(n)):
        return [c for c in ctx.kids(n) if c.dep_ in SUBJ]
    h = n.head
    if n.dep_ in ("xcomp", "obl", "obl:mod", "obl:arg") and h.pos_ in ("VERB", "AUX") and h.i != n.i and \
            repair_lemma(fold(h.lemma_), fold(h.text), ctx.lex.state_verbs) in ctx.lex.state_verbs:
        subs, passive = subjects(ctx, h)
        return [] if passive else subs
    return []


def _adjective_of_complements(ctx: Context, n: Token) -> list[Token]:
    """The 'de X' complements the parser hung on a noun's adjectives (and the adjectives coordinated with them)
    rather than on the noun: an adjective of manner takes no 'de' party of its own."""
    adjs = [a for a in ctx.kids(n) if a.dep_ == "amod" and a.pos_ == "ADJ"]
    adjs += [c for a in adjs for c in ctx.kids(a) if c.dep_ == "conj" and c.pos_ == "ADJ"]
    return [c for a in adjs for c in ctx.kids(a) if c.dep_ == "nmod" and case_of(c) in ("de", "du", "des", "d'")]


def _target_of(ctx: Context, n: Token) -> bool:
    """True when the noun's governor makes its clause's subject undergo it: 'la cible de', 'victime de',
    'subir', or 'faire l'objet de' (the parser hangs the complement on 'faire' beside its object 'objet')."""
    g = n.head
    if fold(g.lemma_) in ctx.lex.targets:
        return True
    return g.pos_ == "VERB" and n.dep_.startswith("obl") and case_of(n) in ("de", "d'", "du", "des") and \
        any(c.dep_ == "obj" and c.i < n.i and fold(c.lemma_) in ctx.lex.targets for c in ctx.kids(g))


def held_in(ctx: Context, n: Token, ev: Event) -> None:
    """A constraint named as a state ('en détention', 'en garde à vue', 'sous les verrous') is said of the verb's
    object when it has one ('la police a placé X en détention': X is held, the police holds), else of its
    subject ('X est en garde à vue', 'X restera en détention', 'X a été placé en détention par Y')."""
    if case_of(n) not in ("en", "sous"):
        return
    v = n.head
    holders: list[Token] = []
    own = [c for c in ctx.kids(n) if c.dep_ in ("nsubj", "nsubj:pass")]
    if own:  # 'X est en détention': the state is the predicate, X its subject
        held = own
    elif n.dep_ == "nmod" and v.dep_ == "obj" and v.head.pos_ == "VERB" and v.head.i != v.i:
        held, holders = [v], subjects(ctx, v.head)[0]  # 'a placé X en garde à vue', hung on X
    elif (n.dep_.startswith("obl") or n.dep_ == "xcomp") and v.i != n.i and v.pos_ in ("VERB", "AUX", "ADJ"):
        subs, passive = subjects(ctx, v)
        objs = [c for c in ctx.kids(v) if c.dep_ == "obj"]
        held = objs if objs and not passive else subs
        holders = subs if objs and not passive else \
            [c for c in ctx.kids(v) if c.dep_ == "obl:agent"] if passive else []
    else:
        return
    found = [a for t in held for a in resolve(ctx, t)]
    if not found:
        return
    ids = {a[0] for a in found}
    ev.actors = [a for a in ev.actors if a[0] not in ids]
    ev.recipients = [a for a in ev.recipients if a[0] not in ids]
    add_resolved(ev, "recipient", found)
    add(ctx, ev, "actor", holders)


#: the prepositions by which a custody names where it is held
CUSTODY_PLACE = ("a", "au", "aux", "en", "dans")


def custody_place(ctx: Context, head: Token, ev: Event) -> None:
    """Where someone is held names who holds them: the state of the place ('détenus dans des prisons
    israéliennes', 'en détention en Côte d'Ivoire', 'toujours détenu à Ouagadougou'), the holder when no one else
    is named; a state named so is never the one held."""
    # 'X est en détention à Y': the place may hang on the verb the state noun completes (only a state: 'les
    # sanctions imposées au pays après le coup d'État' tell no place of the coup)
    heads = [head] + ([head.head] if head.dep_.startswith("obl") and case_of(head) in ("en", "sous") and
                      head.head.pos_ in ("VERB", "AUX", "ADJ") and head.head.i != head.i else [])
    for h in heads:
        for c in ctx.kids(h):
            if c.dep_ not in ("obl", "obl:mod", "obl:arg", "nmod") or case_of(c) not in CUSTODY_PLACE:
                continue
            states = _state_at(ctx, c)
            if not states:
                continue
            ids = {a[0] for a in states}
            ev.recipients = [r for r in ev.recipients if r[0] not in ids]
            if not ev.actors:
                add_resolved(ev, "actor", states)
            ev.place = ev.place or (c.idx, c.idx + len(c))
            return


def _state_at(ctx: Context, c: Token) -> list[Party]:
    """The state a place complement lies in: a country named, a town of the gazetteer, or a place noun's demonym."""
    if c.i in ctx.tok_actor:
        a = ctx.tok_actor[c.i]
        return [a] if not a[0].startswith("=") and ctx.by_id[a[0]]["kind"] == "country" else []
    if c.pos_ == "NOUN":
        return state_of(ctx, c)  # 'dans des prisons israéliennes'
    if c.pos_ == "PROPN":
        country = cities(ctx.lex.lang).get(fold(c.text))
        return country_party(ctx, country, c) if country else []
    return []


def phrase_roles(ctx: Context, tok: Token, last: int, ev: Event) -> None:
    """'ont ouvert le feu sur des passants': complements may hang on any word of a phrase."""
    for t in tok.doc[tok.i:last + 1]:
        if t.i != ev.head:
            for role, c in complements(ctx, t, ctx.lex.default_preps["verb"]):
                add(ctx, ev, role, [c], case_of(c))


def scan_right(ctx: Context, head: Token, preps: dict[str, str], ev: Event, width: int = 10) -> None:
    """Read the words after a trigger in order for 'prep + actor' the parser attached elsewhere
    ('vendre des armes à Moscou', 'l'invasion du Tchad par la Libye')."""
    doc = head.doc
    texts, poss, deps = ctx.texts, ctx.pos, ctx.deps  # the words are read off arrays: a Token only where needed
    k, end, prep = head.i + 1, min(len(doc), head.i + width), None
    depth = 0
    nested = False
    nested_via: str | None = None  # the preposition before the first other event noun
    head_noun = head.pos_ == "NOUN"
    while k < end:
        text, pos = texts[k], poss[k]
        f = fold(text)
        if text == "," and prep and _actor_follows(ctx, k + 1):
            k += 1  # 'menée par l'Égypte, les États-Unis et le Qatar'
            continue
        if text in ("(", ")"):
            k += 1  # 'entre le pouvoir (la Russie, NDLR) et la rébellion (l'Ukraine …)': the aside names them
            end = min(len(doc), end + 1)
            depth += 1 if text == "(" else -1
            continue
        if depth > 0 and text == ",":
            k += 1  # a comma inside the aside ends nothing
            continue
        if head_noun and pos == "VERB" and deps[k] in ("acl", "amod") and k - head.i <= 8 and \
                "Part" in feature(doc[k], "VerbForm") and "Past" in feature(doc[k], "Tense") and \
                (trigger(ctx, doc[k]) is None or trigger(ctx, doc[k])[1]["type"] in SAME_SIDE.get(ev.type, ())):
            # 'les sanctions des Nations unies imposées au Pérou', 'les accords d'armes négociés par Moscou':
            # the participle carries the noun's roles (an event of the same side too)
            k += 1
            prep = None
            continue
        if pos in ("VERB", "ADV") and f in preps and f not in ctx.lex.genitive:
            pos = "ADP"  # 'des représailles envers Washington': a preposition the tagger took for a verb
        if (pos in ("VERB", "AUX") and deps[k] not in ("amod",)) or text in (".", ";", ":", "«", "»", "?", "!", ",") \
                or f in ("qui", "que", "qu'", "dont", "lorsque", "quand", "pour", "afin") or text.lower() == "où":
            break
        if pos == "NOUN" and (prep and prep != "entre" or prep is None and not head_noun) and \
                not ev.start <= ctx.starts[k] < ev.end and \
                k not in ctx.tok_actor and trigger(ctx, doc[k]) is not None and trigger(ctx, doc[k])[0] == "noun":
            # 'la menace d'invasion de l'Ukraine', 'le voyage de X depuis l'invasion du pays par Y': the complements
            # after another event noun are its own, and so are those of a verb's event object ('a condamné
            # l'attaque de X contre Y': Y was attacked, not condemned); only 'entre X et Y' still names the
            # parties of the whole
            nested = True
            # 'contre l'accord entre X et Y': what a protest is against names no parties of the protest
            nested_via = prep if nested_via is None else nested_via
            prep = None
            k += 1
            continue
        n, phrase_role = _role_phrase(ctx.lex, texts, k)
        if n:
            k += n  # 'aux mains du Hamas', 'à l'encontre de la Chine': who acts or is aimed at, as 'par'/'contre' say
            end = min(len(doc), end + n)
            prep = "=" + phrase_role  # no preposition of any frame: the phrase's role, whatever the frame says
            continue
        if f == "entre" and pos == "ADP":
            end = min(len(doc), max(end, k + 14))  # 'entre le pouvoir (la Russie, NDLR) et la rébellion (…)'
        if pos == "ADP" or f in ("du", "des", "au", "aux"):
            # 'hors d'Ukraine', 'près de Gaza': a compound preposition is not the 'de' of a party
            compound = prep is not None and pos == "ADP" and poss[k - 1] == "ADP" and fold(texts[k - 1]) == prep
            prep = prep + " " + f if compound else f
        elif prep and prep not in ("de", "du", "des", "d'") and k not in ctx.tok_actor and pos == "NOUN" \
                and (_body_or_people(ctx, doc[k]) or ev.type in HIT_OWNER and _owner_hit(ctx, doc[k]) or
                     ev.type == "SANCTION" and prep == "sur" and state_of(ctx, doc[k])) and \
                fold(doc[k].lemma_) not in ctx.lex.roles and \
                not (k + 1 < end and texts[k + 1] == "(" and _actor_follows(ctx, k + 2)):
            # 'ont ouvert le feu sur des passants' ('de' complements are the parser's business: too often a theme);
            # 'a multiplié les tirs sur les positions du Hezbollah': whoever holds what is struck
            role = (prep[1:] if prep.startswith("=") else preps.get(prep)) \
                if not nested or prep == "entre" and nested_via != "contre" else None
            if role in ("actor", "recipient") and not ev.start <= ctx.starts[k] < ev.end:
                if _body_or_people(ctx, doc[k]):
                    add_resolved(ev, role, resolve(ctx, doc[k]))
                elif role == "recipient" and ev.type == "SANCTION":
                    # 'des droits de douane sur les produits mexicains': the state whose goods are taxed
                    add_resolved(ev, role, state_of(ctx, doc[k]))
                elif role == "recipient":
                    add_resolved(ev, role, _owner_hit(ctx, doc[k]))
            prep = None
        elif k in ctx.tok_actor and prep:
            role = prep[1:] if prep.startswith("=") else \
                preps.get(prep) or (preps.get("de") if prep in ("du", "des", "d'") else None)
            if nested and not prep.startswith("entre"):
                role = None
            elif nested and nested_via == "contre" and role == "actor":
                role = "recipient"  # 'manifester contre l'accord entre X et Y': the protest is aimed at both
            if role in ("actor", "recipient") and not (role == "recipient" and ev.recipients and prep in ("a", "au", "aux", "en", "dans")):
                add_resolved(ev, role, [ctx.tok_actor[k]])
            elif role == "place" and ev.place is None:
                a = ctx.tok_actor[k]
                ev.place = (a[1], a[2])
            a = ctx.tok_actor[k]
            while k + 1 < end and ctx.tok_actor.get(k + 1) == a:
                k += 1
            if not (k + 1 < end and fold(texts[k + 1]) in ("et", "ou", ",")):
                prep = None  # 'entre Israël et le Hamas': the preposition holds over the coordination
        k += 1


def _body_or_people(ctx: Context, t: Token) -> bool:
    """A noun that names people or a body ('des touristes', 'les organisations indépendantistes', 'la police'),
    not a thing or place an event may also bear on ('les fonds', 'la présidence', 'un hôpital')."""
    f = fold(t.lemma_)
    return is_people(ctx.lex, t) or f in ctx.lex.org_words and not ctx.lex.class_of.get(f, set()) & _THINGS


#: the object classes whose words name what an event bears on or where, not who
_THINGS = frozenset({"economic", "tariffs", "sanctions", "office", "sites", "targets"})


def _role_phrase(lex: Lexicon, texts: list[str], k: int) -> tuple[int, str]:
    """Length and role of a role phrase starting at token k with its 'de': 'aux mains du' names who acts as 'par'
    does, 'à l'encontre de' whom the event is aimed at as 'contre' does; (0, '') when none starts here."""
    of = lex.genitive | {"du", "des"}  # French glues 'de' to the article ('aux mains du Hamas')
    for phrases, prep in ((lex.agent_phrases, "actor"), (lex.target_phrases, "recipient")):
        for words in phrases.get(fold(texts[k]), ()):
            j = k + len(words)
            if j > len(texts) or tuple(fold(x) for x in texts[k:j]) != words:
                continue
            if words[-1] in lex.genitive:
                return len(words), prep  # written with its genitive ('in the hands of')
            if j < len(texts) and fold(texts[j]) in of:
                return len(words) + 1, prep
    return 0, ""


def _actor_follows(ctx: Context, k: int) -> bool:
    """True when an actor mention starts at token k, its determiners skipped."""
    while k < len(ctx.pos) and ctx.pos[k] == "DET":
        k += 1
    return k < len(ctx.pos) and k in ctx.tok_actor


def destination(ctx: Context, head: Token, ev: Event) -> None:
    """Whom a visit goes to when no one is named: the state of the place it goes to ('s'est rendu à
    Vladivostok', 'était attendue à Ottawa pour une visite'), a town found in the gazetteer."""
    where = head
    if head.pos_ == "NOUN" and head.dep_.startswith("obl") and head.head.pos_ in ("VERB", "AUX", "ADJ"):
        where = head.head
    own = {a[0] for a in ev.actors}
    for c in ctx.kids(where):
        if not c.dep_.startswith("obl") or case_of(c) not in ("a", "au", "en", "dans", "vers"):
            continue
        if c.i in ctx.tok_actor:
            found = [a for a in resolve(ctx, c) if a[0] not in own]
            if found and (found[0][0].startswith("=") or ctx.by_id[found[0][0]]["kind"] == "country"):
                add_resolved(ev, "recipient", found[:1])
                ev.place = ev.place or (c.idx, c.idx + len(c))
                return
        elif c.pos_ == "PROPN":
            words = [c] + [t for t in ctx.kids(c) if t.dep_ == "flat:name" or t.text == "-"]
            name = fold(text_of(c.doc)[c.idx:max(t.idx + len(t) for t in words)])
            country = cities(ctx.lex.lang).get(name)
            if country:
                found = [a for a in country_party(ctx, country, c) if a[0] not in own]
                add_resolved(ev, "recipient", found)
                ev.place = ev.place or (c.idx, c.idx + len(c))
                return


def add(ctx: Context, ev: Event, role: str, toks: list[Token], prep: str = "") -> None:
    """Resolve tokens and add them to the event's actors or recipients (once each)."""
    if role not in ("actor", "recipient"):
        return
    if role == "recipient" and ev.recipients and prep in ("a", "au", "aux", "en", "dans"):
        return  # 'a soutenu Moscou à l'ONU': a second 'à' names where, not whom
    bucket = ev.actors if role == "actor" else ev.recipients
    for t in toks:
        if ev.start <= t.idx < ev.end:
            continue  # 'échange de prisonniers': the phrase's own words are not its parties
        found = resolve(ctx, t)
        if not found and role == "recipient" and ev.type in HIT_OWNER:
            found = _owner_hit(ctx, t)
        for a in found:
            if a[0] not in [b[0] for b in ev.actors + ev.recipients]:
                bucket.append(a)


#: the event types by which striking a thing ('a visé un camp de l'ONU', 'tirer sur ses positions') is
#: striking whoever holds it
HIT_OWNER = ("ASSAULT",)


def _owner_hit(ctx: Context, t: Token) -> list[Party]:
    """Who holds the thing an attack strikes: its possessive's antecedent or the party of its 'de X' ('les
    positions du Hezbollah', 'une base de la Finul', 'ses positions'); nothing for a noun naming people or a body."""
    if t.pos_ != "NOUN" or _body_or_people(ctx, t):
        return []
    poss = next((c for c in ctx.kids(t) if c.dep_ in ("det", "nmod:poss") and fold(c.text) in POSSESSIVES), None)
    if poss is not None:
        return antecedent(ctx, poss, POSSESSIVES[fold(poss.text)])
    return [a for c in of_complements(t)[:1] for a in resolve(ctx, c)]


def add_resolved(ev: Event, role: str, found: list[Party]) -> None:
    """Add parties already resolved to the event's actors or recipients (once each)."""
    bucket = ev.actors if role == "actor" else ev.recipients
    for a in found:
        if a[0] not in [b[0] for b in ev.actors + ev.recipients]:
            bucket.append(a)


#: the event types that take place somewhere and are aimed at someone only through 'contre' or 'pour' ('manifester
#: à Bruxelles contre la PAC': Brussels is where, not whom)
PLACED = ("PROTEST",)


def _meeting_place(preps: dict[str, str]) -> dict[str, str]:
    """A meeting's 'à/en/dans X' is where it is held, not with whom."""
    return {k: "place" if k in ("a", "au", "aux", "en", "dans") else r for k, r in preps.items()}


def _addressed(ctx: Context, c: Token) -> list[Token]:
    """Whom a stance 'pour X' is addressed to: X, or the author of the event X names ('sa reconnaissance
    pour le soutien des États-Unis': thanks for support go to who gave it)."""
    if c.pos_ == "NOUN" and trigger(ctx, c):
        return of_complements(c)
    return [c]


def _culprit(ctx: Context, n: Token) -> list[Token]:
    """Who an event noun is laid on: 'X est soupçonné des attaques', 'X est responsable de l'attentat',
    'on accuse X de l'attaque', 'X a revendiqué l'attaque'."""
    g = n.head
    subs, passive = subjects(ctx, g) if g.pos_ in ("VERB", "AUX") else (subjects(ctx, g)[0], True)
    if g.pos_ != "VERB" or passive or ctx.lex.culprit[fold(g.lemma_)] == "subject":
        return subs  # 'est soupçonné de', 'a revendiqué l'attaque'
    return [c for c in ctx.kids(g) if c.dep_ == "obj" and c.i != n.i]  # 'accusent le Hamas de l'attaque'


def _object_relative(ctx: Context, n: Token) -> Token | None:
    """The verb of a 'que' relative right after the noun's phrase whose object the noun is, when it is a light
    verb (not an event of its own, not a receiving verb): 'l'embargo qu'ils ont imposé'. The parser often hangs
    the relative on an earlier noun, so the clause is found by position."""
    doc = n.doc
    k = max(t.i for t in n.subtree) + 1
    if k >= len(doc) or fold(doc[k].text) not in ("que", "qu'"):
        return None
    v = doc[k].head
    if v.pos_ != "VERB" or v.i <= k or any(c.dep_ == "obj" for c in ctx.kids(v)):
        return None
    w = v
    while True:  # 'avait réussi à imposer': the verb that does it
        x = next((c for c in ctx.kids(w) if c.dep_ == "xcomp" and c.pos_ == "VERB"), None)
        if x is None:
            break
        w = x
    if trigger(ctx, w) is not None or fold(w.lemma_) in ctx.lex.beneficiary:
        return None
    return v if any(c.dep_ in SUBJ for c in ctx.kids(v)) else None


def _carried_by(ctx: Context, n: Token) -> Token:
    """The noun that carries an event noun as its bare 'de' complement ('des mesures de représailles', 'un
    paquet de sanctions'), whose clause is the event's own; else the event noun itself."""
    for _ in range(2):  # 'une série de mesures de rétorsion'
        h = n.head
        if not (n.dep_ == "nmod" and h.i < n.i and h.pos_ == "NOUN" and fold(h.lemma_) in ctx.lex.carriers and
                case_of(n) in ("de", "d'") and not any(c.dep_ in ("det", "nmod:poss", "nummod") for c in ctx.kids(n))):
            break
        n = h
    return n


def _partitive_object(ctx: Context, n: Token) -> Token | None:
    """The verb whose object a noun is when the parser took its partitive article for a 'de' because a time word
    stands between them ('a annoncé lundi des représailles', 'a décidé jeudi de nouvelles sanctions'): the verb has
    no other object, the 'des/du' (or 'de' before adjectives) right before the noun, only time words between."""
    times = [(t["start"], t["end"]) for t in n.doc._.sg_times or []]

    def dated(t: Token) -> bool:
        return any(a <= t.idx < b for a, b in times)  # 'lundi', 'mardi soir': the parser may take it for the object
    v = n.head
    if dated(v) and v.head.i != v.i:
        v = v.head  # 'mardi soir des sanctions': the noun hung on the time word
    if n.dep_ not in ("obl:arg", "obl", "nmod") or v.pos_ != "VERB" or v.i > n.i:
        return None
    art = next((c for c in ctx.kids(n) if c.dep_ == "case"), None)
    if art is None or not all(t.pos_ in ("ADJ", "NUM") for t in n.doc[art.i + 1:n.i]) or \
            fold(art.text) not in ("des", "du") and not (fold(art.text) in ("de", "d'") and art.i < n.i - 1):
        return None
    between = n.doc[v.i + 1:art.i]
    if not between or not all(dated(t) for t in between) or \
            any(c.dep_ == "obj" and not dated(c) for c in ctx.kids(v)):
        return None
    return v


def _light(ctx: Context, v: Token, n: Token) -> bool:
    """True when v is no event with n as its object: not in the lexicon, or a frame that needs other words
    ('lancer un missile' is an event, 'lancer une grève' lends the strike its subject)."""
    hit = trigger(ctx, v)
    if hit is None:
        return True
    need = {fold(w) for w in hit[1].get("needs") or ()}
    return bool(need) and not hit[1].get("otherwise") and not need & classes_of(ctx.lex, [n])


def _builds_on(ctx: Context, v: Token, n: Token) -> bool:
    """True when v is an event verb that makes or furthers what its object n names ('conclure un accord',
    'renforcer la coopération'): its subject is the noun's party. Breaking or refusing it ('violer un
    accord') is the other side's act."""
    hit = trigger(ctx, v)
    return hit is not None and hit[1]["type"] in SAME_SIDE and \
        fold(n.lemma_) in {fold(w) for w in hit[1].get("needs", ())}
