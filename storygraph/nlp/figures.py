"""Component `storygraph_figures`: quantities the story measures, with value, unit, approximation and source.

Digits ("12 millions", "2,5 millions", "20.000 euros", "41,5%") and number words ("deux millions", "trois
suspects", read by text2num), collective nouns ("une septantaine", "des dizaines de") and the words that make a
figure approximate ("quelque", "plus de") come from `lang/<lang>/figures.json`; currency names from babel's
locale data. Dates, clock times and durations are time expressions, not figures: numbers inside a time
expression or followed by a time unit are left to the times component. The source is whoever the sentence or
its quote says put the figure on record: a 'selon X' on its clause, the subject of a verb that puts numbers on
record ('la police a dénombré 15 000 manifestants'), the author of a report ('selon un bilan de l'AFP'), a report
told inside a quote that names its actor, else the speaker of the quote it sits in (unless the quote only mentions
it in passing, in a relative clause); never a speaker by default.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc, Token
from text_to_num import text2num

from ..lang import resource
from ..story import span
from .guard import guarded
from .index import dependents, nouns, sentence_of, table, text_of, token_at, token_range, tokens_in
from .mentions import fold
from .quotes.marks import headings
from .times import nearest_time
from .times.grammar import trie
from .features import feature

def is_word(c: str) -> bool:
    """True for a character regular expressions count in '\\w' (a letter, a digit or '_')."""
    return c.isalnum() or c == "_"


def low(s: str) -> str:
    """Lower case with one apostrophe, keeping every offset (fold would strip and decompose)."""
    return s.lower().replace("’", "'")


SUBJECTS = ("nsubj", "nsubj:pass", "csubj")
#: personal pronouns: a reporter named so is found through the quote it speaks, never on its own
PRONOUNS = {"je", "j'", "nous", "il", "elle", "ils", "elles", "on", "vous", "tu"}
#: how a report verb's content hangs on it: a clause, an object ('a annoncé la mort de 30 soldats'), 'à X'
CONTENT = ("ccomp", "xcomp", "obj", "parataxis", "obl:arg")
ANAPHORS = {"il", "elle", "ils", "elles"}
RELATIVES = {"qui", "lequel", "laquelle", "lesquels", "lesquelles"}

DIGITS = r"\d{1,3}(?:[ \u00a0\u202f.]\d{3})+(?:,\d+)?|\d+(?:,\d+)?"
# compiled once: figures ask them of every candidate number (`re.match(str, …)` looks the pattern up each call)
NEXT_WORD = re.compile(r"\s*([\w']+)")
YEAR = re.compile(r"(1[89]|20)\d\d")
NAME_MARK = re.compile(r"[-/#°]\s?$")
LAST_WORD = re.compile(r"(\S+)\s+$")
SENTENCE_START = re.compile(r"[.!?»\"]\s*\S+\s+$")
WORD_CHAR = re.compile(r"[\w-]")
DIGIT = re.compile(r"\d")
LAST_LETTERS = re.compile(r"([^\W\d_]+)\s+$")
SYMBOL = re.compile(r"\s*([€$£¥₹₽])")
NEXT_NOUN = re.compile(r"\s+([^\W\d_][\w'’-]*)")
NATIONALITY = re.compile(r"\s+([a-zàâçéèêëîïôûùüÿœ][\w-]*(?:ais|ain|aine|ien|ienne|iens|iennes|ois|oise|ais|aises|ains|aines))\b")
AND_ONE = re.compile(r"\s+et\s+(une?)\s+([A-ZÉa-zàâçéèêëîïôûùüÿœ][\w-]+)")
CLAUSE_MARK = re.compile(r"[,.;:!?«»()\"]")
#: a word boundary before the character just matched, where that character is a letter or a digit
AFTER_FIRST = r"(?<!\w.)"


def after_first_digit(digits: str) -> str:
    """A number pattern ('\\d{1,3}(…)+…|\\d+…') with its first digit taken off each branch, to follow one '\\d'."""
    head, tail = digits.split("|")
    assert head.startswith(r"\d{1,3}") and tail.startswith(r"\d+"), digits
    return r"\d{0,2}" + head[len(r"\d{1,3}"):] + r"|\d*" + tail[len(r"\d+"):]


@lru_cache(maxsize=4)
def currencies(lang: str) -> frozenset[str]:
    """Folded currency words of a language: the head word of every currency name babel knows, plus extras."""
    words = {fold(w) for w in resource(lang, "figures")["currency_extra"]}
    try:
        from babel.numbers import get_currency_name, list_currencies

        for code in list_currencies():
            for count in (1, 2):
                name = get_currency_name(code, count=count, locale=lang)
                if name and name != code:
                    words.add(fold(name.split()[0]))
    except Exception:  # noqa: BLE001 — babel missing or no locale data: the extras still hold
        pass
    # the head word of a name is not always the currency ('nouveau shekel', 'droits de tirage spéciaux', 'colón')
    return frozenset(words - {fold(w) for w in resource(lang, "figures").get("not_currencies", [])})


class FigureFinder:
    """Find figures on a parsed Doc whose quotes and times are already known."""

    def __init__(self, lang: str = "fr"):
        self.lang = lang
        d = resource(lang, "figures")
        self.scales = {fold(k): v for k, v in d["scales"].items()}
        self.collectives = {fold(k): v for k, v in d["collectives"].items()}
        self.plural_factor = d.get("plural_collective_factor", 2)
        self.approx_before = sorted({low(w) for w in d["approx_before"]}, key=len, reverse=True)
        self.span_prefixes = sorted({low(w) for w in d["span_prefixes"]}, key=len, reverse=True)
        self.time_units = {fold(w) for w in d["time_units"]}
        self.percent = [low(w) for w in d["percent"]]
        # compiled once: the alternation tries the words in the data's order, as a loop over them would
        self._percent_re = re.compile(r"\s*(?:" + "|".join(map(re.escape, self.percent)) + ")")
        self._approx_res = [(p, re.compile(rf"(?:^|\W){re.escape(p)}\s*$"), re.compile(rf"{re.escape(p)}\s*$"))
                            for p in self.approx_before]
        self.rates = [low(w) for w in d["rate_words"]]
        self.symbols = d["currency_symbols"]
        self.not_counted = {fold(w) for w in d["not_counted"]}
        self.definite = {fold(w) for w in d["definite_determiners"]}
        self.party_nouns = {fold(w) for w in d.get("party_nouns", [])}
        self.currencies = currencies(lang)
        speech = resource(lang, "speech")
        verbs = {fold(v) for v in speech["verbs"]} | {fold(v) for vs in speech.get("frames", {}).values() for v in vs} | \
            {fold(v) for v in d["report_verbs"]}
        # 's'engager à': the lemma is the bare verb, the clitic must be there ('engager des troupes' reports nothing)
        self.reflexive_reports = {v.split(" ", 1)[1] if v.startswith("se ") else v[2:]
                                  for v in verbs if v.startswith(("se ", "s'"))}
        self.speech_verbs = {v for v in verbs if not v.startswith(("se ", "s'"))}
        # verbs whose business is to put a number on record take it wherever it stands ('estime à 300 le nombre');
        # a speech verb reports what its content clause or object says, not its adjuncts ('lancer une grève où …')
        reports = {fold(v) for v in d["report_verbs"]}
        self.report_verbs = {v for v in reports if not v.startswith(("se ", "s'"))}
        # 's'attendre à': a forecast puts its number on record only with the clitic ('attendre 3 000 invités' is
        # also a forecast, 'attendre des renforts' no report at all)
        self.reflexive_number_reports = {v.split(" ", 1)[1] if v.startswith("se ") else v[2:]
                                         for v in reports if v.startswith(("se ", "s'"))}
        self.according = {fold(w) for w in speech["according_to"]} - {fold(w) for w in d["not_according"]}
        self.report_nouns = {fold(w) for w in d["report_nouns"]}
        # the words that join number words ('vingt et un', 'one hundred and five'), never a number alone
        self.joiners = {fold(w) for w in d.get("number_joiners", [])}
        # as a trie: it tries the words that match at a place longest first, as the sorted alternation would
        number_words = {fold(w) for w in d["number_words"]} - self.joiners
        word = "(?:" + trie(number_words) + ")"
        join = "".join(rf"|\s+{re.escape(j)}\s+" for j in sorted(self.joiners, key=len, reverse=True))
        # 'quatre-vingt-dix', 'vingt et un', 'deux mille cinq cents': words joined by hyphens, spaces or 'et'
        self.word_re = re.compile(rf"\b{word}(?:(?:-|\s+{join}){word})*\b", re.I)
        # the same, matched on the lower-cased text (much faster than IGNORECASE over a long alternation); the
        # word boundary is checked after the first letter, where it leaves the engine a set of first letters to
        # skip to (the whole pattern tried at every position of a long text cost more than the rest of the scan)
        first = "(?:" + trie(number_words, AFTER_FIRST) + ")" if all(w[:1].isalnum() for w in number_words) \
            else rf"\b{word}"
        self.word_re_low = re.compile(rf"{first}(?:(?:-|\s+{join}){word})*\b")
        # number words that are articles when alone ('un', 'une'), and scale words that take no further scale
        self.article_numbers = {fold(w) for w in d.get("article_numbers", [])}
        # the words of references that a number completes ('page 12', 'résolution 1405')
        refs = sorted((re.escape(w) for w in d.get("reference_words", [])), key=len, reverse=True)
        self._reference_re = re.compile(r"\b(?:" + "|".join(refs) + r")\.?\s*$", re.I) if refs else None
        # lower-case words before a number that keep a capitalised word before them out of a name ('plus de')
        self.not_name_words = {fold(w) for w in d.get("not_name_words", [])}
        # the cases of a report noun's author ('un bilan du ministère'), the words that link a number to its unit
        # ('2 000 de dollars', '3 d'entre eux'), and the words that are no unit after a number
        self.of_cases = {fold(w) for w in d.get("of_cases", [])}
        self.share_nouns = {fold(w) for w in d.get("share_nouns", [])}
        links = sorted(d.get("unit_links", []), key=len, reverse=True)
        link = "|".join(re.escape(w[:-1]) + "['’]" if w.endswith("'") else re.escape(w) + r"\s+" for w in links)
        self._unit_re = re.compile(r"\s*(?:(?:" + link + r")\s*)?([^\W\d_][\w'’-]*)" if links else r"\s*([^\W\d_][\w'’-]*)")
        self.not_units = {fold(w) for w in d.get("not_units", [])}
        # adjectives that stand between a number and its noun ('deux autres syndicats', '120 nouveaux cas')
        self.pre_adjectives = {fold(w) for w in d.get("pre_adjectives", [])}
        # 'estime à 300 le nombre de morts': the counted noun follows a count noun after the number
        counts = "|".join(r"\s+".join(map(re.escape, c.split()))
                          for c in sorted(d.get("count_nouns", []), key=len, reverse=True))
        of = "|".join(re.escape(w[:-1]) + "['’]" if w.endswith("'") else re.escape(w) + r"\s+"
                      for w in sorted(d.get("of_cases", []), key=len, reverse=True))
        self._count_re = re.compile(r"\s+(?:" + counts + r")\s+(?:" + of + r")\s*([^\W\d_][\w'’-]*)", re.I) \
            if counts and of else None
        # 'des dizaines de milliers': the word after a collective's 'de'
        self._link_re = re.compile(r"\s+(?:" + link + r")\s*([^\W\d_]+)") if links else None
        # units named before the number ('un séisme de magnitude 6')
        self.units_before = {fold(w) for w in d.get("units_before", [])}
        # adjectives standing for a noun said before ('250 voix, loin des 289 nécessaires')
        self.elided = {fold(w) for w in d.get("elided_adjectives", [])}
        # a language whose nouns take a year after them ('les niveaux de 2005') counts with a year-like number
        # before a plural noun ('2000 demandeurs'); English puts the year first ('2005 levels')
        self.year_modifies_after = bool(d.get("year_modifies_after", False))
        # 'trois trains sur quatre': a share told as two numbers, the noun between them
        ratio = "|".join(map(re.escape, d.get("ratio_words", []))) or "(?!)"
        self._ratio_re = re.compile(r"(?:\s+[^\W\d_][\w'’-]*){0,4}\s+(?:" + ratio + r")\s+")
        self.ratio_unit = d.get("ratio_unit", "ratio")
        # what joins the two bounds of a range ('entre 20 et 30', 'de 5 à 7')
        self._range_re = re.compile(r"\s*(?:" + "|".join(map(re.escape, d.get("range_joiners", []))) + r")\s*") \
            if d.get("range_joiners") else re.compile("(?!)")
        # verbs whose object is a report: their subject wrote it ('la police a dressé un bilan de 12 morts')
        self.report_noun_verbs = {fold(v) for v in d.get("report_noun_verbs", [])}
        self.whole_scales = {fold(w) for w in d.get("whole_scales", [])}
        scale = "(?:" + "|".join(map(re.escape, sorted(self.scales, key=len, reverse=True))) + ")"
        # a scale word after number words ('deux millions'), in the data's order as before
        self._scale_after = re.compile(r"\s+(" + "|".join(map(re.escape, self.scales)) + r")\b")
        # the number format: thousands grouped by spaces or points and a decimal comma in French ('12 500,5'),
        # by commas with a decimal point in English ('12,500.5')
        groups = "".join(d.get("thousands_separators", [" ", "\u00a0", "\u202f", "."]))
        self.decimal = d.get("decimal_mark", ",")
        self._group_re = re.compile("[" + re.escape(groups) + "]")
        sep, dec = "[" + re.escape(groups) + "]", re.escape(self.decimal)
        digits = rf"\d{{1,3}}(?:{sep}\d{{3}})+(?:{dec}\d+)?|\d+(?:{dec}\d+)?" if self.decimal != "," or groups != " \u00a0\u202f." else DIGITS
        # a currency symbol before the number ('$40 million') rather than after it ('40 €')
        self.symbol_before = bool(d.get("currency_symbol_before", False))
        # the look-behind after the first digit: a pattern that opens on a digit is only tried where one stands
        self.num_re = re.compile(rf"(?P<num>\d(?<![\w.,/-]\d)(?:{after_first_digit(digits)}))"
                                 rf"(?:\s*(?P<scale>{scale})\b)?(?P<pct>\s*%)?(?![\w-]|,\d|\.\d)", re.I)
        words = sorted(d.get("collective_determiners", []), key=len, reverse=True)
        colls = "|".join(sorted(self.collectives, key=len, reverse=True))
        dets = [re.escape(w) for w in words] or ["(?!)"]
        self.coll_re = re.compile(r"\b(?P<det>" + "|".join(dets) + r")\s+(?P<coll>" + colls + r")(?P<pl>s?)\b", re.I)
        # the same on the lower-cased text, the boundary checked after the first letter (as for number words)
        dets = [re.escape(w[0]) + AFTER_FIRST + re.escape(w[1:]) for w in (w.lower() for w in words) if w] \
            if words and all(w[:1].isalnum() for w in words) else None
        self.coll_re_low = re.compile(r"(?P<det>" + "|".join(dets) + r")\s+(?P<coll>" + colls + r")(?P<pl>s?)\b") \
            if dets else None

    # ------------------------------------------------------------------ numbers
    def candidates(self, text: str) -> list[tuple[int, int, float, bool]]:
        """(start, end, value, approx) of every number in the text, digits, words and collectives."""
        out = []
        for m in self.num_re.finditer(text):
            raw = self._group_re.sub("", m.group("num")).replace(self.decimal, ".")
            try:
                value = float(raw)
            except ValueError:
                continue
            if m.group("scale"):
                value *= self.scales[fold(m.group("scale"))]
            out.append((m.start(), m.end("scale") if m.group("scale") else m.end("num"), value, False))
        low_text = text.lower()
        same = len(low_text) == len(text)  # case folding kept every offset
        for m in (self.word_re_low.finditer(low_text) if same else self.word_re.finditer(text)):
            words = text[m.start():m.end()]
            if fold(words) in self.joiners or fold(words) in self.article_numbers and not self.shares_one(text, low_text, m.end()):
                continue
            try:
                value = float(text2num(words.lower(), self.lang))
            except ValueError:
                continue
            end = m.end()
            sm = self._scale_after.match(low(text[end:end + 20]))
            if sm and fold(words) not in self.whole_scales:
                value *= self.scales[sm.group(1)]
                end += sm.end()
            out.append((m.start(), end, value, False))
        for m in (self.coll_re_low.finditer(low_text) if same and self.coll_re_low else self.coll_re.finditer(text)):
            value = self.collectives[fold(m.group("coll"))]
            if m.group("pl") or fold(m.group("det")) in ("des", "plusieurs", "quelques"):
                value *= self.plural_factor
            end = m.end()
            # 'des dizaines de milliers': a collective of thousands
            big = self._link_re.match(text[end:end + 20]) if self._link_re else None
            if big and (fold(big.group(1)).rstrip("s") in self.collectives or fold(big.group(1)) in self.scales):
                scale = self.collectives.get(fold(big.group(1)).rstrip("s")) or self.scales[fold(big.group(1))]
                if scale >= 1000:
                    value *= scale
                    end += big.end()
            out.append((m.start(), end, float(value), True))
        out.sort(key=lambda x: (x[0], -x[1]))
        kept, last_end = [], -1
        for c in out:
            if c[0] >= last_end:
                kept.append(c)
                last_end = c[1]
        return kept

    def shares_one(self, text: str, low_text: str, e: int) -> bool:
        """True when 'un'/'une' ending at e opens a share ('un électeur sur deux'): a numeral, not an article."""
        r = self._ratio_re.match(low_text, e)
        return bool(r and (self.num_re.match(text, r.end()) or self.word_re_low.match(low_text, r.end())))

    def takes_up_parties(self, doc: Doc, e: int) -> bool:
        """True when the noun right after a number ending at e names participants ('les deux pays'), not a thing
        counted ('les deux votes', 'les deux autres syndicats')."""
        last = token_at(doc, e - 1)
        if last is None or last.i + 1 >= len(doc):
            return False
        noun = table(doc).toks[last.i + 1]
        return fold(noun.text) in self.party_nouns or fold(noun.lemma_) + "s" in self.party_nouns

    def is_time(self, text: str, s: int, e: int, times: list[tuple[int, int]], doc: Doc | None = None) -> bool:
        """Inside a time expression, followed by a time unit or an ordinal suffix, or a bare year (unless a plural
        noun follows it: '2000 demandeurs' is a count)."""
        k = bisect_right(times, (s, 1 << 30))  # times are sorted and never overlap: only the neighbours can hold s or e
        if any(ts <= s < te or ts < e <= te for ts, te in times[max(0, k - 1):k + 2]):
            return True
        nxt = NEXT_WORD.match(text[e:e + 30])
        if nxt and fold(nxt.group(1)) in self.time_units:
            return True
        if YEAR.fullmatch(text[s:e]):
            after = token_at(doc, e + len(text[e:e + 5]) - len(text[e:e + 5].lstrip())) \
                if doc is not None and self.year_modifies_after else None
            # a year the times component did not take ('en 2019' always is one)
            return after is None or after.pos_ != "NOUN" or "Plur" not in feature(after, "Number")
        return False

    def in_name(self, text: str, s: int, e: int) -> bool:
        """Part of a name or a reference: 'Type 73', 'AK-47', 'Hwasong-15', 'COVID-19', 'G7', 'page 12', 'n° 3'."""
        before = text[max(0, s - 12):s]
        if NAME_MARK.search(before) or (self._reference_re is not None and self._reference_re.search(before)):
            return True
        word = LAST_WORD.search(before)
        if word and word.group(1)[:1].isupper() and word.group(1).isalpha() and len(word.group(1)) > 1 \
                and not SENTENCE_START.search(before) and s - len(word.group(0)) > 0 \
                and fold(word.group(1)) not in self.not_name_words:
            return True  # a capitalised word right before, inside a sentence: 'Type 73', 'Boeing 737'
        return bool(WORD_CHAR.match(text[e:e + 1]))

    # ------------------------------------------------------------------ run
    @guarded("storygraph_figures")
    def __call__(self, doc: Doc) -> Doc:
        doc._.sg_figures = self.records(doc)
        return doc

    def records(self, doc: Doc) -> list[dict]:
        """The Story's `figures` list."""
        text = text_of(doc)
        times = doc._.sg_times or []
        quotes = doc._.sg_quotes or []
        tspans = sorted((t["start"], t["end"]) for t in times)
        out: list[dict] = []
        prev_unit: tuple[int, str] | None = None
        actor_at = self.actor_index(doc)
        # read off what the quotes component found, not scanned again
        own_words = doc._.sg_mark_tokens or set()
        titles = doc._.sg_headings if doc._.sg_headings is not None else headings(text)
        found = self.candidates(text)
        made: dict[int, int] = {}  # candidate → its figure in `out`
        for k, (s, e, value, approx) in enumerate(found):
            if self.is_time(text, s, e, tspans, doc) or self.in_name(text, s, e):
                continue
            tok = token_at(doc, s)
            if tok is None or out and s < out[-1]["end"]:
                continue  # 'pour cent' after a number is its unit, no number of its own
            if fold(text[s:e]) in self.article_numbers and not (
                    k + 1 < len(found) and self._ratio_re.fullmatch(text, e, found[k + 1][0]) and
                    found[k + 1][2] > 1 and self.unit(doc, text, found[k + 1][1])[1] is None):
                continue  # 'un' counts only as the first number of a share
            if k and self._ratio_re.fullmatch(text, found[k - 1][1], s) and value >= found[k - 1][2] > 0 \
                    and self.unit(doc, text, e)[1] is None:
                # 'trois trains sur quatre': the second number divides the first, one figure for both (and none
                # where the first is no figure: '24 heures sur 24')
                if k - 1 in made:
                    f = out[made[k - 1]]
                    f.update(span(f["start"], e, text), value=round(found[k - 1][2] / value, 4), unit=self.ratio_unit)
                continue
            if not DIGIT.match(text[s]) and tok.i > 0 and fold(table(doc).texts[tok.i - 1]) in self.definite and not approx \
                    and self.takes_up_parties(doc, e):
                continue  # 'les deux hommes', 'leurs deux pays': the participants named before, no new count
            start, approx = self.prefix(text, s, approx)
            if self.symbol_before and s > 0 and text[s - 1] in self.symbols:
                start, end, unit = min(start, s - 1), e, self.symbols[text[s - 1]]  # '$40 million'
            else:
                end, unit = self.unit(doc, text, e)
            if unit is None and text[s:e].rstrip().endswith("%"):
                unit = "%"
            if unit is None and k + 1 < len(found) and self._range_re.fullmatch(text[e:found[k + 1][0]]):
                unit = self.unit(doc, text, found[k + 1][1])[1]  # 'entre 20 et 30 morts': the bound's unit too
            before = LAST_LETTERS.search(text[max(0, start - 20):start])
            if unit is None and before and fold(before.group(1)) in self.units_before:
                unit, start = before.group(1), start - len(before.group(0))
            sent = sentence_of(tok)
            if (unit is None or fold(unit) in self.elided) and prev_unit and prev_unit[0] == sent.start:
                unit = prev_unit[1]  # 'quelque 12 millions d'obus … et environ 7 millions': the same unit
            if unit is None or fold(unit) in self.not_counted:
                continue
            if unit != "%" and fold(unit) in self.time_units:
                continue
            prev_unit = (sent.start, unit)
            q = next((q for q in quotes if any(c["start"] <= s < c["end"] for c in q["content"])), None)
            marked = tok.i in own_words
            headline = any(hs <= s < he for hs, he in titles)
            source_id, source = self.source(doc, tok, q, quotes, actor_at, marked, headline)
            out.append({
                "id": f"F{len(out) + 1}", **span(start, end, text),
                "value": int(value) if value == int(value) else value, "unit": unit, "approx": approx,
                "about": self.about(text, sent, end, None if unit == "%" or fold(unit) in self.currencies else unit),
                "time_id": self.time_for(times, sent, s),
                "source_id": source_id,
                "source": source,
                "quote_id": q["id"] if q else None,
            })
            made[k] = len(out) - 1
        self.coordinated_ones(doc, text, out)
        return out

    # ------------------------------------------------------------------ source
    def actor_index(self, doc: Doc) -> dict[int, dict]:
        """Token index → the actor one of whose mentions covers it."""
        out: dict[int, dict] = {}
        for a in doc._.sg_actors or []:
            for m in a["mentions"]:
                ij = token_range(doc, m["start"], m["end"])
                for i in range(*ij) if ij is not None else ():
                    out.setdefault(i, a)
        return out

    def source(self, doc: Doc, tok: Token, q: dict | None, quotes: list[dict],
               actor_at: dict[int, dict], marked: bool = False, headline: bool = False) -> tuple[str | None, str | None]:
        """(actor id, name) of whoever put the figure on record: the grammar of its own sentence (the innermost
        report verb or 'selon X' above it), unless that is the quote's own attribution, whose speaker the quotes
        component resolved with more context; else the quote's speaker; else no one. `marked`: the figure stands
        between quotation marks, in the speaker's own words; `headline`: it stands in a title, where the quotes
        component attributes nothing but a verb of saying still names who put the number out ('Le Mali annonce
        la mort de 20 soldats')."""
        # outside a quote, only a 'selon X' or a verb whose business is numbers names a source: a speech verb the
        # quotes component found no reported speech for reports nothing here. Inside a quote, a report told within
        # it ('le ministre a déclaré que …', 'selon l'ONU, qui estime à …') overrides the quote's speaker when it
        # names an actor; the quote's own attribution is the quotes component's business.
        found = self.reporter(tok, speech=q is not None or headline)
        if found is not None and (q is None or self.inside(found, q) or self._case(found) in self.according):
            named = self.name_of(found, quotes, actor_at)
            if named is not None and (q is None or named[0] is not None or self._case(found) in self.according):
                return named
        if q is None:
            return None, None
        cue = fold((q.get("cue") or {}).get("text") or "")
        if q.get("type") != "direct" and not marked and cue not in self.according and self.background(tok, q):
            # a 'selon X' covers its whole clause; a verb of saying claims its proposition, not what it mentions
            # (words the speaker is quoted in are claimed whole: 'un « conflit qui oppose deux pays »')
            return None, None
        if q.get("speaker"):
            sp = tokens_in(doc, q["speaker"]["start"], q["speaker"]["end"])
            root = sp.root if sp is not None else None  # `Span.root` walks the span's words on every call
            if sp is not None and fold(root.lemma_) in self.report_nouns:
                # 'selon un bilan de l'AFP': the report's author, not the report
                named = self.name_of(root, [], actor_at)
                if named is not None:
                    return named
            if sp is not None and root.pos_ == "NOUN" and q.get("speaker_name") and \
                    fold(q["speaker_name"]) in (fold(root.text), fold(sp.text)):
                # 'selon l'armée', the article having said 'l'armée israélienne'
                # the quotes component's span bounds the name ('un responsable, sous couvert d'anonymat')
                inner = [x for x in self.phrase(root) if sp.start <= x.i < sp.end]
                return (q.get("speaker_id") or "").split(" ; ")[0] or None, self.fuller(root, inner)
        # several speakers ('A ; B'): the figure is put on record by the first, as its id says
        return (q.get("speaker_id") or "").split(" ; ")[0] or None, (q.get("speaker_name") or "").split(" ; ")[0] or None

    @classmethod
    def background(cls, tok: Token, q: dict | None = None) -> bool:
        """True when the figure stands in a relative or participle clause inside a noun phrase ('le scrutin auquel
        ont participé huit millions d'électeurs') or in a clause of what came before ('après que des tirs ont
        blessé deux soldats'): what a reported statement mentions in passing, not what it claims (an infinitive
        complement is the claim itself: 'la garantie de laisser passer 20 camions'). A relative clause that is the
        whole of the quote `q`'s content is the claim itself, misread ('a annoncé la semaine dernière qu'il
        consacrerait …', its 'qu'' read as a relative pronoun of 'semaine')."""
        t = tok
        for _ in range(12):
            head = t.head
            if head.i == t.i:
                return False
            if t.dep_ in ("acl", "acl:relcl") and t.pos_ in ("VERB", "AUX") and "Inf" not in feature(t, "VerbForm"):
                return q is None or not cls.inside(t, q) or cls.inside(head, q)
            if t.dep_ == "advcl" and any(fold(c.text) in ("apres", "avant", "depuis") for c in dependents(t) if c.dep_ == "mark"):
                return True
            t = head
        return False

    @staticmethod
    def inside(t: Token, q: dict) -> bool:
        """True when a token lies in the quote's content (a report told within the quote)."""
        return any(c["start"] <= t.idx < c["end"] for c in q["content"])

    def reporter(self, tok: Token, speech: bool = True) -> Token | None:
        """The token naming who reports the clause a figure stands in. Climbing from the figure, the first
        'selon X' on the clause, or the subject of the first report verb whose content holds the figure ('estime
        à', 'a affirmé que', 'le parquet a requis'); a relative or participle clause inside a noun phrase is a
        statement of its own, so the climb ends there; a figure that is the report verb's subject is not its
        content ('88 % des électeurs soutiennent')."""
        t, via, came = tok, "", tok
        for _ in range(12):
            kids = dependents(t)
            for c in kids:
                if c.dep_.startswith(("obl", "advmod", "nmod")) and c.i != tok.i and self._case(c) in self.according:
                    return c  # 'ont fait 1.170 morts, selon l'AFP'
            # a verb the tagger took for a noun or an adjective still heads its clause ('Le FMI table sur …')
            verb = t.pos_ in ("VERB", "AUX") or t.dep_ == "ROOT" and any(c.dep_ in SUBJECTS for c in kids)
            # a report speaks for its author wherever it is told ('un rapport de l'ONU évoque 300 victimes')
            by_report = any(c.dep_ in SUBJECTS and fold(c.lemma_) in self.report_nouns for c in kids)
            if verb and via not in SUBJECTS and (self.reports(t, via, speech or by_report) or
                                                 (by_report and via in CONTENT or via == "obj" and came.i != tok.i and
                                                  fold(came.lemma_) in self.report_nouns) and
                                                 self.verb_lemmas(t) & self.report_noun_verbs):
                subj = self.subject(t)
                if subj is not None:
                    return subj
            head = t.head
            if head.i == t.i or t.dep_ in ("acl", "acl:relcl") and t.pos_ in ("VERB", "AUX", "ADJ"):
                break
            via, came, t = t.dep_, t, head
        return None

    @staticmethod
    def verb_lemmas(v: Token) -> set[str]:
        """The verb's lemma and the first-group infinitives its form may stand for ('estime' left as its own lemma)."""
        lemmas = {fold(v.lemma_)}
        form = fold(v.text)
        for suffix in ("e", "es", "ent", "ait", "aient", "ant", "ee", "ees"):
            if form.endswith(suffix) and len(form) > len(suffix) + 2:
                lemmas.add(form[: -len(suffix)] + "er")
        return lemmas

    def reports(self, v: Token, via: str, speech: bool = True) -> bool:
        """True when the verb puts on record what hangs on it through `via`."""
        lemmas = self.verb_lemmas(v)
        if lemmas & self.report_verbs:
            return True
        if lemmas & self.reflexive_number_reports and self.reflexive(v):
            return True
        if via not in CONTENT or not speech:
            return False
        if lemmas & self.speech_verbs:
            return True
        return bool(lemmas & self.reflexive_reports) and self.reflexive(v)

    @staticmethod
    def reflexive(v: Token) -> bool:
        """True when the verb has its reflexive clitic ('s'attendent', 'se félicite')."""
        return any(fold(c.text).replace("’", "'") in ("se", "s'") for c in dependents(v))

    def _case(self, c: Token) -> str:
        kids = dependents(c)
        words = sorted([g for g in kids if g.dep_ == "case"] +
                       [f for g in kids if g.dep_ == "case" for f in dependents(g) if f.dep_ == "fixed"], key=lambda x: x.i)
        return " ".join(fold(g.text) for g in words).replace("' ", "'").replace("’ ", "'")

    def subject(self, v: Token) -> Token | None:
        """A report verb's subject: its own, that of the clause a participle or gerund hangs on ('…, assurant
        que'), or the antecedent of a relative 'qui' ('l'ONU, qui estime à 100 …')."""
        for _ in range(3):
            subj = next((c for c in dependents(v) if c.dep_ in SUBJECTS), None)
            head = v.head
            if subj is not None:
                if fold(subj.text) in RELATIVES and v.dep_ == "acl:relcl" and head.i != v.i:
                    return head
                return subj
            if v.dep_ in ("advcl", "conj", "xcomp") and head.i != v.i and head.pos_ in ("VERB", "AUX"):
                v = head
                continue
            return None
        return None

    def name_of(self, t: Token, quotes: list[dict], actor_at: dict[int, dict]) -> tuple[str | None, str] | None:
        """(actor id, name) for the phrase a token heads: the speaker a quote gives it, the actor it names (a
        person named in a titled phrase: 'le ministre de l'Intérieur, X'), the author of a report ('un bilan de
        l'AFP', 'les chiffres annoncés par X'), else the phrase itself ('le parquet'); a pronoun outside any
        quote attribution names no one here."""
        if fold(t.lemma_) in self.share_nouns:
            group = next((c for c in dependents(t) if c.dep_ == "nmod" and self._case(c) in self.of_cases), None)
            if group is not None:  # 'la plupart des analystes': the analysts, as a group
                return None, self.fuller(group, self.phrase(group))
        words = self._clause_words(t)
        if fold(t.lemma_) in self.report_nouns:
            for c in dependents(t):
                if c.dep_ == "nmod" and self._case(c) in self.of_cases:
                    if actor_at.get(c.i) is not None and actor_at.get(c.i) is actor_at.get(t.i):
                        # one mention spans the report and its author ('un bilan du ministère'): the author's words
                        return None, self.fuller(c, self.phrase(c))
                    return self.name_of(c, [], actor_at)  # the quote's speaker is the report; its author is named here
                if c.dep_ == "acl" and "Part" in feature(c, "VerbForm"):
                    agent = next((g for g in dependents(c) if g.dep_ == "obl:agent" or
                                  g.dep_.startswith("obl") and self._case(g) == "par"), None)
                    if agent is not None:  # 'les résultats provisoires publiés par le président de la commission'
                        return self.name_of(agent, [], actor_at)
            return None  # 'selon un bilan officiel': a report no one is named as writing
        for q in quotes:
            sp = q.get("speaker")
            if sp and q.get("speaker_name") and any(sp["start"] <= x.idx < sp["end"] for x in words):
                name = q["speaker_name"].split(" ; ")[0]
                if t.pos_ == "NOUN" and fold(name) in (fold(t.text), fold(t.lemma_)):
                    name = self.fuller(t, self.phrase(t))  # 'selon l'armée', the article having said 'l'armée israélienne'
                return (q.get("speaker_id") or "").split(" ; ")[0] or None, name
        if fold(t.text) in ANAPHORS and t.dep_ in SUBJECTS:
            ante = self.antecedent(t)
            return self.name_of(ante, quotes, actor_at) if ante is not None else None
        if fold(t.text) in PRONOUNS or t.pos_ == "PRON":
            return None
        if t.i in actor_at:
            a = actor_at[t.i]
            return a["id"], a["name"]
        people = [actor_at[x.i] for x in words if x.i in actor_at and actor_at[x.i]["kind"] == "person"]
        if people:
            return people[0]["id"], people[0]["name"]
        if t.pos_ != "NOUN":
            return None
        return None, self.fuller(t, self.phrase(t))

    @staticmethod
    def antecedent(t: Token) -> Token | None:
        """A subject pronoun's antecedent: the nearest subject noun before it, in its sentence or the one before
        ('Le parquet a requis … Il a requis …')."""
        sent = sentence_of(t)
        toks = table(t.doc).toks
        lo = sentence_of(toks[sent.start - 1]).start if sent.start > 0 else sent.start
        for x in reversed(toks[lo:t.i]):
            if x.dep_ in SUBJECTS and x.pos_ in ("NOUN", "PROPN"):
                return x
        return None

    @staticmethod
    def _clause_words(t: Token) -> list[Token]:
        """The words under a token, in order, but for those of the relative and participle clauses below it."""
        out, todo = [t], [t]
        while todo:
            for c in dependents(todo.pop()):
                if c.dep_ not in ("acl:relcl", "acl"):
                    out.append(c)
                    todo.append(c)
        return sorted(out, key=lambda x: x.i)

    def phrase(self, t: Token) -> list[Token]:
        """The words of a noun phrase: its head, determiners, adjectives and 'de' complements, up to a comma or a
        clause."""
        keep = [t]
        for c in dependents(t):
            if c.dep_ in ("det", "amod", "nmod", "flat:name", "fixed", "case", "appos", "compound") and \
                    not (c.like_num and c.pos_ != "ADJ" and fold(c.text) not in self.article_numbers):
                # an ordinal and an article stay ('le Premier ministre', 'un responsable local')
                keep += [x for x in c.subtree if not x.is_punct]  # ('20 000 selon les organisateurs': the count is no name)
        keep.sort(key=lambda x: x.i)
        lo = t.i
        while lo > 0 and any(x.i == lo - 1 for x in keep):
            lo -= 1
        hi = t.i
        tab = table(t.doc)
        while any(x.i == hi + 1 for x in keep) and tab.texts[hi + 1] != ",":
            hi += 1
        return [x for x in tab.toks[lo:hi + 1] if x.dep_ != "case" or x.i > t.i]

    def fuller(self, t: Token, phrase: list[Token]) -> str:
        """'l'armée' where the article also says 'l'armée israélienne': a bare institution noun is the one
        qualified form the article gives it (several forms: it stays as it is)."""
        text = text_of(t.doc)
        words = phrase if phrase else [t]
        bare = len([x for x in words if x.i > t.i]) == 0
        name = text[words[0].idx:words[-1].idx + len(words[-1])]
        if not bare:
            return name
        forms = set()
        lemma = fold(t.lemma_)
        toks = table(t.doc).toks
        for x in (toks[i] for i, lem in nouns(t.doc) if lem == lemma and i != t.i):  # the other nouns of its lemma
            adjs = [c for c in dependents(x) if c.dep_ == "amod" and c.i == x.i + 1]
            if adjs:
                forms.add(text[x.idx:adjs[0].idx + len(adjs[0])])
        if len({fold(f) for f in forms}) == 1:
            return forms.pop()
        return name

    def prefix(self, text: str, s: int, approx: bool) -> tuple[int, bool]:
        """Widen the span over an approximating prefix ('quelque 12 millions', 'plus de huit millions')."""
        before = low(text[max(0, s - 25):s])
        stripped = before.rstrip()  # the white space `\s*$` allows
        for p, ends_word, ends in self._approx_res:
            # the word ending the text, on its own ('(?:^|\W)'): a string test per word (a regex search per word
            # cost a tenth of the component); a word ending in white space is left to its pattern
            if (stripped.endswith(p) and (len(stripped) == len(p) or not is_word(stripped[-len(p) - 1]))
                    if p[-1:] and not p[-1].isspace() else ends_word.search(before)):
                approx = approx or p != "des"
                if p in self.span_prefixes:
                    return s - len(ends.search(before).group(0)), approx
                break
        return s, approx

    def unit(self, doc: Doc, text: str, e: int) -> tuple[int, str | None]:
        """What the number counts: '%', a currency, or the noun after it ('12 millions d'obus', '105 otages')."""
        rest = text[e:e + 60]
        m = self._percent_re.match(low(rest))
        if m:
            return e + m.end(), "%"
        m = SYMBOL.match(rest)
        if m:
            return e + m.end(), self.symbols[m.group(1)]
        m = self._count_re.match(rest) if self._count_re is not None else None
        if m:
            return e, m.group(1)
        m = self._unit_re.match(rest)
        if not m:
            return e, None
        word = m.group(1)
        if fold(word) in self.not_units:
            return e, None
        end = e + m.end()
        if fold(word) in self.currencies:
            return end, word
        noun = NEXT_NOUN.match(text[end:end + 40])
        if fold(word) in self.pre_adjectives and noun and fold(noun.group(1)) not in self.not_units:
            after = token_at(doc, end + noun.start(1))
            if after is not None and after.pos_ in ("NOUN", "PROPN"):
                word, end = noun.group(1), end + noun.end()  # 'deux autres syndicats': the noun is counted
        tok = token_at(doc, e + m.start(1))
        if tok is None or tok.pos_ not in ("NOUN", "PROPN", "ADJ") or tok.text[:1].isdigit():
            return e, None
        # keep an adjective that qualifies the counted noun ('ressortissants pakistanais') and a rate ('par an')
        adj = NATIONALITY.match(text[end:end + 30])
        if adj:
            end += adj.end()
        rate = next((r for r in self.rates if low(text[end:end + 20]).lstrip().startswith(r)), None)
        unit = word
        if rate:
            pos = low(text[end:end + 20]).index(rate)
            end += pos + len(rate)
            unit = f"{word} {rate}"
        return end, unit

    def coordinated_ones(self, doc: Doc, text: str, out: list[dict]) -> None:
        """'25 Indiens et un Népalais': 'un' counts when coordinated with a figure."""
        for f in list(out):
            m = AND_ONE.match(text[f["end"]:f["end"] + 40])
            if m and fold(m.group(2)) not in self.collectives and \
                    not any(g["start"] < f["end"] + m.end() and f["end"] + m.start(1) < g["end"] for g in out):
                s = f["end"] + m.start(1)
                e = f["end"] + m.end()
                out.append({**f, "id": "", **span(s, e, text), "value": 1, "unit": m.group(2), "approx": False})
        out.sort(key=lambda f: f["start"])
        for n, f in enumerate(out, 1):
            f["id"] = f"F{n}"

    def about(self, text: str, sent, end: int, counted: str | None = None) -> str:
        """A short phrase for what is measured: the counted noun and the words that follow it in the clause
        ('blessés soignés dans les hôpitaux de la ville'; for money and shares, what follows: 'à la surveillance des côtes')."""
        stop = min(sent.end_char, end + 80)
        tab = table(sent.doc)  # its columns: iterating the Span makes a Token per word
        starts, pos = tab.starts, tab.pos
        for i in range(sent.start, sent.end):  # the clause ends at the next finite verb ('… retenus à Gaza ont été libérés')
            if starts[i] >= end and starts[i] < stop and pos[i] in ("AUX", "VERB") and "Fin" in feature(tab.toks[i], "VerbForm"):
                stop = starts[i]
                break
        tail = " ".join(CLAUSE_MARK.split(text[end:stop], maxsplit=1)[0].split()[:8])
        return f"{counted} {tail}".strip() if counted and not tail.startswith(counted) else tail

    def time_for(self, times: list[dict], sent, s: int) -> str | None:
        """The nearest time expression of the figure's sentence."""
        return nearest_time(times, sent, s, ("DATE", "TIME", "SET"))


@Language.factory("storygraph_figures", default_config={"lang": "fr"})
def make_figures(nlp: Language, name: str, lang: str) -> FigureFinder:
    """Registered factory: `nlp.add_pipe("storygraph_figures")` after `storygraph_times`."""
    return FigureFinder(lang)


if not Doc.has_extension("sg_figures"):
    Doc.set_extension("sg_figures", default=None)
