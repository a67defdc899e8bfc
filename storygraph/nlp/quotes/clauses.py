"""What is said: the reported clause of a cue ('que …', a clause with no complementizer, a clause fronted before
'…, a source said'), and where a reported clause ends (`clause_end`: the sentence end, cut before another
speaker's cue or the narrator's own clause).
"""
from __future__ import annotations


from spacy.tokens import Span, Token

from ..grammar import first_group_lemmas
from ..index import dependents, sentence_of, table, text_of, tokens_in
from ..mentions import fold
from .context import Context
from .lexicon import SUBJ_DEPS, Lexicon, cue_words, lemma
from .marks import CLOSERS, OPENERS, TRIM
from .speakers import is_incise
from ..features import feature


def que_clause(lex: Lexicon, v: Token) -> Token | None:
    """The 'que' that opens the reported clause of v, if any."""
    # the words' texts, parts of speech and labels read off the shared table: asked for every cue, over up to
    # fifteen words each
    tab = table(v.doc)
    tokens, texts, pos, deps = tab.toks, tab.texts, tab.pos, tab.deps
    for c in dependents(v):
        if deps[c.i] in ("ccomp", "obj", "advcl", "xcomp", "conj") and c.i > v.i:
            for m in dependents(c):
                # ('après que', 'parce que': a conjunction of its own, which opens no reported clause; 'heard by now
                # that' is a complementizer, its 'now' no part of the clause)
                if fold(texts[m.i]) in lex.que and deps[m.i] in ("mark",) and m.i > v.i and not (
                        fold(texts[m.i - 1]) in lex.not_complementizer and tokens[m.i - 1].head.i == c.i):
                    if m.i - v.i <= 14 and not _crosses(v, m):
                        return m
    # parser miss: a 'que' within a few tokens after the verb (after "à X", adverbs, a date), or after a
    # comma-enclosed adjunct ('a expliqué, lors de sa visite au forum, que …'); after the whole of a
    # multi-word cue ('a fait savoir que')
    lem = lemma(lex, v) or ""
    k = v.i + (cue_words(lem) if lem in lex.multi_cues else 1)
    last = k - 1
    end = sentence_of(v).end
    while k < end and texts[k].lower() in lex.clitics:
        k += 1
    first = k
    # 'a indiqué que des « tirs » visaient …', with 'que' read as an adverb: right after a verb that takes a
    # que-clause and is not negated (no 'n'a indiqué que des chiffres'), it is the complementizer
    bare_que = lem in lex.frames.get("que", ()) and \
        not any(fold(texts[c.i]) in lex.negation_particles for c in dependents(v) if c.i < v.i)
    if k < end and texts[k] == ",":
        j = k + 1
        while j < end and j - k <= 25 and texts[j] not in (",", ".", ";", ":", "«", "»"):
            j += 1
        if j + 1 < end and texts[j] == "," and fold(texts[j + 1]) in lex.que:
            return tokens[j + 1]
    while k < end and k - v.i <= 14:
        text, p, dep = texts[k], pos[k], deps[k]
        if k - v.i > 10:
            # past ten words, only a complementizer right after an aside's comma ('a déclaré mardi à Lyon, devant …, que')
            if fold(text) in lex.que and dep == "mark" and texts[k - 1] == ",":
                return tokens[k]
            if text in (".", ";", ":", "«", "»", "?", "!") or p == "VERB":
                return None
            k += 1
            continue
        if fold(text) in lex.que:
            t = tokens[k]
            # after a time adjunct ('a affirmé la semaine dernière qu'il voulait un débat') a 'que' the parser
            # read as the relative's object opens the reported clause when that clause has an object of its own
            # (the UD labels of the French parse and the ClearNLP ones of the English parse; an adjective predicate
            # takes no object either: 'tweeted in the early hours that X was "disgusting"')
            after_time = dep in ("obj", "dobj") and t.head.dep_ in ("acl:relcl", "relcl") \
                and fold(t.head.head.lemma_) in lex.time_nouns \
                and (any(c.dep_ in ("obj", "dobj", "ccomp", "xcomp") and c.i != t.i for c in dependents(t.head))
                     or t.head.pos_ == "ADJ" and any(c.dep_ in SUBJ_DEPS for c in dependents(t.head)))
            # (a 'that' the parse made the marker of a relative clause is a complementizer all the same: 'told a
            # meeting of leaders that few people …')
            if p in ("SCONJ", "PRON") and ("Rel" not in feature(t, "PronType") or after_time or dep == "mark") \
                    or p == "ADV" and k == first and bare_que:
                if fold(texts[k - 1]) in lex.not_complementizer:
                    return None
                return t
        if text in (".", ";", ":", "«", "»", "?", "!") or (p == "VERB" and k > last and dep not in ("acl",)):
            return None
        k += 1
    return None


