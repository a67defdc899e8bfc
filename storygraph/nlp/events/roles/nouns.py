"""The parties of a nominal trigger: the 'de X' of a nominalisation, the verb that carries it, its demonyms and
complements."""
from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from ....lang import resource
from ....lang.text import fold
from ..context import Context, Party
from ..grammar import SUBJ, case_of, classes_of, dated_clause, is_people, of_complements, patient_after_agent
from ..lexicon import COPULAS, POSSESSIVES
from ..parties import antecedent, country_party, resolve
from ..records import Event
from ..triggers import trigger
from ...features import feature
from .phrases import CROWD_ACTS, SAME_SIDE, add, add_resolved, complements, protesters_named, refusal_preps, scan_right
from .places import PLACED, custody_place, held_in, in_state, meeting_place
from .subjects import subjects
from ..context import subtree, subtree_bounds


#: the event types by which restraining a thing ('le gel des avoirs de X', 'la saisie des biens de X') is
#: restraining whoever owns it
RESTRAINTS = ("SANCTION", "COERCE")


def _noun_preps(ctx: Context, entry: dict) -> dict[str, str]:
    """The roles an event noun's prepositions give: the language's defaults for nouns, then the entry's own."""
    return {**ctx.lex.default_preps["noun"], **{fold(k): r for k, r in (entry.get("preps") or {}).items()}}


def _conjunct_own(ctx: Context, n: Token, c: Token, found: list[tuple[str, Token]]) -> bool:
    """True when a complement follows a noun listed after the trigger, and the trigger has a complement of its own
    before that noun ('la mainmise sur X, la loi contre Y'): each noun of the list took its own, though the parser
    hung both on the first ('les menaces et les pressions contre X', with none before, are said of both)."""
    return any(g.dep_ == "conj" and n.i < g.i < c.i and any(o.i < g.i for _, o in found)
               for g in ctx.kids(n))


