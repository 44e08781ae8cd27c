"""Sentence constructions of real news that the relation and mention stages read: reciprocal
verbs with no partner named after them ("X et Y s'associent"), subjects after the verb ("Ont
également participé X et Y"), a participle's apposition inside a list of subjects ("X, présidé
par P, et Y ont signé"), a round whose funded party only the article's opening names, a
recipient before its funders, launching something unnamed together, a place's "-based" and a
country's possessive before a name, unknown names a list word announces, legal forms inside a
list, a gap between a verb and its preposition ("s'associe par ailleurs à"), numbered groups
("les trois groupes"), French object relatives ("un texte que X a refusé de signer", "l'accord que X
et Y ont signé", "avec lequel elle"), "le partenariat de X avec Y", a second partner after a
repeated "avec", incises between commas, "le centre" for a program, French verbs by lemma
(parapher, rallier, tenir à l'écart, porter sur les fonts baptismaux, abonder, "rejoint par"), founding
members of a centre patrons finance, compute given in kind ("un accès à ses supercalculateurs") and a
conditional read as a hedge; membership as press lists it (selected to build P, "retenus pour P",
"les lauréats de P", "P has selected X", a consortium comprising X, "aux côtés de" after a participation,
"the text" of a declaration named before, a unit of an organization as the subject; member lists a noun
phrase announces: "Founding partners – A providing X; B supplying Y", "Quatre laboratoires sont
concernés : A, B", "the partners of the project are A and B"). Most cases have
a near miss that must give nothing more; "le programme P" as a program, "lancé par erreur" naming no agent,
a partnership noun far from the subject opening its sentence; PARTNERS_WITH and SIGNS_MOU_WITH paraphrase ("put
their names to an agreement", "noué une convention avec", "discute avec", "is building it with cloud provider Y",
"helped Y design", a supplier's product as a near miss); an article's first lines (headline,
byline, dateline) with the body they go with. Every text is written for these tests (real public
facts or invented names, our words). Edges are (source, TYPE, target, status); symmetric edges
have the smaller id first."""

from __future__ import annotations

import pytest
from sentences import case_ids, edges_by_case, extract_cases

S = "stated"
PW, MOU = "PARTNERS_WITH", "SIGNS_MOU_WITH"
CONV, PARIS = "council-of-europe-framework-convention-on-ai", "paris-statement-on-inclusive-and-sustainable-ai"

