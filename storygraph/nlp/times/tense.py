"""Which way a time expression's clause points: past, future, or the tense does not say. Read off the parse
spaCy already made (the verb governing the expression, its auxiliaries and their morphology)."""
from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from ..index import dependents, table, text_of, token_range
from ..features import feature

PAST, NONE, FUTURE = -1, 0, 1


def _ends_with(words: list[str]) -> re.Pattern:
    ws = sorted((re.escape(w).replace("'", "['’]") for w in words), key=len, reverse=True)
    return re.compile(r"(?i)(?<!\w)(?:" + "|".join(ws) + r")\s*$") if ws else re.compile(r"(?!x)x")


#: the endings of the conditional: an '-ait' form without the 'r' is an imperfect the tagger took for one
CONDITIONAL = re.compile(r"r(?:ais|ait|ions|iez|aient)$")
#: the third-person endings of the imperfect
IMPERFECT_3RD = re.compile(r"(?:ait|aient)$")


def _built_on_infinitive(tok: Token) -> bool:
    """A form the tagger calls an imperfect but whose stem is the whole infinitive ('appliquerait', 'prendrait'):
    the conditional, which French builds on the infinitive where the imperfect drops its ending ('appliquait')."""
    m = CONDITIONAL.search(tok.lower_)
    if m is None:
        return False
    stem, lemma = tok.lower_[:m.start() + 1], tok.lemma_.lower()  # the stem keeps its 'r'
    return stem == lemma or (lemma.endswith("re") and stem == lemma[:-1])


def _imperfect_read_as_present(tok: Token) -> bool:
    """A form the tagger calls a present but that is an imperfect: the infinitive's stem with '-ait' or
    '-aient' ('déclaraient', 'commençait', 'finissait'); no present of those verbs ends so."""
    m = IMPERFECT_3RD.search(tok.lower_)
    lemma = tok.lemma_.lower()
    if m is None or len(lemma) < 4:
        return False
    stem = tok.lower_[:m.start()].replace("ç", "c")
    if lemma.endswith("er"):
        return stem in (lemma[:-2], lemma[:-2] + "e")  # 'mangeait'
    return lemma.endswith("ir") and stem == lemma[:-1] + "ss"  # 'finissait'


def _simple_past_alike_present(tok: Token) -> bool:
    """A simple past that is spelt as the present ('réunit', 'choisit', 'dit', 'conclut'): the infinitive's
    stem with '-t', the same form in both tenses; news tell in the present, so the tense does not say."""
    low, lemma = tok.lower_, tok.lemma_.lower()
    if not low.endswith(("it", "ut")) or len(lemma) < 3:
        return False
    return (lemma.endswith("ir") and low == lemma[:-1] + "t") or (lemma.endswith("re") and low == lemma[:-2] + "t")


def _finite(tok: Token) -> int:
    """The direction a finite verb form gives by its own tense and mood."""
    tense, mood = feature(tok, "Tense"), feature(tok, "Mood")
    if "Past" in tense and "Ind" in mood and _simple_past_alike_present(tok):
        return NONE
    if "Cnd" in mood and not CONDITIONAL.search(tok.lower_):
        return PAST
    if "Imp" in tense and _built_on_infinitive(tok):
        return FUTURE
    if "Pres" in tense and "Ind" in mood and _imperfect_read_as_present(tok):
        return PAST
    if "Fut" in tense or "Cnd" in mood or "Sub" in mood:
        return FUTURE
    if "Imp" in tense or "Past" in tense:
        return PAST
    return NONE


