"""What a speech verb's complement reports: one small reader per construction, tried in the order of `READERS`.

`complement` looks at the words after the verb group (``k`` is the first of them) and asks each reader in turn;
a reader whose construction is there and whose verb's frame in ``lang/<lang>/speech.json`` allows it returns
the characters of the reported content, which `clauses.clause_end` says where to stop. The passive readers
(`passive_attribute`, `passive_object`) are asked first by the cue reader, since their speaker is the agent.
"""
from __future__ import annotations

from typing import Callable

from spacy.tokens import Span, Token

from ..index import dependents, sentence_of, text_of
from ..mentions import fold
from .clauses import clause_end
from .context import Context
from .lexicon import cue_words, idiom
from .marks import QUOTE_CHARS
from ..features import feature

Reader = Callable[[Context, Token, str, int, Span], "tuple[int, int] | None"]
OPEN_MARKS = ("«", "“", "„", "‹", '"')


def is_infinitive(t: Token) -> bool:
    """A verb in the infinitive (the tagger's word, or the form of a lower-case verb it left untagged)."""
    return "Inf" in feature(t, "VerbForm") or (
        t.pos_ in ("VERB", "AUX") and t.text.islower() and t.text.endswith(("er", "ir", "re", "oir")))


def infinitive_at(ctx: Context, k: int, end: int) -> bool:
    """An infinitive group starts at k: 'être', 'ne pas avoir', 'en avoir détruit', 's'être trompé'."""
    tokens = ctx.tokens
    openers = ctx.lex.infinitive_openers
    j = k
    while j < end and j - k < 4 and fold(tokens[j].text) in openers:
        j += 1
    return j < end and is_infinitive(tokens[j]) and not tokens[j].text[:1].isupper()


def adverbial_de(ctx: Context, k: int) -> int:
    """Length in tokens of an adverbial 'de' phrase at k ('de son côté', 'd'ailleurs'), 0 if none."""
    if k >= len(ctx.doc) or ctx.words[k] not in ("de", "d'"):
        return 0
    return _fixed_phrase(ctx, k, ctx.lex.adverbial_de_at)


def adverbial_phrase(ctx: Context, k: int) -> int:
    """Length in tokens of a fixed adverbial phrase at k ('en détail', 'une nouvelle fois'), 0 if none."""
    return _fixed_phrase(ctx, k, ctx.lex.adverbial_phrases_at)


def _fixed_phrase(ctx: Context, k: int, phrases: dict[str, list[tuple[str, ...]]]) -> int:
    """Length in tokens of the first of the phrases (tuples of folded words, grouped by first word) that stands
    at k, 0 if none."""
    words = ctx.words
    if k >= len(words):
        return 0
    for phrase in phrases.get(words[k], ()):
        if tuple(words[k:k + len(phrase)]) == phrase:
            return len(phrase)
    return 0


def marked_fragment(ctx, v, lem, k, sent):
    """'a déclaré « regretter … »', 'a salué un « grand jour »' starts with the marks: the clause from them."""
    tokens = ctx.tokens
    if tokens[k].text in OPEN_MARKS:
        return tokens[k].idx, clause_end(ctx, k, sent)
    return None


def de_infinitive(ctx, v, lem, k, sent):
    """'a promis de revenir', 'nie d'avoir menti'."""
    tokens = ctx.tokens
    if fold(tokens[k].text) in ctx.lex.frame_words["de"] and lem in ctx.lex.frames.get("de", set()) and not adverbial_de(ctx, k) \
            and k + 1 < sent.end and (tokens[k + 1].pos_ in ("VERB", "AUX", "PRON", "ADV") or infinitive_at(ctx, k + 1, sent.end)):
        return tokens[k].idx, clause_end(ctx, k, sent)
    return None


