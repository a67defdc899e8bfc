"""A generated grid: French time expressions × the tense of their clause × article dates on every weekday and around
month and year ends. The expected values come from the routines below, written with nothing but the standard
library's date arithmetic (loops over days), independently of storygraph's own calendar code.

The pipeline is built once and every sentence goes through it in one batch (the parse and the time component only).
"""
from __future__ import annotations

import datetime as dt
from collections import Counter

import pytest

D = dt.date
DAY = dt.timedelta(days=1)

WEEKDAYS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
          "novembre", "décembre"]
#: article dates: a whole week (each weekday), month ends (leap and common February, 30- and 31-day months), the
#: turn of a year, and a Sunday and a Monday around it
ARTICLE_DATES = [D(2024, 3, 4) + k * DAY for k in range(7)] + [
    D(2024, 2, 29), D(2023, 2, 28), D(2024, 4, 30), D(2021, 1, 31), D(2023, 12, 31), D(2024, 1, 1), D(2022, 12, 30)]

#: clauses by the way they point; {X} is where the expression goes
PAST = [
    "Le ministre a annoncé {X} la fin de la réforme.",                    # passé composé with avoir
    "La délégation est arrivée {X} à Genève.",                              # passé composé with être
    "Les manifestants étaient rassemblés {X} devant la préfecture.",      # imparfait
    "La commission avait rendu {X} un rapport sévère.",                     # plus-que-parfait
    "Selon le parquet, deux suspects se sont rendus {X} à la police.",      # pronominal passé composé
]
FUTURE = [
    "Le conseil municipal se réunira {X} à Lyon.",                          # futur simple
    "La ministre va présenter {X} son projet de loi.",                     # futur proche
    "Les syndicats devraient être reçus {X} à Matignon.",                   # conditional of devoir
]


# ---------------------------------------------------------------- the independent expectations
def weekday_on_or_before(ref: D, wd: int) -> D:
    d = ref
    while d.weekday() != wd:
        d -= DAY
    return d


def weekday_on_or_after(ref: D, wd: int) -> D:
    d = ref
    while d.weekday() != wd:
        d += DAY
    return d


def month_shift(ref: D, n: int) -> str:
    y, m = ref.year, ref.month + n
    while m < 1:
        y, m = y - 1, m + 12
    while m > 12:
        y, m = y + 1, m - 12
    return f"{y:04d}-{m:02d}"


def iso_week(d: D) -> str:
    y, w, _ = d.isocalendar()
    return f"{y}-W{w:02d}"


def day_month(ref: D, month: int, day: int, keep) -> D:
    """The nearest date with this day and month, walking from `ref`, that `keep` accepts."""
    best = None
    for y in range(ref.year - 5, ref.year + 6):
        try:
            d = D(y, month, day)
        except ValueError:
            continue
        if keep(d) and (best is None or abs((d - ref).days) < abs((best - ref).days)):
            best = d
    return best


def season_bounds(year: int, code: str) -> tuple[D, D]:
    # astronomical seasons as French uses them (spring from 20 March, summer from 21 June …)
    starts = {"SP": (3, 20), "SU": (6, 21), "FA": (9, 23), "WI": (12, 21)}
    ends = {"SP": (6, 20), "SU": (9, 22), "FA": (12, 20), "WI": (3, 19)}
    return D(year, *starts[code]), D(year + (code == "WI"), *ends[code])


def last_season_over(ref: D, code: str) -> int:
    return max(y for y in range(ref.year - 3, ref.year + 1) if season_bounds(y, code)[1] < ref)


def next_season_to_start(ref: D, code: str) -> int:
    return min(y for y in range(ref.year - 1, ref.year + 3) if season_bounds(y, code)[0] > ref)


