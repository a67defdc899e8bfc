"""What a reader fills in once the whole article's events are known: each pass reads and amends the list of
events, in the order of `PASSES` (a later pass sees what an earlier one filled in)."""
from __future__ import annotations

from typing import Callable

from ..index import sentence_of, tokens_in
from ...lang.text import fold, strip_article

#: the determiners a short group name is compared without
ARTICLE_KINDS = ("definite", "indefinite", "possessive")
from spacy.tokens import Token

from .context import Context, Holding, Party
from .grammar import case_of, dated_clause, is_people, of_complements
from .lexicon import POSSESSIVES
from .parties import antecedent, bare, first_named, home_country, is_person, resolve, state_group, state_of
from .records import Event
from .roles.subjects import subjects
from ..features import feature
from ..index import dependents
from .context import subtree, subtree_bounds


def cue_speakers(ctx: Context, events: list[Event]) -> None:
    """A trigger that is also a quote's cue ('a dénoncé', 'accuse … de') acts through the quote's speaker,
    whom the quotes and actors components resolved with more context than a subject slot gives."""
    doc = ctx.doc
    cues = [(q["cue"]["start"], q["cue"]["end"], q.get("speaker_id"),
             bool(q.get("speaker")) and q["speaker"]["start"] >= q["cue"]["end"],
             q["speaker"]["end"] if q.get("speaker") else 0)
            for q in doc._.sg_quotes or [] if q.get("cue") and q.get("speaker_id")]
    spoken = [(c["start"], c["end"], q.get("speaker_id")) for q in doc._.sg_quotes or [] if q.get("speaker_id")
              for c in q["content"]]
    cue_at = Holding([(c[0], c[1]) for c in cues])
    for ev in events:
        for n in cue_at.at(ctx.starts[ev.head]):
            s, e, ids, inverted, spoken_end = cues[n]
            if inverted or not ev.actors or not _controlled(doc[ev.head]):
                found = [aid for aid in ids.split(" ; ") if aid in ctx.by_id and
                         (inverted or aid not in [r[0] for r in ev.recipients])]
                if found:
                    # '», a dénoncé le ministre des Finances, X': the parser may read the inverted speaker as
                    # the object and a word of the quote as the subject; whoever speaks the cue performs it
                    # ('», a accusé le secrétaire général de FO, X': what the inverted speaker's phrase names,
                    # up to the speaker's name, is who speaks, never whom the cue is aimed at)
                    ev.recipients = [r for r in ev.recipients if r[0] not in found and
                                     not (inverted and e <= r[1] < spoken_end)]
                    ev.actors = [(aid, s, e) for aid in found]
                    if inverted:
                        ctx.speaking[ev.head] = (e, spoken_end)
        if ev.actors:
            continue
        if ev.type == "THREATEN" and not ev.nominal:  # '« ils paieront le prix »': whoever says it threatens
            for s, e, ids in spoken:
                if s <= ev.start < e:
                    ev.actors = [(aid, ev.start, ev.end) for aid in ids.split(" ; ") if aid in ctx.by_id][:1]
                    break


def _controlled(v: Token) -> bool:
    """An infinitive whose governing verb names who does it ('pousser la France à demander'): the event's own
    reading of its subject holds over the quote's speaker."""
    return "Inf" in feature(v, "VerbForm") and v.dep_ == "xcomp" and \
        any(c.dep_ in ("obj", "iobj") for c in dependents(v.head))


def agreed_content(ctx: Context, events: list[Event]) -> None:
    """What an agreement or a demand is about is not yet done: 'un traité portant sur l'échange de
    50 otages', 'donner son feu vert au retour des réfugiés' (future, or whatever the agreement itself is:
    'la possibilité d'un accord d'échange' stays hypothetical)."""
    doc = ctx.doc
    heads = {ev.head: ev for ev in events}
    for ev in events:
        if ev.status == "negated" or ev.type in ("AGREE", "REQUEST") or not ev.nominal:
            continue  # 'a accepté de rencontrer': a verb says for itself whether it happened
        t = doc[ev.head]
        if dated_clause(ctx, t) is not None:
            continue  # 'lors de sa visite, X s'est engagé à …': when it was promised, not what
        for step in range(4):
            if t.head.i == t.i or t.dep_ in ("nsubj", "nsubj:pass", "parataxis", "ccomp"):
                break
            dep = t.dep_
            t = t.head
            gov = heads.get(t.i)
            if gov is None and t.pos_ in ("VERB", "AUX") and "Part" not in feature(t, "VerbForm"):
                break
            if gov is not None and gov is not ev:
                # an adjunct of the agreeing verb itself ('conclu … par l'intermédiaire du Qatar') is how it
                # was agreed, not what was agreed ('portant sur la libération' is)
                if gov.type in ("AGREE", "REQUEST") and ev.status == "asserted" and not (step == 0 and dep == "obl:mod"):
                    ev.status = "future" if gov.status in ("asserted", "future") else gov.status
                break


