"""A compound tense an adverbial splits ('a de son côté salué', 'ont pour leur part dénoncé'): the participle is
the cue and the auxiliary's subject speaks. French sentences written for these tests."""


def quotes(story):
    return [(q["type"], q["speaker"]["text"] if q["speaker"] else None, " … ".join(c["text"] for c in q["content"]))
            for q in story.quotes]


def test_an_adverbial_between_auxiliary_and_participle_keeps_the_cue(analyze):
    s = analyze("Le maire a de son côté salué une décision « courageuse ».")
    assert quotes(s) == [("mixed", "Le maire", "une décision « courageuse »")]
    s = analyze("Les syndicats ont pour leur part dénoncé un projet « injuste ».")
    assert quotes(s) == [("mixed", "Les syndicats", "un projet « injuste »")]

