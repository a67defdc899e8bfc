"""The time grammar: vocabularies, pattern fragments and rules from `lang/<code>/times.json`, compiled once;
`Grammar.find` returns the expressions of a text (longest match first, none overlapping) with their slots.

Rules only run where they can match: every match of a rule holds one of a few anchors (a digit, a word of one of
its vocabularies, a word the rule names), read off the rule's structure; a rule runs in the neighbourhood of those
anchors only, which keeps the component cheap on long articles.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field
from typing import Callable

try:  # the regex parser the standard library uses, to read a pattern's structure
    import re._parser as sre_parse
except ImportError:  # Python < 3.11
    import sre_parse  # type: ignore[no-redef]

#: Characters folded before matching, one for one so that offsets hold: curly apostrophes and the
#: non-breaking spaces of French typography ('15 h 30', '8 mai').
FOLD = str.maketrans({"’": "'", "ʼ": "'", "\u00a0": " ", "\u202f": " ", "\u2009": " ", "\t": " "})
_FOLD_PAIRS = tuple((chr(a), b) for a, b in FOLD.items())
WORD = re.compile(r"[^\W_]+")
MARGIN = 60  # characters each side of an anchor where its rules look
_MARK = 0xE000  # private-use characters stand for the {vocabularies} while a pattern's structure is read


def fold(text: str) -> str:
    """The text lower-cased and folded, with the same length (so match offsets index the original)."""
    low = text.lower()
    if len(low) != len(text):  # a few characters lower-case to two ('İ'): keep those as they are
        low = "".join(c.lower() if len(c.lower()) == 1 else c for c in text)
    for a, b in _FOLD_PAIRS:  # a few replaces beat translate's look-up of every character
        if a in low:
            low = low.replace(a, b)
    return low


def key_word(phrase: str) -> str:
    """The word of a phrase that stands for it when looking for anchors: its longest."""
    parts = WORD.findall(phrase.lower().translate(FOLD))
    return max(parts, key=len) if parts else ""


@dataclass
class Rule:
    """One pattern of the grammar, with its type, its normaliser, its constraints and its fixed slots."""

    name: str
    type: str
    norm: str
    regex: re.Pattern
    order: int
    before: re.Pattern | None = None
    not_before: re.Pattern | None = None
    not_after: re.Pattern | None = None
    strip: re.Pattern | None = None
    pos: str | None = None
    present: bool = False
    fixed: dict = field(default_factory=dict)
    #: every match holds one of these anchors ('digit', 'slot:<vocabulary>', 'lit:<word>'); None: anywhere
    anchors: frozenset | None = None
    #: a search for strings one of which every match holds: a window without any is not scanned
    need: re.Pattern | None = None
    #: how far past a match's start the first of those strings begins at most (None: no bound)
    need_offset: int | None = None
    #: the name of each group of `regex`, by number (None for an unnamed one)
    slot_names: tuple = ()
    #: the one anchor of `anchors`, when it holds only one (its windows need no union)
    anchor: str | None = None


@dataclass
class Match:
    """A time expression found in the text: characters [start, end), its rule and its slots."""

    start: int
    end: int
    rule: Rule
    slots: dict
    #: where each slot lies in the text
    spans: dict = field(default_factory=dict)


class Grammar:
    """The compiled grammar of one language."""

    RULE_KEYS = {"name", "type", "norm", "re", "before", "not_before", "not_after", "strip", "pos", "present", "anchor"}

    def __init__(self, data: dict):
        self.words: dict = data["words"]
        self.fragments: dict = data.get("fragments", {})
        #: the words the normaliser reads in slots ('soir' / 'pm' after a clock time), apart from the vocabularies
        #: so that they anchor no rule
        codes = data.get("codes", {})
        self.codes = {k: tuple(codes.get(k, ())) for k in ("pm", "am", "later", "distal", "first_day", "one", "quarter")}
        self.codes["number_language"] = codes.get("number_language", "fr")
        #: words that join a number word only to the ones listed ('trente et un'), before the rules compile
        self.number_and: dict[str, list[str]] = codes.get("number_and", {})
        #: each vocabulary as a look-up table, keys folded like the text
        self.lookup = {k: {fold(w): v for w, v in vs.items()} for k, vs in self.words.items() if isinstance(vs, dict)}
        self.sets = {k: {fold(w) for w in vs} for k, vs in self.words.items() if isinstance(vs, list)}
        self.rules: list[Rule] = []
        for order, spec in enumerate(data["rules"]):
            self.rules.append(self._rule(spec, order))
        # the words that anchor each vocabulary's entries ('actuelle' for 'à l'heure actuelle')
        self.word_kinds: dict[str, set[str]] = {}
        for name, vocab in self.words.items():
            for w in (vocab.keys() if isinstance(vocab, dict) else vocab):
                k = key_word(w)
                if k:
                    self.word_kinds.setdefault(k, set()).add(f"slot:{name}")
        for r in self.rules:
            for a in r.anchors or ():
                if a.startswith("lit:"):
                    self.word_kinds.setdefault(a[4:], set()).add(a)
        # one pass over the text finds every anchor: a figure, or a whole word of the vocabularies (as a trie, so
        # the scan does not try hundreds of alternatives at each position)
        self.anchor_re = re.compile(r"[0-9]\w*|(?<![^\W_])(?:" + trie(self.word_kinds) + r")(?![^\W_])")
        #: the same kinds as tuples, read for every anchor found
        self.kinds_of = {w: tuple(sorted(ks)) for w, ks in self.word_kinds.items()}

    # ------------------------------------------------------------------ compile
    def expand(self, src: str, marks: dict[str, str] | None = None, depth: int = 0, plain: bool = False) -> str:
        """A pattern with its {FRAGMENTS} spliced in and its {vocabularies} turned into alternations (or, given
        `marks`, into one private-use character each, to read the pattern's structure)."""
        if depth > 5:
            raise ValueError(f"fragments nest too deep in {src!r}")

        def sub(m: re.Match) -> str:
            name = m.group(1)
            if name in self.fragments:
                return self.expand(self.fragments[name], marks, depth + 1, plain)
            if name not in self.words:
                raise KeyError(f"unknown vocabulary or fragment {{{name}}}")
            if marks is not None:
                return "(?:" + marks.setdefault(name, chr(_MARK + len(marks))) + ")"
            return self.alternation(name, plain)

        return re.sub(r"\{([A-Za-z_]+)\}", sub, src)

    def alternation(self, name: str, plain: bool = False) -> str:
        """A vocabulary as a regular expression (longest words first, so that 'après-midi' beats 'après'); `plain`:
        as the bare list of words, whose structure names them whole."""
        vocab = self.words[name]
        # as a trie: the words that match at one place are prefixes of one another, and the trie tries them longest
        # first, as the plain alternation would, without trying every word at every position
        words = {fold(w) for w in (vocab.keys() if isinstance(vocab, dict) else vocab)}
        base = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)) if plain else trie(words)
        if name == "number":  # 'vingt-quatre', 'trente et un', 'deux cent mille'
            # 'et' joins only 'un' and 'onze' to their tens ('trente et un'): 'trois et cinq ans' are two counts
            joins = "|".join(rf"{re.escape(j)}[- ](?=(?:{'|'.join(map(re.escape, after))}))"
                             for j, after in self.number_and.items())
            if joins:
                return rf"(?:(?:{base})(?:[- ](?:{joins})?(?:{base}))*)"
            return rf"(?:(?:{base})(?:[- ](?:{base}))*)"
        return "(?:" + base + ")"

    def _rule(self, spec: dict, order: int) -> Rule:
        def rx(key: str) -> re.Pattern | None:
            # matched at the end of the expression, where '^' would not match: the anchor is implied
            return re.compile(fold(spec[key]).removeprefix("^")) if key in spec else None

        body = self.expand(spec["re"])
        regex = re.compile(r"(?<![\w-])(?:" + body + r")(?![\w])")
        chars = first_chars(body)
        if chars and not regex.flags & re.IGNORECASE:
            # the characters a match can begin with, tested first: the look-behind that opens the pattern keeps
            # the regex engine from skipping ahead to them, so without this it tries the whole rule at every
            # position of its windows; the same matches
            regex = re.compile("(?=[" + "".join(re.escape(c) for c in sorted(chars)) + "])" + regex.pattern)
        marks: dict[str, str] = {}
        anchors = requirement(self.expand(spec["re"], marks), {v: f"slot:{k}" for k, v in marks.items()})
        if "anchor" in spec:
            anchors = frozenset(f"lit:{key_word(w)}" for w in spec["anchor"])
        rule = Rule(name=spec["name"], type=spec["type"], norm=spec["norm"], regex=regex, order=order,
                    before=re.compile("(?:" + fold(spec["before"]) + ")$") if "before" in spec else None,
                    not_before=re.compile("(?:" + fold(spec["not_before"]) + ")$") if "not_before" in spec else None,
                    not_after=rx("not_after"), strip=rx("strip"), pos=spec.get("pos"), present=bool(spec.get("present")),
                    fixed={k: v for k, v in spec.items() if k not in self.RULE_KEYS}, anchors=anchors)
        # read off the same pattern with its vocabularies as plain lists: they match the same text, and their
        # words are whole strings to look for
        lits = literals(r"(?<![\w-])(?:" + self.expand(spec["re"], plain=True) + r")(?![\w])")
        if lits:
            rule.need = re.compile("|".join(re.escape(w) for w in sorted(lits[0], key=len, reverse=True)))
            rule.need_offset = lits[1]
        names = {i: k for k, i in regex.groupindex.items()}
        rule.slot_names = tuple(names.get(i) for i in range(1, regex.groups + 1))
        if rule.anchors is not None and len(rule.anchors) == 1:
            rule.anchor = next(iter(rule.anchors))
        if rule.anchors is None:
            raise ValueError(f"time rule {rule.name!r} holds no anchor (a digit, a vocabulary, or an 'anchor' word)")
        return rule

    # ------------------------------------------------------------------ find
    def _windows(self, low: str) -> dict[str, list[list[int]]]:
        """The windows of each anchor kind in a folded text: MARGIN characters each side of its anchors, merged
        where they meet, in order."""
        n = len(low)
        windows: dict[str, list[list[int]]] = {}
        word_kinds = self.kinds_of
        digit = windows["digit"] = []
        for h in self.anchor_re.finditer(low):
            a, b = h.span()
            # figures are most anchors: their one kind is handled inline
            kinds = ("digit",) if low[a].isdigit() else word_kinds.get(h.group(0))
            if not kinds:
                continue
            a = a - MARGIN if a > MARGIN else 0
            b = b + MARGIN if b + MARGIN < n else n
            if kinds[0] == "digit":
                if digit and a <= digit[-1][1]:
                    if b > digit[-1][1]:
                        digit[-1][1] = b
                else:
                    digit.append([a, b])
                continue
            for k in kinds:
                ws = windows.get(k)
                if ws is None:
                    windows[k] = [[a, b]]
                elif a <= ws[-1][1]:
                    if b > ws[-1][1]:
                        ws[-1][1] = b
                else:
                    ws.append([a, b])
        return windows

    def find(self, text: str, accept: Callable[[Match], bool] | None = None) -> list[Match]:
        """The expressions of a text: candidates of every rule near its anchors, checked, then the longest first
        (the earlier rule on a tie), none overlapping; sorted by position."""
        low = fold(text)
        windows = self._windows(low)
        cands: list[Match] = []
        # per Doc, shared by the rules that ask the same: the windows of a set of anchors, and where a rule's
        # required strings first stand in each (several rules share both: the month, weekday and unit rules)
        spans_of: dict[frozenset, list[list[int]]] = {}
        needed: dict[tuple, list[tuple[int, int, int]]] = {}
        for rule in self.rules:
            anchors = rule.anchors
            spans = spans_of.get(anchors)
            if spans is None:
                # one kind: its windows are already sorted and disjoint
                spans = spans_of[anchors] = windows.get(rule.anchor, []) if rule.anchor is not None else \
                    union([windows[k] for k in anchors if k in windows])
            if not spans:
                continue
            need = rule.need
            if need is not None:
                key = (need.pattern, anchors)
                found = needed.get(key)
                if found is None:
                    # a window without any is not scanned: cheaper than trying the rule at every position
                    found = needed[key] = [(a, b, q.start()) for a, b in spans if (q := need.search(low, a, b))]
                off = rule.need_offset
                # no match can start more than `need_offset` before the first required string
                runs = [(a, b) for a, b, _ in found] if off is None else [(max(a, q - off), b) for a, b, q in found]
            else:
                runs = spans
            for start, b in runs:
                for m in rule.regex.finditer(low, start, b):
                    s, e = m.start(), m.end()
                    if s == e or low[e - 1] == " ":
                        continue
                    if rule.before and not rule.before.search(low, max(0, s - 40), s):
                        continue
                    if rule.not_before and rule.not_before.search(low, max(0, s - 40), s):
                        continue
                    if rule.not_after and rule.not_after.match(low, e):
                        continue
                    # (the named groups by number: groupdict would build an entry for each of the rule's groups)
                    slots = {k: v for k, v in zip(rule.slot_names, m.groups()) if v is not None and k is not None}
                    if rule.strip:
                        sm = rule.strip.match(low, s, e)
                        if sm and sm.end() < e:
                            s = sm.end()
                    cand = Match(s, e, rule, {**rule.fixed, **slots}, {k: m.span(k) for k in slots})
                    if accept is None or accept(cand):
                        cands.append(cand)
        cands.sort(key=lambda c: (c.start - c.end, c.rule.order, c.start))
        taken: list[Match] = []
        spans_taken: list[tuple[int, int]] = []  # sorted and disjoint: a new span meets its neighbours only
        for c in cands:
            k = bisect_left(spans_taken, (c.start, c.end))
            if k > 0 and spans_taken[k - 1][1] > c.start or k < len(spans_taken) and spans_taken[k][0] < c.end:
                continue
            spans_taken.insert(k, (c.start, c.end))
            taken.append(c)
        return sorted(taken, key=lambda c: c.start)


