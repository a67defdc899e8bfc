"""Reports headed by a cue verb: `from_cue` reads, for one speech verb, the quotation it closes ('« … », a
déclaré X'), opens after a colon, or reports (a que-clause, an incise, a complement); the speaker comes from
`speakers`, the content from `clauses` and `complements`.
"""
from __future__ import annotations



from spacy.attrs import POS
from spacy.symbols import VERB
from spacy.tokens import Doc, Span, Token

from ..grammar import first_group_lemmas, group_start
from ..index import column, dependents, sentence_of, text_of, tokens_in
from ..mentions import fold
from .clauses import (adjectival_participle, after_incise, as_clause, fronted_participle, bare_content_clause, clause_end, fronted_clause,
                      stranded_subject,
                      fronted_end, loose_content_clause, main_verb, que_clause, relative_content)
from .complements import PASSIVE_AUX, agent_of, complement, passive_attribute, passive_object, proform_object
from .context import Context
from .lexicon import SUBJ_DEPS, Lexicon, cue_words, inverted_after, lemma, not_yet
from .marks import CLOSERS, OPENERS, SPACES, TRIM, sentence_start
from .records import Marked, Quote
from .speakers import (absolute_subject, addressee, clitic_subject, incise_subject, interposed_before, inverted_pronoun, is_incise,
                       misread_incise, narrative_infinitive, narrative_subject, person_subject, place_of_on, speaker_spans,
                       split_auxiliary, subject_of)
from ..features import feature


def from_cue(ctx: Context, v: Token, lem: str, sent: Span) -> list[Quote]:
    """The quotations a speech verb introduces or closes (usually one, none when it reports nothing)."""
    q = _from_cue(ctx, v, lem, sent)
    if q is None:
        return []
    if not q.speakers and narrative_infinitive(ctx, v):
        q.continues = True  # 'Et d'ajouter : …' after another quotation: the same speaker goes on
    follow = colon_followup(ctx, q)
    return [q] + ([follow] if follow is not None else [])


