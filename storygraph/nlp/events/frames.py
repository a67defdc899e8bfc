"""A trigger's frame applied where it was found: its conditions (words it needs or refuses nearby, a required
party), the type and mode the words around it give, its roles and its status; one Event, or none."""
from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from ...lang.text import fold
from ..features import feature
from ..grammar import repair_lemma
from .context import Context
from .grammar import classes_of, is_people, shared_objects
from .lexicon import COPULAS
from .parties import body_named, resolve
from .records import Event
from .roles import (add_resolved, carried_roles, destination, noun_roles, phrase_noun_roles, phrase_roles,
                    subjects, verb_roles)
from .status import status
from .triggers import clitic_before, describes_weapon, trigger
from ..index import dependents
from .context import subtree


#: how far after a trigger a court's penalty may come
COURT_WIDTH = 15
#: how many tokens back a demonstrative event noun looks for the event it re-mentions
ANTECEDENT_WIDTH = 120


def build(ctx: Context, tok: Token, kind: str, entry: dict, last: int) -> Event | None:
    """An event for this trigger when its frame's conditions hold, else None."""
    doc, toks = tok.doc, ctx.toks
    if entry.get("with") and not _near(toks[last], entry["with"]) and not _with_dependent(toks[last], entry["with"]):
        if not entry.get("without") or any(c.dep_ == "xcomp" for c in ctx.kids(toks[last])):
            return None
        # 'appeler son homologue' is no appeal: the word's other frame, with none of this one's conditions
        entry = {**{k: v for k, v in entry.items() if k not in ("with", "without", "strong", "require")},
                 **entry["without"]}
    if entry.get("not_with"):
        before = fold(toks[tok.i - 1].text) if tok.i else ""
        if _near(toks[last], entry["not_with"]) or before in folded(entry["not_with"]):
            return None
    # 'told': an event noun and the verb after it that tells it again, whose parties hang on the verb
    if entry.get("not_next") and _next_word(doc, last) in folded(entry["not_next"]):
        return None  # 'vise à rassurer': an aim, where 'vise des zones civiles à Kharkiv' is a strike
    head = _phrase_head(tok, last) if kind == "phrase" else toks[last] if kind == "told" else tok
    if entry.get("not_after_de") and kind == "noun" and _kind_of(ctx, head):
        return None
    if (kind == "noun" and entry["type"] != "ACCUSE" and _charge_named(ctx, head) or kind in ("verb", "adj") and head.dep_ == "acl" and
            head.head.pos_ == "NOUN" and _charge_named(ctx, head.head)):
        return None  # 'accusé de viol', 'arrêté pour participation à un rassemblement interdit' ('les chefs
        # d'accusation' are the charge itself)
    if entry.get("not_object") and kind in ("verb", "adj") and _acts_on(ctx, head, folded(entry["not_object"])):
        return None  # 'les efforts déployés par X', 'déployer tous ses efforts': an idiom, no event
    if kind in ("verb", "adj") and describes_weapon(ctx.lex, head):
        return None  # 'des missiles tirés à l'épaule': what a weapon is, no event
    if entry.get("not_predicative") and kind == "noun" and _characterises(ctx, head):
        return None  # 'c'est une guerre de tranchées', 'vu comme une guerre populaire': what a thing is, not an event
    if entry.get("predicative") and kind == "noun" and not _predicative(head):
        return None  # 'ses partisans' are people the sentence talks of; 'X est devenu partisan de Y' a stance
    etype, mode = entry["type"], entry.get("mode")
    # the words around the trigger matter only to frames that look at them (most never do)
    looks = entry.get("needs") or entry.get("by_class") or entry.get("court") or etype == "AID"
    words = classes_of(ctx.lex, np_words(head)) if looks else set()
    told = _told_before(ctx, head, entry) if looks and kind == "noun" and _demonstrative(ctx, head) else None
    if told is not None:  # 'ce tir', 'cette rupture': the event told before, with its type
        etype, mode = told, (entry.get("mode") if told == entry["type"] else None)
    elif entry.get("needs"):
        need = folded(entry["needs"])
        if not (need & words):
            if entry.get("otherwise") and not (kind == "noun" and _bare(ctx, head)):
                etype = entry["otherwise"]
            elif not _in_series(ctx, head, kind):
                return None
        if etype == "AID" and not mode:
            mode = next((c for c in ("military", "humanitarian", "economic") if c in words and c in need), None)
    for cls, other in (entry.get("by_class") or {}).items() if told is None else ():
        if fold(cls) in words and other != etype:  # a one-word key is compared folded, as the words are
            etype = other  # 'recevoir des armes' is AID (military), not a visit
            mode = cls if other == "AID" and cls in ("military", "humanitarian", "economic") else None
    if etype == "AID" and not mode:  # after by_class: 'en échange d'armes' (a one-word key) is military aid
        mode = next((c for c in ("military", "humanitarian", "economic") if c in words), None)
    by_subject = entry.get("by_subject")
    if by_subject and told is None and kind == "verb":
        # 'les dirigeants africains défilent à Moscou': leaders filing through a capital visit it, a crowd marches
        said = classes_of(ctx.lex, [w for s in subjects(ctx, head)[0] for w in [s, *ctx.kids(s)]])
        hit = next((d for cls, d in by_subject.items() if fold(cls) in said), None)
        if hit is not None:
            etype, _, mode = hit.partition(".")
            mode = mode or None
    answered = entry.get("answers")
    if answered and told is None:
        # a riposte is in kind: to tariffs or sanctions told before it in its sentence, it is a sanction too
        before = classes_of(ctx.lex, [t for t in doc[tok.sent.start:tok.i]] + np_words(head))
        etype = next((other for cls, other in answered.items() if fold(cls) in before), etype)
    if entry.get("court") and (folded(entry["court"]) & words or
                               folded(entry.get("penalty", ())) &
                               classes_of(ctx.lex, _penalty_words(head, folded(entry.get("penalty_preps", ()))))):
        etype = "SANCTION"  # 'a condamné l'ancienne dirigeante X à quatre années de prison'
    aimed = entry.get("aimed")
    if aimed and etype != aimed["type"] and _aimed(ctx, head, aimed):
        etype, mode = aimed["type"], None  # 'a lancé des missiles sur Kiev': weapons fired at someone
    # the conditions on words around the trigger first: reading its roles costs far more
    if entry.get("with_before") and not (tok.i >= 2 and any(fold(t.text) in entry["with_before"] for t in toks[tok.i - 2:tok.i])):
        return None
    if entry.get("not_before") and any(fold(t.text) in folded(entry["not_before"]) for t in toks[max(0, tok.i - 2):tok.i]):
        return None
    if entry.get("not_as_cue") and ctx.cued(toks[last]):
        return None
    ev = Event(toks[tok.i].idx, toks[last].idx + len(toks[last]), etype, mode, head.i,
               reciprocal=bool(entry.get("reciprocal")) and kind in ("noun", "phrase"),
               lemma=fold(head.lemma_), nominal=kind == "noun", mediation=bool(entry.get("mediation")))
    if kind in ("verb", "phrase", "adj", "light", "told") and head.pos_ in ("VERB", "AUX", "ADJ"):
        # 'a reçu des armes de la Russie': in the sense its object's class gave it, the verb's slots are that sense's
        verb_roles(ctx, head, {**entry, **entry["by_class_roles"]} if etype != entry["type"] and entry.get("by_class_roles")
                   else entry, ev)
        if kind == "phrase":
            phrase_roles(ctx, tok, last, ev)
        elif kind == "light":
            carried_roles(ctx, toks[last], entry, ev)
        lo = min([c.i for c in ctx.kids(head) if c.dep_.startswith("aux") and c.i < head.i and head.i - c.i <= 4] + [tok.i])
        if head.pos_ == "VERB" and (clitic := clitic_before(ctx, head)) is not None:
            lo = min(lo, clitic)
        ev.start = toks[lo].idx
    else:
        noun_roles(ctx, head, entry, ev)
        if kind == "phrase":
            phrase_noun_roles(ctx, head, toks[last], entry, ev)
        ev.demonstrative = any(c.dep_ == "det" and fold(c.text) in ctx.lex.demonstratives for c in ctx.kids(head))
    if ev.mode == "visit" and not ev.recipients:
        destination(ctx, head, ev)
    if entry.get("aimed_at") and etype == entry["type"] and not ev.recipients:
        # a motion de censure is aimed at the government by definition, named or not
        add_resolved(ev, "recipient", [body_named(ctx, entry["aimed_at"], (ev.start, ev.end))])
    if entry.get("agent_needs") and not ev.actors and _cause_only(ctx, head, folded(entry["agent_needs"])):
        return None  # 'frappé par la sécheresse': a cause, no attacker
    req = entry.get("require") if etype == entry["type"] else None  # 'recevra des armes' is AID, no guest needed
    if req == "actor" and not ev.actors or req == "recipient" and not ev.recipients:
        return None
    said_of = req == "object" or entry.get("subject") == "recipient" and head.pos_ in ("VERB", "ADJ")
    named = said_of and _object_people(ctx, head)
    series = _in_series(ctx, head, kind)
    if req == "object" and not named and not series:
        return None
    if req == "territory" and not _object_territory(ctx, head):
        return None
    if entry.get("strong_alone") and head.dep_ == "acl" and head.head.pos_ == "NOUN" and head.head.i < head.i \
            and "Part" in feature(head, "VerbForm") and not is_people(ctx.lex, head.head):
        return None  # 'la volonté manifestée par les élus': the noun is what is shown, the verb's other sense
    alone = entry.get("strong_alone") and not any(c.dep_ == "obj" for c in ctx.kids(head))
    if not (entry.get("strong") or alone or entry.get("needs") or ev.actors or ev.recipients or named or
            (head.pos_ in ("VERB", "AUX") and has_party_phrase(ctx, head))):
        unnamed = entry.get("partyless")
        if unnamed and kind == "noun":
            # 'la contestation s'étend', 'les blocages continuent': with no one named, the noun names the crowd's
            # dissent itself, not one party's rejecting another's
            ev.type, ev.mode = unnamed["type"], unnamed.get("mode")
        elif not (kind == "noun" and head.dep_ == "ROOT" or series):
            # a verbless sentence, as a headline is ('Appel à la grève', 'Nouvelle vague d'arrestations'), names the
            # article's event by its noun, whose parties the sentences after it tell
            return None
    ev.status = status(ctx, head, "verb" if kind in ("verb", "adj", "phrase", "light", "told") else "noun",
                       ev.mode == "visit", ev.type)
    return ev


