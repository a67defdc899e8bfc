"""Who plays which part in an event: subjects, objects, complements, participles, a visit's destination
(events.roles), on French sentences written for these tests."""

from story_lookup import by_trigger


def test_nominalisation_with_agent_and_patient(analyze):
    s = analyze("Les experts ont analysé l'invasion du Tchad par la Libye pendant trois heures.")
    e = by_trigger(s, "invasion")
    assert e["type"] == "ASSAULT"
    assert [a["name"] for a in e["actors"]] == ["Libye"]
    assert [r["name"] for r in e["recipients"]] == ["Tchad"]


def test_agent_of_a_participle_acts_for_the_noun(analyze):
    s = analyze("Les habitants redoutent une accusation portée depuis des mois par la Bolivie.")
    e = by_trigger(s, "accusation")
    assert [a["name"] for a in e["actors"]] == ["Bolivie"]


def test_reflexive_meeting_is_not_passive(analyze):
    s = analyze("Gustavo Petro a accueilli Daniel Noboa à Bogota. Les deux présidents se sont ensuite longuement entretenus.")
    e = by_trigger(s, "entretenus")
    assert sorted(a["name"] for a in e["actors"]) == ["Daniel Noboa", "Gustavo Petro"]
    assert e["recipients"] == []


def test_compound_preposition_names_no_party(analyze):
    s = analyze("Le premier déplacement de Gabriel Boric hors du Chili a surpris.")
    e = by_trigger(s, "déplacement")
    assert [a["name"] for a in e["actors"]] == ["Gabriel Boric"]


def test_visit_to_a_town_goes_to_its_state(analyze):
    s = analyze("Luis Arce s'est rendu à Rosario en mai. Gabriel Boric était attendu à Lima pour une visite officielle.")
    assert [r["name"] for r in by_trigger(s, "rendu")["recipients"]] == ["Argentine"]  # from the GeoNames gazetteer
    assert by_trigger(s, "rendu")["place"]["text"] == "Rosario"
    e = by_trigger(s, "visite")
    assert [a["name"] for a in e["actors"]] == ["Gabriel Boric"]
    assert [r["name"] for r in e["recipients"]] == ["Pérou"]


def test_controller_of_an_infinitive_after_a_noun(analyze):
    s = analyze("Le ministre estime que Luis Arce serait en mesure de livrer des fusils au Pérou. "
                "La volonté du Chili de soutenir l'Argentine est connue.")
    e = by_trigger(s, "livrer")
    assert [a["name"] for a in e["actors"]] == ["Luis Arce"]
    assert [r["name"] for r in e["recipients"]] == ["Pérou"]
    assert [a["name"] for a in by_trigger(s, "soutenir")["actors"]] == ["Chili"]


def test_parties_named_in_asides_and_object_control(analyze):
    s = analyze("Une source évoque un accord de trêve et de libération d'otages entre le pouvoir "
                "(la Russie, NDLR) et la rébellion (l'Ukraine, NDLR). "
                "Leur méfiance vise le président Paolo Reyes, qu'ils accusent de soutenir les milices.")
    assert sorted(a["name"] for a in by_trigger(s, "accord")["actors"]) == ["Russie", "Ukraine"]
    assert [a["name"] for a in by_trigger(s, "soutenir")["actors"]] == ["Paolo Reyes"]


def test_participle_after_a_noun_and_the_one_a_threat_is_about(analyze):
    s = analyze("Les sanctions des Nations unies imposées au Pérou pèsent sur son économie. "
                "La police avait menacé d'arrêter Hugo Salas s'il revenait.")
    assert [r["name"] for r in by_trigger(s, "sanctions")["recipients"]] == ["Pérou"]
    assert [r["name"] for r in by_trigger(s, "menacé")["recipients"]] == ["Hugo Salas"]


def test_coordinated_infinitives_of_aim_share_the_subject(analyze):
    s = analyze("Le gouvernement a indiqué que \"l'armée péruvienne et la police mèneront l'offensive pour libérer "
                "toutes les familles captives, éliminer les rebelles et protéger la population\". "
                "Les deux ministres ont ensuite donné une conférence de presse.")
    e = by_trigger(s, "éliminer")
    assert sorted(a["name"] for a in e["actors"]) == ["armée péruvienne", "police"]
    assert [r["name"] for r in e["recipients"]] == ["rebelles"]
    assert not [e for e in s.events if "conférence" in e["trigger"]["text"]]  # a press conference is no meeting


