"""Marked passages nobody introduced: a quotation closed by a verb outside the lexicon, a cue inside the marks,
a speaker named in the next sentence, after a colon, before the marks or in brackets, or the last speaker going
on. Each strategy takes the context, the passage, the quotes found so far and the cues that reported nothing,
and returns a Quote or None; `unintroduced` tries them in the order of `STRATEGIES`.
"""
from __future__ import annotations

import re
from typing import Callable

from spacy.tokens import Span, Token

from ..grammar import first_group_lemmas, group_start
from ..index import dependents, sentence_of, text_of, token_at, tokens_in
from ...lang.text import name_words
from ..mentions import fold, starting_in
from ..paragraphs import paragraph_spans
from .clauses import clause_end, main_verb
from .context import Context
from .cued import cue_span
from .lexicon import SUBJ_DEPS, lemma
from .marks import OPENERS, SPACES, sentence_start
from .records import Marked, Quote
from .speakers import (SPEAKING_KINDS, addressee, clitic_subject, incise_subject, inverted_subject, person_subject, speaker_spans,
                       speaking_subject, subject_of, verbless_source)
from ..features import feature

PAUSES = (".", ",", "!", "?", ";")  # where an incise inside the marks ends

Strategy = Callable[[Context, Marked, "list[Quote]", "list[Token]"], "Quote | None"]


def unintroduced(ctx: Context, quotes: list[Quote], silent: list[Token]) -> None:
    """Add the marked passages no cue introduced: a quotation one of the STRATEGIES reads, the last speaker's
    words going on, or nothing (a heading or a term in marks)."""
    text, marks = ctx.text, ctx.marks
    for m in marks:
        if m.used:
            continue
        words = len(text[m.cs:m.ce].split())
        prev = [q for q in quotes if q.start < m.cs]
        para_start, para_end = paragraph_spans(text)[m.para]
        whole_para = m.starts_para and text[m.close + 1:para_end].strip(SPACES + ".»”\"") == "" if m.closed else m.starts_para
        announced = text[:para_start].rstrip(SPACES)[-1:] == ":"  # the colon ending the paragraph before
        if whole_para and words < 8 and not any(p in text[m.cs:m.ce] for p in ".!?") and not announced:
            continue  # a heading in marks
        q = None
        for strategy in STRATEGIES:
            q = strategy(ctx, m, quotes, silent)
            if q is not None:
                break
        if q is not None:
            quotes.append(q)
            m.used = True
            continue
        if words >= 3 and said_clause(ctx, m):
            # nobody introduced it: the speaker of its sentence's cue says it, else the passage's speaker goes on
            sent = sentence_of(token_at(ctx.doc, m.cs))
            same = next((q for q in quotes if q.cue is not None and q.speakers and
                         sent.start_char <= q.cue[0] < sent.end_char), None)
            if same is not None:
                quotes.append(Quote("direct", [(m.cs, m.ce)],
                                    speakers=list(same.speakers), anchor=m.cs))
            else:
                quotes.append(Quote("direct", [(m.cs, m.ce)], continues=True, anchor=m.cs))
            m.used = True
            continue
        if not prev:
            continue
        # a word or two in marks inside a sentence is a term the writer holds at a distance, not a quotation
        term = words < 4 and not sentence_start(text, m.open)
        if m.starts_para or (after_cued_in_para(m, quotes, text) and not term) or (words >= 8 and sentence_start(text, m.open)):
            whole = verbless_sentence(ctx, m)
            if whole is not None:
                quotes.append(Quote("mixed", [whole], continues=True, anchor=whole[0]))
            else:
                quotes.append(Quote("direct", [(m.cs, m.ce)], continues=True, anchor=m.cs))
            m.used = True


