"""Paraphrases that real news uses for the six relations, beyond the textbook verbs: "unites",
"s'est associé à", "profite de l'appui financier de", "paraphé", "put $X into", "is the
brainchild of", "ont donné naissance à", "stood up", "manquaient à l'appel", "resigned from";
and names that hold other names ("Orange Mistral Skills Lab", "Seattle Aquarium"); then, per
relation type and language, twenty and more phrasings of press releases and announcements with their
near misses (``PHRASINGS``).
Every text is written for these tests (real public facts or invented names, our words).
Edges are (source, TYPE, target, status); symmetric edges have the smaller id first."""

from __future__ import annotations

import pytest
from sentences import case_ids, edges_by_case

S, P = "stated", "potential"

CASES: list[tuple[str, str, set[tuple[str, str, str, str]]]] = [
    ("en", "The AI Alliance unites IBM, Meta and Intel around open models.",
     {("ibm", "MEMBER_OF", "ai-alliance", S), ("meta", "MEMBER_OF", "ai-alliance", S),
      ("intel", "MEMBER_OF", "ai-alliance", S)}),
    ("fr", "En mars, Capgemini s'est associé à Mistral AI pour servir les banques.",
     {("capgemini", "PARTNERS_WITH", "mistral-ai", S)}),
    ("fr", "Depuis l'an dernier, le laboratoire Kyutai profite de l'appui financier de la CMA CGM.",
     {("cma-cgm", "FUNDS", "kyutai", S)}),
    ("fr", "La France et l'Inde ont paraphé la Déclaration de Paris sur l'IA.",
     {("government-of-france", "MEMBER_OF", "declaration-de-paris", S),
      ("government-of-india", "MEMBER_OF", "declaration-de-paris", S)}),
    ("en", "Nvidia is making an investment worth about $500 million in Wayve this year.",
     {("nvidia", "FUNDS", "wayve", S)}),
    ("en", "Salesforce Ventures put $50 million into Hugging Face in 2023.",
     {("salesforce-ventures", "FUNDS", "hugging-face", S)}),
    ("en", "The AI Alliance is the brainchild of IBM and Meta.",
     {("ibm", "FOUNDED", "ai-alliance", S), ("meta", "FOUNDED", "ai-alliance", S)}),
    ("fr", "IBM et Meta ont donné naissance à l'AI Alliance en décembre 2023.",
     {("ibm", "FOUNDED", "ai-alliance", S), ("meta", "FOUNDED", "ai-alliance", S)}),
    ("en", "In 2023 IBM and Meta stood up the AI Alliance.",
     {("ibm", "FOUNDED", "ai-alliance", S), ("meta", "FOUNDED", "ai-alliance", S)}),
    ("fr", "Lors du lancement de l'AI Alliance, OpenAI et Google manquaient à l'appel.",
     {("openai", "EXCLUDED_FROM", "ai-alliance", S), ("google", "EXCLUDED_FROM", "ai-alliance", S)}),
    ("en", "OpenAI was missing from the list of AI Alliance members.",
     {("openai", "EXCLUDED_FROM", "ai-alliance", S)}),
    ("en", "The Seattle Aquarium resigned from the Partnership on AI in 2020.",
     {("seattle-aquarium", "EXCLUDED_FROM", "partnership-on-ai", S)}),
    ("en", "The AI Alliance's anchor investor is IBM.",
     {("ibm", "FUNDS", "ai-alliance", S)}),
    # the parties after "avec" / "with" of a founding are members; after "co-founded ... with", founders
    ("fr", "IBM et Meta ont fondé l'AI Alliance avec Intel, AMD et Sony.",
     {("ibm", "FOUNDED", "ai-alliance", S), ("meta", "FOUNDED", "ai-alliance", S),
      ("intel", "MEMBER_OF", "ai-alliance", S), ("amd", "MEMBER_OF", "ai-alliance", S),
      ("sony", "MEMBER_OF", "ai-alliance", S)}),
    ("en", "In 2023 Meta co-founded the AI Alliance with IBM.",
     {("meta", "FOUNDED", "ai-alliance", S), ("ibm", "FOUNDED", "ai-alliance", S)}),
    # a noun is no verb: "the fund Temasek" funds nothing
    ("en", "The AI Alliance's anchor investor is the Singaporean fund Temasek.",
     {("temasek", "FUNDS", "ai-alliance", S)}),
    # names in parentheses after a stated object are examples, not what is invested in
    ("fr", "Les États-Unis et la Chine investissent massivement dans l'IA militaire (Palantir, Anduril).", set()),
    # stock tickers inside a list do not cut it
    ("en", "Members of the AI Alliance include Rigetti Computing Inc. (NASDAQ: RGTI), IonQ Inc. (NYSE: IONQ) "
           "and Honeywell International Inc. (NASDAQ: HON).",
     {("rigetti-computing", "MEMBER_OF", "ai-alliance", S), ("ionq", "MEMBER_OF", "ai-alliance", S),
      ("honeywell-international", "MEMBER_OF", "ai-alliance", S)}),
    # a contract or a deal with a partner; signing "with" before the document; a lowercase ministry
    ("fr", "BNP Paribas renforce ses liens avec l'IA. Le groupe bancaire vient d'annoncer un contrat pluriannuel "
           "avec la start-up Mistral AI.",
     {("bnp-paribas", "PARTNERS_WITH", "mistral-ai", S)}),
    ("fr", "BNP Paribas renforce ses liens avec l'IA. La banque avait participé au tour de financement de Mistral AI.",
     {("bnp-paribas", "FUNDS", "mistral-ai", S)}),
    ("fr", "Le ministère de la Transition numérique a signé avec Google un protocole d'accord pour un cloud souverain.",
     {("google", "SIGNS_MOU_WITH", "ministere-de-la-transition", S)}),
    # a day between the verb and its object; membership received; a stated object that is no program
    ("fr", "La France et le Royaume des Pays-Bas ont adhéré mardi à l'AI Alliance.",
     {("government-of-france", "MEMBER_OF", "ai-alliance", S), ("government-of-the-netherlands", "MEMBER_OF", "ai-alliance", S)}),
    ("fr", "L'AI Alliance a reçu l'adhésion de Schneider Electric.",
     {("schneider-electric", "MEMBER_OF", "ai-alliance", S)}),
    ("fr", "L'AI Alliance réunit dix entreprises. De son côté, Airbus compte intégrer ces outils dans ses usines.", set()),
    ("fr", "Mercredi à Braga, le ministère de la Culture a signé un accord-cadre avec LightOn.",
     {("french-ministry-of-culture", "SIGNS_MOU_WITH", "lighton", S)}),
    # the members of a team an organization leads are its partners
    ("fr", "Le consortium de Mistral AI comprend Orange et Capgemini.",
     {("mistral-ai", "PARTNERS_WITH", "orange", S), ("capgemini", "PARTNERS_WITH", "mistral-ai", S)}),
    ("en", "Mistral AI's consortium includes Orange and Capgemini.",
     {("mistral-ai", "PARTNERS_WITH", "orange", S), ("capgemini", "PARTNERS_WITH", "mistral-ai", S)}),
    # "supported by" is help of any kind; "financially supported by" is money
    ("en", "The AI Alliance is supported by IBM and Meta.", set()),
    ("en", "The AI Alliance is financially supported by IBM.", {("ibm", "FUNDS", "ai-alliance", S)}),
    ("en", "The AI Alliance counts Intel as its founding technology partner.",
     {("intel", "MEMBER_OF", "ai-alliance", S)}),
    ("fr", "Alibaba et Tencent n'ont pas été conviés à l'AI Alliance.",
     {("alibaba", "EXCLUDED_FROM", "ai-alliance", S), ("tencent", "EXCLUDED_FROM", "ai-alliance", S)}),
    ("en", "Orange and Mistral AI have created Orange Mistral Skills Lab, a training programme.",
     {("orange", "FOUNDED", "orange-mistral-skills-lab", S), ("mistral-ai", "FOUNDED", "orange-mistral-skills-lab", S)}),
]


