"""Component `storygraph_reference`: every mention of a person, organisation, country or group linked to an entity
of the Story, with its evidence; quotes' speakers read from it. Runs once, after mentions and quotes."""
from __future__ import annotations

from itertools import compress, count

import numpy
from spacy.attrs import DEP, IDX, POS
from spacy.language import Language
from spacy.symbols import ADJ, ADP, DET, NOUN, PRON
from spacy.tokens import Doc

from ...lang.text import fold
from ...story import span
from ..features import feature
from ..guard import guarded
from ..index import column, forms, lemma_orth, sentence_bounds, sentence_numbers, text_of, token_range
from .lookups import span_root, tokens
from ..mentions import Mention
from ..paragraphs import paragraph_spans
from ..quotes import Quote
from . import gender, speakers
from .detect import SUBJECT_DEPS, description, description_end, pronoun
from .entities import Link, References
from .lexicon import Lexicon
from .names import cluster
from .plurals import counted_mentions
from .context import Context
from .resolve import resolve_description, resolve_pronoun
from .titles import describe

#: entity kinds a Story lists as actors
ACTOR_KINDS = ("person", "organization", "country", "group")


class ReferenceResolver:
    """Build the reference table of a Doc: names → entities, titles, descriptions and pronouns → antecedents."""

    def __init__(self, lang: str = "fr"):
        self.lex = Lexicon(lang)
        self.heads = self.lex.head_words
        words = self.heads | set(self.lex.pronouns) | set(self.lex.object_pronouns) | set(self.lex.possessives) | \
            self.lex.latter | {w.split()[0].split("-")[0] for w in self.lex.pronouns}  # 'celle' of 'celle-ci' cut
        self._words = frozenset(words)
        self._kind: dict[tuple[int, int], bool] = {}
        self._roles: dict[tuple[int, int], tuple[bool, bool]] = {}

    def candidates(self, doc: Doc) -> list[int]:
        """Tokens that may be a description's head or a pronoun, decided once per distinct lemma and form on the
        Doc's arrays, so most words never become a Token object."""
        strings = doc.vocab.strings
        cache = self._kind
        if len(cache) > 100_000:  # bounded: memory must not grow with the corpus
            cache.clear()
        keys = lemma_orth(doc)
        for key in set(keys).difference(cache):
            form = fold(strings[key[1]])
            cache[key] = fold(strings[key[0]]) in self._words or form in self._words or \
                form.startswith("-") or form.lstrip("-t").lstrip("-") in self._words or form in self.lex.role_words
        return list(compress(count(), map(cache.__getitem__, keys)))  # the scan in C: it reads every word

    def roles(self, doc: Doc, key: tuple[int, int]) -> tuple[bool, bool]:
        """What a candidate's (lemma, form) pair leaves open, once per distinct pair: whether a word of another part of
        speech than a pronoun may still be one ('-t-il', 'son', 'dernier'), and whether it may head a description
        (lower case, a head word by lemma or form): what `pronoun` and `description` ask first of every candidate."""
        found = self._roles.get(key)
        if found is None:
            if len(self._roles) > 100_000:  # bounded: memory must not grow with the corpus
                self._roles.clear()
            strings, lex = doc.vocab.strings, self.lex
            text = strings[key[1]]
            form = fold(text)
            f = form.lstrip("-t").lstrip("-") if form.startswith("-") else form  # as `pronoun_form` reads it
            found = self._roles[key] = (text.startswith("-") or f in lex.possessives or f in lex.latter or f in lex.demonstrative_stems,
                                        text[:1].islower() and (fold(strings[key[0]]) in self.heads or form in self.heads
                                                                or form in lex.role_words))
        return found

    def build(self, doc: Doc) -> tuple[References, list[list[int]]]:
        """The article's reference table and the entities speaking each quote."""
        lex = self.lex
        text = text_of(doc)
        mentions: list[Mention] = doc._.sg_mentions or []
        quotes: list[Quote] = doc._.sg_quote_marks or []
        inside = set(doc._.sg_mark_tokens or ())
        direct: set[int] = set()
        for q in quotes:
            if q.type == "direct":
                # a direct quotation the marks did not pair ('« … "') is quoted all the same
                for s, e in q.content:
                    ij = token_range(doc, s, e)
                    if ij is not None:
                        direct.update(range(*ij))
        inside |= direct
        reported = set(direct)  # every quotation's words, indirect ones too
        for q in quotes:
            if q.type != "direct":
                for s, e in q.content:
                    ij = token_range(doc, s, e)
                    if ij is not None:
                        reported.update(range(*ij))
        refs = References()
        ctx = Context(doc, lex, refs, inside, para_of=_paragraph_of(doc, text), direct=direct)
        # read off the Doc's arrays: asked of every name, no Token needed
        dep = column(doc, DEP)
        subject_deps = {doc.vocab.strings[d] for d in SUBJECT_DEPS}
        sent_of, bounds = sentence_numbers(doc), sentence_bounds(doc)
        names = [Link(m.start, m.end, m.i, m.j, "name", quoted=m.i in inside, gender=_article_gender(doc, m.i),
                      subject=any(dep[t] in subject_deps for t in range(m.i, m.j)),
                      relative=m.i not in reported and _relative_subject(doc, lex, m.j, subject_deps),
                      sent=bounds[sent_of[m.i]])
                 for m in mentions]
        for m, lk in zip(mentions, names):
            lk.subject = lk.subject or _topic(doc, lex, lk.i)
            # a name apposed to the subject weighs as one for the pronouns after it, as a relative's antecedent does
            lk.relative = lk.relative or m.kind == "person" and _apposed_subject(doc, lk, self.heads)
        cluster(refs, mentions, names, lex.gaz, lex.org_alias, text, lex.seats)
        ctx.described = describe(doc, lex, refs, mentions, names)
        gender.assign(doc, lex, refs.entities)
        covered = {t for m in mentions for t in range(m.i, m.j)}
        cues = sorted(q.cue[0] for q in quotes if q.cue)
        heads = self.heads
        others: list[tuple[Link, object]] = []
        pos, pairs = column(doc, POS), lemma_orth(doc)
        for k in self.candidates(doc):
            if k in covered:
                continue
            tok = tokens(doc)[k]
            # read off the Doc's arrays first: most candidates are neither, and a Token's getters cost more
            maybe_pronoun, maybe_head = self.roles(doc, pairs[k])
            lk = (pronoun(doc, lex, tok) if maybe_pronoun or pos[k] == PRON else None) or \
                (description(doc, lex, tok, heads) if maybe_head and pos[k] in (NOUN, ADJ) else None)
            if lk is not None and lk.form == "description":
                end = description_end(doc, lex, lk, covered, cues)
                if end < lk.j:
                    lk.cut(doc, end)
            # a description may hold a name ('un responsable du Hamas'), never be one
            if lk is not None and not (lk.form == "pronoun" and any(t in covered for t in range(lk.i, lk.j))):
                lk.quoted = lk.i in inside
                lk.subject = lk.subject or _topic(doc, lex, lk.i)
                others.append((lk, tok if lk.form == "description" else None))
        others += counted_mentions(doc, lex, covered | {t for lk, _ in others for t in range(lk.i, lk.j)})
        others += speakers.mark_speakers(ctx, quotes, others)
        ctx.pending = {lk.head: lk for lk, _ in others if lk.form == "description" and lk.head >= 0}
        for lk, head in sorted(others, key=_resolution_order(doc, others)):
            if lk.entity >= 0:
                continue  # resolved already, as the author of a document before it
            if lk.form == "pronoun":
                resolve_pronoun(ctx, lk)
            else:
                resolve_description(ctx, lk, head)
        who = speakers.assign(ctx, quotes)
        speakers.taken_up(ctx)
        return refs, who

    @guarded("storygraph_reference")
    def __call__(self, doc: Doc) -> Doc:
        refs, who = self.build(doc)
        text = text_of(doc)
        quotes: list[Quote] = doc._.sg_quote_marks or []
        keep = [a for a, ent in enumerate(refs.entities)
                if ent.kind in ACTOR_KINDS and ent.links and (ent.named or ent.quoted)]
        ids = {a: f"A{n + 1}" for n, a in enumerate(keep)}
        actors = []
        for a in keep:
            ent = refs.entities[a]
            seen: dict[tuple[int, int], dict] = {}
            names = [x for x in ent.links if x.form == "name"]
            for lk in sorted(ent.links, key=lambda x: x.start):
                if (lk.start, lk.end) in seen or lk.rule == "possessive":  # a possessive is no mention of a party
                    continue
                end = lk.end
                if lk.form == "description":
                    # 'Le Premier ministre Justin Trudeau': the title, cited apart from the name it introduces
                    end = min([x.start for x in names if lk.start < x.start < lk.end] + [end])
                    while end > lk.start and text[end - 1] in " ,\u00a0":
                        end -= 1
                rec = span(lk.start, end, text, rule=lk.rule or "name")
                if lk.antecedent:
                    rec["antecedent"] = span(*lk.antecedent, text)
                seen[(lk.start, lk.end)] = rec
            actors.append({"id": ids[a], "name": ent.name, "kind": ent.kind, "gender": ent.gender,
                           "mentions": list(seen.values()), "descriptions": ent.descriptions})
        records = []
        for n, (q, spk) in enumerate(zip(quotes, who), 1):
            names = [refs.entities[a].name for a in spk]
            records.append({
                "id": f"Q{n}", "type": q.type,
                "content": [span(s, e, text) for s, e in q.content],
                "speaker": span(*(q.mention or q.speaker), text) if q.speaker and not q.continues else None,
                "speaker_id": " ; ".join(ids[a] for a in spk if a in ids) or None,
                "speaker_name": " ; ".join(names) or None,
                "cue": span(*q.cue, text, lemma=self.lex.spelled.get(q.cue_lemma or "", q.cue_lemma)) if q.cue else None,
                "addressee": span(*q.addressee, text) if q.addressee else None,
                "time_id": None,
            })
        refs.actor_ids = ids
        doc._.sg_refs = refs
        doc._.sg_actors = actors
        doc._.sg_quotes = records
        return doc