CASES: list[tuple[str, str, set[tuple[str, str, str, str]]]] = [
    # reciprocal verbs: the subjects pair among themselves
    ("fr", "Mistral AI et CMA CGM s'associent pour développer des assistants maritimes.",
     {("cma-cgm", PW, "mistral-ai", S)}),
    ("fr", "Thales et Airbus coopèrent depuis 2020 sur la défense aérienne.",
     {("airbus", PW, "thales", S)}),
    ("en", "IBM and Meta partner on open-source models for hospitals.",
     {("ibm", PW, "meta", S)}),
    ("en", "Nvidia and SoftBank teamed up to build a supercomputer in Tokyo.",
     {("nvidia", PW, "softbank-group", S)}),
    # ... and a partner after "avec" / "à" pairs with each subject, not the subjects together
    ("fr", "Orange et Capgemini s'associent avec Mistral AI.",
     {("mistral-ai", PW, "orange", S), ("capgemini", PW, "mistral-ai", S)}),
    # a noun "teams" is no verb: being selected together is no partnership
    ("en", "Naver and Upstage were chosen as elite teams to develop a national model.", set()),
    # the subjects after the verb, in a round the text is about
    ("fr", "Aleph Alpha lève 100 millions d'euros auprès de Bosch Ventures. Ont également participé SAP et Schwarz Group.",
     {("bosch-ventures", "FUNDS", "aleph-alpha", S), ("sap", "FUNDS", "aleph-alpha", S),
      ("schwarz-group", "FUNDS", "aleph-alpha", S)}),
    # ... and the subjects before it, where the verb does not open the sentence
    ("fr", "Aleph Alpha lève 100 millions d'euros auprès de Bosch Ventures. SAP et Schwarz Group ont aussi participé à l'opération.",
     {("bosch-ventures", "FUNDS", "aleph-alpha", S), ("sap", "FUNDS", "aleph-alpha", S),
      ("schwarz-group", "FUNDS", "aleph-alpha", S)}),
    # a participle's apposition inside the list of subjects
    ("fr", "Kyutai, présidé par Patrick Pérez, et Inria ont signé un accord-cadre de coopération.",
     {("inria", MOU, "kyutai", S)}),
    ("en", "Cohere, founded in 2019, and Mistral AI signed a memorandum of understanding.",
     {("cohere", MOU, "mistral-ai", S)}),
    # a round with no raise named before it is the round of the company the article opens with
    ("fr", "La start-up Pasqal, spécialisée dans le calcul quantique, passe un cap. Le tour de table, qui "
           "rassemble Bpifrance et Eurazeo, intervient un an après sa série A.",
     {("bpifrance", "FUNDS", "pasqal", S), ("eurazeo", "FUNDS", "pasqal", S)}),
    ("fr", "La start-up Pasqal, spécialisée dans le calcul quantique, passe un cap. Ce tour de série B est mené par Temasek.",
     {("temasek", "FUNDS", "pasqal", S)}),
    ("en", "Wayve is expanding in Germany. The round was led by SoftBank and drew Nvidia.",
     {("softbank-group", "FUNDS", "wayve", S), ("nvidia", "FUNDS", "wayve", S)}),
    # ... a company, not a government; and a raise named later takes over
    ("fr", "La Commission européenne publie sa stratégie. Le tour de table réunit Bpifrance et Eurazeo.", set()),
    ("fr", "Helsing ouvre un bureau à Paris. Mistral AI a levé 600 millions d'euros. Le tour de table réunit Bpifrance et Nvidia.",
     {("bpifrance", "FUNDS", "mistral-ai", S), ("nvidia", "FUNDS", "mistral-ai", S)}),
    # the recipient of a budget before its funders, and no reversed claim from the word "budget"
    ("fr", "Le projet OpenEuroLLM bénéficiera d'un budget total de 37 millions d'euros, dont 20 millions du "
           "programme Horizon Europe.",
     {("horizon-europe", "FUNDS", "openeurollm", S)}),
    ("fr", "Kyutai bénéficie de l'expertise de Meta.", set()),
    # a second passive after an agent: the first agent is no participant of the second verb
    ("en", "Cohere's funding was led by Radical Ventures and joined by other investors such as Nvidia and Oracle.",
     {("radical-ventures", "FUNDS", "cohere", S), ("nvidia", "FUNDS", "cohere", S), ("oracle", "FUNDS", "cohere", S)}),
    # launching something unnamed together is a partnership; a named program is founded
    ("fr", "MTN et Microsoft passent à la vitesse supérieure. Les deux géants vont lancer une initiative commune en Afrique.",
     {("microsoft", PW, "mtn", S)}),
    ("en", "Samsung and Naver will launch a joint research programme next year.",
     {("naver", PW, "samsung-electronics", S)}),
    ("en", "IBM and Meta launched the AI Alliance.",
     {("ibm", "FOUNDED", "ai-alliance", S), ("meta", "FOUNDED", "ai-alliance", S)}),
    ("fr", "Orange lance une nouvelle offre de cloud.", set()),
    # a place's "-based" before a name is no part of it, nor does it break a list
    ("en", "Calif.-based UC Davis Health and Minn.-based Mayo Clinic joined the Health AI Partnership.",
     {("uc-davis-health", "MEMBER_OF", "health-ai-partnership", S), ("mayo-clinic", "MEMBER_OF", "health-ai-partnership", S)}),
    # unknown names a list word announces
    ("en", "Upstage's consortium includes Nota, RableUp, Flitto and MakinaRocks.",
     {("nota", PW, "upstage", S), ("rableup", PW, "upstage", S), ("flitto", PW, "upstage", S),
      ("makinarocks", PW, "upstage", S)}),
    # dashed items after a colon: a place in parentheses is no member, an unknown name in a list of
    # hospitals is one too; a list of people gives nothing
    ("en", "The founding members of the Zorbian Health AI Network are:\n\n\u2014 Hospital Velora Sul (Sao Paulo)\n\n"
           "\u2014 Mayo Clinic\n\n\u2014 Brindle (St. Louis)\n\n\u2014 Sheba Medical Center (Ramat Gan, Israel)\n\n"
           "\u2014 VeloHealth\n\nThe network opened in 2021.",
     {(x, "MEMBER_OF", "zorbian-health-ai-network", S) for x in (
         "hospital-velora-sul", "mayo-clinic", "brindle", "sheba-medical-center", "velohealth")}),
    ("en", "The founding members of the Zorbian Health AI Network are:\n\n\u2014 Priya Raman (Boston)\n\n"
           "\u2014 Tom Weiss (St. Louis)\n\n\u2014 Ada Brand (Toronto)\n\nThe network opened in 2021.", set()),
    ("fr", "Les membres fondateurs du Réseau Zorbien sont :\n\n\u2014 Hôpital Velora (São Paulo)\n\n"
           "\u2014 Kestrel Santé (Lyon)\n\n\u2014 AP-HP (Paris)\n\nLe réseau a été lancé en 2020.",
     {(x, "MEMBER_OF", "reseau-zorbien", S) for x in ("hopital-velora", "kestrel-sante", "ap-hp")}),
    ("fr", "Les membres fondateurs du Réseau Zorbien sont :\n\n\u2014 Marie Curie (Paris)\n\n"
           "\u2014 Paul Martin (Lyon)\n\nLe réseau a été lancé en 2020.", set()),
    # French names NER misses, written as no word is, in a trigger's slot; a person or a place there is none
    ("fr", "Mistral AI s'associe à VeloHealth pour la santé.", {("mistral-ai", PW, "velohealth", S)}),
    ("fr", "Mistral AI s'associe à Platform_Connect pour la santé.", {("mistral-ai", PW, "platform-connect", S)}),
    ("fr", "Data & Société a rejoint le Réseau Zorbien.", {("data-societe", "MEMBER_OF", "reseau-zorbien", S)}),
    ("fr", "Mistral AI s'associe à Marie Dupont pour la santé.", set()),
    ("fr", "Mistral AI s'associe à Lyon pour la santé.", set()),
    # a plain capitalised word beside one company after "avec" / "with" is a partner too; a place, a
    # person's given name or a month there is none
    ("fr", "Mistral AI a annoncé un partenariat avec Free et Orange pour distribuer son assistant.",
     {("free", PW, "mistral-ai", S), ("mistral-ai", PW, "orange", S)}),
    ("fr", "Mistral AI a annoncé un partenariat avec Marie et Orange pour distribuer son assistant.",
     {("mistral-ai", PW, "orange", S)}),
    ("fr", "Mistral AI a annoncé un partenariat avec Mars et Orange.", {("mistral-ai", PW, "orange", S)}),
    ("en", "Mistral AI announced a partnership with Boston and Orange to distribute its assistant.",
     {("mistral-ai", PW, "orange", S)}),
    # a time phrase opening a list of investors is none of them
    ("en", "In September, Accel, Sequoia Capital and Kestrel Ventures invested in Velora.",
     {(x, "FUNDS", "velora", S) for x in ("accel", "sequoia-capital", "kestrel-ventures")}),
    # a country's possessive before an investor is no part of its name nor a verb; a second
    # participle after "and" continues the agents
    ("en", "Cohere raised funds. The round was led by Canada's Inovia Capital and joined by Radical Ventures.",
     {("inovia-capital", "FUNDS", "cohere", S), ("radical-ventures", "FUNDS", "cohere", S)}),
    # a legal form after a known name does not end the list
    ("en", "The AI Alliance was launched last year. Members include IBM Inc., Nvidia Inc., Intel Inc. and Microsoft Inc.",
     {("ibm", "MEMBER_OF", "ai-alliance", S), ("nvidia", "MEMBER_OF", "ai-alliance", S),
      ("intel", "MEMBER_OF", "ai-alliance", S), ("microsoft", "MEMBER_OF", "ai-alliance", S)}),
    # a declaration named once, then "la déclaration"; no declaration named, no reference
    ("fr", "La France et l'Inde ont signé la Déclaration de Paris sur l'IA. Le Brésil a aussi paraphé la déclaration.",
     {("government-of-france", "MEMBER_OF", "paris-statement-on-inclusive-and-sustainable-ai", S),
      ("government-of-india", "MEMBER_OF", "paris-statement-on-inclusive-and-sustainable-ai", S),
      ("government-of-brazil", "MEMBER_OF", "paris-statement-on-inclusive-and-sustainable-ai", S)}),
    ("fr", "Mistral AI publie un modèle. La déclaration de son PDG a surpris.", set()),
    # an adverb between the verb and its preposition
    ("fr", "Mistral AI publie un modèle. Elle s'associe par ailleurs à Stellantis.",
     {("mistral-ai", PW, "stellantis", S)}),
    # a numbered group: the N organizations of its kind named last, only when exactly N fit (or N
    # stand out by mentions); a news agency cited in a dispatch is none of them
    ("fr", "Orange, Capgemini et Microsoft préparent une offre. Les trois groupes ont rejoint l'AI Alliance.",
     {("orange", "MEMBER_OF", "ai-alliance", S), ("capgemini", "MEMBER_OF", "ai-alliance", S),
      ("microsoft", "MEMBER_OF", "ai-alliance", S)}),
    ("fr", "Orange et Capgemini préparent une offre avec Microsoft et Google. Les trois groupes ont rejoint l'AI Alliance.",
     set()),
    ("fr", "Orange et Microsoft changent de braquet. Selon une dépêche de Reuters publiée lundi, les deux géants "
           "vont lancer une initiative commune en Afrique.",
     {("microsoft", PW, "orange", S)}),
    ("fr", "Inria et le CNRS recrutent. Les deux partenaires ont rejoint Confiance.ai.",
     {("inria", "MEMBER_OF", "confiance-ai", S), ("cnrs", "MEMBER_OF", "confiance-ai", S)}),
    # an object relative on a program or a partner: "P, un texte que X a refusé de signer"
    ("fr", "Le sommet a adopté la Déclaration de Paris. Seuls 61 pays ont signé la déclaration finale ce mardi, "
           "un document que les États-Unis et le Royaume-Uni ont refusé de parafer.",
     {("us-government", "EXCLUDED_FROM", "declaration-de-paris", S),
      ("uk-government", "EXCLUDED_FROM", "declaration-de-paris", S)}),
    ("fr", "La Déclaration de Paris, un texte que le Canada a signé, engage les pays.",
     {("government-of-canada", "MEMBER_OF", "declaration-de-paris", S)}),
    ("fr", "Le Canada annonce que le Japon refuse de signer.", set()),
    ("fr", "Pasqal, une start-up que Bpifrance finance depuis 2020, recrute.", {("bpifrance", "FUNDS", "pasqal", S)}),
    ("fr", "Pasqal annonce que Bpifrance finance la recherche.", set()),
    # the agreement before, its parties in a relative clause on it; not the subject of the main verb
    ("fr", "Mistral AI détaille l'accord que Renault et Google ont signé en mai.", {("google", MOU, "renault", S)}),
    ("fr", "Orange présente le partenariat que Capgemini a noué avec Mistral AI.", {("capgemini", PW, "mistral-ai", S)}),
    # verbs by lemma: parapher, rallier, conclure, tenir à l'écart, porter sur les fonts baptismaux, abonder;
    # "rejoint par" in a round
    ("fr", "Renault et Google ont paraphé un accord-cadre de coopération.", {("google", MOU, "renault", S)}),
    ("fr", "Renault et Google ont paraphé la feuille de présence.", set()),
    ("fr", "La France a rallié le Partenariat mondial sur l'intelligence artificielle.",
     {("government-of-france", "MEMBER_OF", "gpai", S)}),
    ("fr", "La France a rallié l'Allemagne à sa position.", set()),
    ("fr", "Thales et Mistral AI ont conclu un partenariat.", {("mistral-ai", PW, "thales", S)}),
    ("fr", "Le Japon a été tenu à l'écart du Partenariat mondial sur l'intelligence artificielle.",
     {("government-of-japan", "EXCLUDED_FROM", "gpai", S)}),
    ("fr", "Le Japon reste en dehors du Partenariat mondial sur l'intelligence artificielle.",
     {("government-of-japan", "EXCLUDED_FROM", "gpai", S)}),
    ("fr", "Le Japon a été tenu informé par le Partenariat mondial sur l'intelligence artificielle.", set()),
    ("fr", "Inria et le CNRS ont porté sur les fonts baptismaux le programme Confiance.ai.",
     {("inria", "FOUNDED", "confiance-ai", S), ("cnrs", "FOUNDED", "confiance-ai", S)}),
    ("fr", "Bpifrance a abondé le programme Campus IA.", {("bpifrance", "FUNDS", "campus-ia", S)}),
    ("fr", "Le tour de table de Mistral AI est mené par General Catalyst, rejoint par Bpifrance.",
     {("general-catalyst", "FUNDS", "mistral-ai", S), ("bpifrance", "FUNDS", "mistral-ai", S)}),
    ("fr", "Mistral AI, rejoint par Bpifrance au salon, présente un modèle.", set()),
    # launching something unnamed together, its object after a time phrase; not a stated definite object
    ("fr", "MTN et Microsoft accélèrent. Les deux géants prévoient de lancer dès le début de l'année prochaine "
           "une initiative d'inclusion numérique.",
     {("microsoft", PW, "mtn", S)}),
    ("fr", "MTN et Microsoft prévoient de lancer dès le début de l'année prochaine la nouvelle version de leur offre.",
     set()),
    # a subject pronoun after "avec lequel": the text's subject, partner of the antecedent; not after
    # "dont" (the partnership is the antecedent's)
    ("fr", "Mistral AI multiplie les clients industriels. Parmi eux figure l'équipementier Faurecia, avec lequel "
           "elle a annoncé un partenariat l'an dernier.",
     {("forvia", PW, "mistral-ai", S)}),
    ("fr", "Mistral AI multiplie les clients industriels. Parmi eux figure l'équipementier Faurecia, dont elle a "
           "présenté le partenariat avec Renault.",
     {("forvia", PW, "renault", S)}),
    ("fr", "Mistral AI multiplie les clients. Parmi eux figure Pasqal, dans laquelle elle a investi 10 millions d'euros.",
     {("mistral-ai", "FUNDS", "pasqal", S)}),
    # one relation, a second partner after a repeated "avec"; not a partner of another verb
    ("fr", "Mistral AI a levé des fonds. Elle a annoncé un partenariat avec France Travail en février, puis un "
           "autre avec Stellantis.",
     {("france-travail", PW, "mistral-ai", S), ("mistral-ai", PW, "stellantis", S)}),
    ("fr", "Mistral AI a annoncé un partenariat avec France Travail pour rivaliser avec Stellantis.",
     {("france-travail", PW, "mistral-ai", S)}),
    # "le partenariat de X avec Y" is X's, not the subject's
    ("fr", "Orange salue le partenariat de Microsoft avec OpenAI.", {("microsoft", PW, "openai", S)}),
    ("fr", "Orange a signé un partenariat de recherche avec OpenAI.", {("openai", MOU, "orange", S)}),
    # an unnamed centre: the program named before, not the university that founded it
    ("fr", "L'Inria et le CNRS ont lancé le programme Campus IA en 2021. Le nouveau centre de recherche est financé "
           "par L'Oréal et Capgemini.",
     {("inria", "FOUNDED", "campus-ia", S), ("cnrs", "FOUNDED", "campus-ia", S),
      ("l-oreal", "FUNDS", "campus-ia", S), ("capgemini", "FUNDS", "campus-ia", S)}),
    # nouns and paraphrases: "la signature d'un accord", "son entrée au capital", "son soutien financier",
    # "officialiser leur collaboration", "s'est joint à", "P, dont X et Y sont membres"
    ("fr", "L'AFP et Mistral AI annoncent la signature d'un accord pluriannuel.",
     {("agence-france-presse", MOU, "mistral-ai", S)}),
    ("fr", "Renault annonce la signature de Google comme client.", set()),
    ("fr", "Le groupe Orange a officialisé son entrée au capital de Pasqal.", {("orange", "FUNDS", "pasqal", S)}),
    ("fr", "L'Inria apporte son soutien financier au programme Campus IA.", {("inria", "FUNDS", "campus-ia", S)}),
    ("fr", "Renault et Google ont officialisé leur collaboration.", {("google", PW, "renault", S)}),
    ("fr", "Renault et Google ont officialisé la sortie de leur voiture.", set()),
    ("fr", "Orange s'est joint à l'AI Alliance aux côtés de Capgemini.",
     {("orange", "MEMBER_OF", "ai-alliance", S), ("capgemini", "MEMBER_OF", "ai-alliance", S)}),
    ("fr", "L'AI Alliance, dont Orange et Capgemini sont membres, s'étend.",
     {("orange", "MEMBER_OF", "ai-alliance", S), ("capgemini", "MEMBER_OF", "ai-alliance", S)}),
    ("fr", "Le comité, dont Orange est membre, se réunit.", set()),
    # a short incise between commas inside a trigger; a name inside it is no argument
    ("fr", "Kyutai, présidé par Patrick Pérez, et Inria ont signé, en marge du sommet Choose France, un accord-cadre "
           "de coopération.",
     {("inria", MOU, "kyutai", S)}),
    ("fr", "Inria et le CNRS ont lancé, lors d'une visite de Mistral AI, le programme Campus IA.",
     {("inria", "FOUNDED", "campus-ia", S), ("cnrs", "FOUNDED", "campus-ia", S)}),
    ("fr", "Orange a signé, comme prévu par Bpifrance, un protocole d'accord.", set()),
    # subjects after the verb behind a two-word adverb; a conditional the tagger reads as an imperfect is a hedge
    ("fr", "Mistral AI a levé 600 millions d'euros. Le tour est mené par General Catalyst. Ont en outre participé "
           "Bpifrance et Nvidia.",
     {("general-catalyst", "FUNDS", "mistral-ai", S), ("bpifrance", "FUNDS", "mistral-ai", S),
      ("nvidia", "FUNDS", "mistral-ai", S)}),
    ("fr", "Orange rejoindrait le programme Campus IA.", {("orange", "MEMBER_OF", "campus-ia", "potential")}),
    ("fr", "Orange rejoignait le programme Campus IA en 2021.", {("orange", "MEMBER_OF", "campus-ia", S)}),
    ("fr", "La Région Île-de-France dotera le programme Campus IA de 20 millions d'euros.",
     {("ile-de-france-region", "FUNDS", "campus-ia", S)}),
    ("fr", "Le programme Campus IA a ouvert ses portes. Le centre, créé par l'Inria et le CNRS, compte parmi ses "
           "membres fondateurs L'Oréal et Capgemini.",
     {("inria", "FOUNDED", "campus-ia", S), ("cnrs", "FOUNDED", "campus-ia", S),
      ("l-oreal", "MEMBER_OF", "campus-ia", S), ("capgemini", "MEMBER_OF", "campus-ia", S)}),
    # "investisseurs <adjective phrase> incluant X": X is an investor of the round, not a company funded
    # by the names before; "investisseur (historique) de Y" right before its object still funds Y
    ("fr", "Mistral AI a levé 40 millions d'euros. La levée intègre la participation de partenaires dont Orange "
           "et Thales, et d'investisseurs de renommée mondiale incluant Sequoia Capital et Accel.",
     {("orange", "FUNDS", "mistral-ai", S), ("thales", "FUNDS", "mistral-ai", S),
      ("sequoia-capital", "FUNDS", "mistral-ai", S), ("accel", "FUNDS", "mistral-ai", S)}),
    ("fr", "Bpifrance, investisseur historique de Mistral AI, suit le tour.", {("bpifrance", "FUNDS", "mistral-ai", S)}),
    # a phrase set aside before the first comma holds no subject of the clause after it
    ("fr", "Mistral AI a levé 600 millions d'euros. Outre les fonds déjà présents Sequoia Capital et Accel, cette "
           "levée intègre la participation d'Orange et de Thales.",
     {("orange", "FUNDS", "mistral-ai", S), ("thales", "FUNDS", "mistral-ai", S)}),
    ("en", "Besides its cloud deal, OpenAI has partnered with Oracle.", {("openai", PW, "oracle", S)}),
    # "the (founding) partners of P are X and Y": partner institutions of a program are members; of a company, nothing
    ("fr", "Les partenaires fondateurs du programme Campus IA sont l'Inria et le CNRS.",
     {("inria", "MEMBER_OF", "campus-ia", S), ("cnrs", "MEMBER_OF", "campus-ia", S)}),
    ("fr", "Les partenaires de Mistral AI sont nombreux.", set()),
    ("en", "The founding partners of the new AI Alliance are IBM and Meta.",
     {("ibm", "MEMBER_OF", "ai-alliance", S), ("meta", "MEMBER_OF", "ai-alliance", S)}),
    ("en", "IBM, one of the partners of Meta in the AI Alliance, builds chips.", set()),
    # a declaration named by its city, with a complement and a day after it: the city is no signatory
    ("en", "France and India signed the Lisbon Declaration on AI on Tuesday.",
     {("government-of-france", "MEMBER_OF", "lisbon-declaration-on-ai", S),
      ("government-of-india", "MEMBER_OF", "lisbon-declaration-on-ai", S)}),
    # left out of a declaration: a relative on it right after a comma or after a copula and a noun,
    # refusing or abstaining before the signing verb, refusing the signature or the membership itself
    ("fr", "La Déclaration de Paris, que les États-Unis ont refusé de signer, a été adoptée.",
     {("us-government", "EXCLUDED_FROM", "declaration-de-paris", S)}),
    ("fr", "La Déclaration de Paris est un document que les États-Unis et le Royaume-Uni ont notamment refusé de parafer.",
     {("us-government", "EXCLUDED_FROM", "declaration-de-paris", S),
      ("uk-government", "EXCLUDED_FROM", "declaration-de-paris", S)}),
    ("fr", "Les États-Unis ont refusé de commenter la Déclaration de Paris.", set()),
    ("fr", "Microsoft a une filiale que Google finance.", set()),
    ("fr", "Le Royaume-Uni s'est abstenu de signer la Déclaration de Paris.",
     {("uk-government", "EXCLUDED_FROM", "declaration-de-paris", S)}),
    ("fr", "Le Royaume-Uni a décliné la signature de la Déclaration de Paris.",
     {("uk-government", "EXCLUDED_FROM", "declaration-de-paris", S)}),
    ("fr", "Le Royaume-Uni a décliné la signature d'un nouveau joueur.", set()),
    ("fr", "Meta pourrait ne pas signer la Charte de Montréal.",
     {("meta", "EXCLUDED_FROM", "charte-de-montreal", "potential")}),
    ("en", "The Paris AI Declaration, which Britain refused to sign, was adopted by sixty countries.",
     {("uk-government", "EXCLUDED_FROM", "paris-statement-on-inclusive-and-sustainable-ai", S)}),
    ("en", "Britain refrained from signing the Paris AI Declaration.",
     {("uk-government", "EXCLUDED_FROM", "paris-statement-on-inclusive-and-sustainable-ai", S)}),
    ("en", "Britain abstained from signing the Paris AI Declaration.",
     {("uk-government", "EXCLUDED_FROM", "paris-statement-on-inclusive-and-sustainable-ai", S)}),
    ("en", "Britain refused to comment on the Paris AI Declaration.", set()),
    ("en", "Arsenal did not sign a new player.", set()),
    ("en", "Mozilla has withdrawn in protest from the Partnership on AI.",
     {("mozilla-foundation", "EXCLUDED_FROM", "partnership-on-ai", S)}),
    ("en", "Mozilla has withdrawn its protest.", set()),
    ("en", "Britain stayed away from the Paris AI Declaration.",
     {("uk-government", "EXCLUDED_FROM", "paris-statement-on-inclusive-and-sustainable-ai", S)}),
    ("en", "Britain stayed away from the press.", set()),
    # a cleft names the one left out after a copula: "One company that won't be joining the group is X"
    # (a name after a comma further on is no other party of the reference), "Le grand absent de P est X";
    # joining so named is membership
    ("en", "The UALink Consortium was formed by AMD and Intel. One company that won't be joining the group is "
           "Nvidia, as UALink would compete with its own links.",
     {("amd", "FOUNDED", "ualink-consortium", S), ("intel", "FOUNDED", "ualink-consortium", S),
      ("nvidia", "EXCLUDED_FROM", "ualink-consortium", S)}),
    ("en", "The UALink Consortium was formed by AMD and Intel. One company that will be joining the group is Nvidia.",
     {("amd", "FOUNDED", "ualink-consortium", S), ("intel", "FOUNDED", "ualink-consortium", S),
      ("nvidia", "MEMBER_OF", "ualink-consortium", S)}),
    ("en", "The AI Alliance keeps growing. The company that left the group last year was Meta.",
     {("meta", "EXCLUDED_FROM", "ai-alliance", S)}),
    ("en", "Leaving the AI Alliance was a hard choice for Meta.", set()),
    ("fr", "Le programme Confiance.ai rassemble des industriels. Le grand absent de Confiance.ai est Dassault Aviation.",
     {("dassault-aviation", "EXCLUDED_FROM", "confiance-ai", S)}),
    # missing from a list that stands for the program at hand, the parties after a colon; not from a photo
    # (an adverb opening the sentence is no name)
    ("en", "The AI Alliance gathers fifty members. Notably missing from the list of signatories: OpenAI and Anthropic.",
     {("openai", "EXCLUDED_FROM", "ai-alliance", S), ("anthropic", "EXCLUDED_FROM", "ai-alliance", S)}),
    ("en", "The AI Alliance gathers fifty members. Notably missing from the photo: OpenAI and Anthropic.", set()),
    ("fr", "Le programme Confiance.ai rassemble des industriels. Absent de la liste : Dassault Aviation.",
     {("dassault-aviation", "EXCLUDED_FROM", "confiance-ai", S)}),
    ("fr", "Le programme Confiance.ai rassemble des industriels. Absent de la photo : Dassault Aviation.", set()),
    # a list of absentees names those left out of the program at hand; not absentees from a photo
    ("en", "The AI Alliance gathers fifty members. Notable absentees include OpenAI and Anthropic.",
     {("openai", "EXCLUDED_FROM", "ai-alliance", S), ("anthropic", "EXCLUDED_FROM", "ai-alliance", S)}),
    ("en", "The AI Alliance gathers fifty members. Notable absentees from the photo include OpenAI and Anthropic.",
     set()),
    ("fr", "Le programme Confiance.ai rassemble des industriels. Parmi les grands absents, on retrouve Dassault "
           "Aviation et Safran.",
     {("dassault-aviation", "EXCLUDED_FROM", "confiance-ai", S), ("safran", "EXCLUDED_FROM", "confiance-ai", S)}),
    ("en", "The AI Alliance gathers fifty members. Among the notable absentees were OpenAI and Anthropic.",
     {("openai", "EXCLUDED_FROM", "ai-alliance", S), ("anthropic", "EXCLUDED_FROM", "ai-alliance", S)}),
    ("en", "The AI Alliance gathers fifty members. Among the notable absentees from the dinner were OpenAI and "
           "Anthropic.", set()),
    ("fr", "Le programme Confiance.ai rassemble des industriels. Parmi les grands absents du dîner figurent Dassault "
           "Aviation et Safran.", set()),
    ("fr", "Le programme Confiance.ai rassemble des industriels. Parmi les membres figurent Thales et Safran.",
     {("thales", "MEMBER_OF", "confiance-ai", S), ("safran", "MEMBER_OF", "confiance-ai", S)}),
    # excluded or dropped from the selection of the program at hand, even one the text names only later;
    # not selected; not from a meeting, nor as a supplier
    ("en", "Naver and Upstage advanced, while Kakao and KT were excluded from the final selection. The Sovereign AI "
           "Foundation Model Project will fund them.",
     {("kakao", "EXCLUDED_FROM", "sovereign-ai-foundation-model-project", S),
      ("kt-corporation", "EXCLUDED_FROM", "sovereign-ai-foundation-model-project", S)}),
    ("en", "The Sovereign AI Foundation Model Project picked five teams. Kakao and KT were dropped from the shortlist.",
     {("kakao", "EXCLUDED_FROM", "sovereign-ai-foundation-model-project", S),
      ("kt-corporation", "EXCLUDED_FROM", "sovereign-ai-foundation-model-project", S)}),
    ("en", "The Sovereign AI Foundation Model Project picked five teams. Kakao and KT were not selected.",
     {("kakao", "EXCLUDED_FROM", "sovereign-ai-foundation-model-project", S),
      ("kt-corporation", "EXCLUDED_FROM", "sovereign-ai-foundation-model-project", S)}),
    ("en", "The Sovereign AI Foundation Model Project picked five teams. Kakao and KT were dropped from the press "
           "conference.", set()),
    ("en", "The Sovereign AI Foundation Model Project picked five teams. Kakao was not selected as a supplier.", set()),
    ("en", "Kakao and KT were excluded from the meeting.", set()),
    ("fr", "Le programme Confiance.ai a retenu dix projets. Atos et Sopra Steria n'ont pas été retenus.",
     {("atos", "EXCLUDED_FROM", "confiance-ai", S), ("sopra-steria", "EXCLUDED_FROM", "confiance-ai", S)}),
    ("fr", "Le programme Confiance.ai démarre. Atos a été écarté du projet.", {("atos", "EXCLUDED_FROM", "confiance-ai", S)}),
    ("fr", "Le programme Confiance.ai a retenu dix projets. Atos n'a pas été retenu comme fournisseur.", set()),
    ("fr", "Le programme Confiance.ai a retenu dix projets. Atos et Sopra Steria ont été retenus.", set()),
    # (a rule that fires only negated hides no other firing where it does not hold)
    ("fr", "Atos a été retenu comme partenaire de Thales.", {("atos", PW, "thales", S)}),
    # leaving a program (an organization named after "organization" is one); not a room, nor a post; "found
    # that" is the verb find
    ("en", "Digital rights organization Access Now has resigned in protest from the Partnership on AI.",
     {("access-now", "EXCLUDED_FROM", "partnership-on-ai", S)}),
    ("en", "Mozilla found that the Partnership on AI had changed little.", set()),
    ("en", "Mozilla pulled out of the Partnership on AI in 2020.",
     {("mozilla-foundation", "EXCLUDED_FROM", "partnership-on-ai", S)}),
    ("en", "Mozilla quit the Partnership on AI last year.", {("mozilla-foundation", "EXCLUDED_FROM", "partnership-on-ai", S)}),
    ("en", "Mozilla left the room after the Partnership on AI meeting.", set()),
    ("en", "Tim Cook resigned as chief executive of Apple.", set()),
    ("fr", "Mozilla a claqué la porte du Partenariat mondial sur l'intelligence artificielle.",
     {("mozilla-foundation", "EXCLUDED_FROM", "gpai", S)}),
    ("fr", "Mozilla s'est retiré du Partenariat mondial sur l'intelligence artificielle.",
     {("mozilla-foundation", "EXCLUDED_FROM", "gpai", S)}),
    ("fr", "Mozilla a quitté la salle après la réunion du Partenariat mondial sur l'intelligence artificielle.", set()),
    # refusals and exclusions as families: a subject across "but"; a negated wish or "yet to" states the
    # exclusion (no hedge); inverted absence; sitting out, staying outside, passed over, a rejected bid, "except",
    # a refused invitation, "a vu sa candidature écartée", "ne figure pas parmi les lauréats", "s'associer au
    # projet" (the program at hand); near misses: a comment declined, a share price, a job, a place, a photo
    ("en", "Gaia-X unveiled its new board in Brussels. Vattenfall was invited but declined to take part, a spokesman "
           "said.", {("vattenfall", "EXCLUDED_FROM", "gaia-x", S)}),
    ("en", "Gaia-X unveiled its new board in Brussels. Vattenfall declined to comment.", set()),
    ("en", "Gaia-X grows. Siemens was invited but the board declined to comment.", set()),
    ("en", "Shares of Vattenfall declined by 5% after the Gaia-X announcement.", set()),
    ("fr", "Le consortium OpenEuroLLM a présenté ses membres mardi. Roche, sollicité, n'a pas souhaité s'associer au "
           "projet à ce stade.", {("roche", "EXCLUDED_FROM", "openeurollm", S)}),
    ("fr", "Le consortium OpenEuroLLM a présenté ses membres mardi. Roche, sollicité, n'a pas souhaité commenter.", set()),
    ("fr", "Le consortium OpenEuroLLM a présenté ses membres mardi. Roche s'associe au projet.",
     {("roche", "MEMBER_OF", "openeurollm", S)}),
    ("en", "Apple did not want to join the Frontier Model Forum.", {("apple", "EXCLUDED_FROM", "frontier-model-forum", S)}),
    ("en", "Apple wants to join the Frontier Model Forum.", {("apple", "MEMBER_OF", "frontier-model-forum", "potential")}),
    ("en", "Amazon has yet to join the Frontier Model Forum.", {("amazon", "EXCLUDED_FROM", "frontier-model-forum", S)}),
    ("en", "The OpenEuroLLM consortium named its twenty members on Monday. Notably absent is Vattenfall, the Swedish "
           "utility.", {("vattenfall", "EXCLUDED_FROM", "openeurollm", S)}),
    ("en", "The OpenEuroLLM consortium named its twenty members on Monday. Notably absent is any word on funding.", set()),
    ("en", "The OpenEuroLLM consortium gathers twenty labs. Mistral AI is conspicuously missing.",
     {("mistral-ai", "EXCLUDED_FROM", "openeurollm", S)}),
    ("en", "Gaia-X grows. Meta is missing out on the cloud boom.", set()),
    ("en", "Gaia-X grows. Apple is absent from the photo.", set()),
    ("en", "The Frontier Model Forum added two members this week. Apple sits out.",
     {("apple", "EXCLUDED_FROM", "frontier-model-forum", S)}),
    ("en", "Gaia-X grows. Apple sits out the current funding cycle.", set()),
    ("en", "OVHcloud remains outside Gaia-X, its founder said.", {("ovhcloud", "EXCLUDED_FROM", "gaia-x", S)}),
    ("en", "Gaia-X grows. OVHcloud remains outside the top ten.", set()),
    ("en", "The Confiance.ai programme picked six consortia on Tuesday. Nokia and Ericsson, the Nordic telecom groups, "
           "were passed over.", {("nokia", "EXCLUDED_FROM", "confiance-ai", S), ("ericsson", "EXCLUDED_FROM", "confiance-ai", S)}),
    ("en", "Confiance.ai picked six consortia. Nokia's chief executive was passed over for promotion.", set()),
    ("en", "OpenEuroLLM chose its industrial partners in March. Aleph Alpha's bid was rejected.",
     {("aleph-alpha", "EXCLUDED_FROM", "openeurollm", S)}),
    ("en", "Aleph Alpha rejected the bid of a rival in March.", set()),
    ("en", "Every large lab has joined the Frontier Model Forum except Meta.",
     {("meta", "EXCLUDED_FROM", "frontier-model-forum", S)}),
    ("en", "Apple turned down an invitation to join the Frontier Model Forum.",
     {("apple", "EXCLUDED_FROM", "frontier-model-forum", S)}),
    ("en", "Apple turned down an invitation to speak at the Gaia-X summit.", set()),
    ("fr", "Le programme Confiance.ai a désigné dix lauréats. Atos a vu sa candidature écartée.",
     {("atos", "EXCLUDED_FROM", "confiance-ai", S)}),
    ("fr", "Gaia-X grandit. Atos a vu son chiffre d'affaires rejeté par les marchés.", set()),
    ("fr", "Le programme Confiance.ai a désigné dix lauréats. Sopra Steria ne figure pas parmi les lauréats.",
     {("sopra-steria", "EXCLUDED_FROM", "confiance-ai", S)}),
    ("fr", "Le consortium OpenEuroLLM réunit vingt laboratoires. Aleph Alpha a retiré sa plainte contre le consortium.",
     set()),
    ("fr", "Sauf mention contraire, les chiffres d'Orange sont en euros.", set()),
    ("en", "Vattenfall has declined an invitation to join Gaia-X.", {("vattenfall", "EXCLUDED_FROM", "gaia-x", S)}),
    ("en", "Vattenfall said it would not join Gaia-X.", {("vattenfall", "EXCLUDED_FROM", "gaia-x", S)}),
    ("en", "Invited to join Gaia-X, Vattenfall declined.", {("vattenfall", "EXCLUDED_FROM", "gaia-x", S)}),
    ("en", "Gaia-X grows. Atos left in 2021.", {("atos", "EXCLUDED_FROM", "gaia-x", S)}),
    ("en", "Gaia-X grows. Atos left for Paris in 2021.", set()),
    ("fr", "Atos, Capgemini et Sopra Steria ont quitté Gaia-X en 2022.",
     {("atos", "EXCLUDED_FROM", "gaia-x", S), ("capgemini", "EXCLUDED_FROM", "gaia-x", S),
      ("sopra-steria", "EXCLUDED_FROM", "gaia-x", S)}),
    # declining to say whether it would join states nothing; a plain conditional is still a hedge
    ("en", "The AI Alliance keeps growing. Apple declined to say whether it would join the alliance.", set()),
    ("en", "Apple declined to say whether it would join the AI Alliance.", set()),
    ("en", "Apple refused to comment.", set()),
    ("en", "Apple would not say if it would join the AI Alliance.", set()),
    ("en", "Apple said if the terms were right it would join the AI Alliance.",
     {("apple", "MEMBER_OF", "ai-alliance", "potential")}),
    ("fr", "L'AI Alliance grandit. Apple n'a pas voulu dire si elle rejoindrait l'alliance.", set()),
    ("fr", "L'AI Alliance grandit. Apple rejoindrait l'alliance si les conditions sont réunies.",
     {("apple", "MEMBER_OF", "ai-alliance", "potential")}),
    # patrons financing a centre "avec N membres fondateurs que sont X, Y": each funds it and is a member;
    # founding members of a centre funded by someone else (or by no one said) are members only
    ("fr", "Le programme Campus IA a ouvert ses portes. Des mécènes financeront le centre, avec trois membres "
           "fondateurs que sont Orange, Thales et Safran.",
     {(x, t, "campus-ia", S) for x in ("orange", "thales", "safran") for t in ("FUNDS", "MEMBER_OF")}),
    ("fr", "Le programme Campus IA a ouvert ses portes. Le mécénat a été retenu pour financer le centre et son "
           "budget de 30 millions d'euros, avec trois membres fondateurs que sont Orange, Thales et Safran.",
     {(x, t, "campus-ia", S) for x in ("orange", "thales", "safran") for t in ("FUNDS", "MEMBER_OF")}),
    ("fr", "Le programme Campus IA a ouvert ses portes. Le centre accueille ses élèves, avec trois membres "
           "fondateurs que sont Orange, Thales et Safran.",
     {(x, "MEMBER_OF", "campus-ia", S) for x in ("orange", "thales", "safran")}),
    ("fr", "Le programme Campus IA a ouvert ses portes. Le centre est financé par l'État, avec trois membres "
           "fondateurs que sont Orange, Thales et Safran.",
     {("government-of-france", "FUNDS", "campus-ia", S)}
     | {(x, "MEMBER_OF", "campus-ia", S) for x in ("orange", "thales", "safran")}),
    # compute given in kind funds a recipient named with it; none named (even with a program at hand), a
    # recipient that is no organization ("aux étudiants"), or access to something other than compute: nothing
    ("fr", "GENCI fournira à Mistral AI un accès à ses supercalculateurs.", {("genci", "FUNDS", "mistral-ai", S)}),
    ("fr", "GENCI fournira au programme Campus IA un accès à ses supercalculateurs.",
     {("genci", "FUNDS", "campus-ia", S)}),
    ("fr", "Le programme Campus IA réunit vingt laboratoires. GENCI fournira quant à lui un accès à ses "
           "supercalculateurs.", set()),
    ("fr", "Le programme Campus IA réunit vingt laboratoires. Mistral AI offre aux étudiants un accès à ses GPU.",
     set()),
    ("fr", "Le programme Campus IA réunit vingt laboratoires. GENCI fournira un accès à ses données.", set()),
    # membership as real press lists it: selection, team and consortium lists, growth with examples,
    # signing "the text" of a declaration named before, and a unit of an organization as the subject
    # selection: chosen as participants of a program; an organization choosing a supplier is none
    ("en", "Nvidia, AMD and Dell have been selected to build the Genesis Mission.",
     {("nvidia", "MEMBER_OF", "genesis-mission", S), ("amd", "MEMBER_OF", "genesis-mission", S), ("dell-technologies", "MEMBER_OF", "genesis-mission", S)}),
    ("en", "Mistral AI and Aleph Alpha were selected among the finalists to develop the OpenEuroLLM project.",
     {("mistral-ai", "MEMBER_OF", "openeurollm", S), ("aleph-alpha", "MEMBER_OF", "openeurollm", S)}),
    ("en", "The Genesis Mission has selected Nvidia and AMD.",
     {("nvidia", "MEMBER_OF", "genesis-mission", S), ("amd", "MEMBER_OF", "genesis-mission", S)}),
    ("en", "OpenAI selected Oracle as its cloud supplier.", set()),
    ("fr", "Mistral AI et Kyutai ont été retenus pour le programme Campus IA.",
     {("mistral-ai", "MEMBER_OF", "campus-ia", S), ("kyutai", "MEMBER_OF", "campus-ia", S)}),
    ("fr", "Pasqal et Quandela ont été sélectionnés pour rejoindre France 2030.",
     {("pasqal", "MEMBER_OF", "france-2030", S), ("quandela", "MEMBER_OF", "france-2030", S)}),
    ("fr", "Les lauréats du programme Campus IA sont Pasqal et Quandela.",
     {("pasqal", "MEMBER_OF", "campus-ia", S), ("quandela", "MEMBER_OF", "campus-ia", S)}),
    ("fr", "Le ministère a retenu Capgemini comme prestataire.", set()),
    ("fr", "Orange a sélectionné Capgemini pour son nouveau centre de données.", set()),
    # team and consortium lists
    ("en", "LG's team includes KT, Naver and Samsung.",
     {("kt-corporation", PW, "lg-electronics", S), ("lg-electronics", PW, "naver", S), ("lg-electronics", PW, "samsung-electronics", S)}),
    ("en", "The OpenEuroLLM project is supported by a consortium comprising Silo AI, Aleph Alpha and the Association of Finnish Universities.",
     {("silo-ai", "MEMBER_OF", "openeurollm", S), ("aleph-alpha", "MEMBER_OF", "openeurollm", S), ("association-of-finnish-universities", "MEMBER_OF", "openeurollm", S)}),
    ("fr", "Le projet OpenEuroLLM est porté par un consortium qui réunit Silo AI, Aleph Alpha et l'Inria.",
     {("silo-ai", "MEMBER_OF", "openeurollm", S), ("aleph-alpha", "MEMBER_OF", "openeurollm", S), ("inria", "MEMBER_OF", "openeurollm", S)}),
    ("fr", "Le projet OpenEuroLLM est mené par un consortium composé de Silo AI, Aleph Alpha et l'Inria.",
     {("silo-ai", "MEMBER_OF", "openeurollm", S), ("aleph-alpha", "MEMBER_OF", "openeurollm", S), ("inria", "MEMBER_OF", "openeurollm", S)}),
    ("fr", "Orange participe au projet OpenEuroLLM aux côtés de Thales et Capgemini.",
     {("orange", "MEMBER_OF", "openeurollm", S), ("thales", "MEMBER_OF", "openeurollm", S), ("capgemini", "MEMBER_OF", "openeurollm", S)}),
    ("fr", "Orange dîne aux côtés de Thales et Capgemini.", set()),
    # growth and examples
    ("en", "The AI Alliance has grown to include more than 100 member organizations, with groups like Hugging Face and Sony.",
     {("hugging-face", "MEMBER_OF", "ai-alliance", S), ("sony", "MEMBER_OF", "ai-alliance", S)}),
    ("en", "The AI Alliance has grown to more than 100 members.", set()),
    ("en", "The AI Alliance has grown to include 120 member organizations, many of which are research groups like Inria and Mila.",
     {("inria", "MEMBER_OF", "ai-alliance", S), ("mila", "MEMBER_OF", "ai-alliance", S)}),
    ("en", "Mistral AI has grown to 600 employees, with clients like Orange and Stellantis.", set()),
    ("fr", "L'AI Alliance est passée à plus de 100 membres, dont Hugging Face et Sony.",
     {("hugging-face", "MEMBER_OF", "ai-alliance", S), ("sony", "MEMBER_OF", "ai-alliance", S)}),
    ("en", "The Genesis Mission opened in May. Nvidia and AMD were selected as finalist teams to build a national model.",
     {("nvidia", "MEMBER_OF", "genesis-mission", S), ("amd", "MEMBER_OF", "genesis-mission", S)}),
    ("fr", "Le programme Campus IA a ouvert. Pasqal et Quandela ont été retenus comme lauréats.",
     {("pasqal", "MEMBER_OF", "campus-ia", S), ("quandela", "MEMBER_OF", "campus-ia", S)}),
    ("fr", "L'AI Alliance compte parmi ses membres Hugging Face et Sony.",
     {("hugging-face", "MEMBER_OF", "ai-alliance", S), ("sony", "MEMBER_OF", "ai-alliance", S)}),
    ("fr", "Parmi les membres de l'AI Alliance figurent Hugging Face et Sony.",
     {("hugging-face", "MEMBER_OF", "ai-alliance", S), ("sony", "MEMBER_OF", "ai-alliance", S)}),
    ("en", "The AI Alliance counts Hugging Face and Sony among its members.",
     {("hugging-face", "MEMBER_OF", "ai-alliance", S), ("sony", "MEMBER_OF", "ai-alliance", S)}),
    ("en", "The AI Alliance counts more than 100 members.", set()),
    # signing a text through a reference
    ("fr", "Les dirigeants ont débattu de la Déclaration de Paris. L'Union européenne, l'Inde et la Chine ont paraphé une version du texte.",
     {("european-union", "MEMBER_OF", "declaration-de-paris", S), ("government-of-india", "MEMBER_OF", "declaration-de-paris", S), ("government-of-china", "MEMBER_OF", "declaration-de-paris", S)}),
    ("en", "Leaders debated the Paris AI Declaration. France and Japan signed the text on Tuesday.",
     {("government-of-france", "MEMBER_OF", "paris-statement-on-inclusive-and-sustainable-ai", S), ("government-of-japan", "MEMBER_OF", "paris-statement-on-inclusive-and-sustainable-ai", S)}),
    ("en", "France and Japan signed the text on Tuesday.", set()),
    ("fr", "La France et l'Inde ont paraphé une version du texte.", set()),
    ("fr", "L'AI Alliance réunit des entreprises. Meta a signé le texte.", set()),
    ("en", "The AI Alliance keeps growing. Meta signed the document.", set()),
    ("fr", "Le PDG du groupe a rejoint l'AI Alliance.", set()),
    # possessor subject
    ("en", "Keio University's research group has joined the AI Alliance.", {("keio-university", "MEMBER_OF", "ai-alliance", S)}),
    ("fr", "Le laboratoire LIP6 de Sorbonne Université a rejoint l'AI Alliance.", {("lip6", "MEMBER_OF", "ai-alliance", S)}),
    ("fr", "L'équipe de recherche de Sorbonne Université a rejoint l'AI Alliance.", {("sorbonne-universite", "MEMBER_OF", "ai-alliance", S)}),
    ("fr", "Le président de Sorbonne Université a annoncé que l'université a rejoint l'AI Alliance.", {("sorbonne-universite", "MEMBER_OF", "ai-alliance", S)}),
    ("en", "Keio University's decision to join the AI Alliance surprised no one.", {("keio-university", "MEMBER_OF", "ai-alliance", S)}),
    # more of the same kinds: a named consortium's relative, "among the finalists of P", a consortium led by X,
    # a program that picks its members, the document signed or not
    ("fr", "Le consortium TrustLLM, qui réunit Linagora, Inria et le CNRS, a remporté l'appel.",
     {("linagora", "MEMBER_OF", "trustllm", S), ("inria", "MEMBER_OF", "trustllm", S), ("cnrs", "MEMBER_OF", "trustllm", S)}),
    ("en", "Mistral AI and Aleph Alpha are among the finalists of the Genesis Mission.",
     {("mistral-ai", "MEMBER_OF", "genesis-mission", S), ("aleph-alpha", "MEMBER_OF", "genesis-mission", S)}),
    ("en", "The Genesis Mission's partners include Nvidia, AMD and Dell.",
     {("nvidia", "MEMBER_OF", "genesis-mission", S), ("amd", "MEMBER_OF", "genesis-mission", S), ("dell-technologies", "MEMBER_OF", "genesis-mission", S)}),
    ("en", "Joining Nvidia in the Genesis Mission are AMD and Dell.",
     {("nvidia", "MEMBER_OF", "genesis-mission", S), ("amd", "MEMBER_OF", "genesis-mission", S), ("dell-technologies", "MEMBER_OF", "genesis-mission", S)}),
    ("fr", "Le consortium mené par Upstage réunit Naver, Kakao et Samsung.",
     {("naver", PW, "upstage", S), ("kakao", PW, "upstage", S), ("samsung-electronics", PW, "upstage", S)}),
    ("en", "The consortium led by Upstage includes Nota, Flitto and MakinaRocks.",
     {("nota", PW, "upstage", S), ("flitto", PW, "upstage", S), ("makinarocks", PW, "upstage", S)}),
    ("fr", "Le consortium d'Upstage comprend Naver, Kakao et Samsung.",
     {("naver", PW, "upstage", S), ("kakao", PW, "upstage", S), ("samsung-electronics", PW, "upstage", S)}),
    ("en", "The AI Alliance counts Hugging Face, Sony and Intel among its members.",
     {("hugging-face", "MEMBER_OF", "ai-alliance", S), ("sony", "MEMBER_OF", "ai-alliance", S), ("intel", "MEMBER_OF", "ai-alliance", S)}),
    ("en", "The AI Alliance, whose members include Hugging Face and Sony, met in Paris.",
     {("hugging-face", "MEMBER_OF", "ai-alliance", S), ("sony", "MEMBER_OF", "ai-alliance", S)}),
    ("fr", "Parmi les lauréats du programme Campus IA figurent Pasqal et Quandela.",
     {("pasqal", "MEMBER_OF", "campus-ia", S), ("quandela", "MEMBER_OF", "campus-ia", S)}),
    ("en", "Pasqal and Quandela are among the winners of the Campus IA programme.",
     {("pasqal", "MEMBER_OF", "campus-ia", S), ("quandela", "MEMBER_OF", "campus-ia", S)}),
    ("en", "The winners of the match are Arsenal and Chelsea.", set()),
    ("en", "Arsenal and Chelsea are among the winners of the season.", set()),
    ("en", "The consortium led by Upstage has hired staff from Nota.", set()),
    ("fr", "Le programme Campus IA a retenu Pasqal et Quandela.",
     {("pasqal", "MEMBER_OF", "campus-ia", S), ("quandela", "MEMBER_OF", "campus-ia", S)}),
    ("fr", "Orange a retenu Capgemini et Sopra Steria pour son projet.", set()),
    ("en", "The AI Alliance has picked Hugging Face and Sony.",
     {("hugging-face", "MEMBER_OF", "ai-alliance", S), ("sony", "MEMBER_OF", "ai-alliance", S)}),
    ("en", "France, Japan and India signed the Paris AI Declaration. Brazil signed a version of the document.",
     {("government-of-france", "MEMBER_OF", "paris-statement-on-inclusive-and-sustainable-ai", S), ("government-of-japan", "MEMBER_OF", "paris-statement-on-inclusive-and-sustainable-ai", S),
      ("government-of-india", "MEMBER_OF", "paris-statement-on-inclusive-and-sustainable-ai", S), ("government-of-brazil", "MEMBER_OF", "paris-statement-on-inclusive-and-sustainable-ai", S)}),
    ("fr", "La France a signé la Déclaration de Paris. Le Japon a signé ce texte mardi.",
     {("government-of-france", "MEMBER_OF", "declaration-de-paris", S), ("government-of-japan", "MEMBER_OF", "declaration-de-paris", S)}),
    ("fr", "La France a signé la Déclaration de Paris. Le Japon n'a pas signé le texte.",
     {("government-of-france", "MEMBER_OF", "declaration-de-paris", S), ("government-of-japan", "EXCLUDED_FROM", "declaration-de-paris", S)}),
    # a role of participants with no program at hand takes the one program the text names later; never one of two
    ("en", "Naver and Upstage were selected as elite teams to develop a national model. The teams will receive GPUs. The effort is part of the Genesis Mission.",
     {("naver", "MEMBER_OF", "genesis-mission", S), ("upstage", "MEMBER_OF", "genesis-mission", S)}),
    ("en", "Naver and Upstage were selected as elite teams to develop a national model. Samsung joined the AI Alliance and the Genesis Mission.",
     {("samsung-electronics", "MEMBER_OF", "ai-alliance", S), ("samsung-electronics", "MEMBER_OF", "genesis-mission", S)}),
    ("fr", "Pasqal et Quandela ont été retenus comme lauréats. Ils rejoignent ainsi le programme Campus IA.",
     {("pasqal", "MEMBER_OF", "campus-ia", S), ("quandela", "MEMBER_OF", "campus-ia", S)}),
    ("en", "Naver and Upstage were chosen as elite teams to develop a national model.", set()),
    # "the association" / "l'association" for the trade body named before; not "the association of mayors"
    ("en", "The GSMA held its congress in Barcelona. The association took the wraps off the Open Telco Initiative "
           "at the show.", {("gsma", "FOUNDED", "open-telco-initiative", S)}),
    ("en", "The GSMA held its congress in Barcelona. The association of mayors launched the Open Telco Initiative.",
     set()),
    ("fr", "La GSMA a tenu son congrès à Barcelone. L'association a lancé le programme Campus IA lors du congrès.",
     {("gsma", "FOUNDED", "campus-ia", S)}),
    ("fr", "La GSMA a tenu son congrès à Barcelone. L'association des maires a lancé le programme Campus IA.", set()),
    # founders named in an object relative on the program; joining it in one is membership
    ("en", "The Open Model Initiative, which IBM and Meta set up in 2023, has grown.",
     {("ibm", "FOUNDED", "open-model-initiative", S), ("meta", "FOUNDED", "open-model-initiative", S)}),
    ("en", "The Open Model Initiative, which IBM and Meta joined in 2023, has grown.",
     {("ibm", "MEMBER_OF", "open-model-initiative", S), ("meta", "MEMBER_OF", "open-model-initiative", S)}),
    ("fr", "Le programme Confiance.ai, que l'Inria et le CNRS ont lancé en 2019, s'achève.",
     {("inria", "FOUNDED", "confiance-ai", S), ("cnrs", "FOUNDED", "confiance-ai", S)}),
    ("fr", "Le programme Confiance.ai, que l'Inria et le CNRS ont critiqué, s'achève.", set()),
    # founders as a numbered group of institutes ("les deux instituts", "the three labs")
    ("fr", "L'Inria et le CNRS ont présenté leurs travaux. Les deux instituts ont fondé le programme Confiance.ai "
           "en 2019.", {("inria", "FOUNDED", "confiance-ai", S), ("cnrs", "FOUNDED", "confiance-ai", S)}),
    ("en", "IBM and Meta met in New York. The pair launched the Open Model Initiative on Tuesday.",
     {("ibm", "FOUNDED", "open-model-initiative", S), ("meta", "FOUNDED", "open-model-initiative", S)}),
    ("en", "Inria and MIT met in Paris. The two labs launched the Open Model Initiative.",
     {("inria", "FOUNDED", "open-model-initiative", S), ("mit", "FOUNDED", "open-model-initiative", S)}),
    ("en", "Inria and MIT met in Paris. Two other labs launched the Open Model Initiative.", set()),
    # a program launched with its size before its name: its founder funds it too; money named elsewhere does not
    ("en", "In June, Nvidia launched a $100 million Open Model Initiative to help startups.",
     {("nvidia", "FOUNDED", "open-model-initiative", S), ("nvidia", "FUNDS", "open-model-initiative", S)}),
    ("en", "In June, Nvidia launched the Open Model Initiative to help startups raise $100 million.",
     {("nvidia", "FOUNDED", "open-model-initiative", S)}),
    # "at the initiative of X": the words "the initiative" there are no reference to a program
    ("en", "The Open Model Initiative met in Paris. The network was set up at the initiative of the US Department "
           "of Commerce.", {("us-department-of-commerce", "FOUNDED", "open-model-initiative", S)}),
    # "Outre X, P est financé par Y": X funds P as well; "Contrairement à X" sets X apart
    ("fr", "Outre Capgemini et Sopra Steria, le programme Campus IA est financé par Bpifrance.",
     {(x, "FUNDS", "campus-ia", S) for x in ("capgemini", "sopra-steria", "bpifrance")}),
    ("fr", "Contrairement à Capgemini et Sopra Steria, le programme Campus IA est financé par Bpifrance.",
     {("bpifrance", "FUNDS", "campus-ia", S)}),
    ("en", "Besides Capgemini, the Open Model Initiative is backed by Bpifrance.",
     {("capgemini", "FUNDS", "open-model-initiative", S), ("bpifrance", "FUNDS", "open-model-initiative", S)}),
    # an unnamed centre created by X and Y, named by a naming word in the next sentence; not merely a program there
    ("fr", "Devenir un leader de l'IA, c'est l'ambition du nouveau centre de recherche créé par l'Inria et le CNRS. "
           "Baptisé « Campus IA », il formera des ingénieurs.",
     {("inria", "FOUNDED", "campus-ia", S), ("cnrs", "FOUNDED", "campus-ia", S)}),
    ("fr", "Devenir un leader de l'IA, c'est l'ambition du nouveau centre de recherche créé par l'Inria et le CNRS. "
           "Le programme Campus IA formera des ingénieurs.", set()),
    # a group formed "with" others and named later by a naming word: its founder, and the parties after
    # "with" its members (SCHEMA.md); not named so (only mentioned later), a partnership or nothing
    ("en", "IBM has formed a coalition with Meta and Intel to promote open models. The coalition, called the Open "
           "Model Initiative, has 50 members.",
     {("ibm", "FOUNDED", "open-model-initiative", S), ("meta", "MEMBER_OF", "open-model-initiative", S),
      ("intel", "MEMBER_OF", "open-model-initiative", S)}),
    ("en", "IBM has formed a coalition with Meta and Intel to promote open models. The Open Model Initiative "
           "welcomed the move.", set()),
    ("fr", "IBM a formé une alliance avec Meta et Intel, baptisée Open Model Initiative.",
     {("ibm", "FOUNDED", "open-model-initiative", S), ("meta", "MEMBER_OF", "open-model-initiative", S),
      ("intel", "MEMBER_OF", "open-model-initiative", S)}),
    ("fr", "IBM a formé une alliance avec Meta et Intel. L'Open Model Initiative a salué l'annonce.",
     {("ibm", PW, "meta", S), ("ibm", PW, "intel", S)}),
    # an unnamed group, named in the next paragraph by a name that holds its noun; not any program there
    ("en", "Microsoft has formed a coalition with some of the top health organizations.\n\nNine hospitals "
           "have joined the Health AI Coalition.",
     {("microsoft", "FOUNDED", "health-ai-coalition", S)}),
    ("en", "Microsoft has formed a coalition with some of the top health organizations.\n\nIt will work "
           "alongside the AI Alliance.", set()),
    ("fr", "OpenAI a créé un consortium.\n\nSon nom : NextGenAI. Quinze universités l'ont "
           "rejoint.", {("openai", "FOUNDED", "nextgenai", S)}),
    # compute given in kind "in its turn" ("quant à lui", "for its part") goes to the party the sentence
    # before funded, a program first; without those words, or with no one funded just before, nothing
    ("fr", "Le projet Campus IA bénéficiera d'un budget de 30 millions d'euros, dont 10 millions de Bpifrance. "
           "GENCI fournira quant à lui un accès à ses supercalculateurs.",
     {("bpifrance", "FUNDS", "campus-ia", S), ("genci", "FUNDS", "campus-ia", S)}),
    ("fr", "Le projet Campus IA bénéficiera d'un budget de 30 millions d'euros, dont 10 millions de Bpifrance. "
           "GENCI fournira un accès à ses supercalculateurs.", {("bpifrance", "FUNDS", "campus-ia", S)}),
    ("en", "The Open Model Initiative will receive $30 million from the NSF. Nvidia, for its part, will provide "
           "access to its supercomputers.",
     {("national-science-foundation", "FUNDS", "open-model-initiative", S),
      ("nvidia", "FUNDS", "open-model-initiative", S)}),
    ("en", "The Open Model Initiative gathers twenty labs. Nvidia, for its part, will provide access to its "
           "supercomputers.", set()),
    # compute given to a program (named, or "the project"); to a company it is a sale, not funding
    ("en", "The Open Model Initiative gathers twenty labs. Nvidia will provide compute to the project.",
     {("nvidia", "FUNDS", "open-model-initiative", S)}),
    ("en", "Oracle will provide compute to OpenAI.", set()),
    # an opening naming word names what the participle after it speaks of; no name, no funded party
    ("fr", "L'Inria crée un centre dédié à l'IA. Baptisé « DATAIA » et soutenu par Orange et Thales, il vise à "
           "former des ingénieurs.", {("orange", "FUNDS", "dataia", S), ("thales", "FUNDS", "dataia", S),
                                       ("inria", "FOUNDED", "dataia", S)}),  # (DATAIA, an institute, is a Program)
    ("fr", "L'Inria crée un centre dédié à l'IA. Situé à Paris et soutenu par Orange et Thales, il vise à former "
           "des ingénieurs.", set()),
    ("en", "The two schools opened a new centre. Called DATAIA and backed by Orange and Thales, the centre trains "
           "engineers.", {("orange", "FUNDS", "dataia", S), ("thales", "FUNDS", "dataia", S)}),
    # an investment in a stated object that is no organization goes to the funder's own program opening the
    # next sentence; not to another's program, nor where the object is the funder's own assets
    ("en", "OpenAI announces a $50 million investment in university AI research. OpenAI's NextGenAI consortium "
           "provides universities with grants and compute.", {("openai", "FUNDS", "nextgenai", S)}),
    ("en", "OpenAI announces a $50 million investment in university AI research. Microsoft's NextGenAI consortium "
           "provides universities with grants.", set()),
    ("en", "OpenAI announces a $50 million investment in new data centers. OpenAI's NextGenAI consortium provides "
           "universities with grants and compute.", set()),
    # a signed text named by its summit (the KB links each text to its event); the summit's noun alone
    # stands for the one known summit the document names; another speaker's, a tax return, an unknown
    # place's or an ambiguous summit's text is none
    ("fr", "Lors du Sommet de Séoul, la France et le Japon ont signé la déclaration finale du sommet de Séoul.",
     {("government-of-france", "MEMBER_OF", "seoul-declaration", S), ("government-of-japan", "MEMBER_OF", "seoul-declaration", S)}),
    ("fr", "La France a salué la déclaration du porte-parole du sommet de Séoul.", set()),
    ("fr", "Le sommet pour l'action sur l'IA s'est tenu à Paris. L'Inde et la Chine ont signé le texte final du sommet, "
           "un document que les États-Unis ont refusé de parapher.",
     {("government-of-india", "MEMBER_OF", "paris-statement-on-inclusive-and-sustainable-ai", S),
      ("government-of-china", "MEMBER_OF", "paris-statement-on-inclusive-and-sustainable-ai", S),
      ("us-government", "EXCLUDED_FROM", "paris-statement-on-inclusive-and-sustainable-ai", S)}),
    ("fr", "Le sommet pour l'action sur l'IA s'est tenu à Paris. L'Inde et la Chine ont signé le texte final du sommet du G7.",
     set()),
    ("fr", "Soixante pays ont signé la déclaration phare du Sommet de Paris sur l'intelligence artificielle mardi, "
           "un document que le Royaume-Uni et les États-Unis ont refusé de parafer.",
     {("uk-government", "EXCLUDED_FROM", "paris-statement-on-inclusive-and-sustainable-ai", S),
      ("us-government", "EXCLUDED_FROM", "paris-statement-on-inclusive-and-sustainable-ai", S)}),
    ("fr", "Le Japon a signé sa déclaration d'impôts.", set()),
    ("fr", "La France a signé la déclaration de Lyon.", set()),
    ("en", "At the AI Safety Summit, the UK, China and the EU signed the summit's closing declaration.",
     {("uk-government", "MEMBER_OF", "bletchley-declaration", S), ("government-of-china", "MEMBER_OF", "bletchley-declaration", S),
      ("european-union", "MEMBER_OF", "bletchley-declaration", S)}),
    ("en", "At the AI Seoul Summit, the summit's declaration of war on spam amused Samsung and Naver.", set()),
    ("en", "Samsung and Naver signed a declaration of intent.", set()),
    ("en", "At the AI Seoul Summit, Japan signed the summit's final text.", set()),
    ("en", "Samsung signed the commitments adopted at the AI Seoul Summit.",
     {("samsung-electronics", "MEMBER_OF", "frontier-ai-safety-commitments", S)}),
    ("en", "India and Japan signed the declaration adopted at the AI Action Summit, while the US and the UK refused "
           "to sign the pledge.",
     {("government-of-india", "MEMBER_OF", "paris-statement-on-inclusive-and-sustainable-ai", S),
      ("government-of-japan", "MEMBER_OF", "paris-statement-on-inclusive-and-sustainable-ai", S),
      ("us-government", "EXCLUDED_FROM", "paris-statement-on-inclusive-and-sustainable-ai", S),
      ("uk-government", "EXCLUDED_FROM", "paris-statement-on-inclusive-and-sustainable-ai", S)}),
    ("en", "Japan and Canada signed the Bletchley Park declaration.",
     {("government-of-japan", "MEMBER_OF", "bletchley-declaration", S), ("government-of-canada", "MEMBER_OF", "bletchley-declaration", S)}),
    # the passive of signing: a program's text signed by X and Y makes them its members; a person, no agent,
    # or a text that is no subject gives nothing, and an agreement between two parties stays a memorandum
    ("fr", "La déclaration de Bletchley a été signée par la Chine et l'Inde.",
     {("government-of-china", "MEMBER_OF", "bletchley-declaration", S),
      ("government-of-india", "MEMBER_OF", "bletchley-declaration", S)}),
    ("fr", "La déclaration de Bletchley a été signée en 2023.", set()),
    ("en", "The Seoul Declaration was signed by Canada, Japan and the European Union.",
     {("government-of-canada", "MEMBER_OF", "seoul-declaration", S), ("government-of-japan", "MEMBER_OF", "seoul-declaration", S),
      ("european-union", "MEMBER_OF", "seoul-declaration", S)}),
    ("en", "The Seoul Declaration was signed by the chief executive, Sam Altman.", set()),
    ("en", "The contract for the Seoul Declaration was signed by Canada and Japan.", set()),
    ("en", "Signed by Canada and Japan in 2024, the Seoul Declaration sets out shared principles.",
     {("government-of-canada", "MEMBER_OF", "seoul-declaration", S), ("government-of-japan", "MEMBER_OF", "seoul-declaration", S)}),
    ("fr", "La Charte de Paris sur l'IA a été publiée lundi. La charte, signée par Mistral AI et Hugging Face, fixe "
           "des principes.",
     {("mistral-ai", "MEMBER_OF", "charte-de-paris", S), ("hugging-face", "MEMBER_OF", "charte-de-paris", S)}),
    ("en", "The memorandum of understanding was signed by Mistral AI and Hugging Face.",
     {("hugging-face", MOU, "mistral-ai", S)}),
    # a funding clause fronted before its subject, a descriptor between the comma and the name
    ("en", "Backed by Nvidia and Microsoft, the start-up Mistral AI raised 600 million euros.",
     {("nvidia", "FUNDS", "mistral-ai", S), ("microsoft", "FUNDS", "mistral-ai", S)}),
    ("en", "Backed by data, the report says that Mistral AI grew.", set()),
    ("fr", "Soutenu par Bpifrance et la Région Normandie, le programme Confiance.ai forme des ingénieurs.",
     {("bpifrance", "FUNDS", "confiance-ai", S), ("normandy-region", "FUNDS", "confiance-ai", S)}),
    ("fr", "Soutenu par ses fans, le groupe Mistral AI grandit.", set()),
    ("fr", "Grâce au financement de la Fondation Simons, le programme Confiance.ai accueillera 50 doctorants.",
     {("fondation-simons", "FUNDS", "confiance-ai", S)}),
    ("en", "Thanks to funding from the Wellcome Trust, the Open Science Initiative will train 200 researchers.",
     {("wellcome-trust", "FUNDS", "open-science-initiative", S)}),
    # ... the program the subject launches is what the funder funds; "le soutien de X" alone may be political
    ("fr", "Avec le soutien financier de la Région Île-de-France, Inria lance le programme Confiance.ai.",
     {("ile-de-france-region", "FUNDS", "confiance-ai", S), ("inria", "FOUNDED", "confiance-ai", S)}),
    ("fr", "Avec le soutien de la Région Île-de-France, Inria lance le programme Confiance.ai.",
     {("inria", "FOUNDED", "confiance-ai", S)}),
    ("en", "With the support of the Wellcome Trust, Inria launched the Open Science Initiative.",
     {("inria", "FOUNDED", "open-science-initiative", S)}),
    ("fr", "Avec le soutien du public, Inria lance le programme Confiance.ai.", {("inria", "FOUNDED", "confiance-ai", S)}),
    # a participle's incise with an amount before its agent
    ("fr", "Le programme Confiance.ai, financé à hauteur de 20 millions d'euros par Bpifrance, réunit Airbus et Thales.",
     {("bpifrance", "FUNDS", "confiance-ai", S), ("airbus", "MEMBER_OF", "confiance-ai", S),
      ("thales", "MEMBER_OF", "confiance-ai", S)}),
    ("fr", "Le programme Confiance.ai, financé à hauteur de 20 millions d'euros, réunit Airbus et Thales.",
     {("airbus", "MEMBER_OF", "confiance-ai", S), ("thales", "MEMBER_OF", "confiance-ai", S)}),
    ("en", "The Open Science Initiative, funded to the tune of $20 million by the Wellcome Trust, brings together "
           "Anthropic and Cohere.",
     {("wellcome-trust", "FUNDS", "open-science-initiative", S), ("anthropic", "MEMBER_OF", "open-science-initiative", S),
      ("cohere", "MEMBER_OF", "open-science-initiative", S)}),
    ("en", "The Open Science Initiative, funded last year, brings together Anthropic and Cohere.",
     {("anthropic", "MEMBER_OF", "open-science-initiative", S), ("cohere", "MEMBER_OF", "open-science-initiative", S)}),
    # an apposition without an article after the subject: its name is said of the subject, the subject still signs
    ("fr", "Scaleway, filiale d'Iliad, a signé un partenariat avec Hugging Face.",
     {("hugging-face", "SIGNS_MOU_WITH", "scaleway", S)}),
    ("fr", "Scaleway, leader européen du cloud souverain, a signé un partenariat avec Hugging Face.",
     {("hugging-face", "SIGNS_MOU_WITH", "scaleway", S)}),
    ("en", "Cohere, rival of OpenAI, signed a partnership with Oracle.", {("cohere", "SIGNS_MOU_WITH", "oracle", S)}),
    ("fr", "Scaleway, une filiale d'Iliad, a signé un partenariat avec Hugging Face.",
     {("hugging-face", "SIGNS_MOU_WITH", "scaleway", S)}),
    # the lead of the money raised funds the one who raised it
    ("en", "Cohere raised $270 million led by Inovia Capital.", {("inovia-capital", "FUNDS", "cohere", S)}),
    ("en", "Cohere secured $270 million, led by Inovia Capital.", {("inovia-capital", "FUNDS", "cohere", S)}),
    ("en", "Cohere raised its profile in Europe, led by Aidan Gomez.", set()),
    ("fr", "Hugging Face a levé 200 millions de dollars, un tour mené par Salesforce Ventures.",
     {("salesforce-ventures", "FUNDS", "hugging-face", S)}),
    # a relative clause on a round names more funders of its recipient; on an event, nobody
    ("fr", "Hugging Face a levé 200 millions de dollars, une levée à laquelle ont participé Google et Amazon.",
     {("google", "FUNDS", "hugging-face", S), ("amazon", "FUNDS", "hugging-face", S)}),
    ("en", "Hugging Face raised $200 million, a round in which Google and Amazon also took part.",
     {("google", "FUNDS", "hugging-face", S), ("amazon", "FUNDS", "hugging-face", S)}),
    ("fr", "Hugging Face a organisé un sommet à Paris, auquel ont participé Google et Amazon.", set()),
    ("fr", "Inria a lancé le programme Confiance.ai, auquel ont participé Airbus et Thales.",
     {("inria", "FOUNDED", "confiance-ai", S), ("airbus", "MEMBER_OF", "confiance-ai", S),
      ("thales", "MEMBER_OF", "confiance-ai", S)}),
    # a noun phrase announces the members of the program the text is about, with no verb of membership:
    # a role noun, or a kind of organization and a participation word, then a colon, a dash or a copula
    ("en", "The AI-RAN Alliance was unveiled at a trade show in Barcelona. Founding partners – Nokia providing radio "
           "software; Arm supplying chip designs; T-Mobile contributing test sites.",
     {("nokia", "MEMBER_OF", "ai-ran-alliance", S), ("arm-holdings", "MEMBER_OF", "ai-ran-alliance", S),
      ("t-mobile-us", "MEMBER_OF", "ai-ran-alliance", S)}),
    ("en", "Founding partners – Nokia providing radio software; Arm supplying chip designs.", set()),  # no program
    ("en", "The Open Science Initiative starts this autumn. The partners of the project are Anthropic, Cohere and Mistral AI.",
     {("anthropic", "MEMBER_OF", "open-science-initiative", S), ("cohere", "MEMBER_OF", "open-science-initiative", S),
      ("mistral-ai", "MEMBER_OF", "open-science-initiative", S)}),
    ("en", "The Open Science Initiative starts this autumn. Its first members: Aleph Alpha, Cohere and Inria.",
     {("aleph-alpha", "MEMBER_OF", "open-science-initiative", S), ("cohere", "MEMBER_OF", "open-science-initiative", S),
      ("inria", "MEMBER_OF", "open-science-initiative", S)}),
    ("en", "The Open Science Initiative starts this autumn. Three universities are involved: Stanford University, MIT "
           "and Caltech.",
     {("stanford-university", "MEMBER_OF", "open-science-initiative", S), ("mit", "MEMBER_OF", "open-science-initiative", S),
      ("caltech", "MEMBER_OF", "open-science-initiative", S)}),
    ("en", "The Open Science Initiative starts this autumn. Three start-ups were selected to build its first shared "
           "model — Mistral AI, Aleph Alpha and Cohere.",
     {("mistral-ai", "MEMBER_OF", "open-science-initiative", S), ("aleph-alpha", "MEMBER_OF", "open-science-initiative", S),
      ("cohere", "MEMBER_OF", "open-science-initiative", S)}),
    ("en", "The Open Science Initiative starts this autumn. Participating organizations: Anthropic and Cohere.",
     {("anthropic", "MEMBER_OF", "open-science-initiative", S), ("cohere", "MEMBER_OF", "open-science-initiative", S)}),
    ("fr", "Le programme Confiance.ai a été lancé en 2021. Les entreprises participantes sont Airbus et Thales.",
     {("airbus", "MEMBER_OF", "confiance-ai", S), ("thales", "MEMBER_OF", "confiance-ai", S)}),
    ("fr", "Le programme Confiance.ai a été lancé en 2021. Les villes participantes sont Paris et Lyon.", set()),
    # ... not winners of an award, the press, a jury's choice, cities, nor an organization's own partners
    ("en", "The Open Science Initiative starts this autumn. The four winners of the award are: Mistral AI, Aleph Alpha "
           "and Cohere.", set()),
    ("en", "The Open Science Initiative starts this autumn. Members of the press: Reuters, Bloomberg and IBM.", set()),
    ("en", "The Open Science Initiative starts this autumn. Three start-ups were selected by the jury of the award — "
           "Mistral AI, Aleph Alpha and Cohere.", set()),
    ("en", "The Open Science Initiative starts this autumn. Four cities are involved: Paris, Lyon, Lille and Nantes.", set()),
    ("en", "The Open Science Initiative starts this autumn. Cohere's partners include Oracle and Fujitsu.",
     {("cohere", PW, "oracle", S), ("cohere", PW, "fujitsu", S)}),
    # a member's team: partners of its lead, not of each other, nor members of anything
    ("en", "Mistral AI’s team includes Aleph Alpha, Cohere and the research foundation at Inria.",
     {("aleph-alpha", PW, "mistral-ai", S), ("cohere", PW, "mistral-ai", S), ("inria", PW, "mistral-ai", S)}),
    ("fr", "Le programme Confiance.ai a été lancé en 2021. Les partenaires du projet sont Airbus, Thales et Safran.",
     {("airbus", "MEMBER_OF", "confiance-ai", S), ("thales", "MEMBER_OF", "confiance-ai", S),
      ("safran", "MEMBER_OF", "confiance-ai", S)}),
    ("fr", "Le programme Confiance.ai a été lancé en 2021. Quatre laboratoires sont concernés : Inria, le CEA et "
           "Sorbonne Université.",
     {("inria", "MEMBER_OF", "confiance-ai", S), ("cea", "MEMBER_OF", "confiance-ai", S),
      ("sorbonne-universite", "MEMBER_OF", "confiance-ai", S)}),
    ("fr", "Le programme Confiance.ai a été lancé en 2021. Trois start-up ont été retenues pour bâtir le premier "
           "modèle — Mistral AI, LightOn et Kyutai.",
     {("mistral-ai", "MEMBER_OF", "confiance-ai", S), ("lighton", "MEMBER_OF", "confiance-ai", S),
      ("kyutai", "MEMBER_OF", "confiance-ai", S)}),
    ("fr", "Le programme Confiance.ai a été lancé en 2021. Ses premiers membres : Airbus, Thales et Safran.",
     {("airbus", "MEMBER_OF", "confiance-ai", S), ("thales", "MEMBER_OF", "confiance-ai", S),
      ("safran", "MEMBER_OF", "confiance-ai", S)}),
    # (the French sentencizer ends a sentence at each semicolon: the list runs on)
    ("fr", "Le programme Confiance.ai a été lancé en 2021. Partenaires fondateurs – Airbus apportant ses données ; "
           "Thales fournissant le calcul ; Safran prêtant ses ingénieurs.",
     {("airbus", "MEMBER_OF", "confiance-ai", S), ("thales", "MEMBER_OF", "confiance-ai", S),
      ("safran", "MEMBER_OF", "confiance-ai", S)}),
    ("fr", "Le programme Confiance.ai a été lancé en 2021. Partenaires fondateurs – Airbus apportant ses données ; "
           "selon Thales, le calcul suivra.", {("airbus", "MEMBER_OF", "confiance-ai", S)}),
    ("fr", "Quatre laboratoires sont concernés : Inria, le CEA et Sorbonne Université.", set()),  # aucun programme
    ("fr", "Le programme Confiance.ai a été lancé en 2021. Les quatre intervenants sont : Airbus, Thales et Safran.", set()),
    ("fr", "Le programme Confiance.ai a été lancé en 2021. Les partenaires du salon sont Airbus et Thales.", set()),
    ("fr", "Le programme Confiance.ai a été lancé en 2021. Trois start-up ont été retenues par le jury du prix — "
           "Mistral AI, LightOn et Kyutai.", set()),
    # described lists: each party of a list of subjects or objects carries a description (an apposition, a
    # participle phrase, a relative clause, a bare noun phrase, a place in parentheses); every pair of parties
    # is one claim, and a name inside a description is no party
    ("fr", "Qonto, dirigée par son cofondateur Alexandre Prot, et l'Université de Lille ont signé un accord-cadre "
           "de coopération.", {("qonto", MOU, "universite-de-lille", S)}),
    ("fr", "Doctolib, éditeur d'une plateforme de prise de rendez-vous, Mistral AI, spécialisée dans les modèles "
           "de langage, et l'Inria s'associent autour d'un projet de recherche.",
     {("doctolib", PW, "mistral-ai", S), ("doctolib", PW, "inria", S), ("inria", PW, "mistral-ai", S)}),
    ("fr", "L'Université de Montréal, l'Université Laval (Québec), la Région Sud et le Département du Var ont "
           "signé un accord de coopération.",
     {("departement-du-var", MOU, "provence-alpes-cote-d-azur-region", S), ("departement-du-var", MOU, "universite-de-montreal", S),
      ("departement-du-var", MOU, "universite-laval", S), ("provence-alpes-cote-d-azur-region", MOU, "universite-de-montreal", S),
      ("provence-alpes-cote-d-azur-region", MOU, "universite-laval", S), ("universite-de-montreal", MOU, "universite-laval", S)}),
    ("fr", "Scaleway, filiale du groupe Iliad, et Hugging Face ont annoncé un partenariat.",
     {("hugging-face", PW, "scaleway", S)}),
    ("fr", "OVHcloud, concurrent d'AWS, et Mistral AI ont conclu un partenariat stratégique.",
     {("mistral-ai", PW, "ovhcloud", S)}),
    ("fr", "Le CNRS, qui emploie plus de 30 000 personnes, et Sorbonne Université ont signé une convention de "
           "partenariat.", {("cnrs", MOU, "sorbonne-universite", S)}),
    ("fr", "Mistral AI, fondée en 2023 par d'anciens chercheurs de Meta et de Google, et Helsing ont annoncé un "
           "partenariat.", {("helsing", PW, "mistral-ai", S)}),
    ("fr", "Renault s'associe à Doctolib, éditeur de logiciels médicaux, et à Mistral AI.",
     {("doctolib", PW, "renault", S), ("mistral-ai", PW, "renault", S)}),
    ("fr", "Pasqal, spécialiste du calcul quantique, et le CEA, acteur de la recherche publique, ont signé un "
           "protocole d'accord à Paris, Lyon et Grenoble.", {("cea", MOU, "pasqal", S)}),
    # ... a trigger inside a description speaks of the party it describes (and a relative after the whole
    # list may speak of every party)
    ("fr", "Bpifrance, actionnaire de Mistral AI, et la Caisse des Dépôts ont investi dans Pasqal.",
     {("bpifrance", "FUNDS", "mistral-ai", S), ("bpifrance", "FUNDS", "pasqal", S),
      ("caisse-des-depots", "FUNDS", "pasqal", S)}),
    ("fr", "La France et le Canada, qui ont créé l'initiative GPAI, veulent en faire un outil de référence.",
     {("government-of-france", "FOUNDED", "gpai", S), ("government-of-canada", "FOUNDED", "gpai", S)}),
    ("en", "Cohere, the Toronto-based model maker, and Fujitsu, which sells to Japanese banks, signed a "
           "memorandum of understanding.", {("cohere", MOU, "fujitsu", S)}),
    ("en", "Aleph Alpha, backed by Schwarz Group, and SAP announced a partnership.",
     {("aleph-alpha", PW, "sap", S), ("schwarz-group", "FUNDS", "aleph-alpha", S)}),
    ("en", "Mistral AI, a rival of OpenAI, and Nvidia announced a partnership.", {("mistral-ai", PW, "nvidia", S)}),
    ("en", "SoftBank, which invested in OpenAI, and Oracle announced a partnership.",
     {("softbank-group", "FUNDS", "openai", S), ("oracle", PW, "softbank-group", S)}),
    ("en", "Nvidia partnered with Mistral AI, the Paris-based model maker, and Helsing, a defence start-up.",
     {("mistral-ai", PW, "nvidia", S), ("helsing", PW, "nvidia", S)}),
    ("en", "Hugging Face, a competitor of OpenAI, ServiceNow, a software company, and Nvidia teamed up on a "
           "research project.",
     {("hugging-face", PW, "servicenow", S), ("hugging-face", PW, "nvidia", S), ("nvidia", PW, "servicenow", S)}),
    ("en", "Microsoft, which backs OpenAI, and Meta joined the AI Alliance.",
     {("microsoft", "FUNDS", "openai", S), ("microsoft", "MEMBER_OF", "ai-alliance", S),
      ("meta", "MEMBER_OF", "ai-alliance", S)}),
    # ... a description opened by a name's possessive, a relative after a preposition, a citation, or a
    # ticker and a legal form before it
    ("en", "Samsung, South Korea's largest company, and Naver signed a memorandum of understanding.",
     {("naver", MOU, "samsung-electronics", S)}),
    ("en", "Lightmatter, a photonics firm founded at MIT, and GlobalFoundries signed a manufacturing agreement.",
     {("globalfoundries", MOU, "lightmatter", S)}),
    ("en", "Google DeepMind, the AI lab of Alphabet, and Isomorphic Labs announced a collaboration.",
     {("google-deepmind", PW, "isomorphic-labs", S)}),
    ("en", "Anthropic, in which Amazon invested $4 billion, and Palantir announced a partnership.",
     {("amazon", "FUNDS", "anthropic", S), ("anthropic", PW, "palantir", S)}),
    ("fr", "Mistral AI, dans laquelle Microsoft a investi, et Helsing ont annoncé un partenariat.",
     {("helsing", PW, "mistral-ai", S)}),
    ("en", "Mistral AI, according to Reuters, and Nvidia signed an agreement.", {("mistral-ai", MOU, "nvidia", S)}),
    # near misses: a name after a described object that a verb follows opens the next clause
    ("fr", "Microsoft a investi dans Mistral AI, une start-up parisienne, et Nvidia a signé un accord avec Helsing.",
     {("microsoft", "FUNDS", "mistral-ai", S), ("helsing", MOU, "nvidia", S)}),
    ("fr", "Orange a signé un accord avec Mistral AI, spécialisée dans les modèles de langage, et Thales a rejoint "
           "le programme Confiance.ai.",
     {("mistral-ai", MOU, "orange", S), ("thales", "MEMBER_OF", "confiance-ai", S)}),
    ("en", "Nvidia invested in Mistral AI, a French start-up, and Cohere signed an agreement with Oracle.",
     {("nvidia", "FUNDS", "mistral-ai", S), ("cohere", MOU, "oracle", S)}),
    # ... and a single subject past such a relative: the name inside is no subject
    ("fr", "Mistral AI, dans laquelle Microsoft a investi, a annoncé un partenariat avec Helsing.",
     {("helsing", PW, "mistral-ai", S)}),
    ("en", "Rigetti Computing Inc. (NASDAQ: RGTI), a quantum computing company, and IonQ Inc. (NYSE: IONQ) signed "
           "a memorandum of understanding.", {("ionq", MOU, "rigetti-computing", S)}),
    # a name after a noun that names programs is a program ("le programme P"), launched actively or
    # passively; no agent after "par erreur" / "by mistake", and a launched product is no program
    ("fr", "Le programme Horizon Santé, lancé par la Commission européenne, finance des start-up.",
     {("european-commission", "FOUNDED", "horizon-sante", S)}),
    ("fr", "La Commission européenne a lancé le programme Horizon Santé.",
     {("european-commission", "FOUNDED", "horizon-sante", S)}),
    ("fr", "Le programme Horizon Santé a été lancé par erreur sur le site de la Commission européenne.", set()),
    ("en", "The Horizon Health programme was launched by mistake on the website of the European Commission.", set()),
    ("en", "The Pixel 12, a phone launched by Google, sells well.", set()),
    ("fr", "Orange, Capgemini et Microsoft ont discuté un an. Les trois groupes lancent l'initiative Cloud Commun.",
     {("orange", "FOUNDED", "cloud-commun", S), ("capgemini", "FOUNDED", "cloud-commun", S),
      ("microsoft", "FOUNDED", "cloud-commun", S)}),
    ("fr", "Les trois jours du salon ont attiré Orange, Capgemini et Microsoft.", set()),
    # a demonstrative opening the group ("Ces deux partenaires") is no all-caps event name ("CES")
    ("fr", "Orange et Capgemini ont discuté un an. Ces deux partenaires lancent l'initiative Cloud Commun.",
     {("orange", "FOUNDED", "cloud-commun", S), ("capgemini", "FOUNDED", "cloud-commun", S)}),
    ("en", "Nvidia showed its chips at CES in Las Vegas.", set()),
    # a partnership noun far from the subject opening the sentence is the subject's; not after "Selon X,"
    ("fr", "Mistral AI était partout. Elle a ouvert la semaine avec le salon de la tech de Lyon, la visite du "
           "chantier de son propre datacenter lundi et l'annonce mardi d'un partenariat avec Helsing.",
     {("helsing", PW, "mistral-ai", S)}),
    ("en", "Mistral AI was everywhere this week. It opened the week with the Paris summit, news of its own data "
           "centre on Monday and, on Tuesday, that of a partnership with Helsing.",
     {("helsing", PW, "mistral-ai", S)}),
    ("fr", "Selon Mistral AI, qui a ouvert la semaine avec le salon de la tech de Lyon et la visite du chantier de "
           "son propre datacenter lundi, l'annonce mardi d'un partenariat avec Helsing est attendue.", set()),
    ("fr", "Mistral AI dément tout partenariat avec Helsing.", set()),
    # collaborating with a party, a letter of intent; collaborating on a report names no party
    ("en", "IBM collaborated with Moderna to design mRNA medicines.", {("ibm", PW, "moderna", S)}),
    ("en", "IBM collaborated on the report.", set()),
    ("en", "Sanofi and Mistral AI have signed a letter of intent to work together.",
     {("mistral-ai", MOU, "sanofi", S)}),
    ("fr", "Thales et Mistral AI ont signé une lettre d'intention.", {("mistral-ai", MOU, "thales", S)}),
    # unveiling a program launches it, "new" between the verb and the name or not; not its results
    ("en", "Nvidia took the wraps off the new Atlas Program for robotics startups.",
     {("nvidia", "FOUNDED", "atlas-program", S)}),
    ("en", "Nvidia took the wraps off the results of the Atlas Program.", set()),
    ("en", "Google unveiled the AI Futures Fund on Tuesday.", {("google", "FOUNDED", "ai-futures-fund", S)}),
    ("en", "Google unveiled the results of the AI Futures Fund on Tuesday.", set()),
    ("fr", "Capgemini dévoile le nouveau programme Nova IA.", {("capgemini", "FOUNDED", "nova-ia", S)}),
    ("fr", "Capgemini dévoile les résultats du programme Nova IA.", set()),
    # names the knowledge base lacks: a known name and its country, an institution's lowercase name,
    # a company word; each with a near miss
    ("en", "Oracle has partnered with Citi Singapore on cloud banking.", {("citi-singapore", PW, "oracle", S)}),
    ("en", "Oracle has partnered with Citi in Singapore on cloud banking.", {("citigroup", PW, "oracle", S)}),
    ("fr", "Le Centre hospitalier universitaire de Nantes s'associe à Owkin.",
     {("centre-hospitalier-universitaire-de-nantes", PW, "owkin", S)}),
    ("fr", "Le centre hospitalier de la ville s'associe à Owkin.", set()),
    ("fr", "La Région Bretagne finance la start-up Kaldera.", {("brittany-region", "FUNDS", "kaldera", S)}),
    ("fr", "La Région finance la start-up Kaldera.", set()),
    ("en", "Northwind Therapeutics has partnered with Nvidia.", {("northwind-therapeutics", PW, "nvidia", S)}),
    ("en", "Officials at Clean Energy Week said Nvidia has partnered with hospitals.", set()),
    # membership as press and institutional releases state it (issue 9), each with a near miss:
    # a subject's noun for outsiders ("Its customers include X", "Le jury réunit X") names no members
    ("en", "The Partnership on AI was founded in 2016. Its members include Apple and Sony.",
     {("apple", "MEMBER_OF", "partnership-on-ai", S), ("sony", "MEMBER_OF", "partnership-on-ai", S)}),
    ("en", "The Partnership on AI was founded in 2016. Its customers include Apple and Sony.", set()),
    ("fr", "Le jury du prix réunit Yann LeCun, Joëlle Pineau et Cédric Villani.", set()),
    ("fr", "Le programme Confiance.ai rassemble Thales, Airbus et Safran.",
     {("thales", "MEMBER_OF", "confiance-ai", S), ("airbus", "MEMBER_OF", "confiance-ai", S),
      ("safran", "MEMBER_OF", "confiance-ai", S)}),
    ("fr", "Mistral AI compte parmi ses clients BNP Paribas et Orange.", set()),
    # a role phrase after the verb stands for the program at hand: "came on board as the fifth member"
    ("en", "The Coalition for Secure AI grew this year. Cisco came on board as the fifth member.",
     {("cisco", "MEMBER_OF", "coalition-for-secure-ai", S)}),
    ("en", "Cisco came on board as the fifth customer of Anthropic.", set()),
    ("en", "Cisco joined as the fifth member of the group.", set()),
    # a member in apposition to its role, the program owning the role or named after "of" / "de"
    ("en", "The AI Alliance now has 140 members. The alliance's newest member, Salesforce, will share its agent tools.",
     {("salesforce", "MEMBER_OF", "ai-alliance", S)}),
    ("en", "The AI Alliance now has 140 members. Its newest member, Salesforce, will share its agent tools.",
     {("salesforce", "MEMBER_OF", "ai-alliance", S)}),
    ("en", "The AI Alliance now has 140 members. Nvidia's newest partner, Salesforce, will share its agent tools.", set()),
    ("en", "The newest member of the Frontier Model Forum, Amazon, will share safety research.",
     {("amazon", "MEMBER_OF", "frontier-model-forum", S)}),
    ("fr", "Le nouveau membre de Gaia-X, Salesforce, apportera ses outils.", {("salesforce", "MEMBER_OF", "gaia-x", S)}),
    ("fr", "Gaia-X compte 300 membres. Son nouvel adhérent, Salesforce, apportera ses outils.",
     {("salesforce", "MEMBER_OF", "gaia-x", S)}),
    ("fr", "Le nouveau partenaire de Capgemini, Salesforce, apportera ses outils.", set()),
    # "membres fondateurs de P" (the noun before "fondateurs") is membership, not creation
    ("fr", "Renault figure parmi les membres fondateurs de Gaia-X.", {("renault", "MEMBER_OF", "gaia-x", S)}),
    ("fr", "Sanofi figure parmi les clients de Capgemini.", set()),
    # members joining the program a headline names; a rally is none
    ("en", "Stargate UAE gains new partners\nCisco and Oracle joined this week.",
     {("cisco", "MEMBER_OF", "stargate-uae", S), ("oracle", "MEMBER_OF", "stargate-uae", S)}),
    ("en", "Markets rally on chip news\nCisco and Oracle joined the rally this week.", set()),
    # a hedge keeps the edge as potential
    ("fr", "Thales est en discussions pour rejoindre Gaia-X.", {("thales", "MEMBER_OF", "gaia-x", "potential")}),
    ("en", "Cisco is in talks to join the Coalition for Secure AI.",
     {("cisco", "MEMBER_OF", "coalition-for-secure-ai", "potential")}),
    # PARTNERS_WITH as press states it (issue 9): a reciprocal verb in a relative clause after a list ("which
    # already cooperate"), an adverb before "with", "a partner / collaborator of", "counts X among its partners",
    # a joint venture's owners (never the venture itself), a joint programme "between", a thing made together.
    # Near misses: generic plurals, a customer adopting or buying a product, a competitor, a negation, a hedge
    # (potential), a noun "ensemble"
    ("en", "Nvidia and Mistral AI have worked together since 2021 on inference software.",
     {("mistral-ai", PW, "nvidia", S)}),
    ("en", "The three companies, Nvidia, Mistral AI and Helsing, trained the model together.",
     {("helsing", PW, "mistral-ai", S), ("helsing", PW, "nvidia", S), ("mistral-ai", PW, "nvidia", S)}),
    ("en", "Capgemini teamed up with Mistral AI to build assistants for banks.",
     {("capgemini", PW, "mistral-ai", S)}),
    ("en", "Stellantis named Mistral AI as its preferred partner for in-car assistants.",
     {("mistral-ai", PW, "stellantis", S)}),
    ("en", "Arizona State University will roll out OpenAI's ChatGPT Edu across its campuses.",
     set()),
    ("en", "Microsoft struck deals with Mistral AI and G42 last year.",
     {("g42", PW, "microsoft", S), ("microsoft", PW, "mistral-ai", S)}),
    ("en", "Orange and Capgemini, which already cooperate on cloud services, said on Monday they would hire more engineers.",
     {("capgemini", PW, "orange", S)}),
    ("en", "Amazon has been a close collaborator of Anthropic since 2023.",
     {("amazon", PW, "anthropic", S)}),
    ("en", "IBM is working closely with Meta on open models.",
     {("ibm", PW, "meta", S)}),
    ("en", "Nvidia and SAP announced a strategic partnership on Tuesday.",
     {("nvidia", PW, "sap", S)}),
    ("en", "Dell has signed on as a partner of Mistral AI.",
     {("dell-technologies", PW, "mistral-ai", S)}),
    ("en", "Mistral AI counts Stellantis and Orange among its partners.",
     {("mistral-ai", PW, "orange", S), ("mistral-ai", PW, "stellantis", S)}),
    ("en", "Bleu, the joint venture of Orange and Capgemini, sells cloud to public agencies.",
     {("capgemini", PW, "orange", S)}),
    ("en", "Partnerships with universities are multiplying across Europe.",
     set()),
    ("en", "Renault bought licences of Mistral AI's chatbot for its staff.",
     set()),
    ("en", "Google competes with OpenAI in search.",
     set()),
    ("en", "Apple has no plans to work with OpenAI on search.",
     set()),
    ("en", "Apple could partner with Google on its assistant, people familiar with the matter said.",
     {("apple", PW, "google", "potential")}),
    ("en", "Bleu, the joint venture of Orange and Capgemini, partners with Microsoft.",
     {("bleu", PW, "microsoft", S), ("capgemini", PW, "orange", S)}),
    ("en", "The partnership between Airbus and Thales, already long-standing, will be extended to AI.",
     {("airbus", PW, "thales", S)}),
    ("en", "Meta and IBM joined hands to launch an alliance of open-source players.",
     {("ibm", PW, "meta", S)}),
    ("en", "Anthropic has forged a partnership with Accenture to train consultants.",
     {("accenture", PW, "anthropic", S)}),
    ("fr", "Nvidia et Mistral AI travaillent ensemble depuis 2021 sur l'inférence.",
     {("mistral-ai", PW, "nvidia", S)}),
    ("fr", "Les trois entreprises, Nvidia, Mistral AI et Helsing, ont entraîné ensemble le modèle.",
     {("helsing", PW, "mistral-ai", S), ("helsing", PW, "nvidia", S), ("mistral-ai", PW, "nvidia", S)}),
    ("fr", "Capgemini s'est associé à Mistral AI pour concevoir des assistants bancaires.",
     {("capgemini", PW, "mistral-ai", S)}),
    ("fr", "Orange et Capgemini font équipe pour proposer un cloud souverain.",
     {("capgemini", PW, "orange", S)}),
    ("fr", "Un partenariat a été noué entre Sanofi et OpenAI pour accélérer la recherche de médicaments.",
     {("openai", PW, "sanofi", S)}),
    ("fr", "Thales avance main dans la main avec Airbus sur les satellites.",
     {("airbus", PW, "thales", S)}),
    ("fr", "Inria collabore étroitement avec Meta sur la vision par ordinateur.",
     {("inria", PW, "meta", S)}),
    ("fr", "Stellantis a choisi Mistral AI comme partenaire pour ses assistants embarqués.",
     {("mistral-ai", PW, "stellantis", S)}),
    ("fr", "Un programme de recherche commun entre Inria et Google vise la robotique.",
     {("google", PW, "inria", S)}),
    ("fr", "Orange et Capgemini, qui coopèrent déjà dans le cloud, ont présenté lundi leurs résultats.",
     {("capgemini", PW, "orange", S)}),
    ("fr", "Mistral AI a noué des partenariats avec Stellantis et CMA CGM.",
     {("cma-cgm", PW, "mistral-ai", S), ("mistral-ai", PW, "stellantis", S)}),
    ("fr", "L'Université Paris-Saclay déploiera l'assistant de Mistral AI sur tous ses campus.",
     set()),
    ("fr", "Les partenariats se multiplient entre laboratoires et start-up.",
     set()),
    ("fr", "Renault a acheté des licences de l'assistant de Mistral AI pour ses salariés.",
     set()),
    ("fr", "Google est en concurrence avec OpenAI sur la recherche.",
     set()),
    ("fr", "Apple n'envisage pas de collaborer avec OpenAI.",
     set()),
    ("fr", "Apple pourrait s'associer à Google pour son assistant, selon la presse.",
     {("apple", PW, "google", "potential")}),
    ("fr", "Bleu, la coentreprise d'Orange et de Capgemini, vend du cloud aux administrations.",
     {("capgemini", PW, "orange", S)}),
    ("fr", "Amazon est un partenaire historique d'Anthropic.",
     {("amazon", PW, "anthropic", S)}),
    ("fr", "Le CNRS et Nvidia ont conclu une alliance pour former des chercheurs.",
     {("cnrs", PW, "nvidia", S)}),
    ("fr", "Airbus s'allie avec Thales et Safran pour un projet de satellites.",
     {("airbus", PW, "safran", S), ("airbus", PW, "thales", S)}),
    ("fr", "Mistral AI compte parmi ses partenaires Stellantis et Orange.",
     {("mistral-ai", PW, "orange", S), ("mistral-ai", PW, "stellantis", S)}),
    ("fr", "Le partenariat entre Airbus et Thales, déjà ancien, sera étendu à l'IA.",
     {("airbus", PW, "thales", S)}),
    ("fr", "Samsung coopère avec Naver depuis deux ans sur les puces.",
     {("naver", PW, "samsung-electronics", S)}),
    ("en", "Orange and Capgemini, which cooperate on cloud services, said on Monday they would hire more engineers.",
     {("capgemini", PW, "orange", S)}),
    ("en", "Orange and Capgemini, which already work together on cloud services, said they would hire.",
     {("capgemini", PW, "orange", S)}),
    ("en", "Orange and Capgemini already cooperate on cloud services.",
     {("capgemini", PW, "orange", S)}),
    ("fr", "Orange et Capgemini, qui travaillent ensemble dans le cloud, ont présenté lundi leurs résultats.",
     {("capgemini", PW, "orange", S)}),
    ("fr", "Orange et Capgemini coopèrent déjà dans le cloud.",
     {("capgemini", PW, "orange", S)}),
    ("en", "Dell is a partner of Mistral AI.",
     {("dell-technologies", PW, "mistral-ai", S)}),
    ("en", "Bleu, a joint venture between Orange and Capgemini, sells cloud.",
     {("capgemini", PW, "orange", S)}),
    ("en", "Orange and Capgemini formed a joint venture, Bleu.",
     {("capgemini", PW, "orange", S)}),
    ("en", "Mistral AI counts Stellantis among its partners.",
     {("mistral-ai", PW, "stellantis", S)}),
    ("fr", "Mistral AI compte Stellantis parmi ses partenaires.",
     {("mistral-ai", PW, "stellantis", S)}),
    ("fr", "La start-up compte parmi ses partenaires des groupes comme Stellantis et Orange.",
     set()),
    ("en", "Orange formed a joint venture with Capgemini.",
     {("capgemini", PW, "orange", S)}),
    ("en", "Orange and Capgemini launched a venture with Microsoft.",
     {("capgemini", PW, "microsoft", S), ("microsoft", PW, "orange", S)}),
    ("fr", "Un laboratoire commun entre le CNRS et Nvidia ouvrira en 2026.",
     {("cnrs", PW, "nvidia", S)}),
    ("en", "A joint research programme between Inria and Google targets robotics.",
     {("google", PW, "inria", S)}),
    ("en", "Google said the joint programme would hire 40 researchers in Paris, between Inria and its lab.",
     set()),
    ("fr", "Le programme commun sera présenté entre avril et mai par Inria.",
     set()),
    ("en", "Mistral AI counts Stellantis among its customers.",
     set()),
    ("fr", "Nvidia et Mistral AI ont conçu ensemble un modèle pour l'industrie.",
     {("mistral-ai", PW, "nvidia", S)}),
    ("fr", "Nvidia et Mistral AI développent un ensemble d'outils pour l'industrie.",
     set()),
    ("en", "Nvidia and Mistral AI built the system together with European researchers.",
     {("mistral-ai", PW, "nvidia", S)}),
    ("en", "Nvidia builds chips while Mistral AI trains models; together they dominate.",
     set()),
    ("fr", "Nvidia et Mistral AI entraînent les ensembles de données de leurs clients.",
     set()),
    # funding as real news words it: a round named as the subject, cut from "led by" by an incise
    # (or "the deal" / "l'opération" right after a raise); nothing where no raise came before
    ("en", "Anthropic raised $2 billion this week. The round, first disclosed in March, was led by Lightspeed Venture Partners.",
     {("lightspeed-venture-partners", "FUNDS", "anthropic", S)}),
    ("en", "Intel raised $300 million in 2023. The deal was led by SoftBank.",
     {("softbank-group", "FUNDS", "intel", S)}),
    ("fr", "Poolside a levé 500 millions de dollars. Le tour, annoncé en octobre, a été mené par Bain Capital Ventures.",
     {("bain-capital-ventures", "FUNDS", "poolside", S)}),
    ("fr", "La start-up H a levé 220 millions de dollars. L'opération est menée par Accel, le fonds américain.",
     {("accel", "FUNDS", "h-company", S)}),
    ("fr", "Mistral AI a signé un accord avec Orange. L'opération est menée par Accel.",
     {("mistral-ai", MOU, "orange", S)}),
    # paraphrases of funding: "cofinancer", "a consacré N à" (the participle alone is no funding)
    ("fr", "L'institut ANITI a été créé à Toulouse. La Région Occitanie s'est engagée à cofinancer l'institut.",
     {("occitanie-region", "FUNDS", "aniti", S)}),
    ("fr", "Depuis 2018, l'État a consacré plus de 1,5 milliard d'euros à la stratégie nationale pour l'IA.",
     {("government-of-france", "FUNDS", "french-national-ai-strategy", S)}),
    ("fr", "La Région Île-de-France consacrera 20 millions d'euros à l'institut PRAIRIE.",
     {("ile-de-france-region", "FUNDS", "prairie-institute", S)}),
    ("fr", "La France et les Émirats arabes unis ont signé un accord pour un campus consacré à l'IA, un projet estimé à 30 milliards d'euros.",
     {("government-of-france", MOU, "government-of-the-united-arab-emirates", S)}),
    # the money's channel ("via", "through", "par le biais de") is no funded party
    ("fr", "L'État apportera 30 millions d'euros à l'institut PRAIRIE via Bpifrance.",
     {("government-of-france", "FUNDS", "prairie-institute", S)}),
    ("fr", "L'État mettra 75 millions d'euros dans ces laboratoires via le programme France 2030.", set()),
    ("en", "Microsoft will put $50 million into these labs through the Partnership on AI.", set()),
    # a speaker reporting what others will give gives nothing itself
    ("en", "More than 20 companies joined the Frontier Alliance, a group convened by Sequoia Capital, which says its "
           "members will commit $10 billion to research.",
     {("sequoia-capital", "FOUNDED", "frontier-alliance", S)}),
    ("fr", "Bpifrance a indiqué que ses partenaires investiront 200 millions d'euros dans Mistral AI.", set()),
    ("en", "Sequoia Capital said it will commit $10 billion to the Frontier Alliance.",
     {("sequoia-capital", "FUNDS", "frontier-alliance", S)}),
    # talks are potential; a news agency that reported them is no funded party ("the robot maker" is Figure AI:
    # the names of its own clause are passed over)
    ("en", "Figure AI raised $675 million. Reuters had reported in March that Microsoft and OpenAI were in talks to "
           "invest as much as $300 million in the robot maker.",
     {("microsoft", "FUNDS", "figure-ai", "potential"), ("openai", "FUNDS", "figure-ai", "potential")}),
    ("en", "Microsoft and Google were in talks to invest as much as $200 million in Cohere, people familiar said.",
     {("microsoft", "FUNDS", "cohere", "potential"), ("google", "FUNDS", "cohere", "potential")}),
    ("fr", "Nvidia serait en discussions pour investir 100 millions d'euros dans Mistral AI.",
     {("nvidia", "FUNDS", "mistral-ai", "potential")}),
    # founding in an object relative on a noun in apposition to the program ("P, a body that X and Y
    # launched"); a company or a product so described is founded by no one here
    ("en", "The Frontier Model Forum, a body that Anthropic, Google and OpenAI launched in 2023, named its first director.",
     {(x, "FOUNDED", "frontier-model-forum", S) for x in ("anthropic", "google", "openai")}),
    ("en", "The AI Alliance, the open-source coalition that IBM and Meta started in December 2023, now counts 140 members.",
     {("ibm", "FOUNDED", "ai-alliance", S), ("meta", "FOUNDED", "ai-alliance", S)}),
    ("en", "Current AI, the public-interest partnership that France and Salesforce set up in Paris, held its first meeting.",
     {("government-of-france", "FOUNDED", "current-ai", S), ("salesforce", "FOUNDED", "current-ai", S)}),
    ("en", "Kaldera, a startup that two former Google engineers founded in 2021, raised money.", set()),
    ("en", "Gemini, the chatbot that Google launched in 2023, reached Europe.", set()),
    # a group convened, a program conceived or imagined by its founders; a participle opening the
    # sentence ("Lancé à l'initiative de X, P ..."); a meeting convened, a product designed: nothing
    ("en", "The Frontier Model Forum, a group convened by Anthropic and OpenAI, named its first director.",
     {("anthropic", "FOUNDED", "frontier-model-forum", S), ("openai", "FOUNDED", "frontier-model-forum", S)}),
    ("en", "The AI Alliance was conceived by IBM and Meta in 2023.",
     {("ibm", "FOUNDED", "ai-alliance", S), ("meta", "FOUNDED", "ai-alliance", S)}),
    ("en", "The meeting, convened by Anthropic and OpenAI, discussed the Frontier Model Forum.", set()),
    ("fr", "Imaginée par IBM et Meta, l'AI Alliance compte 140 membres.",
     {("ibm", "FOUNDED", "ai-alliance", S), ("meta", "FOUNDED", "ai-alliance", S)}),
    ("fr", "Lancé en 2021 à l'initiative de la start-up Hugging Face, BigScience a réuni un millier de chercheurs.",
     {("hugging-face", "FOUNDED", "bigscience", S)}),
    ("fr", "Créée à l'initiative de Hugging Face, l'initiative BigScience a réuni un millier de chercheurs.",
     {("hugging-face", "FOUNDED", "bigscience", S)}),
    ("fr", "Le modèle Llama, conçu par Meta, est ouvert.", set()),
    # left out: an adverb inside "ne fait pas partie", more subjects after the negation ("pas davantage
    # que Y", "nor is Y", "and neither is Y"), not among a program's sponsors (among them: no membership)
    ("fr", "OpenAI ne fait d'ailleurs pas partie de l'AI Alliance, pas plus que Google.",
     {("openai", "EXCLUDED_FROM", "ai-alliance", S), ("google", "EXCLUDED_FROM", "ai-alliance", S)}),
    ("fr", "OpenAI fait d'ailleurs partie de l'AI Alliance.", {("openai", "MEMBER_OF", "ai-alliance", S)}),
    ("fr", "Apple ne figure pas parmi les signataires du Pacte sur l'IA, pas davantage que Meta.",
     {("apple", "EXCLUDED_FROM", "eu-ai-pact", S), ("meta", "EXCLUDED_FROM", "eu-ai-pact", S)}),
    ("fr", "Apple ne figure pas parmi les financeurs de l'AI Alliance.", {("apple", "EXCLUDED_FROM", "ai-alliance", S)}),
    ("en", "Microsoft, whose headquarters sit in Redmond, is not among the sponsors of the AI Alliance.",
     {("microsoft", "EXCLUDED_FROM", "ai-alliance", S)}),
    ("en", "Microsoft is among the sponsors of the AI Alliance.", set()),
    ("en", "OpenAI is not part of the AI Alliance, nor is Google.",
     {("openai", "EXCLUDED_FROM", "ai-alliance", S), ("google", "EXCLUDED_FROM", "ai-alliance", S)}),
    ("en", "OpenAI, snubbed by the organisers, is not part of the AI Alliance, and neither is Google.",
     {("openai", "EXCLUDED_FROM", "ai-alliance", S), ("google", "EXCLUDED_FROM", "ai-alliance", S)}),
    ("en", "OpenAI joined the AI Alliance, as did Google.",
     {("openai", "MEMBER_OF", "ai-alliance", S), ("google", "MEMBER_OF", "ai-alliance", S)}),
    # a known name spelt in common lowercase words, or the tail of a hyphenated name, is no mention of it;
    # a lowercase name the knowledge base writes so still is
    ("en", "Amazon and Nvidia announced a partnership on artificial intelligence research. Amazon is committing $5 million.",
     {("amazon", PW, "nvidia", S)}),
    ("en", "The Kestrel-PAI initiative was founded by Amazon.", set()),
    ("fr", "Le gouvernement britannique s'associe à OpenAI pour l'IA.", {("openai", PW, "uk-government", S)}),
    # partnerships of unseen news (issue 9): a name before "under"/"between" is no noun modifier
    ("en", "Figure AI signed an agreement with OpenAI under which researchers will help build robots.",
     {("figure-ai", MOU, "openai", S)}),
    ("en", "Figure AI bought chips from Nvidia under a supply contract.", set()),
    ("en", "Bosch partnered with Aleph Alpha between 2021 and 2023.", {("aleph-alpha", PW, "bosch", S)}),
    # a named formal agreement is a memorandum; an agreement of another kind stays a partnership
    ("fr", "Bosch et Aleph Alpha ont conclu un accord de coopération pour l'industrie.", {("aleph-alpha", MOU, "bosch", S)}),
    ("fr", "IBM et Meta ont conclu un accord de collaboration de long terme.", {("ibm", MOU, "meta", S)}),
    ("en", "Bosch and Aleph Alpha entered a cooperation agreement on assistants.", {("aleph-alpha", MOU, "bosch", S)}),
    ("en", "IBM and Meta struck a collaboration agreement covering chips.", {("ibm", MOU, "meta", S)}),
    ("fr", "Bosch a conclu un accord de distribution avec Aleph Alpha.", {("aleph-alpha", PW, "bosch", S)}),
    # the subjects will build something together (the past is work done: no partnership announced)
    ("en", "Bosch and Aleph Alpha will co-develop industrial assistants.", {("aleph-alpha", PW, "bosch", S)}),
    ("en", "Bosch and Aleph Alpha agreed to co-develop industrial assistants.", {("aleph-alpha", PW, "bosch", S)}),
    ("fr", "Bosch et Aleph Alpha vont co-développer un assistant industriel.", {("aleph-alpha", PW, "bosch", S)}),
    ("fr", "Bosch et Aleph Alpha co-développeront un assistant industriel.", {("aleph-alpha", PW, "bosch", S)}),
    ("en", "Bosch and Aleph Alpha co-designed the assistant last year.", set()),
    ("fr", "Bosch et Aleph Alpha ont co-développé un assistant industriel.", set()),
    ("en", "IBM and Meta will work hand in hand on open models.", {("ibm", PW, "meta", S)}),
    ("fr", "IBM et Meta travailleront main dans la main sur les modèles ouverts.", {("ibm", PW, "meta", S)}),
    ("en", "IBM and Meta said their goals go hand in hand with growth.", set()),
    ("en", "SoftBank Corp and Nvidia are collaborating on a platform for 5G.", {("nvidia", PW, "softbank-corp", S)}),
    ("en", "Sanofi and Owkin were collaborating on drugs, analysts at IBM wrote.", {("owkin", PW, "sanofi", S)}),
    # a pair referred to later: a number alone as the subject, "aux deux écoles", "the three companies"
    ("en", "Sanofi and Owkin have been linked since 2021. The two will co-develop drugs for cancer.",
     {("owkin", PW, "sanofi", S)}),
    ("en", "Sanofi, Owkin and Bosch met in Paris. The two presidents will speak again in May.", set()),
    ("fr", "Sanofi et Owkin se connaissent depuis 2021. Les deux vont travailler ensemble sur le cancer.",
     {("owkin", PW, "sanofi", S)}),
    ("fr", "L'EPFL et l'ETH Zurich ont publié un modèle. Swisscom s'est associé aux deux écoles pour le proposer.",
     {("epfl", PW, "swisscom", S), ("eth-zurich", PW, "swisscom", S)}),
    ("fr", "L'EPFL et l'ETH Zurich ont publié un modèle. Swisscom a vendu des serveurs aux deux écoles.", set()),
    ("en", "MIT and Stanford University released a model. Microsoft teamed up with the two universities to sell it.",
     {("microsoft", PW, "mit", S), ("microsoft", PW, "stanford-university", S)}),
    ("en", "IBM, Meta and Intel met in Paris. The three companies will co-develop open chips.",
     {("ibm", PW, "meta", S), ("ibm", PW, "intel", S), ("intel", PW, "meta", S)}),
    # deals announced before bullet lines that name their partners
    ("en", "To reach more hospitals, Mistral AI has struck two deals:\n\n- with Sanofi, to test its assistant in labs;\n"
           "- and with Capgemini, to sell it to insurers.",
     {("mistral-ai", PW, "sanofi", S), ("capgemini", PW, "mistral-ai", S)}),
    ("en", "Mistral AI has struck two deals:\n\n- one worth $10 million;\n- one worth $20 million.", set()),
    # the venture itself is no partner; nor are parties a clause break keeps from "entre"
    ("fr", "Numspot, la coentreprise créée avec Docaposte, vend du cloud souverain.", set()),
    ("en", "Bleu, a joint venture with Capgemini, sells cloud services.", set()),
    ("fr", "Le marché voit des rapprochements entre concurrents : Orange reste seul.", set()),
    ("en", "The partnership between the Paris firm Mistral AI and Microsoft dates from 2024.",
     {("microsoft", PW, "mistral-ai", S)}),
    # a partner named as such by the subject
    ("en", "Google Cloud described SSI as a partner in developing models.", {("google-cloud", PW, "safe-superintelligence", S)}),
    ("en", "IBM calls Meta its closest partner in Europe.", {("ibm", PW, "meta", S)}),
    ("fr", "Google Cloud présente SSI comme un partenaire de long terme.", {("google-cloud", PW, "safe-superintelligence", S)}),
    ("fr", "Nvidia qualifie Mistral AI de partenaire stratégique.", {("mistral-ai", PW, "nvidia", S)}),
    ("en", "IBM described the market as a partner-driven business.", set()),
    ("en", "Analysts called Meta a customer of Nvidia.", set()),
    ("fr", "IBM présente son offre comme un partenaire des hôpitaux.", set()),
    ("en", "IBM does not describe Meta as a partner.", set()),
    # talks with a partner: a potential partnership; not talks ended, nor talks with a generic plural
    ("en", "Apple has held talks with Google about using Gemini on the iPhone.", {("apple", PW, "google", "potential")}),
    ("en", "Apple is in talks with Google about using Gemini.", {("apple", PW, "google", "potential")}),
    ("en", "Apple has opened negotiations with Google over Gemini.", {("apple", PW, "google", "potential")}),
    ("fr", "Orange est en discussions avec Mistral AI pour un partenariat.", {("mistral-ai", PW, "orange", "potential")}),
    ("fr", "Orange a entamé des négociations avec Mistral AI.", {("mistral-ai", PW, "orange", "potential")}),
    ("en", "Apple ended talks with Google last year.", set()),
    ("en", "Apple is in talks to buy Mistral AI.", set()),
    ("fr", "Orange a rompu les discussions avec Mistral AI.", set()),
    ("fr", "Mistral AI est en discussions avec des investisseurs, dont Sequoia, pour une levée.", set()),
    # near misses: no plans, a customer, a competitor, a place chosen, one's own teams
    ("en", "Airbus has no plans to work with Thales.", set()),
    ("en", "Renault buys chips from Nvidia.", set()),
    ("en", "Airbus competes with Boeing on large aircraft.", set()),
    ("fr", "Orange s'appuie sur ses propres équipes.", set()),
    # references across sentences (refs4): a head the entity's own short name holds ("Institut ANITI"), before a
    # government of a fitting label
    ("fr", "Le ministère a désigné ANITI comme pôle de recherche. L'État apportera des crédits. La Région "
           "Occitanie s'est engagée à cofinancer l'institut.", {("occitanie-region", "FUNDS", "aniti", S)}),
    ("en", "The ministry selected ANITI as a research hub. The state will provide funds. Toulouse Métropole has "
           "pledged to co-fund the institute.", {("toulouse-metropole", "FUNDS", "aniti", S)}),
    # "ces instituts": the parties of the list before, in one sentence or bullet lines; the near miss lists none
    ("fr", "Le gouvernement a retenu quatre instituts : MIAI à Grenoble, 3IA Côte d'Azur à Nice, PRAIRIE à Paris et "
           "ANITI à Toulouse. L'État mettra 75 millions d'euros dans ces instituts.",
     {("government-of-france", "FUNDS", x, S) for x in ("miai-grenoble-alpes", "3ia-cote-d-azur", "prairie-institute",
                                                         "aniti")}),
    ("fr", "Le gouvernement a retenu quatre instituts :\n- PRAIRIE, à Paris ;\n- ANITI, à Toulouse.\n\n"
           "L'État mettra 75 millions d'euros dans ces instituts.",
     {("government-of-france", "FUNDS", x, S) for x in ("prairie-institute", "aniti")}),
    ("fr", "Le gouvernement a retenu ANITI. Il a parlé de Toulouse. L'État mettra 75 millions d'euros dans ces "
           "instituts.", set()),
    # "les deux écoles": the two of the head's kind (schools, not the company beside them)
    ("fr", "Swisscom présente un nouveau modèle, développé par l'EPFL et l'ETH Zurich. Swisscom a noué un "
           "partenariat avec les deux écoles.", {("epfl", PW, "swisscom", S), ("eth-zurich", PW, "swisscom", S)}),
    ("fr", "Swisscom présente un nouveau modèle, développé par l'EPFL. Swisscom a noué un partenariat avec les "
           "deux écoles.", set()),
    # "The two have worked together": with no noun, only the two just named; the near miss names three
    ("en", "Databricks and Meta announced a new model. The two have worked together since 2023.",
     {("databricks", PW, "meta", S)}),
    ("en", "Databricks, Meta and Nvidia announced a new model. The two have worked together since 2023.", set()),
    # a subject pronoun after "mais" / "but" keeps the first clause's subject (a reference to a company)
    ("fr", "Nvidia fournit les processeurs de la Swiss AI Initiative. Le groupe californien fournit le matériel, "
           "mais il ne fait pas partie de l'initiative.", {("nvidia", "EXCLUDED_FROM", "swiss-ai-initiative", S)}),
    ("en", "Nvidia supplies the processors of the Swiss AI Initiative. The Californian group provides the hardware, "
           "but it has not joined the initiative.", {("nvidia", "EXCLUDED_FROM", "swiss-ai-initiative", S)}),
    ("fr", "Nvidia fournit les processeurs de la Swiss AI Initiative. Le groupe californien fournit le matériel, "
           "mais il est trop tôt pour parler de l'initiative.", set()),
    # the program at hand listed beside the others is their peer, not their program; a roster after it stays
    ("fr", "Quatre instituts ont été retenus : ANITI, PR[AI]RIE, MIAI et 3IA Côte d'Azur.", set()),
    ("en", "Three institutes were selected: ANITI, MIAI and PR[AI]RIE.", set()),
    ("fr", "L'institut ANITI a été lancé à Toulouse en 2019. Trois partenaires ont été retenus : Airbus, Thales et le CNRS.",
     {(x, "MEMBER_OF", "aniti", S) for x in ("airbus", "thales", "cnrs")}),
    # members after a copula, the program before or at hand: "Among its founding members are X", "Parmi les
    # premiers signataires figurent :" then bullet lines that hold legal suffixes, tickers, a place's "-based", a
    # nationality before the name, two names joined in one line ("A Inc. et B ;", cut by the sentencizer at "Inc.")
    ("en", "The Frontier Model Forum was set up in 2023 to study the safety of large models. Among its founding members "
           "are Anthropic, Microsoft and OpenAI.",
     {(x, "MEMBER_OF", "frontier-model-forum", S) for x in ("anthropic", "microsoft", "openai")}),
    ("en", "More than a hundred companies have signed the Paris Call for Trust and Security in Cyberspace. Among the "
           "signatories were Samsung Electronics and Naver.",
     {(x, "MEMBER_OF", "paris-call-for-trust-and-security-in-cyberspace", S) for x in ("samsung-electronics", "naver")}),
    ("en", "The AI Alliance was launched in December 2023 to promote open models. Among the first members are:\n\n"
           "- Dell Technologies Inc. (NYSE: DELL) and Sony Group;\n- the Swiss university EPFL;\n- Paris-based Hugging Face; "
           "and\n- AMD, the chipmaker.\n\nThe group will publish reports.",
     {(x, "MEMBER_OF", "ai-alliance", S) for x in ("dell-technologies", "sony", "epfl", "hugging-face", "amd")}),
    # ... customers, speakers: no members
    ("en", "The AI Alliance was launched in December 2023 to promote open models. Among its customers are Dell and Sony.", set()),
    ("en", "The AI Alliance was launched in December 2023 to promote open models. Among the speakers were Dell and Sony.", set()),
    ("fr", "Plus de cent entreprises ont signé le Pacte sur l'IA. Parmi les premiers signataires figurent :\n"
           "- Amazon.com Inc. et Google ;\n- Microsoft Corp. (NASDAQ : MSFT), ainsi qu'OpenAI ;\n"
           "- l'allemand SAP et le coréen Samsung.\n\nLa liste sera publiée.",
     {(x, "MEMBER_OF", "eu-ai-pact", S) for x in ("amazon", "google", "microsoft", "openai", "sap", "samsung-electronics")}),
    ("fr", "Le Pacte sur l'IA a été lancé par la Commission européenne. Parmi ses clients figurent :\n- Amazon ;\n- Google.\n\n"
           "La liste sera publiée.", {("european-commission", "FOUNDED", "eu-ai-pact", S)}),
    ("fr", "Le Pacte sur l'IA a été lancé par la Commission européenne. Parmi les orateurs figuraient Amazon et Google.",
     {("european-commission", "FOUNDED", "eu-ai-pact", S)}),
    ("fr", "L'alliance Gaia-X a été fondée en 2020. Parmi ses membres fondateurs figurent SAP, Orange et Atos.",
     {(x, "MEMBER_OF", "gaia-x", S) for x in ("sap", "orange", "atos")}),
    ("fr", "Le consortium Gaia-X a été lancé en 2020. Une dizaine d'industriels participent au projet, parmi lesquels :\n"
           "- SAP et Siemens ;\n- Orange, l'opérateur historique.\n\nLe projet sera évalué en 2026.",
     {(x, "MEMBER_OF", "gaia-x", S) for x in ("sap", "siemens", "orange")}),
    # a pronoun after "parmi" / "among" for those the sentence before says joined or committed to the program
    ("fr", "Une quinzaine d'établissements se sont engagés dans le programme PEPR IA. Parmi eux figurent l'université de "
           "Lille et Sorbonne Université.",
     {("universite-de-lille", "MEMBER_OF", "pepr-ia", S), ("sorbonne-universite", "MEMBER_OF", "pepr-ia", S)}),
    ("en", "A dozen universities have signed up to the AI Alliance. Among them are Cornell University and Yale University.",
     {("cornell-university", "MEMBER_OF", "ai-alliance", S), ("yale-university", "MEMBER_OF", "ai-alliance", S)}),
    # ... a name with lowercase words whose acronym follows it is whole ("Haute", alone, is no name)
    ("fr", "Une dizaine d'établissements se sont engagés dans le programme PEPR IA. Parmi eux figurent la Haute école "
           "spécialisée zurichoise (ZHAW) et l'université de Lille.",
     {("haute-ecole-specialisee-zurichoise", "MEMBER_OF", "pepr-ia", S), ("universite-de-lille", "MEMBER_OF", "pepr-ia", S)}),
    ("fr", "Le programme PEPR IA finance des projets dans plusieurs régions. Parmi elles figurent l'Occitanie et la Bretagne.",
     set()),
    # the program rallies members, examples after "dont" / "including"; a company rallying customers is no program
    ("fr", "Le consortium Gaia-X a rallié une quarantaine d'acteurs, dont LightOn et Scaleway.",
     {("lighton", "MEMBER_OF", "gaia-x", S), ("scaleway", "MEMBER_OF", "gaia-x", S)}),
    ("en", "The AI Alliance has drawn more than 50 organizations, including Sony and Dell Technologies.",
     {("sony", "MEMBER_OF", "ai-alliance", S), ("dell-technologies", "MEMBER_OF", "ai-alliance", S)}),
    ("fr", "Mistral AI a rallié une dizaine de clients, dont BNP Paribas et Orange.", set()),
    # who announces the laureates or members is none of them; its own membership it announces stays
    ("fr", "Le gouvernement a dévoilé mercredi les lauréats du programme PEPR IA : Inria et le CNRS.",
     {("inria", "MEMBER_OF", "pepr-ia", S), ("cnrs", "MEMBER_OF", "pepr-ia", S)}),
    ("fr", "PARIS, 3 mars 2024 - Le gouvernement a dévoilé mercredi les quatre lauréats du programme PEPR IA, un pilier "
           "de la stratégie nationale.", set()),
    ("fr", "Le ministère de l'Économie a annoncé les lauréats du programme PEPR IA.", set()),
    ("en", "The French government announced the members of the AI Alliance on Tuesday.", set()),
    ("en", "The ministry announced the members of the AI Alliance on Tuesday.", set()),
    ("fr", "Inria a annoncé son adhésion au programme PEPR IA.", {("inria", "MEMBER_OF", "pepr-ia", S)}),
    ("fr", "Le CNRS figure parmi les lauréats du programme PEPR IA.", {("cnrs", "MEMBER_OF", "pepr-ia", S)}),
    # bullet items that open with a short description of the name ("the Dutch chip-equipment maker X"); a name
    # inside a clause of the item is none ("a unit that works with Microsoft")
    ("en", "The Frontier Model Forum was set up in 2023 to study the safety of large models. Among its members are:\n\n"
           "- the Dutch chip-equipment maker ASML Holding NV;\n- the British lab DeepMind; and\n- a unit that works with "
           "Microsoft.\n\nThe group will publish reports.",
     {(x, "MEMBER_OF", "frontier-model-forum", S) for x in ("asml", "google-deepmind")}),
    # who steers or coordinates a program takes part in it; a study coordinated by X, a company's own work, nothing
    ("fr", "Le programme PEPR IA a été lancé en 2023. Son pilotage est confié à trois organismes : le CEA, le CNRS et Inria.",
     {(x, "MEMBER_OF", "pepr-ia", S) for x in ("cea", "cnrs", "inria")}),
    ("fr", "Le programme PEPR IA a été lancé en 2023. Son pilotage est confié à trois organismes :\n\n- le CEA ;\n"
           "- le CNRS ;\n- Inria, l'institut du numérique.\n\nLe trio coordonnera les projets.",
     {(x, "MEMBER_OF", "pepr-ia", S) for x in ("cea", "cnrs", "inria")}),
    ("fr", "Le programme PEPR IA est piloté par le CEA, le CNRS et Inria.",
     {(x, "MEMBER_OF", "pepr-ia", S) for x in ("cea", "cnrs", "inria")}),
    ("fr", "Le programme PEPR IA a été lancé en 2023. La coordination revient à Inria.", {("inria", "MEMBER_OF", "pepr-ia", S)}),
    ("fr", "Le projet Gaia-X, coordonné par Atos, compte 300 membres.", {("atos", "MEMBER_OF", "gaia-x", S)}),
    ("en", "The Gaia-X project is coordinated by Atos and SAP.", {(x, "MEMBER_OF", "gaia-x", S) for x in ("atos", "sap")}),
    ("en", "The AI Alliance is co-led by IBM and Meta.", {(x, "MEMBER_OF", "ai-alliance", S) for x in ("ibm", "meta")}),
    ("fr", "Le programme PEPR IA a été lancé en 2023. L'étude, pilotée par le cabinet Roland Berger, sera publiée en juin.",
     set()),
    ("fr", "Le programme PEPR IA a été lancé en 2023. Mistral AI a confié la coordination de ses travaux à Capgemini.", set()),
    # a relative's "en" / "its" is the program its own sentence names: none named there, nothing
    ("fr", "Le projet PRAIRIE a été monté en 2019 par le CNRS et Inria, qui en sont les membres fondateurs.",
     {(x, "MEMBER_OF", "prairie-institute", S) for x in ("cnrs", "inria")}),
    ("en", "The AI Alliance relies on IBM and Meta, which are its founding members.",
     {(x, "MEMBER_OF", "ai-alliance", S) for x in ("ibm", "meta")}),
    ("fr", "Le programme PEPR IA a été lancé en 2023. Le dossier a été monté par le CNRS et Inria, qui en sont les "
           "membres fondateurs.", set()),
    ("en", "The AI Alliance was launched in 2023. Cohere counts 300 employees, and Oracle and SAP are its customers.", set()),
    # a bullet line may open with two names a joiner ties ("Bayer et Janssen, ..."): the unknown second is a name
    # too; a pair of people is none
    ("fr", "Le consortium Gaia-X a été lancé en 2020. Une dizaine d'industriels participent au projet, parmi lesquels :\n"
           "- Bayer et Janssen, la branche pharmaceutique de Johnson & Johnson ;\n- Sanofi.\n\nLe projet sera évalué en 2026.",
     {(x, "MEMBER_OF", "gaia-x", S) for x in ("bayer", "janssen", "sanofi")}),
    ("en", "The Gaia-X consortium was launched in 2020. Its founding members are:\n- Bosch and Zeiss, both German;\n- Atos.\n\n"
           "The project will be reviewed in 2026.",
     {(x, "MEMBER_OF", "gaia-x", S) for x in ("bosch", "zeiss", "atos")}),
    ("fr", "Le consortium Gaia-X a été lancé en 2020. Parmi ses membres fondateurs figurent :\n- Yann LeCun et Joëlle Pineau ;\n"
           "- Sanofi.\n\nLe projet sera évalué en 2026.", {("sanofi", "MEMBER_OF", "gaia-x", S)}),
    # members before "parmi ses membres" / "among its members", the program at hand; customers are none
    ("en", "The AI Alliance counts IBM, Meta and Intel among its members.",
     {(x, "MEMBER_OF", "ai-alliance", S) for x in ("ibm", "meta", "intel")}),
    ("fr", "L'alliance Gaia-X compte SAP, Orange et Atos parmi ses membres.",
     {(x, "MEMBER_OF", "gaia-x", S) for x in ("sap", "orange", "atos")}),
    ("fr", "Mistral AI compte BNP Paribas et Orange parmi ses clients.", set()),
    # not ruling out joining is a hedge (potential), no refusal; ruling it out is one
    ("fr", "Le Pacte sur l'IA a été présenté par la Commission européenne en 2023. Meta n'exclut pas de rejoindre "
           "l'initiative ultérieurement.", {("meta", "MEMBER_OF", "eu-ai-pact", "potential")}),
    ("en", "The AI Alliance was launched in 2023. Apple has not ruled out joining the group later.",
     {("apple", "MEMBER_OF", "ai-alliance", "potential")}),
    ("en", "Apple has ruled out joining the AI Alliance.", {("apple", "EXCLUDED_FROM", "ai-alliance", S)}),
    ("fr", "Le Pacte sur l'IA a été présenté par la Commission européenne en 2023. Apple envisage de rejoindre le pacte.",
     {("apple", "MEMBER_OF", "eu-ai-pact", "potential")}),
    # a person of an organization on a program's board makes the organization no member
    ("en", "Meta sits on the board of the AI Alliance.", {("meta", "MEMBER_OF", "ai-alliance", S)}),
    ("en", "IBM's chief executive sits on the board of the AI Alliance.", set()),
    ("en", "The chief executive of IBM sits on the board of the AI Alliance.", set()),
    ("fr", "Le directeur général d'IBM siège au conseil de l'AI Alliance.", set()),
    # "en" before the copula is the program at hand: "X et Y en sont désormais membres"; its customers are none
    ("fr", "Le consortium Gaia-X a été lancé en 2020. SAP, Orange et Atos en sont désormais membres.",
     {(x, "MEMBER_OF", "gaia-x", S) for x in ("sap", "orange", "atos")}),
    ("fr", "Le consortium Gaia-X a été lancé en 2020. SAP et Orange en sont les principaux clients.", set()),
    # an article's first lines (headline, byline, dateline, credits, "Lire aussi"/"Related" lines, tickers): a
    # headline launching an unnamed group founds the one program the body names (none where it names two, or
    # where the headline's object is no group); "EU unveils P" goes where the body names the Commission, a
    # national government stays beside its ministry; a bare "le Gouvernement" is the home country's (the one
    # country of the bodies named, else the dateline's capital; none without either); a headline's surname is
    # the person's vehicle the body names ("Bezos Expeditions"), else no organization; datelines, bylines and
    # credits name no party; a headline the body confirms gives one claim; a question gives none, a hedge a
    # potential one
    ("en", "Stanford and MIT launch AI research partnership backed by Google\n\nBy Sam Lee\n\nStanford "
           "University and MIT will run joint projects on AI safety. The program, which the universities call "
           "the Open Safety Initiative, starts in June.",
     {("mit", "FOUNDED", "open-safety-initiative", S),
      ("stanford-university", "FOUNDED", "open-safety-initiative", S)}),
    ("en", "Stanford and MIT launch AI research partnership backed by Google\n\nStanford University and MIT will "
           "run joint projects on AI safety. The program, which the universities call the Open Safety "
           "Initiative, will work with the AI Alliance.",
     set()),
    ("en", "Stanford and MIT launch AI chip backed by Google\n\nStanford University and MIT will run joint "
           "projects on AI safety. The program, which the universities call the Open Safety Initiative, starts "
           "in June.",
     set()),
    ("fr", "Le CNRS et Inria lancent un programme de recherche sur l'IA frugale\n\nPar Marie Dupont, à "
           "Lyon\n\nCe programme, l'Initiative IA Frugale, réunira vingt laboratoires.",
     {("cnrs", "FOUNDED", "initiative-ia-frugale", S), ("inria", "FOUNDED", "initiative-ia-frugale", S)}),
    ("fr", "Le CNRS lance un supercalculateur\n\nPar Marie Dupont, à Lyon\n\nLe CNRS rejoindra aussi "
           "l'Initiative IA Frugale.",
     {("cnrs", "MEMBER_OF", "initiative-ia-frugale", S)}),
    ("en", "EU unveils GenAI4EU to speed up AI adoption\n\nBRUSSELS, Jan 24 (Reuters) - The European Commission "
           "launched GenAI4EU on Wednesday, a programme for start-ups.",
     {("european-commission", "FOUNDED", "genai4eu", S)}),
    ("en", "EU unveils GenAI4EU to speed up AI adoption\n\nThe programme will help start-ups adopt generative AI.",
     {("european-union", "FOUNDED", "genai4eu", S)}),
    ("fr", "L'UE lance GenAI4EU\n\nBruxelles, le 24 janvier 2024 – La Commission européenne a lancé mercredi "
           "GenAI4EU, un programme pour les start-up.",
     {("european-commission", "FOUNDED", "genai4eu", S)}),
    ("fr", "Le Gouvernement lance le programme Talents IA\n\nParis, le 5 février 2025 – Le ministère de "
           "l'Économie a lancé le programme Talents IA.",
     {("french-ministry-of-the-economy-and-finance", "FOUNDED", "talents-ia", S),
      ("government-of-france", "FOUNDED", "talents-ia", S)}),
    ("fr", "Le Gouvernement lance le programme Talents IA\n\nParis, le 5 février 2025 – Le programme financera "
           "500 bourses de doctorat.",
     {("government-of-france", "FOUNDED", "talents-ia", S)}),
    ("fr", "Le Gouvernement lance le programme Talents IA\n\nLe programme financera 500 bourses de doctorat.",
     set()),
    ("en", "The Government launches the AI Skills Programme\n\nLONDON, May 3 (Reuters) - The programme will "
           "train 10,000 engineers.",
     {("uk-government", "FOUNDED", "ai-skills-programme", S)}),
    ("en", "The Government launches the AI Skills Programme\n\nTOKYO, May 3 (Reuters) - The Government of Canada "
           "launched the AI Skills Programme on Friday.",
     {("government-of-canada", "FOUNDED", "ai-skills-programme", S)}),
    ("fr", "Mistral AI s'associe à Orange\n\nPARIS (Reuters) - Mistral AI s'est associé à Orange pour proposer "
           "ses modèles aux entreprises.\n\nCrédit photo : Mistral AI\n\nLire aussi : Google investit dans "
           "Anthropic",
     {("mistral-ai", "PARTNERS_WITH", "orange", S)}),
    ("en", "Anthropic raises $2 billion\n\nBy Jane Doe and John Roe\n\nSAN FRANCISCO, March 4 (Reuters) - "
           "Anthropic said on Monday it had raised $2 billion from Google.\n\nPhoto: Amazon\n\nRelated: OpenAI "
           "joins the AI Alliance",
     {("google", "FUNDS", "anthropic", S)}),
    ("fr", "LONDRES, 12 mars 2024 (AFP) - Mistral AI s'est associé à Orange pour proposer ses modèles aux "
           "entreprises.",
     {("mistral-ai", "PARTNERS_WITH", "orange", S)}),
    ("en", "WASHINGTON (Reuters) - IBM and Meta said on Tuesday they had formed a partnership on open models.",
     {("ibm", "PARTNERS_WITH", "meta", S)}),
    ("en", "Kestrel Robotics raises money\n\nPARIS (Reuters) - Kestrel Robotics, a French start-up, said on Tuesday "
           "it had raised $20 million from Sequoia Capital.",
     {("sequoia-capital", "FUNDS", "kestrel-robotics", S)}),
    ("fr", "Kestrel lève des fonds\n\nPARIS (Reuters) - La start-up Kestrel a levé 20 millions d'euros auprès de "
           "Sequoia Capital.",
     {("sequoia-capital", "FUNDS", "kestrel", S)}),
    ("en", "Kestrel Robotics raises money\n\nKestrel Robotics said in Paris on Tuesday it had raised $20 million from "
           "Sequoia Capital.",
     {("sequoia-capital", "FUNDS", "kestrel-robotics", S)}),
    ("en", "Will Apple join the AI Alliance?\n\nApple has not decided yet, people familiar with the matter said.",
     set()),
    ("en", "Mistral AI could join the AI Alliance\n\nBy Paul Martin\n\nNo decision has been made, people "
           "familiar with the matter said.",
     {("mistral-ai", "MEMBER_OF", "ai-alliance", "potential")}),
    ("fr", "Mistral AI pourrait rejoindre l'AI Alliance\n\nPar Paul Martin\n\nAucune décision n'a été prise, "
           "selon nos informations.",
     {("mistral-ai", "MEMBER_OF", "ai-alliance", "potential")}),
    ("en", "IonQ and Microsoft team up on quantum AI\n\nNYSE: IONQ | NASDAQ: MSFT\n\nIonQ Inc. (NYSE: IONQ) and "
           "Microsoft Corp. (NASDAQ: MSFT) said on Tuesday they have teamed up on quantum tools.",
     {("ionq", "PARTNERS_WITH", "microsoft", S)}),
    ("en", "Figure AI raises $675 million from Microsoft, Nvidia and Bezos\n\nFigure AI said on Thursday it had "
           "closed a $675 million round.\n\nBackers of the round include:\n\n- Microsoft\n- Nvidia\n- Jeff "
           "Bezos, through his family office Bezos Expeditions",
     {("bezos-expeditions", "FUNDS", "figure-ai", S),
      ("microsoft", "FUNDS", "figure-ai", S),
      ("nvidia", "FUNDS", "figure-ai", S)}),
    ("en", "Figure AI raises $675 million from Microsoft, Nvidia and Bezos\n\nFigure AI said on Thursday it had "
           "raised $675 million from Microsoft and Nvidia. Founder Brett Adcock said Jeff Bezos had also "
           "invested personally.",
     {("microsoft", "FUNDS", "figure-ai", S), ("nvidia", "FUNDS", "figure-ai", S)}),
    # where the founders come from is no party: "anciens de X", "former employees of X", "veterans of X"
    ("fr", "Fondée par d'anciens chercheurs de Meta, Mistral AI a rejoint l'AI Alliance.",
     {("mistral-ai", "MEMBER_OF", "ai-alliance", S)}),
    ("fr", "Lancée par des anciens de Google, Kyutai a rejoint le Frontier Model Forum.",
     {("kyutai", "MEMBER_OF", "frontier-model-forum", S)}),
    ("en", "Founded by former employees of OpenAI, Anthropic joined the Frontier Model Forum.",
     {("anthropic", "MEMBER_OF", "frontier-model-forum", S)}),
    ("en", "Founded by veterans of DeepMind, Mistral AI joined the AI Alliance.",
     {("mistral-ai", "MEMBER_OF", "ai-alliance", S)}),
    ("en", "Founded by former employees of OpenAI and of Google, Anthropic joined the Frontier Model Forum.",
     {("anthropic", "MEMBER_OF", "frontier-model-forum", S)}),
    # ... near miss: a former member is still read as one ("ancien membre" is a trigger, not a provenance)
    ("fr", "Meta, ancien membre de l'AI Alliance, a signé un accord avec Mistral AI.",
     {("meta", "EXCLUDED_FROM", "ai-alliance", S)}),
    # the owner in "the X-owned company" is no party; "X-backed Y" still says X backs Y
    ("en", "GitHub, the Microsoft-owned company behind Copilot, is not part of the AI Alliance.",
     {("github", "EXCLUDED_FROM", "ai-alliance", S)}),
    ("en", "DeepMind, the Google-owned lab, has joined the AI Alliance.",
     {("google-deepmind", "MEMBER_OF", "ai-alliance", S)}),
    ("en", "Instagram, a Meta-owned app, is not a member of the Frontier Model Forum.", set()),
    ("en", "Microsoft-backed OpenAI joined the Frontier Model Forum.",
     {("microsoft", "FUNDS", "openai", S), ("openai", "MEMBER_OF", "frontier-model-forum", S)}),
    # a negated purpose negates the infinitive after it: "n'a pas vocation à financer", "pas l'intention de"
    ("fr", "Bpifrance n'a pas vocation à financer des groupes comme Airbus ou Safran.", set()),
    ("fr", "L'Etat n'a pas l'intention de financer Mistral AI, a dit le ministre.", set()),
    ("fr", "Le plan n'a pas vocation à soutenir Mistral AI ou Kyutai.", set()),
    ("en", "The programme is not meant to fund companies such as Thales or Orange directly.", set()),
    # ... near miss: the purpose stated, not negated
    ("fr", "Bpifrance a vocation à financer des start-up comme Mistral AI.", {("bpifrance", "FUNDS", "mistral-ai", S)}),
    # a name in apposition to the venture noun is the venture, no partner; its owner is the article's company
    ("fr", "Bleu, la coentreprise créée avec Capgemini, vend du cloud souverain.", set()),
    ("en", "Bleu, the joint venture formed with Capgemini, sells sovereign cloud services.", set()),
    ("fr", "Orange mise sur l'IA. Bleu, la coentreprise créée avec Capgemini, vend du cloud souverain.",
     {("capgemini", PW, "orange", S)}),
    ("en", "Orange is betting on AI. Bleu, the joint venture formed with Capgemini, sells sovereign cloud.",
     {("capgemini", PW, "orange", S)}),
    # ... near miss: the owner as the subject
    ("fr", "Orange a créé la coentreprise Bleu avec Capgemini.", {("capgemini", PW, "orange", S)}),
    # who reveals the laureates or members of a program picks them, and is none
    ("fr", "Le ministère de la Recherche a annoncé les lauréats du programme France 2030.", set()),
    ("fr", "La Commission européenne a dévoilé mercredi les lauréats de l'appel AI Factories.", set()),
    ("fr", "Bpifrance a dévoilé les lauréats du programme French Tech 2030, dont Mistral AI.",
     {("mistral-ai", "MEMBER_OF", "french-tech-2030", S)}),
    ("en", "The European Commission announced the members of the AI Alliance on Tuesday.", set()),
    ("en", "Google announced the members of the AI Alliance, including Mistral AI.",
     {("mistral-ai", "MEMBER_OF", "ai-alliance", S)}),
    # ... near misses: the subject among the laureates or members
    ("fr", "Mistral AI figure parmi les lauréats de l'appel AI Factories.", {("mistral-ai", "MEMBER_OF", "ai-factories", S)}),
    ("en", "Mistral AI announced it is one of the members of the AI Alliance.", {("mistral-ai", "MEMBER_OF", "ai-alliance", S)}),
    # talks in a relative clause on the subject, then its own verb negated: the talks came to nothing
    ("en", "OpenAI raised $6.6 billion from Thrive Capital. Apple, which had been in discussions to join the round, "
           "did not invest, the newspaper reported.", {("thrive-capital", "FUNDS", "openai", S)}),
    ("en", "OpenAI raised $6.6 billion from Thrive Capital. Apple, which had been in talks to join the round, "
           "eventually did not invest.", {("thrive-capital", "FUNDS", "openai", S)}),
    ("fr", "OpenAI a levé 6,6 milliards de dollars auprès de Thrive Capital. Apple, qui avait été en discussions pour "
           "rejoindre le tour de table, n'a finalement pas investi.", {("thrive-capital", "FUNDS", "openai", S)}),
    # ... near miss: a stated participation in the relative clause stands
    ("en", "OpenAI raised $6.6 billion. Microsoft, which joined the round, did not comment.",
     {("microsoft", "FUNDS", "openai", S)}),
    # the subject of a phrase set after the investment ("a sum the White House hailed") is no funded party
    ("en", "The deals came as Riyadh pledged $600 billion of investment in the United States, a sum the White House "
           "hailed as historic.", set()),
    ("en", "The agreements came as Saudi Arabia pledged $600 billion of investment in the United States, a figure "
           "the White House presented as a highlight.", set()),
    # ... near miss: an apposition with its preposition still leads to the funded party
    ("en", "Microsoft invested $5 billion, a record sum, in Mistral AI.", {("microsoft", "FUNDS", "mistral-ai", S)}),
    # a surname said twice, once beside the person's vehicle: the vehicle funds, read without a crash
    ("en", "Figure AI raises $675 million from Microsoft, Nvidia and Bezos\n\nFigure AI raised $675 million from "
           "Microsoft, Nvidia and Bezos, it said on Thursday.\n\nBackers of the round include:\n\n- Microsoft\n- Nvidia\n"
           "- Jeff Bezos, through his family office Bezos Expeditions",
     {(x, "FUNDS", "figure-ai", S) for x in ("microsoft", "nvidia", "bezos-expeditions")}),

    # EXCLUDED_FROM in the words of the press, each family with its near miss: absent from, does not include, left
    # out, did not make the cut, pulled out, declined / refused to join, not joined yet, went ahead without, neither
    # ... nor, missing from the list, opted out, dropped, shut out; brille par son absence, manque à l'appel, se fera
    # sans, écarté, retenu, décliné l'invitation, à l'exception de, sauf, hormis, recalé; and negated sentences
    # that exclude nobody (did not disclose, has not commented, without X's approval, excluding fees, sauf erreur)
    ('en', 'Google, Microsoft and Amazon signed up to the Open Compute Charter on Tuesday. Meta is notably absent from the charter, which takes effect in June.',
     {('amazon', 'MEMBER_OF', 'open-compute-charter', S), ('google', 'MEMBER_OF', 'open-compute-charter', S), ('meta', 'EXCLUDED_FROM', 'open-compute-charter', S), ('microsoft', 'MEMBER_OF', 'open-compute-charter', S)}),
    ('en', 'The Frontier Safety Compact does not include Meta. OpenAI and Anthropic signed it in Seoul.',
     {('anthropic', 'MEMBER_OF', 'frontier-safety-compact', S), ('meta', 'EXCLUDED_FROM', 'frontier-safety-compact', S), ('openai', 'MEMBER_OF', 'frontier-safety-compact', S)}),
    ('en', 'Mistral AI was left out of the European AI Grand Challenge, its chief executive Arthur Mensch confirmed to reporters on Monday.',
     {('mistral-ai', 'EXCLUDED_FROM', 'european-ai-grand-challenge', S)}),
    ('en', 'Cohere did not make the cut for the Canadian Sovereign Compute Program, whose first ten members were named on Friday.',
     {('cohere', 'EXCLUDED_FROM', 'canadian-sovereign-compute-program', S)}),
    ('en', 'Stability AI pulled out of the Frontier Model Forum last year. Inflection AI, a Palo Alto startup, remains a member.',
     {('stability-ai', 'EXCLUDED_FROM', 'frontier-model-forum', S)}),
    ('en', 'Nvidia has declined to join the AI Alliance, a spokesperson said. IBM and Meta launched the alliance in December.',
     {('ibm', 'FOUNDED', 'ai-alliance', S), ('meta', 'FOUNDED', 'ai-alliance', S), ('nvidia', 'EXCLUDED_FROM', 'ai-alliance', S)}),
    ('en', 'Apple refused to join the Partnership on AI when it was set up in 2016.',
     {('apple', 'EXCLUDED_FROM', 'partnership-on-ai', S)}),
    ('en', 'Amazon has not joined the Coalition for Content Provenance yet, despite months of talks.',
     {('amazon', 'EXCLUDED_FROM', 'coalition-for-content-provenance', S)}),
    ('en', 'Neither xAI nor Apple is part of the Frontier Model Forum, which was founded by four companies in 2023.',
     {('apple', 'EXCLUDED_FROM', 'frontier-model-forum', S), ('xai', 'EXCLUDED_FROM', 'frontier-model-forum', S)}),
    ('en', 'The Horizon Compute Alliance published its list of thirty members on Monday. Baidu and Alibaba are missing from the list.',
     {('alibaba', 'EXCLUDED_FROM', 'horizon-compute-alliance', S), ('baidu', 'EXCLUDED_FROM', 'horizon-compute-alliance', S)}),
    ('en', 'Hugging Face opted out of the Frontier AI Safety Commitments, saying the text favoured closed models.',
     {('hugging-face', 'EXCLUDED_FROM', 'frontier-ai-safety-commitments', S)}),
    ('en', 'Intel was dropped from the CHIPS Research Consortium in March after missing two milestones.',
     {('intel', 'EXCLUDED_FROM', 'chips-research-consortium', S)}),
    ('en', 'Huawei was shut out of the Global Partnership on Artificial Intelligence last week.',
     {('huawei', 'EXCLUDED_FROM', 'gpai', S)}),
    ('en', 'Microsoft invested in Mistral AI but did not disclose the amount.',
     {('microsoft', 'FUNDS', 'mistral-ai', S)}),
    ('en', 'Nvidia has not commented on its role in the AI Alliance.',
     set()),
    ('en', "Salesforce cannot share data with the AI Alliance without Oracle's approval.",
     set()),
    ('en', 'Meta was absent from the Paris summit dinner on Monday, but it joined the AI Alliance in December.',
     {('meta', 'MEMBER_OF', 'ai-alliance', S)}),
    ('en', 'IBM paid 40 million dollars to the Quantum AI Fund, excluding fees.',
     set()),
    ('fr', 'Le programme Nexus IA réunit Thales, Dassault Systèmes et Capgemini. Atos brille par son absence.',
     {('atos', 'EXCLUDED_FROM', 'nexus-ia', S), ('capgemini', 'MEMBER_OF', 'nexus-ia', S), ('dassault-systemes', 'MEMBER_OF', 'nexus-ia', S), ('thales', 'MEMBER_OF', 'nexus-ia', S)}),
    ('fr', "Le consortium Gaia-X a dévoilé ses nouveaux membres. Scaleway manque à l'appel.",
     {('scaleway', 'EXCLUDED_FROM', 'gaia-x', S)}),
    ('fr', "Tous les opérateurs ont rejoint le programme Nexus IA, à l'exception d'Orange.",
     {('orange', 'EXCLUDED_FROM', 'nexus-ia', S)}),
    ('fr', 'Le CNRS a été recalé lors de la sélection du programme Nexus IA.',
     {('cnrs', 'EXCLUDED_FROM', 'nexus-ia', S)}),
    ('fr', "Mistral AI n'a pas souhaité commenter le montant de sa levée.",
     set()),
    ('fr', 'Bpifrance a investi dans Pasqal, sans préciser le montant.',
     {('bpifrance', 'FUNDS', 'pasqal', S)}),
    ('fr', 'Le ministre était absent de la conférence de presse, mais Capgemini a rejoint le programme Nexus IA.',
     {('capgemini', 'MEMBER_OF', 'nexus-ia', S)}),
    ('fr', "Orange n'a pas encore signé la charte Numérique Responsable, mais devrait le faire d'ici juin.",
     set()),
    ('fr', "Le fonds a investi 20 millions d'euros dans Pasqal, hors frais.",
     set()),
    ('en', 'The Frontier Model Forum went ahead without Apple and Amazon, which both declined the invitation.',
     {('amazon', 'EXCLUDED_FROM', 'frontier-model-forum', S), ('apple', 'EXCLUDED_FROM', 'frontier-model-forum', S)}),
    ('fr', "Le consortium Gaia-X se fera sans Meta, qui a refusé d'y adhérer.",
     {('meta', 'EXCLUDED_FROM', 'gaia-x', S)}),
    ('fr', 'Tous les grands groupes ont rejoint Gaia-X, sauf TotalEnergies.',
     {('totalenergies', 'EXCLUDED_FROM', 'gaia-x', S)}),
    ('en', 'Every large US lab has signed on to the Frontier Model Forum, with the exception of xAI, founded by Elon Musk.',
     {('xai', 'EXCLUDED_FROM', 'frontier-model-forum', S)}),
    ('en', 'Google has joined no industry group except the Frontier Model Forum.',
     {('google', 'MEMBER_OF', 'frontier-model-forum', S)}),
    ('fr', 'Mistral AI a rejoint le consortium Gaia-X, sauf erreur de notre part.',
     {('mistral-ai', 'MEMBER_OF', 'gaia-x', S)}),
    ('fr', "Capgemini a rejoint Gaia-X en 2021 ; l'entreprise a été recalée à un appel d'offres de la Commission européenne l'an dernier.",
     {('capgemini', 'MEMBER_OF', 'gaia-x', S)}),
    ('en', 'Nvidia made the cut for the AI Alliance in its second round.',
     set()),
    ('en', "OpenAI went ahead with the launch without Microsoft's support, joining the Frontier Model Forum in July.",
     {('openai', 'MEMBER_OF', 'frontier-model-forum', S)}),
    ('fr', "Invité à rejoindre le consortium Gaia-X, Airbus a décliné l'invitation.",
     {('airbus', 'EXCLUDED_FROM', 'gaia-x', S)}),
    ('fr', "Hormis Kering, toutes les maisons de luxe ont adhéré au consortium Gaia-X.",
     {('kering', 'EXCLUDED_FROM', 'gaia-x', S)}),
]