def noun_roles(ctx: Context, n: Token, entry: dict, ev: Event) -> None:
    """Roles of a nominal trigger: 'de X', 'par X', 'à/contre X', 'entre X et Y', demonyms, and the light verb."""
    of = entry.get("of", "actor")
    if entry.get("court") and ev.type == "SANCTION" and entry["type"] != "SANCTION":
        of = "recipient"  # 'la condamnation de l'accusé' in court: the 'de X' is sentenced, not condemning
    preps = {**_noun_preps(ctx, entry), "de": of}
    if entry.get("by"):
        preps["par"] = entry["by"]
    if ev.mode == "meet" or ev.type in PLACED:
        preps = meeting_place(preps)  # 'un sommet à Rome': where, not with whom
    seen: set[int] = set()
    found = complements(ctx, n, preps)
    for role, c in found:
        seen.add(c.i)
        if _conjunct_own(ctx, n, c, found):
            continue
        if role == "place":
            ev.place = (c.idx, c.idx + len(c))
            continue
        if c.dep_ == "nmod" and entry.get("needs") and fold(c.lemma_) in {fold(w) for w in entry["needs"]} | classes_of(ctx.lex, [c]) \
                and not (of == "recipient" and is_people(ctx.lex, c)):
            if ev.type in RESTRAINTS:  # 'le gel des avoirs du président': whose the frozen thing is, undergoes it
                add(ctx, ev, "recipient", [g for g in of_complements(ctx, c)[:1] if g.i in ctx.tok_actor or
                                           any(d.dep_ in ("det", "nummod") for d in ctx.kids(g))])  # not 'droits de douane'
            continue  # 'le gel des avoirs' names what is frozen; 'l'expulsion de deux diplomates', whom it is done to
        if role == "actor" and c.pos_ == "NOUN" and case_of(ctx, c) in ctx.lex.of_forms and trigger(ctx, c):
            role = "recipient"  # 'partisans de l'invasion russe': who backs an event backs its author
        if role == "recipient" and case_of(ctx, c) == "pour":
            add(ctx, ev, role, _addressed(ctx, c))
            continue
        add(ctx, ev, role, [c])
    if not ev.recipients and of == "actor":
        # 'le soutien de la ministre X au député Y': a person takes no 'à Y' of her own, the act does, though the
        # parser hangs it on her title
        aimed = {p: r for p, r in preps.items() if r == "recipient" and p not in ctx.lex.of_forms and p not in ctx.lex.benefit_cases}
        for role, c in found:
            if role == "actor" and c.i > n.i and case_of(ctx, c) in ctx.lex.of_forms:
                add(ctx, ev, "recipient", [g for r, g in complements(ctx, c, aimed) if g.i > c.i and _person_named(ctx, g)])
    if n.dep_ == "conj" and n.head.pos_ == "NOUN" and n.head.i < n.i:
        # 'les menaces et les pressions contre X', 'un revers et un avertissement pour X': a complement after
        # the second of two coordinated nouns is said of both, though the parser hangs it on the first
        for role, c in complements(ctx, n.head, preps):
            if c.i > n.i and role in ("actor", "recipient") and case_of(ctx, c) not in ctx.lex.of_forms:
                add(ctx, ev, role, _addressed(ctx, c) if role == "recipient" and case_of(ctx, c) == "pour" else [c])
    for c in _adjective_of_complements(ctx, n):
        # 'les frappes répétées et délibérées de la marine': the parser hangs the noun's 'de X' on its adjective
        add(ctx, ev, preps["de"], [c])
    if n.dep_ in ("obj", "obj:lvc") and fold(n.head.lemma_) in ctx.lex.expression:
        for c in ctx.kids(n.head):  # 'a exprimé sa reconnaissance pour le soutien des États-Unis'
            if c.dep_.startswith("obl") and case_of(ctx, c) == "pour":
                add(ctx, ev, "recipient", _addressed(ctx, c))
    if not ev.actors:
        # 'cette attaque, attribuée par Kiev à des saboteurs': the participle lays the event on its 'à X'
        add(ctx, ev, "actor", [g for c in ctx.kids(n) if c.dep_ in ("acl", "amod") and c.i > n.i and
                               ctx.lex.culprit.get(fold(c.lemma_)) == "dative" for g in _datives(ctx, c)])
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
    if not ev.recipients and not ev.reciprocal:
        add(ctx, ev, "recipient", _relative_aimed(ctx, n))
    if not ev.actors and is_people(ctx.lex, n):
        # 'la Serbie est devenue l'un des partisans de …': the copula's subject is the partisan
        p = n.head if n.dep_ == "nmod" and n.head.pos_ == "PRON" and fold(n.head.text) in ("un", "une") else n
        cop = p.head if p.dep_ in ("xcomp", "obj") and fold(p.head.lemma_) in COPULAS else \
            p if any(c.dep_ == "cop" for c in ctx.kids(p)) else None
        if cop is not None:
            add(ctx, ev, "actor", subjects(ctx, cop)[0])
    if of in ("actor", "recipient"):
        # 'la libération par le groupe de deux otages': with its doer named by 'par', the noun's 'de' undergoes it
        around = ctx.kids(n) + ([c for c in ctx.kids(n.head) if c.i > n.i] if n.dep_ == "obj" else [])
        for patient in (patient_after_agent(ctx, c) for c in around):
            if patient is not None:
                add(ctx, ev, "recipient", [patient])
    for c in ctx.kids(n):
        if c.dep_ in ("det", "nmod:poss") and fold(c.text) in POSSESSIVES and of in ("actor", "recipient"):
            # 'son arrestation', 'leur capture', 'son soutien': the possessor, by the pronoun's antecedent;
            # 'convaincre X de donner son feu vert': a light verb's subject owns what it gives
            owner: list[Party] = []
            role = of
            if n.dep_ in ("obj", "obj:lvc") and n.head.pos_ == "VERB" and fold(n.head.lemma_) in ctx.lex.expression:
                role = "actor"  # 'X a exprimé sa reconnaissance': the feeling is X's, whatever 'de' would say
            if role == "recipient" and _own_patient(ctx, n):
                role = "actor"  # 'son annexion de la province': the 'de X' undergoes it, the possessor does it
            if role == "actor" and n.dep_ in ("obj", "obj:lvc") and n.head.pos_ == "VERB" and _light(ctx, n.head, n):
                # (not a verb that is an event of its own: 'X demande sa démission' asks for someone else's)
                owner = [a for s in subjects(ctx, n.head)[0] for a in resolve(ctx, s)]
            add_resolved(ev, role, owner or antecedent(ctx, c, POSSESSIVES[fold(c.text)]))
        if c.dep_ == "amod" and fold(c.text) in ctx.lex.country_of and c.text[:1].islower():
            add_resolved(ev, entry.get("by", "actor"), country_party(ctx, ctx.lex.country_of[fold(c.text)], c))
        if c.dep_ in ("acl", "amod") and "Part" in feature(c, "VerbForm"):
            # 'les sanctions imposées à Pyongyang', 'les accords négociés par Moscou' (a participle that is an
            # event itself still names who made this one)
            vp = {**ctx.lex.default_preps["verb"], **{fold(k): r for k, r in (entry.get("preps") or {}).items()},
                  "par": entry.get("by", "actor")}  # the noun's own frame holds ('menée par X avec Y': Y mediates too)
            if ev.type in PLACED:
                vp = meeting_place(vp)  # 'la manifestation prévue dimanche à Lomé': where it is to be held
            # ('l'offensive lancée par X': a participle whose frame the noun does not meet only carries it out)
            hit = None if _light(ctx, c, n) else trigger(ctx, c)
            if hit is not None:
                if hit[1]["type"] not in SAME_SIDE.get(ev.type, ()):
                    continue  # 'un attentat attribué par Kiev à …': who attributes did not attack
                vp = {"par": vp["par"]}
            for role, g in complements(ctx, c, vp):
                add(ctx, ev, role, [g])
            if hit is None:  # 'une accusation lancée depuis des mois par la Bolivie'
                scan_right(ctx, c, vp, ev, 12)
    scan_right(ctx, n, refusal_preps(ev, preps, entry), ev, 12)
    if n.dep_ in ("nsubj", "nsubj:pass") and n.head.pos_ in ("VERB", "ADJ") and trigger(ctx, n.head) is None:
        # 'un accord a été signé entre le Pérou et le Chili', 'une accusation portée par l'ONU'
        for role, c in complements(ctx, n.head, {**preps, "par": "actor", "entre": "actor"}):
            if role in ("actor", "recipient"):
                add(ctx, ev, role, [c])
        scan_right(ctx, n.head, refusal_preps(ev, {**preps, "par": "actor", "entre": "actor"}, entry), ev)
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
        add(ctx, ev, role, in_state(ctx, n))
    if not ev.actors:
        # 'le rassemblement, organisé par la CGT, …', 'une grève qui a été lancée par les syndicats', 'ont participé
        # à la marche', 'la marche a rassemblé des milliers de personnes': who carries it out or takes part
        add(ctx, ev, "actor", _carried_out_by(ctx, n) or _participants(ctx, n) or _gathered(ctx, n))
    if not ev.actors and ev.mode in ("visit", "meet") and n.dep_.startswith("obl") and n.head.pos_ in ("VERB", "AUX", "ADJ") \
            and case_of(ctx, n) in ("pour", "en") and \
            (trigger(ctx, n.head) is None or trigger(ctx, n.head)[1].get("mode") == "visit" or _fronted(n)):
        # 'elle était attendue à Ottawa pour une visite', 's'est rendu à Rome pour une rencontre avec X'; 'En
        # visite à Lima, X a signé': set off before the clause, the phrase is said of its subject, whatever the verb
        subs, _ = subjects(ctx, n.head)
        add(ctx, ev, "actor", subs)
    if not ev.actors and _manner_adjunct(ctx, n) and ev.type not in HELD:
        # 'En coopération avec X, la mission pourra …', 'a frappé en représailles': a bare 'en' phrase tells how
        # the clause's subject acts; its event is the subject's (a passive's subject undergoes, so none)
        subs, passive = subjects(ctx, n.head)
        if not passive:
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
        for role, c in complements(ctx, gov, meeting_place(verb_preps) if ev.mode == "meet" else verb_preps):
            if role == "place":
                ev.place = ev.place or (c.idx, c.idx + len(c))
            add(ctx, ev, role, [c])
    if not ev.actors:
        add(ctx, ev, "actor", _urged(ctx, n))
    if not ev.actors and ev.type in CROWD_ACTS:
        add(ctx, ev, "actor", _caller(ctx, n))
    if not ev.actors and ev.reciprocal and ev.recipients and _partner_named(ctx, n):
        # 'refusent toute coalition avec X', 'espère un dialogue avec X': with X named as the partner, the joint act
        # a verb wants, refuses or awaits is its subject's (not when it denounces others' ties: an accusation)
        g = n.head
        hit = trigger(ctx, g) if g.pos_ in ("VERB", "ADJ") else None
        if g.pos_ in ("VERB", "ADJ") and g.i < n.i and (hit is None or hit[1]["type"] not in ("ACCUSE", "THREATEN")) \
                and n.dep_ in ("obj", "obl", "obl:arg", "obl:mod"):
            subs, passive = subjects(ctx, g)
            if not passive:
                held = {r[0] for r in ev.recipients}
                add_resolved(ev, "actor", [a for s in subs for a in resolve(ctx, s) if a[0] not in held])
    if not ev.actors and ev.type in CROWD_ACTS:
        add(ctx, ev, "actor", protesters_named(ctx, n))
    if ev.type == "COERCE":
        held_in(ctx, n, ev)
        custody_place(ctx, n, ev)
    if not ev.recipients:
        # 'les sanctions visent cinq ministres', 'les ministres visés par les sanctions': what an event aims at or
        # strikes is who undergoes it
        add(ctx, ev, "recipient", _aimed_at(ctx, n))
    if not ev.recipients:
        # 'la peine dont il a écopé', 'les sanctions qu'a subies X', 'l'aide qu'a reçue X': the subject of a relative
        # whose verb receives the event
        add(ctx, ev, "recipient", _received_by(ctx, n))
    dated = False
    if not ev.actors and ev.recipients and ev.mode == "meet":
        verb = dated_clause(ctx, n)
        if verb is not None:
            # 'a déclaré X à l'issue d'une rencontre avec Y', 'après un entretien avec Y, X a annoncé': a meeting
            # with a partner, set as the time of a clause, is the clause subject's too (with the partner, both
            # sides of the meeting, as below)
            speakers = ctx.speakers_of(verb)
            if speakers:  # '», a déclaré à l'AFP X, à l'issue de …': the quote's speaker, resolved with more context
                add_resolved(ev, "actor", [(aid, verb.idx, verb.idx + len(verb)) for aid in speakers])
            else:
                subs, passive = subjects(ctx, verb)
                if not passive:
                    add(ctx, ev, "actor", subs)
            dated = bool(ev.actors)
    if ev.type == "CONSULT" and ev.mode == "meet" and (dated or not (entry.get("one_sided") and ev.actors)):
        ev.actors += ev.recipients
        ev.recipients = []


