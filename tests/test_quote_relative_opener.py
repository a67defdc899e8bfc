"""A sentence that opens with a noun phrase, then a relative clause set off by commas, has that phrase as the
speaker of the verb after the clause, even when a name ends the clause right before the verb (sentences written
for these tests)."""
import pytest


@pytest.mark.parametrize("text, speaker", [
    ("La récolte a été mauvaise.\n\nL'Organisation des Nations unies pour l'alimentation (FAO), dont les 300 agronomes "
     "restent postés au Tchad et au Niger, prévient depuis mars que la famine menace la région.",
     "Organisation des Nations unies pour l'alimentation"),
    ("Les pluies ont cessé.\n\nLe Programme alimentaire mondial (PAM), dont les convois circulent entre Goma et "
     "Bukavu, affirme depuis lundi que les stocks seront épuisés en mai.",
     "Programme alimentaire mondial"),
])
def test_the_opener_speaks_not_the_name_ending_the_clause(analyze, text, speaker):
    names = [q["speaker_name"] for q in analyze(text).quotes]
    assert names == [speaker]