def dated(prep: Token) -> bool:
    """The preposition's object is a date or a time, all of it tagged so ('on Monday', 'on Friday night', 'last
    week'): no thing owned ('her years in the theatre') nor an indefinite one ('for a shorter working week')."""
    for o in dependents(prep):
        if o.dep_ == "pobj" and all(t.ent_type_ in ("DATE", "TIME") for t in o.subtree) \
                and not any(c.dep_ == "poss" or "Ind" in feature(c, "Definite") for c in dependents(o)):
            return True
    return False


def preposition_phrase(ctx, v, lem, k, sent):
    """'appelle à la grève' (à), 'met en garde contre …' (contre), 'plaide pour …' (pour), 'alerte sur …' (sur)."""
    tokens = ctx.tokens
    first = fold(tokens[k].text)
    if dated(tokens[k]):
        # 'spoke on Monday': a time, not what was spoken about; what follows it may be ('spoke on Monday about …')
        after = tokens[k].right_edge.i + 1
        return preposition_phrase(ctx, v, lem, after, sent) if after < sent.end and tokens[after].dep_ == "prep" else None
    for frame in ("a", "contre", "pour", "sur"):
        if first in ctx.lex.frame_words[frame] and lem in ctx.lex.frames.get(frame, ()):
            return tokens[k].idx, clause_end(ctx, k, sent)
    return None


def indirect_question(ctx, v, lem, k, sent):
    """'a expliqué comment …', 'se demande si …', 'a précisé ce qu'il ferait'."""
    tokens = ctx.tokens
    if lem not in ctx.lex.frames.get("wh", set()):
        return None
    first = fold(tokens[k].text)
    lex = ctx.lex
    if first in lex.frame_words["wh"] or (first in lex.headless_antecedents and k + 1 < sent.end
                                          and fold(tokens[k + 1].text) in lex.headless_pronouns):
        if first in lex.whether_words and not (k + 1 < sent.end and tokens[k + 1].pos_ in ("PRON", "DET", "PROPN", "NOUN")):
            return None  # 'si' as an adverb ('si bien'), not 'whether'
        return tokens[k].idx, clause_end(ctx, k, sent)
    return None


def bare_infinitive(ctx, v, lem, k, sent):
    """'affirme être innocent', 'réfute avoir subi des pressions', 'précisant en avoir détruit deux'."""
    tokens = ctx.tokens
    frames = ctx.lex.frames
    # (three look-ups, not the union of three verb sets built at every cue)
    if (lem in frames.get("inf", ()) or lem in frames.get("de", ()) or lem in frames.get("obj", ())) and infinitive_at(ctx, k, sent.end):
        return tokens[k].idx, clause_end(ctx, k, sent)
    return None


def gerund_object(ctx, v, lem, k, sent):
    """'proposed closing the harbour', 'denied taking the money': a present participle right after the verb, as
    its complement (an object or an infinitive would stand there)."""
    tokens = ctx.tokens
    t = tokens[k]
    frames = ctx.lex.frames
    if t.pos_ == "VERB" and t.head.i == v.i and t.dep_ in ("xcomp", "ccomp", "dobj") and t.text.islower() \
            and t.text.endswith(ctx.lex.participle_endings) and "Part" in feature(t, "VerbForm") \
            and (lem in frames.get("obj", set()) or lem in frames.get("de", set())):
        return t.idx, clause_end(ctx, k, sent)
    return None


