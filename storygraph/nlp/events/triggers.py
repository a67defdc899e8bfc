"""Finding triggers: the verbs, nouns, adjectives and multi-word phrases of the lexicon, with the lemma
repairs and reflexive forms ('s'est rendu') a match needs."""
from __future__ import annotations

from spacy.tokens import Doc, Token

from ...lang.text import fold
from .context import Context, Trigger
from .lexicon import Lexicon
from ..features import feature
from ..index import lemma_orth
from ..index import dependents
from .context import subtree


#: the tags a lexicon verb's finite form may wrongly get after its subject ('Moscou dément', 'l'armée pilonne',
#: 'Gavi livre 200 000 doses'): an adverb, an adjective, a piece of the name before it
HIDING_TAGS = ("ADV", "ADJ", "PROPN")
#: the most tokens a light verb's event noun may stand after it ('a lancé hier une vaste offensive')
LIGHT_SPAN = 5


def candidates(lex: Lexicon, doc: Doc) -> list[int]:
    """Indices of the tokens whose lemma or form could start a trigger, decided once per distinct
    (lemma, form) pair on the Doc's arrays: most tokens never become a spaCy Token object here."""
    strings = doc.vocab.strings
    may_start = lex.may_start
    pairs = lemma_orth(doc)
    ok = {key: may_start(key[0], key[1], strings) for key in set(pairs)}  # once per distinct pair of the Doc
    return [i for i, key in enumerate(pairs) if ok[key]]


def trigger(ctx: Context, tok: Token) -> Trigger | None:
    """(kind, lexicon entry, last token index) when this token starts or heads a trigger."""
    triggers = ctx.triggers
    if tok.i not in triggers:  # asked of the same token by many rules
        if ctx.starters is None:
            ctx.starters = set(candidates(ctx.lex, ctx.doc))
        # a word whose lemma, form and repaired lemma start no trigger of the lexicon is none: the rules ask about
        # every noun after a trigger, most of which are not, and reading each one's dependents cost more
        hit = _trigger(ctx, tok) if tok.i in ctx.starters else None
        # the words right before the word that say it is no event ('droit de veto', 'la manifestation de
        # l'opposition') hold for every rule that asks, not only for the event's own frame: 'de l'opposition'
        # then names who protests, as 'des syndicats' would
        if hit is not None and _ruled_out_before(ctx, tok, hit[1]):
            hit = None
        if hit is not None and hit[0] in ("verb", "noun", "phrase") and hit[1].get("plover") in ctx.lex.object_in_trigger:
            hit = _reach_stopped(ctx.lex, tok, hit)
        triggers[tok.i] = hit
    return triggers[tok.i]


def _reach_stopped(lex: Lexicon, tok: Token, hit: Trigger) -> Trigger:
    """The trigger of a frame that stops something, reaching to the event noun it stops when that noun is its
    complement right after it and of a type that ends there ('mettre fin aux combats', 'la cessation des
    hostilités', 'suspendre les frappes'): the fighting stopped is no event of its own, one trigger tells both."""
    kind, entry, last = hit
    need = {fold(w) for w in entry.get("needs", ())}
    if not need:
        return hit
    doc = tok.doc
    for t in doc[tok.i:last + 1]:
        for c in dependents(t):
            if c.i <= last or c.i - last > LIGHT_SPAN or c.pos_ != "NOUN" or \
                    c.dep_ not in ("obj", "nmod", "obl", "obl:arg", "obl:mod") or \
                    any(x.is_punct for x in doc[last + 1:c.i]):
                continue
            lem, form = fold(c.lemma_), fold(c.text)
            noun = lex.nouns.get(lem) or lex.nouns.get(form)
            # fighting stopped; a strike called off is still told as the strike ('cesser une grève')
            if noun is not None and noun["type"] in lex.stopped_types and \
                    (lem in need or form in need or lex.class_of.get(lem, set()) & need):
                return kind, entry, c.i
    return hit


def _ruled_out_before(ctx: Context, tok: Token, entry: dict) -> bool:
    """True when the two words before the trigger miss all its 'with_before' words or hold one of its 'not_before'."""
    before = {fold(t) for t in ctx.texts[max(0, tok.i - 2):tok.i]}
    if entry.get("with_before") and not (tok.i >= 2 and before & {fold(w) for w in entry["with_before"]}):
        return True
    return bool(entry.get("not_before") and before & {fold(w) for w in entry["not_before"]})


