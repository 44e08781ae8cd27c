"""Entity resolution through the real pipeline: canonical ids for French and English names,
legal suffixes and tickers, acronyms, countries as actors, short references, people.

Every sentence is written for these tests; they run through
loaders.pipeline.extract_documents with the real spaCy pipeline and the shipped KB.
"""

from __future__ import annotations

import pytest

from aipg.graph.ids import norm
from aipg.graph.model import Document, Extraction
from sentences import document as make_document
from sentences import extract_cases, relations

CASES: dict[str, tuple[str, str]] = {
    # KB names, French and English forms
    "uk-fr": ("fr", "Le gouvernement britannique a signé un protocole d'accord avec Anthropic."),
    "uk-en": ("en", "The UK government signed a memorandum of understanding with Anthropic."),
    "meta-long": ("en", "Meta Platforms Inc. joined the AI Alliance. Meta will share its open models with members."),
    # legal suffixes and tickers (invented names the KB cannot know)
    "ticker": ("en", "Foo Robotics Corp. (NASDAQ: FOOR) announced a partnership with Nvidia. "
                     "Foo Robotics said the deal would speed up its work. Later, FOOR joined the AI Alliance."),
    "suffix-fr": ("fr", "La société Zorblax Analytics SAS s'associe à Mistral AI. "
                        "Zorblax Analytics rejoint aussi l'AI Alliance."),
    # acronyms introduced in parentheses
    "acronym-en": ("en", "The Quantum Widgets Research Institute (QWRI) partnered with IBM. "
                         "QWRI will also join the AI Alliance."),
    "acronym-fr": ("fr", "L'Institut lorrain de robotique avancée (ILRA) s'associe à Mistral AI. "
                         "L'ILRA rejoindra aussi l'AI Alliance."),
    # a KB acronym inside another organization's name is not that KB entry
    "cma-fr": ("fr", "CMA CGM a signé un accord avec Mistral AI. Les équipes de Mistral AI travailleront aussi "
                     "avec CMA Média, la filiale médias de l'armateur."),
    # countries as actors mean their government
    "countries-fr": ("fr", "La France et l'Inde lancent un partenariat sur l'intelligence artificielle."),
    "countries-mou-fr": ("fr", "La France et l'Inde ont signé un protocole d'accord sur l'intelligence artificielle."),
    "country-en": ("en", "The United Kingdom signed a memorandum of understanding with OpenAI."),
    "country-joins-fr": ("fr", "Le Royaume-Uni rejoint l'AI Alliance."),
    # short references
    "alliance-fr": ("fr", "IBM et Meta ont lancé l'AI Alliance. Selon le communiqué, AMD a rejoint l'Alliance."),
    "alliance-en": ("en", "IBM and Meta launched the AI Alliance in 2023. Keio University later joined the alliance."),
    "startup-fr": ("fr", "Mistral AI a signé un accord avec le ministère des Armées. La start-up rejoint aussi l'AI Alliance."),
    "company-en": ("en", "Cohere signed an agreement with the Government of Canada. "
                         "The company will also join the AI Alliance."),
    "ecole-fr": ("fr", "OpenAI a annoncé un partenariat avec Sciences Po. L'école rejoint aussi le consortium NextGenAI."),
    # people next to a title
    "person-fr": ("fr", "Sam Altman, le PDG d'OpenAI, a annoncé un partenariat avec Microsoft."),
    "person-fr-2": ("fr", "Le PDG d'OpenAI, Sam Altman, a rencontré Arthur Mensch, cofondateur de Mistral AI."),
    "person-en-title-before": ("en", "Microsoft CEO Satya Nadella announced a partnership with OpenAI."),
    "person-en-title-after": ("en", "Sam Altman, chief executive of OpenAI, said the company would partner with Microsoft."),
}


def document(key: str) -> Document:
    return make_document(key, *CASES[key])


@pytest.fixture(scope="module")
def extracted() -> dict[str, Extraction]:
    """Every case extracted in one batch (one spaCy pass)."""
    return extract_cases(CASES)


def entities(ex: Extraction) -> dict:
    return {e.id: e for e in ex.entities}



def has_alias(entity, form: str) -> bool:
    return norm(form) in {norm(a) for a in (entity.name, *entity.aliases)}


