"""The English model's attribute ruler applied as a table gives spaCy's own attributes (sentences written for
these tests), and a pattern the table cannot read leaves the work to spaCy's ruler."""
import pytest
import spacy
from spacy.attrs import DEP, LEMMA, MORPH, POS, TAG
from spacy.pipeline import AttributeRuler
from spacy.tokens import Doc

from storygraph.nlp.attributes import Attributes, replace_ruler

WRITTEN = [POS, TAG, MORPH, LEMMA, DEP]


def both(ruler: AttributeRuler, doc: Doc) -> tuple[Doc, Doc]:
    """The Doc after spaCy's ruler and after the table compiled from it."""
    table = Attributes(ruler)
    assert table.table is not None, table.unsupported
    return ruler(doc.copy()), table(doc.copy())


def view(doc: Doc) -> list[tuple]:
    return [(t.text, t.pos_, t.tag_, str(t.morph), t.lemma_, t.dep_) for t in doc]


@pytest.fixture(scope="module")
def english():
    from storygraph.lang.models import model_name

    return spacy.load(model_name("en"))


@pytest.mark.english
@pytest.mark.parametrize("text", [
    "We ain't gonna wait, and y'all know nothin' will change before spring.",
    "Let's leave now: the builders gotta finish the bridge by May.",
    "That is what the nurse said, and that truck was sold to a farmer who liked it.",
    "He has done it twice. Does she have a plan? They did not have time, and I had been there before.",
    "There were three of them, there's a problem, and it's true that nobody can fix it.",
    "Somebody told me something I can't repeat, but you'd have seen it yourselves.",
    "I'm here.  \n\n  You are   there,\n and those are hers, not ours.",
    "C'mon, ol' Sam wanted 'em both, 'nuff said, and we'll be goin' soon.",
    "IT AIN'T OVER: THEY WON'T STOP AND I SHAN'T EITHER.",
    "Being tired, she got a taxi; he gets the bus, since it is cheaper.",
])
def test_the_table_gives_the_rulers_attributes(english, text):
    with english.select_pipes(enable=["tok2vec", "tagger", "parser"]):
        parsed = english(text)
    ruled, tabled = both(english.get_pipe("attribute_ruler"), parsed)
    assert view(ruled) != view(parsed)  # the ruler had work to do here
    assert view(tabled) == view(ruled)
    assert (tabled.to_array(WRITTEN) == ruled.to_array(WRITTEN)).all()
    assert [t.head.i for t in tabled] == [t.head.i for t in parsed]
    assert [t.is_sent_start for t in tabled] == [t.is_sent_start for t in parsed]


def tagged(english, words, tags, deps, heads, spaces=None) -> Doc:
    """A Doc with the tags and dependencies given, so that the ruler's exceptions fire whatever the tagger says."""
    return Doc(english.vocab, words=words, spaces=spaces, tags=tags, deps=deps, heads=heads)


@pytest.mark.english
def test_two_token_exceptions_and_their_target_token(english):
    doc = tagged(english, ["They", "gon", "na", "win", ",", "y'", "all", "ai", "n't", "ready", "."],
                 ["PRP", "VBG", "TO", "VB", ",", "PRP", "DT", "VBP", "RB", "JJ", "."],
                 ["nsubj", "aux", "aux", "ROOT", "punct", "nsubj", "appos", "conj", "neg", "acomp", "punct"],
                 [3, 3, 3, 3, 3, 7, 5, 3, 7, 7, 3])
    ruled, tabled = both(english.get_pipe("attribute_ruler"), doc)
    assert view(tabled) == view(ruled)
    lemmas = {t.text: t.lemma_ for t in tabled}
    assert (lemmas["gon"], lemmas["na"], lemmas["y'"], lemmas["ai"], lemmas["n't"]) == ("go", "to", "you", "be", "not")


