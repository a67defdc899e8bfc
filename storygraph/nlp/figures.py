"""Component `storygraph_figures`: quantities the story measures, with value, unit, approximation and source.

Digits ("12 millions", "2,5 millions", "20.000 euros", "41,5%") and number words ("deux millions", "trois
suspects", read by text2num), collective nouns ("une septantaine", "des dizaines de") and the words that make a
figure approximate ("quelque", "plus de") come from `lang/<lang>/figures.json`; currency names from babel's
locale data. Dates, clock times and durations are time expressions, not figures: numbers inside a time
expression or followed by a time unit are left to the times component. The source is the speaker of the quote
the figure sits in ("selon X" quotes included).
"""
from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc
from text_to_num import text2num

from ..lang import resource
from ..story import span
from .guard import guarded
from .index import sentence_of, text_of, token_at
from .mentions import fold
from .times import nearest_time

def low(s: str) -> str:
    """Lower case with one apostrophe, keeping every offset (fold would strip and decompose)."""
    return s.lower().replace("’", "'")


DIGITS = r"\d{1,3}(?:[ \u00a0\u202f.]\d{3})+(?:,\d+)?|\d+(?:,\d+)?"


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
    return frozenset(words)


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
        self.currencies = currencies(lang)
        words = sorted({fold(w) for w in d["number_words"]} - {"et"}, key=len, reverse=True)
        word = "(?:" + "|".join(map(re.escape, words)) + ")"
        # 'quatre-vingt-dix', 'vingt et un', 'deux mille cinq cents': words joined by hyphens, spaces or 'et'
        self.word_re = re.compile(rf"\b{word}(?:(?:-|\s+|\s+et\s+){word})*\b", re.I)
        # the same, matched on the lower-cased text (much faster than IGNORECASE over a long alternation)
        self.word_re_low = re.compile(rf"\b{word}(?:(?:-|\s+|\s+et\s+){word})*\b")
        scale = "(?:" + "|".join(map(re.escape, sorted(self.scales, key=len, reverse=True))) + ")"
        self.num_re = re.compile(rf"(?<![\w.,/-])(?P<num>{DIGITS})(?:\s*(?P<scale>{scale})\b)?(?P<pct>\s*%)?(?![\w-]|,\d|\.\d)", re.I)
        self.coll_re = re.compile(r"\b(?P<det>une?|des|plusieurs|quelques)\s+(?P<coll>" +
                                  "|".join(sorted(self.collectives, key=len, reverse=True)) + r")(?P<pl>s?)\b", re.I)

    # ------------------------------------------------------------------ numbers
    def candidates(self, text: str) -> list[tuple[int, int, float, bool]]:
        """(start, end, value, approx) of every number in the text, digits, words and collectives."""
        out = []
        for m in self.num_re.finditer(text):
            raw = re.sub(r"[ \u00a0\u202f.]", "", m.group("num")).replace(",", ".")
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
            if fold(words) in ("un", "une") or re.match(r"(?i)^(?:une?|et)$", words):
                continue
            try:
                value = float(text2num(words.lower(), self.lang))
            except ValueError:
                continue
            end = m.end()
            sm = re.match(r"\s+(" + "|".join(map(re.escape, self.scales)) + r")\b", low(text[end:end + 20]))
            if sm and fold(words) not in ("mille",):
                value *= self.scales[sm.group(1)]
                end += sm.end()
            out.append((m.start(), end, value, False))
        for m in self.coll_re.finditer(text):
            value = self.collectives[fold(m.group("coll"))]
            if m.group("pl") or fold(m.group("det")) in ("des", "plusieurs", "quelques"):
                value *= self.plural_factor
            out.append((m.start(), m.end(), float(value), True))
        out.sort(key=lambda x: (x[0], -x[1]))
        kept, last_end = [], -1
        for c in out:
            if c[0] >= last_end:
                kept.append(c)
                last_end = c[1]
        return kept

    def is_time(self, text: str, s: int, e: int, times: list[tuple[int, int]]) -> bool:
        """Inside a time expression, followed by a time unit or an ordinal suffix, or a bare year."""
        k = bisect_right(times, (s, 1 << 30))  # times are sorted and never overlap: only the neighbours can hold s or e
        if any(ts <= s < te or ts < e <= te for ts, te in times[max(0, k - 1):k + 2]):
            return True
        nxt = re.match(r"\s*([\w']+)", text[e:e + 30])
        if nxt and fold(nxt.group(1)) in self.time_units:
            return True
        if re.fullmatch(r"(1[89]|20)\d\d", text[s:e]):
            return True  # a year the times component did not take ('en 2019' always is one)
        return False

    def in_name(self, text: str, s: int, e: int) -> bool:
        """Part of a name or a reference: 'Type 73', 'AK-47', 'Hwasong-15', 'COVID-19', 'G7', 'page 12', 'n° 3'."""
        before = text[max(0, s - 12):s]
        if re.search(r"[-/#°]\s?$", before) or re.search(r"\b(?:n|no|p|page|pages|article|art|numéro|chapitre|tome|vol|résolution)\.?\s*$", before, re.I):
            return True
        word = re.search(r"(\S+)\s+$", before)
        if word and word.group(1)[:1].isupper() and word.group(1).isalpha() and len(word.group(1)) > 1 \
                and not re.search(r"[.!?»\"]\s*\S+\s+$", before) and s - len(word.group(0)) > 0 \
                and fold(word.group(1)) not in {"plus", "moins", "environ", "quelque", "pres", "au", "les", "des", "et"}:
            return True  # a capitalised word right before, inside a sentence: 'Type 73', 'Boeing 737'
        return bool(re.match(r"[\w-]", text[e:e + 1]))

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
        for s, e, value, approx in self.candidates(text):
            if self.is_time(text, s, e, tspans) or self.in_name(text, s, e):
                continue
            tok = token_at(doc, s)
            if tok is None:
                continue
            if not re.match(r"\d", text[s]) and tok.i > 0 and fold(doc[tok.i - 1].text) in self.definite and not approx:
                continue  # 'les deux hommes', 'leurs deux pays': a number word after a definite determiner counts nothing new
            start, approx = self.prefix(text, s, approx)
            end, unit = self.unit(doc, text, e)
            if unit is None and text[s:e].rstrip().endswith("%"):
                unit = "%"
            sent = sentence_of(tok)
            if unit is None and prev_unit and prev_unit[0] == sent.start:
                unit = prev_unit[1]  # 'quelque 12 millions d'obus … et environ 7 millions': the same unit
            if unit is None or fold(unit) in self.not_counted:
                continue
            if unit != "%" and fold(unit) in self.time_units:
                continue
            prev_unit = (sent.start, unit)
            q = next((q for q in quotes if any(c["start"] <= s < c["end"] for c in q["content"])), None)
            out.append({
                "id": f"F{len(out) + 1}", **span(start, end, text),
                "value": int(value) if value == int(value) else value, "unit": unit, "approx": approx,
                "about": self.about(text, sent, end, None if unit == "%" or fold(unit) in self.currencies else unit),
                "time_id": self.time_for(times, sent, s),
                "source_id": (q.get("speaker_id") or "").split(" ; ")[0] or None if q else None,
                "source": q.get("speaker_name") if q else None,
                "quote_id": q["id"] if q else None,
            })
        self.coordinated_ones(doc, text, out)
        return out

    def prefix(self, text: str, s: int, approx: bool) -> tuple[int, bool]:
        """Widen the span over an approximating prefix ('quelque 12 millions', 'plus de huit millions')."""
        before = low(text[max(0, s - 25):s])
        for p, ends_word, ends in self._approx_res:
            if ends_word.search(before):
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
        m = re.match(r"\s*([€$£¥₹₽])", rest)
        if m:
            return e + m.end(), self.symbols[m.group(1)]
        m = re.match(r"\s*(?:(?:de\s+|d['’])\s*)?([^\W\d_][\w'’-]*)", rest)
        if not m:
            return e, None
        word = m.group(1)
        if fold(word) in ("de", "des", "du", "d", "et", "ou", "a", "à", "pour", "par", "en", "sur", "dont", "qui", "que", "le", "la",
                          "les", "ont", "sont", "est", "a", "ans"):
            return e, None
        end = e + m.end()
        if fold(word) in self.currencies:
            return end, word
        tok = token_at(doc, e + m.start(1))
        if tok is None or tok.pos_ not in ("NOUN", "PROPN", "ADJ") or tok.text[:1].isdigit():
            return e, None
        # keep an adjective that qualifies the counted noun ('ressortissants pakistanais') and a rate ('par an')
        adj = re.match(r"\s+([a-zàâçéèêëîïôûùüÿœ][\w-]*(?:ais|ain|aine|ien|ienne|iens|iennes|ois|oise|ais|aises|ains|aines))\b", text[end:end + 30])
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
            m = re.match(r"\s+et\s+(une?)\s+([A-ZÉa-zàâçéèêëîïôûùüÿœ][\w-]+)", text[f["end"]:f["end"] + 40])
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
        ('otages retenus dans la bande de Gaza'; for money and shares, what follows: 'à la surveillance des côtes')."""
        stop = min(sent.end_char, end + 80)
        for t in sent:  # the clause ends at the next finite verb ('… retenus à Gaza ont été libérés')
            if t.idx >= end and t.idx < stop and t.pos_ in ("AUX", "VERB") and "Fin" in t.morph.get("VerbForm"):
                stop = t.idx
                break
        tail = " ".join(re.split(r"[,.;:!?«»()\"]", text[end:stop], maxsplit=1)[0].split()[:8])
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