def test_detached_participle_names_who_carries_out_the_subject(analyze):
    s = analyze("Les efforts de médiation ont redémarré, conduits cette fois ensemble par Lima, Quito et Brasilia.")
    e = by_trigger(s, "efforts")
    assert sorted(a["name"] for a in e["actors"]) == ["Brésil", "Pérou", "Équateur"]


def test_participle_with_its_own_subject_in_a_relative(analyze):
    s = analyze("L'élection s'est tenue en avril, un scrutin que Quito avait condamné bien avant son ouverture.")
    assert [a["name"] for a in by_trigger(s, "condamné")["actors"]] == ["Équateur"]


def test_possessors_and_object_control(analyze):
    s = analyze("Le Chili a convaincu le président péruvien, Lucas Mora, de donner son feu vert au traité. "
                "La Bolivie proteste. Le conseiller Hugo Salas a appelé à la libération de l'opposante Rosa Vidal "
                "et à punir les auteurs de son arrestation.")
    assert [a["name"] for a in by_trigger(s, "feu vert")["actors"]] == ["Lucas Mora"]
    assert [r["name"] for r in by_trigger(s, "arrestation")["recipients"]] == ["Rosa Vidal"]


def test_agent_phrases_name_who_acts(analyze):
    s = analyze("L'accord prévoit la libération de 30 otages aux mains du Hezbollah.")
    e = by_trigger(s, "libération")
    assert ([a["name"] for a in e["actors"]], [r["name"] for r in e["recipients"]]) == (["Hezbollah"], ["otages"])
    s = analyze("Un rapport décrit comment les recrues du FLN sont entraînées sous la supervision de l'Algérie.")
    assert [a["name"] for a in by_trigger(s, "entraînées")["actors"]] == ["Algérie"]


def test_target_phrases_name_whom_an_event_is_aimed_at(analyze):
    # 'à l'encontre de X' is aimed at X as 'contre X' is: X is no doer, whatever its 'de' says
    s = analyze("Le Japon prépare des mesures de rétorsion à l'encontre de la Chine.")
    e = by_trigger(s, "rétorsion")
    # (who prepares the measures of which the noun is the carried event takes them: Japan)
    assert ([a["name"] for a in e["actors"]], [r["name"] for r in e["recipients"]]) == (["Japon"], ["Chine"])
    s = analyze("Le Brésil a multiplié les menaces à l'égard du Paraguay depuis janvier.")
    e = by_trigger(s, "menaces")
    assert ([a["name"] for a in e["actors"]], [r["name"] for r in e["recipients"]]) == (["Brésil"], ["Paraguay"])


def test_de_la_part_de_names_the_doer(analyze):
    s = analyze("Les syndicats attendent des garanties de la part du gouvernement avant la fin du mois.")
    assert [a["name"] for a in by_trigger(s, "garanties")["actors"]] == ["gouvernement"]


def test_a_preposition_tagged_as_a_verb_still_names_the_target(analyze):
    # the tagger reads 'envers' after a plural noun as a verb; it is the preposition of 'aimed at'
    s = analyze("Le gouvernement précisera jeudi ses mesures de représailles envers Washington.")
    assert [r["name"] for r in by_trigger(s, "représailles")["recipients"]] == ["États-Unis"]


def test_a_meeting_with_someone_is_held_by_the_one_who_goes(analyze):
    s = analyze("Mardi, Pedro Sánchez s'est rendu à Rome pour une rencontre avec Giorgia Meloni.")
    e = by_trigger(s, "rencontre")
    assert ([a["name"] for a in e["actors"]], [r["name"] for r in e["recipients"]]) == (["Pedro Sánchez"], ["Giorgia Meloni"])
    s = analyze("Pedro Sánchez et Giorgia Meloni ont tenu un sommet à Rome la semaine dernière pour parler de l'immigration.")
    assert sorted(a["name"] for a in by_trigger(s, "sommet")["actors"]) == ["Giorgia Meloni", "Pedro Sánchez"]