def folded(words) -> frozenset[str]:
    """A frame's word list folded, made once per list (frames ask at every trigger)."""
    return _folded(tuple(words))


@lru_cache(maxsize=4096)
def _folded(words: tuple[str, ...]) -> frozenset[str]:
    return frozenset(fold(w) for w in words)


def _near(tok: Token, words: list[str], width: int = 4) -> bool:
    """True when one of the words (or multi-word phrases) follows the token within `width` tokens."""
    doc = tok.doc
    within = folded(words)
    phrases = [f for f in within if " " in f]
    for t in doc[tok.i + 1: min(len(doc), tok.i + 1 + width)]:
        if fold(t.text) in within or fold(t.lemma_) in within:
            return True
        if phrases:
            rest = " ".join(fold(x.text) for x in doc[t.i: t.i + 3])
            if any(rest.startswith(f) for f in phrases):
                return True
    return False


def _acts_on(ctx: Context, head: Token, words: frozenset[str]) -> bool:
    """True when the verb's object, or the noun its participle qualifies, is one of the words."""
    things = [c for c in ctx.kids(head) if c.dep_ in ("obj", "nsubj:pass")]
    if head.dep_ in ("acl", "amod") and head.head.i < head.i:
        things.append(head.head)
    return any(fold(t.lemma_) in words or fold(t.text) in words for t in things)


