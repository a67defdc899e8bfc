"""Date honesty: a Story says where its date came from, and warns when there is none, when it was guessed,
and when the text contradicts it."""
import json

from rich.console import Console

from storygraph.nlp.times import NO_DATE, date_report
from storygraph.read import from_html, from_text, parse_json_record
from storygraph.report import print_story

BODY = ("<article><h1>Les cheminots en grève</h1><p>Publié le 14 mars 2024</p><p>"
        + "Les agents ont cessé le travail mardi contre la réforme des retraites, a indiqué leur syndicat. " * 5
        + "</p></article>")


def test_where_the_date_came_from():
    assert from_text("date 2024-03-14\nLe maire a démissionné hier.").date_source == "input"
    assert from_text("Le maire a démissionné hier.").date_source is None
    rec = parse_json_record(json.dumps({"id": "a", "text": "Le maire a démissionné.", "date": "2024-03"}), "x:1")
    assert (rec.date, rec.date_source) == ("2024-03", "input")
    declared = from_html('<html><head><meta property="article:published_time" content="2023-05-02T10:00:00+02:00">'
                         "<title>t</title></head><body>" + BODY + "</body></html>")
    assert (declared.date, declared.date_source) == ("2023-05-02", "metadata")
    # no date in the markup: htmldate reads one off the page's text, which is a guess
    guessed = from_html("<html><head><title>t</title></head><body>" + BODY + "</body></html>")
    assert (guessed.date, guessed.date_source) == ("2024-03-14", "guessed")


def test_no_date_leaves_relative_times_unresolved_and_says_so(analyze):
    s = analyze("Le préfet a reçu les maires hier, puis il les reverra mardi prochain.")
    assert s.date is None and s.date_source is None
    assert NO_DATE in s.warnings
    assert {t["text"]: t["value"] for t in s.times}["hier"] == "XXXX-XX-XX"
    # what the words fix on their own keeps its value and interval
    s2 = analyze("En février 2022, la Russie a envahi l'Ukraine ; mardi, Kiev a accusé Moscou.")
    t = {t["text"]: t for t in s2.times}
    assert (t["février 2022"]["earliest"], t["février 2022"]["latest"]) == ("2022-02-01", "2022-02-28")
    assert t["mardi"]["value"] == "XXXX-WXX-2" and t["mardi"]["earliest"] is None
    s3 = analyze("Il y a dix ans, le club est né ; la semaine dernière, il a fêté ce week-end son titre.")
    assert [t["value"] for t in s3.times] == ["XXXX", "XXXX-WXX", "XXXX-WXX-WE"]
    console = Console(record=True, width=120)
    print_story(s, console)
    assert NO_DATE in console.export_text()


def test_the_texts_own_publication_line_dates_an_undated_article(analyze):
    s = analyze("Mis en ligne le 3 octobre 2022\n\nLes députés ont rejeté la motion hier soir.")
    assert (s.date, s.date_source) == ("2022-10-03", "guessed")
    assert "2022-10-03" in s.warnings[0] and "Mis en ligne" in s.warnings[0]
    assert {t["text"]: t["value"] for t in s.times}["hier soir"] == "2022-10-02TEV"


def test_a_date_the_text_contradicts_is_reported(analyze):
    s = analyze("Publié le 12 mars 2024\n\nLa mairie a fermé ses portes jeudi.", date="2024-03-20")
    assert s.date_source == "input"
    assert any("contradicts" in w and "Publié le 12 mars 2024" in w for w in s.warnings)
    fine = analyze("Publié le 20 mars 2024\n\nLa mairie a fermé ses portes jeudi.", date="2024-03-20")
    assert not fine.warnings


def test_date_report_rules():
    updated = [{"kind": "updated", "value": "2024-03-02", "cue": "Mis à jour le", "text": "2 mars 2024"}]
    # an update before the publication date cannot be
    assert "update before" in date_report("2024-03-20", "metadata", updated, None)[2][0]
    # a guessed date is said to be one, and a later update line says it may be the update's
    later = [dict(updated[0], value="2024-03-25", text="25 mars 2024")]
    _, source, warns = date_report("2024-03-20", "guessed", later, None)
    assert source == "guessed" and len(warns) == 2 and "may not be" in warns[1]
    # a month-only date agrees with any day of its month
    published = [{"kind": "published", "value": "2023-09-12", "cue": "Publié le", "text": "12 septembre 2023"}]
    assert date_report("2023-09", "input", published, None)[2] == []


def test_a_value_nothing_fixed_covers_no_days():
    from storygraph.nlp.times.values import interval

    assert interval(None) is None and interval("XXXX-WXX-2") is None
    assert interval("2024-02") == ("2024-02-01", "2024-02-29")


def test_an_undated_article_with_years_and_relative_days_is_analysed_without_error(analyze):
    s = analyze("En 2019, le port avait fermé. Le lendemain, le maire a promis sa réouverture pour le 3 mai 2025.")
    assert s.ok and s.date is None
    assert any(t["text"] == "2019" and t["value"] == "2019" for t in s.times)
