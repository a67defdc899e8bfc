"""The knowledge base: idempotent and crash-safe ingest, identities across articles, exports."""
import json
import os
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from storygraph.store import KnowledgeBase
from storygraph.store.export import export

ROOT = Path(__file__).resolve().parent.parent

ARTICLES = [
    {"id": "a1", "date": "2024-03-01", "url": "https://exemple.fr/a1", "title": "Grève au port",
     "text": "« Nous ne céderons pas », a déclaré Hélène Garnier, secrétaire générale du syndicat des dockers.\n\n"
             "Le préfet Paul Renaud a estimé que le dialogue restait possible."},
    {"id": "a2", "date": "2024-03-05", "url": "https://autre.fr/a2", "title": "Reprise",
     "text": "Hélène Garnier, porte-parole de l’intersyndicale, a affirmé que le travail reprendrait lundi.\n\n"
             "Selon la préfecture, trois navires attendent au large. La Belgique a envoyé des vivres à la France."},
    {"id": "a3", "date": "2024-03-06", "title": "Tennis",
     "text": "La joueuse Léa Garnier a expliqué que son genou allait mieux après le tournoi de Lyon."},
]


def write_jsonl(path: Path, records) -> Path:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    return path


def ingest(db: Path, *inputs: Path) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "storygraph.cli", "ingest", *map(str, inputs), "--db", str(db)],
                          capture_output=True, text=True, cwd=ROOT, timeout=600)


def dump(db: Path) -> dict:
    con = sqlite3.connect(db)
    out = {t: sorted(map(tuple, con.execute(f"SELECT * FROM {t}")))
           for t in ("articles", "actors", "mentions", "descriptions", "times", "entities")}
    out["articles"] = [r[:7] + (r[8],) for r in out["articles"]]  # without ingest timestamps
    out["quotes"] = sorted(map(tuple, con.execute("SELECT article_id, quote_id, type, content, speaker_name, speaker_entity_id FROM quotes")))
    out["fts"] = sorted(con.execute("SELECT rowid FROM quotes_fts WHERE quotes_fts MATCH 'céderons'").fetchall())
    con.close()
    return out


@pytest.fixture(scope="module")
def kb_path(tmp_path_factory):
    d = tmp_path_factory.mktemp("kb")
    src = write_jsonl(d / "in.jsonl", ARTICLES + [{"id": "bad", "text": ""}])
    db = d / "news.db"
    r = ingest(db, src)
    assert r.returncode == 1 and "bad" in r.stderr  # the empty article failed, the others are stored
    return db


def test_counts_and_idempotence(kb_path, tmp_path):
    with KnowledgeBase(kb_path, readonly=True) as kb:
        first = kb.stats()
    assert first["articles"] == 3 and first["failures"] == 1 and first["quotes"] >= 4
    before = dump(kb_path)
    r = ingest(kb_path, write_jsonl(tmp_path / "again.jsonl", ARTICLES))
    assert r.returncode == 0 and "unchanged 3" in r.stderr
    assert dump(kb_path) == before


def test_one_person_across_articles_namesakes_apart(kb_path):
    with KnowledgeBase(kb_path, readonly=True) as kb:
        people = {r["name"]: r["id"] for r in kb.con.execute("SELECT id, name FROM entities WHERE kind = 'person'")}
        assert {"Hélène Garnier", "Léa Garnier", "Paul Renaud"} <= set(people)
        helene = kb.entity(people["Hélène Garnier"])
        assert {t["article_id"] for t in helene["titles"]} == {"a1", "a2"}
        assert {q["article_id"] for q in helene["quotes"]} == {"a1", "a2"}
        assert [t["date"] for t in helene["titles"]] == ["2024-03-01", "2024-03-05"]
        hits = kb.search("céderons")
        assert [h["speaker_name"] for h in hits] == ["Hélène Garnier"]
        assert kb.search(speaker="Garnier", date_from="2024-03-02", outlet="autre.fr")[0]["article_id"] == "a2"


