"""Who acts (events.roles, events.parties): an object pronoun that controls an infinitive, the object after a
verb that is no inverted subject, a participle that only carries a noun's event out, the dative of a reproach
and the one who promises, and 'nous' said by a state's office holder; French sentences written for these tests."""

from story_lookup import by_trigger, names_in_order as names


def test_an_object_pronoun_acts_in_the_infinitive_it_controls(analyze):
    s = analyze("Les miliciens ont pillé la ville. Le gouverneur les accuse d'avoir attaqué la caserne.")
    assert names(by_trigger(s, "attaqué")["actors"]) == ["miliciens"]
    s = analyze("Les grévistes ont bloqué le port. Le syndicat les a appelés à manifester devant la préfecture.")
    assert names(by_trigger(s, "manifester")["actors"]) == ["grévistes"]


def test_an_unresolved_object_pronoun_still_keeps_the_subject_out(analyze):
    s = analyze("Le Tchad les accuse d'avoir bombardé ses positions.")
    assert "Tchad" not in names(by_trigger(s, "bombardé")["actors"])


def test_the_object_of_a_verb_after_an_aside_is_no_inverted_subject(analyze):
    s = analyze("Le Gabon, après avoir condamné l'attaque, a rappelé son ambassadeur.")
    assert names(by_trigger(s, "rappelé")["actors"]) == ["Gabon"]
    s = analyze("La Bolivie, après avoir dénoncé les tirs, a rappelé son ambassadeur au Pérou.")
    assert names(by_trigger(s, "rappelé")["actors"]) == ["Bolivie"]
    # a reporting verb after its quote still has its subject after it
    s = analyze("« C'est inacceptable », a dénoncé le ministre gabonais Paul Mba.")
    assert names(by_trigger(s, "dénoncé")["actors"]) == ["Paul Mba"]


def test_a_participle_whose_frame_the_noun_misses_carries_the_noun_out(analyze):
    s = analyze("L'offensive lancée par le Niger contre le Mali a échoué.")
    e = by_trigger(s, "offensive")
    assert names(e["actors"]) == ["Niger"] and names(e["recipients"]) == ["Mali"]
    s = analyze("L'offensive lancée lundi par les rebelles contre Goma a fait dix morts.")
    assert names(by_trigger(s, "offensive")["actors"]) == ["rebelles"]


def test_whom_one_reproaches_acts_and_one_who_promises_acts_himself(analyze):
    s = analyze("Le Mali reproche au Niger d'avoir armé les rebelles.")
    assert names(by_trigger(s, "armé")["actors"]) == ["Niger"]
    s = analyze("Le gouverneur reproche à la milice d'avoir attaqué la caserne.")
    assert names(by_trigger(s, "attaqué")["actors"]) == ["milice"]
    s = analyze("Le Mali a promis au Niger de livrer des armes aux rebelles.")
    assert names(by_trigger(s, "livrer")["actors"]) == ["Mali"]
    s = analyze("La ministre a promis aux syndicats de rencontrer les grévistes.")
    assert "syndicats" not in names(by_trigger(s, "rencontrer")["actors"])


def test_nous_said_by_a_state_office_holder_is_the_state(analyze):
    s = analyze("« Nous allons riposter », a déclaré le président tchadien Idriss Kaba.")
    assert names(by_trigger(s, "riposter")["actors"]) == ["Tchad"]
    s = analyze("« Nous n'accepterons aucune ingérence et nous riposterons », a lancé le Premier ministre malien "
                "Oumar Diallo.")
    assert names(by_trigger(s, "riposterons")["actors"]) == ["Mali"]
    # 'je' stays the person; an opponent speaks for no state
    s = analyze("« Je vais rencontrer le président malien », a déclaré le président tchadien Idriss Kaba.")
    assert names(by_trigger(s, "rencontrer")["actors"]) == ["Idriss Kaba"]
    s = analyze("« Nous avons expulsé le diplomate », a annoncé le secrétaire général du syndicat SNT, Ali Sani.")
    assert "Tchad" not in names(by_trigger(s, "expulsé")["actors"])


def test_a_demonstrative_event_noun_keeps_the_doer_its_own_participle_names(analyze):
    s = analyze("Des hommes armés ont attaqué Kara lundi, selon le gouverneur. Cette attaque, attribuée par le Mali à "
                "des rebelles touareg, a fait dix morts.")
    assert names(by_trigger(s, "attaque")["actors"]) == ["rebelles touareg"]
    s = analyze("Le Niger a bombardé Kara lundi. Ce raid, revendiqué par les rebelles, a fait dix morts.")
    assert names(by_trigger(s, "raid")["actors"]) == ["rebelles"]
    # with nothing of its own, it is the event told before
    s = analyze("Le Niger a bombardé Kara lundi. Ce raid a fait dix morts.")
    assert names(by_trigger(s, "raid")["actors"]) == ["Niger"]


def test_whose_forces_are_mustered_musters_them(analyze):
    s = analyze("Les soldats de la Force de paix ont été déployés entre le Tchad et le Soudan.")
    e = by_trigger(s, "déployés")
    assert names(e["actors"]) == ["Force de paix"]  # 'entre X et Y' says where troops stand, not who deploys
    s = analyze("Les troupes tchadiennes ont été déployées à la frontière.")
    assert names(by_trigger(s, "déployées")["actors"]) == ["Tchad"]
    s = analyze("L'ONU a annoncé le déploiement de ses casques bleus entre le Tchad et le Soudan.")
    assert "Tchad" not in names(by_trigger(s, "déploiement")["actors"])


def test_a_title_names_the_person_named_right_after_it(analyze):
    s = analyze("Paul Mba a rencontré son homologue camerounais Jean Ndi à Yaoundé.")
    assert names(by_trigger(s, "rencontré")["recipients"]) == ["Jean Ndi"]
    # a name opening a clause of its own is someone else
    s = analyze("Paul Mba a rencontré son homologue camerounais. Jean Ndi a signé l'accord.")
    assert names(by_trigger(s, "rencontré")["recipients"]) != ["Jean Ndi"]


def test_forces_named_by_their_state_act_in_the_infinitive_they_are_accused_of(analyze):
    s = analyze("La Force de paix a accusé les troupes soudanaises de tirer sur ses positions.")
    assert names(by_trigger(s, "tirer")["actors"]) == ["Soudan"]
    s = analyze("Le Tchad a dénoncé la décision soudanaise de fermer la frontière.")
    assert names(by_trigger(s, "fermer")["actors"]) == ["Soudan"]
