"""Parties from a trigger's complements and from the words read in order after it, where the parser attached a
complement elsewhere; how a found party is added to an event."""
from __future__ import annotations

from bisect import bisect_left

from spacy.tokens import Token

from ....lang.text import fold
from ..context import Context, Party
from ..grammar import ROLE_DEPS, case_of, is_people, of_complements
from ..lexicon import POSSESSIVES, Lexicon
from ..parties import antecedent, np_party, people_of_person, resolve, state_of
from ..records import Event
from ..triggers import trigger
from ...features import feature
from ...index import lemma_orth, sentence_of


#: event types on the same side of cooperation: negotiating an agreement is making it
SAME_SIDE = {t: ts for ts in (("AGREE", "CONSULT", "SUPPORT", "CONCEDE"), ("COOPERATE", "AID", "RETREAT")) for t in ts}


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


def phrase_roles(ctx: Context, tok: Token, last: int, ev: Event) -> None:
    """'ont ouvert le feu sur des passants': complements may hang on any word of a phrase."""
    for t in tok.doc[tok.i:last + 1]:
        if t.i != ev.head:
            for role, c in complements(ctx, t, ctx.lex.default_preps["verb"]):
                add(ctx, ev, role, [c], case_of(ctx, c))


def scan_right(ctx: Context, head: Token, preps: dict[str, str], ev: Event, width: int = 10) -> None:
    """Read the words after a trigger in order for 'prep + actor' the parser attached elsewhere
    ('vendre des armes à Moscou', 'l'invasion du Tchad par la Libye')."""
    doc, toks = head.doc, ctx.toks
    texts, poss, deps = ctx.texts, ctx.pos, ctx.deps  # the words are read off arrays: a Token only where needed
    k, end, prep = head.i + 1, min(len(doc), head.i + width), None
    depth = 0
    nested = False
    nested_via: str | None = None  # the preposition before the first other event noun
    owned: str | None = None  # the role of whose a thing aimed at is ('à la candidature de X'), for its 'de'
    amount: str | None = None  # the preposition an amount stands after ('sur 30 milliards de …'), for its 'de'
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
        if prep is not None and (pos == "NUM" or f in ctx.lex.amounts) and (ev.type == "SANCTION" or ev.type in HIT_OWNER):
            # 'des taxes sur 4 milliards de dollars de fruits chiliens': an amount is no party; the 'de' after it
            # names what the preposition bears on
            amount = prep
            k += 1
            continue
        quoted = _quoted_modifiers(ctx, k)
        if quoted:
            k += quoted  # 'des mesures « commerciales » au choix de X': the quoted words only qualify the noun
            end = min(len(doc), end + quoted)
            continue
        if head_noun and pos == "VERB" and deps[k] in ("acl", "amod") and k - head.i <= 8 and f not in preps and \
                "Part" in feature(toks[k], "VerbForm") and "Past" in feature(toks[k], "Tense") and \
                (trigger(ctx, toks[k]) is None or trigger(ctx, toks[k])[1]["type"] in SAME_SIDE.get(ev.type, ())):
            # 'les sanctions des Nations unies imposées au Pérou', 'les accords d'armes négociés par Moscou':
            # the participle carries the noun's roles (an event of the same side too); a preposition of the frame
            # the tagger took for a participle is none ('des représailles envers X')
            k += 1
            prep = None
            continue
        if pos in ("VERB", "ADV", "ADJ") and f in preps and f not in ctx.lex.genitive:
            pos = "ADP"  # 'des représailles envers Lima': a preposition the tagger took for a verb or adjective
        if (pos in ("VERB", "AUX") and deps[k] not in ("amod",)) or text in (".", ";", ":", "«", "»", "?", "!", ",") \
                or f in ("qui", "que", "qu'", "dont", "lorsque", "quand", "pour", "afin") or text.lower() == "où":
            break
        if pos == "NOUN" and (prep and prep != "entre" or prep is None and not head_noun) and \
                not ev.start <= ctx.starts[k] < ev.end and \
                k not in ctx.tok_actor and trigger(ctx, toks[k]) is not None and trigger(ctx, toks[k])[0] == "noun":
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
        n = _origin_phrase(ctx.lex, texts, k)
        if n:
            # 'des taxes sur le cuivre en provenance du Pérou': where a thing comes from says
            # whose it is, as its 'de' would
            k += n
            end = min(len(doc), end + n)
            prep, owned = ("=" + owned if owned is not None else "de"), None
            continue
        n, phrase_role = _role_phrase(ctx.lex, texts, k)
        if n:
            k += n  # 'aux mains du Hamas', 'à l'encontre de la Chine': who acts or is aimed at, as 'par'/'contre' say
            end = min(len(doc), end + n)
            prep = "=" + phrase_role  # no preposition of any frame: the phrase's role, whatever the frame says
            continue
        if f == "entre" and pos == "ADP":
            end = min(len(doc), max(end, k + 14))  # 'entre le pouvoir (la Russie, NDLR) et la rébellion (…)'
        if amount is not None and f in ctx.lex.of_forms:
            prep, amount = amount, None
            k += 1
            continue
        amount = None
        if pos == "ADP" or f in ("du", "des", "au", "aux"):
            # 'hors d'Ukraine', 'près de Gaza': a compound preposition is not the 'de' of a party
            compound = prep is not None and pos == "ADP" and poss[k - 1] == "ADP" and fold(texts[k - 1]) == prep
            # ('s'engager auprès de X': the tagger may read the first word of a compound preposition as an adverb)
            # ('auprès du ministre': a compound preposition ends in 'de', which the article may have fused with)
            pair = f"{fold(texts[k - 1])} {ctx.lex.unfused.get(f, f)}" if k > 0 else ""
            split = k > 0 and poss[k - 1] == "ADV" and (f"{fold(texts[k - 1])} {f}" in preps or pair in preps)
            prep = prep + " " + f if compound else \
                (f"{fold(texts[k - 1])} {f}" if f"{fold(texts[k - 1])} {f}" in preps else pair) if split else f
            if owned is not None and f in ctx.lex.genitive | {"du", "des"}:
                prep = "=" + owned  # 'son soutien à la candidature de X': X owns what is backed, and receives it
            owned = None
        elif prep and prep not in ("de", "du", "des", "d'") and k not in ctx.tok_actor and pos == "NOUN" \
                and (body_or_people(ctx, toks[k]) or ev.type in HIT_OWNER and _owner_hit(ctx, toks[k]) or
                     ev.type == "SANCTION" and prep == "sur" and state_of(ctx, toks[k])) and \
                fold(toks[k].lemma_) not in ctx.lex.roles and \
                not (k + 1 < end and texts[k + 1] == "(" and _actor_follows(ctx, k + 2)):
            # 'ont ouvert le feu sur des passants' ('de' complements are the parser's business: too often a theme);
            # 'a multiplié les tirs sur les positions du Hezbollah': whoever holds what is struck
            role = (prep[1:] if prep.startswith("=") else preps.get(prep)) \
                if not nested or prep == "entre" and nested_via != "contre" else None
            if role in ("actor", "recipient") and not ev.start <= ctx.starts[k] < ev.end:
                if body_or_people(ctx, toks[k]):
                    add_resolved(ev, role, resolve(ctx, toks[k]))
                elif role == "recipient" and ev.type == "SANCTION":
                    # 'des droits de douane sur les produits mexicains': the state whose goods are taxed
                    add_resolved(ev, role, state_of(ctx, toks[k]))
                elif role == "recipient":
                    add_resolved(ev, role, _owner_hit(ctx, toks[k]))
            prep = None
        elif prep and not prep.startswith("=") and prep not in ("de", "du", "des", "d'") and k not in ctx.tok_actor \
                and pos == "NOUN" and preps.get(prep) == "recipient" and trigger(ctx, toks[k]) is None and \
                not ctx.lex.class_of.get(fold(toks[k].lemma_), set()) & _PLACES:
            # 'a apporté son soutien à la candidature de X', 'une aide à la reconstruction du pays': a thing aimed at
            # is aimed at whose it is; its 'de X' names no doer of the event ('à la frontière de X' says where)
            owned = "recipient"
            prep = None
        elif k in ctx.tok_actor and prep:
            role = prep[1:] if prep.startswith("=") else \
                preps.get(prep) or (preps.get("de") if prep in ("du", "des", "d'") else None)
            if nested and not prep.startswith("entre") or (prep in ctx.lex.genitive or prep in ctx.lex.of_forms) and _of_party(ctx, k):
                # ('avec la Russie de Vladimir Poutine': a 'de X' right after a party qualifies that party)
                role = None
            elif nested and nested_via == "contre" and role == "actor":
                role = "recipient"  # 'manifester contre l'accord entre X et Y': the protest is aimed at both
            if role in ("actor", "recipient") and not (role == "recipient" and ev.recipients and prep in ("a", "au", "aux", "en", "dans")
                                                       and not _coordinated(ctx, k)):
                add_resolved(ev, role, _mention_parties(ctx, k))
            elif role == "place" and ev.place is None:
                a = ctx.tok_actor[k]
                ev.place = (a[1], a[2])
            a = ctx.tok_actor[k]
            while k + 1 < end and ctx.tok_actor.get(k + 1) == a:
                k += 1
            if not (k + 1 < len(doc) and fold(texts[k + 1]) in ("et", "ou", ",")):
                prep = None  # 'entre Israël et le Hamas': the preposition holds over the coordination
            elif prep and _actor_follows(ctx, k + 2):
                end = min(len(doc), max(end, k + 5))  # 'par le Maroc, les Émirats arabes unis et le Qatar': to its end
        k += 1


