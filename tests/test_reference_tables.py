"""The reference table's own look-ups, on links made by hand (no parse needed)."""
from storygraph.nlp.reference.entities import Entity, Link, References


def _table(spans):
    refs = References()
    a = refs.add_entity(Entity("person", names=["Lena Ortiz"]))
    for start, end in spans:
        refs.link(Link(start, end, start, end, "name"), a, "name")
    return refs


def test_a_window_holds_the_mentions_starting_inside_it_in_the_order_they_were_linked():
    refs = _table([(40, 45), (5, 9), (20, 26), (60, 63), (20, 22)])
    got = [(x.start, x.end) for x in refs.window(10, 60)]
    assert got == [(40, 45), (20, 26), (20, 22)]  # linked order, not position; 5 and 60 lie outside


def test_a_window_of_nothing_is_empty_and_one_mention_wide_holds_it():
    refs = _table([(12, 15), (30, 34)])
    assert refs.window(16, 30) == []
    assert [x.start for x in refs.window(30, 31)] == [30]


def test_a_candidate_is_weighed_as_pronoun_or_description_only_where_its_words_leave_it_open(nlp):
    resolver = nlp.get_pipe("storygraph_reference")
    doc = nlp("« Nous verrons », a-t-il dit à son adjointe, tandis que la Ministre et la ministre se taisaient.")
    role = {t.text: resolver.roles(doc, (t.lemma, t.orth)) for t in doc}
    assert role["-il"][0] and not role["-il"][1]  # an inverted clitic, whatever its tag
    assert role["son"][0]  # a possessive
    assert role["ministre"] == (False, True)  # a title in lower case may head a description
    assert role["Ministre"] == (False, False)  # a capitalised one is a name's, never a description's head
    assert role["dit"] == (False, False)
