"""What the extractor handles, sentence by sentence: exact edges for each relation type,
in French and English, positive, negated, hedged, lists and passives.

Every sentence here is written for these tests. Edges are (source, TYPE, target, status);
symmetric edges are written with the smaller id first.
"""

from __future__ import annotations

import pytest
from sentences import case_ids, edges_by_case

S, P = "stated", "potential"

CASES: list[tuple[str, str, set[tuple[str, str, str, str]]]] = [
    # ------------------------------------------------------------------ MEMBER_OF, French
    ("fr", "Hugging Face a rejoint l'AI Alliance en 2024.", {("hugging-face", "MEMBER_OF", "ai-alliance", S)}),
    ("fr", "Nvidia, AMD et Intel ont rejoint l'AI Alliance.",
     {("nvidia", "MEMBER_OF", "ai-alliance", S), ("amd", "MEMBER_OF", "ai-alliance", S), ("intel", "MEMBER_OF", "ai-alliance", S)}),
    ("fr", "Sony fait partie de l'AI Alliance depuis sa création.", {("sony", "MEMBER_OF", "ai-alliance", S)}),
    ("fr", "Parmi les membres de l'AI Alliance figurent Dell, Sony et l'Université Cornell.",
     {("dell-technologies", "MEMBER_OF", "ai-alliance", S), ("sony", "MEMBER_OF", "ai-alliance", S), ("cornell-university", "MEMBER_OF", "ai-alliance", S)}),
    ("fr", "Mistral AI pourrait rejoindre le Frontier Model Forum.", {("mistral-ai", "MEMBER_OF", "frontier-model-forum", P)}),
    ("fr", "L'Université de Yale est membre fondateur de l'AI Alliance.", {("yale-university", "MEMBER_OF", "ai-alliance", S)}),
    ("fr", "Le Frontier Model Forum compte parmi ses membres Amazon et Meta.",
     {("amazon", "MEMBER_OF", "frontier-model-forum", S), ("meta", "MEMBER_OF", "frontier-model-forum", S)}),
    ("fr", "Amazon et Meta ont intégré le Frontier Model Forum l'an dernier.",
     {("amazon", "MEMBER_OF", "frontier-model-forum", S), ("meta", "MEMBER_OF", "frontier-model-forum", S)}),
    ("fr", "Sciences Po participe au consortium NextGenAI.", {("sciences-po", "MEMBER_OF", "nextgenai", S)}),
    ("fr", "L'AI Alliance regroupe IBM, Meta et la NASA.",
     {("ibm", "MEMBER_OF", "ai-alliance", S), ("meta", "MEMBER_OF", "ai-alliance", S), ("nasa", "MEMBER_OF", "ai-alliance", S)}),
    # ------------------------------------------------------------------ MEMBER_OF, English
    ("en", "Meta and Amazon joined the Frontier Model Forum in 2024.",
     {("meta", "MEMBER_OF", "frontier-model-forum", S), ("amazon", "MEMBER_OF", "frontier-model-forum", S)}),
    ("en", "Hugging Face is a member of the AI Alliance.", {("hugging-face", "MEMBER_OF", "ai-alliance", S)}),
    ("en", "Members of the AI Alliance include Sony, Dell and Cornell University.",
     {("sony", "MEMBER_OF", "ai-alliance", S), ("dell-technologies", "MEMBER_OF", "ai-alliance", S), ("cornell-university", "MEMBER_OF", "ai-alliance", S)}),
    ("en", "The AI Alliance started work in 2023. Its members include IBM, Intel and NASA.",
     {("ibm", "MEMBER_OF", "ai-alliance", S), ("intel", "MEMBER_OF", "ai-alliance", S), ("nasa", "MEMBER_OF", "ai-alliance", S)}),
    ("en", "Anthropic could join the AI Alliance next year.", {("anthropic", "MEMBER_OF", "ai-alliance", P)}),
    ("en", "The University of Tokyo has become a founding member of the AI Alliance.",
     {("university-of-tokyo", "MEMBER_OF", "ai-alliance", S)}),
    ("en", "Cornell University and Yale University are part of the AI Alliance.",
     {("cornell-university", "MEMBER_OF", "ai-alliance", S), ("yale-university", "MEMBER_OF", "ai-alliance", S)}),
    ("en", "The Frontier Model Forum welcomed Amazon and Meta as new members.",
     {("amazon", "MEMBER_OF", "frontier-model-forum", S), ("meta", "MEMBER_OF", "frontier-model-forum", S)}),
    ("en", "Baidu joined the Partnership on AI in 2018.", {("baidu", "MEMBER_OF", "partnership-on-ai", S)}),
    ("en", "Sony and Dell are among the members of the AI Alliance.",
     {("sony", "MEMBER_OF", "ai-alliance", S), ("dell-technologies", "MEMBER_OF", "ai-alliance", S)}),
    # ------------------------------------------------------------------ FUNDS, French
    ("fr", "Microsoft a investi 15 millions d'euros dans Mistral AI.", {("microsoft", "FUNDS", "mistral-ai", S)}),
    ("fr", "Mistral AI a levé 600 millions d'euros auprès de General Catalyst et de Lightspeed.",
     {("general-catalyst", "FUNDS", "mistral-ai", S), ("lightspeed-venture-partners", "FUNDS", "mistral-ai", S)}),
    ("fr", "Anthropic est soutenu financièrement par Amazon et Google.",
     {("amazon", "FUNDS", "anthropic", S), ("google", "FUNDS", "anthropic", S)}),
    ("fr", "Google a injecté deux milliards de dollars dans Anthropic.", {("google", "FUNDS", "anthropic", S)}),
    ("fr", "Amazon pourrait investir quatre milliards de dollars supplémentaires dans Anthropic.",
     {("amazon", "FUNDS", "anthropic", P)}),
    ("fr", "Nvidia n'a pas investi dans Mistral AI.", set()),
    ("fr", "ASML est entré au capital de Mistral AI.", {("asml", "FUNDS", "mistral-ai", S)}),
    ("fr", "Parmi les financeurs de Current AI figurent Google et Salesforce.",
     {("google", "FUNDS", "current-ai", S), ("salesforce", "FUNDS", "current-ai", S)}),
    ("fr", "SoftBank a pris une participation dans OpenAI.", {("softbank-group", "FUNDS", "openai", S)}),
    ("fr", "Bpifrance finance Mistral AI depuis ses débuts.", {("bpifrance", "FUNDS", "mistral-ai", S)}),
    # ------------------------------------------------------------------ FUNDS, English
    ("en", "Amazon invested $4 billion in Anthropic.", {("amazon", "FUNDS", "anthropic", S)}),
    ("en", "Anthropic is backed by Amazon and Google.", {("amazon", "FUNDS", "anthropic", S), ("google", "FUNDS", "anthropic", S)}),
    ("en", "Mistral AI raised €600 million from General Catalyst and Lightspeed Venture Partners.",
     {("general-catalyst", "FUNDS", "mistral-ai", S), ("lightspeed-venture-partners", "FUNDS", "mistral-ai", S)}),
    ("en", "Microsoft has poured $13 billion into OpenAI.", {("microsoft", "FUNDS", "openai", S)}),
    ("en", "Google could invest a further $2 billion in Anthropic.", {("google", "FUNDS", "anthropic", P)}),
    ("en", "Nvidia did not invest in Cohere.", set()),
    ("en", "SoftBank led a funding round in OpenAI.", {("softbank-group", "FUNDS", "openai", S)}),
    ("en", "Cohere's investors include Nvidia and Oracle.", {("nvidia", "FUNDS", "cohere", S), ("oracle", "FUNDS", "cohere", S)}),
    ("en", "Amazon's $4 billion investment in Anthropic was cleared by regulators.", {("amazon", "FUNDS", "anthropic", S)}),
    ("en", "Microsoft funds OpenAI through Azure credits.", {("microsoft", "FUNDS", "openai", S)}),
    # ------------------------------------------------------------------ SIGNS_MOU_WITH, French
    ("fr", "Le 10 mars 2025, Cohere et le gouvernement du Canada ont signé un protocole d'accord.",
     {("cohere", "SIGNS_MOU_WITH", "government-of-canada", S)}),
    ("fr", "Anthropic a signé un protocole d'accord avec le gouvernement britannique.",
     {("anthropic", "SIGNS_MOU_WITH", "uk-government", S)}),
    ("fr", "OpenAI et l'Université Keio ont signé un accord de coopération.",
     {("keio-university", "SIGNS_MOU_WITH", "openai", S)}),
    ("fr", "Mistral AI a conclu un accord-cadre avec le ministère des Armées.",
     {("french-ministry-of-the-armed-forces", "SIGNS_MOU_WITH", "mistral-ai", S)}),
    ("fr", "Une lettre d'intention a été signée entre Hugging Face et le gouvernement français.",
     {("government-of-france", "SIGNS_MOU_WITH", "hugging-face", S)}),
    ("fr", "Le gouvernement japonais n'a pas signé d'accord avec OpenAI.", set()),
    ("fr", "Nvidia et le gouvernement indien pourraient signer un protocole d'accord.",
     {("government-of-india", "SIGNS_MOU_WITH", "nvidia", P)}),
    ("fr", "L'AFP a signé un accord avec Mistral AI pour lui fournir ses dépêches.", {("agence-france-presse", "SIGNS_MOU_WITH", "mistral-ai", S)}),
    ("fr", "Google et le gouvernement français ont signé une convention sur la formation.",
     {("google", "SIGNS_MOU_WITH", "government-of-france", S)}),
    ("fr", "Samsung a signé un mémorandum d'entente avec OpenAI.", {("openai", "SIGNS_MOU_WITH", "samsung-electronics", S)}),
    # ------------------------------------------------------------------ SIGNS_MOU_WITH, English
    ("en", "Anthropic signed a memorandum of understanding with the UK government.",
     {("anthropic", "SIGNS_MOU_WITH", "uk-government", S)}),
    ("en", "Cohere and the Government of Canada signed an MOU in December 2024.",
     {("cohere", "SIGNS_MOU_WITH", "government-of-canada", S)}),
    ("en", "OpenAI has inked an agreement with the Government of Japan.",
     {("government-of-japan", "SIGNS_MOU_WITH", "openai", S)}),
    ("en", "The Department for Science, Innovation and Technology and Anthropic signed an MOU.",
     {("anthropic", "SIGNS_MOU_WITH", "department-for-science-innovation-and-technology", S)}),
    ("en", "Microsoft could sign an agreement with the Government of India next month.",
     {("government-of-india", "SIGNS_MOU_WITH", "microsoft", P)}),
    ("en", "Meta did not sign an agreement with the European Commission.", set()),
    ("en", "Samsung signed a letter of intent with OpenAI.", {("openai", "SIGNS_MOU_WITH", "samsung-electronics", S)}),
    ("en", "An MOU between Cohere and the Government of Canada was announced on Monday.",
     {("cohere", "SIGNS_MOU_WITH", "government-of-canada", S)}),
    ("en", "Keio University signs a memorandum of understanding with OpenAI.", {("keio-university", "SIGNS_MOU_WITH", "openai", S)}),
    ("en", "Google and the Government of France signed a deal on AI training.",
     {("google", "SIGNS_MOU_WITH", "government-of-france", S)}),
    # ------------------------------------------------------------------ PARTNERS_WITH, French
    ("fr", "Le gouvernement britannique s'associe à Anthropic pour moderniser ses services publics.",
     {("anthropic", "PARTNERS_WITH", "uk-government", S)}),
    ("fr", "Mistral AI a noué un partenariat avec Nvidia.", {("mistral-ai", "PARTNERS_WITH", "nvidia", S)}),
    ("fr", "Capgemini collabore avec OpenAI sur les langues africaines.", {("capgemini", "PARTNERS_WITH", "openai", S)}),
    ("fr", "Un partenariat entre Microsoft et Mistral AI a été annoncé.", {("microsoft", "PARTNERS_WITH", "mistral-ai", S)}),
    ("fr", "Amazon est un partenaire historique d'Anthropic.", {("amazon", "PARTNERS_WITH", "anthropic", S)}),
    ("fr", "Capgemini et Mistral AI unissent leurs forces.", {("capgemini", "PARTNERS_WITH", "mistral-ai", S)}),
    ("fr", "Samsung pourrait s'associer à OpenAI.", {("openai", "PARTNERS_WITH", "samsung-electronics", P)}),
    ("fr", "Apple ne collabore pas avec OpenAI.", set()),
    ("fr", "Inria coopère avec Hugging Face sur les modèles ouverts.", {("hugging-face", "PARTNERS_WITH", "inria", S)}),
    ("fr", "Microsoft, allié à OpenAI, domine le marché.", {("microsoft", "PARTNERS_WITH", "openai", S)}),
    # ------------------------------------------------------------------ PARTNERS_WITH, English
    ("en", "Mistral AI partnered with Nvidia to build a new model.", {("mistral-ai", "PARTNERS_WITH", "nvidia", S)}),
    ("en", "IBM teamed up with NASA on a climate model.", {("ibm", "PARTNERS_WITH", "nasa", S)}),
    ("en", "Microsoft announced a partnership with Mistral AI.", {("microsoft", "PARTNERS_WITH", "mistral-ai", S)}),
    ("en", "A collaboration between Google and Samsung was unveiled.", {("google", "PARTNERS_WITH", "samsung-electronics", S)}),
    ("en", "Capgemini is collaborating with Mistral AI.", {("capgemini", "PARTNERS_WITH", "mistral-ai", S)}),
    ("en", "Apple is not partnering with OpenAI.", set()),
    ("en", "Samsung may partner with Anthropic.", {("anthropic", "PARTNERS_WITH", "samsung-electronics", P)}),
    ("en", "Salesforce joined forces with Google.", {("google", "PARTNERS_WITH", "salesforce", S)}),
    ("en", "Sanofi cooperates with OpenAI on drug discovery.", {("openai", "PARTNERS_WITH", "sanofi", S)}),
    ("en", "The University of Oxford partners with OpenAI on research.", {("openai", "PARTNERS_WITH", "university-of-oxford", S)}),
    # ------------------------------------------------------------------ FOUNDED, French
    ("fr", "IBM et Meta ont lancé l'AI Alliance en décembre 2023.",
     {("ibm", "FOUNDED", "ai-alliance", S), ("meta", "FOUNDED", "ai-alliance", S)}),
    ("fr", "OpenAI a créé le consortium NextGenAI.", {("openai", "FOUNDED", "nextgenai", S)}),
    ("fr", "L'AI Alliance a été lancée par IBM et Meta.", {("ibm", "FOUNDED", "ai-alliance", S), ("meta", "FOUNDED", "ai-alliance", S)}),
    ("fr", "Anthropic, Google, Microsoft et OpenAI ont fondé le Frontier Model Forum.",
     {("anthropic", "FOUNDED", "frontier-model-forum", S), ("google", "FOUNDED", "frontier-model-forum", S),
      ("microsoft", "FOUNDED", "frontier-model-forum", S), ("openai", "FOUNDED", "frontier-model-forum", S)}),
    ("fr", "Stargate est une initiative lancée par OpenAI et SoftBank.",
     {("openai", "FOUNDED", "stargate", S), ("softbank-group", "FOUNDED", "stargate", S)}),
    ("fr", "La Commission européenne pourrait créer le programme InvestAI.", {("european-commission", "FOUNDED", "investai", P)}),
    ("fr", "Meta n'a pas fondé le Frontier Model Forum.", set()),
    ("fr", "La création de l'AI Alliance par IBM et Meta a surpris.", {("ibm", "FOUNDED", "ai-alliance", S), ("meta", "FOUNDED", "ai-alliance", S)}),
    ("fr", "OpenAI lance OpenAI for Countries.", {("openai", "FOUNDED", "openai-for-countries", S)}),
    ("fr", "Le gouvernement français a lancé le programme France 2030.", {("government-of-france", "FOUNDED", "france-2030", S)}),
    # ------------------------------------------------------------------ FOUNDED, English
    ("en", "IBM and Meta launched the AI Alliance in December 2023.",
     {("ibm", "FOUNDED", "ai-alliance", S), ("meta", "FOUNDED", "ai-alliance", S)}),
    ("en", "The Frontier Model Forum was founded by Anthropic, Google, Microsoft and OpenAI.",
     {("anthropic", "FOUNDED", "frontier-model-forum", S), ("google", "FOUNDED", "frontier-model-forum", S),
      ("microsoft", "FOUNDED", "frontier-model-forum", S), ("openai", "FOUNDED", "frontier-model-forum", S)}),
    ("en", "OpenAI created the NextGenAI consortium.", {("openai", "FOUNDED", "nextgenai", S)}),
    ("en", "The European Commission set up the InvestAI initiative.", {("european-commission", "FOUNDED", "investai", S)}),
    ("en", "OpenAI, SoftBank and Oracle announced the creation of Stargate.",
     {("openai", "FOUNDED", "stargate", S), ("softbank-group", "FOUNDED", "stargate", S), ("oracle", "FOUNDED", "stargate", S)}),
    ("en", "The Government of India could launch the IndiaAI Mission next year.",
     {("government-of-india", "FOUNDED", "indiaai-mission", P)}),
    ("en", "Apple did not found the AI Alliance.", set()),
    ("en", "Stargate, a venture launched by OpenAI and SoftBank, will build data centres.",
     {("openai", "FOUNDED", "stargate", S), ("softbank-group", "FOUNDED", "stargate", S)}),
    ("en", "Current AI was set up by France and Germany.",
     {("government-of-france", "FOUNDED", "current-ai", S), ("government-of-germany", "FOUNDED", "current-ai", S)}),
    ("en", "Google and Microsoft established the Frontier Model Forum.",
     {("google", "FOUNDED", "frontier-model-forum", S), ("microsoft", "FOUNDED", "frontier-model-forum", S)}),
    # ------------------------------------------------------------------ EXCLUDED_FROM, French
    ("fr", "Apple ne fait pas partie de l'AI Alliance.", {("apple", "EXCLUDED_FROM", "ai-alliance", S)}),
    ("fr", "Baidu a quitté le Partnership on AI en 2020.", {("baidu", "EXCLUDED_FROM", "partnership-on-ai", S)}),
    ("fr", "OpenAI n'est pas membre de l'AI Alliance.", {("openai", "EXCLUDED_FROM", "ai-alliance", S)}),
    ("fr", "Baidu s'est retiré du Partnership on AI.", {("baidu", "EXCLUDED_FROM", "partnership-on-ai", S)}),
    ("fr", "OpenAI est absent de l'AI Alliance.", {("openai", "EXCLUDED_FROM", "ai-alliance", S)}),
    ("fr", "Le départ de Baidu du Partnership on AI a été confirmé.", {("baidu", "EXCLUDED_FROM", "partnership-on-ai", S)}),
    ("fr", "Microsoft n'a pas rejoint l'AI Alliance.", {("microsoft", "EXCLUDED_FROM", "ai-alliance", S)}),
    ("fr", "Meta pourrait quitter le Frontier Model Forum.", {("meta", "EXCLUDED_FROM", "frontier-model-forum", P)}),
    ("fr", "Amazon ne figure pas parmi les membres de l'AI Alliance.", {("amazon", "EXCLUDED_FROM", "ai-alliance", S)}),
    ("fr", "OpenAI ne fait pas partie des membres fondateurs de l'AI Alliance.", {("openai", "EXCLUDED_FROM", "ai-alliance", S)}),
    # ------------------------------------------------------------------ EXCLUDED_FROM, English
    ("en", "Baidu withdrew from the Partnership on AI.", {("baidu", "EXCLUDED_FROM", "partnership-on-ai", S)}),
    ("en", "Baidu left the Partnership on AI in 2020.", {("baidu", "EXCLUDED_FROM", "partnership-on-ai", S)}),
    ("en", "OpenAI is not a member of the AI Alliance.", {("openai", "EXCLUDED_FROM", "ai-alliance", S)}),
    ("en", "Apple did not join the AI Alliance.", {("apple", "EXCLUDED_FROM", "ai-alliance", S)}),
    ("en", "Baidu's exit from the Partnership on AI surprised observers.", {("baidu", "EXCLUDED_FROM", "partnership-on-ai", S)}),
    ("en", "Microsoft is absent from the AI Alliance.", {("microsoft", "EXCLUDED_FROM", "ai-alliance", S)}),
    ("en", "Meta could leave the Frontier Model Forum.", {("meta", "EXCLUDED_FROM", "frontier-model-forum", P)}),
    ("en", "OpenAI is not among the founding members of the AI Alliance.", {("openai", "EXCLUDED_FROM", "ai-alliance", S)}),
    ("en", "Baidu pulled out of the Partnership on AI.", {("baidu", "EXCLUDED_FROM", "partnership-on-ai", S)}),
    ("en", "Amazon was excluded from the AI Alliance.", {("amazon", "EXCLUDED_FROM", "ai-alliance", S)}),
    # ------------------------------------------------------------------ no edge at all
    ("fr", "Selon Reuters, OpenAI prépare un nouveau modèle.", set()),
    ("en", "ChatGPT is widely used in France, Bloomberg reported.", set()),
    ("fr", "Le PDG d'OpenAI s'est rendu à Paris pour le Sommet pour l'action sur l'IA.", set()),
    ("en", "The AI Act applies to Meta and Google in the European Union.", set()),
]


@pytest.fixture(scope="module")
def results() -> dict[int, set[tuple[str, str, str, str]]]:
    return edges_by_case(CASES)


@pytest.mark.parametrize("i", range(len(CASES)), ids=case_ids(CASES))
def test_sentence_edges(results, i):
    assert results[i] == CASES[i][2]


def test_every_type_has_ten_sentences_per_language():
    from collections import Counter

    counts: Counter = Counter()
    for lang, _, edges in CASES:
        for rel_type in {e[1] for e in edges}:
            counts[(lang, rel_type)] += 1
    for rel_type in ("MEMBER_OF", "FUNDS", "SIGNS_MOU_WITH", "PARTNERS_WITH", "FOUNDED", "EXCLUDED_FROM"):
        for lang in ("fr", "en"):
            assert counts[(lang, rel_type)] >= 8, (lang, rel_type)