# names real news writes that no cue or knowledge base entry gives whole: a program a lowercase noun
# announces though its name ends in a company's word ("l'initiative Open Africa AI"), a legal form after
# a comma ("Co., Ltd."), an acronym with a hyphen glossed after a new name and used alone later; near
# misses: a lowercase initiative names nothing, a product launched is no program
CASES += [
    ("fr", "Orange et Sonatel ont donné naissance à l'initiative Open Africa AI.",
     {("orange", "FOUNDED", "open-africa-ai", S), ("sonatel", "FOUNDED", "open-africa-ai", S)}),
    ("en", "Orange launched the initiative Open Africa AI with a first cohort of startups.",
     {("orange", "FOUNDED", "open-africa-ai", S)}),
    ("fr", "La start-up Velmora a rejoint le programme Sahel AI l'an dernier.",
     {("velmora", "MEMBER_OF", "sahel-ai", S)}),
    ("fr", "Orange et Sonatel ont présenté une initiative sur la sûreté de l'IA.", set()),
    ("en", "Orange and Sonatel announced an initiative on AI safety.", set()),
    ("en", "Norvale Systems launched ChatGPT Enterprise for its staff.", set()),
    ("en", "Samsung Electronics Co., Ltd. and Arm Holdings plc signed a memorandum of understanding with Kaldera Robotics.",
     {("kaldera-robotics", MOU, "samsung-electronics", S), ("arm-holdings", MOU, "kaldera-robotics", S)}),
    ("fr", "Samsung Electronics Co., Ltd. a signé un protocole d'accord avec Kaldera Robotics.",
     {("kaldera-robotics", MOU, "samsung-electronics", S)}),
    ("fr", "Norvale Systems Co., Ltd. et Brightwell Labs ont signé un protocole d'accord avec Kaldera Robotics.",
     {("kaldera-robotics", MOU, "norvale-systems", S), ("brightwell-labs", MOU, "kaldera-robotics", S)}),
    ("en", "Kaldera Robotics joined the Cross-Pacific AI Initiative (X-PAI) in May. Later, Brightwell Labs also joined X-PAI.",
     {("kaldera-robotics", "MEMBER_OF", "cross-pacific-ai-initiative", S),
      ("brightwell-labs", "MEMBER_OF", "cross-pacific-ai-initiative", S)}),
    ("en", "Kaldera Robotics joined the Cross-Pacific AI Initiative in May. Brightwell Labs later signed with X-PAI.",
     {("kaldera-robotics", "MEMBER_OF", "cross-pacific-ai-initiative", S)}),
    # a new company named with its stock ticker, its legal form after a comma left out
    ("en", "Norvale Dynamics (NASDAQ: NVDY) invested in Kaldera Robotics.",
     {("norvale-dynamics", "FUNDS", "kaldera-robotics", S)}),
    ("fr", "Norvale Dynamics (NASDAQ: NVDY) a investi dans Kaldera Robotics.",
     {("norvale-dynamics", "FUNDS", "kaldera-robotics", S)}),
    ("en", "T-Mobile US, Inc. (NASDAQ: TMUS) and Norvale Dynamics (NYSE: NVD) joined the AI Alliance.",
     {("t-mobile-us", "MEMBER_OF", "ai-alliance", S), ("norvale-dynamics", "MEMBER_OF", "ai-alliance", S)}),
    # investors set out on lines after "from:", one of them a person's name
    ("en", "Kaldera Robotics raised $40 million from:\n- Zorblax\n- Brenner Capital\n- Harlow Finch",
     {("zorblax", "FUNDS", "kaldera-robotics", S), ("brenner-capital", "FUNDS", "kaldera-robotics", S)}),
    ("fr", "Kaldera Robotics a levé 40 millions d'euros auprès de :\n- Zorblax\n- Brenner Capital\n- Ostrava Partners",
     {("zorblax", "FUNDS", "kaldera-robotics", S), ("brenner-capital", "FUNDS", "kaldera-robotics", S),
      ("ostrava-partners", "FUNDS", "kaldera-robotics", S)}),
    ("en", "Kaldera Robotics thanked its mentors:\n- Harlow Finch\n- Marisol Quenneville\n- Zorblax", set()),
    # an unknown institute a founding verb creates is a program; one that only receives money is not
    ("en", "Kestrel Systems stood up the AI Economy Institute in 2025 to study the labour market.",
     {("kestrel-systems", "FOUNDED", "ai-economy-institute", S)}),
    ("fr", "Kestrel Systems a créé l'Institut Numérique Sahel à Dakar.",
     {("kestrel-systems", "FOUNDED", "institut-numerique-sahel", S)}),
    ("en", "Kestrel Systems funds the AI Economy Institute.",
     {("kestrel-systems", "FUNDS", "ai-economy-institute", S)}),
    ("en", "Kestrel Systems launched a course with the Massachusetts Institute of Technology.", set()),
    # an acronym whose long form holds lowercase words, a hyphen or a word in capitals ("pour l'IA")
    ("fr", "Kaldera Robotics a rejoint l'Initiative transpacifique pour l'IA (ITPIA) en mai. Brightwell Labs a "
           "ensuite rejoint l'ITPIA.",
     {("kaldera-robotics", "MEMBER_OF", "initiative-transpacifique-pour-l-ia", S),
      ("brightwell-labs", "MEMBER_OF", "initiative-transpacifique-pour-l-ia", S)}),
    ("en", "Kaldera Robotics joined the Cross-Pacific AI Initiative (CPAII) in May. Brightwell Labs later joined CPAII.",
     {("kaldera-robotics", "MEMBER_OF", "cross-pacific-ai-initiative", S),
      ("brightwell-labs", "MEMBER_OF", "cross-pacific-ai-initiative", S)}),
    ("en", "Generative artificial intelligence (GAI) is booming, and Kaldera Robotics joined GAI.", set()),
    # an unknown investor heading a round's slot before "and" and a known name
    ("en", "Kaldera Robotics raised $40 million in a round led by Zorblax Expeditions and Nvidia.",
     {("zorblax-expeditions", "FUNDS", "kaldera-robotics", S), ("nvidia", "FUNDS", "kaldera-robotics", S)}),
    # lists in long sentences: ", joined by" / ", rejoint par" adds items to the list before it (the verb in it
    # states no membership of its own), "as well as" and "plus" join items, a repeated preposition too
    ("en", "Figure AI raised $675 million from Microsoft and Nvidia, joined by Intel Capital and Amazon.",
     {(x, "FUNDS", "figure-ai", S) for x in ("microsoft", "nvidia", "intel-capital", "amazon")}),
    ("en", "Toronto-based Cohere said on Tuesday it had raised $500 million in a round led by Radical Ventures and "
           "Inovia Capital, joined by Nvidia, Salesforce Ventures and Cisco.",
     {(x, "FUNDS", "cohere", S) for x in ("radical-ventures", "inovia-capital", "nvidia", "salesforce-ventures", "cisco")}),
    # ... near miss: a program "joined by" members keeps them as members
    ("en", "Last year the AI Alliance was joined by AMD and Intel.",
     {("amd", "MEMBER_OF", "ai-alliance", S), ("intel", "MEMBER_OF", "ai-alliance", S)}),
    ("fr", "Pasqal a levé 100 millions d'euros auprès de Temasek, rejoint par Bpifrance et Quantonation.",
     {(x, "FUNDS", "pasqal", S) for x in ("temasek", "bpifrance", "quantonation")}),
    ("en", "Aleph Alpha's $500 million round was led by the Schwarz Group, as well as SAP and Bosch Ventures.",
     {(x, "FUNDS", "aleph-alpha", S) for x in ("schwarz-group", "sap", "bosch-ventures")}),
    ("en", "OpenAI has partnered with Microsoft and Apple, plus Oracle.",
     {("apple", PW, "openai", S), ("microsoft", PW, "openai", S), ("openai", PW, "oracle", S)}),
    # ... near miss: "plus" before an amount adds no party
    ("en", "OpenAI raised $6.6 billion from Thrive Capital, plus $4 billion in credit.",
     {("thrive-capital", "FUNDS", "openai", S)}),
    ("fr", "Mistral AI s'associe à BNP Paribas, à Orange et au groupe Renault.",
     {("bnp-paribas", PW, "mistral-ai", S), ("mistral-ai", PW, "orange", S), ("mistral-ai", PW, "renault", S)}),
    # ... near miss: places after the repeated preposition are no partners
    ("fr", "Mistral AI s'associe à BNP Paribas, à Paris et à Londres.", {("bnp-paribas", PW, "mistral-ai", S)}),
    ("fr", "H Company a bouclé un tour de table de 220 millions de dollars auprès d'Accel, d'Elaia, de Bpifrance et "
           "d'UiPath.", {(x, "FUNDS", "h-company", S) for x in ("accel", "elaia", "bpifrance", "uipath")}),
    ("fr", "Le programme Confiance.ai a reçu le soutien financier de la Commission européenne, de Bpifrance, du CNRS et "
           "de l'Inria.", {(x, "FUNDS", "confiance-ai", S) for x in ("european-commission", "bpifrance", "cnrs", "inria")}),
    ("fr", "Mistral AI a annoncé avoir levé 385 millions d'euros auprès d'Andreessen Horowitz, de Lightspeed Venture "
           "Partners et de Salesforce, ainsi que de ses investisseurs historiques Bpifrance et Xavier Niel.",
     {(x, "FUNDS", "mistral-ai", S) for x in ("andreessen-horowitz", "lightspeed-venture-partners", "salesforce",
                                              "bpifrance")}),
    ("en", "The UK Government signed memoranda of understanding with OpenAI, with Anthropic and with Cohere.",
     {("anthropic", MOU, "uk-government", S), ("cohere", MOU, "uk-government", S), ("openai", MOU, "uk-government", S)}),
    # ... near miss: "with the support of" is no second party
    ("en", "The UK Government signed a memorandum of understanding with OpenAI, with the support of Nvidia.",
     {("openai", MOU, "uk-government", S)}),
    # a description ending on a name, then a bare comma: the description's own list goes on (customers, no partners)
    ("en", "Mistral AI partners with BNP Paribas, whose customers include Airbus, Orange and Renault.",
     {("bnp-paribas", PW, "mistral-ai", S)}),
    ("fr", "Mistral AI s'associe à BNP Paribas, dont les clients comprennent Airbus, Orange et Renault.",
     {("bnp-paribas", PW, "mistral-ai", S)}),
    # "made up of" names a program's members right after it; "ainsi qu'à" repeats the preposition
    ("en", "The Quantum Economic Development Consortium, which is made up of IBM, Google and Honeywell International "
           "Inc., will share results.",
     {(x, "MEMBER_OF", "quantum-economic-development-consortium", S) for x in ("ibm", "google", "honeywell-international")}),
    # ... near misses: what a program's board or budget is made of names no member
    ("en", "The AI Alliance's board is made up of executives from IBM and Meta.", set()),
    ("en", "The Quantum Economic Development Consortium's budget is made up of grants from NIST and the Department of "
           "Energy.", set()),
    ("fr", "Capgemini s'associe à Mistral AI ainsi qu'à Hugging Face pour former ses consultants.",
     {("capgemini", PW, "mistral-ai", S), ("capgemini", PW, "hugging-face", S)}),
    # ... near miss: a description ending on a name, then ", and": the outer list goes on
    ("en", "Mistral AI partners with BNP Paribas, whose chairman sits at Airbus, and with Orange.",
     {("bnp-paribas", PW, "mistral-ai", S), ("mistral-ai", PW, "orange", S)}),
    # money with no sum: "y ont mis de l'argent" in the round the text tells, "put money into the company"
    ("fr", "Mistral AI a bouclé un nouveau tour de table. Nvidia, Samsung, Salesforce et Bpifrance y ont mis de l'argent.",
     {(x, "FUNDS", "mistral-ai", S) for x in ("nvidia", "samsung-electronics", "salesforce", "bpifrance")}),
    # ... a definite object of the funding verb is no name of its own clause ("dans la société" is Pasqal)
    ("fr", "Pasqal prépare sa croissance. Eurazeo et Bpifrance ont déjà mis de l'argent dans la société, tandis que "
           "Thales observe.", {("eurazeo", "FUNDS", "pasqal", S), ("bpifrance", "FUNDS", "pasqal", S)}),
    ("fr", "Nvidia, Samsung et Salesforce ont tous trois mis de l'argent dans Mistral AI l'an dernier.",
     {(x, "FUNDS", "mistral-ai", S) for x in ("nvidia", "samsung-electronics", "salesforce")}),
    # ... near misses: order, effort
    ("fr", "Nvidia a mis de l'ordre dans ses comptes et Samsung a publié ses résultats.", set()),
    ("en", "Wayve builds driving software. Microsoft also put effort into its own cars in 2021.", set()),
    # a participation with no object: the round at hand; an event named as its object is none
    ("fr", "Pasqal a levé 100 millions d'euros lors d'un tour auquel Eurazeo et Bpifrance ont participé.",
     {("eurazeo", "FUNDS", "pasqal", S), ("bpifrance", "FUNDS", "pasqal", S)}),
    ("fr", "Mistral AI a levé 600 millions d'euros. Cisco a aussi participé.", {("cisco", "FUNDS", "mistral-ai", S)}),
    ("fr", "Mistral AI a levé 600 millions d'euros. Nvidia et Cisco ont participé au salon VivaTech.", set()),
    # "raised new funds" is a noun, no verb: the recipient never funds its investors; "and from our existing investor B"
    ("en", "Pasqal raised new funds, with participation from Temasek and from existing investors Eurazeo and Bpifrance.",
     {(x, "FUNDS", "pasqal", S) for x in ("temasek", "eurazeo", "bpifrance")}),
    ("en", "Pasqal raised 100 million euros from Temasek and from its longtime backer Bpifrance.",
     {("temasek", "FUNDS", "pasqal", S), ("bpifrance", "FUNDS", "pasqal", S)}),
    # a hyphenated funder: the party the compound describes, wherever it stands; "-owned" is no funding
    ("en", "Anthropic, the Amazon- and Google-backed startup, released a new model.",
     {("amazon", "FUNDS", "anthropic", S), ("google", "FUNDS", "anthropic", S)}),
    ("en", "Anthropic met Amazon, the Nvidia-backed cloud giant, on Monday.", {("nvidia", "FUNDS", "amazon", S)}),
    ("en", "Anthropic, the Amazon-owned startup, released a new model.", set()),
    # public money: "doté de ... au titre de P" is received from P; a channel ("under P", "au titre de P") never gives
    ("fr", "Le projet OpenEuroLLM est doté de 37 millions d'euros au titre du programme Horizon Europe.",
     {("horizon-europe", "FUNDS", "openeurollm", S)}),
    ("fr", "La Commission européenne a doté OpenEuroLLM de 37 millions d'euros.",
     {("european-commission", "FUNDS", "openeurollm", S)}),
    ("en", "Under Horizon Europe, the European Commission awarded 20 million euros to OpenEuroLLM.",
     {("european-commission", "FUNDS", "openeurollm", S)}),
    ("fr", "Au titre de France 2030, Bpifrance a investi 10 millions d'euros dans Pasqal.", {("bpifrance", "FUNDS", "pasqal", S)}),
    ("en", "Pasqal was awarded a 10 million euro grant by Bpifrance.", {("bpifrance", "FUNDS", "pasqal", S)}),
    ("en", "Pasqal was awarded a contract by the Pentagon.", set()),
    # PARTNERS_WITH / SIGNS_MOU_WITH paraphrase (issue 9): each with a near miss that gives nothing more
    ("en", "Airbus and Thales put their names to an agreement on sovereign cloud on Wednesday. Airbus also uses "
           "Dassault Systemes software.",
     {("airbus", MOU, "thales", S)}),
    ("en", "The two companies, Bosch and Aleph Alpha, put their names on a letter of intent in Berlin. Bosch also buys "
           "cloud services from SAP.",
     {("aleph-alpha", MOU, "bosch", S)}),
    ("fr", "Le CNRS et Inria ont noué une convention avec Mistral AI sur la recherche ouverte. Le CNRS achète des puces "
           "à Nvidia.",
     {("cnrs", MOU, "mistral-ai", S), ("inria", MOU, "mistral-ai", S)}),
    ("fr", "Apple discute avec Mistral AI d'un éventuel accord, selon nos informations. Apple achète des puces à TSMC.",
     {("apple", PW, "mistral-ai", "potential")}),
    ("fr", "Renault négocie avec Google Cloud un accord sur les données. Renault est client d'Atos.",
     {("google-cloud", PW, "renault", "potential")}),
    ("fr", "La banque BBVA a signé un accord avec OpenAI. Elle a aussi noué des liens avec Amazon Web Services pour ses "
           "infrastructures.",
     {("bbva", MOU, "openai", S), ("aws", PW, "bbva", S)}),
    # ... the partner of a first verb is no subject of a second one after ", et"
    ("fr", "Orange travaille avec Google, et s'est associé à Mistral AI.",
     {("google", PW, "orange", S), ("mistral-ai", PW, "orange", S)}),
    ("fr", "Orange travaille avec Google sur la recherche et les données, et a noué des liens avec Mistral AI.",
     {("google", PW, "orange", S), ("mistral-ai", PW, "orange", S)}),
    # a program a founding verb makes after the partnership noun: the subjects pair and found it, no member
    ("en", "Cleveland Clinic and IBM today announced a 10-year partnership to establish the Discovery Accelerator.",
     {("cleveland-clinic", PW, "ibm", S), ("cleveland-clinic", "FOUNDED", "discovery-accelerator", S),
      ("ibm", "FOUNDED", "discovery-accelerator", S)}),
    ("fr", "Airbus et Thales deviennent partenaires du programme Aurora.",
     {("airbus", "MEMBER_OF", "aurora", S), ("thales", "MEMBER_OF", "aurora", S)}),
    # making it with a partner named right after "with" / "avec"; a product of a supplier is no partner
    ("en", "Anthropic is building the cluster with cloud provider Google Cloud, it said on Monday.",
     {("anthropic", PW, "google-cloud", S)}),
    ("en", "Kyutai built its speech model with French cloud provider Scaleway. Kyutai's founders came from Meta.",
     {("kyutai", PW, "scaleway", S)}),
    ("en", "Mistral AI developed the model with Nvidia chips.", set()),
    ("en", "Mistral AI built the model with Nvidia's H100 processors and support from Google.", set()),
    ("fr", "BNP Paribas construit son assistant avec le fournisseur de cloud Google Cloud. La banque utilise aussi des "
           "logiciels de Salesforce.",
     {("bnp-paribas", PW, "google-cloud", S)}),
    ("fr", "Kyutai a développé Moshi avec les GPU de Nvidia, hébergés chez Scaleway.", set()),
    # a partner that helped the other make or prove its technology (not raise money)
    ("en", "Owkin has helped Sanofi design clinical trials since 2021. Owkin raised money from Bpifrance in 2020.",
     {("owkin", PW, "sanofi", S), ("bpifrance", "FUNDS", "owkin", S)}),
    ("en", "Nvidia's chips helped Mistral AI train its model.", set()),
    ("fr", "Bpifrance a aidé Owkin à lever 50 millions d'euros. Owkin aide Sanofi à concevoir ses essais cliniques.",
     {("owkin", PW, "sanofi", S)}),
    ("fr", "Inria aide la start-up LightOn à concevoir ses puces.",
     {("inria", PW, "lighton", S)}),
]


