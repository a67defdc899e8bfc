"""Reading inputs: date headers, JSONL, HTML, directories, and bad input as values."""
import json

from storygraph.read import read_inputs, split_date_header


def test_date_header_is_removed_and_kept_as_date():
    date, text = split_date_header(" date 2023-09 Le président a parlé.")
    assert date == "2023-09"
    assert text == "Le président a parlé."


def test_no_header_leaves_text_untouched():
    assert split_date_header("La date du scrutin est fixée.") == (None, "La date du scrutin est fixée.")


def test_jsonl_keeps_id_and_exact_text(tmp_path):
    p = tmp_path / "a.jsonl"
    rec = {"id": "x1", "text": "  Texte avec espaces  \n", "date": "2020-01-02"}
    p.write_text(json.dumps(rec) + "\n{broken\n", encoding="utf-8")
    arts = list(read_inputs([str(p)]))
    assert arts[0].id == "x1" and arts[0].text == rec["text"] and arts[0].error is None
    assert arts[1].error.startswith("malformed JSON")
    assert arts[1].id.endswith("a.jsonl:2")


def test_bad_files_are_errors_not_crashes(tmp_path):
    (tmp_path / "empty.txt").write_text("")
    (tmp_path / "bin.txt").write_bytes(b"\x00\x01\x02binary\x00")
    (tmp_path / "latin.txt").write_bytes("L'été à Besançon a été chaud, déclare le maire.".encode("cp1252"))
    (tmp_path / "big.txt").write_text("mot " * 300_000)
    arts = {a.id: a for a in read_inputs([str(tmp_path)])}
    assert arts["empty"].error == "empty input"
    assert "binary" in arts["bin"].error
    assert arts["latin"].error is None and "été à Besançon" in arts["latin"].text
    assert arts["latin"].notice and "not UTF-8" in arts["latin"].notice
    assert arts["big"].error.startswith("too large")


def test_missing_path_is_reported(tmp_path):
    (art,) = read_inputs([str(tmp_path / "nope.txt")])
    assert art.error == "no such file or directory"


def test_warc_html_responses_become_articles(tmp_path):
    from io import BytesIO

    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    page = ("<html><head><title>Port de Brest</title></head><body><article><h1>Port de Brest</h1>"
            "<p>« Le port rouvrira lundi », a déclaré Marie Lefort, directrice de l’Autorité portuaire. "
            "Les dockers ont voté la reprise du travail après trois semaines de grève, selon le syndicat.</p>"
            "<p>La direction a précisé que les navires en attente seraient déchargés en priorité dès mardi.</p>"
            "</article></body></html>").encode("utf-8")
    path = tmp_path / "crawl.warc.gz"
    with path.open("wb") as f:
        w = WARCWriter(f, gzip=True)
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.0")
        w.write_record(w.create_warc_record("https://exemple.fr/brest", "response", payload=BytesIO(page),
                                            http_headers=headers))
        img = StatusAndHeaders("200 OK", [("Content-Type", "image/png")], protocol="HTTP/1.0")
        w.write_record(w.create_warc_record("https://exemple.fr/x.png", "response", payload=BytesIO(b"\x89PNG"),
                                            http_headers=img))
    (art,) = read_inputs([str(path)])
    assert art.error is None and art.url == "https://exemple.fr/brest"
    assert "a déclaré Marie Lefort" in art.text


def _warc(path, pages, gzip=True):
    from io import BytesIO

    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with path.open("wb") as f:
        w = WARCWriter(f, gzip=gzip)
        for url, body in pages:
            headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.0")
            page = (f"<html><body><article><p>{body}</p><p>{body}</p></article></body></html>").encode("utf-8")
            rec = w.create_warc_record(url, "response", payload=BytesIO(page), http_headers=headers)
            w.write_record(rec)
    return path


