"""Figures: who put a number on record, on French sentences written for these tests."""
from story_lookup import figure, source


def test_the_quote_speaker_reports_a_figure_in_the_quote_and_no_one_the_next_sentence(analyze):
    s = analyze("« Nous avons reçu 40 camions », a dit Paul Martin, gouverneur de la province. "
                "La ville compte 200 000 habitants.")
    assert source(s, "40 camions") == "Paul Martin"
    assert figure(s, "200 000")["source"] is None  # the last speaker is no default


def test_a_report_names_its_author(analyze):
    s = analyze("Selon un rapport de l'Unicef publié mardi, 3 000 enfants ont été déplacés dans la région.")
    assert source(s, "3 000") == "Unicef"
    s = analyze("D'après les chiffres publiés par l'Insee, le chômage touche 7 % des actifs.")
    assert source(s, "7 %") == "Insee"


def test_a_verb_that_puts_a_number_on_record_names_its_subject(analyze):
    s = analyze("La police a dénombré 15 000 manifestants à Lyon.")
    assert source(s, "15 000") == "police"
    s = analyze("Le gouvernement a évalué à 300 millions d'euros le coût des dégâts.")
    assert source(s, "300 millions") == "gouvernement"


def test_a_subject_pronoun_is_the_reporter_named_before(analyze):
    s = analyze("Le parquet a requis dix ans de prison contre l'ancien ministre. "
                "Il a aussi requis une amende contre 4 complices.")
    assert source(s, "4 complices") == "parquet"


def test_a_bare_institution_is_the_one_the_article_named_in_full(analyze):
    s = analyze("L'armée malienne a lancé une offensive dans le nord du pays. Selon l'armée, 45 combattants ont été tués.")
    assert source(s, "45") == "armée malienne"


def test_what_a_statement_mentions_in_passing_is_not_its_claim(analyze):
    claim = analyze("Jean Dupuis a affirmé que 3 millions d'électeurs avaient voté pour lui.")
    assert source(claim, "3 millions") == "Jean Dupuis"
    passing = analyze("Jean Dupuis a affirmé que le scrutin, auquel ont participé 3 millions d'électeurs, était truqué.")
    assert figure(passing, "3 millions")["source"] is None


def test_what_the_speaker_is_quoted_saying_in_passing_is_still_his_claim(analyze):
    s = analyze("La ministre Claire Roussel a jugé mercredi qu'il s'agissait d'une « affaire qui concerne "
                "quatre entreprises étrangères ».")
    assert source(s, "quatre entreprises") == "Claire Roussel"
    s = analyze("Le maire a dénoncé un « projet que refusent 3 000 habitants du quartier ».")
    assert source(s, "3 000") == "maire"


def test_each_count_has_its_own_according_to(analyze):
    s = analyze("Quelque 5 000 personnes ont manifesté dans les rues de la capitale, selon la police, "
                "20 000 selon les organisateurs.")
    assert source(s, "5 000") == "police"
    assert source(s, "20 000") == "organisateurs"


def test_the_author_of_a_report_named_inside_one_phrase(analyze):
    s = analyze("Les combats ont fait 200 morts depuis lundi, selon un bilan du ministère de la Santé.")
    assert source(s, "200") == "ministère de la Santé"


def test_a_title_whose_verb_says_names_who_put_the_number_out(analyze):
    s = analyze("Le Mali annonce la mort de 20 soldats dans une embuscade\n\n"
                "Vingt militaires ont été tués lundi dans le centre du pays. L'attaque n'a pas été revendiquée.")
    assert source(s, "20 soldats") == "Mali"
    s = analyze("Inondations : la préfecture confirme l'évacuation de 300 habitants\n\n"
                "Les pompiers sont intervenus toute la nuit dans la vallée.")
    assert source(s, "300 habitants") == "préfecture"
    s = analyze("Inondations : 300 habitants évacués dans la vallée\n\n"
                "Les pompiers sont intervenus toute la nuit.")
    assert figure(s, "300 habitants")["source"] is None


def test_a_forecast_puts_its_number_on_record(analyze):
    s = analyze("Les économistes tablent sur une croissance de 1,2 % l'an prochain.")
    assert source(s, "1,2 %") == "économistes"
    s = analyze("La majorité des économistes s'attendent à une baisse de 25 points de base.")
    assert source(s, "25 points") == "économistes"
    s = analyze("Les secouristes attendent des renforts depuis l'aube. Le village compte 400 habitants.")
    assert figure(s, "400 habitants")["source"] is None


def test_a_number_after_a_definite_determiner_counts_things_not_the_parties_named_before(analyze):
    s = analyze("Le Chili et l'Argentine ont signé un accord. Les deux pays ont promis de coopérer. "
                "Les trois votes prévus au Sénat ont été reportés.")
    assert [f["text"] for f in s.figures] == ["trois votes"]
    s = analyze("Paul Martin et Louis Durand se sont rencontrés lundi. Leurs deux équipes ont ensuite visité "
                "les quatre usines du groupe.")
    assert [f["text"] for f in s.figures] == ["quatre usines"]