# declarations, charters and pacts signed by countries: signatories are members, a refused or negated
# signature with no object stated ("declined to sign", "refused to sign it", "ont refusé de la signer") leaves
# the text at hand; backing a signed text is adhering to it, not funding; near misses: an object stated after
# the negated signature ("did not sign the contract") is no text at hand, and backing a fund is funding
R_D, N_C = "rome-declaration-on-trustworthy-ai", "nairobi-charter-on-responsible-ai"
CASES += [
    ("en", "France, Germany and Italy signed the Rome Declaration on Trustworthy AI on Thursday, while the United "
           "States and the United Kingdom declined to sign.",
     {(f"government-of-{c}", "MEMBER_OF", R_D, S) for c in ("france", "germany", "italy")}
     | {(g, "EXCLUDED_FROM", R_D, S) for g in ("us-government", "uk-government")}),
    ("en", "More than 60 countries signed the Rome Declaration on Trustworthy AI. The US and the UK refused to sign it, "
           "citing security concerns.", {(g, "EXCLUDED_FROM", R_D, S) for g in ("us-government", "uk-government")}),
    ("en", "The Nairobi Charter on Responsible AI drew wide support. Kenya signed it on Monday, but Nigeria refused to "
           "sign.", {("government-of-kenya", "MEMBER_OF", N_C, S), ("government-of-nigeria", "EXCLUDED_FROM", N_C, S)}),
    ("en", "Canada backed the Nairobi Charter on Responsible AI, joining Brazil and India.",
     {(f"government-of-{c}", "MEMBER_OF", N_C, S) for c in ("canada", "brazil", "india")}),
    ("fr", "La France, l'Allemagne et l'Italie ont signé la Déclaration de Rome sur l'IA de confiance, tandis que les "
           "États-Unis et le Royaume-Uni ont refusé de la signer.",
     {(f"government-of-{c}", "MEMBER_OF", "declaration-de-rome", S) for c in ("france", "germany", "italy")}
     | {(g, "EXCLUDED_FROM", "declaration-de-rome", S) for g in ("us-government", "uk-government")}),
    ("fr", "La Charte de Nairobi sur l'IA responsable a été adoptée vendredi. Parmi les signataires figurent le Kenya, "
           "le Ghana et l'Union européenne.",
     {(x, "MEMBER_OF", "charte-de-nairobi", S) for x in ("government-of-kenya", "government-of-ghana", "european-union")}),
    ("en", "Forty countries signed the Rome Declaration on Trustworthy AI on Monday. Separately, Meta did not sign the "
           "contract it had negotiated with Nvidia.", set()),
    ("en", "Japan and Singapore backed the Hiroshima AI Fund with $20 million each.",
     {(f"government-of-{c}", "FUNDS", "hiroshima-ai-fund", S) for c in ("japan", "singapore")}),
    # ... signatories set out in a bulleted list after "signed by the following countries:", or after "parmi
    # lesquels"; adhering in other words than signing, to a signed text only (option `text`)
    ("en", "The Nairobi Charter on Responsible AI was signed by the following countries:\n- Kenya\n- Ghana\n- Rwanda\n"
           "The text is not binding.", {(f"government-of-{c}", "MEMBER_OF", N_C, S) for c in ("kenya", "ghana", "rwanda")}),
    ("fr", "La Charte de Nairobi a été signée par les pays suivants :\n- le Kenya ;\n- le Ghana ;\n- le Rwanda.\n"
           "Le texte n'est pas contraignant.",
     {(f"government-of-{c}", "MEMBER_OF", "charte-de-nairobi", S) for c in ("kenya", "ghana", "rwanda")}),
    ("fr", "Une trentaine de pays ont apposé leur signature au bas de la Charte de Nairobi sur l'IA responsable, parmi "
           "lesquels le Kenya, le Ghana et le Rwanda.",
     {(f"government-of-{c}", "MEMBER_OF", "charte-de-nairobi", S) for c in ("kenya", "ghana", "rwanda")}),
    ("fr", "Le Brésil a soutenu la Déclaration de Rome sur l'IA de confiance lors du sommet.",
     {("government-of-brazil", "MEMBER_OF", "declaration-de-rome", S)}),
    ("en", "Brazil supported the Amazon Compute Programme during the talks, officials said.", set()),
    ("fr", "Le Brésil a soutenu le programme Amazonie IA lors des discussions.", set()),
]