def _from_cue(ctx: Context, v: Token, lem: str, sent: Span) -> Quote | None:
    """The quotation one speech verb closes, opens or reports, by the first construction found there; None if none."""
    tokens = ctx.tokens
    lex = ctx.lex
    doc = ctx.doc
    marks = ctx.marks
    text = text_of(doc)
    passive = passive_attribute(ctx, v, lem, sent) or passive_object(ctx, v, lem, sent)
    if passive is not None:
        # 'X, qualifié de « séparatiste » par Pékin': the agent speaks
        (start, end), agent = passive
        q = _reported(ctx, start, end, cue_span(ctx, v), lem, [agent] if agent is not None else [], v)
        return q if agent is not None else None
    deps = ctx.deps  # the labels off the table: these tests run for every cue
    if not lem.startswith(lex.copula + " ") and any(deps[c.i] in PASSIVE_AUX and fold(c.lemma_) == lex.copula for c in dependents(v)) or (
            deps[v.i] == "conj" and "Part" in feature(v, "VerbForm") and not any(deps[c.i].startswith("aux") for c in dependents(v))
            and any(deps[c.i] in PASSIVE_AUX for c in dependents(v.head))):
        # 'X a été condamné à …', '… a été préparée et annoncée': the subject is not who speaks
        if lex.passive_agent_only and not _agent_reports(ctx, v, lem):
            return None
        return passive_report(ctx, v, lem, sent) if lex.passive_reports else None
    split = split_auxiliary(ctx, v)
    if split is None and adjectival_participle(v, lex):
        return None  # 'X, accusé de corruption, …': the noun a past participle qualifies is its patient
    cue = cue_span(ctx, v, lem)
    opening = fronted_participle(ctx, v, sent)
    if opening is not None:
        if _shown_only(ctx, lem, opening[0], opening[1]):
            return None  # 'Reconnaissant sa défaite, le maire …': a fact owned up to, no words reported
        return _reported(ctx, opening[0], opening[1], cue, lem, [opening[2]], v)
    subj = subject_of(ctx, v)
    if not subj and split is not None:
        subj = [c for c in dependents(split) if c.dep_ in SUBJ_DEPS and c.i < split.i][:1] or \
            ([split.head] if split.head.i < split.i and split.head.pos_ in ("NOUN", "PROPN") else [])  # the parse's root
    misread = misread_incise(ctx, v, subj)
    if misread is not None:
        subj = [misread]
    if not subj:
        pron = inverted_pronoun(ctx, v)
        if pron is None and v.i + 1 < len(doc) and v.i > 1 and ctx.forms[v.i - 1 - (ctx.words[v.i - 1] in lex.reflexive_clitics)] == ",":
            pron = incise_subject(ctx, tokens[v.i + 1])  # ', s'étrangle un manifestant': the parser lost the subject
        subj = [pron] if pron is not None else []
    if not subj:
        # 'Pedro Sánchez s'est engagé à …': a name right before the verb group the parser did not make its subject
        k = group_start(v) - 1
        while k >= 0 and ctx.words[k] in lex.preverbal_clitics:
            k -= 1
        named = ctx.mention_at.get(k) if k >= 0 else None
        if named is not None and named.j - 1 == k and named.kind in ("person", "organization", "country"):
            subj = [tokens[named.i]]
    if not subj and lex.report_openers:
        # '… and inspectors accused the firm of …': the parse coordinated the noun with the object before it
        stranded = stranded_subject(ctx, v)
        subj = [stranded] if stranded is not None else []
    if not subj:
        subj = _apposed_subject(ctx, v)
    if not subj:
        named = narrative_subject(ctx, v)  # 'Et la ministre d'ajouter : « … »'
        subj = [named] if named is not None else []
    narrative = not subj and narrative_infinitive(ctx, v)
    if narrative and sentence_of(v).start > 0:
        named = person_subject(ctx, sentence_of(tokens[sentence_of(v).start - 1]))
        subj = [tokens[named.i]] if named is not None else []
    author = document_author(ctx, v)
    if author is not None and (not subj or v.head.left_edge.i <= subj[0].i <= v.head.i):
        subj = [author]  # 'ont publié une déclaration détaillant …': who issued the text speaks
    if not subj and v.dep_ in ("acl", "amod") and v.text.endswith(lex.participle_endings) and v.head.i < v.i and fold(v.head.lemma_) in lex.documents:
        subj = [v.head]  # 'un rapport estimant que …', 'un communiqué précisant que …': the text speaks
    if not subj and v.i in ctx.marked:
        # a third party's words reported inside someone's quotation: its subject stands inside the marks too
        subj = [c for c in dependents(v) if c.dep_ in SUBJ_DEPS and c.i < v.i and c.pos_ in ("NOUN", "PROPN")][:1]
    if subj and ctx.words[subj[0].i].lstrip("-") == "on":
        subj = [place_of_on(ctx, v) or subj[0]]
    if subj and fold(subj[0].text) in lex.not_speakers and not any(c.dep_ in ("amod", "prep", "relcl") for c in dependents(subj[0])):
        return None  # 'those' says nothing, but 'those close to the mayor' do
    aside = as_clause(ctx, v, sent) if subj else None
    if aside is not None:
        # 'The harbour, as the mayor put it, is …': what was said is the sentence around the aside
        q = _reported(ctx, aside[0][0], aside[0][1], cue_span(ctx, v, lem), lem, subj, v)
        if q is not None:
            q.content += [p for p in aside[1:]]
        return q
    fronted = fronted_incise(ctx, v, lem, sent, subj)
    if fronted is not None:
        return fronted
    # 1. '« … », a déclaré X' — the cue closes a marked passage just before it
    k = v.i - 1
    while k >= 0 and v.i - k < 8:
        t = tokens[k]
        n = interposed_before(ctx, k)
        if n:
            k -= n  # '« … », a de son côté déclaré X': a turn phrase between the auxiliary and the participle
            continue
        if not (t.dep_.startswith("aux") or t.text.lower() in lex.clitics or t.pos_ == "ADV" or split is not None and k == split.i or
                (t.pos_ == "PRON" and t.dep_ in ("expl:comp", "expl:pass", "iobj", "obj"))
                or (t.pos_ == "X" and ctx.words[k] in lex.auxiliary_forms)):  # 'a tweeté', the parser lost
            break
        k -= 1
    relative = any(ctx.deps[c.i] in SUBJ_DEPS and ctx.words[c.i] in lex.relative_subjects for c in dependents(v))
    if subj and not relative and subj[0].i < v.i and 1 < subj[0].left_edge.i <= k <= subj[0].right_edge.i and v.i - k < 8:
        # (a verb whose subject is 'qui' is a relative clause's, never an incise after the marks)
        # '“…,” Figueroa told reporters': the subject between the closing mark and the verb
        # (the closing mark the parse hung on the subject is no word of it; a capitalised word the tagger read
        # as a verb, 'Tulsa police Chief …', is)
        k2 = min(t.i for t in subj[0].subtree if not t.is_punct) - 1
        while k2 > 1 and subj[0].i - k2 < 8 and tokens[k2].is_alpha and tokens[k2].text[:1].isupper() and k2 not in ctx.marked:
            k2 -= 1
        shut = CLOSERS | {'"'}
        # '« … »\n\nX l'a promis': an object clitic before the verb takes up the quotation, across the sentence's
        # end and the paragraph break after it
        back = any(c.dep_ == "obj" and c.pos_ == "PRON" and c.i < v.i and ctx.words[c.i] in lex.taking_up
                   for c in dependents(v))
        while back and k2 > 1 and tokens[k2].is_space:
            k2 -= 1
        if (ctx.forms[k2] in shut and (back or ctx.forms[k2 - 1] != ".")) or (ctx.forms[k2] == "," and ctx.forms[k2 - 1] in shut):
            k = k2  # not after a full stop inside the marks: '« … attention. » X rappelle que …' is a new sentence
    comma = k >= 0 and ctx.forms[k] == ","
    kb = k - 1 if comma else k
    before = tokens[kb] if kb >= 0 else None
    if before is not None and (ctx.forms[kb] in CLOSERS or ctx.forms[kb] == '"' or before.text in ("…", "?", "!", ".")):
        end_at = before.idx + len(before.text)
        m = next((m for m in marks if end_at - 3 <= m.close <= end_at and not m.used), None)
        if m is None and before.text in ("…", "?", "!", "."):
            m = next((m for m in marks if not m.closed and m.ce >= before.idx - 1 and m.cs < before.idx and not m.used), None)
        if m is not None:
            m.used = True
            chain = _chained(ctx, m)
            lead = narrative_before(lex, doc, m) if not chain else None  # '« A » et « B », a dit X': pieces
            if lead is not None:
                # 'Le secrétaire général « réaffirme … », a ajouté son porte-parole': a mixed quote
                return Quote("mixed", [(lead, min(len(text), m.close + 1))], cue, lem,
                             speakers=speaker_spans(ctx, subj, v), anchor=lead, addressee=addressee(v))
            parts = chain + [m]
            for p in parts:
                p.used = True
            return Quote("direct", [(p.cs, p.ce) for p in parts], cue, lem, speakers=speaker_spans(ctx, subj, v),
                         anchor=parts[0].cs, addressee=addressee(v))
    if not subj and not narrative:
        return None
    # 2. 'X a déclaré : « … »' — colon then a marked passage
    after = v.i + 1
    pos = column(doc, POS)  # read off the Doc's array: no Token made for the words looked past
    while after < sent.end and after - v.i <= 8 and ctx.forms[after] not in (":", "«", "“", '"'):
        if ctx.forms[after] in (".", ";") or (pos[after] == VERB and after != v.i):
            break
        after += 1
    lead = after if after < sent.end and ctx.forms[after] == ":" else None
    if lead is None and lex.comma_opens and after < sent.end and after - 1 > v.i and ctx.forms[after - 1] == ",":
        lead = after - 1  # 'she said, “We will stay.”': in English a comma opens direct speech as a colon does
    if lead is not None:
        m = next((m for m in marks if tokens[lead].idx < m.open <= tokens[lead].idx + 3 and not m.used), None)
        if m is not None and ((lead <= v.i + 2 and lead == after) or ctx.sentence_in_marks(m.open)):
            m.used = True
            return Quote("direct", [(m.cs, m.ce)], cue, lem, speakers=speaker_spans(ctx, subj, v), anchor=m.cs,
                         addressee=addressee(v))
    # the object a pro-form standing for the words ('that was what she said', 'he said as much'): no clause
    # can follow as what was said
    pro = proform_object(ctx, v) if not not_yet(lex, v) else None
    if pro is not None:
        return Quote("indirect", [pro], cue, lem, speakers=speaker_spans(ctx, subj, v), anchor=pro[0],
                     addressee=addressee(v))
    # 3. que-clause
    que = que_clause(lex, v)
    if que is not None and que.i + 1 < sent.end:
        first = que.i + 1
        if ctx.forms[first] == "," and first + 1 < sent.end:
            first += 1  # 'said that, after the vote, …': the comma opens an adjunct inside the clause
        start = tokens[first].idx
        end = clause_end(ctx, first, sent)
        return _reported(ctx, start, end, cue, lem, subj, v)
    if que is None and lex.bare_clause and lem in lex.frames.get("que", ()):
        start_tok = bare_content_clause(v, lex)
        if start_tok is not None:
            return _reported(ctx, tokens[start_tok].idx, clause_end(ctx, start_tok, sent), cue, lem, subj, v)
        start_tok = loose_content_clause(v)
        if start_tok is not None:
            return _reported(ctx, tokens[start_tok].idx, clause_end(ctx, start_tok, sent), cue, lem, subj, v)
        gap = relative_content(v)
        if gap is not None and subj and v.head.i < subj[0].i < v.i:  # the relative clause's own subject speaks
            last = tokens[gap[1] - 1]
            end = min(clause_end(ctx, gap[0], sent), last.idx + len(last))
            return _reported(ctx, tokens[gap[0]].idx, end, cue, lem, subj, v)
    fronted = fronted_clause(ctx, v, subj, sent)
    if fronted is not None:
        return _reported(ctx, *fronted, cue, lem, subj, v)
    # 4. incise without marks: 'P, a-t-il ajouté.'
    s = sent.start
    if ctx.forms[s] == "," and s > 0:
        s = sentence_of(tokens[s - 1]).start  # the parser cut before the incise's comma: no sentence starts so
    inverted = bool(subj) and subj[0].i > v.i  # the subject found after the verb: an incise ('…, a annoncé sur CNews, vendredi, X')
    if comma and k > s and (is_incise(lex, v) or inverted) and not v.text.endswith(lex.participle_endings) \
            and (lem not in lex.not_incise or misread is not None):
        while s < k and tokens[s].is_space:
            s += 1
        # a dialogue dash opening the paragraph marks the words as the speaker's own, like quotation marks
        d = s - 1 if s > 0 and tokens[s - 1].text in ("—", "–", "-") else s  # the parser may make the dash a sentence
        dash = d < k and tokens[d].text in ("—", "–", "-") and ctx.at_paragraph_start(tokens[d].idx)
        while s < k and (tokens[s].is_space or tokens[s].text in ("-", "—", "–")):
            s += 1
        # an incise reports a clause; before a noun phrase (perhaps with a relative clause) and a comma,
        # the verb is the main one and what follows it is read as its complement below
        if k - s >= 3 and (misread is not None or any(main_verb(ctx, t) for t in doc[s:k]) or _closing_incise(ctx, v, subj, sent)):
            start, end = tokens[s].idx, tokens[k].idx
            while end > start and text[end - 1] in TRIM:
                end -= 1
            whole = next((m for m in marks if m.cs <= start + 2 and m.ce >= end - 2 and not m.used), None)
            if whole is not None:
                whole.used = True
                return Quote("direct", [(whole.cs, whole.ce)], cue, lem, speakers=speaker_spans(ctx, subj, v),
                             anchor=whole.cs, addressee=addressee(v))
            end = after_incise(ctx, v, sent) or end
            q = _reported(ctx, start, end, cue, lem, subj, v)
            if q is not None and dash and q.type == "indirect":
                q.type = "direct"
            return q
    # 5. de/à + infinitive, nominal object, marked fragment right after the verb
    comp = complement(ctx, v, lem) if not not_yet(lex, v) else None
    if comp is not None:
        start, end = comp
        bare = _shown_only(ctx, lem, start, end)
        if (bare or negated(lex, v) and lem not in lex.litotes) and not any(start <= m.open < end for m in marks):
            # 'ne cachait pas sa frustration', 's'est montré prudent', 'n'ont pas revendiqué l'attaque':
            # a feeling shown or a claim not made, no words reported
            return None
        return _reported(ctx, start, end, cue, lem, subj, v)
    return None