def trie(words, after_first: str = "") -> str:
    """A regular expression matching exactly these words, factored by their common prefixes; `after_first` goes
    right after each word's first character (a look-behind there leaves the pattern a set of first characters,
    which the regex engine skips to instead of trying the whole pattern at every position)."""
    root: dict = {}
    for w in words:
        node = root
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict, at: str = "") -> str:
        alts = [re.escape(ch) + at + emit(sub) for ch, sub in sorted(node.items()) if ch]
        if not alts:
            return ""
        if "" in node:  # a word ends here, a longer one may go on
            return "(?:" + "|".join(alts) + ")?"
        return alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"

    return emit(root, after_first)


def union(lists: list[list[list[int]]]) -> list[list[int]]:
    """The union of sorted window lists, as sorted disjoint windows."""
    out: list[list[int]] = []
    for a, b in sorted(w for ws in lists for w in ws):
        if out and a <= out[-1][1]:
            out[-1][1] = max(out[-1][1], b)
        else:
            out.append([a, b])
    return out


def requirement(pattern: str, marks: dict[str, str]) -> frozenset[str] | None:
    """Anchors one of which every match of a pattern holds: 'digit', or 'slot:<vocabulary>' for the
    {vocabularies} (given as private-use characters in `marks`), read off the pattern's structure; the
    smallest such set, or None when no anchor is certain (everything optional, or a branch without one)."""
    try:
        tree = sre_parse.parse(pattern)
    except re.error:
        return None

    def best(options: list[frozenset]) -> frozenset | None:
        return min(options, key=len) if options else None

    def seq(nodes) -> frozenset | None:
        return best([r for op, av in nodes if (r := node(op, av)) is not None])

    def node(op, av) -> frozenset | None:
        if op is sre_parse.LITERAL:
            ch = chr(av)
            return frozenset([marks[ch]]) if ch in marks else frozenset(["digit"]) if ch.isdigit() else None
        if op is sre_parse.IN:  # a class; '(?:{weekday}|{month})' is read as one too
            kinds = set()
            for o, a in av:
                if o is sre_parse.LITERAL and chr(a) in marks:
                    kinds.add(marks[chr(a)])
                elif o is sre_parse.CATEGORY and a is sre_parse.CATEGORY_DIGIT or \
                        o is sre_parse.RANGE and chr(a[0]).isdigit() and chr(a[1]).isdigit() or \
                        o is sre_parse.LITERAL and chr(a).isdigit():
                    kinds.add("digit")
                else:
                    return None
            return frozenset(kinds) or None
        if op in (sre_parse.MAX_REPEAT, sre_parse.MIN_REPEAT):
            lo, _, sub = av
            return seq(sub) if lo >= 1 else None
        if op is sre_parse.SUBPATTERN:
            return seq(av[-1])
        if op is sre_parse.ASSERT and av[0] == 1:  # a lookahead: its text is just after the match, in the window
            return seq(av[1])
        if op is sre_parse.BRANCH:
            parts = [seq(b) for b in av[1]]
            return None if any(p is None for p in parts) else frozenset().union(*parts)
        return None

    return seq(tree)