class Tense:
    """Tense questions about a time expression's clause, answered with the language's word lists."""

    def __init__(self, words: dict, codes: dict | None = None):
        tense = (codes or {}).get("tense", {})
        #: the auxiliary of compound past tenses ('avoir', 'have'), the one of states and of some compound pasts
        #: ('être'), the reflexive pronouns that make 'être' compound ('s'est rendu'), the words that make a
        #: past governor's infinitive a recent past ('vient de signer')
        self.perfect_aux = frozenset(tense.get("perfect_aux", []))
        self.state_aux = frozenset(tense.get("state_aux", []))
        self.reflexives = frozenset(tense.get("reflexives", []))
        self.governor_marks = frozenset(tense.get("governor_marks", []))
        self.future_prep = _ends_with(words.get("future_prepositions", []))
        self.past_prep = _ends_with(words.get("past_prepositions", []))
        self.scheduled = frozenset(words.get("scheduled_verbs", []))
        self.future_governors = frozenset(words.get("future_governors", []))
        self.past_governors = frozenset(words.get("past_governors", []))
        self.etre_verbs = frozenset(words.get("etre_verbs", []))
        self.states = frozenset(words.get("state_verbs", []))

    @staticmethod
    def head(doc: Doc, start: int, end: int) -> Token | None:
        """The token of an expression whose head lies outside it (its syntactic head)."""
        ij = token_range(doc, start, end)  # the Doc's own Tokens: no Span made
        if ij is None:
            return None
        lo, hi = ij[0], ij[1] - 1
        toks = table(doc).toks
        for i in range(lo, hi + 1):
            h = toks[i].head.i
            if not lo <= h <= hi or h == i:
                return toks[i]
        return toks[hi]

    @staticmethod
    def governor(tok: Token) -> Token:
        """The verb (or the predicate of a copula) an expression's head hangs from."""
        for _ in range(6):
            if tok.pos_ in ("VERB", "AUX") or any(c.dep_ == "cop" for c in dependents(tok)):
                return tok
            if tok.head.i == tok.i:
                return tok
            tok = tok.head
        return tok

    def direction(self, doc: Doc, start: int, end: int) -> int:
        """-1 for a past clause, +1 for a future or conditional one, 0 when the tense does not say."""
        before = text_of(doc)[max(0, start - 20):start]
        if self.future_prep.search(before):
            return FUTURE
        if self.past_prep.search(before):
            return PAST  # 'depuis mai', 'depuis lundi': since a time gone, whatever the verb's tense
        tok = self.head(doc, start, end)
        if tok is None:
            return NONE
        verb = self.governor(tok)
        if verb.lemma_ in self.scheduled:
            return NONE  # 'reporté à décembre', 'prévu le 3 novembre': the date set, not when it was set
        return self.verb_direction(verb)

    def verb_direction(self, verb: Token, depth: int = 0) -> int:
        """The direction a verb's tense, mood and auxiliaries give."""
        if verb.pos_ not in ("VERB", "AUX"):
            cop = next((c for c in dependents(verb) if c.dep_ == "cop"), None)
            if cop is not None:
                return _finite(cop)
            # a participle the tagger took for an adjective keeps its compound tense ('ils avaient baissé')
            perfect = next((c for c in dependents(verb) if c.dep_ == "aux:tense" and c.lemma_ in self.perfect_aux), None)
            if perfect is not None:
                return FUTURE if "Fut" in feature(perfect, "Tense") else PAST
            return NONE
        auxes = [c for c in dependents(verb) if c.dep_ in ("aux:tense", "aux:pass", "aux", "cop")]
        participle = "Part" in feature(verb, "VerbForm") and "Past" in feature(verb, "Tense")
        if participle and auxes:
            reflexive = any(c.lower_ in self.reflexives and c.dep_.startswith("expl") for c in dependents(verb))
            compound = [a for a in auxes if a.lemma_ in self.perfect_aux or a.dep_ == "aux:tense" or
                        (a.lemma_ in self.state_aux and (verb.lemma_ in self.etre_verbs or reflexive))]
            if compound:
                a = compound[0]
                if "Fut" in feature(a, "Tense"):
                    return FUTURE
                return NONE if "Sub" in feature(a, "Mood") else PAST  # passé composé, plus-que-parfait …
            finite = next((a for a in auxes if "Fin" in feature(a, "VerbForm")), None)
            if finite is not None:
                return _finite(finite)  # a passive: its auxiliary's tense
            return self._governed(verb, depth)  # 'devraient être reçus': the tense of what governs it
        if participle:
            if any(c.dep_ == "nsubj" for c in dependents(verb)):
                # a participle has no subject of its own: with one, the tagger misread a present ('le préfet
                # réunit mardi les maires')
                return NONE
            # a bare participle ('Interpellés mardi', 'un communiqué publié jeudi') tells of what is done, unless
            # it announces ('prévu lundi', 'les législatives anticipées à l'automne')
            return NONE if verb.lemma_ in self.scheduled else PAST
        if "Fin" in feature(verb, "VerbForm"):
            d = _finite(verb)
            if d == NONE and verb.lemma_ in self.future_governors and any(
                    "Inf" in feature(c, "VerbForm") for c in dependents(verb)):
                return FUTURE  # 'va présenter', 'doit signer'
            return d
        if "Inf" in feature(verb, "VerbForm"):
            return self._governed(verb, depth)
        return NONE

    def _governed(self, verb: Token, depth: int) -> int:
        """The direction of an infinitive's clause: 'va signer', 'vient de signer', 'a décidé de partir'."""
        if depth >= 2 or verb.head.i == verb.i:
            return NONE
        gov = verb.head
        if gov.lemma_ in self.future_governors:
            return FUTURE
        if gov.lemma_ in self.past_governors and any(c.lower_ in self.governor_marks for c in dependents(verb)):
            return PAST  # 'vient de signer'
        return self.verb_direction(gov, depth + 1)

    def generic(self, doc: Doc, start: int, end: int) -> bool:
        """True when an expression's clause describes a present state rather than an event of the day ('nous
        sommes aujourd'hui', 'rien ne justifie aujourd'hui', 'la réalité d'aujourd'hui'): 'nowadays'."""
        tok = self.head(doc, start, end)
        if tok is None:
            return False
        verb = self.governor(tok)
        if verb.pos_ not in ("VERB", "AUX") and not any(c.dep_ == "cop" for c in dependents(verb)):
            return verb.pos_ in ("NOUN", "PROPN", "ADJ")
        if any(c.dep_ in ("aux:tense", "aux") for c in dependents(verb)) or self.verb_direction(verb) == FUTURE:
            return False
        if "Past" in feature(verb, "Tense") and "Fin" in feature(verb, "VerbForm"):
            return False
        negated = any("Neg" in feature(c, "Polarity") for c in dependents(verb))
        # 'être' makes a state: a copula, or a passive in the present ('nous sommes soumis aujourd'hui à …')
        state = any(c.dep_ in ("cop", "aux:pass") and c.lemma_ in self.state_aux for c in dependents(verb))
        if state and verb.lemma_ in self.etre_verbs and verb.lemma_ not in self.states \
                and "Part" in feature(verb, "VerbForm"):
            state = False  # 'est arrivé', 'sont partis': the compound past of a verb of motion, an event of the day
        return negated or state or verb.lemma_ in self.states

    def present(self, doc: Doc, start: int, end: int) -> bool:
        """True when an expression's clause is in the present indicative ('sont toujours détenus', 'a toujours
        un avenir'), not a compound tense ('a toujours soutenu')."""
        tok = self.head(doc, start, end)
        if tok is None:
            return False
        verb = self.governor(tok)
        if any(c.dep_ in ("aux:tense", "aux") for c in dependents(verb)):
            return False
        # the finite form: the verb, or the copula or passive auxiliary ('sont toujours détenus')
        finite = next((c for c in dependents(verb) if c.dep_ in ("cop", "aux:pass") and "Fin" in feature(c, "VerbForm")),
                      verb if verb.pos_ in ("VERB", "AUX") else None)
        return finite is not None and "Pres" in feature(finite, "Tense") and "Ind" in feature(finite, "Mood")
