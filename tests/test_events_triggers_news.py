"""Triggers and statuses met in short news written for these tests: a participle the tagger took for a noun, an
aim voiced by the act that states it, verbs acting on an event, a bare event noun."""


def triggers(story):
    return {e["trigger"]["text"]: e for e in story.events}


def by_word(story, word):
    return next(e for e in story.events if word in e["trigger"]["text"])


def test_a_participle_after_its_auxiliary_is_a_verb(analyze):
    s = analyze("La chancelière a téléphoné jeudi au premier ministre grec.")
    call = by_word(s, "téléphoné")
    assert call["type"] == "CONSULT" and call["mode"] == "phone"


def test_an_aim_voiced_by_the_act_is_done(analyze):
    s = analyze("Des milliers d'infirmières ont défilé à Lille pour dénoncer la fermeture des urgences. "
                "Le Japon a convoqué l'ambassadeur russe pour protester contre les survols.")
    assert by_word(s, "dénoncer")["status"] == "asserted"
    assert by_word(s, "protester")["status"] == "asserted"
    s = analyze("Le ministre s'envolera lundi pour rencontrer son homologue kényan.")
    assert by_word(s, "rencontrer")["status"] == "future"  # a meeting aimed at is yet to come


def test_verbs_that_act_on_an_event(analyze):
    s = analyze("Le premier ministre suédois a exclu toute démission.")
    assert by_word(s, "exclu")["type"] == "REJECT"
    s = analyze("Le tribunal a exclu deux témoins de la salle.")
    assert not any("exclu" in t for t in triggers(s))
    s = analyze("La Pologne a finalement levé son veto au budget.")
    assert by_word(s, "levé")["type"] == "CONCEDE"
    s = analyze("Les soldats maliens ont neutralisé trois assaillants près de Gao.")
    assert by_word(s, "neutralisé")["type"] == "ASSAULT"


def test_suspending_ones_own_campaign_is_a_retreat(analyze):
    # stopping one's own strike or efforts for a time backs off, as 'cesser une grève' does: RETREAT
    s = analyze("La Norvège a suspendu mardi ses efforts auprès des deux camps.")
    assert by_word(s, "suspendu")["type"] == "RETREAT"
    s = analyze("Les contrôleurs aériens ont interrompu leur grève pour la durée du sommet.")
    assert by_word(s, "interrompu")["type"] == "RETREAT"
    s = analyze("Le juge a suspendu l'audience jusqu'à lundi.")
    assert not any("suspendu" in t for t in triggers(s))  # a hearing adjourned is no interaction


def test_an_exchange_for_weapons_is_military_aid(analyze):
    # arms given in return for something are a sale in kind, as 'vendre des armes' is AID; prisoners stay COOPERATE
    s = analyze("La junte a obtenu des blindés légers en échange d'un armement ancien.")
    swap = by_word(s, "échange")
    assert swap["type"] == "AID" and swap["mode"] == "military"
    s = analyze("Les deux pays ont procédé à un échange de prisonniers de guerre.")
    assert by_word(s, "échange")["type"] == "COOPERATE"


def test_exchanges_with_no_prisoners_are_talks(analyze):
    # 'des échanges entre X et Y' are discussions (PLOVER CONSULT); the bare 'en échange de' of a set phrase is none
    s = analyze("Les échanges entre Séoul et Tokyo sur la pêche ont repris jeudi.")
    assert by_word(s, "échanges")["type"] == "CONSULT"
    s = analyze("La ministre chilienne a eu mardi un long échange téléphonique avec son homologue argentin.")
    assert by_word(s, "échange")["type"] == "CONSULT"
    s = analyze("En échange d'une remise de peine, le témoin a livré le nom de son complice.")
    assert not any("échange" in t for t in triggers(s))


def test_withdrawing_from_a_body_or_a_race_is_a_retreat(analyze):
    # leaving a coalition, a mission or a race is RETREAT withdraw even when no troops are named; a bill stays CONCEDE
    s = analyze("Le parti centriste a retiré ses ministres du gouvernement de coalition.")
    assert by_word(s, "retiré")["type"] == "RETREAT"
    s = analyze("La députée écologiste a retiré sa candidature à la mairie de Grenoble.")
    assert by_word(s, "retiré")["type"] == "RETREAT"
    s = analyze("Le gouvernement a retiré son projet de loi sur l'immigration.")
    assert by_word(s, "retiré")["type"] == "CONCEDE"


def test_dissolving_any_body_is_coercion(analyze):
    # a council or a commission dissolved by an authority is COERCE (ban) as a party or a militia is; salt is not
    s = analyze("La junte a dissous la commission électorale indépendante.")
    assert by_word(s, "dissous")["type"] == "COERCE"
    s = analyze("Le préfet a ordonné la dissolution du conseil municipal de Bastia.")
    assert by_word(s, "dissolution")["type"] == "COERCE"
    s = analyze("Le sel se dissout dans l'eau chaude.")
    assert not any("dissout" in t for t in triggers(s))