def bare_content_clause(v: Token, lex: Lexicon | None = None) -> int | None:
    """The first token of a finite clause v reports with no complementizer ('said the talks had failed'); with the
    Lexicon, past a complementizer the parse made part of the clause ('tweeted in the small hours that …')."""
    tokens = table(v.doc).toks
    for c in dependents(v):
        # (an adjective with a subject of its own is a predicate too: 'said the vote was "rigged"', tagged so
        # after a quotation mark)
        if c.dep_ == "ccomp" and c.i > v.i and c.pos_ in ("VERB", "AUX", "ADJ") and c.left_edge.i > v.i \
                and any(x.dep_ in SUBJ_DEPS + ("expl",) for x in dependents(c)) and not _crosses(v, c) \
                and not any(x.dep_ == "mark" for x in dependents(c)):
            first = c.left_edge.i
            if lex is not None and fold(tokens[first].text) in lex.que and first + 1 < c.i:
                first += 1
            return first
    return None


def loose_content_clause(v: Token) -> int | None:
    """'said after the vote he would resign', 'said the plan was dead; they …': the first token of a finite clause
    that opens right after the verb with a subject of its own, where the parse hung it on another word (a
    conjunction opens no reported clause, 'said nothing when she left', but a preposition the parse took for one,
    with its noun phrase, is the clause's adjunct)."""
    tokens = table(v.doc).toks
    doc = v.doc
    k = v.i + 1
    if k >= len(doc) or tokens[k].is_punct:
        return None
    for w in [tokens[k], *tokens[k].ancestors]:
        if w.i == v.i or w.left_edge.i != k:
            return None  # up to the verb itself, or past the phrase that opens after it
        if w.pos_ in ("VERB", "AUX") and w.i > k and w.dep_ not in ("relcl", "acl", "amod", "xcomp", "pcomp") \
                and any(c.dep_ in SUBJ_DEPS and c.i < w.i for c in dependents(w)) \
                and not any(c.dep_ == "mark" and not any(x.dep_ == "pobj" for x in dependents(c)) for c in dependents(w)) \
                and not _crosses(v, w) \
                and "Fin" in feature(w, "VerbForm") + [f for c in dependents(w) if c.dep_ in ("aux", "auxpass")
                                                       for f in feature(c, "VerbForm")]:
            return k
    return None


def relative_content(v: Token) -> tuple[int, int] | None:
    """'a project staff say will cut costs', 'donations, which he said were favours': a speech verb in a relative
    clause whose reported clause has its subject or object in the antecedent; the token range of the reported words
    after the verb, or None."""
    if v.dep_ != "relcl" or v.i + 1 >= len(v.doc):
        return None
    for c in dependents(v):
        if c.dep_ == "ccomp" and c.i > v.i and c.pos_ in ("VERB", "AUX") and not _crosses(v, c) \
                and not any(x.dep_ == "mark" for x in dependents(c)):
            return v.i + 1, c.right_edge.i + 1
    return None


def fronted_clause(ctx: Context, v: Token, subj: list[Token], sent: Span) -> tuple[int, int] | None:
    """'P, a source said.', 'P1, he said, P2.': the clause around a speaker and verb set off by commas, as
    characters (one passage over the incise)."""
    tokens = ctx.tokens
    # ('Though P, he said, Q': where the language reads clauses without a complementizer, the parse may hang the
    # reported clause before the incise on it as an adverbial one, the verb then having no complement after it)
    medial = ctx.lex.bare_clause and any(c.dep_ == "advcl" and c.i < v.i for c in dependents(v)) \
        and not any(c.dep_ in ("ccomp", "dobj", "xcomp", "prep") and c.i > v.i for c in dependents(v))
    if not subj or subj[0].i > v.i or not any(c.dep_ == "ccomp" and c.i < v.i for c in dependents(v)) \
            and v.dep_ != "parataxis" and not medial:
        return None
    doc = v.doc
    lead = min([subj[0].left_edge.i] + [c.i for c in dependents(v) if c.i < v.i and c.i > subj[0].i])
    after = v.i + 1
    lem = lemma(ctx.lex, v)
    heard = next((c for c in dependents(v) if c.dep_ in ("dobj", "dative", "obj", "iobj") and c.left_edge.i == after), None)
    if heard is not None and lem is not None and lem not in ctx.lex.frames.get("obj", ()):
        after = heard.right_edge.i + 1  # 'P, she told reporters.': the object of a verb that takes no said object heard it
    if lead - 1 <= sent.start or ctx.forms[lead - 1] != "," or \
            (after < sent.end and ctx.forms[after] not in (",", ".", "?", "!", ";") and _adjunct_of(tokens[after], v) is None):
        return None
    s = sent.start
    while s < lead - 1 and (tokens[s].is_space or tokens[s].text in ("-", "—", "–")):
        s += 1
    if lead - 1 - s < 1:
        return None
    text = ctx.text
    start, end = tokens[s].idx, tokens[lead - 1].idx
    while end > start and text[end - 1] in TRIM:
        end -= 1
    goes_on = after_incise(ctx, v, sent) if after < sent.end and ctx.forms[after] == "," else None
    if goes_on is not None:
        return start, goes_on
    if lead - 1 - s < 3 or not any(main_verb(ctx, t) for t in doc[s:lead - 1]):
        return None
    return start, end


