"""Kinds of false claim real news invites, each beside a true case that must keep its claim:
a relation that ended or is denied ("ended its partnership", "a rompu", "former partner",
"a démenti avoir investi"), a yes/no question, a name inside an apposition that describes the name
before it ("X, la maison mère de Y, Z"), a possessor that opens a new noun phrase inside a list
("with X and Y's work with Z"), a trigger word inside an idiom ("as part of the agreement"), a
supplier taken for a partner ("a contract to buy chips from X"), a place that opens the sentence
("Mercredi à Lisbonne, ..."), an agent or a country after an active verb ("a investi 40 M€ en
Allemagne, un montant salué par X"), the speaker of a reporting clause (", the White House said"),
a promise secured from someone ("a pledge from X to upgrade its plants"), a negation on the verb
that governs the trigger noun ("ne fait toutefois pas partie des actionnaires"), a line pointing at
another article ("Read more: ..."), a verb coordinated after an object ("X named Y its provider and
also works with Z"), a name in a phrase set aside ("Unlike X, Y joined"), in an apposition or a relative
clause between commas ("X, a rival of Y, signed"), after a closed list ("en présence de A, B et C, X ..."),
in a relative clause after a list ("backed by A and B, which also funds C"), in a photo credit, and the
pronoun of a reporting clause ("Shares of X rose after Y said it ..."), a relative clause after the
trigger's object ("X a mené le tour, auquel ont participé Y"), a comparison ("X, like rivals Y and Z, ..."),
subjects chosen "as partners" of someone else, a named person's surname alone ("Quenneville's Veltra"), a place set aside ("Outre Berlin, P est financé par X"), an event's guest list, and an analyst's forecast. Every text is written for these tests (real public facts or invented
situations, our words). Edges are (source, TYPE, target, status); symmetric edges have the
smaller id first."""

from __future__ import annotations

import pytest
from sentences import case_ids, edges_by_case

S, P = "stated", "potential"
PW, MOU, FUNDS, MEMBER, EXCL = "PARTNERS_WITH", "SIGNS_MOU_WITH", "FUNDS", "MEMBER_OF", "EXCLUDED_FROM"