def past_object(ctx, v, lem, k, sent):
    """'enjoignant les citoyens à respecter …', 'accuse Kigali de soutenir …', 'accuse X de fraude': the
    de/à complement after the object."""
    tokens = ctx.tokens
    doc = v.doc
    for c in dependents(v):
        if c.i > v.i and c.dep_ in ("xcomp", "obl:arg", "advcl", "ccomp"):
            mark = next((m for m in dependents(c) if (m.dep_ in ("mark", "case") or m.dep_ == "aux" and m.pos_ == "PART") and m.i < c.i
                         and fold(m.text) in ctx.lex.frame_words["de"] | ctx.lex.frame_words["a"]), None)
            if mark is not None and mark.i - v.i <= 8 and ((fold(mark.text) in ctx.lex.frame_words["de"] and lem in ctx.lex.frames.get("de", set()))
                                                          or (fold(mark.text) in ctx.lex.frame_words["a"] and lem in ctx.lex.frames.get("a", set()))):
                return mark.idx, clause_end(ctx, mark.i, sent)
    if lem in ctx.lex.frames.get("a", set()):
        # 'appelle les syndicats « à la raison »': à after the object, perhaps inside the speaker's marks
        for j in range(k + 1, min(sent.end - 1, k + 10)):
            t = tokens[j]
            if t.text in (",", ".", ";", ":") or t.pos_ in ("VERB", "AUX") and not is_infinitive(t):
                break
            if fold(t.text) in ctx.lex.frame_words["a"] and tokens[j - 1].pos_ in ("NOUN", "PROPN", "ADJ", "PUNCT"):
                lo = j - 1 if tokens[j - 1].text in OPEN_MARKS else j
                return tokens[lo].idx, clause_end(ctx, lo, sent)
    de, de_np = lem in ctx.lex.frames.get("de", set()), lem in ctx.lex.frames.get("de-np", set())
    if de or de_np:
        de_words, np_words = ctx.lex.frame_words["de"], ctx.lex.frame_words["de-np"]
        # scanned by position: the tagger may take the infinitive for a noun
        j = k + 1
        while j < min(sent.end - 1, k + 12):
            t = tokens[j]
            if t.text == "," and j > k + 1:
                # 'accused the driver, a man of 40, of …': an apposition of the object, closed by its comma
                close = next((x for x in range(j + 1, min(sent.end - 1, j + 10)) if tokens[x].text in (",", ".", ";", ":")), None)
                if close is not None and tokens[close].text == "," and fold(tokens[close + 1].text) in np_words and de_np \
                        and tokens[j + 1].pos_ in ("DET", "NUM", "ADJ", "NOUN", "PROPN") \
                        and not any(tokens[x].pos_ in ("VERB", "AUX") for x in range(j + 1, close)):
                    j = close + 1
                    continue
            if t.text in (",", ".", ";", ":") or t.pos_ in ("VERB", "AUX") and not is_infinitive(t):
                break
            if (fold(t.text) in de_words or fold(t.text) in np_words) and not adverbial_de(ctx, j):
                nxt = tokens[j + 1]
                if fold(t.text) in de_words and de and nxt.text.islower() and (is_infinitive(nxt) or infinitive_at(ctx, j + 1, sent.end)) \
                        and not (nxt.head.pos_ == "NOUN" and nxt.head.dep_ == "nmod" and k <= nxt.head.i < j):  # 'leur absence de volonté d'aboutir'
                    return t.idx, clause_end(ctx, j, sent)
                prev = tokens[j - 1] if tokens[j - 1].text != "," else tokens[j - 2]
                # the name or the verb's direct object ('dobj', the English label) right before: 'accuse Ousmane
                # Sonko de viol', 'accused the driver of speeding'
                if de_np and fold(t.text) in np_words and prev.pos_ in ("NOUN", "PROPN", "PRON") and (
                        any(m.i <= prev.i < m.j for m in doc._.sg_mentions or [])
                        or (prev.dep_ in ("dobj", "appos") and (prev.head.i == v.i or prev.head.head.i == v.i))):
                    return t.idx, clause_end(ctx, j, sent)
            j += 1
    return None


def de_noun_phrase(ctx, v, lem, k, sent):
    """'se félicite du succès', 'a fait état de progrès', 'parle d'« un géant »'."""
    tokens = ctx.tokens
    if lem in ctx.lex.frames.get("de-np", set()) and ctx.words[k] in ctx.lex.frame_words["de-np"] \
            and not adverbial_de(ctx, k) and k + 1 < sent.end:
        return tokens[k].idx, clause_end(ctx, k, sent)
    return None


