"""Who says: the speaker mention of a cue, chosen here. `subject_of` reads the cue's grammatical subject, an
inverted pronoun or subject ('», a déclaré le ministre'), a relative's antecedent, a name opening the sentence,
or the speaker of the cue it depends on; the other functions read the subject where the parser lost it
(narrative infinitives, verbless leads before a colon, 'on') and `speaker_spans` / `mention_span` turn the
chosen tokens into the characters of the mention. Who that mention *is* is the reference component's job.
"""
from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Span, Token

from ..grammar import grammar, group_start, through_complement
from ..index import dependents, sentence_of, table
from ..mentions import fold, starting_in
from .context import Context
from .lexicon import SUBJ_DEPS, Lexicon, inverted_before, lemma
from ..paragraphs import datelines
from .marks import SPACES
from ..features import feature


SPEAKING_KINDS = ("person", "organization", "country", "media")  # names that speak, coordinated with their like


def subject_of(ctx: Context, v: Token, depth: int = 0) -> list[Token]:
    """The speaker tokens of a cue: grammatical subject, clitic, inverted subject, or inherited."""
    tokens = ctx.tokens
    lex = ctx.lex
    clitic = clitic_subject(lex, v)
    if clitic is not None:
        return [clitic]
    marks = ctx.marked
    deps, pos, texts = ctx.deps, ctx.pos, ctx.texts  # the table's lists: asked for every cue
    subs = [c for c in dependents(v) if deps[c.i] in SUBJ_DEPS and c.i not in marks and texts[c.i].lower() not in lex.clitics]
    # an adverb is no subject ('tout en se félicitant', where the parser may make 'tout' one), nor a phrase a
    # preposition opens ('», a de son côté déclaré X': 'de son côté' read as a subject)
    subs = [c for c in subs if (c.i < v.i or pos[c.i] in ("PROPN", "NOUN", "PRON")) and pos[c.i] != "ADV" and
            not any(deps[g.i] == "case" for g in dependents(c))]
    if subs:
        s = past_dateline(ctx, subs[0])
        last = max(subs, key=lambda c: c.i)
        if last.i < v.i and last.pos_ == "PRON" and s.i < last.i and \
                any(t.text == "," for t in v.doc[s.i + 1:last.i]):
            # 'Amer, il a juré …': a subject pronoun right before its verb is its subject, whatever the parser
            # made of the word set off before the comma (a detached adjective, a dislocated phrase)
            s = last
        if fold(s.text) in lex.relative_subjects:
            # the relative's antecedent: the name the parser hangs it on (through an apposition: 'le FSIN,
            # le service des prisons, qui …'), else the noun right before 'qui' ('… de l'ex-candidat, qui')
            h = v.head if v.dep_.startswith("acl") else None
            if h is not None and h.dep_ == "appos":
                h = h.head
            if h is not None and h.pos_ == "NOUN":
                # an apposition by position: 'le FSIN, le service des prisons, qui …'
                lo = min(x.i for x in h.subtree if x.i <= h.i and not x.is_punct)
                if lo >= 2 and tokens[lo - 1].text == ",":
                    named = next((m for m in v.doc._.sg_mentions or [] if m.j == lo - 1), None)
                    if named is not None:
                        h = tokens[named.i]
            k = _before_age(ctx, _before_commas(v.doc, s.i - 1))
            if h is not None and any(c.dep_ == "case" for c in dependents(h)):
                # 'Sur RTL, Marie Dubois, qui déclarait …': a phrase a preposition governs is no one's subject; the
                # relative takes up the name the parser set beside it, right before 'qui'
                m = ctx.mention_at.get(k)
                if m is not None and tokens[m.i].head.i == h.i and tokens[m.i].dep_ == "appos" and \
                        not any(c.dep_ == "case" for c in dependents(tokens[m.i])):
                    h = tokens[m.i]
            if h is not None and any(m.i <= h.i < m.j for m in v.doc._.sg_mentions or []):
                return [h]
            if k >= 0 and tokens[k].pos_ in ("NOUN", "PROPN"):
                return [tokens[k]]
            if v.dep_.startswith("acl") and v.head.i != v.i:
                return [v.head]
            return []
        if fold(s.text) in lex.que:
            return []
        # 'X et Y ont estimé', parsed with two subjects side by side: both speak
        return [s] + [c for c in subs if s.i < c.i < v.i and s.i in ctx.mention_at and c.i in ctx.mention_at and
                      any(ctx.words[k] in lex.coordinators_and for k in range(ctx.mention_at[s.i].j, c.i))]
    broken = pronoun_subject_misread(ctx, v)
    if broken is not None:
        return [broken]  # '…, d'autres demandent …': a pronoun the parser read as a modifier of the verb
    absolute = absolute_subject(ctx, v) if lex.absolute_prepositions else None
    if absolute is not None:
        return [absolute]  # '…, with economists offering their views': the absolute clause's noun speaks
    if v.pos_ in ("NOUN", "ADJ", "PROPN"):
        top = phrase_before(ctx, v)
        if top is not None:
            return [top]
    participle = "Part" in feature(v, "VerbForm") and "Pres" in feature(v, "Tense") or v.text.endswith(lex.participle_endings)
    named = ctx.mention_at.get(v.i - 1) if participle and v.i > 0 else None
    if named is not None and named.j == v.i and named.kind in SPEAKING_KINDS:
        k = named.i - 1
        while k >= 0 and tokens[k].pos_ == "DET":
            k -= 1
        if k >= 0 and ctx.forms[k] == ",":
            # '…, la France demandant que …': an absolute participle; the name right before it says it
            return [tokens[named.i]]
    if participle and depth < 3:
        # '…, souligne-t-il, notant que …', 'X a dit que …, ajoutant que …': the speaker of the cue before
        for k in range(v.i - 1, sentence_of(v).start - 1, -1):
            t = tokens[k]
            if t.pos_ == "VERB" and lemma(lex, t) and not t.text.endswith(lex.participle_endings):
                found = subject_of(ctx, t, depth + 1)
                if found:
                    return found
                break
    opener = relative_opener(ctx, v)
    if opener is not None:
        # before the name that ends the relative clause: 'La Mission …, dont les soldats patrouillent entre Gao et
        # Tombouctou, affirme …' is said by the Mission, not by the last town
        return [opener]
    k = group_start(v) - 1
    if k >= 1 and tokens[k].text == "," and tokens[k - 1].pos_ == "PROPN":
        k -= 1  # 'Le chancelier autrichien Karl Berger, a dénoncé'
    named = next((m for m in v.doc._.sg_mentions or [] if m.j - 1 == k and m.kind in SPEAKING_KINDS), None)
    before = named.i - 1 if named is not None else -1
    while before > 0 and tokens[before].pos_ == "DET":
        before -= 1  # 'interrogée par l'AFP': the preposition stands before the article
    if named is not None and before >= 0 and (tokens[before].pos_ == "ADP" or fold(tokens[before].text) in lex.prepositions):
        named = None  # '… aux États-Unis, a noté le ministre': a name a preposition governs is no subject
    if named is not None and not participle:
        if named.i > 0 and tokens[named.i - 1].pos_ == "NOUN" and fold(tokens[named.i - 1].text) in lex.org_words:
            return [tokens[named.i - 1]]  # 'l'administration Trump ayant annoncé': the institution speaks
        return [tokens[named.i]]  # also 'Ana Ruiz a, pour sa part, déclaré'
    transitive = (lemma(lex, v) or "") in lex.not_incise  # after 'a salué', a noun phrase is the object
    if transitive:
        # … unless the quotation right before is that object: '« … », a dénoncé le ministre X'
        k = group_start(v) - 1
        while k >= 0 and tokens[k].pos_ == "PRON" and tokens[k].dep_.startswith("expl"):
            k -= 1  # '», s'est félicité le ministre': the reflexive clitic stands before the auxiliary
        if k >= 0 and tokens[k].text == ",":
            k -= 1
        transitive = not (k >= 0 and ctx.forms[k] in ("»", "”", '"'))
    inv = inverted_subject(lex, v) if _clause_initial(ctx, v) and not participle and not transitive else None
    if inv is not None:
        return [inv]
    # 'Bruce Bechtol, professeur …, estime que', 'Le président kényan William Ruto, qui …, a salué':
    # the name that opens the sentence (after a title, perhaps), the parser lost it
    sent = sentence_of(v)
    doc = v.doc
    opener = next((m for m in starting_in(doc, sent.start, v.i) if m.kind == "person"), None)
    first = group_start(v)
    if opener is not None and opener.j < first and tokens[opener.j].text == "," and tokens[first - 1].text == "," \
            and all(t.pos_ in ("DET", "NOUN", "ADJ", "PROPN") for t in doc[sent.start:opener.i]) \
            and not any(t.dep_.startswith("nsubj") and t.head.i == v.i for t in doc[opener.j:first]):
        return [tokens[opener.i]]
    # participial adjunct ("…, précisant que") or coordinated verb: the governing verb's speaker
    # ('acomp': 'is worried that …', the English parse hangs the stance adjective on its copula, whose subject speaks)
    # ('dep': the parser hung a multi-word cue on its last word, 'a fait ←dep valoir', whose subject it is)
    # ('attr': 'is an opponent of …', a stance noun after the copula, in the same way)
    if depth < 3 and v.head.i != v.i and (v.dep_ in ("advcl", "conj", "xcomp", "acl", "parataxis", "acomp", "dep")
                                          or v.dep_ == "attr" and v.pos_ == "NOUN" and fold(v.lemma_) in lex.stance_nouns):
        if v.dep_ == "acl" and v.head.pos_ in ("NOUN", "PROPN") and feature(v, "VerbForm") == ["Part"]:
            return []
        if v.head.i in marks:
            # the governing word stands inside a quoted fragment ('a dénoncé comme « inacceptable » …,
            # exigeant'): the speaker is that of the verb above it
            h = v.head
            while h.i in marks and h.head.i != h.i:
                h = h.head
            return [] if h.i in marks else subject_of(ctx, h, depth + 1)
        if v.dep_ == "conj":
            # '… a déclaré que P et a appelé à …': the parser may hang the second cue inside P
            h = v.head
            for _ in range(4):
                if lemma(lex, h) and h.pos_ == "VERB" or h.head.i == h.i:
                    break
                h = h.head
            if lemma(lex, h) and h.i != v.i:
                return subject_of(ctx, h, depth + 1)
        return subject_of(ctx, v.head, depth + 1)
    if depth < 3 and v.dep_ == "pcomp" and fold(v.head.text) in lex.gerund_prepositions and v.head.head.pos_ in ("VERB", "AUX") \
            and v.head.head.i < v.i:
        # 'was fined for saying that …', 'began by warning that …': a gerund after a preposition has the
        # subject of the verb that preposition hangs on (fronted, 'After saying P, she …', the clause end is not
        # read yet: P would run on into the main clause)
        return subject_of(ctx, v.head.head, depth + 1)
    return []