def corefer(ctx: Context, events: list[Event]) -> None:
    """'l'invasion de l'Ukraine par Moscou' … 'quelques semaines après l'invasion': a bare event noun
    repeats an earlier event of the same word; it takes the parties it does not name itself."""
    last: dict[tuple[str, str], Event] = {}
    nearest: dict[str, Event] = {}  # the last event of each type, with parties or not
    for n, ev in enumerate(events):
        # (the events told inside the clause, as 'aider' in 'qu'ils accusent d'aider X', come after its own)
        told = next((t for t in reversed(events[max(0, n - RESUME_WIDTH):n]) if t.type == ev.type), None) \
            if ev.nominal and not ev.recipients else None
        if told is not None and told.recipients and _resumes(ctx, ev, told):
            # 'qu'ils accusent d'aider les fraudeurs - une accusation que répète X': a noun set off after a clause
            # sums up the event just told; whom it is aimed at is that event's
            mine = {a[0] for a in ev.actors}
            ev.recipients = [a for a in told.recipients if a[0] not in mine]
        key = (ev.lemma, ev.type)
        prev = last.get(key)
        back = last.get(("", ev.type))
        near = nearest.get(ev.type)
        nearest[ev.type] = ev
        if ev.nominal and ev.demonstrative and near is not None and not (near.actors or near.recipients) and \
                (back is None or near.head > back.head):
            # 'une trêve de deux jours … au terme de cette pause': the act told just before, of the same kind, is
            # the one it points back to, though no one was named with it; not an earlier one with parties
            continue
        if ev.nominal and ev.demonstrative and back is not None and ev.start - back.end < 400 and \
                not (ev.actors and _doer_told(ctx, ctx.doc[ev.head])):
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


#: the marks that set off a noun summing up the clause before it, and how many tokens back that clause may end
_RESUMING_MARKS = (",", "-", "–", "—")
RESUME_WIDTH = 3


def _resumes(ctx: Context, ev: Event, told: Event) -> bool:
    """True when an event noun with an indefinite article stands right after a comma or a dash that closes the
    clause of the event told just before it ('…, une décision qui', '- une accusation portée par'): a resumptive
    apposition, which names that same event again."""
    n = ctx.doc[ev.head]
    if not any(c.dep_ == "det" and fold(c.text) in ctx.lex.indefinites for c in ctx.kids(n)):
        return False
    lo = min(t.i for t in subtree(n) if not t.is_punct)  # (the parser hangs the dash on the noun at times)
    if lo == 0 or ctx.doc[lo - 1].text not in _RESUMING_MARKS or told.head >= lo:
        return False
    return lo - 1 - subtree_bounds(ctx.doc[told.head])[1] <= RESUME_WIDTH


def _doer_told(ctx: Context, n: Token) -> bool:
    """True when a participle set after the event noun names who did it ('Cette attaque, attribuée par X à Y',
    'ce raid, mené par Z'): the noun's own clause says it, whatever the event told before."""
    return any(c.dep_ in ("acl", "amod") and c.i > n.i and "Part" in feature(c, "VerbForm") and
               (fold(c.lemma_) in ctx.lex.culprit or any(g.dep_ == "obl:agent" for g in ctx.kids(c)))
               for c in ctx.kids(n))


def done_by_event(ctx: Context, events: list[Event]) -> None:
    """'L'attaque du Hezbollah a tué trois soldats', 'une frappe menée par l'armée a blessé …', 'visé par des tirs
    de l'armée', 'tués dans un raid de X': a verb whose subject, agent or setting is an event noun of the same type
    is done by that event's actors."""
    by_head = {ev.head: ev for ev in events}
    for ev in events:
        if ev.actors or ev.nominal:
            continue
        for c in ctx.kids(ctx.doc[ev.head]):
            doer = c.dep_ in ("nsubj", "obl:agent") or c.dep_.startswith("obl") and case_of(ctx, c) in _DOING_CASES
            inner = by_head.get(c.i) if doer else None
            if inner is not None and inner is not ev and inner.type == ev.type and inner.actors:
                held = {a[0] for a in ev.recipients}
                ev.actors = [a for a in inner.actors if a[0] not in held]
                break
        if ev.actors:
            continue
        subs, passive = subjects(ctx, ctx.doc[ev.head])
        inner = next((by_head[s.i] for s in subs if s.i in by_head and by_head[s.i] is not ev), None)
        if inner is not None and not passive and inner.actors:
            # 'le sommet devra servir à resserrer leurs liens', 'les frappes visent à affaiblir X': an event
            # noun made the subject of an act, of any type, stands for those who carry it out
            held = {a[0] for a in ev.recipients}
            ev.actors = [a for a in inner.actors if a[0] not in held]


