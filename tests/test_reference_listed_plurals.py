"""A plural description takes up the list of names the article said it was (reference.plurals.list_said): by
apposition ('les médiateurs, X et Y') or by a verb that says what the list is ('X et Y jouent les médiateurs',
'servent de', 'agissent comme'); event parties read that answer. French sentences written for these tests
(invented places and parties)."""
import pytest

from story_lookup import by_trigger, names


@pytest.mark.parametrize("text, trigger, role", [
    ("La Norvège et la Suisse servent de médiateurs entre les deux camps. Le Brésil a rejeté la proposition des "
     "médiateurs.", "rejeté", "recipients"),
    ("La Norvège et la Suisse servent de médiateurs entre les deux camps. Le Brésil a critiqué les médiateurs.",
     "critiqué", "recipients"),
    ("La Norvège et la Suisse, qui agissent comme médiateurs, ont présenté un plan. Le Brésil a soutenu les "
     "médiateurs.", "soutenu", "recipients"),
    ("Les médiateurs, la Norvège et la Suisse, ont présenté un plan. Le Brésil a accepté la proposition présentée "
     "par les médiateurs.", "accepté", "recipients"),
])
def test_a_plural_description_takes_up_the_list_it_was_said_to_be(analyze, text, trigger, role):
    assert names(by_trigger(analyze(text), trigger)[role]) == ["Norvège", "Suisse"]


def test_a_list_that_only_acts_on_the_noun_is_not_it(analyze):
    # the list supports the mediators: it is not said to be them
    story = analyze("La Norvège et la Suisse soutiennent les médiateurs. Le Brésil a accusé les médiateurs.")
    assert by_trigger(story, "accusé")["recipients"] == []


def test_an_indefinite_plural_brings_in_new_parties(analyze):
    story = analyze("La Norvège et la Suisse jouent les médiateurs. Des médiateurs ont critiqué le Brésil.")
    assert "Norvège" not in names(by_trigger(story, "critiqué")["actors"])


def test_a_list_in_a_complement_is_no_apposition(analyze):
    story = analyze("Selon la Norvège et la Suisse, les médiateurs ont échoué. Le Brésil a critiqué les médiateurs.")
    assert by_trigger(story, "critiqué")["recipients"] == []


def test_the_apposed_list_names_later_mentions_too(analyze):
    story = analyze("La Norvège et la Suisse, les médiateurs du conflit, ont présenté un plan. Le Brésil a critiqué "
                    "les médiateurs.")
    assert names(by_trigger(story, "critiqué")["recipients"]) == ["Norvège", "Suisse"]


# -- a demonstrative plural takes up the list named just before, when its parties are of the noun's kind ---------

@pytest.mark.parametrize("text, trigger, expected", [
    ("La Norvège, la Suisse et le Brésil ont signé un accord lundi. Le Pérou a critiqué ces pays.", "critiqué",
     ["Brésil", "Norvège", "Suisse"]),
    ("Le Front Azur et le Parti Vert ont quitté la coalition. Le Premier ministre a menacé ces partis.", "menacé",
     ["Front Azur", "Parti Vert"]),
])
def test_a_demonstrative_plural_takes_up_the_last_list(analyze, text, trigger, expected):
    assert names(by_trigger(analyze(text), trigger)["recipients"]) == expected


def test_a_demonstrative_plural_of_another_kind_is_not_the_list(analyze):
    # states are no parties: 'ces partis' does not take up two countries
    story = analyze("La Norvège et la Suisse ont signé un accord lundi. Le Pérou a critiqué ces partis.")
    assert "Norvège" not in names(by_trigger(story, "critiqué")["recipients"])