#: the marks that open and close a quotation of a few words inside a noun phrase
_QUOTE_MARKS = {"«": "»", "\"": "\"", "“": "”"}


def _quoted_modifiers(ctx: Context, k: int, width: int = 6) -> int:
    """How many tokens a quotation of adjectives starting at token k spans, marks included ('« douanières et non
    douanières »', '"intolérables"'), else 0: a journalist quotes the words that qualify the noun, and the
    complements after the closing mark are still the noun's."""
    close = _QUOTE_MARKS.get(ctx.texts[k])
    if close is None:
        return 0
    j = k + 1
    while j < min(len(ctx.texts), k + 2 + width) and ctx.texts[j] != close:
        if ctx.pos[j] not in ("ADJ", "ADV", "CCONJ") and ctx.texts[j] != ",":
            return 0
        j += 1
    if j >= len(ctx.texts) or ctx.texts[j] != close or j == k + 1 or not any(ctx.pos[x] == "ADJ" for x in range(k + 1, j)):
        return 0
    return j - k + 1


def _mention_parties(ctx: Context, k: int) -> list[Party]:
    """The parties of the mention starting at token k; the people its head noun names when the reference
    layer took people of a person for that person ('plusieurs proches du président X' are not X)."""
    a = ctx.tok_actor[k]
    j = k
    while j < len(ctx.toks) and ctx.tok_actor.get(j) == a and ctx.toks[j].pos_ in ("DET", "NUM", "ADJ"):
        j += 1
    if j < len(ctx.toks) and ctx.tok_actor.get(j) == a and people_of_person(ctx, ctx.toks[j], a[0]):
        return resolve(ctx, ctx.toks[j])
    return _all_at(ctx, k)


