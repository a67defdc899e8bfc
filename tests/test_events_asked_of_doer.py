"""A demand whose 'que' clause is about an act is addressed to whoever carries that act out
(events.discourse.asked_of_doer), on French sentences written for these tests."""

from story_lookup import by_trigger, names_in_order as names


def test_demand_that_attacks_stop_goes_to_the_attacker(analyze):
    s = analyze("Le Danemark réclame que les tirs de l'armée érythréenne cessent sans délai.")
    e = by_trigger(s, "réclame")
    assert e["type"] == "REQUEST"
    assert names(e["actors"]) == ["Danemark"]
    assert names(e["recipients"]) == ["armée érythréenne"]


def test_demand_that_a_blockade_be_lifted_goes_to_whoever_imposed_it(analyze):
    s = analyze("L'Église a demandé que le blocus imposé par l'Azerbaïdjan soit levé.")
    e = by_trigger(s, "demandé")
    assert names(e["actors"]) == ["Église"]
    assert names(e["recipients"]) == ["Azerbaïdjan"]


def test_act_with_no_known_doer_leaves_the_demand_unaddressed(analyze):
    s = analyze("La Croix-Rouge a demandé que les frappes prennent fin.")
    e = by_trigger(s, "demandé")
    assert names(e["actors"]) == ["Croix-Rouge"]
    assert e["recipients"] == []


def test_demand_is_never_addressed_to_its_own_author(analyze):
    s = analyze("Le Kenya exige que ses propres patrouilles contre les pirates somaliens soient renforcées.")
    e = by_trigger(s, "exige")
    assert "Kenya" not in names(e["recipients"])