def first_chars(pattern: str) -> frozenset[str] | None:
    """The characters every match of a pattern begins with, read off its structure; None when it may begin with
    any character or match the empty string (or the structure is one this reading does not know)."""
    try:
        tree = sre_parse.parse(pattern)
    except re.error:
        return None

    def seq(nodes) -> tuple[set | None, bool]:  # (first characters, whether the sequence can match nothing)
        out: set = set()
        for op, av in nodes:
            chars, empty = node(op, av)
            if chars is None:
                return None, False
            out |= chars
            if not empty:
                return out, False
        return out, True

    def node(op, av) -> tuple[set | None, bool]:
        if op is sre_parse.LITERAL:
            return {chr(av)}, False
        if op is sre_parse.IN:
            chars = set()
            for o, a in av:
                if o is sre_parse.LITERAL:
                    chars.add(chr(a))
                elif o is sre_parse.RANGE and a[1] - a[0] < 256:
                    chars.update(chr(c) for c in range(a[0], a[1] + 1))
                else:  # a negated class, a category ('\d' holds every script's digits): any character
                    return None, False
            return chars, False
        if op is sre_parse.BRANCH:
            chars, empty = set(), False
            for b in av[1]:
                c, e = seq(b)
                if c is None:
                    return None, False
                chars |= c
                empty = empty or e
            return chars, empty
        if op is sre_parse.SUBPATTERN:
            return seq(av[3]) if not av[1] and not av[2] else (None, False)  # (inline flags: not read)
        if op in (sre_parse.MAX_REPEAT, sre_parse.MIN_REPEAT):
            chars, empty = seq(av[2])
            return chars, empty or av[0] == 0
        if op in (sre_parse.ASSERT, sre_parse.ASSERT_NOT, sre_parse.AT):
            return set(), True  # zero width: the next item begins the match
        return None, False

    chars, empty = seq(tree)
    return frozenset(chars) if chars and not empty else None