def _of_party(ctx: Context, k: int) -> bool:
    """True when the mention at token k is the 'de' complement of a party named right before it ('la Russie de
    Vladimir Poutine', 'l'Amérique de Trump'): only the preposition and articles stand between them."""
    j = k - 1
    while j >= 0 and ctx.pos[j] in ("ADP", "DET"):
        j -= 1
    return j >= 0 and j != k - 1 and j in ctx.tok_actor and ctx.tok_actor[j] != ctx.tok_actor[k]


def _all_at(ctx: Context, k: int) -> list[Party]:
    """The parties the mention at token k stands for: all of them for a plural the reference layer resolved to
    several ('aux deux belligérants'), cited where the mention is."""
    a = ctx.tok_actor[k]
    several = ctx.refs.actors_at(k) if ctx.refs is not None else []
    return [(b, a[1], a[2]) for b in several] if len(several) > 1 else [a]


def refusal_preps(ev: Event, preps: dict[str, str], entry: dict) -> dict[str, str]:
    """The prepositions whose loose complements a refusal reads: not 'à', unless its frame names it ('a refusé
    l'accès aux enquêteurs', 'le rejet du recours au référendum': the refused thing's own 'à'; whom one refuses is
    the author of what is refused)."""
    if ev.type != "REJECT":
        return preps
    own = {fold(k) for k in list(entry.get("preps") or {}) + list(entry.get("with") or [])}
    return {k: r for k, r in preps.items() if k not in ("a", "au", "aux") or k in own}


def body_or_people(ctx: Context, t: Token) -> bool:
    """A noun that names people or a body ('des touristes', 'les organisations indépendantistes', 'la police'),
    not a thing or place an event may also bear on ('les fonds', 'la présidence', 'un hôpital')."""
    f = fold(t.lemma_)
    return is_people(ctx.lex, t) or f in ctx.lex.org_words and not ctx.lex.class_of.get(f, set()) & _THINGS


#: the object classes whose words name where an event happens ('à la frontière de X'), not a thing of someone's
_PLACES = frozenset({"territory", "borders", "roads", "sites"})