def document_author(ctx: Context, v: Token) -> Token | None:
    """The subject of the clause that issues the document a participle cue qualifies: the verb taking it as object
    ('issued a statement calling …') or the clause a phrase sets it in ('Dans un communiqué annonçant …, le
    syndicat a …'), as `speech.json` 'document_authors' lists them; None elsewhere."""
    lex = ctx.lex
    d = v.head
    if v.dep_ not in ("acl", "amod") or d.i >= v.i or fold(d.lemma_) not in lex.documents:
        return None
    gov = None
    if d.dep_ in ("obj", "dobj") and fold(d.head.lemma_) in lex.document_verbs:
        gov = d.head
    elif d.dep_ == "pobj" and fold(d.head.text) in lex.document_prepositions:
        gov = d.head.head  # the English parse: the preposition heads the document
    elif d.dep_.startswith(("obl", "nmod")) and any(c.dep_ == "case" and fold(c.text) in lex.document_prepositions
                                                    for c in dependents(d)):
        gov = d.head
    if gov is None or gov.pos_ not in ("VERB", "AUX"):
        return None
    return next((c for c in dependents(gov) if c.dep_ in SUBJ_DEPS and c.pos_ in ("NOUN", "PROPN", "PRON")), None)


def fronted_incise(ctx: Context, v: Token, lem: str, sent: Span, subj: list[Token]) -> Quote | None:
    """'Pourtant, assure le maire, les travaux seront finis en juin', 'Certes, reconnaît un de ses élus, P': an
    incise after a connector or a short adverbial that opens the sentence; what it reports is the clause after the
    comma that closes it (the marked passage, when that is all there is)."""
    tokens = ctx.tokens
    lex = ctx.lex
    lo = group_start(v)
    k = lo - 1
    start = sent.start
    while start < k and (tokens[start].is_space or ctx.forms[start] in ("-", "—", "–")):
        start += 1
    if k <= start or ctx.forms[k] != "," or k - start > 5 or not v.text.islower():
        return None
    if any(x in ctx.marked or ctx.forms[x] in OPENERS or "Fin" in feature(tokens[x], "VerbForm") for x in range(start, k)):
        return None  # a clause of its own before the comma: the verb is not an incise set in front
    close = next((j for j in range(v.i + 1, min(sent.end, v.i + 12)) if ctx.forms[j] in (",", ".", ";", ":")), None)
    if close is None:
        return None
    spk = clitic_subject(lex, v) or (incise_subject(ctx, tokens[v.i + 1]) if v.i + 1 < close else None) \
        or next((t for t in subj if v.i < t.i < close), None)
    if spk is None and v.i + 1 < close and tokens[v.i + 1].pos_ in ("PRON", "NOUN", "PROPN") \
            and ctx.words[v.i + 1] not in lex.clitics:
        spk = tokens[v.i + 1]  # 'Certes, reconnaît un de ses élus, …': between the two commas, only the subject fits
    if spk is None:
        return None
    if close is None or ctx.forms[close] != "," or \
            any("Fin" in feature(tokens[j], "VerbForm") for j in range(v.i + 1, close) if tokens[j] != spk):
        return None
    first = close + 1
    while first < sent.end and tokens[first].is_space:
        first += 1
    if first >= sent.end - 1:
        return None
    cue = cue_span(ctx, v, lem)
    m = next((m for m in ctx.marks if m.open == tokens[first].idx and not m.used), None)
    if m is not None and (not m.closed or ctx.text[m.close + 1:sent.end_char].strip(SPACES + ".!?…") == ""):
        m.used = True  # 'Mais, a-t-elle ajouté, « … »': the marked passage is the quotation
        return Quote("direct", [(m.cs, m.ce)], cue, lem, speakers=speaker_spans(ctx, [spk], v), anchor=m.cs,
                     addressee=addressee(v))
    return _reported(ctx, tokens[first].idx, clause_end(ctx, first, sent), cue, lem, [spk], v)


