"""When: French time expressions, their spans and values, on sentences written for these tests, family by family
of the grammar (calendar dates, weekdays and tense, parts of day and clocks, the time in focus, periods, offsets,
durations and sets, references to the present), then the calendar helpers."""
import datetime as dt

from storygraph.lang import resource
from storygraph.nlp.times import interval, merge, parse_anchor
from storygraph.nlp.times import values as V
from storygraph.nlp.times.grammar import Grammar, first_chars, requirement, trie
from story_lookup import got


def types(story):
    return {t["text"]: t["type"] for t in story.times}


# ---------------------------------------------------------------- calendar dates
def test_day_month_keeps_its_day_with_dernier_prochain_and_ordinals(analyze):
    s = analyze("Le contrat, signé le 6 mai dernier, expirera le 1er septembre prochain ; l'audience du jeudi "
                "3 octobre 2019 avait été reportée au 12/11/2019.", date="2024-03-14")
    g = got(s)
    assert g["le 6 mai dernier"] == "2023-05-06"          # the last 6 May before the article
    assert g["le 1er septembre prochain"] == "2024-09-01"
    assert g["jeudi 3 octobre 2019"] == "2019-10-03"
    assert g["12/11/2019"] == "2019-11-12"


def test_a_range_marks_its_first_day_and_a_year_frames_its_sentence(analyze):
    s = analyze("En 1997, les stages ont eu lieu du 3 au 5 juillet et les 14 et 15 août.", date="2003-02-10")
    g = got(s)
    assert g["1997"] == "1997"
    assert g["3"] == "1997-07-03" and g["5 juillet"] == "1997-07-05"
    assert g["14"] == "1997-08-14" and g["15 août"] == "1997-08-15"


def test_a_full_date_lends_its_year_to_no_other(analyze):
    s = analyze("Née le 4 avril 1931 à Nancy, elle s'est éteinte le 2 février.", date="2021-02-05")
    assert got(s)["le 2 février"] == "2021-02-02"


def test_months_seasons_and_years_follow_the_tense(analyze):
    s = analyze("Les fouilles avaient repris en novembre, et la toiture sera refaite en avril, puis à l'automne.",
                date="2022-06-20")
    g = got(s)
    assert g["novembre"] == "2021-11"      # told in the past: the last November
    assert g["avril"] == "2023-04"         # to come: the next April
    assert g["l'automne"] == "2022-FA"
    # a capitalised month word in mid-sentence is a name
    assert "Mars" not in got(analyze("Le rover a photographié Mars de près.", date="2022-06-20"))


def test_counts_and_references_are_no_years(analyze):
    s = analyze("Entre 1500 et 2000 manifestants ont défilé ; la résolution 1325 de l'ONU date de 2000, "
                "et de 1990 à 1995 le pays a changé.", date="2010-05-04")
    g = got(s)
    assert "1500" not in g and "1325" not in g
    assert g["2000"] == "2000" and g["1990"] == "1990" and g["1995"] == "1995"


def test_a_weekday_fixes_the_year_of_its_date(analyze):
    s = analyze("Le séisme de 2008, plus violent que celui survenu ce mercredi 9 août, avait fait 80 morts.",
                date="2017-08-10")
    assert got(s)["ce mercredi 9 août"] == "2017-08-09"   # 9 August 2008 was a Saturday


# ---------------------------------------------------------------- weekdays and tense
def test_weekday_direction_comes_from_every_past_tense(analyze):
    s = analyze("Il a rencontré les syndicats mardi. Elle était partie samedi. Les élus étaient réunis lundi. "
                "Les délégués sont arrivés dimanche. Ils se réuniront vendredi.", date="2024-03-14")  # a Thursday
    g = got(s)
    assert g["mardi"] == "2024-03-12"       # passé composé with avoir
    assert g["samedi"] == "2024-03-09"      # plus-que-parfait
    assert g["lundi"] == "2024-03-11"       # imparfait
    assert g["dimanche"] == "2024-03-10"    # passé composé with être
    assert g["vendredi"] == "2024-03-15"    # future