# ---------------------------------------------------------------- the grid
def grid() -> list[tuple[str, D, str, str, str]]:
    """(sentence, article date, expected span, expected value, what is tested)."""
    cases = []

    def add(template: str, dct: D, expr: str, span: str, value: str, what: str) -> None:
        cases.append((template.replace("{X}", expr), dct, span, value, what))

    for n_date, dct in enumerate(ARTICLE_DATES):
        past = PAST[n_date % len(PAST)]
        past2 = PAST[(n_date + 2) % len(PAST)]
        fut = FUTURE[n_date % len(FUTURE)]
        for wd, name in enumerate(WEEKDAYS):
            # a bare weekday: the tense says which way (the article's own weekday is the article's day)
            add(past, dct, name, name, weekday_on_or_before(dct, wd).isoformat(), "weekday, past")
            add(fut, dct, name, name, weekday_on_or_after(dct, wd).isoformat(), "weekday, future")
            # 'dernier' / 'prochain': strictly before / after the article's day
            add(past2, dct, f"{name} dernier", f"{name} dernier",
                weekday_on_or_before(dct - DAY, wd).isoformat(), "weekday dernier")
            add(fut, dct, f"{name} prochain", f"{name} prochain",
                weekday_on_or_after(dct + DAY, wd).isoformat(), "weekday prochain")
            # a part of day on a weekday
            add(past2, dct, f"{name} soir", f"{name} soir",
                weekday_on_or_before(dct, wd).isoformat() + "TEV", "weekday and part of day")
        # a day and a month, with or without 'dernier' / 'prochain', with an ordinal first day
        for month, day in ((5, 6), (9, 1), (dct.month, dct.day), (12, 31), (1, 1), (2, 29)):
            word = "1er" if day == 1 else str(day)
            if not (month == 2 and day == 29):
                add(past, dct, f"le {word} {MONTHS[month - 1]} dernier", f"le {word} {MONTHS[month - 1]} dernier",
                    day_month(dct, month, day, lambda d: d < dct).isoformat(), "day month dernier")
                add(fut, dct, f"le {word} {MONTHS[month - 1]} prochain", f"le {word} {MONTHS[month - 1]} prochain",
                    day_month(dct, month, day, lambda d: d > dct).isoformat(), "day month prochain")
            add(past2, dct, f"le {word} {MONTHS[month - 1]}", f"le {word} {MONTHS[month - 1]}",
                day_month(dct, month, day, lambda d: d <= dct).isoformat(), "day month, past")
            add(fut, dct, f"le {word} {MONTHS[month - 1]}", f"le {word} {MONTHS[month - 1]}",
                day_month(dct, month, day, lambda d: d >= dct).isoformat(), "day month, future")
        add(past, dct, "le premier mai 1998", "le premier mai 1998", "1998-05-01", "day month year in words")
        add(fut, dct, f"le 14 juillet {dct.year + 1}", f"le 14 juillet {dct.year + 1}", f"{dct.year + 1}-07-14",
            "day month year")
        # a month: the tense, or 'dernier' / 'prochain', says which year
        for month in {1, 6, dct.month, 12}:
            name = MONTHS[month - 1]
            past_y = dct.year if month <= dct.month else dct.year - 1
            fut_y = dct.year if month >= dct.month else dct.year + 1
            add(past2, dct, f"en {name}", name, f"{past_y}-{month:02d}", "month, past")
            add(fut, dct, f"en {name}", name, f"{fut_y}-{month:02d}", "month, future")
            last_y = dct.year if month < dct.month else dct.year - 1
            next_y = dct.year if month > dct.month else dct.year + 1
            add(past, dct, f"en {name} dernier", f"{name} dernier", f"{last_y}-{month:02d}", "month dernier")
            add(fut, dct, f"en {name} prochain", f"{name} prochain", f"{next_y}-{month:02d}", "month prochain")
        add(past, dct, "en mars 2019", "mars 2019", "2019-03", "month year")
        add(past2, dct, "en 2015", "2015", "2015", "year")
        # days counted from the article's date
        for expr, n in (("hier", -1), ("avant-hier", -2)):
            add(past, dct, expr, expr, (dct + n * DAY).isoformat(), "relative day")
        for expr, n in (("demain", 1), ("après-demain", 2)):
            add(fut, dct, expr, expr, (dct + n * DAY).isoformat(), "relative day")
        add(past2, dct, "hier soir", "hier soir", (dct - DAY).isoformat() + "TEV", "relative day and part of day")
        add(fut, dct, "demain matin", "demain matin", (dct + DAY).isoformat() + "TMO", "relative day and part of day")
        add("Le préfet a signé aujourd'hui l'arrêté de fermeture.", dct, "", "aujourd'hui", dct.isoformat(),
            "aujourd'hui, this day")
        # periods counted from the article's date
        add(past, dct, "la semaine dernière", "la semaine dernière", iso_week(dct - 7 * DAY), "last week")
        add(fut, dct, "la semaine prochaine", "la semaine prochaine", iso_week(dct + 7 * DAY), "next week")
        add(past2, dct, "cette semaine", "cette semaine", iso_week(dct), "this week")
        add(past, dct, "le mois dernier", "le mois dernier", month_shift(dct, -1), "last month")
        add(fut, dct, "le mois prochain", "le mois prochain", month_shift(dct, 1), "next month")
        add(past2, dct, "l'an dernier", "l'an dernier", str(dct.year - 1), "last year")
        add(fut, dct, "l'année prochaine", "l'année prochaine", str(dct.year + 1), "next year")
        add(past, dct, "cette année", "cette année", str(dct.year), "this year")
        # seasons: the last one over, which may be this year's
        for word, code in (("printemps", "SP"), ("été", "SU"), ("automne", "FA"), ("hiver", "WI")):
            add(past2, dct, f"au {word} dernier" if word[0] not in "aeé" else f"à l'{word} dernier",
                f"{word} dernier" if word[0] not in "aeé" else f"l'{word} dernier",
                f"{last_season_over(dct, code)}-{code}", "season dernier")
            add(fut, dct, f"au {word} prochain" if word[0] not in "aeé" else f"à l'{word} prochain",
                f"{word} prochain" if word[0] not in "aeé" else f"l'{word} prochain",
                f"{next_season_to_start(dct, code)}-{code}", "season prochain")
        # a season with no 'dernier': the tense says which; 'cet été' is this year's
        for word, code in (("printemps", "SP"), ("automne", "FA")):
            art = "au" if word[0] not in "aeé" else "à l'"
            span = word if art == "au" else f"l'{word}"
            started = max(y for y in range(dct.year - 2, dct.year + 1) if season_bounds(y, code)[0] <= dct)
            ongoing = min(y for y in range(dct.year - 1, dct.year + 2) if season_bounds(y, code)[1] >= dct)
            add(past, dct, f"{art}{' ' if art == 'au' else ''}{word}", span, f"{started}-{code}", "season, past")
            add(fut, dct, f"{art}{' ' if art == 'au' else ''}{word}", span, f"{ongoing}-{code}", "season, future")
        add(past2, dct, "il y a deux semaines", "il y a deux semaines", iso_week(dct - 14 * DAY), "il y a weeks")
        # 'il y a', 'dans', in figures and in words
        for count, n in (("trois", 3), ("12", 12)):
            add(past, dct, f"il y a {count} jours", f"il y a {count} jours", (dct - n * DAY).isoformat(), "il y a days")
            add(past2, dct, f"il y a {count} ans", f"il y a {count} ans", str(dct.year - n), "il y a years")
            add(past, dct, f"il y a {count} mois", f"il y a {count} mois", month_shift(dct, -n), "il y a months")
            add(fut, dct, f"dans {count} jours", f"dans {count} jours", (dct + n * DAY).isoformat(), "dans days")
            add(fut, dct, f"dans {count} semaines", f"dans {count} semaines", iso_week(dct + 7 * n * DAY), "dans weeks")
    # durations are no dates; the present is no day
    for dct in ARTICLE_DATES[:3]:
        add("Les secours ont reçu plus de cent appels ces dernières 24 heures.", dct, "", "ces dernières 24 heures",
            "PT24H", "duration, last hours")
        add("Le blocage dure depuis trois semaines.", dct, "", "trois semaines", "P3W", "duration in words")
        add("Elle a passé 18 mois en détention.", dct, "", "18 mois", "P18M", "duration in figures")
        add("Les prix ont beaucoup augmenté ces derniers jours.", dct, "", "ces derniers jours", "PXD", "vague duration")
        add("Nous sommes aujourd'hui dans une situation difficile.", dct, "", "aujourd'hui", "PRESENT_REF",
            "aujourd'hui, nowadays")
        add("Le dossier relève désormais de la justice.", dct, "", "désormais", "PRESENT_REF", "désormais")
    return cases


