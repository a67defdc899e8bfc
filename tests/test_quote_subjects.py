"""Who speaks when the parse loses the subject: a relative clause or an age between the subject and its verb.
French sentences written for these tests."""
import pytest


@pytest.mark.parametrize("sentence, who", [
    ("Lyon, qui attendait en retour une aide de l'État, a regretté le manque de soutien des autorités.", "Lyon"),
    ("La Croix-Rouge, dont les équipes sont présentes à Gaza depuis un an, estime que la situation empire.",
     "Croix-Rouge"),
    ("Le syndicat Force ouvrière, qui réclamait une hausse des salaires, a dénoncé « une provocation ».",
     "Force ouvrière"),
])
def test_the_phrase_before_a_relative_clause_between_commas_speaks(analyze, sentence, who):
    s = analyze(sentence)
    assert s.quotes and s.quotes[-1]["speaker_name"] == who  # the verb after the clause


@pytest.mark.parametrize("age", ["61 ans", "45 ans"])
@pytest.mark.parametrize("verb", ["affirme", "assure"])
def test_a_relative_after_an_age_stands_for_the_name(analyze, age, verb):
    s = analyze(f"Le maire de Nantes Paul Durand, {age}, qui {verb} que la ville est prête, a visité le chantier.")
    assert [q["speaker_name"] for q in s.quotes] == ["Paul Durand"]
    assert s.quotes[0]["speaker"]["text"] == "Paul Durand"


@pytest.mark.parametrize("subject, names", [
    ("Le président Paul Girard et le prince héritier saoudien Karim Benali", "Paul Girard ; Karim Benali"),
    ("La ministre Claire Morin et le maire de Lyon Paul Girard", "Claire Morin ; Paul Girard"),
    ("Emmanuel Macron et le chancelier allemand Olaf Scholz", "Emmanuel Macron ; Olaf Scholz"),
])
def test_both_names_of_a_coordinated_subject_speak(analyze, subject, names):
    s = analyze(f"{subject} ont estimé mardi que le projet était viable.")
    assert [q["speaker_name"] for q in s.quotes] == [names]


def test_a_name_before_another_clause_does_not_join_the_speaker(analyze):
    s = analyze("Le ministre Paul Girard a reçu la maire Claire Morin et le préfet Jean Roux a estimé que tout allait bien.")
    assert [q["speaker_name"] for q in s.quotes] == ["Jean Roux"]


@pytest.mark.parametrize("subject", ["La présidente du groupe à l'Assemblée", "Le directeur de l'usine de Lyon"])
def test_a_cue_read_as_a_noun_is_said_by_the_whole_phrase_before_it(analyze, subject):
    s = analyze(f"{subject} juge que « la situation est grave ».")
    assert [q["speaker"]["text"] for q in s.quotes] == [subject]
    assert "juge" not in s.quotes[0]["speaker_name"]


@pytest.mark.parametrize("incise", ["déplore pour sa part", "regrette de son côté", "déplore"])
def test_an_incise_verb_the_tagger_misread_still_closes_the_quote(analyze, incise):
    s = analyze(f"Le conseil municipal s'est réuni lundi.\n\n« Rien n'a été fait », {incise} le maire.")
    assert [(q["type"], q["speaker"]["text"]) for q in s.quotes] == [("direct", "le maire")]


def test_a_past_participle_qualifying_a_name_still_reports_nothing(analyze):
    s = analyze("Paul Martin, accusé de corruption, a démissionné mardi.")
    assert s.quotes == []


@pytest.mark.parametrize("topic", ["quant à elle", "pour sa part"])
def test_a_topic_phrase_between_verb_and_subject_is_not_the_speaker(analyze, topic):
    s = analyze(f"« Nous n'avons pas été prévenus », affirme {topic} Sylvie Dumont.")
    assert [q["speaker"]["text"] for q in s.quotes] == ["Sylvie Dumont"]


@pytest.mark.parametrize("opener, source", [
    ("Pour Julie Marchand, tête de liste des Écologistes,", "Julie Marchand"),
    ("Selon Paul Martin, directeur de l'Institut,", "Paul Martin"),
    ("D'après Paul Martin, chercheur au CNRS et spécialiste de la Russie,", "Paul Martin"),
])
def test_an_apposition_without_article_after_selon_is_not_what_was_said(analyze, opener, source):
    s = analyze(f"{opener} la guerre durera encore longtemps.")
    assert [(q["content"][0]["text"], q["speaker_name"]) for q in s.quotes] == \
        [("la guerre durera encore longtemps", source)]


def test_the_source_of_selon_ends_at_its_comma(analyze):
    s = analyze("Selon la police, manifestants et policiers se sont affrontés.")
    assert [(q["speaker"]["text"], q["content"][0]["text"]) for q in s.quotes] == \
        [("la police", "manifestants et policiers se sont affrontés")]


def test_an_apposition_opening_on_de_after_pour_x_is_not_what_was_said(analyze):
    s = analyze("Pour Éric Heyer, de l'OFCE, le chômage devrait remonter l'an prochain.")
    assert [q["content"][0]["text"] for q in s.quotes] == ["le chômage devrait remonter l'an prochain"]


