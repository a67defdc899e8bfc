"""One entity across articles: proper names and aliases join, descriptions and first names never do; calendar dates."""
import sqlite3

import pytest

from storygraph.store import KnowledgeBase
from storygraph.store.calendar import span
from storygraph.store.identities import Namer
from storygraph.story import Story


def story(sid: str, text: str, date: str | None, actors: list[tuple[str, str]], quotes=(), url=None) -> Story:
    """A Story written by hand: each actor (name, kind) is mentioned where its name first occurs in the text;
    each quote (actor index, quoted words, time value or None) is cut from the text."""
    acts, times, qs = [], [], []
    for n, (name, kind) in enumerate(actors, 1):
        at = max(text.find(name), 0)
        acts.append({"id": f"A{n}", "name": name, "kind": kind,
                     "mentions": [{"start": at, "end": at + len(name), "text": name}], "descriptions": []})
    for n, (who, words, when) in enumerate(quotes, 1):
        at = text.find(words)
        assert at >= 0, words
        time_id = None
        if when:
            time_id = f"T{len(times) + 1}"
            times.append({"id": time_id, "start": 0, "end": 1, "text": text[0], "type": "DATE", "value": when,
                          "earliest": None, "latest": None})
        speaker = acts[who]["id"] if isinstance(who, int) else who
        name = acts[who]["name"] if isinstance(who, int) else " ; ".join(acts[int(i[1:]) - 1]["name"] for i in who.split(" ; "))
        qs.append({"id": f"Q{n}", "type": "direct", "content": [{"start": at, "end": at + len(words), "text": words}],
                   "speaker": None, "speaker_id": speaker, "speaker_name": name, "cue": None, "addressee": None,
                   "time_id": time_id})
    return Story(id=sid, text=text, date=date, lang="fr", url=url, title=f"Titre {sid}", actors=acts, quotes=qs,
                 times=times)


def build(path, stories) -> dict[str, dict[str, int]]:
    """Ingest the stories (settled on close); article id → actor name → entity id."""
    with KnowledgeBase(path) as kb:
        for s in stories:
            assert kb.ingest(s) in ("added", "updated")
    con = sqlite3.connect(path)
    out: dict[str, dict[str, int]] = {}
    for art, name, eid in con.execute("SELECT article_id, name, entity_id FROM actors"):
        out.setdefault(art, {})[name] = eid
    con.close()
    return out


NAME_FORMS = [
    story("k1", "Kim Jong-un a inspecté une usine.", "2024-03-02", [("Kim Jong-un", "person")]),
    story("k2", "Kim Jong Un a reçu une délégation.", "2024-03-09", [("Kim Jong Un", "person")]),
    story("d1", "Dmitri Kouznetsov a démissionné hier.", "2024-01-10", [("Dmitri Kouznetsov", "person")]),
    story("d2", "Dmitry Kuznetsov conteste sa démission.", "2024-01-12", [("Dmitry Kuznetsov", "person")]),
    story("m1", "Marie-Claire Antoine Dubreuil préside le jury.", "2023-05-01", [("Marie-Claire Antoine Dubreuil", "person")]),
    story("m2", "Marie-Claire Dubreuil a tranché.", "2023-05-03", [("Marie-Claire Dubreuil", "person")]),
    story("m3", "Dubreuil a refusé de commenter.", "2023-05-04", [("Dubreuil", "person")]),
    story("x1", "Xu Wenjing a signé le texte.", "2022-02-01", [("Xu Wenjing", "person")]),
    story("x2", "MM. Xu et Tanaka se sont rencontrés.", "2022-02-03", [("MM. Xu", "person")]),
    story("o1", "L'ONU a protesté.", "2024-02-01", [("ONU", "organization")]),
    story("o2", "Les Nations unies ont protesté.", "2024-02-02", [("Nations unies", "organization")]),
    story("o3", "L'Organisation des Nations unies a protesté.", "2024-02-03", [("Organisation des Nations unies", "organization")]),
    story("p1", "Le président Vladimir Poutine a parlé.", "2024-02-04", [("Président Vladimir Poutine", "person")]),
    story("p2", "Poutine a parlé.", "2024-02-05", [("Poutine", "group")]),
    story("p3", "Vladimir Putin spoke.", "2024-02-06", [("Vladimir Putin", "person")]),
]


