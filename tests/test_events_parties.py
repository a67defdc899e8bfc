"""What a word stands for among the Story's actors: titles, pronouns, 'ce dernier', 'le pays', demonyms
(events.parties), on French sentences written for these tests."""

import pytest

from story_lookup import by_trigger, names


def test_title_with_its_article_names_the_person(analyze):
    s = analyze("Paolo Reyes, le président péruvien, a reçu des journalistes. "
                "Le président péruvien accuse le Chili de fraude.")
    e = by_trigger(s, "accuse")
    assert [a["name"] for a in e["actors"]] == ["Paolo Reyes"]


def test_subordinate_pronoun_named_in_the_main_clause(analyze):
    s = analyze("Alors qu'il rencontre Luis Arce, Gabriel Boric se concentrera sur le commerce.")
    e = by_trigger(s, "rencontre")
    assert [a["name"] for a in e["actors"] + e["recipients"]].count("Gabriel Boric") == 1
    assert "Luis Arce" in [a["name"] for a in e["actors"] + e["recipients"]]


def test_the_country_is_the_one_last_named(analyze):
    s = analyze("Le Pérou a fermé sa frontière avec la Bolivie. "
                "Lucas Mora a été le premier chef d'État chilien à se rendre dans le pays en trente ans.")
    e = by_trigger(s, "rendre")
    assert [a["name"] for a in e["actors"]] == ["Lucas Mora"]  # the subject of 'a été le premier … à'
    assert [r["name"] for r in e["recipients"]] == ["Bolivie"]


def test_subject_before_an_aside_and_a_relative_on_the_wrong_word(analyze):
    s = analyze("Mardi, deux tireurs, selon la police locale, ont ouvert le feu sur des passants à Lima. "
                "L'avocat Hugo Salas a été approché par des militaires en uniforme qui l'ont emmené.")
    assert [a["name"] for a in by_trigger(s, "ouvert le feu")["actors"]] == ["tireurs"]
    e = by_trigger(s, "emmené")
    assert [a["name"] for a in e["actors"]] == ["militaires"]
    assert [r["name"] for r in e["recipients"]] == ["Hugo Salas"]


def test_subject_pronoun_reaches_back_past_a_description(analyze):
    s = analyze("La justice vise l'opposante Rosa Vidal. Ce symbole de la résistance a été condamnée en mai. "
                "En juin, elle a écopé de deux ans de prison.")
    assert [r["name"] for r in by_trigger(s, "écopé")["recipients"]] == ["Rosa Vidal"]


def test_counted_nationals_are_people_and_a_group_keeps_its_people(analyze):
    s = analyze("L'accord prévoit la libération de 30 otages et de 90 Boliviens détenus dans des prisons chiliennes. "
                "Les rebelles du FARC ont attaqué Cali. Le Pérou accuse Lima de soutenir les rebelles.")
    assert [r["name"] for r in by_trigger(s, "détenus")["recipients"]] == ["Boliviens"]
    assert [r["name"] for r in by_trigger(s, "soutenir")["recipients"]] == \
        [a["name"] for a in by_trigger(s, "attaqué")["actors"]]


def test_ce_dernier_is_the_party_named_last(analyze):
    s = analyze("Le Brésil a livré des armes au Pérou. Ce dernier n'a pas soutenu le Chili. "
                "« Le Paraguay et l'Uruguay hésitent », a déclaré Ana Ruiz, de l'université de Lima. "
                "« Ces derniers n'ont pas davantage soutenu le Chili. »")
    assert [a["name"] for a in by_trigger(s, "a pas soutenu")["actors"]] == ["Pérou"]
    # in a quotation, the latter is among what the quotations said, not their attributions
    assert [a["name"] for a in by_trigger(s, "ont pas davantage soutenu")["actors"]] == ["Uruguay"]


def test_inflected_demonyms_and_a_shared_passive_auxiliary(analyze):
    s = analyze("Les recrues du FARC sont entraînées en Bolivie et soutenues par des armes vénézuéliennes.")
    e = by_trigger(s, "soutenues")
    assert [a["name"] for a in e["actors"]] == ["Venezuela"]  # 'vénézuéliennes': the data lists 'vénézuélien'
    assert [r["name"] for r in e["recipients"]] == ["FARC"]


def test_demonym_forms_follow_the_language_rules():
    from storygraph.lang import countries, inflect

    rules = {"en": ["enne", "ens", "ennes"], "e": ["es"], "*": ["e", "s", "es"]}
    assert inflect("coréen", rules) == ["coréenne", "coréens", "coréennes"]
    assert inflect("allemand", rules) == ["allemande", "allemands", "allemandes"]
    assert inflect("Moscou", rules) == [] and inflect("le Kremlin", rules) == []
    assert "israéliennes" in countries("fr")["Israël"]["aliases"]