def pronoun_subject_misread(ctx: Context, v: Token) -> Token | None:
    """'Certains réclament A, d'autres demandent B': a word that stands alone for some people ('autres', 'certains')
    hung on a verb as its adjective or determiner, with only its article, auxiliaries, clitics and adverbs between
    them, is that verb's subject (a verb has no adjective)."""
    tokens = ctx.tokens
    for c in dependents(v):
        if c.i >= v.i or c.dep_ not in ("amod", "det") or fold(c.text) not in ctx.lex.other_anaphors:
            continue
        if all(tokens[k].pos_ in ("AUX", "ADV", "PRON") or tokens[k].dep_.startswith("aux") for k in range(c.i + 1, v.i)):
            return c
    return None


def past_dateline(ctx: Context, s: Token) -> Token:
    """'LONDON, March 14 (Reuters) - Britain's largest union rejected …', parsed with the city as subject: the
    subject is the phrase after the dateline (which the parser hangs on the city), never the city it is filed from."""
    for a, b in datelines(ctx.text):
        if a <= s.idx < b:
            after = [c for c in s.subtree if c.idx >= b and c.head.idx < b and c.pos_ in ("NOUN", "PROPN", "PRON")]
            return after[0] if after else s
    return s


def phrase_before(ctx: Context, v: Token) -> Token | None:
    """'La présidente du groupe à l'Assemblée juge que …' with 'juge' read as a noun: the subject is the whole noun
    phrase that ends right before the cue and opens its clause, not the last name inside it."""
    tokens = ctx.tokens
    k = group_start(v) - 1
    sent = sentence_of(v)
    if k < sent.start or tokens[k].is_punct:
        return None
    top = tokens[k]
    while top.head.i != top.i and top.head.i < v.i and top.head.i >= sent.start:
        top = top.head
    lo = min(t.i for t in top.subtree)
    if top.pos_ not in ("NOUN", "PROPN") or not (lo == sent.start or ctx.forms[lo - 1] in (",", ":", "»", "”")):
        return None
    return top