def accused_not_victim(ctx: Context, events: list[Event]) -> None:
    """'dénonce les frappes de X contre Y', 'condamne les tirs de l'armée contre la mission': an accusation of an act
    is aimed at its author; whom the act struck, named inside the object, is its victim, not the accused."""
    by_head = {ev.head: ev for ev in events}
    for ev in events:
        if ev.type != "ACCUSE" or len(ev.recipients) < 2:
            continue
        for c in ctx.kids(ctx.doc[ev.head]):
            inner = by_head.get(c.i) if c.dep_ == "obj" else None
            if inner is None or inner is ev or not inner.actors or not inner.recipients:
                continue
            authors = {a[0] for a in inner.actors}
            struck = {r[0] for r in inner.recipients} - authors
            if authors & {r[0] for r in ev.recipients}:
                ev.recipients = [r for r in ev.recipients if r[0] not in struck]
                break


def act_not_party(ctx: Context, events: list[Event]) -> None:
    """'refusent toute alliance avec X', 'dire leur opposition à Y': a noun that is itself an event's trigger,
    with whom it bears on named, is the act, not a party to another one; whom that act bears on stands in its
    place."""
    by_head = {ev.head: ev for ev in events}
    for ev in events:
        if not any(r[0].startswith("=") for r in ev.recipients):
            continue
        out: list[Party] = []
        for r in ev.recipients:
            sp = tokens_in(ctx.doc, r[1], r[2]) if r[0].startswith("=") else None
            inner = by_head.get(sp.root.i) if sp is not None and sp.root.pos_ == "NOUN" else None
            if inner is None or inner is ev or not inner.recipients:
                # ('les membres de la coalition': an act noun with no one it bears on may name the body)
                out.append(r)
                continue
            mine = {a[0] for a in ev.actors} | {x[0] for x in out} | {x[0] for x in ev.recipients}
            out += [x for x in inner.recipients if x[0] not in mine]
        ev.recipients = out


#: the prepositions by which a verb names the event it was done by or in ('tué par un tir', 'tués dans un raid',
#: 'blessés lors d'une attaque')
_DOING_CASES = ("par", "dans", "lors")


def custodian(ctx: Context, events: list[Event]) -> None:
    """An arrest, a detention or a release told with no one holding ('X a été placé en garde à vue', 'sa
    libération'): whoever the article says holds the same person; an arrest or detention of anyone else, the
    one party all of the article's arrests are by, when there is one."""
    holder: dict[str, list[Party]] = {}
    holders: set[frozenset] = set()
    # who arrests holds; who releases someone held them before ('appelle Moscou à le libérer'): arrests first
    for kind in ("COERCE", "RETREAT"):
        for ev in events:
            if ev.type == kind and ev.actors and ev.recipients:
                for r in ev.recipients:
                    holder.setdefault(r[0], list(ev.actors))
                if kind == "COERCE" or any(r[0] in holder for r in ev.recipients):
                    holders.add(frozenset(a[0] for a in ev.actors))
    # 'par ses hommes' beside arrests by a named state: a description no actor stands for is how the named
    # holder acted, no second holder
    named_holders = holders if len(holders) == 1 else {h for h in holders if not any(a.startswith("=") for a in h)}
    # arrests first here too: 'deux gendarmes ont été interpellés puis libérés' frees them from whom the arrest,
    # once filled in, says held them
    for ev in [ev for kind in ("COERCE", "RETREAT") for ev in events if ev.type == kind and not ev.actors]:
        held = {r[0] for r in ev.recipients}
        found = next((holder[r[0]] for r in ev.recipients if r[0] in holder), None)
        if found is None and ev.type == "COERCE" and len(named_holders) == 1:
            only = next(iter(named_holders))
            found = next(h for h in holder.values() if frozenset(a[0] for a in h) == only)
        if found:
            ev.actors = [a for a in found if a[0] not in held]
            ctx.inferred.add(ev.head)
            if ev.type == "COERCE":
                for r in ev.recipients:
                    holder.setdefault(r[0], list(ev.actors))


def main_pair(ctx: Context, events: list[Event]) -> None:
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
    people = [k for k in pairs if all(ctx.by_id[a]["kind"] == "person" for a in k)]
    best_people = max(people, key=lambda k: pairs[k]) if people else best
    for ev in events:
        if ev.mediation:
            continue
        if ev.reciprocal and not ev.actors and not ev.recipients and ev.type != "ASSAULT":
            # meetings are between people when the article has a pair of them; fighting is never filled in
            pair = best_people if ev.type == "CONSULT" else best
            ev.actors = [first_named(ctx, aid) for aid in sorted(pair)]


def fought(ctx: Context, events: list[Event]) -> None:
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
            ev.actors = [first_named(ctx, aid) for aid in sorted(war)]


def mediated(ctx: Context, events: list[Event]) -> None:
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
            ev.recipients = [first_named(ctx, aid) for aid in sorted(facing)]


def counterpart(ctx: Context, events: list[Event]) -> None:
    """An exchange with one side named ('la Corée du Nord pourrait envoyer des soldats') is, in an article
    about two parties exchanging, with the other one: the pair most often found on the two sides of an
    AID or COOPERATE event fills the missing side."""
    doc = ctx.doc
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
            home = home_country(ctx, side, doc[ev.head]) if ctx.by_id[side]["kind"] == "person" else []
            side = home[0][0] if home else side
        if side not in best:
            continue
        other = best[1] if side == best[0] else best[0]
        (ev.recipients if ev.actors else ev.actors).append(first_named(ctx, other))