def _closing_incise(ctx: Context, v: Token, subj: list[Token], sent: Span) -> bool:
    """The cue and its speaker end the sentence ('…, a martelé le délégué.', '…, a-t-elle souligné.'): an incise,
    so what stands before its comma is reported even without a verb ('Pas question de céder, a-t-il dit.')."""
    tokens = ctx.tokens
    if any(c.dep_ in SUBJ_DEPS and c.i < v.i and c.pos_ in ("NOUN", "PROPN") for c in dependents(v)):
        return False  # 'Le Gabon, après avoir …, a rappelé son ambassadeur': the subject stands before, set off by an aside
    lead = group_start(v) - 1
    if any(ctx.forms[j] == "," for j in range(sent.start, lead)):
        return False  # a passage with commas of its own before the cue may hold the subject and an aside
    end = sent.end
    while end > v.i + 1 and (tokens[end - 1].is_punct or tokens[end - 1].is_space):
        end -= 1
    if end == v.i + 1 and clitic_subject(ctx.lex, v) is not None:
        return True  # 'a-t-elle souligné': the clitic subject inverted inside the verb group
    return bool(subj) and subj[0].i > v.i and subj[0].left_edge.i == v.i + 1 and subj[0].right_edge.i == end - 1


def _apposed_subject(ctx: Context, v: Token) -> list[Token]:
    """'In an email to The Canadian Press, a spokesperson said …': the noun phrase right before the verb, after the
    comma that closes an opening phrase, which the parse hung on that phrase's last noun as its apposition."""
    tokens = ctx.tokens
    k = group_start(v) - 1
    if k < 1 or v.pos_ != "VERB":
        return []
    top = tokens[k]
    while top.dep_ != "appos" and top.head.i != top.i and top.head.i < v.i:
        top = top.head
    lo = top.left_edge.i
    if top.dep_ == "appos" and top.pos_ in ("NOUN", "PROPN") and top.right_edge.i == k and lo >= 1 \
            and ctx.forms[lo - 1] == "," and top.head.i < lo - 1 and top.head.dep_ in ("pobj", "obl", "nmod"):
        return [top]
    return []


