"""A shorter description of a body or group no name stands for takes up the earlier, fuller one (reference layer,
plural heads too: 'les forces armées' after 'les forces armées kovaniennes'), and the event party is named as the
article first gave it in full. French sentences written for these tests (invented places and bodies)."""
import pytest

from story_lookup import by_trigger, names


@pytest.mark.parametrize("text, trigger, role, name", [
    ("Les forces armées kovaniennes ont été mobilisées lundi. Selon le ministère, les forces armées ont attaqué "
     "la Barvanie.", "attaqué", "actors", "forces armées kovaniennes"),
    ("Les forces de sécurité barvaniennes ont bouclé le quartier. La Kovanie a condamné les forces de sécurité.",
     "condamné", "recipients", "forces de sécurité barvaniennes"),
    ("Le tribunal correctionnel de Lorval a ouvert le procès mardi. Le lendemain, le tribunal a condamné le "
     "maire Paul Girard.", "condamné", "actors", "tribunal correctionnel de Lorval"),
])
def test_a_shorter_description_is_named_in_full(analyze, text, trigger, role, name):
    assert names(by_trigger(analyze(text), trigger)[role]) == [name]


def test_a_description_with_other_words_is_not_the_earlier_one(analyze):
    story = analyze("Les forces armées kovaniennes ont été mobilisées lundi. Les forces armées barvaniennes ont "
                    "attaqué la Kovanie.")
    assert names(by_trigger(story, "attaqué")["actors"]) == ["forces armées barvaniennes"]


def test_a_fuller_description_with_a_name_inside_is_not_taken(analyze):
    # 'le gouvernement de Paul Girard' says whose government it is; the later 'le gouvernement' keeps its own name
    story = analyze("Le gouvernement de Paul Girard a présenté un plan lundi. Mardi, le gouvernement a menacé la "
                    "Barvanie.")
    assert names(by_trigger(story, "menacé")["actors"]) == ["gouvernement"]