def _next_word(doc, last: int) -> str:
    """The first word after a trigger that is no adverb, folded ('vise notamment à' → 'à')."""
    for t in doc[last + 1: last + 4]:
        if t.pos_ != "ADV":
            return fold(t.text)
    return ""


def _with_dependent(tok: Token, words: list[str]) -> bool:
    """True when a complement of the word, or one the parser hung inside its object, is introduced by one of
    the words, however far it stands ('a appelé jeudi l'ensemble des partis de la coalition à la retenue')."""
    within = folded(words)
    return any(g.dep_ in ("case", "mark") and fold(g.text) in within
               for c in dependents(tok) if c.i > tok.i and c.dep_ not in ("nsubj", "punct") for g in subtree(c))


def _in_series(ctx: Context, head: Token, kind: str) -> bool:
    """True when a verb or an event noun is coordinated with the verb or noun of an event found just before it ('a
    soutenu X et a reconnu Y', 'les arrestations et les expulsions'): a series of acts by the same parties, whose
    first member already ruled out the word's other senses; the conditions on its own object are not asked again."""
    if head.dep_ != "conj" or head.head.i not in ctx.heads:
        return False
    return kind == "verb" and head.head.pos_ == "VERB" or kind == "noun" and head.head.pos_ == "NOUN"


