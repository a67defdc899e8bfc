"""The language data the quote rules read (`lang/<lang>/speech.json`, with the grammar, actors and events
files), loaded once per finder into a Lexicon, and the cue look-ups that need only it: which speech lemma a
token carries (single words, multi-word cues, conditioned cues, stance adjectives)."""
from __future__ import annotations

import re
from functools import lru_cache
from itertools import compress, count
from operator import itemgetter

from spacy.tokens import Doc, Token

from ...lang import resource
from ..grammar import first_group_lemmas
from ..index import dependents, lemma_orth, sentence_of, table
from ..mentions import fold
from ..features import feature

SUBJ_DEPS = ("nsubj", "nsubj:pass", "expl:subj", "nsubjpass")  # the last: a passive subject in the English models' labels


@lru_cache(maxsize=65536)
def _fold_form(form: str) -> str:
    """A word folded, remembered: the same words recur in every article."""
    return fold(form)


class NounCues:
    """The speech nouns of `speech.json`'s `speech_nouns`: which complements each takes, and the words that tie
    a noun to its source ('by', 'from'; the light verbs of 'she made the claim')."""

    def __init__(self, lang: str):
        """lang: the language whose `speech.json` is read."""
        entry = resource(lang, "speech").get("speech_nouns", {})
        self.frames = {fold(n): set(f) for n, f in entry.get("nouns", {}).items() if not n.startswith("_")}
        self.agents = frozenset(fold(w) for w in entry.get("agents", []))
        self.light_verbs = frozenset(fold(w) for w in entry.get("light_verbs", []))


