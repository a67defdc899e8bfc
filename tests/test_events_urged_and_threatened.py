"""Whom a call is made to and who acts on it: 'appelle ses alliés à …', 'demande à ses partenaires de …', 'exhorte
les Occidentaux à …' name the ones urged (allies, partners, members: parties, with whose they are), who then act;
'menacer X de faire' is the threatener's act, X only undergoes it. Sentences written for these tests, varied by verb,
noun, subject and order."""
import pytest

from story_lookup import by_trigger, names


@pytest.mark.parametrize("text, trigger, urged", [
    ("Le président Paul Girard a appelé ses alliés à renforcer leur défense.", "appelé", "alliés de Paul Girard"),
    ("La ministre Anne Ruiz a demandé à ses partenaires de sanctionner le régime.", "demandé", "partenaires d'Anne Ruiz"),
    ("Le syndicat a appelé ses adhérents à la grève.", "appelé", "adhérents"),
    ("Le président Paul Girard a exhorté les Occidentaux à livrer des avions.", "exhorté", "Occidentaux"),
])
def test_the_ones_urged_receive_the_call(analyze, text, trigger, urged):
    assert names(by_trigger(analyze(text), trigger)["recipients"]) == [urged]


def test_the_partners_asked_to_sanction_do_it(analyze):
    story = analyze("La ministre Anne Ruiz a demandé à ses partenaires de sanctionner Moscou.")
    assert names(by_trigger(story, "sanctionner")["actors"]) == ["partenaires d'Anne Ruiz"]


@pytest.mark.parametrize("text, trigger, actor", [
    ("Le président Paul Girard menace son allié de ne plus fournir certaines armes.", "fournir", "Paul Girard"),
    ("Paris a menacé Rome de suspendre sa coopération.", "suspendre", "France"),
])
def test_who_threatens_does_what_he_threatens(analyze, text, trigger, actor):
    assert names(by_trigger(analyze(text), trigger)["actors"]) == [actor]