def test_an_event_verb_that_builds_what_its_object_names_lends_its_subject(analyze):
    # the two leaders act together most often, yet 'les deux pays' build the cooperation
    s = analyze("Macky Sall et Mohammed VI se sont rencontrés à Dakar, au Sénégal. Macky Sall et Mohammed VI se "
                "reverront au Maroc. Sall a affirmé que les deux pays développeraient leur coopération sanitaire.")
    assert sorted(a["name"] for a in by_trigger(s, "coopération")["actors"]) == ["Maroc", "Sénégal"]
    met = by_trigger(s, "rencontrés")  # the parties are named: the town is where they met, not whom
    assert (sorted(a["name"] for a in met["actors"]), met["recipients"]) == (["Macky Sall", "Mohammed VI"], [])
    assert met["place"]["text"] == "Dakar"


def test_a_participle_of_the_same_side_names_the_nouns_party(analyze):
    # the parser hangs 'négociés' on 'missiles'; the agreement's maker is who negotiated it
    s = analyze("Ce choix tranche avec les accords éventuels de chars et de missiles négociés par Ankara qui "
                "pourraient relancer l'industrie navale du Qatar.")
    assert [a["name"] for a in by_trigger(s, "accords")["actors"]] == ["Turquie"]


def test_a_partisan_named_by_a_copula_backs_the_author_of_an_event(analyze):
    s = analyze("La Serbie est devenue l'un des derniers partisans de l'invasion russe.")
    e = by_trigger(s, "partisans")
    assert ([a["name"] for a in e["actors"]], [r["name"] for r in e["recipients"]]) == (["Serbie"], ["Russie"])


def test_the_subject_of_an_object_relative_makes_the_event(analyze):
    s = analyze("Cette visite brise l'isolement du Mali que la Cédéao avait réussi à imposer.")
    e = by_trigger(s, "isolement")
    assert ([a["name"] for a in e["actors"]], [r["name"] for r in e["recipients"]]) == (["Cédéao"], ["Mali"])


def test_who_an_event_is_laid_on_is_its_actor(analyze):
    s = analyze("Le Hezbollah a revendiqué l'attaque contre la base.")
    assert [a["name"] for a in by_trigger(s, "attaque")["actors"]] == ["Hezbollah"]
    s = analyze("Le gouvernement israélien accuse le Hezbollah de l'attaque contre la base.")
    assert [a["name"] for a in by_trigger(s, "attaque")["actors"]] == ["Hezbollah"]  # accused: the object


def test_a_voiced_stance_is_the_speakers_and_goes_to_the_author_of_what_it_is_for(analyze):
    s = analyze("Gabriel Boric a exprimé sa reconnaissance pour l'appui du Brésil.")
    e = by_trigger(s, "reconnaissance")
    assert ([a["name"] for a in e["actors"]], [r["name"] for r in e["recipients"]]) == (["Gabriel Boric"], ["Brésil"])


def test_burning_portraits_targets_whom_they_show_and_a_fronted_town_is_the_scene(analyze):
    s = analyze("À Lomé, capitale politique du Togo, des lycéens ont brûlé trois grands portraits "
                "du président du Ghana. Le président ghanéen Kofi Amegan a répondu.")
    e = by_trigger(s, "brûlé")
    assert [r["name"] for r in e["recipients"]] == ["Kofi Amegan"]
    assert e["place"]["text"] == "Lomé"


def test_whom_a_demand_or_refusal_clause_is_about(analyze):
    s = analyze("Le Pérou s'est opposé à ce que la Bolivie organise des manœuvres. "
                "Le Chili exige que l'Argentine retire ses navires.")
    assert [r["name"] for r in by_trigger(s, "opposé")["recipients"]] == ["Bolivie"]
    assert [r["name"] for r in by_trigger(s, "exige")["recipients"]] == ["Argentine"]


def test_detached_participle_is_said_of_the_main_subject(analyze):
    # set off by a comma, the participle shares the clause's subject, whatever noun the parser hung it on
    s = analyze("Le ministre Paolo Reyes s'est montré prudent, refusant de rencontrer les grévistes.")
    assert [a["name"] for a in by_trigger(s, "refusant")["actors"]] == ["Paolo Reyes"]
    # coordinated after a 'que' clause: 'et refusant' goes with 'assurant', not with the verb of the clause
    s = analyze("La CGT a revendiqué la victoire, assurant que la grève avait réussi et refusant de signer "
                "l'accord avec la direction.")
    assert [a["name"] for a in by_trigger(s, "refusant")["actors"]] == ["CGT"]


