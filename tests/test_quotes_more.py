"""Layouts of direct speech beyond the plain '« … », a dit X': French sentences written for these tests."""
import pytest



def quotes(story):
    return [(q["type"], q["speaker"]["text"] if q["speaker"] else None, " … ".join(c["text"] for c in q["content"]))
            for q in story.quotes]


def test_an_incise_paragraph_that_lost_its_full_stop_is_not_a_heading(analyze):
    s = analyze("L'institutrice Odile Ferrand a reçu les parents jeudi.\n\n"
                "« Aucune classe ne fermera à la rentrée », a-t-elle promis\n\n"
                "Le rectorat n'a pas commenté.")
    assert quotes(s) == [("direct", "elle", "Aucune classe ne fermera à la rentrée")]
    assert s.quotes[0]["speaker_name"] == "Odile Ferrand"


def test_a_headline_with_a_named_incise_stays_a_heading(analyze):
    s = analyze("« Nous tiendrons bon », promet le maire de Tulle\n\n"
                "Le conseil municipal a voté le budget mardi soir.")
    assert s.quotes == []


def test_guillemets_glued_curly_and_straight_marks_are_all_quotations(analyze):
    for open_, close in (("«", "»"), ("«\u00a0", "\u00a0»"), ("«\u202f", "\u202f»"), ("“", "”"), ('"', '"')):
        s = analyze(f"{open_}Le chantier reprendra lundi{close}, a indiqué Sandrine Morel, cheffe de projet.")
        assert quotes(s) == [("direct", "Sandrine Morel", "Le chantier reprendra lundi")], open_


def test_a_verbless_tag_before_a_colon_names_the_speaker(analyze):
    cases = {
        "Hugo Lemaire (Les Verts) : « La ville doit planter mille arbres. »": "Hugo Lemaire",
        "Hugo Lemaire, conseiller municipal depuis 2020 : « La ville doit planter mille arbres. »": "Hugo Lemaire",
        "La réunion a duré deux heures. Le préfet : « La ville doit planter mille arbres. »": "Le préfet",
    }
    for text, speaker in cases.items():
        (q,) = analyze(text).quotes
        assert (q["type"], q["speaker"]["text"]) == ("direct", speaker), text
        assert q["content"][0]["text"] == "La ville doit planter mille arbres."


def test_a_verbless_lead_that_names_no_one_gives_no_speaker(analyze):
    s = analyze("La réunion a duré deux heures. Bilan de la soirée : « une réussite ».")
    assert all(q["speaker"] is None or q["speaker"]["text"] != "Bilan" for q in s.quotes)


def test_a_text_speaks_for_the_author_named_after_it(analyze):
    (q,) = analyze("Le message de l'Élysée était limpide : « Aucune concession ne sera faite. »").quotes
    assert q["type"] == "direct" and q["speaker"]["text"] == "Élysée"


def test_the_narrative_infinitive_with_its_own_subject(analyze):
    s = analyze("Le procès s'est ouvert lundi à Douai. Et l'avocate de la défense de lancer : "
                "« Mon client n'était pas sur les lieux. »")
    (q,) = s.quotes
    assert q["type"] == "direct" and q["speaker"]["text"].endswith("avocate de la défense")
    assert q["content"][0]["text"] == "Mon client n'était pas sur les lieux."


def test_a_phrase_pointing_back_names_the_speaker_of_the_quotation_before(analyze):
    s = analyze("« Nous ne signerons rien en l'état. »\n\nC'est en ces termes que la syndicaliste Inès Vautrin "
                "a clos la réunion de vendredi.")
    assert quotes(s) == [("direct", "Inès Vautrin", "Nous ne signerons rien en l'état.")]
    s = analyze("« Le réseau sera saturé avant Noël » : c'est ce que redoute l'ingénieur Malik Saïdi.")
    assert quotes(s) == [("direct", "Malik Saïdi", "Le réseau sera saturé avant Noël")]


