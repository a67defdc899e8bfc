"""Bodies whose names run on in lower case, and a title's gender the tagger misreads (sentences written for
these tests, each rule varied)."""
import pytest


def speakers(story):
    return [q["speaker_name"] for q in story.quotes]


@pytest.mark.parametrize("name", [
    "Syndicat national de la fonction territoriale",
    "Office fédéral des routes et du trafic",
    "Institut régional de recherche agronomique",
])
def test_a_body_s_name_runs_on_in_lower_case(analyze, name):
    s = analyze(f"Le {name} a estimé mardi que le projet devait être revu.")
    assert speakers(s) == [name]


def test_a_body_s_name_stops_at_a_coordinated_other_party(analyze):
    s = analyze("Selon l'ONU et des diplomates, la réunion se tiendra jeudi à Genève.")
    assert speakers(s)[0] != "ONU et des diplomates"
    assert "ONU" in speakers(s)[0]


@pytest.mark.parametrize("adjective", ["romand", "régional", "national"])
def test_a_masculine_title_misread_as_feminine_keeps_him_a_man(analyze, adjective):
    s = analyze(f"L'Union des paysans a tenu son assemblée lundi à Sion. Son secrétaire {adjective}, Pascal Berset, a estimé que "
                "le canton devait agir vite. « On attend depuis des mois », a-t-il regretté.")
    assert speakers(s) == ["Pascal Berset", "Pascal Berset"]


@pytest.mark.parametrize("text", [
    "Un rapport de l'Office européen contre la fraude et la corruption (Oefc) a été publié jeudi. L'Office européen "
    "contre la fraude et la corruption « s'inquiète d'une hausse des détournements », selon ce rapport.",
    "Les réfugiés affluent au Tchad, a indiqué l'Organisation internationale pour les migrations au Tchad (OIM). "
    "Selon l'Organisation internationale pour les migrations au Tchad, « plus de 2.000 personnes arrivent chaque jour ».",
    "La Caisse nationale de retraite et de prévoyance (CNRP) a relevé ses taux. La Caisse nationale de retraite et de "
    "prévoyance a précisé mardi que la hausse serait « modeste ».",
])
def test_a_body_spelled_whole_with_its_acronym_is_one_party_where_its_name_is_cut(analyze, text):
    s = analyze(text)
    bodies = [a["name"] for a in s.actors if a["name"].split()[0] in ("Office", "Organisation", "Caisse")]
    assert len(bodies) == 1
