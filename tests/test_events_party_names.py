"""How a party that is a group or a description is named (events.parties.np_party): the adjectives before its
noun that say which people, the body its members stand for, what says which people a bare 'personnes' means, and
a possessive inside the name; French sentences written for these tests."""

from story_lookup import by_trigger, names


def test_adjectives_before_the_noun_that_say_which_people_are_part_of_the_name(analyze):
    s = analyze("Les autres syndicats refusent tout accord avec le Parti vert.")
    assert names(by_trigger(s, "refusent")["actors"]) == ["autres syndicats"]
    s = analyze("La police a arrêté trois jeunes militants à Lyon.")
    assert names(by_trigger(s, "arrêté")["recipients"]) == ["jeunes militants"]
    s = analyze("Le ministre a critiqué les nouveaux dirigeants du parti.")
    assert names(by_trigger(s, "critiqué")["recipients"]) == ["nouveaux dirigeants du parti"]


def test_adjectives_that_count_the_people_are_not(analyze):
    s = analyze("La police a arrêté de nombreux manifestants devant la mairie.")
    assert names(by_trigger(s, "arrêté")["recipients"]) == ["manifestants"]
    s = analyze("Les gendarmes ont interpellé quelques casseurs.")
    assert names(by_trigger(s, "interpellé")["recipients"]) == ["casseurs"]


def test_members_named_by_their_body_stand_for_it(analyze):
    s = analyze("Le ministre a rencontré les membres de l'intersyndicale mardi.")
    assert names(by_trigger(s, "rencontré")["recipients"]) == ["intersyndicale"]
    s = analyze("Le Qatar a appelé tous les membres de la coalition à réduire leur production.")
    assert names(by_trigger(s, "appelé")["recipients"]) == ["coalition"]
    # the members of a body the article names are that body, as before
    s = analyze("Les membres du syndicat Force ouvrière ont rencontré le ministre.")
    assert names(by_trigger(s, "rencontré")["actors"]) == ["Force ouvrière"]
    # with words of their own, the members are a group of their own
    s = analyze("Le Qatar a critiqué les membres permanents du conseil.")
    assert names(by_trigger(s, "critiqué")["recipients"]) == ["membres permanents du conseil"]
    s = analyze("Le Qatar a critiqué les futurs membres du conseil.")
    assert names(by_trigger(s, "critiqué")["recipients"]) == ["futurs membres du conseil"]


def test_a_noun_that_names_only_people_takes_what_says_which(analyze):
    s = analyze("La police arrête les personnes franchissant le fleuve.")
    assert names(by_trigger(s, "arrête")["recipients"]) == ["personnes franchissant le fleuve"]
    s = analyze("Les douaniers ont interpellé des individus transportant des armes.")
    assert names(by_trigger(s, "interpellé")["recipients"]) == ["individus transportant des armes"]
    s = analyze("Le préfet a fait arrêter les personnes auteurs de pillages.")
    assert names(by_trigger(s, "arrêter")["recipients"]) == ["personnes auteurs de pillages"]
    # nothing follows: the bare noun
    s = analyze("La police a arrêté des personnes.")
    assert names(by_trigger(s, "arrêté")["recipients"]) == ["personnes"]


def test_a_possessive_inside_a_name_is_written_as_the_article(analyze):
    s = analyze("Karim Benali a été enlevé en mai. La ministre a promis de punir les auteurs de son enlèvement.")
    assert names(by_trigger(s, "punir")["recipients"]) == ["auteurs de l'enlèvement"]
    s = analyze("La police a arrêté les partisans de sa rivale.")
    assert names(by_trigger(s, "arrêté")["recipients"]) == ["partisans de la rivale"]
    s = analyze("Deux chauffeurs ont été agressés. Le préfet a promis de punir les auteurs de leurs agressions.")
    assert names(by_trigger(s, "punir")["recipients"]) == ["auteurs des agressions"]
    s = analyze("Marc Duval a été tué en mai. Le préfet a promis de punir les auteurs de son meurtre.")
    assert names(by_trigger(s, "punir")["recipients"]) == ["auteurs du meurtre"]


def test_a_people_spoken_to_or_of_is_its_people_not_its_state(analyze):
    s = analyze("Le président letton a salué le courage des Lettons face à l'invasion.")
    assert names(by_trigger(s, "salué")["recipients"]) == ["Lettons"]
    s = analyze("S'adressant aux Canadiens, le Premier ministre a critiqué les Chinois.")
    assert names(by_trigger(s, "critiqué")["recipients"]) == ["Chinois"]
    # a people acts through its state: as a subject, or the 'de' of an act
    s = analyze("Les Russes achètent des armes au Mali.")
    assert names(by_trigger(s, "achètent")["recipients"]) == ["Russie"]
    s = analyze("Le Mali a obtenu l'aide des Russes.")
    assert names(by_trigger(s, "aide")["actors"]) == ["Russie"]
    # a state's own name in the plural is no demonym
    s = analyze("Le Mexique a annoncé des sanctions contre les États-Unis.")
    assert names(by_trigger(s, "sanctions")["recipients"]) == ["États-Unis"]