#: the conflict types (verbal and material) whose sides show who the article's antagonists are
CONFLICT = ("REQUEST", "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT")
#: the conflict types done on one's own side: they count for the pair, but are not aimed at the other by inference
ONE_SIDED = ("MOBILIZE",)


def antagonists(ctx: Context, events: list[Event]) -> None:
    """'la Chine a menacé', 'la riposte israélienne' with no one named on the receiving side, in an article about
    two parties set against each other (found on the two sides of conflict events twice at least, more than
    any other pair; else the article's two states, when no other is named nearly as often): an act of one of
    them is aimed at the other, as a reader fills it in."""
    doc = ctx.doc
    pairs: dict[tuple[str, str], int] = {}
    for ev in events:
        if ev.type in CONFLICT:
            for key in {tuple(sorted((a[0], r[0]))) for a in ev.actors for r in ev.recipients}:
                if key[0] != key[1] and not key[0].startswith("=") and not key[1].startswith("="):
                    pairs[key] = pairs.get(key, 0) + 1
    ranked = sorted(pairs.values(), reverse=True)
    if not pairs or ranked[0] < 2 or len(ranked) > 1 and ranked[1] == ranked[0]:
        best = _two_states(ctx)
        if best is None:
            return  # one clash is no pattern; two pairs as often: no single one
    else:
        best = max(pairs, key=lambda k: pairs[k])
    for ev in events:
        if ev.type not in CONFLICT or ev.reciprocal or ev.recipients or len(ev.actors) != 1 or ev.head in ctx.inferred:
            continue  # an act whose doer is not named may be anyone's (a sanction, an arrest): left as written
        if ev.type in ONE_SIDED:
            continue  # troops massed or put on alert show a side, but no target the text does not name
        if _names_a_thing(ctx, ev):
            continue  # 'a utilisé des obus', 'je vous appelle': the act names what it bears on, whoever it is
        side = ev.actors[0][0]
        if side not in best and not side.startswith("=") and ctx.by_id[side]["kind"] == "person":
            home = home_country(ctx, side, doc[ev.head])  # a leader stands on his country's side
            side = home[0][0] if home else side
        if side not in best:
            continue
        other = best[1] if side == best[0] else best[0]
        if other in _speakers_at(ctx, ev.start):
            # '« il a tenu un rassemblement interdit », a dit le procureur': the teller is no target; a leader
            # telling of threats stands for the country they are aimed at ('« face aux menaces », dit le président')
            home = [] if other.startswith("=") or ctx.by_id[other]["kind"] != "person" else \
                home_country(ctx, other, doc[ev.head])
            if not home or home[0][0] in {a[0] for a in ev.actors}:
                continue
            ev.recipients.append(home[0])
            continue
        ev.recipients += state_side(ctx, ev, [first_named(ctx, other)])


def state_side(ctx: Context, ev: Event, found: list[Party]) -> list[Party]:
    """Parties inferred for a state's act, a leader standing for the state: no one named on the other side of
    what a state does, it is done to the other state, not to its leader in person ('le Pérou a menacé de riposter'
    in an article about Bolivia and its president; the support of a state a president thanks for)."""
    if len(ev.actors) != 1 or ev.actors[0][0].startswith("=") or ctx.by_id[ev.actors[0][0]]["kind"] != "country":
        return found
    out = []
    for p in found:
        home = home_country(ctx, p[0], ctx.doc[ev.head]) if is_person(ctx, p[0]) else []
        state = (first_named(ctx, home[0][0]) if not home[0][0].startswith("=") else home[0]) if home else p
        if state[0] == ev.actors[0][0]:
            state = p  # a leader's act against his own state stays his
        if state[0] not in {x[0] for x in out}:
            out.append(state)
    return out


def _speakers_at(ctx: Context, start: int) -> set[str]:
    """The actor ids of the speakers of the quotes whose words hold the character at `start`."""
    return {aid for q in ctx.doc._.sg_quotes or [] if q.get("speaker_id")
            and any(c["start"] <= start < c["end"] for c in q["content"])
            for aid in q["speaker_id"].split(" ; ")}


def _two_states(ctx: Context) -> tuple[str, str] | None:
    """The article's two states, when two are named far more often than any other (thrice each at least)."""
    counts = sorted(((len(a["mentions"]), a["id"]) for a in ctx.by_id.values() if a["kind"] == "country"), reverse=True)
    if len(counts) < 2 or counts[1][0] < 3 or len(counts) > 2 and counts[2][0] * 2 > counts[1][0]:
        return None
    return tuple(sorted((counts[0][1], counts[1][1])))