def test_a_quotation_inside_brackets_is_direct_not_a_mixed_sentence(analyze):
    s = analyze("La présidente du club a défendu ses choix (« nous avons recruté les meilleurs », "
                "a-t-elle insisté) devant les supporters.")
    assert [(t, c) for t, _, c in quotes(s)] == [("direct", "nous avons recruté les meilleurs")]


def test_a_dialogue_dash_marks_the_speakers_own_words(analyze):
    s = analyze("Le contrôleur est monté dans le train.\n\n"
                "— Je n'ai pas eu le temps d'acheter un billet, a répondu Yann Prigent.")
    assert quotes(s) == [("direct", "Yann Prigent", "Je n'ai pas eu le temps d'acheter un billet")]
    # a dash inside the sentence is no dialogue dash: the same words stay indirect
    s = analyze("Le contrôleur est monté. Il n'avait pas eu le temps d'acheter un billet, a répondu Yann Prigent.")
    assert [t for t, _, _ in quotes(s)] == ["indirect"]


def test_pieces_joined_by_et_before_an_incise_make_one_direct_quote(analyze):
    (q,) = analyze("« Une étape » et « un vrai soulagement », a résumé la rectrice Agnès Perrot.").quotes
    assert q["type"] == "direct" and [c["text"] for c in q["content"]] == ["Une étape", "un vrai soulagement"]


def test_a_sentence_in_marks_after_an_indirect_quote_goes_on_with_its_speaker(analyze):
    s = analyze("La ministre Claire Aubry a assuré que les écoles rouvriraient lundi. "
                "« Nous ne laisserons aucun enfant sans classe. »")
    got = quotes(s)
    assert got[-1] == ("direct", None, "Nous ne laisserons aucun enfant sans classe.")
    assert s.quotes[-1]["speaker_name"] == "Claire Aubry"


def test_a_quotation_after_the_colon_of_a_selon_clause(analyze):
    s = analyze("Le conseil municipal a rejeté le budget de la ville jeudi soir. Pour la maire, Corinne Blanchet, "
                "le constat est simple : « Sans budget, rien ne bougera dans les quartiers. »")
    got = quotes(s)
    assert ("direct", "Corinne Blanchet", "Sans budget, rien ne bougera dans les quartiers.") in got


def test_a_quote_after_a_copular_sentence_about_a_named_person(analyze):
    s = analyze("Gaston Ribière, 71 ans, est apiculteur à Millau. « Mes ruches sont vides. Les abeilles sont parties. »")
    assert quotes(s) == [("direct", "Gaston Ribière", "Mes ruches sont vides. Les abeilles sont parties.")]


def test_marks_glued_to_the_words_around_them(analyze):
    s = analyze("«Le tunnel rouvrira en avril»,a précisé Lise Carpentier, ingénieure, lors de la réunion publique.")
    assert quotes(s) == [("direct", "Lise Carpentier", "Le tunnel rouvrira en avril")]
    s = analyze('Le syndicat des cheminots a prévenu lors de son congrès à Nantes:"La grève durera tout le mois."')
    assert [(t, c) for t, _, c in quotes(s)] == [("direct", "La grève durera tout le mois.")]


def test_a_quotation_paragraph_without_its_full_stop_is_no_heading(analyze):
    # announced by a colon at the end of the paragraph before
    s = analyze("Le maire Hubert Lacaze a reçu les riverains en mairie jeudi soir :\n\n"
                "« Le marché couvert restera ouvert tout l'été »\n\nLes commerçants ont applaudi.")
    assert [(t, c) for t, _, c in quotes(s)] == [("direct", "Le marché couvert restera ouvert tout l'été")]
    # several sentences inside the marks: a title makes one
    s = analyze("Le maire Hubert Lacaze a reçu les riverains. Il a été clair.\n\n"
                "« Le marché couvert restera ouvert. Les travaux attendront l'automne »\n\nLes commerçants ont applaudi.")
    assert [(t, c) for t, _, c in quotes(s)] == [("direct", "Le marché couvert restera ouvert. Les travaux attendront l'automne")]
    # a short paragraph in marks between two narrative ones stays an intertitle
    s = analyze("Le maire Hubert Lacaze a reçu les riverains en mairie jeudi soir.\n\n« Un été animé »\n\n"
                "Les commerçants ont ensuite visité la halle rénovée.")
    assert s.quotes == []


