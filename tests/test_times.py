"""When: French time expressions and their values, on sentences written for these tests."""
from storygraph.nlp.times import interval, merge, parse_anchor


def times(story):
    return [(t["text"], t["type"], t["value"]) for t in story.times]


def test_dates_durations_sets_and_clock(analyze):
    s = analyze("Le conseil se réunira le jeudi 14 mars à 18 h 30 pour trois heures de débat. "
                "La taxe, payée chaque année depuis 2015, rapporte 2 millions d’euros par an.", date="2024-03-05")
    got = times(s)
    assert ("le jeudi 14 mars", "DATE", "2024-03-14") in got
    assert ("18 h 30", "TIME", "2024-03-14T18:30") in got
    assert ("trois heures", "DURATION", "PT3H") in got
    assert ("chaque année", "SET", "P1Y") in got
    assert ("2015", "DATE", "2015") in got
    assert ("par an", "SET", "P1Y") in got


def test_relative_days_and_weekday_direction(analyze):
    s = analyze("Hier soir, le maire a signé le décret. Il a rencontré les syndicats mardi "
                "et les recevra de nouveau vendredi.", date="2024-03-14")  # a Thursday
    got = dict((t, v) for t, _, v in times(s))
    assert got["Hier soir"] == "2024-03-13TEV"
    assert got["mardi"] == "2024-03-12"      # past tense: the Tuesday before
    assert got["vendredi"] == "2024-03-15"   # future tense: the Friday after


def test_relative_units_and_numbers_in_words(analyze):
    s = analyze("L’an dernier, l’usine a fermé. Dix-huit mois plus tard, elle rouvre, "
                "il y a trois jours, après la semaine dernière de négociations.", date="2024-03-14")
    got = dict((t, v) for t, _, v in times(s))
    assert got["L’an dernier"] == "2023"
    assert got["il y a trois jours"] == "2024-03-11"
    assert got["la semaine dernière"] == "2024-W10"


def test_ages_are_not_durations(analyze):
    s = analyze("Paul Martin, 53 ans, employé de la mairie, a été condamné à deux ans de prison.", date="2024-01-10")
    assert times(s) == [("deux ans", "DURATION", "P2Y")]


def test_month_only_document_date_gives_an_honest_interval(analyze):
    s = analyze("Les États-Unis ont déclaré la semaine dernière que l’accord tenait. "
                "La réunion a eu lieu le 6 septembre.", date="2023-09")
    t = {t["text"]: t for t in s.times}
    week = t["la semaine dernière"]
    assert week["value"] == "2023"            # the most precise value both ends of the month support
    assert week["earliest"] == "2023-08-21" and week["latest"] == "2023-09-24"
    assert t["le 6 septembre"]["value"] == "2023-09-06"
    # the quote is dated by its cue's clause
    q = s.quotes[0]
    assert s.times[[x["id"] for x in s.times].index(q["time_id"])]["text"] == "la semaine dernière"


def test_interval_helpers():
    assert parse_anchor("2023-09")[1].isoformat() == "2023-09-30"
    assert interval("2023-W36") == ("2023-09-04", "2023-09-10")
    assert interval("196X") == ("1960-01-01", "1969-12-31")
    assert merge("2023-08-31", "2023-09-29") == "2023"
    assert merge("2023-09-01", "2023-09-29") == "2023-09"


def test_a_rule_runs_near_the_anchors_each_of_its_matches_must_hold():
    from storygraph.nlp.times.grammar import requirement

    month, weekday = "\ue000", "\ue001"
    marks = {month: "slot:month", weekday: "slot:weekday"}
    assert requirement(r"(?P<hour>\d{1,2}) ?h(?:eures?)?", marks) == {"digit"}
    # a day written '1er' or 'premier' is no digit; the month is in every match
    assert requirement(rf"(?:le )?(?P<day>\d{{1,2}}|1er|premier) (?P<month>{month})", marks) == {"slot:month"}
    # either a weekday or a month: one of the two is there
    assert requirement(rf"(?:{weekday}|{month}) dernier", marks) == {"slot:month", "slot:weekday"}
    assert requirement(r"(?:désormais)?", marks) is None