def test_read_only_connection_refuses_writes(kb_path):
    with KnowledgeBase(kb_path, readonly=True) as kb:
        with pytest.raises(sqlite3.OperationalError):
            kb.con.execute("DELETE FROM articles")


def test_killed_ingest_resumes_to_the_same_content(tmp_path):
    records = [{"id": f"k{n:03d}", "date": "2024-02-01",
                "text": f"« Le chantier {n} avance », a déclaré Marc Vidal{n % 7}, maire de Ville{n}.\n\n"
                        f"Selon la préfecture, {n} ouvriers y travaillent depuis trois mois."} for n in range(40)]
    src = write_jsonl(tmp_path / "k.jsonl", records)
    clean, killed = tmp_path / "clean.db", tmp_path / "killed.db"
    assert ingest(clean, src).returncode == 0
    # the ingest stops after storing 5 articles and says so: killed at a known point, not at a guessed time
    p = subprocess.Popen([sys.executable, "-m", "storygraph.cli", "ingest", str(src), "--db", str(killed)], cwd=ROOT,
                         stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
                         env={**os.environ, "STORYGRAPH_PAUSE_AFTER": "5"})
    for line in p.stderr:
        if "paused after 5 articles" in line:
            break
    os.kill(p.pid, signal.SIGKILL)
    p.wait()
    p.stderr.close()
    con = sqlite3.connect(killed)
    partial = con.execute("SELECT count(*) FROM articles").fetchone()[0]
    whole = con.execute("SELECT count(DISTINCT article_id) FROM quotes").fetchone()[0]
    con.close()
    assert partial == 5 and whole == 5  # every stored article is complete
    r = ingest(killed, src)
    assert r.returncode == 0 and "added 35" in r.stderr and "unchanged 5" in r.stderr
    assert dump(killed) == dump(clean)


def test_unchanged_articles_are_skipped_before_analysis(kb_path, tmp_path):
    # a word far longer than --max-word allows would fail any article that is analysed: none is
    r = subprocess.run([sys.executable, "-m", "storygraph.cli", "ingest",
                        str(write_jsonl(tmp_path / "same.jsonl", ARTICLES)), "--db", str(kb_path), "--max-word", "3"],
                       capture_output=True, text=True, cwd=ROOT, timeout=600)
    assert r.returncode == 0 and "unchanged 3" in r.stderr and "failed 0" in r.stderr