def test_a_quotation_after_a_sentence_whose_subject_is_a_pronoun(analyze):
    s = analyze("La navigatrice Maud Riou a franchi la ligne d'arrivée à l'aube. Elle paraissait épuisée. "
                "« Je n'ai pas dormi plus d'une heure d'affilée depuis dix jours. »")
    assert quotes(s) == [("direct", "Elle", "Je n'ai pas dormi plus d'une heure d'affilée depuis dix jours.")]
    assert s.quotes[0]["speaker_name"] == "Maud Riou"


def test_the_clause_before_the_colon_when_the_parser_hung_it_under_the_quotation(analyze):
    s = analyze("Le sélectionneur Rémi Castel est resté ferme après la défaite:«Nous rejouerons avec la même équipe.»")
    assert quotes(s) == [("direct", "Rémi Castel", "Nous rejouerons avec la même équipe.")]


def test_a_participle_after_the_speaking_text_is_not_part_of_its_mention(analyze):
    (q,) = analyze("Les élus régionaux ont adopté une motion demandant à l'État de rouvrir la ligne ferroviaire.").quotes
    assert q["speaker"]["text"] == "une motion"


def test_marks_that_open_a_sentence_the_parser_glued_to_the_one_before(analyze):
    s = analyze("D'après le procureur, le dossier est inédit. Car, la loi, c'est ce qui nous protège tous. "
                "« Le devoir de la justice est de protéger chacun. Nous le ferons sans trembler », "
                "a relevé le magistrat Amadou Ndiaye.")
    assert quotes(s)[-1] == ("direct", "Amadou Ndiaye",
                             "Le devoir de la justice est de protéger chacun. Nous le ferons sans trembler")
    s = analyze("Selon lui, l'école, c'est ce qui fonde tout ce qui nous rassemble. « Le devoir de la "
                "justice est grand. Nous le savons tous », a relevé le procureur Amadou Ndiaye.")
    assert [c for _, _, c in quotes(s)] == ["c'est ce qui fonde tout ce qui nous rassemble",
                                            "Le devoir de la justice est grand. Nous le savons tous"]


def test_que_after_a_time_adjunct_opens_the_reported_clause(analyze):
    (q,) = analyze("La sénatrice a voté contre le texte. Elle a confié aux journalistes la semaine dernière "
                   "qu'elle réclamait une audience auprès du Premier ministre.").quotes
    assert q["cue"]["text"] == "a confié" and q["content"][0]["text"] == "elle réclamait une audience auprès du Premier ministre"
    # a real relative clause on the time noun stays the object
    (q,) = analyze("Le président a rappelé la semaine que nous avons vécue.").quotes
    assert q["content"][0]["text"] == "la semaine que nous avons vécue"


INTERVIEW = """Trois questions à Lucie Barral, directrice du parc naturel

Question : Le parc sera-t-il fermé cet été ?

Réponse : Une partie seulement. Nous avons décidé que les sentiers du nord resteraient ouverts, a-t-elle précisé.

Question : Pourquoi ces fermetures ?

Réponse : Selon les gardes, les incendies de l'an dernier ont fragilisé les sols."""


def test_an_interview_transcript_holds_no_quotation(analyze):
    assert analyze(INTERVIEW).quotes == []
    # one labelled exchange inside an ordinary article is no transcript
    s = analyze("Les gardes du parc ont parlé aux visiteurs.\n\n"
                "Question : les sentiers resteront-ils ouverts ?\n\n"
                "Selon les gardes, les incendies de l'an dernier ont fragilisé les sols.")
    assert [q["cue"]["text"] for q in s.quotes] == ["Selon"]