def _names_a_thing(ctx: Context, ev: Event) -> bool:
    """True when the trigger has an object outside its own words that names no party."""
    return any(c.dep_ in ("obj", "iobj", "expl:comp") and not ev.start <= c.idx < ev.end and _thing(ctx, c)
               for c in dependents(ctx.doc[ev.head]))


def _thing(ctx: Context, t: Token) -> bool:
    """A word that names no party: a pronoun left unresolved, or a common noun of no people, body or title."""
    if t.pos_ in ("PRON", "SCONJ"):  # 'que' of a relative clause: the noun it stands for is no party here
        return True
    f = fold(t.lemma_)
    return t.pos_ == "NOUN" and not is_people(ctx.lex, t) and f not in ctx.lex.org_words and f not in ctx.lex.roles \
        and f not in ctx.lex.country_anaphors


def _side(ctx: Context, p: Party, sides: dict[Party, str]) -> str:
    """The party a participant stands on the side of: the state its demonym names when no actor stands for it
    ('l'armée israélienne', 'les troupes russes' are their state's side), else itself."""
    if p not in sides:
        sides[p] = p[0]
        if p[0].startswith("="):
            sp = tokens_in(ctx.doc, p[1], p[2])
            head = next((t for t in sp if t.pos_ == "NOUN"), None) if sp is not None else None
            state = state_of(ctx, head) if head is not None else []
            if state:
                sides[p] = state[0][0]
    return sides[p]


#: the stances whose counterpart is the one their infinitive acts with or on ('refuse de négocier avec X', 'menace de
#: rompre avec X', 'son engagement à collaborer avec X'): whom a refusal, a promise or a threat concerns
INFINITIVE_STANCES = ("AGREE", "REJECT", "THREATEN")


def stance_on_infinitive(ctx: Context, events: list[Event]) -> None:
    """A refusal, promise or threat with no one named that governs an infinitive ('refuse de négocier avec X',
    'menace de sanctionner X', 'rappelle son engagement à collaborer avec X') concerns whom the infinitive acts on or
    with: the recipients of the infinitive's own event, else its 'avec' complement and the people of its 'à' one."""
    doc = ctx.doc
    by_head = {ev.head: ev for ev in events}
    for ev in events:
        if ev.recipients or ev.type not in INFINITIVE_STANCES:
            continue
        mine = {a[0] for a in ev.actors}
        for x in ctx.kids(doc[ev.head]):
            if x.i < ev.head or x.dep_ not in ("xcomp", "acl") or "Inf" not in feature(x, "VerbForm") or \
                    not any(m.dep_ == "mark" and fold(m.text) in ctx.lex.infinitive_marks for m in ctx.kids(x)):
                continue
            inner = by_head.get(x.i)
            found = list(inner.recipients) if inner is not None else \
                [a for c in ctx.kids(x) if c.dep_.startswith("obl") and c.i > x.i and _partner(ctx, c)
                 for a in resolve(ctx, c)]
            ev.recipients = [a for a in found if a[0] not in mine]
            if ev.recipients:
                break


def _partner(ctx: Context, c: Token) -> bool:
    """True when an infinitive's complement names whom it acts with ('avec X') or toward ('à X', a party, no place)."""
    case = case_of(ctx, c)
    if case in ctx.lex.partner_cases:
        return True
    return case in ctx.lex.to_forms and c.ent_type_ != "LOC" and (is_people(ctx.lex, c) or c.i in ctx.tok_actor and
                                                                   ctx.tok_actor[c.i][0] in ctx.by_id and
                                                                   ctx.by_id[ctx.tok_actor[c.i][0]]["kind"] != "country")