def _adjunct_of(t: Token, v: Token) -> Token | None:
    """The adjunct of `v` (a phrase of place, time or manner) that `t` stands in: 'said [Friday afternoon]',
    'said [in a statement]'; None when `t` belongs to no such phrase."""
    while t.head != v and t.head != t:
        t = t.head
    return t if t.head == v and t.i > v.i and t.dep_ in ("prep", "npadvmod") else None


def as_clause(ctx: Context, v: Token, sent: Span) -> list[tuple[int, int]] | None:
    """'The harbour, as the mayor put it, is the town's lungs', 'As she said, …': a cue in an aside opened by
    one of the grammar's `as_clause` words reports the rest of its sentence, in one or two pieces."""
    tokens = ctx.tokens
    lex = ctx.lex
    if not lex.as_clause or not any(c.dep_ == "mark" and ctx.words[c.i] in lex.as_clause and c.i < v.i for c in dependents(v)):
        return None
    inside = [x.i for x in v.subtree]
    lo, hi = min(inside), max(inside)
    if lex.as_clause_comma and hi > v.i and ctx.forms[hi] == ",":
        hi -= 1  # 'The harbour, as the minister noted, has …': the parser hangs the closing comma on the aside
    if ctx.words[lo] not in lex.as_clause:
        return None
    lem = lemma(lex, v)
    if lem is not None and any(c.dep_ == "prep" and c.i > v.i and any(o.dep_ in ("pobj", "pcomp") for o in dependents(c))
                               and any(ctx.words[c.i] in lex.frame_words[f] and lem in lex.frames.get(f, ())
                                       for f in ("sur", "pour", "contre", "de-np")) for c in dependents(v)):
        return None  # 'As the abbot spoke about the floods, …': the cue reports its own phrase, no aside on the sentence
    # (the comma may stand inside the closing mark before it: '… a "lawful source," as a memo put it')
    before = lo == sent.start or ctx.forms[lo - 1] in (",", "(", "—", "–") or \
        lo >= 2 and (ctx.forms[lo - 1] in CLOSERS or ctx.forms[lo - 1] == '"') and ctx.forms[lo - 2] == ","

    after = hi + 1 >= sent.end or ctx.forms[hi + 1] in (",", ".", ")", "—", "–", ";", "!", "?")
    if not (before and after):
        return None  # 'as' inside the clause ('the same law as they said'): no aside
    text = ctx.text
    pieces = []
    for s, e in ((sent.start, lo), (hi + 1, _true_end(ctx, sent.end))):
        if e <= s:
            continue
        a, b = tokens[s].idx, tokens[e - 1].idx + len(tokens[e - 1])
        while a < b and (text[a] in TRIM or text[a].isspace()):
            a += 1
        while b > a and text[b - 1] in TRIM:
            b -= 1
        if b - a >= 3:
            pieces.append((a, b))
    return pieces or None


def fronted_participle(ctx: Context, v: Token, sent: Span) -> tuple[int, int, Token] | None:
    """'Claiming the harbour is unsafe, the mayor closed it': a present participle cue opening the sentence
    reports the words up to its comma, and the main clause's subject says them (the parser often hangs
    the participle's clause on the main verb). The characters of the content and the speaker's token."""
    tokens = ctx.tokens
    lex = ctx.lex
    if v.i != sent.start or not v.text.endswith(lex.participle_endings) or "Part" not in feature(v, "VerbForm"):
        return None
    comma = next((j for j in range(v.i + 1, min(sent.end, v.i + 30)) if ctx.forms[j] in (",", ";", ":", ".")), None)
    if comma is None or ctx.forms[comma] != "," or comma - v.i < 3:
        return None
    root = sent.root
    subj = next((c for c in dependents(root) if c.dep_ in SUBJ_DEPS and c.i > comma), None) if root.i > comma else None
    if subj is None or ctx.words[subj.i] in lex.not_speakers:
        return None
    k = v.i + 1
    if ctx.words[k] in lex.que:
        k += 1
    lem = lemma(lex, v) or ""
    frames = {f for f, verbs in lex.frames.items() if lem in verbs}
    # what follows must be one of the verb's complements: 'Speaking at a rally, …' reports nothing
    if not ("que" in frames or ("obj" in frames and tokens[k].pos_ in ("DET", "NOUN", "PROPN", "ADJ", "NUM", "PRON"))
            or any(ctx.words[k] in lex.frame_words.get(f, ()) for f in frames)):
        return None
    text = ctx.text
    end = tokens[comma].idx
    while end > tokens[k].idx and text[end - 1] in TRIM:
        end -= 1
    return tokens[k].idx, end, subj


