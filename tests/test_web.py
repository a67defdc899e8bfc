"""The web pages and JSON API through a test client: search that answers, pages people trust, no input that breaks."""
import csv
import io
import re
from html import unescape
from html.parser import HTMLParser

import pytest
from fastapi.testclient import TestClient

from storygraph.store import KnowledgeBase
from storygraph.store import db as dbmod
from storygraph.web.app import create_app
from test_identity import story

HOSTILE = ("« La <script>alert('x')</script> réforme passera », a déclaré Claire <b>Morin</b>, députée de Brest.\n\n"
           "Le ministre Jean Aubert a affirmé que le texte serait voté en mai.")
TIMEX = re.compile(r"XXXX|PRESENT_REF|PAST_REF|FUTURE_REF|\bP\d+[DWMY]\b|\b\d{4}-W\d\d|\b\d{4}-(?:SU|WI|SP|FA)\b")


def with_events(s, events):
    """Add events (type, actor indices, recipient indices, trigger words, time value) to a hand-made Story."""
    for n, (kind, actors, recipients, trigger, when) in enumerate(events, 1):
        at = s.text.find(trigger)
        time_id = None
        if when:
            time_id = f"T{len(s.times) + 1}"
            s.times.append({"id": time_id, "start": 0, "end": 1, "text": s.text[0], "type": "DATE", "value": when,
                            "earliest": None, "latest": None})
        party = [lambda i: {"actor_id": s.actors[i]["id"], "name": s.actors[i]["name"], "start": None, "end": None}][0]
        s.events.append({"id": f"E{n}", "type": kind, "mode": None, "trigger": {"start": at, "end": at + len(trigger),
                         "text": trigger}, "actors": [party(i) for i in actors], "recipients": [party(i) for i in recipients],
                         "time_id": time_id, "place": None, "status": "asserted", "quote_id": None, "reported_by": None})
    return s


def corpus():
    many = " ".join(f"« Phrase numéro {n} sur le port. »" for n in range(22))
    return [
        story("port-1", many, "2024-03-14", [("Hélène Garnier", "person")],
              [(0, f"Phrase numéro {n} sur le port.", None) for n in range(22)], url="https://www.exemple.fr/port-1"),
        story("port-2", "« =SUM(1) sur le port » ; « Le port rouvrira » ; « Le port attendra ».", "2024-05-02",
              [("Paul Renaud", "person")],
              [(0, "=SUM(1) sur le port", "2024-W10"), (0, "Le port rouvrira", "2024-SU"),
               (0, "Le port attendra", "PRESENT_REF")], url="javascript:alert(1)"),
        story("port-3", "« Le port souffre », dit l'ONU.", None, [("ONU", "organization")],
              [(0, "Le port souffre", "XXXX-WXX-7TEV")], url="data:text/html,<b>x</b>"),
        with_events(story("dépêche/2024/01", "La Pologne a livré des chars à l'Ukraine. Kiev a remercié Varsovie.",
                          "2024-04-12", [("Pologne", "country"), ("Ukraine", "country")], url="https://journal.fr/d/1"),
                    [("AID", [0], [1], "livré", "2024-03"), ("AID", [0], [1, 1], "livré des chars", None),
                     ("CONSULT", [0, 1], [], "remercié", None)]),
        story("sans-citation", "Le conseil municipal a voté un budget pour la lagune.", "2023-11-20", [],
              url="https://exemple.fr/lagune"),
    ]


@pytest.fixture(scope="module")
def db(tmp_path_factory, analyze):
    path = tmp_path_factory.mktemp("web") / "web.db"
    with KnowledgeBase(path) as kb:
        for s in corpus():
            kb.ingest(s)
        kb.ingest(analyze(HOSTILE, date="2024-04-02", id="hostile"))
    return path


@pytest.fixture(scope="module")
def client(db):
    return TestClient(create_app(db), raise_server_exceptions=False)


class Outline(HTMLParser):
    """Ids, heading levels, hrefs and whether the page has its landmarks."""

    def __init__(self):
        super().__init__()
        self.ids, self.headings, self.hrefs, self.tags, self.labels, self.inputs = [], [], [], set(), set(), []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        self.tags.add(tag)
        if "id" in a:
            self.ids.append(a["id"])
        if re.fullmatch(r"h[1-6]", tag):
            self.headings.append(int(tag[1]))
        if tag == "a" and "href" in a:
            self.hrefs.append(a["href"])
        if tag == "label" and "for" in a:
            self.labels.add(a["for"])
        if tag in ("input", "select") and a.get("type") != "hidden":
            self.inputs.append(a.get("id"))


