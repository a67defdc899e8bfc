"""Reported-speech constructions of French news, one test per construction, on sentences written for these tests."""
import pytest


def quotes(story):
    return [(q["type"], q["speaker_name"], " … ".join(c["text"] for c in q["content"])) for q in story.quotes]


def only(story):
    assert len(story.quotes) == 1, quotes(story)
    return story.quotes[0]


# ---------------------------------------------------------------- marks over several paragraphs

def test_testimony_over_paragraphs_each_reopened_and_closed_at_the_end(analyze):
    text = ("Sylvie Marchand, infirmière à Rouen, a longtemps hésité avant de parler.\n\n"
            "« Les nuits de garde se sont enchaînées pendant des mois sans personne pour nous relayer.\n\n"
            "« Certaines collègues pleuraient dans les vestiaires avant de reprendre leur service.\n\n"
            "« Un jour, j'ai compris que je ne tiendrais plus », raconte-t-elle.")
    q = only(analyze(text))
    assert q["type"] == "direct" and q["speaker_name"] == "Sylvie Marchand"
    content = q["content"][0]["text"]
    assert content.startswith("Les nuits de garde") and content.endswith("je ne tiendrais plus")
    assert "pleuraient dans les vestiaires" in content


def test_testimony_after_a_colon_runs_to_the_last_closing_mark(analyze):
    text = ("Le pêcheur Yannick Le Bris se souvient de la tempête :\n\n"
            "« La mer est montée d'un coup, les amarres ont cédé une à une.\n\n"
            "« Nous avons passé la nuit à écoper. »\n\n"
            "Le port a rouvert trois jours plus tard.")
    q = only(analyze(text))
    assert q["speaker_name"] == "Yannick Le Bris"
    assert q["content"][0]["text"].startswith("La mer est montée")
    assert q["content"][0]["text"].endswith("à écoper.")


# ---------------------------------------------------------------- what the verb's complement reports

@pytest.mark.parametrize("sentence, cue, content", [
    ("La candidate écologiste a revendiqué la victoire dimanche soir.", "revendiqué", "la victoire dimanche soir"),
    ("Le syndicat Force ouvrière dénonce les cadences imposées aux caissières.", "dénonce",
     "les cadences imposées aux caissières"),
    ("Le procureur Marc Lenoir a requis deux ans de prison ferme contre le gérant.", "requis",
     "deux ans de prison ferme contre le gérant"),
])
def test_a_noun_phrase_object_is_what_was_said(analyze, sentence, cue, content):
    q = only(analyze(sentence))
    assert q["type"] == "indirect"
    assert cue in q["cue"]["text"]
    assert q["content"][0]["text"] == content


@pytest.mark.parametrize("sentence, content", [
    ("Le maire de Brest a promis de rouvrir la piscine avant l'été.", "de rouvrir la piscine avant l'été"),
    ("Karim Benali affirme n'avoir jamais reçu la convocation.", "n'avoir jamais reçu la convocation"),
    ("La CGT appelle à une grève reconductible dans les raffineries.", "à une grève reconductible dans les raffineries"),
    ("La préfète a expliqué comment les secours avaient été organisés.", "comment les secours avaient été organisés"),
    ("Le ministre s'est félicité du succès de l'opération de sauvetage.", "du succès de l'opération de sauvetage"),
    ("Le gouvernement a fait savoir qu'il ne reculerait pas sur la réforme.", "il ne reculerait pas sur la réforme"),
    ("L'avocate laisse entendre que son client pourrait faire appel.", "son client pourrait faire appel"),
])
def test_each_complement_frame_reports_its_content(analyze, sentence, content):
    q = only(analyze(sentence))
    assert q["type"] == "indirect"
    assert q["content"][0]["text"] == content


def test_accused_of_a_noun_after_the_object(analyze):
    q = only(analyze("La plaignante accuse Paul Verdier de harcèlement."))
    assert q["content"][0]["text"] == "de harcèlement"


