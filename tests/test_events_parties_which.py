"""Which party fills a slot when several words could (events.parties, events.roles): a name inside another
party's words, the name an infinitive was hung on, the two sides of 'les deux parties'; French sentences
written for these tests."""

from story_lookup import by_trigger, names


def test_a_name_inside_a_partys_words_is_no_second_party(analyze):
    s = analyze("L'ouverture d'une enquête par les commissions du Sénat a été saluée.")
    assert names(by_trigger(s, "enquête")["actors"]) == ["commissions du Sénat"]
    s = analyze("Les inspecteurs de la Commission européenne ont ouvert une enquête sur la banque.")
    assert "Commission européenne" not in names(by_trigger(s, "enquête")["actors"])


def test_an_infinitive_hung_on_the_names_urged_has_them_for_subject(analyze):
    s = analyze("L'Union africaine a condamné mardi cet essai nucléaire, poussant le Nigeria, le Ghana et le Kenya "
                "à demander une réunion d'urgence.")
    assert names(by_trigger(s, "demander")["actors"]) == ["Ghana", "Kenya", "Nigeria"]
    # the one who promises acts, whoever the promise is made to
    s = analyze("Le Chili a promis au Pérou de livrer du gaz.")
    assert names(by_trigger(s, "livrer")["actors"]) == ["Chili"]


def test_the_two_parties_are_two_sides_not_a_body_and_its_head(analyze):
    s = analyze("Le ministre Dubois a reçu mardi la présidente du syndicat SNI, Claire Morin. Claire Morin a réclamé "
                "des postes. Le SNI attend des gestes. Le SNI veut des postes. Les deux parties ont convenu de se "
                "revoir en mai.")
    found = names(by_trigger(s, "convenu")["actors"])
    assert "Dubois" in found and len(found) == 2


def test_a_slot_names_a_side_once_by_the_body_its_person_speaks_for(analyze):
    s = analyze("Le ministre croate des Finances, Ivan Horvat, est arrivé. La Croatie et Ivan Horvat ont signé un "
                "accord avec la Slovénie.")
    assert names(by_trigger(s, "signé")["actors"]) == ["Croatie"]
    s = analyze("Anne Roux, secrétaire générale de la CGT, a pris la parole. La CGT et Anne Roux réclament le retrait "
                "du texte.")
    assert names(by_trigger(s, "retrait")["recipients"]) == ["CGT"]
    # a person of another side stays
    s = analyze("Le ministre croate des Finances, Ivan Horvat, est arrivé. La Slovénie et Ivan Horvat ont signé un "
                "accord.")
    assert names(by_trigger(s, "signé")["actors"]) == ["Ivan Horvat", "Slovénie"]


def test_the_de_complement_of_an_act_done_to_someone_undergoes_it(analyze):
    s = analyze("Le juge Paul Girard a ordonné la remise en liberté de Karim Benali.")
    e = by_trigger(s, "remise en liberté")
    assert names(e["recipients"]) == ["Karim Benali"] and "Karim Benali" not in names(e["actors"])
    s = analyze("La députée dénonce l'espionnage des opposants par le régime.")
    e = by_trigger(s, "espionnage")
    assert names(e["recipients"]) == ["opposants"] and names(e["actors"]) == ["régime"]


def test_a_possessive_does_the_act_whose_de_complement_undergoes_it(analyze):
    s = analyze("Moscou a justifié mardi son invasion de la Géorgie.")
    e = by_trigger(s, "invasion")
    assert names(e["actors"]) == ["Russie"] and names(e["recipients"]) == ["Géorgie"]
    # with its own agent, the possessor undergoes it
    s = analyze("Le Mali dénonce son occupation du nord par les rebelles.")
    e = by_trigger(s, "occupation")
    assert names(e["actors"]) == ["rebelles"] and names(e["recipients"]) == ["Mali"]
    # with no 'de X', the possessor undergoes it
    s = analyze("Les avocats de Karim Benali exigent sa libération.")
    assert names(by_trigger(s, "libération")["recipients"]) == ["Karim Benali"]


def test_a_pronominal_verb_with_etre_is_active(analyze):
    s = analyze("Le Premier ministre Paul Girard s'en est pris à la CGT.")
    e = by_trigger(s, "pris")
    assert names(e["actors"]) == ["Paul Girard"] and names(e["recipients"]) == ["CGT"]
    s = analyze("Dans l'hémicycle, la députée Anne Roux s'en est prise aux élus du Sénat.")
    assert names(by_trigger(s, "prise")["actors"]) == ["Anne Roux"]
    # the parser may take the auxiliary for a copula
    s = analyze("La ministre Claire Morin a défendu son budget. Au Sénat, la ministre s'en est prise aux élus.")
    assert names(by_trigger(s, "prise")["actors"]) == ["Claire Morin"]
    # a passive keeps its agent
    s = analyze("Anne Roux a été arrêtée par la police.")
    e = by_trigger(s, "arrêtée")
    assert names(e["actors"]) == ["police"] and names(e["recipients"]) == ["Anne Roux"]


def test_the_owner_of_a_pledge_does_its_infinitive(analyze):
    s = analyze("Dans un communiqué, Karim Benali a réaffirmé l'engagement du Polisario à accepter le plan présenté "
                "par les médiateurs.")
    assert names(by_trigger(s, "accepter")["actors"]) == ["Polisario"]
    s = analyze("Anne Roux a salué la décision de la Serbie « de libérer » les otages.")
    e = by_trigger(s, "libérer")
    assert names(e["actors"]) == ["Serbie"] and names(e["recipients"]) == ["otages"]


def test_an_infinitive_joined_to_an_infinitive_shares_its_doer(analyze):
    s = analyze("Paul Girard a promis à Lisbonne de remettre la Serbie sur la voie européenne et de "
                "débloquer les fonds gelés.")
    assert names(by_trigger(s, "débloquer")["actors"]) == ["Paul Girard"]
    # the one urged does both
    s = analyze("L'ONU a exhorté la Serbie à retirer ses troupes et à libérer les otages.")
    assert names(by_trigger(s, "libérer")["actors"]) == ["Serbie"]


def test_the_two_sides_leave_out_whoever_acts_on_them(analyze):
    s = analyze("La Norvège accueille les pourparlers. La Norvège a reçu les émissaires. Le Soudan et le Tchad se "
                "combattent depuis des mois. La Norvège reproche aux deux belligérants leur mauvaise foi.")
    e = by_trigger(s, "reproche")
    assert names(e["actors"]) == ["Norvège"] and names(e["recipients"]) == ["Soudan", "Tchad"]
    s = analyze("La Norvège accueille les pourparlers. La Norvège a reçu les émissaires. Le Soudan et le Tchad se "
                "combattent depuis des mois. La Norvège accuse les deux belligérants de mauvaise foi.")
    e = by_trigger(s, "accuse")
    assert names(e["actors"]) == ["Norvège"] and names(e["recipients"]) == ["Soudan", "Tchad"]


def test_a_name_inside_the_target_is_no_doer(analyze):
    s = analyze("Le Niger dénonce de nouveaux tirs serbes sur la force de l'ONU Minuk.")
    e = by_trigger(s, "tirs")
    assert names(e["actors"]) == ["Serbie"] and names(e["recipients"]) == ["force de l'ONU Minuk"]
    s = analyze("Le Tchad condamne des frappes russes sur la brigade de l'Union africaine Amisom.")
    e = by_trigger(s, "frappes")
    assert names(e["actors"]) == ["Russie"] and names(e["recipients"]) == ["brigade de l'Union africaine Amisom"]
