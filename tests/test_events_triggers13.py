"""Triggers of short news written for these tests: a light verb's noun past a time word or after the plural
indefinite 'de', a carrier holding a verb's own class, nominalisations and nouns that are events by themselves."""


def triggers(story):
    return {e["trigger"]["text"]: e for e in story.events}


def by_word(story, word):
    return next(e for e in story.events if word in e["trigger"]["text"])


def test_a_light_verb_reaches_its_noun_past_a_day(analyze):
    s = analyze("Ottawa a imposé mercredi de lourdes sanctions à deux armateurs.")
    ev = by_word(s, "sanctions")
    assert ev["type"] == "SANCTION" and ev["trigger"]["text"].startswith("a imposé")
    assert len([e for e in s.events if e["type"] == "SANCTION"]) == 1  # one event, not the verb and the noun apart
    s = analyze("Le conseil des ministres a adopté vendredi de nouvelles sanctions contre Caracas.")
    assert len([e for e in s.events if e["type"] == "SANCTION"]) == 1
    assert by_word(s, "sanctions")["trigger"]["text"].startswith("a adopté")


def test_a_day_before_a_noun_of_no_event_makes_no_event(analyze):
    s = analyze("Le gouvernement a adopté jeudi de nouvelles règles comptables.")
    assert not s.events


def test_a_carrier_holds_the_light_verbs_own_class(analyze):
    s = analyze("L'arbitre a imposé une série de conditions aux deux capitaines.")
    assert by_word(s, "conditions")["type"] == "COERCE"
    s = analyze("Le club a imposé une série de victoires à ses rivaux.")
    assert not any("imposé" in t for t in triggers(s))


def test_a_nominalisation_takes_its_verbs_frame(analyze):
    s = analyze("La Cour suprême a confirmé l'invalidation du scrutin présidentiel.")
    assert by_word(s, "invalidation")["type"] == "REJECT"
    s = analyze("L'invalidation du billet de train coûte cinq euros.")
    assert not any("invalidation" in t for t in triggers(s))  # no law, vote or decision struck down


def test_an_allegation_is_an_accusation(analyze):
    s = analyze("Le sénateur a qualifié de mensongères les allégations de fraude lancées par son rival.")
    assert by_word(s, "allégations")["type"] == "ACCUSE"


def test_a_conference_is_a_meeting_but_not_a_press_one(analyze):
    s = analyze("Une conférence internationale sur la reconstruction du Soudan s'est ouverte à Genève.")
    ev = by_word(s, "conférence")
    assert ev["type"] == "CONSULT" and ev["mode"] == "multilateral"
    s = analyze("Le maire a tenu une conférence de presse devant la gare.")
    assert not any("conférence" in t for t in triggers(s))


def test_a_mobilisation_with_no_party_is_a_protest(analyze):
    s = analyze("Dans les facultés, la mobilisation ne faiblit pas.")
    assert by_word(s, "mobilisation")["type"] == "PROTEST"
    s = analyze("L'Arménie a décrété une mobilisation générale.")
    assert by_word(s, "mobilisation")["type"] == "MOBILIZE"


def test_a_police_search_is_coercion_a_dig_is_not(analyze):
    s = analyze("La fouille de la cellule a été ordonnée par le directeur de la prison.")
    assert by_word(s, "fouille")["type"] == "COERCE"
    s = analyze("Les fouilles archéologiques ont mis au jour une villa romaine.")
    assert not any("fouille" in t for t in triggers(s))


def test_a_carrier_verb_in_the_present_is_no_noun(analyze):
    # the lemmatizer leaves 'porte' as the noun: the light verb and the phrase it opens are still found
    s = analyze("L'association Vigie porte plainte contre la préfecture de Nantes.")
    ev = by_word(s, "plainte")
    assert ev["type"] == "ACCUSE" and ev["trigger"]["text"].startswith("porte")
    s = analyze("La fédération se porte à la défense des arbitres insultés.")
    assert by_word(s, "défense")["type"] == "SUPPORT"
    s = analyze("Le concierge ferme la porte à la fin de la journée.")
    assert not s.events


def test_putting_someone_in_prison_is_coercion(analyze):
    s = analyze("L'avocate kurde a été jetée en prison après son discours.")
    assert by_word(s, "prison")["type"] == "COERCE"
    s = analyze("Le régime a fini par mettre en prison le chef de l'opposition.")
    assert by_word(s, "prison")["type"] == "COERCE"
    s = analyze("Le vieux poète est mort en prison l'hiver dernier.")
    assert not any("prison" in t for t in triggers(s))  # where he died, no act of anyone's