def _before_commas(doc, k: int) -> int:
    tokens = table(doc).toks
    while k >= 0 and tokens[k].text == ",":
        k -= 1
    return k


def _before_age(ctx: Context, k: int) -> int:
    """Past an age apposition ('Paul Durand, 61 ans, qui …'): the word before it, else k itself."""
    tokens = ctx.tokens
    doc = ctx.doc
    if k < 0:
        return k
    t = tokens[k]
    age = t.pos_ == "NUM" or fold(t.lemma_) in ctx.lex.age_nouns and any(c.dep_ == "nummod" for c in dependents(t))
    if not age:
        return k
    lo = min(x.i for x in t.subtree)
    j = lo - 1
    if j < 0 or tokens[j].text != ",":
        return k
    j = _before_commas(doc, j)
    return j if j >= 0 and tokens[j].pos_ in ("NOUN", "PROPN") else k


def relative_opener(ctx: Context, v: Token) -> Token | None:
    """'Lyon, qui attendait une aide, a regretté …', 'L'agence (AEE), dont les experts …, estime …': the noun phrase
    that opens the sentence, before a relative clause set off by commas that ends right before the verb, is the
    verb's subject (the parser often ends the sentence at the second comma and loses it)."""
    tokens = ctx.tokens
    doc = v.doc
    lo = sentence_of(v).start
    if ctx.forms[lo] == "," and lo > 0:
        lo = sentence_of(tokens[lo - 1]).start  # the parser ended the sentence right before the verb's comma
    first = group_start(v)
    if first - 1 <= lo or ctx.forms[first - 1] != ",":
        return None
    if tokens[lo].pos_ in ("ADP", "ADV") and lo not in ctx.mention_at or ctx.words[lo] in ctx.lex.time_nouns:
        # 'À Vienne, un diplomate, qui …, a indiqué', 'Lundi, la Croix-Rouge, dont …': a fronted place or time
        # sets the scene first
        lo = next((k + 1 for k in range(lo, min(first - 1, lo + 6)) if ctx.forms[k] == ","), lo)
    c = next((k for k in range(lo, first - 1) if ctx.forms[k] == ","), None)
    # the relative pronoun may follow the phrase with no comma ('Lyon qui attendait une aide, a regretté …')
    bare = next((k for k in range(lo + 1, first - 1 if c is None else c) if ctx.words[k] in ctx.lex.relative_pronouns
                 and (k - 1 in ctx.mention_at or tokens[k - 1].pos_ in ("NOUN", "PROPN"))), None)
    if bare is not None:
        c = bare
    elif c is None or c == lo or ctx.words[c + 1] not in ctx.lex.relative_pronouns:
        return None
    phrase = doc[lo:c]
    # a name may hold a word tagged as a verb ('Nations unies'): it is still a noun phrase
    if any(t.pos_ in ("VERB", "AUX", "PRON") and t.i not in ctx.mention_at or t.i in ctx.marked for t in phrase):
        return None
    heads = [t for t in phrase if not t.is_punct and not (lo <= t.head.i < c) or t.head.i == t.i]
    # (a name the tagger took for another part of speech, 'Dakar' read as an adverb, is still one)
    return heads[0] if heads and (heads[0].pos_ in ("NOUN", "PROPN") or heads[0].i in ctx.mention_at) else None


def clitic_subject(lex: Lexicon, v: Token) -> Token | None:
    """The inverted pronoun of 'a-t-il ajouté', 'dit-elle', 'souligne-t-il'."""
    tab = table(v.doc)  # the texts read off the shared table: asked for every cue
    texts = tab.texts
    lo = group_start(v)
    for k in range(lo, min(len(texts), v.i + 3)):
        t = texts[k].lower()
        if t in lex.clitics and t not in ("-t",):
            return tab.toks[k]
    return None


def inverted_subject(lex: Lexicon, v: Token) -> Token | None:
    """A subject placed after its verb, as in '», a confié à France Inter Claire Dubois, …'."""
    tokens = table(v.doc).toks
    doc = v.doc
    sent_end = sentence_of(v).end
    k = v.i + 1
    while k < sent_end and tokens[k].text.lower() in ("-t", "-il", "-elle"):
        k += 1
    mentions = doc._.sg_mentions or []
    steps = 0
    while k < sent_end and steps < 12:
        t = tokens[k]
        if t.text in (".", ":", ";", "«", "»", "!", "?") or fold(t.text) in lex.que or \
                (t.pos_ == "VERB" and t.dep_ not in ("acl",) and steps > 0):
            return None
        m = next((m for m in mentions if m.i == k), None)
        prev = fold(tokens[k - 1].text) if k > 0 else ""
        if prev and tokens[k - 1].pos_ == "DET" and k >= 2 and tokens[k - 2].pos_ == "ADP":
            prev = fold(tokens[k - 2].text)  # 'à la MAP': the preposition governs the name
        if m is not None:
            if m.kind == "media" or prev in lex.prepositions:
                k = m.j
                steps += 1
                continue
            return t
        if t.pos_ in ("DET",) and k + 1 < sent_end and fold(tokens[k + 1].lemma_) in lex.time_nouns:
            k += 2
            steps += 1
            continue
        governed = k > 0 and (tokens[k - 1].pos_ == "ADP" or prev in lex.prepositions)
        if t.pos_ in ("DET",) and k + 1 < sent_end and tokens[k + 1].pos_ in ("NOUN", "ADJ") and governed:
            # a prepositional phrase ('sous le couvert de l'anonymat'): step over it
            k += 2
            while k < sent_end and (tokens[k].pos_ in ("ADJ", "NOUN", "ADP", "DET", "PROPN") and tokens[k].text not in ("," ,)
                                    and not any(m.i == k and m.kind == "person" for m in mentions)
                                    and not (tokens[k].pos_ == "DET" and tokens[k - 1].pos_ not in ("ADP",))):
                k += 1
            steps += 1
            continue
        if t.pos_ in ("DET",) and k + 1 < sent_end and tokens[k + 1].pos_ in ("NOUN", "ADJ") and not governed:
            head = tokens[k + 1]
            while head.i + 1 < sent_end and head.pos_ == "ADJ" and tokens[head.i + 1].pos_ == "NOUN":
                head = tokens[head.i + 1]
            return head
        if t.pos_ == "PRON" and fold(t.text) in ("il", "elle", "ils", "elles") and prev not in lex.prepositions:
            return t  # not 'quant à elle', which only sets the topic of the subject after it
        k += 1
        steps += 1
    return None