def outline(html: str) -> Outline:
    o = Outline()
    o.feed(html)
    return o


def test_search_counts_pages_sorts_and_facets(client):
    first = client.get("/", params={"q": "port"})
    assert first.status_code == 200 and "26 résultats" in first.text and "1–20 sur 26" in first.text
    second = client.get("/", params={"q": "port", "page": 2})
    assert "21–26 sur 26" in second.text and "page 2 sur 2" in second.text
    api = client.get("/api/search", params={"q": "port", "limit": 5, "offset": 5}).json()
    assert api["total"] == 26 and len(api["results"]) == 5 and api["offset"] == 5
    oldest = client.get("/api/search", params={"q": "port", "sort": "date_asc", "limit": 1}).json()["results"][0]
    newest = client.get("/api/search", params={"q": "port", "limit": 1}).json()["results"][0]
    assert (oldest["day"], newest["day"]) == ("2024-03-04", "2024-06-21")  # the week of 4 March; summer 2024
    facets = api["facets"]
    assert {f["label"] for f in facets["speaker"]} == {"Hélène Garnier", "Paul Renaud", "ONU"}
    assert {f["value"] for f in facets["outlet"]} == {"exemple.fr"} and facets["year"][0]["value"] == "2024"
    one = client.get("/", params={"q": "port", "outlet": "exemple.fr"})
    assert "22 résultats" in one.text
    assert client.get("/api/search", params={"q": "port", "year": 2024, "type": "direct"}).json()["total"] == 25


def test_cards_show_outlet_headline_and_dates_in_words_never_codes(client):
    page = unescape(client.get("/", params={"q": "port"}).text + client.get("/", params={"q": "port", "page": 2}).text)
    assert "exemple.fr" in page and "Titre port-1" in page
    for words in ("14 mars 2024", "semaine du 4 mars 2024", "été 2024", "2 mai 2024 (date de l'article)", "date inconnue"):
        assert words in page
    for url in ("/", "/timeline", "/dyads", "/person/1", "/events", "/article/port-2", "/people", "/articles"):
        assert not TIMEX.search(client.get(url).text), url


def test_downloads_of_a_result_list_are_safe_csv_and_json(client):
    r = client.get("/api/search", params={"q": "port", "format": "csv", "limit": 10000})
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(r.text)))
    assert len(rows) == 26 and "'=SUM(1) sur le port" in {row["content"] for row in rows}  # no formula runs
    assert {row["date"] for row in rows} >= {"14 mars 2024 (date de l'article)", "été 2024"}
    data = client.get("/api/search", params={"q": "port", "format": "json", "limit": 10000}).json()
    assert data["total"] == 26 and len(data["results"]) == 26
    page = client.get("/", params={"q": "port"}).text
    assert "/api/search?q=port&amp;format=csv&amp;limit=10000" in page


def test_articles_list_and_search_in_article_text(client):
    listed = client.get("/articles").text
    assert "6 résultats" in listed and "Titre sans-citation" in listed
    found = client.get("/api/articles", params={"q": "lagune"}).json()
    assert [a["id"] for a in found["results"]] == ["sans-citation"] and found["results"][0]["date"] == "20 novembre 2023"
    assert "<mark>lagune</mark>" in client.get("/articles", params={"q": "lagune"}).text


def test_people_are_found_by_any_of_their_names(client):
    for q in ("Nations unies", "ONU", "garnier"):
        assert client.get("/api/people", params={"q": q}).json()["total"] == 1, q
    assert "Hélène Garnier" in client.get("/people", params={"q": "Hélène"}).text


def test_person_page_shows_counterparts_once_a_chart_a_map_and_links_to_sentences(client):
    poland = client.get("/api/people", params={"q": "Pologne"}).json()["results"][0]
    page = client.get(poland["page"]).text
    ukraine = client.get("/api/people", params={"q": "Ukraine"}).json()["results"][0]
    assert f'envers <a href="/person/{ukraine["id"]}">Ukraine</a>' in page
    e = client.get(f"/api/entities/{poland['id']}").json()
    assert [len(a["counterparts"]) for a in e["did"]] == [1, 1, 1]  # Ukraine once, though named twice as recipient
    assert '<svg class="map"' in page and 'class="on"' in page and "citations et d'événements par mois" in unescape(page)
    assert 'href="/article/dépêche/2024/01#E1"' in page
    garnier = client.get("/api/people", params={"q": "Garnier"}).json()["results"][0]
    assert 'href="/article/port-1#Q3"' in client.get(garnier["page"]).text