def _crosses(v: Token, m: Token) -> bool:
    """A full stop, a semicolon or a quotation mark stands between v and m."""
    return any(t.text in (".", ";", "«", "»") for t in v.doc[v.i:m.i])


def clause_end(ctx: Context, start_tok: int, sent: Span, coordinated: bool = True) -> int:
    """Character end of a reported clause: the sentence end, cut before another cue ('…, a-t-il
    ajouté', '… et a appelé à …'); with coordinated=False a cue coordinated inside the clause is part of
    it (after 'selon X', the clause's own subject speaks there, not X)."""
    tokens = ctx.tokens
    lex = ctx.lex
    doc = ctx.doc
    end_tok = _true_end(ctx, sent.end)
    k = start_tok
    forms, words, marked = ctx.forms, ctx.words, ctx.marked  # the Doc's arrays: no Token per word
    while k < end_tok:
        f = forms[k]
        if f == ":" and k + 1 < end_tok and (forms[k + 1] in OPENERS or forms[k + 1] == '"') and k > start_tok + 2 \
                and ctx.sentence_in_marks(tokens[k + 1].idx):
            end_tok = k  # ': « Nous ne céderons pas. »' is a quotation of its own; ': «sang-froid» et …' is not
            break
        if k > start_tok + 2 and k not in marked and (f == ";" or (f == "," and k + 2 < end_tok and words[k + 1] == "mais"
                                                                  and words[k + 2] not in ("que", "qu'", "aussi", "egalement", "pas", "plutot", "surtout", "encore"))):
            end_tok = k  # ', mais …' opens the narrator's own clause
            break
        if (f == "," or words[k] in lex.coordinators) and k + 1 < end_tok and k not in marked:  # not inside the speaker's own words
            t = tokens[k]
            j = k + 1
            while j < end_tok and j - k <= 3 and (tokens[j].dep_.startswith("aux") or tokens[j].pos_ == "ADV" or words[j] in lex.coordinators or forms[j] == ","
                                                  or (f == "," and words[j] in ("tout", "en"))
                                                  # ', (tout) en se félicitant de …': the reflexive clitic of a participle cue
                                                  or (f == "," and words[j] in lex.reflexive_tokens and j + 1 < end_tok
                                                      and "Part" in feature(tokens[j + 1], "VerbForm"))):
                j += 1
            if j < end_tok and j > k + (1 if t.text == "," else 0) - 1 and lemma(lex, tokens[j]) and _verb_here(lex, tokens[j], k, start_tok):
                lv = tokens[j]
                # (an adverb is no subject: 'tout en se félicitant', where the parser may make 'tout' one)
                own_subject = any(c.dep_ in SUBJ_DEPS and c.i < lv.i and c.i > k and c.pos_ != "ADV" for c in dependents(lv))
                # a coordinated cue shares the speaker ('… et a appelé à'); a verb coordinated inside the
                # reported clause does not ('certains noircissent … et prétendent')
                # an incise never opens a que-clause of its own ('…, prévoyaient qu'une demande …')
                incise = is_incise(lex, lv) and not (lv.i + 1 < end_tok and words[lv.i + 1] in ("que", "qu'"))
                participle = lv.text.endswith(lex.participle_endings) and "Part" in feature(lv, "VerbForm")  # '… et assurant que'
                compound = any(c.dep_.startswith("aux") for c in dependents(lv)) or incise or participle
                # '… and said she would …' coordinated with the cue itself (before the clause): the speaker's next act
                # or one that reports a clause of its own ('… and added that …'), whoever its subject is
                compound = compound or (lv.dep_ == "conj" and (lv.head.i < start_tok or que_clause(lex, lv) is not None
                                                                   or lex.bare_clause and bare_content_clause(lv) is not None))
                # 'a assuré avoir « entendu … » et promis de …': a cue participle sharing the cue's auxiliary,
                # which the parse hangs on the reported infinitive, is the speaker's second report
                compound = compound or (lv.dep_ == "conj" and "Part" in feature(lv, "VerbForm") and "Past" in feature(lv, "Tense")
                                        and lv.head.dep_ in ("xcomp", "ccomp") and lv.head.head.i < start_tok
                                        and any(c.dep_.startswith("aux") for c in dependents(lv.head.head)))
                # 'said it would cut jobs and warned of losses': a finite past-tense cue cannot be coordinated with
                # the infinitive a modal governs in the reported clause, so it is the speaker's second report
                compound = compound or (lv.dep_ == "conj" and lv.head.i >= start_tok and lv.head.head.i < start_tok
                                        and "Past" in feature(lv, "Tense") and "Fin" in feature(lv, "VerbForm")
                                        and "Inf" in feature(lv.head, "VerbForm")
                                        and not any(c.dep_.startswith("aux") for c in dependents(lv)))
                # ', précisant que …', ', tout en saluant …': a participle cue of the same speaker
                gerund = t.text == "," and lv.text.endswith(lex.participle_endings) and "Part" in feature(lv, "VerbForm")
                if not own_subject and compound and (t.text != "," or gerund or incise or words[k + 1] in lex.coordinators
                                                     or tokens[k + 1].dep_.startswith("aux")) and (coordinated or t.text == "," and incise):
                    end_tok = k
                    break
        if words[k] in lex.coordinators and k > start_tok and k not in marked and k + 1 < end_tok:
            # '… reconnaît des « difficultés » mais refuse de …': a finite verb the parse coordinates with the
            # cue itself, before the reported words began, is the speaker's next act, whatever the verb
            lv = tokens[k + 1]
            # (the parse may hang the cue on that verb instead: 'admet …' as its parataxis)
            # or the verb's subject stands before the reported words: the speaker's, not the clause's)
            linked = lv.dep_ == "conj" and lv.head.i < start_tok and lv.head.pos_ == "VERB" or \
                any(c.i < start_tok and (c.pos_ == "VERB" and c.dep_ in ("conj", "parataxis") or c.dep_ in SUBJ_DEPS)
                    for c in dependents(lv))
            if lv.pos_ == "VERB" and linked and "Fin" in feature(lv, "VerbForm") \
                    and not any(c.dep_ in SUBJ_DEPS and c.i > k for c in dependents(lv)) and not _disagrees(lv):
                end_tok = k
                break
        if f == "," and k > start_tok + 1 and k not in marked and _inverted_incise(ctx, k, end_tok):
            end_tok = k  # '… « sous contrôle », a-t-il expliqué, …': the narrator's incise closes the clause
            break
        if f == "," and start_tok + 2 < k < end_tok - 1 and k not in marked and words[k + 1] in lex.according_first and \
                "," not in forms[k + 1:end_tok] and any(p != ("pour",) and tuple(words[k + 1:k + 1 + len(p)]) == p
                                                        for p in lex.according_by_first.get(words[k + 1], ())):
            end_tok = k  # '…, selon des propos rapportés par Tass.': who carried the words, not what was said
            break
        if words[k] in lex.report_openers and k > start_tok + 2 and k not in marked and _reports_in_turn(ctx, k, end_tok):
            end_tok = k  # '…, but he said that …': his own report, not part of the first one
            break
        if k > start_tok + 1 and k not in marked and _contrast_report(ctx, k, end_tok):
            end_tok = k  # '…, tandis que l'ambassadrice assurait que …': another speaker's report
            break
        if f == "," and k > start_tok + 1 and k not in marked and _new_speaker_after(ctx, k, end_tok):
            end_tok = k
            break
        k += 1
    last = tokens[end_tok - 1]
    e = last.idx + len(last)
    s = tokens[start_tok].idx
    text = text_of(doc)
    while e > s and (text[e - 1] in TRIM or text[e - 1] in OPENERS):  # an opening mark the parser left at the end
        e -= 1
    # keep a closing mark that ends a fragment opened inside the clause
    if e < len(text) and text[e:e + 1] in CLOSERS | {'"'} and (text.count("«", s, e) + text.count('"', s, e)) % 2:
        e += 1
    return e


