"""'Selon X, P', 'P, selon X', 'd'après X, P', '…, le parquet, selon lequel « … »': reports whose cue is an
'according to' phrase of `speech.json`'s `according_to`, and whose source is the noun phrase after it.
"""
from __future__ import annotations


from spacy.tokens import Doc, Span, Token

from ..features import feature
from ..index import dependents, text_of, token_at
from ..mentions import fold, starting_in
from .clauses import clause_end
from .context import Context
from .lexicon import Lexicon, lemma
from .marks import SPACES, TRIM
from .records import Quote
from .speakers import speaker_spans


def _person_at(ctx: Context, toks, k: int):
    """The person's name that starts at toks[k], past the honorifics that open it ('Me Julien Faure', 'le Dr X')."""
    if k < len(toks) - 1 and toks[k].pos_ == "DET" and ctx.words[toks[k + 1].i].rstrip(".") in ctx.lex.honorifics:
        k += 1  # 'le Dr X'
    while k < len(toks) - 1 and ctx.words[toks[k].i].rstrip(".") in ctx.lex.honorifics:
        k += 1
    if k >= len(toks):
        return None
    return next((x for x in starting_in(ctx.doc, toks[k].i, toks[k].i + 1) if x.kind == "person"), None)


def according_to(ctx: Context, sent: Span, quotes: list[Quote], at: list[int] | None = None) -> None:
    """'Selon X, P' / 'P, selon X' / 'd'après X, P'; `at`: the sentence's tokens that may open the phrase, in order
    (by default every token is tried)."""
    tokens = ctx.tokens
    lex = ctx.lex
    doc = ctx.doc
    marks = ctx.marks
    inside = ctx.inside
    text = text_of(doc)
    # the sentence's Tokens and texts, sliced off the shared table: no Token made, no string looked up per word
    toks = ctx.tokens[sent.start:sent.end]
    texts = ctx.texts[sent.start:sent.end]
    words = ctx.words[sent.start:sent.end]
    for n in (range(len(words)) if at is None else [i - sent.start for i in at]):
        w = words[n]
        if w not in lex.according_first or inside[sent.start + n]:
            continue
        glued = None  # 'd'après' written as one token: its two words without the space, worked out once
        for pat in lex.according_by_first.get(w, ()):
            if tuple(words[n:n + len(pat)]) != pat:
                if len(pat) < 2:
                    continue
                if glued is None:
                    glued = fold("".join(ctx.forms[sent.start + n:min(sent.end, sent.start + n + 2)]).replace(" ", ""))
                if glued != lex.according_glued[pat]:
                    continue
            plen = len(pat) if tuple(words[n:n + len(pat)]) == pat else 2
            if pat == ("pour",) and not (n == 0 or ctx.forms[sent.start + n - 1] in (",", ":", "(", ".", "!", "?")
                                         or all(x in lex.coordinators for x in words[:n])):
                continue  # ('Mais pour la ministre, …': a conjunction that opens the sentence leaves it at its head)
            t = toks[n]
            if n > 0 and (toks[n - 1].like_num or any(c.dep_ == "nummod" for c in dependents(toks[n - 1]))):
                continue  # '2.75 per cent', 'three dollars per ride': a rate after a quantity, not a source
            # (between two nouns: 'each year per student'; not 'Selon Mme X' or '…, per Mr. X')
            nxt = toks[n + 1] if len(pat) == 1 and n + 1 < len(toks) and n > 0 and toks[n - 1].pos_ == "NOUN" else None
            if nxt is not None and nxt.pos_ == "NOUN" and "Sing" in feature(nxt, "Number") \
                    and not any(c.dep_ in ("det", "poss") for c in dependents(nxt)):
                continue  # a one-word source between a noun and a bare singular noun is a rate
            if n + plen < len(toks) and toks[n + plen].pos_ in ("VERB", "AUX"):
                continue  # 'pour vendre …' is a purpose, not a source
            j = n + plen
            if pat in lex.according_de:
                if j >= len(toks) or fold(texts[j]) not in ("de", "d'", "du", "des"):
                    continue
                j += 1
                plen += 1
            if j >= len(toks):
                continue
            # the source: up to the next comma (or sentence end)
            if ctx.words[toks[j].i] in ("lequel", "laquelle", "lesquels", "lesquelles") and n > 0:
                q = _selon_relative(ctx, sent, toks[n], toks[j])
                if q is not None:
                    quotes.append(q)
                break
            e = j
            # the source runs to the next comma; a relative clause may describe it ('selon le procureur
            # qui était interviewé lundi à la télévision, P')
            while e < len(toks) and texts[e] not in (",", ".", ";", ":", "«", "»", '"', "“", "”") and e - j < 24:
                e += 1
            src = [x for x in toks[j:e] if not x.is_punct]
            if not src or fold(src[0].text) in lex.que or fold(src[0].text) in ("moi", "nous"):
                continue
            appo = None
            if e + 1 < len(toks) and texts[e] == ",":
                appo = _person_at(ctx, toks, e + 1)
                if appo is not None and doc[appo.i:appo.j].root.dep_ in ("nsubj", "nsubj:pass"):
                    appo = None  # 'Pour la deuxième fois, X a dénoncé …': the clause's subject, no apposition
            if appo is None and not _source_like(ctx, src, pat == ("pour",)):
                continue
            cue = (t.idx, toks[n + plen - 1].idx + len(toks[n + plen - 1]))
            head = source_head(src)
            if n > 0 and head is not None and ctx.words[head.i] in lex.channel_nouns and \
                    any(q.cue is not None and toks[0].idx <= q.cue[0] < t.idx for q in quotes):
                break  # '« … », a déclaré X, selon des propos rapportés par Tass': X's words, carried by Tass
            spk = speaker_spans(ctx, [head], upto=toks[e].idx if e < len(toks) else None) if head is not None else []
            if e < len(toks) and texts[e] in ("«", "“", '"') and e > j:
                # 'Pour le coach « … »': the source introduces a quotation directly
                m = next((m for m in marks if m.open == toks[e].idx and not m.used), None)
                if m is not None:
                    m.used = True
                    quotes.append(Quote("direct", [(m.cs, m.ce)], cue, "selon", speakers=spk, anchor=m.cs))
                    break
            closing = n > 0 and e < len(toks) and texts[e] == "," and _closing_apposition(ctx, toks, e + 1)
            if closing:
                # 'P, selon un délégué, Karim Benali.': the name in apposition is the source; a name followed by
                # more words is read below ('selon les chiffres annoncés par le président, X, après …')
                named = _person_at(ctx, toks, e + 1)
                if named is not None and all(x.is_punct or x.is_space for x in doc[named.j:sent.end]):
                    spk = [(named.start, named.end)]
                elif named is not None:
                    closing = False
            if e < len(toks) and texts[e] == "," and not closing:
                # content after the source, past an apposition to it ('selon X, un groupe de …, P')
                cs = e + 1
                relative = _past_relative(ctx, toks, cs)
                if relative is not None:
                    # 'selon X, qui soutient l'hôpital, P': the relative clause describes the source; what X
                    # reports is what follows the comma that closes it (or, with none, only what came before)
                    cs = relative
                named = _person_at(ctx, toks, cs)
                if named is not None and named.j < sent.end and tokens[named.j].text == ",":
                    # 'selon le procureur de l'île, Aïnoudine Allaoui, P': the name is the source
                    spk = [(named.start, named.end)]
                    cs = named.j - sent.start + 1
                elif cs < len(toks) and (toks[cs].pos_ == "DET" and fold(texts[cs]) in ("un", "une", "le", "la", "l'", "les")
                                         or toks[cs].pos_ == "NOUN" and texts[cs][:1].islower()
                                         or toks[cs].pos_ == "ADP" and ctx.words[toks[cs].i] in lex.frame_words["de-np"]):
                    # an apposition with or without its article ('selon X, directeur de l'Ifri, P', 'pour X, de
                    # l'OFCE, P'): a French clause does not open on a bare common noun
                    f = cs
                    while f < len(toks) and texts[f] not in (",", ".", ";") and not (toks[f].pos_ in ("VERB", "AUX") and toks[f].dep_ not in ("acl",)):
                        f += 1
                    if f < len(toks) and texts[f] == "," and f - cs <= 12:
                        cs = f + 1
                if relative is not None and cs >= len(toks) and n > 0:
                    # 'P, selon X, qui qualifie la situation de « … »': X reports P; the relative clause is
                    # X's words of its own, read off its verb
                    pre_end = t.idx
                    while pre_end > toks[0].idx and text[pre_end - 1] in TRIM:
                        pre_end -= 1
                    m = next((m for m in marks if m.cs <= toks[0].idx + 2 and m.ce >= pre_end - 2 and not m.used), None)
                    if m is not None:
                        # '« Catastrophique », d'après le syndicat, qui …': the marked words are the quotation
                        m.used = True
                        quotes.append(Quote("direct", [(m.cs, m.ce)], cue, "selon", speakers=spk, anchor=m.cs))
                    elif pre_end - toks[0].idx > 10:
                        quotes.append(_mk_selon(doc, [(toks[0].idx, pre_end)], cue, spk, marks))
                    break
                if cs < len(toks):
                    start = toks[cs].idx
                    m = next((m for m in marks if m.open >= toks[e].idx and m.open <= start + 1 and not m.used), None)
                    if m is not None and text[m.close + 1:sent.end_char].strip(SPACES + ".") == "":
                        m.used = True
                        quotes.append(Quote("direct", [(m.cs, m.ce)], cue, "selon", speakers=spk, anchor=m.cs))
                        break
                    end = clause_end(ctx, toks[cs].i, sent, coordinated=False)
                    if n > 0:
                        # 'P1, selon X, P2': the reported proposition runs on both sides
                        pre_end = t.idx
                        while pre_end > toks[0].idx and text[pre_end - 1] in TRIM:
                            pre_end -= 1
                        if pre_end - toks[0].idx > 10:
                            quotes.append(_mk_selon(doc, [(toks[0].idx, pre_end), (start, end)], cue, spk, marks))
                            break
                    if end - start > 3:
                        quotes.append(_mk_selon(doc, [(start, end)], cue, spk, marks))
                        break
            elif n > 0:
                # 'P, selon X.'; without that comma 'selon' only backs the phrase it closes
                # ('…, un nombre insuffisant selon l'ONU')
                start = toks[0].idx
                if texts[n - 1] != ",":
                    prev_comma = max((c for c in range(n - 1) if texts[c] == ","), default=None)
                    if prev_comma is not None:
                        start = toks[prev_comma + 1].idx
                end = t.idx
                while end > start and text[end - 1] in TRIM:
                    end -= 1
                m = next((m for m in marks if m.cs <= start + 2 and m.ce >= end - 2 and not m.used), None)
                if m is not None:
                    m.used = True
                    quotes.append(Quote("direct", [(m.cs, m.ce)], cue, "selon", speakers=spk, anchor=m.cs))
                elif end - start > 10:
                    quotes.append(_mk_selon(doc, [(start, end)], cue, spk, marks))
            break


