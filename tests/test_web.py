"""The web pages and JSON API: through a test client, and in a real headless Chromium."""
import json
import shutil
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from storygraph.pipeline import analyze
from storygraph.store import KnowledgeBase
from storygraph.web.app import create_app

ROOT = Path(__file__).resolve().parent.parent
HOSTILE = ("« La <script>alert('x')</script> réforme passera », a déclaré Claire <b>Morin</b>, députée de Brest.\n\n"
           "Le ministre Jean Aubert a affirmé que le texte serait voté en mai.")


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    path = tmp_path_factory.mktemp("web") / "web.db"
    with KnowledgeBase(path) as kb:
        kb.ingest(analyze(HOSTILE, date="2024-04-02", id="hostile"))
        kb.ingest(analyze("« Les digues tiendront », a assuré Jean Aubert, ministre de l’Écologie, lundi.",
                          date="2024-04-10", id="digues"))
        kb.ingest(analyze("La Pologne a livré 40 chars à l'Ukraine en mars. Le Japon a condamné la Corée du Nord mardi.",
                          date="2024-04-12", id="chars"))
    return path


@pytest.fixture(scope="module")
def client(db):
    return TestClient(create_app(db))


def test_article_text_is_escaped_and_highlighted(client):
    r = client.get("/article/hostile")
    assert r.status_code == 200
    assert "<script>alert" not in r.text and "&lt;script&gt;alert" in r.text
    assert '<mark class="quote direct" id="Q1"' in r.text
    assert 'class="speaker"' in r.text and "/person/" in r.text


def test_search_person_timeline_network_pages(client):
    r = client.get("/", params={"q": "digues"})
    assert r.status_code == 200 and "Jean Aubert" in r.text and "tiendront" in r.text
    api = client.get("/api/search", params={"speaker": "Aubert"}).json()
    assert {h["article_id"] for h in api} == {"hostile", "digues"}
    person = client.get(f"/api/entities/{api[0]['speaker_entity_id']}").json()
    assert person["name"] == "Jean Aubert" and len(person["quotes"]) == 2
    page = client.get(f"/person/{api[0]['speaker_entity_id']}")
    assert page.status_code == 200 and "ministre de l’Écologie" in page.text
    assert client.get("/timeline").status_code == 200
    assert client.get("/network").status_code == 200
    assert client.get("/openapi.json").json()["info"]["title"] == "storygraph"


def test_events_and_figures_on_pages_and_api(client):
    r = client.get("/article/chars")
    assert r.status_code == 200
    assert 'class="trigger aid asserted"' in r.text and 'class="figure"' in r.text
    assert "Pologne" in r.text and "40 chars" in r.text
    dyads = client.get("/api/dyads").json()
    pair = next(d for d in dyads if d["source_name"] == "Pologne")
    assert (pair["target_name"], pair["quad"], pair["month"], pair["events"]) == ("Ukraine", "material cooperation", "2024-03", 1)
    assert any(d["source_name"] == "Japon" and d["quad"] == "verbal conflict" for d in dyads)
    page = client.get("/dyads")
    assert page.status_code == 200 and "Pologne" in page.text and "Ukraine" in page.text
    poland = client.get(f"/api/entities/{pair['source']}").json()
    assert [(a["type"], a["others"]) for a in poland["did"]] == [("AID", "Ukraine")]
    ukraine = client.get(f"/person/{pair['target']}")
    assert "Ce qu'il a subi" in ukraine.text and "AID" in ukraine.text


def test_bad_parameters_are_4xx_with_a_reason(client):
    r = client.get("/api/search", params={"from": "mardi"})
    assert r.status_code == 422 and "from" in json.dumps(r.json())
    assert client.get("/api/search", params={"limit": 0}).status_code == 422
    assert client.get("/api/articles/nope").status_code == 404
    assert client.get("/person/999999").status_code == 404


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.mark.skipif(shutil.which("chromium") is None, reason="Debian's chromium is not installed (make test installs it)")
def test_pages_in_headless_chromium(db, tmp_path):
    port = free_port()
    server = subprocess.Popen([sys.executable, "-m", "storygraph.cli", "serve", "--db", str(db), "--port", str(port)],
                              cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        for _ in range(100):
            try:
                socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
                break
            except OSError:
                time.sleep(0.1)
        flags = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync",
                 f"--user-data-dir={tmp_path / 'profile'}"]
        dom = subprocess.run(["chromium", *flags, "--dump-dom", f"http://127.0.0.1:{port}/article/hostile"],
                             capture_output=True, text=True, timeout=120).stdout
        # the browser built the page: highlighted quote, linked speaker, and the article's script never became a node
        assert 'mark class="quote direct"' in dom and 'class="speaker"' in dom
        assert "<script>alert" not in dom
        shot = tmp_path / "search.png"
        subprocess.run(["chromium", *flags, "--window-size=1200,900", f"--screenshot={shot}",
                        f"http://127.0.0.1:{port}/?q=digues"], capture_output=True, timeout=120)
        assert shot.exists() and shot.stat().st_size > 5000
    finally:
        server.terminate()
        server.wait(timeout=10)
