"""A synthetic newsroom archive: distinct articles about AI partnerships, French and English.

    python bench/synth.py /tmp/aipg-synth-2k --articles 2000 [--seed 1] [--french 0.6]

Every article is written from this file's own sentence templates (no real
article text), naming organisations drawn from the knowledge base with a
skewed popularity (a few hubs, a long tail) plus invented start-ups, so the
graph has many organisations and summary edges that merge claims from many
documents. Same arguments, same files. Articles are ~350-450 words, close to
the real corpus's length, so NLP timings are comparable.
"""

from __future__ import annotations

import argparse
import random
from pathlib import Path

from aipg.loaders.kb import load_kb

SYLLABLES = ("nor", "va", "lin", "tek", "qua", "sol", "ri", "mex", "dal", "zen", "ora", "pix", "vel", "tra", "kai")
SUFFIX = ("Labs", "AI", "Robotics", "Systems", "Analytics", "Technologies")

EN = {
    "partner": ["{a} and {b} announced a partnership to build AI tools for hospitals.",
                "{a} will collaborate with {b} on language models for public services.",
                "{a} has teamed up with {b} to develop safer machine learning systems."],
    "mou": ["{a} signed a memorandum of understanding with {b} on artificial intelligence research.",
            "{a} and {b} signed an agreement covering cloud computing and AI training."],
    "fund": ["{a} will invest ${n} million in {b}, the companies said.",
             "{b} received a grant of ${n} million from {a} to expand its research."],
    "member": ["{a} has joined the {p} as a founding member.",
               "{a} is now a member of the {p}, the consortium said."],
    "found": ["{a} launched the {p} this week to coordinate work on open models.",
              "{a} created the {p}, a programme for researchers and start-ups."],
    "filler": ["The announcement comes as governments debate how to regulate advanced AI systems.",
               "Analysts expect demand for computing power to keep rising over the next two years.",
               "The deal was presented at a press conference attended by researchers and investors.",
               "Several teams will share data centres, engineers and training budgets under the plan.",
               "Critics warned that such arrangements concentrate power in a handful of firms.",
               "The first results are expected before the end of the year, according to the statement.",
               "Officials said the effort would also fund training programmes for engineers.",
               "The companies did not disclose the financial terms of the arrangement."],
    "startup": "the start-up {s}",
}
FR = {
    "partner": ["{a} et {b} ont annoncé un partenariat pour concevoir des outils d'IA destinés aux hôpitaux.",
                "{a} va collaborer avec {b} sur des modèles de langue pour les services publics.",
                "{a} s'associe à {b} pour développer des systèmes d'apprentissage automatique plus sûrs."],
    "mou": ["{a} a signé un protocole d'accord avec {b} sur la recherche en intelligence artificielle.",
            "{a} et {b} ont signé un accord portant sur le calcul et l'entraînement de modèles."],
    "fund": ["{a} va investir {n} millions d'euros dans {b}, ont indiqué les deux entreprises.",
             "{b} a reçu une subvention de {n} millions d'euros de {a} pour étendre ses recherches."],
    "member": ["{a} a rejoint le {p} en tant que membre fondateur.",
               "{a} est désormais membre du {p}, a précisé le consortium."],
    "found": ["{a} a lancé le {p} cette semaine pour coordonner les travaux sur les modèles ouverts.",
              "{a} a créé le {p}, un programme destiné aux chercheurs et aux jeunes pousses."],
    "filler": ["L'annonce intervient alors que les gouvernements débattent de la régulation de l'IA.",
               "Les analystes prévoient une hausse continue de la demande en puissance de calcul.",
               "L'accord a été présenté lors d'une conférence de presse devant des chercheurs et des investisseurs.",
               "Plusieurs équipes partageront des centres de données, des ingénieurs et des budgets.",
               "Des critiques estiment que ces alliances concentrent le pouvoir entre quelques groupes.",
               "Les premiers résultats sont attendus avant la fin de l'année, selon le communiqué.",
               "Les responsables ont indiqué que le projet financera aussi la formation d'ingénieurs.",
               "Les entreprises n'ont pas dévoilé les conditions financières de l'opération."],
    "startup": "la jeune pousse {s}",
}
KINDS = ("partner", "mou", "fund", "member", "found")


def startups(rng: random.Random, n: int) -> list[str]:
    names: set[str] = set()
    while len(names) < n:
        word = "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 3))).capitalize()
        names.add(f"{word} {rng.choice(SUFFIX)}")
    return sorted(names)


def article(rng: random.Random, i: int, orgs: list[str], weights: list[float], programs: list[str],
            invented: list[str], lang: str) -> str:
    t = FR if lang == "fr" else EN
    sentences: list[str] = []
    for _ in range(rng.randint(6, 9)):
        kind = rng.choice(KINDS)
        a, b = rng.choices(orgs, weights, k=2)
        if rng.random() < 0.25:
            b = t["startup"].format(s=rng.choice(invented))
        sentences.append(rng.choice(t[kind]).format(a=a, b=b, p=rng.choice(programs), n=rng.randint(5, 900)))
        sentences += rng.sample(t["filler"], 3)
    title = sentences[0].rstrip(".")
    year, month, day = rng.randint(2019, 2026), rng.randint(1, 12), rng.randint(1, 28)
    head = (f"---\ntitle: {title}\nurl: https://example.org/synthetic/{i:06d}\npublisher: aipg synthetic\n"
            f"published: {year}-{month:02d}-{day:02d}\nlanguage: {lang}\n---\n\n# {title}\n\n")
    paragraphs = [" ".join(sentences[j : j + 4]) for j in range(0, len(sentences), 4)]
    return head + "\n\n".join(paragraphs) + "\n"


def generate(out: Path, articles: int, *, seed: int = 1, french: float = 0.6) -> list[Path]:
    """Write ``articles`` distinct synthetic articles into ``out``; returns their paths."""
    rng = random.Random(seed)
    kb = load_kb()
    entries = sorted(kb.entries.values(), key=lambda e: e.id)
    orgs = [e.name for e in entries if e.label != "Program"]
    programs = [e.name for e in entries if e.label == "Program"]
    weights = [1.0 / (rank + 1) ** 0.8 for rank in range(len(orgs))]  # a few hubs, a long tail
    rng.shuffle(orgs)
    invented = startups(rng, max(50, articles // 4))
    out.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(articles):
        lang = "fr" if rng.random() < french else "en"
        path = out / f"synth-{i:06d}.txt"
        path.write_text(article(rng, i, orgs, weights, programs, invented, lang), encoding="utf-8")
        paths.append(path)
    return paths


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out", type=Path)
    ap.add_argument("--articles", type=int, default=2000)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--french", type=float, default=0.6, help="share of French articles")
    args = ap.parse_args(argv)
    paths = generate(args.out, args.articles, seed=args.seed, french=args.french)
    print(f"wrote {len(paths)} articles to {args.out}")


if __name__ == "__main__":
    main()