def _topic(doc: Doc, lex: Lexicon, i: int) -> bool:
    """True when a topic marker opens the noun phrase at token i ('Quant au procureur, …', 'quant à la ministre'):
    what the sentence is about, and the one whose words follow, as a subject is."""
    k = i
    pos, words = column(doc, POS), forms(doc)  # the Doc's arrays: asked of every mention, no Token needed
    while k > 0 and pos[k - 1] == DET:
        k -= 1
    if k == 0 or fold(words[k - 1]) not in lex.topic_last:
        return False  # most phrases: no marker ends right before them
    # each length of marker read once, then looked up
    return any(k >= n and tuple(fold(w) for w in words[k - n:k]) in lex.topic_markers for n in lex.topic_lengths)


def _apposed_subject(doc: Doc, lk: Link, heads: set[str]) -> bool:
    """True when a name is set between commas in apposition to its clause's subject ('Son PDG, Ana Roy, a défendu …'):
    it shares the subject's function, so a pronoun after it may stand for it as for a subject. A subject that is a
    description of its own ('Le ministre de la Culture, Ana Roy, …') carries that weight itself."""
    root = span_root(doc, lk.i, lk.j)
    head = root.head
    if head.text[:1].islower() and (fold(head.lemma_) in heads or fold(head.text) in heads):
        return False
    # (a body in brackets, 'le député (UMP) de Pornic', says whose side the subject is on, not who it is)
    return root.dep_ == "appos" and root.head.dep_ in SUBJECT_DEPS and root.head.i < root.i and \
        lk.i > 0 and tokens(doc)[lk.i - 1].text == ","