# a founding verb whose stated object has no noun for what is founded launches no program named further on;
# a program, a stage of one ("a two-year pilot of P") or a time phrase before it ("le 4 mars 2025") keeps it
CASES += [
    ("en", "Salesforce unveiled its quarterly results on Tuesday, days after it joined the Agentforce Impact "
           "Initiative.", set()),
    ("en", "IBM launched a hiring drive in Paris, weeks after joining the AI Alliance.", set()),
    ("fr", "Thales a lancé une campagne de recrutement, quelques jours après avoir rejoint l'initiative Confiance.ai.",
     set()),
    ("en", "Salesforce on Tuesday unveiled its Agentforce Impact Initiative, a $50 million program for nonprofits.",
     {("salesforce", "FOUNDED", "agentforce-impact-initiative", S)}),
]


# LISTS (own cases, our words): sub-lists under a label, semicolon rosters with descriptions, titled items
CASES += [
    # lists under a label after a colon: each sub-list's items are the program's members, never each other's partners
    ('en', 'The Helios Compute Alliance unveiled its founding members: industrials: Siemens, Airbus and Thales; academics: Inria and CNRS.',
     {('airbus', 'MEMBER_OF', 'helios-compute-alliance', S), ('cnrs', 'MEMBER_OF', 'helios-compute-alliance', S), ('inria', 'MEMBER_OF', 'helios-compute-alliance', S), ('siemens', 'MEMBER_OF', 'helios-compute-alliance', S), ('thales', 'MEMBER_OF', 'helios-compute-alliance', S)}),
    ('fr', "Le consortium Quantique Grand Est a dévoilé ses membres fondateurs : industriels : Thales et Orange ; acteurs académiques : le CNRS, l'Inria.",
     {('cnrs', 'MEMBER_OF', 'quantique-grand-est', S), ('inria', 'MEMBER_OF', 'quantique-grand-est', S), ('orange', 'MEMBER_OF', 'quantique-grand-est', S), ('thales', 'MEMBER_OF', 'quantique-grand-est', S)}),
    # ... near miss: labelled sub-lists with no program and no trigger give nothing
    ('en', 'Analysts split the market in two camps: chipmakers: Nvidia, AMD and Intel; cloud providers: Microsoft and Google.',
     set()),
    ('fr', "La start-up Kairos AI a levé 40 millions d'euros auprès de plusieurs investisseurs : fonds : Eurazeo et Partech ; industriels : Airbus et Thales.",
     {('airbus', 'FUNDS', 'kairos-ai', S), ('eurazeo', 'FUNDS', 'kairos-ai', S), ('partech', 'FUNDS', 'kairos-ai', S), ('thales', 'FUNDS', 'kairos-ai', S)}),
    # a roster after a colon, its items parted by semicolons, each with its own description (a purpose, a relative, an apposition)
    ('en', 'The National Science Foundation named three AI institutes it will fund: Carnegie Mellon University, for an institute on trustworthy agents; the University of Michigan, for an institute on health; Stanford University, for robotics.',
     {('national-science-foundation', 'FUNDS', 'carnegie-mellon-university', S), ('national-science-foundation', 'FUNDS', 'stanford-university', S), ('national-science-foundation', 'FUNDS', 'university-of-michigan', S)}),
    ('fr', "Mistral AI a noué des partenariats avec plusieurs groupes : l'AFP, pour l'accès à ses dépêches ; Stellantis, pour les assistants embarqués ; et la CMA CGM, pour la logistique.",
     {('agence-france-presse', 'PARTNERS_WITH', 'mistral-ai', S), ('cma-cgm', 'PARTNERS_WITH', 'mistral-ai', S), ('mistral-ai', 'PARTNERS_WITH', 'stellantis', S)}),
    ('en', 'The Frontier Model Forum counts four founding members: Anthropic, the maker of Claude; Google, whose DeepMind unit leads its research; Microsoft; and OpenAI, the creator of ChatGPT.',
     {('anthropic', 'MEMBER_OF', 'frontier-model-forum', S), ('google', 'MEMBER_OF', 'frontier-model-forum', S), ('microsoft', 'MEMBER_OF', 'frontier-model-forum', S), ('openai', 'MEMBER_OF', 'frontier-model-forum', S)}),
    # items each with their own article and common noun are one list
    ('fr', "Le programme Confiance.ai rassemble la société LightOn, la start-up Linagora, le laboratoire LORIA et l'entreprise Opsci.",
     {('lighton', 'MEMBER_OF', 'confiance-ai', S), ('linagora', 'MEMBER_OF', 'confiance-ai', S), ('loria', 'MEMBER_OF', 'confiance-ai', S), ('opsci', 'MEMBER_OF', 'confiance-ai', S)}),
    # a program that adds or welcomes N members, the list set out below; near miss: a company's partners name no program
    ('en', 'The AI Alliance added three members this week:\n- Sony Group, to contribute robotics datasets;\n- Dell Technologies, which will supply hardware;\n- the University of Tokyo, for research on safety.',
     {('dell-technologies', 'MEMBER_OF', 'ai-alliance', S), ('sony', 'MEMBER_OF', 'ai-alliance', S), ('university-of-tokyo', 'MEMBER_OF', 'ai-alliance', S)}),
    ('en', 'Nvidia added three partners this week: Dell Technologies, Lenovo and HPE.',
     set()),
    # near miss: a bare colon after a name opens what is said of it, no list ("X: Y, its investor, was not involved")
    ('en', 'Mistral AI signed a deal with Nvidia: Microsoft, its investor, was not involved; Google declined to comment.',
     {('mistral-ai', 'SIGNS_MOU_WITH', 'nvidia', S)}),
    # near miss: a program's suppliers under labels are no members
    ('en', 'Confiance.ai lists its suppliers: hardware: Nvidia and AMD; cloud: OVHcloud and Scaleway.',
     set()),
    # the chipmaker A, the lab B: titled items
    ('en', 'The Partnership on AI welcomed the chipmaker Nvidia, the lab Inria and the startup Hugging Face as members.',
     {('hugging-face', 'MEMBER_OF', 'partnership-on-ai', S), ('inria', 'MEMBER_OF', 'partnership-on-ai', S), ('nvidia', 'MEMBER_OF', 'partnership-on-ai', S)}),
    ('fr', "L'Agence nationale de la recherche financera trois projets : l'Inria, pour un projet sur la robotique ; le CNRS, qui travaille sur les modèles de langue ; et l'Université de Bordeaux, pour la santé.",
     {('anr', 'FUNDS', 'cnrs', S), ('anr', 'FUNDS', 'inria', S), ('anr', 'FUNDS', 'universite-de-bordeaux', S)}),
    # a roster noun with its role ("the lead universities are:") after a sentence naming the program; near misses:
    # a company's lead partners, and a roster with no program in the text, name no member
    ('en', 'The Kestrel Quantum Program opened its second call last year. The lead universities are:\n1. The University of Bristol, for an institute on photonics;\n2. Delft University of Technology, for error correction;\n3. The University of Waterloo.',
     {('tu-delft', 'MEMBER_OF', 'kestrel-quantum-program', S), ('university-of-bristol', 'MEMBER_OF', 'kestrel-quantum-program', S), ('university-of-waterloo', 'MEMBER_OF', 'kestrel-quantum-program', S)}),
    ('fr', "Le programme France 2030 a retenu sept pôles en 2024. Les établissements porteurs sont :\n- l'Université de Strasbourg, pour un pôle sur la chimie ;\n- l'Université de Lille, pour la santé.",
     {('universite-de-lille', 'MEMBER_OF', 'france-2030', S), ('universite-de-strasbourg', 'MEMBER_OF', 'france-2030', S)}),
    ('en', "Nvidia's lead partners are: Dell Technologies, for servers; Lenovo, for laptops.",
     set()),
    ('en', 'Analysts expect more deals. The lead universities are: the University of Bristol and Delft University of Technology.',
     set()),
    # a roster opened by a dash; with tickers and legal forms; near miss: clauses after a colon; a count before the
    # colon announces the list, whose first item is no co-subject of the funder
    ('en', 'The Helios Compute Alliance named its founding members — Pasqal, for neutral-atom computers; Alice & Bob, which builds cat qubits; Quandela, for photonics; and the CEA.',
     {('alice-and-bob', 'MEMBER_OF', 'helios-compute-alliance', S), ('cea', 'MEMBER_OF', 'helios-compute-alliance', S), ('pasqal', 'MEMBER_OF', 'helios-compute-alliance', S), ('quandela', 'MEMBER_OF', 'helios-compute-alliance', S)}),
    ('en', 'The Quantum Economic Development Consortium announced new members: IonQ Inc. (NYSE: IONQ), for trapped-ion systems; Rigetti Computing Inc. (NASDAQ: RGTI), which makes superconducting chips; and D-Wave Quantum Inc.',
     {('d-wave', 'MEMBER_OF', 'quantum-economic-development-consortium', S), ('ionq', 'MEMBER_OF', 'quantum-economic-development-consortium', S), ('rigetti-computing', 'MEMBER_OF', 'quantum-economic-development-consortium', S)}),
    ('fr', 'Le partenariat a deux volets : Mistral AI fournira les modèles ; Orange hébergera les données.',
     set()),
    ('fr', 'La Région Occitanie finance trois start-up : Pasqal, qui conçoit des ordinateurs quantiques ; Mistral AI, pour ses modèles ; et Hugging Face.',
     {('occitanie-region', 'FUNDS', 'hugging-face', S), ('occitanie-region', 'FUNDS', 'mistral-ai', S), ('occitanie-region', 'FUNDS', 'pasqal', S)}),
    ('fr', 'La Région Occitanie finance trois start-up : Pasqal et Mistral AI.',
     {('occitanie-region', 'FUNDS', 'mistral-ai', S), ('occitanie-region', 'FUNDS', 'pasqal', S)}),
]