def subject_attribute(ctx, v, lem, k, sent):
    """'s'est dit « horrifiée »', 's'est montrée satisfaite de …', 'se dit prêt à …': the attribute the
    speaker gives itself; an adjective with its own que-clause reports that clause."""
    tokens = ctx.tokens
    if lem not in ctx.lex.frames.get("attr", set()):
        return None
    t = tokens[k]
    if not (t.text in OPEN_MARKS or t.pos_ == "ADJ" or (t.pos_ == "VERB" and t.text.islower() and "Fin" not in feature(t, "VerbForm"))):
        return None
    j = k + 1
    while j < sent.end and j - k < 3 and tokens[j].pos_ == "ADV":
        j += 1
    if j + 1 < sent.end and fold(tokens[j].text) in ("que", "qu'"):
        return tokens[j + 1].idx, clause_end(ctx, j + 1, sent)
    return t.idx, clause_end(ctx, k, sent)


def marker_after(ctx, v, k: int, sent, markers: tuple[str, ...]) -> int | None:
    """The token of 'de'/'comme' that opens the attribute of the object ('qualifie la réforme des retraites
    de « … »'), looked for before the clause goes on with another verb."""
    tokens = ctx.tokens
    doc = v.doc
    found = None
    for j in range(k, min(sent.end - 1, k + 14)):
        t = tokens[j]
        if t.text in (".", ";", ":", "?", "!") or (t.pos_ in ("VERB", "AUX") and not is_infinitive(t) and j > k):
            break
        word, nxt = ctx.words[j], tokens[j + 1]
        if word == "d'" and nxt.text in ("'", "’") and j + 2 < len(doc):
            nxt = tokens[j + 2]  # 'd'« historique »': the elided 'de' the tokenizer left apart from its apostrophe
        if word in markers and not adverbial_de(ctx, j):
            if nxt.text in OPEN_MARKS or nxt.pos_ in ("ADJ", "DET", "NOUN", "NUM") or "Part" in feature(nxt, "VerbForm"):
                found = j
                if nxt.text in OPEN_MARKS or nxt.pos_ == "ADJ" or word in ctx.lex.frame_words["x-comme"]:
                    break  # 'de « … »', 'd'historique', 'comme …' cannot be part of the object
    return found


def object_attribute(ctx, v, lem, k, sent):
    """'qualifie X de « … »', 'a défini X comme un « … »', 'les présentant comme membres de …', 'a jugé la
    réforme « mal ficelée »' (the object and its attribute, a small clause)."""
    tokens = ctx.tokens
    if lem in ctx.lex.frames.get("x-adj", set()):
        # the parse's object predicate ('called the plan a ploy', 'jugé la réforme inacceptable'): a noun or an
        # adjective after the object, hung on the verb
        obj = next((c for c in dependents(v) if c.dep_ in ("obj", "dobj") and c.i > v.i), None)
        preds = [c for c in dependents(v) if c.dep_ == "oprd" and c.i > v.i]
        if obj is None and len(preds) == 2:
            obj = preds[0]  # 'called Oz a quack': the English parser labels the object a predicate too
        # (a past participle is an attribute as an adjective is: 'called the charges fabricated')
        pred = next((c for c in dependents(v) if (c.dep_ in ("xcomp", "oprd") and c.pos_ in ("NOUN", "PROPN", "ADJ")
                                                or c.dep_ == "oprd" and c.tag_ == "VBN")
                     and obj is not None and c.i > obj.i), None)
        if pred is None and obj is not None and obj.dep_ == "dobj":
            # 'branded the contract a "betrayal"': the English parser may label the attribute a second object
            pred = next((c for c in dependents(v) if c.dep_ == "dobj" and c.i > obj.i and c.pos_ in ("NOUN", "PROPN")), None)
        # (the object may open with a word taken for a time adjunct: 'called Friday's decision a win')
        first = obj.left_edge.i if obj is not None and v.i < obj.left_edge.i < k else k
        if pred is not None and obj.left_edge.i >= first and pred.i - first <= 16:
            return tokens[first].idx, clause_end(ctx, first, sent)
    # (an English possessive is tagged a pronoun: 'called their plan "a fantasy"')
    if lem in ctx.lex.frames.get("x-adj", set()) and (tokens[k].pos_ in ("DET", "PROPN", "NOUN") or tokens[k].dep_ == "poss"):
        for j in range(k + 1, min(sent.end, k + 9)):
            t = tokens[j]
            # 'les prévisions de croissance « trop optimistes »': a preposition inside the object's own noun
            # phrase does not end it
            in_object = t.pos_ == "ADP" and t.dep_ == "case" and t.head.dep_ == "nmod" and k <= t.head.head.i < j
            if t.text in (",", ".", ";", ":") or t.pos_ in ("VERB", "AUX", "ADP") and not t.text in OPEN_MARKS and not in_object:
                break
            if (t.text in OPEN_MARKS or t.pos_ == "ADJ" and t.dep_ in ("xcomp", "obj", "ccomp")) and tokens[j - 1].pos_ in ("NOUN", "PROPN", "ADJ"):
                return tokens[k].idx, clause_end(ctx, k, sent)
    markers = tuple(ctx.lex.frame_words["x-de"]) if lem in ctx.lex.frames.get("x-de", set()) else \
        tuple(ctx.lex.frame_words["x-comme"]) if lem in ctx.lex.frames.get("x-comme", set()) else None
    if markers is None:
        return None
    j = marker_after(ctx, v, k, sent, markers)
    if j is None:
        return None
    if ctx.lex.attribute_with_object and j > k and tokens[k].pos_ in ("DET", "NOUN", "PROPN", "PRON", "ADJ", "NUM"):
        return tokens[k].idx, clause_end(ctx, j, sent)  # 'painted Romney as a rich guy': the object is reported too
    return tokens[j].idx, clause_end(ctx, j, sent)