def interposed_before(ctx: Context, k: int) -> int:
    """How many words a phrase set inside a verb group spans when it ends at word k ('de son côté', 'à son tour',
    'par ailleurs'), with the commas around it when it has them ('a, de son côté, déclaré'); 0 when none ends there."""
    words = ctx.words
    if words[k] == "," and k > 0:
        n = interposed_before(ctx, k - 1)
        return n + 2 if n and k - 1 - n >= 0 and words[k - 1 - n] == "," else 0
    return next((len(p) for p in ctx.lex.interposed_at.get(words[k], ()) if k + 1 >= len(p) and
                 tuple(words[k + 1 - len(p):k + 1]) == p), 0)


def split_auxiliary(ctx: Context, v: Token) -> Token | None:
    """The auxiliary 'avoir' a short adverbial separates from the past participle v ('a de son côté salué', 'ont pour
    leur part dénoncé'): a compound tense the parse broke, making v a noun's modifier; its subject is the speaker."""
    tokens = ctx.tokens
    # (the auxiliary first, off the table's labels: most past participles of cues have theirs)
    if any(ctx.deps[c.i].startswith("aux") for c in dependents(v)) or \
            not ("Part" in feature(v, "VerbForm") and "Past" in feature(v, "Tense")):
        return None
    for k in range(v.i - 2, max(-1, v.i - 6), -1):
        if ctx.words[k] in ctx.lex.auxiliary_forms and tokens[k].pos_ in ("AUX", "VERB"):
            between = ctx.doc[k + 1:v.i]
            if all(t.pos_ in ("ADP", "DET", "NOUN", "ADV", "PRON") and not t.is_punct for t in between) \
                    and between[0].pos_ in ("ADP", "ADV") and v.head.i in range(k + 1, v.i):
                return tokens[k]
            return None
    return None


def _clause_initial(ctx: Context, v: Token) -> bool:
    """True when only auxiliaries, adverbs and clitics stand between v and a comma, a mark or the sentence start."""
    tokens = ctx.tokens
    lex = ctx.lex
    split = split_auxiliary(ctx, v)
    k = v.i - 1
    while k >= sentence_of(v).start:
        n = interposed_before(ctx, k)  # 'a de son côté déclaré': a turn phrase inside the verb group
        if n:
            k -= n
        elif tokens[k].dep_.startswith("aux") or tokens[k].pos_ in ("ADV",) or tokens[k].text.lower() in lex.clitics \
                or split is not None and k == split.i \
                or (tokens[k].pos_ == "PRON" and tokens[k].dep_ in ("expl:comp", "expl:pass", "iobj", "obj")):
            k -= 1
        else:
            break
    return k < sentence_of(v).start or ctx.forms[k] in (",", ":", "»", "”", '"', "(", "—", "–", "…", "?", "!", ".")


def misread_incise(ctx: Context, v: Token, subj: list[Token]) -> Token | None:
    """'Le prix des repas augmentera, a précisé la mairie de Brest': the parser took the reported clause's
    subject for the cue's and its verb for a modifier; a finite verb between that subject and the comma
    before the cue, and a speaking noun phrase after the cue, show the incise. Its inverted subject, or None."""
    lex = ctx.lex
    if not subj or subj[0].i > v.i or subj[0].pos_ not in ("NOUN", "PROPN") or v.text.endswith(lex.participle_endings):
        return None  # a pronoun subject is the parser's right reading; a participle heads no incise
    doc = v.doc
    lo = group_start(v)
    if lo < 2 or ctx.forms[lo - 1] != ",":
        return None
    between = doc[subj[0].i + 1:lo - 1]
    if not any(t.pos_ in ("VERB", "AUX") and "Fin" in feature(t, "VerbForm") for t in between) \
            or any(ctx.words[t.i] in ("qui", "que", "qu'", "dont", "ou", "lequel", "laquelle") or ctx.words[t.i] in lex.relative_subjects
                   for t in between):
        # (the finite verb of a relative clause on the subject, '…, who served as …, said X …', is no reported clause)
        return None
    inv = inverted_subject(lex, v)
    if inv is None:
        return None
    named = ctx.mention_at.get(inv.i)
    word = ctx.words[inv.i]
    speaking = (named is not None and named.kind in ("person", "organization", "country", "media", "group")) \
        or word in lex.roles or word in lex.groups or fold(inv.lemma_) in lex.people or fold(inv.lemma_) in lex.documents \
        or any(c.dep_ == "nmod" and c.pos_ == "PROPN" for c in dependents(inv))
    return inv if speaking else None


def is_incise(lex: Lexicon, v: Token) -> bool:
    """v heads an incise: its subject (a clitic, a name, a title) stands after it."""
    tokens = table(v.doc).toks
    if clitic_subject(lex, v) is not None:
        return True
    # (a phrase a preposition opens is no subject: 'a de son côté déclaré', 'de son côté' read as one)
    subj = [c for c in dependents(v) if c.dep_ in SUBJ_DEPS and not any(g.dep_ == "case" for g in dependents(c))]
    if any(c.i < v.i for c in subj):
        return False
    if any(c.i > v.i for c in subj):
        return True
    # the inverted subject: a name, or a title ('a ajouté le porte-parole'), possibly after 'à X' / a date
    doc = v.doc
    mentions = doc._.sg_mentions or []
    k = v.i + 1
    while k < sentence_of(v).end and k - v.i <= 8:
        t = tokens[k]
        if any(m.i == k and m.kind in ("person", "organization", "country", "group") for m in mentions):
            prev = fold(tokens[k - 1].text)
            if prev not in lex.prepositions:
                return True
        if t.pos_ == "DET" and k + 1 < len(doc) and tokens[k + 1].pos_ in ("NOUN", "ADJ", "PROPN") \
                and fold(tokens[k + 1].lemma_) not in lex.time_nouns:
            return fold(tokens[k - 1].text) not in lex.prepositions
        if t.text in (".", ";", ":", ",") or t.pos_ in ("VERB",):
            return False
        k += 1
    return False