def _shown_only(ctx: Context, lem: str, start: int, end: int) -> bool:
    """The complement between the characters start and end of a `marked_only` cue is a bare object or attribute,
    which reports words only when quoted words stand in it ('a reconnu sa défaite' / 'a reconnu des « erreurs »');
    an infinitive ('a reconnu avoir menti') reports as any cue's does."""
    if lem not in ctx.lex.marked_only or any(start <= m.open < end for m in ctx.marks):
        return False
    toks = tokens_in(ctx.doc, start, end)
    first = toks[0] if toks is not None and len(toks) else None
    if first is not None and (first.pos_ in ("VERB", "AUX") or ctx.words[first.i] in ("de", "d'", "à")) \
            and any("Inf" in feature(t, "VerbForm") for t in toks[:3]):
        return False
    if first is not None and first.pos_ in ("DET", "NOUN", "PROPN", "NUM") and \
            not (first.i > 0 and ctx.words[first.i - 1] in ctx.lex.que):
        return True  # a noun phrase's own complements ('des erreurs de calendrier') state no stance
    return not _argued(ctx, start, end)


def _argued(ctx: Context, start: int, end: int) -> bool:
    """The attribute or object between the characters start and end goes on with a clause or a 'de'
    complement of its own ('s'est montrée convaincue que …', 'satisfait de l'accord'): a stance stated."""
    toks = tokens_in(ctx.doc, start, end)
    if toks is None:
        return False
    lex = ctx.lex
    if toks.start > 0 and ctx.words[toks.start - 1] in lex.que:
        return True  # the reported clause itself ('convaincue que …')
    de = set(lex.frame_words.get("de", ())) | set(lex.frame_words.get("de-np", ()))
    inside = range(toks.start, toks.end)
    heads = [t for t in toks if t.head.i not in inside or t.head == t][:1]  # the object or attribute itself
    return any(c.dep_.split(":")[0] in ("ccomp", "xcomp", "acl", "advcl", "obl", "nmod") and c.i > h.i
               and (c.dep_ in ("ccomp", "xcomp") or any(ctx.words[x.i] in de for x in dependents(c) if x.dep_ in ("case", "mark")))
               for h in heads for c in dependents(h))


def negated(lex: Lexicon, v: Token) -> bool:
    """v is negated ('n'ont pas revendiqué', 'n'a jamais confirmé')."""
    if any(c.dep_ == "advmod" and fold(c.text) in lex.negators for c in dependents(v)):
        return True
    # 'Aucun groupe n'a revendiqué …', 'Personne n'a confirmé …': the negation stands on the subject
    return any(c.dep_ == "advmod" and fold(c.text) in lex.negation_particles for c in dependents(v)) and any(
        c.dep_ in SUBJ_DEPS and (fold(c.text) in lex.negative_subjects or any(fold(d.text) in lex.negative_subjects for d in dependents(c) if d.dep_ == "det"))
        for c in dependents(v))


def _agent_reports(ctx: Context, v: Token, lem: str) -> bool:
    """A passive speech verb reports what its subject names when an agent speaks ('par le porte-parole'), the verb
    takes what was said as its object (its passive subject: not 'un accord a été conclu') and the subject is a
    thing said, not a party ('Il a été interpellé par …', 'Le maire a été critiqué par …')."""
    if lem not in ctx.lex.frames.get("obj", set()):
        return False
    found = agent_of(ctx, v, v.i)
    if found is None:
        return False
    m = ctx.mention_at.get(found[1].i)
    if found[1].pos_ not in ("PROPN", "NOUN") and m is None:
        return False
    subj = next((c for c in dependents(v) if c.dep_ in SUBJ_DEPS and c.i < v.i), None)
    if subj is None or subj.pos_ not in ("NOUN", "PROPN"):
        return False
    sm = ctx.mention_at.get(subj.i)
    if sm is not None or subj.pos_ == "PROPN":
        return False
    word = fold(subj.lemma_)
    return not (word in ctx.lex.roles or word in ctx.lex.groups or word in ctx.lex.people)