def test_a_title_that_asks_or_exclaims_holds_no_quotation(analyze):
    s = analyze("Cantine : « Qui va payer la facture ? », s'inquiète la maire Odette Rivière\n\n"
                "Le prix des repas augmentera de 40 centimes à la rentrée, a précisé la mairie de Cahors.")
    assert [q["content"][0]["text"] for q in s.quotes] == ["Le prix des repas augmentera de 40 centimes à la rentrée"]
    s = analyze("« Nous ne partirons pas ! »\n\nLes habitants de la cité Berthelot refusent leur relogement, "
                "a expliqué leur porte-parole.")
    assert [q["content"][0]["text"] for q in s.quotes] == ["Les habitants de la cité Berthelot refusent leur relogement"]


def test_an_incise_the_parser_read_as_the_main_verb(analyze):
    s = analyze("Le prix des repas augmentera de 40 centimes à la rentrée, a précisé la mairie de Brest.")
    assert quotes(s) == [("indirect", "la mairie de Brest", "Le prix des repas augmentera de 40 centimes à la rentrée")]
    # a participle after a comma is no incise: its object is not who speaks
    s = analyze("La maire Léa Marchal a appelé au calme, exhortant les habitants à rester chez eux.")
    assert all(q["speaker_name"] == "Léa Marchal" for q in s.quotes) and s.quotes


def test_an_impersonal_on_speaks_for_the_text_named_after_the_verb(analyze):
    (q,) = analyze("« Les négociations sont rompues », lit-on dans le communiqué de la CGT publié jeudi soir.").quotes
    assert q["speaker"]["text"] == "CGT"
    # a place that names no one leaves the speaker as it is
    (q,) = analyze("« Les négociations sont rompues », dit-on dans les couloirs depuis jeudi soir.").quotes
    assert q["speaker"]["text"] == "on"


@pytest.mark.parametrize("participle", ["accusé de corruption", "soupçonné de fraude", "reconnu coupable de vol et accusé de fraude"])
def test_a_participle_qualifying_a_name_reports_nothing(analyze, participle):
    # the name a past participle qualifies is its patient: Paul Sakik is accused, he accuses no one
    s = analyze(f"Un dirigeant, Paul Sakik, {participle}, a été condamné hier à Lyon.")
    assert s.quotes == []


@pytest.mark.parametrize("cues", ["a dit et répété", "a affirmé et martelé"])
def test_two_cues_of_one_report_make_one_quotation(analyze, cues):
    s = analyze(f"Paul Sakik {cues} que la corruption était partout.")
    assert len(s.quotes) == 1 and s.quotes[0]["speaker_name"] == "Paul Sakik"


@pytest.mark.parametrize("sentence", ["Le tribunal a condamné Paul Martin mardi.", "La maire a critiqué le ministre de l'Intérieur.",
                                      "Les élus ont salué les habitants du quartier."])
def test_a_person_or_body_as_object_is_no_statement(analyze, sentence):
    assert analyze(sentence).quotes == []


def test_a_statement_as_object_is_still_reported(analyze):
    (q,) = analyze("La ministre a annoncé un plan de relance jeudi.").quotes
    assert q["content"][0]["text"].startswith("un plan de relance")


@pytest.mark.parametrize("after, who", [("Le message de Paul Martin, maire de Lyon, est clair.", "Paul Martin"),
                                        ("La phrase est signée Claire Morin, présidente de la région.", "Claire Morin"),
                                        ("Le cri de Marc Petit a résonné dans la salle.", "Marc Petit"),
                                        ("L'aveu de la ministre Claire Morin a surpris ses collègues.", "Claire Morin")])
def test_the_sentence_after_a_quotation_may_name_it_and_its_author(analyze, after, who):
    s = analyze(f"Le conseil s'est réuni mardi soir.\n\n« Nous irons jusqu'au bout. » {after}")
    assert [(q["type"], q["speaker_name"]) for q in s.quotes] == [("direct", who)]


def test_naming_a_quotation_without_its_author_attributes_nothing(analyze):
    s = analyze("La foule a applaudi longuement. « Vive la République ! » Le message était simple.")
    assert s.quotes == []