def test_the_same_person_under_several_name_forms_is_one_entity(tmp_path):
    ids = build(tmp_path / "kb.db", NAME_FORMS)
    assert ids["k1"]["Kim Jong-un"] == ids["k2"]["Kim Jong Un"]
    assert ids["d1"]["Dmitri Kouznetsov"] == ids["d2"]["Dmitry Kuznetsov"]  # transliterations
    assert ids["m1"]["Marie-Claire Antoine Dubreuil"] == ids["m2"]["Marie-Claire Dubreuil"] == ids["m3"]["Dubreuil"]
    assert ids["x1"]["Xu Wenjing"] == ids["x2"]["MM. Xu"]  # a surname after an honorific, first in a Chinese name
    assert ids["o1"]["ONU"] == ids["o2"]["Nations unies"] == ids["o3"]["Organisation des Nations unies"]
    assert ids["p1"]["Président Vladimir Poutine"] == ids["p2"]["Poutine"] == ids["p3"]["Vladimir Putin"]
    with KnowledgeBase(tmp_path / "kb.db", readonly=True) as kb:
        kim = kb.entity(ids["k1"]["Kim Jong-un"])
        assert {n["name"] for n in kim["names"]} == {"Kim Jong-un", "Kim Jong Un"}
        assert kb.entity(ids["p2"]["Poutine"])["kind"] == "person"


LOCAL = [
    story("j1", "« Je regrette », a dit Julien devant le tribunal.", "2024-04-01", [("Julien", "person")],
          [(0, "Je regrette", None)]),
    story("j2", "Julien Morel, ministre des Sports, a réagi.", "2024-04-02", [("Julien Morel", "person")]),
    story("j3", "« Rien vu », a dit Julien, 19 ans.", "2024-04-03", [("Julien", "person")], [(0, "Rien vu", None)]),
    story("g1", "Le gouvernement a annoncé un plan. Le Parlement votera.", "2024-04-04",
          [("le gouvernement", "organization"), ("Parlement", "organization")]),
    story("g2", "Le gouvernement dément. Le Parlement hésite.", "2024-04-05",
          [("le gouvernement", "organization"), ("Parlement", "organization")]),
    story("f1", "Le ministre des Affaires étrangères a appelé au calme.", "2024-04-06",
          [("le ministre des Affaires étrangères", "person")]),
    story("f2", "Le ministre des Affaires étrangères a convoqué l'ambassadeur.", "2024-04-07",
          [("le ministre des Affaires étrangères", "person")]),
    story("n1", "On a appris la nouvelle. « Tant mieux », disent Paul Girard et Anne Roux.", "2024-04-08",
          [("on", "group"), ("Paul Girard", "person"), ("Anne Roux", "person")], [("A2 ; A3", "Tant mieux", None)]),
    story("n2", "On s'inquiète à Lyon.", "2024-04-09", [("on", "group")]),
]


def test_descriptions_first_names_and_generic_bodies_stay_in_their_article(tmp_path):
    ids = build(tmp_path / "kb.db", LOCAL)
    assert ids["j1"]["Julien"] != ids["j2"]["Julien Morel"]
    assert ids["j1"]["Julien"] != ids["j3"]["Julien"]
    assert ids["g1"]["le gouvernement"] != ids["g2"]["le gouvernement"]
    assert ids["g1"]["Parlement"] != ids["g2"]["Parlement"]
    assert ids["f1"]["le ministre des Affaires étrangères"] != ids["f2"]["le ministre des Affaires étrangères"]
    assert ids["n1"]["on"] != ids["n2"]["on"]
    with KnowledgeBase(tmp_path / "kb.db", readonly=True) as kb:
        # local entities are no one to list or to count as people
        people = kb.people()["results"]
        assert {p["name"] for p in people} == {"Julien Morel", "Paul Girard", "Anne Roux"}
        # two speakers of one quote: the first one speaks, and they stay two people
        hit = kb.search("mieux")[0]
        assert hit["speaker_entity_id"] == ids["n1"]["Paul Girard"] != ids["n1"]["Anne Roux"]