def test_the_articles_own_weekday_is_the_articles_day(analyze):
    s = analyze("Le gouvernement a annoncé jeudi un plan d'aide ; jeudi prochain, il le détaillera.",
                date="2024-03-14")  # a Thursday
    g = got(s)
    assert g["jeudi"] == "2024-03-14"
    assert g["jeudi prochain"] == "2024-03-21"


def test_a_weekday_without_tense_is_the_one_its_article_tells_of(analyze):
    s = analyze("BROCANTE SAMEDI\n\nLa brocante se tiendra samedi sur la place.", date="2024-03-12")  # Tuesday
    assert set(got(s).values()) == {"2024-03-16"}


# ---------------------------------------------------------------- parts of day and clock times
def test_parts_of_day_and_clock_times_belong_to_their_day(analyze):
    s = analyze("Hier soir, la police est intervenue. Les pompiers ont été appelés samedi vers 23 h 15. "
                "La ministre a parlé mardi en fin de journée, et le 5 mars au soir.", date="2024-03-14")
    g = got(s)
    assert g["Hier soir"] == "2024-03-13TEV"
    assert g["samedi"] == "2024-03-09" and g["23 h 15"] == "2024-03-09T23:15"
    assert g["mardi en fin de journée"] == "2024-03-12TEV"
    assert g["le 5 mars au soir"] == "2024-03-05TEV"
    assert types(s)["23 h 15"] == "TIME"


def test_clock_joins_a_day_by_a_but_not_through_a_comma_or_vers(analyze):
    s = analyze("Hier à 10 h, les grévistes se sont réunis ; mardi vers 21 h, le calme est revenu ; les cours "
                "reprendront le 7 octobre, de 18 h 45 à 20 h 15, et à 8 h du soir.", date="1999-09-30")
    g = got(s)
    assert g["Hier à 10 h"] == "1999-09-29T10:00"
    assert g["mardi"] == "1999-09-28" and g["21 h"] == "1999-09-28T21:00"
    assert g["18 h 45"] == "1999-10-07T18:45" and g["20 h 15"] == "1999-10-07T20:15"
    assert g["8 h du soir"] == "1999-10-07T20:00"


def test_hours_with_duration_words_are_durations(analyze):
    s = analyze("Le blocage a duré plus de 24 heures ; la gare restera fermée pendant 48 h.", date="2024-03-14")
    g = got(s)
    assert g["plus de 24 heures"] == "PT24H" and g["48 h"] == "PT48H"


# ---------------------------------------------------------------- the time in focus
def test_relative_days_count_from_the_day_the_story_is_at(analyze):
    s = analyze("Le tribunal a rendu son jugement le 12 janvier. La veille, les avocats avaient plaidé. "
                "Le lendemain matin, l'accusé a fait appel. Trois jours plus tôt, une manifestation avait eu lieu.",
                date="2024-03-14")
    g = got(s)
    assert g["La veille"] == "2024-01-11"
    assert g["Le lendemain matin"] == "2024-01-13TMO"
    assert g["Trois jours plus tôt"] == "2024-01-09"


def test_a_count_from_the_focus_moves_the_story_on(analyze):
    s = analyze("L'usine a fermé le 4 juin 2021. Deux semaines plus tard, les machines étaient vendues ; "
                "le lendemain, le site était muré.", date="2024-03-14")
    g = got(s)
    assert g["Deux semaines plus tard"] == "2021-W24"   # 4 June 2021 + 14 days: Friday 18 June
    assert g["le lendemain"] == "2021-06-19"


def test_a_vague_count_from_a_year_in_focus_stays_in_that_year(analyze):
    s = analyze("En mars 2022, Moscou a dénoncé l'accord, puis l'a rompu quelques mois plus tard.", date="2024-03-14")
    assert got(s)["quelques mois plus tard"] == "2022"


def test_a_day_in_apposition_says_which_day_aujourd_hui_is(analyze):
    s = analyze("« Aujourd'hui (samedi), je n'étais pas au mieux », a reconnu le coureur.", date="2024-03-19")
    assert set(got(s).values()) == {"2024-03-16"}