def literals(pattern: str) -> tuple[frozenset[str], int | None] | None:
    """Strings one of which every match of a pattern holds, inside the match or the lookahead after it (both within
    the searched window), read off the pattern's structure: the longest shortest one; with how far past the match's
    start one of them begins at most (None: no bound). None when no string is certain."""
    try:
        tree = sre_parse.parse(pattern)
    except re.error:
        return None

    def width(item) -> int | None:
        hi = sre_parse.SubPattern(tree.state, [item]).getwidth()[1]
        return hi if hi < 1 << 16 else None

    def best(options: list) -> tuple | None:
        options = [o for o in options if o is not None and o[0]]
        return max(options, key=lambda o: (min(map(len, o[0])), -len(o[0]))) if options else None

    def seq(nodes) -> tuple | None:
        options, run, run_at, at = [], "", 0, 0
        for item in nodes:
            op, av = item
            if op is sre_parse.LITERAL:  # consecutive characters make one string
                if not run:
                    run_at = at
                run += chr(av)
            else:
                if run:
                    options.append((frozenset([run]), run_at))
                    run = ""
                found = node(op, av)
                if found is not None:
                    options.append((found[0], None if at is None or found[1] is None else at + found[1]))
            w = width(item)
            at = None if at is None or w is None else at + w
        if run:
            options.append((frozenset([run]), run_at))
        return best(options)

    def node(op, av) -> tuple | None:
        if op is sre_parse.IN and all(o is sre_parse.LITERAL for o, _ in av):
            return frozenset(chr(a) for _, a in av), 0
        if op is sre_parse.BRANCH:
            parts = [seq(b) for b in av[1]]
            if any(p is None for p in parts):
                return None
            offsets = [p[1] for p in parts]
            return frozenset().union(*(p[0] for p in parts)), None if None in offsets else max(offsets)
        if op is sre_parse.SUBPATTERN:
            return seq(av[-1])
        if op in (sre_parse.MAX_REPEAT, sre_parse.MIN_REPEAT):
            return seq(av[2]) if av[0] >= 1 else None  # one in the first round
        if op is sre_parse.ASSERT and av[0] == 1:
            return seq(av[1])
        return None

    return seq(tree)