def np_words(head: Token) -> list[Token]:
    """The nouns and adjectives of the phrases a trigger governs (objects, complements, acl objects)."""
    out = []
    for c in dependents(head):
        # 'advmod': a prepositional adverb's complement ('auprès de l'ambassadeur') hangs on the adverb
        if c.dep_ in ("obj", "nmod", "obl", "obl:arg", "obl:mod", "xcomp", "amod", "nsubj:pass", "nsubj", "compound", "acl",
                      "advmod"):
            out += [t for t in subtree(c) if t.pos_ in ("NOUN", "ADJ", "PROPN") and t.i - c.i < 8]
    if head.dep_ == "acl" and head.head.i != head.i:
        out.append(head.head)  # 'cette attaque, attribuée à …'
    for c in shared_objects(head):
        out += [t for t in subtree(c) if t.pos_ in ("NOUN", "ADJ", "PROPN") and t.i - c.i < 8]
    k = head.i + 1  # the words right after, whatever the parser attached them to ('ventes d'armes')
    while k < len(head.doc) and k <= head.i + 4 and head.doc[k].pos_ in ("ADP", "DET", "NOUN", "ADJ", "PRON", "NUM"):
        out.append(head.doc[k])
        k += 1
    return out


def _kind_of(ctx: Context, noun: Token) -> bool:
    """True when the noun, bare after 'de', qualifies a noun that is no event: it names a kind of thing
    ('crimes de guerre', 'fusil d'assaut'), not an event."""
    if noun.dep_ != "nmod" or noun.head.pos_ != "NOUN" or noun.head.i > noun.i:
        return False
    if any(c.dep_ == "det" for c in ctx.kids(noun)):
        return False
    if not any(c.dep_ == "case" and fold(c.text) in ctx.lex.genitive for c in ctx.kids(noun)):
        return False
    h = {fold(noun.head.lemma_), fold(noun.head.text)}
    return not (h & ctx.lex.nouns.keys() or h & ctx.lex.series)  # 'accord de cessez-le-feu', 'série d'attaques'


