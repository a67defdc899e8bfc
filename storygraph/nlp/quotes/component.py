"""The spaCy component `storygraph_quotes`: find the article's quotations, then write them to `Doc._.sg_quote_marks`."""
from __future__ import annotations

import re
from bisect import bisect_left
from itertools import compress, count

from spacy.language import Language
from spacy.tokens import Doc, Token

from ..guard import guarded
from ..index import dependents, sentence_bounds, sentence_of, tokens_in
from ..features import feature
from ..mentions import fold
from .according import according_to, document_source, within_selon
from .clauses import bare_content_clause, que_clause
from .context import Context
from .cued import absolute_report, colon_followup, from_cue, inverted_incise_verb, relative_speaker, reported_in_quote, second_report
from .gapping import gapped_reports
from .inner import sentences_in_mixed
from .join import join_interrupted
from .headlines import title_case_headlines
from .impressions import impressions
from .labelled import labelled_paragraphs
from .lexicon import SUBJ_DEPS, Lexicon, candidates, lemma
from .marked import unintroduced
from .marks import interview, titled
from .nouns import read as noun_reports
from .records import Quote


class QuoteFinder:
    """Find quotations on a parsed Doc, knowledge from `lang/<lang>/speech.json`."""

    def __init__(self, lang: str = "fr"):
        """lang: the language whose lexicon (`lang/<lang>/speech.json`) the component reads."""
        self.lex = Lexicon(lang)

    @guarded("storygraph_quotes")
    def __call__(self, doc: Doc) -> Doc:
        """Find the Doc's quotations and write them to `doc._.sg_quote_marks` (the tokens inside marks to
        `doc._.sg_mark_tokens`, the headline and section-title paragraphs to `doc._.sg_headings`)."""
        ctx = Context.of(doc, self.lex)
        doc._.sg_mark_tokens = ctx.marked
        doc._.sg_headings = ctx.heads
        quotes = find(ctx)
        if self.lex.join_interrupted:
            quotes = join_interrupted(doc, quotes, ctx.marks, ctx.text)
        doc._.sg_quote_marks = quotes
        return doc