def test_a_scheduling_verb_does_not_date_what_it_schedules(analyze):
    s = analyze("Le procès, fixé au 3 novembre, a été renvoyé à décembre.", date="2024-10-15")
    g = got(s)
    assert g["3 novembre"] == "2024-11-03" and g["décembre"] == "2024-12"


def test_a_later_weekday_in_the_future_does_not_move_a_past_veille(analyze):
    s = analyze("Le syndicat a voté la grève le 2 mars. Il sera reçu mercredi. La motion, adoptée la veille par "
                "le bureau, était sans ambiguïté.", date="2024-03-04")
    g = got(s)
    assert g["mercredi"] == "2024-03-06"
    assert g["la veille"] == "2024-03-01"


def test_au_lendemain_de_is_the_clause_time_and_an_unknown_same_day_stays_unknown(analyze):
    s = analyze("Hier, au lendemain du départ de la préfète, le conseil s'est réuni. Un jour, il reviendra.",
                date="2024-03-14")
    g = got(s)
    assert g["lendemain"] == "2024-03-13"
    assert g["Un jour"] == "XXXX-XX-XX"
    s = analyze("Les deux otages ont été libérés le même jour, selon leur avocat.", date="2024-03-14")
    assert got(s)["le même jour"] == "XXXX-XX-XX"


def test_the_night_told_in_the_past_is_last_night_or_the_night_of_the_day_in_focus(analyze):
    s = analyze("Des voitures ont brûlé dans la nuit, a indiqué la préfecture.", date="2024-03-14")
    assert got(s)["dans la nuit"] == "2024-03-13TNI"
    s = analyze("Les émeutes ont commencé le 8 mars. Dans la nuit, des barricades ont été dressées.",
                date="2024-03-14")
    assert got(s)["Dans la nuit"] == "2024-03-08TNI"


# ---------------------------------------------------------------- periods
def test_periods_from_the_article_date_and_from_the_focus(analyze):
    s = analyze("La semaine dernière, le mois dernier et l'an dernier, les ventes ont baissé ; cette année, au "
                "premier trimestre, elles repartent. Le club est né en 2011 ; l'année suivante, il montait.",
                date="2024-03-14")
    g = got(s)
    assert g["La semaine dernière"] == "2024-W10"
    assert g["le mois dernier"] == "2024-02"
    assert g["l'an dernier"] == "2023"
    assert g["cette année"] == "2024"
    assert g["premier trimestre"] == "2024-Q1"
    assert g["l'année suivante"] == "2012"


def test_last_season_is_the_last_one_over(analyze):
    s = analyze("L'été dernier, la sécheresse a frappé ; au printemps dernier, il avait plu.", date="2023-11-20")
    g = got(s)
    assert g["L'été dernier"] == "2023-SU"          # this year's: it is over
    assert g["printemps dernier"] == "2023-SP"
    s = analyze("L'été dernier, la sécheresse a frappé.", date="2023-07-20")
    assert got(s)["L'été dernier"] == "2022-SU"     # in summer, last summer is last year's


def test_a_past_week_end_on_a_week_day_is_the_last_one(analyze):
    s = analyze("Les bénévoles se sont mobilisés ce week-end.", date="2003-02-04")  # a Tuesday
    assert got(s)["ce week-end"] == "2003-W05-WE"


# ---------------------------------------------------------------- offsets
def test_offsets_from_the_article_date(analyze):
    s = analyze("L'association, fondée il y a une dizaine d'années, s'est dissoute voici deux ans ; "
                "elle renaîtra dans 21 jours et une autre dans deux semaines.", date="2024-03-14")
    g = got(s)
    assert g["il y a une dizaine d'années"] == "2014"
    assert g["voici deux ans"] == "2022"
    assert g["dans 21 jours"] == "2024-04-04"
    assert g["dans deux semaines"] == "2024-W13"