# --------------------------------------------------------------------------- KB names
def test_french_and_english_names_of_the_uk_government_are_one_id(extracted):
    fr, en = entities(extracted["uk-fr"]), entities(extracted["uk-en"])
    assert set(fr) == set(en) == {"uk-government", "anthropic"}
    assert fr["uk-government"].label == en["uk-government"].label == "Government"
    assert fr["uk-government"].name == en["uk-government"].name == "UK Government"
    assert has_alias(fr["uk-government"], "gouvernement britannique")


def test_the_surface_form_of_a_kb_name_is_an_alias(extracted):
    """SCHEMA.md: aliases are the surface forms seen; "The UK government" names the government,
    not only the country."""
    assert "UK government" in entities(extracted["uk-en"])["uk-government"].aliases


def test_a_long_legal_name_resolves_to_the_kb_entry(extracted):
    ents = entities(extracted["meta-long"])
    assert set(ents) == {"meta", "ai-alliance"}
    assert ents["meta"].name == "Meta" and ents["meta"].label == "Company"
    assert "Meta Platforms Inc." in ents["meta"].aliases
    assert ("meta", "MEMBER_OF", "ai-alliance") in relations(extracted["meta-long"])


# --------------------------------------------------------------------------- legal suffixes and tickers
def test_legal_suffix_and_ticker_make_one_entity(extracted):
    ex = extracted["ticker"]
    ents = entities(ex)
    foo = [e for e in ents.values() if "foo" in e.id]
    assert len(foo) == 1, [e.id for e in foo]
    foo = foo[0]
    assert foo.id == "foo-robotics" and foo.name == "Foo Robotics" and foo.label == "Company"
    assert {"Foo Robotics Corp.", "FOOR"} <= set(foo.aliases)
    assert "NASDAQ" not in " ".join(ents)
    # later bare uses, by name and by ticker, are the same entity
    assert relations(ex) >= {("foo-robotics", "PARTNERS_WITH", "nvidia"), ("foo-robotics", "MEMBER_OF", "ai-alliance")}


def test_a_french_legal_suffix_is_stripped_and_the_short_name_resolves(extracted):
    ex = extracted["suffix-fr"]
    ents = entities(ex)
    assert "zorblax-analytics" in ents and ents["zorblax-analytics"].label == "Company"
    assert [e for e in ents if "zorblax" in e] == ["zorblax-analytics"]
    assert ("zorblax-analytics", "MEMBER_OF", "ai-alliance") in relations(ex)
    assert has_alias(ents["zorblax-analytics"], "Zorblax Analytics SAS")


# --------------------------------------------------------------------------- acronyms
def test_an_english_acronym_becomes_an_alias_of_its_name(extracted):
    ex = extracted["acronym-en"]
    ents = entities(ex)
    qwri = [e for e in ents.values() if has_alias(e, "QWRI")]
    assert len(qwri) == 1
    assert has_alias(qwri[0], "Quantum Widgets Research Institute")
    assert relations(ex) >= {("ibm", "PARTNERS_WITH", qwri[0].id), (qwri[0].id, "MEMBER_OF", "ai-alliance")}


def test_a_french_acronym_keeps_its_long_form(extracted):
    ex = extracted["acronym-fr"]
    ents = entities(ex)
    ilra = [e for e in ents.values() if has_alias(e, "ILRA")]
    assert len(ilra) == 1
    assert has_alias(ilra[0], "Institut lorrain de robotique avancée")
    assert (ilra[0].id, "MEMBER_OF", "ai-alliance") in relations(ex)


def test_an_acronym_that_starts_another_name_is_not_the_kb_acronym(extracted):
    """"CMA Média" (CMA CGM's media arm) is not the UK Competition and Markets Authority."""
    ex = extracted["cma-fr"]
    assert "competition-and-markets-authority" not in entities(ex)
    assert not any("competition-and-markets-authority" in (c.source, c.target) for c in ex.claims)
    assert "cma-cgm" in entities(ex)


# --------------------------------------------------------------------------- countries as actors
def test_countries_launching_a_partnership_are_their_governments(extracted):
    ex = extracted["countries-fr"]
    ents = entities(ex)
    assert {"government-of-france", "government-of-india"} <= set(ents)
    assert ents["government-of-france"].label == ents["government-of-india"].label == "Government"
    assert not {"france", "inde", "india"} & set(ents)
    assert relations(ex) & {("government-of-france", "PARTNERS_WITH", "government-of-india"),
                            ("government-of-india", "PARTNERS_WITH", "government-of-france")}


