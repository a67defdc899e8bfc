"""Event actors on French sentences written for these tests: who acts in an event noun set in a bare 'en' phrase,
in an event noun carried by another noun, and which 'de X' after a party belongs to that party, not to the event."""

from story_lookup import by_trigger, names_in_order as names


def test_a_bare_en_phrase_tells_how_the_subject_acts(analyze):
    s = analyze("En coopération avec la police béninoise, la force régionale pourra procéder à des arrestations.")
    e = by_trigger(s, "coopération")
    assert names(e["actors"]) == ["force régionale"]
    assert names(e["recipients"]) == ["police béninoise"]
    s = analyze("En représailles, le Togo a fermé ses frontières.")
    assert names(by_trigger(s, "représailles")["actors"]) == ["Togo"]
    s = analyze("La police togolaise travaillera désormais en collaboration avec la gendarmerie béninoise.")
    assert names(by_trigger(s, "collaboration")["actors"]) == ["police togolaise"]


def test_a_bare_en_phrase_of_custody_is_undergone(analyze):
    s = analyze("Marc Ebolo reste en détention depuis mars.")
    e = by_trigger(s, "détention")
    assert e["actors"] == []
    assert names(e["recipients"]) == ["Marc Ebolo"]


def test_a_carrier_noun_of_ties_lends_its_verb_subject(analyze):
    s = analyze("Karl Dorn entretient des liens de coopération étroits avec le Brésil.")
    e = by_trigger(s, "coopération")
    assert names(e["actors"]) == ["Karl Dorn"]
    s = analyze("Le Ghana a noué des relations de partenariat avec le Togo.")
    e = by_trigger(s, "partenariat")
    assert names(e["actors"]) == ["Ghana"] and names(e["recipients"]) == ["Togo"]


def test_a_de_after_a_party_is_that_party_s(analyze):
    s = analyze("Le sénateur serbe Karl Dorn, qui entretient des liens de coopération étroits avec le Brésil de Lula, a été réélu.")
    e = by_trigger(s, "coopération")
    assert "Lula" not in names(e["actors"]) + names(e["recipients"])
    s = analyze("L'invasion de l'Ukraine par la Russie de Vladimir Poutine a choqué l'Europe.")
    e = by_trigger(s, "invasion")
    assert names(e["actors"]) == ["Russie"] and names(e["recipients"]) == ["Ukraine"]


def test_an_event_laid_on_someone_by_attribution_is_theirs(analyze):
    s = analyze("Cette attaque, attribuée par le Mali à des jihadistes soutenus par le Niger, a fait dix morts.")
    e = by_trigger(s, "attaque")
    assert names(e["actors"]) == ["jihadistes"]
    s = analyze("Le Mali attribue l'attentat au groupe Ansar Dine.")
    assert names(by_trigger(s, "attentat")["actors"]) == ["Ansar Dine"]
    s = analyze("L'embuscade a été imputée aux rebelles du FLT.")
    assert names(by_trigger(s, "embuscade")["actors"]) == ["FLT"]


def test_a_joint_act_with_a_named_partner_is_its_verb_subject_s(analyze):
    s = analyze("Le Hamas rejette toute négociation avec Israël.")
    e = by_trigger(s, "négociation")
    assert names(e["actors"]) == ["Hamas"] and names(e["recipients"]) == ["Israël"]
    s = analyze("Le Mali souhaite un partenariat avec la Russie.")
    e = by_trigger(s, "partenariat")
    assert names(e["actors"]) == ["Mali"] and names(e["recipients"]) == ["Russie"]
    # denouncing ties is no party to them
    s = analyze("Le Japon dénonce la coopération militaire avec l'Iran.")
    assert "Japon" not in names(by_trigger(s, "coopération")["actors"])


def test_states_named_as_a_group_are_a_party(analyze):
    s = analyze("La réunion des pays andins a eu lieu à Quito.")
    assert names(by_trigger(s, "réunion")["actors"]) == ["pays andins"]
    s = analyze("Le Brésil a critiqué les sanctions des pays occidentaux contre le Venezuela.")
    e = by_trigger(s, "sanctions")
    assert names(e["actors"]) == ["pays occidentaux"] and names(e["recipients"]) == ["Venezuela"]
    s = analyze("Le Niger a accusé les pays voisins de soutenir les rebelles.")
    assert names(by_trigger(s, "soutenir")["actors"]) == ["pays voisins"]


def test_efforts_deployed_are_no_mobilisation(analyze):
    s = analyze("Les négociateurs ont salué les efforts déployés par les États du Golfe pour apaiser les tensions.")
    assert not any("déployés" in e["trigger"]["text"] for e in s.events)
    s = analyze("Le Ghana a déployé 500 soldats au Mali.")
    assert names(by_trigger(s, "déployé")["actors"]) == ["Ghana"]


def test_a_title_with_no_name_still_names_its_holder(analyze):
    s = analyze("Paul Mbaye a tenu la marche malgré l'interdiction du gouverneur.")
    assert names(by_trigger(s, "interdiction")["actors"]) == ["gouverneur"]
    s = analyze("La manifestation a été interdite par le préfet de Dakar.")
    assert names(by_trigger(s, "interdite")["actors"]) == ["préfet de Dakar"]
    # a title with a demonym still stands for its state, as before
    s = analyze("Le président américain a menacé le Mexique.")
    assert names(by_trigger(s, "menacé")["actors"]) == ["États-Unis"]


def test_the_whole_of_a_group_is_the_group(analyze):
    s = analyze("Le ministre doutait de la venue de l'ensemble des syndicats à Matignon.")
    assert names(by_trigger(s, "venue")["actors"]) == ["syndicats"]
    s = analyze("La totalité des députés de l'opposition ont rejeté le texte.")
    assert names(by_trigger(s, "rejeté")["actors"]) == ["députés de l'opposition"]


def test_some_of_a_people_are_no_state(analyze):
    s = analyze("Certains Ivoiriens ont manifesté devant l'ambassade.")
    assert names(by_trigger(s, "manifesté")["actors"]) == ["Certains Ivoiriens"]
    s = analyze("Quelques Maliens réclament la démission du ministre.")
    assert names(by_trigger(s, "réclament")["actors"]) == ["Quelques Maliens"]
    s = analyze("Plusieurs Maliens ont manifesté devant l'ambassade de France.")
    assert names(by_trigger(s, "manifesté")["actors"]) == ["Plusieurs Maliens"]
    s = analyze("Les Maliens accusent le Niger.")  # a people as a whole speaks for its state
    assert names(by_trigger(s, "accusent")["actors"]) == ["Mali"]
