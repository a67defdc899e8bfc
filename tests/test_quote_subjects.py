"""Who speaks when the parse loses the subject: a relative clause or an age between the subject and its verb.
French sentences written for these tests."""
import pytest


@pytest.mark.parametrize("sentence, who", [
    ("Lyon, qui attendait en retour une aide de l'État, a regretté le manque de soutien des autorités.", "Lyon"),
    ("La Croix-Rouge, dont les équipes sont présentes à Gaza depuis un an, estime que la situation empire.",
     "Croix-Rouge"),
    ("Le syndicat Force ouvrière, qui réclamait une hausse des salaires, a dénoncé « une provocation ».",
     "Force ouvrière"),
])
def test_the_phrase_before_a_relative_clause_between_commas_speaks(analyze, sentence, who):
    s = analyze(sentence)
    assert s.quotes and s.quotes[-1]["speaker_name"] == who  # the verb after the clause


@pytest.mark.parametrize("age", ["61 ans", "45 ans"])
@pytest.mark.parametrize("verb", ["affirme", "assure"])
def test_a_relative_after_an_age_stands_for_the_name(analyze, age, verb):
    s = analyze(f"Le maire de Nantes Paul Durand, {age}, qui {verb} que la ville est prête, a visité le chantier.")
    assert [q["speaker_name"] for q in s.quotes] == ["Paul Durand"]
    assert s.quotes[0]["speaker"]["text"] == "Paul Durand"
