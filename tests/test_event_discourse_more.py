"""What a reader infers about an event's parties from the rest of the article (events.discourse: the article's
antagonists, the paragraph's topic actor, the addressee of demands, 'nous' in a quote), on French sentences
written for these tests."""

from story_lookup import by_trigger, names


def test_act_of_one_antagonist_is_aimed_at_the_other(analyze):
    s = analyze("L'Inde a attaqué le Pakistan lundi. L'Inde a de nouveau bombardé le Pakistan mardi. "
                "Le lendemain, l'Inde a menacé de frapper encore.")
    assert names(by_trigger(s, "menacé")["recipients"]) == ["Pakistan"]


def test_antagonists_fill_an_accusation_with_no_one_named(analyze):
    s = analyze("Le Maroc a attaqué l'Algérie en mai. Le Maroc a ensuite bombardé l'Algérie. "
                "Puis, dans un communiqué, Rabat a accusé sans donner de preuve.")
    assert names(by_trigger(s, "accusé")["recipients"]) == ["Algérie"]


def test_antagonists_leave_an_act_about_a_thing(analyze):
    s = analyze("L'Inde a attaqué le Pakistan lundi. L'Inde a de nouveau bombardé le Pakistan mardi. "
                "L'Inde a dénoncé la hausse des prix.")
    assert by_trigger(s, "dénoncé")["recipients"] == []


def test_antagonists_need_a_pattern(analyze):
    s = analyze("L'Inde a attaqué le Pakistan lundi. Le lendemain, l'Inde a menacé de frapper encore.")
    assert by_trigger(s, "menacé")["recipients"] == []


def test_nous_of_a_union_leader_is_the_union(analyze):
    s = analyze("« Nous exigeons le retrait immédiat de la réforme », a déclaré Marc Dulac, secrétaire général de la CFTC.")
    assert names(by_trigger(s, "exigeons")["actors"]) == ["CFTC"]


def test_on_of_a_party_leader_is_the_party(analyze):
    s = analyze("Le président du Parti socialiste, Jean Morel, a été clair : « On ne soutiendra jamais ce gouvernement ».")
    assert names(by_trigger(s, "soutiendra")["actors"]) == ["Parti socialiste"]


def test_nous_of_a_speaker_with_no_body_is_the_speaker(analyze):
    s = analyze("« Nous refusons cette loi absurde », a lancé l'écrivain Paul Girard devant la foule.")
    assert names(by_trigger(s, "refusons")["actors"]) == ["Paul Girard"]


def test_accusation_naming_no_one_is_left_without_a_target(analyze):
    # other accusations in the article go to Israël, but this one names no one: whom it targets is a reader's guess
    # (filling it from the article's other accusations measured worse on articles never tuned on)
    s = analyze("Le Qatar a accusé Israël de crimes de guerre. L'ONU a aussi accusé Israël de violations graves. "
                "Mardi soir, la Jordanie a dénoncé fermement, sans attendre.")
    assert by_trigger(s, "dénoncé")["recipients"] == []
    assert names(by_trigger(s, "accusé")["recipients"]) == ["Israël"]


def test_accusation_of_a_thing_is_not_filled(analyze):
    s = analyze("La Chine a critiqué le Japon lundi. Pékin a de nouveau condamné Tokyo mardi. "
                "Pékin a ensuite dénoncé la hausse des tarifs portuaires.")
    assert by_trigger(s, "dénoncé")["recipients"] == []


def test_threat_in_an_article_about_two_states_is_aimed_at_the_other(analyze):
    s = analyze("L'Azerbaïdjan a massé des troupes à la frontière de l'Arménie. L'Arménie s'inquiète. "
                "Le ministre arménien a rappelé que l'Arménie ne cédera rien. L'Azerbaïdjan se dit prêt. "
                "Mardi, l'Azerbaïdjan a menacé de frapper.")
    assert names(by_trigger(s, "menacé")["recipients"]) == ["Arménie"]
    assert by_trigger(s, "massé")["recipients"] == []  # it names what it moves: left as written


def test_no_two_states_when_others_are_named_as_often(analyze):
    s = analyze("L'Azerbaïdjan a massé des troupes à la frontière de l'Arménie. L'Arménie s'inquiète, comme la France "
                "et la Turquie. La France, la Turquie et l'Arménie ont parlé. Mardi, l'Azerbaïdjan a menacé de frapper.")
    assert by_trigger(s, "menacé")["recipients"] == []