def test_the_city_of_a_french_dateline_never_speaks(analyze):
    s = analyze("MARSEILLE, 3 mai (AFP) - Le syndicat des dockers a dénoncé jeudi la fermeture du terminal.")
    assert [q["speaker_name"] for q in s.quotes] and "Marseille" not in [q["speaker_name"] for q in s.quotes]


@pytest.mark.parametrize("title", ["Le président kényan", "Le Premier ministre indien"])
def test_a_demonym_before_a_name_is_no_institution_speaking(analyze, title):
    s = analyze(f"{title} William Ruto a salué l'accord signé à Nairobi.")
    assert s.quotes and s.quotes[0]["speaker_name"] == "William Ruto"


def test_an_institution_before_a_name_still_speaks(analyze):
    s = analyze("L'administration Trump a annoncé des droits de douane sur l'acier.")
    assert [q["speaker_name"] for q in s.quotes] == ["administration Trump"]


@pytest.mark.parametrize("front", ["À Vienne, ", "Selon nos informations, ", ""])
def test_the_phrase_before_a_relative_clause_speaks_after_a_fronted_place(analyze, front):
    s = analyze(f"{front}un diplomate européen, qui a requis l'anonymat, a indiqué que les négociations avançaient.")
    assert [q["speaker_name"] for q in s.quotes][-1:] == ["un diplomate européen"]


@pytest.mark.parametrize("verb", ["a requis", "a demandé"])
def test_asking_for_anonymity_reports_nothing(analyze, verb):
    s = analyze(f"Un militant, qui {verb} l'anonymat, résume l'ambiance : « C'est la guerre froide. »")
    assert [q["type"] for q in s.quotes] == ["direct"]


@pytest.mark.parametrize("body", ["l'état-major ukrainien", "l'État-major de l'armée"])
def test_a_hyphenated_body_the_tokenizer_cut_is_one_word_again(analyze, body):
    s = analyze(f"Douze drones ont été abattus dans la nuit, a indiqué {body}.")
    assert s.quotes and "major" in s.quotes[0]["speaker_name"] and "major" in s.quotes[0]["speaker"]["text"]


@pytest.mark.parametrize("title", ["le lieutenant-colonel", "le médecin-chef"])
def test_a_hyphenated_title_is_one_word_and_the_name_after_it_speaks(analyze, title):
    s = analyze(f"« Le feu est fixé », a indiqué {title} Yannick Le Goff. « Il faut rester prudent », a ajouté l'officier.")
    assert [q["speaker_name"] for q in s.quotes] == ["Yannick Le Goff", "Yannick Le Goff"]


@pytest.mark.parametrize("sentence, who", [
    ("La pharmacienne Sophie Morel, interrogée mardi par l'AFP, a signalé des « tensions » sur certains médicaments.",
     "Sophie Morel"),
    ("Le député Marc Petit, joint par Le Parisien, a démenti toute implication dans l'affaire.", "Marc Petit"),
    ("Greenpeace, contactée par l'agence Reuters, a estimé que le projet menaçait la forêt.", "Greenpeace"),
])
def test_the_outlet_that_interviewed_someone_is_not_the_speaker(analyze, sentence, who):
    s = analyze(sentence)
    assert [q["speaker_name"] for q in s.quotes] == [who]


@pytest.mark.parametrize("tail", ["selon des propos rapportés par l'agence Tass", "selon des déclarations citées par l'AFP"])
@pytest.mark.parametrize("lead, who", [
    ("« Nous ne céderons pas », a déclaré la porte-parole Maria Ivanova", "Maria Ivanova"),
    ("Le général Paul Okoro a promis de « rétablir l'ordre »", "Paul Okoro"),
])
def test_words_carried_by_an_agency_are_the_speakers_alone(analyze, lead, who, tail):
    s = analyze(f"{lead}, {tail}.")
    assert [q["speaker_name"] for q in s.quotes] == [who]
    assert "selon" not in s.quotes[0]["content"][0]["text"]  # who carried the words is not what was said


@pytest.mark.parametrize("subject, verb, who", [
    ("Mme Lemieux", "a fait valoir", "Lemieux"),
    ("Le ministre des Finances Paul Girard", "a fait valoir", "Paul Girard"),
    ("La mairesse Valérie Plante", "a fait savoir", "Valérie Plante"),
])
def test_a_multiword_cue_the_parser_hangs_on_its_last_word_keeps_its_subject(analyze, subject, verb, who):
    s = analyze(f"{subject} {verb} que la Ville avait déjà investi 120 millions de dollars.")
    assert [q["speaker_name"] for q in s.quotes] == [who]
    assert s.quotes[0]["content"][0]["text"].startswith("la Ville")


@pytest.mark.parametrize("cue, who", [
    ("s'est félicitée la sénatrice María Pizarro", "María Pizarro"),
    ("s'est félicité le ministre Paul Morin", "Paul Morin"),
    ("s'est réjouie la maire Claire Morin", "Claire Morin"),
])
def test_a_reflexive_incise_takes_the_inverted_subject_after_it(analyze, cue, who):
    s = analyze(f"« Le peuple a choisi », {cue}.")
    assert [q["speaker_name"] for q in s.quotes] == [who]
    assert s.quotes[0]["cue"]["text"].startswith("s'")
