"""Article text as HTML with quotes, speakers, event triggers and figures highlighted; every piece of text is escaped."""
from __future__ import annotations

from html import escape
from typing import Any


def highlight(story: dict[str, Any], entity_of: dict[str, int]) -> str:
    """The article's text with each quote's content and speaker marked and linked, event triggers and figures
    marked with what they mean (overlaps split cleanly)."""
    text = story["text"]
    spans: list[tuple[int, int, str, str]] = []  # start, end, kind, open tag
    for q in story["quotes"]:
        title = escape(f"{q['id']} · {q['type']} · {q.get('speaker_name') or '?'}", quote=True)
        for n, c in enumerate(q["content"]):
            # one id per quote (its first part): a link to #Q3 lands on it, and ids stay unique
            ident = f' id="{escape(q["id"])}"' if n == 0 else ""
            spans.append((c["start"], c["end"], "q", f'<mark class="quote {escape(q["type"])}"{ident} data-fact="{escape(q["id"])}" title="{title}">'))
        sp = q.get("speaker")
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
    order = {"q": 0, "s": 1, "c": 2, "e": 3, "f": 4}
    close = {"q": "</mark>", "s": "</a>", "c": "</span>", "e": "</span>", "f": "</span>"}
    for a, b in zip(cuts, cuts[1:]):
        if a >= b:
            continue
        active = sorted((sp for sp in spans if sp[0] <= a and b <= sp[1]), key=lambda sp: order[sp[2]])
        seg = escape(text[a:b]).replace("\n", "<br>")
        out.append("".join(sp[3] for sp in active) + seg + "".join(close[sp[2]] for sp in reversed(active)))
    return "".join(out)