# ---------------------------------------------------------------- attributes: se dire, qualifier de, présenter comme

def test_an_attribute_the_speaker_gives_itself(analyze):
    q = only(analyze("La directrice de l'école, Agnès Morel, s'est dite « horrifiée » par l'agression."))
    assert q["type"] == "mixed" and q["speaker_name"] == "Agnès Morel"
    assert q["content"][0]["text"].startswith("« horrifiée »")


def test_an_attribute_with_its_own_complement(analyze):
    q = only(analyze("Le représentant des agriculteurs s'est montré satisfait de l'accord signé avec la grande distribution."))
    assert q["content"][0]["text"].startswith("satisfait de l'accord")


def test_qualifier_de_reports_the_attribute_of_the_object(analyze):
    q = only(analyze("Le sénateur Hugo Bernard a qualifié la réforme des retraites de « brutale »."))
    assert q["type"] == "mixed" and q["speaker_name"] == "Hugo Bernard"
    assert q["content"][0]["text"] == "de « brutale »"


def test_passive_qualifier_names_the_speaker_after_par(analyze):
    s = analyze("Le militant Omar Sy, qualifié de « provocateur » par la ministre Claire Dumas, a été relâché.")
    q = only(s)
    assert q["content"][0]["text"] == "de « provocateur »"
    assert q["speaker_name"] == "Claire Dumas"


def test_presenter_comme(analyze):
    q = only(analyze("La police présente les deux suspects comme des membres d'un réseau de passeurs."))
    assert q["content"][0]["text"] == "comme des membres d'un réseau de passeurs"


def test_a_marked_noun_phrase_object_is_mixed(analyze):
    q = only(analyze("La députée Lina Perez a salué un « grand jour pour les familles »."))
    assert q["type"] == "mixed"
    assert q["content"][0]["text"] == "un « grand jour pour les familles »"


# ---------------------------------------------------------------- nominal cues

@pytest.mark.parametrize("sentence, speaker, content", [
    ("Selon les termes du préfet, la situation est « sous contrôle ».", "préfet", "la situation est « sous contrôle »"),
    ("Pour reprendre les mots de Nadia Kacem, le quartier « a été oublié ».", "Nadia Kacem", "le quartier « a été oublié »"),
    ("Aux yeux de l'économiste Jean Tirole, cette taxe est contre-productive.", "Jean Tirole",
     "cette taxe est contre-productive"),
])
def test_nominal_cues_like_selon(analyze, sentence, speaker, content):
    q = only(analyze(sentence))
    assert speaker in q["speaker_name"]
    assert q["content"][0]["text"] == content


def test_selon_lequel_takes_the_noun_before_it(analyze):
    s = analyze("Une information judiciaire a été ouverte, a indiqué le parquet de Lille, "
                "selon lequel « aucune piste n'est écartée ».")
    direct = [q for q in s.quotes if q["type"] == "direct"]
    assert len(direct) == 1 and direct[0]["content"][0]["text"] == "aucune piste n'est écartée"
    assert direct[0]["speaker"]["text"].endswith("parquet de Lille") and direct[0]["cue"]["text"] == "selon lequel"


# ---------------------------------------------------------------- incises

def test_any_verb_heads_an_incise_with_an_inverted_pronoun(analyze):
    s = analyze("La négociatrice Inès Caron a quitté la salle vers minuit.\n\n"
                "Le dossier est enterré pour cette année, a-t-elle soupiré devant les caméras.")
    q = only(s)
    assert q["type"] == "indirect" and q["speaker_name"] == "Inès Caron"
    assert q["content"][0]["text"] == "Le dossier est enterré pour cette année"


def test_a_parenthetical_that_reports_nothing(analyze):
    assert analyze("La reprise, semble-t-il, se confirme dans le bâtiment.").quotes == []