def verbless_sentence(ctx: Context, m: Marked) -> tuple[int, int] | None:
    """The span of the sentence around m when it has no main verb outside the marks and no other marked passage
    ('Une hausse « bien plus forte que prévu » selon ses calculs.'): a sentence without a predicate of the narrator's
    goes on with the speaker's statement, the words around the marks included."""
    doc, text = ctx.doc, ctx.text
    t = token_at(doc, m.cs)
    if t is None or m.open <= 0:
        return None
    sent = sentence_of(t)
    start, end = sent.start_char, sent.end_char
    while end > start and text[end - 1] in SPACES + ".!?…":
        end -= 1
    if start >= m.open and end <= m.close + 1:
        return None  # the marks are the whole sentence
    if "\n" in text[start:end] or any(o != m and start <= o.open < end for o in ctx.marks):
        return None
    for x in sent:
        if not (m.open <= x.idx <= m.close) and (main_verb(ctx, x) and x.dep_ != "fixed" or x.text in (":", ";")):
            return None
    return start, end


def said_clause(ctx: Context, m: Marked) -> bool:
    """The marks hold a clause with a finite verb ('le préfet, qui « ne veut pas d'escalade »', 'ses joueurs, qui
    « doivent se remettre en question »'): words someone said, where a term held at a distance is a noun or an
    adjective ('une « trahison »', 'un accord « historique »')."""
    span = tokens_in(ctx.doc, m.cs, m.ce)
    return span is not None and any("Fin" in feature(t, "VerbForm") for t in span)


def unlisted_incise(ctx: Context, m: Marked, quotes: list[Quote], silent: list[Token]) -> Quote | None:
    """'« … », grimace Jean Dupont': a verb outside the lexicon, inverted after a quotation, is its cue."""
    doc = ctx.doc
    text = text_of(doc)
    after = m.close + 1
    span_ = tokens_in(doc, after, min(len(text), after + 80))
    if span_ is None:
        return None
    toks = [t for t in span_ if not t.is_space]
    if len(toks) < 3 or toks[0].text != ",":
        return None
    v = toks[1]
    if not v.text.islower() or v.pos_ not in ("VERB", "NOUN", "ADJ", "ADV", "PROPN"):
        return None
    nxt = toks[2]
    if nxt.text == ",":
        # '», insiste, pour sa part, Claire Dubois': past a comma-enclosed adjunct
        close = next((k for k in range(3, min(len(toks), 10)) if toks[k].text == ","), None)
        if close is None or close + 1 >= len(toks):
            return None
        nxt = toks[close + 1]
    spk = incise_subject(ctx, nxt)
    if spk is None and nxt.text != ",":
        # '», botte en touche le sélectionneur', '», répond du tac au tac X': a verbal phrase of a few lowercase
        # words, then the subject ending the sentence
        k = next((k for k in range(3, min(len(toks), 6)) if not toks[k].text.islower() or toks[k].pos_ == "DET"), None)
        if k is not None and all(t.text.isalpha() for t in toks[2:k]):
            spk = incise_subject(ctx, toks[k])
            last = spk.right_edge.i + 1 if spk is not None else None
            if last is not None and not (last >= len(ctx.doc) or ctx.forms[last] in (".", ",", "!", "?", "\n")):
                spk = None
    if spk is None:
        return None
    return Quote("direct", [(m.cs, m.ce)], (v.idx, v.idx + len(v.text)), fold(v.lemma_),
                 speakers=speaker_spans(ctx, [spk]), anchor=m.cs)