def _charge_named(ctx: Context, noun: Token) -> bool:
    """True when an event noun names the offence of a charge: it stands, through coordinations and noun
    complements, under a word of charge_governors, and a noun of that chain is a bare 'de' or 'pour' complement,
    as offences are named ('accusé de vol et de menaces', 'arrêté pour participation à un rassemblement
    autorisée', 'pour les faits de violence'); 'accusé d'une attaque contre le pont' tells an event."""
    lex = ctx.lex
    t, bare = noun, False
    for _ in range(6):
        if t.dep_ == "conj" and t.head.pos_ in ("VERB", "AUX"):
            # 'arrêté pour trouble … et participation à': the parser hangs the second offence on the verb; it takes
            # the preposition of the first
            if any(c.dep_.startswith("obl") and c.i < t.i and not any(g.dep_ == "det" for g in ctx.kids(c)) and
                   {fold(g.text) for g in ctx.kids(c) if g.dep_ == "case"} & lex.charge_preps for c in ctx.kids(t.head)):
                bare = True
            gov = t.head
            return bare and (fold(gov.lemma_) in lex.charge_words or lex.verb_lemma(gov.lemma_, gov.text) in lex.charge_words)
        if t.dep_ == "conj":
            t = t.head
            continue
        if t.dep_ not in ("nmod", "obl", "obl:arg", "obl:mod"):
            return False
        kids = ctx.kids(t)
        if {fold(g.text) for g in kids if g.dep_ == "case"} & lex.charge_preps and not any(g.dep_ == "det" for g in kids):
            bare = True
        gov = t.head
        if bare and (fold(gov.lemma_) in lex.charge_words or lex.verb_lemma(gov.lemma_, gov.text) in lex.charge_words):
            return True
        if gov.pos_ != "NOUN":
            return False
        t = gov
    return False


def _predicative(noun: Token) -> bool:
    """True when a noun is said of its subject ('X est partisan de', 'X est devenu l'un des partisans de', 'X se
    dit partisan de'): an attribute, not a party of its clause."""
    if noun.dep_ == "nmod" and noun.head.pos_ in ("PRON", "NUM"):
        noun = noun.head  # 'l'un des rares partisans'
    if any(c.dep_ == "cop" for c in dependents(noun)) or noun.dep_ == "xcomp":
        return True
    return noun.dep_ == "obj" and fold(noun.head.lemma_) in COPULAS


def _characterises(ctx: Context, noun: Token) -> bool:
    """True when a noun with an indefinite article says what something is: a copula's attribute or a 'comme'
    complement ('c'est une guerre de tranchées', 'nous le voyons comme une guerre populaire')."""
    if not any(c.dep_ == "det" and fold(c.text) in ctx.lex.indefinites for c in ctx.kids(noun)):
        return False
    return _predicative(noun) or any(c.dep_ == "case" and fold(c.text) in ctx.lex.likeness for c in ctx.kids(noun))


def _demonstrative(ctx: Context, head: Token) -> bool:
    """'cette rupture', 'ce tir': a noun that points back to an event already told."""
    return any(c.dep_ == "det" and fold(c.text) in ctx.lex.demonstratives for c in ctx.kids(head))


def _bare(ctx: Context, head: Token) -> bool:
    """A noun with no determiner: in a set phrase ('en échange d'une promesse'), where it keeps no other sense."""
    return not any(c.dep_ == "det" for c in ctx.kids(head))