def test_reflexive_cue_listed_in_the_lexicon(analyze):
    q = only(analyze("« Nous dormions dans la voiture », se remémore Lucie Garnier."))
    assert q["type"] == "direct" and q["speaker_name"] == "Lucie Garnier"


def test_narration_before_a_fragment_and_an_incise_makes_a_mixed_quote(analyze):
    q = only(analyze("La direction embauchera vingt techniciens « dans les prochaines semaines », a ajouté Léa Martin."))
    assert q["type"] == "mixed" and q["speaker_name"] == "Léa Martin"
    assert q["content"][0]["text"].startswith("La direction embauchera vingt techniciens")


def test_pieces_of_one_quotation_joined_by_a_few_words(analyze):
    q = only(analyze("« Nous l'emportons » avec « près de 60 % », « la ville a choisi le changement », "
                     "a lancé Julien Bayrou."))
    assert q["type"] == "direct"
    assert [c["text"] for c in q["content"]] == ["Nous l'emportons", "près de 60 %", "la ville a choisi le changement"]


# ---------------------------------------------------------------- where reported content stops

def test_content_stops_before_another_speakers_clause(analyze):
    got = quotes(analyze("Certains riverains réclament des ralentisseurs, d'autres réclament la fermeture de la rue."))
    assert [c for _, _, c in got] == ["des ralentisseurs", "la fermeture de la rue"]


def test_content_stops_before_a_participle_cue(analyze):
    got = quotes(analyze("La gendarmerie a indiqué que deux drones survolaient la centrale, précisant en avoir intercepté un."))
    assert [c for _, _, c in got] == ["deux drones survolaient la centrale", "en avoir intercepté un"]


def test_a_fronted_clause_ends_what_it_reports(analyze):
    got = quotes(analyze("S'il continue de contester les chiffres, le maire Paul Girard a toutefois reconnu "
                         "que la dette avait doublé."))
    assert got[0][2] == "les chiffres"
    assert got[1][2] == "la dette avait doublé"


# ---------------------------------------------------------------- not quotations

def test_titles_of_works_and_operations_are_not_quotes(analyze):
    s = analyze("Le film « Les Misérables » a été diffusé mardi. L'opération « Sentinelle » mobilise 7 000 soldats. "
                "Son roman « La Nuit des rois » sort en poche.")
    assert s.quotes == []


def test_a_headline_is_not_a_quote(analyze):
    s = analyze("La maire de Paris dénonce une décision injuste\n\n"
                "Le tribunal administratif a suspendu lundi l'arrêté municipal.")
    assert s.quotes == []


def test_a_speech_act_still_to_come_or_an_idiom_reports_nothing(analyze):
    s = analyze("La Banque centrale doit annoncer jeudi une nouvelle baisse des taux. "
                "Dès son élection, la présidente du club a annoncé la couleur.")
    assert s.quotes == []


# ---------------------------------------------------------------- speakers named around the marks

def test_a_lead_quote_whose_speaker_is_named_in_the_next_sentence(analyze):
    q = only(analyze("« Nous ne fermerons aucune maternité. » C'est ce qu'a assuré lundi la ministre de la Santé, "
                     "Agnès Firmin, devant les députés."))
    assert q["type"] == "direct" and q["speaker_name"] == "Agnès Firmin"
    assert q["content"][0]["text"] == "Nous ne fermerons aucune maternité."


def test_marks_that_open_on_the_subjects_verb(analyze):
    q = only(analyze("Le collectif des riverains « réclame depuis des années un mur antibruit »."))
    assert q["speaker_name"] and "collectif" in q["speaker"]["text"]
    assert q["content"][0]["text"] == "réclame depuis des années un mur antibruit"


def test_marks_after_a_colon_with_a_person_as_subject(analyze):
    q = only(analyze("Le sélectionneur Didier Deschamps reste prudent : « Rien n'est joué avant le dernier match. »"))
    assert q["speaker_name"] == "Didier Deschamps"
    assert q["content"][0]["text"] == "Rien n'est joué avant le dernier match."


