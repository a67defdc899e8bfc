"""`starting_in`: the names whose first token falls in a range, in the order of `Doc._.sg_mentions`."""
import spacy

from storygraph.nlp.mentions import Mention, starting_in


def _doc(words):
    return spacy.blank("fr").make_doc(" ".join(words))


def _names(found):
    return [m.text for m in found]


def test_range_and_order_of_the_list():
    doc = _doc("Hier Léa Moreau a parlé à Radio Nord puis à Karim Benali".split())
    doc._.sg_mentions = [Mention(1, 3, 5, 15, "Léa Moreau", "person"), Mention(6, 8, 0, 0, "Radio Nord", "media"),
                         Mention(10, 12, 0, 0, "Karim Benali", "person")]
    assert _names(starting_in(doc, 2, 11)) == ["Radio Nord", "Karim Benali"]
    assert _names(starting_in(doc, 1, 2)) == ["Léa Moreau"]
    assert starting_in(doc, 3, 6) == []
    assert starting_in(doc, 9, 4) == []


def test_an_unsorted_list_keeps_its_own_order():
    doc = _doc("un deux trois quatre cinq six".split())
    doc._.sg_mentions = [Mention(4, 5, 0, 0, "cinq", "other"), Mention(1, 2, 0, 0, "deux", "other"),
                         Mention(4, 6, 0, 0, "cinq six", "other")]
    assert _names(starting_in(doc, 0, 6)) == ["cinq", "deux", "cinq six"]


def test_a_new_list_is_read_again():
    doc = _doc("Paris et Lyon".split())
    doc._.sg_mentions = [Mention(0, 1, 0, 5, "Paris", "place")]
    assert _names(starting_in(doc, 0, 3)) == ["Paris"]
    doc._.sg_mentions = [Mention(2, 3, 9, 13, "Lyon", "place")]
    assert _names(starting_in(doc, 0, 3)) == ["Lyon"]
    assert doc._.sg_mentions is not None and starting_in(_doc(["rien"]), 0, 1) == []