def inverted_pronoun(ctx: Context, v: Token) -> Token | None:
    """The pronoun of 'a-t-elle tempéré' read off the words before a participle, where the parser did not
    attach the auxiliary to it."""
    tokens = ctx.tokens
    return tokens[v.i - 1] if inverted_before(ctx.lex, v) else None


def incise_subject(ctx: Context, nxt: Token) -> Token | None:
    """The subject standing right after an incise's verb: a pronoun ('-t-il'), a person's name, or a
    person noun after its determiner ('« … », s'époumone un manifestant')."""
    tokens = ctx.tokens
    lex = ctx.lex
    doc = nxt.doc
    if nxt.text.lower() in lex.clitics:
        if nxt.text.lower() == "-t" and nxt.i + 1 < len(doc) and tokens[nxt.i + 1].text.lower() in lex.clitics:
            return tokens[nxt.i + 1]  # 'philosophe-t-il': the pronoun, not the euphonic t
        return nxt
    if any(x.kind == "person" for x in starting_in(doc, nxt.i, nxt.i + 1)):
        return nxt
    if nxt.pos_ == "DET" and nxt.i + 1 < len(doc):
        noun = tokens[nxt.i + 1]
        if ctx.words[noun.i] in lex.roles or ctx.words[noun.i] in lex.groups or fold(noun.lemma_) in lex.people:
            if noun.pos_ == "ADJ" and noun.i + 1 < len(doc) and tokens[noun.i + 1].pos_ == "NOUN":
                return tokens[noun.i + 1]  # 'le jeune artisan': the adjective before it qualifies the noun that speaks
            return noun
    return None


def narrative_infinitive(ctx: Context, v: Token) -> bool:
    """'Et d'ajouter : « … »', 'Et de préciser que …': the narrative infinitive, whose subject is the
    person the text is about."""
    k = v.i - 1
    if k < 1 or ctx.words[k] not in ("de", "d'") or "Inf" not in feature(v, "VerbForm"):
        return False
    j = k - 1
    return ctx.words[j] == "et" and (j == sentence_of(v).start or ctx.forms[j - 1] in (".", ";", ":", "\n"))


def narrative_subject(ctx: Context, v: Token) -> Token | None:
    """'Et la ministre d'ajouter', 'Et Paul Roux de conclure': the narrative infinitive with its subject
    between 'et' and 'de'; the head of that noun phrase (a name, a title or a person noun)."""
    k = v.i - 1
    infinitive = "Inf" in feature(v, "VerbForm") or (not feature(v, "VerbForm") and v.text.endswith(("er", "ir", "re")))
    if k < 2 or ctx.words[k] not in ("de", "d'") or not infinitive:
        return None
    start = sentence_of(v).start
    j = k - 1
    while j > start and j > k - 8 and ctx.words[j] != "et":
        j -= 1
    if ctx.words[j] != "et" or not (j == start or ctx.forms[j - 1] in (".", ";", ":", "\n")) or j + 1 >= k:
        return None
    lead = v.doc[j + 1:k]
    if any(t.pos_ in ("VERB", "AUX") or t.is_punct for t in lead):
        return None
    return verbless_source(ctx, lead)


def person_subject(ctx: Context, sent: Span):
    """The named person a sentence is about: its main verb's subject, or the name in apposition to it
    ('Son voisin, Gérard Lefebvre, …'); None if the subject is not a person's name."""
    tokens = ctx.tokens
    doc = sent.doc
    root = sent.root
    ns = next((c for c in dependents(root) if c.dep_ in SUBJ_DEPS and c.i < root.i), None)
    if ns is None:
        # 'Paul Roux, 54 ans, est agriculteur': the parser made the opening name the root of the sentence
        named = ctx.mention_from.get(sent.start)
        if named is None and root.pos_ == "NOUN":
            # 'La députée Anne Morel votera contre.' parsed with the title as root: the name in apposition to it
            named = next((ctx.mention_from.get(c.i) for c in dependents(root) if c.dep_ == "appos"
                          and c.i in ctx.mention_from), None)
            return named if named is not None and named.kind == "person" else None
        return named if named is not None and named.kind == "person" and root.i == named.i else None
    named = ctx.mention_at.get(ns.i)
    if named is None or named.kind != "person":
        named = next((x for x in doc._.sg_mentions or [] if x.kind == "person"
                      and ns.i < x.i <= max(ns.i + 4, ns.right_edge.i)
                      and (tokens[x.i - 1].text == "," or tokens[x.i].head.i == ns.i)), None)
        # 'La secrétaire générale de la CGT, Sophie Binet, …', 'L'opposant Moussa Diallo …': the name in
        # apposition to the noun, anywhere in the subject's own words
    return named if named is not None and named.kind == "person" else None


def speaking_subject(ctx: Context, tok: Token) -> Token | None:
    """tok as the subject of the words that follow: a name, a pronoun, a person noun, or the antecedent of
    'qui' ('…, dont Jérémie Iordanoff, qui « refuse … »')."""
    tokens = ctx.tokens
    lex = ctx.lex
    if ctx.words[tok.i] in lex.relative_subjects:
        k = tok.i - 1
        while k >= 0 and ctx.forms[k] == ",":
            k -= 1
        if k < 0:
            return None
        tok = tokens[k]
    named = ctx.mention_at.get(tok.i)
    if named is not None:
        return tokens[named.i] if named.kind in ("person", "organization", "country", "media", "group") else None
    if tok.pos_ == "PRON" and ctx.words[tok.i] in ("il", "elle", "ils", "elles"):
        return tok
    if tok.pos_ == "NOUN" and ctx.words[tok.i] in lex.roles:
        return tok
    return None


def described(ctx: Context, k: int, end: int) -> bool:
    """The words from token k describe the name before them as a person: a comma, then an age ('34 ans') or a
    title or person noun ('mère de trois enfants', 'commerçante')."""
    tokens = ctx.tokens
    doc, lex = ctx.doc, ctx.lex
    if k + 1 >= end or ctx.forms[k] != ",":
        return False
    if k + 2 < end and tokens[k + 1].pos_ == "NUM" and ctx.words[k + 2] in lex.age_nouns:
        return True
    t = tokens[k + 1]
    if t.pos_ == "DET" and k + 2 < end:
        t = tokens[k + 2]
    return t.pos_ == "NOUN" and (ctx.words[t.i] in lex.roles or fold(t.lemma_) in lex.people)


