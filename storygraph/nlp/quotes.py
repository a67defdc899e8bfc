"""Component `storygraph_quotes`: direct, indirect and mixed quotations, with cue and speaker mention.

Where a quote's speaker mention is chosen: `QuoteFinder.subject_of` (the cue's grammatical or inverted
subject); who that mention *is* (names, pronouns, titles) is decided by the actors component.
The finder works in two passes over the parse: quotation marks (character level, paragraph aware),
then speech cues (verbs, "selon X") that either introduce a marked quote or carry reported speech.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field
from functools import lru_cache

from spacy.attrs import LEMMA, ORTH
from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from ..lang import resource
from .grammar import first_group_lemmas, group_start
from .guard import guarded
from .index import sentence_of, sents, text_of, token_at, tokens_in
from .mentions import fold
from .paragraphs import paragraph_spans
from .quote_join import join_interrupted
from .quote_nouns import NounCues
from .quote_kinds import READERS, WH_WORDS, adverbial_de, passive_attribute, passive_object

OPENERS = {"«": "»", "“": "”", "„": "“", "‹": "›"}
CLOSERS = {"»", "”", "›"}
SPACES = " \t\n\u00a0\u202f\u2009"
QUOTE_CHARS = re.compile("[" + re.escape("".join(OPENERS) + "".join(CLOSERS) + '"') + "]")
TRIM = SPACES + ".,;:–—-…"
SUBJ_DEPS = ("nsubj", "nsubj:pass", "expl:subj", "nsubjpass")  # the last: a passive subject in the English models' labels
AUXILIARY_FORMS = ("a", "ont", "avait", "avaient", "aura", "auront", "ait", "aient", "eu", "avoir")


@dataclass
class Marked:
    """A passage between quotation marks: content [cs, ce) inside marks [open, close]."""

    open: int
    close: int
    cs: int
    ce: int
    para: int
    starts_para: bool
    closed: bool = True
    used: bool = False


@dataclass
class Quote:
    """A quotation before speaker resolution; offsets are characters of the Doc text."""

    type: str
    content: list[tuple[int, int]]
    cue: tuple[int, int] | None = None
    cue_lemma: str | None = None
    speaker: tuple[int, int] | None = None
    speakers: list[tuple[int, int]] = field(default_factory=list)
    addressee: tuple[int, int] | None = None
    continues: bool = False
    anchor: int = 0

    @property
    def start(self) -> int:
        return self.content[0][0]


@lru_cache(maxsize=65536)
def _fold_form(form: str) -> str:
    return fold(form)


#: quotation marks typed as two characters (''…'' and ``…'' in typewriter-style English copy), read as '"'
DOUBLED = re.compile(r"''|``")


def plain_marks(text: str) -> str:
    """The text with doubled marks as one straight double quote and a space, offsets kept: the space goes on
    the side away from the quoted words, so that '"' opens or closes as the doubled mark did."""
    if "''" not in text and "``" not in text:
        return text

    def one(m: re.Match) -> str:
        i = m.start()
        opens = m.group() == "``" or ((i == 0 or text[i - 1] in SPACES + "([—–-") and m.end() < len(text)
                                      and text[m.end()] not in SPACES)
        return ' "' if opens else '" '

    return DOUBLED.sub(one, text)


def scan_marks(text: str) -> list[Marked]:
    """Outermost quoted passages; French re-opening « at each paragraph continues one quote."""
    paras = paragraph_spans(text)
    out: list[Marked] = []
    pending: Marked | None = None
    unclosed: Marked | None = None  # a quotation the last paragraph left open, which may close in this one
    for pi, (ps, pe) in enumerate(paras):
        stack: list[tuple[str, int]] = []
        i = ps
        if pending is not None:
            first = text[ps]
            if first in OPENERS or first == '"':
                stack.append((first, pending.open))
                i = ps + 1
            else:
                out.append(pending)
            pending = None
        for hit in QUOTE_CHARS.finditer(text, i, pe):  # only the quotation marks matter: jump from one to the next
            i = hit.start()
            ch = text[i]
            if not stack and unclosed is not None and ch in (OPENERS.get(text[unclosed.open]), '"') \
                    and not (ch == '"' and _opens(text, i, ps)):
                # the quotation left open at the end of the last paragraph goes on without a new opening mark
                # and closes here
                ce = i
                while ce > unclosed.cs and text[ce - 1] in SPACES:
                    ce -= 1
                unclosed.close, unclosed.ce, unclosed.closed = i, ce, True
                unclosed = None
                continue
            unclosed = None
            if ch in OPENERS or (ch == '"' and not (stack and stack[-1][0] == '"') and _opens(text, i, ps)):
                stack.append((ch, i))
            elif ch in CLOSERS or ch == '"':
                if stack:
                    opener, at = stack.pop()
                    if ch != '"' and opener != ch and OPENERS.get(opener) != ch and stack:
                        # a mismatched closer ends the innermost quote that it can close
                        while stack and OPENERS.get(stack[-1][0]) != ch:
                            stack.pop()
                        if stack:
                            opener, at = stack.pop()
                    if not stack:
                        out.append(_marked(text, at, i, pi, paras))
        if stack:
            at = stack[0][1]
            m = _marked(text, at, pe, pi, paras, closed=False)
            nxt = paras[pi + 1][0] if pi + 1 < len(paras) else None
            if nxt is not None and (text[nxt] in OPENERS or text[nxt] == '"') and (text[at] in OPENERS or text[at] == '"'):
                pending = m
            else:
                out.append(m)
                unclosed = m if pi + 1 < len(paras) and text[paras[pi + 1][0]] not in OPENERS else None
        else:
            unclosed = None
    if pending is not None:
        out.append(pending)
    return [m for m in out if m.ce > m.cs]


# quotation marks and the punctuation around them, glued to a word ('Lyon:«Nous', 'rien»,a-t-il dit'): the
# tokenizer's own rules keep them inside the word, where no rule that reads tokens can see a quotation
GLUED_MARKS = (r"[«»“”„‹›]", r"(?<=\w)[:;](?=[«“\"])", r"(?<=[»”\"])[,.;:](?=\w)", r"(?<=[:;(])\"(?=\w)",
               r"(?<=\w)\"(?=[,.;:])")


def split_glued_marks(nlp: Language) -> None:
    """Teach the tokenizer to cut quotation marks (and a colon or comma next to them) off the words they touch."""
    from spacy.util import compile_infix_regex

    nlp.tokenizer.infix_finditer = compile_infix_regex(list(nlp.Defaults.infixes) + list(GLUED_MARKS)).finditer


HEADING_WORDS = 30  # a paragraph this short without closing punctuation is a headline or a section title
INTERVIEW_LABEL = re.compile(r"(\w+)\s*[.:–—-]\s")  # 'Question : ', 'R. – ': a label before the words


# an incise whose subject is an inverted pronoun ('», a-t-elle affirmé'): the pronoun points back to an earlier
# sentence, so the paragraph is running text that lost its full stop, never a title that stands alone
BACK_POINTING_INCISE = re.compile(r"[,»”\"]\s*\w+(?:-t)?-(?:il|elle|ils|elles)\b", re.IGNORECASE)


def headings(text: str) -> list[tuple[int, int]]:
    """Paragraphs that are headlines or section titles: short, and not closed by sentence punctuation."""
    out = []
    paras = paragraph_spans(text)
    for k, (s, e) in enumerate(paras):
        p = text[s:e].rstrip(SPACES)
        closed = p.rstrip(SPACES + "".join(CLOSERS) + "\"'")[-1:] in ".!?…:;)"
        if closed or len(p.split()) > HEADING_WORDS or k == 0:
            # the first paragraph is the title, even one that asks or exclaims ('Retraites : « Jusqu'où ? »')
            exclaims = p.rstrip(SPACES + "".join(CLOSERS) + "\"'")[-1:] in "?!" and len(paras) > 1
            if (not closed or k == 0 and exclaims) and len(p.split()) <= HEADING_WORDS:
                out.append((s, e))
            continue
        if BACK_POINTING_INCISE.search(p) or text[:paras[k - 1][1]].rstrip(SPACES)[-1:] == ":":
            continue  # running text that lost its full stop, or the words a colon at the end of the last one announced
        if p[:1] in OPENERS and re.search(r"[.!?…]\s+\w", p):
            continue  # a quotation of several sentences that lost its final stop: a title makes one sentence
        out.append((s, e))
    return out


def _opens(text: str, i: int, ps: int) -> bool:
    """A straight double quote at i opens a quotation: after a space or an opening sign, or glued to the next
    word (not to a comma or a full stop, which follow a closing one: '« … détenus", a-t-il dit')."""
    return i == ps or text[i - 1] in SPACES + "([-—–:'’/" or (i + 1 < len(text) and text[i + 1] not in SPACES + ",.;:!?)»…")


def _marked(text: str, at: int, close: int, pi: int, paras, closed: bool = True) -> Marked:
    cs, ce = at + 1, close
    while cs < ce and text[cs] in SPACES:
        cs += 1
    while ce > cs and text[ce - 1] in SPACES:
        ce -= 1
    start_para = next(k for k, (s, e) in enumerate(paras) if s <= at < e) if paras else 0
    starts = text[paras[start_para][0]:at].strip(SPACES + "-—–") == "" if paras else True
    return Marked(at, close, cs, ce, start_para, starts, closed)


def adjectival_participle(v: Token) -> bool:
    """True for a past participle with no auxiliary that qualifies a noun or opens an adjunct ('X, accusé de
    corruption, …', 'Interrogé par la presse, X …'), or is coordinated with one: a passive, whose noun is its patient."""
    for _ in range(3):
        if not ("Part" in v.morph.get("VerbForm") and "Past" in v.morph.get("Tense")) or \
                any(c.dep_.startswith("aux") for c in v.children):
            return False
        if v.dep_ in ("acl", "advcl", "appos", "amod"):
            return True
        if v.dep_ != "conj" or v.head.i == v.i:
            return False
        v = v.head
    return False


class QuoteFinder:
    """Find quotations on a parsed Doc, knowledge from `lang/<lang>/speech.json`."""

    def __init__(self, lang: str = "fr"):
        data = resource(lang, "speech")
        table = {fold(v): frames for v, frames in data["verbs"].items() if not v.startswith("_")}
        self.verbs = set(table)
        self.spelled = {fold(v): v for v in data["verbs"]}
        # frame name -> the verbs whose complement of that kind carries what was said
        self.frames: dict[str, set[str]] = {}
        for v, frames in table.items():
            for f in frames:
                self.frames.setdefault(f, set()).add(v)
        # multi-word cues ('faire savoir', 'mettre en garde'): first word -> the words that must follow it
        self.multi: dict[str, list[tuple[str, ...]]] = {}
        self.multi_cues = {v for v in self.verbs if " " in v and not v.startswith(("se ", "s'", "etre "))
                           and fold(v) not in {fold(c) for c in data.get("clitic_cues", {})}}
        for v in sorted(self.multi_cues, key=lambda v: -len(v.split())):
            words = [w.strip() for w in v.replace("'", "' ").split()]  # 'mettre l'accent': l' and accent are two words
            self.multi.setdefault(words[0], []).append(tuple(words[1:]))
        according = [tuple(w.strip() for w in fold(a).replace("'", "' ").split()) for a in data["according_to"]]
        # 'selon les termes de' also reads 'selon les termes du ministre': the final 'de' is checked apart
        self.according_de = {p[:-1] for p in according if len(p) > 1 and p[-1] == "de"}
        self.according = sorted({p[:-1] if p[:-1] in self.according_de else p for p in according}, key=len, reverse=True)
        # the words an 'according to' cue can start with, as one token or as the first of several
        self.according_first = {p[0].replace("' ", "'") for p in self.according} | \
            {"".join(p).replace(" ", "") for p in self.according}
        # the patterns a word can open, longest first: as its first word, or glued ('d'après' as one token)
        self.according_by_first: dict[str, list[tuple[str, ...]]] = {}
        for p in self.according:
            for key in {p[0].replace("' ", "'"), "".join(p).replace(" ", "")}:
                self.according_by_first.setdefault(key, []).append(p)
        self.not_speakers = {fold(w) for w in data["not_speakers"]}
        self.groups = {fold(w) for w in resource(lang, "actors")["group_nouns"]}
        self.roles = {fold(r).split()[0] for r in resource(lang, "actors")["roles"]}
        self.time_nouns = {fold(w) for w in data.get("time_nouns", [])}
        labels = data.get("interview", {})
        self.question_labels = {fold(w) for w in labels.get("questions", [])}
        self.answer_labels = {fold(w) for w in labels.get("answers", [])}
        self.pointing_back = sorted((fold(w) for w in data.get("pointing_back", {}).get("phrases", [])), key=len, reverse=True)
        grammar = resource(lang, "grammar")
        self.clitics = set(grammar["clitics"])
        self.honorifics = {fold(w).rstrip(".") for w in resource(lang, "actors")["honorifics"]}
        self.que = frozenset(fold(w) for w in grammar.get("complementizers", []))
        # English reports a clause without its complementizer ('said he would resign'); French never does
        self.bare_clause = bool(grammar.get("bare_content_clause", False))
        self.comma_opens = bool(grammar.get("comma_opens_quotation", False))
        # the conjunctions that coordinate a second speech verb with the cue ('… et a ajouté', '… and added')
        self.coordinators = frozenset(fold(w) for w in grammar.get("coordinators", []))
        # the present participle's ending: ', précisant que …', ', adding that …' is the same speaker's next act
        self.participle_endings = tuple(grammar.get("present_participle_endings", ["ant"]))
        # the relative pronouns that stand as a speech verb's subject ('qui', 'who'): the speaker is their antecedent
        self.relative_subjects = frozenset(fold(w) for w in grammar.get("relative_subjects", []))
        # the words that open each complement frame of the speech table ('de', 'à', 'contre' / 'to', 'against')
        self.frame_words = {k: frozenset() for k in ("de", "a", "contre", "pour", "sur", "de-np", "x-de", "x-comme", "wh", "agent")}
        self.frame_words.update({k: frozenset(fold(w) for w in v) for k, v in grammar.get("frame_words", {}).items()
                                 if not k.startswith("_")})
        self.prepositions = {fold(w) for w in grammar["prepositions"]}
        self.not_complementizer = {fold(w) for w in grammar["not_complementizer"]}
        self.not_incise = self.frames.get("no-incise", set())
        self.aliases = {fold(k): fold(v) for k, v in data.get("lemma_aliases", {}).items() if not k.startswith("_")}
        self.adverbial_de = sorted((tuple(fold(a).replace("'", "' ").split()) for a in data.get("adverbial_de", [])),
                                   key=len, reverse=True)
        self.adverbial_de = [tuple(w.strip() for w in a) for a in self.adverbial_de]
        self.idioms = {fold(k): {fold(w) for w in v} for k, v in data.get("idioms", {}).items() if not k.startswith("_")}
        self.future_verbs = {fold(w) for w in data.get("not_yet", {}).get("verbs", [])}
        self.title_nouns = {fold(w) for w in data.get("title_nouns", {}).get("nouns", [])}
        self.title_links = {fold(w) for w in data.get("title_nouns", {}).get("links", [])}
        self.media_names = {fold(w) for w in data.get("media", [])} if self.title_links else set()
        self.documents = {fold(w) for w in data.get("documents", {}).get("nouns", [])}
        self.stance_adjectives = [fold(w) for w in data.get("stance_adjectives", {}).get("adjectives", [])]
        # verb -> {cue: (words one of which must stand before it, words one of which may follow it instead)}
        self.conditioned: dict[str, dict[str, tuple[set[str], set[str]]]] = {}
        for cue, entry in data.get("clitic_cues", {}).items():
            if not cue.startswith("_"):
                self.conditioned.setdefault(fold(entry["verb"]), {})[fold(cue)] = (
                    {fold(w) for w in entry.get("before", [])}, {fold(w) for w in entry.get("after", [])})
        self.people = {fold(w) for w in resource(lang, "events").get("people_nouns", [])}
        self.parenthetical = {fold(w) for w in data.get("parenthetical", {}).get("verbs", [])}
        self.inverted = {c for c in self.clitics if c != "-t"}
        self._candidate_cache: dict[tuple[int, int], tuple[bool, bool]] = {}
        # '"A," she said. "B."' is one quotation in pieces where the language's news counts it so
        self.join_interrupted = bool(data.get("interrupted_quotes", {}).get("join", False))
        self.nouns = NounCues(lang)  # 'his claim that …', 'her promise to …': reports headed by a speech noun

    # ------------------------------------------------------------------ cues
    def lemma(self, tok: Token) -> str | None:
        """The speech lemma of a verb token ('se dire', 'faire valoir', 'mettre en garde'), or None."""
        pos = tok.pos_
        if pos == "X" and tok.text.islower() and tok.i > 0 and fold(tok.doc[tok.i - 1].text) in AUXILIARY_FORMS:
            pos = "VERB"  # 'a tweeté': a participle the tagger did not know, after its auxiliary
        if pos not in ("VERB", "AUX", "NOUN", "ADJ", "PROPN") or tok.is_punct:
            return None
        stance = self.stance(tok)
        if stance is not None:
            return stance
        lem = fold(tok.lemma_)
        lem = self.aliases.get(lem, lem)
        if lem not in self.verbs and pos == "VERB":
            lem = next((c for c in first_group_lemmas(fold(tok.text)) if c in self.verbs or c in self.multi), lem)
        if lem in self.conditioned and pos == "VERB":
            cue = self.conditioned_cue(tok, lem)  # 'y voit', 'n'a pas caché', 's'en est prise'
            if cue is not None or (lem not in self.verbs and lem not in self.multi):
                return cue
        if pos in ("VERB", "AUX") and lem not in self.verbs and lem not in self.multi \
                and "se " + lem not in self.verbs and "s'" + lem not in self.verbs:
            return None  # the common case, decided before looking at the verb's dependents
        if pos in ("NOUN", "ADJ", "PROPN") and tok.text.islower() and tok.i + 1 < len(tok.doc) \
                and fold(tok.doc[tok.i + 1].text) in self.que and tok.i > 0 and tok.doc[tok.i - 1].pos_ in ("PROPN", "NOUN", "PRON"):
            # 'Rachid Yazami note que …': a verb the tagger took for a noun, right before its que-clause
            cand = next((c for c in (lem, *first_group_lemmas(fold(tok.text))) if c in self.verbs), None)
            if cand:
                return cand
        if pos in ("NOUN", "ADJ", "PROPN"):
            # the tagger sometimes takes a participle or verb for a noun ("Bechtol souligne")
            if not (tok.text.lower().endswith(("é", "ée", "és", "ent", "e", "it", "is", "u", "ait")) and lem in self.verbs
                    and tok.dep_ in ("ROOT", "parataxis", "conj", "acl:relcl", "advcl", "ccomp")):
                return None
        refl = any(c.dep_ in ("expl:comp", "expl:pv", "expl:pass", "obj", "expl") and fold(c.text) in ("se", "s'", "s’", "s")
                   for c in tok.children if c.i < tok.i)
        if lem in self.multi:
            phrase = self.multiword(tok, lem)
            if phrase is not None:
                return phrase
            if lem not in self.verbs:
                return None  # 'faire' alone says nothing
        if refl and "se " + lem in self.verbs:
            return "se " + lem
        if refl and "s'" + lem in self.verbs:
            return "s'" + lem
        if lem in self.verbs:
            if lem in ("appeler",) and refl:
                return None
            return lem
        return None

    @staticmethod
    def _cue_words(lem: str) -> int:
        """Tokens a multi-word cue spans ('mettre l'accent' is three)."""
        return len(lem.replace("'", "' ").split())

    def stance(self, tok: Token) -> str | None:
        """'est convaincue de …', 'sont persuadés que …': 'être' + an adjective of conviction, as a cue."""
        if tok.pos_ not in ("ADJ", "VERB"):
            return None
        form = _fold_form(tok.text)
        base = next((b for b in self.stance_adjectives if form in (b, b + "e", b + "s", b + "es")), None)
        if base is None or not any(c.dep_ in ("cop", "aux:pass", "aux:tense") and fold(c.lemma_) == "etre" for c in tok.children):
            return None
        cue = "etre " + base
        return cue if cue in self.verbs else None

    def conditioned_cue(self, tok: Token, lem: str) -> str | None:
        """A verb that reports speech only with certain words around it ('y voir', 'voir dans', 'ne pas
        cacher', 's'en prendre à'), from clitic_cues in speech.json."""
        doc = tok.doc
        near = {self._fold_tok(c) for c in tok.children if c.i < tok.i}
        after = self._fold_tok(doc[tok.i + 1]) if tok.i + 1 < len(doc) else ""
        for cue, (before, following) in self.conditioned[lem].items():
            if (near & before or after in following) and cue in self.verbs:
                return cue
        return None

    @staticmethod
    def _fold_tok(t: Token) -> str:
        return _fold_form(t.text)

    def multiword(self, tok: Token, lem: str) -> str | None:
        """The multi-word cue a verb opens ('fait savoir', 'a mis en garde'), read on the words after it."""
        doc = tok.doc
        for rest in self.multi.get(lem, ()):
            j = tok.i + 1
            if j + len(rest) <= len(doc) and all(fold(doc[j + n].text) == w for n, w in enumerate(rest)):
                return " ".join((lem,) + rest).replace("' ", "'")
        return None

    def cue_span(self, v: Token, lem: str | None = None) -> tuple[int, int]:
        """Characters of the cue: auxiliaries, the verb and an inverted clitic ('a-t-il ajouté'); `lem`, the
        cue's lemma when the caller knows it already."""
        lo = v.i
        for c in v.children:
            if c.dep_.startswith("aux") and c.i < v.i and v.i - c.i <= 4:
                lo = min(lo, c.i)
        pron = self._inverted_pronoun(v)
        if pron is not None:
            lo = min(lo, pron.i - 1 - (self._words[pron.i - 1] == "-t"))  # 'a-t-elle tempéré', the parser lost
        hi = v.i
        doc = v.doc
        lem = lem if lem is not None else (self.lemma(v) or "")
        if lem in self.multi_cues:
            hi = min(len(doc) - 1, v.i + self._cue_words(lem) - 1)  # 'mettre en garde', 'faire valoir'
        k = hi + 1
        while k < len(doc) and k <= v.i + 2 and doc[k].text.lower() in ("-t", "-t-il", "-il", "-elle", "-ils", "-elles", "-on", "-t-elle"):
            hi = k
            k += 1
        return doc[lo].idx, doc[hi].idx + len(doc[hi])

    # ------------------------------------------------------------- subjects
    def clitic_subject(self, v: Token) -> Token | None:
        """The inverted pronoun of 'a-t-il ajouté', 'dit-elle', 'souligne-t-il'."""
        doc = v.doc
        lo = group_start(v)
        for k in range(lo, min(len(doc), v.i + 3)):
            t = doc[k].text.lower()
            if t in self.clitics and t not in ("-t",):
                return doc[k]
        return None

    def subject_of(self, v: Token, depth: int = 0) -> list[Token]:
        """The speaker tokens of a cue: grammatical subject, clitic, inverted subject, or inherited."""
        clitic = self.clitic_subject(v)
        if clitic is not None:
            return [clitic]
        marks = getattr(v.doc._, "sg_mark_tokens", None) or set()
        subs = [c for c in v.children if c.dep_ in SUBJ_DEPS and c.i not in marks and c.text.lower() not in self.clitics]
        subs = [c for c in subs if c.i < v.i or c.pos_ in ("PROPN", "NOUN", "PRON")]
        if subs:
            s = subs[0]
            if fold(s.text) in self.relative_subjects:
                # the relative's antecedent: the name the parser hangs it on (through an apposition: 'le FSIN,
                # le service des prisons, qui …'), else the noun right before 'qui' ('… de l'ex-candidat, qui')
                h = v.head if v.dep_.startswith("acl") else None
                if h is not None and h.dep_ == "appos":
                    h = h.head
                if h is not None and h.pos_ == "NOUN":
                    # an apposition by position: 'le FSIN, le service des prisons, qui …'
                    lo = min(x.i for x in h.subtree if x.i <= h.i and not x.is_punct)
                    if lo >= 2 and v.doc[lo - 1].text == ",":
                        named = next((m for m in v.doc._.sg_mentions or [] if m.j == lo - 1), None)
                        if named is not None:
                            h = v.doc[named.i]
                if h is not None and any(m.i <= h.i < m.j for m in v.doc._.sg_mentions or []):
                    return [h]
                k = s.i - 1
                while k >= 0 and v.doc[k].text in (",",):
                    k -= 1
                if k >= 0 and v.doc[k].pos_ in ("NOUN", "PROPN"):
                    return [v.doc[k]]
                if v.dep_.startswith("acl") and v.head.i != v.i:
                    return [v.head]
                return []
            if fold(s.text) in self.que:
                return []
            return [s]
        participle = "Part" in v.morph.get("VerbForm") and "Pres" in v.morph.get("Tense") or v.text.endswith("ant")
        named = self._mention_at.get(v.i - 1) if participle and v.i > 0 else None
        if named is not None and named.j == v.i and named.kind in ("person", "organization", "country", "media"):
            k = named.i - 1
            while k >= 0 and v.doc[k].pos_ == "DET":
                k -= 1
            if k >= 0 and self._forms[k] == ",":
                # '…, la France demandant que …': an absolute participle; the name right before it says it
                return [v.doc[named.i]]
        if participle and depth < 3:
            # '…, souligne-t-il, notant que …', 'X a dit que …, ajoutant que …': the speaker of the cue before
            for k in range(v.i - 1, sentence_of(v).start - 1, -1):
                t = v.doc[k]
                if t.pos_ == "VERB" and self.lemma(t) and not t.text.endswith("ant"):
                    found = self.subject_of(t, depth + 1)
                    if found:
                        return found
                    break
        k = group_start(v) - 1
        if k >= 1 and v.doc[k].text == "," and v.doc[k - 1].pos_ == "PROPN":
            k -= 1  # 'Le Premier ministre indien Narendra Modi, a dénoncé'
        named = next((m for m in v.doc._.sg_mentions or [] if m.j - 1 == k and m.kind in ("person", "organization", "country", "media")), None)
        if named is not None and named.i > 0 and (v.doc[named.i - 1].pos_ == "ADP" or
                                                  fold(v.doc[named.i - 1].text) in self.prepositions):
            named = None  # '… aux États-Unis, a noté le ministre': a name a preposition governs is no subject
        if named is not None and not participle:
            if named.i > 0 and v.doc[named.i - 1].pos_ == "NOUN" and fold(v.doc[named.i - 1].text) not in self.roles:
                return [v.doc[named.i - 1]]  # 'l'administration Trump ayant annoncé': the institution speaks
            return [v.doc[named.i]]  # also 'Joe Biden a, quant à lui, déclaré'
        transitive = (self.lemma(v) or "") in self.not_incise  # after 'a salué', a noun phrase is the object
        if transitive:
            # … unless the quotation right before is that object: '« … », a dénoncé le ministre X'
            k = group_start(v) - 1
            if k >= 0 and v.doc[k].text == ",":
                k -= 1
            transitive = not (k >= 0 and self._forms[k] in ("»", "”", '"'))
        inv = self.inverted_subject(v) if self._clause_initial(v) and not participle and not transitive else None
        if inv is not None:
            return [inv]
        # 'Bruce Bechtol, professeur …, estime que', 'Le président kényan William Ruto, qui …, a salué':
        # the name that opens the sentence (after a title, perhaps), the parser lost it
        sent = sentence_of(v)
        doc = v.doc
        opener = next((m for m in doc._.sg_mentions or [] if sent.start <= m.i < v.i and m.kind == "person"), None)
        first = group_start(v)
        if opener is not None and opener.j < first and doc[opener.j].text == "," and doc[first - 1].text == "," \
                and all(t.pos_ in ("DET", "NOUN", "ADJ", "PROPN") for t in doc[sent.start:opener.i]) \
                and not any(t.dep_.startswith("nsubj") and t.head.i == v.i for t in doc[opener.j:first]):
            return [doc[opener.i]]
        # participial adjunct ("…, précisant que") or coordinated verb: the governing verb's speaker
        if depth < 3 and v.head.i != v.i and v.dep_ in ("advcl", "conj", "xcomp", "acl", "parataxis"):
            if v.dep_ == "acl" and v.head.pos_ in ("NOUN", "PROPN") and v.morph.get("VerbForm") == ["Part"]:
                return []
            if v.head.i in marks:
                # the governing word stands inside a quoted fragment ('a dénoncé comme « inacceptable » …,
                # exigeant'): the speaker is that of the verb above it
                h = v.head
                while h.i in marks and h.head.i != h.i:
                    h = h.head
                return [] if h.i in marks else self.subject_of(h, depth + 1)
            if v.dep_ == "conj":
                # '… a déclaré que P et a appelé à …': the parser may hang the second cue inside P
                h = v.head
                for _ in range(4):
                    if self.lemma(h) and h.pos_ == "VERB" or h.head.i == h.i:
                        break
                    h = h.head
                if self.lemma(h) and h.i != v.i:
                    return self.subject_of(h, depth + 1)
            return self.subject_of(v.head, depth + 1)
        return []

    def _clause_initial(self, v: Token) -> bool:
        """True when only auxiliaries, adverbs and clitics stand between v and a comma, a mark or the sentence start."""
        doc = v.doc
        k = v.i - 1
        while k >= sentence_of(v).start and (doc[k].dep_.startswith("aux") or doc[k].pos_ in ("ADV",) or doc[k].text.lower() in self.clitics
                                     or (doc[k].pos_ == "PRON" and doc[k].dep_ in ("expl:comp", "expl:pass", "iobj", "obj"))):
            k -= 1
        return k < sentence_of(v).start or self._forms[k] in (",", ":", "»", "”", '"', "(", "—", "–", "…", "?", "!", ".")

    def inverted_subject(self, v: Token) -> Token | None:
        """A subject placed after its verb, as in '», a déclaré à Al Jazeera In-bum Chun, …'."""
        doc = v.doc
        sent_end = sentence_of(v).end
        k = v.i + 1
        while k < sent_end and doc[k].text.lower() in ("-t", "-il", "-elle"):
            k += 1
        mentions = doc._.sg_mentions or []
        steps = 0
        while k < sent_end and steps < 12:
            t = doc[k]
            if t.text in (".", ":", ";", "«", "»", "!", "?") or fold(t.text) in self.que or \
                    (t.pos_ == "VERB" and t.dep_ not in ("acl",) and steps > 0):
                return None
            m = next((m for m in mentions if m.i == k), None)
            prev = fold(doc[k - 1].text) if k > 0 else ""
            if prev and doc[k - 1].pos_ == "DET" and k >= 2 and doc[k - 2].pos_ == "ADP":
                prev = fold(doc[k - 2].text)  # 'à la MAP': the preposition governs the name
            if m is not None:
                if m.kind == "media" or prev in self.prepositions:
                    k = m.j
                    steps += 1
                    continue
                return t
            if t.pos_ in ("DET",) and k + 1 < sent_end and fold(doc[k + 1].lemma_) in self.time_nouns:
                k += 2
                steps += 1
                continue
            governed = k > 0 and (doc[k - 1].pos_ == "ADP" or prev in self.prepositions)
            if t.pos_ in ("DET",) and k + 1 < sent_end and doc[k + 1].pos_ in ("NOUN", "ADJ") and governed:
                # a prepositional phrase ('sous le couvert de l'anonymat'): step over it
                k += 2
                while k < sent_end and (doc[k].pos_ in ("ADJ", "NOUN", "ADP", "DET", "PROPN") and doc[k].text not in ("," ,)
                                        and not any(m.i == k and m.kind == "person" for m in mentions)
                                        and not (doc[k].pos_ == "DET" and doc[k - 1].pos_ not in ("ADP",))):
                    k += 1
                steps += 1
                continue
            if t.pos_ in ("DET",) and k + 1 < sent_end and doc[k + 1].pos_ in ("NOUN", "ADJ") and not governed:
                head = doc[k + 1]
                while head.i + 1 < sent_end and head.pos_ == "ADJ" and doc[head.i + 1].pos_ == "NOUN":
                    head = doc[head.i + 1]
                return head
            if t.pos_ == "PRON" and fold(t.text) in ("il", "elle", "ils", "elles"):
                return t
            k += 1
            steps += 1
        return None

    # --------------------------------------------------------- content spans
    def que_clause(self, v: Token) -> Token | None:
        """The 'que' that opens the reported clause of v, if any."""
        doc = v.doc
        for c in v.children:
            if c.dep_ in ("ccomp", "obj", "advcl", "xcomp", "conj") and c.i > v.i:
                for m in c.children:
                    if fold(m.text) in self.que and m.dep_ in ("mark",) and m.i > v.i:
                        if m.i - v.i <= 14 and not self._crosses(v, m):
                            return m
        # parser miss: a 'que' within a few tokens after the verb (after "à X", adverbs, a date), or after a
        # comma-enclosed adjunct ('a expliqué, lors de sa visite au forum, que …'); after the whole of a
        # multi-word cue ('a fait savoir que')
        lem = self.lemma(v) or ""
        k = v.i + (self._cue_words(lem) if lem in self.multi_cues else 1)
        last = k - 1
        end = sentence_of(v).end
        while k < end and doc[k].text.lower() in self.clitics:
            k += 1
        if k < end and doc[k].text == ",":
            j = k + 1
            while j < end and j - k <= 25 and doc[j].text not in (",", ".", ";", ":", "«", "»"):
                j += 1
            if j + 1 < end and doc[j].text == "," and fold(doc[j + 1].text) in self.que:
                return doc[j + 1]
        while k < end and k - v.i <= 10:
            t = doc[k]
            # after a time adjunct ('a déclaré la semaine dernière qu'il demandait une rencontre') a 'que' the parser
            # read as the relative's object opens the reported clause when that clause has an object of its own
            after_time = t.dep_ == "obj" and t.head.dep_ == "acl:relcl" and fold(t.head.head.lemma_) in self.time_nouns \
                and any(c.dep_ in ("obj", "ccomp", "xcomp") and c.i != t.i for c in t.head.children)
            if fold(t.text) in self.que and t.pos_ in ("SCONJ", "PRON") and ("Rel" not in t.morph.get("PronType") or after_time):
                prev = doc[k - 1]
                if fold(prev.text) in self.not_complementizer:
                    return None
                return t
            if t.text in (".", ";", ":", "«", "»", "?", "!") or (t.pos_ == "VERB" and t.i > last and t.dep_ not in ("acl",)):
                return None
            k += 1
        return None

    def bare_content_clause(self, v: Token) -> int | None:
        """The first token of a finite clause v reports with no complementizer ('said the talks had failed')."""
        for c in v.children:
            if c.dep_ == "ccomp" and c.i > v.i and c.pos_ in ("VERB", "AUX") and c.left_edge.i > v.i \
                    and any(x.dep_ in SUBJ_DEPS + ("expl",) for x in c.children) and not self._crosses(v, c) \
                    and not any(x.dep_ == "mark" for x in c.children):
                return c.left_edge.i
        return None

    def fronted_clause(self, v: Token, subj: list[Token], sent: Span) -> tuple[int, int] | None:
        """'P, a source said.', 'P1, he said, P2.': the clause around a speaker and verb set off by commas, as
        characters (one passage over the incise)."""
        if not subj or subj[0].i > v.i or not any(c.dep_ == "ccomp" and c.i < v.i for c in v.children) \
                and v.dep_ != "parataxis":
            return None
        doc = v.doc
        lead = min([subj[0].left_edge.i] + [c.i for c in v.children if c.i < v.i and c.i > subj[0].i])
        after = v.i + 1
        if lead - 1 <= sent.start or self._forms[lead - 1] != "," or \
                (after < sent.end and self._forms[after] not in (",", ".", "?", "!", ";") and doc[after].dep_ not in ("prep", "npadvmod")):
            return None
        s = sent.start
        while s < lead - 1 and (doc[s].is_space or doc[s].text in ("-", "—", "–")):
            s += 1
        if lead - 1 - s < 1:
            return None
        text = self._text
        start, end = doc[s].idx, doc[lead - 1].idx
        while end > start and text[end - 1] in TRIM:
            end -= 1
        goes_on = self._after_incise(doc, v, sent) if after < sent.end and self._forms[after] == "," else None
        if goes_on is not None:
            return start, goes_on
        if lead - 1 - s < 3 or not any(self._main_verb(t) for t in doc[s:lead - 1]):
            return None
        return start, end

    def _crosses(self, v: Token, m: Token) -> bool:
        return any(t.text in (".", ";", "«", "»") for t in v.doc[v.i:m.i])

    def clause_end(self, doc: Doc, start_tok: int, sent: Span, coordinated: bool = True) -> int:
        """Character end of a reported clause: the sentence end, cut before another cue ('…, a-t-il
        ajouté', '… et a appelé à …'); with coordinated=False a cue coordinated inside the clause is part of
        it (after 'selon X', the clause's own subject speaks there, not X)."""
        end_tok = self._true_end(doc, sent.end)
        k = start_tok
        forms, words, marked = self._forms, self._words, self._marked  # the Doc's arrays: no Token per word
        while k < end_tok:
            f = forms[k]
            if f == ":" and k + 1 < end_tok and (forms[k + 1] in OPENERS or forms[k + 1] == '"') and k > start_tok + 2 \
                    and self._sentence_in_marks(doc[k + 1].idx):
                end_tok = k  # ': « Nous ne céderons pas. »' is a quotation of its own; ': «sang-froid» et …' is not
                break
            if k > start_tok + 2 and k not in marked and (f == ";" or (f == "," and k + 2 < end_tok and words[k + 1] == "mais"
                                                                      and words[k + 2] not in ("que", "qu'", "aussi", "egalement", "pas", "plutot", "surtout", "encore"))):
                end_tok = k  # ', mais …' opens the narrator's own clause
                break
            if (f == "," or words[k] in self.coordinators) and k + 1 < end_tok and k not in marked:  # not inside the speaker's own words
                t = doc[k]
                j = k + 1
                while j < end_tok and j - k <= 3 and (doc[j].dep_.startswith("aux") or doc[j].pos_ == "ADV" or words[j] in self.coordinators or forms[j] == ","
                                                      or (f == "," and words[j] in ("tout", "en"))):
                    j += 1
                if j < end_tok and j > k + (1 if t.text == "," else 0) - 1 and self.lemma(doc[j]) and doc[j].pos_ == "VERB":
                    lv = doc[j]
                    own_subject = any(c.dep_ in SUBJ_DEPS and c.i < lv.i and c.i > k for c in lv.children)
                    # a coordinated cue shares the speaker ('… et a appelé à'); a verb coordinated inside the
                    # reported clause does not ('certains noircissent … et prétendent')
                    # an incise never opens a que-clause of its own ('…, prévoyaient qu'une demande …')
                    incise = self._is_incise(lv) and not (lv.i + 1 < end_tok and words[lv.i + 1] in ("que", "qu'"))
                    participle = lv.text.endswith(self.participle_endings) and "Part" in lv.morph.get("VerbForm")  # '… et assurant que'
                    compound = any(c.dep_.startswith("aux") for c in lv.children) or incise or participle
                    # '… and said she would …' coordinated with the cue itself (before the clause): the speaker's next act
                    # or one that reports a clause of its own ('… and added that …'), whoever its subject is
                    compound = compound or (lv.dep_ == "conj" and (lv.head.i < start_tok or self.que_clause(lv) is not None))
                    # ', précisant que …', ', tout en saluant …': a participle cue of the same speaker
                    gerund = t.text == "," and lv.text.endswith(self.participle_endings) and "Part" in lv.morph.get("VerbForm")
                    if not own_subject and compound and (t.text != "," or gerund or incise or words[k + 1] in self.coordinators
                                                         or doc[k + 1].dep_.startswith("aux")) and (coordinated or t.text == "," and incise):
                        end_tok = k
                        break
            if f == "," and k > start_tok + 1 and k not in marked and self._new_speaker_after(doc, k, end_tok):
                end_tok = k
                break
            k += 1
        last = doc[end_tok - 1]
        e = last.idx + len(last)
        s = doc[start_tok].idx
        text = text_of(doc)
        while e > s and (text[e - 1] in TRIM or text[e - 1] in OPENERS):  # an opening mark the parser left at the end
            e -= 1
        # keep a closing mark that ends a fragment opened inside the clause
        if e < len(text) and text[e:e + 1] in CLOSERS | {'"'} and (text.count("«", s, e) + text.count('"', s, e)) % 2:
            e += 1
        return e

    def _sentence_in_marks(self, at: int) -> bool:
        """The marks opening at `at` hold a sentence (five words or more, or a capital and closing punctuation),
        not a word or two ('«sang-froid» et «coopération»')."""
        m = next((m for m in self._all_marks if m.open == at), None)
        if m is None:
            return True
        inner = self._text[m.cs:m.ce]
        return len(inner.split()) >= 5 or (inner[:1].isupper() and inner.rstrip()[-1:] in ".!?…")

    def _after_incise(self, doc: Doc, v: Token, sent: Span) -> int | None:
        """'P1, a indiqué la ministre, mais pas P2': where the reported sentence goes on after the incise
        with a clause of its own, the end of that clause (the content then runs over the incise, as one
        passage); None when the words after the incise are the narrator's ('…, sans préciser de date')."""
        end = self._true_end(doc, sent.end)
        comma = next((j for j in range(v.i + 1, min(end, v.i + 14)) if self._forms[j] == ","), None)
        if comma is None or comma + 2 >= end or any(self._forms[j] in (".", ";", ":", "«", "»", '"') for j in range(v.i, comma)):
            return None
        nxt = comma + 1
        words = self._words
        conj = words[nxt] in ("mais", "et", "car", "puisque", "parce", "sauf", "donc", "or", "tandis", "alors", "lorsque",
                              "quand", "si", "comme", "meme")
        clause = any(self._main_verb(t) for t in doc[nxt:end]) and not (doc[nxt].pos_ == "VERB" and "Fin" not in doc[nxt].morph.get("VerbForm"))
        if not (doc[nxt].text[:1].islower() and (conj or clause)) or words[nxt] in ("selon", "d'apres", "a", "au", "dans", "lors", "sans", "avant", "apres"):
            return None
        e = self.clause_end(doc, nxt, sent)
        return e if e > doc[nxt].idx else None

    def _true_end(self, doc: Doc, end: int) -> int:
        """Where the sentence that the parser ended at `end` really ends: a sentence break with no closing
        punctuation before it and a lower-case word or a hyphen after it, on the same line, is the parser's
        slip ('… de 29 narco|-trafiquants', '… Edmundo Gonzalez|Urrutia avait remporté …')."""
        for _ in range(3):
            if end >= len(doc) or end == 0:
                return end
            last, nxt = self._forms[end - 1], self._forms[end]
            if last[-1:] in ".!?…:;" or last in CLOSERS or "\n" in last or "\n" in nxt or not nxt.strip():
                return end
            if not (nxt[:1].islower() or nxt[:1] in "-–" or (doc[end - 1].pos_ == "PROPN" and doc[end].pos_ == "PROPN")):
                return end
            end = sentence_of(doc[end]).end
        return end

    def _new_speaker_after(self, doc: Doc, k: int, end: int) -> bool:
        """After the comma at k, a clause of another speaker begins: a short noun phrase, then a speech verb
        it is the subject of (', d'autres demandent même …', ', la France demandant …')."""
        j = k + 1
        while j < end and j - k <= 6 and (doc[j].pos_ in ("DET", "ADJ", "NOUN", "PROPN", "NUM")
                                          or (doc[j].pos_ == "PRON" and self._words[j] not in ("qui", "que", "qu'", "dont", "lequel", "laquelle", "lesquels", "lesquelles", "ou"))
                                          or self._words[j] in ("d'", "de")):
            j += 1
        if j == k + 1:
            return False
        while j < end and (doc[j].dep_.startswith("aux") or doc[j].pos_ == "ADV"):
            j += 1
        if j >= end or doc[j].pos_ != "VERB" or not self.lemma(doc[j]):
            return False
        v = doc[j]
        absolute = v.dep_ == "acl" and v.text.endswith("ant") and k < v.head.i < j  # 'la France demandant …'
        return absolute or any(c.dep_ in SUBJ_DEPS and k < c.i < j for c in v.children)

    def _is_incise(self, v: Token) -> bool:
        if self.clitic_subject(v) is not None:
            return True
        subj = [c for c in v.children if c.dep_ in SUBJ_DEPS]
        if any(c.i < v.i for c in subj):
            return False
        if any(c.i > v.i for c in subj):
            return True
        # the inverted subject: a name, or a title ('a ajouté le porte-parole'), possibly after 'à X' / a date
        doc = v.doc
        mentions = doc._.sg_mentions or []
        k = v.i + 1
        while k < sentence_of(v).end and k - v.i <= 8:
            t = doc[k]
            if any(m.i == k and m.kind in ("person", "organization", "country", "group") for m in mentions):
                prev = fold(doc[k - 1].text)
                if prev not in self.prepositions:
                    return True
            if t.pos_ == "DET" and k + 1 < len(doc) and doc[k + 1].pos_ in ("NOUN", "ADJ", "PROPN") \
                    and fold(doc[k + 1].lemma_) not in self.time_nouns:
                return fold(doc[k - 1].text) not in self.prepositions
            if t.text in (".", ";", ":", ",") or t.pos_ in ("VERB",):
                return False
            k += 1
        return False

    # ------------------------------------------------------------------ main
    def find(self, doc: Doc) -> list[Quote]:
        """All quotations of the Doc, in text order."""
        text = self._text = text_of(doc)
        marks = self._all_marks = scan_marks(plain_marks(text))
        quotes: list[Quote] = []
        # names by token, once: speaker spans look them up for every cue
        self._mention_at = {i: m for m in doc._.sg_mentions or [] for i in range(m.i, m.j)}
        self._mention_from = {m.i: m for m in doc._.sg_mentions or []}
        strings = doc.vocab.strings
        self._forms = [strings[h] for h in doc.to_array([ORTH]).tolist()]
        self._forms = ['"' if f in ("''", "``") else f for f in self._forms]  # a doubled mark is one mark
        self._words = [_fold_form(f) for f in self._forms]
        inside = [False] * len(doc)
        for m in marks:
            sp = tokens_in(doc, m.cs, m.ce)
            if sp is not None:
                inside[sp.start:sp.end] = [True] * (sp.end - sp.start)
        doc._.sg_mark_tokens = self._marked = {i for i, x in enumerate(inside) if x}
        if self.interview(text):
            return []  # a transcript in question/answer form reports no one's words: they are the text itself

        heads = self._heads = headings(text)
        for m in marks:
            signed = re.match(r"[ \u00a0\u202f]*[―—–][ \u00a0\u202f]*[^\W\d_]", text[m.close + 1:m.close + 8])
            if (any(s <= m.open < e for s, e in heads) and not signed) or self.titled(text, m):
                m.used = True  # a headline's words or a work's title, not what someone said
        cues, selon = self.candidates(doc)
        silent: list[Token] = []
        # the words next to an inverted pronoun ('sourit-il', 'a-t-il imagé'): the only ones that may head an
        # incise outside the lexicon
        near_pronoun = {j for i, w in enumerate(self._words) if w in self.inverted for j in (i - 1, i + 1, i + 2)}
        for sent in sents(doc):
            if any(s <= sent.start_char < e for s, e in heads):
                continue
            for i in range(sent.start, sent.end):
                if inside[i] and not (i in cues and self._reported_in_quote(doc[i])):
                    continue
                v = doc[i]
                lem = self.lemma(v) if i in cues else None
                if lem is None and i in near_pronoun:
                    lem = self.inverted_incise_verb(v)  # '…, a-t-elle imagé': any verb heads an inverted incise
                if lem is None:
                    continue
                relative = any(c.dep_ in SUBJ_DEPS and fold(c.text) in self.relative_subjects for c in v.children)
                around = next((q for q in quotes if q.type != "direct" and any(s <= v.idx < e for s, e in q.content)), None)
                if around is not None and not relative:
                    if not self._relative_speaker(v, around):
                        continue  # a speech verb inside reported speech belongs to that speech
                found = self.from_cue(doc, v, lem, sent, marks)
                if not found:
                    silent.append(v)  # a cue that reported nothing here may name who spoke the quote before it
                quotes.extend(found)
            k = bisect_left(selon, sent.start)  # selon is in token order
            if k < len(selon) and selon[k] < sent.end:
                before = len(quotes)
                self.according_to(doc, sent, marks, inside, quotes)
                new = quotes[before:]
                for sq in new:
                    quotes[:before] = [q for q in quotes[:before] if not self._within_selon(doc, q, sq)]
                    before = len(quotes) - len(new)
                quotes.extend(f for f in (self._colon_followup(sq, marks) for sq in new) if f is not None)

        quotes.extend(self.labelled_paragraphs(doc, quotes))
        quotes.extend(self.nouns.read(self, doc, quotes, marks))
        # marked passages nobody introduced: continuations of the last speaker, or not quotes at all
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
            q = self.unlisted_incise(doc, m) or self.inner_incise(doc, m) or self.named_after(doc, m, silent) \
                or self.predicate_in_marks(doc, m, marks) or self.after_colon(doc, m) or self.introduced_before(doc, m, quotes) \
                or self.source_in_brackets(doc, m) or self.pointed_back(doc, m)
            if q is not None:
                quotes.append(q)
                m.used = True
                continue
            if not prev:
                continue
            # a word or two in marks inside a sentence is a term the writer holds at a distance, not a quotation
            term = words < 4 and not self._sentence_start(text, m.open)
            if m.starts_para or (self._after_cued_in_para(m, quotes, text) and not term) or (words >= 8 and self._sentence_start(text, m.open)):
                quotes.append(Quote("direct", [(m.cs, m.ce)], continues=True, anchor=m.cs))
                m.used = True
        quotes.sort(key=lambda q: q.start)
        # 'a dit et répété que …': two cues, one report; the same words by the same speakers are one quotation
        seen: set[tuple] = set()
        unique = []
        for q in quotes:
            key = (tuple(q.content), tuple(q.speakers))
            if key not in seen:
                seen.add(key)
                unique.append(q)
        return unique

    def interview(self, text: str) -> bool:
        """The article is an interview transcript: at least two paragraphs open on a question label and two on
        an answer label ('Question : …', 'R. – …')."""
        asked = answered = 0
        for s, e in paragraph_spans(text):
            label = INTERVIEW_LABEL.match(text, s, e)
            if label is not None:
                word = fold(label.group(1))
                asked += word in self.question_labels
                answered += word in self.answer_labels
        return asked >= 2 and answered >= 2

    def named_after(self, doc: Doc, m: Marked, silent: list[Token]) -> Quote | None:
        """'« Nous ne céderons pas. » C'est en ces termes que la ministre a réagi.': a quotation that makes
        whole sentences and whose speaker is named by a cue in the very next sentence, a cue with no
        content of its own."""
        text = self._text
        if not self._sentence_start(text, m.open) or text[max(0, m.open - 8):m.open].rstrip(SPACES).endswith(":"):
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
            if nxt.start <= v.i < nxt.end and "Inf" not in v.morph.get("VerbForm") and not v.text.endswith("ant"):
                subj = self.subject_of(v)
                if subj and fold(subj[0].text) not in self.not_speakers and subj[0].pos_ in ("PROPN", "NOUN", "PRON"):
                    return Quote("direct", [(m.cs, m.ce)], self.cue_span(v), self.lemma(v), speakers=self.speaker_spans(subj),
                                 anchor=m.cs, addressee=self.addressee(v))
        return None

    def pointed_back(self, doc: Doc, m: Marked) -> Quote | None:
        """'« … » C'est en ces termes que la ministre a réagi.', '« … » — c'est ce qu'affirme Paul Roux.': the
        sentence after the quotation opens on a phrase pointing back to it, and the subject of its verb spoke."""
        text = self._text
        if not m.closed or not (m.starts_para or self._sentence_start(text, m.open)):
            return None
        j = m.close + 1
        while j < len(text) and text[j] in SPACES + ".:—–-,":
            j += 1
        if text.count("\n", m.close, j) > 2:
            return None  # the quotation's paragraph and the next one only
        head = fold(text[j:j + 40])
        phrase = next((p for p in self.pointing_back if head.startswith(p) and not head[len(p):len(p) + 1].isalpha()
                       or p.endswith("'") and head.startswith(p)), None)
        if phrase is None:
            return None
        span_ = tokens_in(doc, j + len(phrase), min(len(text), j + len(phrase) + 160))
        if span_ is None:
            return None
        sent_end = sentence_of(span_[0]).end
        v = next((t for t in doc[span_.start:min(sent_end, span_.start + 10)] if t.pos_ == "VERB"), None)
        if v is None:
            return None
        subj = [c for c in v.children if c.dep_ in SUBJ_DEPS and c.i > span_.start - 1 and c.pos_ in ("NOUN", "PROPN", "PRON")]
        spk = subj[0] if subj else self.inverted_subject(v)
        if spk is None or self._words[spk.i] in self.not_speakers or self._words[spk.i] in self.que:
            return None
        return Quote("direct", [(m.cs, m.ce)], self.cue_span(v), self.lemma(v) or fold(v.lemma_),
                     speakers=self.speaker_spans([spk]), anchor=m.cs, addressee=self.addressee(v))

    def _speaking_subject(self, tok: Token) -> Token | None:
        """tok as the subject of the words that follow: a name, a pronoun, a person noun, or the antecedent of
        'qui' ('…, dont Jérémie Iordanoff, qui « refuse … »')."""
        doc = tok.doc
        if self._words[tok.i] in self.relative_subjects:
            k = tok.i - 1
            while k >= 0 and self._forms[k] == ",":
                k -= 1
            if k < 0:
                return None
            tok = doc[k]
        named = self._mention_at.get(tok.i)
        if named is not None:
            return doc[named.i] if named.kind in ("person", "organization", "country", "media", "group") else None
        if tok.pos_ == "PRON" and self._words[tok.i] in ("il", "elle", "ils", "elles"):
            return tok
        if tok.pos_ == "NOUN" and self._words[tok.i] in self.roles:
            return tok
        return None

    def predicate_in_marks(self, doc: Doc, m: Marked, marks: list[Marked]) -> Quote | None:
        """'le Parlement européen « regrette profondément que … »', 'X, qui « refuse de mêler sa voix » à …':
        the marks open on the verb of a subject named just before them; the speaker's words are the predicate."""
        span_ = tokens_in(doc, m.cs, m.ce)
        if span_ is None or m.open == 0:
            return None
        first = span_[0]
        if not (first.pos_ in ("VERB", "AUX") and first.text.islower() and "Fin" in first.morph.get("VerbForm")):
            return None
        before = token_at(doc, m.open - 1)
        k = before.i if before is not None else -1
        while k >= 0 and (doc[k].is_space or self._forms[k] in OPENERS or self._forms[k] == '"'):
            k -= 1
        if k < 0 or sentence_of(doc[k]).start != sentence_of(first).start:
            return None
        ns = next((c for c in first.children if c.dep_ in SUBJ_DEPS and c.i <= k and c.pos_ in ("NOUN", "PROPN")), None)
        subj = ns if ns is not None and self._words[ns.i] not in self.not_speakers else self._speaking_subject(doc[k])
        if subj is None:
            return None
        sent = sentence_of(first)
        end = self.clause_end(doc, first.i, sent)
        if end <= m.close + 1:
            return Quote("direct", [(m.cs, m.ce)], speakers=self.speaker_spans([subj]), anchor=m.cs)
        for other in marks:
            if m.close < other.open < end:
                other.used = True
        return Quote("mixed", [(m.open, end)], speakers=self.speaker_spans([subj]), anchor=m.open)

    def labelled_paragraphs(self, doc: Doc, quotes: list[Quote]) -> list[Quote]:
        """'Pat Caddell: Voters worried about …': a paragraph (a headline, a transcript's turn) that opens with a
        person's name and a colon carries that person's words, unless marks hold them (read as a direct quote)."""
        text, out = self._text, []
        for ps, pe in paragraph_spans(text):
            at = ps
            while at < pe and text[at] in SPACES + '"“':
                at += 1
            first = tokens_in(doc, at, at + 1)
            named = self._mention_from.get(first[0].i) if first is not None else None
            if named is None or named.kind != "person" or named.start != at:
                continue
            colon = named.end
            if text[colon:colon + 1] != ":":
                continue
            cs = colon + 1
            while cs < pe and text[cs] in SPACES:
                cs += 1
            ce = pe
            while ce > cs and text[ce - 1] in TRIM + '"':
                ce -= 1
            if ce - cs < 12 or text[cs] in OPENERS or any(q.start < ce and cs < q.content[-1][1] for q in quotes):
                continue
            kind = "mixed" if any(cs <= m.open < ce for m in self._all_marks) else "indirect"
            for m in self._all_marks:
                if cs <= m.open < ce:
                    m.used = True
            out.append(Quote(kind, [(cs, ce)], (colon, colon + 1), ":", speakers=[(named.start, named.end)], anchor=cs))
        return out

    def source_in_brackets(self, doc: Doc, m: Marked) -> Quote | None:
        """'« Nous n'avons rien à cacher » (Paul Dupont, maire de Lille)': the source named in brackets, or signed
        after a dash ('“…” ― Ana Ruiz')."""
        text = self._text
        after = m.close + 1
        while after < len(text) and text[after] in SPACES:
            after += 1
        line_start = text[max(0, m.open - 3):m.open].rstrip(" \t\u00a0\u202f")[-1:] in ("", "\n")
        if not m.closed or text[after:after + 1] not in ("(", "―", "—", "–") or not (self._sentence_start(text, m.open) or line_start):
            return None  # mid-sentence, '« Le Voyage dans l'Est » (Flammarion)' is a title and its publisher
        name_at = after + 1
        while name_at < len(text) and text[name_at] in SPACES:
            name_at += 1
        span_ = tokens_in(doc, name_at, name_at + 1)
        named = self._mention_from.get(span_[0].i) if span_ is not None else None
        if named is None or named.kind != "person":
            return None
        return Quote("direct", [(m.cs, m.ce)], speakers=[(named.start, named.end)], anchor=m.cs)

    def introduced_before(self, doc: Doc, m: Marked, quotes: list[Quote]) -> Quote | None:
        """'Son voisin, Gérard Lefebvre, n'a pas dormi depuis trois jours. « On nous avait dit … »': a quotation
        that opens a sentence right after a sentence about a named person, in the same paragraph and with no
        quotation of its own, is that person's."""
        text = self._text
        if not (self._sentence_start(text, m.open) or m.starts_para) or text[max(0, m.open - 8):m.open].rstrip(SPACES).endswith(":"):
            return None
        at = token_at(doc, m.open)
        if at is None or at.i == 0:
            return None
        b = at.i - 1
        while b > 0 and doc[b].is_space:
            b -= 1  # the paragraph before, when the quotation opens a paragraph
        prev = sentence_of(doc[b]) if sentence_of(at).start == at.i or m.starts_para else None
        if prev is None or any(s <= prev.start_char < e for s, e in self._heads) \
                or (not m.starts_para and "\n" in text[prev.start_char:m.open].strip(SPACES.replace("\n", ""))) \
                or any(prev.start_char <= q.start < m.open or any(s <= prev.start_char < e for s, e in q.content) for q in quotes) \
                or any(n.open < m.open and n.close > prev.start_char for n in self._all_marks if n is not m):
            return None
        named = self._person_subject(prev)
        if named is not None:
            return Quote("direct", [(m.cs, m.ce)], speakers=[(named.start, named.end)], anchor=m.cs)
        # 'Il a été clair. « … »': a personal pronoun as the subject points to the person the text is about
        root = prev.root
        pron = next((c for c in root.children if c.dep_ in SUBJ_DEPS and c.i < root.i and c.pos_ == "PRON"
                     and self._words[c.i] in ("il", "elle")), None)
        if pron is None:
            return None
        return Quote("direct", [(m.cs, m.ce)], speakers=self.speaker_spans([pron]), anchor=m.cs)

    def _person_subject(self, sent: Span):
        """The named person a sentence is about: its main verb's subject, or the name in apposition to it
        ('Son voisin, Gérard Lefebvre, …'); None if the subject is not a person's name."""
        doc = sent.doc
        root = sent.root
        ns = next((c for c in root.children if c.dep_ in SUBJ_DEPS and c.i < root.i), None)
        if ns is None:
            # 'Paul Roux, 54 ans, est agriculteur': the parser made the opening name the root of the sentence
            named = self._mention_from.get(sent.start)
            return named if named is not None and named.kind == "person" and root.i == named.i else None
        named = self._mention_at.get(ns.i)
        if named is None or named.kind != "person":
            named = next((x for x in doc._.sg_mentions or [] if x.kind == "person"
                          and ns.i < x.i <= ns.i + 4 and doc[x.i - 1].text == ","), None)
        return named if named is not None and named.kind == "person" else None

    def _narrative_infinitive(self, v: Token) -> bool:
        """'Et d'ajouter : « … »', 'Et de préciser que …': the narrative infinitive, whose subject is the
        person the text is about."""
        k = v.i - 1
        if k < 1 or self._words[k] not in ("de", "d'") or "Inf" not in v.morph.get("VerbForm"):
            return False
        j = k - 1
        return self._words[j] == "et" and (j == sentence_of(v).start or self._forms[j - 1] in (".", ";", ":", "\n"))

    def _narrative_subject(self, v: Token) -> Token | None:
        """'Et la ministre d'ajouter', 'Et Paul Roux de conclure': the narrative infinitive with its subject
        between 'et' and 'de'; the head of that noun phrase (a name, a title or a person noun)."""
        k = v.i - 1
        infinitive = "Inf" in v.morph.get("VerbForm") or (not v.morph.get("VerbForm") and v.text.endswith(("er", "ir", "re")))
        if k < 2 or self._words[k] not in ("de", "d'") or not infinitive:
            return None
        start = sentence_of(v).start
        j = k - 1
        while j > start and j > k - 8 and self._words[j] != "et":
            j -= 1
        if self._words[j] != "et" or not (j == start or self._forms[j - 1] in (".", ";", ":", "\n")) or j + 1 >= k:
            return None
        lead = v.doc[j + 1:k]
        if any(t.pos_ in ("VERB", "AUX") or t.is_punct for t in lead):
            return None
        return self._verbless_source(lead)

    def after_colon(self, doc: Doc, m: Marked) -> Quote | None:
        """'Le ministre est catégorique : « … »', 'Marie Dupont : « … »': marks after a colon whose clause names
        a person as its subject, with no speech verb, are that person's words."""
        text = self._text
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
        last = doc[c.i - 1]
        subj = None
        named = self._mention_at.get(last.i)
        verbless = not any(t.pos_ in ("VERB", "AUX") for t in doc[sent.start:c.i])
        if named is not None and named.kind in ("person", "organization") and verbless:
            subj = doc[named.i]  # 'Marie Dupont : « … »', 'Même son de cloche chez le maire, Jean Roux : « … »'
        elif verbless:
            subj = self._verbless_source(doc[sent.start:c.i])
        else:
            root = last if last.dep_ == "ROOT" else next((t for t in last.ancestors if t.dep_ == "ROOT"), None)
            if root is not None and root.i > c.i:
                # the parser hung the clause before the colon under the quotation's verb: its own top word
                root = last
                while root.head.i != root.i and root.head.i < c.i:
                    root = root.head
            if root is not None and root.i < c.i:
                lem = self.lemma(root) if root.pos_ == "VERB" else None
                if lem is not None:
                    # a speech verb whose own reading left these marks aside ('a annoncé la couleur : « … »')
                    spk = self.subject_of(root)
                    if not spk or fold(spk[0].text) in self.not_speakers:
                        return None
                    return Quote("direct", [(m.cs, m.ce)], self.cue_span(root), lem, speakers=self.speaker_spans(spk),
                                 anchor=m.cs, addressee=self.addressee(root))
                ns = next((x for x in root.children if x.dep_ in SUBJ_DEPS and x.i < root.i), None)
                subj = self._speaking_subject(ns) if ns is not None else None
                if subj is None and ns is not None and ns.pos_ == "NOUN" and fold(ns.lemma_) in self.documents:
                    # 'Le message du Kremlin est clair : « … »': a text speaks for its author, named after it
                    owner = next((x for x in ns.children if x.dep_ == "nmod" and x.i in self._mention_at
                                  and self._mention_at[x.i].kind in ("person", "organization", "country")), None)
                    subj = doc[self._mention_at[owner.i].i] if owner is not None else ns
        if subj is None:
            return None
        return Quote("direct", [(m.cs, m.ce)], speakers=self.speaker_spans([subj]), anchor=m.cs)

    def _verbless_source(self, lead: Span) -> Token | None:
        """Who a verbless lead before a colon names as the speaker of the marks after it: a person's name
        that opens it with its description ('Paul Roux, maire de Lille depuis 2014 :', 'Paul Roux (PS) :'),
        or a noun phrase headed by a title or a person noun ('Le directeur :', 'Une habitante du quartier :')."""
        toks = [t for t in lead if not t.is_space]
        if not toks or len(toks) > 16:
            return None  # a long verbless lead is a heading or an enumeration, not a speaker's tag
        named = self._mention_from.get(toks[0].i)
        if named is None and toks[0].pos_ == "DET":
            named = self._mention_from.get(toks[0].i + 1)
        if named is not None and named.kind == "person" and (named.j >= lead.end or self._forms[named.j] in (",", "(")):
            return lead.doc[named.i]
        k = 0
        while k < len(toks) and toks[k].pos_ in ("DET", "ADJ") and k < 3:
            k += 1
        if k == 0 or k >= len(toks) or toks[k].pos_ != "NOUN":
            return None
        noun = toks[k]
        word = self._words[noun.i]
        if word in self.roles or word in self.groups or fold(noun.lemma_) in self.people:
            return noun
        return None

    def _relative_speaker(self, v: Token, around: Quote) -> bool:
        """'… au terme d'une campagne où l'opposition a dénoncé des fraudes': a relative clause inside
        reported content with a speaker of its own (a noun or a name) is a quote of its own; the
        content around it ends where the relative clause begins."""
        doc = v.doc
        if not v.dep_.startswith("acl") or not any(c.dep_ in SUBJ_DEPS and c.pos_ in ("NOUN", "PROPN") for c in v.children):
            return False
        rel = next((c for c in v.subtree if c.i < v.i and self._words[c.i] in ("ou", "dont", "que", "qu'", "lequel", "laquelle")), None)
        if rel is None:
            return False
        s, e = around.content[-1]
        end = doc[rel.i].idx
        text = text_of(doc)
        while end > s and text[end - 1] in TRIM:
            end -= 1
        if end - s < 10:
            return False
        around.content[-1] = (s, end)
        return True

    def _inverted_pronoun(self, v: Token) -> Token | None:
        """The pronoun of 'a-t-elle tempéré' read off the words before a participle, where the parser did not
        attach the auxiliary to it."""
        i, words = v.i, self._words
        if i >= 2 and words[i - 1] in self.inverted and (words[i - 2] in AUXILIARY_FORMS or
                                                         (words[i - 2] == "-t" and i >= 3 and words[i - 3] in AUXILIARY_FORMS)):
            return v.doc[i - 1]
        return None

    def inverted_incise_verb(self, v: Token) -> str | None:
        """The lemma of a verb outside the lexicon that heads an incise with an inverted pronoun after a comma
        ('…, a-t-elle imagé', '« … », sourit-il'): French marks a speech incise by that inversion, whatever
        the verb; parenthetical verbs that say nothing ('semble-t-il', 'faut-il') are left out."""
        doc = v.doc
        if not v.text.islower() or v.pos_ not in ("VERB", "X", "NOUN", "ADJ"):
            return None
        i = v.i
        words = self._words
        if i + 1 < len(doc) and (words[i + 1] in self.inverted or (words[i + 1] == "-t" and i + 2 < len(doc) and words[i + 2] in self.inverted)):
            lo = i  # 'sourit-il', 'imagine-t-elle'
        elif self._inverted_pronoun(v) is not None:
            lo = v.i - 2 - (words[i - 2] == "-t")  # 'a-t-il complété'
        else:
            return None
        if lo < 1 or self._forms[lo - 1] != ",":
            return None
        lem = fold(v.lemma_)
        if v.pos_ != "VERB":
            lem = next(iter(first_group_lemmas(fold(v.text))), lem)
        return None if lem in self.parenthetical else lem

    def titled(self, text: str, m: Marked) -> bool:
        """The marks hold the title of a work or an operation: 'le film « La Haine »', 'l'opération « Barkhane »'."""
        before = text[max(0, m.open - 40):m.open].rstrip(SPACES).split()
        if len(before) > 1 and fold(before[-1]) in self.title_links:
            before = before[:-1]  # 'an episode of "Meet the Press"'
        if before and re.sub(r"['’]s$", "", fold(before[-1])) in self.media_names:
            return True  # 'CBS's "Face the Nation"': what a broadcaster owns in marks is a programme
        return bool(before) and fold(before[-1].split("'")[-1].split("’")[-1]) in self.title_nouns

    def candidates(self, doc: Doc) -> tuple[set[int], list[int]]:
        """Token indices that may be a speech cue, and those that may open 'selon X', decided on the Doc's
        lemma and form arrays once per distinct pair: most tokens never become a spaCy Token object here."""
        strings = doc.vocab.strings
        cache = self._candidate_cache
        if len(cache) > 100_000:  # bounded: memory must not grow with the corpus
            cache.clear()
        cues, selon = set(), []
        for i, (lh, oh) in enumerate(doc.to_array([LEMMA, ORTH]).tolist()):
            kind = cache.get((lh, oh))
            if kind is None:
                lem, form = fold(strings[lh]), fold(strings[oh])
                lem = self.aliases.get(lem, lem)
                cue = any(c in self.verbs or "se " + c in self.verbs or "s'" + c in self.verbs or c in self.conditioned
                          for c in (lem, form, *first_group_lemmas(form))) \
                    or any(c in self.multi for c in (lem, *first_group_lemmas(form))) \
                    or any(form in (b, b + "e", b + "s", b + "es") for b in self.stance_adjectives)
                kind = cache[(lh, oh)] = (cue, form in self.according_first)
            if kind[0]:
                cues.add(i)
            if kind[1]:
                selon.append(i)
        return cues, selon

    def _chained(self, m: Marked, marks: list[Marked]) -> list[Marked]:
        """Marked passages that open the sentence and lead up to m with only a few linking words between
        them ('« Nous avons gagné » avec « 70 % des voix », « … », a affirmé X'): one quote in pieces."""
        text = self._text
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
        return chain if self._sentence_start(text, chain[0].open) else []

    def narrative_before(self, doc: Doc, m: Marked) -> int | None:
        """Where a sentence starts when it runs into the quotation marks with words of its own (a subject and
        no colon), so that the quotation is a fragment of reported speech; else None."""
        text = text_of(doc)
        span_ = tokens_in(doc, m.open, m.open + 1)
        if span_ is None:
            return None
        sent = sentence_of(span_[0])
        lead = text[sent.start_char:m.open]
        words = lead.split()
        inner = tokens_in(doc, m.cs, min(m.ce, m.cs + 12))
        first = next((t for t in inner or [] if not (t.pos_ == "PRON" and t.text.islower()) and t.pos_ != "ADV"), None)
        # 'Les efforts de l'Égypte et des autres médiateurs, "se poursuivent …"': the marks open on the verb
        # (past its clitics) of the subject before them, even past a comma
        verb_first = first is not None and first.pos_ in ("VERB", "AUX") and first.text.islower() \
            and "Fin" in first.morph.get("VerbForm") and not any(c in lead for c in "«»“”\"")
        # after an opening bracket the marks begin an aside of their own: '(« … », a-t-il rappelé)'
        # after a full stop the marks open a sentence of their own (the parser glued '«' to the sentence before)
        if len(words) < 2 or lead.rstrip().endswith((":", "—", "–", "-", "(", "[", ".", "!", "?", "…")) or (lead.rstrip().endswith(",") and not verb_first):
            return None
        if any(t.pos_ == "VERB" and self.lemma(t) for t in doc[sent.start:span_[0].i]):
            return None  # 'Il a dit « … »' is introduced by its own verb, handled elsewhere
        return sent.start_char

    def unlisted_incise(self, doc: Doc, m: Marked) -> Quote | None:
        """'« … », grimace Jean Dupont': a verb outside the lexicon, inverted after a quotation, is its cue."""
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
            # '», martèle, de son côté, Philippe Boënnec': past a comma-enclosed adjunct
            close = next((k for k in range(3, min(len(toks), 10)) if toks[k].text == ","), None)
            if close is None or close + 1 >= len(toks):
                return None
            nxt = toks[close + 1]
        spk = self._incise_subject(nxt)
        if spk is None:
            return None
        return Quote("direct", [(m.cs, m.ce)], (v.idx, v.idx + len(v.text)), fold(v.lemma_),
                     speakers=self.speaker_spans([spk]), anchor=m.cs)

    def _incise_subject(self, nxt: Token) -> Token | None:
        """The subject standing right after an incise's verb: a pronoun ('-t-il'), a person's name, or a
        person noun after its determiner ('« … », s'époumone un manifestant')."""
        doc = nxt.doc
        if nxt.text.lower() in self.clitics:
            if nxt.text.lower() == "-t" and nxt.i + 1 < len(doc) and doc[nxt.i + 1].text.lower() in self.clitics:
                return doc[nxt.i + 1]  # 'philosophe-t-il': the pronoun, not the euphonic t
            return nxt
        if any(x.i == nxt.i and x.kind == "person" for x in doc._.sg_mentions or []):
            return nxt
        if nxt.pos_ == "DET" and nxt.i + 1 < len(doc):
            noun = doc[nxt.i + 1]
            if self._words[noun.i] in self.roles or self._words[noun.i] in self.groups or fold(noun.lemma_) in self.people:
                return noun
        return None

    def inner_incise(self, doc: Doc, m: Marked) -> Quote | None:
        """'« P1, explique Alexandre Brahier. P2 »': the cue stands inside the marks, the quote is whole."""
        span_ = tokens_in(doc, m.cs, m.ce)
        if span_ is None:
            return None
        for v in span_:
            lo = group_start(v)  # 'a souligné'
            if lo == 0 or doc[lo - 1].text != "," or not v.text.islower():
                continue
            lem = self.lemma(v)
            if lem is None:
                continue
            spk = self.clitic_subject(v)
            end = v.i + 1
            if spk is None:
                named = next((x for x in doc._.sg_mentions or [] if x.i == v.i + 1 and x.kind == "person"), None)
                if named is None:
                    k = v.i + 1
                    if k + 1 < len(doc) and doc[k].pos_ == "DET" and (fold(doc[k + 1].text) in self.roles or doc[k + 1].pos_ == "NOUN"):
                        spk = doc[k + 1]
                        end = k + 2
                        # 'a lancé le maire Paul Hervé': the name in apposition to the title ends the incise too
                        while end < len(doc) and doc[end].dep_ in ("amod", "nmod", "case", "det", "flat:name", "appos") and doc[end].head.i >= k:
                            end += 1
                    else:
                        continue
                else:
                    spk = doc[named.i]
                    end = named.j
            else:
                end = spk.i + 1
            if end < len(doc) and doc[end].text in (".", ",", "!", "?", ";") or end >= span_.end:
                return Quote("direct", [(m.cs, m.ce)], self.cue_span(v), lem, speakers=self.speaker_spans([spk]), anchor=m.cs)
        return None

    def _at_paragraph_start(self, at: int) -> bool:
        """Nothing but spaces stands between the start of at's paragraph and at."""
        return any(ps <= at < pe and not self._text[ps:at].strip(SPACES) for ps, pe in paragraph_spans(self._text))

    def _sentence_start(self, text: str, at: int) -> bool:
        before = text[max(0, at - 3):at].strip(SPACES)
        return before == "" or before[-1:] in ".!?»:"

    def _after_cued_in_para(self, m: Marked, quotes: list[Quote], text: str) -> bool:
        """A quote with a cue stands before m in its paragraph: a direct one, or any when m opens a sentence
        ('Il a assuré que P. « Nous ne lâcherons personne. »')."""
        ps, pe = paragraph_spans(text)[m.para]
        opens = self._sentence_start(text, m.open)
        return any(ps <= q.start < m.cs and q.cue and (q.type == "direct" or opens) for q in quotes)

    def from_cue(self, doc: Doc, v: Token, lem: str, sent: Span, marks: list[Marked]) -> list[Quote]:
        """The quotations a speech verb introduces or closes (usually one, none when it reports nothing)."""
        q = self._from_cue(doc, v, lem, sent, marks)
        if q is None:
            return []
        if not q.speakers and self._narrative_infinitive(v):
            q.continues = True  # 'Et d'ajouter : …' after another quotation: the same speaker goes on
        follow = self._colon_followup(q, marks)
        return [q] + ([follow] if follow is not None else [])

    def _colon_followup(self, q: Quote, marks: list[Marked]) -> Quote | None:
        """'X rappelle qu'il en va de …: « On ne peut pas … »', 'Pour lui, c'est simple : « … »' — the marked
        sentence right after the colon that ends reported content is a second, direct quote of the same source."""
        if q.type == "direct":
            return None
        s, e = q.content[-1]
        text = self._text
        m = next((m for m in marks if not m.used and e <= m.open <= e + 4 and text[e:m.open].strip(SPACES) == ":"), None)
        if m is None or not self._sentence_in_marks(m.open):
            return None
        m.used = True
        return Quote("direct", [(m.cs, m.ce)], q.cue, q.cue_lemma, speakers=list(q.speakers), anchor=m.cs,
                     addressee=q.addressee)

    def _from_cue(self, doc: Doc, v: Token, lem: str, sent: Span, marks: list[Marked]) -> Quote | None:
        text = text_of(doc)
        passive = passive_attribute(self, v, lem, sent) or passive_object(self, v, lem, sent)
        if passive is not None:
            # 'X, qualifié de « séparatiste » par Pékin': the agent speaks
            (start, end), agent = passive
            q = self._reported(doc, start, end, self.cue_span(v), lem, [agent] if agent is not None else [], marks, v)
            return q if agent is not None else None
        if not lem.startswith("etre ") and any(c.dep_ == "aux:pass" and c.lemma_ == "être" for c in v.children) or (
                v.dep_ == "conj" and "Part" in v.morph.get("VerbForm") and not any(c.dep_.startswith("aux") for c in v.children)
                and any(c.dep_ == "aux:pass" for c in v.head.children)):
            return None  # 'X a été condamné à …', '… a été préparée et annoncée': the subject is not who speaks
        if adjectival_participle(v):
            return None  # 'X, accusé de corruption, …': the noun a past participle qualifies is its patient
        cue = self.cue_span(v, lem)
        subj = self.subject_of(v)
        misread = self._misread_incise(v, subj)
        if misread is not None:
            subj = [misread]
        if not subj:
            pron = self._inverted_pronoun(v)
            if pron is None and v.i + 1 < len(doc) and v.i > 1 and self._forms[v.i - 1 - (self._words[v.i - 1] in ("se", "s'"))] == ",":
                pron = self._incise_subject(doc[v.i + 1])  # ', s'étrangle un manifestant': the parser lost the subject
            subj = [pron] if pron is not None else []
        if not subj:
            # 'Donald Tusk s'est engagé à …': a name right before the verb group the parser did not make its subject
            k = group_start(v) - 1
            while k >= 0 and self._words[k] in ("se", "s'", "ne", "n'", "lui", "leur", "y", "en"):
                k -= 1
            named = self._mention_at.get(k) if k >= 0 else None
            if named is not None and named.j - 1 == k and named.kind in ("person", "organization", "country"):
                subj = [doc[named.i]]
        if not subj:
            named = self._narrative_subject(v)  # 'Et la ministre d'ajouter : « … »'
            subj = [named] if named is not None else []
        narrative = not subj and self._narrative_infinitive(v)
        if narrative and sentence_of(v).start > 0:
            named = self._person_subject(sentence_of(doc[sentence_of(v).start - 1]))
            subj = [doc[named.i]] if named is not None else []
        if not subj and v.dep_ in ("acl", "amod") and v.text.endswith("ant") and v.head.i < v.i and fold(v.head.lemma_) in self.documents:
            subj = [v.head]  # 'un rapport estimant que …', 'un communiqué précisant que …': the text speaks
        if not subj and v.i in self._marked:
            # a third party's words reported inside someone's quotation: its subject stands inside the marks too
            subj = [c for c in v.children if c.dep_ in SUBJ_DEPS and c.i < v.i and c.pos_ in ("NOUN", "PROPN")][:1]
        if subj and self._words[subj[0].i].lstrip("-") == "on":
            subj = [self._place_of_on(v) or subj[0]]
        if subj and fold(subj[0].text) in self.not_speakers:
            return None
        # 1. '« … », a déclaré X' — the cue closes a marked passage just before it
        k = v.i - 1
        while k >= 0 and v.i - k < 8:
            t = doc[k]
            if not (t.dep_.startswith("aux") or t.text.lower() in self.clitics or t.pos_ == "ADV" or
                    (t.pos_ == "PRON" and t.dep_ in ("expl:comp", "expl:pass", "iobj", "obj"))
                    or (t.pos_ == "X" and self._words[k] in AUXILIARY_FORMS)):  # 'a tweeté', the parser lost
                break
            k -= 1
        if subj and subj[0].i < v.i and 1 < subj[0].left_edge.i <= k <= subj[0].right_edge.i and v.i - k < 8:
            # '“…,” Figueroa told reporters': the subject between the closing mark and the verb
            k2 = subj[0].left_edge.i - 1
            shut = CLOSERS | {'"'}
            if (self._forms[k2] in shut and self._forms[k2 - 1] != ".") or (self._forms[k2] == "," and self._forms[k2 - 1] in shut):
                k = k2  # not after a full stop inside the marks: '« … attention. » X rappelle que …' is a new sentence
        comma = k >= 0 and self._forms[k] == ","
        kb = k - 1 if comma else k
        before = doc[kb] if kb >= 0 else None
        if before is not None and (self._forms[kb] in CLOSERS or self._forms[kb] == '"' or before.text in ("…", "?", "!", ".")):
            end_at = before.idx + len(before.text)
            m = next((m for m in marks if end_at - 3 <= m.close <= end_at and not m.used), None)
            if m is None and before.text in ("…", "?", "!", "."):
                m = next((m for m in marks if not m.closed and m.ce >= before.idx - 1 and m.cs < before.idx and not m.used), None)
            if m is not None:
                m.used = True
                chain = self._chained(m, marks)
                lead = self.narrative_before(doc, m) if not chain else None  # '« A » et « B », a dit X': pieces
                if lead is not None:
                    # 'Le secrétaire général « réaffirme … », a ajouté son porte-parole': a mixed quote
                    return Quote("mixed", [(lead, min(len(text), m.close + 1))], cue, lem,
                                 speakers=self.speaker_spans(subj), anchor=lead, addressee=self.addressee(v))
                parts = chain + [m]
                for p in parts:
                    p.used = True
                return Quote("direct", [(p.cs, p.ce) for p in parts], cue, lem, speakers=self.speaker_spans(subj),
                             anchor=parts[0].cs, addressee=self.addressee(v))
        if not subj and not narrative:
            return None
        # 2. 'X a déclaré : « … »' — colon then a marked passage
        after = v.i + 1
        while after < sent.end and after - v.i <= 8 and self._forms[after] not in (":", "«", "“", '"'):
            if doc[after].text in (".", ";") or (doc[after].pos_ == "VERB" and doc[after] != v):
                break
            after += 1
        lead = after if after < sent.end and doc[after].text == ":" else None
        if lead is None and self.comma_opens and after < sent.end and after - 1 > v.i and self._forms[after - 1] == ",":
            lead = after - 1  # 'she said, “We will stay.”': in English a comma opens direct speech as a colon does
        if lead is not None:
            m = next((m for m in marks if doc[lead].idx < m.open <= doc[lead].idx + 3 and not m.used), None)
            if m is not None and ((lead <= v.i + 2 and lead == after) or self._sentence_in_marks(m.open)):
                m.used = True
                return Quote("direct", [(m.cs, m.ce)], cue, lem, speakers=self.speaker_spans(subj), anchor=m.cs,
                             addressee=self.addressee(v))
        # 3. que-clause
        que = self.que_clause(v)
        if que is not None and que.i + 1 < sent.end:
            start = doc[que.i + 1].idx
            end = self.clause_end(doc, que.i + 1, sent)
            return self._reported(doc, start, end, cue, lem, subj, marks, v)
        if que is None and self.bare_clause and lem in self.frames.get("que", ()):
            start_tok = self.bare_content_clause(v)
            if start_tok is not None:
                return self._reported(doc, doc[start_tok].idx, self.clause_end(doc, start_tok, sent), cue, lem, subj, marks, v)
        fronted = self.fronted_clause(v, subj, sent)
        if fronted is not None:
            return self._reported(doc, *fronted, cue, lem, subj, marks, v)
        # 4. incise without marks: 'P, a-t-il ajouté.'
        s = sent.start
        if self._forms[s] == "," and s > 0:
            s = sentence_of(doc[s - 1]).start  # the parser cut before the incise's comma: no sentence starts so
        inverted = bool(subj) and subj[0].i > v.i  # the subject found after the verb: an incise ('…, a annoncé sur CNews, vendredi, X')
        if comma and k > s and (self._is_incise(v) or inverted) and not v.text.endswith("ant") \
                and (lem not in self.not_incise or misread is not None):
            while s < k and doc[s].is_space:
                s += 1
            # a dialogue dash opening the paragraph marks the words as the speaker's own, like quotation marks
            d = s - 1 if s > 0 and doc[s - 1].text in ("—", "–", "-") else s  # the parser may make the dash a sentence
            dash = d < k and doc[d].text in ("—", "–", "-") and self._at_paragraph_start(doc[d].idx)
            while s < k and (doc[s].is_space or doc[s].text in ("-", "—", "–")):
                s += 1
            # an incise reports a clause; before a noun phrase (perhaps with a relative clause) and a comma,
            # the verb is the main one and what follows it is read as its complement below
            if k - s >= 3 and (misread is not None or any(self._main_verb(t) for t in doc[s:k])):
                start, end = doc[s].idx, doc[k].idx
                while end > start and text[end - 1] in TRIM:
                    end -= 1
                whole = next((m for m in marks if m.cs <= start + 2 and m.ce >= end - 2 and not m.used), None)
                if whole is not None:
                    whole.used = True
                    return Quote("direct", [(whole.cs, whole.ce)], cue, lem, speakers=self.speaker_spans(subj),
                                 anchor=whole.cs, addressee=self.addressee(v))
                end = self._after_incise(doc, v, sent) or end
                q = self._reported(doc, start, end, cue, lem, subj, marks, v)
                if q is not None and dash and q.type == "indirect":
                    q.type = "direct"
                return q
        # 5. de/à + infinitive, nominal object, marked fragment right after the verb
        comp = self.complement(v, lem) if not self.not_yet(v) else None
        if comp is not None:
            start, end = comp
            return self._reported(doc, start, end, cue, lem, subj, marks, v)
        return None

    def _place_of_on(self, v: Token) -> Token | None:
        """'« … », peut-on lire dans le communiqué du parti', '« … », assure-t-on à l'Élysée': after an
        impersonal 'on', the text or the institution named right after the verb is who speaks."""
        doc = v.doc
        end = sentence_of(v).end
        k = v.i + 1
        while k < end and k <= v.i + 4 and (self._words[k].lstrip("-") in ("t", "on") or doc[k].pos_ in ("VERB", "ADV")):
            k += 1  # 'peut-on lire', 'lit-on'
        if k >= end or self._words[k] not in ("dans", "a", "au", "aux", "chez"):
            return None
        j = k + 1
        while j < end and doc[j].pos_ == "DET":
            j += 1
        if j >= end or doc[j].pos_ not in ("NOUN", "PROPN"):
            return None
        named = self._mention_at.get(j)
        if named is not None:
            return doc[named.i]
        if fold(doc[j].lemma_) not in self.documents:
            return None  # 'dit-on dans les couloirs': a place that names no one
        owner = next((c for c in doc[j].children if c.dep_ == "nmod" and c.i in self._mention_at), None)
        return doc[self._mention_at[owner.i].i] if owner is not None else doc[j]

    def _misread_incise(self, v: Token, subj: list[Token]) -> Token | None:
        """'Le prix des repas augmentera, a précisé la mairie de Brest': the parser took the reported clause's
        subject for the cue's and its verb for a modifier; a finite verb between that subject and the comma
        before the cue, and a speaking noun phrase after the cue, show the incise. Its inverted subject, or None."""
        if not subj or subj[0].i > v.i or subj[0].pos_ not in ("NOUN", "PROPN") or v.text.endswith("ant"):
            return None  # a pronoun subject is the parser's right reading; a participle heads no incise
        doc = v.doc
        lo = group_start(v)
        if lo < 2 or self._forms[lo - 1] != ",":
            return None
        between = doc[subj[0].i + 1:lo - 1]
        if not any(t.pos_ in ("VERB", "AUX") and "Fin" in t.morph.get("VerbForm") for t in between) \
                or any(self._words[t.i] in ("qui", "que", "qu'", "dont", "ou", "lequel", "laquelle") for t in between):
            return None
        inv = self.inverted_subject(v)
        if inv is None:
            return None
        named = self._mention_at.get(inv.i)
        word = self._words[inv.i]
        speaking = (named is not None and named.kind in ("person", "organization", "country", "media", "group")) \
            or word in self.roles or word in self.groups or fold(inv.lemma_) in self.people or fold(inv.lemma_) in self.documents \
            or any(c.dep_ == "nmod" and c.pos_ == "PROPN" for c in inv.children)
        return inv if speaking else None

    def complement(self, v: Token, lem: str) -> tuple[int, int] | None:
        """Characters of what a verb's complement reports: a marked fragment, 'de'/'à' + infinitive, a bare
        infinitive ('a annoncé suspendre …') or, for verbs that take one, a nominal object."""
        doc = v.doc
        sent = sentence_of(v)
        k = v.i + (self._cue_words(lem) if lem in self.multi_cues else 1)
        while k < sent.end and (doc[k].text.lower() in self.clitics
                                or (doc[k].pos_ == "ADV" and fold(doc[k].text) not in WH_WORDS + ("ne", "n'"))
                                or (doc[k].dep_.startswith("aux") and "Inf" not in doc[k].morph.get("VerbForm"))
                                or self._words[k] in self.time_nouns and doc[k].pos_ in ("NOUN", "ADV")):  # 'a alerté mardi sur …'
            k += 1
        if k < sent.end and doc[k].text == ",":
            # past a comma-enclosed adjunct ('a annoncé, par la voix de son ministre X, mettre fin …')
            close = next((j for j in range(k + 1, min(sent.end, k + 16)) if doc[j].text in (",", ".", ";", ":")
                          or (doc[j].pos_ in ("VERB", "AUX") and "Fin" in doc[j].morph.get("VerbForm"))), None)
            if close is not None and doc[close].text == ",":
                k = close + 1
        if k >= sent.end:
            return None
        if any(c.dep_ == "obj" and c.i < v.i and self._words[c.i] in ("le", "la", "l'", "les") for c in v.children):
            return None  # 'nous vous l'annoncions hier': the object is a pronoun, what follows is not what was said
        k += adverbial_de(self, doc, k)  # 'a informé de son côté n'avoir pas été saisi'
        if k >= sent.end:
            return None
        for read in READERS:
            found = read(self, v, lem, k, sent)
            if found is not None:
                return found
        return None

    def idiom(self, v: Token, lem: str, k: int) -> bool:
        """The object at k makes the verb mean something else ('annoncer la couleur', 'rappeler son ambassadeur')."""
        nouns = self.idioms.get(lem)
        if not nouns:
            return False
        doc = v.doc
        sent_end = sentence_of(v).end
        return any(fold(doc[j].text) in nouns or fold(doc[j].lemma_) in nouns for j in range(k, min(sent_end, k + 12)))

    def not_yet(self, v: Token) -> bool:
        """The speech act is governed by a verb that puts it in the future or the merely possible
        ('la Banque doit annoncer une hausse', 'il va dénoncer …')."""
        if "Inf" not in v.morph.get("VerbForm"):
            return False
        h = v.head if v.dep_ in ("xcomp", "ccomp") else None
        if h is None:
            k = v.i - 1
            while k >= 0 and (v.doc[k].pos_ == "ADV" or v.doc[k].text.lower() in ("se", "s'", "lui", "leur", "le", "la", "les", "l'")):
                k -= 1
            h = v.doc[k] if k >= 0 and v.doc[k].pos_ in ("VERB", "AUX") else None
        return h is not None and fold(h.lemma_) in self.future_verbs

    def _reported(self, doc, start, end, cue, lem, subj, marks, v) -> Quote | None:
        rel = next((c for c in v.children if c.dep_ in SUBJ_DEPS and fold(c.text) in self.relative_subjects), None)
        if rel is not None and rel.i > 0 and doc[rel.i - 1].text == ",":
            # ', qui a annoncé P, …': the relative clause ends at its closing comma
            text = text_of(doc)
            depth, k = 0, start
            while k < end:
                ch = text[k]
                depth += ch in "(«“"
                depth -= ch in ")»”"
                if ch == "," and depth <= 0:
                    end = k
                    break
                k += 1
        end = self._fronted_end(v, start, end)
        if end - start < 3:
            return None
        text = text_of(doc)
        p = start
        while p > 0 and text[p - 1] in SPACES:
            p -= 1
        if p > 0 and any(m.open == p - 1 for m in marks):
            start = p - 1  # 'a appelé les syndicats « à la raison »': the fragment's opening mark belongs to it
        kind = "indirect"
        for m in marks:
            if m.cs >= start - 2 and m.cs < end:
                kind = "mixed"
                m.used = True
        return Quote(kind, [(start, end)], cue, lem, speakers=self.speaker_spans(subj), anchor=start,
                     addressee=self.addressee(v))

    def _reported_in_quote(self, v: Token) -> bool:
        """Inside someone's quotation, a third party's words reported with a que-clause ('« Un jour, le
        ministre m'a dit que son homologue l'avait appelé »') are a quote of their own."""
        if self.lemma(v) is None or self.que_clause(v) is None:
            return False
        return any(c.dep_ in SUBJ_DEPS and c.i < v.i and c.pos_ in ("NOUN", "PROPN") and c.i in self._marked
                   for c in v.children)

    def _main_verb(self, t: Token) -> bool:
        """t is a finite verb of a clause of its own, not of a relative clause ('Ouagadougou, qui espérait …')."""
        if t.pos_ not in ("VERB", "AUX") or "Fin" not in t.morph.get("VerbForm"):
            return False
        h = t.head if t.dep_ in ("cop", "aux", "aux:tense", "aux:pass") else t
        return not h.dep_.startswith("acl") and not any(c.dep_ in SUBJ_DEPS and self._words[c.i] in ("qui", "que", "qu'")
                                                          for c in h.children)

    def _fronted_end(self, v: Token, start: int, end: int) -> int:
        """A cue in a clause placed before the main one ('S'il continue de dénoncer un complot, le ministre
        …', 'Reconnaissant sa défaite, le Premier ministre …'): what it reports ends with that clause."""
        c = v
        while c.dep_ == "xcomp" and c.head.i < c.i:
            c = c.head  # 'continue de dénoncer'
        if c.dep_ != "advcl" or c.head.i < c.i or c.head.i in self._marked:
            return end
        inside = {x.i for x in c.subtree}
        doc = v.doc
        left = min(inside)
        sent = sentence_of(v)
        if max(inside) > c.head.i or not (left == sent.start or self._forms[left - 1] == ","):
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

    def according_to(self, doc: Doc, sent: Span, marks, inside, quotes: list[Quote]) -> None:
        """'Selon X, P' / 'P, selon X' / 'd'après X, P'."""
        text = text_of(doc)
        toks = sent  # tokens are made only where a source word stands, not for the whole sentence
        words = self._words[sent.start:sent.end]
        for n, w in enumerate(words):
            if w not in self.according_first or inside[sent.start + n]:
                continue
            glued = None  # 'd'après' written as one token: its two words without the space, worked out once
            for pat in self.according_by_first.get(w, ()):
                if tuple(words[n:n + len(pat)]) != pat:
                    if len(pat) < 2:
                        continue
                    if glued is None:
                        glued = fold("".join(self._forms[sent.start + n:min(sent.end, sent.start + n + 2)]).replace(" ", ""))
                    if glued != "".join(pat).replace(" ", ""):
                        continue
                plen = len(pat) if tuple(words[n:n + len(pat)]) == pat else 2
                if pat == ("pour",) and not (n == 0 or self._forms[sent.start + n - 1] in (",", ":", "(", ".", "!", "?")):
                    continue
                t = toks[n]
                if n + plen < len(toks) and toks[n + plen].pos_ in ("VERB", "AUX"):
                    continue  # 'pour vendre …' is a purpose, not a source
                j = n + plen
                if pat in self.according_de:
                    if j >= len(toks) or fold(toks[j].text) not in ("de", "d'", "du", "des"):
                        continue
                    j += 1
                    plen += 1
                if j >= len(toks):
                    continue
                # the source: up to the next comma (or sentence end)
                if self._words[toks[j].i] in ("lequel", "laquelle", "lesquels", "lesquelles") and n > 0:
                    q = self._selon_relative(doc, sent, toks[n], toks[j], marks)
                    if q is not None:
                        quotes.append(q)
                    break
                e = j
                # the source runs to the next comma; a relative clause may describe it ('selon le procureur
                # qui était interviewé lundi à la télévision, P')
                while e < len(toks) and toks[e].text not in (",", ".", ";", ":", "«", "»", '"', "“", "”") and e - j < 24:
                    e += 1
                src = [x for x in toks[j:e] if not x.is_punct]
                if not src or fold(src[0].text) in self.que | {"moi", "nous"}:
                    continue
                appo = None
                if e + 1 < len(toks) and toks[e].text == ",":
                    appo = next((x for x in doc._.sg_mentions or [] if x.i == toks[e + 1].i and x.kind == "person"), None)
                if appo is None and not self._source_like(doc, src, pat == ("pour",)):
                    continue
                cue = (t.idx, toks[n + plen - 1].idx + len(toks[n + plen - 1]))
                head = self.source_head(src)
                spk = self.speaker_spans([head]) if head is not None else []
                if e < len(toks) and toks[e].text in ("«", "“", '"') and e > j:
                    # 'Pour le coach « … »': the source introduces a quotation directly
                    m = next((m for m in marks if m.open == toks[e].idx and not m.used), None)
                    if m is not None:
                        m.used = True
                        quotes.append(Quote("direct", [(m.cs, m.ce)], cue, "selon", speakers=spk, anchor=m.cs))
                        break
                if e < len(toks) and toks[e].text == ",":
                    # content after the source, past an apposition to it ('selon X, un groupe de …, P')
                    cs = e + 1
                    named = next((x for x in doc._.sg_mentions or [] if x.i == toks[cs].i and x.kind == "person"), None) if cs < len(toks) else None
                    if named is not None and named.j < sent.end and doc[named.j].text == ",":
                        # 'selon le procureur de l'île, Aïnoudine Allaoui, P': the name is the source
                        spk = [(named.start, named.end)]
                        cs = named.j - sent.start + 1
                    elif cs < len(toks) and toks[cs].pos_ == "DET" and fold(toks[cs].text) in ("un", "une", "le", "la", "l'", "les"):
                        f = cs
                        while f < len(toks) and toks[f].text not in (",", ".", ";") and not (toks[f].pos_ in ("VERB", "AUX") and toks[f].dep_ not in ("acl",)):
                            f += 1
                        if f < len(toks) and toks[f].text == "," and f - cs <= 12:
                            cs = f + 1
                    if cs < len(toks):
                        start = toks[cs].idx
                        m = next((m for m in marks if m.open >= toks[e].idx and m.open <= start + 1 and not m.used), None)
                        if m is not None and text[m.close + 1:sent.end_char].strip(SPACES + ".") == "":
                            m.used = True
                            quotes.append(Quote("direct", [(m.cs, m.ce)], cue, "selon", speakers=spk, anchor=m.cs))
                            break
                        end = self.clause_end(doc, toks[cs].i, sent, coordinated=False)
                        if n > 0:
                            # 'P1, selon X, P2': the reported proposition runs on both sides
                            pre_end = t.idx
                            while pre_end > toks[0].idx and text[pre_end - 1] in TRIM:
                                pre_end -= 1
                            if pre_end - toks[0].idx > 10:
                                quotes.append(self._mk_selon(doc, [(toks[0].idx, pre_end), (start, end)], cue, spk, marks))
                                break
                        if end - start > 3:
                            quotes.append(self._mk_selon(doc, [(start, end)], cue, spk, marks))
                            break
                elif n > 0:
                    # 'P, selon X.'; without that comma 'selon' only backs the phrase it closes
                    # ('…, un nombre insuffisant selon l'ONU')
                    start = toks[0].idx
                    if toks[n - 1].text != ",":
                        prev_comma = max((c for c in range(n - 1) if toks[c].text == ","), default=None)
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
                        quotes.append(self._mk_selon(doc, [(start, end)], cue, spk, marks))
                break

    def _selon_relative(self, doc: Doc, sent: Span, selon: Token, rel: Token, marks: list[Marked]) -> Quote | None:
        """'…, a précisé le parquet, selon lequel « … »': the source is the relative pronoun's antecedent,
        the noun phrase before the comma."""
        k = selon.i - 1
        while k >= sent.start and doc[k].text == ",":
            k -= 1
        if k < sent.start or doc[k].pos_ not in ("NOUN", "PROPN"):
            return None
        head = doc[k]
        named = self._mention_at.get(k)
        j = k
        while j > sent.start and doc[j - 1].pos_ in ("DET", "NOUN", "ADJ", "PROPN", "ADP"):
            j -= 1
        incise = j > sent.start and doc[j - 1].pos_ == "VERB" and self.lemma(doc[j - 1]) is not None  # ', a précisé le parquet, selon lequel'
        speaking = incise or named is not None or self._words[k] in self.roles or self._words[k] in self.groups \
            or self._words[k] in self.documents or fold(doc[k].lemma_) in self.documents
        if not speaking:
            return None  # 'l'idée selon laquelle …', 'la rumeur selon laquelle …': a content noun, not a source
        if named is not None and named.kind == "person":
            head = doc[named.i]
        else:
            while head.dep_ in ("nmod", "amod", "flat:name") and head.head.i < head.i and head.head.pos_ in ("NOUN", "PROPN"):
                head = head.head  # 'le parquet de Lille': the parquet speaks, not Lille
        cue = (selon.idx, rel.idx + len(rel))
        spk = self.speaker_spans([head])
        start_tok = rel.i + 1
        if start_tok >= sent.end:
            return None
        m = next((m for m in marks if not m.used and m.open == doc[start_tok].idx), None)
        if m is not None:
            m.used = True
            return Quote("direct", [(m.cs, m.ce)], cue, "selon", speakers=spk, anchor=m.cs)
        end = self.clause_end(doc, start_tok, sent)
        return self._mk_selon(doc, [(doc[start_tok].idx, end)], cue, spk, marks) if end - doc[start_tok].idx > 10 else None

    def _within_selon(self, doc: Doc, q: Quote, selon: Quote) -> bool:
        """q was read off a verb coordinated inside what 'selon X' reports ('Selon X, le ministre a compris
        … et a promis de …'): it is part of X's words, not a quote of its own."""
        if q.type == "direct" or q.cue is None or not any(s <= q.cue[0] < e for s, e in selon.content):
            return False
        v = token_at(doc, q.cue[1] - 1)
        return v is not None and v.dep_ == "conj" and self.lemma(v.head) is None \
            and any(s <= v.head.idx < e for s, e in selon.content)

    def _mk_selon(self, doc, content, cue, spk, marks) -> Quote:
        kind = "indirect"
        for m in marks:
            if any(m.cs >= s - 2 and m.ce <= e + 2 for s, e in content):
                kind = "mixed"
                m.used = True
        return Quote(kind, content, cue, "selon", speakers=spk, anchor=content[0][0])

    def _source_like(self, doc: Doc, src: list[Token], strict: bool) -> bool:
        mentions = doc._.sg_mentions or []
        idx = {t.i for t in src}
        if any(m.i in idx and m.kind in ("person", "organization", "country", "media", "group") for m in mentions):
            return True
        if strict:
            return any(fold(t.text) in ("lui", "elle", "eux", "elles") for t in src[:1]) or \
                (len(src) >= 2 and src[0].pos_ == "DET" and fold(src[1].text) in self.roles)
        if fold(src[0].text) in ("lui", "elle", "eux", "elles", "ce", "ces", "cette") and len(src) == 1:
            return True
        nouns = [t for t in src if t.pos_ in ("NOUN", "PROPN")]
        return bool(nouns) and not any(fold(n.text) in ("moi",) for n in nouns)

    def source_head(self, src: list[Token]) -> Token | None:
        """The head word of a 'selon X' source."""
        ids = {t.i for t in src}
        heads = [t for t in src if t.head.i not in ids or t.head == t]
        heads = [t for t in heads if t.pos_ in ("NOUN", "PROPN", "PRON", "X", "ADJ")] or [t for t in src if t.pos_ in ("NOUN", "PROPN", "PRON")]
        return heads[0] if heads else None

    # -------------------------------------------------------------- spans
    def speaker_spans(self, subj: list[Token]) -> list[tuple[int, int]]:
        """Character spans of the speaker mention(s): a name, a noun phrase or a pronoun; coordinations split."""
        out = []
        for s in subj:
            # 'Vladimir Poutine et le prince héritier Mohammed ben Salman': each conjunct speaks
            for tok in [s] + [c for c in s.children if c.dep_ == "conj" and c.pos_ in ("PROPN", "NOUN") and c.i > s.i
                              and (c.pos_ == "PROPN" or fold(c.lemma_) in self.roles or c.i in self._mention_at)]:
                out.append(self.mention_span(tok))
        return out

    def mention_span(self, tok: Token) -> tuple[int, int]:
        """The name containing tok, or its noun phrase without appositions and relative clauses."""
        doc = tok.doc
        m = self._mention_at.get(tok.i)
        if m is not None:
            return m.start, m.end
        if tok.pos_ == "PRON" or tok.text.startswith("-"):
            t = tok.text.lstrip("-t").lstrip("-")
            s = tok.idx + len(tok.text) - len(t)
            return s, tok.idx + len(tok.text)
        keep = {"det", "amod", "nmod", "case", "flat:name", "compound", "nummod", "fixed", "flat", "flat:foreign"}
        if tok.pos_ == "NOUN":
            keep |= {"conj", "cc"}  # 'le physicien et inventeur marocain, Rachid Yazami'
        toks = [tok]
        if fold(tok.text) not in self.roles:
            # 'l'administration Trump': a name glued to an institution belongs to its name
            toks += [c for c in tok.children if c.dep_ in ("appos", "flat:name", "nmod") and c.i == tok.i + 1
                     and c.text[:1].isupper()]
        # a leading preposition and what hangs on it ('D'' + 'après' of 'd'après le procureur') are no part of the name
        lead_case = {x.i for c in tok.children if c.dep_ == "case" and c.i < tok.i for x in c.subtree}
        stack = [tok]
        while stack:
            t = stack.pop()
            for c in t.children:
                # a participle is a clause of its own ('une motion demandant que …'), not part of the mention
                if c.dep_ in keep and not c.is_punct and abs(c.i - tok.i) < 12 and c.pos_ != "VERB":
                    toks.append(c)
                    stack.append(c)
        forms = self._forms
        idset = ({t.i for t in toks} | {k for k in range(max(0, tok.i - 12), min(len(doc), tok.i + 12))
                                        if not forms[k].strip() and "\n\n" not in forms[k]}) - lead_case
        # keep a contiguous block around the head (a hard line wrap inside it does not cut it)
        lo = hi = tok.i
        while lo - 1 in idset:
            lo -= 1
        while hi + 1 in idset:
            hi += 1
        while doc[lo].is_space and lo < hi:
            lo += 1
        while doc[hi].is_space and hi > lo:
            hi -= 1
        # 'la mairesse de Montréal, Valérie Plante': the name in apposition is the speaker
        comma = None
        for j in range(hi + 1, min(len(doc), hi + 16)):
            if self._forms[j] == ",":
                comma = j
                break
            t = doc[j]
            if (t.pos_ in ("VERB", "AUX") and "Part" not in t.morph.get("VerbForm")) or t.is_sent_start:
                comma = j
                break
        if comma is not None and self._forms[comma] == "," and comma + 1 < len(doc):
            k = comma + 1
            while k < len(doc) - 1 and self._words[k].rstrip(".") in self.honorifics:
                k += 1  # 'l'avocat de la défense, Me Julien Moreau,': the honorific opens the name
            m = self._mention_from.get(k)
            m = m if m is not None and m.kind == "person" else None
            if m is not None and (m.j >= len(doc) or doc[m.j].text in (",", ".", ":", ";") or doc[m.j].pos_ in ("AUX", "VERB")):
                return m.start, m.end
        # 'le ministre de la Défense Sergueï Choïgu': the name the title introduces is the speaker
        if fold(tok.text) in self.roles:
            for m in doc._.sg_mentions or []:
                if m.kind == "person" and (lo <= m.i <= hi + 1) and m.i > tok.i:
                    return m.start, m.end
        return doc[lo].idx, doc[hi].idx + len(doc[hi])

    def addressee(self, v: Token) -> tuple[int, int] | None:
        """'à Al Jazeera' / 'dans The Conversation': to whom or where the words were said or written."""
        doc = v.doc
        for m in doc._.sg_mentions or []:
            if not (v.i < m.i <= v.i + 8 and m.i > 0):
                continue
            p = m.i - 1
            if doc[p].pos_ == "DET" and p - 1 > v.i:
                p -= 1  # 'à l'AFP', 'dans le Monde'
            if fold(doc[p].text) in ("a", "dans", "au", "sur") and p >= v.i:
                if any(t.text in (".", ";", "«", "»") for t in doc[v.i:m.i]):
                    return None
                return doc[p].idx, m.end
        return None

    @guarded("storygraph_quotes")
    def __call__(self, doc: Doc) -> Doc:
        quotes = self.find(doc)
        if self.join_interrupted:
            quotes = join_interrupted(doc, quotes, self._all_marks, self._text)
        doc._.sg_quote_marks = quotes
        return doc


@Language.factory("storygraph_quotes", default_config={"lang": "fr"})
def make_quotes(nlp: Language, name: str, lang: str) -> QuoteFinder:
    """Registered factory: `nlp.add_pipe("storygraph_quotes")` after `storygraph_mentions`."""
    return QuoteFinder(lang)


for _ext in ("sg_quote_marks", "sg_mark_tokens"):
    if not Doc.has_extension(_ext):
        Doc.set_extension(_ext, default=None)
