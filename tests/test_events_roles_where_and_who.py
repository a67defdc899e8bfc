"""Where an attack struck is no party of it, a list of doers read to its end, a quote's teller kept out of what
they tell, and a subject the parser read as passive beside 'avoir' (events.roles, events.discourse); on French
sentences written for these tests."""

from story_lookup import by_trigger, names_in_order as names


def test_the_country_an_attack_took_place_in_is_where_not_whom(analyze):
    s = analyze("Une attaque au Niger a visé une patrouille malienne.")
    assert "Niger" not in names(by_trigger(s, "attaque")["recipients"])
    s = analyze("Le gouvernement a dénoncé des tirs sur des casques bleus népalais au Soudan.")
    assert "Soudan" not in names(by_trigger(s, "tirs")["recipients"])


def test_a_reflexive_attack_verb_names_whom_with_its_a(analyze):
    s = analyze("Le groupe armé s'est attaqué à la Guinée voisine.")
    assert names(by_trigger(s, "attaqué")["recipients"]) == ["Guinée"]


def test_a_list_of_mediators_is_read_to_its_last_name(analyze):
    s = analyze("La médiation conduite depuis des mois par la Norvège, les Pays-Bas et le Qatar a échoué.")
    assert names(by_trigger(s, "médiation")["actors"]) == ["Norvège", "Pays-Bas", "Qatar"]


def test_the_teller_of_a_quote_is_not_the_target_of_what_it_tells(analyze):
    s = analyze("Le procureur Marc Duval a requis deux ans de prison contre Paul Morel. Marc Duval a aussi accusé "
                "Paul Morel de fraude. « Paul Morel a organisé une manifestation interdite devant la mairie », a "
                "affirmé Marc Duval.")
    assert names(by_trigger(s, "accusé")["actors"]) == ["Marc Duval"]
    assert names(by_trigger(s, "accusé")["recipients"]) == ["Paul Morel"]
    protest = by_trigger(s, "manifestation")
    assert names(protest["actors"]) == ["Paul Morel"] and protest["recipients"] == []


def test_a_leader_telling_of_pressure_stands_for_the_country_it_is_aimed_at(analyze):
    s = analyze("Le président taïwanais Lin Wei a dénoncé les pressions de la Chine. La Chine a menacé Lin Wei. "
                "La Chine a sanctionné Lin Wei.")
    assert names(by_trigger(s, "pressions")["recipients"]) == ["Taïwan"]


def test_a_subject_beside_avoir_acts(analyze):
    s = analyze("Sophie Lambert a aussi accusé Hugo Brun de corruption.")
    e = by_trigger(s, "accusé")
    assert names(e["actors"]) == ["Sophie Lambert"] and names(e["recipients"]) == ["Hugo Brun"]
    s = analyze("Le promoteur Karim Sow a finalement poursuivi la mairie de Nantes.")
    assert "Karim Sow" not in names(by_trigger(s, "poursuivi")["recipients"])


def test_a_second_a_joined_by_et_names_a_second_addressee(analyze):
    s = analyze("Le pape a lancé un appel à la Russie et à l'Ukraine pour un cessez-le-feu.")
    assert names(by_trigger(s, "appel")["recipients"]) == ["Russie", "Ukraine"]
    s = analyze("La Chine a vendu des drones à la Russie à Moscou.")
    assert names(by_trigger(s, "vendu")["recipients"]) == ["Russie"]


def test_an_object_hung_on_the_date_word_before_it_is_the_verbs(analyze):
    s = analyze("Les forces russes ont attaqué samedi la ville ukrainienne de Soumy.")
    assert names(by_trigger(s, "attaqué")["recipients"]) == ["Ukraine"]
    s = analyze("Des missiles ont frappé dimanche la capitale ukrainienne.")
    assert names(by_trigger(s, "frappé")["recipients"]) == ["Ukraine"]
    s = analyze("Le président a parlé dimanche pendant deux heures.")
    assert not s.events


def test_an_attack_done_by_or_in_an_attack_event_has_its_doers(analyze):
    s = analyze("Le convoi a été visé par des tirs de l'armée malienne.")
    assert names(by_trigger(s, "visé")["actors"]) == ["armée malienne"]
    s = analyze("Trois civils ont été tués dans un bombardement de l'armée birmane.")
    e = by_trigger(s, "tués")
    assert names(e["actors"]) == ["armée birmane"] and names(e["recipients"]) == ["civils"]


def test_supporters_of_a_person_are_not_that_person(analyze):
    s = analyze("La police a arrêté des partisans de l'ancien président Pedro Castillo.")
    assert names(by_trigger(s, "arrêté")["recipients"]) == ["partisans de Pedro Castillo"]
    s = analyze("Des partisans de l'opposant Ousmane Diallo ont manifesté à Conakry.")
    assert "Ousmane Diallo" not in names(by_trigger(s, "manifesté")["actors"])


def test_a_loose_a_after_a_refusal_belongs_to_the_thing_refused(analyze):
    s = analyze("Le rejet de la candidature de la Serbie à l'Union européenne a déçu Belgrade.")
    assert "Union européenne" not in names(by_trigger(s, "rejet")["recipients"])
    s = analyze("Le refus de l'accès des enquêteurs à l'ONU a choqué.")
    assert by_trigger(s, "refus")["recipients"] == []
    s = analyze("Le Sénat s'est opposé à la Commission européenne.")
    assert names(by_trigger(s, "opposé")["recipients"]) == ["Commission européenne"]