def phrase_noun_roles(ctx: Context, n: Token, last: Token, entry: dict, ev: Event) -> None:
    """The complements hung on the last word of a multi-word event noun ('la remise en liberté de trois
    journalistes', 'l'assignation à résidence de X'): the phrase's, read by its frame."""
    if last.i == n.i:
        return
    of = entry.get("of", "actor")
    preps = {**_noun_preps(ctx, entry), "de": of}
    for role, c in complements(ctx, last, preps):
        if c.i > last.i and role in ("actor", "recipient"):
            add(ctx, ev, role, [c])


def carried_roles(ctx: Context, n: Token, entry: dict, ev: Event) -> None:
    """The complements of an event noun a light verb carries, read by the noun's frame: whom it is aimed at
    ('a lancé une offensive contre leurs positions'), and its 'de X' when the frame says that one undergoes it
    ('a procédé à l'arrestation de trois suspects'); the verb's own subject and complements name the rest."""
    if n.pos_ != "NOUN":
        return
    preps = _noun_preps(ctx, entry)
    preps = {p: r for p, r in preps.items() if r == "recipient"}
    preps["de"] = "recipient" if entry.get("of") == "recipient" else ""
    if ev.mode == "meet" or ev.type in PLACED:
        preps = meeting_place(preps)
    for role, c in complements(ctx, n, preps):
        if role == "recipient":
            add(ctx, ev, role, [c])