def addressed_to_author(ctx: Context, events: list[Event]) -> None:
    """A demand, accusation or praise whose object is another event is addressed to that event's author:
    'exigera une aide' (of whoever gives the aid), 'a condamné l'attaque' (the attacker). An accusation,
    praise or refusal of a thing is addressed to whom the thing belongs: 'a dénoncé la responsabilité du
    gouvernement', 'regrette l'absence de coopération des autorités', 'rejette sa proposition'; accepting a thing
    is accepting it from whom it comes ('accepte le plan présenté par X')."""
    doc = ctx.doc
    by_head = {ev.head: ev for ev in events}
    for ev in events:
        if ev.recipients or ev.type not in ("REQUEST", "ACCUSE", "SUPPORT", "REJECT", "AGREE", "CONCEDE", "COERCE"):
            continue
        mine = {a[0] for a in ev.actors}
        head = doc[ev.head]
        # a stance noun names what it bears on with 'à' ('son appui au projet du syndicat', 'son adhésion au
        # plan de X'), as its verb does with an object; so does yielding ('a cédé aux revendications de X')
        things = [c for c in dependents(head) if c.dep_ == "obj" or (ev.nominal or ev.type == "CONCEDE") and
                  c.dep_ in ("nmod", "obl", "obl:arg") and case_of(ctx, c) in ctx.lex.to_forms and c.i > ev.head]
        # ('a salué leur coopération et les efforts de X': each of coordinated objects is what the stance bears on)
        # (the parser may hang the second on the verb)
        # ('s'en prendre aux abus de X', 's'attaque à la politique de Y': a reflexive verb names what it bears on
        # with 'à', as others do with an object)
        verb = head.head if head.pos_ == "AUX" and head.dep_.startswith(("aux", "cop")) else head  # 's'en est prise'
        if not ev.nominal and any(fold(c.text) in ctx.lex.reflexives for c in dependents(verb) if c.i < verb.i):
            things += [c for c in dependents(verb) if c.dep_ in ("obl", "obl:arg") and c.i > verb.i and
                       case_of(ctx, c) in ctx.lex.to_forms and c not in things]
        # ('a condamné avec force ce tir': the parser may hang the object on the bare manner noun before it)
        things += [g for c in dependents(head) if c.dep_.startswith("obl") and c.i > ev.head and bare(c)
                   for g in dependents(c) if g.dep_ in ("obj", "appos") and g.i > c.i and g.pos_ == "NOUN"]
        things += [g for c in things if c.dep_ == "obj" for g in dependents(c) if g.dep_ == "conj" and g.pos_ == "NOUN"] + \
            [g for g in dependents(head) if g.dep_ == "conj" and g.pos_ == "NOUN" and g.i > ev.head and not ev.nominal and
             any(c.dep_ == "obj" for c in things)]
        spoken = ctx.speaking.get(ev.head)
        for c in things:
            if spoken and spoken[0] <= c.idx < spoken[1]:
                continue  # the inverted speaker the parser read as the object
            # ('a interdit la manifestation de l'opposition': a ban or a crackdown on an act falls on its doers)
            found = _owner(ctx, by_head, ev, c, owned=ev.type not in ("REQUEST", "COERCE"))
            ev.recipients = [a for a in found if a[0] not in mine]
            if ev.recipients:
                break


def answered_request(ctx: Context, events: list[Event]) -> None:
    """'libérés à la demande du ministre', 'a cédé à la demande de X', 'répondant à l'appel de X': a demand named
    as what an act answers was addressed to whoever does that act."""
    doc = ctx.doc
    by_head = {ev.head: ev for ev in events}
    for ev in events:
        if ev.recipients or ev.type != "REQUEST" or not ev.nominal:
            continue
        n = doc[ev.head]
        act = by_head.get(n.head.i) if n.dep_.startswith("obl") and case_of(ctx, n) in ctx.lex.answer_cases else None
        if act is None or act is ev or act.type == "REQUEST":
            continue  # ('appelle à la demande de X': a demand of a demand names no one who does it)
        mine = {a[0] for a in ev.actors}
        ev.recipients = [a for a in act.actors if a[0] not in mine]


#: how many tokens back a demonstrative act noun ('cette décision') looks for the act it names again
ACT_WIDTH = 60


#: the dependents of a clause that may name the act a demand asks to be done or stopped
_CLAUSE_ARGS = ("nsubj", "nsubj:pass", "obj")


def asked_of_doer(ctx: Context, events: list[Event]) -> None:
    """A demand whose 'que' clause is about an act ('exige que les attaques du groupe cessent', 'demande que
    les frappes prennent fin') is addressed to whoever carries out that act: the clause's own event, or the
    event noun that is its subject or object."""
    doc = ctx.doc
    by_head = {ev.head: ev for ev in events}
    for ev in events:
        if ev.recipients or ev.type != "REQUEST":
            continue
        mine = {a[0] for a in ev.actors}
        kids = [c for c in ctx.kids(doc[ev.head]) if c.i > ev.head]
        # ('appelle à ce que cessent les tirs': the clause hangs on 'ce')
        clauses = [c for c in kids if c.dep_ == "ccomp"] + \
            [g for c in kids if fold(c.text) == "ce" for g in ctx.kids(c) if g.dep_.startswith("acl") and g.i > c.i]
        for clause in clauses:
            acts = [clause] + [c for c in ctx.kids(clause) if c.dep_ in _CLAUSE_ARGS]
            found = next((by_head[t.i].actors for t in acts if t.i in by_head and by_head[t.i] is not ev
                          and by_head[t.i].actors), [])
            ev.recipients = [a for a in found if a[0] not in mine]
            if ev.recipients:
                break


def aimed_against(ctx: Context, events: list[Event]) -> None:
    """A protest, accusation or refusal 'contre' a thing is aimed at whom the thing belongs to or at the author
    of the event it names: 'une grève contre la réforme du gouvernement', 'manifester contre la politique de
    la Commission', 'contre l'accord entre X et Y'."""
    doc = ctx.doc
    by_head = {ev.head: ev for ev in events}
    for ev in events:
        if ev.recipients or ev.type not in ("PROTEST", "ACCUSE", "REJECT"):
            continue
        t = doc[ev.head]
        heads = [t] + ([t.head] if t.dep_ in ("obj", "obj:lvc") and t.head.pos_ == "VERB" else [])
        mine = {a[0] for a in ev.actors}
        for c in (c for h in heads for c in ctx.kids(h)):
            if case_of(ctx, c) != "contre" or c.pos_ != "NOUN" or resolve(ctx, c):
                continue
            other = by_head.get(c.i)
            found = (other.actors + other.recipients if other is not None and other.reciprocal else []) or \
                _owner(ctx, by_head, ev, c, owned=True)
            ev.recipients = [a for a in found if a[0] not in mine]
            if ev.recipients:
                break