def passive_report(ctx: Context, v: Token, lem: str, sent: Span) -> Quote | None:
    """'It is believed that the ship sank', 'The budget was criticized by the auditors': what a passive speech
    verb reports is its clause, else its subject; who said it is the agent ('by …'), or no one."""
    tokens = ctx.tokens
    found = agent_of(ctx, v, v.i)
    speakers = [found[1]] if found is not None else []
    que = que_clause(ctx.lex, v)
    if que is not None and que.i + 1 < sent.end:
        return _reported(ctx, tokens[que.i + 1].idx, clause_end(ctx, que.i + 1, sent), cue_span(ctx, v, lem), lem, speakers, v)
    start_tok = bare_content_clause(v)
    if start_tok is not None:
        return _reported(ctx, tokens[start_tok].idx, clause_end(ctx, start_tok, sent), cue_span(ctx, v, lem), lem, speakers, v)
    # what is said of the subject is the subject and the complement, in two pieces ('X was accused | of fraud')
    subj = next((c for c in dependents(v) if c.dep_ in SUBJ_DEPS and c.i < v.i), None)
    if subj is not None and (fold(subj.text) in ctx.lex.not_speakers or fold(subj.text) in ctx.lex.relative_subjects):
        subj = None
    comp = complement(ctx, v, lem) if not not_yet(ctx.lex, v) else None
    if comp is not None and found is not None and comp[0] <= found[0].idx < comp[1]:
        end = found[0].idx  # 'of fraud by the board': the agent is who speaks, not what was said
        while end > comp[0] and ctx.text[end - 1] in TRIM:
            end -= 1
        comp = (comp[0], end) if end > comp[0] else None  # 'évoqués par X': the agent alone follows
    if subj is None:
        return None if comp is None else _reported(ctx, *comp, cue_span(ctx, v, lem), lem, speakers, v)
    if comp is None and not speakers and not any(c.i > v.i and (c.dep_ in ("oprd", "acomp") or c.dep_ == "prep" and
                                                           ctx.words[c.i] in ctx.lex.frame_words["x-comme"] | {"with"})
                                                 for c in dependents(v)):
        # 'The appeal will be heard in May', 'the fee was announced': a passive with neither agent nor complement
        # says what happened to its subject, not what anyone said of it ('was rated as false' says it)
        return None
    lo, hi = subj.left_edge.i, subj.right_edge.i
    piece = (tokens[lo].idx, tokens[hi].idx + len(tokens[hi]))
    q = _reported(ctx, *(comp or piece), cue_span(ctx, v, lem), lem, speakers, v)
    if q is not None and comp is not None and piece[1] <= comp[0]:
        q.content.insert(0, piece)
        q.anchor = piece[0]
    return q


def cue_span(ctx: Context, v: Token, lem: str | None = None) -> tuple[int, int]:
    """Characters of the cue: auxiliaries, the verb and an inverted clitic ('a-t-il ajouté'); `lem`, the
    cue's lemma when the caller knows it already."""
    tokens = ctx.tokens
    lex = ctx.lex
    lo = v.i
    for c in dependents(v):
        dep = ctx.deps[c.i]
        if (dep.startswith("aux") or dep.startswith("expl") and ctx.words[c.i] in lex.reflexive_clitics) \
                and c.i < v.i and v.i - c.i <= 4:
            lo = min(lo, c.i)  # 'a-t-il ajouté', 's'est félicité': the auxiliary and the reflexive clitic
    pron = inverted_pronoun(ctx, v)
    if pron is not None:
        lo = min(lo, pron.i - 1 - (ctx.words[pron.i - 1] == "-t"))  # 'a-t-elle tempéré', the parser lost
    hi = v.i
    doc = v.doc
    lem = lem if lem is not None else (lemma(lex, v) or "")
    if lem in lex.multi_cues:
        hi = min(len(doc) - 1, v.i + cue_words(lem) - 1)  # 'mettre en garde', 'faire valoir'
    k = hi + 1
    while k < len(doc) and k <= v.i + 2 and tokens[k].text.lower() in ("-t", "-t-il", "-il", "-elle", "-ils", "-elles", "-on", "-t-elle"):
        hi = k
        k += 1
    return tokens[lo].idx, tokens[hi].idx + len(tokens[hi])


def _reported(ctx: Context, start, end, cue, lem, subj, v) -> Quote | None:
    """A reported quote over [start, end): indirect, or mixed when marks stand inside it (those marks are then used)."""
    tokens = ctx.tokens
    lex = ctx.lex
    doc = ctx.doc
    marks = ctx.marks
    rel = next((c for c in dependents(v) if c.dep_ in SUBJ_DEPS and fold(c.text) in lex.relative_subjects), None)
    if rel is not None and rel.i > 0 and tokens[rel.i - 1].text == ",":
        # 'X, qui a annoncé P, a …': the relative clause ends at its closing comma; one that closes the sentence
        # after its main verb runs over an aside set off by two commas ('…, qui rappelle que A, comme B, « C »')
        text = text_of(doc)
        last = sentence_of(v).root.i < v.i
        commas = []
        depth = 0
        for k in range(start, end):
            ch = text[k]
            depth += ch in "(«“"
            depth -= ch in ")»”"
            if ch == "," and depth <= 0:
                commas.append(k)
        n = 0
        while n < len(commas):
            if last and n + 1 < len(commas) and text[commas[n + 1] + 1:end].strip(SPACES + TRIM):
                n += 2  # an aside between two commas inside the reported clause
                continue
            end = commas[n]
            break
    end = fronted_end(ctx, v, start, end)
    if end - start < 3:
        return None
    text = text_of(doc)
    p = start
    while p > 0 and text[p - 1] in SPACES:
        p -= 1
    if p > 0 and any(m.open == p - 1 for m in marks):
        start = p - 1  # 'a appelé les élus « à la prudence »': the fragment's opening mark belongs to it
    kind = "indirect"
    for m in marks:
        if m.cs >= start - 2 and m.cs < end:
            kind = "mixed"
            m.used = True
    return Quote(kind, [(start, end)], cue, lem, speakers=speaker_spans(ctx, subj, v), anchor=start,
                 addressee=addressee(v))


