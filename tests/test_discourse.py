"""Edges that need more than one clause: participations whose kind the discourse decides,
argument lists in bulleted items, appositions, relative clauses, lists with unknown names, and
joint statements. Every text here is written for these tests (real public facts, our words).
Edges are (source, TYPE, target, status); symmetric edges have the smaller id first."""

from __future__ import annotations

import pytest
from sentences import case_ids, edges_by_case, extract_cases

S, P = "stated", "potential"

CASES: list[tuple[str, str, set[tuple[str, str, str, str]]]] = [
    # participation in a funding round, decided by the sentences before
    ("en", "Mistral AI raised €600 million in June 2024. General Catalyst led the round. Nvidia and "
           "Salesforce Ventures also took part.",
     {("general-catalyst", "FUNDS", "mistral-ai", S), ("nvidia", "FUNDS", "mistral-ai", S),
      ("salesforce-ventures", "FUNDS", "mistral-ai", S)}),
    ("en", "Anthropic closed a new funding round in 2024. Its backers are many. Among them are Google and "
           "Salesforce Ventures.",
     {("google", "FUNDS", "anthropic", S), ("salesforce-ventures", "FUNDS", "anthropic", S)}),
    ("fr", "Mistral AI a levé 600 millions d'euros en juin 2024. Nvidia et Salesforce Ventures ont participé "
           "à l'opération.",
     {("nvidia", "FUNDS", "mistral-ai", S), ("salesforce-ventures", "FUNDS", "mistral-ai", S)}),
    # participation in a program
    ("fr", "Le consortium NextGenAI réunit une quinzaine d'institutions. L'Université Harvard et le MIT y "
           "participent, de même que Caltech.",
     {("harvard-university", "MEMBER_OF", "nextgenai", S), ("mit", "MEMBER_OF", "nextgenai", S),
      ("caltech", "MEMBER_OF", "nextgenai", S)}),
    ("en", "The NAIRR pilot opened in January 2024. Microsoft and Nvidia are taking part in the pilot.",
     {("microsoft", "MEMBER_OF", "nairr", S), ("nvidia", "MEMBER_OF", "nairr", S)}),
    # a bulleted list carries the arguments of the sentence that announces it
    ("en", "Mistral AI raised €105 million in June 2023.\n\nThe round was led by two investors:\n\n"
           "- Lightspeed Venture Partners, a US fund;\n- Index Ventures, with offices in London.",
     {("lightspeed-venture-partners", "FUNDS", "mistral-ai", S), ("index-ventures", "FUNDS", "mistral-ai", S)}),
    # an apposition types an unknown name; a list of known organizations types its unknown items
    ("en", "Kestrel Compute, a start-up from Lyon, joined the AI Alliance.",
     {("kestrel-compute", "MEMBER_OF", "ai-alliance", S)}),
    ("en", "Members of the AI Alliance include IBM, Zorblax, Meta and Quillnet.",
     {("ibm", "MEMBER_OF", "ai-alliance", S), ("zorblax", "MEMBER_OF", "ai-alliance", S),
      ("meta", "MEMBER_OF", "ai-alliance", S), ("quillnet", "MEMBER_OF", "ai-alliance", S)}),
    # pledges and offers go to the party the text is about
    ("en", "The National Science Foundation launched the NAIRR pilot in January 2024. Microsoft pledged "
           "$20 million in cloud credits.",
     {("national-science-foundation", "FOUNDED", "nairr", S), ("microsoft", "FUNDS", "nairr", S)}),
    # a news outlet cited as the source is no investor
    ("en", "Amazon will invest $4 billion in Anthropic, according to a report published by the Financial Times.",
     {("amazon", "FUNDS", "anthropic", S)}),
    # relative clauses: the antecedent is the target
    ("fr", "Pour OpenAI, dans laquelle Microsoft a investi 13 milliards de dollars, l'accord compte.",
     {("microsoft", "FUNDS", "openai", S)}),
    ("fr", "Le sommet a présenté Current AI, une initiative dont Salesforce et Google sont partenaires fondateurs.",
     {("salesforce", "MEMBER_OF", "current-ai", S), ("google", "MEMBER_OF", "current-ai", S)}),
    ("en", "Aleph Alpha raised $500 million. Its rival Mistral AI, which collected a €105 million seed round "
           "led by Lightspeed Venture Partners, is younger.",
     {("lightspeed-venture-partners", "FUNDS", "mistral-ai", S)}),
    # "the company" is not a word of "Kingdom Holding Company": the salient company is meant
    ("en", "Kingdom Holding Company backs many firms. xAI raised $6 billion in 2024. xAI is growing fast. "
           "The company had raised money from Valor Equity Partners before.",
     {("valor-equity-partners", "FUNDS", "xai", S)}),
    # a conditional rule ("are ... partners" with a program) does not hide a plain one
    ("en", "The NAIRR pilot opened in January 2024. Anthropic, IBM and AMD are also among the partners.",
     {("anthropic", "MEMBER_OF", "nairr", S), ("ibm", "MEMBER_OF", "nairr", S), ("amd", "MEMBER_OF", "nairr", S)}),
    # an apposition after a parenthesis
    ("en", "AI Leap (TI-Hüpe in Estonian), a national programme launched by the Estonian government, opened in "
           "2025. OpenAI joins AI Leap as a partner.",
     {("government-of-estonia", "FOUNDED", "ai-leap", S), ("openai", "MEMBER_OF", "ai-leap", S)}),
    # a noun that opens a trigger ("investissement") does not cut a list
    ("fr", "MGX, le fonds d'investissement d'Abou Dhabi, Bpifrance et Nvidia ont créé une coentreprise.",
     {("bpifrance", "PARTNERS_WITH", "mgx", S), ("bpifrance", "PARTNERS_WITH", "nvidia", S),
      ("mgx", "PARTNERS_WITH", "nvidia", S)}),
    # every "par" after a passive trigger names a funder
    ("fr", "Kyutai est un laboratoire. Il est financé par le groupe Iliad, que contrôle Xavier Niel, par "
           "l'armateur CMA CGM et par Eric Schmidt.",
     {("iliad", "FUNDS", "kyutai", S), ("cma-cgm", "FUNDS", "kyutai", S)}),
    # a bulleted item that glosses a funder does not change the funded party of the round
    ("en", "Aleph Alpha raised $500 million in 2023.\n\nThe round was led by two investors:\n\n"
           "- Bosch Ventures, the venture arm of Bosch;\n- the Schwarz Group, with money from the Dieter Schwarz "
           "Foundation.\n\nSAP also took part.",
     {("bosch-ventures", "FUNDS", "aleph-alpha", S), ("schwarz-group", "FUNDS", "aleph-alpha", S),
      ("dieter-schwarz-foundation", "FUNDS", "schwarz-group", S), ("sap", "FUNDS", "aleph-alpha", S)}),
    # co-investors: "with participation from", "avec la participation de", "the round drew"
    ("en", "Cohere raised $500 million in a round led by PSP Investments, with participation from Cisco and Fujitsu.",
     {("psp-investments", "FUNDS", "cohere", S), ("cisco", "FUNDS", "cohere", S), ("fujitsu", "FUNDS", "cohere", S)}),
    ("fr", "Poolside a bouclé une série B de 500 millions de dollars menée par Bain Capital Ventures, avec la "
           "participation de DST Global.",
     {("bain-capital-ventures", "FUNDS", "poolside", S), ("dst-global", "FUNDS", "poolside", S)}),
    ("en", "Hugging Face's $235 million Series D, led by Salesforce Ventures, drew Nvidia and IBM.",
     {("salesforce-ventures", "FUNDS", "hugging-face", S), ("nvidia", "FUNDS", "hugging-face", S),
      ("ibm", "FUNDS", "hugging-face", S)}),
    # a pronoun after a time phrase continues the subject; the start-up is the AI lab, not the retailer
    ("en", "Amazon will invest $4 billion in Anthropic. The start-up has been raising money fast. In May it "
           "closed a $450 million round led by Spark Capital.",
     {("amazon", "FUNDS", "anthropic", S), ("spark-capital", "FUNDS", "anthropic", S)}),
    # "as did", "pas plus que": the same role for more subjects; an apposed possessive is no subject
    ("en", "OpenAI raised $6.6 billion in October. Microsoft, OpenAI's largest shareholder, also invested, as did "
           "Nvidia and SoftBank.",
     {("microsoft", "FUNDS", "openai", S), ("nvidia", "FUNDS", "openai", S), ("softbank-group", "FUNDS", "openai", S)}),
    ("fr", "La Chine ne fait pas partie du GPAI, pas plus que la Russie.",
     {("government-of-china", "EXCLUDED_FROM", "gpai", S), ("government-of-russia", "EXCLUDED_FROM", "gpai", S)}),
    # the subject of "figurer parmi les investisseurs" funds the party at hand
    ("fr", "Mistral AI a levé 385 millions d'euros. Nvidia et Salesforce figuraient aussi parmi les investisseurs.",
     {("nvidia", "FUNDS", "mistral-ai", S), ("salesforce", "FUNDS", "mistral-ai", S)}),
    ("en", "The Frontier Model Forum runs a safety fund. Meta and Amazon, which both build models, are not members.",
     {("meta", "EXCLUDED_FROM", "frontier-model-forum", S), ("amazon", "EXCLUDED_FROM", "frontier-model-forum", S)}),
    ("en", "Britain and Canada will work together on AI safety.",
     {("government-of-canada", "PARTNERS_WITH", "uk-government", S)}),
    ("fr", "Mistral AI, dont Bpifrance est actionnaire depuis ses débuts, grandit vite.",
     {("bpifrance", "FUNDS", "mistral-ai", S)}),
    # a reference that is its clause's subject is no apposition; "Elle" continues that subject
    ("fr", "Mistral AI s'allie à Microsoft. Fondée en 2023 par d'anciens chercheurs de Google DeepMind et Meta, "
           "l'entreprise assure rester indépendante. Elle avait levé 385 millions d'euros lors d'un tour mené par "
           "Andreessen Horowitz.",
     {("microsoft", "PARTNERS_WITH", "mistral-ai", S), ("andreessen-horowitz", "FUNDS", "mistral-ai", S)}),
    # the article's topic outweighs the last name read; a name later in the sentence is another party
    ("fr", "Mistral AI présente un modèle. Mistral AI vise les entreprises. Mistral AI recrute. La Commission "
           "européenne examine les liens entre Microsoft et OpenAI. La start-up a levé 600 millions d'euros auprès "
           "de General Catalyst.",
     {("general-catalyst", "FUNDS", "mistral-ai", S)}),
    ("fr", "Mistral AI s'associe à Nvidia. Le groupe a investi dans Mistral AI en 2024.",
     {("mistral-ai", "PARTNERS_WITH", "nvidia", S), ("nvidia", "FUNDS", "mistral-ai", S)}),
    # a membership organization announces its members in a bulleted list, past a relative clause
    ("fr", "Singapour a lancé l'AI Verify Foundation. La fondation compte trois membres, qui siégeront à son "
           "conseil :\n\n- Google ;\n- IBM ;\n- Red Hat.",
     {("google", "MEMBER_OF", "ai-verify-foundation", S), ("ibm", "MEMBER_OF", "ai-verify-foundation", S),
      ("red-hat", "MEMBER_OF", "ai-verify-foundation", S)}),
    # a one-letter company name, known to the knowledge base
    ("fr", "La start-up H a levé 220 millions de dollars. Son tour de table réunissait Accel et UiPath.",
     {("accel", "FUNDS", "h-company", S), ("uipath", "FUNDS", "h-company", S)}),
    # an investment arm is its own organization; "les deux pays" are two governments
    ("en", "Cohere raised $500 million with participation from AMD Ventures and Export Development Canada.",
     {("amd-ventures", "FUNDS", "cohere", S), ("export-development-canada", "FUNDS", "cohere", S)}),
    ("fr", "Le GIEC sert de modèle. La France et le Canada ont créé le GPAI. Les deux pays travailleront ensemble.",
     {("government-of-france", "FOUNDED", "gpai", S), ("government-of-canada", "FOUNDED", "gpai", S),
      ("government-of-canada", "PARTNERS_WITH", "government-of-france", S)}),
    # an unknown name leading a round is an investor; a relative clause inside an apposition
    ("en", "Helsing has raised €600 million in a funding round led by Quarry Peak, a fund run by a Swedish founder.",
     {("quarry-peak", "FUNDS", "helsing", S)}),
    ("en", "Hugging Face, the platform that hosts open models, has formed a strategic partnership with Nvidia.",
     {("hugging-face", "PARTNERS_WITH", "nvidia", S)}),
    ("en", "In June, AWS launched the Generative AI Innovation Center.",
     {("aws", "FOUNDED", "generative-ai-innovation-center", S)}),
    # a refusal negates; a name after "selon" is a source; "parmi lesquelles" of a mere set is no membership
    ("fr", "Meta refuse de signer le code de bonnes pratiques de l'UE.",
     {("meta", "EXCLUDED_FROM", "general-purpose-ai-code-of-practice", S)}),
    ("en", "Meta declined to join the AI Alliance.", {("meta", "EXCLUDED_FROM", "ai-alliance", S)}),
    ("fr", "OpenAI a rejoint l'AI Alliance. Ceux qui y adhèrent gagnent en visibilité, selon Bruxelles.",
     {("openai", "MEMBER_OF", "ai-alliance", S)}),
    ("fr", "L'AI Alliance grandit. Des dirigeants d'entreprises européennes, parmi lesquelles Airbus et BNP Paribas, "
           "ont écrit à la Commission.",
     set()),
    # the program a membership list hangs on is the one just named, not the article's topic
    ("en", "The EU code of practice was published in July. Meta did not sign the EU code of practice. Meta co-founded the "
           "AI Alliance with IBM, a group whose members range from AMD to Yale University.",
     {("meta", "EXCLUDED_FROM", "general-purpose-ai-code-of-practice", S), ("meta", "FOUNDED", "ai-alliance", S),
      ("ibm", "FOUNDED", "ai-alliance", S), ("amd", "MEMBER_OF", "ai-alliance", S),
      ("yale-university", "MEMBER_OF", "ai-alliance", S)}),
    # a name modifying a noun is no subject; a country's possessive is no actor
    ("en", "Sakana AI, founded by former Google researchers, has raised $200 million in a round led by Lux Capital.",
     {("lux-capital", "FUNDS", "sakana-ai", S)}),
    ("en", "Sakana AI raised $200 million. Nvidia and Japan's largest banks took part.", {("nvidia", "FUNDS", "sakana-ai", S)}),
    # "since 2019" is a date, not a new clause
    ("en", "OpenAI is raising money. Microsoft, OpenAI's biggest backer with $13 billion committed since 2019, will "
           "take part.", {("microsoft", "FUNDS", "openai", S)}),
    # co-subjects beside the subject; promises and removals are no money and no withdrawal
    ("fr", "CMA CGM a financé Kyutai aux côtés d'Iliad.",
     {("cma-cgm", "FUNDS", "kyutai", S), ("iliad", "FUNDS", "kyutai", S)}),
    ("fr", "Le GPAI compte quinze membres. Microsoft a investi 1,5 milliard de dollars dans G42, qui s'est engagé en "
           "contrepartie à retirer de ses réseaux les équipements de Huawei.",
     {("microsoft", "FUNDS", "g42", S)}),
    # "in collaboration with X and Y" does not pair X and Y; a list far after "includes" is not its object
    ("en", "The AIRR includes Dawn, a smaller system at Cambridge, built in collaboration with Dell Technologies and Intel.",
     set()),
    # the agent an apposition describes is what its own participle governs
    ("fr", "Aleph Alpha a levé 500 millions de dollars. Le tour a été mené par Ipai, le campus d'Heilbronn financé par "
           "la fondation Dieter Schwarz.",
     {("ipai", "FUNDS", "aleph-alpha", S), ("dieter-schwarz-foundation", "FUNDS", "ipai", S)}),
    # pronouns "en" and "y" stand for the program at hand; a round announced with "auprès de" names its party
    ("fr", "Le GPAI a été lancé en 2020. La Chine n'en fait pas partie, pas plus que la Russie.",
     {("government-of-china", "EXCLUDED_FROM", "gpai", S), ("government-of-russia", "EXCLUDED_FROM", "gpai", S)}),
    ("fr", "Aleph Alpha a levé 500 millions de dollars auprès d'industriels allemands. SAP et Burda Principal "
           "Investments y ont également participé.",
     {("sap", "FUNDS", "aleph-alpha", S), ("burda-principal-investments", "FUNDS", "aleph-alpha", S)}),
    ("fr", "Hugging Face change de dimension. La plateforme a annoncé jeudi une levée de fonds de 235 millions de "
           "dollars. Le tour de table, mené par Salesforce, réunit notamment Nvidia et IBM.",
     {("salesforce", "FUNDS", "hugging-face", S), ("nvidia", "FUNDS", "hugging-face", S), ("ibm", "FUNDS", "hugging-face", S)}),
    # "ni ... ni ... ne": excluded, never funding
    ("fr", "Ni Apple ni Amazon ne figurent parmi les soutiens de Current AI.",
     {("apple", "EXCLUDED_FROM", "current-ai", S), ("amazon", "EXCLUDED_FROM", "current-ai", S)}),
    # partners of a program are its members
    ("fr", "Oracle et MGX deviennent partenaires de Stargate.",
     {("oracle", "MEMBER_OF", "stargate", S), ("mgx", "MEMBER_OF", "stargate", S)}),
    # joint ventures and joint announcements
    ("fr", "SoftBank et OpenAI ont créé une coentreprise au Japon.", {("openai", "PARTNERS_WITH", "softbank-group", S)}),
    ("en", "AMD and Humain unveiled a collaboration worth $10 billion.", {("amd", "PARTNERS_WITH", "humain", S)}),
    # co-founders named with "with"
    ("en", "Meta co-founded the AI Alliance with IBM in 2023.",
     {("meta", "FOUNDED", "ai-alliance", S), ("ibm", "FOUNDED", "ai-alliance", S)}),
    # a country in the possessive qualifies a name; an apposition is its name's slot
    ("en", "Humain, the AI company backed by Saudi Arabia's Public Investment Fund, signed new deals.",
     {("public-investment-fund", "FUNDS", "humain", S)}),
    # a descriptor before a name is not a second party
    ("fr", "Xavier Niel compte parmi les premiers actionnaires de la start-up Mistral AI.", set()),
    # a company named by its seat, known from the knowledge base's seat descriptors, after the text named it
    ("en", "Nvidia sells most AI chips. Mistral AI is hiring in Paris. The Santa Clara group invested in the start-up "
           "in 2024.", {("nvidia", "FUNDS", "mistral-ai", S)}),
    ("fr", "Nvidia domine le marché des puces. Mistral AI recrute. Le groupe de Santa Clara a investi dans Mistral AI "
           "en 2024.", {("nvidia", "FUNDS", "mistral-ai", S)}),
    ("en", "Zorblax, a Seattle company, sells robots. Amazon sells books. The Seattle company invested in Anthropic.",
     {("amazon", "FUNDS", "anthropic", S)}),
    ("fr", "Apple vend des téléphones. La firme de Cupertino et OpenAI ont signé un partenariat.",
     {("apple", "SIGNS_MOU_WITH", "openai", S)}),
    # near misses: the company was never named; an indefinite seat is another company; no company's seat
    ("fr", "Mistral AI recrute. Le groupe de Santa Clara a investi dans Mistral AI en 2024.", set()),
    ("en", "Amazon sells books. Anthropic is growing. A Seattle company invested $5 million in Anthropic.", set()),
    ("en", "Mistral AI is hiring. The Toulouse group invested in Mistral AI in 2024.", set()),
    ("fr", "Mistral AI recrute. Le groupe de Lyon a investi dans Mistral AI en 2024.", set()),
    # references across sentences: the parties named together just before, a subject start-up or company when it
    # is the only one of its kind, a cleft on a pronoun, a program's partners, the project; each kind with its
    # near miss (two candidates, no antecedent near, two countries for companies)
    ("en", "Nvidia and Mistral AI have built a new model together. The pair signed a partnership in Paris.",
     {("mistral-ai", "SIGNS_MOU_WITH", "nvidia", S)}),
    ("en", "Oracle and Cohere met in Toronto last week. The two companies announced a partnership on Monday.",
     {("cohere", "PARTNERS_WITH", "oracle", S)}),
    ("fr", "Capgemini et Mistral AI travaillent sur des agents. Les deux groupes ont signé un partenariat.",
     {("capgemini", "SIGNS_MOU_WITH", "mistral-ai", S)}),
    ("fr", "Orange, Capgemini et Mistral AI se sont réunis à Paris. Les trois partenaires ont signé un accord.",
     {("capgemini", "SIGNS_MOU_WITH", "mistral-ai", S), ("capgemini", "SIGNS_MOU_WITH", "orange", S), ("mistral-ai", "SIGNS_MOU_WITH", "orange", S)}),
    ("en", "Anthropic and Google share cloud ambitions. Both companies signed a cloud partnership in 2023.",
     {("anthropic", "SIGNS_MOU_WITH", "google", S)}),
    ("en", "Oracle and Cohere met in Toronto last week. The two countries signed a partnership on Monday.",
     set()),
    ("en", "Oracle, Cohere and SAP met in Toronto last week. The two companies announced a partnership on "
           "Monday.",
     set()),
    ("en", "Oracle and Cohere met in Toronto. The weather was mild. Dinner was long. Talks went on. Nobody "
           "slept. The city was calm. The two companies announced a partnership.",
     set()),
    ("en", "Microsoft sells cloud. OpenAI keeps growing. The Redmond giant invested $10 billion in OpenAI.",
     {("microsoft", "FUNDS", "openai", S)}),
    ("fr", "Anthropic grandit vite. Le géant de Mountain View a investi 2 milliards de dollars dans Anthropic.",
     {("google", "FUNDS", "anthropic", S)}),
    ("en", "Amazon and Anthropic work together. Anthropic keeps raising money. The Seattle company invested $4 "
           "billion in Anthropic.",
     {("amazon", "FUNDS", "anthropic", S), ("amazon", "PARTNERS_WITH", "anthropic", S)}),
    ("en", "Cohere builds language models for businesses. The company has raised $500 million from PSP "
           "Investments.",
     {("psp-investments", "FUNDS", "cohere", S)}),
    ("fr", "Mistral AI développe des modèles ouverts. La société a levé 600 millions d'euros auprès de General "
           "Catalyst.",
     {("general-catalyst", "FUNDS", "mistral-ai", S)}),
    ("fr", "H Company conçoit des agents. La jeune pousse a levé 220 millions de dollars auprès d'Accel.",
     {("accel", "FUNDS", "h-company", S)}),
    ("en", "Poolside builds models for coding. The start-up raised $500 million in a round led by Bain Capital "
           "Ventures.",
     {("bain-capital-ventures", "FUNDS", "poolside", S)}),
    ("en", "Poolside and Mistral AI both write code with AI. The start-up raised $500 million from Bain Capital "
           "Ventures.",
     set()),
    ("en", "Stargate was announced in January. Its partners include Oracle and MGX.",
     {("mgx", "MEMBER_OF", "stargate", S), ("oracle", "MEMBER_OF", "stargate", S)}),
    ("fr", "Le projet Stargate a été annoncé en janvier. Ses partenaires sont Oracle et MGX.",
     {("mgx", "MEMBER_OF", "stargate", S), ("oracle", "MEMBER_OF", "stargate", S)}),
    ("fr", "Mistral AI a levé 600 millions d'euros. C'est General Catalyst qui a mené le tour.",
     {("general-catalyst", "FUNDS", "mistral-ai", S)}),
    ("en", "Anthropic raised a new round. It is Amazon that invested the most, with $4 billion.",
     {("amazon", "FUNDS", "anthropic", S)}),
    ("fr", "Nvidia est un géant des puces. C'est elle qui a investi dans Mistral AI en 2024.",
     {("nvidia", "FUNDS", "mistral-ai", S)}),
    ("en", "OpenAI, SoftBank and Oracle launched Stargate in January. Microsoft later joined the project.",
     {("microsoft", "MEMBER_OF", "stargate", S), ("openai", "FOUNDED", "stargate", S), ("oracle", "FOUNDED", "stargate", S), ("softbank-group", "FOUNDED", "stargate", S)}),
    ("fr", "IBM et Meta ont fondé l'AI Alliance en 2023. Dell a rejoint l'initiative en 2024.",
     {("dell-technologies", "MEMBER_OF", "ai-alliance", S), ("ibm", "FOUNDED", "ai-alliance", S), ("meta", "FOUNDED", "ai-alliance", S)}),
    ("en", "The NAIRR pilot opened in 2024. Nvidia has joined the initiative.",
     {("nvidia", "MEMBER_OF", "nairr", S)}),
    ("en", "Stargate and the AI Alliance grew in 2024. Microsoft later joined the project.",
     set()),
    ("en", "Cohere and Aleph Alpha sell models to businesses. The company raised $500 million from PSP "
           "Investments.",
     set()),
    ("fr", "Mistral AI et H Company recrutent. La start-up a levé 100 millions d'euros auprès d'Accel.",
     set()),
    ("fr", "L'AI Alliance a été lancée en 2023. Ses partenaires incluent IBM et Meta.",
     {("ibm", "MEMBER_OF", "ai-alliance", S), ("meta", "MEMBER_OF", "ai-alliance", S)}),
    ("en", "The AI Alliance was launched in 2023. Its partners include Intel and Dell.",
     {("dell-technologies", "MEMBER_OF", "ai-alliance", S), ("intel", "MEMBER_OF", "ai-alliance", S)}),
    ("fr", "Jensen Huang dirige Nvidia depuis 1993. C'est lui qui a signé l'accord.",
     set()),
    ("fr", "Google et Anthropic travaillent ensemble depuis 2023. Le duo a signé un nouvel accord.",
     {("anthropic", "SIGNS_MOU_WITH", "google", S)}),
    ("en", "Mistral AI and Nvidia met in Paris. The two countries signed an agreement.",
     set()),
    ("fr", "Le projet Stargate a été lancé en janvier. Oracle a rejoint le projet.",
     {("oracle", "MEMBER_OF", "stargate", S)}),
    ("fr", "Le projet Stargate et l'AI Alliance ont grandi en 2024. Oracle a rejoint le projet.",
     {("oracle", "MEMBER_OF", "stargate", S)}),
    ("en", "Microsoft sells cloud services. The Redmond company invested in Mistral AI.",
     {("microsoft", "FUNDS", "mistral-ai", S)}),
    ("fr", "Meta publie Llama. Le groupe de Menlo Park a rejoint l'AI Alliance.",
     {("meta", "MEMBER_OF", "ai-alliance", S)}),
    # a city in a list is a place
    ("fr", "MGX, le fonds d'Abou Dhabi, Bpifrance et Nvidia ont annoncé une coentreprise.",
     {("bpifrance", "PARTNERS_WITH", "mgx", S), ("bpifrance", "PARTNERS_WITH", "nvidia", S),
      ("mgx", "PARTNERS_WITH", "nvidia", S)}),
]


@pytest.fixture(scope="module")
def results() -> dict[int, set[tuple[str, str, str, str]]]:
    return edges_by_case(CASES)


@pytest.mark.parametrize("i", range(len(CASES)), ids=case_ids(CASES))
def test_discourse_edges(results, i):
    assert results[i] == CASES[i][2]


def test_unknown_names_take_their_labels():
    extracted = extract_cases({
        "apposed": ("en", "Kestrel Compute, a start-up from Lyon, joined the AI Alliance."),
        "listed": ("en", "Members of the AI Alliance include IBM, Zorblax, Meta and Quillnet."),
        "city": ("fr", "MGX, le fonds d'Abou Dhabi, Bpifrance et Nvidia ont annoncé une coentreprise."),
    })
    labels = {e.id: e.label for ex in extracted.values() for e in ex.entities}
    assert labels["kestrel-compute"] == "Company"
    assert labels["zorblax"] == "Company" and labels["quillnet"] == "Company"
    assert not any("dhabi" in eid for eid in labels)