def test_dyad_counts_open_their_events(client):
    page = client.get("/dyads").text
    link = re.search(r'<a class="count" href="(/events\?[^"]+)">2</a>', page)
    assert link, page
    events = client.get(link.group(1).replace("&amp;", "&")).text
    assert "2 résultats" in events and "La Pologne a livré des chars à l&#39;Ukraine." in events


def test_timeline_shows_each_dated_fact_with_its_sentence(client):
    r = client.get("/api/timeline").json()
    facts = [(f["date"], f["sentence"]) for f in r["results"]]
    assert ("mars 2024", "La Pologne a livré des chars à l'Ukraine.") in facts
    assert ("semaine du 4 mars 2024", "« =SUM(1) sur le port » ; « Le port rouvrira » ; « Le port attendra ».") in facts
    assert all(f["date"] != "date inconnue" for f in r["results"])  # only facts their article dates


def test_only_web_addresses_become_links(client):
    assert 'href="javascript:' not in client.get("/article/port-2").text
    assert 'href="data:' not in client.get("/article/port-3").text
    assert 'href="https://journal.fr/d/1"' in client.get("/article/dépêche/2024/01").text
    rows = client.get("/api/search", params={"q": "port", "limit": 100}).json()["results"]
    assert {r["url"] for r in rows} == {"https://www.exemple.fr/port-1", None}


def test_ids_with_a_slash_are_addressable(client):
    assert client.get("/article/dépêche/2024/01").status_code == 200
    assert client.get("/api/articles/dépêche/2024/01").json()["id"] == "dépêche/2024/01"


@pytest.mark.parametrize("url", [
    "/person/99999999999999999999", "/person/0", "/person/-1", "/person/abc", "/?q=%00", "/?speaker=a%00b",
    "/?from=mardi", "/?page=0", "/?page=99999999999", "/?sort=hasard", "/api/search?limit=0", "/api/search?limit=10001",
    "/api/entities/99999999999999999999", "/article/" + "x" * 600, "/events?month=2024-13-01", "/?year=20245",
    "/api/search?q=" + "%22" * 150, "/api/search?q=NEAR(a%20b)", "/?outlet=%25_%5C", "/network?min_weight=-3",
])
def test_no_input_gives_a_500(client, url):
    r = client.get(url)
    assert r.status_code in (200, 404, 422), (url, r.status_code)
    if url.startswith("/api"):
        assert r.headers["content-type"].startswith("application/json")
    elif r.status_code != 200:
        assert r.headers["content-type"].startswith("text/html") and "<nav" in r.text and "Retour à la recherche" in r.text


def test_a_form_sent_with_blank_fields_is_a_plain_search(client):
    blank = {k: "" for k in ("q", "speaker", "from", "to", "outlet", "type")}
    total = client.get("/api/stats").json()["quotes"]
    assert f"{total} résultats" in client.get("/", params=blank).text
    assert client.get("/people", params={"q": "", "kind": ""}).status_code == 200
    assert client.get("/articles", params={"q": "", "from": "", "to": "", "outlet": ""}).status_code == 200


def test_errors_are_pages_in_the_site_look(client):
    r = client.get("/nulle-part")
    assert r.status_code == 404 and "Page introuvable" in r.text and 'lang="fr"' in r.text
    assert client.get("/api/articles/nope").status_code == 404
    assert client.get("/person/999999").status_code == 404


def test_api_docs_are_served_from_the_package(client):
    html = client.get("/docs").text
    assert 'lang="fr"' in html
    srcs = re.findall(r'(?:src|href)="([^"]+)"', html)
    assert srcs and all(s.startswith("/") for s in srcs), srcs
    for s in srcs:
        assert client.get(s).status_code == 200
    assert client.get("/openapi.json").json()["info"]["title"] == "storygraph"


@pytest.mark.parametrize("url", ["/", "/articles", "/people", "/article/port-2", "/article/hostile", "/person/1",
                                 "/timeline", "/dyads", "/events", "/network", "/map", "/nulle-part"])