# ---------------------------------------------------------------- durations and sets
def test_durations_and_ages(analyze):
    s = analyze("Marc Petit, 47 ans, a été condamné à dix ans de réclusion ; à 18 ans, il avait quitté le lycée. "
                "Il a fêté ses 50 ans en prison, avec des détenus âgés de 30 à 40 ans, pendant deux ou trois jours.",
                date="2024-03-14")
    g = got(s)
    assert g == {"dix ans": "P10Y", "deux ou trois jours": "PXD"}


def test_vague_and_composed_durations(analyze):
    s = analyze("Ces dernières 24 heures, ces derniers jours et les cinq dernières années ont pesé ; le procès a "
                "duré un an et demi, le trajet en 2 h 10 min, après des années d'attente et de 8 à 24 mois de travaux.",
                date="2024-03-14")
    g = got(s)
    assert g["Ces dernières 24 heures"] == "PT24H"
    assert g["ces derniers jours"] == "PXD"
    assert g["les cinq dernières années"] == "P5Y"
    assert g["un an et demi"] == "P18M"
    assert g["2 h 10 min"] == "PT2H10M"
    assert g["des années"] == "PXY"
    assert g["8"] == "P8M" and g["24 mois"] == "P24M"


def test_sets(analyze):
    s = analyze("Le conseil se réunit tous les deux ans, chaque mercredi après-midi et deux fois par mois ; "
                "le rapport annuel paraît chaque été.", date="2024-03-14")
    g = got(s)
    assert g["tous les deux ans"] == "P2Y"
    assert g["chaque mercredi après-midi"] == "2024-WXX-3TAF"
    assert g["deux fois par mois"] == "P1M"
    assert g["annuel"] == "P1Y"
    assert g["chaque été"] == "XXXX-SU"
    assert "tous les jours" not in got(
        analyze("Ils vendent des objets de tous les jours.", date="2024-03-14"))


# ---------------------------------------------------------------- the present, the past and the future
def test_aujourd_hui_is_the_day_or_nowadays(analyze):
    s = analyze("Le maire a inauguré aujourd'hui la médiathèque. Nous vivons aujourd'hui dans une société "
                "inquiète.", date="2024-03-14")
    days = [t["value"] for t in s.times if t["text"] == "aujourd'hui"]
    assert days == ["2024-03-14", "PRESENT_REF"]
    s = analyze("Le ministre a estimé que rien ne justifiait aujourd'hui une hausse des taxes.", date="2024-03-14")
    assert got(s)["aujourd'hui"] == "PRESENT_REF"   # an imperfect the tagger calls conditional


def test_references_to_now_then_and_later(analyze):
    s = analyze("Le dossier relève désormais du parquet ; les otages sont toujours détenus, le bilan s'élève "
                "jusqu'à présent à trois morts, et l'actuel préfet, autrefois député, agira à court terme.",
                date="2024-03-14")
    g = got(s)
    assert g["désormais"] == "PRESENT_REF" and g["toujours"] == "PRESENT_REF"
    assert g["présent"] == "PRESENT_REF" and g["actuel"] == "PRESENT_REF"
    assert g["autrefois"] == "PAST_REF" and g["à court terme"] == "FUTURE_REF"
    # 'toujours' in a compound tense means 'always': no reference to now
    assert "toujours" not in got(analyze("Il a toujours défendu ce projet.", date="2024-03-14"))


# ---------------------------------------------------------------- a month-only article date
def test_month_only_document_date_gives_an_honest_interval(analyze):
    s = analyze("La Chine a affirmé la semaine dernière que l’accord tenait. "
                "La réunion a eu lieu le 6 septembre.", date="2023-09")
    t = {t["text"]: t for t in s.times}
    week = t["la semaine dernière"]
    assert week["value"] == "2023"            # the most precise value both ends of the month support
    assert week["earliest"] == "2023-08-21" and week["latest"] == "2023-09-24"
    assert t["le 6 septembre"]["value"] == "2023-09-06"
    # the quote is dated by its cue's clause
    q = s.quotes[0]
    assert s.times[[x["id"] for x in s.times].index(q["time_id"])]["text"] == "la semaine dernière"


