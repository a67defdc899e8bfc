"""Two people, each with a title, coordinated as one subject both speak, whatever the parser hung the second
on, and a participle after their clause is said by both (sentences written for these tests)."""
import pytest


def names(story):
    return [q["speaker_name"] for q in story.quotes]


@pytest.mark.parametrize("verb", ["ont affirmé jeudi que", "ont assuré mardi que"])
def test_a_second_titled_name_hung_on_the_first_name_speaks_too(analyze, verb):
    s = analyze(f"Le ministre chilien Luis Vargas et le président péruvien Mario Quispe {verb} l'accord profitera "
                "aux deux pays.")
    assert names(s) == ["Luis Vargas ; Mario Quispe"]


def test_a_participle_after_a_plural_clause_is_said_by_both_subjects(analyze):
    s = analyze("Le ministre chilien Luis Vargas et le président péruvien Mario Quispe ont signé jeudi un accord, "
                "estimant qu'il profitera aux deux pays.")
    assert names(s) == ["Luis Vargas ; Mario Quispe"]


def test_a_title_word_read_as_an_adverb_does_not_cut_the_coordination(analyze):
    s = analyze("Le président chilien Gabriel Boric et le prince héritier jordanien Hussein ben Abdallah ont exhorté "
                "jeudi les pays de la région à rejoindre un accord sur l'eau, affirmant que ces accords sont utiles.")
    assert set(names(s)) == {"Gabriel Boric ; Hussein ben Abdallah"}


def test_a_participle_after_a_singular_clause_keeps_one_speaker(analyze):
    s = analyze("La ministre chilienne Ana Rojas a signé jeudi un accord avec le Pérou, estimant qu'il profitera "
                "aux deux pays.")
    assert names(s) == ["Ana Rojas"]
