"""Who a trigger's subjects are: the parse's subject and agent, a detached participle clause's noun, coordinations
the parser hung to the left."""
from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from ....lang import resource
from ...index import sentence_of
from ....lang.text import fold
from ..context import Context
from ...grammar import group_start, repair_lemma
from ..grammar import SUBJ, case_of, is_people
from ..lexicon import COPULAS, PRONOUNS
from ..parties import resolve, state_group_noun, state_of
from ..triggers import trigger
from ...features import feature
from ..context import subtree, subtree_bounds


def subjects(ctx: Context, v: Token, depth: int = 0) -> tuple[list[Token], bool]:
    """The subject tokens of a verb and whether the clause is passive; climbs xcomp, conj and gerunds."""
    if depth:
        return _subjects(ctx, v, depth)
    # asked of the same verbs by many rules (frames, roles, discourse passes): the parse does not change
    found = ctx.subjects.get(v.i)
    if found is None:
        found = ctx.subjects[v.i] = _subjects(ctx, v, 0)
    return list(found[0]), found[1]


def _glued_name(c: Token, subs: list[Token]) -> bool:
    """True for a second subject that is a name set right after a noun of another subject's phrase ('Le fils de
    l'opposant Ivan Petrov a été arrêté', read with two subjects): a clause has one subject unless coordinated, and
    a name glued to a title is that title's holder."""
    before = c.doc[c.i - 1] if c.i else None
    # ('l'opposant', a noun the tagger may read as a participle)
    return c.pos_ == "PROPN" and before is not None and before.pos_ in ("NOUN", "VERB") and not any(
        g.dep_ == "cc" for g in c.children) and any(o is not c and o.i < before.i and
                                                   o.left_edge.i <= before.i <= o.right_edge.i for o in subs)


