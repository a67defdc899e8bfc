"""Speaker names: seats of an executive, plural pronouns that agree by sense, title periphrases, 'pour' after an
opening conjunction, verbs the tagger misread before an inverted clitic, and titles taking up the second name of a
coordinated subject. French sentences written for these tests."""
import pytest


def names(s):
    return [q["speaker_name"] for q in s.quotes]


@pytest.mark.parametrize("text, seat", [
    ("« Nous ne reculerons pas », a affirmé la Maison Blanche dans un communiqué.", "Maison Blanche"),
    ("Le Kremlin a dénoncé mardi « une provocation » de l'Otan.", "Kremlin"),
    ("Selon l'Élysée, le président recevra les syndicats jeudi.", "Élysée"),
    ("La Maison-Blanche estime que Pékin doit cesser ses manœuvres.", "Maison-Blanche"),
])
def test_a_seat_of_government_speaks_by_its_own_name(analyze, text, seat):
    assert names(analyze(text)) == [seat]


def test_a_capital_still_speaks_for_its_state(analyze):
    s = analyze("Washington a estimé jeudi que les négociations avançaient.")
    assert names(s) == ["États-Unis"]


@pytest.mark.parametrize("things, people", [
    ("Les premières analyses", "les associations"),
    ("Les premières estimations", "les autorités"),
])
@pytest.mark.parametrize("verb", ["affirment", "assurent"])
def test_a_plural_pronoun_agreeing_by_sense_takes_up_people_not_things(analyze, things, people, verb):
    s = analyze(f"{things} font état de vingt blessés. Dans ce village isolé, {people} multiplient les fouilles. "
                f"Ils {verb} que les besoins sont immenses.")
    assert names(s)[-1] == people


def test_a_plural_pronoun_of_its_own_gender_is_unchanged(analyze):
    s = analyze("Les premières analyses font état de vingt blessés. Sur place, les secouristes multiplient les "
                "recherches. Ils affirment que les besoins sont immenses.")
    assert names(s)[-1] == "les secouristes"


@pytest.mark.parametrize("opening, title, name", [
    ("L'actuel chef de l'État Paul Roussel a visité une usine à Lille.", "le président français", "Paul Roussel"),
    ("La cheffe de l'État Paula Roussel a reçu son homologue ivoirien.", "la présidente française", "Paula Roussel"),
    ("Le chef du gouvernement Marc Aubry a visité une usine.", "le Premier ministre belge", "Marc Aubry"),
])
def test_a_title_periphrasis_is_taken_up_by_a_qualified_title(analyze, opening, title, name):
    s = analyze(f"{opening} « Nous tiendrons bon », a affirmé {title}.")
    assert names(s)[-1] == name


def test_a_periphrasis_that_says_its_state_still_rules_out_another(analyze):
    s = analyze("Le chef de la diplomatie chinoise Wang Lei a reçu des journalistes. « Nous restons ouverts », "
                "a assuré le ministre français.")
    assert names(s) and names(s)[-1] != "Wang Lei"


@pytest.mark.parametrize("opener", ["Mais pour", "Et pour", "Pour"])
@pytest.mark.parametrize("said", ["« l'effort devra se poursuivre »", "l'effort devra se poursuivre"])
def test_pour_after_an_opening_conjunction_names_the_source(analyze, opener, said):
    s = analyze("La ministre de la Santé, Agnès Firmin, a présenté son plan. « C'est un premier pas », a réagi le "
                f"président de l'Ordre, François Arnault. {opener} la ministre, {said}.")
    assert names(s) == ["François Arnault", "Agnès Firmin"]


@pytest.mark.parametrize("cue, name", [
    ("tranche-t-elle", "Claire Dumont"),
    ("s'alarme-t-elle", "Claire Dumont"),
    ("tranche-t-il", "Paul Henri"),
])
def test_a_word_before_an_inverted_clitic_is_the_cue(analyze, cue, name):
    s = analyze("La directrice, Claire Dumont, a reçu le maire Paul Henri. Tous deux ont visité le chantier. "
                f"« Les travaux avancent bien », {cue}.")
    q = s.quotes[-1]
    assert q["cue"] is not None and q["speaker_name"] == name