def focus_cases() -> list[tuple[str, D, str, str, str]]:
    """Expressions that count from the day the narrative is at, not from the article's date."""
    out = []
    for dct in ARTICLE_DATES[:7]:
        told = dct - 40 * DAY
        said = f"le {told.day} {MONTHS[told.month - 1]} {told.year}"
        story = (f"Le conseil a voté la fusion {said}. Le lendemain, le maire a démissionné. "
                 f"La veille, les élus avaient manifesté.")
        out.append((story, dct, "Le lendemain", (told + DAY).isoformat(), "lendemain from the focus"))
        out.append((story, dct, "La veille", (told - DAY).isoformat(), "veille from the focus"))
        night = f"La grève a commencé {said}. Dans la nuit, des piquets ont été installés."
        out.append((night, dct, "Dans la nuit", told.isoformat() + "TNI", "night of the day in focus"))
        later = f"Le chantier a été lancé {said}. Trois jours plus tard, il était arrêté."
        out.append((later, dct, "Trois jours plus tard", (told + 3 * DAY).isoformat(), "days later, from the focus"))
        for wd, name in enumerate(WEEKDAYS):
            day = weekday_on_or_before(dct, wd)
            evening = f"Un homme a été interpellé {name} vers 20 h près de la gare."
            out.append((evening, dct, "20 h", day.isoformat() + "T20:00", "clock on the weekday"))
            after = f"L'usine a fermé {said}. Elle a rouvert le {name} suivant."
            out.append((after, dct, f"le {name} suivant", weekday_on_or_after(told + DAY, wd).isoformat(),
                        "weekday suivant, from the focus"))
            before = f"L'usine a fermé {said}. Les ouvriers avaient été prévenus le {name} précédent."
            out.append((before, dct, f"le {name} précédent", weekday_on_or_before(told - DAY, wd).isoformat(),
                        "weekday précédent, from the focus"))
        year = dct.year - 9
        out.append((f"Le club a été fondé en {year}. L'année suivante, il montait en deuxième division.", dct,
                    "L'année suivante", str(year + 1), "year suivante, from the focus"))
        out.append((f"La loi a été votée en {year}. L'année précédente, le débat avait été vif.", dct,
                    "L'année précédente", str(year - 1), "year précédente, from the focus"))
    return out