def after_incise(ctx: Context, v: Token, sent: Span) -> int | None:
    """'P1, a indiqué la ministre, mais pas P2': where the reported sentence goes on after the incise
    with a clause of its own, the end of that clause (the content then runs over the incise, as one
    passage); None when the words after the incise are the narrator's ('…, sans préciser de date')."""
    tokens = ctx.tokens
    doc = ctx.doc
    end = _true_end(ctx, sent.end)
    comma = next((j for j in range(v.i + 1, min(end, v.i + 14)) if ctx.forms[j] == ","), None)
    if comma is None or comma + 2 >= end or any(ctx.forms[j] in (".", ";", ":", "«", "»", '"') for j in range(v.i, comma)):
        return None
    nxt = comma + 1
    words = ctx.words
    conj = words[nxt] in ("mais", "et", "car", "puisque", "parce", "sauf", "donc", "or", "tandis", "alors", "lorsque",
                          "quand", "si", "comme", "meme")
    # ('…, he said, replacing her would be harder': where the language reads clauses without a complementizer, a
    # gerund that reports nothing and opens a clause with a finite verb is that clause's subject)
    gerund = ctx.lex.bare_clause and "Part" in feature(tokens[nxt], "VerbForm") and "Pres" in feature(tokens[nxt], "Tense") \
        and not lemma(ctx.lex, tokens[nxt]) and any(main_verb(ctx, t) for t in doc[nxt + 1:end]
                                                 if "," not in ctx.forms[nxt:t.i])
    clause = any(main_verb(ctx, t) for t in doc[nxt:end]) and (gerund or not (tokens[nxt].pos_ == "VERB" and "Fin" not in feature(tokens[nxt], "VerbForm")))
    if not (tokens[nxt].text[:1].islower() and (conj or clause)) or words[nxt] in ("selon", "d'apres", "a", "au", "dans", "lors", "sans", "avant", "apres"):
        return None
    e = clause_end(ctx, nxt, sent)
    return e if e > tokens[nxt].idx else None