def find(ctx: Context) -> list[Quote]:
    """All quotations of the article, in text order: the cue verbs and 'selon X' of each sentence, the
    labelled paragraphs, the speech nouns, then the marked passages nobody introduced."""
    tokens = ctx.tokens
    doc, lex, text, marks, inside = ctx.doc, ctx.lex, ctx.text, ctx.marks, ctx.inside
    quotes: list[Quote] = []
    if interview(lex, text):
        return []  # a transcript in question/answer form reports no one's words: they are the text itself
    heads = ctx.heads
    for m in marks:
        signed = re.match(r"[ \u00a0\u202f]*[―—–][ \u00a0\u202f]*[^\W\d_]", text[m.close + 1:m.close + 8])
        if (any(s <= m.open < e for s, e in heads) and not signed) or titled(lex, text, m):
            m.used = True  # a headline's words or a work's title, not what someone said
    cues, selon = candidates(lex, doc)
    silent: list[Token] = []
    # the words next to an inverted pronoun ('sourit-il', 'a-t-il imagé'): the only ones that may head an
    # incise outside the lexicon
    # (the pronouns found in C, by the set's own test: a Python test of every word costs more)
    near_pronoun = {j for i in compress(count(), map(lex.inverted.__contains__, ctx.words)) for j in (i - 1, i + 1, i + 2)}
    # only the tokens a cue can start at are visited, in order: no Token is made for the others
    starts = sorted(cues | near_pronoun)
    bounds = sentence_bounds(doc)
    for n in range(len(bounds) - 1):
        lo, hi = bisect_left(starts, bounds[n]), bisect_left(starts, bounds[n + 1])
        k = bisect_left(selon, bounds[n])
        if lo == hi and not (k < len(selon) and selon[k] < bounds[n + 1]) and not lex.according_documents:
            continue  # nothing in the sentence can report: no Span is made for it
        sent = sentence_of(tokens[bounds[n]])
        if any(s <= sent.start_char < e for s, e in heads):
            continue
        for i in starts[lo:hi]:
            if inside[i] and not (i in cues and reported_in_quote(ctx, tokens[i])):
                continue
            v = tokens[i]
            lem = lemma(lex, v) if i in cues else None
            if lem is None and i in near_pronoun:
                lem = inverted_incise_verb(ctx, v)  # '…, a-t-elle imagé': any verb heads an inverted incise
            if lem is None:
                continue
            relative = any(ctx.deps[c.i] in SUBJ_DEPS and fold(ctx.texts[c.i]) in lex.relative_subjects for c in dependents(v))
            around = _reporting(quotes, v.idx)
            closed = None
            if around is None and any(ctx.words[j] in lex.inverted for j in range(max(0, i - 2), min(len(doc), i + 3))):
                closed = _closed_before(quotes, text, v.idx)
                if closed is not None and _same_subject(ctx, closed, v):
                    continue  # 'Il a jugé P, a-t-il ajouté': the incise repeats who spoke, and reports nothing more
            if around is not None and not relative:
                # a report inside a report with a subject of its own ('said the inspector told her …') is a
                # quotation of its own too, where the language's news counts it so
                nested = lex.nested_reports and any(c.dep_ in SUBJ_DEPS and c.i < v.i and c.pos_ in ("NOUN", "PROPN")
                                                    and ctx.words[c.i] not in lex.relative_subjects for c in dependents(v)) \
                    and (que_clause(lex, v) is not None or bare_content_clause(v) is not None)
                second = second_report(ctx, v, around) if not nested else None
                if second is None and not nested:
                    second = absolute_report(ctx, v, around)  # '…, with economists offering their views'
                if not nested and second is None and not relative_speaker(ctx, v, around):
                    continue  # a speech verb inside reported speech belongs to that speech
            else:
                second = None
            found = from_cue(ctx, v, lem, sent)
            if second is not None:
                if not found:
                    continue  # the second verb reports nothing: the first clause keeps its words
                # '…, but she warned …': the same speaker's second report; the first clause ends before it
                around.content = [(s, min(e, second)) if s <= v.idx < e else (s, e) for s, e in around.content]
            if inside[i]:
                # a report inside someone's quotation ends where that quotation does, before its closing mark
                m = next((m for m in marks if m.cs <= v.idx < m.ce), None)
                if m is not None:
                    for q in found:
                        q.content = [(s, min(e, m.ce)) for s, e in q.content if s < m.ce]
                    found = [q for q in found if q.content]
            if closed is not None and any(q.start <= closed.start < q.content[-1][1] for q in found):
                # 'La ministre a jugé la réforme « … », a-t-on appris': the incise's subject reports the whole
                # clause before it, the first speaker's words and all; that is the quotation
                quotes.remove(closed)
            if not found:
                silent.append(v)  # a cue that reported nothing here may name who spoke the quote before it
            quotes.extend(found)
        if lex.according_documents:
            found_doc = document_source(ctx, sent, quotes)  # 'In the latest poll, P'
            if found_doc is not None:
                quotes.append(found_doc)
        k = bisect_left(selon, sent.start)  # selon is in token order
        if k < len(selon) and selon[k] < sent.end:
            before = len(quotes)
            according_to(ctx, sent, quotes, selon[k:bisect_left(selon, sent.end)])
            new = quotes[before:]
            for sq in new:
                quotes[:before] = [q for q in quotes[:before] if not within_selon(lex, doc, q, sq)]
                before = len(quotes) - len(new)
            quotes.extend(f for f in (colon_followup(ctx, sq) for sq in new) if f is not None)

    quotes.extend(gapped_reports(ctx, quotes))  # 'X a appelé à A et Y à B'
    quotes.extend(labelled_paragraphs(ctx, quotes))
    quotes.extend(title_case_headlines(ctx, quotes))
    quotes.extend(impressions(ctx, quotes))
    quotes.extend(noun_reports(ctx, quotes))
    # marked passages nobody introduced: continuations of the last speaker, or not quotes at all
    unintroduced(ctx, quotes, silent)
    for q in quotes:
        cut_incise(doc, text, q)
    quotes.sort(key=lambda q: q.start)
    # 'a dit et répété que …': two cues, one report; the same words by the same speakers are one quotation
    seen: set[tuple] = set()
    unique = []
    for q in quotes:
        key = (tuple(q.content), tuple(q.speakers))
        if key not in seen:
            seen.add(key)
            unique.append(q)
    if not lex.nested_reports:
        unique = [q for q in unique if not _inside_report(unique, q)]
    if lex.sentences_in_mixed:
        unique = sorted(unique + sentences_in_mixed(ctx, unique), key=lambda q: q.start)
    if lex.relative_mention:
        for q in unique:
            q.mention = relative_pronoun(ctx, q)
    return unique


def _inside_report(quotes: list[Quote], q: Quote) -> bool:
    """q is a report whose cue stands inside what another quote reports ('Officials had told her the road was
    closed, the mayor said'): where the language's news does not count nested reports, the words are the outer
    speaker's, whichever cue the sentence reads first."""
    if q.type == "direct" or q.cue is None:
        return False
    at = q.cue[0]
    return any(o is not q and o.type != "direct" and any(s <= at < e for s, e in o.content)
               and not (o.cue is not None and any(s <= o.cue[0] < e for s, e in q.content)) for o in quotes)