def _trigger(ctx: Context, tok: Token) -> Trigger | None:
    """The trigger this token starts or heads: a phrase first, then a verb (reflexive or not), adjective or noun."""
    doc, lex = tok.doc, ctx.lex
    lem = fold(tok.lemma_)
    first = fold(tok.text)
    repaired = verb_lemma(lex, tok) if tok.pos_ in ("VERB", "AUX") else lem  # 'se porte à la défense'
    for key in dict.fromkeys((lem, first, repaired)):  # the lemma's phrases first, then the form's, the same on every run
        for words, entry in lex.phrases.get(key, ()):
            end = _match_phrase(tok, words)
            if end is not None:
                return "phrase", entry, end
    if first in lex.event_pronouns:
        return _told_again(lex, tok, lex.event_pronouns[first])
    pos = tok.pos_
    if pos in HIDING_TAGS and _hidden_verb(lex, tok) or pos == "NOUN" and _headline_verb(lex, tok) \
            or pos in ("NOUN", "ADJ") and _auxiliary_participle(lex, tok):
        pos = "VERB"  # as a noun it is more often one (blind set)
    if pos in ("VERB", "AUX") or (pos == "ADJ" and "Part" in feature(tok, "VerbForm")):
        if any(c.dep_ == "det" and c.i < tok.i and fold(c.text) in lex.articles for c in ctx.kids(tok)):
            return None  # a participle with a determiner names a person: 'le principal accusé', 'les détenus'
        lem = verb_lemma(lex, tok)
        if lem in lex.light:
            hit = _light(ctx, tok, lex.light[lem])
            if hit is not None:
                return hit
        reflexive_keys = (f"se {lem}", f"s'{lem}")
        if lem not in lex.verbs and not (reflexive_keys[0] in lex.verbs or reflexive_keys[1] in lex.verbs) \
                and lem != "faire" and not (pos == "ADJ" and first in lex.adjs):
            return None  # the common case, decided without looking at the verb's dependents
        refl = is_reflexive(ctx, tok)
        for key in (reflexive_keys if refl else ()) + (lem,):
            entry = lex.verbs.get(key) or (lex.adjs.get(first) if pos == "ADJ" else None)
            if entry is None:
                continue
            if entry.get("reflexive") and not refl or entry.get("not_reflexive") and refl:
                return None
            return "verb", entry, tok.i
        if tok.pos_ == "ADJ" and fold(tok.text) in lex.adjs:
            return "adj", lex.adjs[fold(tok.text)], tok.i
        if lem == "faire" and tok.i + 1 < len(doc) and fold(doc[tok.i + 1].lemma_) in ("visiter",):
            return "verb", lex.verbs["faire visiter"], tok.i + 1
        return None
    if tok.pos_ == "ADJ":
        entry = lex.adjs.get(lem) or lex.adjs.get(first)
        return ("adj", entry, tok.i) if entry else None
    if tok.pos_ in ("NOUN", "PROPN") and (tok.text[:1].islower() or pos == "NOUN" and _opens(tok)):
        entry = lex.nouns.get(lem) or lex.nouns.get(first)
        if entry is None:
            return None
        kids = ctx.kids(tok)
        if any(fold(c.text) in lex.privative and c.dep_ == "case" for c in kids) and not any(c.dep_ == "det" for c in kids):
            return None  # 'sans entrave', 'sans condition': a bare noun after 'sans' tells a manner, no event
        told = _told_by_verb(lex, tok, entry)
        return ("told", told[1], told[0].i) if told else ("noun", entry, tok.i)
    if tok.pos_ in ("ADV", "ADP") and tok.text[:1].islower():
        # a headline's bare noun the tagger took for an adverb or a preposition ('nouvelles frappes'): no event
        # noun of the lexicon is either
        entry = lex.nouns.get(lem) or lex.nouns.get(first)
        return ("noun", entry, tok.i) if entry else None
    return None


