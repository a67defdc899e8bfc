"""The terminal report of a Story: actors with titles, quotes in order, events, figures, then a timeline."""
from __future__ import annotations

import re

from rich.console import Console, Group
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from .story import Story

TYPE_STYLE = {"direct": "bold green", "indirect": "cyan", "mixed": "magenta"}
#: status marks: what happened, what is announced, what might happen, what did not
STATUS_MARK = {"asserted": ("●", "green"), "future": ("→", "cyan"), "hypothetical": ("?", "yellow"), "negated": ("✗", "red")}
QUAD_STYLE = {"AGREE": "green", "CONSULT": "green", "SUPPORT": "green", "CONCEDE": "green",
              "COOPERATE": "bold green", "AID": "bold green", "RETREAT": "bold green",
              "REQUEST": "yellow", "ACCUSE": "yellow", "REJECT": "yellow", "THREATEN": "yellow",
              "PROTEST": "bold red", "SANCTION": "bold red", "MOBILIZE": "bold red", "COERCE": "bold red", "ASSAULT": "bold red"}

#: Characters that would act on the terminal or break a line: controls, line and paragraph separators,
#: bidirectional overrides; lone surrogates cannot even be written out.
UNSAFE = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069\ud800-\udfff]")


def plain(value: object, keep: str = "") -> str:
    """Text from the input (names, titles, ids, file names) made safe for a terminal: every control character
    but those in `keep` written as its escape, a lone surrogate as U+FFFD. Callers show it through Text
    objects, so that square brackets are never taken for markup."""
    def visible(m: re.Match) -> str:
        c = m.group()
        if c in keep:
            return c
        return "\ufffd" if "\ud800" <= c <= "\udfff" else c.encode("unicode_escape").decode("ascii")

    return UNSAFE.sub(visible, str(value))


def cell(value: object, style: str = "", keep: str = "") -> Text:
    """Article text as a Rich Text: shown as written, never read as markup."""
    return Text(plain(value, keep), style=style)


def actors_table(story: Story) -> Table:
    """People, organisations, countries and groups, with every title and affiliation given."""
    t = Table(title="Who is in it", title_justify="left", expand=True, show_lines=False)
    t.add_column("actor", style="bold")
    t.add_column("kind", style="dim")
    t.add_column("titles and affiliations")
    t.add_column("mentions", justify="right")
    t.add_column("quotes", justify="right")
    quoted: dict[str, int] = {}
    for q in story.quotes:
        for a in (q.get("speaker_id") or "").split(" ; "):
            if a:
                quoted[a] = quoted.get(a, 0) + 1
    for a in sorted(story.actors, key=lambda a: (-quoted.get(a["id"], 0), a["mentions"][0]["start"] if a["mentions"] else 0)):
        titles = "; ".join(d["text"] for d in a.get("descriptions", []))
        t.add_row(cell(a["name"]), cell(a["kind"]), cell(titles), str(len(a["mentions"])), str(quoted.get(a["id"], 0) or ""))
    return t


def quote_lines(story: Story) -> list[Text]:
    """One block per quote: speaker, type, cue, where it was said, and the words."""
    times = {t["id"]: t for t in story.times}
    out = []
    for q in story.quotes:
        head = Text()
        head.append(plain(f"{q['id']:>4} "), style="dim")
        head.append(plain(q.get("speaker_name") or "?"), style="bold yellow")
        head.append(plain(f"  [{q['type']}]"), style=TYPE_STYLE.get(q["type"], ""))
        if q.get("cue"):
            head.append(plain(f"  {q['cue']['text']}"), style="italic")
        if q.get("addressee"):
            head.append(plain(f"  {q['addressee']['text']}"), style="blue")
        if q.get("time_id") and q["time_id"] in times:
            t = times[q["time_id"]]
            head.append(plain(f"  ({t['text']} → {t.get('value')})"), style="dim")
        if q.get("speaker") is None:
            head.append("  (continued)", style="dim")
        words = " … ".join(c["text"] for c in q["content"])
        # only a direct quote is the speaker's own words between marks; reported speech is shown as reported
        body = cell("      « " + words + " »" if q["type"] == "direct" else "      ▸ " + words, keep="\n")
        out.append(Group(head, body))
    return out


