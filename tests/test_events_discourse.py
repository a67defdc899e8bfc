"""What a reader fills in once all the article's events are known (events.discourse: quote cues, repeated
events, the article's pair, counterparts, mediations, short group names), on French sentences written for
these tests."""

from story_lookup import by_trigger


def test_inverted_speaker_of_a_cue_acts(analyze):
    s = analyze("« Ce régime méprise le peuple », a dénoncé le ministre norvégien des Finances, Karl Dunn.")
    e = by_trigger(s, "dénoncé")
    assert e["type"] == "ACCUSE"
    assert [a["name"] for a in e["actors"]] == ["Karl Dunn"]
    assert "Karl Dunn" not in [r["name"] for r in e["recipients"]]


def test_repeated_event_noun_takes_the_earlier_parties(analyze):
    s = analyze("L'invasion de la Géorgie par la Russie a surpris l'Europe. "
                "Des mois après l'invasion, les diplomates s'inquiètent encore.")
    first, second = [e for e in s.events if e["trigger"]["text"] == "invasion"]
    assert [a["name"] for a in first["actors"]] == ["Russie"] and [r["name"] for r in first["recipients"]] == ["Géorgie"]
    assert [a["name"] for a in second["actors"]] == ["Russie"] and [r["name"] for r in second["recipients"]] == ["Géorgie"]


def test_demonstrative_event_and_accepted_meeting(analyze):
    s = analyze("Le premier ministre péruvien, Lucas Mora, a accepté de rencontrer le général Hugo Salas. "
                "Cette visite brise l'isolement du Chili.")
    e = by_trigger(s, "accepté")
    assert [r["name"] for r in e["recipients"]] == ["Hugo Salas"]
    v = by_trigger(s, "visite")
    assert [a["name"] for a in v["actors"]] == ["Lucas Mora"] and [r["name"] for r in v["recipients"]] == ["Hugo Salas"]


def test_reciprocal_noun_takes_the_article_pair(analyze):
    s = analyze("Emmanuel Macron et Olaf Scholz se sont rencontrés à Berlin lundi. "
                "Le sommet a duré deux heures.")
    e = by_trigger(s, "sommet")
    assert sorted(a["name"] for a in e["actors"]) == ["Emmanuel Macron", "Olaf Scholz"]


def test_fighting_with_no_party_named_is_the_article_war(analyze):
    s = analyze("Le Pérou a envahi la Bolivie en mars. Le Pérou a bombardé la Bolivie en avril. "
                "Les combats durent depuis deux mois.")
    assert sorted(a["name"] for a in by_trigger(s, "combats")["actors"]) == ["Bolivie", "Pérou"]


def test_mediation_is_between_the_main_pair(analyze):
    s = analyze("L'Inde a bombardé le Pakistan. Le Pakistan a attaqué l'Inde. "
                "La médiation menée par le Qatar avec l'Égypte a échoué.")
    e = by_trigger(s, "médiation")
    assert sorted(a["name"] for a in e["actors"]) == ["Qatar", "Égypte"]
    assert sorted(r["name"] for r in e["recipients"]) == ["Inde", "Pakistan"]


def test_one_sided_exchange_takes_the_article_counterpart(analyze):
    s = analyze("La Serbie a livré des obus à la Hongrie en mai. La Serbie a aussi vendu des drones à la Hongrie. "
                "La Serbie pourrait même envoyer des soldats, selon les analystes.")
    e = by_trigger(s, "envoyer")
    assert [a["name"] for a in e["actors"]] == ["Serbie"] and [r["name"] for r in e["recipients"]] == ["Hongrie"]


def test_a_leader_stands_on_his_countrys_side_of_an_exchange(analyze):
    s = analyze("Le président russe Vladimir Poutine a parlé lundi. La Russie a livré des armes à la Corée du Nord. "
                "La Corée du Nord a vendu des obus à la Russie. Selon un expert, Poutine recevra des armes.")
    e = by_trigger(s, "recevra")
    assert ([a["name"] for a in e["actors"]], [r["name"] for r in e["recipients"]]) == (["Corée du Nord"], ["Vladimir Poutine"])


def test_a_demand_for_an_event_is_addressed_to_its_author(analyze):
    s = analyze("Le Mali exige une aide militaire de la Russie.")
    e = by_trigger(s, "exige")
    assert ([a["name"] for a in e["actors"]], [r["name"] for r in e["recipients"]]) == (["Mali"], ["Russie"])
    s = analyze("Le Japon a vendu des armes à la Chine. La Chine a vendu des armes au Japon. "
                "La Chine exigera probablement une aide alimentaire en échange d'armes.")
    assert [r["name"] for r in by_trigger(s, "exigera")["recipients"]] == ["Japon"]  # the aid's giver, inferred


def test_an_opening_participle_of_address_names_whom_the_appeal_is_for(analyze):
    s = analyze("Écrivant à Emmanuel Macron en mai, Giorgia Meloni a assuré que le lien restait solide et a appelé "
                "à la construction d'un « partenariat durable ».")
    e = by_trigger(s, "appelé")
    assert ([a["name"] for a in e["actors"]], [r["name"] for r in e["recipients"]]) == (["Giorgia Meloni"], ["Emmanuel Macron"])


def test_short_group_name_stands_for_the_longer_one(analyze):
    s = analyze("La gendarmerie tchadienne a arrêté des manifestants dans le nord. "
                "Les rebelles ont attaqué la gendarmerie près de la frontière.")
    e = by_trigger(s, "attaqué")
    assert [r["name"] for r in e["recipients"]] == ["gendarmerie tchadienne"]


def test_who_holds_a_person_holds_them_in_every_arrest_told(analyze):
    s = analyze("La gendarmerie malienne a interpellé le militant Oumar Traoré à Bamako. "
                "Il a ensuite été placé en détention provisoire. Amnesty International a dénoncé cette détention.")
    assert [a["name"] for a in by_trigger(s, "détention")["actors"]] == ["gendarmerie malienne"]
    assert [r["name"] for r in by_trigger(s, "dénoncé")["recipients"]] == ["gendarmerie malienne"]


def test_who_is_asked_to_release_someone_held_them(analyze):
    s = analyze("Le journaliste Ali Kaya a été arrêté dimanche à Ankara. "
                "La France a appelé la Turquie à libérer le journaliste Ali Kaya.")
    assert [a["name"] for a in by_trigger(s, "arrêté")["actors"]] == ["Turquie"]


def test_a_protest_against_a_thing_is_aimed_at_its_owner(analyze):
    s = analyze("Le syndicat Force ouvrière a lancé mardi une grève contre la réforme du gouvernement.")
    assert [r["name"] for r in by_trigger(s, "grève")["recipients"]] == ["gouvernement"]
    s = analyze("Greenpeace a manifesté contre l'accord de pêche entre la France et la Norvège.")
    e = by_trigger(s, "manifesté")
    assert sorted(r["name"] for r in e["recipients"]) == ["France", "Norvège"]
    assert [a["name"] for a in e["actors"]] == ["Greenpeace"]
