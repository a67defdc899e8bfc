"""Hostile records mixed with good ones, through `read` and `ingest`: one error line per bad record, every good
record analysed, no traceback, and a knowledge base identical to a clean run of the good records alone."""
import json
import random
import sqlite3
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

FIRST = ["Claire", "Yanis", "Odile", "Bastien", "Nadia", "Hervé", "Maëlle", "Karim"]
LAST = ["Moreau", "Benali", "Lefèvre", "Rivière", "Haddad", "Guillot", "Perrin", "Ndiaye"]
ROLES = ["maire de Lorient", "directrice de l'hôpital de Vannes", "président du club de Quimper",
         "porte-parole de la préfecture", "secrétaire du syndicat des marins"]
SAID = ["« Nous rouvrirons le site en juin », a affirmé {who}, {role}.",
        "{who}, {role}, a expliqué que les travaux dureraient encore trois mois.",
        "Selon {who}, {role}, la décision sera connue jeudi. « Rien n'est joué », a-t-elle ajouté."]


def noise(rng: random.Random, n: int) -> str:
    """Valid but awkward Unicode: markup brackets, escapes, right-to-left marks, emoji, accents, CJK."""
    pool = ["[/", "]", "[bold]", "\x1b[2J", "\u202e", "\u200d", "😀", "é", "ß", "中", "\\", "\"", "<b>", "\t"]
    return "".join(rng.choice(pool) for _ in range(n))


def good(rng: random.Random, n: int) -> dict:
    who = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
    rec = {"id": f"g{n}", "date": f"2024-0{rng.randint(1, 9)}-1{rng.randint(0, 9)}",
           "title": noise(rng, 6), "url": f"https://exemple.fr/{n}",
           "text": rng.choice(SAID).format(who=who, role=rng.choice(ROLES))}
    if n % 4 == 1:
        rec["text"] = rec["text"].replace("trois", "trois \ud800")  # repaired one for one, still analysed
    return rec


def bad(rng: random.Random, n: int, first_good: dict) -> str:
    """One hostile JSONL line; every kind fails with one error line."""
    text = "Le conseil municipal de Brest a voté le budget de la ville mardi soir."
    kinds = [
        lambda: json.dumps({"id": f"b{n}", "text": text, "title": ["liste"]}),
        lambda: json.dumps({"id": f"b{n}", "text": text, "url": {"href": "x"}}),
        lambda: json.dumps({"id": [n], "text": text}),
        lambda: json.dumps({"id": f"b{n}", "text": 12}),
        lambda: json.dumps({"id": f"[/b{n}]", "title": "[/red]"}),
        lambda: json.dumps({"id": f"b{n}", "text": "   \n  "}),
        lambda: json.dumps({"id": f"b{n}", "text": text, "date": rng.choice(["2024-13-01", "2023-02-29", "demain"])}),
        lambda: json.dumps({"id": first_good["id"], "text": text}),  # a second text under a used id
        lambda: json.dumps({"id": f"b{n}", "text": "«" * 2_000 + " " + text}),
        lambda: json.dumps({"id": f"b{n}", "text": "Der Stadtrat hat am Dienstagabend nach einer langen Debatte über "
                                                   "die Schulen den Haushalt beschlossen."}),
        lambda: "[" * 50_000,
        lambda: "x" + noise(rng, 30).replace("\n", ""),
        lambda: bytes(rng.randrange(128, 256) for _ in range(40)),  # not UTF-8
    ]
    line = kinds[n % len(kinds)]()
    return line


def write_inputs(tmp: Path) -> tuple[Path, Path, int, list[str]]:
    rng = random.Random(17)
    goods = [good(rng, n) for n in range(10)]
    lines: list[bytes] = []
    bads = 0
    for n in range(26):
        if n % 3 == 0 and n // 3 < len(goods):
            lines.append(json.dumps(goods[n // 3]).encode())
        line = bad(rng, n, goods[0])
        lines.append(line if isinstance(line, bytes) else line.encode("utf-8", "surrogatepass"))
        bads += 1
    lines += [json.dumps(g).encode() for g in goods[9:]]
    mixed, clean = tmp / "mixed.jsonl", tmp / "clean.jsonl"
    mixed.write_bytes(b"\n".join(lines) + b"\n")
    clean.write_bytes(b"".join(json.dumps(g).encode() + b"\n" for g in goods))
    return mixed, clean, bads, [g["id"] for g in goods]


def cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "storygraph.cli", *args], capture_output=True, text=True, cwd=ROOT,
                          timeout=600)


def dump(db: Path) -> dict:
    con = sqlite3.connect(db)
    out = {t: sorted(map(tuple, con.execute(f"SELECT * FROM {t}")))
           for t in ("actors", "mentions", "descriptions", "times", "entities", "events", "figures")}
    out["articles"] = sorted(con.execute("SELECT id, url, title, date, text, content_hash, story FROM articles"))
    out["quotes"] = sorted(con.execute("SELECT article_id, quote_id, content, speaker_name, speaker_entity_id FROM quotes"))
    con.close()
    return out


def test_hostile_records_cost_only_themselves(tmp_path):
    mixed, clean, bads, good_ids = write_inputs(tmp_path)
    out = tmp_path / "out.jsonl"
    r = cli("read", str(mixed), "-f", "jsonl", "-o", str(out))
    assert r.returncode == 1 and "Traceback" not in r.stderr
    errors = [line for line in r.stderr.splitlines() if line.startswith("error ")]
    assert len(errors) == bads, "\n".join(errors)
    stories = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    analysed = {s["id"]: s for s in stories if not s["errors"]}
    assert sorted(analysed) == sorted(good_ids) and all(s["actors"] for s in analysed.values())
    assert sum(1 for s in stories if s["errors"]) == bads

    r = cli("ingest", str(mixed), "--db", str(tmp_path / "mixed.db"))
    assert r.returncode == 1 and "Traceback" not in r.stderr
    assert len([line for line in r.stderr.splitlines() if line.startswith("error ")]) == bads
    assert cli("ingest", str(clean), "--db", str(tmp_path / "clean.db")).returncode == 0
    assert dump(tmp_path / "mixed.db") == dump(tmp_path / "clean.db")