def test_countries_signing_an_mou_are_their_governments(extracted):
    ents = entities(extracted["countries-mou-fr"])
    assert set(ents) == {"government-of-france", "government-of-india"}
    assert has_alias(ents["government-of-france"], "France") and has_alias(ents["government-of-india"], "Inde")


@pytest.mark.parametrize("key, other", [("country-en", "openai"), ("country-joins-fr", "ai-alliance")])
def test_the_united_kingdom_as_an_actor_is_the_uk_government(extracted, key, other):
    ents = entities(extracted[key])
    assert set(ents) == {"uk-government", other}
    assert ents["uk-government"].country == "GB"


# --------------------------------------------------------------------------- short references
@pytest.mark.parametrize("key, member", [("alliance-fr", "amd"), ("alliance-en", "keio-university")])
def test_the_alliance_refers_back_to_the_named_alliance(extracted, key, member):
    ex = extracted[key]
    assert [e for e in entities(ex) if "alliance" in e] == ["ai-alliance"]
    assert (member, "MEMBER_OF", "ai-alliance") in relations(ex)


def test_a_capitalised_reference_is_an_alias(extracted):
    assert has_alias(entities(extracted["alliance-fr"])["ai-alliance"], "Alliance")


@pytest.mark.parametrize("key, expected", [
    ("startup-fr", ("mistral-ai", "MEMBER_OF", "ai-alliance")),  # the ministry in between is no start-up
    ("company-en", ("cohere", "MEMBER_OF", "ai-alliance")),  # nor is the government a company
    ("ecole-fr", ("sciences-po", "MEMBER_OF", "nextgenai")),  # OpenAI is no school
])
def test_a_short_reference_resolves_to_the_nearest_compatible_entity(extracted, key, expected):
    ex = extracted[key]
    assert expected in relations(ex)
    labels = {e.label for e in ex.entities}
    assert "Organization" not in labels  # the reference itself made no new entity


def test_a_reference_is_not_cut_into_an_alias(extracted):
    """"La start-up" is a reference, not a name: no piece of it ("start") becomes an alias."""
    aliases = {norm(a) for e in extracted["startup-fr"].entities for a in e.aliases}
    assert "start" not in aliases


# --------------------------------------------------------------------------- people
@pytest.mark.parametrize("key, person, organization", [
    ("person-fr", "sam-altman", "openai"),
    ("person-fr-2", "sam-altman", "openai"),
    ("person-fr-2", "arthur-mensch", "mistral-ai"),
    ("person-en-title-before", "satya-nadella", "microsoft"),
    ("person-en-title-after", "sam-altman", "openai"),
])
def test_a_named_person_next_to_a_title_is_a_person(extracted, key, person, organization):
    ents = entities(extracted[key])
    assert person in ents, sorted(ents)
    assert ents[person].label == "Person"
    assert organization in ents and ents[organization].label == "Company"


def test_people_are_never_claim_endpoints(extracted):
    for ex in extracted.values():
        people = {e.id for e in ex.entities if e.label == "Person"}
        assert not any({c.source, c.target} & people for c in ex.claims), ex.document.id


@pytest.mark.parametrize("preposition", ["à", "dans"])
def test_a_reference_after_a_preposition_points_past_its_own_clause(preposition):
    """"à la société" is a preposition's object like "dans la société" (French "à" folds to the English
    article "a", which once hid it): the reference is the company named before, not its clause's subject."""
    import hashlib

    from aipg.loaders.pipeline import analyse

    text = ("Kestrel Labs a levé 60 millions d'euros en mars. Quillon Capital et le géant américain Nvidia ont "
            f"apporté beaucoup d'argent frais cette année {preposition} la société.")
    doc = Document(id="t", title="t", text=text, language="fr", sha256=hashlib.sha256(text.encode()).hexdigest())
    (a,) = analyse([doc])
    resolved = {m.text: a.resolution.entities[e].id for m, e in zip(a.mentions, a.resolution.of_mention) if e is not None}
    assert resolved.get("la société") == resolved.get("Kestrel Labs") is not None