def inner_incise(ctx: Context, m: Marked, quotes: list[Quote], silent: list[Token]) -> Quote | None:
    """'« P1, explique Alexandre Brahier. P2 »': the cue stands inside the marks, the quote is whole."""
    tokens = ctx.tokens
    lex = ctx.lex
    doc = ctx.doc
    span_ = tokens_in(doc, m.cs, m.ce)
    if span_ is None:
        return None
    for v in span_:
        lo = group_start(v)  # 'a souligné'
        if lo == 0 or tokens[lo - 1].text != "," or not v.text.islower():
            continue
        # 'pointe Mme Laval': an honorific opens the name after the cue
        at = v.i + 1 + (v.i + 2 < len(doc) and fold(tokens[v.i + 1].text).rstrip(".") in lex.honorifics)
        named = next((x for x in starting_in(doc, at, at + 1) if x.kind == "person"), None)
        lem = lemma(lex, v)
        if lem is None and named is not None and v.pos_ == "NOUN":
            # '…, pointe Marc Roy, …': between a comma and a person's name, a word whose ending makes it a speech
            # verb is that verb, however the tagger read it
            lem = next((c for c in first_group_lemmas(fold(v.text), lex.lang) if c in lex.verbs), None)
        if lem is None:
            continue
        spk = clitic_subject(lex, v)
        end = v.i + 1
        if spk is None:
            if named is None:
                # 'a lancé le maire', 'a déclaré le Premier ministre', 'a confié l'un des habitants': a determiner,
                # perhaps adjectives, then the noun; its complements ('de la région') end the incise with it
                k = v.i + 1
                n = k + 1
                while n < min(len(doc), k + 3) and tokens[n].pos_ == "ADJ" and fold(tokens[n].text) not in lex.roles:
                    n += 1
                if n < len(doc) and tokens[k].pos_ == "DET" and (fold(tokens[n].text) in lex.roles or tokens[n].pos_ in ("NOUN", "PRON")):
                    while tokens[n].dep_ == "amod" and n < tokens[n].head.i <= n + 2:
                        n = tokens[n].head.i  # 'le Premier ministre': the noun the title word qualifies
                    spk = tokens[n]
                    end = max(n + 1, tokens[n].right_edge.i + 1)
                    # 'a lancé le maire Paul Hervé': the name in apposition to the title ends the incise too
                    while end < len(doc) and tokens[end].dep_ in ("amod", "nmod", "case", "det", "flat:name", "appos") and tokens[end].head.i >= k:
                        end += 1
                else:
                    continue
            else:
                spk = tokens[named.i]
                end = named.j
        else:
            end = max(spk.i, v.i) + 1  # 'a-t-il dit': in a compound tense the pronoun stands before the verb
        while end < span_.end and tokens[end].text not in PAUSES and v.is_ancestor(tokens[end]) and tokens[end].i < v.i + 12:
            end += 1  # the incise's own complements: 'a-t-elle indiqué aux enquêteurs', 'a dit mardi le maire'
        if end < len(doc) and tokens[end].text in PAUSES or end >= span_.end:
            return Quote("direct", [(m.cs, m.ce)], cue_span(ctx, v), lem, speakers=speaker_spans(ctx, [spk]), anchor=m.cs)
    return None


def _phrase_before(ctx: Context, m: Marked, reach: int) -> tuple[int, int] | None:
    """The phrase set off by a comma right before the marks ('Mais, a-t-elle ajouté, « … »', 'À ses yeux, « … »'):
    (the token before it, a comma or a sentence's stop, -1 at the text's start; the comma after it), or None."""
    tokens = ctx.tokens
    doc = ctx.doc
    at = token_at(doc, m.open)
    if at is None or at.i < 3:
        return None
    k = at.i - 1
    while k > 0 and tokens[k].is_space:
        k -= 1
    if ctx.forms[k] != ",":
        return None
    lo = k - 1
    while lo >= 0 and ctx.forms[lo] not in (",", ".", "!", "?", ";", ":") and not tokens[lo].is_space and k - lo <= reach:
        lo -= 1
    return lo, k


def incise_before(ctx: Context, m: Marked, quotes: list[Quote], silent: list[Token]) -> Quote | None:
    """'Mais, a-t-elle ajouté, « … »', 'Et, précise le maire, « … »': an incise set off by commas right before
    the marks names who speaks them."""
    tokens = ctx.tokens
    lex = ctx.lex
    doc = ctx.doc
    found = _phrase_before(ctx, m, 8)
    if found is None or found[0] < 0 or ctx.forms[found[0]] != ",":
        return None
    lo, k = found
    for v in doc[lo + 1:k]:
        if not v.text.islower() or v.pos_ not in ("VERB", "AUX", "NOUN", "ADJ"):
            continue
        lem = lemma(lex, v)
        if lem is None:
            continue
        if group_start(v) != lo + 1 and v.i != lo + 1:
            return None  # the incise opens on its verb group
        spk = clitic_subject(lex, v)
        if spk is None:
            named = next((x for x in starting_in(doc, v.i + 1, k) if x.kind == "person"), None)
            nouns = [t for t in doc[v.i + 1:k] if t.pos_ in ("NOUN", "PROPN")]
            spk = tokens[named.i] if named is not None else (nouns[0] if nouns else None)
        if spk is None or ctx.words[spk.i] in lex.not_speakers:
            return None
        return Quote("direct", [(m.cs, m.ce)], cue_span(ctx, v), lem, speakers=speaker_spans(ctx, [spk]), anchor=m.cs)
    return None


