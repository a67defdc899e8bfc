"""Article text as HTML with quotes, speakers, event triggers and figures highlighted; every piece of text is escaped."""
from __future__ import annotations

import re
from html import escape
from typing import Any


#: mentions that are the name itself need no explanation
PLAIN = {"name", "same name"}


def evidence(story: dict[str, Any], words: dict[str, Any] | None) -> dict[tuple[int, int], str]:
    """How each mention was resolved, in words: '« il » désigne Karim Benali · pronom · renvoie à « Karim Benali »'."""
    w = words or {}
    rules = w.get("rules", {})
    out = {}
    for a in story.get("actors", []):
        for m in a.get("mentions", []):
            rule = m.get("rule") or "name"
            if rule in PLAIN:
                continue
            said = re.sub(r"^-(?:t-)?", "", m["text"])  # '-t-il' is shown as 'il'
            line = f"« {said} » {w.get('stands_for', '→')} {a['name']} · {rules.get(rule, rule)}"
            ante = m.get("antecedent")
            if ante:
                line += f" · {w.get('antecedent', '←')} « {ante['text']} »"
            out[(m["start"], m["end"])] = line
    return out


def highlight(story: dict[str, Any], entity_of: dict[str, int], words: dict[str, Any] | None = None) -> str:
    """The article's text with each quote's content and speaker marked and linked, every pronoun, title and
    description marked with whom it stands for and why (`words`: the locale's reference strings), event triggers
    and figures marked with what they mean (overlaps split cleanly)."""
    text = story["text"]
    spans: list[tuple[int, int, str, str]] = []  # start, end, kind, open tag
    why = evidence(story, words)
    speaking = {(q["speaker"]["start"], q["speaker"]["end"]) for q in story["quotes"] if q.get("speaker")}
    for (s, e), line in why.items():
        if not any(s < b and a < e for a, b in speaking):
            spans.append((s, e, "m", f'<span class="ref" title="{escape(line, quote=True)}">'))
    for q in story["quotes"]:
        sp = q.get("speaker")
        # the speaker span and the mention may differ by a hyphen ('-il' / 'il'): the one it overlaps
        how = next((line for (a, b), line in why.items() if sp and a < sp["end"] and sp["start"] < b), None)
        title = escape(f"{q['id']} · {q['type']} · {q.get('speaker_name') or '?'}" + (f" — {how}" if how else ""), quote=True)
        for n, c in enumerate(q["content"]):
            # one id per quote (its first part): a link to #Q3 lands on it, and ids stay unique
            ident = f' id="{escape(q["id"])}"' if n == 0 else ""
            spans.append((c["start"], c["end"], "q", f'<mark class="quote {escape(q["type"])}"{ident} data-fact="{escape(q["id"])}" title="{title}">'))
        if sp:
            first = (q.get("speaker_id") or "").split(" ; ")[0]
            eid = entity_of.get(first)
            href = f' href="/person/{eid}"' if eid is not None else ""
            spans.append((sp["start"], sp["end"], "s", f'<a class="speaker"{href} title="{title}">'))
        cue = q.get("cue")
        if cue:
            spans.append((cue["start"], cue["end"], "c", '<span class="cue">'))
    for e in story.get("events", []):
        who = ", ".join(a["name"] for a in e.get("actors", [])) or "?"
        whom = ", ".join(r["name"] for r in e.get("recipients", [])) or "?"
        title = escape(f"{e['id']} · {e['type']} · {who} → {whom} · {e['status']}", quote=True)
        t = e["trigger"]
        spans.append((t["start"], t["end"], "e", f'<span class="trigger {escape(e["type"].lower())} {escape(e["status"])}" '
                                                 f'id="{escape(e["id"])}" data-fact="{escape(e["id"])}" title="{title}">'))
    for f in story.get("figures", []):
        title = escape(f"{f['id']} · {f['value']} {f.get('unit') or ''} · source : {f.get('source') or '—'}", quote=True)
        spans.append((f["start"], f["end"], "f", f'<span class="figure" id="{escape(f["id"])}" data-fact="{escape(f["id"])}" title="{title}">'))
    cuts = sorted({0, len(text)} | {s for s, _, _, _ in spans} | {e for _, e, _, _ in spans})
    out = []
    order = {"q": 0, "s": 1, "m": 2, "c": 3, "e": 4, "f": 5}
    close = {"q": "</mark>", "s": "</a>", "m": "</span>", "c": "</span>", "e": "</span>", "f": "</span>"}
    for a, b in zip(cuts, cuts[1:]):
        if a >= b:
            continue
        active = sorted((sp for sp in spans if sp[0] <= a and b <= sp[1]), key=lambda sp: order[sp[2]])
        seg = escape(text[a:b]).replace("\n", "<br>")
        out.append("".join(sp[3] for sp in active) + seg + "".join(close[sp[2]] for sp in reversed(active)))
    return "".join(out)
