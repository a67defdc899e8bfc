"""Each article goes to the pipeline of its own language; other languages fail alone, with one line."""
from storygraph.pipeline import analyze_many
from storygraph.read import Article

FRENCH = "Le conseil municipal a voté mardi soir la fermeture de la piscine pour des travaux pendant tout l'été."
GERMAN = "Der Stadtrat hat am Dienstagabend beschlossen, dass das Schwimmbad den ganzen Sommer geschlossen bleibt."
SPANISH = "El ayuntamiento decidió el martes por la noche que la piscina permanecerá cerrada durante todo el verano."


def test_a_mixed_batch_keeps_its_order_and_refuses_only_the_unsupported_languages():
    arts = [Article(id="a", text=FRENCH), Article(id="b", text=GERMAN), Article(id="c", text=FRENCH),
            Article(id="d", text=SPANISH)]
    stories = list(analyze_many(arts, lang="auto"))
    assert [s.id for s in stories] == ["a", "b", "c", "d"]
    assert stories[0].ok and stories[0].lang == "fr" and stories[2].ok
    assert stories[1].errors == ["language 'de' is not supported (supported: en, fr)"]
    assert stories[3].errors and "'es' is not supported" in stories[3].errors[0]


def test_a_record_that_names_its_language_is_not_second_guessed():
    (s,) = analyze_many([Article(id="x", text=GERMAN, lang="fr")], lang="auto")
    assert s.lang == "fr" and s.ok


def test_forcing_a_language_refuses_articles_in_another_one():
    (s,) = analyze_many([Article(id="y", text=GERMAN)], lang="fr")
    assert s.errors == ["language 'de' is not supported (this run analyses 'fr')"]