def _closing_apposition(ctx: Context, toks: list[Token], k: int) -> bool:
    """The words from toks[k] to the sentence's end have no verb and no quotation: an apposition to the source
    that closes the sentence ('P, selon X, délégué syndical.'), not a proposition the source backs."""
    rest = [x for x in toks[k:] if not (x.is_punct or x.is_space)]
    return bool(rest) and not any(x.pos_ in ("VERB", "AUX") or ctx.inside[x.i] for x in rest)


def _past_relative(ctx: Context, toks: list[Token], k: int) -> int | None:
    """When a relative clause opens at toks[k] ('…, qui soutient l'hôpital, …'): the index just past the comma
    that closes it, or len(toks) when it runs to the sentence's end; None when no relative clause opens there."""
    if k >= len(toks) or ctx.words[toks[k].i] not in ctx.lex.relative_pronouns:
        return None
    for f in range(k + 1, len(toks)):
        if toks[f].text == "," and not ctx.inside[toks[f].i]:
            return f + 1
    return len(toks)


def _selon_relative(ctx: Context, sent: Span, selon: Token, rel: Token) -> Quote | None:
    """'…, a précisé le parquet, selon lequel « … »': the source is the relative pronoun's antecedent,
    the noun phrase before the comma."""
    tokens = ctx.tokens
    lex = ctx.lex
    doc = ctx.doc
    marks = ctx.marks
    k = selon.i - 1
    while k >= sent.start and tokens[k].text == ",":
        k -= 1
    if k < sent.start or tokens[k].pos_ not in ("NOUN", "PROPN"):
        return None
    head = tokens[k]
    named = ctx.mention_at.get(k)
    j = k
    while j > sent.start and tokens[j - 1].pos_ in ("DET", "NOUN", "ADJ", "PROPN", "ADP"):
        j -= 1
    incise = j > sent.start and tokens[j - 1].pos_ == "VERB" and lemma(lex, tokens[j - 1]) is not None  # ', a précisé le parquet, selon lequel'
    speaking = incise or named is not None or ctx.words[k] in lex.roles or ctx.words[k] in lex.groups \
        or ctx.words[k] in lex.documents or fold(tokens[k].lemma_) in lex.documents
    if not speaking:
        return None  # 'l'idée selon laquelle …', 'la rumeur selon laquelle …': a content noun, not a source
    if named is not None and named.kind == "person":
        head = tokens[named.i]
    else:
        while head.dep_ in ("nmod", "amod", "flat:name") and head.head.i < head.i and head.head.pos_ in ("NOUN", "PROPN"):
            head = head.head  # 'le parquet de Lille': the parquet speaks, not Lille
    cue = (selon.idx, rel.idx + len(rel))
    spk = speaker_spans(ctx, [head])
    start_tok = rel.i + 1
    if start_tok >= sent.end:
        return None
    m = next((m for m in marks if not m.used and m.open == tokens[start_tok].idx), None)
    if m is not None:
        m.used = True
        return Quote("direct", [(m.cs, m.ce)], cue, "selon", speakers=spk, anchor=m.cs)
    end = clause_end(ctx, start_tok, sent)
    return _mk_selon(doc, [(tokens[start_tok].idx, end)], cue, spk, marks) if end - tokens[start_tok].idx > 10 else None


