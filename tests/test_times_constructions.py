"""When, construction by construction: French time expressions varied along one grammatical axis at a time (the
words between 'il y a' and its count, a part of day before its date, the bounds of a range, ages against
durations …), on sentences invented for these tests."""
import pytest
from story_lookup import got


# ---------------------------------------------------------------- 'il y a' and its adverbs
@pytest.mark.parametrize("sentence, span, value", [
    ("La brasserie a fermé il y a maintenant trois ans.", "il y a maintenant trois ans", "2021"),
    ("Les fouilles ont commencé il y a aujourd'hui dix ans.", "il y a aujourd'hui dix ans", "2014"),
    ("Elle a quitté Tulle il y a tout juste un an.", "il y a tout juste un an", "2023"),
    ("Nous avons signé il y a déjà cinq mois.", "il y a déjà cinq mois", "2023-10"),
    ("Le pont s'est effondré voilà bientôt deux ans.", "voilà bientôt deux ans", "2022"),
])
def test_an_adverb_between_il_y_a_and_its_count_stays_in_the_date(analyze, sentence, span, value):
    assert got(analyze(sentence, date="2024-03-14")).get(span) == value


def test_il_y_a_with_que_is_how_long_not_when(analyze):
    g = got(analyze("Il y a maintenant douze ans que Léonie Marchal tient la boulangerie.", date="2024-03-14"))
    assert g == {"douze ans": "P12Y"}
    g = got(analyze("Il y a six mois qu'ils attendent leur permis.", date="2024-03-14"))
    assert g == {"six mois": "P6M"}


# ---------------------------------------------------------------- parts of day before their date
def test_a_part_of_day_before_its_date_is_one_time(analyze):
    g = got(analyze("Les pompiers sont intervenus le matin du 12 mars, puis le soir du 13 mars.", date="2024-03-20"))
    assert g["le matin du 12 mars"] == "2024-03-12TMO" and g["le soir du 13 mars"] == "2024-03-13TEV"


def test_a_night_between_two_named_days_is_one_time(analyze):
    s = analyze("Un entrepôt a brûlé dans la nuit de samedi 9 à dimanche 10 mars près de Vierzon.", date="2024-03-11")
    assert got(s) == {"dans la nuit de samedi 9 à dimanche 10 mars": "2024-03-09TNI"}
    s = analyze("La tempête a frappé la nuit de vendredi à samedi 16 novembre.", date="2024-11-18")
    assert got(s) == {"la nuit de vendredi à samedi 16 novembre": "2024-11-15TNI"}


def test_ce_midi_is_this_noon(analyze):
    assert got(analyze("Le préfet s'exprimera ce midi devant la presse.", date="2024-03-14")) == \
        {"ce midi": "2024-03-14TMI"}


# ---------------------------------------------------------------- ranges
@pytest.mark.parametrize("sentence, first, value", [
    ("L'exposition s'est tenue du 3 mars au 5 mai 2022.", "3 mars", "2022-03-03"),
    ("Les soldes iront du 28 décembre au 4 janvier 2025.", "28 décembre", "2024-12-28"),
    ("Le marché sera ouvert du 27 décembre au 1ᵉʳ janvier 2025.", "27 décembre", "2024-12-27"),
    ("La piscine a fermé de mars à mai 2021.", "mars", "2021-03"),
    ("Les récoltes ont eu lieu entre septembre et novembre 2019.", "septembre", "2019-09"),
])
def test_the_first_bound_of_a_range_takes_the_year_of_the_second(analyze, sentence, first, value):
    assert got(analyze(sentence, date="2024-03-14"))[first] == value


# ---------------------------------------------------------------- months and days of a named year
def test_a_month_or_a_day_of_last_or_this_year(analyze):
    g = got(analyze("Le club avait recruté le 10 février de l'an dernier, puis en mai de cette année.",
                    date="2024-06-01"))
    assert g["le 10 février de l'an dernier"] == "2023-02-10"
    assert g["mai de cette année"] == "2024-05"
    g = got(analyze("La saison reprendra en septembre de l'année prochaine.", date="2024-06-01"))
    assert g["septembre de l'année prochaine"] == "2025-09"