def _inverted_incise(ctx: Context, k: int, end: int) -> bool:
    """The comma at k opens an incise whose subject is an inverted clitic ('…, a-t-il expliqué', '…, estime-t-on',
    '…, dit-elle'): French inverts a clitic subject there only in an incise, the narrator's main clause, so the
    reported clause cannot go on through it."""
    tokens = ctx.tokens
    for j in range(k + 1, min(end, k + 5)):
        if ctx.words[j] in ctx.lex.inverted:
            return j > k + 1
        if not (tokens[j].pos_ in ("AUX", "VERB", "ADV") or ctx.words[j] == "-t"):
            return False
        if tokens[j].pos_ == "VERB" and fold(tokens[j].lemma_) in ctx.lex.parenthetical:
            return False  # '…, semble-t-il, …', '…, faut-il le dire, …': a hedge inside the clause, no incise
    return False


def _true_end(ctx: Context, end: int) -> int:
    """Where the sentence that the parser ended at `end` really ends: a sentence break with no closing
    punctuation before it and a lower-case word or a hyphen after it, on the same line, is the parser's
    slip ('… de 29 narco|-trafiquants', '… Edmundo Gonzalez|Urrutia avait remporté …')."""
    tokens = ctx.tokens
    doc = ctx.doc
    for _ in range(3):
        if end >= len(doc) or end == 0:
            return end
        last, nxt = ctx.forms[end - 1], ctx.forms[end]
        if last[-1:] in ".!?…:;" or last in CLOSERS or "\n" in last or "\n" in nxt or not nxt.strip():
            return end
        if not (nxt[:1].islower() or nxt[:1] in "-–" or (tokens[end - 1].pos_ == "PROPN" and tokens[end].pos_ == "PROPN")):
            return end
        end = sentence_of(tokens[end]).end
    return end


def _disagrees(lv: Token) -> bool:
    """lv, a finite verb the parse coordinates with the cue, differs from the cue's finite form in number: it
    cannot share the speaker as subject ('Le préfet a ajouté que les secours étaient « prêts » et surveillaient
    …'), so it goes on with the reported clause."""
    cue = lv.head
    finite = cue if "Fin" in feature(cue, "VerbForm") else next((c for c in dependents(cue) if c.dep_.startswith("aux")
                                                                    and "Fin" in feature(c, "VerbForm")), None)
    if finite is None:
        return False
    a, b = feature(lv, "Number"), feature(finite, "Number")
    return bool(a) and bool(b) and a != b


def _verb_here(lex: Lexicon, t: Token, k: int, start_tok: int) -> bool:
    """t, after the coordinator or comma at k, is a verb: tagged so, or a cue's form the tagger took for a noun
    with no determiner, coordinated with the cue before the reported words ('dénonce « … » et demande « … »')."""
    if t.pos_ == "VERB":
        return True
    return t.pos_ == "NOUN" and t.i == k + 1 and t.dep_ == "conj" and t.head.pos_ == "VERB" and t.head.i < start_tok \
        and not any(c.dep_ == "det" for c in dependents(t))