def test_a_state_of_constraint_is_said_of_who_is_held(analyze):
    # 'en détention', 'en garde à vue' name a state: of the object when there is one, else of the subject
    s = analyze("Paolo Reyes restera en détention jusqu'au procès, a indiqué le parquet.")
    e = by_trigger(s, "détention")
    assert [r["name"] for r in e["recipients"]] == ["Paolo Reyes"] and e["actors"] == []
    s = analyze("La police bolivienne a placé Paolo Reyes en garde à vue.")
    e = by_trigger(s, "garde à vue")
    assert [r["name"] for r in e["recipients"]] == ["Paolo Reyes"]
    assert [a["name"] for a in e["actors"]] == ["police bolivienne"]
    s = analyze("Paolo Reyes a été placé en détention par la police.")
    e = by_trigger(s, "détention")
    assert [r["name"] for r in e["recipients"]] == ["Paolo Reyes"]
    assert [a["name"] for a in e["actors"]] == ["police"]


def test_complements_after_another_event_noun_are_its_own(analyze):
    # 'après l'arrestation de X par Y': X and Y are the arrest's parties, not the strike's
    s = analyze("Paolo Reyes a annoncé une grève après l'arrestation de Luis Arce par la police.")
    assert [a["name"] for a in by_trigger(s, "grève")["actors"]] == ["Paolo Reyes"]
    assert [r["name"] for r in by_trigger(s, "arrestation")["recipients"]] == ["Luis Arce"]
    s = analyze("Luis Arce a dénoncé la menace d'invasion du Pérou par le Chili.")
    assert by_trigger(s, "menace")["actors"] == []
    assert [a["name"] for a in by_trigger(s, "invasion")["actors"]] == ["Chili"]


def test_entre_names_the_parties_over_nested_event_nouns(analyze):
    s = analyze("Les négociateurs espèrent un accord de trêve et d'échange de prisonniers entre le Chili et la Bolivie.")
    assert sorted(a["name"] for a in by_trigger(s, "accord")["actors"]) == ["Bolivie", "Chili"]


def test_an_event_object_keeps_its_own_complements(analyze):
    s = analyze("Le Maroc a condamné mardi l'offensive de l'Algérie contre la Mauritanie.")
    e = by_trigger(s, "condamné")
    assert [r["name"] for r in e["recipients"]] == ["Algérie"]  # the offensive's author, not whom it hit
    s = analyze("Nous dénonçons les bombardements de la Russie sur la Géorgie, a déclaré le ministre letton.")
    assert "Géorgie" not in [r["name"] for r in by_trigger(s, "dénonçons")["recipients"]]


def test_whoever_is_the_object_or_target_of_an_event_undergoes_it(analyze):
    s = analyze("Le maire de Lyon, Paul Garnier, fait depuis lundi l'objet d'une enquête du parquet.")
    assert [r["name"] for r in by_trigger(s, "enquête")["recipients"]] == ["Paul Garnier"]
    s = analyze("Selon l'ONU, le Soudan a été la cible d'une attaque du Tchad.")
    assert [r["name"] for r in by_trigger(s, "attaque")["recipients"]] == ["Soudan"]


def test_a_motion_de_censure_is_aimed_at_the_government(analyze):
    s = analyze("Les écologistes déposeront jeudi une motion de censure, a annoncé Marine Tondelier.")
    assert [r["name"] for r in by_trigger(s, "motion")["recipients"]] == ["gouvernement"]
    s = analyze("Le gouvernement Barnier est tombé : la motion des socialistes a été adoptée par 331 voix.")
    assert [r["name"].split()[0] for r in by_trigger(s, "motion")["recipients"]] == ["gouvernement"]


def test_infinitive_after_a_second_a_is_done_by_the_one_urged(analyze):
    # 'à reprendre' is parsed as coordinated with 'a exhorté': the dockers urged resume, not the prefect
    s = analyze("Le préfet a exhorté les manifestants au calme et à cesser la grève.")
    assert [a["name"] for a in by_trigger(s, "cesser")["actors"]] == ["manifestants"]
    s = analyze("La ministre a appelé les syndicats à la sagesse et à cesser une grève ruineuse.")
    assert [a["name"] for a in by_trigger(s, "cesser")["actors"]] == ["syndicats"]
    assert "La ministre" not in [a["name"] for a in by_trigger(s, "cesser")["actors"]]


