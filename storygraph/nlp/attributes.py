"""Component `storygraph_attributes`: the model's attribute ruler (tag map, morph rules and exceptions) applied
as a table lookup, with the same result token for token.

spaCy's AttributeRuler runs a Matcher of its pattern groups over every token, with a Python call per IN, NOT_IN
and REGEX predicate per token, then builds a Span per match: on the English dev texts it cost 1.20 s of CPU,
more than the parser's 1.37 s. Every predicate tests one attribute's value against values the patterns name
(or a regular expression), so two values a pattern never names, with the same regular-expression results, are
alike for every pattern: each token reduces to the class of each attribute it is tested on, the patterns are
evaluated once per combination of classes (remembered across Docs), and multi-token patterns are the
one-token results of their tokens shifted and joined. Groups apply in key order, a later group overriding an
earlier one, as the ruler sorts its matches; the attributes are written back in one `Doc.from_array`.

The table is compiled at load time from the loaded model's own ruler. A pattern this compiler does not read
(an operator, an extension attribute, a comparison or set predicate it has no rule for, an attribute it does
not write) leaves the whole model to spaCy's own AttributeRuler: correct before fast.
"""
from __future__ import annotations

import re
from typing import Any, Callable

import numpy as np
from spacy.attrs import DEP, IDS, LEMMA, MORPH, POS, TAG
from spacy.language import Language
from spacy.pipeline import AttributeRuler
from spacy.strings import get_string_id
from spacy.tokens import Doc

#: attributes a pattern may test: `Doc.to_array` reads them as the Matcher does (the lexeme flags included)
TESTED = frozenset(IDS[a] for a in ("ORTH", "LOWER", "NORM", "SHAPE", "PREFIX", "SUFFIX", "TAG", "POS", "DEP",
                                    "LEMMA", "ENT_TYPE", "IS_ALPHA", "IS_ASCII", "IS_DIGIT", "IS_LOWER",
                                    "IS_PUNCT", "IS_SPACE", "IS_TITLE", "IS_UPPER", "LIKE_URL", "LIKE_NUM",
                                    "LIKE_EMAIL", "IS_STOP", "IS_BRACKET", "IS_QUOTE", "IS_LEFT_PUNCT",
                                    "IS_RIGHT_PUNCT", "IS_CURRENCY"))
#: attributes whose value is a string, the only ones a regular expression is read on
STRINGS = frozenset(IDS[a] for a in ("ORTH", "LOWER", "NORM", "SHAPE", "PREFIX", "SUFFIX", "TAG", "DEP", "LEMMA"))
#: attributes a group may set: plain token fields, which `Doc.from_array` writes as `set_token_attrs` does
WRITTEN = (POS, TAG, MORPH, LEMMA, DEP)

#: regular-expression results remembered per string (an open vocabulary): forgotten past this many
REGEX_MEMO = 100_000

Predicate = tuple[int, str, Any]  # (attribute, "eq" | "in" | "not_in" | "regex", value)


class Unsupported(ValueError):
    """A ruler pattern the table compiler does not read."""


def _token_predicates(spec: dict, strings) -> list[Predicate]:
    """One pattern token's predicates, its values read as the Matcher reads them."""
    preds: list[Predicate] = []
    for key, value in spec.items():
        if not isinstance(key, str):
            raise Unsupported(f"attribute id {key!r}")
        name = key.upper()
        if name == "OP" and value == "1":  # exactly one token, the default
            continue
        name = {"TEXT": "ORTH"}.get(name, name)
        attr = IDS.get(name)
        if attr not in TESTED:
            raise Unsupported(f"attribute {key!r}")
        if isinstance(value, bool):
            preds.append((attr, "eq", int(value)))
        elif isinstance(value, str):
            preds.append((attr, "eq", strings.add(value)))
        elif isinstance(value, int):
            preds.append((attr, "eq", value))
        elif isinstance(value, dict):
            for op, arg in value.items():
                op = op.upper() if isinstance(op, str) else op
                if op in ("IN", "NOT_IN") and isinstance(arg, (list, tuple)) and \
                        all(isinstance(v, (str, int)) and not isinstance(v, bool) for v in arg):
                    preds.append((attr, op.lower(), frozenset(get_string_id(v) for v in arg)))
                elif op == "REGEX" and isinstance(arg, str) and attr in STRINGS:
                    preds.append((attr, "regex", arg))
                else:
                    raise Unsupported(f"predicate {op!r} on {key!r}")
        else:
            raise Unsupported(f"value {value!r} of {key!r}")
    return preds