PASSIVE_AUX = ("aux:pass", "auxpass")  # the passive auxiliary in the French (UD) and English (ClearNLP) labels


def agent_of(ctx: Context, v: Token, after: int) -> tuple[Token, Token] | None:
    """The preposition of a passive's agent after token `after` ('par', 'by') and the agent's head noun: an
    oblique with that preposition as its case (UD), or the preposition itself as the verb's 'agent' with its
    object, perhaps hung by the parser on the attribute before it ('described as reckless by the union')."""
    words = ctx.lex.frame_words["agent"]
    for c in dependents(v):
        if c.dep_.startswith("obl") and c.i > after:
            case = next((x for x in dependents(c) if fold(x.text) in words and x.dep_ == "case"), None)
            if case is not None:
                return case, c
    for a in dependents(v):
        # ('qualifié d'« irresponsable » par X': the parser may hang the agent on the quoted attribute between; an
        # attribute in no quotation marks is an opinion held, 'considéré comme un allié par X', no words said)
        if a.dep_ not in ("xcomp", "obj") or a.i <= after or \
                not any(x.is_punct and QUOTE_CHARS.fullmatch(x.text) for x in dependents(a)):
            continue
        for c in dependents(a):
            case = next((x for x in dependents(c) if fold(x.text) in words and x.dep_ == "case"), None) \
                if c.dep_ in ("nmod", "obl", "obl:agent") and c.i > a.i else None
            if case is not None:
                return case, c
    for x in v.subtree:
        if x.i <= after or x.dep_ not in ("agent", "prep") or fold(x.text) not in words:
            continue
        h = x.head
        while h.i != v.i and h.pos_ not in ("VERB", "AUX") and h.head.i != h.i:
            h = h.head  # no other verb between the preposition and the participle
        obj = next((o for o in dependents(x) if o.dep_ == "pobj"), None)
        if h.i == v.i and obj is not None and (x.dep_ == "agent" or x.head.i != v.i):
            return x, obj
    return None