CASES: list[tuple[str, str, set[tuple[str, str, str, str]]]] = [
    # a person the article names in full, then by surname alone: no company called by that surname,
    # and the round goes to the start-up; a company named after a person keeps its name
    ("en", "Quenneville's Veltra raises $40 million\n\nVeltra, the robotics start-up co-founded by former Google "
           "chief scientist Marisol Quenneville, raised $40 million. It was set up last year by Quenneville, Arjun "
           "Patel and Tom Reyes. Sequoia Capital led the round. Investors are betting on Quenneville's reputation.",
     {("sequoia-capital", FUNDS, "veltra", S)}),
    # the members of a prize's jury are no members of the program the prize is named after
    ("en", "Members of the jury of the AI Alliance prize include IBM and Meta.", set()),
    ("en", "Members of the AI Alliance include IBM and Meta.",
     {("ibm", MEMBER, "ai-alliance", S), ("meta", MEMBER, "ai-alliance", S)}),
    # a given name and a surname with a particle's capital is a person, not a company joining anything
    ("en", "Yann LeCun joined the AI Alliance in 2024.", set()),
    ("en", "Ruth McCarthy's start-up Veltra joined the AI Alliance in 2024.", {("veltra", MEMBER, "ai-alliance", S)}),
    ("en", "Veltra, the robotics start-up of Marisol Quenneville, raised $40 million from Quenneville Capital and "
           "Sequoia Capital.", {("quenneville-capital", FUNDS, "veltra", S), ("sequoia-capital", FUNDS, "veltra", S)}),
    # a place set aside by an additive opener funds nothing; a company there still does
    ("fr", "Outre Berlin, le programme Confiance.ai est financé par Bpifrance.", {("bpifrance", FUNDS, "confiance-ai", S)}),
    ("fr", "Outre la France, le programme Confiance.ai est financé par Bpifrance.",
     {("bpifrance", FUNDS, "confiance-ai", S)}),
    ("fr", "Outre Airbus, le programme Confiance.ai est financé par Bpifrance.",
     {("bpifrance", FUNDS, "confiance-ai", S), ("airbus", FUNDS, "confiance-ai", S)}),
    ("en", "Besides France, the Open Science Initiative is funded by the Wellcome Trust.",
     {("wellcome-trust", FUNDS, "open-science-initiative", S)}),
    ("en", "Besides Nvidia, the Open Science Initiative is funded by the Wellcome Trust.",
     {("wellcome-trust", FUNDS, "open-science-initiative", S), ("nvidia", FUNDS, "open-science-initiative", S)}),
    # a relation that ended is no relation now; an ended membership is an exclusion
    ("en", "IBM ended its partnership with Salesforce last month.", set()),
    ("en", "IBM extended its partnership with Salesforce last month.", {("ibm", PW, "salesforce", S)}),
    ("fr", "Renault a rompu son partenariat avec Google.", set()),
    ("fr", "IBM a mis fin à son partenariat avec Salesforce.", set()),
    ("fr", "IBM a renouvelé son partenariat avec Salesforce.", {("ibm", PW, "salesforce", S)}),
    ("fr", "Microsoft, ancien partenaire d'OpenAI, développe ses propres modèles.", set()),
    ("fr", "Microsoft, partenaire d'OpenAI, développe ses propres modèles.", {("microsoft", PW, "openai", S)}),
    # ... "former" only right before the trigger: former employees who found something do found it
    ("en", "Former Google researchers founded Mistral AI, and Mistral AI founded the AI Factory Alliance.",
     {("mistral-ai", "FOUNDED", "ai-factory-alliance", S)}),
    # a denial
    ("en", "Google denied that it had invested in Mistral AI.", set()),
    ("en", "Google confirmed that it had invested in Mistral AI.", {("google", FUNDS, "mistral-ai", S)}),
    ("fr", "Google a démenti avoir investi dans Mistral AI.", set()),
    ("fr", "Google a confirmé avoir investi dans Mistral AI.", {("google", FUNDS, "mistral-ai", S)}),
    # a rejected offer, a dropped plan: what was refused is no relation (a refused membership is an exclusion)
    ("en", "OpenAI rejected an offer to join the AI Alliance.", {("openai", EXCL, "ai-alliance", S)}),
    ("en", "OpenAI accepted an offer to join the AI Alliance.", {("openai", MEMBER, "ai-alliance", S)}),
    ("fr", "Apple a renoncé à investir dans OpenAI.", set()),
    ("fr", "Apple a choisi d'investir dans OpenAI.", {("apple", FUNDS, "openai", S)}),
    # an aim, a hope or a wish keeps its edge as potential
    ("en", "Cohere seeks to join the AI Alliance.", {("cohere", MEMBER, "ai-alliance", P)}),
    ("en", "SoftBank aims to invest in OpenAI.", {("softbank-group", FUNDS, "openai", P)}),
    ("fr", "Mistral AI souhaite s'associer à Nvidia.", {("mistral-ai", PW, "nvidia", P)}),
    ("fr", "Mistral AI s'associe à Nvidia.", {("mistral-ai", PW, "nvidia", S)}),
    # ... but "yet to" states that it is not a member now, as "n'a pas encore rejoint" does (SCHEMA: EXCLUDED_FROM)
    ("en", "Apple has yet to join the AI Alliance.", {("apple", "EXCLUDED_FROM", "ai-alliance", S)}),
    # a party after "with" acts beside the funder; it is not funded
    ("en", "Mistral AI sponsored a hackathon with Scaleway in Paris.", set()),
    ("en", "Mistral AI sponsored Scaleway's hackathon team.", {("mistral-ai", FUNDS, "scaleway", S)}),
    # a negation on the verb whose object the trigger noun is
    ("fr", "Orange a signé un accord avec Mistral AI. L'opérateur ne fait toutefois pas partie des actionnaires "
           "de Mistral AI.", {("mistral-ai", MOU, "orange", S)}),
    ("fr", "Orange a signé un accord avec Mistral AI. L'opérateur fait toutefois partie des actionnaires "
           "de Mistral AI.", {("mistral-ai", MOU, "orange", S), ("orange", FUNDS, "mistral-ai", S)}),
    # ... not a negation inside a relative clause before the trigger
    ("fr", "Microsoft, qui ne commente pas, a investi dans OpenAI.", {("microsoft", FUNDS, "openai", S)}),
    # a line that points at another article ("Read more: ...") states nothing of this one
    ("en", "Mistral AI released a model on Tuesday.\nRead more: Google invests $2 billion in Anthropic as the AI "
           "race heats up further.", set()),
    ("fr", "Mistral AI publie un modèle.\nLire aussi | Nvidia s'associe à Mistral AI pour construire un cloud "
           "européen souverain", set()),
    ("en", "Mistral AI released a model on Tuesday.\nGoogle invests $2 billion in Anthropic as the AI race heats up.",
     {("google", FUNDS, "anthropic", S)}),
    # a named object that is no program: what was joined or left is it, never the program spoken of before
    ("en", "The AI Alliance was launched by IBM and Meta. Separately, Sarah Smith joined Google as chief scientist "
           "after leaving Microsoft.", {("ibm", "FOUNDED", "ai-alliance", S), ("meta", "FOUNDED", "ai-alliance", S)}),
    ("en", "The AI Alliance was launched by IBM and Meta. Separately, Sony joined in March.",
     {("ibm", "FOUNDED", "ai-alliance", S), ("meta", "FOUNDED", "ai-alliance", S), ("sony", MEMBER, "ai-alliance", S)}),
    # a yes/no question states nothing; the answer does
    ("en", "Will Nvidia invest in Mistral AI?", set()),
    ("en", "Nvidia will invest in Mistral AI.", {("nvidia", FUNDS, "mistral-ai", S)}),
    ("fr", "Nvidia va-t-il investir dans Mistral AI ?", set()),
    ("fr", "Nvidia va investir dans Mistral AI.", {("nvidia", FUNDS, "mistral-ai", S)}),
    # a name inside an apposition that describes the name before it is no argument
    ("fr", "CMA CGM a financé, aux côtés d'Iliad, la maison mère de Free, le laboratoire Kyutai.",
     {("cma-cgm", FUNDS, "kyutai", S), ("iliad", FUNDS, "kyutai", S)}),
    ("en", "Nvidia invested in Kyutai, the lab of Iliad, and Pasqal.", {("nvidia", FUNDS, "kyutai", S)}),
    # ... an apposition that names nobody keeps the list whole
    ("fr", "Bpifrance a financé Pasqal, la start-up du calcul quantique, et Quandela.",
     {("bpifrance", FUNDS, "pasqal", S), ("bpifrance", FUNDS, "quandela", S)}),
    # a possessor opening a new noun phrase is no item of the list before it
    ("en", "The report cites SAP's partnership with Mistral AI and Novo Nordisk's work with Cradle.",
     {("mistral-ai", PW, "sap", S), ("cradle", PW, "novo-nordisk", S)}),
    ("en", "The report cites SAP's partnership with Mistral AI and Novo Nordisk.",
     {("mistral-ai", PW, "sap", S), ("novo-nordisk", PW, "sap", S)}),
    # ... and after a trigger that lists members, a possessive opens no list of members
    ("en", "Siemens launched the EU AI Champions Initiative. Its examples include Novo Nordisk's collaboration with Cradle.",
     {("siemens", "FOUNDED", "eu-ai-champions-initiative", S), ("cradle", PW, "novo-nordisk", S)}),
    ("en", "Siemens launched the EU AI Champions Initiative. Its members include Novo Nordisk and Cradle.",
     {("siemens", "FOUNDED", "eu-ai-champions-initiative", S),
      ("novo-nordisk", MEMBER, "eu-ai-champions-initiative", S), ("cradle", MEMBER, "eu-ai-champions-initiative", S)}),
    # a trigger word inside a phrase that gives it another sense
    # (the compact's signatories are its members, SCHEMA.md; "As part of the agreement" adds nothing)
    ("en", "The Nordic AI Compact was signed by Telia and the Government of Sweden. As part of the agreement, "
           "Telia will host the data in Stockholm.",
     {("telia", MEMBER, "nordic-ai-compact", S), ("government-of-sweden", MEMBER, "nordic-ai-compact", S)}),
    ("en", "Telia is part of the Nordic AI Compact.", {("telia", MEMBER, "nordic-ai-compact", S)}),
    # a supplier is no partner
    ("en", "Orange signed a contract to buy compute from Nvidia.", set()),
    ("en", "Orange signed an agreement with Nvidia.", {("nvidia", MOU, "orange", S)}),
    # a place that opens the sentence is no subject
    ("fr", "Mercredi à Lisbonne, l'agence portugaise de modernisation a signé un accord avec LightOn.", set()),
    ("en", "In Paris, Mistral AI signed an agreement with Orange.", {("mistral-ai", MOU, "orange", S)}),
    # an agent after an active verb is no funded party; a country after "in" / "en" is a place
    ("fr", "Eurazeo a investi 40 millions d'euros en Allemagne l'an dernier, un montant salué par la Fondation Kronberg.",
     set()),
    ("fr", "Eurazeo a investi 40 millions d'euros dans Mistral AI.", {("eurazeo", FUNDS, "mistral-ai", S)}),
    ("en", "Saudi Arabia pledged $600 billion of investment in the United States.", set()),
    ("en", "Saudi Arabia pledged $6 billion of investment in Mistral AI.",
     {("government-of-saudi-arabia", FUNDS, "mistral-ai", S)}),
    # the speaker of a reporting clause, and what follows it, are no arguments
    ("en", "Riyadh pledged $600 billion of investment, the White House said.", set()),
    ("fr", "Samsung va investir dans Mistral AI, a indiqué Nvidia.", {("samsung-electronics", FUNDS, "mistral-ai", S)}),
    # a promise secured from someone, with no money stated, is no funding
    ("en", "The government secured a pledge from TSMC to upgrade its plants in Japan.", set()),
    ("en", "Rapidus secured a $5 billion pledge from TSMC.", {("tsmc", FUNDS, "rapidus", S)}),
    # a second verb coordinated after an object takes no subject from that object: the sentence's subject is its own
    ("en", "Hugging Face named Amazon Web Services its preferred cloud provider and also works with Microsoft.",
     {("hugging-face", PW, "microsoft", S)}),
    ("en", "Hugging Face was founded in New York and also works with Microsoft.",
     {("hugging-face", PW, "microsoft", S)}),
    # a name in a phrase set aside before the first comma is no subject, even read as one list with the subject
    ("en", "Unlike Google, Microsoft joined the AI Alliance.", {("microsoft", MEMBER, "ai-alliance", S)}),
    ("fr", "Contrairement à Google, Microsoft a rejoint l'AI Alliance.", {("microsoft", MEMBER, "ai-alliance", S)}),
    ("en", "Google and Microsoft joined the AI Alliance.",
     {("google", MEMBER, "ai-alliance", S), ("microsoft", MEMBER, "ai-alliance", S)}),
    # names inside an apposition or a relative clause between commas are said of the subject before them
    ("en", "OVHcloud, a rival of Amazon Web Services and Microsoft, signed an agreement with Mistral AI.",
     {("mistral-ai", MOU, "ovhcloud", S)}),
    ("en", "Sequoia, an early investor in OpenAI and Stripe, led the round in Dust.",
     {("sequoia-capital", FUNDS, "dust", S), ("sequoia-capital", FUNDS, "openai", S),
      ("sequoia-capital", FUNDS, "stripe", S)}),
    ("en", "LightOn, a French startup that counts Orange as a client, signed a deal with Thales.",
     {("lighton", MOU, "thales", S)}),
    ("en", "Mistral AI, whose investors include Nvidia, partnered with Orange.",
     {("nvidia", FUNDS, "mistral-ai", S), ("mistral-ai", PW, "orange", S)}),
    ("en", "Nvidia, which backs Mistral AI, partnered with Orange.",
     {("nvidia", FUNDS, "mistral-ai", S), ("nvidia", PW, "orange", S)}),
    # a list closed by its "and" takes no name after a bare comma: the names of a fronted phrase are no subject
    ("fr", "Lors du sommet, en présence de Google, Meta et Microsoft, Mistral AI a annoncé un partenariat avec Orange.",
     {("mistral-ai", PW, "orange", S)}),
    ("fr", "Google, Meta, Microsoft et Mistral AI ont annoncé un partenariat avec Orange.",
     {("google", PW, "orange", S), ("meta", PW, "orange", S), ("microsoft", PW, "orange", S),
      ("mistral-ai", PW, "orange", S)}),
    ("fr", "Fondée par d'anciens chercheurs de Google DeepMind et de Meta, Mistral AI a signé un accord avec Orange.",
     {("mistral-ai", MOU, "orange", S)}),
    # a relative clause after a list speaks of its last name, unless a word or a plural verb says all act
    ("en", "Kyutai is backed by Iliad, CMA CGM and Schmidt Futures, which also funds Stanford.",
     {("iliad", FUNDS, "kyutai", S), ("cma-cgm", FUNDS, "kyutai", S), ("schmidt-sciences", FUNDS, "kyutai", S),
      ("schmidt-sciences", FUNDS, "stanford-university", S)}),
    ("en", "Kyutai is backed by Iliad and CMA CGM, which both fund Stanford.",
     {("iliad", FUNDS, "kyutai", S), ("cma-cgm", FUNDS, "kyutai", S), ("iliad", FUNDS, "stanford-university", S),
      ("cma-cgm", FUNDS, "stanford-university", S)}),
    ("fr", "Kyutai est financé par Iliad, CMA CGM et Schmidt Futures, qui finance aussi Stanford.",
     {("iliad", FUNDS, "kyutai", S), ("cma-cgm", FUNDS, "kyutai", S), ("schmidt-sciences", FUNDS, "kyutai", S),
      ("schmidt-sciences", FUNDS, "stanford-university", S)}),
    # a name in a parenthesis of page furniture is no argument
    ("fr", "Mistral AI a signé un accord avec Orange. (Crédit photo : Nvidia)", {("mistral-ai", MOU, "orange", S)}),
    ("en", "Mistral AI signed a deal with Orange (pictured) and Nvidia.",
     {("mistral-ai", MOU, "orange", S), ("mistral-ai", MOU, "nvidia", S)}),
    # the pronoun after a verb of saying is the speaker's, not the sentence's first name
    ("en", "Shares of Nvidia rose 4% on Tuesday after Microsoft said it had signed an agreement with OpenAI.",
     {("microsoft", MOU, "openai", S)}),
    ("fr", "Les actions de Nvidia ont progressé après que Microsoft a indiqué qu'il avait signé un accord avec OpenAI.",
     {("microsoft", MOU, "openai", S)}),
    ("en", "Nvidia said it had signed an agreement with OpenAI.", {("nvidia", MOU, "openai", S)}),
    # a relative clause after the trigger's object has its own subject: "X led the round, in which Y took part"
    # (Y funds the round's recipient, never X's object)
    ("fr", "La start-up Dust a annoncé mardi avoir levé 40 millions de dollars. Sequoia a mené le tour, auquel ont "
           "aussi participé "
           "Daphni et Bpifrance.",
     {("sequoia-capital", FUNDS, "dust", S), ("daphni", FUNDS, "dust", S), ("bpifrance", FUNDS, "dust", S)}),
    ("en", "Mistral AI signed a deal with Orange, which also backs Kyutai.",
     {("mistral-ai", MOU, "orange", S), ("orange", FUNDS, "kyutai", S)}),
    # ... but "dont" that lists stays a list
    ("fr", "Le projet OpenEuroLLM recevra 37 millions d'euros de plusieurs bailleurs, dont Bpifrance et Horizon Europe.",
     {("bpifrance", FUNDS, "openeurollm", S), ("horizon-europe", FUNDS, "openeurollm", S)}),
    # a relative clause or a comparison after a name is no list lead-in: its examples are no subjects
    ("en", "Scaleway, which supplies GPUs to startups such as Mistral AI and H Company, signed an agreement with Nvidia.",
     {("nvidia", MOU, "scaleway", S)}),
    ("en", "Mistral AI, like rivals OpenAI and Anthropic, is racing to sign deals with Orange.",
     {("mistral-ai", MOU, "orange", P)}),
    ("fr", "Orange, comme Thales et Airbus, a signé un accord avec Mistral AI.", {("mistral-ai", MOU, "orange", S)}),
    ("en", "AI labs such as Mistral AI and Cohere signed an agreement with Orange.",
     {("mistral-ai", MOU, "orange", S), ("cohere", MOU, "orange", S)}),
    # ... and a relative after the subject's name opens no incise that a long clause before would close
    ("en", "For Amazon, the deal is part of a push to catch up with Microsoft, whose backing of OpenAI gave it an edge.",
     {("microsoft", FUNDS, "openai", S)}),
    # subjects given a partner's role are someone else's partners, not each other's
    ("en", "Orange and Thales were chosen as partners for the 5G rollout in Lyon.", set()),
    ("fr", "Orange et Thales ont été choisis comme partenaires pour le déploiement de la 5G.", set()),
    ("en", "Orange and Thales signed an agreement.", {("orange", MOU, "thales", S)}),
    # an event's guest list or photo is no selection of the program at hand
    ("en", "The AI Alliance was launched by IBM and Meta. Notably absent from the guest list were Apple and Amazon.",
     {("ibm", "FOUNDED", "ai-alliance", S), ("meta", "FOUNDED", "ai-alliance", S)}),
    ("en", "The AI Alliance was launched by IBM and Meta. Notably absent from the final list were Apple and Amazon.",
     {("ibm", "FOUNDED", "ai-alliance", S), ("meta", "FOUNDED", "ai-alliance", S),
      ("apple", EXCL, "ai-alliance", S), ("amazon", EXCL, "ai-alliance", S)}),
    # a hedge right before the source: an analyst's forecast is no stated deal
    ("en", "Analysts at JPMorgan expect Microsoft to invest in Mistral AI.", {("microsoft", FUNDS, "mistral-ai", P)}),
    ("en", "Analysts at JPMorgan said Microsoft invested in Mistral AI.", {("microsoft", FUNDS, "mistral-ai", S)}),
    # ... a list before the comma is still the subject when no apposition opens
    ("en", "OVHcloud and Scaleway signed an agreement with Mistral AI.",
     {("mistral-ai", MOU, "ovhcloud", S), ("mistral-ai", MOU, "scaleway", S)}),
]