def _told_again(lex: Lexicon, pron: Token, agrees: tuple[str, ...]) -> Trigger | None:
    """The event a demonstrative pronoun with a 'de X' complement tells again ('la libération des otages et celle
    des prisonniers'): the nearest noun before it in its sentence of its gender and number that is an event noun
    of the lexicon, whose frame it takes; none without the complement ('celle-ci', 'ceux qui')."""
    doc = pron.doc
    nxt = doc[pron.i + 1] if pron.i + 1 < len(doc) else None
    if nxt is None or not {fold(nxt.text), fold(nxt.lemma_)} & lex.genitive:
        return None
    gender, number = agrees
    for t in reversed(doc[pron.sent.start:pron.i]):
        if t.pos_ != "NOUN" or gender not in feature(t, "Gender") or number not in feature(t, "Number"):
            continue
        entry = lex.nouns.get(fold(t.lemma_)) or lex.nouns.get(fold(t.text))
        if entry is not None:
            return "noun", entry, pron.i
    return None


def _hidden_verb(lex: Lexicon, tok: Token) -> bool:
    """True when a lexicon verb's finite form was tagged as another part of speech ('Moscou dément', 'elles
    coopéreraient'): it has a subject, or stands right after a name or a subject pronoun; a word the lexicon
    knows as a noun or an adjective keeps its part of speech."""
    form = fold(tok.text)
    if not lex.subject_clitics:
        return False  # a language without the list leaves its tagger be
    if not tok.text[:1].islower() or "Part" in feature(tok, "VerbForm") or verb_lemma(lex, tok) not in lex.verbs:
        return False
    if form in lex.nouns or form in lex.adjs or fold(tok.lemma_) in lex.nouns or fold(tok.lemma_) in lex.adjs:
        # 'Pékin riposte': a noun of the lexicon with no determiner right after a name is that name's verb
        return tok.pos_ == "ADJ" and tok.i > 0 and not _determined(tok) and \
            (tok.doc[tok.i - 1].pos_ == "PROPN" or _verbless_clause_verb(tok))
    if any(c.dep_.startswith("nsubj") for c in dependents(tok)):
        return True
    k = tok.i - 1
    while k >= 0 and fold(tok.doc[k].text) in ("ne", "n'"):
        k -= 1
    if k < 0:
        return False
    prev = tok.doc[k]
    # a name, even one the tagger made a common noun at the head of a sentence ('Moscou dément'), or a
    # determined noun the word was taken to qualify ('l'armée pilonne des positions')
    return prev.pos_ == "PROPN" or prev.pos_ == "NOUN" and (prev.text[:1].isupper() or tok.pos_ == "ADJ" and _determined(prev)) \
        or fold(prev.text) in lex.subject_clitics


def _auxiliary_participle(lex: Lexicon, tok: Token) -> bool:
    """True when a word tagged as a noun or an adjective carries a tense or passive auxiliary before it ('le
    ministre a téléphoné au président', 'ont neutralisé'): only a past participle takes one; a word the lexicon
    knows as a noun or an adjective keeps its own frame."""
    form = fold(tok.text)
    if not tok.text[:1].islower() or form in lex.nouns or form in lex.adjs or fold(tok.lemma_) in lex.nouns \
            or fold(tok.lemma_) in lex.adjs:
        return False
    # the look-up first: walking the word's dependents costs more
    return verb_lemma(lex, tok) in lex.verbs and \
        any(c.dep_ in ("aux:tense", "aux:pass") and c.i < tok.i for c in dependents(tok))


def _verbless_clause_verb(tok: Token) -> bool:
    """True when an adjective-tagged form is the only verb its sentence can have ('Le président critique la
    décision', 'La ministre critique sévèrement le projet'): after the determined noun it was hung on, a
    determiner after it (adverbs aside), and no verb, auxiliary or copula anywhere in the sentence, which French
    cannot do without outside a headline; 'un état critique la nuit dernière' has its copula."""
    doc, head = tok.doc, tok.head
    if tok.dep_ != "amod" or head.i > tok.i or head.pos_ not in ("NOUN", "PROPN") or not _determined(head):
        return False
    k = tok.i + 1
    while k < len(doc) and doc[k].pos_ == "ADV":
        k += 1
    if k >= len(doc) or doc[k].pos_ != "DET":
        return False
    return not any((t.pos_ in ("VERB", "AUX") or t.dep_ == "cop") and not (t.dep_ == "acl" and "Part" in feature(t, "VerbForm"))
                   for t in tok.sent if t.i != tok.i)  # a participle qualifying a noun is no clause's verb


