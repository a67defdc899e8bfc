"""Trigger repairs: a verb the tagger took for an adjective in a sentence with no other verb, words before a
noun that say it is no event holding for every rule, and a light verb reaching the event noun a carrier noun
holds. French sentences written for these tests."""
import pytest


def events(story):
    """(type, trigger text) of every event."""
    assert not story.errors, story.errors
    return [(e["type"], e["trigger"]["text"]) for e in story.events]


def names(parties):
    """The names of a list of parties."""
    return [p.get("name") for p in parties]


@pytest.mark.parametrize("sentence", [
    "Le président critique la décision de Bruxelles sur les quotas.",
    "La ministre critique sévèrement le projet de réforme des retraites.",
    "La Commission européenne critique vivement le budget italien.",
    "Le chancelier Olaf Scholz critique les droits de douane chinois.",
])
def test_a_verb_tagged_as_an_adjective_in_a_verbless_sentence_is_the_verb(analyze, sentence):
    assert [t for t, _ in events(analyze(sentence, date="2024-05-02"))][:1] == ["ACCUSE"]


@pytest.mark.parametrize("sentence", [
    "Le blessé était dans un état critique la nuit dernière.",
    "La situation critique des hôpitaux inquiète les médecins de la région.",
    "Un regard critique sur la réforme des retraites.",
])
def test_the_adjective_critique_stays_an_adjective(analyze, sentence):
    assert events(analyze(sentence, date="2024-05-02")) == []


@pytest.mark.parametrize("sentence, noun, who", [
    ("Des milliers de personnes ont participé à une manifestation de l'opposition à Tbilissi.", "manifestation",
     "opposition"),
    ("La grève de l'opposition a paralysé la capitale pendant deux jours.", "grève", "opposition"),
])
def test_the_opposition_after_de_is_who_acts_not_an_event(analyze, sentence, noun, who):
    story = analyze(sentence, date="2024-05-02")
    ev = [e for e in story.events if e["trigger"]["text"] == noun]
    assert len(ev) == 1
    assert who in " ".join(names(ev[0]["actors"]))
    assert not ev[0]["recipients"]


def test_an_opposition_to_a_plan_is_still_a_rejection(analyze):
    story = analyze("La Turquie maintient son opposition à la Suède.", date="2024-05-02")
    assert [t for t, _ in events(story)] == ["REJECT"]
    assert names(story.events[0]["recipients"]) == ["Suède"]


@pytest.mark.parametrize("sentence, recipient", [
    ("L'Union européenne a adopté un paquet de sanctions contre la Russie.", "Russie"),
    ("Les Vingt-Sept ont adopté un nouveau train de sanctions contre l'Iran.", "Iran"),
    ("Le Conseil a adopté de nouvelles sanctions contre le régime birman.", None),
])
def test_adopting_sanctions_is_one_sanction(analyze, sentence, recipient):
    story = analyze(sentence, date="2024-05-02")
    found = events(story)
    assert [t for t, _ in found] == ["SANCTION"], found
    assert "sanctions" in found[0][1] and "adopt" in found[0][1]
    if recipient:
        assert recipient in names(story.events[0]["recipients"])


def test_a_light_verb_reaches_the_event_a_series_holds(analyze):
    story = analyze("La police a procédé à une vague d'arrestations dans la banlieue de Lyon.", date="2024-05-02")
    found = events(story)
    assert [t for t, _ in found] == ["COERCE"]
    assert "arrestations" in found[0][1] and "procédé" in found[0][1]


@pytest.mark.parametrize("sentence", [
    "« C'est une guerre de tranchées », a jugé l'historienne.",
    "Les analystes décrivent cela comme une guerre populaire.",
    "Pour lui, ce n'est qu'un conflit de générations.",
])
def test_a_war_said_of_something_is_no_event(analyze, sentence):
    assert [t for t, _ in events(analyze(sentence, date="2024-05-02"))] == []


@pytest.mark.parametrize("sentence", [
    "La Russie a déclenché une guerre contre l'Ukraine en février.",
    "C'est la guerre entre Moscou et Kiev qui a fait flamber les prix.",
    "Un conflit a éclaté entre les deux pays voisins en 1998.",
])
def test_a_war_that_happens_is_an_event(analyze, sentence):
    assert [t for t, _ in events(analyze(sentence, date="2024-05-02"))] == ["ASSAULT"]


@pytest.mark.parametrize("sentence", [
    "Rien ne va plus entre le Pérou et la Bolivie depuis l'automne.",
    "Tout allait bien entre Paris et Rome jusqu'à cette affaire.",
])
def test_going_with_no_destination_is_no_visit(analyze, sentence):
    assert [t for t, _ in events(analyze(sentence, date="2024-05-02"))] == []


@pytest.mark.parametrize("sentence, place", [
    ("Le président chinois ira à Paris au printemps.", "France"),
    ("La chancelière est venue en Chine pour parler commerce.", "Chine"),
])
def test_going_somewhere_is_a_visit(analyze, sentence, place):
    story = analyze(sentence, date="2024-05-02")
    assert [(e["type"], e["mode"]) for e in story.events][:1] == [("CONSULT", "visit")]
    assert names(story.events[0]["recipients"]) == [place]


@pytest.mark.parametrize("sentence", [
    "Le général Diallo, lors d'un entretien télévisé avec la chaîne nationale du Mali, a démenti.",
    "Dans un entretien au quotidien espagnol El País, le ministre italien a parlé d'immigration.",
])
def test_an_interview_to_the_press_is_no_meeting(analyze, sentence):
    assert "CONSULT" not in [t for t, _ in events(analyze(sentence, date="2024-05-02"))]


