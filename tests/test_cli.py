"""The command line as a user meets it: reports, JSON lines, bad input in a batch, exit status."""
import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def run(*args, stdin=None):
    return subprocess.run([sys.executable, "-m", "storygraph.cli", *args], capture_output=True, text=True,
                          input=stdin, cwd=ROOT, timeout=300)


def test_batch_with_bad_inputs_goes_on_and_fails_at_the_end(tmp_path):
    d = tmp_path / "in"
    d.mkdir()
    (d / "bon.txt").write_text("date 2024-02-01\n« Nous tiendrons bon », a déclaré Anne Viala, maire de Sète.\n",
                               encoding="utf-8")
    (d / "vide.txt").write_text("")
    (d / "binaire.txt").write_bytes(b"\x00\xff\x00\x10")
    (d / "allemand.txt").write_text("Der Minister sagte am Dienstag, dass die Gespräche nächste Woche in Genf weitergehen.")
    (d / "lot.jsonl").write_text('{"id": "j1", "text": "Selon la préfecture, la route restera fermée jusqu\'à lundi."}\n'
                                 '{"id": "j2", "text": \n', encoding="utf-8")
    out = tmp_path / "out.jsonl"
    r = run("read", str(d), "--format", "jsonl", "-o", str(out))
    assert r.returncode == 1
    stories = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    by_id = {s["id"]: s for s in stories}
    assert by_id["bon"]["quotes"][0]["speaker_name"] == "Anne Viala"
    assert by_id["bon"]["date"] == "2024-02-01" and by_id["bon"]["text"].startswith("« Nous")
    assert by_id["j1"]["quotes"][0]["speaker_name"] == "la préfecture"
    failed = {s["id"]: s["errors"][0] for s in stories if s["errors"]}
    assert set(failed) == {"vide", "binaire", "allemand", f"{d / 'lot.jsonl'}:2"}
    assert "language 'de' is not supported" in failed["allemand"]
    lines = [line for line in r.stderr.splitlines() if line.startswith("error")]
    assert len(lines) == 4 and all(": " in line for line in lines)
    assert not (tmp_path / "out.jsonl.part").exists()


def test_report_and_stdin():
    r = run("read", "-", stdin="« Le pont sera rouvert », a annoncé Lucie Brun, adjointe au maire de Nantes, mardi.")
    assert r.returncode == 0, r.stderr
    assert "Lucie Brun" in r.stdout and "Who said what" in r.stdout and "adjointe au maire de Nantes" in r.stdout


def test_json_array_output(tmp_path):
    p = tmp_path / "a.txt"
    p.write_text("Le préfet Marc Olivier a indiqué que les écoles resteraient fermées.", encoding="utf-8")
    r = run("read", str(p), "--format", "json")
    assert r.returncode == 0, r.stderr
    (story,) = json.loads(r.stdout)
    assert story["schema"] == "storygraph/1" and story["quotes"][0]["type"] == "indirect"


def test_two_workers_give_the_same_stories_in_order(tmp_path):
    records = [{"id": f"w{n}", "date": "2024-05-0{}".format(1 + n % 9),
                "text": f"« Le marché {n} rouvrira demain », a annoncé Lina Haddad{n}, adjointe au maire."}
               for n in range(40)]
    src = tmp_path / "w.jsonl"
    src.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    one, two = tmp_path / "one.jsonl", tmp_path / "two.jsonl"
    assert run("read", str(src), "--format", "jsonl", "-o", str(one)).returncode == 0
    assert run("read", str(src), "--format", "jsonl", "-o", str(two), "--workers", "2").returncode == 0
    a = one.read_text(encoding="utf-8").splitlines()
    b = two.read_text(encoding="utf-8").splitlines()
    assert len(a) == 40 and a == b