def _owner(ctx: Context, by_head: dict[int, Event], ev: Event, c: Token, owned: bool) -> list[Party]:
    """Who an object is laid on: the author of the event it names, else (when `owned`) the owner its 'de'
    complements or possessive name, down a chain of such complements ('le manque de collaboration des X')."""
    for step in range(3):
        if owned and c.pos_ == "NOUN":
            named = [g for g in dependents(c) if g.i == c.i + 1 and g.pos_ == "PROPN" and g.i in ctx.tok_actor and
                     g.dep_ in ("nmod", "appos", "flat", "flat:name", "compound") and not case_of(ctx, g)]
            if named:  # 'la motion Sumar', 'le plan Salas': the name set right after a thing is whose it is
                return resolve(ctx, named[0])
        other = by_head.get(c.i)
        if other is not None and other is not ev and other.actors:
            return list(other.actors)
        if other is not None and other is not ev and other.recipients:
            return []  # 'a condamné son assassinat': whom the act befell is its victim; its author goes unnamed
        if not owned:
            return []
        if step:
            found = resolve(ctx, c)
            if found:
                return found
        if c.pos_ != "NOUN" or is_people(ctx.lex, c):
            return []  # 'a critiqué les manifestants' names whom already, or no one
        poss = next((g for g in dependents(c) if g.dep_ in ("det", "nmod:poss") and fold(g.text) in POSSESSIVES), None)
        if poss is not None:
            return antecedent(ctx, poss, POSSESSIVES[fold(poss.text)])
        if fold(c.lemma_) in ctx.lex.act_nouns and any(g.dep_ == "det" and fold(g.text) in ctx.lex.demonstratives
                                                      for g in dependents(c)):
            # 'a salué cette décision', 'dénonce ce vote': the act told just before, by whoever did it
            mine = {a[0] for a in ev.actors}
            told = max((e for h, e in by_head.items() if h < c.i and c.i - h <= ACT_WIDTH and e is not ev and
                        {a[0] for a in e.actors} - mine), key=lambda e: e.head, default=None)
            return list(told.actors) if told is not None else []
        agents = [g for p in _participles_of(c) if p.i != ev.head for g in dependents(p) if g.dep_ == "obl:agent"]
        if agents:  # 'le plan présenté par les syndicats': the one who put it forward
            return resolve(ctx, agents[0])
        nxt = of_complements(ctx, c)
        if not nxt:
            return []
        c = nxt[0]
    return []


def _participles_of(c: Token) -> list[Token]:
    """The past participles said of a noun: hung on it, or right after its phrase on its verb, where the parser
    often hangs them ('a critiqué la réforme présentée par X')."""
    end = subtree_bounds(c)[1]
    return [p for p in list(dependents(c)) + [p for p in dependents(c.head) if p.dep_ == "advcl" and p.i == end + 1]
            if p.dep_ in ("acl", "advcl") and p.i > c.i and "Part" in feature(p, "VerbForm") and "Past" in feature(p, "Tense")]


def thanked_for(ctx: Context, events: list[Event]) -> None:
    """'a remercié la France pour son aide', 'sa reconnaissance pour le soutien des États-Unis': whoever thanks
    or praises someone for an event is the one it was done for."""
    doc = ctx.doc
    by_head = {ev.head: ev for ev in events}
    for ev in events:
        t = doc[ev.head]
        if ev.recipients or not ev.nominal or case_of(ctx, t) != "pour":
            continue
        praise = by_head.get(t.head.i)
        if praise is None and t.head.pos_ == "VERB":  # 'exprimer sa reconnaissance pour …': the verb's object
            praise = next((by_head[c.i] for c in dependents(t.head) if c.dep_ == "obj" and c.i in by_head), None)
        if praise is None or praise is ev or praise.type != "SUPPORT":
            continue
        mine = {a[0] for a in ev.actors}
        ev.recipients = state_side(ctx, ev, [a for a in praise.actors if a[0] not in mine])