# ROSTERS (own cases, our words): a program's partners, members or grant recipients after a colon, in bullets or
# after "aux côtés de", each item with its own description; the intro's noun gives the type, the program is the
# one named or the text's; near misses: customers, suppliers, places, products, goals, a funder's unnamed program
CASES += [
    ('en', 'Novo Nordisk opened a lab in Copenhagen. It will work with four suppliers: Siemens, on sensors; Dell Technologies, for servers; and Lenovo, on laptops.',
     set()),
    ('en', 'The Rockefeller Foundation announced its first round on Tuesday. Its first grants went to: Makerere University, for a dataset of crop diseases; the University of Nairobi, with partners, for labelled images of maize; Masakhane, the network of African NLP researchers, for translation datasets.',
     {('rockefeller-foundation', 'FUNDS', 'makerere-university', S), ('rockefeller-foundation', 'FUNDS', 'masakhane', S), ('rockefeller-foundation', 'FUNDS', 'university-of-nairobi', S)}),
    ('fr', "Le programme AI4D Afrique, lancé par le CRDI, soutient la recherche en IA. Le Rwanda fait partie des pays partenaires du programme, aux côtés : du Ghana, où un laboratoire a ouvert ; du Kenya, qui accueille le secrétariat ; du Nigeria et de l'Afrique du Sud.",
     {('idrc', 'FOUNDED', 'ai4d-afrique', S), ('government-of-ghana', 'MEMBER_OF', 'ai4d-afrique', S), ('government-of-kenya', 'MEMBER_OF', 'ai4d-afrique', S), ('government-of-nigeria', 'MEMBER_OF', 'ai4d-afrique', S), ('government-of-rwanda', 'MEMBER_OF', 'ai4d-afrique', S), ('government-of-south-africa', 'MEMBER_OF', 'ai4d-afrique', S)}),
    ('fr', 'Le projet Hélios veut bâtir un modèle souverain. Le projet compte aussi des partenaires industriels, parmi lesquels : Thales, le groupe de défense ; BNP Paribas, la première banque du pays ; Capgemini, le cabinet de conseil.',
     {('bnp-paribas', 'MEMBER_OF', 'helios', S), ('capgemini', 'MEMBER_OF', 'helios', S), ('thales', 'MEMBER_OF', 'helios', S)}),
    ('fr', "LightOn vend sa plateforme Paradigm aux entreprises. Elle compte des clients, parmi lesquels : Airbus, le constructeur ; BNP Paribas, la banque ; et Orange, l'opérateur.",
     set()),
    ('en', "The OpenEuroLLM consortium was launched in February to build open models. The consortium's members are: Inria, the French research institute; Fraunhofer, Germany's applied research body; and TNO.",
     {('fraunhofer-society', 'MEMBER_OF', 'openeurollm', S), ('inria', 'MEMBER_OF', 'openeurollm', S), ('tno', 'MEMBER_OF', 'openeurollm', S)}),
    ('en', 'Mistral AI released three models on Monday: Codestral, for code; Pixtral, for images; and Mistral Large, its flagship.',
     set()),
    ('en', 'The Kestrel Program will open offices in three cities: Paris, for research; Berlin, for sales; and London, for policy.',
     set()),
    ('en', 'Cohere sells its models to large firms. It counts several customers: Oracle, the database giant; Fujitsu, which resells its models; and RBC.',
     set()),
    ('fr', "La Fondation Gates a dévoilé les bénéficiaires de son appel à projets : l'Institut Pasteur de Dakar, pour un modèle de diagnostic ; l'Université de Nairobi, qui travaille sur le swahili ; et Masakhane.",
     {('gates-foundation', 'FUNDS', 'institut-pasteur-de-dakar', S), ('gates-foundation', 'FUNDS', 'masakhane', S), ('gates-foundation', 'FUNDS', 'university-of-nairobi', S)}),
    ('en', 'The Rockefeller Foundation announced the recipients of its AI grants:\n- Makerere University, for crop disease data;\n- the University of Lagos, which studies Yoruba;\n- Masakhane, the research network.',
     {('rockefeller-foundation', 'FUNDS', 'makerere-university', S), ('rockefeller-foundation', 'FUNDS', 'masakhane', S), ('rockefeller-foundation', 'FUNDS', 'university-of-lagos', S)}),
    ('en', "The AI4D Africa program was launched by IDRC in 2019. Kenya is one of the program's partner countries, alongside Ghana, where a lab opened; Rwanda, which hosts the secretariat; and Nigeria.",
     {('government-of-ghana', 'MEMBER_OF', 'ai4d-africa-program', S), ('government-of-kenya', 'MEMBER_OF', 'ai4d-africa-program', S), ('government-of-nigeria', 'MEMBER_OF', 'ai4d-africa-program', S), ('government-of-rwanda', 'MEMBER_OF', 'ai4d-africa-program', S), ('idrc', 'FOUNDED', 'ai4d-africa-program', S)}),
    ('fr', "Le consortium Kairos développe un modèle médical. Les membres du consortium sont : Orange, l'opérateur historique ; Thales, spécialiste de la défense ; et l'Inria.",
     {('inria', 'MEMBER_OF', 'kairos', S), ('orange', 'MEMBER_OF', 'kairos', S), ('thales', 'MEMBER_OF', 'kairos', S)}),
    ('en', "Members of the Trillion Parameter Consortium include: Argonne National Laboratory, which leads it; Intel, the chipmaker; and RIKEN, Japan's research institute.",
     {('argonne-national-laboratory', 'MEMBER_OF', 'trillion-parameter-consortium', S), ('intel', 'MEMBER_OF', 'trillion-parameter-consortium', S), ('riken', 'MEMBER_OF', 'trillion-parameter-consortium', S)}),
    ('en', 'Mistral AI will work with three partners: Orange, on telecom models; Stellantis, on car assistants; and CMA CGM, on logistics.',
     {('cma-cgm', 'PARTNERS_WITH', 'mistral-ai', S), ('mistral-ai', 'PARTNERS_WITH', 'orange', S), ('mistral-ai', 'PARTNERS_WITH', 'stellantis', S)}),
    ('en', 'The MELLODDY project pools drug data across firms. Participants in the project include: Sanofi, the drugmaker; Owkin, which builds federated models; and Novartis.',
     {('novartis', 'MEMBER_OF', 'melloddy-project', S), ('owkin', 'MEMBER_OF', 'melloddy-project', S), ('sanofi', 'MEMBER_OF', 'melloddy-project', S)}),
    ('fr', "Le programme sera déployé dans trois pays : le Sénégal, où l'Etat finance des bourses ; le Kenya, qui accueille un centre ; et le Ghana.",
     set()),
    ('en', 'The AI Alliance focuses on three areas: safety, for testing models; open models, for research; and compute.',
     set()),
    ('fr', "Le Conseil européen de l'innovation a attribué des subventions à quatre start-up : Pasqal, pour ses processeurs ; Quandela, qui conçoit des photons ; Alice & Bob ; et Multiverse Computing, la société espagnole.",
     {('european-innovation-council', 'FUNDS', 'alice-and-bob', S), ('european-innovation-council', 'FUNDS', 'multiverse-computing', S), ('european-innovation-council', 'FUNDS', 'pasqal', S), ('european-innovation-council', 'FUNDS', 'quandela', S)}),
    ('en', 'LightOn sells its Paradigm platform to large groups. Its customers include: BNP Paribas, the bank; Orange, for call centers; and AXA.',
     set()),
    ('fr', 'Sanofi participe au projet MELLODDY aux côtés de : Novartis, le laboratoire suisse ; Owkin, qui fournit la technologie ; et Bayer.',
     {('bayer', 'MEMBER_OF', 'melloddy', S), ('novartis', 'MEMBER_OF', 'melloddy', S), ('owkin', 'MEMBER_OF', 'melloddy', S), ('sanofi', 'MEMBER_OF', 'melloddy', S)}),
    ('en', 'The platform offers three tools: Copilot, for code; Azure, for compute; and GitHub, for hosting.',
     set()),
    ('en', 'The Lacuna Fund opened a call for African datasets. The following organizations received grants from the fund:\n- Makerere University, for crop data;\n- the University of Ghana, which studies Twi;\n- Masakhane.',
     set()),
    ('fr', 'Le programme Confiance.ai poursuit trois objectifs : former des ingénieurs ; soutenir les start-up ; et diffuser des outils.',
     set()),
    ('fr', "L'initiative Gaia-X rassemble des entreprises européennes. Elle compte parmi ses membres : SAP, l'éditeur allemand ; Orange, qui héberge des données ; OVHcloud, le fournisseur de cloud ; et Siemens.",
     {('orange', 'MEMBER_OF', 'gaia-x', S), ('ovhcloud', 'MEMBER_OF', 'gaia-x', S), ('sap', 'MEMBER_OF', 'gaia-x', S), ('siemens', 'MEMBER_OF', 'gaia-x', S)}),
    ('en', "Microsoft unveiled its AI skills initiative for Africa. The initiative's partners include: the University of Lagos, for training; Andela, the talent marketplace; and the African Union, which will host events.",
     set()),
    ('en', 'IBM and Meta launched the AI Alliance in December. Founding members include: AMD, the chipmaker; Dell Technologies, which sells servers; Sony Group; and Yale University, for research.',
     {('amd', 'MEMBER_OF', 'ai-alliance', S), ('dell-technologies', 'MEMBER_OF', 'ai-alliance', S), ('ibm', 'FOUNDED', 'ai-alliance', S), ('meta', 'FOUNDED', 'ai-alliance', S), ('sony', 'MEMBER_OF', 'ai-alliance', S), ('yale-university', 'MEMBER_OF', 'ai-alliance', S)}),
    ('en', 'The ministry will fund five projects, it said on Monday. The grants went to: Inria, for robotics; CNRS, which studies language models; and Sorbonne University.',
     set()),
    ('fr', "Le Japon fait partie des pays membres du Partenariat mondial sur l'IA, aux côtés du Canada, qui l'a cofondé, de la France et de l'Inde.",
     {('government-of-canada', 'MEMBER_OF', 'gpai', S), ('government-of-france', 'MEMBER_OF', 'gpai', S), ('government-of-india', 'MEMBER_OF', 'gpai', S), ('government-of-japan', 'MEMBER_OF', 'gpai', S)}),
    ('en', "Nvidia's chips are sold in several markets: China, where sales fell; India, which is growing; and Brazil.",
     set()),
    ('en', 'The Rockefeller Foundation opened an office in Nairobi. Its first visitors came from: Makerere University, for a workshop; Masakhane, the research network; and KALRO.',
     set()),
    ('fr', "La Fondation Gates a ouvert un bureau à Dakar. Ses premiers clients sont : l'Institut Pasteur de Dakar, pour des analyses ; Orange, l'opérateur ; et Wave.",
     set()),
    ('en', "Nvidia's grants program is open to startups. Its grantees include: Hugging Face, for open models; Mistral AI, which trains LLMs; and Cohere.",
     {('nvidia', 'FUNDS', 'cohere', S), ('nvidia', 'FUNDS', 'hugging-face', S), ('nvidia', 'FUNDS', 'mistral-ai', S)}),
    # a program's partners after "work with" are its members, an item maybe opened by its people ("researchers
    # from X") and a name with a written-together legal form and a ticker
    ('en', 'The Aurora Program opened in Copenhagen on Monday. The program will work with four partners: researchers from the University of Copenhagen, on quantum simulation; Novo Nordisk A/S (NYSE: NVO), the drugmaker, on protein models; and the Niels Bohr Institute, on weather forecasting.',
     {('niels-bohr-institute', 'MEMBER_OF', 'aurora-program', S), ('novo-nordisk', 'MEMBER_OF', 'aurora-program', S), ('university-of-copenhagen', 'MEMBER_OF', 'aurora-program', S)}),
    # near misses: what grants go to that is no organization, people, customers, places, products, suppliers
    ('en', 'The Rockefeller Foundation said its grants went to three priorities: training, for nurses; data, for crops; and compute.',
     set()),
    ('fr', "La Fondation Gates précise que ses subventions iront à trois domaines : la santé, pour les vaccins ; l'agriculture ; et l'éducation.",
     set()),
    ('en', 'Orange sells its network services to three large customers: Airbus, the planemaker; Renault, which builds cars; and BNP Paribas.',
     set()),
    ('fr', 'Le programme Confiance.ai sera présent dans trois villes : Paris, où se trouve le siège ; Toulouse, qui accueille les équipes ; et Grenoble.',
     set()),
    ('en', 'The Kestrel Program aims to deliver three products: Atlas, a model for lawyers; Nova, for doctors; and Vega.',
     set()),
    ('fr', "Mistral AI a présenté ses nouveaux modèles : Codestral, pour le code ; Pixtral, qui lit les images ; et Mistral Large.",
     set()),
    ('en', "Apple's suppliers include: Foxconn, the Taiwanese assembler; TSMC, which makes its chips; and Samsung.",
     set()),
    # ... and a program working with another program, or a partnership named after a possessive, makes no member
    ('fr', "Le programme Hélios a démarré en mai. Le programme travaillera avec le programme FAIR Forward - Artificial Intelligence for All, mis en œuvre par la GIZ.",
     set()),
    ('en', 'The Aurora Program started in May. Its participation grew out of a partnership with ServiceNow announced last year.',
     set()),
]