def in_their_eyes(ctx: Context, m: Marked, quotes: list[Quote], silent: list[Token]) -> Quote | None:
    """'À ses yeux, « … »', 'Selon ses propres termes, « … »': an 'according to' phrase whose source is a
    possessive, right before the marks; the possessor is who speaks."""
    tokens = ctx.tokens
    doc = ctx.doc
    found = _phrase_before(ctx, m, 5)
    if found is None:
        return None
    lo, k = found
    phrase = fold(ctx.text[tokens[lo + 1].idx:tokens[k].idx]).strip()
    if phrase not in ctx.lex.according_possessive:
        return None
    poss = next((t for t in doc[lo + 1:k] if ctx.words[t.i] in ("son", "sa", "ses", "leur", "leurs")), None)
    if poss is None:
        return None
    owner = possessor(ctx, poss)
    spk = speaker_spans(ctx, [owner]) if owner is not None else [(poss.idx, poss.idx + len(poss.text))]
    cue = (tokens[lo + 1].idx, tokens[k - 1].idx + len(tokens[k - 1].text))
    return Quote("direct", [(m.cs, m.ce)], cue, "selon", speakers=spk, anchor=m.cs)


def named_after(ctx: Context, m: Marked, quotes: list[Quote], silent: list[Token]) -> Quote | None:
    """'« Nous ne céderons pas. » C'est en ces termes que la ministre a réagi.': a quotation that makes
    whole sentences and whose speaker is named by a cue in the very next sentence, a cue with no
    content of its own."""
    lex = ctx.lex
    doc = ctx.doc
    text = ctx.text
    if not sentence_start(text, m.open) or text[max(0, m.open - 8):m.open].rstrip(SPACES).endswith(":"):
        return None  # after a colon the marks belong to the clause before it
    if not m.closed:
        return None
    after = re.match(r"[\s.!?…]*", text[m.close + 1:]).end() + m.close + 1
    if not (text[m.cs:m.ce].rstrip(SPACES)[-1:] in ".!?…" or text[m.close + 1:after].strip(SPACES)):
        return None  # the sentence goes on after the marks
    if after >= len(text) or "\n" in text[m.close:after]:
        return None  # the next words are another paragraph
    span_ = tokens_in(doc, after, after + 1)
    if span_ is None:
        return None
    nxt = sentence_of(span_[0])
    for v in silent:
        if nxt.start <= v.i < nxt.end and "Inf" not in feature(v, "VerbForm") and not v.text.endswith(lex.participle_endings) \
                and not own_object(ctx, v):
            subj = subject_of(ctx, v)
            if subj and fold(subj[0].text) not in lex.not_speakers and subj[0].pos_ in ("PROPN", "NOUN", "PRON"):
                return Quote("direct", [(m.cs, m.ce)], cue_span(ctx, v), lemma(lex, v), speakers=speaker_spans(ctx, subj),
                             anchor=m.cs, addressee=addressee(v))
    if m.starts_para:
        # '« On a tout perdu. » Rosa Lima, 72 ans, montre sa maison.': a quotation that opens its paragraph, and
        # right after it a person the article names for the first time as the subject: the story brings in its
        # source that way, whatever the verb (one named before may merely react to someone else's words)
        # (the parse may make the name the sentence's root and its verb a modifier of it)
        first = next((t for t in nxt if not t.is_punct), None)
        who = ctx.mention_from.get(first.i) if first is not None and (
            first.dep_ == "ROOT" or first.dep_ in SUBJ_DEPS and first.head.dep_ == "ROOT") else None
        if who is not None and who.kind == "person" and who.j - who.i >= 2 and \
                not any(x.start < m.open and set(name_words(x.text)) & set(name_words(who.text))
                        for x in ctx.doc._.sg_mentions or [] if x.kind == "person"):
            return Quote("direct", [(m.cs, m.ce)], speakers=[(who.start, who.end)], anchor=m.cs)
    return None


