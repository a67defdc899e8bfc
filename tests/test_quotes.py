"""Who said what, on French sentences written for these tests."""
import pytest


def quotes(story):
    return [(q["type"], q["speaker_name"], " … ".join(c["text"] for c in q["content"])) for q in story.quotes]


def test_direct_quote_with_inverted_speaker_and_outlet(analyze):
    s = analyze("« Le port sera rouvert demain », a déclaré à France Inter Marie Lefort, "
                "directrice de l’Autorité portuaire de Brest.")
    (q,) = s.quotes
    assert q["type"] == "direct"
    assert q["content"][0]["text"] == "Le port sera rouvert demain"
    assert q["speaker"]["text"] == "Marie Lefort"
    assert q["speaker_name"] == "Marie Lefort"
    assert q["cue"]["text"] == "a déclaré" and q["cue"]["lemma"] == "déclarer"
    assert q["addressee"]["text"] == "à France Inter"
    actor = s.actor(q["speaker_id"])
    assert actor["kind"] == "person"
    assert actor["descriptions"][0]["role"].startswith("directrice")
    assert "Autorité portuaire de Brest" in actor["descriptions"][0]["org"]


def test_offsets_slice_the_text(analyze):
    s = analyze("Le maire Paul Arnaud a affirmé que la piscine fermera en juin.")
    for q in s.quotes:
        for part in q["content"] + [q["speaker"], q["cue"]]:
            assert s.text[part["start"]:part["end"]] == part["text"]


def test_indirect_que_clause_and_surname_resolution(analyze):
    s = analyze("Claire Vasseur, économiste à la Banque de France, a publié une note mardi.\n\n"
                "Vasseur estime que la croissance ralentira au printemps.")
    (q,) = s.quotes
    assert q["type"] == "indirect"
    assert q["content"][0]["text"] == "la croissance ralentira au printemps"
    assert q["speaker"]["text"] == "Vasseur"
    assert q["speaker_name"] == "Claire Vasseur"


def test_selon_and_incise_with_pronoun(analyze):
    s = analyze("Selon l’Insee, le chômage a baissé de 0,2 point au troisième trimestre.\n\n"
                "« Nous restons prudents », a expliqué Julien Marchal, porte-parole du ministère.\n\n"
                "Les embauches devraient reprendre en janvier, a-t-il ajouté.")
    got = quotes(s)
    assert got[0] == ("indirect", "Insee", "le chômage a baissé de 0,2 point au troisième trimestre")
    assert got[1] == ("direct", "Julien Marchal", "Nous restons prudents")
    assert got[2] == ("indirect", "Julien Marchal", "Les embauches devraient reprendre en janvier")
    assert s.quotes[2]["speaker"]["text"] == "il"


def test_mixed_quote(analyze):
    s = analyze("La ministre Hélène Dubreuil a assuré que le texte serait « voté avant l’été ».")
    (q,) = s.quotes
    assert q["type"] == "mixed"
    assert q["content"][0]["text"].startswith("le texte serait « voté avant l’été")
    assert q["speaker_name"] == "Hélène Dubreuil"


def test_multi_paragraph_quote_and_continuation(analyze):
    text = ("« La saison a été difficile pour tous les pêcheurs de la baie, et les prix ne remontent pas.\n\n"
            "« Nous demandons une aide d’urgence », a déclaré Yann Le Goff, président du comité local.\n\n"
            "« Sans elle, plusieurs bateaux resteront à quai cet hiver et les jeunes partiront. »")
    s = analyze(text)
    got = quotes(s)
    assert len(got) == 2
    assert got[0][0] == "direct" and got[0][1] == "Yann Le Goff"
    assert got[0][2].startswith("La saison a été difficile") and got[0][2].endswith("aide d’urgence")
    assert got[1] == ("direct", "Yann Le Goff", "Sans elle, plusieurs bateaux resteront à quai cet hiver et les jeunes partiront.")
    assert s.quotes[1]["speaker"] is None


def test_unclosed_quote_ends_with_its_paragraph(analyze):
    s = analyze("« Nous irons jusqu’au bout », a lancé Sophie Roux. « Le combat ne fait que commencer.\n\n"
                "La grève se poursuit dans trois usines.")
    got = quotes(s)
    assert got[1] == ("direct", "Sophie Roux", "Le combat ne fait que commencer.")


def test_coordinated_speakers(analyze):
    s = analyze("« Le traité ne tiendra pas », ont écrit Anne Morel et Louis Caradec dans une tribune au Monde.")
    (q,) = s.quotes
    assert q["speaker_name"] == "Anne Morel ; Louis Caradec"


