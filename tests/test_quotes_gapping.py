"""Gapping: a second subject after 'et' whose speech verb is left out reports its own words with the first cue.
Sentences written for these tests."""
import pytest


@pytest.mark.parametrize("sentence, first, second", [
    ("La Lettonie a appelé à durcir les sanctions et l'Estonie à une « réponse ferme de l'Europe ».",
     ("Lettonie", "à durcir les sanctions"), ("Estonie", "à une « réponse ferme de l'Europe »")),
    ("Le Portugal a appelé à un cessez-le-feu et l'Espagne à l'ouverture de négociations.",
     ("Portugal", "à un cessez-le-feu"), ("Espagne", "à l'ouverture de négociations")),
    ("La ministre Claire Morin a demandé de réduire les délais et le maire Paul Girard de simplifier les démarches.",
     ("Claire Morin", "de réduire les délais"), ("Paul Girard", "de simplifier les démarches")),
])
def test_the_gapped_subject_has_its_own_report(analyze, sentence, first, second):
    s = analyze(sentence)
    got = [(q["speaker_name"], q["content"][0]["text"]) for q in s.quotes]
    assert got == [first, second]
    assert s.quotes[0]["type"] == "indirect"


@pytest.mark.parametrize("sentence", [
    "Le maire a appelé à la prudence et à la solidarité.",
    "La CGT a appelé à la grève et la police a bloqué les accès.",
])
def test_no_gap_no_second_report(analyze, sentence):
    s = analyze(sentence)
    assert len(s.quotes) == 1
