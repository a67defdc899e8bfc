"""The language data events are found with, loaded once per language into one immutable `Lexicon`.

Trigger frames come from `lang/<lang>/events.json`, titles and organisation names from `actors.json`,
country names and demonyms from `lang.countries`. Every word is folded (`mentions.fold`) on loading so that
rules compare folded token texts and lemmas. Nothing here belongs to an article.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache

from spacy.strings import StringStore

from ...lang import countries, resource
from ...lang.text import fold
from ..grammar import repair_lemma

#: French grammar words the rules ask about (pronoun number, possessives, copulas)
POSSESSIVES = {"son": "sing", "sa": "sing", "ses": "sing", "leur": "plur", "leurs": "plur"}
COPULAS = ("etre", "devenir", "rester", "demeurer", "sembler", "paraitre")
PRONOUNS = {"il": "sing", "elle": "sing", "lui": "sing", "le": "sing", "la": "sing", "l'": "sing", "ils": "plur",
            "elles": "plur", "leur": "plur", "les": "plur"}
REFLEXIVES = frozenset({"se", "s'", "s’", "s", "me", "m'", "te", "t'", "nous", "vous"})

#: bounds of the memos below: memory must not grow with the corpus
LEMMA_MEMO_MAX = 50_000
START_MEMO_MAX = 100_000

Phrases = dict[str, list[tuple[tuple[str, ...], dict]]]


@dataclass(frozen=True, eq=False)
class Lexicon:
    """Trigger frames, status words and the actor vocabulary of one language, folded for lookup.

    Its only mutable parts are two bounded memos of pure answers (a verb's repaired lemma, whether a
    (lemma, form) pair can start a trigger), shared by every article."""

    lang: str
    verbs: dict[str, dict]  # verb lemma ('se rendre' too) → frame
    adjs: dict[str, dict]  # adjective → frame
    light: dict[str, dict]  # light verb → {'preps': cases its event noun may take, 'classes': class → type}
    nouns: dict[str, dict]  # one-word event noun → frame
    phrases: Phrases  # first word → (words, frame) of multi-word triggers
    default_preps: dict[str, dict[str, str]]  # 'verb'/'noun' → preposition → role
    classes: dict[str, set[str]]  # object class → its words
    class_of: dict[str, set[str]]  # word → the classes it belongs to
    negation: set[str]
    future_gov: set[str]
    hypo_gov: set[str]
    hypo_marks: set[str]
    hypo_mod: set[str]
    future_mod: set[str]
    purpose: set[str]  # first words of purpose marks ('pour', 'afin')
    purpose_status: str
    voiced_types: frozenset[str]  # the types whose aim is done by the act that voices it ('manifester pour dénoncer')
    country_of: dict[str, str]  # country name, alias or demonym → country name
    roles: set[str]  # first words of titles ('president', 'ministre')
    reflexives: frozenset[str]
    people: set[str]  # nouns that name people ('otages', 'manifestants')
    parts: frozenset[str]  # nouns that name a share of the people of their 'de' ('plupart', 'partie')
    beneficiary: set[str]  # verbs and nouns whose subject receives the event ('compter sur')
    targets: set[str]  # nouns and verbs whose subject undergoes any event ('faire l'objet de', 'la cible de')
    subordinators: set[str]
    country_anaphors: set[str]  # 'pays'
    pair_nouns: dict[str, str]  # 'hommes' → person: 'les deux hommes'
    demonstratives: set[str]
    latter: set[str]  # 'dernier': 'ce dernier'
    group_anaphors: set[str]  # 'groupe': 'ce groupe'
    others: set[str]  # 'autres': 'd'autres ont été arrêtés'
    passive_governors: set[str]  # 'voir': 's'est vu infliger une amende'
    expression: set[str]  # verbs that voice a feeling ('exprimer')
    symbols: set[str]  # nouns that stand for someone ('portraits')
    address_verbs: set[str]  # 'écrire': 'Écrivant à X, …'
    culprit: dict[str, str]  # verb or adjective laying an event on someone → 'subject', 'object' or 'dative'
    agent_phrases: dict[str, list[tuple[str, ...]]]  # first word → words of 'aux mains de'-like phrases
    target_phrases: dict[str, list[tuple[str, ...]]]  # first word → words of 'à l'encontre de'-like phrases
    origin_phrases: dict[str, list[tuple[str, ...]]]  # first word → words of 'en provenance de'-like phrases
    keys: set[str]  # every word a trigger can start with, and the verbs under their reflexive forms
    org_words: set[str]
    org_alias: dict[str, str]  # any name of an organisation → its folded key
    org_full: dict[str, str]  # an acronym → the organisation's full name
    no_repair: frozenset[str] = frozenset()  # lemmas never repaired ('etre': 'sommes' is no 'sommer')
    series: frozenset[str] = frozenset()  # nouns under which a bare 'de' event noun is events ('série d'attaques')
    carriers: frozenset[str] = frozenset()  # nouns that carry a bare 'de' event noun ('des mesures de représailles')
    time_adjunct_preps: frozenset[str] = frozenset()  # a meeting set as a clause's time ('après un entretien avec X')
    time_adjunct_nouns: frozenset[str] = frozenset()  # … through a noun ('à l'issue d'une rencontre avec X')
    state_groups: frozenset[str] = frozenset()  # plural nouns that name states as a group ('les pays non-alignés')
    state_verbs: frozenset[str] = frozenset()  # verbs that say their subject's state, beside copulas ('entrer en guerre')
    state_preps: frozenset[str] = frozenset()  # the prepositions of such a state ('en grève')
    genitive: frozenset[str] = frozenset()  # the prepositions of a noun's complement ('de', 'd'')
    of_forms: frozenset[str] = frozenset()  # a 'de' complement's case words, fused articles included ('du', 'des')
    to_forms: frozenset[str] = frozenset()  # an 'à' complement's case words, fused articles included ('au', 'aux')
    infinitive_marks: frozenset[str] = frozenset()  # words before an infinitive a stance governs ('refuse de')
    gerund_marks: frozenset[str] = frozenset()  # the word that makes a present participle a gerund ('en tirant')
    speaker_objects: dict[str, frozenset[str]] = field(default_factory=dict)  # 'nous' → the subjects that make it reflexive
    partner_cases: frozenset[str] = frozenset()  # the case word of whom one acts with ('avec X')
    benefit_cases: frozenset[str] = frozenset()  # the case word of whom one acts for ('pour X')
    agent_cases: frozenset[str] = frozenset()  # the case word of who does what a noun names ('par X')
    answer_cases: frozenset[str] = frozenset()  # the case words of a demand an act answers ('à la demande de X')
    aimed_cases: frozenset[str] = frozenset()  # the case words of whom a verb aims a thing at ('à X', 'contre X')
    retaliations: frozenset[str] = frozenset()  # the words of an act that answers another ('riposte', 'représailles')
    aim_verbs: frozenset[str] = frozenset()  # verbs whose object an event noun subject aims at ('les sanctions visent')
    receiving_verbs: frozenset[str] = frozenset()  # a relative's verb whose subject receives the noun ('dont il a écopé')
    relative_pronouns: frozenset[str] = frozenset()  # the pronouns that open such a relative ('que', 'dont')
    act_nouns: frozenset[str] = frozenset()  # nouns naming an act told before ('cette décision')
    amounts: frozenset[str] = frozenset()  # words of an amount ('milliards', 'dollars', '%'), from the figures data
    other_endings: tuple[tuple[str, str], ...] = ()  # endings of other groups' forms → infinitive ending ('dément')
    subject_clitics: frozenset[str] = frozenset()  # pronouns that stand as a finite verb's subject ('il', 'qui')
    faceless: frozenset[str] = frozenset()  # subject pronouns that name no one by themselves ('on', 'cela', 'qui')
    articles: frozenset[str] = frozenset()  # a participle after one names a person ('le principal accusé')
    members: frozenset[str] = frozenset()  # nouns of people that stand for the body of their 'de' ('membres')
    blank_people: frozenset[str] = frozenset()  # nouns that say only that people are meant ('personnes')
    possessive_articles: dict[str, str] = field(default_factory=dict)  # 'son' → 'le' inside a group's name
    feminine_article: str = ""  # 'la', for a feminine noun after a possessive of either gender ('son enquête')
    elided_article: str = ""  # 'l'', before a vowel
    amount_adjectives: frozenset[str] = frozenset()  # adjectives that count a group rather than say which ('nombreux')
    privative: frozenset[str] = frozenset()  # a bare event noun after one tells a manner ('sans entrave')
    event_pronouns: dict[str, tuple[str, str]] = field(default_factory=dict)  # 'celle' → ('Fem', 'Sing')
    charge_words: frozenset[str] = frozenset()  # words whose 'de'/'pour' complement names an offence ('accusé de viol')
    charge_preps: frozenset[str] = frozenset()
    weapons: frozenset[str] = frozenset()  # weapons, whose participles describe them ('des armes interdites')
    capability: frozenset[str] = frozenset()  # adjectives of a weapon's reach ('capable de frapper')
    aimed_preps: frozenset[str] = frozenset()  # a complement of one aims a weapon's participle ('tirées sur')
    indefinites: frozenset[str] = frozenset()  # 'un', 'une': a noun after one may say what a thing is
    likeness: frozenset[str] = frozenset()  # 'comme': a complement of it says what a thing is
    object_in_trigger: frozenset[str] = frozenset()  # PLOVER definitions whose trigger reaches the event noun it stops
    stopped_types: frozenset[str] = frozenset()  # the types of the event nouns such a trigger reaches ('combats')
    state_offices: tuple[str, ...] = ()  # titles of a state's offices ('président'): their holder says 'nous' for it
    quantifiers: frozenset[str] = frozenset()  # words that take some of a group ('certains', 'plusieurs')
    state_nouns: frozenset[str] = frozenset()  # nouns that, with a demonym, name a state ('les autorités ivoiriennes')
    abstract: frozenset[str] = frozenset()  # nouns of a quality or an undertaking ('efforts'), never people
    fused: dict[tuple[str, str], str] = field(default_factory=dict)  # ('de', 'le') → 'du'
    unfused: dict[str, str] = field(default_factory=dict)  # 'du' → 'de', 'aux' → 'à' (folded)
    custody_preps: frozenset[str] = frozenset()  # the prepositions of a state of constraint ('en détention')
    direct_clitics: frozenset[str] = frozenset()  # third-person direct object clitics ('le', 'la', 'les')
    _lemma_memo: dict[tuple[str, str], str] = field(default_factory=dict, repr=False)
    _start_memo: dict[tuple[int, int], bool] = field(default_factory=dict, repr=False)
    _carrier_heads: set[str] = field(default_factory=set, repr=False)  # light verbs and phrases' first words

    @classmethod
    def load(cls, lang: str) -> Lexicon:
        """Read and fold the language's data files."""
        data = resource(lang, "events")
        verbs = {fold(k): v for k, v in data["verbs"].items()}
        nouns: dict[str, dict] = {}
        phrases: Phrases = {}
        for k, v in data["nouns"].items():
            words = tuple(w for w in re.split(r"[\s]+", fold(k)) if w)
            if len(words) == 1:
                nouns[words[0]] = v  # 'cessez-le-feu' is one token where the tokenizer keeps it whole
            if len(words) > 1 or "-" in k:
                _add_phrase(phrases, fold(k), v)  # … and three where it splits it
        for k, v in data["phrases"].items():
            _add_phrase(phrases, fold(k), v)
        adjs = {fold(k): v for k, v in data["adjectives"].items()}
        light = {fold(k): {"preps": {fold(p) for p in v.get("preps", [])},
                           "classes": {c: d.split(".")[0] for c, d in v.get("classes", {}).items()}}
                 for k, v in data.get("light_verbs", {}).items()}
        classes = {name: {fold(w) for w in ws} for name, ws in data["classes"].items()}
        class_of: dict[str, set[str]] = {}
        for name, ws in classes.items():
            for w in ws:
                class_of.setdefault(w, set()).add(name)
        for w in nouns:  # 'events': any event noun, for verbs that act on an event ('exclure tout retrait')
            class_of.setdefault(w, set()).add("events")
        st = data["status"]
        actors = resource(lang, "actors")
        fused = resource(lang, "grammar").get("fused_articles", {})
        country_of: dict[str, str] = {}
        for name, info in countries(lang).items():
            country_of[fold(name)] = name
            for alias in info.get("aliases", []):
                country_of[fold(alias)] = name
        agent_phrases, target_phrases = _phrases(data.get("agent_phrases", [])), _phrases(data.get("target_phrases", []))
        origin_phrases = _phrases(data.get("origin_phrases", []))
        keys = set(verbs) | set(nouns) | set(adjs) | set(phrases) | set(light) | {"faire"} | \
            {fold(w) for w in data.get("event_pronouns", {})} | \
            {k.split(" ", 1)[1] for k in verbs if k.startswith("se ")} | {k[2:] for k in verbs if k.startswith("s'")}
        return cls(
            lang=lang, verbs=verbs, adjs=adjs, light=light, nouns=nouns, phrases=phrases,
            default_preps={pos: {fold(p): r for p, r in m.items()} for pos, m in data["default_preps"].items()},
            classes=classes, class_of=class_of,
            negation={fold(w) for w in st["negation"]},
            future_gov={fold(w) for w in st["future_governors"]},
            hypo_gov={fold(w) for w in st["hypothetical_governors"]},
            hypo_marks={fold(w) for w in st["hypothetical_marks"]},
            hypo_mod={fold(w) for w in st["hypothetical_modifiers"]},
            future_mod={fold(w) for w in st["future_modifiers"]},
            purpose={fold(w).split()[0] for w in st.get("purpose_marks", [])},
            purpose_status=st.get("purpose_status", "future"),
            voiced_types=frozenset(st.get("purpose_voiced_types", [])),
            country_of=country_of,
            # a title names the person written right after it, as 'son homologue chilien X' does
            roles={fold(r).split()[0] for r in actors["roles"]} | {fold(w) for w in data.get("title_nouns", [])},
            reflexives=REFLEXIVES,
            people={fold(w) for w in data.get("people_nouns", []) + data.get("party_nouns", []) + data.get("kin_nouns", [])},
            parts=frozenset(fold(w) for w in data.get("part_nouns", [])),
            beneficiary={fold(w) for w in data.get("beneficiary_governors", [])},
            targets={fold(w) for w in data.get("target_governors", [])},
            subordinators={fold(w) for w in data.get("subordinators", [])},
            country_anaphors={fold(w) for w in data.get("country_anaphors", [])},
            pair_nouns={fold(w): kind for w, kind in data.get("pair_nouns", {}).items()},
            demonstratives={fold(w) for w in data.get("demonstratives", [])},
            latter={fold(w) for w in data.get("latter", [])},
            group_anaphors={fold(w) for w in data.get("group_anaphors", [])},
            others={fold(w) for w in data.get("other_anaphors", [])},
            members=frozenset(fold(w) for w in data.get("member_nouns", [])),
            blank_people=frozenset(fold(w) for w in data.get("blank_people_nouns", [])),
            possessive_articles={fold(k): v for k, v in data.get("possessive_articles", {}).items()},
            feminine_article=data.get("feminine_article", ""), elided_article=data.get("elided_article", ""),
            amount_adjectives=frozenset(fold(w) for w in data.get("amount_adjectives", [])),
            passive_governors={fold(w) for w in data.get("passive_governors", [])},
            expression={fold(w) for w in data.get("expression_verbs", [])},
            symbols={fold(w) for w in data.get("symbol_nouns", [])},
            address_verbs={fold(w) for w in data.get("address_verbs", [])},
            culprit={fold(w): who for w, who in data.get("culprit_governors", {}).items()},
            agent_phrases=agent_phrases, target_phrases=target_phrases, origin_phrases=origin_phrases, keys=keys,
            org_words={fold(w) for w in actors["org_words"]},
            org_alias={fold(a): fold(k) for k, vs in actors.get("org_aliases", {}).items() for a in [k] + vs},
            org_full={fold(a): k for k, vs in actors.get("org_aliases", {}).items() for a in vs},
            no_repair=frozenset(fold(w) for w in data.get("no_repair", [])),
            series=frozenset(fold(w) for w in data.get("series_nouns", [])),
            carriers=frozenset(fold(w) for w in data.get("carrier_nouns", [])),
            time_adjunct_preps=frozenset(fold(w) for w in data.get("time_adjunct_preps", [])),
            time_adjunct_nouns=frozenset(fold(w) for w in data.get("time_adjunct_nouns", [])),
            state_groups=frozenset(fold(w) for w in data.get("state_group_nouns", [])),
            state_verbs=frozenset(fold(w) for w in data.get("state_verbs", [])) | frozenset(COPULAS),
            state_preps=frozenset(fold(w) for w in data.get("state_preps", [])),
            genitive=frozenset(fold(w) for w in data.get("genitive_preps", [])),
            of_forms=frozenset(fold(w) for w in data.get("of_case_words", [])),
            to_forms=frozenset(fold(w) for w in data.get("to_case_words", [])),
            infinitive_marks=frozenset(fold(w) for w in data.get("infinitive_marks", [])),
            gerund_marks=frozenset(fold(w) for w in data.get("gerund_marks", [])),
            speaker_objects={fold(k): frozenset(fold(w) for w in v) for k, v in data.get("speaker_objects", {}).items()},
            partner_cases=frozenset(fold(w) for w in data.get("partner_case_words", [])),
            benefit_cases=frozenset(fold(w) for w in data.get("benefit_case_words", [])),
            agent_cases=frozenset(fold(w) for w in data.get("agent_case_words", [])),
            answer_cases=frozenset(fold(w) for w in data.get("answer_case_words", [])),
            aimed_cases=frozenset(fold(w) for w in data.get("aimed_case_words", [])),
            retaliations=frozenset(fold(w) for w in data.get("retaliation_words", [])),
            aim_verbs=frozenset(fold(w) for w in data.get("aim_verbs", [])),
            receiving_verbs=frozenset(fold(w) for w in data.get("receiving_verbs", [])),
            relative_pronouns=frozenset(fold(w) for w in data.get("relative_pronouns", [])),
            act_nouns=frozenset(fold(w) for w in data.get("act_nouns", [])),
            amounts=_amount_words(lang),
            other_endings=tuple(sorted(((fold(a), fold(b)) for a, b in data.get("other_verb_endings", [])),
                                       key=lambda x: -len(x[0]))),
            subject_clitics=frozenset(fold(w) for w in data.get("subject_clitics", [])),
            faceless=frozenset(fold(w) for w in resource(lang, "grammar").get("faceless_subjects", [])),
            articles=frozenset(fold(w) for w in data.get("person_articles", [])),
            privative=frozenset(fold(w) for w in data.get("privative_preps", [])),
            event_pronouns={fold(w): tuple(gn.split()) for w, gn in data.get("event_pronouns", {}).items()},
            charge_words=frozenset(fold(w) for w in data.get("charge_governors", {}).get("words", [])),
            charge_preps=frozenset(fold(w) for w in data.get("charge_governors", {}).get("preps", [])),
            weapons=frozenset(fold(w) for w in data.get("weapon_descriptions", {}).get("words", [])),
            capability=frozenset(fold(w) for w in data.get("weapon_descriptions", {}).get("capability", [])),
            aimed_preps=frozenset(fold(w) for w in data.get("weapon_descriptions", {}).get("aimed_preps", [])),
            indefinites=frozenset(fold(w) for w in data.get("indefinite_articles", [])),
            likeness=frozenset(fold(w) for w in data.get("likeness_preps", [])),
            object_in_trigger=frozenset(data.get("object_in_trigger", {}).get("definitions", [])),
            stopped_types=frozenset(data.get("object_in_trigger", {}).get("stopped", [])),
            state_offices=tuple(fold(w) for w in actors.get("state_offices", [])),
            quantifiers=frozenset(fold(w) for w in actors.get("quantifiers", [])),
            state_nouns=frozenset(fold(w) for w in actors.get("state_nouns", [])),
            abstract=frozenset(fold(w) for w in actors.get("abstract_nouns", [])),
            fused={(v[0], v[1]): k for k, v in fused.items()},
            unfused={fold(k): fold(v[0]) for k, v in fused.items()},
            custody_preps=frozenset(fold(w) for w in data.get("custody_state_preps", [])),
            # the object clitics less those that also stand before a verb as its indirect object ('lui', 'leur')
            direct_clitics=frozenset(fold(w) for w in actors.get("object_pronouns", {})) -
            frozenset(fold(w) for w in resource(lang, "grammar").get("preverbal_clitics", [])),
        )

    def verb_lemma(self, lemma: str, text: str) -> str:
        """A verb's lemma from spaCy's lemma and the word's text, repaired where the lemmatizer leaves a
        participle or a noun-like form."""
        key = (lemma, text)
        found = self._lemma_memo.get(key)
        if found is None:
            if len(self._lemma_memo) > LEMMA_MEMO_MAX:
                self._lemma_memo.clear()
            found = self._lemma_memo[key] = self.repaired_lemma(fold(lemma), fold(text))
        return found

    def repaired_lemma(self, lem: str, form: str) -> str:
        """The lexicon's verb behind a folded lemma and form ('negociee' → 'negocier'), else the lemma."""
        if lem in self.adjs or lem in self.no_repair:
            return lem
        found = repair_lemma(lem, form, self.verbs, self.lang)
        if found in self.verbs:
            return found
        # a verb that only carries an event noun or opens a phrase ('porte plainte', 'se porte à la défense'):
        # the lemmatizer leaves its present form the noun it looks like
        if not self._carrier_heads:
            self._carrier_heads.update(self.light, self.phrases)
        carrier = repair_lemma(lem, form, self._carrier_heads, self.lang)
        if carrier != lem:
            return carrier
        # a third-group form the tagger took for another part of speech ('Moscou dément'): 'démentir'
        return next((form[: -len(a)] + b for a, b in self.other_endings
                     if form.endswith(a) and len(form) > len(a) + 2 and form[: -len(a)] + b in self.verbs), found)

    def may_start(self, lemma: int, orth: int, strings: StringStore) -> bool:
        """True when a token of this lemma and form (string-store hashes) could start a trigger."""
        key = (lemma, orth)
        ok = self._start_memo.get(key)
        if ok is None:
            if len(self._start_memo) > START_MEMO_MAX:
                self._start_memo.clear()
            lem, form = fold(strings[lemma]), fold(strings[orth])
            ok = self._start_memo[key] = bool({lem, form} & self.keys or self.repaired_lemma(lem, form) in self.keys)
        return ok