def test_scare_quotes_and_headings_are_not_quotes(analyze):
    s = analyze("« Un été brûlant »\n\nLes pompiers ont maîtrisé le « feu de la colline » dans la nuit.")
    assert s.quotes == []


def test_group_speaker_and_relative_clause(analyze):
    s = analyze("Les syndicats soulignent que les salaires stagnent depuis deux ans.\n\n"
                "L’entreprise, que l’inspection du travail accuse de négliger la sécurité, conteste les faits.")
    got = quotes(s)
    assert got[0] == ("indirect", "Les syndicats", "les salaires stagnent depuis deux ans")
    assert got[1][1] == "inspection du travail"
    assert got[1][2].startswith("de négliger la sécurité")


def test_namesakes_stay_apart(analyze):
    s = analyze("Le président Park Min-ho a reçu la chercheuse Julie Park à Séoul.\n\n"
                "Park a déclaré que les négociations reprendraient.")
    names = {a["name"] for a in s.actors if a["kind"] == "person"}
    assert {"Park Min-ho", "Julie Park"} <= names
    assert s.quotes[0]["speaker_name"] == "Park Min-ho"


def test_title_before_name_is_a_description(analyze):
    s = analyze("Le ministre de l’Intérieur Marc Lemaire a affirmé que les contrôles seraient renforcés.")
    (q,) = s.quotes
    assert q["speaker"]["text"] == "Marc Lemaire"
    actor = s.actor(q["speaker_id"])
    assert any("ministre de l’Intérieur" in d["text"] for d in actor["descriptions"])


def test_transliteration_variants_are_one_person(analyze):
    s = analyze("Le ministre russe Sergueï Lavrov est arrivé à Pékin.\n\n"
                "Lavrov a rencontré son homologue. Selon Lavrof, les discussions ont été « franches ».")
    people = [a for a in s.actors if a["kind"] == "person"]
    assert len(people) == 1
    named = [m["text"] for m in people[0]["mentions"] if m["rule"] in ("name", "same name", "part of name")]
    assert named == ["Sergueï Lavrov", "Lavrov", "Lavrof"]


def test_participle_cue_speaks_for_the_cue_before(analyze):
    s = analyze("Les réserves sont pleines, souligne-t-il, ajoutant que les prix baisseront en été.\n\n"
                "Marc Olier, directeur de la coopérative, avait ouvert la réunion.")
    got = [(q["type"], q["content"][0]["text"]) for q in s.quotes]
    assert ("indirect", "les prix baisseront en été") in got


def test_institution_and_its_apposition(analyze):
    s = analyze("Le dossier est suivi par l’ANSM, l’agence chargée de la sécurité des médicaments, depuis mars.\n\n"
                "L’agence a indiqué que trois lots seraient rappelés.")
    (q,) = s.quotes
    assert q["speaker_name"] == "ANSM"


def test_generic_title_needs_its_organisation(analyze):
    s = analyze("Le président égyptien, Ahmed Saleh, a reçu Maria Lund, secrétaire générale de l’OMS, au Caire.\n\n"
                "Selon la cheffe de l’OMS, la campagne de vaccination commencera en juin.")
    assert s.quotes[-1]["speaker_name"] == "Maria Lund"


def test_transitive_cue_after_a_quotation_has_an_inverted_speaker(analyze):
    s = analyze("« Ce régime méprise le peuple », a dénoncé le ministre norvégien des Finances, Karl Dunn. "
                "Elle a dénoncé le ministre Karl Dunn devant la presse.")
    assert quotes(s)[0] == ("direct", "Karl Dunn", "Ce régime méprise le peuple")
    # with no quotation before it, the noun phrase after 'a dénoncé' is what is denounced, not who speaks
    assert all(q["speaker"]["text"] == "Elle" for q in s.quotes[1:])


def test_a_title_governing_another_title_belongs_to_someone_else(analyze):
    s = analyze("Le porte-parole du secrétaire général Hélène Marchal a confirmé la réunion. "
                "« Le secrétaire général réaffirme son engagement », a ajouté le porte-parole.")
    actor = next(a for a in s.actors if a["name"] == "Hélène Marchal")
    assert [d["role"] for d in actor["descriptions"]] == ["secrétaire général"]
    e = next(e for e in s.events if e["trigger"]["text"] == "engagement")
    assert [a["name"] for a in e["actors"]] == ["Hélène Marchal"]  # the title now finds its holder


def test_the_subject_after_a_fronted_adjunct_is_no_apposition(analyze):
    s = analyze("Après l'échec de la rencontre de Bali avec Joe Biden, le dirigeant chinois espère resserrer ses "
                "liens avec Moscou.")
    biden = next(a for a in s.actors if a["name"] == "Joe Biden")
    assert biden["descriptions"] == []