def events_table(story: Story) -> Table | None:
    """Who did what to whom, in time order (undated events keep their place in the text), with status marks."""
    if not story.events:
        return None
    times = {t["id"]: t for t in story.times}

    def when(e: dict) -> str:
        t = times.get(e.get("time_id") or "")
        return (t.get("earliest") or t.get("value") or "") if t else ""

    tab = Table(title="Who did what to whom   ● happened  → announced  ? possible  ✗ did not", title_justify="left",
                expand=True)
    tab.add_column("", width=1)
    tab.add_column("when", style="dim")
    tab.add_column("who", style="bold")
    tab.add_column("did", no_wrap=True)
    tab.add_column("to whom", style="bold")
    tab.add_column("trigger · said by", style="italic")
    last = ""
    rows = []
    for e in story.events:
        last = when(e) or last  # an undated event sits after the last dated one before it
        rows.append((last, e))
    for _, e in sorted(rows, key=lambda r: r[0]):
        mark, colour = STATUS_MARK.get(e["status"], ("·", ""))
        t = times.get(e.get("time_id") or "")
        did = cell(e["type"] + (f" ({e['mode']})" if e.get("mode") else ""), style=QUAD_STYLE.get(e["type"], ""))
        said = e["trigger"]["text"] + (f" · {e['reported_by']}" if e.get("reported_by") else "")
        tab.add_row(Text(mark, style=colour), cell((t or {}).get("value") or ""),
                    cell(", ".join(a["name"] for a in e["actors"]) or "—"), did,
                    cell(", ".join(r["name"] for r in e["recipients"]) or "—"), cell(said))
    return tab


def figures_table(story: Story) -> Table | None:
    """Quantities with their normalised value, unit and who gives them."""
    if not story.figures:
        return None
    tab = Table(title="Figures", title_justify="left", expand=True)
    tab.add_column("as written", style="bold")
    tab.add_column("value", justify="right")
    tab.add_column("unit")
    tab.add_column("about", style="dim")
    tab.add_column("source", style="yellow")
    for f in story.figures:
        value = f"{f['value']:,}".replace(",", " ") if isinstance(f["value"], int) else str(f["value"])
        tab.add_row(cell(f["text"]), cell(("≈ " if f.get("approx") else "") + value), cell(f.get("unit") or ""),
                    cell(f.get("about") or ""), cell(f.get("source") or "—"))
    return tab


def timeline(story: Story) -> Table | None:
    """Dated statements and facts, oldest first, each with its resolved date and its sentence."""
    rows = []
    text = story.text
    for t in story.times:
        if t.get("type") not in ("DATE", "TIME") or not t.get("earliest"):
            continue
        s = max(text.rfind(".", 0, t["start"]), text.rfind("\n", 0, t["start"])) + 1
        e = min(x for x in (text.find(".", t["end"]), text.find("\n", t["end"]), len(text)) if x >= 0)
        rows.append((t["earliest"], t.get("value") or "", t["text"], text[s:e + 1].strip()))
    if not rows:
        return None
    tab = Table(title="Timeline", title_justify="left", expand=True)
    tab.add_column("date", style="bold")
    tab.add_column("expression", style="cyan")
    tab.add_column("sentence")
    for earliest, value, expr, sent in sorted(rows):
        tab.add_row(cell(value), cell(expr), cell(sent[:160] + ("…" if len(sent) > 160 else "")))
    return tab


def print_story(story: Story, console: Console | None = None) -> None:
    """Print the whole report of one Story."""
    console = console or Console()
    guessed = " (guessed)" if story.date_source == "guessed" else ""
    title = f"{story.id}" + (f" · {story.date}{guessed}" if story.date else "") + \
        (f" · {story.title}" if story.title else "")
    if story.errors:
        console.print(cell(f"✗ {story.source or story.id}: {'; '.join(story.errors)}", style="bold red"))
        return
    console.rule(cell(title, style="bold"))
    for w in story.warnings:
        console.print(Text(f"! {w}", style="yellow"))
    console.print(actors_table(story))
    console.print(Panel(Group(*quote_lines(story)) if story.quotes else Text("no quotation found", style="dim"),
                        title=f"Who said what ({len(story.quotes)})", title_align="left"))
    for table in (events_table(story), figures_table(story), timeline(story)):
        if table is not None:
            console.print(table)