def test_pages_have_landmarks_labels_ordered_headings_and_unique_ids(client, url):
    o = outline(client.get(url).text)
    assert {"header", "nav", "main", "footer"} <= o.tags
    assert len(o.ids) == len(set(o.ids)), [i for i in o.ids if o.ids.count(i) > 1]
    assert o.headings[0] == 1 and o.headings.count(1) == 1
    assert all(b - a <= 1 for a, b in zip(o.headings, o.headings[1:])), o.headings
    assert all(i in o.labels for i in o.inputs), (o.inputs, o.labels)


def test_article_text_is_escaped_and_highlighted(client):
    r = client.get("/article/hostile")
    assert r.status_code == 200
    assert "<script>alert" not in r.text and "&lt;script&gt;alert" in r.text
    assert '<mark class="quote direct" id="Q1" data-fact="Q1"' in r.text
    assert 'class="speaker"' in r.text and "/person/" in r.text


def test_a_read_only_folder_is_served_without_writing_beside_the_file(db, tmp_path, monkeypatch):
    copy = tmp_path / "ro" / "kb.db"
    copy.parent.mkdir()
    copy.write_bytes(db.read_bytes())
    monkeypatch.setattr(dbmod.os, "access", lambda path, mode: False)  # as if the folder were read-only
    assert "immutable=1" in dbmod.readonly_uri(copy) and "mode=ro" in dbmod.readonly_uri(copy)
    r = TestClient(create_app(copy)).get("/", params={"q": "port"})
    assert r.status_code == 200 and "26 résultats" in r.text
    assert sorted(p.name for p in copy.parent.iterdir()) == ["kb.db"]  # no -wal, no -shm, no journal


def test_facets_too_slow_to_count_are_named_not_guessed(db, monkeypatch):
    monkeypatch.setattr(dbmod, "FACET_BUDGET", -1.0)  # every facet is past its time
    page = TestClient(create_app(db)).get("/", params={"from": "2024-01-15"}).text
    assert "Décomptes laissés de côté" in page and "qui parle" in page
    with KnowledgeBase(db, readonly=True) as kb:
        r = kb.quotes(dbmod.QuoteFilter(date_from="2024-01-15"))
        assert r["facets"] == {} and r["facets_skipped"] == ["speaker", "outlet", "type", "year"] and r["total"] > 20


def test_a_word_search_counts_sorts_and_facets_the_same_in_one_pass(db, monkeypatch):
    with KnowledgeBase(db, readonly=True) as kb:
        for sort in ("date", "date_asc", "relevance"):
            f = dict(q="port", sort=sort, limit=7, offset=3)
            one = kb.quotes(dbmod.QuoteFilter(**f))
            monkeypatch.setattr(dbmod, "ONE_PASS", 0)  # the same search through SQL alone
            sql = kb.quotes(dbmod.QuoteFilter(**f))
            monkeypatch.setattr(dbmod, "ONE_PASS", 30_000)
            assert one["total"] == sql["total"] == 26
            assert [r["quote_id"] + r["article_id"] for r in one["results"]] == \
                   [r["quote_id"] + r["article_id"] for r in sql["results"]], sort
            assert one["facets"] == sql["facets"]


@pytest.mark.parametrize("filters", [{}, {"date_from": "2024"}, {"date_from": "2024-03", "date_to": "2024-05"},
                                     {"year": 2024}, {"date_to": "2023"}])
def test_counts_by_whole_months_are_the_counts_of_the_quotes(db, monkeypatch, filters):
    with KnowledgeBase(db, readonly=True) as kb:
        summed = kb.quotes(dbmod.QuoteFilter(**filters))
        monkeypatch.setattr(KnowledgeBase, "_month_sums", lambda self, f: None)
        counted = kb.quotes(dbmod.QuoteFilter(**filters))
    assert summed["total"] == counted["total"] and summed["results"] == counted["results"]
    assert summed["facets"] == counted["facets"]


@pytest.mark.parametrize("cue, mention, why", [("a-t-il ajouté", "il", "pronom · renvoie à « Le ministre de la Culture »"),
                                              ("a ajouté le ministre", "le ministre", "titre")])
def test_a_pronoun_or_title_says_whom_it_stands_for_and_why(analyze, cue, mention, why):
    from storygraph.web.highlight import highlight
    from storygraph.web.i18n import strings

    story = analyze("Le ministre de la Culture, Jean Aubert, a visité le chantier mardi.\n\n"
                    f"« Les travaux finiront en mai », {cue}.").to_dict()
    html = unescape(highlight(story, {}, strings("fr")["reference"]))
    assert f"« {mention} » désigne Jean Aubert" in html
    assert why in html