def _resolution_order(doc: Doc, others: list[tuple[Link, object]]):
    """The order mentions are resolved in: text order, but an object clitic before an inverted subject clitic
    ('« … », lui a-t-elle demandé') right after that subject, as French reads the subject first and the clitic
    never stands for it."""
    inverted = {lk.i: lk.start for lk, _ in others if lk.form == "pronoun" and lk.subject and tokens(doc)[lk.i].text.startswith("-")}

    def key(x: tuple[Link, object]) -> tuple[int, int]:
        lk = x[0]
        if lk.form == "pronoun" and not lk.subject and not lk.rule and inverted:
            at = next((inverted[k] for k in range(lk.j, min(lk.j + 4, len(doc))) if k in inverted), None)
            if at is not None:
                return at, 1
        return lk.start, 0
    return key


def _relative_subject(doc: Doc, lex: Lexicon, j: int, subject_deps: set[int]) -> bool:
    """True when a name is the antecedent of a subject relative pronoun right after it ('… du ministre, Paul Roux, qui a
    pris la parole'): the subject of that clause, whatever the name's own place in the sentence, so a pronoun after
    it may stand for it as for a subject (not inside reported words, which are the speaker's clause, not the story's);
    the one whose words a quotation goes on with stays a main clause's subject."""
    words = forms(doc)
    if j < len(words) and words[j] == ",":
        j += 1
    return j < len(words) and fold(words[j]) in lex.relative_subjects and column(doc, DEP)[j] in subject_deps


def _article_gender(doc: Doc, i: int) -> str | None:
    """The grammatical gender the article before a name gives it ('la Russie', 'du Japon'): what 'ce dernier' or
    'elle' agree with when the name is no person."""
    if i == 0 or column(doc, POS)[i - 1] not in (DET, ADP):
        return None
    g = feature(tokens(doc)[i - 1], "Gender")
    return {"Fem": "f", "Masc": "m"}.get(g[0]) if len(g) == 1 else None


def _paragraph_of(doc: Doc, text: str) -> list[int]:
    """The paragraph ordinal of every token (read off the Doc's offsets array)."""
    if not len(doc):
        return []
    starts = numpy.array([s for s, _ in paragraph_spans(text)] or [0])
    return numpy.maximum(numpy.searchsorted(starts, doc.to_array(IDX), side="right") - 1, 0).tolist()


@Language.factory("storygraph_reference", default_config={"lang": "fr"})
def make_reference(nlp: Language, name: str, lang: str) -> ReferenceResolver:
    """Registered factory: `nlp.add_pipe("storygraph_reference")` after `storygraph_quotes`."""
    return ReferenceResolver(lang)


for _ext in ("sg_actors", "sg_quotes", "sg_refs"):
    if not Doc.has_extension(_ext):
        Doc.set_extension(_ext, default=None)
