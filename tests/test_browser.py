"""Every page in a real headless Chromium, 1280 and 400 pixels wide: no horizontal scroll, no serious accessibility
violation (axe-core), no request leaving the machine; API docs that render offline; a fact highlighted on arrival."""
import json
import shutil
import socket
import subprocess
import sys
import urllib.request
from pathlib import Path

import pytest

from storygraph.store import KnowledgeBase
from test_web import corpus

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
playwright = pytest.importorskip("playwright.sync_api", reason="playwright is not installed (pip install '.[test]')")
axe_module = pytest.importorskip("axe_playwright_python.sync_playwright")
pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="Debian's chromium is not installed (make test installs it)")

#: what Chromium needs on a machine with no network but loopback (no background connections, no sandbox as root)
FLAGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
         "--disable-component-update", "--disable-sync"]
WIDTHS = (1280, 400)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    db = tmp_path_factory.mktemp("browser") / "kb.db"
    with KnowledgeBase(db) as kb:
        for s in corpus():
            kb.ingest(s)
    port = free_port()
    proc = subprocess.Popen([sys.executable, "-m", "storygraph.cli", "serve", "--db", str(db), "--port", str(port)],
                            cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    # uvicorn says when it listens: wait for that line, not for a clock
    for line in proc.stderr:
        if "Uvicorn running" in line or "Application startup complete" in line:
            break
    else:
        pytest.fail("the server did not start")
    base = f"http://127.0.0.1:{port}"
    try:
        yield base
    finally:
        proc.terminate()
        proc.wait(timeout=30)


@pytest.fixture(scope="module")
def browser():
    with playwright.sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        yield b
        b.close()


def pages(base: str) -> list[str]:
    with urllib.request.urlopen(f"{base}/api/people?q=Pologne") as r:
        poland = json.load(r)["results"][0]["id"]
    with urllib.request.urlopen(f"{base}/api/people?q=Garnier") as r:
        garnier = json.load(r)["results"][0]["id"]
    return ["/", "/?q=port&page=2", "/?speaker=ONU", "/articles", "/articles?q=lagune", "/people", "/article/port-2",
            "/article/dépêche/2024/01#E1", f"/person/{poland}", f"/person/{garnier}", "/timeline", "/dyads",
            "/events?quad=material%20cooperation", "/network", "/map", "/nulle-part", "/docs"]


def open_page(browser, base: str, width: int):
    ctx = browser.new_context(viewport={"width": width, "height": 900})
    outside: list[str] = []

    def route(r):
        if r.request.url.startswith(base):
            r.continue_()
        else:
            outside.append(r.request.url)
            r.abort()

    ctx.route("**/*", route)
    return ctx, ctx.new_page(), outside


@pytest.mark.parametrize("width", WIDTHS)
def test_every_page_fits_is_accessible_and_stays_on_the_machine(server, browser, width):
    ctx, page, outside = open_page(browser, server, width)
    axe = axe_module.Axe()
    problems = []
    try:
        for url in pages(server):
            page.goto(server + url)
            page.wait_for_load_state("networkidle")
            if url == "/docs":
                page.wait_for_selector(".swagger-ui .info .title")
            scroll, client = page.evaluate("[document.documentElement.scrollWidth, document.documentElement.clientWidth]")
            if scroll > client:
                problems.append(f"{url}: {scroll - client}px of horizontal scroll at {width}px")
            for v in axe.run(page).response["violations"]:
                if v["impact"] in ("serious", "critical"):
                    problems.append(f"{url}: axe {v['id']} ({v['impact']}) on {v['nodes'][0]['target']}")
    finally:
        ctx.close()
    assert not problems, problems
    assert not outside, outside


def test_api_docs_render_without_network(server, browser):
    ctx, page, outside = open_page(browser, server, 1280)
    try:
        page.goto(server + "/docs")
        page.wait_for_selector(".swagger-ui .opblock")
        assert "storygraph" in page.inner_text(".swagger-ui .info .title")
        assert page.locator(".opblock-summary-path").count() >= 10
    finally:
        ctx.close()
    assert not outside, outside


#: true once every highlighted element belongs to one fact, and at least one is
ONLY_ARRIVED = ("fact => { const a = [...document.querySelectorAll('.arrived')].map(e => e.dataset.fact);"
                " return a.length > 0 && a.every(f => f === fact); }")


def test_a_fact_is_highlighted_whole_on_arrival(server, browser):
    ctx, page, _ = open_page(browser, server, 400)
    try:
        page.goto(server + "/article/port-2#Q2")
        # the highlight follows the hash: wait until the page has moved it (an event, never a delay)
        page.wait_for_function(ONLY_ARRIVED, arg="Q2")
        arrived = page.eval_on_selector_all(".arrived", "els => els.map(e => e.dataset.fact)")
        assert arrived and set(arrived) == {"Q2"}
        page.click('a[href="#Q3"]')
        page.wait_for_function(ONLY_ARRIVED, arg="Q3")
        arrived = page.eval_on_selector_all(".arrived", "els => els.map(e => e.dataset.fact)")
        assert set(arrived) == {"Q3"}
    finally:
        ctx.close()


def test_searching_by_a_name_form_through_the_form(server, browser):
    ctx, page, _ = open_page(browser, server, 400)
    try:
        page.goto(server + "/")
        page.get_by_role("textbox", name="Qui parle").fill("Nations unies")
        with page.expect_navigation():
            page.get_by_role("button", name="Chercher").click()
        assert "1 résultat" in page.inner_text("[role=status]")
        assert "Le port souffre" in page.inner_text("main")
    finally:
        ctx.close()