def test_jsonl_field_types_and_dates_are_checked(tmp_path):
    text = "Le maire de Quimper a inauguré la nouvelle médiathèque samedi matin."
    recs = [{"id": "t1", "text": text, "title": ["une", "liste"]},
            {"id": "t2", "text": text, "url": {"href": "x"}},
            {"id": ["l"], "text": text},
            {"id": "t4", "text": 42},
            {"id": "t5", "text": text, "date": "2024-02-30"},
            {"id": "t6", "text": text, "date": "hier"},
            {"id": 7, "text": text, "date": "2024-02-29T08:30:00+01:00"},
            {"id": "t8", "text": text, "date": "", "url": None},
            ["pas", "un", "objet"]]
    p = tmp_path / "types.jsonl"
    p.write_text("".join(json.dumps(r) + "\n" for r in recs) + "[" * 100_000 + "\n", encoding="utf-8")
    arts = list(read_inputs([str(p)]))
    errors = [a.error for a in arts]
    assert errors[0] == "'title' must be a string (got a list)" and arts[0].id == "t1"
    assert errors[1] == "'url' must be a string (got an object)"
    assert errors[2] == "'id' must be a string or an integer (got a list)" and arts[2].id == f"{p}:3"
    assert errors[3] == "'text' must be a string (got a number)"
    assert errors[4] == "date '2024-02-30' is not a real date"
    assert errors[5].startswith("date 'hier' is not an ISO date")
    assert errors[6] is None and arts[6].id == "7" and arts[6].date == "2024-02-29T08:30:00+01:00"
    assert errors[7] is None and arts[7].date is None
    assert errors[8] == "record is a list, not a JSON object"
    assert errors[9].startswith("malformed JSON")  # nested too deep for the parser: one error, not a crash


def test_lone_surrogates_are_repaired_one_for_one(tmp_path):
    p = tmp_path / "s.jsonl"
    p.write_text('{"id": "s\\udc80", "title": "Titre \\ud800", "text": "Le d\\ud800put\\u00e9 a vot\\u00e9 contre."}\n',
                 encoding="utf-8")
    (art,) = read_inputs([str(p)])
    assert art.error is None and art.text == "Le d\ufffdputé a voté contre." and len(art.text) == 24
    assert art.id == "s\ufffd" and art.title == "Titre \ufffd" and "lone surrogate" in art.notice
    art.text.encode("utf-8")  # writable now


def test_byte_order_marks_are_decoded(tmp_path):
    text = "« La gare rouvrira en mai », a promis Sophie Lenoir, présidente de la région."
    (tmp_path / "u16.txt").write_bytes(text.encode("utf-16"))  # with its BOM
    (tmp_path / "u16be.txt").write_bytes(b"\xfe\xff" + text.encode("utf-16-be"))
    (tmp_path / "u8.txt").write_bytes(b"\xef\xbb\xbf" + text.encode("utf-8"))
    (tmp_path / "l16.jsonl").write_bytes((json.dumps({"id": "j", "text": text}, ensure_ascii=False) + "\n").encode("utf-16"))
    (tmp_path / "l8.jsonl").write_bytes(b"\xef\xbb\xbf" + json.dumps({"id": "k", "text": text}).encode("utf-8") + b"\n")
    arts = {a.id: a for a in read_inputs([str(tmp_path)])}
    assert {k: (a.error, a.text) for k, a in arts.items()} == {k: (None, text) for k in ("u16", "u16be", "u8", "j", "k")}


def test_same_id_twice_in_one_run_is_reported(tmp_path):
    a = tmp_path / "a.jsonl"
    a.write_text(json.dumps({"id": "d1", "text": "Le port de Sète a rouvert mardi après la tempête."}) + "\n"
                 + json.dumps({"id": "d1", "text": "La mairie de Sète a fermé les plages jusqu'à nouvel ordre."}) + "\n"
                 + json.dumps({"id": "d1", "text": "Le port de Sète a rouvert mardi après la tempête."}) + "\n",
                 encoding="utf-8")
    first, second, third = read_inputs([str(a)])
    assert first.error is None and first.id == "d1"
    assert second.error == f"duplicate id 'd1': a different text was already read from {a}:1"
    assert second.id == f"{a}:2" and third.error.startswith("duplicate id 'd1': the same text")


