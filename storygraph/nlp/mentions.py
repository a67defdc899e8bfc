"""Component `storygraph_mentions`: proper-name mentions (people, organisations, countries, outlets).

spaCy's French NER misses names glued to others ("à France 24 Ji-ho Kang"), tags outlets as people and
people as places; this component re-reads capitalised runs on the parse spaCy made, splits them at known
outlet names and gives each a kind from the language's data.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass

from spacy.language import Language
from spacy.tokens import Doc

from ..lang import countries, resource
from ..lang.names import is_first_name
from ..lang.text import fold, strip_article
from .guard import guarded
from .index import forms

KINDS = ("person", "organization", "country", "group", "media", "place", "other")


@dataclass
class Mention:
    """A name in the text: token range [i, j) and character range [start, end)."""

    i: int
    j: int
    start: int
    end: int
    text: str
    kind: str
    label: str = ""


STARTS_KEY = "storygraph_mentions.starts"


def starting_in(doc: Doc, lo: int, hi: int) -> list[Mention]:
    """The names of `Doc._.sg_mentions` whose first token is in [lo, hi), in the list's order: the rules ask this for
    every cue, and a scan of every name of a long article each time costs more than the rule itself."""
    found = doc._.sg_mentions or []
    idx = doc.user_data.get(STARTS_KEY)
    if idx is None or idx[0] is not found or idx[1] != len(found):
        order = sorted(range(len(found)), key=lambda n: found[n].i)  # stable: the list's order among equal starts
        idx = doc.user_data[STARTS_KEY] = (found, len(found), [found[n].i for n in order], order,
                                           order == list(range(len(found))))
    starts, order = idx[2], idx[3]
    picked = order[bisect_left(starts, lo):bisect_left(starts, hi)]
    if not idx[4]:
        picked.sort()
    return [found[n] for n in picked]


class Gazetteer:
    """The language's name lists, folded for lookup."""

    def __init__(self, lang: str):
        speech = resource(lang, "speech")
        actors = resource(lang, "actors")
        self.media = {fold(m): m for m in speech["media"]}
        self.media_tokens = sorted({tuple(fold(m).split()) for m in speech["media"]}, key=len, reverse=True)
        self.media_by_first: dict[str, list[tuple[str, ...]]] = {}  # longest first, as media_tokens
        for m in self.media_tokens:
            if m:
                self.media_by_first.setdefault(m[0], []).append(m)
        self.org_words = {fold(w) for w in actors["org_words"]}
        # the nouns for a kind of body that may stand before its name ('l'ONG Oxfam', 'l'opérateur Orano')
        self.org_classes = self.org_words | {fold(w) for w in actors.get("org_anaphors", [])}
        self.name_after_class = bool(actors.get("name_after_class_noun", False))
        # organisation names with lower-case words after a country's name ('La France insoumise'): the capitalised
        # run stops at the country, the name goes on
        self.org_names = {strip_article(fold(a)) for k, vs in actors.get("org_aliases", {}).items() for a in [k, *vs]}
        self.particles = {fold(w) for w in actors["name_particles"]}
        # accents kept: folded, 'placé Paolo Reyes en garde à vue' would read as 'la place Paolo Reyes'
        self.street_nouns = {w.lower() for w in actors.get("street_nouns", [])}
        self.honorifics = {fold(w).rstrip(".") for w in actors["honorifics"]}
        # titles as word tuples, longest first: 'Defense Secretary Lloyd Austin' is a title, then a name
        self.roles = sorted({tuple(fold(r).split()) for r in actors["roles"]}, key=len, reverse=True)
        self.roles_by_first: dict[str, list[tuple[str, ...]]] = {}  # longest first, as roles; final dots dropped
        for role in self.roles:
            key = tuple(w.rstrip(".") for w in role)
            if key:
                self.roles_by_first.setdefault(key[0], []).append(key)
        # the words that link a title to its capitalised domain ('ministre de la Santé', 'Secretary of State')
        self.title_links = {fold(w) for w in resource(lang, "grammar").get("title_links", [])}
        self.portfolio_heads = {fold(w) for w in resource(lang, "grammar").get("portfolio_heads", [])}
        # the words an acronym may leave out of the name it stands for ('parquet national financier' → PNF)
        self.acronym_skips = {fold(w).rstrip("'’") for w in resource(lang, "grammar").get("acronym_skips", [])}
        self.country_of: dict[str, str] = {}
        self.iso: dict[str, str | None] = {}
        for name, info in countries(lang).items():
            self.country_of[fold(name)] = name
            self.iso[name] = info.get("iso")
            for alias in info.get("aliases", []):
                if alias[:1].isupper():
                    self.country_of[fold(alias)] = name

    def kind_of(self, text: str, label: str) -> str:
        """The kind of a name from the data lists first, the NER label second."""
        f = fold(text)
        f_noart = strip_article(f)
        if f in self.media or f_noart in self.media:
            return "media"
        if f in self.country_of or f_noart in self.country_of:
            return "country"
        words = set(re.split(r"[\s'-]+", f_noart))
        if words & self.org_words or f_noart in self.org_words:
            return "organization"
        if label == "PER":
            return "person"
        if label == "ORG":
            return "organization"
        if label == "LOC":
            return "place"
        if label == "MISC":
            return "other"
        return "person" if len(text.split()) >= 2 else "other"