def test_namesakes_and_an_ambiguous_surname_stay_apart(tmp_path):
    ids = build(tmp_path / "kb.db", [
        story("h1", "Hélène Garnier dirige le syndicat.", "2024-03-01", [("Hélène Garnier", "person")]),
        story("h2", "Léa Garnier a gagné le tournoi.", "2024-03-02", [("Léa Garnier", "person")]),
        story("h3", "Garnier a répondu sèchement.", "2024-03-03", [("Garnier", "person")]),
        story("h4", "Hélène Garnier a signé l'accord.", "2024-03-04", [("Hélène Garnier", "person")]),
        story("c1", "Christian Lemoine a parlé.", "2024-03-05", [("Christian Lemoine", "person")]),
        story("c2", "Christiane Lemoine a répondu.", "2024-03-06", [("Christiane Lemoine", "person")]),
        story("c3", "Sergueï Volkov a parlé.", "2024-03-07", [("Sergueï Volkov", "person")]),
        story("c4", "Sergei Volkov a répondu.", "2024-03-08", [("Sergei Volkov", "person")]),
    ])
    assert ids["c1"]["Christian Lemoine"] != ids["c2"]["Christiane Lemoine"]
    assert ids["c3"]["Sergueï Volkov"] == ids["c4"]["Sergei Volkov"]
    assert ids["h1"]["Hélène Garnier"] == ids["h4"]["Hélène Garnier"] != ids["h2"]["Léa Garnier"]
    assert ids["h3"]["Garnier"] not in (ids["h1"]["Hélène Garnier"], ids["h2"]["Léa Garnier"])


def test_entity_ids_outlive_a_later_ingest_and_ingest_order_does_not_change_the_clusters(tmp_path):
    first = build(tmp_path / "a.db", NAME_FORMS[:4])
    later = build(tmp_path / "a.db", NAME_FORMS[4:])
    assert later["k1"]["Kim Jong-un"] == first["k1"]["Kim Jong-un"]
    assert later["d2"]["Dmitry Kuznetsov"] == first["d2"]["Dmitry Kuznetsov"]
    backwards = build(tmp_path / "b.db", list(reversed(NAME_FORMS)))

    def partition(ids):
        groups: dict[int, set] = {}
        for art, names in ids.items():
            for name, eid in names.items():
                groups.setdefault(eid, set()).add((art, name))
        return sorted(sorted(g) for g in groups.values())

    assert partition(later) == partition(backwards)


def test_speaker_filter_finds_every_form_of_a_name(tmp_path):
    stories = [
        story("s1", "« Nous avancerons », a dit Kim Jong-un.", "2024-03-02", [("Kim Jong-un", "person")],
              [(0, "Nous avancerons", None)]),
        story("s2", "« Nous tiendrons », a dit Kim Jong Un.", "2024-03-05", [("Kim Jong Un", "person")],
              [(0, "Nous tiendrons", None)]),
        story("s3", "« Halte », a déclaré l'ONU.", "2024-03-06", [("ONU", "organization")], [(0, "Halte", None)]),
        story("s4", "« Assez », ont déclaré les Nations unies.", "2024-03-07", [("Nations unies", "organization")],
              [(0, "Assez", None)]),
    ]
    build(tmp_path / "kb.db", stories)
    with KnowledgeBase(tmp_path / "kb.db", readonly=True) as kb:
        for form in ("Kim Jong-un", "Kim Jong Un", "kim jong un"):
            assert {h["article_id"] for h in kb.search(speaker=form)} == {"s1", "s2"}
        for form in ("ONU", "Nations unies", "Organisation des Nations unies"):
            assert {h["article_id"] for h in kb.search(speaker=form)} == {"s3", "s4"}