def test_truncated_warc_is_reported_after_what_it_holds(tmp_path):
    body = ("Le conseil régional de Bretagne a adopté mardi un plan pour les ports de pêche de la côte sud, "
            "après trois mois de concertation avec les élus des communes littorales et les syndicats de marins. "
            "Les premiers chantiers commenceront à Lorient et à Concarneau avant la fin de l'année prochaine.")
    pages = [(f"https://exemple.fr/{n}", body.replace("mardi", d)) for n, d in enumerate(("lundi", "mardi", "jeudi"))]
    for gz in (True, False):
        whole = _warc(tmp_path / f"w{gz}.warc{'.gz' if gz else ''}", pages, gzip=gz)
        data = whole.read_bytes()
        arts = list(read_inputs([str(whole)]))
        assert [a.error for a in arts] == [None, None, None]
        cut = whole.with_name("cut-" + whole.name)
        cut.write_bytes(data[:len(data) * 5 // 6])  # inside the third record
        arts = list(read_inputs([str(cut)]))
        assert [a.error for a in arts[:2]] == [None, None] and arts[0].url == "https://exemple.fr/0"
        assert len(arts) == 3 and ("truncated" in arts[2].error), [a.error for a in arts]


def test_unreadable_folder_is_reported(tmp_path, monkeypatch):
    import os

    (tmp_path / "ok").mkdir()
    (tmp_path / "ok" / "a.txt").write_text("Le tribunal de Lille a rendu son jugement vendredi.", encoding="utf-8")
    (tmp_path / "secret").mkdir()
    (tmp_path / "secret" / "b.txt").write_text("Un texte que personne ne lira.", encoding="utf-8")
    real = os.scandir

    def scandir(path="."):
        if os.fspath(path).endswith("secret"):
            raise PermissionError(13, "Permission denied", os.fspath(path))
        return real(path)

    monkeypatch.setattr(os, "scandir", scandir)
    arts = list(read_inputs([str(tmp_path)]))
    assert [(a.id, a.error) for a in arts] == [("a", None), (str(tmp_path / "secret"), "cannot read folder: Permission denied")]


def test_closed_and_streamed_stdin(monkeypatch):
    import io
    import sys

    monkeypatch.setattr(sys, "stdin", None)
    (art,) = read_inputs(["-"])
    assert art.error == "standard input is closed"
    lines = "\n".join(json.dumps({"id": f"e{n}", "text": f"La séance {n} du conseil est levée."}) for n in range(3))
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(("\n\n" + lines + "\n{oups\n").encode())))
    arts = list(read_inputs(["-"]))
    assert [a.id for a in arts[:3]] == ["e0", "e1", "e2"] and arts[3].error.startswith("malformed JSON")
    assert arts[3].source == "stdin:6"


PAGE = """<html><head><title>Le tram de Caen prolongé</title></head><body>
<nav><a href="/">Accueil</a> <a href="/sport">Sport</a></nav>
<article><h1>Le tram de Caen prolongé</h1>
<p>Lecture : 4 min</p>
<p>Le conseil communautaire de Caen a voté jeudi soir le prolongement de la ligne de tramway vers Hérouville.</p>
<p>À lire aussi : Les travaux de la gare routière prendront du retard</p>
<p>« Les premières rames circuleront à la rentrée 2027 », a assuré Étienne Roussel, vice-président chargé des transports.</p>
<figure><img src="t.jpg"><figcaption>Photo : Léa Martin / AFP</figcaption></figure>
<p>Partager sur Facebook</p>
<p>Les commerçants du centre, eux, redoutent deux années de chantier et demandent des compensations financières.</p>
<p>Cet article est réservé aux abonnés. Il vous reste 60 % à lire.</p>
</article></body></html>"""

NOT_AN_ARTICLE = """<html><head><title>Résultats</title></head><body><article><h1>Ligue 2 : les scores</h1>
<ul><li>Caen 2 - 1 Rodez</li><li>Laval 0 - 0 Annecy</li><li>Bastia 3 - 2 Pau</li><li>Amiens 1 - 1 Grenoble</li></ul>
<p>Mis à jour le 3 mars 2024 à 22h10</p></article></body></html>"""


def test_html_keeps_only_the_article(tmp_path):
    (tmp_path / "tram.html").write_text(PAGE, encoding="utf-8")
    (tmp_path / "scores.html").write_text(NOT_AN_ARTICLE, encoding="utf-8")
    arts = {a.id: a for a in read_inputs([str(tmp_path)])}
    tram = arts["tram"]
    assert tram.error is None and tram.title == "Le tram de Caen prolongé"
    for line in ("À lire aussi", "Lecture : 4 min", "Partager", "réservé aux abonnés", "Photo : Léa Martin"):
        assert line not in tram.text
    # the quote is its own paragraph, not glued to the teaser before it
    assert "\n« Les premières rames circuleront à la rentrée 2027 », a assuré Étienne Roussel" in tram.text
    assert "demandent des compensations financières." in tram.text
    assert arts["scores"].error.startswith("not an article: ")


def test_unicode_line_and_paragraph_separators_are_line_breaks(analyze):
    # a word processor's paragraph separator must end the headline's sentence as a line break does
    body = ("Crue de la Saône\u2029« Les digues tiendront », a assuré le préfet Marc Olivier.\u2029"
            "La maire Inès Robin a répondu que l'école fermerait lundi.")
    s = analyze(body, date="2024-05-02")
    assert len(s.text) == len(body) and "\u2029" not in s.text
    assert [(q["type"], q["speaker_name"]) for q in s.quotes] == [("direct", "Marc Olivier"), ("indirect", "Inès Robin")]
    assert s.quotes[0]["content"][0]["text"] == "Les digues tiendront"