def own_object(ctx: Context, v: Token) -> bool:
    """The verb has a noun object of its own ('Les syndicats ont lancé une grève'): it reports that act, not the
    quotation before it, unless the object takes that quotation up ('ces propos', 'cette phrase': a demonstrative,
    or a noun naming what was said)."""
    for c in dependents(v):
        if c.dep_ not in ("obj", "dobj") or c.i < v.i or c.pos_ not in ("NOUN", "PROPN"):
            continue
        if fold(c.lemma_) in ctx.lex.said_nouns or fold(c.text) in ctx.lex.said_nouns or \
                any(d.dep_ == "det" and "Dem" in feature(d, "PronType") for d in dependents(c)):
            continue
        return True
    return False


def predicate_in_marks(ctx: Context, m: Marked, quotes: list[Quote], silent: list[Token]) -> Quote | None:
    """'le Sénat « déplore vivement que … »', 'X, qui « refuse de s'associer » à …':
    the marks open on the verb of a subject named just before them; the speaker's words are the predicate."""
    tokens = ctx.tokens
    lex = ctx.lex
    doc = ctx.doc
    marks = ctx.marks
    span_ = tokens_in(doc, m.cs, m.ce)
    if span_ is None or m.open == 0:
        return None
    first = span_[0]
    if not (first.pos_ in ("VERB", "AUX") and first.text.islower() and "Fin" in feature(first, "VerbForm")):
        return None
    before = token_at(doc, m.open - 1)
    k = before.i if before is not None else -1
    while k >= 0 and (tokens[k].is_space or ctx.forms[k] in OPENERS or ctx.forms[k] == '"'):
        k -= 1
    if k < 0 or sentence_of(tokens[k]).start != sentence_of(first).start:
        return None
    ns = next((c for c in dependents(first) if c.dep_ in SUBJ_DEPS and c.i <= k and c.pos_ in ("NOUN", "PROPN")), None)
    subj = ns if ns is not None and ctx.words[ns.i] not in lex.not_speakers else speaking_subject(ctx, tokens[k])
    if subj is None:
        return None
    sent = sentence_of(first)
    end = clause_end(ctx, first.i, sent)
    if end <= m.close + 1:
        return Quote("direct", [(m.cs, m.ce)], speakers=speaker_spans(ctx, [subj]), anchor=m.cs)
    for other in marks:
        if m.close < other.open < end:
            other.used = True
    return Quote("mixed", [(m.open, end)], speakers=speaker_spans(ctx, [subj]), anchor=m.open)


def after_colon(ctx: Context, m: Marked, quotes: list[Quote], silent: list[Token]) -> Quote | None:
    """'Le ministre est catégorique : « … »', 'Marie Dupont : « … »': marks after a colon whose clause names
    a person as its subject, with no speech verb, are that person's words."""
    tokens = ctx.tokens
    lex = ctx.lex
    doc = ctx.doc
    text = ctx.text
    j = m.open
    while j > 0 and text[j - 1] in SPACES:
        j -= 1
    if j == 0 or text[j - 1] != ":":
        return None
    colon = tokens_in(doc, j - 1, j)
    if colon is None:
        return None
    c = colon[0]
    sent = sentence_of(c)
    if c.i == sent.start:
        return None
    last = tokens[c.i - 1]
    subj = None
    named = ctx.mention_at.get(last.i)
    verbless = not any(t.pos_ in ("VERB", "AUX") for t in doc[sent.start:c.i])
    if named is not None and named.kind in ("person", "organization") and verbless:
        subj = tokens[named.i]  # 'Marie Dupont : « … »', 'Même son de cloche chez le maire, Jean Roux : « … »'
    elif verbless:
        subj = verbless_source(ctx, doc[sent.start:c.i])
    else:
        root = last if last.dep_ == "ROOT" else next((t for t in last.ancestors if t.dep_ == "ROOT"), None)
        if root is not None and root.i > c.i:
            # the parser hung the clause before the colon under the quotation's verb: its own top word
            root = last
            while root.head.i != root.i and root.head.i < c.i:
                root = root.head
        if root is not None and root.i < c.i:
            lem = lemma(lex, root) if root.pos_ == "VERB" else None
            if lem is not None:
                # a speech verb whose own reading left these marks aside ('a annoncé la couleur : « … »')
                spk = subject_of(ctx, root)
                if not spk or fold(spk[0].text) in lex.not_speakers:
                    return None
                return Quote("direct", [(m.cs, m.ce)], cue_span(ctx, root), lem, speakers=speaker_spans(ctx, spk),
                             anchor=m.cs, addressee=addressee(root))
            ns = next((x for x in dependents(root) if x.dep_ in SUBJ_DEPS and x.i < root.i), None)
            subj = speaking_subject(ctx, ns) if ns is not None else None
            if subj is None and ns is not None and ns.pos_ == "NOUN":
                subj = words_owner(ctx, ns)
    if subj is None and verbless:
        noun = next((t for t in doc[sent.start:c.i] if t.pos_ == "NOUN"), None)
        subj = words_owner(ctx, noun) if noun is not None and fold(noun.lemma_) in lex.said_nouns else None
    if subj is None:
        return None
    return Quote("direct", [(m.cs, m.ce)], speakers=speaker_spans(ctx, [subj]), anchor=m.cs)