#: the object classes whose words name what an event bears on or where, not who
_THINGS = frozenset({"economic", "tariffs", "sanctions", "office", "sites", "targets"})


def _role_phrase(lex: Lexicon, texts: list[str], k: int) -> tuple[int, str]:
    """Length and role of a role phrase starting at token k with its 'de': 'aux mains du' names who acts as 'par'
    does, 'à l'encontre de' whom the event is aimed at as 'contre' does; (0, '') when none starts here."""
    first = fold(texts[k])
    if first not in lex.agent_phrases and first not in lex.target_phrases:
        return 0, ""  # asked at every word after a trigger: most start no phrase
    of = lex.genitive | {"du", "des"}  # French glues 'de' to the article ('aux mains du Hamas')
    for phrases, prep in ((lex.agent_phrases, "actor"), (lex.target_phrases, "recipient")):
        for words in phrases.get(first, ()):
            j = k + len(words)
            if j > len(texts) or tuple(fold(x) for x in texts[k:j]) != words:
                continue
            if words[-1] in lex.genitive:
                return len(words), prep  # written with its genitive ('in the hands of')
            if j < len(texts) and fold(texts[j]) in of:
                return len(words) + 1, prep
    return 0, ""


def _origin_phrase(lex: Lexicon, texts: list[str], k: int) -> int:
    """Length of an origin phrase starting at token k with its 'de' ('en provenance du', 'originaires de'); 0 when
    none starts here."""
    words = next((w for w in lex.origin_phrases.get(fold(texts[k]), ())
                  if tuple(fold(x) for x in texts[k:k + len(w)]) == w), None)
    if words is None:
        return 0
    j = k + len(words)
    return len(words) + 1 if j < len(texts) and fold(texts[j]) in lex.genitive | {"du", "des"} else 0


def _coordinated(ctx: Context, k: int) -> bool:
    """True when the actor mention at token k follows 'et'/'ou' and its own preposition after another mention ('un
    appel à la Serbie et au Kosovo'): a second name of the same complement, not a second 'à' saying where."""
    j = k - 1
    while j >= 0 and ctx.pos[j] == "DET":
        j -= 1
    if j < 0 or not (ctx.pos[j] == "ADP" or fold(ctx.texts[j]) in ("au", "aux")):
        return False
    j -= 1
    return j >= 1 and fold(ctx.texts[j]) in ("et", "ou") and j - 1 in ctx.tok_actor


def _actor_follows(ctx: Context, k: int) -> bool:
    """True when an actor mention starts at token k, its determiners skipped."""
    while k < len(ctx.pos) and ctx.pos[k] == "DET":
        k += 1
    return k < len(ctx.pos) and k in ctx.tok_actor


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
        if not found and role == "recipient" and owner_struck(ev, t):
            found = _owner_hit(ctx, t)
        if not found and role == "actor" and ev.type in CROWD_ACTS:
            found = protesters(ctx, t)
        if not found:
            found = people_of(ctx, t)
        for a in found:
            if a[0] not in [b[0] for b in ev.actors + ev.recipients]:
                bucket.append(a)




#: the event types whose doers are people by definition: who strikes or marches, whatever they are called
CROWD_ACTS = ("PROTEST",)


def protesters(ctx: Context, t: Token) -> list[Party]:
    """The people a protest's subject or 'de X' names when no actor or people noun stands for them ('les
    contrôleurs aériens font grève', 'la grève des livreurs'): a plural common noun with its article, that is no
    event, no thing of the lexicon's classes and no time ('les manifestations des derniers mois')."""
    if t.pos_ != "NOUN" or "Plur" not in feature(t, "Number") or trigger(ctx, t) is not None or \
            ctx.lex.class_of.get(fold(t.lemma_)) or fold(t.lemma_) in ctx.lex.country_anaphors:
        return []
    if not any(c.dep_ == "det" for c in ctx.kids(t)) and case_of(ctx, t) not in ("des", "aux"):
        return []
    if ctx.dated(t):
        return []
    named = np_party(ctx, t, people=True)
    return [named] if named else []