#: false parties by kind, each text with the true claims it holds: a stock ticker, exchange or index
#: ("membre du SBF 120", "part of the Russell 2000 index"); a client or supplier list ("Its customers include
#: X", "clients, dont X", "counts X among its clients", "works with X as customers", "run on chips from X")
#: and the predicate after it ("..., and raised from Y": Y funds the subject, not the clients); a fund's owner in
#: an apposition (", le fonds d'investissement de Samsung", ", the venture arm of Microsoft"); "X's venture fund
#: M12" read as a noun; a byline, dateline or outlet (", Nikkei Asia reported", "(Reuters)", "(AFP)"); a
#: speaker's employer and a former employer; a description noun ("the telecom operator"); a place or a product
#: ("invests in Grenoble and partners with Y": Y is no object of "invests"); the "About X" paragraph ("X is a
#: member of P" is a claim, "its customers include" is not)
CASES += [
    ("en", "NEW YORK, March 3, 2025 /PRNewswire/ -- IonQ (NYSE: IONQ), a leader in quantum computing, today "
           "announced a collaboration with AstraZeneca. IonQ is listed on the New York Stock Exchange and is "
           "part of the Russell 2000 index.",
     {("astrazeneca", PW, "ionq", S)}),
    ("fr", "Le groupe Atos, coté sur Euronext Paris et membre du SBF 120, s'associe à Mistral AI pour des "
           "assistants de cybersécurité.",
     {("atos", PW, "mistral-ai", S)}),
    ("en", "Cohere has raised $500 million from Nvidia and Salesforce Ventures. Its customers include Oracle, "
           "Fujitsu and RBC, and its models run on chips from AMD.",
     {("nvidia", FUNDS, "cohere", S), ("salesforce-ventures", FUNDS, "cohere", S)}),
    ("en", "Mistral AI partners with Helsing on defence AI. The startup counts BNP Paribas, AXA and Orange among "
           "its clients.",
     {("helsing", PW, "mistral-ai", S)}),
    ("fr", "Pasqal lève 100 millions d'euros auprès de Temasek. Parmi ses clients figurent EDF, Thales et BMW ; "
           "ses processeurs sont fabriqués par STMicroelectronics.",
     {("temasek", FUNDS, "pasqal", S)}),
    ("en", "Anthropic, whose Claude models run on Google's TPUs and Amazon's Trainium chips, signed a memorandum "
           "of understanding with the Government of Japan. Customers such as Pfizer and Zoom use Claude.",
     {("anthropic", MOU, "government-of-japan", S)}),
    ("fr", "La start-up H a levé 220 millions de dollars auprès de Bpifrance et de Samsung Next, le fonds "
           "d'investissement de Samsung.",
     {("bpifrance", FUNDS, "h-company", S), ("samsung-next", FUNDS, "h-company", S)}),
    ("en", "PARIS (Reuters) - Mistral AI has teamed up with Stellantis to build in-car assistants, according to "
           "a statement seen by Reuters. AFP also reported the deal.",
     {("mistral-ai", PW, "stellantis", S)}),
    ("fr", "PARIS, 12 mars (AFP) - Thales et Mistral AI ont signé un accord-cadre, a indiqué Thales à l'AFP. "
           "Selon Les Echos, le montant n'est pas communiqué.",
     {("mistral-ai", MOU, "thales", S)}),
    ("fr", "Kyutai rejoint l'AI Alliance, rapporte Le Monde. « C'est une étape », a déclaré à l'Agence "
           "France-Presse un porte-parole.",
     {("kyutai", MEMBER, "ai-alliance", S)}),
    ("en", "\"We are thrilled to work with IBM,\" said Jane Smith, a partner at Sequoia Capital. Hugging Face and "
           "IBM announced a partnership on Monday.",
     {("hugging-face", PW, "ibm", S)}),
    ("en", "Helsing has signed a memorandum of understanding with Saab. Its chief executive, a former Google and "
           "McKinsey executive, said the deal was a milestone.",
     {("helsing", MOU, "saab", S)}),
    ("fr", "Hugging Face s'associe à Scaleway. Son directeur général, ancien de Google et de Meta, salue "
           "l'accord.",
     {("hugging-face", PW, "scaleway", S)}),
    ("fr", "« Nous sommes fiers », a déclaré Marie Dupont, directrice chez Capgemini. Dassault Systèmes rejoint "
           "l'initiative Gaia-X.",
     {("dassault-systemes", MEMBER, "gaia-x", S)}),
    ("en", "Mistral AI signed an agreement with the telecom operator to distribute its models. Orange also "
           "partners with Mistral AI.",
     {("mistral-ai", PW, "orange", S)}),
    ("fr", "L'opérateur s'associe à l'éditeur de logiciels pour bâtir un cloud souverain. Par ailleurs, Bouygues "
           "Telecom s'associe à Mistral AI.",
     {("bouygues-telecom", PW, "mistral-ai", S)}),
    ("en", "OpenAI will invest in Abu Dhabi. ChatGPT Enterprise partners with Slack. Microsoft partners with "
           "OpenAI in London.",
     {("microsoft", PW, "openai", S)}),
    ("fr", "Nvidia investit dans Grenoble et s'associe à Schneider Electric à Lyon. Le Chat est intégré à "
           "Stellantis.",
     {("nvidia", PW, "schneider-electric", S)}),
    ("en", "Aleph Alpha partners with Schwarz Digits on sovereign AI.\n\nAbout Aleph Alpha\nAleph Alpha is a member "
           "of the AI Alliance. Its customers include Bosch, SAP and the German Federal Government.",
     {("aleph-alpha", MEMBER, "ai-alliance", S), ("aleph-alpha", PW, "schwarz-digits", S)}),
    ("fr", "Dataiku s'associe à Snowflake.\n\nÀ propos de Dataiku\nDataiku compte plus de 600 clients, dont "
           "Unilever et GE Aerospace, et est soutenu par CapitalG et Tiger Global.",
     {("capitalg", FUNDS, "dataiku", S), ("dataiku", PW, "snowflake", S), ("tiger-global", FUNDS, "dataiku", S)}),
    ("en", "Mistral AI, founded by former Google DeepMind and Meta researchers, partners with Helsing.",
     {("helsing", PW, "mistral-ai", S)}),
    ("fr", "H, fondée par d'anciens chercheurs de Google DeepMind, s'associe à Accenture.",
     {("accenture", PW, "h-company", S)}),
    ("en", "Nvidia (NASDAQ: NVDA) and Dell Technologies (NYSE: DELL) have partnered with Hugging Face, the stock "
           "of both rising on the Nasdaq Composite and the Dow Jones.",
     {("dell-technologies", PW, "hugging-face", S), ("hugging-face", PW, "nvidia", S)}),
    ("en", "SoftBank Group, whose shares trade on the Tokyo Stock Exchange, invested $1 billion in Perplexity. "
           "The Nikkei 225 fell 1%.",
     {("softbank-group", FUNDS, "perplexity", S)}),
    ("en", "Cerebras, whose customers include Mayo Clinic, GlaxoSmithKline and TotalEnergies, signed a "
           "memorandum of understanding with G42.",
     {("cerebras", MOU, "g42", S)}),
    ("en", "Mistral AI's customers range from BNP Paribas to CMA CGM. The startup has partnered with Microsoft.",
     {("microsoft", PW, "mistral-ai", S)}),
    ("en", "Helsing works with Airbus, Saab and Rheinmetall as customers, and raised €450 million from General "
           "Catalyst.",
     {("general-catalyst", FUNDS, "helsing", S)}),
    ("fr", "Parmi les clients de Mistral AI, on trouve BNP Paribas, CMA CGM et Veolia. Mistral AI s'associe par "
           "ailleurs à Nvidia.",
     {("mistral-ai", PW, "nvidia", S)}),
    ("fr", "Les puces de Pasqal sont fournies par Thales ; ses clients incluent EDF. Pasqal signe un protocole "
           "d'accord avec Aramco.",
     {("pasqal", MOU, "saudi-aramco", S)}),
    ("en", "Amazon invested $4 billion in Anthropic. Anthropic's models are available to AWS customers such as "
           "Pfizer and Siemens.",
     {("amazon", FUNDS, "anthropic", S)}),
    ("fr", "La start-up Dust lève 16 millions de dollars auprès de Sequoia Capital et de XYZ Venture Capital, le "
           "fonds de la famille Dupont.",
     {("sequoia-capital", FUNDS, "dust", S), ("xyz-venture-capital", FUNDS, "dust", S)}),
    ("en", "Synthesia has partnered with Accenture, TechCrunch reported, citing a person familiar. The Financial "
           "Times said Nvidia is also in talks.",
     {("accenture", PW, "synthesia", S)}),
    ("fr", "Mistral AI s'associe à l'AFP pour intégrer ses dépêches au Chat. Le Monde avait déjà signé un accord "
           "avec OpenAI.",
     {("agence-france-presse", PW, "mistral-ai", S), ("le-monde", MOU, "openai", S)}),
    ("en", "John Doe, who previously worked at Google and Meta, joined Anthropic. Anthropic partners with "
           "Palantir.",
     {("anthropic", PW, "palantir", S)}),
    ("fr", "Arthur Mensch, ancien de Google DeepMind, a cofondé Mistral AI, qui s'associe à Orange.",
     {("mistral-ai", PW, "orange", S)}),
    ("en", "The chipmaker has partnered with the Emirati firm. Separately, Cerebras partnered with G42.",
     {("cerebras", PW, "g42", S)}),
    ("en", "Samsung invests in Paris. Samsung also invests in Rebellions.",
     {("samsung-electronics", FUNDS, "rebellions", S)}),
    ("fr", "Orange s'associe à Mistral AI pour développer Le Chat Pro. Le Chat Pro rejoint aussi la plateforme "
           "Azure.",
     {("mistral-ai", PW, "orange", S)}),
    ("en", "About Cohere\nCohere is a founding member of the AI Alliance and is backed by Oracle and Nvidia. "
           "Customers including Notion and Oracle use its models.\n\nMedia contact: press@cohere.com",
     {("cohere", MEMBER, "ai-alliance", S), ("nvidia", FUNDS, "cohere", S), ("oracle", FUNDS, "cohere", S)}),
    ("fr", "À propos d'Orange\nOrange est l'un des principaux opérateurs de télécommunications ; le groupe est "
           "coté sur Euronext Paris (ORA) et au New York Stock Exchange (ORAN). Il est membre fondateur de l'AI "
           "Alliance.",
     {("orange", MEMBER, "ai-alliance", S)}),
    ("en", "Its clients, which include Siemens and Bosch, praised the deal. Aleph Alpha has partnered with IBM.",
     {("aleph-alpha", PW, "ibm", S)}),
    ("en", "Mistral AI counts Orange and BNP Paribas among its customers and is backed by General Catalyst.",
     {("general-catalyst", FUNDS, "mistral-ai", S)}),
    ("en", "Customers including Airbus and Renault will use the platform, Scaleway said. Scaleway partners with "
           "Hugging Face.",
     {("hugging-face", PW, "scaleway", S)}),
    ("fr", "Ses clients sont notamment Renault, Airbus et Safran. Scaleway s'associe à Hugging Face.",
     {("hugging-face", PW, "scaleway", S)}),
    ("fr", "LightOn, qui compte parmi ses clients Safran et la Société Générale, a signé un protocole d'accord "
           "avec Orange.",
     {("lighton", MOU, "orange", S)}),
    ("en", "Pasqal opened an office in Montreal and is backed by Temasek and Bpifrance.",
     {("bpifrance", FUNDS, "pasqal", S), ("temasek", FUNDS, "pasqal", S)}),
    ("en", "Mistral AI partnered with Orange and invested in Helsing.",
     {("mistral-ai", FUNDS, "helsing", S), ("mistral-ai", PW, "orange", S)}),
    ("fr", "Helsing a ouvert un bureau à Paris, recruté 50 ingénieurs et a été financée par General Catalyst.",
     {("general-catalyst", FUNDS, "helsing", S)}),
    ("fr", "Mistral AI s'est associée à Orange et a investi dans Pasqal.",
     {("mistral-ai", FUNDS, "pasqal", S), ("mistral-ai", PW, "orange", S)}),
    ("en", "IBM and Meta launched the AI Alliance and are backed by no one.",
     {("ibm", "FOUNDED", "ai-alliance", S), ("meta", "FOUNDED", "ai-alliance", S)}),
    ("en", "Wayve raised $1 billion from SoftBank and from M12, the venture arm of Microsoft.",
     {("m12", FUNDS, "wayve", S), ("softbank-group", FUNDS, "wayve", S)}),
    ("fr", "Mistral AI a signé un accord avec Free, la filiale d'Iliad.",
     {("free", MOU, "mistral-ai", S)}),
    ("fr", "Pasqal lève des fonds auprès de Wa'ed Ventures, le fonds de capital-risque d'Aramco, et de Temasek.",
     {("temasek", FUNDS, "pasqal", S), ("wa-ed-ventures", FUNDS, "pasqal", S)}),
    ("en", "Anthropic raised funds from GV, Alphabet's venture arm, and from Spark Capital.",
     {("gv", FUNDS, "anthropic", S), ("spark-capital", FUNDS, "anthropic", S)}),
    ("en", "Palantir, which joined the S&P 500 last year, partnered with Oracle.",
     {("oracle", PW, "palantir", S)}),
    ("fr", "Capgemini, qui a quitté le CAC 40, s'associe à Mistral AI.",
     {("capgemini", PW, "mistral-ai", S)}),
    ("en", "TOKYO, Jan 5 (Reuters) - SoftBank Group Corp (9984.T) said on Friday it will invest $3 billion in "
           "OpenAI, Nikkei Asia reported.",
     {("softbank-group", FUNDS, "openai", S)}),
    ("en", "By Jane Doe, Bloomberg News\n\nNvidia has joined the AI Alliance, the company said in a blog post.",
     {("nvidia", MEMBER, "ai-alliance", S)}),
    ("fr", "(Reuters) - Orange a conclu un partenariat avec OpenAI, selon un communiqué consulté par l'agence.",
     {("openai", PW, "orange", S)}),
    ("fr", "Par Jean Dupont (Les Echos)\n\nBpifrance a investi dans Pasqal, a appris Les Echos de sources "
           "concordantes.",
     {("bpifrance", FUNDS, "pasqal", S)}),
    ("en", "The partners - IBM (NYSE: IBM), Intel Corp. (NASDAQ: INTC), AMD and Dell (NYSE: DELL) - have joined "
           "the AI Alliance.",
     {("amd", MEMBER, "ai-alliance", S), ("dell-technologies", MEMBER, "ai-alliance", S),
      ("ibm", MEMBER, "ai-alliance", S), ("intel", MEMBER, "ai-alliance", S)}),
    ("en", "Qualcomm (NASDAQ: QCOM), the chipmaker, signed an agreement with Humain, and its stock rose 3% on "
           "the Nasdaq Global Select Market.",
     {("humain", MOU, "qualcomm", S)}),
    ("fr", "Microsoft a investi dans Paris et dans Mistral AI. ChatGPT s'associe à Booking.",
     {("microsoft", FUNDS, "mistral-ai", S)}),
    ("en", "Jane Roe, who spent a decade at IBM and later at Accenture, now leads Cohere, which partners with "
           "Fujitsu.",
     {("cohere", PW, "fujitsu", S)}),
    ("en", "About Mistral AI\nMistral AI is a founding member of the EU AI Champions Initiative. Its customers "
           "include BNP Paribas and Stellantis. Mistral AI is backed by Lightspeed, Andreessen Horowitz and "
           "Nvidia.",
     {("andreessen-horowitz", FUNDS, "mistral-ai", S), ("lightspeed-venture-partners", FUNDS, "mistral-ai", S),
      ("mistral-ai", MEMBER, "eu-ai-champions-initiative", S), ("nvidia", FUNDS, "mistral-ai", S)}),
    # an outlet that asks or is told ("Interrogé par l'AFP", "in an interview with Bloomberg", "a déclaré ... au
    # Figaro") is cited, no antecedent of "the company" / "le projet", and the name after its comma is no agent
    ("fr", "Interrogé par l'AFP, le groupe a refusé de commenter. Le projet est financé par Bpifrance.", set()),
    ("fr", "Mistral AI s'associe à l'AFP. Interrogée par Le Monde, la start-up a confirmé l'accord, dont le montant "
           "est financé par Bpifrance.",
     {("agence-france-presse", PW, "mistral-ai", S), ("bpifrance", FUNDS, "mistral-ai", S)}),
    ("en", "Interviewed by Reuters, the company declined to comment. The company is backed by Sequoia Capital.", set()),
    ("en", "Cohere has partnered with Oracle, a spokesperson said in an interview with Bloomberg. The company is "
           "backed by Nvidia.",
     {("cohere", PW, "oracle", S), ("nvidia", FUNDS, "cohere", S)}),
    ("fr", "Helsing a signé un accord avec Airbus, a déclaré son patron au Figaro. Le groupe est soutenu par General "
           "Catalyst.",
     {("airbus", MOU, "helsing", S), ("general-catalyst", FUNDS, "helsing", S)}),
]


@pytest.fixture(scope="module")
def results():
    return edges_by_case(CASES)


@pytest.mark.parametrize("i", range(len(CASES)), ids=case_ids(CASES))
def test_guarded_edges(results, i):
    assert results[i] == CASES[i][2]