def passive_object(ctx, v: Token, lem: str, sent: Span) -> tuple[tuple[int, int], Token] | None:
    """'l'idée d'un « moratoire » formulée par Claire Dubois': a noun phrase, then a speech verb's past
    participle and 'par' with the speaker; what was said is the noun phrase the participle qualifies."""
    tokens = ctx.tokens
    if lem not in ctx.lex.frames.get("obj", set()) or v.dep_ != "acl" or "Part" not in feature(v, "VerbForm") \
            or "Pres" in feature(v, "Tense") or v.head.i > v.i or v.head.pos_ not in ("NOUN", "PROPN"):
        return None
    doc = v.doc
    found = agent_of(ctx, v, v.i)
    agent = found[1] if found is not None else None
    inside = {x.i for x in agent.subtree} if agent is not None else set()
    if agent is None or not any(m.i in inside and m.kind in ("person", "organization", "country") for m in doc._.sg_mentions or []):
        return None
    head = v.head
    while head.dep_ == "nmod" and head.head.pos_ in ("NOUN", "PROPN") and head.head.i < head.i:
        head = head.head  # 'l'idée d'une « pause » formulée par X': the whole noun phrase
    lo = min(x.i for x in head.subtree)
    for j in range(lo, head.i):
        if tokens[j].pos_ in ("VERB", "AUX") or tokens[j].text in (",", ";", ":"):
            lo = j + 1  # the noun phrase only, not the clause the parser hung on it
    k = v.i - 1
    while k > lo and (tokens[k].pos_ == "ADV" or tokens[k].text.isspace()):
        k -= 1
    if k < lo or lo < sent.start:
        return None
    if not any(tokens[j].text in OPEN_MARKS for j in range(lo, k)):
        return None  # 'les mesures annoncées par X' names an act; marked words make it a quotation
    return (tokens[lo].idx, tokens[k].idx + len(tokens[k])), agent


def passive_attribute(ctx, v: Token, lem: str, sent: Span) -> tuple[tuple[int, int], Token | None] | None:
    """'X, qualifié de « séparatiste » par Pékin', 'X a été présenté comme … par la police': the attribute is
    what was said and the agent after 'par' who said it."""
    tokens = ctx.tokens
    passive = any(c.dep_ in PASSIVE_AUX for c in dependents(v)) or (
        v.dep_ in ("acl", "advcl", "conj") and "Part" in feature(v, "VerbForm") and "Pres" not in feature(v, "Tense")
        and not any(c.dep_.startswith("aux") or c.dep_.startswith("nsubj") for c in dependents(v)))
    if not passive:
        return None
    markers = tuple(ctx.lex.frame_words["x-de"]) if lem in ctx.lex.frames.get("x-de", set()) else \
        tuple(ctx.lex.frame_words["x-comme"]) if lem in ctx.lex.frames.get("x-comme", set()) else None
    bare = lem in ctx.lex.frames.get("x-adj", set())
    if markers is None and not bare:
        return None
    doc = v.doc
    j = v.i + 1
    while j < sent.end and tokens[j].pos_ == "ADV":
        j += 1
    if j >= sent.end:
        return None
    if markers is None or ctx.words[j] not in markers:
        # 'un délai jugé « intenable » par les familles': the attribute right after the participle
        if not (bare and (tokens[j].text in OPEN_MARKS or tokens[j].pos_ == "ADJ")):
            return None
    start, end = tokens[j].idx, clause_end(ctx, j, sent)
    found = agent_of(ctx, v, j)
    agent = found[1] if found is not None else None
    if found is not None:
        end = min(end, found[0].idx)
        while end > start and text_of(doc)[end - 1] in " \n,":
            end -= 1
    return (start, end), agent


def nominal_object(ctx, v, lem, k, sent):
    """'a dénoncé un complot', 'a reconnu sa défaite', 'a requis six mois de prison'."""
    found = _nominal_object(ctx, v, lem, k, sent)
    return None if found is None else (found[0], _before_circumstance(ctx, v, *found))


def _before_circumstance(ctx, v, start: int, end: int) -> int:
    """Where a noun-phrase content ends: before a clause of the cue verb that its conjunction makes a circumstance
    of the saying ('a demandé des explications après que des tirs ont blessé deux soldats', 'alors que …'): when and
    why it was said, not what."""
    text = ctx.text
    for c in dependents(v):
        if c.dep_ == "advcl" and start < c.idx < end and any(
                g.dep_ == "mark" and g.i < c.i and fold(g.text) in ctx.lex.not_complementizer for g in dependents(c)):
            cut = c.left_edge.idx
            while cut > start and text[cut - 1] in " ,\u00a0":
                cut -= 1
            end = min(end, cut)
    return end