# ---------------------------------------------------------------- the calendar and the grammar's machinery
def test_interval_helpers():
    assert parse_anchor("2023-09")[1].isoformat() == "2023-09-30"
    assert interval("2023-W36") == ("2023-09-04", "2023-09-10")
    assert interval("196X") == ("1960-01-01", "1969-12-31")
    assert interval("2024-Q2") == ("2024-04-01", "2024-06-30")
    assert merge("2023-08-31", "2023-09-29") == "2023"
    assert merge("2023-09-01", "2023-09-29") == "2023-09"


def test_modes_pick_the_occurrence():
    wed = dt.date(2024, 3, 13)
    assert V.weekday_date(wed, 3, V.PAST) == wed and V.weekday_date(wed, 3, V.BEFORE) == dt.date(2024, 3, 6)
    assert V.weekday_date(wed, 1, V.NEAR) == dt.date(2024, 3, 11)
    assert V.month_of(wed, 3, V.AFTER) == (2025, 3) and V.month_of(wed, 3, V.COMING) == (2024, 3)
    assert V.day_of(wed, 2, 29, V.AFTER) == dt.date(2028, 2, 29)
    assert V.season_of(dt.date(2024, 1, 10), "WI", V.BEFORE) == 2022
    assert V.easter(2024) == dt.date(2024, 3, 31)


def test_a_rule_runs_near_the_anchors_each_of_its_matches_must_hold():
    month, weekday = "\ue000", "\ue001"
    marks = {month: "slot:month", weekday: "slot:weekday"}
    assert requirement(r"(?P<hour>\d{1,2}) ?h(?:eures?)?", marks) == {"digit"}
    # a day written '1er' or 'premier' is no digit; the month is in every match
    assert requirement(rf"(?:le )?(?P<day>\d{{1,2}}|1er|premier) (?P<month>{month})", marks) == {"slot:month"}
    # either a weekday or a month: one of the two is there
    assert requirement(rf"(?:{weekday}|{month}) dernier", marks) == {"slot:month", "slot:weekday"}
    assert requirement(r"(?:désormais)?", marks) is None
    import re
    rx = re.compile("(?:" + trie(["an", "ans", "année", "mi"]) + ")$")
    assert [w for w in ["an", "ans", "année", "anné", "m", "mi"] if rx.match(w)] == ["an", "ans", "année", "mi"]


def test_a_rule_is_tried_only_where_a_match_can_begin():
    # an optional article, then a day: 'l' or a figure
    assert first_chars(r"(?:le |la )?(?:[0-2][0-9]|3[01]) (?:juin|mai)") == set("l0123")
    # a look-behind takes no character: the word after it begins the match
    assert first_chars(r"(?<![\w-])(?:vers|dès) midi") == {"v", "d"}
    # all optional, a category of every script's digits, a negated class: no character is certain
    assert first_chars(r"(?:demain)?") is None
    assert first_chars(r"\d+ h") is None
    assert first_chars(r"[^ ]+ soir") is None
    # the test changes no match, nor the slots read off the named groups
    g = Grammar(resource("fr", "times"))
    text = "Ils se retrouvent l'après-midi du 3 juin, puis jeudi 14 novembre."
    assert [(text[m.start:m.end], m.slots) for m in g.find(text)] == [
        ("l'après-midi du 3 juin", {"daypart": "après-midi", "day": "3", "month": "juin"}),
        ("jeudi 14 novembre", {"weekday": "jeudi", "day": "14", "month": "novembre"})]


def test_every_rule_of_the_french_grammar_compiles_with_anchors():
    g = Grammar(resource("fr", "times"))
    assert len(g.rules) > 50 and all(r.anchors for r in g.rules)
    found = g.find("Le 6 mai dernier, puis mardi soir à 20 h, et pendant trois ans.")
    assert [(m.rule.name, m.slots.get("day"), m.slots.get("dir")) for m in found][0] == ("day_month", "6", "dernier")
