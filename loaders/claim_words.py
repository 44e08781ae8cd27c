"""The word lists behind claims a journalist can quote: what an amount means, page furniture,
and the words that are never a name or an alias. French and English together, every word
written as ``graph.ids.norm`` folds it (lower case, no accents, apostrophes as spaces).

Kept in one place so that the per-language modules (loaders/lang/) can take them over whole.
"""

from __future__ import annotations

# ---------------------------------------------------------------- what an amount means
# Words before an amount (or just after it) that make it something other than money given:
# a valuation, a revenue, a price, a customer's payment, spending on one's own assets.
NOT_GIVEN_BEFORE = frozenset({
    "value", "values", "valued", "valuing", "valuation", "valuations", "valorisation", "valorisee", "valorise", "valoriser",
    "valorisant", "capitalisation", "capitalization",
    "revenue", "revenues", "sales", "turnover", "earnings", "profit", "profits", "loss", "losses",
    "chiffre", "revenus", "ventes", "benefice", "benefices", "perte", "pertes",
    "price", "priced", "prices", "cost", "costs", "costing", "prix", "cout", "coute", "coutera", "coutent", "tarif",
    "pay", "pays", "paid", "paying", "payer", "paie", "paye", "payee", "paiera", "payera", "paiement",
    "contract", "contracts", "contrat", "contrats", "purchase", "purchases", "purchased", "buy", "buys", "bought",
    "achat", "achats", "achete", "acheter", "commande", "order", "orders",
    "spend", "spends", "spent", "spending", "depense", "depenses", "depenser", "depensera", "capex",
    "market", "marche", "salary", "salaire", "fine", "amende",
    # a running total, not this money: "bringing its total funding to", "portant à"
    "bringing", "brings", "brought", "portant", "porte", "portent", "cumulative", "cumule", "cumulee",
})
NOT_GIVEN_AFTER = frozenset({
    "valuation", "valorisation", "revenue", "revenues", "sales", "chiffre", "revenus", "capex",
    "market", "marche", "contract", "contrat",
})
# "in data centres", "dans des centres de données": capital spending on the spender's own assets
OWN_ASSETS_AFTER = ("data center", "data centers", "data centre", "data centres", "datacenter", "datacenters",
                    "centres de donnees", "centre de donnees", "centres de calcul", "capital expenditure")

# An amount the funded party raises or spends as a whole: a round, a total, a budget.
ROUND_CUES = frozenset({
    "raise", "raises", "raised", "raising", "closed", "closes", "secured", "secures", "round", "rounds", "series",
    "total", "totals", "totaling", "totalling", "budget", "budgets", "envelope", "commitment", "commitments",
    "leve", "levee", "levees", "lever", "levent", "levant", "leveront", "recolte", "recolter", "collecte",
    "boucle", "boucler", "tour", "serie", "totale", "enveloppe", "fonds", "financement", "funding",
})
# A party raising an amount receives it: it is no funder's own ("Nvidia, which raised $1bn, ...").
RAISE_WORDS = frozenset({
    "raise", "raises", "raised", "raising", "closed", "closes", "secured", "secures", "received", "receives",
    "leve", "levee", "lever", "levent", "levant", "recolte", "recolter", "obtenu", "obtient", "boucle", "recu",
})
# The sentence says the round has more investors than those named there.
MORE_INVESTORS = (
    "including", "among others", "such as", "led by", "co led by", "other investors", "investors",
    "backers", "alongside", "with participation", "participation from", "joined by",
    "and others", "among them", "new and existing", "existing investors",
    "notamment", "entre autres", "parmi lesquels", "parmi lesquelles", "tels que", "telles que", "et d autres",
    "mene par", "menee par",
    "emmene par", "emmenee par", "conduit par", "conduite par", "investisseurs", "autres investisseurs",
    "aux cotes de", "participation de", "soutiens",
)
# "up to $100bn", "jusqu'à 500 milliards": the amount stands, the claim is potential.
UP_TO = ("up to", "as much as", "jusqu a", "au maximum", "at most", "potentially")

# ---------------------------------------------------------------- page furniture
# Lines that are the page's, not the article's: "Lire aussi", "Read more", "À lire également".
FURNITURE_LEADS = (
    "lire aussi", "a lire aussi", "lire egalement", "a lire egalement", "a lire", "voir aussi", "a voir aussi",
    "read more", "read also", "see also", "related", "related articles", "also read", "sur le meme sujet",
)