def _told_before(ctx: Context, head: Token, entry: dict) -> str | None:
    """The type of the nearest earlier trigger a demonstrative event noun can re-mention: one of the types its
    frame can give ('ce tir' after a missile launch is that launch, a MOBILIZE), within a few sentences."""
    types = {entry["type"], entry.get("otherwise")} | set((entry.get("by_class") or {}).values())
    doc, strings, lo = head.doc, head.doc.vocab.strings, max(0, head.i - ANTECEDENT_WIDTH)
    for t in reversed(doc[lo:head.i]):
        if t.is_punct or not ctx.lex.may_start(t.lemma, t.orth, strings):
            continue
        hit = trigger(ctx, t)
        if hit is None or hit[1]["type"] not in types or hit[1] is entry:
            continue
        need = folded(hit[1].get("needs", ()))
        h = _phrase_head(t, hit[2]) if hit[0] == "phrase" else t
        words = classes_of(ctx.lex, np_words(h)) if need or hit[1].get("by_class") else set()
        if need and not need & words:
            continue  # 'la pluie a cessé': a word of the lexicon, but no event
        # the type that event took from its own words ('a suspendu la fédération … Cette suspension': a sanction)
        return next((other for cls, other in (hit[1].get("by_class") or {}).items() if fold(cls) in words and other in types),
                    hit[1]["type"])
    return None


def _penalty_words(head: Token, preps: set[str], width: int = COURT_WIDTH) -> list[Token]:
    """The words of an 'à …' phrase following the trigger in the same clause, wherever the parser hung them:
    a sentence's penalty comes after the defendant's name and titles ('a condamné l'ancienne dirigeante X à
    quatre années de prison'), which the parse often breaks."""
    doc, out, seen_a = head.doc, [], None
    for t in doc[head.i + 1: min(len(doc), head.i + 1 + width)]:
        if t.is_punct:
            break
        if fold(t.text) in preps:
            seen_a = t.i
        elif seen_a is not None and t.i - seen_a <= 4:
            out.append(t)
    return out


def _aimed(ctx: Context, head: Token, aimed: dict) -> bool:
    """True when the trigger has a complement aimed at someone or somewhere: 'contre X', or 'sur X' where X
    names a place, a party or a target ('tirs sur Kharkiv', 'missiles lancés contre Israël')."""
    kids = list(ctx.kids(head))
    kids += [g for c in kids if c.dep_ in ("obj", "nmod") for g in ctx.kids(c)]  # 'des missiles sur Kiev'
    kids += [g for c in kids if c.dep_ == "nmod" for g in ctx.kids(c)]  # 'des dizaines de missiles sur Kiev'
    for c in kids:
        if not (c.dep_.startswith("obl") or c.dep_ == "nmod"):
            continue
        case = {fold(g.text) for g in ctx.kids(c) if g.dep_ == "case"}
        if case & folded(aimed.get("against", ())):
            return True
        if case & folded(aimed.get("at", ())) and (c.pos_ == "PROPN" or c.i in ctx.tok_actor or
                              "targets" in ctx.lex.class_of.get(fold(c.lemma_), ())):
            return True
    return False


def _phrase_head(tok: Token, last: int) -> Token:
    """The word a phrase's roles hang on: its first verb ('ouvrir le feu'), else its first word."""
    verbs = [t for t in tok.doc[tok.i:last + 1] if t.pos_ in ("VERB", "AUX")]
    return verbs[0] if verbs else tok


def _cause_only(ctx: Context, head: Token, need: frozenset[str]) -> bool:
    """True when a passive's agent ('par X') names neither a party nor a word of the classes an attack is made
    with ('frappé par la sécheresse', 'par une vague de chaleur'; not 'par des missiles')."""
    for c in ctx.kids(head):
        if c.dep_ == "obl:agent" or c.dep_.startswith("obl") and any(fold(g.text) == "par" for g in dependents(c) if g.dep_ == "case"):
            return not (classes_of(ctx.lex, np_words(c)) & need)
    return False


def has_party_phrase(ctx: Context, v: Token) -> bool:
    """A verb with a subject or object that names someone, even someone not resolved to an actor."""
    subs, _ = subjects(ctx, v)
    for c in subs + [c for c in ctx.kids(v) if c.dep_ == "obj"]:
        if fold(c.text) in ctx.lex.faceless and c.dep_ != "obj":
            continue
        if c.pos_ in ("PROPN",) or is_people(ctx.lex, c) or fold(c.lemma_) in ctx.lex.roles or c.pos_ == "PRON" \
                or _counted_people(ctx, c):
            return True
    return False


