"""An acronym is the name it stands for: one organisation, named by its full name (sentences written for these tests)."""
import pytest

from storygraph.nlp.reference.names import spells


def speakers(story):
    return [q["speaker_name"] for q in story.quotes]


def test_an_acronym_spells_the_initials_of_the_significant_words():
    skips = {"de", "d", "du", "des", "la", "le", "l", "et", "au", "fur"}
    assert spells("PNF", ["parquet", "national", "financier"], skips)
    assert spells("Sdis", ["service", "departemental", "d", "incendie", "et", "de", "secours"], skips)
    assert spells("AfD", ["alternative", "fur", "deutschland"], skips)
    assert spells("Cédéao", ["communaute", "economique", "des", "etats", "de", "l", "afrique", "de", "l", "ouest"], skips)
    assert not spells("PNF", ["parquet", "national"], skips)
    assert not spells("CGT", ["confederation", "generale", "des", "cadres"], skips)
    assert not spells("PNF", ["le", "parquet", "national", "financier"], skips)  # a name never opens on an article


@pytest.mark.parametrize("cue", ["a indiqué le Cnaf", "selon le Cnaf"])
def test_an_acronym_in_parentheses_after_a_lower_case_phrase_is_that_body(analyze, cue):
    s = analyze("Le conseil national des agents forestiers (Cnaf) a réuni ses membres jeudi à Orléans.\n\n"
                f"Les coupes seront réduites de moitié l'an prochain, {cue}.")
    assert speakers(s) == ["conseil national des agents forestiers"]


def test_an_acronym_after_a_capitalised_name_is_one_organisation_under_the_full_name(analyze):
    s = analyze("La Fédération nationale des pêcheurs de rivière (FNPR) conteste le décret.\n\n"
                "« Ce texte condamne nos étangs », a déploré la FNPR dans un communiqué.")
    assert set(speakers(s)) == {"Fédération nationale des pêcheurs de rivière"}
    org = next(a for a in s.actors if a["name"] == "Fédération nationale des pêcheurs de rivière")
    assert [m["rule"] for m in org["mentions"] if m["text"] == "FNPR"] == ["acronym", "acronym"]
    assert not any(a["name"] == "FNPR" for a in s.actors)


def test_an_acronym_whose_letters_do_not_follow_the_words_still_names_the_party_before_it(analyze):
    s = analyze("L'Union sociale-libérale (LSU) a remporté le scrutin de dimanche.\n\n"
                "La LSU a annoncé qu'elle chercherait des alliés.")
    assert speakers(s) == ["Union sociale-libérale"]


def test_an_acronym_without_parentheses_is_the_name_whose_initials_it_spells(analyze):
    s = analyze("L'Office national des routes alpines a fermé le col mardi soir.\n\n"
                "« La chaussée est trop dangereuse », a expliqué l'ONRA.")
    assert speakers(s) == ["Office national des routes alpines"]


def test_the_acronym_says_where_the_name_ends(analyze):
    s = analyze("Des soldats de la Mission intérimaire des Nations unies au Tchad ont été blessés mardi.\n\n"
                "La Minut a affirmé que la patrouille avait été visée par des tirs.")
    assert speakers(s) == ["Mission intérimaire des Nations unies au Tchad"]


def test_a_word_in_parentheses_that_spells_nothing_is_no_acronym(analyze):
    s = analyze("Le maire (Modem) a reçu les commerçants lundi.\n\n"
                "Le Modem a assuré que la rue serait rouverte.")
    assert "maire" not in (speakers(s)[0] or "")


def test_a_numbered_local_body_is_its_acronym_without_the_number(analyze):
    s = analyze("Les agents du syndicat intercommunal des eaux du bassin (Sieb 44) ont coupé la vanne.\n\n"
                "Le Sieb recommande de faire bouillir l'eau jusqu'à vendredi.")
    assert speakers(s) == ["syndicat intercommunal des eaux du bassin"]


def test_an_acronym_in_parentheses_may_leave_out_a_word_of_the_name_it_follows(analyze):
    s = analyze("D'après l'Institute for Studies on Water and Soil Pollution (ISWP), les nappes baissent.\n\n"
                "L'ISWP a ajouté que les relevés de l'été seraient publiés en octobre.")
    assert set(speakers(s)) == {"Institute for Studies on Water and Soil Pollution"}
    assert [a["name"] for a in s.actors] == ["Institute for Studies on Water and Soil Pollution"]