def within_selon(lex: Lexicon, doc: Doc, q: Quote, selon: Quote) -> bool:
    """q was read off a verb coordinated inside what 'selon X' reports ('Selon X, le ministre a compris
    … et a promis de …'): it is part of X's words, not a quote of its own."""
    if q.type == "direct" or q.cue is None:
        return False
    at = q.cue[0]
    for s, e in selon.content:  # a plain loop: asked for every quote before each 'selon' report
        if s <= at < e:
            break
    else:
        return False
    v = token_at(doc, q.cue[1] - 1)
    return v is not None and v.dep_ == "conj" and lemma(lex, v.head) is None \
        and any(s <= v.head.idx < e for s, e in selon.content)


def _mk_selon(doc, content, cue, spk, marks) -> Quote:
    """A 'selon' quote over `content`: mixed when marks stand inside it (those marks are then used)."""
    kind = "indirect"
    for m in marks:
        if any(m.cs >= s - 2 and m.ce <= e + 2 for s, e in content):
            kind = "mixed"
            m.used = True
    return Quote(kind, content, cue, "selon", speakers=spk, anchor=content[0][0])


SOURCE_KINDS = ("person", "organization", "country", "media", "group")


def _source_like(ctx: Context, src: list[Token], strict: bool) -> bool:
    """The words after 'selon' name a source: a name, a pronoun or a noun (strict, after 'pour': a pronoun or a title)."""
    lex = ctx.lex
    # where the names of sources start, gathered once per article: asked at every 'selon'/'pour' of the text
    starts = ctx.memo.get("source_starts")
    if starts is None:
        starts = ctx.memo["source_starts"] = {m.i for m in ctx.doc._.sg_mentions or [] if m.kind in SOURCE_KINDS}
    if any(t.i in starts for t in src):
        return True
    if strict:
        # 'pour le procureur', 'pour le parquet', 'pour les syndicats': a title, a body or a group of sources
        return any(fold(t.text) in ("lui", "elle", "eux", "elles") for t in src[:1]) or \
            (len(src) >= 2 and src[0].pos_ == "DET" and (fold(src[1].text) in lex.roles or fold(src[1].text) in lex.org_words
                                                               or fold(src[1].text) in lex.groups))
    if fold(src[0].text) in ("lui", "elle", "eux", "elles", "ce", "ces", "cette") and len(src) == 1:
        return True
    nouns = [t for t in src if t.pos_ in ("NOUN", "PROPN")]
    return bool(nouns) and not any(fold(n.text) in ("moi",) for n in nouns)


