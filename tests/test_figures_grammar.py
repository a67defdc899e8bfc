"""Figures: number forms, units and sources probed with invented French sentences (session 18)."""
from story_lookup import figure, source


def test_the_subject_of_a_verb_giving_a_report_is_its_author(analyze):
    assert source(analyze("La protection civile a dressé un bilan de 23 morts."), "23") == "protection civile"
    assert source(analyze("Le gouverneur Hugo Lemarre communique un bilan de 60 blessés."), "60") == "Hugo Lemarre"
    assert source(analyze("Les pompiers de Vernas ont fourni hier un bilan de 9 victimes."), "9") == "pompiers de Vernas"
    # a verb that changes the report does not write it
    assert figure(analyze("Les frappes nocturnes ont alourdi le bilan à 40 morts."), "40")["source"] is None


def test_a_report_speaks_for_its_author(analyze):
    assert source(analyze("Un rapport de l'Unicef publié lundi évoque 3 000 enfants soldats."), "3 000") == "Unicef"
    assert source(analyze("Une étude de l'institut Norval mentionne 450 espèces menacées."), "450") == "institut Norval"


def test_a_verb_the_tagger_misreads_still_reports(analyze):
    assert source(analyze("Le FMI table sur une croissance de 2,1 % en 2031."), "2,1") == "FMI"
    assert source(analyze("Le FMI anticipe une croissance de 2,1 % en 2031."), "2,1") == "FMI"


def test_a_source_name_keeps_its_ordinal_and_its_article(analyze):
    assert source(analyze("Le Premier ministre a annoncé 300 millions d'euros pour les pêcheurs."), "300") == "Premier ministre"
    assert source(analyze("Selon la Première ministre, 90 lits seront ouverts à Dorval."), "90") == "Première ministre"
    assert source(analyze("Selon une source proche de l'enquête, 14 armes ont été saisies."), "14") == \
        "une source proche de l'enquête"


def test_a_source_name_ends_where_the_quote_speaker_does(analyze):
    s = analyze("Au moins 40 civils ont péri, a déclaré à la radio un élu local sous couvert d'anonymat.")
    assert source(s, "40") == "un élu local"


def test_a_count_noun_after_the_number_gives_the_unit(analyze):
    s = analyze("La CGT a évalué à 40 000 le nombre de grévistes.")
    assert (figure(s, "40 000")["unit"], figure(s, "40 000")["value"]) == ("grévistes", 40000)
    assert source(s, "40 000") == "CGT"
    f = figure(analyze("Le rectorat estime à 120 le total d'élèves absents."), "120")
    assert f["unit"] == "élèves"
    f = figure(analyze("Le rectorat estime à 75 le nombre d’enseignants grévistes."), "75")  # a curly apostrophe
    assert f["unit"] == "enseignants"


def test_a_collective_of_thousands(analyze):
    f = figure(analyze("Des dizaines de milliers de pèlerins ont rejoint Saint-Orvin."), "dizaines")
    assert (f["value"], f["unit"], f["approx"]) == (20000, "pèlerins", True)
    assert figure(analyze("Des centaines de milliers de réfugiés attendent à la frontière."), "centaines")["value"] == 200000


def test_a_unit_named_before_the_number(analyze):
    f = figure(analyze("Un séisme de magnitude 6,2 a secoué la côte de Belmonie."), "6,2")
    assert (f["value"], f["unit"]) == (6.2, "magnitude")


def test_an_adjective_before_the_noun_is_not_the_unit(analyze):
    assert figure(analyze("Deux autres suspects ont été interpellés dimanche."), "Deux")["unit"] == "suspects"
    assert figure(analyze("L'agence sanitaire a signalé 120 nouveaux cas de rougeole."), "120")["unit"] == "cas"
    assert figure(analyze("Les riverains ont entendu trois fortes détonations."), "trois")["unit"] == "détonations"


def test_an_adjective_for_a_noun_said_before(analyze):
    s = analyze("La motion a réuni 250 voix, loin des 289 nécessaires.")
    assert figure(s, "289")["unit"] == "voix"
    s = analyze("Le festival a vendu 8 000 billets sur les 10 000 prévus.")
    assert figure(s, "10 000")["unit"] == "billets"


def test_the_first_bound_of_a_range_takes_the_unit_of_the_second(analyze):
    s = analyze("Chaque nuit, entre 200 et 300 migrants tentent la traversée.")
    assert [(f["value"], f["unit"]) for f in s.figures] == [(200, "migrants"), (300, "migrants")]
    s = analyze("Le taux a grimpé de 2,5 à 3 % en un an.")
    assert figure(s, "2,5")["unit"] == "%"
    assert analyze("Entre 5 et 10 ans de prison ont été requis à Vernas.").figures == []


def test_a_year_like_number_before_a_plural_noun_is_a_count(analyze):
    assert figure(analyze("Le club de Vernas compte 2010 adhérents cette saison."), "2010")["unit"] == "adhérents"
    assert [f["value"] for f in analyze("En 2000, la commune comptait 4 000 habitants.").figures] == [4000]


def test_a_number_after_des_takes_up_the_parties(analyze):
    assert analyze("Les envoyés des deux pays se sont retrouvés à Vernas.").figures == []


def test_percent_words_are_no_number_of_their_own(analyze):
    s = analyze("Le chômage frappe 12,5 pour cent des jeunes de Korval.")
    assert [(f["value"], f["unit"]) for f in s.figures] == [(12.5, "%")]


def test_a_report_noun_names_its_author(analyze):
    s = analyze("Selon les résultats de la commission électorale, le maire sortant obtient 51,2 % des voix.")
    assert source(s, "51,2") == "commission électorale"
    s = analyze("Selon une note de la Banque centrale de Korval, les prix grimperont de 4 %.")
    assert source(s, "4 %") == "Banque centrale de Korval"


def test_a_share_told_as_two_numbers_is_one_ratio(analyze):
    f = figure(analyze("Mardi, trois bus sur quatre circuleront à Vernas."), "trois")
    assert (f["text"], f["value"], f["unit"]) == ("trois bus sur quatre", 0.75, "ratio")
    f = figure(analyze("Selon l'institut Norval, une entreprise sur cinq a fermé."), "une")
    assert (f["value"], f["unit"]) == (0.2, "ratio") and source(analyze("Selon l'institut Norval, une entreprise "
                                                                       "sur cinq a fermé."), "une") == "institut Norval"
    assert analyze("La permanence de Korval répond 24 heures sur 24.").figures == []
    # a second number with its own noun is a figure of its own
    s = analyze("La liste a obtenu 3 000 voix sur 10 000 votants.")
    assert [f["value"] for f in s.figures] == [3000, 10000]
    # an article before 'sur' opens no share
    assert [f["text"] for f in analyze("Un débat sur 3 réformes a eu lieu à Vernas.").figures] == ["3 réformes"]
