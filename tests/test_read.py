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