def relative_pronoun(ctx: Context, q: Quote) -> tuple[int, int] | None:
    """The relative pronoun that is the subject of q's cue ('the mayor, who said …'), as characters, when the
    speaker found is its antecedent."""
    if q.cue is None or not q.speakers:
        return None
    toks = tokens_in(ctx.doc, q.cue[0], q.cue[1])
    if toks is None:
        return None
    for t in toks:
        for c in dependents(t):
            if c.dep_ in SUBJ_DEPS and c.i < t.i and ctx.words[c.i] in ctx.lex.relative_subjects \
                    and not any(s <= c.idx < e for s, e in q.speakers):
                return c.idx, c.idx + len(c)
    return None


INCISE_COMMA = re.compile(r",[ \u00a0\u202f]*$")
PAUSE = re.compile(r"[.,;!?]")


def cut_incise(doc: Doc, text: str, q: Quote) -> None:
    """'« P1, a-t-il dit. P2 »': the incise that names the speaker inside the marks is the writer's words, not
    the speaker's; the quotation's content is the words on either side of it."""
    if q.type != "direct" or len(q.content) != 1 or q.cue is None:
        return
    cs, ce = q.content[0]
    a, b = q.cue
    if not cs < a < b < ce:
        return
    comma = INCISE_COMMA.search(text, cs, a)
    if comma is None:
        return
    last = max([b] + [e for s, e in q.speakers if cs < s < ce])
    pause = PAUSE.search(text, last, ce)
    if pause is None or len(text[last:pause.start()].split()) > 8:
        return  # the incise would run on to the end: not an incise
    if text[pause.start()] == ",":
        # '…, a raconté Martine Gagnon, croisée devant chez elle. P2': an apposition to the speaker, without a
        # finite verb, before the sentence ends, is the incise's too
        stop = re.compile(r"[.!?]").search(text, pause.end(), ce)
        words = tokens_in(doc, pause.end(), stop.start()) if stop is not None else None
        if words is not None and len(words) <= 8 and not any("Fin" in feature(t, "VerbForm") for t in words) \
                and not any(ctx_w.lower_ in ("et", "mais", "ou", "car", "donc") for ctx_w in words[:1]):
            pause = stop
    left_end = comma.start()
    while left_end > cs and text[left_end - 1] in " \u00a0\u202f":
        left_end -= 1
    right = pause.end()
    while right < ce and text[right] in " \n\u00a0\u202f":
        right += 1
    if left_end <= cs:
        return  # nothing of the speaker's before the incise
    q.content = [(cs, left_end)] + ([(right, ce)] if right < ce else [])


def _reporting(quotes: list[Quote], at: int) -> Quote | None:
    """The first quote, not a direct one, whose reported content holds the character at."""
    # a plain loop: asked for every cue, over every quote found so far
    for q in quotes:
        if q.type != "direct":
            for s, e in q.content:
                if s <= at < e:
                    return q
    return None


def _closed_before(quotes: list[Quote], text: str, at: int) -> Quote | None:
    """A report (not a direct quotation) whose clause ends at the comma right before the incise at `at` ('… la crue
    reste « sous contrôle », a-t-il expliqué')."""
    for q in quotes:
        e = q.content[-1][1] if q.type != "direct" and q.content else None
        if e is not None and e <= at and at - e < 20 and re.fullmatch(r"\s*,[\s\w-]*", text[e:at]):
            return q
    return None


def _same_subject(ctx: Context, q: Quote, v: Token) -> bool:
    """The inverted clitic of the incise at v can stand for the speaker of q, the report before it. The incise is
    the main clause: its pronoun governs the clause before it and cannot name a noun phrase there ('Le maire estime
    que P, a-t-il dit': he says the mayor thinks P), only repeat a pronoun of the same person, gender and number."""
    doc = ctx.doc
    clitic = next((ctx.words[j] for j in range(max(0, v.i - 2), min(len(doc), v.i + 3)) if ctx.words[j] in ctx.lex.inverted), None)
    if clitic is None or not q.speakers:
        return True
    span = tokens_in(doc, q.speakers[0][0], q.speakers[0][1])
    if span is None:
        return True
    head = span.root
    if head.pos_ != "PRON":
        return False
    word, pron = ctx.words[head.i].lstrip("-"), clitic.lstrip("-")
    return word == pron


@Language.factory("storygraph_quotes", default_config={"lang": "fr"})
def make_quotes(nlp: Language, name: str, lang: str) -> QuoteFinder:
    """Registered factory: `nlp.add_pipe("storygraph_quotes")` after `storygraph_mentions`."""
    return QuoteFinder(lang)


for _ext in ("sg_quote_marks", "sg_mark_tokens", "sg_headings"):
    if not Doc.has_extension(_ext):
        Doc.set_extension(_ext, default=None)
