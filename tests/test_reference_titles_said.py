"""Who is who through the titles an article gives: periphrases, states, bodies, titles found on the way, counted
plurals, and complements of circumstance after an inverted description (sentences written for these tests)."""
import pytest


def speakers(story):
    return [q["speaker_name"] for q in story.quotes]


@pytest.mark.parametrize("later", ["a affirmé la ministre mexicaine", "a insisté la ministre mexicaine des Affaires étrangères"])
def test_a_periphrasis_given_as_a_title_is_the_plain_title_too(analyze, later):
    s = analyze("La cheffe de la diplomatie mexicaine, Rosa Ibarra, a reçu mardi des élus canadiens à Ottawa. Les "
                f"échanges ont duré trois heures.\n\n« Nos frontières resteront ouvertes », {later}.")
    assert speakers(s)[-1] == "Rosa Ibarra"


def test_a_title_of_another_state_is_someone_else(analyze):
    s = analyze("Le chef de la diplomatie chinoise, Li Wenhao, a reçu lundi une délégation à Pékin.\n\n"
                "« Le dialogue doit continuer », a répondu le chef de la diplomatie japonaise.")
    assert speakers(s)[-1] != "Li Wenhao"


@pytest.mark.parametrize("title", ["le chef de l'OIT", "le patron de l'OIT"])
def test_a_title_naming_a_body_may_be_the_untitled_speaker_before_it(analyze, title):
    s = analyze("Gilberto Rocha a présenté jeudi à Genève un rapport sur le travail des enfants. « Les progrès sont trop "
                f"lents », a déclaré M. Rocha.\n\n« Il faut des inspections », a ajouté {title}.")
    assert speakers(s) == ["Gilberto Rocha", "Gilberto Rocha"]


def test_a_title_found_on_the_way_is_the_same_person_again(analyze):
    s = analyze("Gilberto Rocha a présenté jeudi à Genève un rapport sur le travail des enfants. « Il faut des "
                "inspections », a ajouté le chef de l'OIT.\n\nLe ministre brésilien Paulo Neves a salué le rapport. "
                "Paulo Neves a promis des contrôles.\n\nSelon le patron de l'OIT, les progrès restent trop lents.")
    assert speakers(s)[0] == speakers(s)[-1] == "Gilberto Rocha"


@pytest.mark.parametrize("adjunct", ["devant les élus", "dans un entretien au quotidien local", "lors de la séance"])
def test_a_complement_of_circumstance_is_no_part_of_an_inverted_description(analyze, adjunct):
    s = analyze("La préfète de la Somme, Odile Marchand, a présenté lundi le plan contre les crues.\n\n"
                f"« Chaque commune aura ses digues », a assuré la préfète {adjunct}.")
    assert speakers(s)[-1] == "Odile Marchand"


def test_an_indefinite_description_keeps_where_its_person_is(analyze):
    s = analyze("« Les réserves de sang baissent », a déclaré un médecin dans un hôpital de Lille.")
    assert "dans un hôpital de Lille" in speakers(s)[0]


def test_a_definite_noun_for_a_body_reaches_as_far_back_as_a_title(analyze):
    s = analyze("L'Organisation internationale du travail (OIT) a lancé mercredi une campagne contre le travail forcé.\n\n"
                "Au Pérou, la ministre du Travail, Elena Quispe, a annoncé des contrôles. « Les mines seront inspectées », "
                "a-t-elle précisé. Des syndicats ont salué l'annonce. « C'est un premier pas », a estimé Jorge Salas, un "
                "délégué syndical. Les entreprises minières n'ont pas réagi.\n\n"
                "L'organisation onusienne estime que le travail forcé recule.")
    assert speakers(s)[-1] == "Organisation internationale du travail"


def test_counted_titles_are_those_who_hold_the_title_and_their_pronoun_both(analyze):
    s = analyze("La ministre danoise de l'Énergie, Mette Holm, a reçu lundi son homologue estonien, Kristjan Tamm. "
                "« Le câble sera posé en 2027 », a déclaré le porte-parole du gouvernement, Lars Berg.\n\n"
                "Les deux ministres ont signé un accord. Ils ont assuré que les travaux commenceraient en mai.")
    assert set(speakers(s)[-1].split(" ; ")) == {"Mette Holm", "Kristjan Tamm"}


@pytest.mark.parametrize("noun, who", [("l'agricultrice", "Lucie Verdier"), ("l'agriculteur", "Marc Tessier")])
def test_a_feminine_noun_the_tagger_read_as_masculine_finds_the_woman(analyze, noun, who):
    s = analyze("Lucie Verdier et Marc Tessier élèvent des chèvres dans le Larzac depuis vingt ans.\n\n"
                f"« Le prix du lait ne couvre plus nos frais », a ensuite insisté {noun}.")
    assert speakers(s)[-1] == who


@pytest.mark.parametrize("cue", ["pointe Mme Roussel", "souligne Mme Roussel", "pointe Inès Roussel"])
def test_a_cue_inside_the_marks_before_a_name_or_an_honorific(analyze, cue):
    s = analyze("Inès Roussel dirige la coopérative depuis 2019. Le maire Hervé Caillaud la soutient.\n\n"
                f"« Les vergers souffrent, {cue}, et l'État regarde ailleurs. »")
    assert speakers(s) == ["Inès Roussel"]
    assert s.quotes[0]["cue"] is not None


def test_a_one_word_name_after_a_noun_for_a_firm_is_the_firm(analyze):
    s = analyze("La société Airvolt a annoncé jeudi la fermeture de son site de Vierzon. Selon elle, les commandes "
                "ont chuté de moitié.")
    assert speakers(s) == ["Airvolt", "Airvolt"]
    assert next(a for a in s.actors if a["name"] == "Airvolt")["kind"] == "organization"


@pytest.mark.parametrize("who", ["Plusieurs Maliens", "De nombreux Maliens", "Certains Maliens"])
def test_some_of_a_people_is_a_group_not_the_state(analyze, who):
    s = analyze(f"Le couvre-feu a été prolongé à Bamako. {who} estiment que l'armée tarde à agir.")
    assert speakers(s) == [who]


def test_the_people_as_a_whole_stays_its_state(analyze):
    s = analyze("Le couvre-feu a été prolongé à Bamako. Les Maliens estiment que l'armée tarde à agir.")
    assert speakers(s) != ["Les Maliens"]


@pytest.mark.parametrize("who", ["un de ses dirigeants", "un de ses anciens membres"])
def test_one_of_a_set_is_named_by_the_whole_phrase(analyze, who):
    s = analyze(f"Le collectif a tenu son assemblée samedi. Certes, raconte {who}, la pétition n'a pas suffi.")
    assert speakers(s) == [who]


@pytest.mark.parametrize("title", ["le maître des poursuites", "le procureur"])
def test_the_prosecutor_is_the_prosecution_named_before(analyze, title):
    s = analyze("Le parquet de Kaolack a requis un an de prison contre le blogueur. « Ses écrits ont semé le trouble », "
                f"a soutenu {title} lors de l'audience.")
    assert speakers(s) == ["Le parquet de Kaolack", "Le parquet de Kaolack"]


def test_a_title_is_not_an_unnamed_person_known_by_another_title(analyze):
    s = analyze("« Les preuves manquent », a plaidé l'avocat du prévenu devant la cour. « Nous faisons confiance à la "
                "justice », a déclaré l'ambassadeur togolais.")
    assert speakers(s)[-1] != speakers(s)[0]