def test_a_quote_after_a_sentence_about_a_named_person_is_theirs(analyze):
    s = analyze("« Le toit s'est effondré dans la nuit », raconte Odile, 72 ans. Sa fille, Karine Petit, est arrivée "
                "au petit matin. « Je n'ai rien reconnu de la maison. »")
    assert quotes(s)[1] == ("direct", "Karine Petit", "Je n'ai rien reconnu de la maison.")


def test_the_narrative_infinitive_goes_on_with_the_same_person(analyze):
    s = analyze("Le président du syndicat, Marc Aubry, refuse de signer l'accord. Et d'ajouter : « Nous irons devant les "
                "tribunaux s'il le faut. »")
    q = only(s)
    assert q["speaker_name"] == "Marc Aubry"
    assert q["content"][0]["text"] == "Nous irons devant les tribunaux s'il le faut."


def test_a_name_before_a_colon_with_no_verb(analyze):
    q = only(analyze("Même tonalité chez la sénatrice Aline Roux : « Ce budget sacrifie la recherche. »"))
    assert q["speaker_name"] == "Aline Roux"


def test_the_source_in_brackets_after_a_quotation(analyze):
    q = only(analyze("« Personne ne nous a prévenus. » (Bernard Lucas, agriculteur à Vierzon)"))
    assert q["speaker_name"] == "Bernard Lucas"


def test_a_title_and_its_publisher_in_brackets_are_not_a_quote(analyze):
    assert analyze("Le prix est allé à Léa Vidal pour « La Mer à boire » (Gallimard).").quotes == []


def test_judged_with_an_adjective_as_a_small_clause_and_in_the_passive(analyze):
    got = quotes(analyze("Le député Yves Caron a jugé le projet « mal préparé ». Un calendrier jugé « irréaliste » "
                         "par la maire Sonia Blanc."))
    assert got[0] == ("mixed", "Yves Caron", "le projet « mal préparé »")
    assert got[1][1] == "Sonia Blanc" and got[1][2] == "« irréaliste »"


def test_a_sentence_of_judicial_sentence_is_not_speech(analyze):
    assert analyze("Le tribunal a condamné l'ancien maire à deux ans de prison avec sursis.").quotes == []


def test_a_participle_coordinated_in_the_passive_reports_nothing(analyze):
    assert analyze("Le voyage a été organisé en toute discrétion et annoncé à la dernière minute.").quotes == []


def test_scare_quotes_inside_a_sentence_after_a_quote_are_not_a_continuation(analyze):
    s = analyze("« Je pars avec le sentiment du devoir accompli », a déclaré Lucien Morel. Interrogé sur les "
                "« rumeurs » de la semaine, il n'a pas répondu.")
    assert [q["content"][0]["text"] for q in s.quotes] == ["Je pars avec le sentiment du devoir accompli"]


def test_after_selon_a_coordinated_verb_belongs_to_the_reported_clause(analyze):
    q = only(analyze("Selon la syndicaliste Rose Abadie, le ministre a compris le problème et a promis "
                     "d'ouvrir des postes."))
    assert q["content"][0]["text"] == "le ministre a compris le problème et a promis d'ouvrir des postes"


def test_a_marked_noun_phrase_said_by_the_agent_of_a_participle(analyze):
    q = only(analyze("Le syndicat a rejeté l'idée d'une « pause » formulée par la ministre Agnès Roy."))
    assert q["speaker_name"] == "Agnès Roy"
    assert q["content"][0]["text"] == "l'idée d'une « pause »"