def words_owner(ctx: Context, noun: Token) -> Token | None:
    """Who speaks through a noun naming a text or someone's words: the name after it ('Le message du Kremlin
    est clair : « … »'), its possessive ('Sa réponse : « … »'); a text with neither speaks for itself."""
    tokens = ctx.tokens
    lex, doc = ctx.lex, ctx.doc
    lem = fold(noun.lemma_)
    if lem not in lex.documents and lem not in lex.said_nouns:
        return None
    for x in dependents(noun):
        if x.dep_ != "nmod":
            continue
        # 'le message du Kremlin', 'le verdict de l'entraîneur Paul Roux': the name in the complement
        owner = next((ctx.mention_at[t.i] for t in x.subtree if t.i in ctx.mention_at
                      and ctx.mention_at[t.i].kind in ("person", "organization", "country")), None)
        if owner is not None:
            return tokens[owner.i]
    poss = next((x for x in dependents(noun) if x.dep_ == "det" and "Yes" in feature(x, "Poss")), None)
    if poss is not None:
        return possessor(ctx, poss)  # 'Son verdict : « … »'
    return noun if lem in lex.documents else None


def possessor(ctx: Context, poss: Token) -> Token | None:
    """Who a possessive at the head of a sentence stands for: the person the sentence before is about (its
    named subject, else its subject as a title or a pronoun); None when that sentence names no one."""
    tokens = ctx.tokens
    sent = sentence_of(poss)
    if sent.start == 0:
        return None
    prev = sentence_of(tokens[sent.start - 1])
    named = person_subject(ctx, prev)
    if named is not None and named.j <= sent.start:
        return tokens[named.i]
    ns = next((c for c in dependents(prev.root) if c.dep_ in SUBJ_DEPS and c.i < prev.root.i), None)
    return speaking_subject(ctx, ns) if ns is not None else None


def introduced_before(ctx: Context, m: Marked, quotes: list[Quote], silent: list[Token]) -> Quote | None:
    """'Son voisin, Gérard Lefebvre, n'a pas dormi depuis trois jours. « On nous avait dit … »': a quotation
    that opens a sentence right after a sentence about a named person, in the same paragraph and with no
    quotation of its own, is that person's."""
    tokens = ctx.tokens
    doc = ctx.doc
    text = ctx.text
    if not (sentence_start(text, m.open) or m.starts_para) or text[max(0, m.open - 8):m.open].rstrip(SPACES).endswith(":"):
        return None
    at = token_at(doc, m.open)
    if at is None or at.i == 0:
        return None
    b = at.i - 1
    while b > 0 and tokens[b].is_space:
        b -= 1  # the paragraph before, when the quotation opens a paragraph
    prev = sentence_of(tokens[b]) if sentence_of(at).start == at.i or m.starts_para else None
    if prev is None or any(s <= prev.start_char < e for s, e in ctx.heads) \
            or (not m.starts_para and "\n" in text[prev.start_char:m.open].strip(SPACES.replace("\n", ""))) \
            or any(prev.start_char <= q.start < m.open or any(s <= prev.start_char < e for s, e in q.content) for q in quotes) \
            or any(n.open < m.open and n.close > prev.start_char for n in ctx.marks if n is not m):
        return None
    named = person_subject(ctx, prev) or introduced_person(ctx, prev)
    if named is not None:
        return Quote("direct", [(m.cs, m.ce)], speakers=[(named.start, named.end)], anchor=m.cs)
    # 'Il a été clair. « … »': a personal pronoun as the subject points to the person the text is about
    root = prev.root
    pron = next((c for c in dependents(root) if c.dep_ in SUBJ_DEPS and c.i < root.i and c.pos_ == "PRON"
                 and ctx.words[c.i] in ("il", "elle")), None)
    if pron is None:
        return None
    return Quote("direct", [(m.cs, m.ce)], speakers=speaker_spans(ctx, [pron]), anchor=m.cs)