def _headline_verb(lex: Lexicon, tok: Token) -> bool:
    """True when a word tagged as a noun is a lexicon verb's present form between its subject and its object
    ('Washington taxe l'acier', 'le secrétaire général presse Pyongyang de …'): no determiner of its own, a
    name, an adjective or a subject pronoun before it, a determiner or a name right after it; a word the
    lexicon knows as a noun stays one."""
    form, doc = fold(tok.text), tok.doc
    # the look-ups first: walking the word's dependents for a determiner costs more
    if not lex.subject_clitics or not tok.text[:1].islower() or form in lex.nouns or fold(tok.lemma_) in lex.nouns \
            or tok.i == 0 or tok.i + 1 >= len(doc) or verb_lemma(lex, tok) not in lex.verbs or _determined(tok):
        return False
    prev, nxt = doc[tok.i - 1], doc[tok.i + 1]
    return (prev.pos_ in ("PROPN", "ADJ") or fold(prev.text) in lex.subject_clitics) and nxt.pos_ in ("DET", "PROPN")


def _determined(noun: Token) -> bool:
    """True when a noun has a determiner of its own ('l'armée', 'les rebelles')."""
    return any(c.dep_ == "det" and c.i < noun.i for c in dependents(noun))


def _told_by_verb(lex: Lexicon, noun: Token, entry: dict) -> tuple[Token, dict] | None:
    """The verb right after an event noun that tells the same event again, as the participle qualifying it or
    the verb it is the passive subject of ('les sanctions adoptées mardi', 'un accord a été conclu entre X et
    Y', 'les ententes signées'), with its frame: noun and verb make one event, whose parties hang on the verb."""
    doc = noun.doc
    verbs = [c for c in dependents(noun) if c.dep_ == "acl" and c.i > noun.i]
    if noun.dep_ == "nsubj:pass" and noun.head.i > noun.i:
        verbs.append(noun.head)
    for v in verbs:
        if v.i - noun.i > LIGHT_SPAN or any(t.is_punct for t in doc[noun.i + 1:v.i]):
            continue
        frame = lex.verbs.get(verb_lemma(lex, v))
        if frame is not None and entry["type"] in \
                {frame["type"], frame.get("otherwise")} | set((frame.get("by_class") or {}).values()):
            return v, frame
    return None


def _opens(tok: Token) -> bool:
    """True when a capitalised word opens a sentence or a headline, where a common noun takes a capital ('Grève à
    la SNCF', 'Arrestation d'un opposant'); not a quotation, whose first word is often a slogan's."""
    before = tok.doc[tok.i - 1].text.strip() if tok.i else ""
    return (tok.i == 0 or tok.is_sent_start or before == ":") and before not in ("«", "\"", "“", "'")


def _light(ctx: Context, tok: Token, light: dict) -> Trigger | None:
    """A light verb and the event noun it carries ('imposer des sanctions', 'mener des frappes', 'procéder à
    des arrestations'): the noun gives the type, the verb the parties; one trigger from the verb to the noun.
    A noun of one of the verb's own classes ('imposer des tarifs') gives that class's type; a noun named
    before the verb ('les tarifs imposés') keeps the verb alone as trigger, and an event noun there is its
    own trigger already."""
    lex = ctx.lex
    for c, dep in _light_dependents(ctx, tok):
        if c.pos_ != "NOUN":
            continue
        if dep == "obj":
            pass
        elif dep.startswith("obl") and light["preps"]:
            case = {fold(g.text) for g in dependents(c) if g.dep_ == "case"}
            if not case & light["preps"]:
                continue
        elif not (dep == "nsubj:pass" and c.i < tok.i):
            continue
        if c.i > tok.i and (c.i - tok.i > LIGHT_SPAN or any(t.is_punct for t in tok.doc[tok.i + 1:c.i])):
            continue  # a noun the parser hung on the verb from afar is no part of its phrase
        if c.i > tok.i and fold(c.lemma_) in lex.carriers:
            # 'adopter un paquet de sanctions', 'lancer une série de frappes': the event is the carried noun
            carried = _carried(lex, c)
            if carried is not None:
                return "light", carried[1], carried[0].i
            held = _carried_class(lex, c, light)
            if held is not None:  # 'imposer une série de conditions': the verb's own class, carried
                return "light", {"type": held[1], "strong": True}, held[0].i
        lem, form = fold(c.lemma_), fold(c.text)
        if c.i > tok.i:
            for words, entry in lex.phrases.get(lem, []) + lex.phrases.get(form, []):
                end = _match_phrase(c, words)
                if end is not None:
                    return "light", entry, end  # 'déposer une motion de censure'
        entry = lex.nouns.get(lem) or lex.nouns.get(form)
        if entry is not None:
            if c.i < tok.i:
                return None  # 'les sanctions imposées': the noun is its own trigger
            return "light", entry, c.i
        etype = next((t for cls, t in light["classes"].items()
                      if cls in lex.class_of.get(lem, ()) or cls in lex.class_of.get(form, ())), None)
        if etype is not None:
            return "light", {"type": etype, "strong": True}, max(c.i, tok.i)
    if tok.dep_ == "acl" and tok.head.i < tok.i and tok.head.pos_ == "NOUN":
        lem, form = fold(tok.head.lemma_), fold(tok.head.text)
        if lem in lex.nouns or form in lex.nouns:
            return None  # 'les sanctions imposées à Pyongyang': the noun is its own trigger
        etype = next((t for cls, t in light["classes"].items()
                      if cls in lex.class_of.get(lem, ()) or cls in lex.class_of.get(form, ())), None)
        if etype is not None:
            return "light", {"type": etype, "strong": True}, tok.i  # 'les tarifs imposés par Ottawa'
    return None


