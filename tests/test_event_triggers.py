"""Trigger frame mechanisms (events.lexicon, events.triggers, events.frames): each test fails without the
mechanism it names. French sentences written for these tests."""


def types(story, word):
    """The types of the events whose trigger contains the word."""
    assert not story.errors, story.errors
    return [e["type"] for e in story.events if word in e["trigger"]["text"]]


def test_a_hyphenated_noun_kept_whole_by_the_tokenizer_is_one_key(analyze):
    s = analyze("Israël et le Hamas ont annoncé un cessez-le-feu dimanche soir.", date="2024-05-02")
    assert types(s, "cessez-le-feu") == ["RETREAT"]
    s = analyze("Le couvre-feu décrété par la junte a surpris les habitants de la capitale.", date="2024-05-02")
    assert types(s, "couvre-feu") == ["COERCE"]
    s = analyze("Les deux armées respectent la trêve depuis mardi, mais pas le cessez-le-feu du nord.")
    assert types(s, "cessez-le-feu") == ["RETREAT"]