def introduced_person(ctx: Context, sent: Span):
    """'Parmi eux, Lucienne, 81 ans, qui habite près du bois.': a sentence with no main verb of its own that
    brings in a person, named as such or by a name with an age after it; None if it brings in no one."""
    tokens = ctx.tokens
    doc = ctx.doc
    if any(main_verb(ctx, t) for t in sent):
        return None
    for x in doc._.sg_mentions or []:
        if not sent.start <= x.i < sent.end:
            continue
        if x.kind == "person":
            return x
        k = x.j
        aged = x.kind in ("other", "person") and tokens[x.i].pos_ == "PROPN" and k + 2 < sent.end and ctx.forms[k] == "," \
            and tokens[k + 1].pos_ == "NUM" and ctx.words[k + 2] in ctx.lex.age_nouns
        if aged:
            return x
    return None


def source_in_brackets(ctx: Context, m: Marked, quotes: list[Quote], silent: list[Token]) -> Quote | None:
    """'« Nous n'avons rien à cacher » (Paul Dupont, maire de Lille)': the source named in brackets, or signed
    after a dash ('“…” ― Ana Ruiz')."""
    doc = ctx.doc
    text = ctx.text
    after = m.close + 1
    while after < len(text) and text[after] in SPACES:
        after += 1
    line_start = text[max(0, m.open - 3):m.open].rstrip(" \t\u00a0\u202f")[-1:] in ("", "\n")
    if not m.closed or text[after:after + 1] not in ("(", "―", "—", "–") or not (sentence_start(text, m.open) or line_start):
        return None  # mid-sentence, '« Les Routes du Nord » (Gallimard)' is a title and its publisher
    name_at = after + 1
    while name_at < len(text) and text[name_at] in SPACES:
        name_at += 1
    span_ = tokens_in(doc, name_at, name_at + 1)
    named = ctx.mention_from.get(span_[0].i) if span_ is not None else None
    if named is None or named.kind != "person":
        return None
    return Quote("direct", [(m.cs, m.ce)], speakers=[(named.start, named.end)], anchor=m.cs)


def named_back(ctx: Context, m: Marked, j: int, head: str) -> Quote | None:
    """'« … » La phrase est signée Paul Roux', '« … » Le message de la ministre est clair': the sentence after the
    quotation names it and, within its first words, the person it is from."""
    tokens = ctx.tokens
    lead = next((p for p in ctx.lex.naming_leads if head.startswith(p + " ")), None)
    if lead is not None:
        # 'C'est le constat de X', 'Tel est le message de X': the naming words after a presentative
        skip = len(lead) + 1
        while skip < len(head) and head[skip] == " ":
            skip += 1
        j, head = j + skip, head[skip:]
    noun = next((p for p in ctx.lex.naming_back if head.startswith(p) and not head[len(p):len(p) + 1].isalpha()), None)
    if noun is None and lead is not None:
        # 'Voilà la réaction de X', 'Tel est le verdict de X': after a presentative, a determiner and a noun
        # naming what someone said (without one, 'La réaction de X …' may be X's answer to the quotation)
        said = ctx.lex.said_after.match(head) if ctx.lex.said_after is not None else None
        noun = said.group() if said is not None and said.group(1) in ctx.lex.said_nouns else None
    if noun is None:
        return None
    span_ = tokens_in(ctx.doc, j, min(len(ctx.text), j + len(noun) + 80))
    if span_ is None:
        return None
    sent_end = sentence_of(span_[0]).end
    # the first token past the naming words, however the tokenizer cut them ('l'attaque' is two tokens)
    first = next((t.i for t in span_ if t.idx >= j + len(noun)), span_.end)
    for t in ctx.doc[first:min(sent_end, first + 6)]:
        m2 = ctx.mention_from.get(t.i)
        if m2 is not None and m2.kind in SPEAKING_KINDS:
            cue = (j, tokens[first - 1].idx + len(tokens[first - 1]))
            return Quote("direct", [(m.cs, m.ce)], cue, "phrase", speakers=[(m2.start, m2.end)], anchor=m.cs)
        if t.pos_ == "NOUN" and ctx.words[t.i] in ctx.lex.roles:
            # 'la réaction de la maire de Rennes, Nathalie Appéré': a title, and the name it introduces
            cue = (j, tokens[first - 1].idx + len(tokens[first - 1]))
            return Quote("direct", [(m.cs, m.ce)], cue, "phrase", speakers=speaker_spans(ctx, [t]), anchor=m.cs)
        # 'le constat dressé par X': a participle whose agent follows names who made the statement
        agent = "Part" in feature(t, "VerbForm") and t.i + 1 < sent_end and ctx.words[t.i + 1] in ctx.lex.agent_words
        if t.pos_ in ("VERB",) and fold(t.lemma_) not in ctx.lex.origin_verbs and not agent \
                or ctx.forms[t.i] in (",", ".", ";"):
            break
    return None