def verbless_source(ctx: Context, lead: Span) -> Token | None:
    """Who a verbless lead before a colon names as the speaker of the marks after it: a person's name
    that opens it with its description ('Paul Roux, maire de Lille depuis 2014 :', 'Paul Roux (PS) :'),
    or a noun phrase headed by a title or a person noun ('Le directeur :', 'Une habitante du quartier :')."""
    tokens = ctx.tokens
    lex = ctx.lex
    toks = [t for t in lead if not t.is_space]
    if not toks or len(toks) > 16:
        return None  # a long verbless lead is a heading or an enumeration, not a speaker's tag
    named = ctx.mention_from.get(toks[0].i)
    if named is None and toks[0].pos_ == "DET":
        named = ctx.mention_from.get(toks[0].i + 1)
    if named is not None and named.kind == "person" and (named.j >= lead.end or ctx.forms[named.j] in (",", "(")):
        return tokens[named.i]
    if named is not None and named.kind == "other" and described(ctx, named.j, lead.end):
        return tokens[named.i]  # 'Aminata, 34 ans, mère de trois enfants :': a first name the text describes as a person
    k = 0
    while k < len(toks) and toks[k].pos_ in ("DET", "ADJ") and k < 3:
        k += 1
    if k == 0 or k >= len(toks) or toks[k].pos_ != "NOUN":
        return None
    noun = toks[k]
    word = ctx.words[noun.i]
    if word in lex.roles or word in lex.groups or fold(noun.lemma_) in lex.people:
        return noun
    return None


def place_of_on(ctx: Context, v: Token) -> Token | None:
    """'« … », peut-on lire dans le communiqué du parti', '« … », assure-t-on à l'Élysée': after an
    impersonal 'on', the text or the institution named right after the verb is who speaks."""
    tokens = ctx.tokens
    lex = ctx.lex
    end = sentence_of(v).end
    k = v.i + 1
    while k < end and k <= v.i + 4 and (ctx.words[k].lstrip("-") in ("t", "on") or tokens[k].pos_ in ("VERB", "ADV")):
        k += 1  # 'peut-on lire', 'lit-on'
    if k >= end or ctx.words[k] not in ("dans", "a", "au", "aux", "chez"):
        return None
    j = k + 1
    while j < end and tokens[j].pos_ == "DET":
        j += 1
    if j >= end or tokens[j].pos_ not in ("NOUN", "PROPN"):
        return None
    named = ctx.mention_at.get(j)
    if named is not None:
        return tokens[named.i]
    if fold(tokens[j].lemma_) not in lex.documents:
        return None  # 'dit-on dans les couloirs': a place that names no one
    owner = next((c for c in dependents(tokens[j]) if c.dep_ == "nmod" and c.i in ctx.mention_at), None)
    return tokens[ctx.mention_at[owner.i].i] if owner is not None else tokens[j]


def speaker_spans(ctx: Context, subj: list[Token], cue: Token | None = None,
                  upto: int | None = None) -> list[tuple[int, int]]:
    """Character spans of the speaker mention(s): a name, a noun phrase or a pronoun; coordinations split. A
    phrase before the cue ends before it (the parser may have hung a cue it read as a noun on the phrase), and
    none runs past `upto` (the comma that closes 'selon X,')."""
    tokens = ctx.tokens
    lex = ctx.lex
    out = []
    if cue is not None and "Plur" in _number(cue):
        # 'X et le prince héritier Y ont appelé', parsed with Y alone as subject: X speaks too
        subj = [x for s in subj for x in (_coordinated_before(ctx, s), s) if x is not None]
    if cue is not None or upto is not None:
        stop = tokens[group_start(cue)].idx if cue is not None else upto
        while stop > 0 and ctx.text[stop - 1] in SPACES:
            stop -= 1
        return [(a, b) if a >= stop else (a, min(b, stop)) for a, b in speaker_spans(ctx, subj)
                if (a >= stop and cue is not None) or a < min(b, stop)]
    subj = list(dict.fromkeys(x for s in subj for x in (_first_conjunct(ctx, s), s) if x is not None))
    for s in subj:
        # 'la présidente Ana Ruiz et le roi Harald': each conjunct speaks; the parser may hang the second on the
        # name in apposition to the first title ('le ministre X et le président Y'); (the cheap test first: a
        # Token's label getters build a string each)
        heads = [s] + [c for c in dependents(s) if c.i in ctx.mention_at and c.dep_ == "appos" and c.pos_ == "PROPN"]
        for tok in [s] + [c for h in heads for c in dependents(h) if ctx.deps[c.i] in ("conj", "appos") and _conjunct(c)
                          and c.pos_ in ("PROPN", "NOUN")
                          and c.i > h.i and (c.pos_ == "PROPN" or fold(c.lemma_) in lex.roles or c.i in ctx.mention_at)]:
            out.append(mention_span(ctx, tok))
    return out


def _number(cue: Token) -> list[str]:
    """The grammatical number of a cue's verb group; a present participle set after a clause ('ont appelé …,
    affirmant que …') has its clause's subject, so it takes the number of that clause's verb."""
    v = cue
    if "Part" in feature(v, "VerbForm") and "Pres" in feature(v, "Tense") and v.dep_ in ("advcl", "conj") and \
            v.head.i < v.i and not any(c.dep_.startswith("nsubj") for c in dependents(v)):
        v = v.head
    elif "Part" in feature(v, "VerbForm") and "Pres" in feature(v, "Tense") and v.dep_ in ("acl", "amod") and \
            v.head.dep_ == "obj" and v.head.head.i < v.i and v.head.head.pos_ == "VERB":
        v = v.head.head  # 'ont publié une déclaration détaillant …': the participle's speaker is that verb's subject
    return feature(v, "Number") + [a for c in dependents(v) if c.dep_.startswith("aux") for a in feature(c, "Number")]