def test_a_quotation_left_open_at_a_paragraph_end_closes_in_the_next(analyze):
    q = only(analyze("« Le bateau a chaviré en quelques secondes. Personne n'a eu le temps de réagir.\n\n"
                     "Nous avons nagé jusqu'à la bouée », raconte Loïc Martin, le skipper."))
    assert q["speaker_name"] == "Loïc Martin"
    assert q["content"][0]["text"].startswith("Le bateau a chaviré") and q["content"][0]["text"].endswith("jusqu'à la bouée")


def test_selon_laquelle_after_a_content_noun_names_no_source(analyze):
    assert analyze("L'hypothèse selon laquelle le tunnel serait abandonné circule depuis lundi.").quotes == []


def test_a_document_speaks_through_a_participle(analyze):
    q = only(analyze("Le conseil municipal a voté une motion demandant que la gare reste ouverte."))
    assert q["content"][0]["text"] == "la gare reste ouverte"
    assert q["speaker"]["text"].startswith("une motion")


@pytest.mark.parametrize("sentence, verb", [
    ("« Trois mois qu'on attend une réponse », râle une habitante de la cité.", "râle"),
    ("« On nous prend pour des imbéciles », s'étrangle un manifestant devant la préfecture.", "étrangle"),
])
def test_manner_of_speaking_incise_with_a_person_noun(analyze, sentence, verb):
    q = only(analyze(sentence))
    assert q["type"] == "direct" and verb in q["cue"]["text"]
    assert q["speaker"]["text"].startswith("un") and q["speaker"]["text"].split()[1] in ("habitante", "manifestant")


def test_the_object_after_an_adjunct_the_parser_took_it_into(analyze):
    q = only(analyze("Le maire Paul Girard a dénoncé dans la soirée des méthodes « brutales »."))
    assert q["type"] == "mixed" and "des méthodes « brutales »" in q["content"][0]["text"]


def test_a_name_right_before_a_reflexive_cue(analyze):
    q = only(analyze("À son retour de Madrid, Pedro Sánchez s'est engagé à relancer le dialogue social."))
    assert q["speaker_name"] == "Pedro Sánchez"
    assert q["content"][0]["text"] == "à relancer le dialogue social"


@pytest.mark.parametrize("sentence, content", [
    ("Le collectif y voit « une atteinte à la liberté de la presse ».", "« une atteinte à la liberté de la presse »"),
    ("Le maire voit dans ce projet « une régression pour le quartier ».", "« une régression pour le quartier »"),
    ("L'entraîneur Paul Roche n'a pas caché sa « grosse déception ».", "sa « grosse déception »"),
    ("La sénatrice s'en est prise aux « mensonges » du gouvernement.", "aux « mensonges » du gouvernement"),
    ("Le pédiatre Marc Levy a alerté mardi sur la hausse des cas de bronchiolite.", "sur la hausse des cas de bronchiolite"),
])
def test_cues_that_need_a_word_around_them(analyze, sentence, content):
    q = only(analyze(sentence))
    assert q["content"][0]["text"].endswith(content)


def test_the_same_verbs_without_those_words_say_nothing(analyze):
    assert analyze("Le directeur a caché les documents dans un coffre. Depuis la fenêtre, on voit la mer.").quotes == []


def test_a_conviction_stated_with_etre(analyze):
    got = quotes(analyze("La conseillère fédérale Ruth Amherd est convaincue de pouvoir convaincre les cantons. "
                         "Les chercheurs sont persuadés que le virus a muté."))
    assert got[0] == ("indirect", "Ruth Amherd", "de pouvoir convaincre les cantons")
    assert got[1][2] == "le virus a muté"


def test_a_multi_word_cue_with_an_elided_article(analyze):
    q = only(analyze("Le rapport de la Cour des comptes met l'accent sur le manque de contrôleurs."))
    assert q["content"][0]["text"] == "sur le manque de contrôleurs" and q["cue"]["text"].endswith("met l'accent")


def test_si_l_on_en_croit(analyze):
    q = only(analyze("Si l'on en croit le maire Paul Roux, les travaux seront terminés en mai."))
    assert q["speaker_name"] == "Paul Roux" and q["content"][0]["text"] == "les travaux seront terminés en mai"