@pytest.fixture(scope="module")
def results() -> dict[int, set[tuple[str, str, str, str]]]:
    return edges_by_case(CASES)


@pytest.mark.parametrize("i", range(len(CASES)), ids=case_ids(CASES))
def test_paraphrase_edges(results, i):
    assert results[i] == CASES[i][2]


# ---------------------------------------------------------------------------- phrasings per relation type
# How press releases, the business press and university and government announcements word each of
# the six relations, in both languages: verbs, nouns, support-verb constructions, in active, passive,
# participial and nominal forms, each type with near misses (the same words in another sense), which
# expect no edge, and with negation and hedging on the new phrasings.

AA = "ai-alliance"
NONE: set[tuple[str, str, str, str]] = set()


def E(rel: str, *pairs: tuple[str, str], status: str = S) -> set[tuple[str, str, str, str]]:
    """Edges of one type; a symmetric pair is written in any order."""
    out = set()
    for a, b in pairs:
        if rel in ("PARTNERS_WITH", "SIGNS_MOU_WITH") and b < a:
            a, b = b, a
        out.add((a, rel, b, status))
    return out


def M(*sources: str, t: str = AA, st: str = S) -> set[tuple[str, str, str, str]]:
    return E("MEMBER_OF", *[(s, t) for s in sources], status=st)


def F(source: str, target: str, st: str = S) -> set[tuple[str, str, str, str]]:
    return E("FUNDS", (source, target), status=st)


def MOU(a: str, b: str) -> set[tuple[str, str, str, str]]:
    return E("SIGNS_MOU_WITH", (a, b))


def PW(a: str, b: str) -> set[tuple[str, str, str, str]]:
    return E("PARTNERS_WITH", (a, b))


def FD(*sources: str, t: str = AA) -> set[tuple[str, str, str, str]]:
    return E("FOUNDED", *[(s, t) for s in sources])


def EX(*sources: str, t: str = AA) -> set[tuple[str, str, str, str]]:
    return E("EXCLUDED_FROM", *[(s, t) for s in sources])