# ---------------------------------------------------------------- portions of a month or a year
@pytest.mark.parametrize("sentence, span, value", [
    ("Les vendanges commenceront la première semaine de septembre.", "la première semaine de septembre", "2024-09"),
    ("Les magasins ont été pris d'assaut les derniers jours de décembre.", "les derniers jours de décembre",
     "2023-12"),
    ("Le festival aura lieu le dernier week-end d'août.", "le dernier week-end d'août", "2024-08"),
    ("Les exportations ont chuté durant la première moitié de 2023.", "la première moitié de 2023", "2023"),
])
def test_a_ranked_portion_of_a_month_or_a_year_is_one_date(analyze, sentence, span, value):
    assert got(analyze(sentence, date="2024-03-14")).get(span) == value


# ---------------------------------------------------------------- 'la rentrée'
def test_la_rentree_is_september(analyze):
    assert got(analyze("Les nouveaux horaires s'appliqueront dès la rentrée.", date="2024-06-20")) == \
        {"la rentrée": "2024-09"}
    assert got(analyze("Le lycée ouvrira pour la rentrée 2026.", date="2024-06-20")) == {"la rentrée 2026": "2026-09"}
    # a comeback or income is no September
    assert got(analyze("La rentrée du gardien est espérée, comme les rentrées fiscales.", date="2024-06-20")) == {}


# ---------------------------------------------------------------- counts
def test_an_adjective_between_a_count_and_its_unit(analyze):
    g = got(analyze("Il a fallu trois longues années, puis deux bonnes heures de débat et une petite semaine "
                    "de repos.", date="2024-03-14"))
    assert g == {"trois longues années": "P3Y", "deux bonnes heures": "PT2H", "une petite semaine": "P1W"}


def test_thousands_set_apart_by_a_space(analyze):
    g = got(analyze("Le glacier recule depuis 10 000 ans, et la grotte fut habitée pendant 1 500 ans.",
                    date="2024-03-14"))
    assert g == {"10 000 ans": "P10000Y", "1 500 ans": "P1500Y"}


def test_a_clock_time_in_words_with_its_part_of_day(analyze):
    g = got(analyze("Le cambriolage a eu lieu vers trois heures du matin, l'alerte à cinq heures de l'après-midi.",
                    date="2024-03-14"))
    assert g == {"trois heures du matin": "2024-03-14T03:00", "cinq heures de l'après-midi": "2024-03-14T17:00"}


def test_hyphenated_dates_that_name_an_event(analyze):
    g = got(analyze("Depuis le 7-Octobre, la frontière reste fermée.", date="2024-03-14"))
    assert g == {"le 7-Octobre": "2023-10-07"}


# ---------------------------------------------------------------- sets
def test_one_period_in_every_few_and_seasons_in_the_plural(analyze):
    g = got(analyze("La navette passe une semaine sur deux et le marché revient tous les étés.", date="2024-03-14"))
    assert g == {"une semaine sur deux": "P2W", "tous les étés": "XXXX-SU"}


# ---------------------------------------------------------------- ages
@pytest.mark.parametrize("sentence", [
    "Les enfants de moins de 12 ans entrent sans payer.",
    "Les habitantes âgées de plus de 80 ans seront appelées.",
    "Sa grand-mère a 97 ans.",
    "Le moulin a plus de 300 ans, selon la mairie.",
])
def test_ages_are_no_durations(analyze, sentence):
    assert got(analyze(sentence, date="2024-03-14")) == {}


@pytest.mark.parametrize("sentence, span", [
    ("Le député a trois ans pour convaincre.", "trois ans"),
    ("Elle a vingt ans d'expérience.", "vingt ans"),
    ("Il a été condamné à une peine de plus de 10 ans.", "plus de 10 ans"),
])
def test_durations_after_avoir_or_a_noun_stay(analyze, sentence, span):
    assert span in got(analyze(sentence, date="2024-03-14"))


