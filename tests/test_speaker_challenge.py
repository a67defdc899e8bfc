"""A challenge set of our own French news passages (tests/data/fr_speaker_challenge.jsonl), written to vary the
kinds of speaker that go wrong on unseen news: cues after the quote with an inverted subject, unusual incise verbs,
descriptions, organisations, groups, "selon"/"d'après", honorifics, titles, pronouns, compound names. Each quote
carries the speaker name a careful reader gives; the share right must stay above a floor."""
import json
import re
import unicodedata
from pathlib import Path

import pytest

DATA = Path(__file__).parent / "data" / "fr_speaker_challenge.jsonl"
PASSAGES = [json.loads(line) for line in DATA.read_text(encoding="utf-8").splitlines() if line.strip()]
ARTICLE = re.compile(r"^(le|la|les|l|du|des|de)\s+")


def fold(name: str | None) -> str:
    """Compare names as the quote scorer does: no accents, case, apostrophes or leading article."""
    if not name:
        return ""
    s = unicodedata.normalize("NFKD", name)
    s = "".join(c for c in s if not unicodedata.combining(c)).casefold()
    s = re.sub(r"[’'`]", " ", s)
    s = re.sub(r"[^\w\s-]", " ", s)
    return ARTICLE.sub("", " ".join(s.split()))


def found_names(analyze, passage: dict) -> list[tuple[str, str | None, str | None]]:
    """(expected, found or None when no quote holds the words, quote id) for each quote of a passage."""
    story = analyze(passage["text"])
    out = []
    for want in passage["quotes"]:
        start = passage["text"].index(want["has"])
        end = start + len(want["has"])
        hit = next((q for q in story.quotes
                    if any(c["start"] <= start and end <= c["end"] for c in q["content"])), None)
        out.append((want["name"], None if hit is None else (hit["speaker_name"] or ""), hit and hit["id"]))
    return out


@pytest.fixture(scope="module")
def results(analyze):
    return {p["id"]: found_names(analyze, p) for p in PASSAGES}


def test_the_share_of_right_speaker_names_stays_above_its_floor(results):
    pairs = [(want, got) for rows in results.values() for want, got, _ in rows]
    right = sum(got is not None and fold(got) == fold(want) for want, got in pairs)
    assert right / len(pairs) >= FLOOR, f"{right}/{len(pairs)}"


# 0.94 before a body's class noun and the reflexive-clitic verbs were handled; each item below failed then
# (c101-c112: a firm's trade noun, a name after a body's noun, a description with a bare complement, 'pour' + a
# time phrase, an elided 'de' before marks, a lead quotation with its source named next; 0.992 with them)
FLOOR = 0.97
FIXED = ["c04", "c27", "c75", "c79", "c97", "c98", "c99",
         "c101", "c102", "c103", "c105", "c106", "c108", "c110", "c111", "c112",
         # a title not taken up by someone only arrested or tried, a lead's title named in the next paragraph, a
         # learned title no leader of a party
         "c123", "c127", "c128",
         # a pronoun set against the one who spoke just before ('Il a de son côté jugé', 'Quant à elle, elle a …')
         "c129", "c130", "c131", "c133",
         # a quotation paragraph taken up by the object clitic of the next one ('« … »\n\nX l'a promis')
         "c141", "c142", "c143"]


@pytest.mark.parametrize("pid", FIXED)
def test_fixed_items_stay_right(results, pid):
    for want, got, _ in results[pid]:
        assert got is not None and fold(got) == fold(want), (pid, want, got)


@pytest.mark.parametrize("text, name", [
    ("L'ONG Terre Solidaire a affirmé que les camps manquaient d'eau.", "Terre Solidaire"),
    ("La compagnie ferroviaire Rail Express assure que les trains ne seront pas annulés.", "Rail Express"),
    ("Le transporteur Gefco a confirmé que ses camions resteraient au dépôt.", "Gefco"),
    ("Le ministère de la Culture a annoncé que le musée rouvrirait.", "ministère de la Culture"),
])
def test_a_body_is_named_without_the_noun_for_its_kind(analyze, text, name):
    assert fold(analyze(text).quotes[0]["speaker_name"]) == fold(name)


@pytest.mark.parametrize("text, name", [
    ("« Tout est à refaire », s'indigne de nouveau la cheffe de chantier, Paula Nieto.", "Paula Nieto"),
    ("« On nous a oubliés », s'indigne à son tour le maire de Privas, Yves Garnier.", "Yves Garnier"),
    ("« Le terrain est inondable », s'alarme de son côté l'association Loire Vivante.", "Loire Vivante"),
])
def test_a_reflexive_cue_the_tagger_misread_still_introduces_its_speaker(analyze, text, name):
    assert fold(analyze(text).quotes[0]["speaker_name"]) == fold(name)


@pytest.mark.parametrize("text, name", [
    ("Le pêcheur Loïc Guen a vu son bateau saisi. Amer, il a juré qu'il ne paierait pas l'amende.", "Loïc Guen"),
    ("La viticultrice Rose Aubry a perdu sa récolte. Lucide, elle a estimé que la saison était finie.", "Rose Aubry"),
    ("« On m'a tout pris », raconte Loïc Guen. Furieux, le pêcheur breton a juré qu'il ne paierait pas l'amende.",
     "Loïc Guen"),
])
def test_a_word_set_off_before_the_comma_is_not_who_speaks(analyze, text, name):
    assert analyze(text).quotes[-1]["speaker_name"] == name


def test_an_adjective_read_as_the_subject_brings_its_noun_into_the_speaker(analyze):
    s = analyze("« Le permis est valide », a soutenu l'avocat Bastien Leroux. La partie adverse, conduite par "
                "Me Inès Barre, a rétorqué : « Il a expiré en mars. »")
    assert s.quotes[-1]["speaker"]["text"] == "La partie adverse"


def test_an_article_hung_elsewhere_keeps_a_plural_in_the_list_of_sources(analyze):
    s = analyze("Le sommet est reporté à juin, selon l'Union africaine et des diplomates.")
    assert s.quotes[0]["speaker_name"] == "Union africaine ; diplomates"
