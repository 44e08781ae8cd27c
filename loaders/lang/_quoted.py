"""Words of organisation names that news quotes untranslated from languages the pipeline does not
parse (Spanish, Portuguese, Italian, German, Polish, Dutch, Nordic): "the Universidade Federal de
Minas Gerais", "Fondazione Bruno Kessler", "Silo Oy". Any article may quote them, so the mention
stage reads them for every language; ``codes()`` skips this module (its name opens with "_").
Words are folded as ``graph.ids.norm`` folds them (lowercase, no accents), except ``connectors``
(lowercase text as written) and ``legal_forms`` (a regular expression, case-sensitive)."""
from __future__ import annotations

# The head noun that opens such a name (or ends a German one: "Bertelsmann Stiftung",
# "Max-Planck-Institut") names its kind, whatever the words around it.
HEADS: dict[str, tuple[str, ...]] = {
    "University": ("universidad", "universidade", "universita", "uniwersytet", "universitat", "universiteit",
                   "universitet", "universitatea", "instituto", "istituto", "institut", "instytut", "politecnico",
                   "politechnika", "hochschule", "escuela", "escola", "scuola"),
    "Government": ("ministerio", "ministero", "ministerstwo", "ministerie", "ministerium", "bundesministerium",
                   "agencia", "agenzia", "agencja", "agentur", "bundesamt", "autoridad", "autoridade", "autorita",
                   "gobierno", "governo", "secretaria", "prefeitura"),
    "Organization": ("fundacion", "fundacao", "fondazione", "stiftung", "fundacja", "stichting", "stiftelsen",
                     "consejo", "conselho", "consiglio", "gesellschaft", "asociacion", "associacao",
                     "associazione", "verband", "verein"),
    "Program": ("consorcio", "consorzio", "konsortium", "programa", "programma", "proyecto", "projeto", "progetto",
                "iniciativa", "iniziativa", "alianza", "alianca", "alleanza", "centro", "zentrum", "centrum",
                "forschungszentrum"),
}

# Between two capitalised words of such a name: "Agencia Nacional de Investigación y Desarrollo",
# "Istituto Italiano di Tecnologia", "Zentrum für Künstliche Intelligenz".
CONNECTORS = frozenset({"da", "do", "dos", "das", "di", "del", "della", "delle", "dei", "degli", "y", "e", "für",
                        "fur", "und", "voor", "van", "för", "og"})

# Their links after a head: "Fundação de Amparo", "Ministero dell'Università" (see ``mentions.cue_links``).
LINKS = frozenset({"da", "do", "dos", "das", "di", "del", "della", "delle", "dei", "degli", "fur", "voor"})

# Legal forms of other countries, written after the name (case-sensitive: "Saab AB", "Silo Oy",
# "Schibsted ASA", "Preferred Networks K.K.", "Aleph Alpha SE", "Schwarz Digits KG").
LEGAL_FORMS = r"Oyj|Oy|AB|ASA|A/S|K\.K|KK|SE|KGaA|KG|S\.r\.l|Srl|SRL|S\.L|SL|Ltda|Pty|PJSC|JSC|SAE|SpA"