def test_two_ingests_of_the_same_input_into_a_fresh_file_both_succeed(tmp_path):
    src = write_jsonl(tmp_path / "in.jsonl", ARTICLES)
    db = tmp_path / "fresh.db"
    cmd = [sys.executable, "-m", "storygraph.cli", "ingest", str(src), "--db", str(db)]
    procs = [subprocess.Popen(cmd, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
             for _ in range(2)]
    results = [(p.wait(timeout=600), p.stderr.read()) for p in procs]
    for p in procs:
        p.stderr.close()
    assert [code for code, _ in results] == [0, 0], results
    with KnowledgeBase(db, readonly=True) as kb:
        assert kb.stats()["articles"] == 3 and kb.stats()["failures"] == 0


def test_exports_neutralise_formulas_and_xml_control_characters(tmp_path):
    from storygraph.story import Story

    db = tmp_path / "x.db"
    text = "=HYPERLINK(\"http://x\") dit Jean\x07 Bon."
    actor = {"id": "A1", "name": "Jean\x07 Bon", "kind": "person", "mentions": [{"start": 26, "end": 35, "text": "Jean\x07 Bon"}]}
    other = {"id": "A2", "name": "Léa Pic", "kind": "person", "mentions": []}
    quote = lambda qid, who, name: {"id": qid, "type": "direct", "content": [{"start": 0, "end": 22, "text": text[:22]}],
                                    "speaker_id": who, "speaker_name": name}
    with KnowledgeBase(db) as kb:
        kb.ingest(Story(id="x1", text=text, lang="fr", actors=[actor, other],
                        quotes=[quote("Q1", "A1", "Jean\x07 Bon"), quote("Q2", "A2", "Léa Pic")]))
        export(kb, "csv", tmp_path / "csv")
        (gexf,) = export(kb, "gexf", tmp_path / "n.gexf")
    rows = list(__import__("csv").reader((tmp_path / "csv" / "quotes.csv").open(encoding="utf-8")))
    assert rows[1][3] == "'=HYPERLINK(\"http://x\")"
    import xml.etree.ElementTree as ET

    labels = {n.get("label") for n in ET.parse(gexf).iter() if n.tag.endswith("node")}
    assert labels == {"Jean Bon", "Léa Pic"}


def test_knowledge_base_in_a_read_only_folder_can_be_read(kb_path, tmp_path):
    folder = tmp_path / "ro"
    folder.mkdir()
    (folder / "kb.db").write_bytes(kb_path.read_bytes())
    if os.geteuid() == 0:  # root writes through permissions: the folder is made immutable instead
        if subprocess.run(["chattr", "+i", str(folder)], capture_output=True).returncode != 0:
            pytest.skip("cannot make a folder read-only here")
        undo = ["chattr", "-i", str(folder)]
    else:
        folder.chmod(0o555)
        undo = ["chmod", "755", str(folder)]
    try:
        r = subprocess.run([sys.executable, "-m", "storygraph.cli", "stats", "--db", str(folder / "kb.db"), "--json"],
                           capture_output=True, text=True, cwd=ROOT, timeout=120)
    finally:
        subprocess.run(undo, check=True)
    assert r.returncode == 0, r.stderr
    assert json.loads(r.stdout)["articles"] == 3


def test_exports(kb_path, tmp_path):
    with KnowledgeBase(kb_path, readonly=True) as kb:
        (jsonl,) = export(kb, "jsonl", tmp_path / "s.jsonl")
        assert [json.loads(line)["id"] for line in jsonl.read_text(encoding="utf-8").splitlines()] == ["a1", "a2", "a3"]
        files = export(kb, "csv", tmp_path / "csv")
        assert "Hélène Garnier" in (tmp_path / "csv" / "quotes.csv").read_text(encoding="utf-8")
        import pyarrow.parquet as pq

        export(kb, "parquet", tmp_path / "pq")
        assert pq.read_table(tmp_path / "pq" / "quotes.parquet").num_rows == kb.stats()["quotes"]
        (gexf,) = export(kb, "gexf", tmp_path / "n.gexf")
        assert "<gexf" in gexf.read_text(encoding="utf-8")
        (plover,) = export(kb, "plover", tmp_path / "e.plover.jsonl")
        events = [json.loads(line) for line in plover.read_text(encoding="utf-8").splitlines()]
        aid = next(e for e in events if e["event_type"] == "AID")
        assert (aid["actor"], aid["recipient"], aid["mode"], aid["quad_class"]) == (["Belgique"], ["France"], "humanitarian",
                                                                                    "material cooperation")
        assert aid["source"]["article_id"] == "a2" and aid["date"] == "2024-03-05"
        assert "Belgique" in (tmp_path / "csv" / "events.csv").read_text(encoding="utf-8")
        figures = (tmp_path / "csv" / "figures.csv").read_text(encoding="utf-8")
        assert "trois navires" in figures and "préfecture" in figures


def test_older_knowledge_base_is_one_clear_line_then_upgraded_by_ingest(kb_path, tmp_path):
    old = tmp_path / "old.db"
    old.write_bytes(kb_path.read_bytes())
    con = sqlite3.connect(old)
    con.execute("UPDATE meta SET value = '1' WHERE key = 'schema_version'")
    con.commit()
    con.close()
    r = subprocess.run([sys.executable, "-m", "storygraph.cli", "stats", "--db", str(old)], capture_output=True, text=True,
                       cwd=ROOT)
    assert r.returncode == 2 and "older storygraph (schema 1" in r.stderr and "ingest" in r.stderr
    with KnowledgeBase(old) as kb:  # opening to write brings the schema up to date; nothing stored is lost
        assert kb.stats()["articles"] == 3
    with KnowledgeBase(old, readonly=True) as kb:
        assert kb.stats()["articles"] == 3