def colon_followup(ctx: Context, q: Quote) -> Quote | None:
    """'X rappelle qu'il en va de …: « On ne peut pas … »', 'Pour lui, c'est simple : « … »' — the marked
    sentence right after the colon that ends reported content is a second, direct quote of the same source."""
    marks = ctx.marks
    if q.type == "direct":
        return None
    s, e = q.content[-1]
    text = ctx.text
    m = next((m for m in marks if not m.used and e <= m.open <= e + 4 and text[e:m.open].strip(SPACES) == ":"), None)
    if m is None or not ctx.sentence_in_marks(m.open):
        return None
    m.used = True
    return Quote("direct", [(m.cs, m.ce)], q.cue, q.cue_lemma, speakers=list(q.speakers), anchor=m.cs,
                 addressee=q.addressee)


def _chained(ctx: Context, m: Marked) -> list[Marked]:
    """Marked passages that open the sentence and lead up to m with only a few linking words between
    them ('« Nous l'emportons » avec « 58 % des suffrages », « … », a affirmé X'): one quote in pieces."""
    text = ctx.text
    marks = ctx.marks
    chain: list[Marked] = []
    cur = m
    for prev in sorted((p for p in marks if p.close < m.open and not p.used and p.para == m.para), key=lambda p: -p.open):
        gap = text[prev.close + 1:cur.open]
        if any(c in gap for c in ".!?:;") or len(gap.split()) > 3:
            break
        chain.insert(0, prev)
        cur = prev
    if not chain:
        return []
    # the first piece must open its sentence: otherwise the pieces are fragments of someone's narration
    return chain if sentence_start(text, chain[0].open) else []


def narrative_before(lex: Lexicon, doc: Doc, m: Marked) -> int | None:
    """Where a sentence starts when it runs into the quotation marks with words of its own (a subject and
    no colon), so that the quotation is a fragment of reported speech; else None."""
    text = text_of(doc)
    span_ = tokens_in(doc, m.open, m.open + 1)
    if span_ is None:
        return None
    sent = sentence_of(span_[0])
    # a doubled mark ('' or ``) opens at its second half: its first half is no word of the lead
    lead = text[sent.start_char:m.open - (text[m.open] in "'`" and text[m.open - 1:m.open] == text[m.open])]
    words = lead.split()
    inner = tokens_in(doc, m.cs, min(m.ce, m.cs + 12))
    first = next((t for t in inner or [] if not (t.pos_ == "PRON" and t.text.islower() and t.dep_ not in SUBJ_DEPS)
                  and t.pos_ != "ADV"), None)
    # 'Le travail de la Norvège et des autres facilitateurs, "continue …"': the marks open on the verb
    # (past its clitics) of the subject before them, even past a comma; a subject pronoun ('Sur place, « c'est
    # …', 'Dimanche, « on a tout perdu »') opens a clause of its own
    verb_first = first is not None and first.pos_ in ("VERB", "AUX") and first.text.islower() \
        and "Fin" in feature(first, "VerbForm") and not any(c in lead for c in "«»“”\"")
    # after an opening bracket the marks begin an aside of their own: '(« … », a-t-il rappelé)'
    # after a full stop the marks open a sentence of their own (the parser glued '«' to the sentence before)
    if len(words) < 2 or lead.rstrip().endswith((":", "—", "–", "-", "(", "[", ".", "!", "?", "…")) or (lead.rstrip().endswith(",") and not verb_first):
        return None
    if any(t.pos_ == "VERB" and lemma(lex, t) for t in doc[sent.start:span_[0].i]):
        return None  # 'Il a dit « … »' is introduced by its own verb, handled elsewhere
    return sent.start_char


def relative_speaker(ctx: Context, v: Token, around: Quote) -> bool:
    """'… à l'issue d'un scrutin où les observateurs ont signalé des irrégularités': a relative clause inside
    reported content with a speaker of its own (a noun or a name) is a quote of its own; the
    content around it ends where the relative clause begins."""
    tokens = ctx.tokens
    doc = v.doc
    if not v.dep_.startswith("acl") or not any(c.dep_ in SUBJ_DEPS and c.pos_ in ("NOUN", "PROPN") for c in dependents(v)):
        return False
    rel = next((c for c in v.subtree if c.i < v.i and ctx.words[c.i] in ("ou", "dont", "que", "qu'", "lequel", "laquelle")), None)
    if rel is None:
        return False
    s, e = around.content[-1]
    end = tokens[rel.i].idx
    text = text_of(doc)
    while end > s and text[end - 1] in TRIM:
        end -= 1
    if end - s < 10:
        return False
    around.content[-1] = (s, end)
    return True


def reported_in_quote(ctx: Context, v: Token) -> bool:
    """Inside someone's quotation, a third party's words reported with a que-clause ('« Un jour, le
    ministre m'a dit que son homologue l'avait appelé »') are a quote of their own."""
    lex = ctx.lex
    if lemma(lex, v) is None or que_clause(lex, v) is None:
        return False
    return any(c.dep_ in SUBJ_DEPS and c.i < v.i and c.pos_ in ("NOUN", "PROPN") and c.i in ctx.marked
               for c in dependents(v))


