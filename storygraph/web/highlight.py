"""Article text as HTML with quotes and speakers highlighted; every piece of text is escaped."""
from __future__ import annotations

from html import escape
from typing import Any


def highlight(story: dict[str, Any], entity_of: dict[str, int]) -> str:
    """The article's text with each quote's content and speaker marked and linked (overlaps split cleanly)."""
    text = story["text"]
    spans: list[tuple[int, int, str, str]] = []  # start, end, kind, open tag
    for q in story["quotes"]:
        title = escape(f"{q['id']} · {q['type']} · {q.get('speaker_name') or '?'}", quote=True)
        for c in q["content"]:
            spans.append((c["start"], c["end"], "q", f'<mark class="quote {escape(q["type"])}" id="{escape(q["id"])}" title="{title}">'))
        sp = q.get("speaker")
        if sp:
            first = (q.get("speaker_id") or "").split(" ; ")[0]
            eid = entity_of.get(first)
            href = f' href="/person/{eid}"' if eid is not None else ""
            spans.append((sp["start"], sp["end"], "s", f'<a class="speaker"{href} title="{title}">'))
        cue = q.get("cue")
        if cue:
            spans.append((cue["start"], cue["end"], "c", '<span class="cue">'))
    cuts = sorted({0, len(text)} | {s for s, _, _, _ in spans} | {e for _, e, _, _ in spans})
    out = []
    order = {"q": 0, "s": 1, "c": 2}
    close = {"q": "</mark>", "s": "</a>", "c": "</span>"}
    for a, b in zip(cuts, cuts[1:]):
        if a >= b:
            continue
        active = sorted((sp for sp in spans if sp[0] <= a and b <= sp[1]), key=lambda sp: order[sp[2]])
        seg = escape(text[a:b]).replace("\n", "<br>")
        out.append("".join(sp[3] for sp in active) + seg + "".join(close[sp[2]] for sp in reversed(active)))
    return "".join(out)