def _light_dependents(ctx: Context, verb: Token) -> list[tuple[Token, str]]:
    """A light verb's dependents with the relation each bears to its phrase: a 'de' right before a preposed
    adjective is the plural indefinite article ('imposer de nouvelles sanctions'), so its noun is the object
    whatever the parser hung it as; a time word the parser made the object ('a imposé lundi de nouvelles
    sanctions') gives way to such a noun it holds."""
    lex = ctx.lex
    out: list[tuple[Token, str]] = []
    for c in ctx.kids(verb):
        # (the time expressions indexed by token start once per Doc, not walked for every dependent)
        if c.i > verb.i and ctx.dated(c):
            out.extend((g, "obj") for g in ctx.kids(c) if g.i > c.i and _partitive(lex, g))
        out.append((c, "obj" if c.i > verb.i and c.dep_ != "obj" and _partitive(lex, c) else c.dep_))
    return out


def _partitive(lex: Lexicon, noun: Token) -> bool:
    """True when a noun with no determiner opens with 'de' and an adjective before it ('de nouvelles sanctions',
    'de violents combats'): French's plural indefinite article before a preposed adjective, not a preposition."""
    if noun.pos_ != "NOUN" or any(c.dep_ == "det" for c in dependents(noun)):
        return False
    case = [c for c in dependents(noun) if c.dep_ == "case" and c.i < noun.i]
    if len(case) != 1 or fold(case[0].text) not in lex.genitive:
        return False
    nxt = noun.doc[case[0].i + 1]
    return nxt.i < noun.i and nxt.pos_ == "ADJ" and nxt.head.i == noun.i


def _carried_class(lex: Lexicon, carrier: Token, light: dict) -> tuple[Token, str] | None:
    """The noun of one of the light verb's own classes a carrier noun holds in its 'de' complement ('une série
    de conditions'), with that class's type."""
    for g in dependents(carrier):
        if g.dep_ == "nmod" and g.i > carrier.i and g.i - carrier.i <= 3 and \
                any(k.dep_ == "case" and fold(k.text) in lex.genitive for k in dependents(g)):
            kinds = lex.class_of.get(fold(g.lemma_), set()) | lex.class_of.get(fold(g.text), set())
            etype = next((t for cls, t in light["classes"].items() if cls in kinds), None)
            if etype is not None:
                return g, etype
    return None


def _carried(lex: Lexicon, carrier: Token) -> tuple[Token, dict] | None:
    """The event noun a carrier noun holds in its 'de' complement ('un paquet de sanctions', 'une vague
    d'arrestations'), with its frame."""
    for g in dependents(carrier):
        if g.dep_ == "nmod" and g.i > carrier.i and g.i - carrier.i <= 3 and \
                any(k.dep_ == "case" and fold(k.text) in lex.genitive for k in dependents(g)):
            entry = lex.nouns.get(fold(g.lemma_)) or lex.nouns.get(fold(g.text))
            if entry is not None:
                return g, entry
    return None


