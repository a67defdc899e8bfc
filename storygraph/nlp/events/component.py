"""Component `storygraph_events`: who did what to whom (PLOVER event types), from the parse spaCy made.

Triggers (verbs, nouns, adjectives, phrases) and their role frames are data (`lang/<lang>/events.json`).
Roles come from the dependency parse: subject and agent, objects, prepositional complements, the 'de X' of
a nominalisation, demonym adjectives ('l'invasion russe'), coordinations; where the parser attached a
complement elsewhere, the noun phrase's own words are read in order. Participants resolve to the Story's
actors (a capital, a government or a demonym stands for its state), status comes from the grammar
(negation, conditional, future, modal and 'si' governors) and an event told inside a quote is reported
by that quote's speaker.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from spacy.language import Language
from spacy.tokens import Doc, Token

from ...lang import cities
from ...story import span
from ..guard import guarded
from ..index import sentence_of, text_of
from ..mentions import fold
from ..times import nearest_time
from .context import Context
from .grammar import ROLE_DEPS, SUBJ, case_of, classes_of, is_people, of_complements, plural
from .lexicon import COPULAS, POSSESSIVES, PRONOUNS, lexicon
from .parties import antecedent, country_party, first_named, home_country, resolve
from .status import status
from .triggers import candidates, trigger

#: event types on the same side of cooperation: negotiating an agreement is making it
SAME_SIDE = {t: ts for ts in (("AGREE", "CONSULT", "SUPPORT", "CONCEDE"), ("COOPERATE", "AID", "RETREAT")) for t in ts}


@dataclass
class Event:
    """One interaction: a trigger, its PLOVER type and the parties found for it."""

    start: int
    end: int
    type: str
    mode: str | None
    head: int
    actors: list[tuple[str, int, int]] = field(default_factory=list)
    recipients: list[tuple[str, int, int]] = field(default_factory=list)
    status: str = "asserted"
    place: tuple[int, int] | None = None
    reciprocal: bool = False
    lemma: str = ""
    nominal: bool = False
    demonstrative: bool = False  # 'cette visite': refers back to the event just told
    mediation: bool = False  # a go-between's event: the parties it is between receive it


class EventFinder:
    """Find events on a parsed Doc whose actors, quotes and times are already known."""

    def __init__(self, lang: str = "fr"):
        self.lex = lexicon(lang)

    # ------------------------------------------------------------ triggers
    def _near(self, tok: Token, words: list[str], width: int = 4) -> bool:
        """True when one of the words (or multi-word phrases) follows the token within `width` tokens."""
        doc = tok.doc
        folded = {fold(w) for w in words}
        phrases = [f for f in folded if " " in f]
        for t in doc[tok.i + 1: min(len(doc), tok.i + 1 + width)]:
            if fold(t.text) in folded or fold(t.lemma_) in folded:
                return True
            if phrases:
                rest = " ".join(fold(x.text) for x in doc[t.i: t.i + 3])
                if any(rest.startswith(f) for f in phrases):
                    return True
        return False

    # ------------------------------------------------------------ participants
    def subjects(self, v: Token, depth: int = 0) -> tuple[list[Token], bool]:
        """The subject tokens of a verb and whether the clause is passive; climbs xcomp, conj and gerunds."""
        # 'se sont entretenus' is reflexive, though the parser may tag its subject as passive
        kids = list(v.children)
        passive = any(c.dep_ == "aux:pass" for c in kids) or \
            any(c.dep_ == "nsubj:pass" for c in kids) and \
            not any(c.dep_ == "expl:pass" or fold(c.text) in ("se", "s'") for c in kids)
        # an event verb is never impersonal: an 'il' the parser took for an expletive is its subject
        subs = [c for c in kids if c.dep_ in SUBJ or c.dep_ == "expl:subj" and fold(c.text) in PRONOUNS]
        if subs:
            return subs + self.left_coordinated(subs[0]), passive
        if depth < 3 and v.head.i != v.i:
            h = v.head
            if v.dep_ == "xcomp" or v.dep_ == "dep" and "Inf" in v.morph.get("VerbForm") and \
                    any(c.dep_ == "mark" and fold(c.text) in ("de", "d'", "a") for c in v.children):
                # ('Paul Kagame, qu'ils accusent de soutenir les rebelles': the relative pronoun's antecedent)
                controller = [c for c in h.children if c.dep_ in ("obj", "iobj") and
                              (c.i in self.ctx.tok_actor or (fold(c.text) in ("que", "qu'") or fold(c.lemma_) in self.lex.roles)
                               and resolve(self.ctx, c))]  # 'convaincre le Premier ministre, X, de donner'
                if controller:  # 'Kim pousse Poutine à partager': Poutine shares
                    return controller, passive
                return self.subjects(h, depth + 1)[0], passive
            if v.dep_ in ("conj", "advcl") and (v.dep_ == "conj" and h.pos_ in ("VERB", "AUX", "ADJ") or
                                                "Pres" in v.morph.get("Tense") or v.text.endswith("ant") or
                                                v.dep_ == "advcl" and "Inf" in v.morph.get("VerbForm")
                                                or any(fold(c.text) in ("pour", "afin") for c in v.children if c.dep_ == "mark")):
                subs, head_passive = self.subjects(h, depth + 1)
                if v.dep_ == "conj" and "Part" in v.morph.get("VerbForm") and "Past" in v.morph.get("Tense") and \
                        not any(c.dep_.startswith("aux") for c in v.children):
                    passive = passive or head_passive  # 'sont entraînées … et soutenues par': the auxiliary is shared
                return subs, passive
            if v.dep_ == "acl" and h.pos_ in ("NOUN", "PROPN") and v.text.endswith("ant"):
                return [h], passive
            if v.dep_ in ("acl", "obl:arg", "obl", "xcomp") and "Inf" in v.morph.get("VerbForm") and \
                    h.pos_ in ("NOUN", "ADJ") and any(c.dep_ == "cop" for c in h.children):
                # 'X a été le premier ministre à se rendre dans le pays', 'Kim serait en mesure de proposer',
                # 'la Russie serait prête à payer': the subject of the copula (hung on the copula itself at times)
                subs = [c for c in h.children if c.dep_ in SUBJ] or \
                    [g for c in h.children if c.dep_ == "cop" for g in c.children if g.dep_ in SUBJ]
                if subs:
                    return subs, passive
            if v.dep_ == "acl" and "Inf" in v.morph.get("VerbForm") and h.pos_ == "NOUN" and h.i < v.i:
                # 'la volonté de Moscou de soutenir': the noun's own 'de X'; 'Kim serait en mesure de proposer',
                # 'Pékin a l'intention de livrer': the subject of the clause the noun stands in
                if h.i in self.ctx.tok_actor or fold(h.lemma_) in self.lex.roles or is_people(self.lex, h):
                    return [h], passive  # 'a convaincu le président, X, de donner': the one convinced acts
                own = [c for c in h.children if c.dep_ == "nmod" and c.i < v.i and c.i in self.ctx.tok_actor]
                if own:
                    return own[:1], passive
                if h.dep_ in ("obj", "obl", "obl:arg", "obl:mod") and h.head.pos_ in ("VERB", "AUX") and h.head.i != h.i:
                    return self.subjects(h.head, depth + 1)[0], passive
        doc = v.doc
        lo = min([c.i for c in v.children if c.dep_.startswith("aux")] + [v.i])
        if depth < 2 and lo > 0 and fold(doc[lo - 1].text) in ("et", "puis", "ou") and v.pos_ == "VERB":
            # '… ont brûlé des portraits et déchiré des drapeaux': the verb before the 'et' lends its subject
            for k in range(lo - 2, sentence_of(v).start - 1, -1):
                if doc[k].pos_ == "VERB" and doc[k].dep_ not in ("acl", "amod"):
                    found = self.subjects(doc[k], depth + 1)[0]
                    if found:
                        return found, passive
                    break
        sent = sentence_of(v)
        if v.text.endswith("ant") and lo - sent.start <= 1:
            # 'Écrivant à Poutine en août, …, Kim a déclaré': the main clause's subject
            comma = next((t.i for t in doc[v.i:sent.end] if t.text == ","), None)
            if comma is not None:
                for t in doc[comma:sent.end]:
                    if t.dep_.startswith("nsubj") and t.i in self.ctx.tok_actor and t.head.pos_ in ("VERB", "AUX") \
                            and not any(c.dep_ == "mark" for c in t.head.children):
                        return [t], passive
        before = doc[lo - 1].text if lo > 0 else ""
        if before in (",", "»", "”", '"') and not v.text.endswith("ant") and "Inf" not in v.morph.get("VerbForm"):
            # '», a tonné le secrétaire américain au Trésor, Steven Mnuchin': the subject follows the verb
            for t in doc[v.i + 1: min(sent.end, v.i + 12)]:
                if t.text in (".", "«", "“") or t.pos_ == "VERB":
                    break
                if t.i in self.ctx.tok_actor or (t.pos_ == "NOUN" and fold(t.lemma_) in self.lex.roles):
                    return [t], passive
        # the parser lost the subject: a name right before the verb group ('Kim et Poutine devraient …')
        first = min([c.i for c in v.children if c.dep_.startswith("aux") or fold(c.text) in self.lex.reflexives] + [v.i])
        k = first - 1
        while k >= 0 and v.doc[k].pos_ == "ADV":
            k -= 1
        if k >= 0 and k in self.ctx.tok_actor and v.doc[k].dep_ in ("ROOT", "nsubj", "conj", "flat:name", "obl", "nmod"):
            return [v.doc[k]], passive
        if k >= 2 and v.doc[k].text == "," and v.pos_ == "VERB":
            # '… trois tireurs, selon la police indienne, ont ouvert le feu': over an aside between commas
            j = next((j for j in range(k - 1, max(k - 8, sent.start) - 1, -1) if v.doc[j].text == ","), None)
            t = v.doc[j - 1] if j is not None and j > sent.start else None
            if t is not None and t.pos_ == "NOUN" and "Plur" in t.morph.get("Number") and is_people(self.lex, t) \
                    and not any(c.dep_ == "case" for c in t.children) and t.head.i == v.i:
                return [t], passive
        return [], passive

    def left_coordinated(self, s: Token) -> list[Token]:
        """A name coordinated before the subject that the parser left out ('Kim et Poutine devraient')."""
        doc = s.doc
        lo = min(t.i for t in s.subtree)
        if lo >= 2 and fold(doc[lo - 1].text) == "et" and lo - 2 in self.ctx.tok_actor and doc[lo - 2].head.i != s.i \
                and not any(c.dep_ == "conj" for c in s.children):
            return [doc[lo - 2]]
        return []

    def complements(self, head: Token, prep_roles: dict[str, str]) -> list[tuple[str, Token]]:
        """(role, token) for the head's prepositional complements that the frame gives a role to."""
        out = []
        for c in head.children:
            if c.dep_ not in ROLE_DEPS or c.dep_ in ("obj", "iobj"):
                continue
            case = " ".join(fold(g.text) for g in sorted([g for g in c.children if g.dep_ == "case"] +
                                                          [f for g in c.children if g.dep_ == "case" for f in g.children if f.dep_ == "fixed"],
                                                          key=lambda t: t.i))
            if c.dep_ == "obl:agent":
                case = "par"
            role = prep_roles.get(case)
            if role is None and case in ("de", "du", "des", "d'"):
                role = prep_roles.get("de")
            if role:
                out.append((role, c))
        return out

    def np_words(self, head: Token) -> list[Token]:
        """The nouns and adjectives of the phrases a trigger governs (objects, complements, acl objects)."""
        out = []
        for c in head.children:
            if c.dep_ in ("obj", "nmod", "obl", "obl:arg", "obl:mod", "xcomp", "amod", "nsubj:pass", "nsubj", "compound", "acl"):
                out += [t for t in c.subtree if t.pos_ in ("NOUN", "ADJ", "PROPN") and t.i - c.i < 8]
        if head.dep_ == "acl" and head.head.i != head.i:
            out.append(head.head)  # 'cette attaque, attribuée à …'
        k = head.i + 1  # the words right after, whatever the parser attached them to ('ventes d'armes')
        while k < len(head.doc) and k <= head.i + 4 and head.doc[k].pos_ in ("ADP", "DET", "NOUN", "ADJ", "PRON", "NUM"):
            out.append(head.doc[k])
            k += 1
        return out

    # ------------------------------------------------------------ run
    @guarded("storygraph_events")
    def __call__(self, doc: Doc) -> Doc:
        doc._.sg_events = self.records(doc)
        return doc

    def find(self, doc: Doc) -> list[Event]:
        """Every event of the Doc, in text order."""
        self.ctx = Context.of(doc, self.lex)
        out: list[Event] = []
        taken: set[int] = set()
        for i in candidates(self.lex, doc):
            tok = doc[i]
            if tok.i in taken or tok.is_punct:
                continue
            hit = trigger(self.ctx, tok)
            if hit is None:
                continue
            kind, entry, last = hit
            ev = self.build(tok, kind, entry, last)
            if ev is not None:
                out.append(ev)
                taken.update(range(tok.i, last + 1))
        self.cue_speakers(doc, out)
        self.agreed_content(doc, out)
        self.corefer(out)
        self.main_pair(out)
        self.fought(out)
        self.mediated(out)
        self.counterpart(doc, out)
        self.addressed_to_author(doc, out)
        self.addressed_in_writing(doc, out)
        self.specific(out)
        return out

    def addressed_in_writing(self, doc: Doc, events: list[Event]) -> None:
        """'Écrivant à Poutine en août, …, Kim a déclaré … et a appelé à …': a sentence opened by a participle of
        address names whom its speech acts are for (found by position: the parser rarely reads such openings)."""
        for ev in events:
            if ev.recipients or ev.type not in ("REQUEST", "CONSULT", "ACCUSE", "SUPPORT", "AGREE", "REJECT", "THREATEN"):
                continue
            start = sentence_of(doc[ev.head]).start
            while start > 0 and doc[start - 1].text not in (".", "!", "?", "»") and not doc[start - 1].is_space:
                start = sentence_of(doc[start - 1]).start  # the parser may cut after the opening phrase
            first = next((t for t in doc[start:ev.head] if t.pos_ not in ("ADP", "PUNCT", "SPACE")), None)
            if first is None or first.i >= ev.head or fold(first.lemma_) not in self.lex.address_verbs or \
                    not ("Part" in first.morph.get("VerbForm") and "Pres" in first.morph.get("Tense")):
                continue
            to = [c for c in first.children if c.dep_.startswith("obl") and case_of(c) in ("a", "au", "aux")]
            mine = {a[0] for a in ev.actors}
            ev.recipients = [a for c in to for a in resolve(self.ctx, c) if a[0] not in mine]

    def addressed_to_author(self, doc: Doc, events: list[Event]) -> None:
        """A demand, accusation or praise whose object is another event is addressed to that event's author:
        'exigera une aide' (of whoever gives the aid), 'a condamné l'attaque' (the attacker)."""
        by_head = {ev.head: ev for ev in events}
        for ev in events:
            if ev.recipients or ev.type not in ("REQUEST", "ACCUSE", "SUPPORT"):
                continue
            for c in doc[ev.head].children:
                other = by_head.get(c.i) if c.dep_ == "obj" else None
                if other is not None and other is not ev:
                    mine = {a[0] for a in ev.actors}
                    ev.recipients = [a for a in other.actors if a[0] not in mine]
                    break

    def specific(self, events: list[Event]) -> None:
        """'l'armée' in an article that also says 'l'armée congolaise', 'le Conseil de sécurité' next to 'le
        Conseil de sécurité de l'ONU': a short group name stands for the one longer name it begins, as a
        reader takes it; with two candidates ('la police haïtienne', 'la police kényane') it stays as it is."""
        def key(name: str) -> str:
            return re.sub(r"^(le|la|les|l'|un|une|des|du|de|ses|son|sa|leurs?) ?", "", fold(name))
        names: dict[str, str] = {}
        for a in self.ctx.by_id.values():
            if a["kind"] in ("organization", "group"):
                names.setdefault(key(a["name"]), a["id"])
        for ev in events:
            for p in ev.actors + ev.recipients:
                if p[0].startswith("="):
                    names.setdefault(key(p[0][1:]), p[0])
        for ev in events:
            for bucket in (ev.actors, ev.recipients):
                for n, (pid, s, e) in enumerate(bucket):
                    if pid.startswith("=") and self.ctx.people_of.get(key(pid[1:])) and \
                            self.ctx.people_of[key(pid[1:])] not in {x[0] for x in ev.actors + ev.recipients}:
                        bucket[n] = (self.ctx.people_of[key(pid[1:])], s, e)  # 'les rebelles', said of the M23 before
                        continue
                    if not pid.startswith("=") and self.ctx.by_id[pid]["kind"] not in ("organization", "group"):
                        continue
                    k = key(pid[1:] if pid.startswith("=") else self.ctx.by_id[pid]["name"])
                    longer = {v for name, v in names.items() if name.startswith(k + " ")}
                    if len(longer) == 1 and not {x[0] for x in ev.actors + ev.recipients} & longer:
                        bucket[n] = (longer.pop(), s, e)

    def counterpart(self, doc: Doc, events: list[Event]) -> None:
        """An exchange with one side named ('la Corée du Nord pourrait envoyer des soldats') is, in an article
        about two parties exchanging, with the other one: the pair most often found on the two sides of an
        AID or COOPERATE event fills the missing side."""
        pairs: dict[tuple[str, str], int] = {}
        for ev in events:
            if ev.type in ("AID", "COOPERATE"):
                for a in ev.actors:
                    for r in ev.recipients:
                        if a[0] != r[0] and not a[0].startswith("=") and not r[0].startswith("="):
                            key = tuple(sorted((a[0], r[0])))
                            pairs[key] = pairs.get(key, 0) + 1
        if not pairs:
            return
        best = max(pairs, key=lambda k: pairs[k])
        if pairs[best] < 2:
            return  # one exchange is no pattern
        for ev in events:
            if ev.type not in ("AID", "COOPERATE"):
                continue
            named = ev.actors + ev.recipients
            if len(named) != 1:
                continue
            side = named[0][0]
            if side not in best and not side.startswith("="):
                # 'Poutine recevra des armes': a leader stands on his country's side of the exchange
                home = home_country(self.ctx, side, doc[ev.head]) if self.ctx.by_id[side]["kind"] == "person" else []
                side = home[0][0] if home else side
            if side not in best:
                continue
            other = best[1] if side == best[0] else best[0]
            (ev.recipients if ev.actors else ev.actors).append(first_named(self.ctx, other))

    def cue_speakers(self, doc: Doc, events: list[Event]) -> None:
        """A trigger that is also a quote's cue ('a dénoncé', 'accuse … de') acts through the quote's speaker,
        whom the quotes and actors components resolved with more context than a subject slot gives."""
        cues = [(q["cue"]["start"], q["cue"]["end"], q.get("speaker_id"),
                 bool(q.get("speaker")) and q["speaker"]["start"] >= q["cue"]["end"])
                for q in doc._.sg_quotes or [] if q.get("cue") and q.get("speaker_id")]
        spoken = [(c["start"], c["end"], q.get("speaker_id")) for q in doc._.sg_quotes or [] if q.get("speaker_id")
                  for c in q["content"]]
        for ev in events:
            at = doc[ev.head].idx
            for s, e, ids, inverted in cues:
                if s <= at < e:
                    found = [aid for aid in ids.split(" ; ") if aid in self.ctx.by_id and
                             (inverted or aid not in [r[0] for r in ev.recipients])]
                    if found:
                        # '», a dénoncé le ministre des Finances, X': the parser may read the inverted speaker as
                        # the object and a word of the quote as the subject; whoever speaks the cue performs it
                        ev.recipients = [r for r in ev.recipients if r[0] not in found]
                        ev.actors = [(aid, s, e) for aid in found]
            if ev.actors:
                continue
            if ev.type == "THREATEN" and not ev.nominal:  # '« ils paieront le prix »': whoever says it threatens
                for s, e, ids in spoken:
                    if s <= ev.start < e:
                        ev.actors = [(aid, ev.start, ev.end) for aid in ids.split(" ; ") if aid in self.ctx.by_id][:1]
                        break

    def agreed_content(self, doc: Doc, events: list[Event]) -> None:
        """What an agreement or a demand is about is not yet done: 'un accord portant sur la libération de
        50 otages', 'donner son feu vert à l'envoi d'aide' (future, or whatever the agreement itself is:
        'la possibilité d'un accord d'échange' stays hypothetical)."""
        heads = {ev.head: ev for ev in events}
        for ev in events:
            if ev.status == "negated" or ev.type in ("AGREE", "REQUEST") or not ev.nominal:
                continue  # 'a accepté de rencontrer': a verb says for itself whether it happened
            t = doc[ev.head]
            for step in range(4):
                if t.head.i == t.i or t.dep_ in ("nsubj", "nsubj:pass", "parataxis", "ccomp"):
                    break
                dep = t.dep_
                t = t.head
                gov = heads.get(t.i)
                if gov is None and t.pos_ in ("VERB", "AUX") and "Part" not in t.morph.get("VerbForm"):
                    break
                if gov is not None and gov is not ev:
                    # an adjunct of the agreeing verb itself ('conclu … par l'intermédiaire du Qatar') is how it
                    # was agreed, not what was agreed ('portant sur la libération' is)
                    if gov.type in ("AGREE", "REQUEST") and ev.status == "asserted" and not (step == 0 and dep == "obl:mod"):
                        ev.status = "future" if gov.status in ("asserted", "future") else gov.status
                    break

    def corefer(self, events: list[Event]) -> None:
        """'l'invasion de l'Ukraine par Moscou' … 'quelques semaines après l'invasion': a bare event noun
        repeats an earlier event of the same word; it takes the parties it does not name itself."""
        last: dict[tuple[str, str], Event] = {}
        for ev in events:
            key = (ev.lemma, ev.type)
            prev = last.get(key)
            back = last.get(("", ev.type))
            if ev.nominal and ev.demonstrative and back is not None and ev.start - back.end < 400:
                # 'X a accepté de rencontrer Y. Cette visite brise l'isolement de …': a demonstrative points back
                # to the event just told, whatever its word; what the parser hung on the noun is not its party
                ev.actors, ev.recipients = list(back.actors), list(back.recipients)
                continue
            if ev.nominal and prev is not None and \
                    not (ev.recipients and {a[0] for a in ev.recipients} != {a[0] for a in prev.recipients}) and \
                    not (ev.actors and {a[0] for a in ev.actors} != {a[0] for a in prev.actors}):
                named = {a[0] for a in ev.actors + ev.recipients}
                if not ev.actors and not named & {a[0] for a in prev.actors}:
                    ev.actors = [a for a in prev.actors if a[0] not in named]
                named = {a[0] for a in ev.actors + ev.recipients}
                if not ev.recipients and not named & {a[0] for a in prev.recipients}:
                    ev.recipients = [a for a in prev.recipients if a[0] not in named]
            if ev.actors or ev.recipients:
                last[key] = last[("", ev.type)] = ev

    def mediated(self, events: list[Event]) -> None:
        """'la médiation menée par l'Égypte', 'par l'intermédiaire du Qatar' with no one else named: between the
        two parties the article sets against or beside each other most often, who receive it."""
        sides: dict[frozenset, int] = {}
        for ev in events:
            ids = frozenset(a[0] for a in ev.actors + ev.recipients if not a[0].startswith("="))
            if len(ids) == 2 and not ev.mediation:
                sides[ids] = sides.get(ids, 0) + 1
        if not sides:
            return
        facing = max(sides, key=lambda k: sides[k])
        for ev in events:
            if ev.mediation and not ev.recipients and not {a[0] for a in ev.actors} & facing:
                ev.recipients = [first_named(self.ctx, aid) for aid in sorted(facing)]

    def fought(self, events: list[Event]) -> None:
        """'les combats durent depuis 18 mois', 'le conflit' with no party named, in an article where one party
        attacks the same other again and again (twice at least): those two fight."""
        fights: dict[frozenset, int] = {}
        for ev in events:
            if ev.type == "ASSAULT" and len(ev.actors) == 1 and len(ev.recipients) == 1:
                key = frozenset((ev.actors[0][0], ev.recipients[0][0]))
                if len(key) == 2 and not any(a.startswith("=") for a in key):
                    fights[key] = fights.get(key, 0) + 1
        if not fights or max(fights.values()) < 2:
            return
        war = max(fights, key=lambda k: fights[k])
        for ev in events:
            if ev.reciprocal and ev.type == "ASSAULT" and not ev.actors and not ev.recipients:
                ev.actors = [first_named(self.ctx, aid) for aid in sorted(war)]

    def main_pair(self, events: list[Event]) -> None:
        """'le sommet', 'la trêve', 'un accord' with no party named: the article's main pair, the two actors
        found acting together most often (first seen on ties), as a reader fills them in."""
        pairs: dict[frozenset, int] = {}
        for ev in events:
            ids = [a for a in ev.actors if not a[0].startswith("=")]
            if len(ids) == 2:
                key = frozenset(a[0] for a in ids)
                if len(key) == 2:
                    pairs[key] = pairs.get(key, 0) + 1
        if not pairs:
            return
        best = max(pairs, key=lambda k: pairs[k])
        people = [k for k in pairs if all(self.ctx.by_id[a]["kind"] == "person" for a in k)]
        best_people = max(people, key=lambda k: pairs[k]) if people else best
        for ev in events:
            if ev.mediation:
                continue
            if ev.reciprocal and not ev.actors and not ev.recipients and ev.type != "ASSAULT":
                # meetings are between people when the article has a pair of them; fighting is never filled in
                pair = best_people if ev.type == "CONSULT" else best
                ev.actors = [first_named(self.ctx, aid) for aid in sorted(pair)]

    def build(self, tok: Token, kind: str, entry: dict, last: int) -> Event | None:
        """An event for this trigger when its frame's conditions hold, else None."""
        doc = tok.doc
        if entry.get("with") and not self._near(doc[last], entry["with"]):
            return None
        if entry.get("not_with"):
            before = fold(doc[tok.i - 1].text) if tok.i else ""
            if self._near(doc[last], entry["not_with"]) or before in {fold(w) for w in entry["not_with"]}:
                return None
        head = tok if kind != "phrase" else self._phrase_head(tok, last)
        etype, mode = entry["type"], entry.get("mode")
        # the words around the trigger matter only to frames that look at them (most never do)
        looks = entry.get("needs") or entry.get("by_class") or entry.get("court") or etype == "AID"
        words = classes_of(self.lex, self.np_words(head)) if looks else set()
        if entry.get("needs"):
            need = {fold(w) for w in entry["needs"]}
            if not (need & words):
                if entry.get("otherwise"):
                    etype = entry["otherwise"]
                else:
                    return None
            if etype == "AID" and not mode:
                mode = next((c for c in ("military", "humanitarian", "economic") if c in words and c in need), None)
        if etype == "AID" and not mode:
            mode = next((c for c in ("military", "humanitarian", "economic") if c in words), None)
        for cls, other in (entry.get("by_class") or {}).items():
            if cls in words and other != etype:
                etype = other  # 'recevoir des armes' is AID (military), not a visit
                mode = cls if other == "AID" and cls in ("military", "humanitarian", "economic") else None
        if entry.get("court") and {fold(w) for w in entry["court"]} & words:
            etype = "SANCTION"
        ev = Event(doc[tok.i].idx, doc[last].idx + len(doc[last]), etype, mode, head.i,
                   reciprocal=bool(entry.get("reciprocal")) and kind in ("noun", "phrase"),
                   lemma=fold(head.lemma_), nominal=kind == "noun", mediation=bool(entry.get("mediation")))
        if kind in ("verb", "phrase", "adj") and head.pos_ in ("VERB", "AUX", "ADJ"):
            self.verb_roles(head, entry, ev)
            if kind == "phrase":
                self.phrase_roles(tok, last, ev)
            lo = min([c.i for c in head.children if c.dep_.startswith("aux") and c.i < head.i and head.i - c.i <= 4] + [tok.i])
            ev.start = doc[lo].idx
        else:
            self.noun_roles(head, entry, ev)
            ev.demonstrative = any(c.dep_ == "det" and fold(c.text) in self.lex.demonstratives for c in head.children)
        if ev.mode == "visit" and not ev.recipients:
            self.destination(head, ev)
        req = entry.get("require") if etype == entry["type"] else None  # 'recevra des armes' is AID, no guest needed
        if req == "actor" and not ev.actors or req == "recipient" and not ev.recipients:
            return None
        if req == "object" and not self._object_people(head):
            return None
        if entry.get("with_before") and not (tok.i >= 2 and any(fold(t.text) in entry["with_before"] for t in doc[tok.i - 2:tok.i])):
            return None
        if entry.get("not_before") and any(fold(t.text) in entry["not_before"] for t in doc[max(0, tok.i - 2):tok.i]):
            return None
        if not (entry.get("strong") or entry.get("needs") or ev.actors or ev.recipients or
                (head.pos_ in ("VERB", "AUX") and self.has_party_phrase(head))):
            return None
        if entry.get("not_as_cue") and any(q.get("cue") and q["cue"]["start"] <= doc[last].idx < q["cue"]["end"]
                                           for q in doc._.sg_quotes or []):
            return None
        ev.status = status(self.lex, head, "verb" if kind in ("verb", "adj", "phrase") else "noun", ev.mode == "visit")
        return ev

    def destination(self, head: Token, ev: Event) -> None:
        """Whom a visit goes to when no one is named: the state of the place it goes to ('s'est rendu à
        Vladivostok', 'était attendu à Washington pour une visite'), a town found in the gazetteer."""
        where = head
        if head.pos_ == "NOUN" and head.dep_.startswith("obl") and head.head.pos_ in ("VERB", "AUX", "ADJ"):
            where = head.head
        own = {a[0] for a in ev.actors}
        for c in where.children:
            if not c.dep_.startswith("obl") or case_of(c) not in ("a", "au", "en", "dans", "vers"):
                continue
            if c.i in self.ctx.tok_actor:
                found = [a for a in resolve(self.ctx, c) if a[0] not in own]
                if found and (found[0][0].startswith("=") or self.ctx.by_id[found[0][0]]["kind"] == "country"):
                    self._add_resolved(ev, "recipient", found[:1])
                    ev.place = ev.place or (c.idx, c.idx + len(c))
                    return
            elif c.pos_ == "PROPN":
                words = [c] + [t for t in c.children if t.dep_ == "flat:name" or t.text == "-"]
                name = fold(text_of(c.doc)[c.idx:max(t.idx + len(t) for t in words)])
                country = cities(self.lex.lang).get(name)
                if country:
                    found = [a for a in country_party(self.ctx, country, c) if a[0] not in own]
                    self._add_resolved(ev, "recipient", found)
                    ev.place = ev.place or (c.idx, c.idx + len(c))
                    return

    def _phrase_head(self, tok: Token, last: int) -> Token:
        verbs = [t for t in tok.doc[tok.i:last + 1] if t.pos_ in ("VERB", "AUX")]
        return verbs[0] if verbs else tok

    def has_party_phrase(self, v: Token) -> bool:
        """A verb with a subject or object that names someone, even someone not resolved to an actor."""
        subs, _ = self.subjects(v)
        for c in subs + [c for c in v.children if c.dep_ == "obj"]:
            if fold(c.text) in ("on", "ce", "c'", "cela", "ca", "qui", "que", "qu'", "il") and c.dep_ != "obj":
                continue
            if c.pos_ in ("PROPN",) or is_people(self.lex, c) or fold(c.lemma_) in self.lex.roles or c.pos_ == "PRON":
                return True
        return False

    def _object_people(self, head: Token) -> bool:
        for c in head.children:
            if c.dep_ in ("obj", "nsubj:pass") or (c.dep_ == "nsubj" and head.pos_ == "ADJ"):
                if c.i in self.ctx.tok_actor or resolve(self.ctx, c) or is_people(self.lex, c):
                    return True
        if head.dep_ == "acl" and (head.head.i in self.ctx.tok_actor or is_people(self.lex, head.head)):
            return True
        return False

    def add(self, ev: Event, role: str, toks: list[Token], prep: str = "") -> None:
        """Resolve tokens and add them to the event's actors or recipients (once each)."""
        if role not in ("actor", "recipient"):
            return
        if role == "recipient" and ev.recipients and prep in ("a", "au", "aux", "en", "dans"):
            return  # 'a soutenu Moscou à l'ONU': a second 'à' names where, not whom
        bucket = ev.actors if role == "actor" else ev.recipients
        for t in toks:
            if ev.start <= t.idx < ev.end:
                continue  # 'échange de prisonniers': the phrase's own words are not its parties
            for a in resolve(self.ctx, t):
                if a[0] not in [b[0] for b in ev.actors + ev.recipients]:
                    bucket.append(a)

    def verb_roles(self, v: Token, entry: dict, ev: Event) -> None:
        """Roles of a verbal (or participle/adjective) trigger from its dependents."""
        subj_role = entry.get("subject", "actor")
        obj_role = entry.get("object", "recipient")
        preps = {**self.lex.default_preps["verb"], **{fold(k): r for k, r in (entry.get("preps") or {}).items()}}
        subs, passive = self.subjects(v)
        if v.dep_ in ("acl", "amod") and v.head.i != v.i and not v.text.endswith("ant") and \
                ("Part" in v.morph.get("VerbForm") or v.pos_ == "ADJ") and \
                not any(c.dep_ == "nsubj" for c in v.children):  # 'un scrutin que Washington avait condamné'
            subs = [v.head]  # 'Pyongyang sanctionné', 'l'Ukraine occupée': the noun the participle qualifies
            passive = v.pos_ != "ADJ" or entry.get("subject") == "recipient"
        if v.pos_ == "ADJ" and entry.get("subject") == "recipient":
            self.add(ev, "recipient", subs)
        elif passive:
            self.add(ev, obj_role, subs)
            preps = {**preps, "par": subj_role}
        elif entry.get("reciprocal") and any(plural(s) for s in subs):
            self.add(ev, "actor", subs)
        else:
            self.add(ev, subj_role, subs)
        if entry.get("reciprocal") and len(ev.actors) >= 2:
            preps = self._meeting_place(preps)  # 'X et Y se sont rencontrés à Dakar': the parties are named
        if v.dep_ == "acl:relcl" and not any(c.dep_ == "obj" for c in v.children) and \
                any(fold(c.text) in ("que", "qu'") and c.i < v.i for c in v.children):
            self.add(ev, obj_role, [v.head])  # 'la Corée du Nord, que l'ONU accuse'
        for c in v.children:
            if (c.dep_ == "obj" and obj_role != "theme") or (c.dep_ == "iobj" and fold(c.text) in PRONOUNS):
                self.add(ev, obj_role if c.dep_ == "obj" else "recipient", [c])
            if c.dep_ == "obj" and fold(c.lemma_) in self.lex.symbols:
                # 'brûler des portraits du président du Rwanda': who the portraits stand for is the target
                self.add(ev, "recipient", of_complements(c))
        before = list(ev.actors)
        if not any(c.dep_ == "obj" for c in v.children):
            for x in v.children:  # 'avaient menacé d'arrêter Alexeï Navalny': the one the threat is about
                if x.dep_ == "xcomp" and "Inf" in x.morph.get("VerbForm") and \
                        (trigger(self.ctx, x) is None or ev.type in ("AGREE", "REJECT", "THREATEN")):
                    # 'a accepté de rencontrer le général X': X is whom the acceptance concerns
                    for o in x.children:
                        if o.dep_ == "obj" and (o.i in self.ctx.tok_actor or o.pos_ == "PROPN" or fold(o.lemma_) in self.lex.roles):
                            self.add(ev, "recipient", [o])
        if not ev.recipients and ev.type in ("REJECT", "REQUEST", "ACCUSE"):
            # 's'est opposé à ce que la Corée du Nord procède …', 'exige que l'Iran cesse …': whom the clause is about
            clauses = [c for c in v.children if c.dep_ in ("ccomp", "advcl", "obl:arg")]
            clauses += [g for c in clauses if fold(c.text) == "ce" for g in c.children if g.dep_.startswith("acl")]
            for c in clauses:
                if any(fold(m.text) in ("que", "qu'") for m in c.children if m.dep_ == "mark"):
                    subs = [x for x in c.children if x.dep_ in ("nsubj", "nsubj:pass")]
                    self._add_resolved(ev, "recipient", [a for x in subs for a in resolve(self.ctx, x)
                                                         if a[0] not in {b[0] for b in ev.actors}])
                    break
        self.scan_right(v, preps, ev, 12)
        if entry.get("reciprocal") and len(ev.actors) - len(before) >= 2:
            ev.actors = ev.actors[len(before):]  # 'raviver les liens entre Moscou et Pyongyang': the pair, not the speaker
        first_sub = min((x.i for x in subs), default=v.i)
        for role, c in self.complements(v, preps):
            if c.i < first_sub and case_of(c) in ("a", "au", "aux", "en", "dans") and \
                    max(x.i for x in c.subtree) + 1 < len(v.doc) and v.doc[max(x.i for x in c.subtree) + 1].text == ",":
                ev.place = ev.place or (c.idx, c.idx + len(c))
                continue  # 'À Kinshasa, des manifestants ont brûlé …': a fronted place sets the scene
            self.add(ev, role, [c], case_of(c))
            # where: a visit's destination, or a place name in a complement ('à Vladivostok')
            if ev.place is None and (ev.mode == "visit" and c.i in self.ctx.tok_actor or
                                     c.dep_ in ("obl:mod", "obl") and c.pos_ == "PROPN" and c.ent_type_ == "LOC"):
                ev.place = (c.idx, c.idx + len(c))

    def scan_right(self, head: Token, preps: dict[str, str], ev: Event, width: int = 10) -> None:
        """Read the words after a trigger in order for 'prep + actor' the parser attached elsewhere
        ('vendre des armes à Moscou', 'l'invasion à grande échelle de l'Ukraine par Moscou')."""
        doc = head.doc
        k, end, prep = head.i + 1, min(len(doc), head.i + width), None
        depth = 0
        head_noun = head.pos_ == "NOUN"
        while k < end:
            t = doc[k]
            text, pos = t.text, t.pos_  # read once: each attribute access goes through spaCy's string store
            f = fold(text)
            if text == "," and prep and self._actor_follows(doc, k + 1):
                k += 1  # 'menée par l'Égypte, les États-Unis et le Qatar'
                continue
            if text in ("(", ")"):
                k += 1  # 'entre l'occupation (Israël, NDLR) et la résistance (le Hamas …)': the aside names them
                end = min(len(doc), end + 1)
                depth += 1 if text == "(" else -1
                continue
            if depth > 0 and text == ",":
                k += 1  # a comma inside the aside ends nothing
                continue
            if head_noun and pos == "VERB" and t.dep_ in ("acl", "amod") and k - head.i <= 8 and \
                    "Part" in t.morph.get("VerbForm") and "Past" in t.morph.get("Tense") and \
                    (trigger(self.ctx, t) is None or trigger(self.ctx, t)[1]["type"] in SAME_SIDE.get(ev.type, ())):
                # 'les sanctions des Nations unies imposées à Pyongyang', 'les accords d'armes négociés par Moscou':
                # the participle carries the noun's roles (an event of the same side too)
                k += 1
                prep = None
                continue
            if (pos in ("VERB", "AUX") and t.dep_ not in ("amod",)) or text in (".", ";", ":", "«", "»", "?", "!", ",") \
                    or f in ("qui", "que", "qu'", "dont", "lorsque", "quand", "pour", "afin") or text.lower() == "où":
                break
            n = self._agent_phrase(doc, k, t)
            if n:
                k += n  # 'aux mains du Hamas', 'sous la supervision du Rwanda': who acts, as 'par' names it
                end = min(len(doc), end + n)
                prep = "par"
                continue
            if f == "entre" and pos == "ADP":
                end = min(len(doc), max(end, k + 14))  # 'entre l'occupation (Israël, NDLR) et la résistance (…)'
            if pos == "ADP" or f in ("du", "des", "au", "aux"):
                # 'hors d'Ukraine', 'près de Gaza': a compound preposition is not the 'de' of a party
                compound = prep is not None and pos == "ADP" and doc[k - 1].pos_ == "ADP" and fold(doc[k - 1].text) == prep
                prep = prep + " " + f if compound else f
            elif prep and prep not in ("de", "du", "des", "d'") and k not in self.ctx.tok_actor and pos == "NOUN" \
                    and is_people(self.lex, t) and fold(t.lemma_) not in self.lex.roles and \
                    not (k + 1 < end and doc[k + 1].text == "(" and self._actor_follows(doc, k + 2)):
                # 'ont ouvert le feu sur des touristes' ('de' complements are the parser's business: too often a theme)
                role = preps.get(prep)
                if role in ("actor", "recipient") and not ev.start <= t.idx < ev.end:
                    self._add_resolved(ev, role, resolve(self.ctx, t))
                prep = None
            elif t.i in self.ctx.tok_actor and prep:
                role = preps.get(prep) or (preps.get("de") if prep in ("du", "des", "d'") else None)
                if role in ("actor", "recipient") and not (role == "recipient" and ev.recipients and prep in ("a", "au", "aux", "en", "dans")):
                    self._add_resolved(ev, role, [self.ctx.tok_actor[t.i]])
                elif role == "place" and ev.place is None:
                    a = self.ctx.tok_actor[t.i]
                    ev.place = (a[1], a[2])
                a = self.ctx.tok_actor[t.i]
                while k + 1 < end and self.ctx.tok_actor.get(k + 1) == a:
                    k += 1
                if not (k + 1 < end and fold(doc[k + 1].text) in ("et", "ou", ",")):
                    prep = None  # 'entre Israël et le Hamas': the preposition holds over the coordination
            k += 1

    def _agent_phrase(self, doc: Doc, k: int, t: Token) -> int:
        """Length of an agent phrase starting at token t (index k) with its 'de' ('aux mains du'), or 0."""
        for words in self.lex.agent_phrases.get(fold(t.text), ()):
            j = k + len(words)
            if j < len(doc) and tuple(fold(t.text) for t in doc[k:j]) == words and \
                    fold(doc[j].text) in ("de", "du", "des", "d'"):
                return len(words) + 1
        return 0

    def _actor_follows(self, doc: Doc, k: int) -> bool:
        while k < len(doc) and doc[k].pos_ == "DET":
            k += 1
        return k < len(doc) and k in self.ctx.tok_actor

    def phrase_roles(self, tok: Token, last: int, ev: Event) -> None:
        """'ont ouvert le feu sur des touristes': complements may hang on any word of a phrase."""
        for t in tok.doc[tok.i:last + 1]:
            if t.i != ev.head:
                for role, c in self.complements(t, self.lex.default_preps["verb"]):
                    self.add(ev, role, [c], case_of(c))

    def noun_roles(self, n: Token, entry: dict, ev: Event) -> None:
        """Roles of a nominal trigger: 'de X', 'par X', 'à/contre X', 'entre X et Y', demonyms, and the light verb."""
        of = entry.get("of", "actor")
        preps = {**self.lex.default_preps["noun"], **{fold(k): r for k, r in (entry.get("preps") or {}).items()}, "de": of}
        if entry.get("by"):
            preps["par"] = entry["by"]
        if ev.mode == "meet":
            preps = self._meeting_place(preps)  # 'un sommet à Rome': where, not with whom
        seen: set[int] = set()
        for role, c in self.complements(n, preps):
            seen.add(c.i)
            if role == "place":
                ev.place = (c.idx, c.idx + len(c))
                continue
            if c.dep_ == "nmod" and entry.get("needs") and fold(c.lemma_) in {fold(w) for w in entry["needs"]} | classes_of(self.lex, [c]):
                continue
            if role == "actor" and c.pos_ == "NOUN" and case_of(c) in ("de", "du", "des", "d'") and trigger(self.ctx, c):
                role = "recipient"  # 'partisans de l'invasion russe': who backs an event backs its author
            if role == "recipient" and case_of(c) == "pour":
                self.add(ev, role, self._addressed(c))
                continue
            self.add(ev, role, [c])
        if n.dep_ in ("obj", "obj:lvc") and fold(n.head.lemma_) in self.lex.expression:
            for c in n.head.children:  # 'a exprimé sa reconnaissance pour le soutien des États-Unis'
                if c.dep_.startswith("obl") and case_of(c) == "pour":
                    self.add(ev, "recipient", self._addressed(c))
        if not ev.actors and n.head.i != n.i and fold(n.head.lemma_) in self.lex.culprit:
            self.add(ev, "actor", self._culprit(n))
        if not ev.actors:
            v = self._object_relative(n)
            if v is not None:  # 'les sanctions que Washington a imposées', 'l'isolement que l'Asean avait réussi à imposer'
                self.add(ev, "actor", self.subjects(v)[0])
        if not ev.actors and is_people(self.lex, n):
            # 'la Corée du Nord est devenue l'un des partisans de …': the copula's subject is the partisan
            p = n.head if n.dep_ == "nmod" and n.head.pos_ == "PRON" and fold(n.head.text) in ("un", "une") else n
            cop = p.head if p.dep_ in ("xcomp", "obj") and fold(p.head.lemma_) in COPULAS else \
                p if any(c.dep_ == "cop" for c in p.children) else None
            if cop is not None:
                self.add(ev, "actor", self.subjects(cop)[0])
        for c in n.children:
            if c.dep_ in ("det", "nmod:poss") and fold(c.text) in POSSESSIVES and of in ("actor", "recipient"):
                # 'son arrestation', 'leur capture', 'son soutien': the possessor, by the pronoun's antecedent;
                # 'convaincre X de donner son feu vert': a light verb's subject owns what it gives
                owner: list[tuple[str, int, int]] = []
                role = of
                if n.dep_ in ("obj", "obj:lvc") and n.head.pos_ == "VERB" and fold(n.head.lemma_) in self.lex.expression:
                    role = "actor"  # 'X a exprimé sa reconnaissance': the feeling is X's, whatever 'de' would say
                if role == "actor" and n.dep_ in ("obj", "obj:lvc") and n.head.pos_ == "VERB":
                    owner = [a for s in self.subjects(n.head)[0] for a in resolve(self.ctx, s)]
                self._add_resolved(ev, role, owner or antecedent(self.ctx, c, POSSESSIVES[fold(c.text)]))
            if c.dep_ == "amod" and fold(c.text) in self.lex.country_of and c.text[:1].islower():
                self._add_resolved(ev, entry.get("by", "actor"), country_party(self.ctx, self.lex.country_of[fold(c.text)], c))
            if c.dep_ in ("acl", "amod") and "Part" in c.morph.get("VerbForm"):
                # 'les sanctions imposées à Pyongyang', 'les accords négociés par Moscou' (a participle that is an
                # event itself still names who made this one)
                vp = {**self.lex.default_preps["verb"], **{fold(k): r for k, r in (entry.get("preps") or {}).items()},
                      "par": entry.get("by", "actor")}  # the noun's own frame holds ('menée par X avec Y': Y mediates too)
                hit = trigger(self.ctx, c)
                if hit is not None:
                    if hit[1]["type"] not in SAME_SIDE.get(ev.type, ()):
                        continue  # 'une attaque attribuée par l'Inde à …': who attributes did not attack
                    vp = {"par": vp["par"]}
                for role, g in self.complements(c, vp):
                    self.add(ev, role, [g])
                if hit is None:  # 'une accusation portée depuis longtemps par les Nations unies'
                    self.scan_right(c, vp, ev, 12)
        self.scan_right(n, preps, ev, 12)
        if n.dep_ in ("nsubj", "nsubj:pass") and n.head.pos_ in ("VERB", "ADJ") and trigger(self.ctx, n.head) is None:
            # 'un accord a été conclu entre Israël et le Hamas', 'une accusation portée par l'ONU'
            for role, c in self.complements(n.head, {**preps, "par": "actor", "entre": "actor"}):
                if role in ("actor", "recipient"):
                    self.add(ev, role, [c])
            self.scan_right(n.head, {**preps, "par": "actor", "entre": "actor"}, ev)
            for c in n.head.children:
                if c.dep_ == "advcl" and "Part" in c.morph.get("VerbForm") and "Past" in c.morph.get("Tense") \
                        and not any(g.dep_.startswith("nsubj") for g in c.children) and trigger(self.ctx, c) is None:
                    # 'les efforts ont repris, menés cette fois par Washington, Le Caire et Doha': a detached
                    # participle says who carries the subject out
                    for role, g in self.complements(c, {"par": "actor"}):
                        self.add(ev, role, [g])
                    self.scan_right(c, {"par": "actor"}, ev, 14)
        if not ev.recipients and n.head.i != n.i and fold(n.head.lemma_) in self.lex.beneficiary \
                and ev.type in ("AID", "SUPPORT", "SANCTION", "CONCEDE", "COOPERATE"):
            # 'elle peut compter sur le soutien des États-Unis', 'exigera une aide', 'la cible de sanctions':
            # whoever counts on, demands or is the target of the event receives it
            g = n.head
            while g.pos_ == "NOUN" and g.head.i != g.i and g.dep_ not in ("nsubj", "nsubj:pass"):
                g = g.head  # 'est la cible de': the clause around the noun
            subs, _ = self.subjects(g) if g.pos_ in ("VERB", "AUX", "NOUN", "ADJ") else ([], False)
            subs = subs or [c for c in g.children if c.dep_ == "nsubj"]
            found = [a for t in subs for a in resolve(self.ctx, t) if a[0] not in [b[0] for b in ev.actors]]
            self._add_resolved(ev, "recipient", found)
        if not ev.actors and ev.mode in ("visit", "meet") and n.dep_.startswith("obl") and n.head.pos_ in ("VERB", "AUX", "ADJ") \
                and case_of(n) in ("pour", "en") and \
                (trigger(self.ctx, n.head) is None or trigger(self.ctx, n.head)[1].get("mode") == "visit"):
            # 'il était attendu à Washington pour une visite', 's'est rendu à Rome pour une rencontre avec X'
            subs, _ = self.subjects(n.head)
            self.add(ev, "actor", subs)
        if not ev.actors and n.dep_ in ("obj", "obj:lvc") and n.head.pos_ == "VERB" and \
                (trigger(self.ctx, n.head) is None or self._builds_on(n.head, n)) and fold(n.head.lemma_) not in self.lex.beneficiary:
            # a light verb lends the noun its subject: 'X et Y ont tenu un sommet', 'X impose des sanctions à Y',
            # and so does an event verb that builds what the noun names ('renforcer la coopération')
            subs, passive = self.subjects(n.head)
            if not passive:
                self.add(ev, "actor", subs)
            verb_preps = self.lex.default_preps["verb"]
            for role, c in self.complements(n.head, self._meeting_place(verb_preps) if ev.mode == "meet" else verb_preps):
                if role == "place":
                    ev.place = ev.place or (c.idx, c.idx + len(c))
                self.add(ev, role, [c])
        if ev.type == "CONSULT" and ev.mode == "meet" and not (entry.get("one_sided") and ev.actors):
            ev.actors += ev.recipients
            ev.recipients = []

    @staticmethod
    def _meeting_place(preps: dict[str, str]) -> dict[str, str]:
        """A meeting's 'à/en/dans X' is where it is held, not with whom."""
        return {k: "place" if k in ("a", "au", "aux", "en", "dans") else r for k, r in preps.items()}

    def _addressed(self, c: Token) -> list[Token]:
        """Whom a stance 'pour X' is addressed to: X, or the author of the event X names ('sa reconnaissance
        pour le soutien des États-Unis': thanks for support go to who gave it)."""
        if c.pos_ == "NOUN" and trigger(self.ctx, c):
            return of_complements(c)
        return [c]

    def _culprit(self, n: Token) -> list[Token]:
        """Who an event noun is laid on: 'X est soupçonné des attaques', 'X est responsable de l'attentat',
        'on accuse X de l'attaque', 'X a revendiqué l'attaque'."""
        g = n.head
        subs, passive = self.subjects(g) if g.pos_ in ("VERB", "AUX") else (self.subjects(g)[0], True)
        if g.pos_ != "VERB" or passive or self.lex.culprit[fold(g.lemma_)] == "subject":
            return subs  # 'est soupçonné de', 'a revendiqué l'attaque'
        return [c for c in g.children if c.dep_ == "obj" and c.i != n.i]  # 'accusent le Hamas de l'attaque'

    def _object_relative(self, n: Token) -> Token | None:
        """The verb of a 'que' relative right after the noun's phrase whose object the noun is, when it is a light
        verb (not an event of its own, not a receiving verb): 'l'embargo qu'ils ont imposé'. The parser often hangs
        the relative on an earlier noun, so the clause is found by position."""
        doc = n.doc
        k = max(t.i for t in n.subtree) + 1
        if k >= len(doc) or fold(doc[k].text) not in ("que", "qu'"):
            return None
        v = doc[k].head
        if v.pos_ != "VERB" or v.i <= k or any(c.dep_ == "obj" for c in v.children):
            return None
        w = v
        while True:  # 'avait réussi à imposer': the verb that does it
            x = next((c for c in w.children if c.dep_ == "xcomp" and c.pos_ == "VERB"), None)
            if x is None:
                break
            w = x
        if trigger(self.ctx, w) is not None or fold(w.lemma_) in self.lex.beneficiary:
            return None
        return v if any(c.dep_ in SUBJ for c in v.children) else None

    def _builds_on(self, v: Token, n: Token) -> bool:
        """True when v is an event verb that makes or furthers what its object n names ('conclure un accord',
        'renforcer la coopération'): its subject is the noun's party. Breaking or refusing it ('violer un
        accord') is the other side's act."""
        hit = trigger(self.ctx, v)
        return hit is not None and hit[1]["type"] in SAME_SIDE and \
            fold(n.lemma_) in {fold(w) for w in hit[1].get("needs", ())}

    def _add_resolved(self, ev: Event, role: str, found: list[tuple[str, int, int]]) -> None:
        bucket = ev.actors if role == "actor" else ev.recipients
        for a in found:
            if a[0] not in [b[0] for b in ev.actors + ev.recipients]:
                bucket.append(a)

    # ------------------------------------------------------------ records
    def records(self, doc: Doc) -> list[dict]:
        """The Story's `events` list: parties with actor ids and names, time, place, quote and status."""
        text = text_of(doc)
        quotes = doc._.sg_quotes or []
        times = doc._.sg_times or []
        out = []
        for n, ev in enumerate(self.find(doc), 1):
            q = next((q for q in quotes if any(c["start"] <= ev.start < c["end"] for c in q["content"])), None)
            out.append({
                "id": f"E{n}", "type": ev.type, "mode": ev.mode,
                "trigger": span(ev.start, ev.end, text),
                "actors": [self.party(a, text) for a in ev.actors],
                "recipients": [self.party(a, text) for a in ev.recipients],
                "time_id": self.time_for(doc, ev, times),
                "place": span(*ev.place, text) if ev.place else None,
                "status": ev.status,
                "quote_id": q["id"] if q else None,
                "reported_by": q.get("speaker_name") if q else None,
            })
        return out

    def party(self, a: tuple[str, int, int], text: str) -> dict:
        """One participant: actor id and name, and the characters that named it here."""
        aid, s, e = a
        if aid.startswith("="):  # a state named only by a demonym: no actor record, but a name
            return {"actor_id": None, "name": aid[1:], "start": s, "end": e}
        name = self.ctx.by_id[aid]["name"]
        if self.ctx.by_id[aid]["kind"] == "organization":
            name = self.lex.org_full.get(fold(name), name)  # 'l'UE' is the Union européenne
        return {"actor_id": aid, "name": name, "start": s, "end": e}

    def time_for(self, doc: Doc, ev: Event, times: list[dict]) -> str | None:
        """The time expression of the trigger's sentence nearest to it, if any."""
        sent = sentence_of(doc[ev.head])
        return nearest_time(times, sent, ev.start, ("DATE", "TIME", "DURATION"))


@Language.factory("storygraph_events", default_config={"lang": "fr"})
def make_events(nlp: Language, name: str, lang: str) -> EventFinder:
    """Registered factory: `nlp.add_pipe("storygraph_events")` after `storygraph_times`."""
    return EventFinder(lang)


if not Doc.has_extension("sg_events"):
    Doc.set_extension("sg_events", default=None)