CASES += [
    # a name the document types once (an apposition, a naming word, "the X alliance", "le réseau X", a
    # headline's "X consortium") is that program at every bare use; products, places, events, laws,
    # a company's unit and a headline word are never typed so
    ('en', 'PLUTO, a consortium of five European universities, wants to train open models. Sorbonne University and ETH Zurich have joined PLUTO this year.',
     {('eth-zurich', 'MEMBER_OF', 'pluto', S), ('sorbonne-universite', 'MEMBER_OF', 'pluto', S)}),
    ('en', 'The Helix project aims to build a Dutch language model. TNO is taking part in Helix, alongside Utrecht University.',
     {('tno', 'MEMBER_OF', 'helix-project', S), ('utrecht-university', 'MEMBER_OF', 'helix-project', S)}),
    ('fr', 'Le projet Orbis veut bâtir un modèle souverain. Inria et le CNRS ont rejoint Orbis en mars.',
     {('cnrs', 'MEMBER_OF', 'orbis', S), ('inria', 'MEMBER_OF', 'orbis', S)}),
    ('en', 'Ten hospitals launched an initiative, called Kestrel, to share medical data. Cleveland Clinic joined Kestrel in May.',
     {('cleveland-clinic', 'MEMBER_OF', 'kestrel', S)}),
    ('fr', "Un réseau baptisé Albatros réunit des laboratoires publics. Inria a intégré Albatros l'an dernier.",
     {('inria', 'MEMBER_OF', 'albatros', S)}),
    ('fr', "Orange a rejoint Lyra la semaine dernière. Lyra, un consortium d'opérateurs européens, veut mutualiser les données.",
     {('orange', 'MEMBER_OF', 'lyra', S)}),
    ('en', 'The European Trustworthy AI Network (ETAN) was set up in 2024. Inria joined ETAN in January.',
     {('inria', 'MEMBER_OF', 'european-trustworthy-ai-network', S)}),
    ('fr', "Le Réseau francophone pour l'IA responsable (RFIAR) a été créé en 2023. Mila a rejoint le RFIAR en mai.",
     {('mila', 'MEMBER_OF', 'reseau-francophone-pour-l-ia-responsable', S)}),
    ('fr', "Le projet Orbis prend de l'ampleur\n\nOrange et Thales ont rejoint le projet, qui vise un modèle souverain.",
     {('orange', 'MEMBER_OF', 'orbis', S), ('thales', 'MEMBER_OF', 'orbis', S)}),
    ('en', 'The Helix network was launched by SURF in 2023. Two years later, the network counts TNO among its members.',
     {('surf', 'FOUNDED', 'helix-network', S), ('tno', 'MEMBER_OF', 'helix-network', S)}),
    ('fr', "L'initiative Osmose a été lancée en juin. Parmi ses membres figurent Orange et Capgemini.",
     {('capgemini', 'MEMBER_OF', 'osmose', S), ('orange', 'MEMBER_OF', 'osmose', S)}),
    ('en', 'The Helix project pools Dutch research data. Its members include TNO and Utrecht University.',
     {('tno', 'MEMBER_OF', 'helix-project', S), ('utrecht-university', 'MEMBER_OF', 'helix-project', S)}),
    ('fr', "Le consortium Kairos développe un modèle médical. Les partenaires du projet sont l'AP-HP et Inria.",
     {('ap-hp', 'MEMBER_OF', 'kairos', S), ('inria', 'MEMBER_OF', 'kairos', S)}),
    ('fr', "Cette initiative, appelée Hélios, rassemble des universités. L'université de Strasbourg en est membre depuis janvier.",
     {('universite-de-strasbourg', 'MEMBER_OF', 'helios', S)}),
    ('en', 'Nova, the open model released by Mistral AI, is used by Orange.',
     set()),
    ('en', 'Meta released Llama 3 in April. IBM has adopted Llama 3 for its clients.',
     set()),
    ('en', 'Microsoft attended the AI Action Summit, an event held in Paris. Google also took part in the summit.',
     set()),
    ('fr', "Le AI Act, un règlement européen, entre en vigueur. Orange s'y conforme, comme Thales.",
     set()),
    ('en', "Google DeepMind, the company's AI unit, works with Isomorphic Labs.",
     {('google-deepmind', 'PARTNERS_WITH', 'isomorphic-labs', S)}),
    ('fr', 'Grenoble, une ville de laboratoires, accueille Inria. Le CEA y est aussi installé.',
     set()),
    ('en', 'Breakthrough Ahead\n\nIBM and Nvidia showed new chips. The network of resellers includes Dell.',
     set()),
    ('fr', 'Le modèle Lucie, développé par Linagora, est ouvert. Orange utilise le modèle.',
     set()),
]

# GATES AND FRAMES (own cases, our words): a relative clause after an apposition speaks of the name the apposition
# describes ("X, the maker of Y, which raised ... from Z"); near misses: the apposition of a place or object,
# a relative under a refused statement, a negated one, an apposition holding a list
CASES += [
    ("en", "Cohere, the Toronto maker of language models, which has raised money from Nvidia and Oracle, opened an office.",
     {("nvidia", "FUNDS", "cohere", S), ("oracle", "FUNDS", "cohere", S)}),
    ("en", "Anthropic PBC, the San Francisco developer of the Claude models, which has raised billions from both Amazon and "
           "Google, said on Monday it would open an office in Tokyo.",
     {("amazon", "FUNDS", "anthropic", S), ("google", "FUNDS", "anthropic", S)}),
    ("fr", "Mistral AI, la pépite française de l'IA générative, qui a levé 600 millions d'euros auprès de Nvidia et de "
           "Salesforce, ouvre un bureau à Londres.",
     {("nvidia", "FUNDS", "mistral-ai", S), ("salesforce", "FUNDS", "mistral-ai", S)}),
    ("fr", "Hugging Face, la plateforme franco-américaine, qui a rejoint l'AI Alliance en 2023, recrute.",
     {("hugging-face", "MEMBER_OF", "ai-alliance", S)}),
    ("en", "Cohere opened an office in Toronto, the city of banks, which has raised funds from Oracle.",
     set()),
    ("en", "Cohere, the Toronto maker of language models, which declined to say whether it had raised money from Nvidia, "
           "opened an office.",
     set()),
    ("fr", "Mistral AI, la start-up parisienne, qui n'a pas levé d'argent auprès de Nvidia, ouvre un bureau.",
     set()),
    # a founding verb then "by" and a means, no agent: active, inside an object relative on the program; near
    # misses: the means after a true passive names no founder, nor does a speaker before it
    ("en", "The Genesis Mission, which the White House established by executive order in 2025, funds national labs.",
     {("white-house", "FOUNDED", "genesis-mission", S)}),
    ("en", "The Genesis Mission, which Nvidia praised, was established by executive order.", set()),
    ("en", "Nvidia said the Genesis Mission was established by executive order in 2025.", set()),
    # "the code" / "le code" stands for a code named before, as "the charter" for a charter; near misses: no code
    # named (only an alliance), a model's code
    ("fr", "La Commission a publié le code de bonnes pratiques sur l'IA à usage général le 10 juillet. OpenAI a annoncé "
           "dès le 11 juillet qu'il signerait le code.",
     {("openai", "MEMBER_OF", "general-purpose-ai-code-of-practice", "potential")}),
    ("en", "The Commission published the General-Purpose AI Code of Practice on July 10. OpenAI signed the code a day later.",
     {("openai", "MEMBER_OF", "general-purpose-ai-code-of-practice", S)}),
    ("en", "The AI Alliance published new tools on Monday. Meta signed the code of conduct of its staff.", set()),
    ("en", "Meta joined the AI Alliance in 2023. It released the code of Llama and signed the code.",
     {("meta", "MEMBER_OF", "ai-alliance", S)}),
    # a second verb after the first one's object and its complements: the subject opening the sentence is its
    # subject too; near misses: a reported clause's subject, and an opening phrase, give none (no object's claim)
    ("en", "Hugging Face named Amazon Web Services its preferred cloud provider in February last year and also works "
           "with Microsoft.", {("hugging-face", "PARTNERS_WITH", "microsoft", S)}),
    ("fr", "Mistral AI a choisi Nvidia comme fournisseur de puces en 2024 et collabore aussi avec Orange.",
     {("mistral-ai", "PARTNERS_WITH", "orange", S)}),
    ("en", "Analysts say Nvidia sold chips to Microsoft last year and also works with Orange.", set()),
    ("en", "According to analysts, Nvidia sold chips to Microsoft and also works with Orange.", set()),
    # a company named before, called by the place its government acts from ("the Tokyo carrier", "le groupe de
    # Berlin": a knowledge-base company of that country, the one the text named); near misses: two of that
    # country named, an indefinite "a Tokyo company"
    ("en", "SoftBank named OpenAI its partner on Monday. The Tokyo carrier will also work with Mistral AI on models.",
     {("mistral-ai", PW, "softbank-group", S)}),
    ("en", "SoftBank and Sony expanded in Europe. The Tokyo company will also work with Mistral AI on models.", set()),
    ("en", "SoftBank reported results. A Tokyo company will also work with Mistral AI on models.", set()),
    ("fr", "Deutsche Telekom a présenté ses résultats. Le groupe de Berlin s'associe à Mistral AI.",
     {("deutsche-telekom", PW, "mistral-ai", S)}),
    ("fr", "Deutsche Telekom et SAP ont présenté leurs résultats. Le groupe de Berlin s'associe à Mistral AI.", set()),
    # "the operator", "the carrier" (English: not the product "Operator"), "l'opérateur": the one known company
    # of the sentences before; near misses: two of them, a generic plural, another operator ("of the Paris
    # metro"), a company the knowledge base does not know
    ("en", "Orange expanded its network in Africa. The operator has signed a partnership with Mistral AI.",
     {("mistral-ai", MOU, "orange", S)}),
    ("en", "Deutsche Telekom expanded in Europe. The German carrier has partnered with Perplexity on an AI phone.",
     {("deutsche-telekom", PW, "perplexity", S)}),
    ("en", "Deutsche Telekom and Orange expanded in Europe. The carrier has partnered with Perplexity on an AI phone.",
     set()),
    ("en", "Orange reported results. Analysts said carriers will partner with AI labs such as Mistral AI.", set()),
    ("en", "Orange grew in Africa. The operator of the Paris metro signed a deal with Mistral AI.", set()),
    ("en", "Kolibri Systems raised money. The carrier has partnered with Mistral AI.", set()),
    ("fr", "Orange a présenté ses résultats. L'opérateur a signé un partenariat avec Mistral AI.",
     {("mistral-ai", MOU, "orange", S)}),
    ("fr", "Orange et SFR investissent. L'opérateur a signé un partenariat avec Mistral AI.", set()),
]

#: the text at hand (a charter, a code, a declaration) signed or shunned through an object pronoun before the
#: verb, with near misses: a program at hand that is no text, a verb with an object of its own, no object at all
CASES += [
    # the text at hand, signed through an object pronoun before the verb (French) or with no object at all
    ("fr", "La Commission a publié la Charte de Lisbonne sur l'IA le 10 juillet. Mistral AI l'a signée dès mardi.",
     {("mistral-ai", "MEMBER_OF", "charte-de-lisbonne", S)}),
    ("fr", "La Charte de Lisbonne sur l'IA, publiée en juillet, compte déjà douze signataires. Anthropic a annoncé lundi "
           "qu'il la signerait à son tour.",
     {("anthropic", "MEMBER_OF", "charte-de-lisbonne", "potential")}),
    ("fr", "Le Pacte de Lyon sur l'IA a été présenté en mai par la Région. Thales le ratifiera en septembre, a précisé "
           "son PDG, et Dassault Systèmes l'a déjà paraphé.",
     {("thales", "MEMBER_OF", "pacte-de-lyon", S), ("dassault-systemes", "MEMBER_OF", "pacte-de-lyon", S)}),
    ("fr", "Bruxelles a publié la Déclaration de Gand pour une IA ouverte. Orange la signera « probablement », a indiqué "
           "sa directrice générale.",
     {("orange", "MEMBER_OF", "declaration-de-gand", S)}),
    ("fr", "La Déclaration de Gand pour une IA ouverte réunit douze signataires. Meta l'a boudée en juin.",
     {("meta", "EXCLUDED_FROM", "declaration-de-gand", S)}),
    # with no object at all, the verb signs the text its sentence or the one before names (a hedge: potential);
    # near miss: the text named further back is left alone
    ("en", "The Commission published the Lisbon AI Charter on July 10. OpenAI has said it intends to sign, as has Orange.",
     {("openai", "MEMBER_OF", "lisbon-ai-charter", "potential"), ("orange", "MEMBER_OF", "lisbon-ai-charter", "potential")}),
    ("en", "The Commission published the Lisbon AI Charter on July 10. Its drafting took a year. OpenAI has said it "
           "intends to sign.", set()),
    # near misses: the program at hand is no text one signs, or the verb has an object of its own
    ("fr", "L'alliance Helix pour l'IA ouverte a été lancée en mai. Mistral AI l'a signée dès mardi.", set()),
    ("fr", "Le fonds Helix a été présenté en mai. Thales l'a signé en juin pour sa filiale.", set()),
    ("en", "The Helix Alliance was launched in May. Microsoft will probably sign, its president said.", set()),
    ("fr", "La Charte de Lisbonne sur l'IA a été publiée en juillet. Mistral AI a signé avec Orange un contrat de cloud.",
     {("mistral-ai", "SIGNS_MOU_WITH", "orange", S)}),
    ("en", "The Lisbon AI Charter was published in July. Mistral AI signed with Orange on Tuesday for cloud capacity.",
     {("mistral-ai", "SIGNS_MOU_WITH", "orange", S)}),
    ("fr", "La Charte de Lisbonne sur l'IA a été publiée en juillet. Thales l'a lue avec attention, a dit son PDG.", set()),
    ("en", "Microsoft will probably sign, its president said, without naming the text.", set()),
    # an article before a noun that a verb of signing spells alike is no pronoun; a negated one is a refusal
    ("fr", "La Charte de Lisbonne sur l'IA a été publiée en juillet. Orange y voit le signe d'une Europe plus unie.", set()),
    ("fr", "La Charte de Lisbonne sur l'IA a été publiée en juillet. Pour Orange, c'est le signe d'une Europe unie.", set()),
    ("fr", "La Charte de Lisbonne sur l'IA a été publiée en juillet. Orange ne la signera pas, a dit sa directrice.",
     {("orange", "EXCLUDED_FROM", "charte-de-lisbonne", S)}),
    # funding frames whose recipient or funder is not where the verb's rule looks: the recipient as first
    # object, a second funder in contrast, money put on the table for the party at hand, a co-funder
    # completing the others; near misses: an interview granted, a valuation, a contract, revenue in orders
    ("en", "Microsoft granted the Vector Institute $20 million over three years.",
     {("microsoft", "FUNDS", "vector-institute", S)}),
    ("en", "Nvidia gave Mila a $5 million grant on Monday.", {("nvidia", "FUNDS", "mila", S)}),
    ("en", "Nvidia granted the reporters an interview on Monday.", set()),
    ("en", "Investors gave Cohere a $5 billion valuation.", set()),
    ("en", "Microsoft awarded Mistral AI a contract worth $10 million.", set()),
    ("en", "The Pacific Compute Initiative opened in Copenhagen. Nvidia contributed about $30 million, while "
           "Microsoft added $10 million.",
     {("nvidia", "FUNDS", "pacific-compute-initiative", S), ("microsoft", "FUNDS", "pacific-compute-initiative", S)}),
    ("fr", "Le programme Campus IA démarre. Bpifrance apporte 20 millions d'euros, tandis que Capgemini ajoute 5 millions.",
     {("bpifrance", "FUNDS", "campus-ia", S), ("capgemini", "FUNDS", "campus-ia", S)}),
    ("en", "Nvidia contributed a keynote, while Microsoft added a demo.", set()),
    ("en", "Nvidia invested $30 million in Mistral AI, while Microsoft added $10 million to its market value.",
     {("nvidia", "FUNDS", "mistral-ai", S)}),
    ("fr", "Pasqal a reçu de Bpifrance une dizaine de millions d'euros de crédits publics.",
     {("bpifrance", "FUNDS", "pasqal", S)}),
    ("fr", "Pasqal a reçu 2 millions d'euros de commandes de Thales.", set()),
    ("en", "Mistral AI received $10 million in orders from Orange this quarter.", set()),
    ("fr", "Pasqal prépare une levée. Bpifrance a mis sur la table 20 millions d'euros.", {("bpifrance", "FUNDS", "pasqal", S)}),
    ("fr", "Pasqal prépare une levée. Orange a mis sur la table une offre de rachat de 2 milliards d'euros.", set()),
    ("en", "Mistral AI raised $100 million for its new lab. Its two shareholders, Nvidia and Microsoft, put up the money.",
     {("nvidia", "FUNDS", "mistral-ai", S), ("microsoft", "FUNDS", "mistral-ai", S)}),
    ("en", "Nvidia put up a fight in court against Mistral AI.", set()),
    ("en", "The Pacific Compute Initiative opened in May. Google came in this spring as a funder.",
     {("google", "FUNDS", "pacific-compute-initiative", S)}),
    ("fr", "Le plan Campus IA a été présenté mardi. Bpifrance et l'Inria apporteront l'essentiel des crédits, complétés "
           "par Capgemini.", {(x, "FUNDS", "campus-ia", S) for x in ("bpifrance", "inria", "capgemini")}),
    ("fr", "Le plan Campus IA a été présenté mardi. Sa feuille de route, complétée par Capgemini, est ambitieuse.", set()),
    ("en", "The Pacific Compute Initiative opened in May. Google and Intel provide the funding, topped up by Nvidia.",
     {(x, "FUNDS", "pacific-compute-initiative", S) for x in ("google", "intel", "nvidia")}),
    ("fr", "La réforme, soutenue par Orange et par Capgemini, divise le secteur.", set()),
    ("en", "The bill, backed by Microsoft and Google, passed the Senate on Tuesday.", set()),
]

# the program at hand, and what is none: a place a preposition opens before a name's head ("à Dakar du
# Centre") is no program's name; a government raises no round co-investors join (a dateline's city); an
# unknown name, or another named project, as the object is not the program the text spoke of; the recipient
# before the amount ("gave the network $3 million") is funded
CASES += [
    ("fr", "Dakar, le 3 mai - Le ministère annonce l'ouverture à Dakar du Centre pour l'intelligence artificielle "
           "du Sénégal. Orange fait partie des partenaires du centre.", set()),
    ("en", "The opening in Nairobi of the Centre for AI Governance was announced on Monday. Microsoft is among its partners.",
     {("microsoft", "MEMBER_OF", "centre-for-ai-governance", S)}),
    ("en", "BERLIN & PARIS--(BUSINESS WIRE)--Aleph Alpha said it raised $500 million, with participation from SAP and "
           "Bosch Ventures.",  # (the dateline's cities are no government raising the round)
     {("bosch-ventures", "FUNDS", "aleph-alpha", S), ("sap", "FUNDS", "aleph-alpha", S)}),
    ("en", "Aleph Alpha said it raised $500 million, with participation from SAP and Bosch Ventures.",
     {("bosch-ventures", "FUNDS", "aleph-alpha", S), ("sap", "FUNDS", "aleph-alpha", S)}),
    ("fr", "Le programme Confiance.ai réunit des industriels. Bpifrance a accordé au projet Jean Zay une aide de 5 millions "
           "d'euros.", set()),
    ("fr", "Le programme Confiance.ai réunit des industriels. Bpifrance a accordé au projet, en 2023, une aide de 5 millions "
           "d'euros.", {("bpifrance", "FUNDS", "confiance-ai", S)}),
    ("en", "The AI Alliance grew this year. Microsoft handed Mistral AI a $16 million investment.",
     {("microsoft", "FUNDS", "mistral-ai", S)}),
    ("en", "The AI Alliance grew this year. The Pentagon awarded Palantir a $480 million contract to build Maven.", set()),
    ("en", "The Open Medical AI Network connects twelve hospitals. Wellcome Trust gave the network $3 million in 2024.",
     {("wellcome-trust", "FUNDS", "open-medical-ai-network", S)}),
    ("en", "The Open Medical AI Network connects twelve hospitals. Wellcome Trust gave its own staff $3 million in bonuses.",
     set()),
    ("en", "Cleveland Clinic and IBM opened the Discovery Accelerator. The State of Ohio, JobsOhio and Cleveland Clinic, "
           "part of the Cleveland Innovation District, backed it.",
     {("cleveland-clinic", "FUNDS", "discovery-accelerator", S), ("jobsohio", "FUNDS", "discovery-accelerator", S),
      ("state-of-ohio", "FUNDS", "discovery-accelerator", S)}),
    ("en", "IBM and Meta launched the AI Alliance in December. Cohere, a Toronto company, is now part of the Alliance.",
     {("cohere", "MEMBER_OF", "ai-alliance", S), ("ibm", "FOUNDED", "ai-alliance", S), ("meta", "FOUNDED", "ai-alliance", S)}),
    ("en", "IBM and Meta launched the AI Alliance in December. Cohere is also part of the Vector Partners Circle.",
     {("ibm", "FOUNDED", "ai-alliance", S), ("meta", "FOUNDED", "ai-alliance", S)}),
]

