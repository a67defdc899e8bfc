"""A quotation paragraph nobody introduces goes on the words of someone who can speak: an abstract noun the speaker
search fell on ('le manque de …', 'l'absence de …') carries no words on (sentences written for these tests)."""
import pytest


@pytest.mark.parametrize("text", [
    "Le ministre malien des Mines, Sékou Diarra, a confirmé la suspension de trois permis.\n\n"
    "« Les règles valent pour tout le monde », a-t-il insisté.\n\n"
    "Bamako qui attendait en contrepartie une aide des bailleurs au titre de nouveaux programmes routiers, a regretté "
    "le manque d'engagement des partenaires.\n\n"
    "« Voilà qui n'aide personne. »",
    "La ministre nigérienne de la Santé, Awa Issoufou, a annoncé l'ouverture de deux dispensaires.\n\n"
    "« Chaque district aura son centre », a-t-elle assuré.\n\n"
    "Niamey qui espérait à ce moment une livraison de vaccins par ses voisins pour la saison des pluies, a déploré "
    "le manque de coopération des laboratoires régionaux.\n\n"
    "« Nous avancerons sans eux. »",
])
def test_an_abstract_noun_carries_no_words_on(analyze, text):
    names = [q["speaker_name"] for q in analyze(text).quotes]
    assert "manque" not in (names[-1] or "")
    assert names[-1] == names[0]