def _counted_people(ctx: Context, c: Token) -> bool:
    """'une centaine de personnes', 'des dizaines de manifestants': people that stand after a count noun."""
    return fold(c.lemma_) in ctx.lex.series and any(is_people(ctx.lex, g) or g.i in ctx.tok_actor
                                                    for g in ctx.kids(c) if g.dep_ == "nmod")


def _object_people(ctx: Context, head: Token) -> bool:
    """True when the trigger's object (or the noun it qualifies) names someone: a frame's `require: object`."""
    for c in ctx.kids(head) + shared_objects(head):
        if c.dep_ in ("obj", "nsubj:pass") or (c.dep_ == "nsubj" and head.pos_ == "ADJ"):
            if c.i in ctx.tok_actor or resolve(ctx, c) or is_people(ctx.lex, c):
                return True
            # 'plusieurs centaines de jeunes', 'des dizaines de manifestants': the people stand after a count
            if _counted_people(ctx, c):
                return True
    return any(c.i in ctx.tok_actor or is_people(ctx.lex, c) or c.pos_ == "NUM" or fold(c.lemma_) in ctx.lex.roles
               or resolve(ctx, c)
               for c in said_of_nouns(ctx, head))


def said_of_nouns(ctx: Context, head: Token) -> list[Token]:
    """The nouns a participle or an adjective is said of outside its own clause: the noun it qualifies ('les
    civils détenus'), the subject of the copula it completes ('X reste retenu', '128 restent captives'), or,
    set off by a comma with no auxiliary, the noun of the main clause it agrees with ('a libéré deux
    ministres, détenus depuis trois ans')."""
    if head.dep_ in ("acl", "amod") and head.head.i < head.i and head.head.pos_ in ("NOUN", "PROPN", "PRON", "ADJ", "NUM"):
        return [head.head]
    if head.dep_ == "xcomp" and (repair_lemma(fold(head.head.lemma_), fold(head.head.text), COPULAS) in COPULAS
                                 or any(c.dep_ == "cop" for c in ctx.kids(head))):
        subs = [c for c in ctx.kids(head.head) if c.dep_ in ("nsubj", "nsubj:pass", "expl:subj")]
        # 'M. Bazoum reste retenu': the name stands beside the title the parser made the subject
        return subs + [g for c in subs for g in ctx.kids(c) if g.dep_ in ("flat:name", "flat", "appos")]
    if head.dep_ in ("advcl", "acl", "conj") and "Part" in feature(head, "VerbForm") \
            and not any(c.dep_.startswith("aux") or c.dep_.startswith("nsubj") for c in ctx.kids(head)):
        number = feature(head, "Number")
        return [c for c in ctx.kids(head.head) if c.dep_ in ("obj", "nsubj", "nsubj:pass") and c.i < head.i
                and (not number or feature(c, "Number") == number)]
    return []


def _object_territory(ctx: Context, head: Token) -> bool:
    """True when what the trigger acts on is a place: its object, its passive subject or the noun it qualifies
    is a name or a word of the class 'territory' (a frame's `require: territory`)."""
    things = [c for c in ctx.kids(head) if c.dep_ in ("obj", "nsubj:pass") or (c.dep_ == "nsubj" and head.pos_ == "ADJ")]
    if head.dep_ in ("acl", "amod") and head.head.i != head.i:
        things.append(head.head)
    for c in things:
        if c.pos_ == "PROPN" or "territory" in ctx.lex.class_of.get(fold(c.lemma_), ()):
            return True
        if any(g.dep_ == "nmod" and (g.pos_ == "PROPN" or "territory" in ctx.lex.class_of.get(fold(g.lemma_), ()))
               for g in ctx.kids(c)):
            return True  # '18 % du territoire', 'une partie de la Crimée'
    return False