def _coordinated_before(ctx: Context, s: Token) -> Token | None:
    """The name coordinated before a subject name and its title ('Luis Arce et le président chilien
    Mohammed ben Salman', 'Lima et Quito'), when the parse lost the coordination."""
    tokens = ctx.tokens
    m = ctx.mention_at.get(s.i)
    if m is None or m.kind not in SPEAKING_KINDS:
        return None
    doc = ctx.doc
    k = m.i - 1
    # a title's words ('le prince héritier saoudien'), one of which the tagger may read as an adverb
    while k >= 0 and (tokens[k].pos_ in ("DET", "NOUN", "ADJ") or tokens[k].pos_ == "ADV" and tokens[k].text.islower()) and \
            m.i - k < 8 and ctx.words[k] not in ctx.lex.coordinators_and:
        k -= 1
    if k < 1 or ctx.words[k] not in ctx.lex.coordinators_and:
        return None
    before = ctx.mention_at.get(k - 1)
    if before is None or (before.kind != m.kind and "person" in (m.kind, before.kind)) or \
            before.kind not in SPEAKING_KINDS or any(t.dep_ == "conj" and before.i <= t.head.i < before.j for t in doc[m.i:m.j]):
        return None
    return tokens[before.i]


def _first_conjunct(ctx: Context, s: Token) -> Token | None:
    """The name a subject name is coordinated to, right before it ('Lima et Quito ont publié …', where a rule fell on
    'Quito' alone): both speak. None when the subject is no second conjunct of a name."""
    tokens = ctx.tokens
    if ctx.deps[s.i] != "conj":  # the label first, off the table: most subjects are no conjunct
        return None
    h = s.head
    if h.i >= s.i or h.i not in ctx.mention_at or s.i not in ctx.mention_at:
        return None
    between = range(ctx.mention_at[h.i].j, ctx.mention_at[s.i].i)
    if not any(ctx.words[k] in ctx.lex.coordinators_and for k in between) or \
            not all(ctx.words[k] in ctx.lex.coordinators_and or ctx.forms[k] == "," or tokens[k].pos_ == "DET" for k in between):
        return None
    return h


def _conjunct(c: Token) -> bool:
    """A coordinated subject, also where the parser read 'et le chancelier Olaf Scholz' as an apposition: the
    phrase it hangs opens on a coordinating conjunction."""
    if c.dep_ == "conj":
        return True
    if c.dep_ != "appos":
        return False
    first = min(c.subtree, key=lambda t: t.i)
    return first.dep_ == "cc"


@lru_cache(maxsize=16)
def _np_labels(lang: str, noun: bool) -> frozenset[str]:
    """The dependency labels a speaker's noun phrase keeps, made once per language (with a noun head's conjuncts)."""
    keep = set(grammar(lang).np_deps) or {"det", "amod", "nmod", "case", "flat:name", "compound", "nummod", "fixed", "flat",
                                          "flat:foreign"}
    return frozenset(keep | {"conj", "cc"} if noun else keep)


def mention_span(ctx: Context, tok: Token) -> tuple[int, int]:
    """The name containing tok, or its noun phrase without appositions and relative clauses."""
    tokens = ctx.tokens
    lex = ctx.lex
    doc = tok.doc
    m = ctx.mention_at.get(tok.i)
    if m is not None:
        return m.start, m.end
    deps, pos = ctx.deps, ctx.pos  # the labels read off the shared table: the walk visits every word of the phrase
    text, tpos = ctx.texts[tok.i], pos[tok.i]
    if (tpos == "PRON" and not any(deps[c.i] in ("amod", "prep") for c in dependents(tok))) or text.startswith("-"):
        # '-t-il' keeps 'il'; a pronoun that merely begins with 't' ('they', 'tu') keeps its letters
        t = text.lstrip("-t").lstrip("-") if text.startswith("-") else text
        s = tok.idx + len(text) - len(t)
        return s, tok.idx + len(text)
    # the language's noun-phrase labels ('prep', 'poss' in English keep 'those close to the mayor', 'Biden's aides'),
    # with a noun's conjuncts too ('la chimiste et romancière tunisienne, Amel Haddad')
    keep = _np_labels(lex.lang, tpos == "NOUN")
    toks = [tok]
    if tpos in ("ADJ", "DET") and tok.head.pos_ in ("VERB", "AUX") and tok.i > 0 and pos[tok.i - 1] == "DET" \
            and tokens[tok.i - 1].head.i == tok.head.i:
        toks.append(tokens[tok.i - 1])  # 'd'autres demandent', parsed with both words on the verb: the article opens it
    if tpos == "ADJ" and tok.i > 0 and pos[tok.i - 1] == "NOUN" and tokens[tok.i - 1].head.i == tok.i and \
            not any(deps[c.i] == "det" for c in dependents(tok)):
        # 'la partie adverse' parsed with the adjective as the subject and its noun hung on it: an adjective with
        # no article of its own names no one, the noun before it heads the phrase
        toks += [x for x in tokens[tok.i - 1].subtree if x.i < tok.i and not x.is_punct]
    if fold(text) not in lex.roles:
        # 'l'administration Trump': a name glued to an institution belongs to its name
        toks += [c for c in dependents(tok) if deps[c.i] in ("appos", "flat:name", "nmod") and c.i == tok.i + 1
                 and ctx.texts[c.i][:1].isupper()]
    # a leading preposition and what hangs on it ('D'' + 'après' of 'd'après le procureur') are no part of the name
    lead_case = {x.i for c in dependents(tok) if deps[c.i] == "case" and c.i < tok.i for x in c.subtree}
    stack = [tok]
    inverted = tok.head.pos_ in ("VERB", "AUX") and tok.head.i < tok.i
    while stack:
        t = stack.pop()
        for c in dependents(t):
            if inverted and t.i == tok.i and _addressee(ctx, c):
                continue  # 'a assuré le conducteur aux gendarmes': whom it was said to, not who said it
            # a participle is a clause of its own ('une motion demandant que …'), not part of the mention
            if deps[c.i] in keep and not c.is_punct and abs(c.i - tok.i) < 12 and pos[c.i] != "VERB" and \
                    fold(c.lemma_) not in lex.manner_nouns:  # 'sous couvert d'anonymat' says how, not who
                toks.append(c)
                stack.append(c)
            elif t.i == tok.i and c.i > tok.i and grammar(lex.lang).np_complement(c):
                # 'l'ambassadeur du Pérou auprès de l'Unesco', 'l'agence chargée des routes': the post's domain
                toks += [x for x in c.subtree if not x.is_punct and x.i - tok.i < 12]
    ids = {t.i for t in toks} - lead_case
    # keep a contiguous block around the head (a hard line wrap inside it does not cut it); the line breaks are
    # read off the Context's per-token flags as the walk reaches them, not tested for every token nearby
    blank, near_lo, near_hi = ctx.blank, max(0, tok.i - 12), min(len(doc), tok.i + 12)
    lo = hi = tok.i
    while lo - 1 in ids or near_lo <= lo - 1 < near_hi and blank[lo - 1] and lo - 1 not in lead_case:
        lo -= 1
    while hi + 1 in ids or near_lo <= hi + 1 < near_hi and blank[hi + 1] and hi + 1 not in lead_case:
        hi += 1
    while tokens[lo].is_space and lo < hi:
        lo += 1
    while tokens[hi].is_space and hi > lo:
        hi -= 1
    while hi + 2 < len(doc) and tokens[hi + 1].text == "-" and not tokens[hi].whitespace_ and \
            not tokens[hi + 1].whitespace_ and tokens[hi + 2].is_alpha:
        hi += 2  # 'du centre-ville': one word the tokenizer cut at its hyphen
    # 'la mairesse de Montréal, Valérie Plante': the name in apposition is the speaker
    comma = None
    for j in range(hi + 1, min(len(doc), hi + 16)):
        if ctx.forms[j] == ",":
            comma = j
            break
        t = tokens[j]
        if (ctx.pos[j] in ("VERB", "AUX") and "Part" not in feature(t, "VerbForm")) or t.is_sent_start:
            comma = j
            break
    if comma is not None and ctx.forms[comma] == "," and comma + 1 < len(doc):
        k = comma + 1
        while k < len(doc) - 1 and ctx.words[k].rstrip(".") in lex.honorifics:
            k += 1  # 'l'avocat de la défense, Me Julien Moreau,': the honorific opens the name
        m = ctx.mention_from.get(k)
        m = m if m is not None and m.kind == "person" else None
        if m is not None and (m.j >= len(doc) or tokens[m.j].text in (",", ".", ":", ";") or tokens[m.j].pos_ in ("AUX", "VERB")):
            return m.start, m.end
    # 'le ministre de la Santé Paul Girard': the name the title introduces is the speaker; so is a full name
    # (first name and surname) right after any common noun describing its bearer ('l'agriculteur Jean Moreau',
    # where a lone name glued to a noun may name an institution: 'l'administration Trump')
    if fold(text) in lex.roles:
        for m in starting_in(doc, max(lo, tok.i + 1), hi + 2):
            if m.kind == "person" and not _titled_inside(lex, tok, tokens[m.i]) and \
                    doc[m.i:m.j].root.dep_ != "pobj":  # 'the lawyer for Senator X': whom the title serves
                return m.start, m.end
    elif tpos == "NOUN" and text.islower():
        m = ctx.mention_from.get(tok.i + 1)
        if m is not None and m.kind == "person" and m.j - m.i >= 2:
            return m.start, m.end
    return tokens[lo].idx, tokens[hi].idx + len(tokens[hi])