class Table:
    """The ruler's pattern groups compiled to classes of attribute values and a lookup per class combination."""

    def __init__(self, ruler: AttributeRuler):
        vocab = ruler.vocab
        self.strings = vocab.strings
        groups = []  # (group key, [patterns as lists of predicate lists], target offset per pattern, writes)
        for key, (group, attrs, index) in enumerate(zip(ruler.patterns, ruler.attrs, ruler.indices)):
            if set(attrs) - set(WRITTEN):
                raise Unsupported(f"group {key} sets {sorted(attrs)}")
            writes = [(WRITTEN.index(a), v) for a, v in attrs.items()]
            patterns = [[_token_predicates(spec, self.strings) for spec in p] for p in group["patterns"]]
            targets = []
            for p in patterns:
                target = index if index >= 0 else len(p) + index
                if not p or not 0 <= target < len(p):  # spaCy raises on such a match: leave it to spaCy
                    raise Unsupported(f"group {key}: index {index} outside a pattern of {len(p)} tokens")
                targets.append(target)
            groups.append((key, patterns, targets, writes))
        # the attributes tested, the values each is compared with (the rest are alike) and its expressions
        tested = sorted({attr for _, pats, _, _ in groups for p in pats for t in p for attr, _, _ in t})
        self.tested = tested
        self.col = {attr: j for j, attr in enumerate(tested)}
        self.named: list[dict[int, int]] = [{} for _ in tested]
        self.regexes: list[list[str]] = [[] for _ in tested]
        for _, pats, _, _ in groups:
            for p in pats:
                for t in p:
                    for attr, kind, value in t:
                        j = self.col[attr]
                        if kind == "regex":
                            if value not in self.regexes[j]:
                                self.regexes[j].append(value)
                        else:
                            for v in (value if isinstance(value, frozenset) else (value,)):
                                self.named[j].setdefault(v, len(self.named[j]) + 1)
        self.compiled = [[re.compile(r) for r in rs] for rs in self.regexes]
        self.sizes = [(len(named) + 1) << len(rs) for named, rs in zip(self.named, self.regexes)]
        if np.prod([float(s) for s in self.sizes]) >= 2.0 ** 62:
            raise Unsupported("too many classes of values to combine")
        self.memo: list[dict[int, int]] = [{} for _ in tested]
        # one-token patterns are looked up per class combination; longer ones join their tokens' results
        self.single: list[tuple[int, list[list[Predicate]], list[tuple[int, int]]]] = []
        self.specs: list[list[Predicate]] = []
        self.multi: list[tuple[int, list[int], int, list[tuple[int, int]]]] = []
        for key, pats, targets, writes in groups:
            ones = [p[0] for p in pats if len(p) == 1]
            if ones:
                self.single.append((key, ones, writes))
            for p, target in zip(pats, targets):
                if len(p) > 1:
                    ids = []
                    for t in p:
                        ids.append(len(self.specs))
                        self.specs.append(t)
                    self.multi.append((key, ids, target, writes))
        # per combination seen: its row in the matrices below (one-token results, pattern tokens matched)
        self.rows: dict[int, int] = {}
        self.found: list[tuple[list[int], list[int], list[bool]]] = []
        self.keys = np.zeros((0, len(WRITTEN)), dtype=np.int64)
        self.values = np.zeros((0, len(WRITTEN)), dtype=np.uint64)
        self.held = np.zeros((0, len(self.specs)), dtype=bool)
        # the values patterns name, sorted, with their classes: attributes without a regular expression are
        # classified in one search over the Doc's column
        self.sorted = [np.array(sorted(named), dtype=np.uint64) for named in self.named]
        self.sorted_classes = [np.array([named[v] for v in sorted(named)], dtype=np.int64) for named in self.named]

    def classify(self, j: int, value: int) -> int:
        """The class of one value of the j-th tested attribute: the value if a pattern names it, with the
        results of the attribute's regular expressions."""
        named = self.named[j].get(value, 0)
        rxs = self.compiled[j]
        if not rxs:
            return named
        memo = self.memo[j]
        bits = memo.get(value)
        if bits is None:
            if len(memo) >= REGEX_MEMO:
                memo.clear()
            text = self.strings[value]
            bits = sum(1 << k for k, rx in enumerate(rxs) if rx.search(text))
            memo[value] = bits
        return (named << len(rxs)) | bits

    def classes(self, j: int, column: np.ndarray) -> np.ndarray:
        """The class of every value of a Doc's column of the j-th tested attribute."""
        if self.compiled[j]:
            uniq, inv = np.unique(column, return_inverse=True)
            found = np.fromiter((self.classify(j, v) for v in uniq.tolist()), dtype=np.int64, count=len(uniq))
            return found[inv.reshape(-1)]
        keys = self.sorted[j]
        if not len(keys):
            return np.zeros(len(column), dtype=np.int64)
        at = np.minimum(np.searchsorted(keys, column), len(keys) - 1)
        return np.where(keys[at] == column, self.sorted_classes[j][at], 0)

    def holds(self, preds: list[Predicate], row: list[int]) -> bool:
        """Whether one pattern token matches a token whose tested attributes are `row`."""
        for attr, kind, value in preds:
            v = row[self.col[attr]]
            if kind == "eq":
                ok = v == value
            elif kind == "in":
                ok = v in value
            elif kind == "not_in":
                ok = v not in value
            else:
                ok = re.search(value, self.strings[v]) is not None
            if not ok:
                return False
        return True

    def row(self, code: int, tested: list[int]) -> int:
        """The matrices' row of one class combination (`tested`: one token of it), evaluated when first seen:
        per written attribute the last one-token group that sets it and its value, and whether each token of
        the longer patterns matches."""
        at = self.rows.get(code)
        if at is None:
            keys, values = [-1] * len(WRITTEN), [0] * len(WRITTEN)
            for key, patterns, writes in self.single:
                if any(self.holds(p, tested) for p in patterns):
                    for c, v in writes:
                        keys[c], values[c] = key, v
            at = self.rows[code] = len(self.found)
            self.found.append((keys, values, [self.holds(t, tested) for t in self.specs]))
        return at

    def __call__(self, doc: Doc) -> Doc:
        n = len(doc)
        if not n or not self.tested:
            return doc
        arr = doc.to_array(self.tested).reshape(n, -1)  # one attribute comes back as a vector
        code = np.zeros(n, dtype=np.int64)
        for j, size in enumerate(self.sizes):
            code = code * size + self.classes(j, arr[:, j])
        codes, first, inv = np.unique(code, return_index=True, return_inverse=True)
        seen = len(self.found)
        rows = np.array([self.row(c, arr[f].tolist()) for c, f in zip(codes.tolist(), first.tolist())],
                        dtype=np.intp)[inv.reshape(-1)]
        if len(self.found) > seen:
            self.keys = np.array([f[0] for f in self.found], dtype=np.int64)
            self.values = np.array([f[1] for f in self.found], dtype=np.uint64)
            self.held = np.array([f[2] for f in self.found], dtype=bool).reshape(len(self.found), len(self.specs))
        keys, values = self.keys[rows], self.values[rows]
        if self.multi:
            held = self.held[rows]
            for key, ids, target, writes in self.multi:
                span = len(ids)
                if span > n:
                    continue
                starts = np.ones(n - span + 1, dtype=bool)
                for k, s in enumerate(ids):
                    starts &= held[k:n - span + 1 + k, s]
                at = np.flatnonzero(starts) + target
                for c, v in writes:
                    later = at[keys[at, c] < key]  # groups apply in key order: the later one stays
                    keys[later, c] = key
                    values[later, c] = v
        hit = keys >= 0
        cols = np.flatnonzero(hit.any(axis=0))
        if not len(cols):
            return doc
        attrs = [WRITTEN[c] for c in cols]
        out = doc.to_array(attrs).reshape(n, -1)
        sub = hit[:, cols]
        out[sub] = values[:, cols][sub]
        doc.from_array(attrs, out)
        return doc


class Attributes:
    """The model's attribute ruler as a table, or the ruler itself when a pattern cannot be compiled."""

    def __init__(self, ruler: AttributeRuler):
        self.ruler = ruler
        try:
            self.table: Table | None = Table(ruler)
            self.unsupported: str | None = None
        except Unsupported as e:
            self.table, self.unsupported = None, str(e)
        self.apply: Callable[[Doc], Doc] = self.table or ruler

    def __call__(self, doc: Doc) -> Doc:
        return self.apply(doc)


@Language.factory("storygraph_attributes", default_config={"source": "attribute_ruler"})
def make_attributes(nlp: Language, name: str, source: str) -> Attributes:
    """Registered factory: built from the pipeline's own attribute ruler `source`, which it then replaces."""
    return Attributes(nlp.get_pipe(source))


def replace_ruler(nlp: Language, name: str = "attribute_ruler") -> None:
    """Put `storygraph_attributes`, compiled from the model's attribute ruler, in the ruler's place."""
    if name not in nlp.pipe_names:
        return
    nlp.add_pipe("storygraph_attributes", after=name, config={"source": name})
    nlp.remove_pipe(name)