def _match_phrase(tok: Token, words: tuple[str, ...]) -> int | None:
    """The index of a phrase's last token when its words follow from `tok` (up to three short words skipped);
    `tok` is the first word, as the phrase was filed under its lemma, form or repaired lemma."""
    doc = tok.doc
    k, w = tok.i + 1, 1
    skipped = 0
    while w < len(words) and k < len(doc):
        t = doc[k]
        if fold(t.lemma_) == words[w] or fold(t.text) == words[w] or fold(t.text).rstrip("'") == words[w].rstrip("'"):
            w += 1
            k += 1
        elif w > 0 and skipped < 3 and (t.pos_ in ("ADV", "AUX", "DET", "PRON") or t.text == "-"):
            skipped += 1  # 'ne restera pas impuni', 'paieront tôt ou tard le prix'
            k += 1
        else:
            return None
    return k - 1 if w == len(words) else None


def is_reflexive(ctx: Context, tok: Token) -> bool:
    """True when a clitic 'se' belongs to this verb ('s'est rendu', 'se revoir')."""
    if any(c.i < tok.i and fold(c.text) in ctx.lex.reflexives and c.dep_ in ("expl:comp", "expl:pv", "obj", "expl", "iobj")
           for c in ctx.kids(tok)):
        return True
    texts, pos = ctx.texts, ctx.pos  # the words before, read off the Doc's arrays
    k = tok.i - 1  # 'se sont entretenus', 'se seraient rapprochés': the clitic before the auxiliaries
    while k >= 0 and (pos[k] in ("AUX", "ADV") or fold(texts[k]) in ("ne", "n'")) and tok.i - k <= 4:
        k -= 1
    return k >= 0 and fold(texts[k]) in ("se", "s'")


def clitic_before(ctx: Context, verb: Token) -> int | None:
    """Index of the reflexive clitic of a pronominal verb, which belongs to its trigger ('s'est engagé', 'se
    serait opposé'): the pronoun is part of the verb's form, as the auxiliary is."""
    # only 'se' is surely reflexive: 'nous', 'vous', 'me', 'te' are as often objects ('je vous appelle'), and the
    # parser tells them apart badly
    kids = [c.i for c in ctx.kids(verb) if c.i < verb.i and verb.i - c.i <= 4 and fold(c.text) in ("se", "s'", "s")
            and c.dep_ in ("expl:comp", "expl:pv", "obj", "expl", "iobj")]
    if kids:
        return min(kids)
    texts, pos = ctx.texts, ctx.pos  # the words before, read off the Doc's arrays
    k = verb.i - 1  # the parser may hang the clitic on the auxiliary: walk back over auxiliaries and 'ne'
    while k >= 0 and (pos[k] == "AUX" or fold(texts[k]) in ("ne", "n'")) and verb.i - k <= 4:
        k -= 1
    return k if k >= 0 and k < verb.i and fold(texts[k]) in ("se", "s'") else None


def verb_lemma(lex: Lexicon, tok: Token) -> str:
    """The verb's lemma, repaired where the lemmatizer leaves a participle or a noun-like form."""
    return lex.verb_lemma(tok.lemma_, tok.text)


def describes_weapon(lex: Lexicon, head: Token) -> bool:
    """True when a participle or a 'capable de' infinitive only says what a weapon is or can do ('des missiles
    tirés à l'épaule', 'des armes interdites', 'un engin capable de frapper tout un continent'): no event, unless
    a participle is aimed or names someone ('des roquettes tirées sur Haïfa', 'des obus interdits par Genève')."""
    if head.pos_ not in ("VERB", "ADJ") or head.dep_ not in ("acl", "amod", "xcomp"):
        return False
    form = feature(head, "VerbForm")
    gov = head.head
    capable = next((c for c in dependents(gov) if fold(c.lemma_) in lex.capability), None) \
        if "Inf" in form and gov.pos_ == "NOUN" else None
    if "Inf" in form and capable is None and fold(gov.lemma_) in lex.capability:
        capable, gov = gov, gov.head  # 'un missile, capable de frapper ...' hung on the adjective
    if capable is None and "Part" not in form:
        return False
    if gov.pos_ != "NOUN" or fold(gov.lemma_) not in lex.weapons:
        return False
    if capable is not None:
        return True  # what it can do is no event, whatever it could strike
    # the whole phrase, not only the participle's own dependents: the parser often hangs 'contre X' lower
    return not any(t.pos_ == "PROPN" or t.dep_ == "obl:agent" or t.dep_ == "case" and fold(t.text) in lex.aimed_preps
                   for t in subtree(head) if t.i != head.i)