# ---------------------------------------------------------------- never a name or an alias
PRONOUNS = frozenset({
    # English
    "i", "you", "he", "she", "it", "we", "they", "me", "him", "her", "us", "them", "its", "their", "theirs",
    "his", "hers", "our", "ours", "this", "that", "these", "those", "which", "who", "whom", "whose", "what",
    "itself", "themselves", "one", "ones", "both", "each", "either", "neither", "other", "others",
    # French
    "il", "elle", "ils", "elles", "on", "nous", "vous", "je", "tu", "lui", "leur", "leurs", "eux", "celle", "celui",
    "ceux", "celles", "celle ci", "celui ci", "ceux ci", "celles ci", "cela", "ceci", "ca", "ce", "cette", "ces",
    "son", "sa", "ses", "notre", "nos", "votre", "vos", "qui", "que", "quoi", "dont", "laquelle", "lequel",
    "lesquels", "lesquelles", "l un", "l une", "les uns", "les unes", "chacun", "chacune", "autre", "autres",
    "y", "en", "se", "soi",
})
DETERMINERS = frozenset({
    "the", "a", "an", "this", "that", "these", "those", "its", "their", "his", "her", "our", "your", "my", "some",
    "any", "all", "every", "no", "another", "such", "both", "each", "several", "many", "most",
    "le", "la", "les", "l", "un", "une", "des", "du", "de", "d", "ce", "cet", "cette", "ces", "son", "sa", "ses",
    "leur", "leurs", "notre", "nos", "votre", "vos", "mon", "ma", "mes", "tout", "toute", "tous", "toutes",
    "plusieurs", "certains", "certaines", "chaque", "aucun", "aucune", "au", "aux",
})
# Nouns that name a kind of organization or a role, never one organization.
GENERIC_NOUNS = frozenset({
    # English
    "company", "companies", "firm", "firms", "startup", "startups", "start up", "start ups", "group", "groups",
    "business", "businesses", "corporation", "enterprise", "giant", "giants", "maker", "chipmaker", "developer",
    "school", "schools", "university", "universities", "college", "institute", "institution", "institutions",
    "lab", "labs", "laboratory", "laboratories", "centre", "center", "government", "governments", "ministry",
    "agency", "agencies", "state", "states", "country", "countries", "nation", "administration", "department",
    "agreement", "agreements", "partnership", "partnerships", "partner", "partners", "deal", "deals", "alliance",
    "initiative", "program", "programme", "project", "fund", "funds", "consortium", "platform", "organization",
    "organisation", "organizations", "organisations", "association", "foundation", "team", "unit", "division",
    "subsidiary", "investor", "investors", "backer", "backers", "member", "members", "founder", "founders",
    "client", "clients", "customer", "customers", "supplier", "suppliers", "rival", "rivals", "competitor",
    "competitors", "bank", "banks", "operator", "provider", "unicorn", "industry", "sector", "market",
    "board", "committee", "council", "office", "research", "ai", "model", "models", "forum", "plan", "venture",
    "newcomer", "entity", "body", "outlet", "player", "players", "firm's",
    # French
    "entreprise", "entreprises", "societe", "societes", "groupe", "groupes", "firme", "firmes", "jeune pousse",
    "geant", "geants", "ecole", "ecoles", "universite", "universites", "institut", "institution", "laboratoire",
    "laboratoires", "labo", "centre", "gouvernement", "gouvernements", "ministere", "agence", "agences", "etat",
    "etats", "pays", "nation", "administration", "accord", "accords", "partenariat", "partenariats",
    "partenaire", "partenaires", "alliance", "initiative", "programme", "projet", "fonds", "consortium",
    "plateforme", "organisation", "organisme", "association", "fondation", "equipe", "filiale", "investisseur",
    "investisseurs", "membre", "membres", "fondateur", "fondateurs", "client", "clients", "fournisseur",
    "concurrent", "concurrents", "banque", "banques", "operateur", "licorne", "industrie", "secteur", "marche",
    "conseil", "comite", "recherche", "ia", "modele", "modeles", "specialiste", "editeur", "acteur", "acteurs",
    "fabricant", "pepite", "start", "jeune", "structure", "entite", "organisme", "projets", "forum", "plan",
})
# Words for a person's role: "the CEO", "le directeur financier", "la ministre".
ROLE_WORDS = frozenset({
    "ceo", "cfo", "cto", "coo", "chief", "executive", "president", "chairman", "chairwoman", "chair", "director",
    "founder", "cofounder", "co founder", "minister", "secretary", "spokesperson", "spokesman", "spokeswoman",
    "head", "boss", "manager", "officer", "researcher", "researchers", "professor", "analyst", "analysts",
    "pdg", "dg", "directeur", "directrice", "president", "presidente", "fondateur", "fondatrice", "cofondateur",
    "cofondatrice", "ministre", "secretaire", "porte parole", "patron", "patronne", "dirigeant", "dirigeante",
    "dirigeants", "responsable", "chercheur", "chercheuse", "chercheurs", "professeur", "analyste", "vice",
})
# Words that open a clause or join words: a name that starts or ends with one is a sentence fragment.
FRAGMENT_EDGES = frozenset({
    "and", "or", "but", "with", "gives", "give", "said", "says", "will", "would", "has", "have", "had", "is",
    "are", "was", "were", "to", "of", "for", "by", "from", "in", "on", "at", "as", "that", "which",
    "et", "ou", "mais", "avec", "donne", "a", "est", "sont", "pour", "par", "dans", "sur", "selon", "qui", "que",
})