def _nominal_object(ctx, v, lem, k, sent):
    tokens = ctx.tokens
    doc = v.doc
    if lem not in ctx.lex.frames.get("obj", set()) or "Fut" in feature(v, "Tense") or "Cnd" in feature(v, "Mood"):
        return None
    if _party_object(ctx, v):
        return None  # 'a condamné Paul Martin', 'a critiqué le ministre': a person or a body is no statement
    t = tokens[k]
    # a possessive the tagger makes a pronoun ('defended his record') or a participle before the noun ('proposed
    # shared buses') opens a noun phrase as a determiner or an adjective does
    opens = t.pos_ in ("DET", "NOUN", "PROPN", "NUM", "ADJ") or (t.dep_ == "poss" and t.pos_ == "PRON") \
        or (t.dep_ == "amod" and t.pos_ == "VERB" and t.head.i > t.i and t.head.dep_ in ("dobj", "obj") and t.head.head.i == v.i) \
        or (t.head.i == v.i and t.dep_ in ("dobj", "obj") and ctx.words[k] in ctx.lex.pronoun_objects)
    if opens or fold(t.text) in ctx.lex.frame_words["x-comme"] | ctx.lex.frame_words["a"]:
        if idiom(ctx.lex, v, lem, k):
            return None
        return t.idx, clause_end(ctx, k, sent)
    # ('dobj' is the English parse's label: 'criticized long-standing deals', an adverb opening the phrase)
    obj = next((c for c in dependents(v) if c.dep_ in ("obj", "dobj") and c.i > v.i and c.pos_ in ("NOUN", "PROPN")), None)
    if obj is None and t.pos_ == "ADP" and not any(c.dep_ in ("ccomp", "xcomp", "obj") and c.i > v.i for c in dependents(v)):
        # 'a condamné dans la soirée des propos « inacceptables »': the parser hung the object on the adjunct
        for j in range(k + 2, min(sent.end, k + 9)):
            w = tokens[j]
            if w.text in (",", ".", ";", ":") or (w.pos_ in ("VERB", "AUX") and "Fin" in feature(w, "VerbForm")):
                break
            if fold(w.text) in ("des", "du", "un", "une") or w.text in OPEN_MARKS:
                return t.idx, clause_end(ctx, k, sent)
    if obj is not None:
        lo = min(x.i for x in obj.subtree)
        if v.i < lo and lo - v.i <= 8:
            if not any(x.is_punct for x in doc[k:lo]):
                lo = k  # 'a annoncé pour l'automne une nouvelle baisse': the adjunct is part of what was said
            if idiom(ctx.lex, v, lem, lo):
                return None
            return tokens[lo].idx, clause_end(ctx, lo, sent)
    return None


def _party_object(ctx, v) -> bool:
    """True when a verb's object is someone: a person's, a body's or a state's name, or a noun phrase headed by a
    title, a people or a group noun ('le ministre', 'la direction', 'les habitants')."""
    obj = next((c for c in dependents(v) if c.dep_ == "obj" and c.i > v.i and c.pos_ in ("NOUN", "PROPN")), None)
    if obj is None:
        return False
    m = ctx.mention_at.get(obj.i)
    if m is not None and m.kind in ("person", "organization", "country", "media", "group"):
        return True
    word = fold(obj.lemma_)
    return obj.pos_ == "NOUN" and (word in ctx.lex.roles or word in ctx.lex.groups or word in ctx.lex.people)


# The order matters: the more specific construction first (a marked fragment, then the prepositions the
# frame names, then an indirect question or a bare infinitive, then what stands past the object, and last
# the nominal object, which every transitive verb would otherwise claim).
READERS: list[Reader] = [marked_fragment, subject_attribute, object_attribute, de_infinitive, preposition_phrase,
                         indirect_question, bare_infinitive, gerund_object, past_object, de_noun_phrase, nominal_object]