def _aimed_at(ctx: Context, n: Token) -> list[Token]:
    """Whom a verb of aiming (`aim_verbs`: 'viser', 'toucher') says the event noun is aimed at: the verb's object when
    the noun is its subject ('les sanctions visent X'), the noun its participle qualifies or its passive subject when
    the noun is its agent ('X, visé par les sanctions', 'X a été touché par l'embargo')."""
    n = _carried_by(ctx, n)  # 'le régime de sanctions vise X'
    v = n.head
    if v.i == n.i or v.pos_ not in ("VERB", "ADJ") or fold(v.lemma_) not in ctx.lex.aim_verbs:
        return []
    if n.dep_ == "nsubj":
        # ('l'embargo touche aussi la Bolivie': a name with no preposition the parser took for an adjunct is the
        # object of a verb that has none)
        objs = [c for c in ctx.kids(v) if c.dep_ == "obj"]
        return objs or [c for c in ctx.kids(v) if c.dep_ in ("obl", "obl:mod") and c.i > v.i and c.i in ctx.tok_actor
                        and not any(g.dep_ == "case" for g in ctx.kids(c))]
    if n.dep_ == "obl:agent" or n.dep_.startswith("obl") and case_of(ctx, n) == "par":
        if v.dep_ in ("acl", "amod") and v.head.i < v.i and v.head.pos_ in ("NOUN", "PROPN", "PRON"):
            return [v.head]
        return [c for c in ctx.kids(v) if c.dep_ == "nsubj:pass"]
    return []