def _contrast_report(ctx: Context, k: int, end: int) -> bool:
    """At k (after an optional comma) a contrast conjunction opens a clause whose speech verb has a subject of its
    own ('…, tandis que l'ambassadrice assurait que …', 'alors que le maire affirmait …'): another report."""
    tokens = ctx.tokens
    lex = ctx.lex
    j = k + 1 if ctx.forms[k] == "," else k
    # asked at every word of every reported clause: most words open no conjunction, decided by one look-up
    phrases = lex.contrast_conjunctions_at.get(ctx.words[j]) if j < len(ctx.words) else None
    if not phrases:
        return False
    n = next((len(p) for p in phrases if tuple(ctx.words[j:j + len(p)]) == p), 0)
    if not n:
        return False
    j += n
    for x in range(j, min(end, j + 14)):
        t = tokens[x]
        if ctx.forms[x] in (",", ".", ";", ":", "«", "»") or x in ctx.marked:
            return False
        if t.pos_ == "VERB" and lemma(lex, t):
            return any(c.dep_ in SUBJ_DEPS and j <= c.i < x and ctx.words[c.i] not in lex.relative_subjects for c in dependents(t))
    return False


def _new_speaker_after(ctx: Context, k: int, end: int) -> bool:
    """After the comma at k, a clause of another speaker begins: a short noun phrase, then a speech verb
    it is the subject of (', d'autres demandent même …', ', la France demandant …')."""
    tokens = ctx.tokens
    lex = ctx.lex
    doc = ctx.doc
    j = k + 1
    while j < end and j - k <= 6 and (tokens[j].pos_ in ("DET", "NOUN", "PROPN", "NUM")
                                      or (tokens[j].pos_ == "ADJ" and not (j > k + 1 and tokens[j].text.endswith(lex.participle_endings)))
                                      or (tokens[j].pos_ == "PRON" and ctx.words[j] not in ("qui", "que", "qu'", "dont", "lequel", "laquelle", "lesquels", "lesquelles", "ou"))
                                      or ctx.words[j] in ("d'", "de")):
        j += 1
    if j == k + 1:
        return False
    while j < end and (tokens[j].dep_.startswith("aux") or tokens[j].pos_ == "ADV"):
        j += 1
    if j >= end:
        return False
    v = tokens[j]
    if v.pos_ == "ADJ" and v.text.endswith(lex.participle_endings):
        # ', la FNTR menaçant de …': a present participle the tagger took for an adjective of the noun before it
        return any(c in lex.verbs for c in first_group_lemmas(fold(v.text), lex.lang))
    if v.pos_ != "VERB":
        return False
    participle = v.text.endswith(lex.participle_endings) and "Part" in feature(v, "VerbForm")
    if not lemma(lex, v):
        # 'Rome allant jusqu'à évoquer …': a participle of its own subject leading to a speech verb's infinitive
        if not participle or not any("Inf" in feature(t, "VerbForm") and lemma(lex, t) for t in doc[j + 1:min(end, j + 4)]):
            return False
        return True
    absolute = v.dep_ == "acl" and participle and k < v.head.i < j  # 'la France demandant …'
    # ', d'autres demandent …': a finite speech verb right after a noun phrase opens a clause of that phrase, the
    # reported words cannot go on with a verb of their own there (the parse may miss the subject: 'd'autres')
    finite = "Fin" in feature(v, "VerbForm") and any(tokens[x].pos_ in ("NOUN", "PROPN", "PRON", "ADJ", "NUM") for x in range(k + 1, j))
    return absolute or finite or any(c.dep_ in SUBJ_DEPS and k < c.i < j for c in dependents(v))


def _reports_in_turn(ctx: Context, k: int, end: int) -> bool:
    """The word at k opens a clause whose own subject reports a clause of its own with a speech verb ('but he said
    that …', 'though officials argued the plan …')."""
    tokens = ctx.tokens
    lex = ctx.lex
    j = k + 1
    # (a no-break space the web text left between words is a token of its own: 'but\xa0Larsen said')
    # (the subject may hold a preposition's phrase: 'though an audit of the accounts shows …')
    while j < end and j - k <= 8 and tokens[j].pos_ in ("DET", "ADJ", "NOUN", "PROPN", "PRON", "NUM", "ADV", "AUX", "PART", "SPACE", "ADP"):
        j += 1
    if j >= end or tokens[j].pos_ != "VERB" or not lemma(lex, tokens[j]):
        return False
    v = tokens[j]
    if v.dep_ in ("relcl", "acl") or any(ctx.words[x] in lex.relative_subjects for x in range(k + 1, j)):
        return False  # '… and the number of tenants who believed that …': a relative clause inside the clause
    subject = next((c for c in dependents(v) if c.dep_ in SUBJ_DEPS and k < c.i < j), None)
    if subject is None:
        subject = stranded_subject(ctx, v)
        if subject is not None and subject.left_edge.i != k + 1:
            subject = None
    if subject is None:
        return False
    if que_clause(lex, v) is not None or bare_content_clause(v) is not None:
        return True
    # 'and Democrats accused the party of …': a named or nominal speaker's act on an object of its own is a
    # report of its own too, whatever complement carries it
    return subject.pos_ in ("NOUN", "PROPN") and any(c.dep_ in ("dobj", "prep", "xcomp", "oprd") and c.i > j
                                                     for c in dependents(v))


