"""The streaming analysis: memory zones after a warm-up, so the vocabulary stays flat over a long stream."""
from storygraph import pipeline
from storygraph.read import Article


def test_strings_of_later_articles_are_freed_but_the_warm_up_stays(nlp, monkeypatch):
    monkeypatch.setattr(pipeline, "WARM_ARTICLES", 2)
    monkeypatch.setattr(pipeline, "_warmed", {})
    texts = ["Le maire de Quimperlé, Anatole Zorglubinet, a inauguré le pont mardi.",
             "Le conseil a voté le budget à l'unanimité.",
             "« Nous tiendrons parole », a déclaré Berthilde Xylophonard, présidente de la région."]
    arts = [Article(id=f"a{i}", text=t, date="2024-03-05") for i, t in enumerate(texts)]
    stories = list(pipeline.analyze_many(arts, detect=False, batch_size=1))
    assert [s.id for s in stories] == ["a0", "a1", "a2"]
    assert [q["speaker_name"] for q in stories[2].quotes] == ["Berthilde Xylophonard"]
    assert "Zorglubinet" in nlp.vocab.strings  # analysed before the first zone: cached for the ones after
    assert "Xylophonard" not in nlp.vocab.strings  # analysed inside a zone: freed when it closed