def test_a_sentence_break_the_parser_put_inside_a_name_or_a_word(analyze):
    q = only(analyze("Le Honduras a annoncé le transfert aux Etats-Unis de 12 narco-trafiquants présumés."))
    assert q["content"][0]["text"].endswith("narco-trafiquants présumés")


def test_the_reported_sentence_goes_on_after_the_incise(analyze):
    q = only(analyze("Le dispositif fonctionne bien, a estimé la préfète Anne Colin, mais pas lorsque les crues "
                     "se succèdent."))
    assert q["content"][0]["text"].startswith("Le dispositif fonctionne bien")
    assert q["content"][0]["text"].endswith("lorsque les crues se succèdent")


def test_the_narrators_words_after_an_incise_stay_out(analyze):
    q = only(analyze("Les négociations reprendront lundi, a indiqué le ministre, sans préciser de lieu."))
    assert q["content"][0]["text"] == "Les négociations reprendront lundi"


def test_a_relative_que_does_not_open_reported_speech(analyze):
    q = only(analyze("Londres a annoncé la saisie de tous les biens que détenait l'oligarque au Royaume-Uni."))
    assert q["content"][0]["text"].startswith("la saisie de tous les biens")


def test_marks_opening_on_the_verb_after_a_long_subject_make_a_mixed_quote(analyze):
    q = only(analyze("Le travail des pays facilitateurs, en l'occurrence la Norvège, « continue sans relâche », "
                     "a ajouté la diplomate Rania Saleh."))
    assert q["type"] == "mixed" and q["content"][0]["text"].startswith("Le travail des pays facilitateurs")


def test_a_quote_opening_a_paragraph_after_one_about_a_named_person(analyze):
    got = quotes(analyze("« Nous partons demain », a dit Paul Martin.\n\nSa sœur, Léa Martin, est restée sur place.\n\n"
                         "« Je ne quitterai pas ma maison. »"))
    assert got[1] == ("direct", "Léa Martin", "Je ne quitterai pas ma maison.")


def test_mais_aussi_goes_on_with_the_same_words(analyze):
    q = only(analyze("Le maire Paul Girard a affirmé que la hausse toucherait les loyers, mais aussi les charges."))
    assert q["content"][0]["text"] == "la hausse toucherait les loyers, mais aussi les charges"


def test_words_in_marks_after_a_colon_belong_to_the_reported_phrase(analyze):
    q = only(analyze("La présidente Ana Ruiz a rappelé sa ligne face aux syndicats : « fermeté » et « dialogue »."))
    assert q["type"] == "mixed" and q["content"][0]["text"].endswith("« fermeté » et « dialogue »")


def test_a_sentence_in_marks_after_a_colon_is_a_quote_of_its_own(analyze):
    got = quotes(analyze("La ministre Ana Ruiz a rappelé que la loi s'appliquait à tous : « Personne ne sera au-dessus "
                         "des règles. »"))
    assert got == [("indirect", "Ana Ruiz", "la loi s'appliquait à tous"),
                   ("direct", "Ana Ruiz", "Personne ne sera au-dessus des règles.")]


def test_marks_after_a_colon_left_aside_by_an_idiom_are_its_speakers(analyze):
    q = only(analyze("Dès son élection, la syndicaliste Julie Caron a annoncé la couleur devant la presse : "
                     "« Nous ne signerons rien sans garanties. » La direction n'a pas répondu."))
    assert q["type"] == "direct" and q["speaker_name"] == "Julie Caron"


# ---------------------------------------------------------------- 'selon X, qui …, P'

def test_according_to_a_source_with_a_relative_clause_reports_what_follows_it(analyze):
    q = only(analyze("Selon l'association Emmaüs, qui gère trois foyers dans le département, "
                     "200 personnes dorment encore dehors chaque nuit."))
    assert q["speaker_name"] and "Emmaüs" in q["speaker_name"]
    assert q["content"][0]["text"] == "200 personnes dorment encore dehors chaque nuit"


