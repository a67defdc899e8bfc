"""Plurals that stand for several named parties: a plural pronoun after a list of names, a counted plural ('les deux
pays', 'les deux parties'), and a document that speaks for every issuer of the text it is part of (sentences
written for these tests)."""
import pytest


def speakers(story):
    return [q["speaker_name"] for q in story.quotes]


def who(name):
    return set(name.split(" ; ")) if name else set()


@pytest.mark.parametrize("opening, pronoun, parties", [
    ("La Norvège et la Finlande ont signé mardi un traité sur la pêche.", "Elles ont souligné",
     {"Norvège", "Finlande"}),
    ("Le Pérou et la Bolivie ont conclu un accord sur le lithium.", "Ils ont estimé", {"Pérou", "Bolivie"}),
    ("Le maire Paul Girard et la préfète Anne Roux ont visité le chantier du pont.", "Ils ont assuré",
     {"Paul Girard", "Anne Roux"}),
    ("Greenpeace et la fondation Sylva ont lancé une pétition contre la coupe des chênes.", "Elles estiment",
     {"Greenpeace", "Sylva"}),
])
def test_a_plural_pronoun_takes_up_the_list_of_names_before_it(analyze, opening, pronoun, parties):
    s = analyze(f"{opening} {pronoun} que les travaux de la commission avancent.")
    assert who(speakers(s)[-1]) == parties


def test_a_plural_pronoun_after_a_preposition_takes_up_the_list(analyze):
    s = analyze("L'Islande et le Danemark ont renoncé lundi à leur projet de câble. Selon eux, le coût a triplé.")
    assert who(speakers(s)[-1]) == {"Islande", "Danemark"}


def test_a_masculine_plural_is_no_list_of_feminine_names(analyze):
    s = analyze("La Norvège et la Finlande ont signé mardi un traité sur la pêche. Ils ont estimé que les quotas "
                "baissaient trop vite.")
    assert who(speakers(s)[-1]) != {"Norvège", "Finlande"}


def test_the_parties_are_named_in_the_order_of_the_list(analyze):
    s = analyze("La Norvège et la Finlande ont signé mardi un traité sur la pêche. Elles ont jugé que la mer "
                "se réchauffait.")
    assert speakers(s)[-1] == "Norvège ; Finlande"


@pytest.mark.parametrize("noun", ["parties", "capitales", "pays"])
def test_a_counted_plural_takes_up_the_list_before_it(analyze, noun):
    s = analyze(f"La Norvège et la Finlande ont signé mardi un traité sur la pêche. Les deux {noun} ont salué "
                "« un texte équilibré ».")
    assert who(speakers(s)[-1]) == {"Norvège", "Finlande"}


@pytest.mark.parametrize("noun", ["pays", "capitales"])
def test_counted_states_with_no_list_are_the_two_the_article_is_about(analyze, noun):
    s = analyze("Le Ghana a reçu mardi une délégation du Togo pour parler de la frontière. Accra veut rouvrir les "
                "postes de douane, que le Togo a fermés en mars. Une commission mixte sera créée.\n\n"
                f"Les deux {noun} ont affirmé que la frontière resterait ouverte aux commerçants.")
    assert who(speakers(s)[-1]) == {"Ghana", "Togo"}


def test_a_counted_noun_of_no_parties_takes_up_no_one(analyze):
    s = analyze("Le Ghana a reçu mardi une délégation du Togo. Le Togo veut rouvrir la frontière.\n\n"
                "Les deux textes affirment que la frontière restera ouverte.")
    assert not who(speakers(s)[-1]) & {"Ghana", "Togo"}


@pytest.mark.parametrize("between", [
    "« Les glaciers reculent », précise le communiqué diffusé par la présidence chilienne.",
    "Un communiqué du gouvernement chilien a salué l'accord.",
])
def test_a_part_of_a_joint_text_speaks_for_all_its_issuers(analyze, between):
    s = analyze(f"Le Chili et l'Argentine ont signé mardi une déclaration commune sur les glaciers. {between} "
                "« Il faut agir vite », ajoute la version espagnole de la déclaration.")
    assert who(speakers(s)[-1]) == {"Chili", "Argentine"}


@pytest.mark.parametrize("between, parties", [
    (" que des syndicats contestent.\n\n", {"des syndicats"}),  # another plural, then a new paragraph
    (" sur le lithium.\n\n", {"Pérou", "Bolivie"}),
])
def test_a_plural_pronoun_never_reaches_past_another_plural_into_an_earlier_paragraph(analyze, between, parties):
    s = analyze(f"Le Pérou et la Bolivie ont signé mardi un accord{between}Ils ont jugé que le prix du lithium "
                "allait doubler.")
    assert who(speakers(s)[-1]) == parties


def test_counted_parties_leave_out_whoever_acts_on_them(analyze):
    s = analyze("Le Ghana a reçu mardi une délégation du Togo. Le Togo veut rouvrir la frontière avec le Ghana. "
                "Le Bénin observe. Le Bénin s'inquiète.\n\nLe Bénin a exhorté les deux pays à « garder leur calme ».")
    e = next(e for e in s.events if e["trigger"]["text"].endswith("exhorté"))
    assert {a["name"] for a in e["recipients"]} == {"Ghana", "Togo"}
