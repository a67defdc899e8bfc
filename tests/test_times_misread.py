"""When the tagger misreads a verb, the tense of the clause still says which weekday or month is meant; and the
extents of compound expressions (a clock time with its day and part of day, the part of a month or a decade, the
week of a day). Sentences written for these tests."""
from story_lookup import got


def test_a_compound_past_stays_past_whatever_the_participle_is_tagged(analyze):
    # article on Monday 8 January 2024: both months told in the past are last year's
    g = got(analyze("En décembre, les loyers avaient grimpé ; en novembre, ils avaient baissé.", date="2024-01-08"))
    assert g["décembre"] == "2023-12" and g["novembre"] == "2023-11"
    g = got(analyze("Les ventes avaient reculé en octobre.", date="2024-01-08"))
    assert g["octobre"] == "2023-10"


def test_a_present_with_a_subject_is_no_bare_participle(analyze):
    # article on Monday 11 March 2024: a present with a weekday is the coming day, not last week's
    g = got(analyze("La préfète réunit mardi les maires du canton.", date="2024-03-11"))
    assert g["mardi"] == "2024-03-12"
    g = got(analyze("Le conseil choisit jeudi son nouveau président.", date="2024-03-11"))
    assert g["jeudi"] == "2024-03-14"


def test_an_imperfect_is_past_and_a_conditional_is_to_come(analyze):
    g = got(analyze("Les sauveteurs déclaraient mardi que la digue tenait.", date="2024-01-08"))
    assert g["mardi"] == "2024-01-02"
    g = got(analyze("Le directeur commençait jeudi sa tournée des ateliers.", date="2024-01-08"))
    assert g["jeudi"] == "2024-01-04"
    g = got(analyze("La maire a promis que la piscine rouvrirait en février.", date="2024-12-10"))
    assert g["février"] == "2025-02"


def test_a_clock_time_keeps_its_weekday_and_part_of_day(analyze):
    g = got(analyze("Les secours sont arrivés vers 23 heures samedi soir au refuge.", date="2024-03-14"))
    assert g["23 heures samedi soir"] == "2024-03-09T23:00"
    g = got(analyze("Le convoi est reparti à 6 h dimanche matin.", date="2024-03-14"))
    assert g["6 h dimanche matin"] == "2024-03-10T06:00"


def test_a_clock_time_takes_the_date_that_follows_it(analyze):
    g = got(analyze("Les riverains se sont réunis à 15 heures le 12 mars devant la mairie.", date="2024-03-14"))
    assert g["15 heures"] == "2024-03-12T15:00" and g["le 12 mars"] == "2024-03-12"
    g = got(analyze("Le vol décollera à 7 h 30 le 2 avril.", date="2024-03-14"))
    assert g["7 h 30"] == "2024-04-02T07:30"


def test_the_part_of_a_month_named_with_mois_de_and_of_a_decade(analyze):
    g = got(analyze("Le barrage a été achevé à la fin du mois de février.", date="2024-03-14"))
    assert g["la fin du mois de février"] == "2024-02"
    g = got(analyze("Ce style est né au début des années 1970 et a décliné à la fin des années 80.", date="2024-03-14"))
    assert g["début des années 1970"] == "197X" and g["la fin des années 80"] == "198X"


def test_the_week_of_a_day_and_the_last_century(analyze):
    g = got(analyze("La semaine du 4 mars a été agitée ; le week-end du 9 mars, le festival a fait le plein.",
                    date="2024-03-14"))
    assert g["La semaine du 4 mars"] == "2024-W10" and g["le week-end du 9 mars"] == "2024-W10-WE"
    g = got(analyze("Au siècle dernier, la vallée vivait du textile.", date="2024-03-14"))
    assert g["siècle dernier"] == "19XX"


def test_a_month_without_tense_is_the_nearest_one_reaching_further_back(analyze):
    # a noun phrase gives no tense: in January, last November; in December, the coming January
    g = got(analyze("Les chiffres de novembre inquiètent la filière laitière.", date="2024-01-08"))
    assert g["novembre"] == "2023-11"
    g = got(analyze("Le salon de janvier attire les exposants.", date="2024-12-10"))
    assert g["janvier"] == "2025-01"
    g = got(analyze("Les soldes de juillet restent une référence.", date="2024-12-10"))
    assert g["juillet"] == "2024-07"


def test_a_bare_participle_qualifying_a_noun_tells_of_what_is_done(analyze):
    # article on Monday 11 March 2024
    g = got(analyze("Selon un rapport publié jeudi, la nappe phréatique baisse.", date="2024-03-11"))
    assert g["jeudi"] == "2024-03-07"
    g = got(analyze("Une lettre envoyée vendredi aux parents annonce la fermeture.", date="2024-03-11"))
    assert g["vendredi"] == "2024-03-08"
    # but what a participle schedules is still to come
    g = got(analyze("Les élections prévues jeudi mobilisent les bénévoles.", date="2024-03-11"))
    assert g["jeudi"] == "2024-03-14"


def test_parts_of_the_night_and_the_morning(analyze):
    g = got(analyze("Le cambriolage a eu lieu en pleine nuit.", date="2024-03-14"))
    assert g["en pleine nuit"] == "2024-03-13TNI"
    g = got(analyze("Jeudi en milieu de matinée, le convoi est reparti.", date="2024-03-14"))
    assert g["Jeudi en milieu de matinée"] == "2024-03-14TMO"


def test_an_offset_with_its_half_is_one_date(analyze):
    g = got(analyze("Il y a un an et demi, la scierie a fermé ; dans deux ans et demi, elle rouvrira.",
                    date="2024-03-14"))
    assert g["Il y a un an et demi"] == "2022-09" and g["dans deux ans et demi"] == "2026-09"
    g = got(analyze("La passerelle s'est effondrée il y a trois mois et demi.", date="2024-03-14"))
    assert g["il y a trois mois et demi"] == "2023-11"
    g = got(analyze("Le bac a repris son service il y a une semaine et demie.", date="2024-03-14"))
    assert g["il y a une semaine et demie"] == "2024-W10"


def test_a_day_and_month_without_tense_reach_further_back_than_ahead(analyze):
    # noun phrases give no tense: in mid-March, the 2 August meant is last summer's, the 2 May the coming one
    g = got(analyze("Les incendies du 2 août restent dans les mémoires.", date="2024-03-14"))
    assert g["2 août"] == "2023-08-02"
    g = got(analyze("Les cérémonies du 2 mai mobilisent la commune.", date="2024-03-14"))
    assert g["2 mai"] == "2024-05-02"


def test_a_time_over_a_number_is_a_rate_not_a_time(analyze):
    # '24h/24', '7j/7': around the clock, every day; the day named after it is still a date
    s = analyze("Depuis mardi, la pharmacie de garde reste ouverte 24h/24 et 7j/7.", date="2024-03-08")
    assert [(t["text"], t["type"]) for t in s.times] == [("mardi", "DATE")]
    s = analyze("Les secours ont travaillé 24h/24 jusqu'à vendredi soir.", date="2024-03-11")
    assert [t["text"] for t in s.times] == ["vendredi soir"]
    s = analyze("Le conseil se réunira à 8h lundi.", date="2024-06-12")  # no slash: a time of day
    assert [t["value"] for t in s.times] == ["2024-06-17T08:00"]