# press-release and wire frames (issue 9): the announcer is the subject of the reported clause ("said it had",
# "a annoncé avoir", "indique avoir", "a confirmé qu'elle"), across its apposition ("X, the Paris-based developer
# of ..., said it"); datelines of several places, a region and a wire tag ("LONDON & TUNIS--(BUSINESS WIRE)--",
# "NEW YORK and PARIS, March 3, 2024 /PRNewswire/ --", "SEOUL, Korea, 5 June 2024 --") name no party; a
# founding participle in the announcer's apposition ("a startup founded in 2019", "fondée à Lyon en 2018",
# "Créée en 2021 à Nantes,") founds nothing; near misses: another company's raise reported ("X announced that Y
# has raised"), a negation, a hedge, "démenti", an "About X" paragraph that states nothing
CASES += [
    ('en', 'Kestrel Robotics said on Tuesday that it had signed a memorandum of understanding with Norvane Systems to develop warehouse AI.',
     {('kestrel-robotics', MOU, 'norvane-systems', S)}),
    ('fr', "LightOn a annoncé jeudi avoir signé un accord de partenariat avec Pasqal pour développer l'IA logistique.",
     {('lighton', MOU, 'pasqal', S)}),
    ('en', 'Orbion Labs (NASDAQ: ORBL) and Veltrix Inc. (NYSE: VTX) today announced a strategic partnership to bring generative AI to hospitals.',
     {('orbion-labs', PW, 'veltrix', S)}),
    ('en', 'LONDON & TUNIS--(BUSINESS WIRE)--Quantara, a London-based machine learning startup, today announced that it has raised $20 million led by Sequoia Capital.',
     {('sequoia-capital', 'FUNDS', 'quantara', S)}),
    ('en', 'NEW YORK and PARIS, March 3, 2024 /PRNewswire/ -- Heliant AI, the French developer of language models, announced today that it has entered into a partnership with Corvex Cloud.',
     {('corvex-cloud', PW, 'heliant-ai', S)}),
    ('en', 'SEOUL, Korea, 5 June 2024 -- Hanbit Networks said it signed an agreement with Mirae Vision to build an AI data centre.',
     {('hanbit-networks', MOU, 'mirae-vision', S)}),
    ('en', '(Reuters) - Corvex Cloud said on Monday it had agreed a partnership with Heliant AI to train models in Europe.',
     {('corvex-cloud', PW, 'heliant-ai', S)}),
    ('en', 'Zentro AI, a Berlin-based startup founded in 2019, confirmed on Wednesday that it has joined the Frontier Model Alliance.',
     {('zentro-ai', 'MEMBER_OF', 'frontier-model-alliance', S)}),
    ('fr', "La société Lumeo, fondée à Lyon en 2018, a confirmé mardi qu'elle avait rejoint le consortium Gaia-X.",
     {('lumeo', 'MEMBER_OF', 'gaia-x', S)}),
    ('fr', "Pasqal a annoncé qu'il avait conclu un partenariat stratégique avec Orbion Labs.",
     {('orbion-labs', PW, 'pasqal', S)}),
    ('en', 'Sequoia Capital announced that Quantara has raised $20 million from Index Ventures.',
     {('index-ventures', 'FUNDS', 'quantara', S)}),
    ('en', 'Veltrix Inc. said it was not part of the Frontier Model Alliance.',
     {('veltrix', 'EXCLUDED_FROM', 'frontier-model-alliance', S)}),
    ('en', 'Analysts said it could join the Frontier Model Alliance next year, according to Zentro AI.', set()),
    ('en', 'Analysts said Zentro AI could join the Frontier Model Alliance next year.',
     {('zentro-ai', 'MEMBER_OF', 'frontier-model-alliance', 'potential')}),
    ('fr', "Owkin a annoncé que Pasqal avait levé 10 millions d'euros auprès de Partech.",
     {('partech', 'FUNDS', 'pasqal', S)}),
    ('fr', 'LightOn a démenti jeudi avoir signé un accord avec Pasqal.', set()),
    ('en', 'Quantara Raises $20 Million Series A\n\nRound co-led by Sequoia Capital and Index Ventures; Partech, Delta Fund join\n\nLONDON--(BUSINESS WIRE)--Quantara, a machine learning startup, today announced it has closed a $20 million Series A.',
     {('index-ventures', 'FUNDS', 'quantara', S), ('partech', 'FUNDS', 'quantara', S), ('sequoia-capital', 'FUNDS', 'quantara', S)}),
    ('fr', "PARIS, 4 avril 2024 – la start-up Heliant IA, spécialiste français des modèles de langage, annonce avoir levé 30 millions d'euros auprès de Partech et d'Eurazeo.",
     {('eurazeo', 'FUNDS', 'heliant-ia', S), ('partech', 'FUNDS', 'heliant-ia', S)}),
    ('en', 'TORONTO, Ontario, May 2, 2024 (GLOBE NEWSWIRE) -- Veltrix Inc., a Toronto company that builds AI chips, announced it has signed a memorandum of understanding with Hanbit Networks.',
     {('hanbit-networks', MOU, 'veltrix', S)}),
    ('fr', "Pasqal a annoncé ce mardi avoir levé 12 millions d'euros lors d'un tour de table mené par Eurazeo, avec la participation de Bpifrance et de Partech.",
     {('bpifrance', 'FUNDS', 'pasqal', S), ('eurazeo', 'FUNDS', 'pasqal', S), ('partech', 'FUNDS', 'pasqal', S)}),
    ('en', 'SAN FRANCISCO, June 3 (Reuters) - Orbion Labs, which was founded by former Google researchers, said on Monday it had raised $40 million from Sequoia Capital.',
     {('sequoia-capital', 'FUNDS', 'orbion-labs', S)}),
    ('fr', 'Créée en 2021 à Nantes, la start-up Heliant IA a annoncé avoir rejoint le programme AI Hub for Sustainable Development.',
     {('heliant-ia', 'MEMBER_OF', 'ai-hub-for-sustainable-development', S)}),
    ('fr', 'Dans un communiqué publié mardi, Pasqal indique avoir conclu un partenariat avec Owkin dans la santé.',
     {('owkin', PW, 'pasqal', S)}),
    ('en', "Quantara Launches Clinic Copilot\n\nLONDON, May 2, 2024 /PRNewswire/ -- Quantara today unveiled a copilot for clinics.\n\nAbout Quantara\n\nQuantara is a London-based AI startup. For more information, visit the company's website.", set()),
    ('en', 'PARIS, March 3 (Reuters) - France and Germany signed a memorandum of understanding on AI safety on Monday.',
     {('government-of-france', MOU, 'government-of-germany', S)}),
    ('en', 'Hanbit Networks said on Monday it had not signed any agreement with Mirae Vision.', set()),
    ('fr', 'Owkin a indiqué ne pas avoir rejoint le consortium Gaia-X.',
     {('owkin', 'EXCLUDED_FROM', 'gaia-x', S)}),
    ('en', 'Heliant AI, the Paris-based developer of language models that was founded in 2021, said it had joined the Frontier Model Alliance.',
     {('heliant-ai', 'MEMBER_OF', 'frontier-model-alliance', S)}),
    ('en', 'BERLIN, Germany, 12 March 2025 – Zentro AI, a Berlin-based startup, announced it has secured €15 million from Index Ventures and Partech.',
     {('index-ventures', 'FUNDS', 'zentro-ai', S), ('partech', 'FUNDS', 'zentro-ai', S)}),
    ('fr', "Bpifrance a annoncé mardi que la start-up Heliant IA, qu'elle accompagne depuis 2022, avait levé 8 millions d'euros auprès de Partech.",
     {('partech', 'FUNDS', 'heliant-ia', S)}),

]

CASES += [
    # signing multilateral instruments: signatories are members, refusers are excluded, a promise or an
    # expectation to sign is potential; lists of countries, a possessive owner, the text named before, passives
    ("en", "The United States, Britain and the European Union on Thursday signed the Council of Europe's Framework "
           "Convention on Artificial Intelligence. The text was negotiated for two years.",
     {("us-government", "MEMBER_OF", CONV, S), ("uk-government", "MEMBER_OF", CONV, S), ("european-union", "MEMBER_OF", CONV, S)}),
    ("en", "Tokyo on Friday joined Japan's Hiroshima AI Process, the foreign ministry said.",
     {("government-of-japan", "MEMBER_OF", "hiroshima-ai-process", S)}),
    # near miss: a lowercase description after the possessive may be the owner's own
    ("en", "Meta did not sign the EU's code of practice. Microsoft said it was likely to sign.", set()),
    ("en", "Britain signed the Framework Convention on AI on Thursday. Canada, Japan and Switzerland, which took part "
           "in the negotiations, are expected to sign at a later stage.",
     {("uk-government", "MEMBER_OF", CONV, S), ("government-of-canada", "MEMBER_OF", CONV, "potential"),
      ("government-of-japan", "MEMBER_OF", CONV, "potential"), ("government-of-switzerland", "MEMBER_OF", CONV, "potential")}),
    # an observer is no member; its refusal is an exclusion ("the treaty": the text named before)
    ("en", "Norway signed the Framework Convention on Artificial Intelligence. The Holy See, which took part as an "
           "observer, has not signed the treaty.",
     {("government-of-norway", "MEMBER_OF", CONV, S), ("holy-see", "EXCLUDED_FROM", CONV, S)}),
    ("fr", "Le Vatican, qui participait aux négociations comme observateur, n'a pas signé la convention-cadre sur l'IA.",
     {("holy-see", "EXCLUDED_FROM", CONV, S)}),
    ("en", "Japan joined the Global Partnership on AI as an observer in 2019, and Brazil joined it as a full member.",
     {("government-of-brazil", "MEMBER_OF", "gpai", S)}),
    # a relative incise on the subject ("which took part in the talks") hedges nothing; "once five signatories
    # have ratified it" names nobody
    ("en", "The treaty will enter into force once five signatories, including at least three Council of Europe member "
           "states, have ratified it. Israel, which took part in the talks as an observer state, signed the Framework "
           "Convention on AI.",
     {("government-of-israel", "MEMBER_OF", CONV, S)}),
    ("fr", "La France, l'Allemagne et l'Inde ont paraphé la déclaration de Bletchley. La Chine n'a pas signé la "
           "déclaration finale.",
     {("government-of-france", "MEMBER_OF", "bletchley-declaration", S), ("government-of-germany", "MEMBER_OF", "bletchley-declaration", S),
      ("government-of-india", "MEMBER_OF", "bletchley-declaration", S), ("government-of-china", "EXCLUDED_FROM", "bletchley-declaration", S)}),
    ("fr", "Le Maroc adhère au Partenariat mondial sur l'IA (PMIA), a annoncé mardi le ministère.",
     {("government-of-morocco", "MEMBER_OF", "gpai", S)}),
    # a promise to sign is potential; near miss: a charter the knowledge base does not know gives nothing
    ("fr", "Le Sénégal a rallié la charte de Nairobi sur l'IA. Le Kenya s'est engagé à signer la Déclaration de Paris "
           "sur l'IA.",
     {("government-of-kenya", "MEMBER_OF", PARIS, "potential")}),
    ("fr", "Le Brésil s'est engagé à signer la convention-cadre du Conseil de l'Europe sur l'IA, selon Reuters.",
     {("government-of-brazil", "MEMBER_OF", CONV, "potential")}),
    ("en", "Brazil, Mexico and Chile pledged to sign the Paris Declaration on AI, according to diplomats.",
     {("government-of-brazil", "MEMBER_OF", PARIS, "potential"), ("government-of-mexico", "MEMBER_OF", PARIS, "potential"),
      ("government-of-chile", "MEMBER_OF", PARIS, "potential")}),
    ("en", "The Paris Declaration on AI was signed by 58 countries, including France, China and India. The United States "
           "and Britain declined to sign it.",
     {("government-of-france", "MEMBER_OF", PARIS, S), ("government-of-china", "MEMBER_OF", PARIS, S),
      ("government-of-india", "MEMBER_OF", PARIS, S), ("us-government", "EXCLUDED_FROM", PARIS, S),
      ("uk-government", "EXCLUDED_FROM", PARIS, S)}),
    # near misses: a trade deal is no AI instrument; "members of the Council of Europe" with no signing
    ("en", "Japan signed a trade deal with Vietnam on Monday. Tokyo also joined the Global Partnership on AI in 2020.",
     {("government-of-japan", "MEMBER_OF", "gpai", S), ("government-of-japan", MOU, "government-of-vietnam", S)}),
    ("en", "Norway and Iceland, both members of the Council of Europe, hosted the meeting in Oslo.", set()),
    ("en", "Members of the Council of Europe include Norway, Iceland and Turkey. None of them commented on the "
           "Framework Convention on AI.", set()),
    ("en", "Delegates met for the Framework Convention on AI. It is open to all members of the Council of Europe.", set()),
    # near miss: the signatories listed are people
    ("en", "Sixteen companies signed the Frontier AI Safety Commitments. The signatories include Sam Altman and Demis "
           "Hassabis.", set()),
    ("fr", "La convention-cadre sur l'IA a été signée jeudi par le Royaume-Uni, Israël et les États-Unis. Le texte "
           "entrera en vigueur après cinq ratifications.",
     {("uk-government", "MEMBER_OF", CONV, S), ("government-of-israel", "MEMBER_OF", CONV, S), ("us-government", "MEMBER_OF", CONV, S)}),
    ("fr", "Le Conseil de l'Europe a ouvert à la signature sa convention-cadre sur l'intelligence artificielle. Le texte "
           "a été signé par Andorre, la Géorgie et la Norvège.",
     {("government-of-andorra", "MEMBER_OF", CONV, S), ("government-of-georgia", "MEMBER_OF", CONV, S),
      ("government-of-norway", "MEMBER_OF", CONV, S)}),
    ("en", "Delegates met in Vilnius for the Framework Convention on Artificial Intelligence. It was also signed by "
           "Andorra, Iceland, the Republic of Moldova and San Marino, all members of the Council of Europe.",
     {("government-of-andorra", "MEMBER_OF", CONV, S), ("government-of-iceland", "MEMBER_OF", CONV, S),
      ("government-of-moldova", "MEMBER_OF", CONV, S), ("government-of-san-marino", "MEMBER_OF", CONV, S)}),
    # the signatories in an opening participial clause, the list closed by its comma
    ("en", "Signed by Norway, Iceland and Andorra, the Framework Convention on AI will enter into force after five "
           "ratifications.",
     {("government-of-norway", "MEMBER_OF", CONV, S), ("government-of-iceland", "MEMBER_OF", CONV, S),
      ("government-of-andorra", "MEMBER_OF", CONV, S)}),
    ("fr", "La Suisse a signé jeudi un accord de libre-échange avec l'Inde. Berne n'a pas encore signé la convention-cadre "
           "sur l'IA.",
     {("government-of-india", MOU, "government-of-switzerland", S), ("government-of-switzerland", "EXCLUDED_FROM", CONV, S)}),
    ("fr", "L'Inde, qui coprésidait le sommet, a signé la déclaration de Paris sur l'IA ; les États-Unis ne l'ont pas signée.",
     {("government-of-india", "MEMBER_OF", PARIS, S), ("us-government", "EXCLUDED_FROM", PARIS, S)}),
    ("en", "Among the signatories of the Council of Europe's Framework Convention on AI are Norway, Andorra and the United "
           "Kingdom.",
     {("government-of-norway", "MEMBER_OF", CONV, S), ("government-of-andorra", "MEMBER_OF", CONV, S), ("uk-government", "MEMBER_OF", CONV, S)}),
    ("fr", "La convention-cadre du Conseil de l'Europe sur l'IA a été signée à Vilnius. Le Royaume-Uni, Israël et "
           "l'Union européenne l'ont signée jeudi.",
     {("uk-government", "MEMBER_OF", CONV, S), ("government-of-israel", "MEMBER_OF", CONV, S), ("european-union", "MEMBER_OF", CONV, S)}),
    # the signatories set out below a roster noun, an aside opening the sentence ("Besides X,") owning none of it
    ("en", "VILNIUS - The United States and Britain on Thursday signed the Framework Convention on Artificial "
           "Intelligence.\n\nBesides Washington and London, the first signatories were:\n\n- Andorra, Iceland and "
           "San Marino, all members of the Council of Europe;\n- Israel, which took part in the talks as an observer state.",
     {("us-government", "MEMBER_OF", CONV, S), ("uk-government", "MEMBER_OF", CONV, S), ("government-of-andorra", "MEMBER_OF", CONV, S),
      ("government-of-iceland", "MEMBER_OF", CONV, S), ("government-of-san-marino", "MEMBER_OF", CONV, S),
      ("government-of-israel", "MEMBER_OF", CONV, S)}),
    ("fr", "La France a signé la déclaration de Bletchley.\n\nLes premiers signataires sont :\n\n- l'Allemagne et "
           "l'Italie ;\n- le Japon, qui a participé aux négociations comme observateur.",
     {("government-of-france", "MEMBER_OF", "bletchley-declaration", S), ("government-of-germany", "MEMBER_OF", "bletchley-declaration", S),
      ("government-of-italy", "MEMBER_OF", "bletchley-declaration", S), ("government-of-japan", "MEMBER_OF", "bletchley-declaration", S)}),
    # near miss: a body named before "member states" modifies them, is none of the signatories
    ("en", "Britain signed the Framework Convention on AI. The treaty will enter into force once five signatories, "
           "including at least three Council of Europe member states, have ratified it.",
     {("uk-government", "MEMBER_OF", CONV, S)}),
    # near miss: an agreement between two parties is theirs, whatever bodies they belong to
    ("en", "Norway, a member of the Council of Europe, signed a fishing agreement with Iceland on Tuesday.",
     {("government-of-iceland", MOU, "government-of-norway", S)}),
]


CASES += [
    # precision of FUNDS claims (fundfp11): money whose giver or taker the sentence names apart from the party
    # a firm named as a person's employer is no funder: the person is (Persons are no endpoints)
    ('en', 'Helsing, the defence start-up, is backed by Spotify founder Daniel Ek and by Lightspeed.',
     {('lightspeed-venture-partners', 'FUNDS', 'helsing', 'stated')}),
    ('en', "Poolside is backed by OpenAI's chief executive Sam Altman and by Nvidia.",
     {('nvidia', 'FUNDS', 'poolside', 'stated')}),
    # near miss: the same firms as agents fund
    ('en', 'Helsing is backed by Spotify and by Lightspeed.',
     {('lightspeed-venture-partners', 'FUNDS', 'helsing', 'stated'), ('spotify', 'FUNDS', 'helsing', 'stated')}),
    ('fr', "Kyutai est financé par le fondateur d'Iliad, Xavier Niel, et par la CMA CGM de Rodolphe Saadé.",
     {('cma-cgm', 'FUNDS', 'kyutai', 'stated')}),
    ('fr', 'Kyutai est financé par Iliad et par la CMA CGM.',
     {('cma-cgm', 'FUNDS', 'kyutai', 'stated'), ('iliad', 'FUNDS', 'kyutai', 'stated')}),
    # the object of money is the noun before a relative clause; the name inside the clause is another party's
    ('fr', "Rennes Métropole et la Région Bretagne cofinancent depuis 2019 le pôle d'excellence cyber, dont la DGA est membre fondateur.",
     set()),
    # near miss: the name right after the verb is the object, the relative after it says more of it
    ('fr', "Rennes Métropole et la Région Bretagne cofinancent l'Inria, dont la DGA est partenaire.",
     {('brittany-region', 'FUNDS', 'inria', 'stated'), ('rennes-metropole', 'FUNDS', 'inria', 'stated')}),
    ('fr', "La Région Bretagne finance un campus à Rennes, où Thales a installé son laboratoire d'IA.",
     set()),
    ('fr', 'La Région Bretagne finance Thales, qui a installé un laboratoire à Rennes.',
     {('brittany-region', 'FUNDS', 'thales', 'stated')}),
    # the group before the trigger inside a closed relative clause is no party of the money
    ('fr', "Le campus, où Thales a installé son laboratoire d'IA, est financé par la Région Bretagne.",
     set()),
    # near miss: the relative follows the subject
    ('fr', 'Thales, qui est basé à Paris, est financé par la Région Bretagne.',
     {('brittany-region', 'FUNDS', 'thales', 'stated')}),
    # a two-word adverb ("par ailleurs") opens no agent
    ('fr', "Le projet OpenLLM France est piloté par Linagora. La Commission européenne, qui finance par ailleurs le programme EuroHPC, n'y contribue pas.",
     {('european-commission', 'FUNDS', 'eurohpc', 'stated')}),
    ('fr', 'Kyutai est par ailleurs financé par Iliad et soutenu par ailleurs par la CMA CGM.',
     {('cma-cgm', 'FUNDS', 'kyutai', 'stated'), ('iliad', 'FUNDS', 'kyutai', 'stated')}),
    # an ordinal between the channel phrase and the program ("au titre du quatrième P"): a channel, no recipient
    ('fr', "Au total, le gouvernement y engage quelque 400 millions d'euros, au titre du quatrième Programme d'investissements d'avenir. Le Health Data Hub en est le premier bénéficiaire.",
     set()),
    # money pledged to a place takes no party at hand
    ('en', 'Nvidia, Mistral AI and Bpifrance will join the AI Campus programme, its organisers said. Separately, Bpifrance pledged €500 million of investment in Germany over five years.',
     {('bpifrance', 'MEMBER_OF', 'ai-campus', 'stated'), ('mistral-ai', 'MEMBER_OF', 'ai-campus', 'stated'), ('nvidia', 'MEMBER_OF', 'ai-campus', 'stated')}),
    # near miss: to the program at hand
    ('en', 'Nvidia, Mistral AI and Bpifrance will join the AI Campus programme. Bpifrance pledged €50 million to it.',
     {('bpifrance', 'FUNDS', 'ai-campus', 'stated'), ('bpifrance', 'MEMBER_OF', 'ai-campus', 'stated'), ('mistral-ai', 'MEMBER_OF', 'ai-campus', 'stated'), ('nvidia', 'MEMBER_OF', 'ai-campus', 'stated')}),
    # money said to be "separately" given is not the party at hand's
    ('en', 'The UK Government reversed course in June, pledging up to £750 million to the University of Edinburgh for a new supercomputer. Isambard-AI, funded separately, opened in July.',
     {('uk-government', 'FUNDS', 'university-of-edinburgh', 'potential')}),
    # near miss: a stated object
    ('en', 'The UK Government pledged £750 million to the University of Edinburgh. Nvidia separately funded Cohere.',
     {('nvidia', 'FUNDS', 'cohere', 'stated'), ('uk-government', 'FUNDS', 'university-of-edinburgh', 'stated')}),
    # an activity stated as the object ("la collecte de données") takes the money, not the program at hand
    ('fr', "Le projet Common Voice a été lancé par la Fondation Mozilla. La GIZ a financé la collecte de données vocales "
           "en kinyarwanda.",
     {('mozilla-foundation', 'FOUNDED', 'common-voice', 'stated')}),
    # near miss: a reference to the program at hand
    ('fr', "Le projet Common Voice a été lancé par la Fondation Mozilla. La GIZ a financé le projet dès 2019.",
     {('mozilla-foundation', 'FOUNDED', 'common-voice', 'stated'), ('giz', 'FUNDS', 'common-voice', 'stated')}),
]


# English membership without a parser: the operators of a program ("P is run by", "X and Y run P"), what a
# program brings together, members at the clause's end ("are the founding members."), "also involved", "on
# board", a subject "alongside" another; each with a near miss (a person running it, a thing gathered "from"
# X, an organization as the subject, a lawsuit one is involved in, customers, suppliers)
def _members(program: str, *members: str) -> set[tuple[str, str, str, str]]:
    return {(m, "MEMBER_OF", program, S) for m in members}


CASES += [
    ("en", "The Helix Health Alliance is run by Amsterdam UMC, Erasmus MC and Radboudumc, the three hospitals said on Monday.",
     _members("helix-health-alliance", "amsterdam-umc", "erasmus-mc", "radboudumc")),
    ("en", "The Helix Health Alliance is run by a former Google executive, Jane Doe, who joined in May.", set()),
    ("en", "The Green Compute Alliance was announced in Berlin. The alliance, run by SAP and Deutsche Telekom, will open "
           "its first site in 2026.", _members("green-compute-alliance", "sap", "deutsche-telekom")),
    ("en", "The Green Compute Alliance was announced in Berlin. The alliance will be run by a former Google executive.", set()),
    ("en", "Aleph Alpha, run by Jonas Andrulis, announced a new model. The Green Compute Alliance was announced the same day.",
     set()),
    ("en", "The EuroStack Consortium was set up in May. The consortium is managed by Atos and Capgemini SE.",
     _members("eurostack-consortium", "atos", "capgemini")),
    # (only the operator: the funder after a second participle funds)
    ("en", "The Lumi AI Programme is operated by CSC, the Finnish IT centre for science, and funded by the EuroHPC Joint "
           "Undertaking.", _members("lumi-ai-programme", "csc") | {("eurohpc", "FUNDS", "finnish-it-centre", S)}),
    ("en", "The Paris AI Summit was hosted by Emmanuel Macron at the Grand Palais.", set()),
    ("en", "Airbus, Thales and Safran jointly run the Clean Sky AI consortium, which launched in 2023.",
     _members("clean-sky-ai", "airbus", "thales", "safran")),
    ("en", "Since 2021, Ericsson and Nokia have co-led the Flagship AI Programme, according to the university.",
     _members("flagship-ai-programme", "ericsson", "nokia")),
    ("en", "Two hospital groups, Karolinska University Hospital and Uppsala University, run the Swedish Imaging Hub.",
     _members("swedish-imaging-hub", "karolinska-university-hospital", "uppsala-university")),
    # near miss: a person who leads a company's team and co-leads the program
    ("en", "\"It works,\" said Jane Doe, who leads Google's robotics team and co-leads the Flagship AI Programme.", set()),
    ("en", "IBM sits on the AI Alliance's steering committee, and Meta chairs it.", _members("ai-alliance", "ibm")),
    ("en", "The Danube Robotics Network began in March. ABB's chairman sits on the board of Siemens.", set()),
    ("en", "The Atlas Project brings together the chipmaker Nvidia, the French start-up Mistral AI and the research institute "
           "Inria.", _members("atlas-project", "nvidia", "mistral-ai", "inria")),
    ("en", "The Atlas Project brings together data from Nvidia and Mistral AI to train smaller models.", set()),
    ("en", "The Rhone AI Hub brings together researchers from Sanofi and bioMerieux.", set()),
    ("en", "Based in Lyon, the Rhone AI Hub unites Sanofi and bioMerieux.", _members("rhone-ai-hub", "sanofi", "biomerieux")),
    ("en", "The Rhone AI Hub was launched in 2024. Its customers include Sanofi and bioMerieux.", set()),
    ("en", "The Sovereign AI Coalition was announced in Paris on Thursday. Mistral AI, Aleph Alpha and Helsing are its three "
           "founding members.", _members("sovereign-ai-coalition", "mistral-ai", "aleph-alpha", "helsing")),
    ("en", "The Sovereign AI Coalition was announced in Paris on Thursday. Mistral AI and Aleph Alpha are the founding "
           "members.", _members("sovereign-ai-coalition", "mistral-ai", "aleph-alpha")),
    ("en", "Microsoft and Nvidia are the main partners of OpenAI, the report said.", set()),
    ("en", "The Genome AI Programme started in January. AstraZeneca (AZN.L), GSK and Illumina are also involved.",
     _members("genome-ai-programme", "astrazeneca", "gsk", "illumina")),
    ("en", "The Danube Robotics Network began in March. Siemens is also involved in a patent dispute with ABB.", set()),
    ("en", "The Munich Robotics Programme now has a third partner. Kuka is on board, the organisers said.",
     _members("munich-robotics-programme", "kuka")),
    ("en", "The Munich Robotics Programme is growing. Kuka has led by example, a spokesperson said.", set()),
    ("en", "The Danube Robotics Network said members of the public can attend demos at ABB and Siemens.", set()),
    ("en", "Orange, alongside Capgemini and Atos, will take part in the Gaia-X Health pilot.",
     _members("gaia-x", "orange", "capgemini", "atos")),
    ("en", "Orange, together with Capgemini, has joined the Gaia-X Health pilot.", _members("gaia-x", "orange", "capgemini")),
    # a supplier is no member: it sells to the program
    ("en", "Philips and Siemens Healthineers AG supply scanners and software to the Radiology Next programme.", set()),
    ("en", "The Baltic Quantum Initiative started work in Riga on Monday, with Nokia, Ericsson and others as partners.",
     _members("baltic-quantum-initiative", "nokia", "ericsson")),
    # (the subject launches it; its partners are the list after "with")
    ("en", "Google launched the AI Skills Programme with IBM, LinkedIn and others as partners.",
     _members("ai-skills-programme", "ibm", "linkedin") | {("google", "FOUNDED", "ai-skills-programme", S)}),
    ("en", "The Gaia Mobility Alliance said on Tuesday it would add members. It is run by Volkswagen and BMW.",
     _members("gaia-mobility-alliance", "volkswagen", "bmw")),
    ("en", "The Gaia Mobility Alliance, which is run by Volkswagen AG (VOWG.DE) and BMW, said it would add members.",
     _members("gaia-mobility-alliance", "volkswagen", "bmw")),
    ("en", "Volkswagen runs a pilot with the Gaia Mobility Alliance in Wolfsburg.", set()),
    ("en", "The Gaia Mobility Alliance was formed in 2023. Its partners are happy, Volkswagen said.", set()),
]


# unknown names next to known names and countries (mention candidates and boundaries), each with a near miss
CASES += [
    ("en", "Cohere and Veltrix Inc. said they had formed a partnership to build agents for banks.",
     {("cohere", PW, "veltrix", S)}),
    ("en", "Statkraft, Norway's state-owned power producer, and Fortum have set up a joint venture for AI grid control.",
     {("fortum", PW, "statkraft", S)}),
    ("en", "Norway's Equinor has teamed up with Microsoft to deploy AI on offshore platforms.",
     {("equinor", PW, "microsoft", S)}),
    ("en", "Nvidia signed a memorandum on sovereign compute with Innovation Norway, the agency said.",
     {("innovation-norway", MOU, "nvidia", S)}),
    ("en", "The Netherlands and Belgium signed a memorandum with Nvidia on Friday.",
     {("government-of-the-netherlands", MOU, "nvidia", S), ("government-of-belgium", MOU, "nvidia", S)}),
    ("en", "Five hospitals launched the Netherlands AI Radiology Consortium (NARC) on Monday. Philips joined NARC in May.",
     {("philips", "MEMBER_OF", "netherlands-ai-radiology-consortium", S)}),
    ("fr", "Mistral et l'Inria ont lancé le projet OpenLLM France, financé par l'État à hauteur de 10 millions d'euros.",
     {("mistral-ai", "FOUNDED", "openllm-france", S), ("inria", "FOUNDED", "openllm-france", S),
      ("government-of-france", "FUNDS", "openllm-france", S)}),
    ("fr", "La startup rwandaise Umoja Tech a levé 5 millions d'euros auprès de Partech.",
     {("partech", "FUNDS", "umoja-tech", S)}),
    ("fr", "La startup rwandaise a levé 5 millions d'euros auprès de Partech.", set()),
    ("en", "Carmakers, Nvidia and Qualcomm launched an alliance for in-car AI.", {("nvidia", PW, "qualcomm", S)}),
]

@pytest.fixture(scope="module")
def results():
    return edges_by_case(CASES)


@pytest.mark.parametrize("i", range(len(CASES)), ids=case_ids(CASES))
def test_construction_edges(results, i):
    assert results[i] == CASES[i][2]


#: a headline the body confirms gives one claim, in whichever order a symmetric pair is written
ONCE_CASES: list[tuple[str, str, None]] = [
    ("fr", "Orange s'associe à Mistral AI\n\nMistral AI s'est associé à Orange pour proposer ses modèles aux entreprises.",
     None),
    ("en", "Orange teams up with Mistral AI\n\nMistral AI has teamed up with Orange to sell its models to businesses.",
     None),
    ("en", "Google backs Anthropic\n\nSAN FRANCISCO (Reuters) - Google has invested $2 billion in Anthropic.", None),
]


def test_headline_confirmed_once():
    extracted = extract_cases({f"once{i}": (lang, text) for i, (lang, text, _) in enumerate(ONCE_CASES)})
    assert [len(extracted[f"once{i}"].claims) for i in range(len(ONCE_CASES))] == [1] * len(ONCE_CASES)


#: FUNDS amounts (SCHEMA.md): the source's own money, else null with the round total apart;
#: "each" gives every named source the amount
AMOUNT_CASES: list[tuple[str, str, dict[tuple[str, str], tuple[float | None, float | None]]]] = [
    # a second sum and its party with the verb left out: each its own
    ("en", "Nvidia invested $10 million in Mistral AI and $5 million in Cohere.",
     {("nvidia", "mistral-ai"): (10e6, None), ("nvidia", "cohere"): (5e6, None)}),
    ("fr", "Bpifrance investit 20 millions d'euros dans Mistral AI et 10 millions d'euros dans Pasqal.",
     {("bpifrance", "mistral-ai"): (20e6, None), ("bpifrance", "pasqal"): (10e6, None)}),
    ("en", "Nvidia invested $10 million in Mistral AI and $5 million in 2024.", {("nvidia", "mistral-ai"): (10e6, None)}),
    ("en", "Nvidia invested $10 million in Mistral AI and met Cohere in London.", {("nvidia", "mistral-ai"): (10e6, None)}),
    # one sum for several parties funded together is a total to share; sums told per party stay each one's
    ("en", "Microsoft will put $80 million into Mila and the Vector Institute over five years.",
     {("microsoft", "mila"): (None, 80e6), ("microsoft", "vector-institute"): (None, 80e6)}),
    ("fr", "Trois instituts ont été choisis : ANITI, MIAI et PR[AI]RIE. L'État apportera 50 millions d'euros à ces instituts.",
     {("government-of-france", x): (None, 50e6) for x in ("aniti", "miai-grenoble-alpes", "prairie-institute")}),
    ("fr", "Bpifrance investit 20 millions d'euros dans Mistral AI.", {("bpifrance", "mistral-ai"): (20e6, None)}),
    ("en", "Five universities launched the Pacific Compute Initiative, or PCI, on Monday. The initiative will receive "
           "$60 million over four years: Google and Intel are each committing $30 million.",
     {("google", "pacific-compute-initiative"): (30e6, 60e6), ("intel", "pacific-compute-initiative"): (30e6, 60e6)}),
    ("fr", "Le programme PRAIRIE recevra 40 millions d'euros : Google et Meta apportent 20 millions d'euros chacun.",
     {("google", "prairie-institute"): (20e6, 40e6), ("meta", "prairie-institute"): (20e6, 40e6)}),
    ("en", "Safe Superintelligence raised $1 billion from Sequoia Capital and DST Global.",
     {("sequoia-capital", "safe-superintelligence"): (None, 1e9), ("dst-global", "safe-superintelligence"): (None, 1e9)}),
    ("fr", "Depuis 2018, l'État a consacré plus de 1,5 milliard d'euros à la stratégie nationale pour l'IA.",
     {("government-of-france", "french-national-ai-strategy"): (1.5e9, None)}),
    # a program's endowment is its own; a round the funders took part in is shared
    ("fr", "Le projet OpenEuroLLM est doté de 37 millions d'euros au titre du programme Horizon Europe.",
     {("horizon-europe", "openeurollm"): (37e6, None)}),
    ("en", "Mistral AI closed a $640 million round last June, which Nvidia and Samsung took part in.",
     {("nvidia", "mistral-ai"): (None, 640e6), ("samsung-electronics", "mistral-ai"): (None, 640e6)}),
    ("fr", "H Company a levé 220 millions de dollars auprès d'Amazon, de Samsung et de Bpifrance.",
     {(x, "h-company"): (None, 220e6) for x in ("amazon", "samsung-electronics", "bpifrance")}),
    # two funders in contrast, each with its own sum; a round number told as a noun; crowns
    ("en", "The Pacific Compute Initiative opened in Copenhagen. Nvidia contributed about $30 million, while "
           "Microsoft added $10 million.",
     {("nvidia", "pacific-compute-initiative"): (30e6, None), ("microsoft", "pacific-compute-initiative"): (10e6, None)}),
    ("fr", "Pasqal a reçu de Bpifrance une dizaine de millions d'euros de crédits publics.",
     {("bpifrance", "pasqal"): (10e6, None)}),
    ("en", "Microsoft granted the Vector Institute 600 million Danish crowns ($87 million).",
     {("microsoft", "vector-institute"): (600e6, None)}),
]


@pytest.fixture(scope="module")
def amounts():
    extracted = extract_cases({f"amount{i:02d}": (lang, text) for i, (lang, text, _) in enumerate(AMOUNT_CASES)})
    return {i: {(c.source, c.target): (c.amount, c.round_amount) for c in extracted[f"amount{i:02d}"].claims
                if c.type == "FUNDS"} for i in range(len(AMOUNT_CASES))}


@pytest.mark.parametrize("i", range(len(AMOUNT_CASES)), ids=case_ids(AMOUNT_CASES))
def test_construction_amounts(amounts, i):
    assert amounts[i] == AMOUNT_CASES[i][2]