def _received_by(ctx: Context, n: Token) -> list[Token]:
    """The subject of a relative clause on the event noun whose verb says its subject receives or undergoes the event
    (`receiving_verbs`: 'dont il a écopé', 'qu'a reçue la Bolivie', with the subject after the verb as French may put it
    in a relative, which the parser then takes for an object)."""
    for v in ctx.kids(n):
        if v.dep_ not in ("acl:relcl", "acl") or v.i < n.i or fold(v.lemma_) not in ctx.lex.receiving_verbs:
            continue
        rel = [c for c in ctx.kids(v) if c.i < v.i and fold(c.text) in ctx.lex.relative_pronouns]
        if not rel:
            continue
        subs = [c for c in ctx.kids(v) if c.dep_ in ("nsubj", "nsubj:pass") and c.i not in {r.i for r in rel}]
        return subs or [c for c in ctx.kids(v) if c.dep_ == "obj" and c.i > v.i]
    return []


def _adjective_of_complements(ctx: Context, n: Token) -> list[Token]:
    """The 'de X' complements the parser hung on a noun's adjectives (and the adjectives coordinated with them)
    rather than on the noun: an adjective of manner takes no 'de' party of its own."""
    adjs = [a for a in ctx.kids(n) if a.dep_ == "amod" and a.pos_ == "ADJ"]
    adjs += [c for a in adjs for c in ctx.kids(a) if c.dep_ == "conj" and c.pos_ == "ADJ"]
    return [c for a in adjs for c in ctx.kids(a) if c.dep_ == "nmod" and case_of(ctx, c) in ctx.lex.of_forms]


def _target_of(ctx: Context, n: Token) -> bool:
    """True when the noun's governor makes its clause's subject undergo it: 'la cible de', 'victime de',
    'subir', or 'faire l'objet de' (the parser hangs the complement on 'faire' beside its object 'objet')."""
    g = n.head
    if fold(g.lemma_) in ctx.lex.targets:
        return True
    return g.pos_ == "VERB" and n.dep_.startswith("obl") and case_of(ctx, n) in ctx.lex.of_forms and \
        any(c.dep_ == "obj" and c.i < n.i and fold(c.lemma_) in ctx.lex.targets for c in ctx.kids(g))


def _addressed(ctx: Context, c: Token) -> list[Token]:
    """Whom a stance 'pour X' is addressed to: X, or the author of the event X names ('sa reconnaissance
    pour le soutien des États-Unis': thanks for support go to who gave it)."""
    if c.pos_ == "NOUN" and trigger(ctx, c):
        return of_complements(ctx, c)
    return [c]


def _culprit(ctx: Context, n: Token) -> list[Token]:
    """Who an event noun is laid on: 'X est soupçonné des attaques', 'X est responsable de l'attentat',
    'on accuse X de l'attaque', 'X a revendiqué l'attaque'."""
    g = n.head
    if ctx.lex.culprit[fold(g.lemma_)] == "dative":
        # 'attribue l'attaque à X', 'l'attentat a été imputé à X': whom the event is laid on, active or passive
        return _datives(ctx, g) if n.dep_ in ("obj", "nsubj:pass") else []
    subs, passive = subjects(ctx, g) if g.pos_ in ("VERB", "AUX") else (subjects(ctx, g)[0], True)
    if g.pos_ != "VERB" or passive or ctx.lex.culprit[fold(g.lemma_)] == "subject":
        return subs  # 'est soupçonné de', 'a revendiqué l'attaque'
    return [c for c in ctx.kids(g) if c.dep_ == "obj" and c.i != n.i]  # 'accusent le Hamas de l'attaque'