def _subjects(ctx: Context, v: Token, depth: int) -> tuple[list[Token], bool]:
    """`subjects`, `depth` verbs up from the one first asked about."""
    if v.pos_ == "AUX" and v.dep_.startswith(("aux", "cop")) and v.head.i != v.i and v.head.pos_ == "VERB":
        v = v.head  # a phrase read from its auxiliary ('s'en est pris à'): the clause is its verb's
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
    if passive and _compound_past(ctx, v, kids):
        passive = False
    if passive and any(c.i < v.i and fold(c.text) in ("se", "s'", "s’") for c in kids) and \
            not any(c.dep_ == "obl:agent" for c in kids):
        passive = False  # 's'en est pris à', 'se sont entretenus': a pronominal verb takes 'être' and stays active
    auxes = [c for c in kids if c.dep_.startswith("aux")]
    if passive and auxes and all(fold(c.lemma_) in _perfect_aux(ctx.lex.lang) for c in auxes):
        passive = False  # 'X a aussi accusé Y', read with a passive subject: a passive takes 'être', not 'avoir'
    # an event verb is never impersonal: an 'il' the parser took for an expletive is its subject
    subs = [c for c in kids if c.dep_ in SUBJ or c.dep_ == "expl:subj" and fold(c.text) in PRONOUNS] or \
        [g for c in kids if c.dep_.startswith("aux") and c.i < v.i for g in ctx.kids(c) if g.dep_ in SUBJ and g.i < c.i]
    # ('le syndicat a, de son côté, revendiqué': over an aside, the parser may hang the subject on the auxiliary)
    if len(subs) > 1:
        subs = [c for c in subs if not _glued_name(c, subs)]
    if subs:
        return subs + left_coordinated(ctx, subs[0]), passive
    if depth < 3 and v.head.i != v.i:
        clause = detached_clause(ctx, v)
        if clause is not None:
            return subjects(ctx, clause, depth + 1)[0], passive
        h = v.head
        if _gerund(ctx, v):
            # 'en attaquant la ville, les rebelles ont …', 'a violé la trêve en attaquant': a gerund is said of its
            # clause's subject, though the parser hangs it on a noun at times
            while h.pos_ not in ("VERB", "AUX") and h.head.i != h.i:
                h = h.head
            if h.pos_ in ("VERB", "AUX") and h.i != v.i:
                return subjects(ctx, h, depth + 1)[0], passive
        if v.dep_ == "xcomp" or v.dep_ in ("dep", "conj") and "Inf" in feature(v, "VerbForm") and \
                any(c.dep_ == "mark" and fold(c.text) in ("de", "d'", "a") for c in ctx.kids(v)):
            if v.dep_ == "conj" and h.pos_ == "NOUN" and h.dep_ == "obj" and "Inf" in feature(h.head, "VerbForm"):
                h = h.head  # 'de rappeler son ambassadeur et de sanctionner': the parser joined it to the object
            if v.dep_ == "conj" and "Inf" in feature(h, "VerbForm"):
                # 'X a promis de rouvrir A … et de lever B': an infinitive joined to an infinitive shares its doer
                return subjects(ctx, h, depth + 1)[0], passive
            # ('appeler les grévistes au calme et à reprendre': an infinitive with its 'à' is no verb coordinated
            # with the finite one, but a second complement of it)
            # ('le ministre, qu'ils accusent de protéger les fraudeurs': the relative pronoun's antecedent)
            promise = _promise(ctx, h)
            # ('promettre au Niger de livrer': whom one promises to does not act)
            # ('appelle Israël à cesser': a bare name the parser read as an attribute is the object)
            # ('menacer X de couper les aides': who threatens does it, whom he threatens does not)
            threat = _threat(ctx, h)
            controller = [c for c in ctx.kids(h) if (c.dep_ == "obj" and not threat or c.dep_ == "iobj" and not promise or
                                                     c.dep_ == "xcomp" and c.pos_ == "PROPN" and c.i < v.i) and
                          (c.i in ctx.tok_actor or (fold(c.text) in ("que", "qu'") or fold(c.lemma_) in ctx.lex.roles
                                                    or c.pos_ == "NOUN" and is_people(ctx.lex, c)
                                                    or fold(c.lemma_) in ctx.lex.org_words or state_group_noun(ctx, c)
                                                    or _object_clitic(ctx, c, h)
                                                    or c.dep_ == "obj" and c.pos_ == "NOUN" and state_of(ctx, c))
                           and resolve(ctx, c))]  # 'convaincre le Premier ministre, X, de donner'
            if not controller and any(_object_clitic(ctx, c, h) for c in ctx.kids(h)):
                return [], passive  # 'il les accuse d'avoir tiré': they did, whoever they are, not he
            if not controller:
                owner = _noun_owner(ctx, h, v)
                if owner:  # 'a rappelé la promesse de X à retirer': the parser hung the noun's infinitive on the verb
                    return owner, passive
            hit = trigger(ctx, h) if not controller else None
            if hit is not None and hit[1]["type"] in _DATIVE_CONTROL:
                # 'demander à Israël de laisser entrer': whom a request is made to is asked to act ('promettre à
                # X de' is no request: the one who promises acts)
                controller = [c for c in ctx.kids(h) if c.dep_ in ("obl:arg", "obl", "iobj") and
                              case_of(ctx, c) in ctx.lex.to_forms and c.i < v.i and resolve(ctx, c)]
            # ('appeler les syndicats à cesser la grève': the people or body urged act)
            if controller:  # 'Kim pousse Poutine à partager': Poutine shares
                return controller, passive
            if v.dep_ == "xcomp" and h.dep_ in ("acl", "amod") and h.head.pos_ in ("NOUN", "PROPN") and \
                    h.head.i < h.i and "Part" in feature(h, "VerbForm") and "Past" in feature(h, "Tense") and \
                    not any(c.dep_ in SUBJ for c in ctx.kids(h)):
                # 'le maire, accusé d'avoir frappé un agent', 'les élus, invités à rencontrer X': the noun a past
                # participle qualifies is the one it was done to, who is to act (the active verb's object)
                return [h.head], passive
            return subjects(ctx, h, depth + 1)[0], passive
        if v.dep_ == "advcl" and h.pos_ in ("VERB", "AUX") and _detached_past_participle(ctx, v):
            # 'Soutenu par X, Y a porté plainte': a past participle set off before the clause is said of its
            # subject, who undergoes it ('Arrivé à Lima, Y a …': a verb whose past takes 'être' stays active)
            return subjects(ctx, h, depth + 1)[0], \
                repair_lemma(fold(v.lemma_), fold(v.text), _etre_verbs(ctx.lex.lang)) not in _etre_verbs(ctx.lex.lang)
        if v.dep_ in ("conj", "advcl") and (v.dep_ == "conj" and h.pos_ in ("VERB", "AUX", "ADJ") or
                                            "Pres" in feature(v, "Tense") or v.text.endswith("ant") or
                                            v.dep_ == "advcl" and _infinitive(ctx, v)
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
        if v.dep_ == "acl" and infinitive and h.dep_ in ("obl:arg", "obl", "iobj") and h.head.pos_ == "VERB" and \
                h.i < v.i and case_of(ctx, h) in ctx.lex.to_forms and _promise(ctx, h.head):
            # 'a promis au Niger de livrer', read with the infinitive on the name: the one who promises acts
            return subjects(ctx, h.head, depth + 1)[0], passive
        if v.dep_ == "acl" and infinitive and h.pos_ == "PROPN" and h.i < v.i and h.i in ctx.tok_actor and \
                _marked_infinitive(ctx, v):
            # 'poussant le Ghana et le Kenya à demander': the parser hung the infinitive on the name urged, who acts
            return [h], passive
        if v.dep_ == "acl" and infinitive and h.pos_ in ("NOUN", "PROPN") and h.i < v.i and h.dep_ == "obj" and \
                h.head.pos_ == "VERB" and _threat(ctx, h.head):
            # 'menace son allié de ne plus fournir d'armes', read with the infinitive on the object: who threatens acts
            return subjects(ctx, h.head, depth + 1)[0], passive
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
        objects = None
        for t in doc[v.i + 1: min(sent.end, v.i + 12)]:
            if t.text in (".", "«", "“") or t.pos_ == "VERB":
                break
            if objects is None:
                objects = set() if ctx.cued(v) else {x.i for c in ctx.kids(v) if c.dep_ == "obj" for x in subtree(c)}
            if t.i in objects:
                break  # 'X, après avoir condamné l'attaque, a rappelé son ambassadeur': no report, the object follows
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
        j = next((j for j in range(k - 1, max(k - 10, sent.start) - 1, -1) if v.doc[j].text == ","), None)
        t = v.doc[j - 1] if j is not None and j > sent.start else None
        if t is not None and t.pos_ == "NOUN" and "Plur" in feature(t, "Number") and is_people(ctx.lex, t) \
                and not any(c.dep_ == "case" for c in ctx.kids(t)) and t.head.i == v.i:
            return [t], passive
        if t is not None and t.i in ctx.tok_actor:
            # 'Le Gabon, après avoir condamné l'attaque, a rappelé …': the parser made the name before the aside a
            # sentence of its own, with no verb; it is the subject of the clause the aside opens
            root = t
            while root.dep_ in ("flat:name", "flat") and root.head.i != root.i:
                root = root.head
            if root.dep_ == "ROOT" and root.pos_ in ("NOUN", "PROPN") and root.i < j and \
                    not any(c.dep_ == "case" for c in ctx.kids(root)):
                return [root], passive
    return [], passive


#: the event types of the verbs whose 'à X' does what they say of X ('demander à X de', 'reprocher à X d'avoir',
#: 'interdire à X de', 'permettre à X de'); one who promises something to X ('promettre à X de') acts himself
_DATIVE_CONTROL = ("REQUEST", "ACCUSE", "COERCE", "CONCEDE")
#: the event types of the verbs whose subject does what they announce, whoever it is said to ('promettre à X de')
_SUBJECT_CONTROL = ("AGREE",)


def _promise(ctx: Context, v: Token) -> bool:
    """True for a verb whose subject does what it announces to someone ('promettre à X de')."""
    hit = trigger(ctx, v)
    return hit is not None and hit[1]["type"] in _SUBJECT_CONTROL


def _threat(ctx: Context, v: Token) -> bool:
    """True for a threat verb ('menacer X de …'): its subject does what it threatens, its object undergoes it."""
    hit = trigger(ctx, v)
    return hit is not None and hit[1]["type"] == "THREATEN"


def _object_clitic(ctx: Context, c: Token, h: Token) -> bool:
    """A third-person object pronoun before its verb ('les a encouragés à', 'je l'accuse d'avoir'): it stands for
    someone named before, who is made to act, as a named object would be."""
    return c.dep_ == "obj" and c.pos_ == "PRON" and c.i < h.i and fold(c.text) in ctx.lex.direct_clitics


def _detached_past_participle(ctx: Context, v: Token) -> bool:
    """A bare past participle opening the sentence before a comma, with no auxiliary or subject of its own
    ('Menacé par X, Y …', 'Soutenue par Z, la candidate …')."""
    if "Part" not in feature(v, "VerbForm") or "Past" not in feature(v, "Tense") or v.i > v.head.i:
        return False
    if any(c.dep_.startswith(("aux", "nsubj", "expl")) or fold(c.text) in ctx.lex.reflexives for c in ctx.kids(v)):
        return False
    lo = group_start(v)
    if lo > sentence_of(v).start:
        return False
    comma = next((t.i for t in v.doc[v.i:v.head.i] if t.text == ","), None)
    return comma is not None


def _gerund(ctx: Context, v: Token) -> bool:
    """A gerund: 'en' and a present participle ('en bombardant'), which has no subject of its own."""
    return _present_participle(v) and any(c.i == v.i - 1 and fold(c.text) in ctx.lex.gerund_marks for c in ctx.kids(v))


def _infinitive(ctx: Context, v: Token) -> bool:
    """An infinitive, active or passive ('libérer', 'être libéré'): a clause with no subject of its own, whose
    doer, or the one who undergoes it, French reads from the clause it hangs on ('Y a payé pour être libéré')."""
    return "Inf" in feature(v, "VerbForm") or \
        any(c.dep_ == "aux:pass" and c.i < v.i and "Inf" in feature(c, "VerbForm") for c in ctx.kids(v))


def _compound_past(ctx: Context, v: Token, kids: list[Token]) -> bool:
    """True when 'être' + participle is the compound past of a verb conjugated with 'être' ('ils sont descendus
    dans la rue', 'elle est allée à Rome', 'ils sont entrés en grève'), which the parser takes for a passive: its
    subject acts. A passive of such a verb has 'été' or an agent ('ont été sortis par les soldats')."""
    if repair_lemma(fold(v.lemma_), fold(v.text), _etre_verbs(ctx.lex.lang)) not in _etre_verbs(ctx.lex.lang):
        return False
    if any(c.dep_ == "obl:agent" or c.dep_.startswith("obl") and case_of(ctx, c) == "par" for c in kids):
        return False
    return not any(c.dep_.startswith("aux") and "Part" in feature(c, "VerbForm") for c in kids)


@lru_cache(maxsize=8)
def _perfect_aux(lang: str) -> frozenset[str]:
    """The auxiliary of the compound past of active verbs (the tense reader's 'avoir')."""
    codes = resource(lang, "times").get("codes", {})
    return frozenset(fold(w) for w in codes.get("tense", {}).get("perfect_aux", []))


@lru_cache(maxsize=8)
def _etre_verbs(lang: str) -> frozenset[str]:
    """The verbs whose compound past takes 'être' (the tense reader's list)."""
    return frozenset(fold(w) for w in resource(lang, "times").get("words", {}).get("etre_verbs", []))


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
    if lo == 0 or doc[lo - 1].text != "," or v.dep_ not in ("acl", "advcl", "amod", "advmod"):
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
    lo = subtree_bounds(s)[0]
    if lo >= 2 and fold(doc[lo - 1].text) == "et" and lo - 2 in ctx.tok_actor and doc[lo - 2].head.i != s.i \
            and not any(c.dep_ == "conj" for c in ctx.kids(s)):
        return [doc[lo - 2]]
    return []


def _marked_infinitive(ctx: Context, v: Token) -> bool:
    """An infinitive brought in by 'à' or 'de' ('à demander', 'de retirer'), as a verb's second complement is."""
    return any(c.dep_ == "mark" and c.i < v.i and fold(c.text) in ("a", "de", "d'") for c in ctx.kids(v))


def _noun_owner(ctx: Context, h: Token, v: Token) -> list[Token]:
    """The named owner of the object noun right before an infinitive hung on the verb ('réaffirmer l'engagement du
    Hamas à accepter', 'saluer la décision de Pékin de libérer'): French says whose will or pledge it is by 'de X'."""
    mark = min([c.i for c in ctx.kids(v) if c.dep_ == "mark"] + [v.i])
    doc = v.doc
    noun = next((c for c in ctx.kids(h) if c.dep_ == "obj" and c.pos_ == "NOUN" and c.i < mark and
                 all(doc[k].is_punct and doc[k].text != "," for k in range(subtree_bounds(c)[1] + 1, mark))),
                None)  # right before it, or only a quotation mark between ('la promesse de X « à retirer')
    if noun is None:
        return []
    return [c for c in ctx.kids(noun) if c.dep_ == "nmod" and c.i in ctx.tok_actor and
            case_of(ctx, c) in ctx.lex.of_forms][:1]