def test_a_talk_between_leaders_is_a_meeting(analyze):
    story = analyze("Le président français a eu un entretien avec son homologue allemand à Berlin.", date="2024-05-02")
    assert [t for t, _ in events(story)] == ["CONSULT"]


@pytest.mark.parametrize("sentence", [
    "L'ouverture manifestée par le ministre a rassuré les infirmières.",
    "La colère manifestée par les élus locaux n'a pas ébranlé le préfet.",
])
def test_a_feeling_shown_is_no_protest(analyze, sentence):
    assert "PROTEST" not in [t for t, _ in events(analyze(sentence, date="2024-05-02"))]


def test_people_demonstrating_still_protest(analyze):
    story = analyze("Des milliers de personnes ont manifesté samedi à Paris contre la réforme.", date="2024-05-02")
    assert [t for t, _ in events(story)] == ["PROTEST"]


@pytest.mark.parametrize("sentence", [
    "Avant la mise à exécution des menaces de Washington, Mexico a négocié.",
    "Le président a mis à exécution sa menace contre Ottawa.",
])
def test_carrying_a_threat_out_is_no_killing(analyze, sentence):
    assert "ASSAULT" not in [t for t, _ in events(analyze(sentence, date="2024-05-02"))]


def test_an_execution_of_prisoners_is_a_killing(analyze):
    story = analyze("Le régime a procédé à l'exécution de trois opposants.", date="2024-05-02")
    assert [t for t, _ in events(story)] == ["ASSAULT"]


@pytest.mark.parametrize("sentence", [
    "Le Parlement a adopté une loi sur l'immigration jeudi soir.",
    "Le conseil municipal a adopté le budget de la ville mardi.",
])
def test_adopting_a_law_or_a_budget_is_no_agreement_between_parties(analyze, sentence):
    assert events(analyze(sentence, date="2024-05-02")) == []


@pytest.mark.parametrize("sentence", [
    "Le Conseil de sécurité a adopté une résolution sur Haïti.",
    "Les ministres ont adopté le traité commercial avec le Chili.",
    "La charte qui a été adoptée par l'assemblée des délégués prévoit un retrait.",
])
def test_adopting_a_resolution_or_a_pact_is_an_agreement(analyze, sentence):
    assert "AGREE" in [t for t, _ in events(analyze(sentence, date="2024-05-02"))]


@pytest.mark.parametrize("sentence, reach", [
    ("Moscou devra négocier avec Kiev pour mettre fin aux combats.", "mettre fin aux combats"),
    ("Les deux camps ont annoncé la cessation des hostilités dimanche.", "cessation des hostilités"),
    ("L'armée a cessé les bombardements sur la ville de Homs.", "cessé les bombardements"),
])
def test_stopping_the_fighting_is_one_event(analyze, sentence, reach):
    found = events(analyze(sentence, date="2024-05-02"))
    assert "ASSAULT" not in [t for t, _ in found]
    assert any(t == "RETREAT" and reach in text for t, text in found), found


def test_fighting_that_resumes_is_still_fighting(analyze):
    story = analyze("La reprise des hostilités a surpris les observateurs de l'ONU.", date="2024-05-02")
    assert [t for t, _ in events(story)] == ["ASSAULT"]


def test_a_strike_called_off_is_still_a_strike(analyze):
    story = analyze("La ministre a appelé les syndicats à cesser une grève inutile.", date="2024-05-02")
    assert "PROTEST" in [t for t, _ in events(story)]


@pytest.mark.parametrize("sentence", [
    "La police a empêché des centaines de militants d'atteindre la place.",
    "Les soldats ont empêché les journalistes d'entrer dans la ville.",
    "L'armée a empêché les convois humanitaires d'entrer à Gaza.",
])
def test_preventing_people_or_goods_is_coercion(analyze, sentence):
    assert "COERCE" in [t for t, _ in events(analyze(sentence, date="2024-05-02"))]


def test_preventing_a_measure_is_a_rejection(analyze):
    story = analyze("La Chine a empêché l'adoption d'une résolution contre Pyongyang à l'ONU.", date="2024-05-02")
    found = [t for t, text in events(story) if "empêché" in text]
    assert found == ["REJECT"]


@pytest.mark.parametrize("sentence, place", [
    ("Depuis un mois, les dirigeants africains défilent à Moscou.", "Russie"),
    ("Les ministres européens ont défilé à Kiev cette semaine.", "Ukraine"),
])
def test_leaders_filing_through_a_capital_visit_it(analyze, sentence, place):
    story = analyze(sentence, date="2024-05-02")
    assert [(e["type"], e["mode"]) for e in story.events] == [("CONSULT", "visit")]
    assert names(story.events[0]["recipients"]) == [place]


@pytest.mark.parametrize("sentence", [
    "Des milliers de manifestants ont défilé à Paris contre la réforme.",
    "Les agriculteurs ont défilé devant la préfecture de Toulouse.",
])
def test_a_crowd_filing_past_protests(analyze, sentence):
    assert [t for t, _ in events(analyze(sentence, date="2024-05-02"))] == ["PROTEST"]


def test_facing_a_rival_in_an_election_is_no_fight(analyze):
    story = analyze("La ministre affrontera au second tour le maire sortant de Lille.", date="2024-05-02")
    assert "ASSAULT" not in [t for t, _ in events(story)]
    story = analyze("Les soldats maliens ont affronté les rebelles près de Kidal.", date="2024-05-02")
    assert [t for t, _ in events(story)] == ["ASSAULT"]


def test_requirements_with_no_one_demanding_are_no_demand(analyze):
    assert events(analyze("Les exigences de sécurité sont strictes à l'aéroport de Nice.", date="2024-05-02")) == []
    story = analyze("Les exigences du Hamas ont été jugées inacceptables par Israël.", date="2024-05-02")
    assert "REQUEST" in [t for t, _ in events(story)]