def complement(ctx: Context, v: Token, lem: str) -> tuple[int, int] | None:
    """Characters of what a verb's complement reports: a marked fragment, 'de'/'à' + infinitive, a bare
    infinitive ('a annoncé suspendre …') or, for verbs that take one, a nominal object."""
    tokens = ctx.tokens
    lex = ctx.lex
    sent = sentence_of(v)
    k = v.i + (cue_words(lem) if lem in lex.multi_cues else 1)
    texts, pos, deps, end = ctx.texts, ctx.pos, ctx.deps, sent.end  # the table's lists: no Token read per word
    while k < end and (texts[k].lower() in lex.clitics
                       or (pos[k] == "ADV" and fold(texts[k]) not in lex.complement_adverbs
                           and not (k + 1 < end and tokens[k + 1].tag_ == "HYPH"))  # 'long-standing deals'
                       or (deps[k].startswith("aux") and "Inf" not in feature(tokens[k], "VerbForm"))
                       or ctx.words[k] in lex.time_nouns and pos[k] in ("NOUN", "ADV")  # 'a alerté mardi sur …'
                       # 'called Friday for …': the English tagger makes a day name a proper noun
                       or ctx.words[k] in lex.time_nouns and pos[k] == "PROPN" and texts[k].istitle()
                       and k + 1 < end and pos[k + 1] in ("ADP", "SCONJ", "PART") and tokens[k + 1].tag_ != "POS"):
        k += 1
    if k < sent.end and tokens[k].dep_ == "prep" and dated(tokens[k]) and tokens[k].right_edge.i + 1 < sent.end \
            and tokens[tokens[k].right_edge.i + 1].pos_ in ("DET", "NOUN", "PROPN", "ADJ", "NUM"):
        k = tokens[k].right_edge.i + 1  # 'announced on Tuesday the closure of …': the object after a date
    if k < sent.end and tokens[k].text == ",":
        # past a comma-enclosed adjunct ('a annoncé, par la voix de sa porte-parole X, vouloir rompre …')
        close = next((j for j in range(k + 1, min(sent.end, k + 16)) if tokens[j].text in (",", ".", ";", ":")
                      or (tokens[j].pos_ in ("VERB", "AUX") and "Fin" in feature(tokens[j], "VerbForm"))), None)
        if close is not None and tokens[close].text == ",":
            k = close + 1
    if k >= sent.end:
        return None
    if any(deps[c.i] == "obj" and c.i < v.i and ctx.words[c.i] in ("le", "la", "l'", "les") for c in dependents(v)):
        return None  # 'nous vous l'annoncions hier': the object is a pronoun, what follows is not what was said
    # 'a précisé de son côté n'avoir reçu aucune plainte', 'a expliqué en détail comment …'
    while k < sent.end and (step := adverbial_de(ctx, k) or adverbial_phrase(ctx, k)):
        k += step
    if k >= sent.end:
        return None
    for read in READERS:
        found = read(ctx, v, lem, k, sent)
        if found is not None:
            return found
    return None


def proform_object(ctx: Context, v: Token) -> tuple[int, int] | None:
    """Characters of a pro-form that stands for what was said as the verb's object, right after it ('said as
    much', 'said the same of his rival'), or None."""
    tokens = ctx.tokens
    lex = ctx.lex
    if not lex.proform_phrases:
        return None
    doc = v.doc
    k = v.i + 1
    if k < len(doc) and tokens[k].dep_ == "prt":
        k += 1  # 'pointed out as much'
    for ph in lex.proform_phrases:
        nxt = k + len(ph)
        if tuple(ctx.words[k:nxt]) == ph and (nxt >= len(doc) or tokens[nxt].pos_ not in ("NOUN", "PROPN", "ADJ", "NUM")):
            last = tokens[nxt - 1]
            return tokens[k].idx, last.idx + len(last.text)
    return None
