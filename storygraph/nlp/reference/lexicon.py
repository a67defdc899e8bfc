"""The reference layer's language knowledge, loaded once from `lang/<code>/*.json` (no per-article state)."""
from __future__ import annotations

import re

from ...lang import countries, resource
from ...lang.text import fold
from ..grammar import grammar
from ..mentions import Gazetteer
from .kinds import NounKinds


class Gendered(frozenset):
    """A list of titles that also holds each title's other gender, under the grammar's gender key ('rectrice' for
    'recteur', 'préfète' for 'préfet'): French forms a feminine title by regular endings no list need spell out."""

    def __new__(cls, words, key):
        obj = super().__new__(cls, words)
        obj._key = key
        obj._keys = frozenset(key(w) for w in words)
        return obj

    def __contains__(self, word: object) -> bool:
        return frozenset.__contains__(self, word) or isinstance(word, str) and self._key(word) in self._keys


class Lexicon:
    """Titles, institution and group nouns, pronouns and honorifics of one language, folded for lookup."""

    def __init__(self, lang: str = "fr"):
        data = resource(lang, "actors")
        events = resource(lang, "events")
        self.lang = lang
        self.gaz = Gazetteer(lang)
        self.grammar = grammar(lang)
        self.roles = sorted({fold(r) for r in data["roles"]}, key=len, reverse=True)
        self.role_words = Gendered({fold(r).split()[0] for r in data["roles"]}, self.grammar.gender_key)
        self.org_words = {fold(w) for w in data["org_words"]}
        self.groups = {fold(w) for w in data["group_nouns"]}
        self.people = {fold(w) for w in events.get("people_nouns", [])}
        self.epithets = {fold(w) for w in data.get("epithets", [])}
        self.appointing = {fold(w) for w in data.get("appointing_verbs", [])}
        self.status_titles = {fold(w) for w in data.get("status_titles", {}).get("words", [])}
        self.demonym_endings = tuple(fold(w) for w in data.get("demonym_endings", []))
        self.org_anaphors = {fold(w) for w in data.get("org_anaphors", [])}
        self.seats = {fold(k): v for k, v in data.get("seats", {}).items()}
        self.manner_nouns = {fold(w) for w in resource(lang, "grammar").get("manner_nouns", [])}
        self.relative_subjects = {fold(w) for w in resource(lang, "grammar").get("relative_subjects", [])}
        self.and_words = {fold(w) for w in resource(lang, "grammar").get("and_words", [])}
        self.complement_preps = {fold(w) for w in resource(lang, "grammar").get("complement_prepositions", [])}
        self.same_words = {fold(w) for w in resource(lang, "grammar").get("same_words", [])}
        # a preposition and an article written as one word ('au' = 'à' + 'le'), with the two it stands for
        self.fused = {fold(k): tuple(fold(x) for x in v) for k, v in resource(lang, "grammar").get("fused_articles", {}).items()}
        self.pronouns = {fold(k): v for k, v in data["pronouns"].items()}
        # 'celui' of 'celui-ci': a demonstrative's first part, which the tagger may read as a proper noun
        self.demonstrative_stems = frozenset(w.split("-")[0] for w in self.pronouns if "-" in w)
        self.object_pronouns = {fold(k): v for k, v in data.get("object_pronouns", {}).items()}
        self.idiom_clitic_verbs = {fold(w) for w in data.get("idiom_clitic_verbs", [])}
        self.authored = {fold(w) for w in data.get("authored_nouns", [])}
        self.impersonal = {fold(w) for w in data.get("impersonal_pronouns", [])}
        self.topic_markers = {tuple(fold(w).split()) for w in data.get("topic_markers", [])}
        self.topic_lengths = sorted({len(m) for m in self.topic_markers})
        self.agent_endings = tuple(fold(w) for w in data.get("agent_noun_endings", []))
        self.bare_subjects = data.get("bare_subjects", True)  # a noun with no article may be a subject
        self.feminine_finals = tuple(fold(w) for w in data.get("feminine_word_endings", []))
        self.counts = {fold(k): int(v) for k, v in data.get("count_words", {}).items()}
        self.possessives = {fold(k): v for k, v in data.get("possessives", {}).items()}
        self.undergone = {fold(w) for w in data.get("undergone_nouns", [])}
        self.possessive_genders = {fold(k): v for k, v in data.get("possessive_genders", {}).items()}
        self.honorific_gender = {fold(k).rstrip("."): v for k, v in data.get("honorific_gender", {}).items()}
        self.determiners = {fold(w) for w in resource(lang, "grammar")["determiners"]}
        self.agent_words = {fold(w) for w in resource(lang, "grammar").get("frame_words", {}).get("agent", [])}
        self.generic_heads = {fold(w).split()[0] for w in data.get("generic_heads", [])}
        # 'à l'issue' → ('a', "l'", 'issue'): word by word, as the parse cuts them
        self.locatives = {fold(w) for w in data.get("locative_prepositions", [])}
        self.inside = {fold(w) for w in data.get("inside_prepositions", [])}
        self.adjuncts = [tuple(re.findall(r"[^\W\d_]+['’]?", fold(w))) for w in data.get("adjunct_prepositions", [])]
        self.adjuncts_by_first: dict[str, list[tuple[str, ...]]] = {}  # the same, by first word
        for words in self.adjuncts:
            if words:
                self.adjuncts_by_first.setdefault(words[0], []).append(words)
        self.quantifiers = {fold(w) for w in data.get("quantifiers", [])}
        self.list_verbs = {fold(w) for w in data.get("list_role_verbs", [])}
        # 'en l'occurrence' → ('en', "l'", 'occurrence'): word by word, as the parse cuts them
        self.list_openers = sorted({tuple(re.findall(r"[^\W\d_]+['’]?|[^\w\s]", fold(w)))
                                    for w in data.get("list_openers", [])}, key=len, reverse=True)
        self.openers_by_first: dict[str, list[tuple[str, ...]]] = {}  # by first word, longest first as above
        for words in self.list_openers:
            self.openers_by_first.setdefault(words[0], []).append(words)
        self.partitives = {fold(w) for w in data.get("partitive_pronouns", [])}
        self.partitive_links = {fold(w) for w in data.get("partitive_links", [])}
        self.title_phrases = {fold(k): fold(v) for k, v in data.get("title_phrases", {}).items()}
        self.synonyms: dict[str, set[str]] = {}
        for group in data.get("role_synonyms", []):
            words = {fold(w) for w in group}
            for w in words:
                self.synonyms[w] = self.synonyms.get(w, set()) | words
        self.org_alias = {fold(a): fold(k) for k, vs in data.get("org_aliases", {}).items() for a in [k] + vs}
        self.subordinators = {fold(w) for w in events.get("subordinators", [])}
        self.country_anaphors = {fold(w) for w in events.get("country_anaphors", [])}
        self.demonstratives = {fold(w) for w in events.get("demonstratives", [])}
        self.latter = {fold(w) for w in events.get("latter", [])}
        self.pair_nouns = {fold(k): v for k, v in events.get("pair_nouns", {}).items()}  # 'les deux pays': states
        self.not_speakers = {fold(w) for w in resource(lang, "speech")["not_speakers"]}
        self.addressees = {fold(w) for w in resource(lang, "speech").get("addressees", {}).get("nouns", [])}
        self.addressee_links = {fold(w) for w in resource(lang, "speech").get("addressees", {}).get("prepositions", [])}
        self.channel_links = {fold(w) for w in resource(lang, "speech").get("addressees", {}).get("channel_prepositions", [])}
        self.spelled = {fold(v): v for v in resource(lang, "speech")["verbs"]}
        # 'de son côté', 'pour sa part': folded and split into words, as a clause is matched against them
        self.turn_phrases = tuple(tuple(w.strip() for w in fold(p).replace("'", "' ").split())
                                  for p in resource(lang, "speech").get("interposed", {}).get("turn", []))
        self.turn_by_first: dict[str, list[tuple[str, ...]]] = {}  # the same, by first word
        for p in self.turn_phrases:
            if p:
                self.turn_by_first.setdefault(p[0], []).append(p)
        # the last word of every topic marker: a noun phrase with none of them before it has no marker (most)
        self.topic_last = {m[-1] for m in self.topic_markers if m}
        self.countries = countries(lang)
        # 'ukrainienne' → Ukraine: the lower-case demonyms that say which state a title serves
        self.demonyms = {fold(a): name for name, info in self.countries.items() for a in info.get("aliases", [])
                         if a[:1].islower() and " " not in a}
        # 'président des États-Unis' serves the same state as 'président américain': the states by their names
        names = sorted((fold(n) for n in self.countries), key=len, reverse=True)
        self.state_names = {fold(n): n for n in self.countries}
        self.state_pattern = re.compile(r"(?<![\w-])(" + "|".join(map(re.escape, names)) + r")(?![\w-])")
        self.head_words = self.heads()
        # the unlisted nouns' kind, learnt from the listed ones (people against bodies, places and documents)
        # (the examples as written: the vectors know 'pénaliste', not its folded form)
        lower = lambda words: {w.lower() for w in words}  # noqa: E731
        # the unlisted nouns that name no one: nearer to nouns of qualities and states than to anyone who may speak
        self.abstract = NounKinds(lower(data.get("abstract_nouns", [])),
                                  lower(data["roles"]) | lower(data["org_words"]) | lower(data["group_nouns"]) |
                                  lower(data.get("authored_nouns", [])) | lower(data.get("org_anaphors", [])) |
                                  lower(events.get("people_nouns", [])))
        self.kinds = NounKinds(lower(data["roles"]) | lower(data.get("epithets", [])) | lower(events.get("people_nouns", [])),
                               lower(data["org_words"]) | lower(data.get("org_anaphors", [])) |
                               lower(data.get("authored_nouns", [])) | lower(events.get("country_anaphors", [])) |
                               lower(data.get("place_nouns", [])))

    def heads(self) -> set[str]:
        """Every noun that can head a description of someone: titles, institutions, groups, people."""
        return self.role_words | self.org_words | self.groups | self.people | self.country_anaphors | self.epithets | \
            self.org_anaphors