@pytest.mark.parametrize("pair, title, name", [
    ("Alain Berset et Karin Keller-Sutter", "La conseillère fédérale", "Karin Keller-Sutter"),
    ("Alain Berset et Karin Keller-Sutter", "La ministre", "Karin Keller-Sutter"),
    ("Jean Dupont et Marie Vidal", "La ministre", "Marie Vidal"),
])
def test_a_title_takes_up_the_second_name_of_a_coordinated_subject(analyze, pair, title, name):
    s = analyze(f"{pair} ont présenté le projet. {title} a estimé que la prudence s'imposait.")
    assert names(s) == [name]


@pytest.mark.parametrize("cue, name", [
    ("a-t-il tempêté", "Paul Henri"),
    ("a-t-il tweeté", "Paul Henri"),
    ("a-t-elle tweeté", "Claire Dumont"),
])
def test_the_word_after_an_inverted_auxiliary_is_its_participle(analyze, cue, name):
    s = analyze("La directrice, Claire Dumont, a reçu le maire Paul Henri. Tous deux ont visité le chantier. "
                f"« Les travaux avancent bien », {cue}.")
    q = s.quotes[-1]
    assert q["cue"] is not None and q["speaker_name"] == name


@pytest.mark.parametrize("opening", [
    "La présidente de la cour, Hélène Vasseur, l'a interrogé longuement.",
    "La juge Hélène Vasseur l'a interrogé longuement.",
])
@pytest.mark.parametrize("clitic", ["lui a-t-elle demandé", "lui a-t-elle lancé"])
def test_an_object_clitic_before_an_inverted_subject_leaves_it_the_speaker(analyze, opening, clitic):
    s = analyze(f"L'ancien notaire est accusé d'avoir détourné des fonds. {opening} "
                f"« Comment expliquez-vous ces virements ? », {clitic}.")
    assert names(s)[-1] == "Hélène Vasseur"


@pytest.mark.parametrize("title", ["Les ministres", "Les élus"])
@pytest.mark.parametrize("verb", ["ont promis", "ont assuré"])
def test_a_plural_title_before_a_list_of_names_is_those_people(analyze, title, verb):
    s = analyze(f"{title} Paul Henri et Claire Dumont ont visité l'usine. Ils {verb} que le site ne fermerait pas.")
    assert names(s) == ["Paul Henri ; Claire Dumont"]


@pytest.mark.parametrize("body, title, name, pron", [
    ("Le groupe Valtis", "Son PDG", "Marc Lenoir", "il"),
    ("La Banque du Nord", "Sa directrice", "Anne Vidal", "elle"),
])
def test_a_name_apposed_to_the_subject_is_taken_up_before_the_body(analyze, body, title, name, pron):
    s = analyze(f"{body} a annoncé un bénéfice record. {title}, {name}, a présenté les comptes. "
                f"« Nous investissons massivement », a-t-{pron} assuré.")
    assert names(s)[-1] == name


@pytest.mark.parametrize("title", ["le maire", "le député-maire"])
def test_a_body_in_brackets_is_no_apposed_subject(analyze, title):
    s = analyze(f"« Il faut aller plus loin », martèle Paul Girard. Depuis lundi, {title} (PSD) de Valmont a vu ses "
                "plages souillées. Une pollution « plus grave que la précédente » pour l'ensemble de sa commune.")
    assert names(s) == ["Paul Girard", "Paul Girard"]


@pytest.mark.parametrize("first, cue", [
    ("Certains habitants réclament une nouvelle route", "demandent la fermeture du pont"),
    ("Certains élus réclament une enquête", "exigent la démission du maire"),
    ("Plusieurs syndicats ont salué l'accord", "ont dénoncé « une trahison »"),
])
def test_d_autres_after_a_comma_is_the_next_verb_s_subject(analyze, first, cue):
    s = analyze(f"{first}, d'autres {cue}.")
    assert names(s)[-1] == "d'autres"
    assert s.quotes[-1]["speaker"]["text"] == "d'autres"
