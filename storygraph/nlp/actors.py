"""Component `storygraph_actors`: who is in the story, and who each quote's speaker mention is.

Mentions of one person become one actor ("Bechtol" = "Bruce Bechtol", "Choïgu" ~ "Shoigu") without
merging namesakes ("Ellen Kim" is not "Kim Jong Un"); titles and affiliations come from appositions and
from titles before the name. Pronoun and noun-phrase speakers are resolved here.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from rapidfuzz import fuzz
from spacy.language import Language
from spacy.tokens import Doc

from ..lang import resource
from .guard import guarded
from .index import sentence_of, text_of, tokens_in
from ..story import span
from .mentions import Gazetteer, Mention, fold
from .quotes import Quote

ACTOR_KINDS = {"person": "person", "organization": "organization", "media": "organization",
               "country": "country", "group": "group"}
#: an acronym: a capital, then letters, digits or '&', with at least two capitals ('OMS', 'LeT', 'M23')
ACRONYM = re.compile(r"^(?=(?:.*[A-Z]){2})[A-Z][A-Za-z0-9&.-]{1,9}$")


@dataclass
class Actor:
    """An entity of the story and every place it is named."""

    kind: str
    names: list[str] = field(default_factory=list)
    mentions: list[tuple[int, int]] = field(default_factory=list)
    descriptions: list[dict] = field(default_factory=list)
    quoted: int = 0

    @property
    def name(self) -> str:
        """The fullest name the article gives (most words, then longest, then first seen)."""
        if self.kind in ("country",):
            return self.names[0]
        return max(self.names, key=lambda n: (len(n.split()), len(n), -self.names.index(n)))


def translit(s: str) -> str:
    """A rough spelling key so that transliteration variants (Choïgu, Choïgou, Shoigu) compare equal."""
    s = fold(s)
    for a, b in (("sch", "ch"), ("sh", "ch"), ("tch", "ch"), ("ou", "u"), ("oo", "u"), ("kh", "h"), ("ck", "k"),
                 ("y", "i"), ("ph", "f"), ("w", "v"), ("ee", "i"), ("-", ""), (" ", ""), ("'", "")):
        s = s.replace(a, b)
    s = re.sub(r"(.)\1", r"\1", s)
    return re.sub(r"(?:of|ow)\b", "ov", s)  # Russian -ов: Lavrov, Lavrof, Lavrow


def name_tokens(name: str) -> list[str]:
    """Folded words of a name, hyphenated given names split ('Kim Jong-un' → kim jong un)."""
    return [w for w in re.split(r"[\s\-]+", fold(name)) if w]


class ActorResolver:
    """Build the actors of a Doc and resolve its quotes' speakers."""

    def __init__(self, lang: str = "fr"):
        data = resource(lang, "actors")
        self.gaz = Gazetteer(lang)
        self.roles = sorted({fold(r) for r in data["roles"]}, key=len, reverse=True)
        self.role_words = {fold(r).split()[0] for r in data["roles"]}
        self.groups = {fold(w) for w in data["group_nouns"]}
        self.pronouns = {fold(k): v for k, v in data["pronouns"].items()}
        self.determiners = {fold(w) for w in resource(lang, "grammar")["determiners"]}
        self.generic_heads = {fold(w).split()[0] for w in data.get("generic_heads", [])}
        self.synonyms: dict[str, set[str]] = {}
        for group in data.get("role_synonyms", []):
            words = {fold(w) for w in group}
            for w in words:
                self.synonyms[w] = self.synonyms.get(w, set()) | words
        self.spelled = {fold(v): v for v in resource(lang, "speech")["verbs"]}

    # ------------------------------------------------------------ clustering
    def cluster(self, mentions: list[Mention], text: str | None = None) -> tuple[list[Actor], dict[int, int]]:
        """Group mentions into actors; returns the actors and a map mention index → actor index."""
        actors: list[Actor] = []
        of: dict[int, int] = {}
        by_key: dict[tuple[str, str], int] = {}
        # full person names first, so that a lone surname finds its person wherever it stands
        order = sorted(range(len(mentions)), key=lambda k: (mentions[k].kind != "person" or len(name_tokens(mentions[k].text)) < 2, k))
        for k in order:
            m = mentions[k]
            kind = ACTOR_KINDS.get(m.kind)
            if m.kind in ("other", "place", "organization") and len(name_tokens(m.text)) == 1 and \
                    self.surname_of(m.text, actors) is not None:
                kind = "person"  # "Griveaux:" in a headline is the Benjamin Griveaux of the text
            if kind is None:
                continue
            if kind == "country":
                name = self.gaz.country_of.get(fold(m.text)) or self.gaz.country_of.get(re.sub(r"^(l'|le |la |les )", "", fold(m.text)), m.text)
                key = ("country", fold(name))
            elif kind == "person":
                a = self.match_person(m.text, actors, k, mentions, of)
                if a is not None:
                    of[k] = a
                    actors[a].names.append(m.text)
                    actors[a].mentions.append((m.start, m.end))
                    continue
                name = m.text
                key = ("person", " ".join(name_tokens(m.text)))
            else:
                name = re.sub(r"^(l['’]|le |la |les )", "", m.text, flags=re.I)
                key = (kind, fold(name))
            if key in by_key:
                a = by_key[key]
            else:
                a = len(actors)
                actors.append(Actor(kind))
                by_key[key] = a
            of[k] = a
            actors[a].names.append(name)
            actors[a].mentions.append((m.start, m.end))
        if text is not None:
            self.merge_acronyms(mentions, text, actors, of)
        return actors, of

    @staticmethod
    def merge_acronyms(mentions: list[Mention], text: str, actors: list[Actor], of: dict[int, int]) -> None:
        """'le groupe Lashkar-e-Taiba (LeT)', 'l'Organisation mondiale de la santé (OMS)': an acronym in
        parentheses right after an organisation's name is that organisation, wherever it is used alone later
        (whatever the tagger took the acronym for)."""
        order = sorted(range(len(mentions)), key=lambda k: mentions[k].start)
        alias: dict[str, int] = {}
        for k1, k2 in zip(order, order[1:]):
            m1, m2 = mentions[k1], mentions[k2]
            a1 = of.get(k1)
            if a1 is not None and actors[a1].kind in ("organization", "group") and \
                    text[m1.end:m2.start].strip() == "(" and text[m2.end:m2.end + 1] == ")" and \
                    ACRONYM.match(m2.text) and m2.text[0].casefold() == fold(actors[a1].name)[:1]:
                alias.setdefault(m2.text, a1)
        for k in order:
            a1 = alias.get(mentions[k].text)
            if a1 is None or of.get(k) == a1:
                continue
            a2 = of.get(k)
            of[k] = a1
            actors[a1].mentions.append((mentions[k].start, mentions[k].end))
            if a2 is not None:
                actors[a2].mentions.remove((mentions[k].start, mentions[k].end))
                if not actors[a2].mentions:
                    actors[a2].kind = "merged"  # no mention points to it any more: left out of the Story

    def surname_of(self, text: str, actors: list[Actor]) -> int | None:
        """The person actor whose full name holds this single word (or a transliteration of it), if any."""
        toks = name_tokens(text)
        if len(toks) != 1:
            return None
        for a, act in enumerate(actors):
            if act.kind == "person" and any(len(name_tokens(n)) >= 2 and toks[0] in name_tokens(n) for n in act.names):
                return a
        for a, act in enumerate(actors):
            if act.kind == "person" and len(toks[0]) >= 4 and any(
                    len(name_tokens(n)) >= 2 and fuzz.ratio(translit(toks[0]), translit(name_tokens(n)[-1])) >= 85
                    for n in act.names):
                return a
        return None

    def match_person(self, text: str, actors: list[Actor], k: int, mentions: list[Mention], of) -> int | None:
        """The person actor a name belongs to, or None for a new person."""
        toks = name_tokens(text)
        best, best_score = None, 0.0
        for a, act in enumerate(actors):
            if act.kind != "person":
                continue
            for n in act.names:
                nt = name_tokens(n)
                if nt == toks:
                    return a
                if len(toks) == 1 and len(nt) >= 2:
                    # a lone surname: the person whose name holds it, the most mentioned one first
                    if toks[0] in nt:
                        # namesakes ("Kim Jong Un", "Ellen Kim"): the one the article introduced first
                        score = 2 + 1 / (1 + a)
                    elif fuzz.ratio(translit(toks[0]), translit(nt[-1])) >= 85 and len(toks[0]) >= 4:
                        score = 1 + len(act.mentions) / 100
                    else:
                        continue
                elif len(toks) >= 2 and len(nt) >= 2:
                    # the same person written with or without a middle name, or transliterated
                    if toks[-1] == nt[-1] and toks[0] == nt[0]:
                        score = 3
                    elif translit(" ".join(toks)) == translit(" ".join(nt)):
                        score = 3
                    elif toks[-1] == nt[-1] and toks[0][0] == nt[0][0] and fuzz.ratio(toks[0], nt[0]) >= 70:
                        score = 2.5
                    else:
                        continue
                elif len(toks) == 1 and len(nt) == 1:
                    if fuzz.ratio(translit(toks[0]), translit(nt[0])) >= 85 and len(toks[0]) >= 4:
                        score = 1.5
                    else:
                        continue
                elif len(toks) >= 2 and len(nt) == 1:
                    # a surname seen first, the full name later: join them
                    if nt[0] == toks[-1] or (nt[0] in toks and len(nt[0]) >= 3):
                        score = 2
                    elif fuzz.ratio(translit(nt[0]), translit(toks[-1])) >= 85 and len(nt[0]) >= 4:
                        score = 1
                    else:
                        continue
                else:
                    continue
                if score > best_score:
                    best, best_score = a, score
        return best

    # ------------------------------------------------------------ titles
    def describe(self, doc: Doc, mentions: list[Mention], of: dict[int, int], actors: list[Actor]) -> None:
        """Titles and affiliations: 'X, professeur … à l'Université …' and 'le ministre de … X'."""
        text = text_of(doc)
        for k, m in enumerate(mentions):
            if k not in of or actors[of[k]].kind not in ("person", "organization"):
                continue
            a = actors[of[k]]
            if a.kind == "organization":
                # 'le FSIN, le service en charge des prisons en Russie, …': what an organisation is
                d = self.apposition(doc, m, mentions, heads=self.gaz.org_words)
                if d is not None and not any(x["start"] == d[0] for x in a.descriptions):
                    a.descriptions.append(span(d[0], d[1], text, role=None, org=None))
                continue
            for d in (self.apposition(doc, m, mentions), self.title_before(doc, m)):
                if d is None:
                    continue
                s, e = d
                if any(x["start"] == s for x in a.descriptions):
                    continue
                a.descriptions.append(self.split_role(text, s, e, mentions))

    def apposition(self, doc: Doc, m: Mention, mentions: list[Mention], heads: set[str] | None = None) -> tuple[int, int] | None:
        text = text_of(doc)
        if m.end + 2 >= len(text) or text[m.end] != ",":
            return None
        s = m.end + 1
        while s < len(text) and text[s] == " ":
            s += 1
        rest = fold(text[s:s + 60])
        rest_noart = re.sub(r"^(le |la |l'|un |une |les |des |l')", "", rest)
        if heads is not None:
            if rest_noart.split(" ")[0] not in heads or rest_noart == rest:
                return None  # an organisation's apposition opens with an article and an institution noun
        elif not any(rest_noart.startswith(r + suffix) for r in self.role_words for suffix in (" ", ",", "-")) and \
                not re.match(r"^(ancien|ancienne|ex-|actuel|actuelle|nouveau|nouvelle|jeune|celebre)\b", rest_noart):
            return None
        e = s
        depth = 0
        while e < len(text) and text[e] not in ".;\n" and not (text[e] == "," and depth == 0):
            depth += text[e] == "("
            depth -= text[e] == ")"
            e += 1
        # an apposition does not run into the next clause ("… et qui a publié", "… estime que")
        seg = text[s:e]
        cut = re.search(r"\s(et qui|qui|a déclaré|estime|a estimé|a dit|a affirmé|explique|a expliqué)\s", seg)
        if cut:
            e = s + cut.start()
        toks = tokens_in(doc, s, e)
        if toks is not None and any(t.pos_ in ("VERB", "AUX") and "Fin" in t.morph.get("VerbForm") for t in toks):
            return None  # 'Après le sommet avec Donald Trump, le dirigeant nord-coréen espère …': a clause's subject
        return (s, e) if e - s > 3 else None

    def title_before(self, doc: Doc, m: Mention) -> tuple[int, int] | None:
        i = m.i - 1
        if i >= 1 and doc[i].text == ",":
            i -= 1  # 'le procureur de la République, Aïnoudine Allaoui'
        if i < 0 or doc[i].is_punct:
            return None
        lo = None
        steps = 0
        k = i
        while k >= 0 and steps < 10 and not doc[k].is_punct and not doc[k].is_space:
            if lo is not None and fold(doc[k].text) in ("de", "du", "des", "d'"):
                break  # 'le porte-parole du secrétaire général Antonio Guterres': his title is the nearer one
            if fold(doc[k].text) in self.role_words or any(fold(doc[k].text) == r for r in self.role_words):
                lo = k
            if doc[k].pos_ in ("VERB", "AUX") or (doc[k].pos_ == "DET" and lo is not None):
                break
            k -= 1
            steps += 1
        if lo is None:
            return None
        return doc[lo].idx, doc[i].idx + len(doc[i])

    def split_role(self, text: str, s: int, e: int, mentions: list[Mention]) -> dict:
        org = next((x for x in mentions if s <= x.start and x.end <= e and x.kind in ("organization", "media", "country")), None)
        if org is None:
            m = re.search(r"\s(?:à|de|du|des)\s+(?:l['’]|la |le )?((?:Université|université|Institut|institut|armée|Centre|centre|ministère|Ministère|gouvernement|parti|Parti|Conseil|conseil)\b.*)$", text[s:e])
            if m:
                os_ = s + m.start(1)
                return span(s, e, text, role=text[s:s + m.start()].strip(" ,"), org=text[os_:e].strip())
            return span(s, e, text, role=text[s:e].strip(), org=None)
        pre = text[s:org.start]
        pre = re.sub(r"\s*(?:à|de|du|des|au|aux|chez|pour)\s*(?:l['’]|la |le |les )?$", "", pre).strip(" ,")
        return span(s, e, text, role=pre or None, org=text[org.start:e].strip())

    # ------------------------------------------------------------ speakers
    def resolve(self, doc: Doc, quotes: list[Quote], mentions: list[Mention], of: dict[int, int],
                actors: list[Actor]) -> list[list[int]]:
        """The actor indices speaking each quote."""
        out: list[list[int]] = []
        last: list[int] = []
        self._speaking = set()
        for q in quotes:
            for s_, e_ in q.speakers:
                span_ = tokens_in(doc, s_, e_)
                self._speaking |= {t.i for t in span_ or []}
            if q.continues:
                out.append(list(last))
                continue
            ids: list[int] = []
            for s, e in q.speakers:
                a = self.actor_for_span(doc, s, e, mentions, of, actors, last, q)
                if a is not None and a not in ids:
                    ids.append(a)
            q.speaker = (min(s for s, _ in q.speakers), max(e for _, e in q.speakers)) if q.speakers else None
            for a in ids:
                actors[a].quoted += 1
            out.append(ids)
            if ids:
                last = ids
        return out

    def actor_for_span(self, doc, s, e, mentions, of, actors, last, q) -> int | None:
        text = text_of(doc)
        lead = re.match(r"(?i)(l['’]|le |la |les |un |une |des |du |de )?((?:m|mme|mlle|me|dr|pr|mgr)\.?\s+)?", text[s:e]).end()
        for k, m in enumerate(mentions):
            if m.start < e and s < m.end and k in of and m.start <= s + lead:
                return of[k]  # the noun phrase is this name, not a phrase that merely holds one
        phrase = text[s:e]
        f = fold(phrase)
        if f in ("je", "j'", "nous") and last:
            return last[0]  # first person outside quotation marks: the words of the current speaker
        if f in self.pronouns or f.lstrip("-t").lstrip("-") in self.pronouns:
            p = self.pronouns.get(f) or self.pronouns.get(f.lstrip("-t").lstrip("-"))
            return self.antecedent(p, s, doc, mentions, of, actors, last)
        # a title standing for a person named earlier ("le procureur", "le président algérien")
        words = [w for w in re.split(r"[\s'’]+", f) if w]
        content = [w for w in words if w not in self.determiners]
        if content and content[0] in self.role_words:
            a = self.titled_person(content, s, actors, mentions)
            if a is not None:
                return a
            if words[0] in ("le", "la", "l", "son", "sa", "leur") and not content[-1].endswith("s"):
                # a definite title nobody was given ('l'ex-candidat'): the latest person named before it,
                # outside quotation marks unless named there as a speaker ('« …, explique Jean Dupont. … »')
                inside = (doc._.sg_mark_tokens or set()) - self._speaking
                weight: dict[int, float] = {}
                for k, m in enumerate(mentions):
                    if m.end <= s and k in of and actors[of[k]].kind == "person" and m.i not in inside:
                        # salience: how often named so far, more for the recent ones
                        weight[of[k]] = weight.get(of[k], 0) + 1 + m.start / max(s, 1)
                if weight:
                    if re.match(r"\s*,?\s*qui\b", text[e:e + 8]):
                        # the antecedent of a relative ('… de l'ex-candidat, qui a dénoncé'): the latest named
                        return max(weight, key=lambda a: max(ms for ms, _ in actors[a].mentions if ms < s))
                    return max(weight, key=lambda a: (weight[a] + 2 * actors[a].quoted, weight[a]))
        if content and words[0] in ("le", "la", "l", "les") and content[0] in self.gaz.org_words:
            # 'les services pénitentiaires' for 'le FSIN, le service en charge des prisons'
            stem = content[0][:5]
            for a, act in enumerate(actors):
                if act.kind == "organization" and min((ms for ms, _ in act.mentions), default=10**9) < s and any(
                        w[:5] == stem for d in act.descriptions for w in re.split(r"[\s'’]+", fold(d["text"]))):
                    act.mentions.append((s, e))
                    return a
        if content and words[0] in ("le", "la", "l") and (content[0] in self.gaz.org_words):
            # 'la commission' for 'la commission nationale pour …' named before
            for a, act in enumerate(actors):
                if act.kind in ("organization", "group") and any(fold(n).split()[:1] == [content[0]] or
                                                                  fold(n).startswith(("la " + content[0], "le " + content[0], "l'" + content[0]))
                                                                  for n in act.names) and len(" ".join(act.names)) > len(phrase):
                    act.mentions.append((s, e))
                    return a
        # a group or unnamed source: its own actor, named by the noun phrase
        kind = "group" if (content and (content[-1] in self.groups or content[0] in self.groups or words[0] in ("les", "des"))) else "person" if content and content[0] in self.role_words else "group"
        if content and (content[0] in self.gaz.org_words or any(w in self.gaz.org_words for w in content[:2])):
            kind = "organization"
        key = fold(re.sub(r"^(l['’]|le |la |les )", "", phrase, flags=re.I))
        for a, act in enumerate(actors):
            if act.kind == kind and any(fold(re.sub(r"^(l['’]|le |la |les )", "", n, flags=re.I)) == key for n in act.names):
                act.mentions.append((s, e))
                return a
        actors.append(Actor(kind, [" ".join(re.sub(r"^[lL]['’]", "", phrase).split())], [(s, e)]))
        return len(actors) - 1

    def titled_person(self, content: list[str], at: int, actors: list[Actor], mentions) -> int | None:
        """The person named before `at` whose titles best fit a title phrase ('le chef de l'ONU' → the
        secrétaire général de l'ONU; 'le président ukrainien' → the president of Ukraine)."""
        head, rest = content[0], content[1:]
        generic = self.generic_heads
        best = None
        for a, act in enumerate(actors):
            if act.kind != "person":
                continue
            seen = [ms for ms, _ in act.mentions if ms < at]
            if not seen:
                continue
            descs = " ".join(fold(d["text"]) + " " + fold(d.get("org") or "") for d in act.descriptions)
            dwords = set(re.split(r"[\s'’,()]+", descs)) - {""}
            if not dwords:
                continue
            shared = sum(1 for w in rest if len(w) > 2 and any(d[:5] == w[:5] for d in dwords if len(d) > 2))
            # 'le chef de l'ONU' fits any head of the ONU, not any head of anything
            if head in generic:
                has_head = bool(dwords & (self.role_words | self.synonyms.get(head, set()))) and (shared > 0 or not rest)
            else:
                has_head = bool(({head} | self.synonyms.get(head, set())) & dwords)
            score = 2 * has_head + shared
            if score < 2 or (not has_head and shared < 2):
                continue
            key = (score, max(seen))
            if best is None or key > best[0]:
                best = (key, a)
        return best[1] if best else None

    def antecedent(self, p: dict, at: int, doc: Doc, mentions, of, actors, last: list[int]) -> int | None:
        """The actor a subject pronoun stands for: the latest fitting mention outside quotation marks,
        a grammatical subject first (what 'il a ajouté' continues is the story's current speaker)."""
        plural = p.get("number") == "p"
        inside = doc._.sg_mark_tokens or set()
        fits = (lambda act: act.kind in ("group", "country", "organization")) if plural else \
            (lambda act: act.kind == "person")
        candidates = []
        for k in range(len(mentions) - 1, -1, -1):
            m = mentions[k]
            if m.start >= at or k not in of or m.i in inside:
                continue
            if not fits(actors[of[k]]):
                continue
            candidates.append((m, of[k]))
            if len(candidates) >= 6:
                break
        np = self.subject_phrase(doc, at, plural, inside)
        if np is not None and (not candidates or sentence_of(doc[np.i]).start > sentence_of(doc[candidates[0][0].i]).start
                               or (sentence_of(doc[np.i]).start == sentence_of(doc[candidates[0][0].i]).start and np.i > candidates[0][0].i
                                   and not any(doc[t].dep_.startswith("nsubj") for t in range(candidates[0][0].i, candidates[0][0].j)))):
            lo = min(t.i for t in np.subtree if t.dep_ in ("det", "amod", "nmod", "case", "flat:name") or t == np)
            lo = min(lo, np.i)
            hi = np.i
            while hi + 1 < len(doc) and doc[hi + 1] in np.subtree and doc[hi + 1].dep_ in ("amod", "nmod", "case", "det", "flat:name", "fixed"):
                hi += 1
            a = self.actor_for_span(doc, doc[lo].idx, doc[hi].idx + len(doc[hi]), mentions, of, actors, [], None)
            if a is not None:
                return a
        if not candidates:
            return last[0] if last and (plural or actors[last[0]].kind == "person") else None
        sent_of = sentence_of(doc[candidates[0][0].i]).start
        # among the mentions of the nearest sentence that has one, prefer its subject
        near = [c for c in candidates if sentence_of(doc[c[0].i]).start == sent_of]
        for m, a in near:
            if any(doc[t].dep_ in ("nsubj", "nsubj:pass") for t in range(m.i, m.j)):
                return a
        if last and last[0] in {a for _, a in near}:
            return last[0]
        return near[0][1]

    def subject_phrase(self, doc: Doc, at: int, plural: bool, inside: set[int]):
        """The nearest earlier grammatical subject that names a source by a common noun ('les autorités',
        'la commission'), agreeing in number with the pronoun; None when a name is nearer."""
        span_ = tokens_in(doc, at, at + 1)
        if span_ is None:
            return None
        sent = sentence_of(span_[0])
        start = sent.start
        for _ in range(2):
            if start > 0:
                start = sentence_of(doc[start - 1]).start
        for k in range(span_[0].i - 1, start - 1, -1):
            t = doc[k]
            # a subject, or a noun the parser left unattached ('les autorités' tagged 'fixed'); never an object
            if k in inside or t.pos_ != "NOUN" or t.dep_.startswith(("obj", "iobj", "obl", "nmod", "conj", "appos")) \
                    or any(c.dep_ == "case" for c in t.children):
                continue
            number = t.morph.get("Number")
            if number and (("Plur" in number) != plural):
                continue
            f = fold(t.text)
            if f in self.groups or f in self.gaz.org_words or f in self.role_words:
                return t
        return None

    # ------------------------------------------------------------ records
    @guarded("storygraph_actors")
    def __call__(self, doc: Doc) -> Doc:
        text = text_of(doc)
        mentions: list[Mention] = doc._.sg_mentions or []
        quotes: list[Quote] = doc._.sg_quote_marks or []
        actors, of = self.cluster(mentions, text)
        self.describe(doc, mentions, of, actors)
        speakers = self.resolve(doc, quotes, mentions, of, actors)
        keep = [a for a, act in enumerate(actors) if act.kind in ("person", "organization", "country", "group")]
        ids = {a: f"A{n + 1}" for n, a in enumerate(keep)}
        doc._.sg_actors = [
            {"id": ids[a], "name": actors[a].name, "kind": actors[a].kind,
             "mentions": [span(s, e, text) for s, e in sorted(set(actors[a].mentions))],
             "descriptions": actors[a].descriptions}
            for a in keep]
        records = []
        for n, (q, who) in enumerate(zip(quotes, speakers), 1):
            names = [actors[a].name for a in who]
            records.append({
                "id": f"Q{n}", "type": q.type,
                "content": [span(s, e, text) for s, e in q.content],
                "speaker": span(*q.speaker, text) if q.speaker and not q.continues else None,
                "speaker_id": " ; ".join(ids[a] for a in who if a in ids) or None,
                "speaker_name": " ; ".join(names) or None,
                "cue": span(*q.cue, text, lemma=self.spelled.get(q.cue_lemma or "", q.cue_lemma)) if q.cue else None,
                "addressee": span(*q.addressee, text) if q.addressee else None,
                "time_id": None,
            })
        doc._.sg_quotes = records
        return doc


@Language.factory("storygraph_actors", default_config={"lang": "fr"})
def make_actors(nlp: Language, name: str, lang: str) -> ActorResolver:
    """Registered factory: `nlp.add_pipe("storygraph_actors")` after `storygraph_quotes`."""
    return ActorResolver(lang)


for _ext in ("sg_actors", "sg_quotes"):
    if not Doc.has_extension(_ext):
        Doc.set_extension(_ext, default=None)