@pytest.fixture(scope="module")
def tagged(nlp):
    """Every grid sentence through the parse and the time component, in one batch."""
    cases = grid() + [(s, d, span, v, what) for s, d, span, v, what in focus_cases()]
    docs = []
    for text, dct, *_ in cases:
        doc = nlp.make_doc(text)
        doc._.sg_date = dct.isoformat()
        docs.append(doc)
    keep = [p for p in ("tok2vec", "morphologizer", "storygraph_paragraphs", "parser", "lemmatizer",
                        "storygraph_times") if p in nlp.pipe_names]
    with nlp.select_pipes(enable=keep):
        out = list(nlp.pipe(docs, batch_size=256))
    return cases, out


def test_the_grid_is_big_and_varied():
    cases = grid() + focus_cases()
    assert len(cases) > 1000
    assert len({what for *_, what in cases}) > 40


def test_every_grid_expression_has_its_span_and_value(tagged):
    cases, docs = tagged
    wrong = []
    for (text, dct, span, value, what), doc in zip(cases, docs):
        got = {t["text"]: t["value"] for t in doc._.sg_times or []}
        if got.get(span) != value:
            wrong.append((what, dct.isoformat(), dct.strftime("%a"), text, span, value, got))
    by_kind = Counter(w[0] for w in wrong)
    detail = "\n".join(str(w) for w in wrong[:25])
    assert not wrong, f"{len(wrong)} of {len(cases)} wrong, by kind {dict(by_kind)}:\n{detail}"