def test_plural_pronoun_takes_the_last_named_pair(analyze):
    s = analyze("Le Pérou peut compter sur le soutien du Brésil et de l'Argentine. "
                "Ils se sont mobilisés sans réserve pour soutenir Lima.")
    assert sorted(a["name"] for a in by_trigger(s, "soutenir")["actors"]) == ["Argentine", "Brésil"]


def test_an_acronym_in_parentheses_is_the_organisation_and_ce_groupe_its_anaphor(analyze):
    s = analyze("Les enquêteurs désignent les suspects comme membres du groupe islamiste Lashkar-e-Taiba (LeT), actif au "
                "Cachemire. Ce groupe est soupçonné des attentats commis à Delhi en 2011. Le LeT a démenti.")
    let = [a for a in s.actors if a["name"] == "Lashkar-e-Taiba"]
    assert len(let) == 1 and [m["text"] for m in let[0]["mentions"] if m["rule"] in ("name", "acronym")] == \
        ["Lashkar-e-Taiba", "LeT", "LeT"]
    # the body noun before the name and 'ce groupe' later are mentions of it too
    assert {"groupe islamiste", "Ce groupe"} <= {m["text"] for m in let[0]["mentions"]}
    assert [a["name"] for a in by_trigger(s, "attentats")["actors"]] == ["Lashkar-e-Taiba"]


def test_his_country_is_the_country_of_his_title(analyze):
    s = analyze("Nicolas Maduro, le président vénézuélien, a parlé lundi. Il dénonce la déstabilisation de son pays "
                "par les Etats-Unis.")
    e = by_trigger(s, "déstabilisation")
    assert ([a["name"] for a in e["actors"]], [r["name"] for r in e["recipients"]]) == (["États-Unis"], ["Venezuela"])


def test_a_bare_participle_tells_which_people(analyze):
    # 'l'homme interpellé' is the man the article means; a participle with words of its own is a clause
    s = analyze("Le parquet a précisé que l'homme interpellé avait refusé de signer sa déposition.")
    assert [a["name"] for a in by_trigger(s, "refusé")["actors"]] == ["homme interpellé"]
    s = analyze("Selon la police, la femme arrêtée a refusé de répondre aux enquêteurs.")
    assert [a["name"] for a in by_trigger(s, "refusé")["actors"]] == ["femme arrêtée"]
    s = analyze("Les manifestants rassemblés devant la mairie ont refusé de partir.")
    assert [a["name"] for a in by_trigger(s, "refusé")["actors"]] == ["manifestants"]


def test_a_list_of_names_the_parser_broke_is_read_in_order(analyze):
    # 'X, Y et Z' before the verb: every name of the list acts, even when the parse hangs Y elsewhere
    s = analyze("Le Pérou, la Bolivie et le Chili ont signé un accord commercial.")
    assert [a["name"] for a in by_trigger(s, "signé")["actors"]] == ["Pérou", "Bolivie", "Chili"]
    s = analyze("L'Égypte, la Jordanie et le Qatar condamnent la frappe contre Gaza")
    assert [a["name"] for a in by_trigger(s, "condamnent")["actors"]] == ["Égypte", "Jordanie", "Qatar"]


def test_a_name_after_et_in_another_clause_is_no_list(analyze):
    # 'le Pérou' is the object of the first clause: the subject of the second does not take it along
    s = analyze("Le Chili a condamné le Pérou et la Bolivie a soutenu le Brésil.")
    assert [a["name"] for a in by_trigger(s, "soutenu")["actors"]] == ["Bolivie"]
    s = analyze("Lundi, le Chili critiquait le Pérou et la Bolivie saluait le Brésil.")
    assert [a["name"] for a in by_trigger(s, "saluait")["actors"]] == ["Bolivie"]


def test_a_name_inside_a_wider_mention_keeps_its_own_actor(analyze):
    # 'du pays par le Chili' may come back as one mention of the country 'le pays' stands for: 'par le Chili'
    # still names the Chili, the invader
    s = analyze("Luis Arce a quitté la Bolivie pour la première fois depuis l'invasion du pays par le Chili en mars.")
    e = by_trigger(s, "invasion")
    assert [a["name"] for a in e["actors"]] == ["Chili"]
    assert [r["name"] for r in e["recipients"]] == ["Bolivie"]


def test_plural_pronoun_takes_up_a_plural_noun_phrase(analyze):
    s = analyze("Les combattants du FLNA ont pillé Kayes. Ils ont ensuite incendié le marché. "
                "Trois journalistes maliens ont été enlevés par des inconnus. Ils ont été relâchés jeudi.")
    assert [a["name"] for a in by_trigger(s, "incendié")["actors"]] == ["FLNA"]
    assert [r["name"] for r in by_trigger(s, "relâchés")["recipients"]] == ["journalistes maliens"]