def people_of(ctx: Context, t: Token) -> list[Party]:
    """People named by whose they are ('les représentants des agriculteurs', 'les proches du président'): a plural
    noun with its article, of no class of things and no event, whose 'de' complement names people or a party."""
    if t.pos_ != "NOUN" or "Plur" not in feature(t, "Number") or trigger(ctx, t) is not None or \
            ctx.lex.class_of.get(fold(t.lemma_), set()) & _THINGS or fold(t.lemma_) in ctx.lex.symbols or \
            fold(t.lemma_) in ctx.lex.abstract or not any(c.dep_ == "det" for c in ctx.kids(t)):
        return []  # 'les efforts de la Ligue': what someone does or feels is theirs, not people
    if not any(c.i in ctx.tok_actor or is_people(ctx.lex, c) for c in of_complements(ctx, t)):
        return []
    named = np_party(ctx, t, people=True)
    return [named] if named else []


#: the event types by which striking a thing ('a visé un camp de l'ONU', 'tirer sur ses positions') is
#: striking whoever holds it
HIT_OWNER = ("ASSAULT",)
#: the event types by which taxing or freezing a thing ('des taxes sur les marchandises de Russie', 'a gelé les
#: avoirs du président') is sanctioning whoever owns it; a thing as the subject of a sentence passed ('ce symbole
#: de l'opposition a été condamné') is a figure for a person, owned by no one
TAXED_OWNER = ("SANCTION",)


def owner_struck(ev: Event, t: Token) -> bool:
    """True when the thing t, struck or taxed by the event, stands for whoever holds it."""
    return ev.type in HIT_OWNER or ev.type in TAXED_OWNER and not t.dep_.startswith("nsubj")


def _owner_hit(ctx: Context, t: Token) -> list[Party]:
    """Who holds the thing an attack strikes: its possessive's antecedent or the party of its 'de X' ('les
    positions du Hezbollah', 'une base de la Finul', 'ses positions'); nothing for a noun naming people or a body."""
    if t.pos_ != "NOUN" or body_or_people(ctx, t):
        return []
    poss = next((c for c in ctx.kids(t) if c.dep_ in ("det", "nmod:poss") and fold(c.text) in POSSESSIVES), None)
    if poss is not None:
        return antecedent(ctx, poss, POSSESSIVES[fold(poss.text)])
    return [a for c in of_complements(ctx, t)[:1] for a in resolve(ctx, c)]


def add_resolved(ev: Event, role: str, found: list[Party]) -> None:
    """Add parties already resolved to the event's actors or recipients (once each)."""
    bucket = ev.actors if role == "actor" else ev.recipients
    for a in found:
        if a[0] not in [b[0] for b in ev.actors + ev.recipients]:
            bucket.append(a)


#: how many sentences before and after a protest its protesters may be named in
AROUND = 2


#: the last letters of a French plural, upper or lower case: the cheap test first
PLURAL_ENDS = ("s", "x", "S", "X")


def _names_protesters(ctx: Context, lemma: str, text: str) -> bool:
    """Whether the word of this lemma and form is a plural naming people by their protest ('grévistes', 'manifestants')."""
    forms = (fold(lemma), fold(text), fold(text)[:-1])
    return fold(text).endswith(("s", "x")) and any(f in ctx.lex.people for f in forms) and \
        any("protests" in ctx.lex.class_of.get(f, ()) for f in forms)


def protesters_named(ctx: Context, n: Token) -> list[Token]:
    """The protesters named around a protest that names none, in its sentence or the ones just before and after
    ('la manifestation a dégénéré quand des grévistes ont …'; 'Des manifestants ont bloqué le pont. Le
    rassemblement a duré …'): people named by their protest, the nearest first, its own sentence first."""
    doc = n.doc
    sent = sentence_of(n)
    lo, hi = sent.start, sent.end
    for _ in range(AROUND):
        lo = sentence_of(doc[lo - 1]).start if lo > 0 else lo
        hi = sentence_of(doc[hi]).end if hi < len(doc) else hi
    if ctx.protest_people is None:  # the word tests hold for the whole Doc: made once, not once per protest
        # decided once per distinct (lemma, form) pair, read off the Doc's arrays: no Token per word
        strings, pairs, known, people = doc.vocab.strings, lemma_orth(doc), {}, []
        for i, w in enumerate(ctx.texts):
            if w[-1:] in PLURAL_ENDS:
                key = pairs[i]
                ok = known.get(key)
                if ok is None:
                    ok = known[key] = _names_protesters(ctx, strings[key[0]], w)
                if ok:
                    people.append(i)
        ctx.protest_people = people
    found = [ctx.toks[i] for i in ctx.protest_people[bisect_left(ctx.protest_people, lo):bisect_left(ctx.protest_people, hi)]
             if i != n.i and trigger(ctx, ctx.toks[i]) is None]
    return sorted(found, key=lambda t: (not sent.start <= t.i < sent.end, abs(t.i - n.i)))[:1]