def _partner_named(ctx: Context, n: Token) -> bool:
    """True when a joint event noun names its partner by 'avec X', on the noun or right after it on its verb."""
    return any(case_of(ctx, c) in ctx.lex.partner_cases and c.i > n.i for c in list(ctx.kids(n)) + list(ctx.kids(n.head))
               if c.dep_ in ("nmod", "obl", "obl:mod", "obl:arg"))


def _datives(ctx: Context, v: Token) -> list[Token]:
    """The 'à X' complements of a verb or participle that name a party ('attribuée à des rebelles')."""
    return [c for c in ctx.kids(v) if (c.dep_.startswith("obl") or c.dep_ in ("nmod", "iobj")) and c.i > v.i and
            case_of(ctx, c) in ctx.lex.to_forms and resolve(ctx, c)]


def _object_relative(ctx: Context, n: Token) -> Token | None:
    """The verb of a 'que' relative right after the noun's phrase whose object the noun is, when it is a light
    verb (not an event of its own, not a receiving verb): 'l'embargo qu'ils ont imposé'. The parser often hangs
    the relative on an earlier noun, so the clause is found by position."""
    found = _relative_verbs(ctx, n, hung=False)
    if found is None:
        return None
    v, w = found
    if trigger(ctx, w) is not None or fold(w.lemma_) in ctx.lex.beneficiary:
        return None
    return v if any(c.dep_ in SUBJ for c in ctx.kids(v)) else None


def _relative_aimed(ctx: Context, n: Token) -> list[Token]:
    """Whom the verb of a 'que' relative on the noun aims what the noun names at: 'l'aide que X apporte à Y', 'la
    sanction qu'un juge a requise contre Y' (the noun is that verb's object; its 'à'/'contre' complement, the
    noun's recipient, whatever the verb)."""
    found = _relative_verbs(ctx, n, hung=True)
    if found is None or fold(found[1].lemma_) in ctx.lex.beneficiary:
        return []
    return [c for c in ctx.kids(found[1]) if c.dep_.startswith("obl") and c.i > found[1].i and
            case_of(ctx, c) in ctx.lex.aimed_cases]


def _relative_verbs(ctx: Context, n: Token, hung: bool) -> tuple[Token, Token] | None:
    """The verb of a 'que' relative right after the noun's phrase with no object of its own, and the verb that
    does the act under it ('avait réussi à imposer'); found by position, as the parser often hangs the relative
    on an earlier noun, and (`hung`) as the noun's own relative too."""
    doc = n.doc
    rel = ("que", "qu'")  # (the object relatives: 'dont' names no object)
    # ('la sanction qu'un juge a requise': hung on the noun, the relative is part of its subtree)
    v = next((c for c in ctx.kids(n) if c.dep_ in ("acl", "acl:relcl") and c.pos_ == "VERB" and
              any(fold(m.text) in rel and m.i == c.left_edge.i for m in ctx.kids(c))), None) \
        if hung else None
    if v is None:
        k = subtree_bounds(n)[1] + 1
        if k >= len(doc) or fold(doc[k].text) not in rel:
            return None
        v = doc[k].head
        if v.i <= k:
            return None
    if v.pos_ != "VERB" or any(c.dep_ == "obj" and not (hung and fold(c.text) in rel) for c in ctx.kids(v)):
        return None
    w = v
    while True:  # 'avait réussi à imposer': the verb that does it
        x = next((c for c in ctx.kids(w) if c.dep_ == "xcomp" and c.pos_ == "VERB"), None)
        if x is None:
            break
        w = x
    return v, w


def _carried_by(ctx: Context, n: Token) -> Token:
    """The noun that carries an event noun as its bare 'de' complement ('des mesures de représailles', 'un
    paquet de sanctions'), whose clause is the event's own; else the event noun itself."""
    for _ in range(2):  # 'une série de mesures de rétorsion'
        h = n.head
        if not (n.dep_ == "nmod" and h.i < n.i and h.pos_ == "NOUN" and fold(h.lemma_) in ctx.lex.carriers and
                case_of(ctx, n) in ("de", "d'") and not any(c.dep_ in ("det", "nmod:poss", "nummod") for c in ctx.kids(n))):
            break
        n = h
    return n


