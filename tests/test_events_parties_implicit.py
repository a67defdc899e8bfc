"""Who acts and who is acted upon: controllers of an infinitive, light verbs, the state behind its authorities,
and the owner of what an accusation or a refusal is about (events.roles, events.parties, events.discourse),
on French sentences written for these tests."""
import pytest
from story_lookup import by_trigger, names_in_order as names


@pytest.mark.parametrize("text, word, actors", [
    ("La CGT et FO ont lancé une grève lundi.", "grève", ["CGT", "FO"]),
    ("Les syndicats ont lancé une grève illimitée mardi.", "grève", ["syndicats"]),
])
def test_a_verb_whose_frame_needs_other_words_lends_the_noun_its_subject(analyze, text, word, actors):
    # 'lancer' is an event with a missile; with a strike it only says who strikes
    assert sorted(names(by_trigger(analyze(text), word)["actors"])) == sorted(actors)


@pytest.mark.parametrize("text, word, actor", [
    ("La ministre a appelé les syndicats à cesser la grève.", "cesser", "syndicats"),
    ("Le maire a invité les habitants à boycotter le scrutin.", "boycotter", "habitants"),
    ("Le gouvernement a exhorté les rebelles à déposer les armes.", "déposer", "rebelles"),
])
def test_the_people_urged_do_what_they_are_urged_to(analyze, text, word, actor):
    assert names(by_trigger(analyze(text), word)["actors"]) == [actor]


@pytest.mark.parametrize("text, word", [
    ("« C'est une provocation », ont dénoncé les autorités sénégalaises.", "dénoncé"),
    ("« Nous rejetons cette proposition du Mali », ont déclaré les autorités sénégalaises.", "rejetons"),
])
def test_authorities_who_speak_act_as_their_state(analyze, text, word):
    # the speaker's actor is 'les autorités sénégalaises'; as a party to an event it is the state
    assert names(by_trigger(analyze(text), word)["actors"]) == ["Sénégal"]


@pytest.mark.parametrize("text, word, recipient", [
    ("Le syndicat a dénoncé la responsabilité du gouvernement.", "dénoncé", "gouvernement"),
    ("Le Chili rejette la proposition de la Bolivie.", "rejette", "Bolivie"),
    ("Le Tchad a regretté l'absence de coopération des autorités maliennes.", "regretté", "Mali"),
])
def test_what_is_denounced_or_refused_is_laid_on_its_owner(analyze, text, word, recipient):
    assert names(by_trigger(analyze(text), word)["recipients"]) == [recipient]


@pytest.mark.parametrize("text, word, recipient", [
    ("La Bolivie a attaqué puis occupé le Pérou.", "attaqué", "Pérou"),
    ("Le Chili a condamné et sanctionné la Bolivie.", "condamné", "Bolivie"),
])
def test_verbs_in_a_row_share_the_object_the_last_one_names(analyze, text, word, recipient):
    assert names(by_trigger(analyze(text), word)["recipients"]) == [recipient]


def test_a_protest_takes_no_object_from_the_next_verb(analyze):
    s = analyze("Les manifestants ont défilé puis attaqué la police.")
    assert names(by_trigger(s, "défilé")["recipients"]) == []


def test_a_bare_noun_after_a_preposition_is_a_manner_not_a_party(analyze):
    s = analyze("L'ONU a condamné avec force les essais de la Corée du Nord.")
    assert "force" not in names(by_trigger(s, "condamné")["recipients"])


def test_the_infinitive_urged_on_others_keeps_them_when_it_is_also_a_quote_cue(analyze):
    s = analyze("L'ONU a condamné avec force ce tir, poussant la France, le Japon et le Canada à demander une réunion.")
    assert sorted(names(by_trigger(s, "demander")["actors"])) == ["Canada", "France", "Japon"]


@pytest.mark.parametrize("text, word, actors", [
    ("Le ministre Paul Leduc a rencontré la syndicaliste Julie Roy mardi. Les deux parties ont convenu de poursuivre le dialogue.",
     "convenu", ["Julie Roy", "Paul Leduc"]),
    ("Le Chili a rencontré la Bolivie. Les deux parties ont signé un accord.", "signé", ["Bolivie", "Chili"]),
])
def test_the_two_parties_are_the_two_protagonists(analyze, text, word, actors):
    # the lemmatizer reads 'parties' as 'parti' (a political party): the written form names the pair
    assert sorted(names(by_trigger(analyze(text), word)["actors"])) == actors


@pytest.mark.parametrize("text, word, recipient", [
    ("Evo Morales a exprimé sa reconnaissance pour le soutien du Chili.", "soutien", "Evo Morales"),
    ("Le président Evo Morales a remercié le Chili pour son aide.", "aide", "Evo Morales"),
    ("Kiev a salué la France pour ses livraisons d'armes.", "livraisons", "Ukraine"),
])
def test_who_thanks_for_an_event_is_the_one_it_was_done_for(analyze, text, word, recipient):
    assert names(by_trigger(analyze(text), word)["recipients"]) == [recipient]