def test_plural_pronoun_agrees_in_gender(analyze):
    # the nearest subject is masculine: 'elles' skips it for the feminine one, 'ils' takes it
    s = analyze("Deux militantes ont été interpellées par la police pendant que des policiers observaient. "
                "Elles ont été libérées jeudi.")
    assert [r["name"] for r in by_trigger(s, "libérées")["recipients"]] == ["militantes"]
    s = analyze("Deux militantes ont été interpellées par la police pendant que des policiers observaient. "
                "Ils ont été sanctionnés jeudi.")
    assert [r["name"] for r in by_trigger(s, "sanctionnés")["recipients"]] == ["policiers"]


def test_possessive_plural_takes_up_a_list_of_names(analyze):
    s = analyze("Deux militantes ont été interpellées. Après l'entretien, Lima et La Paz ont diffusé un communiqué "
                "conjoint résumant leurs discussions sur le lithium.")
    assert sorted(a["name"] for a in by_trigger(s, "discussions")["actors"]) == ["Bolivie", "Pérou"]


def test_plural_object_clitic_takes_up_the_people_held(analyze):
    s = analyze("Le FLNA détient encore quatre otages. Il refuse de les relâcher avant l'été.")
    assert [r["name"] for r in by_trigger(s, "relâcher")["recipients"]] == ["otages"]
    # a singular clitic does not take up a plural phrase
    s = analyze("Le FLNA détient encore quatre otages. Il refuse de la relâcher avant l'été.")
    assert by_trigger(s, "relâcher")["recipients"] == []


def test_the_one_accused_by_a_participle_does_the_infinitive(analyze):
    s = analyze("Karim Haddad, soupçonné d'avoir frappé deux gendarmes, a été interpellé lundi.")
    e = by_trigger(s, "frappé")
    assert [a["name"] for a in e["actors"]] == ["Karim Haddad"]
    assert "Karim Haddad" not in [r["name"] for r in e["recipients"]]


def test_a_preposition_read_as_a_participle_still_names_whom(analyze):
    s = analyze("La Bolivie a promis vendredi des mesures de représailles envers le Paraguay.")
    e = by_trigger(s, "représailles")
    assert [r["name"] for r in e["recipients"]] == ["Paraguay"]


def test_a_refusal_to_recognise_is_aimed_at_the_author_of_what_is_refused(analyze):
    s = analyze("Le parti écologiste refuse de reconnaître les chiffres annoncés par la commission électorale.")
    e = next(e for e in s.events if e["type"] == "REJECT")
    assert [r["name"] for r in e["recipients"]] == ["commission électorale"]


def test_praised_efforts_are_aimed_at_whose_they_are(analyze):
    s = analyze("Les deux gouvernements ont salué mardi les efforts de l'Union africaine.")
    e = by_trigger(s, "salué")
    assert [r["name"] for r in e["recipients"]] == ["Union africaine"]


def test_a_thing_backed_or_opposed_is_aimed_at_whose_it_is(analyze):
    s = analyze("Le Portugal a apporté son soutien à la candidature du Cap-Vert.")
    e = by_trigger(s, "soutien")
    assert [a["name"] for a in e["actors"]] == ["Portugal"]
    assert [r["name"] for r in e["recipients"]] == ["Cap-Vert"]
    s = analyze("La Norvège a annoncé une aide à la reconstruction de la Moldavie.")
    e = by_trigger(s, "aide")
    assert [a["name"] for a in e["actors"]] == ["Norvège"]
    assert [r["name"] for r in e["recipients"]] == ["Moldavie"]


def test_subject_hung_on_the_auxiliary_over_an_aside(analyze):
    s = analyze("Le collectif a, pour sa part, revendiqué le succès, jugeant que la grève avait réussi et "
                "refusant d'accepter les chiffres annoncés par la préfecture.")
    e = next(e for e in s.events if e["type"] == "REJECT")
    assert [a["name"] for a in e["actors"]] == ["collectif"]
    assert [r["name"] for r in e["recipients"]] == ["préfecture"]


def test_a_talk_held_somewhere_with_someone_has_one_party_and_a_place(analyze):
    s = analyze("Le ministre Tomás Ibarra a négocié mardi à Quito avec le gouvernement équatorien.")
    e = by_trigger(s, "négocié")
    names = [r["name"] for r in e["recipients"]]
    assert "gouvernement équatorien" in names
    assert len(names) == 1


@pytest.mark.parametrize("verb", ["demandent", "réclament", "exigent"])
def test_the_possessor_of_what_is_asked_for_is_not_who_asks(analyze, verb):
    # only a light verb lends its subject to the possessive of its object ('apporter son soutien')
    s = analyze(f"Le ministre Paul Girard a perdu la confiance des élus. Les syndicats {verb} sa démission.")
    assert names(by_trigger(s, "démission")["actors"]) == ["Paul Girard"]


def test_a_light_verb_lends_its_subject_to_the_possessive(analyze):
    s = analyze("Les syndicats ont apporté leur soutien au ministre Paul Girard.")
    assert names(by_trigger(s, "soutien")["actors"]) == ["syndicats"]