def test_according_to_after_the_claim_leaves_the_sources_relative_clause_to_its_own_verb(analyze):
    story = analyze("Les crues ont détruit quatre ponts, d'après la préfecture, qui juge la situation « préoccupante ».")
    texts = [c["text"] for q in story.quotes for c in q["content"]]
    assert "Les crues ont détruit quatre ponts" in texts, quotes(story)
    assert not any("qui juge" in t for t in texts), quotes(story)


# ---------------------------------------------------------------- two reports in one sentence

def test_a_contrast_clause_with_its_own_speaker_is_another_report(analyze):
    story = analyze("Le syndicat a jugé la proposition « insuffisante », alors que le directeur du site affirmait "
                    "que l'offre était la dernière.")
    assert len(story.quotes) == 2, quotes(story)
    first, second = story.quotes
    assert first["content"][0]["text"].endswith("« insuffisante »")
    assert second["content"][0]["text"] == "l'offre était la dernière"
    assert "directeur" in (second["speaker_name"] or "")


def test_two_coordinated_cues_each_with_quoted_object_are_two_quotes(analyze):
    story = analyze("Le chef de l'opposition, Hugo Lambert, qui critique « une gestion à courte vue » et réclame "
                    "« un vrai plan pour les écoles », a quitté la séance.")
    texts = [q["content"][0]["text"] for q in story.quotes]
    assert any(t.startswith("« une gestion") and "réclame" not in t for t in texts), quotes(story)
    assert any("un vrai plan pour les écoles" in t and "critique" not in t for t in texts), quotes(story)


def test_a_cue_participle_sharing_the_auxiliary_is_a_second_report(analyze):
    story = analyze("Le recteur a affirmé avoir « mesuré l'inquiétude » des parents et promis de rouvrir la classe en janvier.")
    texts = [q["content"][0]["text"] for q in story.quotes]
    assert any(t.startswith("avoir « mesuré") and "promis" not in t for t in texts), quotes(story)
    assert any("rouvrir la classe" in t for t in texts), quotes(story)


def test_two_participles_under_one_reported_infinitive_stay_one_report(analyze):
    q = only(analyze("La ministre a dit avoir visité les ateliers et rencontré les apprentis."))
    assert "rencontré les apprentis" in q["content"][0]["text"]


# ---------------------------------------------------------------- verbs that report nothing in that frame

@pytest.mark.parametrize("sentence", [
    "La gardienne ne cachait pas sa déception à la sortie du vestiaire.",
    "Le sélectionneur s'est montré prudent.",
    "La finale, un duel qui s'annonce serré, se jouera samedi.",
    "Aucun groupe n'a revendiqué l'incendie de l'entrepôt.",
    "La direction n'a jamais annoncé de plan social.",
])
def test_a_feeling_shown_or_a_claim_not_made_is_no_quote(analyze, sentence):
    assert analyze(sentence).quotes == []


@pytest.mark.parametrize("sentence, content", [
    ("La capitaine s'est montrée « sereine » avant le match retour.", "« sereine » avant le match retour"),
    ("Le doyen s'est montré satisfait de la réforme votée hier.", "satisfait de la réforme votée hier"),
])
def test_an_attribute_in_marks_or_with_its_complement_is_a_quote(analyze, sentence, content):
    assert only(analyze(sentence))["content"][0]["text"] == content


# ---------------------------------------------------------------- who speaks a quotation with no cue

def test_a_sentence_bringing_in_a_person_gives_the_next_quotation_its_speaker(analyze):
    story = analyze("« Le camping a été évacué dans le calme », a indiqué le capitaine des pompiers, Marc Delmas. "
                    "Parmi les vacanciers, Josiane, 67 ans, qui vient chaque été depuis trente ans. "
                    "« On a tout laissé dans la caravane, même les papiers. »")
    last = story.quotes[-1]
    assert last["content"][0]["text"].startswith("On a tout laissé")
    assert last["speaker_name"] == "Josiane", quotes(story)