def _is_cap(tok) -> bool:
    t = tok.text
    return bool(t) and (t[0].isupper() or (t[0] in "-" and len(t) > 1 and t[1].isupper()))


class MentionFinder:
    """Find proper-name mentions on a parsed Doc."""

    def __init__(self, lang: str = "fr", stop_words: set[str] | None = None):
        self.gaz = Gazetteer(lang)
        self.stop = {w.casefold() for w in (stop_words or set())}
        # time words open sentences ('Hier Bénabar parlait …') but never names
        words = resource(lang, "times")["words"]
        self.stop |= {fold(w) for key in ("relday", "weekday", "month") for w in words[key]}
        self.not_names = {fold(w) for w in resource(lang, "actors").get("not_names", [])}
        # the model's NER labels in the scheme the components read (PER, ORG, LOC, MISC; '' for no name)
        self.ner = {k: v for k, v in resource(lang, "grammar").get("ner_labels", {}).items() if not k.startswith("_")}

    def runs(self, doc: Doc) -> list[tuple[int, int, str]]:
        """Token runs of capitalised words (with name particles inside), labelled with the NER label they touch."""
        ent_label = {}
        for ent in doc.ents:
            label = self.ner.get(ent.label_, ent.label_)
            if not label:
                continue
            for t in ent:
                ent_label[t.i] = label
        out = []
        i, n = 0, len(doc)
        # most words are lower-case: decided on the Doc's array, without making a Token of each
        capital = [bool(w) and (w[0].isupper() or (w[0] == "-" and len(w) > 1 and w[1].isupper())) for w in forms(doc)]
        while i < n:
            if not capital[i]:
                i += 1
                continue
            tok = doc[i]
            if not self._starts_name(tok, ent_label):
                i += 1
                continue
            j = i + 1
            while j < n:
                t = doc[j]
                if t.is_space:
                    break
                # 'Cissé' tagged as a participle is still a name; a sentence cannot start without punctuation
                if _is_cap(t) and (not t.is_sent_start or not (doc[j - 1].is_punct or doc[j - 1].is_space)):
                    j += 1
                elif t.text == "-" and j + 1 < n and doc[j + 1].is_alpha and not doc[j - 1].whitespace_ and not t.whitespace_:
                    j += 2  # hyphenated given names keep their lower-case part ("In-bum", "Jong-un")
                elif t.text.startswith("-") and len(t.text) > 1 and t.text[1:].isalpha() and not doc[j - 1].whitespace_:
                    j += 1
                elif fold(t.text) in self.gaz.particles and self._particles_in_name(doc, j, ent_label):
                    j += 1
                elif t.i in ent_label and ent_label.get(t.i) == ent_label.get(i) and t.text not in (",", "(", ")"):
                    # inside one NER entity lower-case words belong to the name ("Université nationale australienne")
                    if any(doc[k].i in ent_label for k in range(j, min(n, j + 1))):
                        j += 1
                    else:
                        break
                else:
                    break
            while j > i + 1 and (fold(doc[j - 1].text) in self.gaz.particles or doc[j - 1].text == "-"):
                j -= 1
            # a person's name the NER found inside the run starts a new mention ("à la Jeunesse Gabriel Attal")
            for k in range(i + 1, j):
                if doc[k].ent_iob_ == "B" and ent_label.get(k) == "PER" and ent_label.get(k - 1) != "PER" and \
                        not (k == i + 1 and i not in ent_label and doc[i].pos_ == "PROPN" and doc[i].dep_ == "appos"):
                    # (a lone given name the NER left out, set in apposition to a title, is the name's start:
                    # 'le Premier ministre Amadou Keita')
                    out.append((i, k, ent_label.get(i, "")))
                    i = k
                    break
            if fold(doc[i:j].text) in self.not_names:
                i = j
                continue
            labels = [ent_label[k] for k in range(i, j) if k in ent_label]
            # on a tie the first label in the text wins: a set's order would change with the hash seed
            label = max(dict.fromkeys(labels), key=labels.count) if labels else ""
            out.append((i, j, label))
            i = j
        return out

    def _particles_in_name(self, doc: Doc, j: int, ent_label: dict) -> bool:
        """True when the particles from j on ('de', 'von der') lead to a capitalised word of the same named
        entity as the word before them ('Charles de Gaulle', 'Ursula von der Leyen')."""
        k = j
        while k < len(doc) and fold(doc[k].text) in self.gaz.particles and k - j < 3:
            k += 1
        return k < len(doc) and _is_cap(doc[k]) and doc[k].pos_ in ("PROPN", "X", "NOUN") and \
            fold(doc[k].text) not in self.stop and bool(ent_label.get(j - 1)) and ent_label.get(k) == ent_label.get(j - 1)

    def _starts_name(self, tok, ent_label) -> bool:
        if not _is_cap(tok) or tok.is_punct or tok.like_num:
            return False
        if tok.pos_ in ("PROPN", "X") or tok.i in ent_label:
            return not (tok.is_sent_start and fold(tok.text) in self.stop and tok.i not in ent_label)
        if tok.pos_ in ("NOUN", "ADJ") and not tok.is_sent_start and fold(tok.text) not in self.stop:
            return True
        return False

    def split_media(self, doc: Doc, i: int, j: int) -> list[tuple[int, int, bool]]:
        """Split a run where an outlet's name starts or ends inside it."""
        words = [fold(doc[k].text) for k in range(i, j)]
        pieces, k, start = [], 0, 0
        while k < len(words):
            hit = next((m for m in self.gaz.media_by_first.get(words[k], ())
                        if tuple(words[k:k + len(m)]) == m), None)
            if hit and (len(hit) > 1 or len(words) > 1 or True):
                if k > start:
                    pieces.append((i + start, i + k, False))
                pieces.append((i + k, i + k + len(hit), True))
                k += len(hit)
                start = k
            else:
                k += 1
        if start < len(words):
            pieces.append((i + start, j, False))
        return pieces

    def after_leading_title(self, doc: Doc, a: int, b: int, label: str) -> int:
        """Where a person's name starts after a capitalised title that opens the run ('Senator Mark Kelly',
        'Defense Secretary Lloyd Austin'): the title is a description, attached by the reference layer."""
        if not doc[a].text[:1].isupper():
            return a
        words = [fold(doc[k].text).rstrip(".") for k in range(a, b)]
        for role in self.gaz.roles_by_first.get(words[0], ()):
            n = len(role)
            if n < len(words) and role == tuple(words[:n]) and (label == "PER" or is_first_name(doc[a + n].text)):
                return a + n
        return a

    def name_after_title(self, doc: Doc, a: int, b: int) -> int | None:
        """Where a person's name starts inside a run that a title's complement opens ('de la Santé Roman
        Prymula', 'du Travail Anne Morel'): at a known first name followed by another capitalised word."""
        if a == 0 or fold(doc[a - 1].text) not in self.gaz.title_links:
            return None
        for k in range(a + 1, b - 1):
            if is_first_name(doc[k].text) and doc[k + 1].text[:1].isupper():
                return k
        return None

    def body_name_end(self, doc: Doc, a: int, b: int) -> int:
        """Where a body's name ends when it runs on in lower case past its capitalised words ('le Syndicat canadien
        de la fonction publique', 'le Front d'action populaire en réaménagement urbain', 'le Département des
        institutions et du territoire'): through the words the parse hangs on its head noun, to the first verb,
        pronoun, punctuation or proper name (which is its own mention)."""
        def held(t) -> bool:
            while t.head.i != t.i:
                if a <= t.head.i < b:
                    return True
                t = t.head
            return False
        k = b
        while k < len(doc):
            t = doc[k]
            if t.pos_ == "CCONJ" and k + 1 < len(doc) and fold(doc[k + 1].text) in ("de", "du", "d'") and \
                    held(doc[k + 1]) and any(d.pos_ == "ADP" for d in doc[a + 1:k]):
                k += 1  # 'des institutions et du territoire': a second complement like the first ('l'ONU et des …' is not)
                continue
            if t.pos_ not in ("ADJ", "NOUN", "ADP", "DET") or t.is_punct or _is_cap(t) or not held(t):
                break
            k += 1
        while k > b and doc[k - 1].pos_ in ("ADP", "DET", "CCONJ"):
            k -= 1
        return k

    def served(self, doc: Doc, a: int) -> bool:
        """True when a name is the 'de' complement of a one-word title ('le président de Cholet Basket'): the body or
        place the title serves, which the entity model may take for the person holding it."""
        k = a - 1
        if k >= 0 and fold(doc[k].text) in ("la", "l'", "le"):
            k -= 1
        if k < 1 or fold(doc[k].text) not in ("de", "du", "des", "d'"):
            return False
        title = doc[k - 1]
        return title.text[:1].islower() and (fold(title.text),) in self.gaz.roles_by_first.get(fold(title.text), ())

    def headline_noun(self, doc: Doc, a: int, known: set[str]) -> bool:
        """True for the common noun a headline or a sentence opens on before a colon or a preposition ('Grève à la
        SNCF', 'Inflation : …'): capitalised by position only, whatever label the entity model gave it."""
        tok = doc[a]
        if not tok.is_sent_start or tok.pos_ != "NOUN" or a + 1 >= len(doc) or fold(tok.text) in known:
            return False
        if self.gaz.kind_of(tok.text, "") in ("media", "country", "organization"):  # a listed one keeps its name
            return False
        nxt = doc[a + 1]
        return nxt.text == ":" or nxt.pos_ == "ADP"

    def portfolio(self, doc: Doc, a: int) -> bool:
        """True when a capitalised run is a government portfolio: it follows a minister's or a secretary of state's
        title through its links ('ministre de la Santé', 'secrétaire d'État au Numérique')."""
        k = a - 1
        while k >= 0 and a - k <= 2 and fold(doc[k].text) in self.gaz.title_links:
            k -= 1
        return k < a - 1 and k >= 0 and fold(doc[k].text) in self.gaz.portfolio_heads

    @guarded("storygraph_mentions")
    def __call__(self, doc: Doc) -> Doc:
        mentions = []
        runs = self.runs(doc)
        # words of multi-word person names: a lone one opening a sentence is still that name ("Park a dit")
        known = {fold(doc[k].text) for i, j, label in runs if label == "PER" and j - i >= 2 for k in range(i, j)}
        upto = 0  # where the last body's name, run on past its capitalised words, ends
        for i, j, label in runs:
            if i < upto:
                continue
            while i < j - 1 and fold(doc[i].text) in self.stop and doc[i].is_sent_start:
                i += 1  # 'Hier Bénabar parlait': the NER took the adverb into the name
            for a, b, is_media in self.split_media(doc, i, j):
                # a leading honorific ("M.", "Mme") is not part of the name, nor a name on its own ("le Dr")
                a0 = a
                while a < b and fold(doc[a].text).rstrip(".") in self.gaz.honorifics:
                    a += 1
                if a >= b:
                    continue
                if a > a0:
                    label = "PER"  # 'la Dre Sophie Noël', whatever the entity model took it for: an honorific says who
                a = self.after_leading_title(doc, a, b, label)
                k = self.name_after_title(doc, a, b)
                if k is not None:
                    # 'le ministre de la Santé Roman Prymula': the domain of a title, then a person
                    if k - a >= 2 and not self.portfolio(doc, a):
                        mentions.append(Mention(a, k, doc[a].idx, doc[k - 1].idx + len(doc[k - 1]), doc[a:k].text,
                                                self.gaz.kind_of(doc[a:k].text, ""), ""))
                    a = k
                    label = "PER"
                if label != "PER" and self.portfolio(doc, a):
                    continue  # 'le ministre des Transports': the title's domain, no organisation
                if b - a == 1 and doc[a].is_sent_start and doc[a].pos_ not in ("PROPN",) and not label \
                        and fold(doc[a].text) not in known:
                    continue
                if b - a == 1 and self.headline_noun(doc, a, known):
                    continue
                if label == "PER" and self.served(doc, a) and not is_first_name(doc[a].text):
                    label = "ORG"  # 'le président de Cholet Basket', 'le capitaine de Nanterre': whom the title serves
                if label != "PER" and not is_media and fold(doc[a].text) in self.gaz.org_words:
                    b = self.body_name_end(doc, a, b)
                    upto = max(upto, b)
                text = doc[a:b].text
                kind = "media" if is_media else self.gaz.kind_of(text, label)
                if kind in ("place", "other") and self.gaz.name_after_class and a > 0 and doc[a - 1].pos_ == "NOUN" and \
                        fold(doc[a - 1].text) in self.gaz.org_classes:
                    kind = "organization"  # 'la société Trivalor', 'le groupe Vantelis': the name a body's noun sets
                    # beside it, with no preposition, is that body's, whatever the entity model took it for
                if kind == "person" and a > 0 and doc[a - 1].lower_ in self.gaz.street_nouns and \
                        not (a > 1 and doc[a - 2].pos_ in ("NOUN", "PROPN", "PRON")):
                    # 'la place Kim Il Sung': a person's name given to a place names it; after a subject
                    # ('la police place X en garde à vue') the word is the verb
                    kind, label = "place", "LOC"
                if kind == "country":
                    longer = next((k for k in range(min(len(doc), b + 2), b, -1)
                                   if strip_article(fold(doc[a:k].text)) in self.gaz.org_names), None)
                    if longer is not None:
                        b, text, kind = longer, doc[a:longer].text, "organization"
                mentions.append(Mention(a, b, doc[a].idx, doc[b - 1].idx + len(doc[b - 1]), text, kind, label))
        doc._.sg_mentions = mentions
        return doc


@Language.factory("storygraph_mentions", default_config={"lang": "fr"})
def make_mentions(nlp: Language, name: str, lang: str) -> MentionFinder:
    """Registered factory: `nlp.add_pipe("storygraph_mentions")`."""
    return MentionFinder(lang, set(nlp.Defaults.stop_words))


if not Doc.has_extension("sg_mentions"):
    Doc.set_extension("sg_mentions", default=None)
