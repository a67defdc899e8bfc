"""Synthetic French news articles from templates written for storygraph's benchmarks (no real text).

Realistic in shape: a dateline, a titled speaker with direct, indirect and mixed quotes, a second source,
dates and figures, 600–1,500 words when `long=True` (paragraphs of context are repeated with variations).
"""
from __future__ import annotations

import random

FIRST = ["Claire", "Julien", "Sophie", "Marc", "Hélène", "Karim", "Nadia", "Paul", "Inès", "Louis", "Aminata", "Yves",
         "Chloé", "Thomas", "Fatou", "Bruno", "Léa", "Hugo", "Sarah", "Olivier", "Mei", "Igor", "Ana", "Tariq"]
LAST = ["Martin", "Bernard", "Dubois", "Lefèvre", "Garnier", "Moreau", "Diallo", "Nguyen", "Rousseau", "Fontaine",
        "Benali", "Kowalski", "Ivanov", "Okafor", "Marchand", "Lambert", "Perrin", "Chevalier", "Morel", "Barbier"]
ROLES = [("ministre de l’Économie", None), ("porte-parole", "du gouvernement"), ("chercheuse", "à l’Institut Pasteur"),
         ("professeur de science politique", "à l’Université de Lyon"), ("maire", "de Nantes"),
         ("directeur", "de l’Agence nationale de l’énergie"), ("économiste", "à la Banque de France"),
         ("secrétaire générale", "du syndicat des cheminots"), ("ambassadeur", "de France au Japon")]
TOPICS = ["la réforme des retraites", "la sécurité énergétique", "le prix du blé", "la grève des transports",
          "les inondations dans le Sud-Ouest", "le budget de la défense", "la pénurie de médecins", "le traité commercial"]
CLAIMS = ["la situation reste sous contrôle", "les prix baisseront avant l’été", "le gouvernement a sous-estimé la crise",
          "un accord sera signé dans les prochaines semaines", "les chiffres montrent une nette amélioration",
          "les collectivités manquent de moyens", "la décision sera prise en concertation"]
DIRECT = ["Nous ne pouvons pas attendre plus longtemps", "C’est une étape décisive pour le pays",
          "Personne ne sortira gagnant de ce conflit", "Il faut regarder les faits en face",
          "Les citoyens attendent des réponses claires", "Nous avons tenu nos engagements"]
CONTEXT = ["Le dossier occupe le devant de la scène depuis plusieurs mois, alimentant les débats au Parlement.",
           "Les discussions ont repris mardi dans un climat tendu, selon plusieurs participants.",
           "En 2022, une précédente tentative de réforme avait échoué après trois semaines de mobilisation.",
           "Les syndicats ont appelé à une nouvelle journée d’action le 14 mars.",
           "Plus de 12 millions de personnes seraient concernées, d’après les estimations officielles.",
           "La semaine dernière, le Premier ministre avait promis des annonces rapides."]
MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "septembre", "octobre", "novembre"]


def article(n: int, long: bool = False, seed: int = 0) -> dict:
    """One synthetic article record (id, date, url, title, text)."""
    r = random.Random(seed * 1_000_003 + n)
    year = r.choice([2022, 2023, 2024])
    month = r.randint(1, 12)
    name1 = f"{r.choice(FIRST)} {r.choice(LAST)}"
    name2 = f"{r.choice(FIRST)} {r.choice(LAST)}"
    role, org = r.choice(ROLES)
    topic = r.choice(TOPICS)
    paras = [
        f"« {r.choice(DIRECT)} », a déclaré {name1}, {role}{' ' + org if org else ''}, à propos de {topic}.",
        f"{name1.split()[1]} estime que {r.choice(CLAIMS)}. « {r.choice(DIRECT)}.",
        f"« {r.choice(DIRECT)}, et nous le dirons encore le {r.randint(1, 28)} {r.choice(MONTHS)}. »",
        f"Selon {name2}, {r.choice(ROLES)[0]}, {r.choice(CLAIMS)}, a-t-elle ajouté lors d’une conférence de presse.",
        f"Le ministère a indiqué que {r.choice(CLAIMS)} et que le texte serait « examiné sans délai ».",
    ]
    ctx = [r.choice(CONTEXT) for _ in range(r.randint(8, 22) if long else r.randint(1, 3))]
    body = []
    for p in paras:
        body.append(p)
        body.extend(ctx[: r.randint(0, 3)] if long else ctx[:1])
    if long:
        while sum(len(p.split()) for p in body) < r.randint(600, 1500):
            body.append(" ".join(r.choice(CONTEXT) for _ in range(4)))
    return {"id": f"synth-{seed}-{n:06d}", "date": f"{year}-{month:02d}-{r.randint(1, 28):02d}",
            "url": f"https://{r.choice(['exemple', 'journal', 'quotidien', 'hebdo'])}.fr/{n}",
            "title": f"{topic.capitalize()} : {name1} s’exprime", "text": "\n\n".join(body)}
