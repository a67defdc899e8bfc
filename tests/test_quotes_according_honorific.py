"""'Selon l'avocat de la famille, Me Julien Faure, P': a name apposed to the source of 'selon', 'd'après' or 'pour'
is the source even when an honorific opens it ('Me', 'Dr', 'le Dr'), and the apposition is no part of what is
reported. Sentences written for these tests, varied by preposition, honorific, apostrophe and order."""
import pytest


def only_quote(story) -> dict:
    """The one quote of a Story."""
    assert len(story.quotes) == 1
    return story.quotes[0]


@pytest.mark.parametrize("text, speaker, content", [
    ("D'après l'avocat de la famille, Me Julien Faure, la victime « ne s'en remettra jamais ».", "Julien Faure",
     "la victime « ne s'en remettra jamais »"),
    ("Selon l’avocate de la défense, Me Sophie Blanc, son client est innocent.", "Sophie Blanc",
     "son client est innocent"),
    ("Pour le chirurgien de garde, le Dr Alain Morel, l'opération a réussi.", "Alain Morel", "l'opération a réussi"),
])
def test_an_honorific_opens_the_name_apposed_to_the_source(analyze, text, speaker, content):
    q = only_quote(analyze(text))
    assert q["speaker_name"] == speaker
    assert q["content"][0]["text"] == content


def test_a_source_after_its_words_keeps_its_honorific_name(analyze):
    q = only_quote(analyze("La victime est sous le choc, selon un médecin de l'hôpital, le Dr Paul Roy."))
    assert q["speaker_name"] == "Paul Roy"