def _phrases(listed: list[str]) -> dict[str, list[tuple[str, ...]]]:
    """Folded word tuples of listed phrases ('aux mains', 'à l'encontre'), by their first word."""
    out: dict[str, list[tuple[str, ...]]] = {}
    for w in listed:
        words = tuple(fold(x) for x in re.split(r"\s+|(?<=')", w) if x)
        out.setdefault(words[0], []).append(words)
    return out


def _add_phrase(phrases: Phrases, phrase: str, entry: dict) -> None:
    """File a multi-word trigger under its first word ('payer le prix' under 'payer')."""
    words = tuple(w for w in re.split(r"[\s]+|(?<=')", phrase.replace("-", " - ")) if w and w != "-")
    phrases.setdefault(words[0], []).append((words, entry))


def _amount_words(lang: str) -> frozenset[str]:
    """The words an amount is written with, as the figures data lists them: scales, collectives, currencies, percent."""
    fig = resource(lang, "figures")
    words = list(fig.get("scales", {})) + list(fig.get("collectives", {})) + fig.get("currency_extra", []) + \
        fig.get("percent", []) + [w for pair in fig.get("currency_symbols", {}).items() for w in pair]
    return frozenset(fold(w) for w in words if " " not in w)


@cache
def lexicon(lang: str) -> Lexicon:
    """The language's Lexicon, loaded once per process."""
    return Lexicon.load(lang)
