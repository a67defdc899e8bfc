"""Language identification leaves names out: foreign names in a French sentence do not make it foreign."""
from storygraph.language import check_language
from storygraph.read import Article


def test_foreign_names_do_not_change_the_language():
    art = Article(id="a", text="Pedro Sánchez et Giorgia Meloni ont tenu un sommet à Rome la semaine dernière.")
    assert check_language(art, "fr") is None


def test_a_text_in_another_language_is_refused():
    art = Article(id="b", text="Il presidente ha incontrato il primo ministro a Roma martedì per parlare di migrazione.")
    assert check_language(art, "fr") == "language 'it' is not supported (this run analyses 'fr')"


def test_a_short_french_sentence_is_not_read_as_another_romance_language():
    from storygraph.language import language_of
    art = Article(id="short", text="Son PDG, Paul Morel, estime que le trafic reviendra à la normale.")
    assert language_of(art) == "fr"