def inverted_incise_verb(ctx: Context, v: Token) -> str | None:
    """The lemma of a verb outside the lexicon that heads an incise with an inverted pronoun after a comma
    ('…, a-t-elle imagé', '« … », sourit-il'): French marks a speech incise by that inversion, whatever
    the verb; parenthetical verbs that say nothing ('semble-t-il', 'faut-il') are left out."""
    lex = ctx.lex
    if not v.text.islower() or v.pos_ not in ("VERB", "X", "NOUN", "ADJ"):
        return None
    i = v.i
    words = ctx.words
    if inverted_after(lex, v):
        lo = i  # 'sourit-il', 'imagine-t-elle'
    elif inverted_pronoun(ctx, v) is not None:
        lo = v.i - 2 - (words[i - 2] == "-t")  # 'a-t-il complété'
    else:
        return None
    if lo < 1 or ctx.forms[lo - 1] != ",":
        return None
    lem = fold(v.lemma_)
    if v.pos_ != "VERB":
        lem = next(iter(first_group_lemmas(fold(v.text), lex.lang)), lem)
    return None if lem in lex.parenthetical else lem


def second_report(ctx: Context, v: Token, around: Quote) -> int | None:
    """'said the plan was sound, but he warned that …', '…; she added …', '… and urged …': inside the clause that
    `around` reports, a finite speech verb of the same speaker (a pronoun, the speaker's name, or no subject of its
    own) after a clause boundary opens a report of its own; the character where the first clause ends, or None."""
    tokens = ctx.tokens
    lex = ctx.lex
    if not lex.second_after_comma or not around.speakers or around.cue is None or v.i in ctx.marked:
        return None
    finite = "Fin" in feature(v, "VerbForm") or any(c.dep_.startswith("aux") and "Fin" in feature(c, "VerbForm")
                                                     for c in dependents(v))
    participle = "Part" in feature(v, "VerbForm") and "Pres" in feature(v, "Tense") \
        and not any(c.dep_.startswith("aux") for c in dependents(v))
    if not (finite or participle):
        return None
    subj = [c for c in dependents(v) if c.dep_ in SUBJ_DEPS and c.i < v.i]
    # walk back from the verb over its auxiliaries, adverbs and subject to the boundary
    k = v.i - 1
    lo = min([c.left_edge.i for c in subj] + [v.i])
    while k >= 0 and (k >= lo or tokens[k].dep_.startswith("aux") or tokens[k].pos_ in ("ADV", "PART")) \
            and ctx.forms[k] not in (",", ";"):
        k -= 1
    # ('… as a "fair deal," praising …': the comma may stand inside the closing mark, which the first clause keeps)
    shut = k > 0 and (ctx.forms[k] in CLOSERS or ctx.forms[k] == '"') and ctx.forms[k - 1] == ","
    if k < 0 or k in ctx.marked and not shut:
        return None
    if ctx.forms[k] == ";":
        cut = k
    elif (ctx.forms[k] == "," or shut) and participle and not subj:
        cut = k  # ', comparing …': the speaker's own participle
    elif ctx.words[k] in lex.second_after_comma and k > 0 and ctx.forms[k - 1] in (",", ";") and finite:
        cut = k - 1
    elif ctx.words[k] in lex.second_after_comma and k > 1 and finite and ctx.forms[k - 2] == "," \
            and (ctx.forms[k - 1] in CLOSERS or ctx.forms[k - 1] == '"'):
        cut, shut = k - 1, True  # '…,” but she warned …'
    else:
        return None
    if participle and (subj or not (ctx.forms[k] == "," or shut)):
        return None
    if subj:
        s = subj[0]
        if len(subj) > 1 or s.i != lo and s.left_edge.i != lo:
            return None
        named = s.pos_ == "PROPN" and any(ctx.text[a:b].split()[-1:] == [s.text] for a, b in around.speakers)
        if not (ctx.words[s.i] in lex.second_pronouns or named):
            return None
    seg = next((p for p in around.content if p[0] <= v.idx < p[1]), None)
    if not subj and not participle and (v.dep_ != "conj" or seg is not None and v.head.idx >= seg[0]):
        # a verb coordinated with one of the reported clause shares that clause's subject ('said the crews had
        # cleared the road, and reopened it'), not the speaker
        return None
    end = tokens[cut].idx + (len(tokens[cut]) if shut else 0)
    if seg is None or around.cue[0] >= end or end - seg[0] < 10:
        return None
    text = ctx.text
    while not shut and end > seg[0] and text[end - 1] in TRIM:
        end -= 1
    return end


def absolute_report(ctx: Context, v: Token, around: Quote) -> int | None:
    """'…, with economists offering their views': a speech verb's participle with a subject of its own after
    ', with' (an absolute clause) is that subject's report, not part of the clause `around` reports; the character
    where the first clause ends, or None."""
    tokens = ctx.tokens
    lex = ctx.lex
    if not lex.absolute_prepositions or around.cue is None or v.i in ctx.marked or absolute_subject(ctx, v) is None:
        return None
    prep = v.head if v.dep_ == "pcomp" else v.head.head
    if prep.i == 0 or ctx.forms[prep.i - 1] != ",":
        return None
    end = tokens[prep.i - 1].idx
    seg = next((p for p in around.content if p[0] <= v.idx < p[1]), None)
    if seg is None or around.cue[0] >= end or end - seg[0] < 10:
        return None
    return end