def source_head(src: list[Token]) -> Token | None:
    """The head word of a 'selon X' source."""
    ids = {t.i for t in src}
    heads = [t for t in src if t.head.i not in ids or t.head == t]
    heads = [t for t in heads if t.pos_ in ("NOUN", "PROPN", "PRON", "X", "ADJ")] or [t for t in src if t.pos_ in ("NOUN", "PROPN", "PRON")]
    return heads[0] if heads else None


def document_source(ctx: Context, sent: Span, quotes: list[Quote]) -> Quote | None:
    """'In the latest poll, the senator leads by six points', 'The senator leads in the latest poll': a
    preposition and a document, opening the sentence before a comma or closing the main clause, source the
    clause when no speech verb of the sentence reports it."""
    tokens = ctx.tokens
    lex = ctx.lex
    doc = ctx.doc
    if lex.according_document_words.isdisjoint(ctx.words[sent.start:sent.end]):
        return None  # no Token is made for a sentence without the preposition
    if any(q.cue is not None and sent.start_char <= q.cue[0] < sent.end_char for q in quotes):
        return None
    s = sent.start
    while s < sent.end and tokens[s].is_space:
        s += 1
    root = sent.root
    # (a closing 'in' may hang on the verb, its object or its attribute: 'did not get a bump in the first
    # polls', 'is safe in his eyes')
    closing = [c for h in [root] + [o for o in dependents(root) if o.dep_ in ("dobj", "obj", "acomp", "attr")]
               for c in dependents(h) if c.dep_ == "prep" and c.i > root.i]
    for prep in [tokens[s]] + closing:
        if (ctx.words[prep.i],) not in lex.according_documents or any(
                tuple(ctx.words[prep.i:prep.i + len(p)]) == p for p in lex.according_by_first.get(ctx.words[prep.i], ())):
            continue  # 'In the opinion of X, P' is read as 'according to
        head = next((c for c in dependents(prep) if c.dep_ in ("pobj", "obj", "nmod")), None)
        if head is None:
            continue
        # 'in one of the first polls': the document stands after 'of'
        of = next((g for c in dependents(head) if c.dep_ == "prep" and ctx.words[c.i] == "of"
                   for g in dependents(c) if g.dep_ == "pobj"), None) if head.pos_ in ("NUM", "PRON") else None
        doc_noun = of or head
        # 'in her view', 'in the eyes of voters': a holder's view names its holder, the possessor or the 'of' phrase
        holder = next((c for c in dependents(head) if c.dep_ == "poss" or c.dep_ == "prep" and ctx.words[c.i] == "of"), None) \
            if fold(head.lemma_) in lex.according_views else None
        if holder is not None and holder.dep_ == "prep":
            holder = next((g for g in dependents(holder) if g.dep_ == "pobj"), None)
        if holder is not None:
            head = holder
        elif fold(doc_noun.lemma_) not in lex.documents or (doc_noun.tag_ == "NN" and not any(
                c.dep_ in ("det", "poss", "amod", "compound", "nummod") for c in dependents(doc_noun))):
            continue  # 'in order to …': a bare singular noun names no document
        cue = (prep.idx, prep.idx + len(prep.text))
        if prep.i == s:
            comma = prep.right_edge.i + 1
            if comma + 1 >= sent.end or ctx.forms[comma] != ",":
                continue
            start, end = tokens[comma + 1].idx, clause_end(ctx, comma + 1, sent)
            upto = tokens[comma].idx
        else:
            if prep.right_edge.i + 1 < sent.end and not tokens[prep.right_edge.i + 1].is_punct:
                continue  # the document phrase must close the clause
            start, end = tokens[s].idx, prep.idx
            while end > start and ctx.text[end - 1] in TRIM:
                end -= 1
            upto = None
        if end - start < 10:
            continue
        spk = speaker_spans(ctx, [head], upto=upto)
        return _mk_selon(doc, [(start, end)], cue, spk, ctx.marks)
    return None
