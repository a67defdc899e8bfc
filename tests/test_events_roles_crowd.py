"""Who protests and who takes part (events.roles): the compound past of verbs conjugated with 'être', participation
and gathering verbs, a participle's 'par X' said of an event noun, protesters named by any plural noun; on
French sentences written for these tests."""

from story_lookup import by_trigger, names_in_order as names


def test_etre_compound_past_is_no_passive(analyze):
    s = analyze("Des centaines d'habitants sont descendus dans la rue à Chisinau.")
    e = by_trigger(s, "descendus")
    assert names(e["actors"]) == ["habitants"] and not e["recipients"]
    s = analyze("Les infirmières sont entrées en grève mercredi à Rennes.")
    assert names(by_trigger(s, "grève")["actors"]) == ["infirmières"]


def test_etre_verb_with_its_passive_auxiliary_stays_passive(analyze):
    s = analyze("La ministre Clara Weiss est allée à Varsovie. Elle a été reçue par le président polonais.")
    e = by_trigger(s, "allée")
    assert names(e["actors"]) == ["Clara Weiss"] and names(e["recipients"]) == ["Pologne"]
    assert names(by_trigger(s, "reçue")["actors"]) == ["Clara Weiss"]  # the guest, as in the active voice


def test_participants_of_a_protest(analyze):
    s = analyze("Plusieurs milliers d'étudiants ont participé mardi à une marche contre la vie chère à Abidjan.")
    assert names(by_trigger(s, "marche")["actors"]) == ["étudiants"]
    s = analyze("Les dockers ont pris part à la grève du port de Gênes.")
    assert names(by_trigger(s, "grève")["actors"]) == ["dockers"]


def test_participation_needs_its_verb(analyze):
    # 'échapper à' is no taking part: the subject is no party of the strike
    s = analyze("Les voyageurs ont échappé à la grève des pilotes grâce à un vol de nuit.")
    assert "voyageurs" not in names(by_trigger(s, "grève")["actors"])


def test_protest_organised_by_a_named_body(analyze):
    s = analyze("Le sit-in, organisé par la FSU, a duré toute la matinée devant le rectorat.")
    assert names(by_trigger(s, "sit-in")["actors"]) == ["FSU"]
    s = analyze("C'est une grève qui a été déclenchée par les syndicats de la RATP.")
    assert by_trigger(s, "grève")["actors"]


def test_protest_that_gathers_a_crowd(analyze):
    s = analyze("Le rassemblement a réuni des centaines de retraités devant la mairie de Brest.")
    assert names(by_trigger(s, "rassemblement")["actors"]) == ["retraités"]


def test_protesters_under_any_plural_noun(analyze):
    s = analyze("La grève des aiguilleurs du ciel a cloué les avions au sol.")
    assert names(by_trigger(s, "grève")["actors"]) == ["aiguilleurs du ciel"]
    s = analyze("Les livreurs à vélo protestent depuis lundi contre leur plateforme.")
    assert names(by_trigger(s, "protestent")["actors"]) == ["livreurs à vélo"] or \
        names(by_trigger(s, "protestent")["actors"]) == ["livreurs"]


def test_protest_of_past_months_names_no_protesters(analyze):
    s = analyze("Les manifestations des dernières semaines ont inquiété le gouvernement.")
    assert not by_trigger(s, "manifestations")["actors"]


def test_a_pension_is_no_pensioner(analyze):
    s = analyze("Des milliers d'enseignants ont manifesté jeudi à Lille contre la réforme des retraites.")
    e = by_trigger(s, "manifesté")
    assert names(e["actors"]) == ["enseignants"] and "retraites" not in names(e["recipients"])
    s = analyze("Les retraités ont défilé contre la hausse des loyers.")
    assert names(by_trigger(s, "défilé")["actors"]) == ["retraités"]


def test_where_an_arrest_happens_is_no_party(analyze):
    s = analyze("Les gendarmes ont interpellé une quinzaine de militants à Bamako.")
    e = by_trigger(s, "interpellé")
    assert names(e["actors"]) == ["gendarmes"] and names(e["recipients"]) == ["militants"]
    s = analyze("Les autorités ont interdit la marche contre la vie chère prévue samedi à Niamey.")
    assert not by_trigger(s, "marche")["recipients"]


def test_whom_a_demand_is_made_of(analyze):
    s = analyze("La fédération des parents exige du ministère de l'Éducation des moyens supplémentaires.")
    e = by_trigger(s, "exige")
    assert [r["name"] for r in e["recipients"]] and "ministère" in e["recipients"][0]["name"]
    s = analyze("Le maire Louis Perrin réclame de nouveaux bus pour sa commune.")
    assert not by_trigger(s, "réclame")["recipients"]  # a partitive 'de' names what is demanded


def test_protesters_named_around_the_protest(analyze):
    s = analyze("Le cortège est parti de la gare vers midi. Les grévistes ont ensuite rejoint la place du marché. "
                "Le rassemblement s'est dispersé dans le calme.")
    assert names(by_trigger(s, "rassemblement")["actors"]) == ["grévistes"]


def test_protesters_of_its_own_sentence_first(analyze):
    s = analyze("Des étudiants ont occupé la faculté. "
                "La manifestation a dégénéré quand la police a chargé les manifestants près du port.")
    assert names(by_trigger(s, "manifestation")["actors"]) == ["manifestants"]


def test_no_protesters_named_no_actor(analyze):
    s = analyze("Le préfet a publié un arrêté mardi. La manifestation a eu lieu malgré la pluie.")
    assert not by_trigger(s, "manifestation")["actors"]