class Lexicon:
    """What the quote rules know about a language: speech verbs and their frames, 'according to' phrases,
    grammar words, titles and labels. Immutable once made, but for a bounded cache of cue candidates."""

    def __init__(self, lang: str = "fr"):
        """lang: the language whose `speech.json` (and grammar, actors and events data) is read."""
        self.lang = lang
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
        # the copula that makes a stance adjective a cue ('est convaincu', 'is worried')
        self.copula = fold(resource(lang, "grammar").get("copula", "être"))
        # the reflexive clitics ('se', 's''), and the prefixes they give speech.json's reflexive entries ('se dire',
        # 's'indigner'), in the data's order, which is the order they are tried in
        self.reflexive_clitics = frozenset(fold(w) for w in resource(lang, "grammar").get("reflexive_clitics", []))
        self.reflexive_prefixes = tuple(w if w.endswith("'") else w + " "
                                        for w in (fold(w) for w in resource(lang, "grammar").get("reflexive_clitics", [])))
        # a reflexive clitic's token, the elided one also cut from its apostrophe by the tokenizer ('s' + '’')
        self.reflexive_tokens = self.reflexive_clitics | {w[:-1] for w in self.reflexive_clitics if w.endswith("'")}
        # the verbs of the reflexive entries ('dire' of 'se dire'), once: a cue candidate is looked up under them
        self.reflexive_bases = frozenset(v[len(p):] for v in self.verbs for p in self.reflexive_prefixes if v.startswith(p))
        # the entries, with the last word of each reflexive one besides ('exclamer' of 's'exclamer'): what a word
        # after a reflexive clitic may be, the tagger having taken it for a noun or an adjective
        self.after_reflexive = frozenset(self.verbs) | {v.split(" ", 1)[-1].split("'", 1)[-1] for v in self.verbs
                                                         if v.startswith(self.reflexive_prefixes)}
        self.multi_cues = {v for v in self.verbs if " " in v and not v.startswith((*self.reflexive_prefixes, self.copula + " "))
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
        # each pattern's words glued, as one token writes them ('d'après'), made once: 'de', 'à' open patterns
        # and are tried at every one of their many occurrences
        self.according_glued = {p: "".join(p).replace(" ", "") for p in self.according}
        self.channel_nouns = {fold(w) for w in data.get("channel_nouns", {}).get("nouns", [])}
        self.addressees = {fold(w) for w in data.get("addressees", {}).get("nouns", [])}
        self.addressee_links = {fold(w) for w in data.get("addressees", {}).get("prepositions", [])}
        self.channel_links = {fold(w) for w in data.get("addressees", {}).get("channel_prepositions", [])}
        self.not_speakers = {fold(w) for w in data["not_speakers"]}
        self.groups = {fold(w) for w in resource(lang, "actors")["group_nouns"]}
        self.roles = {fold(r).split()[0] for r in resource(lang, "actors")["roles"]}
        self.org_words = {fold(w) for w in resource(lang, "actors")["org_words"]}
        self.time_nouns = {fold(w) for w in data.get("time_nouns", [])}
        labels = data.get("interview", {})
        self.question_labels = {fold(w) for w in labels.get("questions", [])}
        self.answer_labels = {fold(w) for w in labels.get("answers", [])}
        self.pointing_back = sorted((fold(w) for w in data.get("pointing_back", {}).get("phrases", [])), key=len, reverse=True)
        self.origin_verbs = {fold(w) for w in data.get("pointing_back", {}).get("origin_verbs", [])}
        self.naming_leads = sorted((fold(w) for w in data.get("pointing_back", {}).get("naming_leads", [])), key=len, reverse=True)
        self.naming_back = sorted((fold(w) for w in data.get("pointing_back", {}).get("naming", [])), key=len, reverse=True)
        # 'Voilà la réaction de X', 'cette mise en garde de X': a whole determiner ('les', not 'le' + 's'), then
        # the noun naming what was said
        dets = [fold(w) for w in data.get("pointing_back", {}).get("said_determiners", [])]
        self.said_after = re.compile(r"(?:%s)(?:(?<=')|\s+)(\w+)" % "|".join(map(re.escape, dets))) if dets else None
        self.agent_words = frozenset(fold(w) for w in data.get("pointing_back", {}).get("agent_words", []))
        # the object clitics that take up the quotation just before ('« … » X l'a promis')
        self.taking_up = frozenset(fold(w) for w in data.get("pointing_back", {}).get("clitics", []))
        grammar = resource(lang, "grammar")
        self.clitics = set(grammar["clitics"])
        # the forms of the auxiliary of compound tenses ('a', 'ont'): a word after one may be a participle
        self.auxiliary_forms = frozenset(fold(w) for w in grammar.get("auxiliary_forms", []))
        # the clitics between a governing verb and its infinitive ('va lui annoncer'), compared as written
        self.infinitive_clitics = frozenset(grammar.get("infinitive_clitics", []))
        # the elided words the tokenizer may leave apart from their apostrophe ('d' + '’' in 'd'« échec »')
        self.split_elisions = frozenset(fold(w) for w in grammar.get("split_elisions", []))
        # the clitics between a subject and its verb group ('s'est engagée', 'lui a dit', 'n'a pas')
        self.preverbal_clitics = frozenset(fold(w) for w in grammar.get("preverbal_clitics", []))
        # what may open a speech verb's complement: the words before an infinitive in its group ('ne pas avoir'),
        # the adverbs not stepped over ('comment', 'ne'), the yes-no question words that are adverbs too ('si'),
        # and the antecedent + relative pronoun of a headless relative ('ce qu'il ferait')
        self.infinitive_openers = frozenset(fold(w) for w in grammar.get("infinitive_group_openers", []))
        self.complement_adverbs = frozenset(fold(w) for w in grammar.get("complement_adverbs", []))
        self.whether_words = frozenset(fold(w) for w in grammar.get("whether_words", []))
        headless = grammar.get("headless_relatives", {})
        self.headless_antecedents = frozenset(fold(w) for w in headless.get("antecedents", []))
        self.headless_pronouns = frozenset(fold(w) for w in headless.get("pronouns", []))
        self.honorifics = {fold(w).rstrip(".") for w in resource(lang, "actors")["honorifics"]}
        self.que = frozenset(fold(w) for w in grammar.get("complementizers", []))
        # English reports a clause without its complementizer ('said he would resign'); French never does
        self.bare_clause = bool(grammar.get("bare_content_clause", False))
        self.object_after_participle = bool(grammar.get("object_after_participle", False))
        self.comma_opens = bool(grammar.get("comma_opens_quotation", False))
        # the conjunctions that coordinate a second speech verb with the cue ('… et a ajouté', '… and added')
        self.coordinators = frozenset(fold(w) for w in grammar.get("coordinators", []))
        self.coordinators_and = frozenset(fold(w) for w in grammar.get("and_words", []))
        # the words that open a clause in which someone else reports in turn ('…, but he said that …'): the
        # reported clause before ends there (English so far)
        self.report_openers = frozenset(fold(w) for w in grammar.get("report_openers", []))
        self.participle_forms = {k: tuple(v) for k, v in grammar.get("past_participle_forms", {}).items()}
        # the present participle's ending: ', précisant que …', ', adding that …' is the same speaker's next act
        self.participle_endings = tuple(grammar.get("present_participle_endings", ["ant"]))
        # the words that open a speaker's aside on the sentence around it ('as the mayor put it'): English only so far
        self.as_clause = frozenset(fold(w) for w in grammar.get("as_clause", []))
        self.as_clause_comma = bool(grammar.get("as_clause_comma", False))
        # the prepositions after which a speech verb's gerund has the subject of the verb they hang on ('fined for
        # saying that …'): English only so far
        self.gerund_prepositions = frozenset(fold(w) for w in grammar.get("gerund_prepositions", []))
        # the relative pronouns that stand as a speech verb's subject ('qui', 'who'): the speaker is their antecedent
        self.relative_subjects = frozenset(fold(w) for w in grammar.get("relative_subjects", []))
        self.relative_pronouns = frozenset(fold(w) for w in grammar.get("relative_pronouns", []))
        self.contrast_conjunctions = tuple(tuple(fold(w) for w in p.split()) for p in grammar.get("contrast_conjunctions", []))
        self.contrast_conjunctions_at = by_first_word(list(self.contrast_conjunctions))  # looked up after every cue
        self.age_nouns = frozenset(fold(w) for w in grammar.get("age_nouns", []))
        self.manner_nouns = frozenset(fold(w) for w in grammar.get("manner_nouns", []))
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
        self.adverbial_phrases = sorted((tuple(w.strip() for w in fold(a).replace("'", "' ").split())
                                         for a in data.get("adverbial_phrases", {}).get("phrases", [])), key=len, reverse=True)
        # the same phrases grouped by their first word, in the same order: a fixed phrase is looked for after
        # every cue verb, and only those whose first word stands there can match
        self.adverbial_de_at = by_first_word(self.adverbial_de)
        self.adverbial_phrases_at = by_first_word(self.adverbial_phrases)
        # the phrases set between an auxiliary and its participle ('a de son côté déclaré', 'a de nouveau affirmé',
        # 'a par ailleurs indiqué'), by their last word
        self.interposed_at: dict[str, list[tuple[str, ...]]] = {}
        turn = [tuple(w.strip() for w in fold(p).replace("'", "' ").split()) for p in data.get("interposed", {}).get("turn", [])]
        for words in turn + self.adverbial_phrases + self.adverbial_de:
            self.interposed_at.setdefault(words[-1], []).append(words)
        self.idioms = {fold(k): {fold(w) for w in v} for k, v in data.get("idioms", {}).items() if not k.startswith("_")}
        self.future_verbs = {fold(w) for w in data.get("not_yet", {}).get("verbs", [])}
        self.past_marks = {fold(w) for w in data.get("not_yet", {}).get("past_marks", [])}
        self.not_reflexive = {fold(w) for w in data.get("not_reflexive", {}).get("verbs", [])}
        self.marked_only = {fold(w) for w in data.get("marked_only", {}).get("verbs", [])}
        self.litotes = {fold(w) for w in data.get("litotes", {}).get("verbs", [])}
        self.negators = {fold(w) for w in data.get("litotes", {}).get("negators", [])}
        self.negation_particles = {fold(w) for w in data.get("litotes", {}).get("particles", [])}
        self.negative_subjects = {fold(w) for w in data.get("litotes", {}).get("negative_subjects", [])}
        self.title_nouns = {fold(w) for w in data.get("title_nouns", {}).get("nouns", [])}
        self.title_links = {fold(w) for w in data.get("title_nouns", {}).get("links", [])}
        self.media_names = {fold(w) for w in data.get("media", [])} if self.title_links else set()
        self.documents = {fold(w) for w in data.get("documents", {}).get("nouns", [])}
        self.document_prepositions = {fold(w) for w in data.get("document_authors", {}).get("prepositions", [])}
        self.document_verbs = {fold(w) for w in data.get("document_authors", {}).get("verbs", [])}
        self.said_nouns = {fold(w) for w in data.get("said_nouns", {}).get("nouns", [])}
        poss = data.get("according_possessive", {})
        self.according_possessive = {fold(ph.replace("{poss}", w)) for ph in poss.get("phrases", [])
                                     for w in poss.get("possessives", [])}
        self.stance_adjectives = [fold(w) for w in data.get("stance_adjectives", {}).get("adjectives", [])]
        self.stance_nouns = {fold(w) for w in data.get("stance_adjectives", {}).get("nouns", [])}
        # each inflected form of a stance adjective → its base, the first listed winning (one look-up per word)
        self.stance_forms: dict[str, str] = {}
        for b in self.stance_adjectives:
            for f in (b, b + "e", b + "s", b + "es"):
                self.stance_forms.setdefault(f, b)
        pro = data.get("proform_objects", {})
        self.proform_phrases = [tuple(fold(w).split()) for w in pro.get("phrases", [])]
        # 'In the poll, P': a phrase that names a source only before a document, opening the sentence
        self.according_documents = {tuple(fold(w).split()) for w in data.get("according_documents", {}).get("phrases", [])}
        # the one-word prepositions among them: a sentence without one is skipped before any Token is made
        self.according_document_words = frozenset(p[0] for p in self.according_documents if len(p) == 1)
        self.according_views = {fold(w) for w in data.get("according_documents", {}).get("views", [])}
        # verb -> {cue: (words one of which must stand before it, words one of which may follow it instead)}
        self.conditioned: dict[str, dict[str, tuple[set[str], set[str]]]] = {}
        for cue, entry in data.get("clitic_cues", {}).items():
            if not cue.startswith("_"):
                self.conditioned.setdefault(fold(entry["verb"]), {})[fold(cue)] = (
                    {fold(w) for w in entry.get("before", [])}, {fold(w) for w in entry.get("after", [])},
                    {fold(w) for w in entry.get("objects", [])})
        self.people = {fold(w) for w in resource(lang, "events").get("people_nouns", [])}
        # the words that stand alone as a subject for some people ('d'autres', 'certains')
        self.other_anaphors = frozenset(fold(w) for w in resource(lang, "events").get("other_anaphors", []))
        self.parenthetical = {fold(w) for w in data.get("parenthetical", {}).get("verbs", [])}
        self.inverted = {c for c in self.clitics if c != "-t"}
        self.candidate_cache: dict[tuple[int, int], tuple[bool, bool]] = {}
        # '"A," she said. "B."' is one quotation in pieces where the language's news counts it so
        # a speech verb in the passive reports what was said, with its agent as the speaker, or no one
        self.passive_reports = bool(data.get("passive_reports", False))
        # only a passive whose agent is named reports ('a été évoqué par la ministre')
        self.passive_agent_only = bool(data.get("passive_agent_only", False))
        # a report inside another's reported clause, with a subject of its own, is a quotation of its own too
        self.nested_reports = bool(data.get("nested_reports", False))
        # '…, but he warned …', '…; she added …': a second report of the same speaker closes the first one's clause
        second = data.get("second_reports", {})
        self.second_after_comma = frozenset(fold(w) for w in second.get("after_comma", []))
        self.second_pronouns = frozenset(fold(w) for w in second.get("pronouns", []))
        # English news counts the attributions of its headlines ('Sanders: Clinton needs to …'); French news does not
        self.headline_reports = bool(data.get("headline_reports", False))
        # 'Senator Slams Budget', 'Farms Hurt, Mayor Says': title-case headlines the parser misreads
        titled_heads = data.get("title_case_headlines", {})
        self.headline_endings = tuple(titled_heads.get("endings", []))
        self.headline_speaker_words = int(titled_heads.get("max_speaker_words", 0))
        self.headline_postposed = frozenset(fold(w) for w in titled_heads.get("postposed", []))
        # 'the plan seems too costly': the article's own judgement, a quotation with no speaker
        seeming = data.get("impressions", {})
        self.impression_verbs = frozenset(fold(w) for w in seeming.get("verbs", []))
        self.impression_experiencers = frozenset(fold(w) for w in seeming.get("experiencers", []))
        self.impression_expletives = frozenset(fold(w) for w in seeming.get("expletives", []))
        # 'described the plan as reckless': English news reports the object with its attribute
        self.attribute_with_object = bool(data.get("attribute_with_object", False))
        # '…, who said': English news cites the relative pronoun as the speaker's mention, French news its antecedent
        self.relative_mention = bool(data.get("relative_mention", {}).get("pronoun", False))
        self.join_interrupted = bool(data.get("interrupted_quotes", {}).get("join", False))
        self.sentences_in_mixed = bool(data.get("sentences_in_mixed", {}).get("split", False))
        # 'defended them', 'attacked him': pronouns that stand as the object a stance or attack verb reports
        # ', with economists offering their views': prepositions that open an absolute clause reporting in turn
        self.absolute_prepositions = frozenset(fold(w) for w in data.get("absolute_reports", {}).get("prepositions", []))
        self.pronoun_objects = frozenset(fold(w) for w in data.get("pronoun_objects", {}).get("pronouns", []))
        self.nouns = NounCues(lang)  # 'his claim that …', 'her promise to …': reports headed by a speech noun


def by_first_word(phrases: list[tuple[str, ...]]) -> dict[str, list[tuple[str, ...]]]:
    """Phrases (tuples of folded words) grouped by their first word, each group in the phrases' own order."""
    found: dict[str, list[tuple[str, ...]]] = {}
    for words in phrases:
        if words:  # an empty phrase matches nowhere: its length, 0, is the answer for no match
            found.setdefault(words[0], []).append(words)
    return found


def lemma(lex: Lexicon, tok: Token) -> str | None:
    """The speech lemma of a verb token ('se dire', 'faire valoir', 'mettre en garde'), or None."""
    # asked again of the same cue by several rules (the cue loop, its que-clause, the passive and selon checks):
    # worked out once per token, the answers kept on the Doc, per language
    memo = tok.doc.user_data.get((LEMMA_KEY, lex.lang))
    if memo is None:
        memo = tok.doc.user_data[(LEMMA_KEY, lex.lang)] = {}
    got = memo.get(tok.i, memo)
    if got is memo:
        got = memo[tok.i] = _lemma(lex, tok)
    return got


LEMMA_KEY = "storygraph_quote_lemma"


def _lemma(lex: Lexicon, tok: Token) -> str | None:
    tokens = table(tok.doc).toks
    pos = tok.pos_
    if pos == "X" and tok.text.islower() and tok.i > 0 and fold(tokens[tok.i - 1].text) in lex.auxiliary_forms:
        pos = "VERB"  # 'a tweeté': a participle the tagger did not know, after its auxiliary
    elif pos not in ("VERB", "AUX") and tok.text.islower() and (inverted_after(lex, tok) or inverted_before(lex, tok)):
        # '», tranche-t-elle': only a verb takes an inverted subject clitic, whatever the tagger says; '», a-t-il
        # tempêté': the word after an inverted auxiliary is its participle
        pos = "VERB"
    if pos not in ("VERB", "AUX", "NOUN", "ADJ", "PROPN") or tok.is_punct:
        return None
    adj = stance(lex, tok)
    if adj is not None:
        return adj
    lem = fold(tok.lemma_)
    lem = lex.aliases.get(lem, lem)
    if lem not in lex.verbs and pos == "VERB":
        # ('s'indigne' lemmatised as the adjective 'indigne'): a reflexive-only entry is known too
        lem = next((c for c in first_group_lemmas(fold(tok.text), lex.lang) if c in lex.verbs or c in lex.multi
                    or c in lex.reflexive_bases), lem)
    if lem in lex.conditioned and pos == "VERB":
        cue = conditioned_cue(lex, tok, lem)  # 'y voit', 'n'a pas caché', 's'en est prise'
        if cue is not None or (lem not in lex.verbs and lem not in lex.multi):
            return cue
    if pos in ("VERB", "AUX") and lem not in lex.verbs and lem not in lex.multi and lem not in lex.reflexive_bases:
        return None  # the common case, decided before looking at the verb's dependents
    if pos in ("NOUN", "ADJ", "PROPN") and tok.text.islower() and tok.i + 1 < len(tok.doc) \
            and fold(tokens[tok.i + 1].text) in lex.que and tok.i > 0 and tokens[tok.i - 1].pos_ in ("PROPN", "NOUN", "PRON"):
        # 'Rachid Yazami note que …': a verb the tagger took for a noun, right before its que-clause
        cand = next((c for c in (lem, *first_group_lemmas(fold(tok.text), lex.lang)) if c in lex.verbs), None)
        if cand:
            return cand
    if pos in ("NOUN", "ADJ", "PROPN"):
        # the tagger sometimes takes a participle or verb for a noun ("Bechtol souligne") or an adjective
        # ('», déplore pour sa part X'), lemmatised as such: the verb its ending says
        # ('», s'enthousiasme X'): a reflexive clitic before the word makes it a verb, of the reflexive entry
        clitic = tok.i > 0 and fold(tokens[tok.i - 1].text) in lex.reflexive_clitics
        known = lex.after_reflexive if clitic else lex.verbs
        if lem not in known:
            lem = next((c for c in first_group_lemmas(fold(tok.text)) if c in known), lem)
        # no adjective takes a reflexive clitic: after one, the word is the verb, whatever the parser hung it on
        if not (tok.text.lower().endswith(("é", "ée", "és", "ent", "e", "it", "is", "u", "ait")) and lem in known
                and (clitic or tok.dep_ in ("ROOT", "parataxis", "conj", "acl:relcl", "advcl", "ccomp"))):
            return None
    refl = any(c.dep_ in ("expl:comp", "expl:pv", "expl:pass", "obj", "expl") and fold(c.text) in lex.reflexive_tokens
               for c in dependents(tok) if c.i < tok.i)
    if lem in lex.multi:
        phrase = multiword(lex, tok, lem)
        if phrase is not None:
            return phrase
        if lem not in lex.verbs:
            return None  # 'faire' alone says nothing
    if refl:
        entry = next((p + lem for p in lex.reflexive_prefixes if p + lem in lex.verbs), None)
        if entry is not None:
            return entry
    if lem in lex.verbs:
        if refl and lem in lex.not_reflexive:
            return None  # 's'appeler', 's'annoncer': no speech in the reflexive
        return lem
    return None


def inverted_after(lex: Lexicon, tok: Token) -> bool:
    """True when an inverted subject clitic follows the word ('tranche-t-elle', 'nuance-t-il')."""
    tokens = table(tok.doc).toks
    doc = tok.doc
    k = tok.i + 1
    if k < len(doc) and fold(tokens[k].text) == "-t":
        k += 1  # the euphonic '-t' the tokenizer may cut off its pronoun
    return k < len(doc) and fold(tokens[k].text) in lex.inverted and not tokens[tok.i].whitespace_


def inverted_before(lex: Lexicon, tok: Token) -> bool:
    """True when the word follows an auxiliary and its inverted subject clitic ('a-t-il', 'ont-elles')."""
    tokens = table(tok.doc).toks
    k = tok.i - 1
    if k < 1 or fold(tokens[k].text) not in lex.inverted:
        return False
    k -= 1
    if fold(tokens[k].text) == "-t":
        k -= 1
    return k >= 0 and fold(tokens[k].text) in lex.auxiliary_forms


def cue_words(lem: str) -> int:
    """Tokens a multi-word cue spans ('mettre l'accent' is three)."""
    return len(lem.replace("'", "' ").split())


def stance(lex: Lexicon, tok: Token) -> str | None:
    """'est convaincue de …', 'is worried that …': the copula + an adjective of conviction, as a cue."""
    if tok.pos_ == "NOUN" and lex.stance_nouns:
        # 'is a staunch opponent of …', 'has long been a supporter of …': the copula + the holder's noun
        base = fold(tok.lemma_)
        if base in lex.stance_nouns and tok.dep_ == "attr" and fold(tok.head.lemma_) == lex.copula:
            cue = lex.copula + " " + base
            return cue if cue in lex.verbs else None
        return None
    if tok.pos_ not in ("ADJ", "VERB"):
        return None
    form = _fold_form(tok.text)
    base = lex.stance_forms.get(form)
    if base is None:
        return None
    # French hangs the copula on the adjective ('convaincu' ← 'est'), English the adjective on the copula
    # ('is' → 'worried', acomp)
    if not (any(c.dep_ in ("cop", "aux:pass", "aux:tense", "auxpass") and fold(c.lemma_) == lex.copula for c in dependents(tok))
            or (tok.dep_ == "acomp" and fold(tok.head.lemma_) == lex.copula)):
        return None
    cue = lex.copula + " " + base
    return cue if cue in lex.verbs else None


def conditioned_cue(lex: Lexicon, tok: Token, lem: str) -> str | None:
    """A verb that reports speech only with certain words around it ('y voir', 'voir dans', 'ne pas
    cacher', 's'en prendre à'), from clitic_cues in speech.json."""
    tokens = table(tok.doc).toks
    doc = tok.doc
    near = {fold_tok(c) for c in dependents(tok) if c.i < tok.i}
    after = fold_tok(tokens[tok.i + 1]) if tok.i + 1 < len(doc) else ""
    for cue, (before, following, objects) in lex.conditioned[lem].items():
        # ('drew direct links between …': the head of the object, wherever it stands, where 'objects' are listed)
        if (near & before or after in following
                or objects and any(c.dep_ == "dobj" and fold(c.lemma_) in objects for c in dependents(tok))) and cue in lex.verbs:
            return cue
    return None


def fold_tok(t: Token) -> str:
    """A token's text folded."""
    return _fold_form(t.text)


def multiword(lex: Lexicon, tok: Token, lem: str) -> str | None:
    """The multi-word cue a verb opens ('fait savoir', 'a mis en garde'), read on the words after it."""
    tokens = table(tok.doc).toks
    doc = tok.doc
    for rest in lex.multi.get(lem, ()):
        j = tok.i + 1
        if j + len(rest) <= len(doc) and all(fold(tokens[j + n].text) == w for n, w in enumerate(rest)):
            return " ".join((lem,) + rest).replace("' ", "'")
    return None


def candidates(lex: Lexicon, doc: Doc) -> tuple[set[int], list[int]]:
    """Token indices that may be a speech cue, and those that may open 'selon X', decided on the Doc's
    lemma and form arrays once per distinct pair: most tokens never become a spaCy Token object here."""
    strings = doc.vocab.strings
    cache = lex.candidate_cache
    if len(cache) > 100_000:  # bounded: memory must not grow with the corpus
        cache.clear()
    pairs = lemma_orth(doc)
    for lh, oh in set(pairs).difference(cache):  # each new pair decided once
        lem, form = fold(strings[lh]), fold(strings[oh])
        lem = lex.aliases.get(lem, lem)
        cue = any(c in lex.verbs or c in lex.reflexive_bases or c in lex.conditioned
                  for c in (lem, form, *first_group_lemmas(form, lex.lang))) \
            or any(c in lex.multi for c in (lem, *first_group_lemmas(form, lex.lang))) \
            or form in lex.stance_forms \
            or lem in lex.stance_nouns
        cache[(lh, oh)] = (cue, form in lex.according_first)
    kinds = list(map(cache.__getitem__, pairs))
    # the indices picked by the flags in C (itertools), not by a Python test of every word
    return set(compress(count(), map(itemgetter(0), kinds))), list(compress(count(), map(itemgetter(1), kinds)))


def idiom(lex: Lexicon, v: Token, lem: str, k: int) -> bool:
    """The object at k makes the verb mean something else ('annoncer la couleur', 'rappeler son ambassadeur')."""
    tokens = table(v.doc).toks
    nouns = lex.idioms.get(lem)
    if not nouns:
        return False
    sent_end = sentence_of(v).end
    return any(fold(tokens[j].text) in nouns or fold(tokens[j].lemma_) in nouns for j in range(k, min(sent_end, k + 12)))


def not_yet(lex: Lexicon, v: Token) -> bool:
    """The speech act is governed by a verb that puts it in the future or the merely possible
    ('la Banque doit annoncer une hausse', 'il va dénoncer …')."""
    tokens = table(v.doc).toks
    if "Inf" not in feature(v, "VerbForm"):
        return False
    h = v.head if v.dep_ in ("xcomp", "ccomp") else None
    if h is None:
        k = v.i - 1
        while k >= 0 and (tokens[k].pos_ == "ADV" or tokens[k].text.lower() in lex.infinitive_clitics):
            k -= 1
        h = tokens[k] if k >= 0 and tokens[k].pos_ in ("VERB", "AUX") else None
    if any(fold(c.text) in lex.past_marks for c in dependents(v) if c.i < v.i):
        return False  # 'est allé jusqu'à dénoncer': done, not to come
    return h is not None and fold(h.lemma_) in lex.future_verbs