def test_a_sentence_after_the_quotation_naming_its_author(analyze):
    story = analyze("La sénatrice Agnès Perrin a voté contre. « Cette loi sera censurée avant l'été. » "
                    "La critique vient de Bruno Keller, le rapporteur du texte.")
    last = story.quotes[-1]
    assert last["content"][0]["text"].startswith("Cette loi sera censurée")
    assert last["speaker_name"] == "Bruno Keller", quotes(story)


# ---------------------------------------------------------------- an aside inside a mixed quote

def test_an_aside_between_commas_stays_inside_the_mixed_quote(analyze):
    story = analyze("« Les urgences saturent », avertit le professeur, qui souligne que certains traitements, "
                    "comme les antiviraux donnés tôt, « réduisent nettement les complications ».")
    q = story.quotes[-1]
    assert q["type"] == "mixed", quotes(story)
    assert q["content"][0]["text"].startswith("certains traitements, comme les antiviraux")
    assert q["content"][0]["text"].endswith("« réduisent nettement les complications »")
    assert len(story.quotes) == 2


# ---------------------------------------------------------------- a clause in marks no cue introduces

@pytest.mark.parametrize("text, words, speaker", [
    ("L'entraîneur Marc Leblanc a été clair avec ses joueurs, qui « doivent se remettre en question ».",
     "doivent se remettre en question", "Marc Leblanc"),
    ("La directrice Hélène Vasseur a visité le campus mardi. Un « chantier qui sera achevé avant la rentrée ».",
     "chantier qui sera achevé avant la rentrée", "Hélène Vasseur"),
])
def test_a_clause_in_marks_is_the_current_speakers_words(analyze, text, words, speaker):
    # a finite verb in the marks makes them someone's words, not a term held at a distance
    q = only(analyze(text))
    assert (q["type"], q["content"][0]["text"], q["speaker_name"]) == ("direct", words, speaker)


@pytest.mark.parametrize("text", [
    "Les sénateurs ont voté une réforme « historique » jeudi soir.",
    "Le syndicat dénonce depuis des mois la « casse du service public » dans les hôpitaux de la région.",
])
def test_a_noun_or_adjective_in_marks_stays_a_term(analyze, text):
    assert [q for q in analyze(text).quotes if q["type"] == "direct"] == []


def test_a_clause_in_marks_in_a_sentence_with_a_cue_is_that_cues_speakers(analyze):
    # the marks no cue introduced share their sentence with an incise: its subject is who said them too
    s = analyze("La ministre Claire Dumas a présenté le plan lundi. « Il arrive trop tard », a jugé le député "
                "Marc Valois, et les élus locaux « n'ont jamais été consultés ».")
    q = next(q for q in s.quotes if q["content"][0]["text"].startswith("n'ont jamais"))
    assert (q["speaker_name"], q["speaker"] and q["speaker"]["text"]) == ("Marc Valois", "Marc Valois")


@pytest.mark.parametrize("text, said, words", [
    ("Le ministre a assuré que la réforme passerait : « Nous avons la majorité ».",
     "la réforme passerait", "Nous avons la majorité"),
    ("La présidente du club a répété qu'il resterait en ville : « Nous ne partirons pas ».",
     "il resterait en ville", "Nous ne partirons pas"),
])
def test_a_short_sentence_in_marks_after_a_colon_is_a_quotation_of_its_own(analyze, text, said, words):
    # its full stop stands outside the marks; a capital and a finite verb make it a sentence all the same
    got = sorted((q["type"], q["content"][0]["text"]) for q in analyze(text).quotes)
    assert got == [("direct", words), ("indirect", said)]