def _partitive_object(ctx: Context, n: Token) -> Token | None:
    """The verb whose object a noun is when the parser took its partitive article for a 'de' because a time word
    stands between them ('a annoncé lundi des représailles', 'a décidé jeudi de nouvelles sanctions'): the verb has
    no other object, the 'des/du' (or 'de' before adjectives) right before the noun, only time words between."""
    if n.dep_ not in ("obl:arg", "obl", "nmod"):
        return None  # asked of every event noun: the common answer first, before the times are read
    dated = ctx.dated  # 'lundi', 'mardi soir': the parser may take it for the object
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
    'renforcer la coopération', 'débloquer une aide'): its subject is the noun's party. Breaking or refusing it ('violer un
    accord') is the other side's act."""
    hit = trigger(ctx, v)
    if hit is None or hit[1]["type"] not in SAME_SIDE:
        return False
    if hit[1].get("plover") == "AGREE.commit":
        return True  # 'promettre des livraisons d'armes', 'garantir une aide': who commits to it does it
    need = {fold(w) for w in hit[1].get("needs", ())}
    # by the noun itself or by its class ('débloquer une aide': what the verb needs is humanitarian or economic)
    return fold(n.lemma_) in need or bool(need & ctx.lex.class_of.get(fold(n.lemma_), set()))


@lru_cache(maxsize=8)
def _crowd_verbs(lang: str) -> tuple[tuple[tuple[str, ...], ...], frozenset[str]]:
    """The language's participation verbs (each as its words: 'prendre part', 'se joindre') and gathering verbs."""
    data = resource(lang, "events")
    return (tuple(tuple(fold(w).split()) for w in data.get("participation_verbs", [])),
            frozenset(fold(w) for w in data.get("gathering_verbs", [])))


def _carried_out_by(ctx: Context, n: Token) -> list[Token]:
    """The 'par X' of a passive participle said of the event noun, or of the noun that carries it, that is no event
    of its own: set off after it as the subject of its clause ('le rassemblement, organisé par la CGT, a …', 'le
    mouvement de protestation, lancé par les agriculteurs, s'étend'), in a relative ('une grève qui a été
    déclenchée par les syndicats'), or right after a carrier noun."""
    out: list[Token] = []
    for x in {n.i: n, _carried_by(ctx, n).i: _carried_by(ctx, n)}.values():
        said = [c for c in ctx.kids(x) if c.dep_ == "acl:relcl" and
                any(g.dep_ == "nsubj:pass" and fold(g.text) == "qui" for g in ctx.kids(c))]
        if x.i != n.i:
            said += [c for c in ctx.kids(x) if c.dep_ == "acl" and _past_participle(c)]
        if x.dep_ in ("nsubj", "nsubj:pass") and x.head.pos_ in ("VERB", "AUX") and x.head.i > x.i:
            said += [c for c in ctx.kids(x.head) if c.dep_ == "advcl" and x.i < c.i < x.head.i and _past_participle(c)
                     and not any(g.dep_.startswith("nsubj") for g in ctx.kids(c))]
        for c in said:
            if trigger(ctx, c) is None:
                out += [g for _, g in complements(ctx, c, {"par": "actor"})]
    return out


def _past_participle(t: Token) -> bool:
    return t.pos_ == "VERB" and "Part" in feature(t, "VerbForm") and "Past" in feature(t, "Tense")


def _participants(ctx: Context, n: Token) -> list[Token]:
    """The subject of a participation verb the event noun is the 'à' complement of ('des milliers de personnes ont
    participé à la manifestation', 'les cheminots ont pris part à la grève', 'se sont joints au cortège')."""
    v = n.head
    if not n.dep_.startswith("obl") or case_of(ctx, n) not in ctx.lex.to_forms or v.pos_ != "VERB" or v.i == n.i:
        return []
    lem = fold(v.lemma_)
    objs = {fold(c.lemma_) for c in ctx.kids(v) if c.dep_ == "obj"}
    reflexive = any(fold(c.text) in ctx.lex.reflexives for c in ctx.kids(v) if c.i < v.i)
    for words in _crowd_verbs(ctx.lex.lang)[0]:
        if words[0] in ctx.lex.reflexives:
            ok = reflexive and words[-1] == lem
        else:
            ok = words[0] == lem and (len(words) == 1 or words[-1] in objs)
        if ok:
            subs, passive = subjects(ctx, v)
            return [] if passive else subs
    return []