def _titled_inside(lex, tok: Token, name: Token) -> bool:
    """True when a name comes right after a title of its own inside tok's complement ('l'avocat du journaliste X',
    'le porte-parole du ministre Y'): the nearer title is the name's, whatever word the parser hung the name on, and
    tok is someone else."""
    h = tok.doc[name.i - 1]
    if not (tok.i < h.i and h.pos_ in ("NOUN", "PROPN") and h.whitespace_ and fold(h.lemma_) in lex.roles):
        return False  # ('the spokesman for President X': an English title may be tagged as a name)
    return through_complement(h, tok)


def _addressee(ctx: Context, c: Token) -> bool:
    """True for an 'à' complement naming a listener or a channel ('à l'AFP', 'aux enquêteurs', 'à la presse'), or a
    'sur'/'dans' one naming a channel ('sur une radio'), which the parser may hang on a speaker set after its cue."""
    lex = ctx.lex
    if c.dep_ != "nmod":
        return False
    lemma = fold(c.lemma_)
    if any(g.dep_ == "case" and fold(g.text) in lex.channel_links for g in dependents(c)):
        # 'sur une chaîne', 'dans un entretien': where the words went out, never whom they name
        return c.i in ctx.mention_at or c.pos_ == "PROPN" or lemma in lex.addressees or fold(c.text) in lex.addressees
    if not any(g.dep_ == "case" and fold(g.text) in lex.addressee_links for g in dependents(c)):
        return False
    return c.i in ctx.mention_at or c.pos_ == "PROPN" or lemma in lex.roles or lemma in lex.groups or \
        lemma in lex.addressees or \
        fold(c.text) in lex.addressees


def addressee(v: Token) -> tuple[int, int] | None:
    """'à Al Jazeera' / 'dans The Conversation': to whom or where the words were said or written."""
    tokens = table(v.doc).toks
    doc = v.doc
    for m in starting_in(doc, v.i + 1, v.i + 9):
        if not m.i > 0:
            continue
        p = m.i - 1
        if tokens[p].pos_ == "DET" and p - 1 > v.i:
            p -= 1  # 'à l'AFP', 'dans le Monde'
        if fold(tokens[p].text) in ("a", "dans", "au", "sur") and p >= v.i:
            if any(t.text in (".", ";", "«", "»") for t in doc[v.i:m.i]):
                return None
            return tokens[p].idx, m.end
    return None

def absolute_subject(ctx: Context, v: Token) -> Token | None:
    """The subject of a speech verb's present participle in an absolute clause ('with economists offering …'): its
    own subject where the parse hangs the participle on the preposition, else the noun the parse hangs it on."""
    if not ("Part" in feature(v, "VerbForm") and "Pres" in feature(v, "Tense")):
        return None
    if v.dep_ == "pcomp" and ctx.words[v.head.i] in ctx.lex.absolute_prepositions:
        return next((c for c in dependents(v) if c.dep_ in SUBJ_DEPS and v.head.i < c.i < v.i), None)
    # (an absolute clause is set off by a comma: 'swapped the draft with wording asking for …' is a noun and
    # its participle, no clause)
    prep = v.head.head
    if v.dep_ == "acl" and v.head.i < v.i and v.head.dep_ == "pobj" and v.head.pos_ in ("NOUN", "PROPN") \
            and ctx.words[prep.i] in ctx.lex.absolute_prepositions and prep.i > 0 and ctx.forms[prep.i - 1] == ",":
        return v.head
    return None