@pytest.mark.english
def test_determiner_as_pronoun_and_space_tokens(english):
    # 'that' heading a subject is a pronoun, before a noun a determiner; a space token with a dependency gets 'dep'
    doc = tagged(english, ["That", "worked", ";", "that", "car", "\n\n", "stalled", "."],
                 ["DT", "VBD", ":", "DT", "NN", "_SP", "VBD", "."],
                 ["nsubj", "ROOT", "punct", "det", "nsubj", "punct", "conj", "punct"],
                 [1, 1, 1, 4, 6, 6, 1, 1], spaces=[True, False, True, True, False, False, False, False])
    ruled, tabled = both(english.get_pipe("attribute_ruler"), doc)
    assert view(tabled) == view(ruled)
    assert (tabled[0].pos_, tabled[3].pos_) == ("PRON", "DET")
    assert (tabled[5].pos_, tabled[5].dep_) == ("SPACE", "dep")


@pytest.mark.english
def test_auxiliary_and_main_verb(english):
    doc = tagged(english, ["She", "has", "had", "doubts", "and", "did", "nothing", "."],
                 ["PRP", "VBZ", "VBN", "NNS", "CC", "VBD", "NN", "."],
                 ["nsubj", "aux", "ROOT", "dobj", "cc", "conj", "dobj", "punct"], [2, 2, 2, 2, 2, 2, 5, 2])
    ruled, tabled = both(english.get_pipe("attribute_ruler"), doc)
    assert view(tabled) == view(ruled)
    assert [t.pos_ for t in tabled][1:3] + [tabled[5].pos_, tabled[6].pos_] == ["AUX", "VERB", "VERB", "PRON"]


@pytest.mark.english
def test_the_pipeline_runs_the_table_in_the_rulers_place():
    from storygraph.lang.models import model_name

    shipped = spacy.load(model_name("en"))
    nlp = spacy.load(model_name("en"))
    replace_ruler(nlp)
    assert nlp.pipe_names == [n if n != "attribute_ruler" else "storygraph_attributes" for n in shipped.pipe_names]
    assert nlp.get_pipe("storygraph_attributes").table is not None
    text = "Y'all ain't seen nothin' yet, said the coach, who's gonna retire in June."
    assert view(nlp(text)) == view(shipped(text))


def test_later_groups_override_earlier_ones_and_negative_indices():
    nlp = spacy.blank("en")
    ruler = AttributeRuler(nlp.vocab)
    ruler.add([[{"LOWER": "rain"}]], {"LEMMA": "first", "POS": "NOUN"})
    ruler.add([[{"LOWER": {"IN": ["heavy", "light"]}}, {"LOWER": "rain"}]], {"LEMMA": "second"}, index=-1)
    ruler.add([[{"LOWER": {"REGEX": "^sto"}}, {"LOWER": {"NOT_IN": ["rain"]}}]], {"POS": "VERB"}, index=0)
    ruler.add([[{"LOWER": "rain", "IS_TITLE": True}]], {"LEMMA": "third"})
    doc = nlp("Heavy rain will stop; light Rain stops storms, storm rain.")
    ruled, tabled = both(ruler, doc)
    assert view(tabled) == view(ruled)
    assert [t.lemma_ for t in tabled if t.lower_ in ("heavy", "light", "rain")] == ["", "second", "", "third", "first"]
    assert [t.pos_ for t in tabled if t.text.startswith("sto")] == ["VERB", "VERB", "VERB", ""]


@pytest.mark.parametrize("pattern", [
    [{"LOWER": "downpour", "OP": "+"}],
    [{"LOWER": {"FUZZY": "downpours"}}],
    [{"LENGTH": {">=": 5}}],
    [{"_": {"sg_downpour": True}}],
])
def test_a_pattern_the_table_cannot_read_leaves_the_work_to_spacys_ruler(pattern):
    from spacy.tokens import Token

    Token.set_extension("sg_downpour", getter=lambda t: t.lower_ == "downpour", force=True)
    nlp = spacy.blank("en")
    ruler = AttributeRuler(nlp.vocab)
    ruler.add([[{"LOWER": "snow"}]], {"LEMMA": "snowfall"})
    ruler.add([pattern], {"LEMMA": "rainfall"})
    table = Attributes(ruler)
    assert table.table is None and table.unsupported
    doc = table(nlp("Snow then downpour."))
    assert [t.lemma_ for t in doc] == ["snowfall", "", "rainfall", ""]