def _gathered(ctx: Context, n: Token) -> list[Token]:
    """The crowd a protest gathers, as its object: 'la marche a rassemblé des milliers de personnes'."""
    v = n.head
    if n.dep_ != "nsubj" or v.pos_ != "VERB" or fold(v.lemma_) not in _crowd_verbs(ctx.lex.lang)[1]:
        return []
    return [c for c in ctx.kids(v) if c.dep_ == "obj"]



def _urged(ctx: Context, n: Token) -> list[Token]:
    """Whom a demand urges to the event noun it names with 'à': 'appelle Israël et le Hamas à un cessez-le-feu',
    'a exhorté les deux camps au dialogue': those urged are to do it, as with an infinitive."""
    v = n.head
    if case_of(ctx, n) not in ctx.lex.to_forms or v.i == n.i:
        return []
    if n.dep_ == "nmod" and v.dep_ == "obj" and v.i < n.i:
        v = v.head  # 'a exhorté les contrôleurs à la grève': the parser hung the 'à' on the object
    elif not n.dep_.startswith("obl"):
        return []
    if v.pos_ != "VERB":
        return []
    hit = trigger(ctx, v)
    if hit is None or hit[1]["type"] != "REQUEST":
        return []
    return [c for c in ctx.kids(v) if c.i < n.i and (c.dep_ == "obj" or c.dep_ == "xcomp" and c.i in ctx.tok_actor)]


def _person_named(ctx: Context, t: Token) -> bool:
    """True when a word belongs to the mention of a person the article names."""
    a = ctx.tok_actor.get(t.i)
    if a is None:
        a = next((ctx.tok_actor[c.i] for c in ctx.kids(t) if c.dep_ == "appos" and c.i in ctx.tok_actor), None)
    return a is not None and not a[0].startswith("=") and ctx.by_id[a[0]]["kind"] == "person"


def _caller(ctx: Context, n: Token) -> list[Token]:
    """Who calls for a protest it urges no one in particular to ('les syndicats appellent à la grève'): the callers
    lead it, as 'appellent à manifester' says with an infinitive."""
    v = n.head
    if case_of(ctx, n) not in ctx.lex.to_forms or v.i == n.i or v.i > n.i or v.pos_ != "VERB" or \
            not n.dep_.startswith("obl") or any(c.dep_ in ("obj", "iobj") for c in ctx.kids(v)):
        return []
    hit = trigger(ctx, v)
    if hit is None or hit[1]["type"] != "REQUEST":
        return []
    subs, passive = subjects(ctx, v)
    return [] if passive else subs


def _own_patient(ctx: Context, n: Token) -> bool:
    """True when an act noun names whom it is done to by its own 'de X' and no 'par X' ('son occupation du
    nord', 'leur enlèvement de deux journalistes'): a possessive then stands for the doer."""
    kids = [c for c in ctx.kids(n) if c.dep_ == "nmod" and c.i > n.i]
    if not any(case_of(ctx, c) in ctx.lex.of_forms for c in kids):
        return False
    end = subtree_bounds(n)[1]
    # a 'par X' agent, hung on the 'de X' or on the verb at times ('son occupation du nord par les rebelles')
    return not any(t.dep_ == "case" and fold(t.text) == "par" for t in subtree(n)) and \
        not (end + 1 < len(n.doc) and fold(n.doc[end + 1].text) == "par")


def _fronted(n: Token) -> bool:
    """A complement opening its sentence and set off by a comma before the verb it hangs on ('En visite à Lima, X …')."""
    sent = n.sent
    lo = subtree_bounds(n)[0]
    hi = subtree_bounds(n)[1]
    return lo <= sent.start + 1 and hi + 1 < n.head.i and n.doc[hi + 1].text == ","


#: the event types whose noun, in a bare 'en' phrase, says what the subject undergoes ('reste en détention',
#: 'remis en liberté'), not what it does
HELD = ("COERCE", "RETREAT")


def _manner_adjunct(ctx: Context, n: Token) -> bool:
    """True when the event noun stands in a bare 'en' phrase hung on a verb ('en coopération avec', 'en
    représailles'): no determiner, said of the verb's clause."""
    return n.dep_.startswith("obl") and n.head.pos_ in ("VERB", "AUX") and n.head.i != n.i and \
        case_of(ctx, n) == "en" and not any(c.dep_ in ("det", "nmod:poss", "nummod") for c in ctx.kids(n))