PHRASINGS = [
    # ------------------------------------------------------------------ MEMBER_OF, English
    ("en", "Cerebras came aboard the AI Alliance in May.", M("cerebras")),
    ("en", "Cerebras signed on as a founding member of the AI Alliance.", M("cerebras")),
    ("en", "Cerebras became a member of the AI Alliance last year.", M("cerebras")),
    ("en", "Cerebras is now part of the AI Alliance.", M("cerebras")),
    ("en", "Cerebras enlisted in the AI Alliance this spring.", M("cerebras")),
    ("en", "Cerebras has been admitted to the AI Alliance.", M("cerebras")),
    ("en", "The AI Alliance welcomed Cerebras as a new member.", M("cerebras")),
    ("en", "The AI Alliance has added Cerebras to its membership.", M("cerebras")),
    ("en", "Cerebras is a participant in the AI Alliance.", M("cerebras")),
    ("en", "Cerebras has enrolled in the AI Alliance.", M("cerebras")),
    ("en", "Cerebras is one of the members of the AI Alliance.", M("cerebras")),
    ("en", "Cerebras has signed up to the AI Alliance.", M("cerebras")),
    ("en", "Cerebras is affiliated with the AI Alliance.", M("cerebras")),
    ("en", "Cerebras opted into the AI Alliance in 2024.", M("cerebras")),
    ("en", "Cerebras is among the members of the AI Alliance.", M("cerebras")),
    ("en", "Cerebras is participating in the AI Alliance.", M("cerebras")),
    ("en", "Cerebras, which joined the AI Alliance in May, builds chips.", M("cerebras")),
    ("en", "Cerebras has become the latest member of the AI Alliance.", M("cerebras")),
    ("en", "Cerebras is a newcomer to the AI Alliance.", M("cerebras")),
    ("en", "Cerebras is a partner institution of the AI Alliance.", M("cerebras")),
    ("en", "Cerebras has teamed up with the AI Alliance as a member.", M("cerebras")),
    ("en", "Cerebras could join the AI Alliance next year.", M("cerebras", st=P)),
    # near misses
    ("en", "A member of staff at Cerebras spoke about the AI Alliance.", NONE),
    ("en", "Cerebras joined the debate on open models.", NONE),
    ("en", "Cerebras is part of a wave of chip startups.", NONE),
    ("en", "Cerebras came aboard the plane in Paris.", NONE),
    # ------------------------------------------------------------------ MEMBER_OF, French
    ("fr", "Orange a rejoint l'AI Alliance en mai.", M("orange")),
    ("fr", "Orange fait désormais partie de l'AI Alliance.", M("orange")),
    ("fr", "Orange est devenu membre de l'AI Alliance.", M("orange")),
    ("fr", "Orange a adhéré à l'AI Alliance.", M("orange")),
    ("fr", "Orange a intégré l'AI Alliance en 2024.", M("orange")),
    ("fr", "Orange s'est joint à l'AI Alliance.", M("orange")),
    ("fr", "Orange a fait son entrée dans l'AI Alliance.", M("orange")),
    ("fr", "Orange figure parmi les membres de l'AI Alliance.", M("orange")),
    ("fr", "Orange siège au sein de l'AI Alliance.", M("orange")),
    ("fr", "Orange a été admis au sein de l'AI Alliance.", M("orange")),
    ("fr", "Orange participe à l'AI Alliance.", M("orange")),
    ("fr", "Orange a souscrit à l'AI Alliance.", M("orange")),
    ("fr", "L'AI Alliance accueille Orange.", M("orange")),
    ("fr", "L'AI Alliance compte Orange parmi ses membres.", M("orange")),
    ("fr", "L'AI Alliance s'élargit à Orange.", M("orange")),
    ("fr", "Orange est partie prenante de l'AI Alliance.", M("orange")),
    ("fr", "Orange a rallié l'AI Alliance.", M("orange")),
    ("fr", "Orange est l'un des membres de l'AI Alliance.", M("orange")),
    ("fr", "Orange prend part à l'AI Alliance.", M("orange")),
    ("fr", "Orange est désormais adhérent de l'AI Alliance.", M("orange")),
    ("fr", "Orange est venu grossir les rangs de l'AI Alliance.", M("orange")),
    ("fr", "Orange a rejoint les rangs de l'AI Alliance.", M("orange")),
    ("fr", "Orange pourrait rejoindre l'AI Alliance.", M("orange", st=P)),
    # near misses
    ("fr", "Un membre du personnel d'Orange a parlé de l'AI Alliance.", NONE),
    ("fr", "Orange fait partie des leaders du marché.", NONE),
    ("fr", "Orange a rallié les analystes à son point de vue.", NONE),
    ("fr", "Orange siège à Issy-les-Moulineaux.", NONE),
    # ------------------------------------------------------------------ FUNDS, English
    ("en", "Nvidia bankrolled Mistral AI in 2024.", F("nvidia", "mistral-ai")),
    ("en", "Microsoft poured $10 billion into OpenAI.", F("microsoft", "openai")),
    ("en", "Nvidia contributed $20 million to the AI Alliance.", F("nvidia", AA)),
    ("en", "Mistral AI is bankrolled by Nvidia.", F("nvidia", "mistral-ai")),
    ("en", "Nvidia underwrote the AI Alliance's first year.", F("nvidia", AA)),
    ("en", "Nvidia took a stake in Mistral AI.", F("nvidia", "mistral-ai")),
    ("en", "Nvidia acquired a minority stake in Mistral AI.", F("nvidia", "mistral-ai")),
    ("en", "Mistral AI landed $600 million from Nvidia.", F("nvidia", "mistral-ai")),
    ("en", "Mistral AI won a grant from the European Commission.", F("european-commission", "mistral-ai")),
    ("en", "The European Commission awarded Mistral AI a grant of $10 million.", F("european-commission", "mistral-ai")),
    ("en", "Nvidia is an investor in Mistral AI.", F("nvidia", "mistral-ai")),
    ("en", "Nvidia injected $100 million into Mistral AI.", F("nvidia", "mistral-ai")),
    ("en", "Nvidia ploughed $100 million into Mistral AI.", F("nvidia", "mistral-ai")),
    ("en", "Nvidia sank $100 million into Mistral AI.", F("nvidia", "mistral-ai")),
    ("en", "Mistral AI secured backing from Nvidia.", F("nvidia", "mistral-ai")),
    ("en", "Mistral AI received a grant of $2 million from the European Commission.", F("european-commission", "mistral-ai")),
    ("en", "The European Commission gave $2 million to Mistral AI.", F("european-commission", "mistral-ai")),
    ("en", "Kyutai, funded by Iliad, publishes open models.", F("iliad", "kyutai")),
    ("en", "Nvidia provided $5 million in funding to Mistral AI.", F("nvidia", "mistral-ai")),
    ("en", "Nvidia subsidizes Mistral AI.", F("nvidia", "mistral-ai")),
    ("en", "Nvidia financed Mistral AI's expansion.", F("nvidia", "mistral-ai")),
    ("en", "Mistral AI counts Nvidia among its investors.", F("nvidia", "mistral-ai")),
    ("en", "Mistral AI raised money from Nvidia.", F("nvidia", "mistral-ai")),
    ("en", "Nvidia is a backer of Mistral AI.", F("nvidia", "mistral-ai")),
    ("en", "Nvidia may invest in Mistral AI.", F("nvidia", "mistral-ai", P)),
    # near misses
    ("en", "A fund manager at Nvidia praised Mistral AI.", NONE),
    ("en", "Nvidia put Mistral AI at the centre of its strategy.", NONE),
    ("en", "Meta contributed code to the AI Alliance.", NONE),
    ("en", "Nvidia gave a demo to Mistral AI.", NONE),
    ("en", "The European Commission awarded Mistral AI a prize for design.", NONE),
    # ------------------------------------------------------------------ FUNDS, French
    ("fr", "Nvidia a investi 100 millions d'euros dans Mistral AI.", F("nvidia", "mistral-ai")),
    ("fr", "Nvidia a misé 100 millions d'euros sur Mistral AI.", F("nvidia", "mistral-ai")),
    ("fr", "Nvidia a apporté 100 millions d'euros à Mistral AI.", F("nvidia", "mistral-ai")),
    ("fr", "Nvidia a mis 100 millions d'euros dans Mistral AI.", F("nvidia", "mistral-ai")),
    ("fr", "Nvidia est entré au capital de Mistral AI.", F("nvidia", "mistral-ai")),
    ("fr", "Nvidia a pris une participation dans Mistral AI.", F("nvidia", "mistral-ai")),
    ("fr", "Mistral AI a levé 600 millions d'euros auprès de Nvidia.", F("nvidia", "mistral-ai")),
    ("fr", "Mistral AI est soutenue financièrement par Nvidia.", F("nvidia", "mistral-ai")),
    ("fr", "Mistral AI bénéficie du soutien financier de Nvidia.", F("nvidia", "mistral-ai")),
    ("fr", "Mistral AI a obtenu un financement de Bpifrance.", F("bpifrance", "mistral-ai")),
    ("fr", "Bpifrance a octroyé une subvention à Mistral AI.", F("bpifrance", "mistral-ai")),
    ("fr", "Bpifrance a subventionné Mistral AI.", F("bpifrance", "mistral-ai")),
    ("fr", "Mistral AI a reçu 10 millions d'euros de Bpifrance.", F("bpifrance", "mistral-ai")),
    ("fr", "Mistral AI a décroché 10 millions d'euros auprès de Bpifrance.", F("bpifrance", "mistral-ai")),
    ("fr", "Nvidia a abondé l'AI Alliance à hauteur de 10 millions d'euros.", F("nvidia", AA)),
    ("fr", "Kyutai a été doté de 300 millions d'euros par Iliad.", F("iliad", "kyutai")),
    ("fr", "Bpifrance a débloqué 10 millions d'euros pour Mistral AI.", F("bpifrance", "mistral-ai")),
    ("fr", "Bpifrance a accordé un prêt de 10 millions d'euros à Mistral AI.", F("bpifrance", "mistral-ai")),
    ("fr", "Kyutai est financé par Iliad.", F("iliad", "kyutai")),
    ("fr", "Iliad finance Kyutai depuis 2023.", F("iliad", "kyutai")),
    ("fr", "Nvidia est actionnaire de Mistral AI.", F("nvidia", "mistral-ai")),
    ("fr", "Nvidia compte parmi les investisseurs de Mistral AI.", F("nvidia", "mistral-ai")),
    ("fr", "Nvidia a participé au tour de table de Mistral AI.", F("nvidia", "mistral-ai")),
    ("fr", "Nvidia a renfloué Mistral AI.", F("nvidia", "mistral-ai")),
    ("fr", "Nvidia est le mécène de Kyutai.", F("nvidia", "kyutai")),
    ("fr", "Nvidia pourrait investir dans Mistral AI.", F("nvidia", "mistral-ai", P)),
    # near misses
    ("fr", "Un gestionnaire de fonds de Nvidia a salué Mistral AI.", NONE),
    ("fr", "Nvidia a misé sur l'IA générative.", NONE),
    ("fr", "Nvidia a apporté son expertise à Mistral AI.", NONE),
    ("fr", "Nvidia a débloqué la situation avec Mistral AI.", NONE),
    # ------------------------------------------------------------------ SIGNS_MOU_WITH, English
    ("en", "IBM and Keio University signed a memorandum of understanding.", MOU("ibm", "keio-university")),
    ("en", "IBM inked an agreement with Keio University.", MOU("ibm", "keio-university")),
    ("en", "IBM and Keio University signed a cooperation agreement.", MOU("ibm", "keio-university")),
    ("en", "IBM signed a letter of intent with Keio University.", MOU("ibm", "keio-university")),
    ("en", "An MoU between IBM and Keio University was signed on Monday.", MOU("ibm", "keio-university")),
    ("en", "IBM has concluded an MoU with Keio University.", MOU("ibm", "keio-university")),
    ("en", "IBM penned an agreement with Keio University.", MOU("ibm", "keio-university")),
    ("en", "IBM and Keio University executed a memorandum of understanding.", MOU("ibm", "keio-university")),
    ("en", "IBM and Keio University sealed a memorandum of understanding.", MOU("ibm", "keio-university")),
    ("en", "IBM signed a framework agreement with Keio University.", MOU("ibm", "keio-university")),
    ("en", "IBM and Keio University have formalised their partnership with an MoU.", MOU("ibm", "keio-university")),
    ("en", "The memorandum of understanding was signed by IBM and Keio University.", MOU("ibm", "keio-university")),
    ("en", "IBM entered into a memorandum of understanding with Keio University.", MOU("ibm", "keio-university")),
    ("en", "IBM and Keio University put pen to paper on a memorandum of understanding.", MOU("ibm", "keio-university")),
    ("en", "IBM signed an MoU with Keio University.", MOU("ibm", "keio-university")),
    ("en", "IBM and Keio University signed a memorandum of cooperation.", MOU("ibm", "keio-university")),
    ("en", "IBM and Keio University are signatories to a memorandum of understanding.", MOU("ibm", "keio-university")),
    ("en", "IBM and Keio University have initialled an agreement.", MOU("ibm", "keio-university")),
    ("en", "IBM and Keio University have ratified an agreement.", MOU("ibm", "keio-university")),
    ("en", "IBM could sign an MoU with Keio University.", E("SIGNS_MOU_WITH", ("ibm", "keio-university"), status=P)),
    # near misses
    ("en", "IBM signed the guest book at Keio University.", NONE),
    ("en", "IBM and Keio University issued a joint statement on the weather.", NONE),
    ("en", "IBM signed a new striker for its football club.", NONE),
    # ------------------------------------------------------------------ SIGNS_MOU_WITH, French
    ("fr", "Orange et Mistral AI ont signé un protocole d'accord.", MOU("orange", "mistral-ai")),
    ("fr", "Orange a paraphé un accord avec Mistral AI.", MOU("orange", "mistral-ai")),
    ("fr", "Orange et Mistral AI ont conclu un protocole d'accord.", MOU("orange", "mistral-ai")),
    ("fr", "Orange et Mistral AI ont signé un mémorandum d'entente.", MOU("orange", "mistral-ai")),
    ("fr", "Orange et Mistral AI ont ratifié un accord de coopération.", MOU("orange", "mistral-ai")),
    ("fr", "L'accord signé entre Orange et Mistral AI couvre trois ans.", MOU("orange", "mistral-ai")),
    ("fr", "Orange a signé une convention de partenariat avec Mistral AI.", MOU("orange", "mistral-ai")),
    ("fr", "La signature d'un accord-cadre entre Orange et Mistral AI a eu lieu lundi.", MOU("orange", "mistral-ai")),
    ("fr", "Orange a signé une lettre d'intention avec Mistral AI.", MOU("orange", "mistral-ai")),
    ("fr", "Une lettre d'intention a été signée par Orange et Mistral AI.", MOU("orange", "mistral-ai")),
    ("fr", "Orange et Mistral AI ont officialisé leur partenariat par la signature d'un protocole d'accord.", MOU("orange", "mistral-ai")),
    ("fr", "Orange a conclu un mémorandum avec Mistral AI.", MOU("orange", "mistral-ai")),
    ("fr", "Orange et Mistral AI ont paraphé une convention.", MOU("orange", "mistral-ai")),
    ("fr", "Orange et Mistral AI sont liés par un accord-cadre.", MOU("orange", "mistral-ai")),
    ("fr", "Orange a signé avec Mistral AI un accord de coopération.", MOU("orange", "mistral-ai")),
    ("fr", "Orange et Mistral AI ont apposé leur signature sur un protocole d'accord.", MOU("orange", "mistral-ai")),
    ("fr", "Orange et Mistral AI ont entériné un accord de coopération.", MOU("orange", "mistral-ai")),
    ("fr", "Orange et Mistral AI pourraient signer un protocole d'accord.", E("SIGNS_MOU_WITH", ("mistral-ai", "orange"), status=P)),
    # near misses
    ("fr", "Orange a signé un record de ventes.", NONE),
    ("fr", "Orange a respecté le protocole sanitaire.", NONE),
    ("fr", "Orange et Mistral AI ont publié un communiqué commun sur la météo.", NONE),
    # ------------------------------------------------------------------ PARTNERS_WITH, English
    ("en", "IBM joined forces with Mistral AI.", PW("ibm", "mistral-ai")),
    ("en", "IBM teamed up with Mistral AI.", PW("ibm", "mistral-ai")),
    ("en", "IBM and Mistral AI teamed up to build models.", PW("ibm", "mistral-ai")),
    ("en", "IBM entered a strategic alliance with Mistral AI.", PW("ibm", "mistral-ai")),
    ("en", "IBM entered into a partnership with Mistral AI.", PW("ibm", "mistral-ai")),
    ("en", "IBM linked up with Mistral AI.", PW("ibm", "mistral-ai")),
    ("en", "IBM has forged ties with Mistral AI.", PW("ibm", "mistral-ai")),
    ("en", "IBM has allied itself with Mistral AI.", PW("ibm", "mistral-ai")),
    ("en", "IBM is collaborating with Mistral AI.", PW("ibm", "mistral-ai")),
    ("en", "IBM is cooperating with Mistral AI.", PW("ibm", "mistral-ai")),
    ("en", "IBM expanded its partnership with Mistral AI.", PW("ibm", "mistral-ai")),
    ("en", "IBM and Mistral AI announced a strategic collaboration.", PW("ibm", "mistral-ai")),
    # co-development alone states no partnership
    ("en", "IBM and Mistral AI co-developed an assistant for two years.", NONE),
    ("en", "IBM has chosen Mistral AI as its partner.", PW("ibm", "mistral-ai")),
    ("en", "IBM has selected Mistral AI as a partner for Europe.", PW("ibm", "mistral-ai")),
    ("en", "A partnership between IBM and Mistral AI was announced.", PW("ibm", "mistral-ai")),
    ("en", "IBM struck up a partnership with Mistral AI.", PW("ibm", "mistral-ai")),
    ("en", "IBM and Mistral AI joined forces to serve banks.", PW("ibm", "mistral-ai")),
    ("en", "IBM and Mistral AI combined forces.", PW("ibm", "mistral-ai")),
    ("en", "IBM and Mistral AI pooled their expertise.", PW("ibm", "mistral-ai")),
    ("en", "IBM works closely with Mistral AI.", PW("ibm", "mistral-ai")),
    ("en", "IBM is working hand in hand with Mistral AI.", PW("ibm", "mistral-ai")),
    ("en", "IBM co-operates with Mistral AI.", PW("ibm", "mistral-ai")),
    ("en", "IBM has tied up with Mistral AI.", PW("ibm", "mistral-ai")),
    ("en", "IBM is in talks to partner with Mistral AI.", E("PARTNERS_WITH", ("ibm", "mistral-ai"), status=P)),
    # near misses
    ("en", "IBM worked with the data for years.", NONE),
    ("en", "IBM described its partner ecosystem at length.", NONE),
    ("en", "IBM's teams met in Paris.", NONE),
    ("en", "IBM has selected a new chief executive.", NONE),
    # ------------------------------------------------------------------ PARTNERS_WITH, French
    ("fr", "Orange s'est associé à Mistral AI.", PW("orange", "mistral-ai")),
    ("fr", "Orange s'allie à Mistral AI.", PW("orange", "mistral-ai")),
    ("fr", "Orange a noué un partenariat avec Mistral AI.", PW("orange", "mistral-ai")),
    ("fr", "Orange et Mistral AI ont uni leurs forces.", PW("orange", "mistral-ai")),
    ("fr", "Orange et Mistral AI joignent leurs forces.", PW("orange", "mistral-ai")),
    ("fr", "Orange s'est rapproché de Mistral AI.", PW("orange", "mistral-ai")),
    ("fr", "Orange a conclu un partenariat avec Mistral AI.", PW("orange", "mistral-ai")),
    ("fr", "Orange collabore avec Mistral AI.", PW("orange", "mistral-ai")),
    ("fr", "Orange travaille main dans la main avec Mistral AI.", PW("orange", "mistral-ai")),
    ("fr", "Orange fait équipe avec Mistral AI.", PW("orange", "mistral-ai")),
    ("fr", "Orange et Mistral AI font équipe pour servir les banques.", PW("orange", "mistral-ai")),
    ("fr", "Orange a choisi Mistral AI comme partenaire.", PW("orange", "mistral-ai")),
    ("fr", "Orange a tissé des liens avec Mistral AI.", PW("orange", "mistral-ai")),
    ("fr", "Orange coopère avec Mistral AI.", PW("orange", "mistral-ai")),
    ("fr", "Le partenariat entre Orange et Mistral AI a été annoncé lundi.", PW("orange", "mistral-ai")),
    ("fr", "Orange est partenaire de Mistral AI.", PW("orange", "mistral-ai")),
    ("fr", "Orange a renforcé sa collaboration avec Mistral AI.", PW("orange", "mistral-ai")),
    ("fr", "Orange a conclu une alliance avec Mistral AI.", PW("orange", "mistral-ai")),
    ("fr", "Orange et Mistral AI s'unissent pour servir les banques.", PW("orange", "mistral-ai")),
    ("fr", "Orange et Mistral AI mutualisent leurs efforts.", PW("orange", "mistral-ai")),
    ("fr", "Orange a officialisé un partenariat stratégique avec Mistral AI.", PW("orange", "mistral-ai")),
    ("fr", "Orange a retenu Mistral AI comme partenaire technologique.", PW("orange", "mistral-ai")),
    ("fr", "Orange et Mistral AI ont scellé une alliance.", PW("orange", "mistral-ai")),
    ("fr", "Orange envisage de s'associer à Mistral AI.", E("PARTNERS_WITH", ("mistral-ai", "orange"), status=P)),
    # near misses
    ("fr", "Orange a noué des contacts en Asie.", NONE),
    ("fr", "Orange fait équipe avec ses salariés.", NONE),
    ("fr", "Orange a retenu la leçon de Mistral AI.", NONE),
    ("fr", "Orange a choisi un nouveau directeur général.", NONE),
    # ------------------------------------------------------------------ FOUNDED, English
    ("en", "IBM and Meta launched the AI Alliance in 2023.", FD("ibm", "meta")),
    ("en", "The AI Alliance was set up by IBM.", FD("ibm")),
    ("en", "IBM is the founder of the AI Alliance.", FD("ibm")),
    ("en", "IBM set up the AI Alliance.", FD("ibm")),
    ("en", "IBM established the AI Alliance.", FD("ibm")),
    ("en", "IBM kicked off the AI Alliance in 2023.", FD("ibm")),
    ("en", "IBM initiated the AI Alliance.", FD("ibm")),
    ("en", "IBM spearheaded the creation of the AI Alliance.", FD("ibm")),
    ("en", "IBM conceived the AI Alliance.", FD("ibm")),
    ("en", "IBM inaugurated the AI Alliance.", FD("ibm")),
    ("en", "IBM gave birth to the AI Alliance.", FD("ibm")),
    ("en", "The AI Alliance, founded by IBM, has 100 members.", FD("ibm")),
    ("en", "The launch of the AI Alliance by IBM surprised many.", FD("ibm")),
    ("en", "IBM stood up the AI Alliance.", FD("ibm")),
    ("en", "IBM unveiled the AI Alliance.", FD("ibm")),
    ("en", "IBM is behind the AI Alliance.", FD("ibm")),
    ("en", "The AI Alliance is the brainchild of IBM.", FD("ibm")),
    ("en", "IBM co-founded the AI Alliance.", FD("ibm")),
    ("en", "The AI Alliance was started by IBM.", FD("ibm")),
    ("en", "The AI Alliance was created at the initiative of IBM.", FD("ibm")),
    ("en", "IBM is the creator of the AI Alliance.", FD("ibm")),
    ("en", "The AI Alliance was formed by IBM.", FD("ibm")),
    ("en", "IBM plans to launch the AI Alliance.", E("FOUNDED", ("ibm", AA), status=P)),
    # near misses
    ("en", "IBM celebrated its founders' day in Armonk.", NONE),
    ("en", "IBM launched a new laptop.", NONE),
    ("en", "IBM set up a meeting with the press.", NONE),
    ("en", "IBM is a founding member of the AI Alliance.", M("ibm")),
    # ------------------------------------------------------------------ FOUNDED, French
    ("fr", "IBM et Meta ont lancé l'AI Alliance.", FD("ibm", "meta")),
    ("fr", "IBM a créé l'AI Alliance.", FD("ibm")),
    ("fr", "IBM a fondé l'AI Alliance.", FD("ibm")),
    ("fr", "IBM a mis sur pied l'AI Alliance.", FD("ibm")),
    ("fr", "IBM est à l'origine de l'AI Alliance.", FD("ibm")),
    ("fr", "IBM a donné naissance à l'AI Alliance.", FD("ibm")),
    ("fr", "IBM a porté sur les fonts baptismaux l'AI Alliance.", FD("ibm")),
    ("fr", "L'AI Alliance, fondée par IBM, compte cent membres.", FD("ibm")),
    ("fr", "IBM a initié l'AI Alliance.", FD("ibm")),
    ("fr", "IBM a inauguré l'AI Alliance.", FD("ibm")),
    ("fr", "IBM a instauré l'AI Alliance.", FD("ibm")),
    ("fr", "IBM est le fondateur de l'AI Alliance.", FD("ibm")),
    ("fr", "IBM est l'initiateur de l'AI Alliance.", FD("ibm")),
    ("fr", "L'AI Alliance a vu le jour sous l'impulsion d'IBM.", FD("ibm")),
    ("fr", "L'AI Alliance est née à l'initiative d'IBM.", FD("ibm")),
    ("fr", "IBM a dévoilé l'AI Alliance.", FD("ibm")),
    ("fr", "La création de l'AI Alliance par IBM a surpris.", FD("ibm")),
    ("fr", "IBM a mis en place l'AI Alliance.", FD("ibm")),
    ("fr", "IBM a cofondé l'AI Alliance.", FD("ibm")),
    ("fr", "L'AI Alliance a été créée par IBM.", FD("ibm")),
    ("fr", "IBM a établi l'AI Alliance.", FD("ibm")),
    ("fr", "L'AI Alliance a été mise sur pied par IBM.", FD("ibm")),
    ("fr", "IBM pourrait lancer l'AI Alliance.", E("FOUNDED", ("ibm", AA), status=P)),
    # near misses
    ("fr", "IBM a lancé un nouvel ordinateur portable.", NONE),
    ("fr", "Le fondateur d'IBM a parlé de l'AI Alliance.", NONE),
    ("fr", "IBM est à l'origine de la panne.", NONE),
    ("fr", "IBM est membre fondateur de l'AI Alliance.", M("ibm")),
    # ------------------------------------------------------------------ EXCLUDED_FROM, English
    ("en", "OpenAI left the AI Alliance in 2024.", EX("openai")),
    ("en", "OpenAI was left out of the AI Alliance.", EX("openai")),
    ("en", "OpenAI was not invited to the AI Alliance.", EX("openai")),
    ("en", "OpenAI declined to sign the AI Alliance charter.", EX("openai")),
    ("en", "OpenAI withdrew from the AI Alliance.", EX("openai")),
    ("en", "OpenAI pulled out of the AI Alliance.", EX("openai")),
    ("en", "OpenAI is not a member of the AI Alliance.", EX("openai")),
    ("en", "OpenAI is absent from the AI Alliance.", EX("openai")),
    ("en", "OpenAI was expelled from the AI Alliance.", EX("openai")),
    ("en", "OpenAI was kicked out of the AI Alliance.", EX("openai")),
    ("en", "OpenAI was removed from the AI Alliance.", EX("openai")),
    ("en", "OpenAI refused to join the AI Alliance.", EX("openai")),
    ("en", "OpenAI did not join the AI Alliance.", EX("openai")),
    ("en", "OpenAI stayed out of the AI Alliance.", EX("openai")),
    ("en", "OpenAI opted out of the AI Alliance.", EX("openai")),
    ("en", "OpenAI walked away from the AI Alliance.", EX("openai")),
    ("en", "OpenAI ended its membership of the AI Alliance.", EX("openai")),
    ("en", "OpenAI was dropped from the AI Alliance.", EX("openai")),
    ("en", "OpenAI is not part of the AI Alliance.", EX("openai")),
    ("en", "OpenAI is no longer a member of the AI Alliance.", EX("openai")),
    ("en", "OpenAI was conspicuously absent from the AI Alliance.", EX("openai")),
    ("en", "OpenAI sat out the AI Alliance.", EX("openai")),
    ("en", "OpenAI quit the AI Alliance.", EX("openai")),
    ("en", "OpenAI has cancelled its membership of the AI Alliance.", EX("openai")),
    # near misses
    ("en", "OpenAI left Paris for London.", NONE),
    ("en", "OpenAI removed the feature from ChatGPT.", NONE),
    ("en", "OpenAI dropped its prices.", NONE),
    # ------------------------------------------------------------------ EXCLUDED_FROM, French
    ("fr", "OpenAI a quitté l'AI Alliance.", EX("openai")),
    ("fr", "OpenAI s'est retiré de l'AI Alliance.", EX("openai")),
    ("fr", "OpenAI ne fait pas partie de l'AI Alliance.", EX("openai")),
    ("fr", "OpenAI n'est pas membre de l'AI Alliance.", EX("openai")),
    ("fr", "OpenAI a été exclu de l'AI Alliance.", EX("openai")),
    ("fr", "OpenAI est absent de l'AI Alliance.", EX("openai")),
    ("fr", "OpenAI a claqué la porte de l'AI Alliance.", EX("openai")),
    ("fr", "OpenAI reste à l'écart de l'AI Alliance.", EX("openai")),
    ("fr", "OpenAI a refusé de rejoindre l'AI Alliance.", EX("openai")),
    ("fr", "OpenAI n'a pas été invité à l'AI Alliance.", EX("openai")),
    ("fr", "OpenAI a été écarté de l'AI Alliance.", EX("openai")),
    ("fr", "OpenAI a été évincé de l'AI Alliance.", EX("openai")),
    ("fr", "OpenAI a été expulsé de l'AI Alliance.", EX("openai")),
    ("fr", "OpenAI a été mis à l'écart de l'AI Alliance.", EX("openai")),
    ("fr", "OpenAI a renoncé à rejoindre l'AI Alliance.", EX("openai")),
    ("fr", "OpenAI a tourné le dos à l'AI Alliance.", EX("openai")),
    ("fr", "OpenAI a démissionné de l'AI Alliance.", EX("openai")),
    ("fr", "OpenAI ne figure pas parmi les membres de l'AI Alliance.", EX("openai")),
    ("fr", "OpenAI s'est désengagé de l'AI Alliance.", EX("openai")),
    ("fr", "OpenAI n'a pas adhéré à l'AI Alliance.", EX("openai")),
    ("fr", "OpenAI a décliné l'invitation de l'AI Alliance.", EX("openai")),
    ("fr", "OpenAI n'a pas rejoint l'AI Alliance.", EX("openai")),
    ("fr", "OpenAI a annoncé son départ de l'AI Alliance.", EX("openai")),
    # near misses
    ("fr", "OpenAI a quitté Paris pour Londres.", NONE),
    ("fr", "OpenAI a retiré la fonction de ChatGPT.", NONE),
    ("fr", "Le départ du directeur d'OpenAI a surpris.", NONE),
    # a spelling variant, and an idiom of launches
    ("fr", "Les États-Unis ont refusé de parafer la déclaration de Paris.", EX("us-government", t="declaration-de-paris")),
    ("fr", "Orange et Mistral AI ont parafé un protocole d'accord.", MOU("orange", "mistral-ai")),
    ("en", "IBM took the wraps off the AI Alliance in December.", FD("ibm")),
    ("en", "IBM took the wraps off its new laptop.", NONE),
    # participial clauses opening the sentence (the subject after the comma), nominal forms, passives
    ("en", "Having joined the AI Alliance in May, Cerebras now shares its tools.", M("cerebras")),
    ("en", "Newly admitted to the AI Alliance, Cerebras builds chips.", M("cerebras")),
    ("en", "Cerebras's membership of the AI Alliance was confirmed on Monday.", M("cerebras")),
    ("en", "Cerebras's accession to the AI Alliance was announced.", M("cerebras")),
    ("fr", "Fraîchement admis au sein de l'AI Alliance, Orange publie ses outils.", M("orange")),
    ("fr", "L'adhésion d'Orange à l'AI Alliance a été annoncée lundi.", M("orange")),
    ("fr", "Ayant rejoint l'AI Alliance en mai, Orange publie ses outils.", M("orange")),
    ("en", "Backed by Nvidia, Mistral AI builds open models.", F("nvidia", "mistral-ai")),
    ("en", "Nvidia's investment in Mistral AI was confirmed.", F("nvidia", "mistral-ai")),
    ("en", "Bankrolled by Nvidia, Mistral AI builds open models.", F("nvidia", "mistral-ai")),
    ("en", "Mistral AI, which is funded by Nvidia, builds open models.", F("nvidia", "mistral-ai")),
    ("fr", "Financée par Iliad, Kyutai publie des modèles ouverts.", F("iliad", "kyutai")),
    ("fr", "L'investissement de Nvidia dans Mistral AI a été confirmé.", F("nvidia", "mistral-ai")),
    ("fr", "Le financement de Kyutai par Iliad a été confirmé.", F("iliad", "kyutai")),
    ("fr", "Dotée de 300 millions d'euros par Iliad, Kyutai publie des modèles.", F("iliad", "kyutai")),
    ("en", "Founded by IBM in 2023, the AI Alliance has 100 members.", FD("ibm")),
    ("en", "IBM's creation of the AI Alliance surprised many.", FD("ibm")),
    ("en", "Set up by IBM, the AI Alliance has 100 members.", FD("ibm")),
    ("fr", "Fondée par IBM en 2023, l'AI Alliance compte cent membres.", FD("ibm")),
    ("fr", "Mise sur pied par IBM, l'AI Alliance compte cent membres.", FD("ibm")),
    ("fr", "La création par IBM de l'AI Alliance a surpris.", FD("ibm")),
    ("en", "OpenAI's withdrawal from the AI Alliance surprised many.", EX("openai")),
    ("en", "Having left the AI Alliance, OpenAI works alone.", EX("openai")),
    ("fr", "Le retrait d'OpenAI de l'AI Alliance a surpris.", EX("openai")),
    ("fr", "Ayant quitté l'AI Alliance, OpenAI travaille seul.", EX("openai")),
    ("en", "The signing of a memorandum of understanding between IBM and Keio University took place in Tokyo.", MOU("ibm", "keio-university")),
    ("en", "Under a memorandum of understanding signed with Keio University, IBM will train students.", MOU("ibm", "keio-university")),
    ("en", "IBM signed a memorandum of understanding (MoU) with Keio University.", MOU("ibm", "keio-university")),
    ("en", "IBM has signed a memorandum of cooperation with Keio University.", MOU("ibm", "keio-university")),
    ("fr", "Orange et Mistral AI ont signé mardi un protocole d'accord.", MOU("orange", "mistral-ai")),
    ("fr", "Orange et Mistral AI ont officiellement signé un protocole d'accord.", MOU("orange", "mistral-ai")),
    ("fr", "Un protocole d'accord a été conclu entre Orange et Mistral AI.", MOU("orange", "mistral-ai")),
    ("fr", "Aux termes d'un protocole d'accord signé avec Mistral AI, Orange formera ses équipes.", MOU("orange", "mistral-ai")),
    ("en", "IBM's partnership with Mistral AI was announced in May.", PW("ibm", "mistral-ai")),
    ("en", "In partnership with Mistral AI, IBM will serve banks.", PW("ibm", "mistral-ai")),
    ("en", "IBM, in collaboration with Mistral AI, will serve banks.", PW("ibm", "mistral-ai")),
    ("fr", "En partenariat avec Mistral AI, Orange servira les banques.", PW("orange", "mistral-ai")),
    ("fr", "Le partenariat d'Orange avec Mistral AI court sur trois ans.", PW("orange", "mistral-ai")),
    ("fr", "Orange, en collaboration avec Mistral AI, servira les banques.", PW("orange", "mistral-ai")),
    # negation and hedging on the new phrasings
    ("en", "Nvidia has not bankrolled Mistral AI.", NONE),
    ("en", "IBM has not teamed up with Mistral AI.", NONE),
    ("en", "IBM might kick off the AI Alliance next year.", E("FOUNDED", ("ibm", AA), status=P)),
    ("en", "Cerebras did not come aboard the AI Alliance.", EX("cerebras")),
    ("fr", "Orange n'a pas fait équipe avec Mistral AI.", NONE),
    ("fr", "Orange pourrait faire équipe avec Mistral AI.", E("PARTNERS_WITH", ("mistral-ai", "orange"), status=P)),
    ("fr", "Orange n'a pas rallié l'AI Alliance.", EX("orange")),
    ("fr", "IBM pourrait mettre sur pied l'AI Alliance.", E("FOUNDED", ("ibm", AA), status=P)),
    ("fr", "Nvidia n'a pas renfloué Mistral AI.", NONE),
    # longer, news-like sentences: adverbs, dates, lists of subjects and of objects
    ("en", "Cerebras and Groq officially came aboard the AI Alliance, the group said in a statement.", M("cerebras", "groq")),
    ("en", "Chipmaker Cerebras has enlisted in the AI Alliance, joining IBM and Meta.", M("cerebras", "ibm", "meta")),
    ("en", "The AI Alliance this week welcomed Cerebras, Groq and SambaNova as new members.", M("cerebras", "groq", "sambanova")),
    ("en", "Saudi fund PIF has reportedly bankrolled Mistral AI's expansion.", F("public-investment-fund", "mistral-ai", P)),
    ("en", "In 2019 Microsoft poured $1 billion into OpenAI, followed by $10 billion in 2023.", F("microsoft", "openai")),
    ("en", "The European Commission has awarded Mistral AI and Aleph Alpha grants worth €20 million.", F("european-commission", "mistral-ai") | F("european-commission", "aleph-alpha")),
    ("en", "Keio University and IBM on Monday inked a memorandum of understanding on quantum computing.", MOU("ibm", "keio-university")),
    ("en", "Samsung and Naver have teamed up with Mistral AI to build chips.", PW("mistral-ai", "samsung-electronics") | PW("mistral-ai", "naver")),
    ("en", "IBM has picked Mistral AI as its preferred partner for European banks.", PW("ibm", "mistral-ai")),
    ("en", "IBM, Meta and Intel are the founders of the AI Alliance.", FD("ibm", "meta", "intel")),
    ("en", "IBM quietly kicked off the AI Alliance in December 2023.", FD("ibm")),
    ("en", "OpenAI and Google were conspicuously left out of the AI Alliance.", EX("openai", "google")),
    ("en", "Last year, OpenAI walked away from the AI Alliance after a dispute.", EX("openai")),
    ("fr", "Mardi, Orange et Capgemini ont officiellement rallié l'AI Alliance.", M("orange", "capgemini")),
    ("fr", "Orange siège désormais au sein de l'AI Alliance, aux côtés d'IBM.", M("orange", "ibm")),
    ("fr", "Bpifrance a misé 15 millions d'euros sur la start-up Mistral AI.", F("bpifrance", "mistral-ai")),
    ("fr", "La Région a octroyé une subvention de deux millions d'euros à Mistral AI.", NONE),
    ("fr", "Orange et Capgemini font équipe avec Mistral AI pour servir les banques.", PW("mistral-ai", "orange") | PW("capgemini", "mistral-ai")),
    ("fr", "IBM et Meta ont mis sur pied l'AI Alliance en décembre 2023.", FD("ibm", "meta")),
    ("fr", "IBM et Meta sont à l'origine de l'AI Alliance.", FD("ibm", "meta")),
    ("fr", "OpenAI et Google ont tourné le dos à l'AI Alliance.", EX("openai", "google")),
    ("fr", "Orange a ratifié mardi un accord-cadre avec Mistral AI.", MOU("orange", "mistral-ai")),
    ("fr", "Fondée en 2023 par IBM et Meta, l'AI Alliance compte cent membres.", FD("ibm", "meta")),
    ("en", "Launched by IBM and Meta in 2023, the AI Alliance now has 100 members.", FD("ibm", "meta")),
    ("en", "As part of a partnership with Mistral AI, IBM will offer its models.", PW("ibm", "mistral-ai")),
    ("fr", "Dans le cadre d'un partenariat avec Mistral AI, Orange proposera ses modèles.", PW("mistral-ai", "orange")),
    ("fr", "Soutenue financièrement par Bpifrance, Mistral AI recrute.", F("bpifrance", "mistral-ai")),
    # the same words with another object: a trigger that needs its object right after it ("close")
    ("en", "Cerebras came aboard the rescue ship in Marseille.", NONE),
    ("en", "IBM kicked off the conference with a keynote on the AI Alliance.", NONE),
    ("en", "IBM is behind schedule on the AI Alliance's roadmap.", NONE),
    ("fr", "Orange siège à Paris, non loin de Mistral AI.", NONE),
    ("fr", "Le PDG d'Orange est à l'origine de la polémique sur l'AI Alliance.", NONE),
    ("en", "Nvidia gave $2 to each employee of Mistral AI.", NONE),
    ("en", "IBM set up a booth at the AI Alliance summit.", NONE),
    ("fr", "Orange a mis sur pied une cellule de crise.", NONE),
    ("en", "OpenAI removed the model from the AI Alliance's benchmark.", NONE),
    ("en", "The agreement was signed by the CEO of IBM.", NONE),
]

@pytest.fixture(scope="module")
def phrasing_results() -> dict[int, set[tuple[str, str, str, str]]]:
    return edges_by_case(PHRASINGS)


@pytest.mark.parametrize("i", range(len(PHRASINGS)), ids=case_ids(PHRASINGS))
def test_phrasing_edges(phrasing_results, i):
    assert phrasing_results[i] == PHRASINGS[i][2]