def addressed_in_writing(ctx: Context, events: list[Event]) -> None:
    """'Écrivant à Poutine en août, …, Kim a déclaré … et a appelé à …': a sentence opened by a participle of
    address names whom its speech acts are for (found by position: the parser rarely reads such openings)."""
    doc = ctx.doc
    for ev in events:
        if ev.recipients or ev.type not in ("REQUEST", "CONSULT", "ACCUSE", "SUPPORT", "AGREE", "REJECT", "THREATEN"):
            continue
        start = sentence_of(doc[ev.head]).start
        while start > 0 and doc[start - 1].text not in (".", "!", "?", "»") and not doc[start - 1].is_space:
            start = sentence_of(doc[start - 1]).start  # the parser may cut after the opening phrase
        first = next((t for t in doc[start:ev.head] if t.pos_ not in ("ADP", "PUNCT", "SPACE")), None)
        if first is None or first.i >= ev.head or fold(first.lemma_) not in ctx.lex.address_verbs or \
                not ("Part" in feature(first, "VerbForm") and "Pres" in feature(first, "Tense")):
            continue
        to = [c for c in dependents(first) if c.dep_.startswith("obl") and case_of(ctx, c) in ctx.lex.to_forms]
        mine = {a[0] for a in ev.actors}
        ev.recipients = [a for c in to for a in resolve(ctx, c) if a[0] not in mine]


def specific(ctx: Context, events: list[Event]) -> None:
    """'l'armée' in an article that also says 'l'armée congolaise', 'le Conseil de sécurité' next to 'le
    Conseil de sécurité de l'ONU': a short group name stands for the one longer name it begins, as a
    reader takes it; with two candidates ('la police haïtienne', 'la police kényane') it stays as it is."""
    def key(name: str) -> str:
        return strip_article(fold(name), ctx.lex.lang, ARTICLE_KINDS)
    names: dict[str, str] = {}
    for a in ctx.by_id.values():
        if a["kind"] in ("organization", "group"):
            names.setdefault(key(a["name"]), a["id"])
    for ev in events:
        for p in ev.actors + ev.recipients:
            if p[0].startswith("="):
                names.setdefault(key(p[0][1:]), p[0])
    for ev in events:
        for bucket in (ev.actors, ev.recipients):
            for n, (pid, s, e) in enumerate(bucket):
                if pid.startswith("=") and ctx.people_of.get(key(pid[1:])) and \
                        ctx.people_of[key(pid[1:])] not in {x[0] for x in ev.actors + ev.recipients}:
                    bucket[n] = (ctx.people_of[key(pid[1:])], s, e)  # 'les rebelles', said of the M23 before
                    continue
                if not pid.startswith("=") and ctx.by_id[pid]["kind"] not in ("organization", "group"):
                    continue
                k = key(pid[1:] if pid.startswith("=") else ctx.by_id[pid]["name"])
                longer = {v for name, v in names.items() if name.startswith(k + " ")}
                if len(longer) == 1 and not {x[0] for x in ev.actors + ev.recipients} & longer:
                    bucket[n] = (longer.pop(), s, e)


def retaliation(ctx: Context, events: list[Event]) -> None:
    """'La riposte israélienne', 'le Mexique prépare des représailles', 'l'armée a riposté' with no one named on
    the receiving side: a retaliation answers an act done to its doer, and is aimed at whoever did the latest
    such act told before it."""
    sides: dict[Party, str] = {}
    for n, ev in enumerate(events):
        if ev.recipients or not ev.actors or ev.lemma not in ctx.lex.retaliations:
            continue
        mine = _marks(ctx, ev.actors, sides)
        told = next((t for t in reversed(events[:n]) if t.actors and mine & _marks(ctx, t.recipients, sides)
                     and not mine & _marks(ctx, t.actors, sides)), None)
        if told is not None:
            ev.recipients = list(told.actors)


def _marks(ctx: Context, parties: list[Party], sides: dict[Party, str]) -> set[str]:
    """The parties' ids and their sides' ('l'armée israélienne' is Israel's side)."""
    return {p[0] for p in parties} | {_side(ctx, p, sides) for p in parties}


def states(ctx: Context, events: list[Event]) -> None:
    """'les autorités ivoiriennes', made an actor because they speak, act as their state does (the name the
    guidelines give a state), whichever rule found them: subject, quote speaker, 'nous'."""
    found: dict[str, list] = {}
    for ev in events:
        for bucket in (ev.actors, ev.recipients):
            for n, (pid, s, e) in enumerate(bucket):
                if pid not in found:
                    found[pid] = state_group(ctx, pid) if not pid.startswith("=") else []
                state = found[pid]
                if state and state[0][0] not in {x[0] for x in ev.actors + ev.recipients}:
                    bucket[n] = (state[0][0], s, e)


#: the passes, in the order they run. The order is part of the rules: main_pair and counterpart count the parties
#: that cue_speakers and corefer filled in; antagonists fills only what the passes reading the text
#: (addressed_to_author, answered_request, asked_of_doer, addressed_in_writing) left empty; answered_request reads
#: the doers custodian filled in; specific renames parties any earlier pass may have added, and retaliation
#: matches the parties so renamed.
PASSES: list[Callable[[Context, list[Event]], None]] = [
    cue_speakers, agreed_content, corefer, done_by_event, accused_not_victim, act_not_party, custodian, main_pair,
    fought, mediated, counterpart, stance_on_infinitive, addressed_to_author, answered_request, asked_of_doer,
    aimed_against, thanked_for, addressed_in_writing, antagonists, specific, retaliation, states,
]