def stranded_subject(ctx: Context, v: Token) -> Token | None:
    """'… ignored the leaks and inspectors accused the firm of …': the noun right before the finite verb v, which
    has no subject in the parse (the parse coordinated that noun with the object before it, after a word that
    opens a report in turn), is v's subject: an English noun phrase right before a finite verb is its subject."""
    tokens = ctx.tokens
    if any(c.dep_ in SUBJ_DEPS for c in dependents(v)) or not any("Fin" in feature(t, "VerbForm") for t in (v, *dependents(v))
                                                                 if t.i == v.i or t.dep_.startswith("aux")):
        return None
    last = v.i - 1
    while last > 0 and tokens[last].pos_ in ("ADV", "AUX", "PART"):
        last -= 1
    noun = tokens[last]
    # (the last of a list, 'A, B and C support …', is the list's, not one noun's)
    if noun.pos_ not in ("NOUN", "PROPN") or noun.dep_ != "conj" or noun.head.dep_ == "conj" or noun.left_edge.i < 1 \
            or ctx.words[noun.left_edge.i - 1] not in ctx.lex.report_openers:
        return None
    return noun


def main_verb(ctx: Context, t: Token) -> bool:
    """t is a finite verb of a clause of its own, not of a relative clause ('Ouagadougou, qui espérait …')."""
    if t.pos_ not in ("VERB", "AUX") or "Fin" not in feature(t, "VerbForm"):
        return False
    h = t.head if t.dep_ in ("cop", "aux", "aux:tense", "aux:pass") else t
    return not h.dep_.startswith("acl") and not any(c.dep_ in SUBJ_DEPS and ctx.words[c.i] in ("qui", "que", "qu'")
                                                      for c in dependents(h))


def fronted_end(ctx: Context, v: Token, start: int, end: int) -> int:
    """A cue in a clause placed before the main one ('S'il persiste à nier toute faute, le ministre
    …', 'Reconnaissant sa défaite, le Premier ministre …'): what it reports ends with that clause."""
    c = v
    while c.dep_ == "xcomp" and c.head.i < c.i:
        c = c.head  # 'continue de dénoncer'
    if c.dep_ != "advcl" or c.head.i < c.i or c.head.i in ctx.marked:
        return end
    inside = {x.i for x in c.subtree}
    doc = v.doc
    left = min(inside)
    sent = sentence_of(v)
    if max(inside) > c.head.i or not (left == sent.start or ctx.forms[left - 1] == ","):
        return end  # not a clause standing before its main verb
    text = text_of(doc)
    span_ = tokens_in(doc, start, end)
    for t in span_ or []:
        if t.i not in inside and not t.is_punct and not t.is_space:
            cut = t.idx
            while cut > start and text[cut - 1] in TRIM:
                cut -= 1
            # nothing left: the parser hung the cue under the very clause it reports
            return cut if cut - start >= 3 else end
    return end


def adjectival_participle(v: Token, lex: Lexicon | None = None) -> bool:
    """True for a past participle with no auxiliary that qualifies a noun or opens an adjunct ('X, accusé de
    corruption, …', 'Interrogé par la presse, X …'), or is coordinated with one: a passive, whose noun is its patient.
    A form whose ending no participle of its verb has ('», déplore X') is the present the tagger misread."""
    tab = table(v.doc)
    tokens, deps = tab.toks, tab.deps
    if lex is not None:
        form, base = v.text.lower(), v.lemma_  # (read once: a Token getter builds a new string each time)
        if any(base.endswith(inf) and not form.endswith(ends) for inf, ends in lex.participle_forms.items()):
            return False
        if lex.object_after_participle and v.dep_ == "acl" and v.i + 1 < len(v.doc) \
                and tokens[v.i + 1].pos_ in ("PROPN", "PRON", "DET") and tokens[v.i + 1].dep_ != "agent" \
                and (lemma(lex, v) or "") not in lex.frames.get("x-adj", ()):
            # 'Ana Ruiz, the institute's director, compared Hale to …': a passive takes no object, so a
            # participle with a noun phrase right after it is the past tense the tagger misread
            return False
    for _ in range(3):
        # (the auxiliary first, off the table's labels: most past participles of cues have theirs)
        if any(deps[c.i].startswith("aux") for c in dependents(v)) or \
                not ("Part" in feature(v, "VerbForm") and "Past" in feature(v, "Tense")):
            return False
        if v.dep_ in ("acl", "advcl", "appos", "amod"):
            return True
        if v.dep_ != "conj" or v.head.i == v.i:
            return False
        v = v.head
    return False
