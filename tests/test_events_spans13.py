"""Trigger spans of pronominal verbs (events.triggers.clitic_before): the reflexive clitic belongs to the
verb's form and so to its trigger, as the auxiliary does; an object pronoun does not. French sentences written
for these tests."""


def spans(story):
    return {e["trigger"]["text"]: e["type"] for e in story.events}


def test_the_clitic_of_a_compound_tense_opens_the_trigger(analyze):
    got = spans(analyze("La ministre bolivienne s'est engagée à rouvrir le dialogue avec les mineurs."))
    assert got.get("s'est engagée") == "AGREE"


def test_the_clitic_before_a_conditional_auxiliary_opens_the_trigger(analyze):
    got = spans(analyze("Selon la presse, le Sénat se serait opposé au projet de la présidente."))
    assert "se serait opposé" in got


def test_the_clitic_of_an_infinitive_opens_the_trigger(analyze):
    got = spans(analyze("Le maire de Lyon a invité les syndicats à se joindre aux discussions."))
    assert "se joindre" in got


def test_a_negated_pronominal_verb_keeps_its_clitic(analyze):
    got = spans(analyze("Le gouvernement portugais ne s'est pas retiré de la coalition."))
    assert any(t.startswith("s'est") and t.endswith("retiré") for t in got), got


def test_an_object_pronoun_is_no_part_of_the_trigger(analyze):
    got = spans(analyze("Le Chili nous soutient depuis le début, a dit le délégué péruvien."))
    assert "soutient" in got and not any(t.startswith("nous") for t in got), got


def test_a_verb_without_clitic_keeps_its_own_span(analyze):
    got = spans(analyze("Le Parlement a rejeté la proposition du Premier ministre norvégien."))
    assert "a rejeté" in got


def types(story):
    return [e["type"] for e in story.events]


def test_supporting_an_economic_quantity_or_a_value_is_no_interaction(analyze):
    # no actor is supported: the growth of an economy, or democracy as an ideal, is what the sentence is about
    assert "SUPPORT" not in types(analyze("La banque centrale chilienne veut soutenir la croissance cette année."))
    assert "SUPPORT" not in types(analyze("Selon un sondage, 70 % des Bavarois soutiennent la démocratie."))


def test_supporting_a_party_is_still_support(analyze):
    got = spans(analyze("Le Ghana a soutenu la candidature du Sénégal au Conseil de sécurité."))
    assert got.get("a soutenu") == "SUPPORT", got


def test_a_participle_or_a_reach_said_of_a_weapon_is_no_event(analyze):
    assert spans(analyze("L'armée malienne a reçu des roquettes légères tirées en rafale.")).get("tirées") is None
    assert "COERCE" not in types(analyze("Le pays a produit des bombes chimiques interdites."))
    assert "ASSAULT" not in types(analyze("Pyongyang a testé un nouvel engin capable de frapper toute l'Asie."))


def test_a_weapon_fired_at_someone_or_banned_by_someone_is_still_an_event(analyze):
    assert "ASSAULT" in types(analyze("Des obus tirés sur Kharkiv ont détruit une école."))
    assert "ASSAULT" in types(analyze("Des roquettes tirées depuis le Liban ont touché Haïfa."))
    assert "COERCE" in types(analyze("Les soldats arrêtés hier à Bamako ont été relâchés."))