def test_a_body_after_a_noun_trigger_receives_it(analyze):
    # the parser hangs 'aux organisations' on the name before it; read in order it is whom the support goes to
    s = analyze("Tunis dénonce le soutien de Tripoli aux forces rebelles du sud.")
    e = by_trigger(s, "soutien")
    assert [r["name"] for r in e["recipients"]] == ["forces rebelles du sud"]
    s = analyze("Le Tchad critique l'aide du Soudan aux organisations rebelles.")
    e = by_trigger(s, "aide")
    assert [r["name"] for r in e["recipients"]] == ["organisations rebelles"]


def test_goods_struck_by_a_tariff_name_the_state_sanctioned(analyze):
    s = analyze("Le président américain a décidé de taxer à 30 % les importations brésiliennes.")
    e = by_trigger(s, "taxer")
    assert [r["name"] for r in e["recipients"]] == ["Brésil"]


def test_striking_a_thing_strikes_whoever_holds_it(analyze):
    s = analyze("Un drone russe a bombardé un dépôt de l'armée ukrainienne. "
                "Les soldats ont multiplié les tirs sur les bases du Hezbollah. "
                "Le Chili dénonce les attaques constantes des rebelles contre les villages de la Bolivie.")
    assert [r["name"] for r in by_trigger(s, "bombardé")["recipients"]] == ["armée ukrainienne"]
    assert [r["name"] for r in by_trigger(s, "tirs")["recipients"]] == ["Hezbollah"]
    assert [r["name"] for r in by_trigger(s, "attaques")["recipients"]] == ["Bolivie"]


def test_the_one_accused_of_an_attack_made_it_whatever_a_possessive_says(analyze):
    # 'son' may stand for the accuser or the accused: the attacker stays the one accused
    s = analyze("Varsovie accuse Moscou d'une cyberattaque contre son réseau ferroviaire.")
    e = by_trigger(s, "cyberattaque")
    assert [a["name"] for a in e["actors"]] == ["Russie"]


def test_a_thing_struck_names_no_one_when_no_one_holds_it(analyze):
    s = analyze("Un drone russe a bombardé un dépôt de carburant.")
    assert by_trigger(s, "bombardé")["recipients"] == []


def test_de_complement_hung_on_the_nouns_adjective(analyze):
    s = analyze("Le syndicat a dénoncé les tirs précis et systématiques de la police sur les grévistes.")
    e = by_trigger(s, "tirs")
    assert [a["name"] for a in e["actors"]] == ["police"]
    assert [r["name"] for r in e["recipients"]] == ["grévistes"]


def test_past_participle_after_a_copula_is_undergone(analyze):
    s = analyze("Les deux journalistes restent détenus à Evin.")
    e = by_trigger(s, "détenus")
    assert [r["name"] for r in e["recipients"]] == ["journalistes"]
    assert e["actors"] == []
    e = by_trigger(analyze("Le journaliste demeure séquestré par les rebelles."), "séquestré")
    assert [a["name"] for a in e["actors"]] == ["rebelles"]
    assert [r["name"] for r in e["recipients"]] == ["journaliste"]


def test_past_infinitive_after_a_copula_is_done(analyze):
    s = analyze("Le Hezbollah semble s'être emparé mardi du pont et de la gare.")
    e = by_trigger(s, "emparé")
    assert [a["name"] for a in e["actors"]] == ["Hezbollah"]


def test_where_someone_is_held_names_the_holder(analyze):
    e = by_trigger(analyze("Trois journalistes restent en détention au Pérou."), "détention")
    assert [a["name"] for a in e["actors"]] == ["Pérou"]
    assert [r["name"] for r in e["recipients"]] == ["journalistes"]
    e = by_trigger(analyze("Des militants sont détenus dans des prisons iraniennes."), "détenus")
    assert [a["name"] for a in e["actors"]] == ["Iran"]
    e = by_trigger(analyze("Les deux otages sont toujours en détention à Lima."), "détention")
    assert [a["name"] for a in e["actors"]] == ["Pérou"]
    assert [r["name"] for r in e["recipients"]] == ["otages"]


def test_a_place_of_no_state_names_no_holder(analyze):
    e = by_trigger(analyze("Des militants sont détenus dans des cellules humides."), "détenus")
    assert e["actors"] == []