def pointed_back(ctx: Context, m: Marked, quotes: list[Quote], silent: list[Token]) -> Quote | None:
    """'« … » C'est en ces termes que la ministre a réagi.', '« … » — c'est ce qu'affirme Paul Roux.': the
    sentence after the quotation opens on a phrase pointing back to it, and the subject of its verb spoke."""
    lex = ctx.lex
    doc = ctx.doc
    text = ctx.text
    if not m.closed or not (m.starts_para or sentence_start(text, m.open)):
        return None
    j = m.close + 1
    while j < len(text) and text[j] in SPACES + ".:—–-,":
        j += 1
    if text.count("\n", m.close, j) > 2:
        return None  # the quotation's paragraph and the next one only
    head = fold(text[j:j + 40])
    phrase = next((p for p in lex.pointing_back if head.startswith(p) and not head[len(p):len(p) + 1].isalpha()
                   or p.endswith("'") and head.startswith(p)), None)
    if phrase is None:
        return named_back(ctx, m, j, head)
    span_ = tokens_in(doc, j + len(phrase), min(len(text), j + len(phrase) + 160))
    if span_ is None:
        return None
    sent_end = sentence_of(span_[0]).end
    v = next((t for t in doc[span_.start:min(sent_end, span_.start + 10)] if t.pos_ == "VERB"), None)
    if v is None:
        return None
    subj = [c for c in dependents(v) if c.dep_ in SUBJ_DEPS and c.i > span_.start - 1 and c.pos_ in ("NOUN", "PROPN", "PRON")]
    spk = subj[0] if subj else inverted_subject(lex, v)
    if spk is None or ctx.words[spk.i] in lex.not_speakers or ctx.words[spk.i] in lex.que:
        return None
    return Quote("direct", [(m.cs, m.ce)], cue_span(ctx, v), lemma(lex, v) or fold(v.lemma_),
                 speakers=speaker_spans(ctx, [spk]), anchor=m.cs, addressee=addressee(v))


def after_cued_in_para(m: Marked, quotes: list[Quote], text: str) -> bool:
    """A quote with a cue stands before m in its paragraph: a direct one, or any when m opens a sentence
    ('Il a assuré que P. « Nous ne lâcherons personne. »')."""
    ps, pe = paragraph_spans(text)[m.para]
    opens = sentence_start(text, m.open)
    return any(ps <= q.start < m.cs and q.cue and (q.type == "direct" or opens) for q in quotes)


#: What makes a marked passage nobody introduced a quotation, tried in this order; the first that reads one wins:
#: a speaker the text points to explicitly (brackets, 'La critique vient de X') before the one nearest before.
STRATEGIES: list[Strategy] = [unlisted_incise, inner_incise, incise_before, in_their_eyes, named_after, predicate_in_marks, after_colon,
                              source_in_brackets, pointed_back, introduced_before]