@pytest.mark.parametrize("name, kind, local", [
    ("le gouvernement", "organization", True), ("Affaires étrangères", "organization", True),
    ("Monsieur", "person", True), ("on", "group", True), ("un responsable du Hamas", "organization", True),
    ("le Britannique", "group", True), ("Paul Girard ; Anne Roux", "person", True),
    ("armée russe", "organization", False), ("Hamas", "organization", False), ("Greenpeace", "organization", False),
    ("Président Xi Jinping", "person", False), ("Mme Borne", "person", False), ("Kim Il Sung", "person", False),
    ("Moon Jae-in", "person", False), ("Ezzat al-Rishq", "person", False), ("écrivain sénégalais", "person", True),
])
def test_what_names_someone_and_what_does_not(name, kind, local):
    assert (Namer("fr").form(name, kind).kind == "local") is local


def test_two_letter_acronyms_must_match_case():
    namer = Namer("fr")
    assert namer.form("UN", "organization").kind == "alias"
    assert namer.form("un", "organization").kind == "local"


@pytest.mark.parametrize("value, expected", [
    ("2024-03-14", ("2024-03-14", "2024-03-14", "day")), ("2024-03", ("2024-03-01", "2024-03-31", "month")),
    ("2024-W10", ("2024-03-04", "2024-03-10", "week")), ("2024-SU", ("2024-06-21", "2024-09-22", "season")),
    ("2023-WI", ("2023-12-21", "2024-03-19", "season")), ("2024-Q2", ("2024-04-01", "2024-06-30", "quarter")),
    ("2024", ("2024-01-01", "2024-12-31", "year")), ("199", ("1990-01-01", "1999-12-31", "decade")),
    ("2024-03-14T10:00", ("2024-03-14", "2024-03-14", "day")),
    ("PRESENT_REF", None), ("XXXX-WXX-7TEV", None), ("P1D", None), ("2024-02-30", None), (None, None),
])
def test_calendar_spans_of_timex_values(value, expected):
    got = span(value)
    assert (tuple(got) if got else None) == expected


def test_date_filter_returns_only_facts_dated_in_range(tmp_path):
    build(tmp_path / "kb.db", [
        story("t1", "« Premier » ; « Deuxième » ; « Troisième ».", "2024-02-20",
              [("Claire Vidal", "person")],
              [(0, "Premier", "2024-01-15"), (0, "Deuxième", "PRESENT_REF"), (0, "Troisième", "2023-W50")]),
        story("t2", "« Sans date » ; « Ailleurs ».", None, [("Claire Vidal", "person")],
              [(0, "Sans date", "PAST_REF"), (0, "Ailleurs", "2024-01-03")]),
    ])
    with KnowledgeBase(tmp_path / "kb.db", readonly=True) as kb:
        hits = kb.search(date_from="2024-01")
        assert [h["content"] for h in hits] == ["Deuxième", "Premier", "Ailleurs"]  # latest first
        assert [h["dated_by"] for h in hits] == ["article", "text", "text"]
        assert {h["content"] for h in kb.search(date_from="2024-01", date_to="2024-01")} == {"Premier", "Ailleurs"}
        assert {h["content"] for h in kb.search(date_to="2023")} == {"Troisième"}
        everything = kb.search()
        assert everything[-1]["content"] == "Sans date" and everything[-1]["day"] is None


def test_derived_tables_of_another_version_are_made_again(tmp_path):
    build(tmp_path / "kb.db", NAME_FORMS[:2])
    con = sqlite3.connect(tmp_path / "kb.db")
    con.execute("DROP TABLE article_info")
    con.execute("CREATE TABLE article_info (article_id TEXT PRIMARY KEY, outlet TEXT)")  # an older shape
    con.execute("UPDATE meta SET value = '0' WHERE key = 'derived'")
    con.commit()
    con.close()
    with KnowledgeBase(tmp_path / "kb.db"):
        pass
    with KnowledgeBase(tmp_path / "kb.db", readonly=True) as kb:
        assert kb.articles()["total"] == 2 and [p["name"] for p in kb.people()["results"]] == ["Kim Jong-un"]