# ---------------------------------------------------------------- direction
@pytest.mark.parametrize("sentence, span, value", [
    ("Mathis Leroy habite à Brest depuis mai.", "mai", "2023-05"),
    ("Les volets restent clos depuis samedi.", "samedi", "2024-03-09"),
    ("On attend une réponse depuis le 20 mars.", "le 20 mars", "2023-03-20"),
])
def test_depuis_points_back_whatever_the_tense(analyze, sentence, span, value):
    assert got(analyze(sentence, date="2024-03-14"))[span] == value


@pytest.mark.parametrize("sentence", [
    "Le ministre est arrivé aujourd'hui à Quimper.",
    "La délégation est venue aujourd'hui à la mairie.",
    "Elle s'est rendue aujourd'hui au tribunal.",
])
def test_today_in_the_compound_past_of_a_verb_of_motion_is_the_day(analyze, sentence):
    assert got(analyze(sentence, date="2024-03-14")) == {"aujourd'hui": "2024-03-14"}


def test_listed_times_share_the_direction_of_the_first(analyze):
    s = analyze("Le collectif compte manifester le 19 juillet, encore en août et sans doute à la rentrée, a déclaré "
                "sa présidente.", date="2024-07-05")
    g = got(s)
    assert g["le 19 juillet"] == "2024-07-19" and g["août"] == "2024-08" and g["la rentrée"] == "2024-09"


# ---------------------------------------------------------------- written forms
def test_dates_written_with_dashes_or_a_superscript(analyze):
    g = got(analyze("La vente a eu lieu le 05-02-2024 et la suivante aura lieu le 1ᵉʳ juin.", date="2024-03-14"))
    assert g == {"le 05-02-2024": "2024-02-05", "le 1ᵉʳ juin": "2024-06-01"}
    assert got(analyze("Le lavoir date du XVIIIᵉ siècle.", date="2024-03-14")) == {"XVIIIᵉ siècle": "17XX"}


def test_a_ranked_day_of_a_month_or_a_season_is_one_date(analyze):
    g = got(analyze("Le club se réunit le premier mardi du mois et fête le dernier dimanche de l'été.",
                    date="2024-03-14"))
    assert set(g) == {"le premier mardi du mois", "le dernier dimanche de l'été"}
    assert g["le premier mardi du mois"] == "2024-03"


def test_tout_before_a_period_is_in_its_span(analyze):
    g = got(analyze("La fontaine a coulé tout l'été et le gardien est resté toute la nuit.", date="2024-09-30"))
    assert set(g) == {"tout l'été", "toute la nuit"}
    assert got(analyze("Les guides resteront mobilisés toute l'année.", date="2024-03-14")) == {"toute l'année": "2024"}


# ---------------------------------------------------------------- modifiers of a length of time
@pytest.mark.parametrize("sentence, span, value", [
    ("Le débat a duré deux heures environ.", "deux heures environ", "PT2H"),
    ("La grotte est habitée depuis 3 000 ans environ.", "3 000 ans environ", "P3000Y"),
    ("Les bénévoles ont marché à peu près six heures.", "à peu près six heures", "PT6H"),
    ("Le procès durera trois semaines au moins.", "trois semaines au moins", "P3W"),
    ("Elle n'est restée que trois jours seulement.", "trois jours seulement", "P3D"),
])
def test_a_modifier_before_or_after_a_length_of_time_is_in_its_span(analyze, sentence, span, value):
    assert got(analyze(sentence, date="2024-03-14")).get(span) == value


def test_et_joins_a_number_only_to_un_and_onze(analyze):
    assert got(analyze("Le gardien a servi trente et un ans au phare.", date="2024-03-14")) == {"trente et un ans": "P31Y"}
    assert "cinq ans" in got(analyze("Le prévenu encourt entre trois et cinq ans de prison.", date="2024-03-14"))
