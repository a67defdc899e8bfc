"""A participle cue after a reported clause, reflexive or after 'tout en', is a report of its own; a fixed
adverbial phrase between a speech verb and its complement is no part of what was said (sentences written for
these tests)."""


def found(story):
    return [(q["type"], q["speaker_name"], q["cue"]["text"] if q.get("cue") else None,
             " … ".join(c["text"] for c in q["content"])) for q in story.quotes]


def test_reflexive_participle_after_marked_clause_is_its_own_report(analyze):
    s = analyze('La ministre Hélène Vasseur a déclaré que "le tunnel sera ouvert en mai", '
                'en se félicitant de l\'"appui" des régions.')
    qs = found(s)
    assert any(c == '"le tunnel sera ouvert en mai"' for _, _, _, c in qs)
    assert any(cue == "se félicitant" and c.startswith('de l\'"appui"') and spk == "Hélène Vasseur"
               for _, spk, cue, c in qs)


def test_reflexive_participle_after_plain_clause_ends_it(analyze):
    s = analyze("Le maire Bruno Caillet a affirmé que la piscine fermera en juin, "
                'tout en se disant "prêt" à rouvrir le bassin extérieur.')
    qs = found(s)
    assert ("indirect", "Bruno Caillet", "a affirmé", "la piscine fermera en juin") in qs
    assert any(spk == "Bruno Caillet" and c.startswith('"prêt" à rouvrir') for _, spk, _, c in qs)


def test_reflexive_participle_without_tout_en(analyze):
    s = analyze('Les deux syndicats ont assuré que la grève serait suivie, se plaignant du "silence" du patronat.')
    qs = found(s)
    assert ("indirect", "Les deux syndicats", "ont assuré", "la grève serait suivie") in qs
    assert any(cue == "se plaignant" and c.startswith('du "silence"') for _, _, cue, c in qs)


def test_non_reflexive_participle_after_tout_en(analyze):
    s = analyze('Le syndicat a annoncé que "la grève continuera", tout en dénonçant le "silence" de la direction.')
    qs = found(s)
    assert any(cue == "dénonçant" and c.startswith('le "silence"') for _, _, cue, c in qs)
    assert not any("dénonçant" in c for _, _, _, c in qs)


def test_adverbial_phrase_before_indirect_question(analyze):
    s = analyze("La directrice Odile Marchal a expliqué en détail comment les colis seront triés.")
    assert found(s) == [("indirect", "Odile Marchal", "a expliqué", "comment les colis seront triés")]


def test_adverbial_phrase_before_object(analyze):
    s = analyze("Les infirmiers ont réclamé à plusieurs reprises une hausse de leurs primes.")
    (q,) = found(s)
    assert q[3] == "une hausse de leurs primes"


def test_adverbial_phrase_after_participle_cue(analyze):
    s = analyze("Le rapport affirme que la digue est fragile, précisant une nouvelle fois comment elle a cédé en 2019.")
    qs = found(s)
    assert any(cue == "précisant" and c.startswith("comment elle a cédé") for _, _, cue, c in qs)
