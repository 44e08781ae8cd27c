"""Trigger rules: lemma patterns that announce a relation, per language, with their frame.

A pattern is a space-separated sequence of elements matched on folded lemmas
(lowercase, no accents) or folded surface forms:

* ``a|b``   either word;
* ``a?``    an optional word;
* ``~N``    up to N arbitrary tokens (not crossing punctuation other than an apostrophe).

Frames say where the arguments stand:

* ``active``   source before the trigger, target after ("X rejoint Y", "X invests in Y");
* ``passive``  target before, source after ("Y, financé par X", "Y is backed by X");
* ``pair``     symmetric: both sides, or a plural group on one side ("X et Y signent un accord");
* ``include``  the program before, its members after ("Y comprend X", "members include X");
* ``raise``    the funded party before, the funders after ("Y lève ... auprès de X");
* ``funders``  a lead-in to a list of funders ("parmi les financeurs figurent X, Z");
* ``participate`` a participation whose kind the discourse decides ("X also took part", "Among them
  are X, Y"): a FUNDS edge to the funded party where the sentence speaks of a round or a funded
  party was just named, else a MEMBER_OF edge to the program named after it or the text is about;
* ``cofund``   co-investors after it, in the round of the funded party at hand ("... led by X,
  with participation from Y and Z", "avec la participation de Y", "the round drew Y and Z");
* ``pledge``   the source before, the target after "to" / "à", else the party the text is about
  ("X pledged $8bn", "X offers credits");
* ``announce`` no edge of its own: "X lève 100 M€", "X raised $50M" makes X the funded party that
  later funder lists ("The round was led by Y") refer to.

A ``+amount`` rule fires only where the sentence states an amount; a ``+program``
rule only where a program stands inside or right after it ("X and Y are the
project's partners"), never on the program the text is about.

``confidence`` is the rule's precision measured on the development sets by
bench/calibrate.py (stored in rules_calibration.json beside this file); rules
fired fewer than three times there keep the prior written below.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Trigger:
    rule: str
    type: str
    language: str
    pattern: tuple[str, ...]
    frame: str
    confidence: float
    needs_amount: bool = False  # fires only where the sentence states an amount
    needs_program: bool = False  # fires only with a program named inside or right after it


_RAW: list[tuple[str, str, str, str, float]] = [
    # ---------------------------------------------------------------- MEMBER_OF, French
    ("fr", "MEMBER_OF", "active", "rejoindre|rejoint|rejoignent|rejoignant", 0.9),
    ("fr", "MEMBER_OF", "active", "integrer|integre|integrent", 0.8),
    ("fr", "MEMBER_OF", "active", "adherer|adhere a|au|aux", 0.9),
    ("fr", "MEMBER_OF", "active", "adhesion a|au|de", 0.8),
    ("fr", "MEMBER_OF", "active", "faire|fait|font|faisant partie de|du|des", 0.85),
    ("fr", "MEMBER_OF", "participate", "participer|participe|participent a|au|aux", 0.7),
    ("fr", "MEMBER_OF", "participate", "y ~2 participer|participe|participent", 0.7),
    ("fr", "MEMBER_OF", "active", "en ~2 faire|fait|font|faisait|faisaient|fera|feront partie", 0.8),
    ("fr", "MEMBER_OF", "active", "y adhere|adherent|siege|siegent", 0.7),
    ("fr", "MEMBER_OF", "participate", "prendre|prend|prennent|pris part a|au|aux", 0.7),
    ("fr", "MEMBER_OF", "participate", "rejoindre|rejoint|rejoignent ~3 investisseurs|actionnaires|tour|capital", 0.75),
    ("fr", "MEMBER_OF", "participate", "parmi eux|elles|lesquels|lesquelles|ceux-ci", 0.7),
    ("fr", "MEMBER_OF", "active", "partenaire|partenaires fondateur|fondateurs", 0.75),
    ("fr", "MEMBER_OF", "active", "se|s joindre|joint|joignent a|au|aux", 0.8),
    ("fr", "MEMBER_OF", "active", "membre fondateur? de|du|des", 0.85),
    ("fr", "MEMBER_OF", "active", "membres fondateurs? tel|tels|telles|comme|dont|notamment", 0.8),
    ("fr", "MEMBER_OF", "active", "compter|compte|comptent parmi ~2 membre|membres", 0.85),
    ("fr", "MEMBER_OF", "active", "figurer|figure|figurent ~2 parmi ~2 membre|membres|participants|partenaires|signataires|fondateurs", 0.85),
    ("fr", "MEMBER_OF", "active", "etre|est|sont|etait|etaient ~2 de la partie", 0.7),
    ("fr", "MEMBER_OF", "active", "signataire|signataires de|du|des", 0.75),
    ("fr", "MEMBER_OF", "passive", "porter|porte|portee par", 0.75),
    ("fr", "MEMBER_OF", "include", "regrouper|regroupe|rassembler|rassemble|reunir|reunit|federer|federe", 0.75),
    ("fr", "MEMBER_OF", "include", "compose|composee|composes|composees|constitue|constituee de|d", 0.8),
    ("fr", "MEMBER_OF", "include", "comprendre|comprend|comprennent|inclure|inclut|accueillir|accueille", 0.7),
    ("fr", "MEMBER_OF", "include", "parmi ses|les membres ~3 figurer|figurent|trouver|retrouve|compter|compte", 0.85),
    ("fr", "MEMBER_OF", "include", "membres ~2 :", 0.75),
    ("fr", "MEMBER_OF", "include", "on y trouve|retrouve|compte|recense", 0.7),
    ("fr", "MEMBER_OF", "include", "y figurent|figure", 0.75),
    # ---------------------------------------------------------------- MEMBER_OF, English
    ("en", "MEMBER_OF", "active", "join|joins|joined|joining", 0.9),
    ("en", "MEMBER_OF", "active", "member|members of", 0.85),
    ("en", "MEMBER_OF", "active", "founding member|members of", 0.85),
    ("en", "MEMBER_OF", "active", "part of", 0.6),
    ("en", "MEMBER_OF", "active+program", "are|is|were|was|become|became ~6 partners|members|participants|partner|member", 0.7),
    ("en", "MEMBER_OF", "participate", "participate|participates|participated|participating in", 0.7),
    ("en", "MEMBER_OF", "participate", "take|takes|took|taking|taken part in?", 0.7),
    ("en", "MEMBER_OF", "participate", "join|joins|joined|joining ~2 backers|investors|shareholders|round", 0.75),
    ("en", "MEMBER_OF", "participate", "among them|these|those", 0.7),
    ("en", "MEMBER_OF", "participate", "come|comes|came|coming in as ~2 investor|investors|backer|backers|shareholders", 0.75),
    ("en", "MEMBER_OF", "participate", "among ~2 investors|backers|funders|shareholders", 0.75),
    ("en", "MEMBER_OF", "active", "sign|signed|signs on|up to", 0.8),
    ("en", "MEMBER_OF", "active+program", "sign|signs|signed|signing", 0.75),
    ("fr", "MEMBER_OF", "active+program", "signer|signe|signent|signera|signeront|signerait|signeraient", 0.75),
    ("en", "MEMBER_OF", "active", "among ~2 member|members|signatory|signatories|partners|participants", 0.8),
    ("en", "MEMBER_OF", "active", "not ~2 member|members|signatory|signatories|part", 0.8),
    ("fr", "MEMBER_OF", "active", "pas ~2 membre|membres|signataire|signataires", 0.8),
    ("fr", "MEMBER_OF", "include", "compter|compte|comptent|comptait|comptaient ~3 membres|partenaires|participants|signataires", 0.75),
    ("en", "MEMBER_OF", "include", "has|have|had|counts|counted ~3 members|partners|participants|signatories", 0.7),
    ("en", "MEMBER_OF", "active", "signatory|signatories to|of", 0.75),
    ("en", "MEMBER_OF", "passive", "lead|led by", 0.6),
    ("en", "MEMBER_OF", "include", "member|members|partners|participants include|includes|included|including|are", 0.85),
    ("en", "MEMBER_OF", "include", "founding member|members include|includes|included|including|are", 0.85),
    ("en", "MEMBER_OF", "include", "include|includes|included|comprise|comprises|welcome|welcomed|welcomes", 0.7),
    ("en", "MEMBER_OF", "include", "bring|brings|brought together", 0.75),
    ("en", "MEMBER_OF", "include", "these include", 0.7),
    ("en", "MEMBER_OF", "include", "member|members|partners|participants range|ranging from", 0.8),
    ("en", "MEMBER_OF", "include", "founding? member|members ,|:", 0.75),
    ("fr", "MEMBER_OF", "include", "membres fondateurs? ,|:", 0.75),
    ("en", "MEMBER_OF", "include", "made up of|consisting of|composed of", 0.75),
    # ---------------------------------------------------------------- FUNDS, French
    ("fr", "FUNDS", "active", "financer|finance|financent|financera", 0.85),
    ("fr", "FUNDS", "active", "investir|investit|investi|investis|investissent|investira ~6 dans|en", 0.85),
    ("fr", "FUNDS", "active", "investissement|investissements ~3 dans|en", 0.75),
    ("fr", "FUNDS", "active", "injecter|injecte|injectee ~6 dans", 0.85),
    ("fr", "FUNDS", "active", "subventionner|subventionne", 0.85),
    ("fr", "FUNDS", "active", "soutenir|soutient|soutiennent financierement", 0.85),
    ("fr", "FUNDS", "active", "entrer|entre|entrent au capital de|d", 0.85),
    ("fr", "FUNDS", "active", "prendre|prend|prennent|pris ~2 participation ~8 dans|au|a", 0.85),
    ("fr", "FUNDS", "active", "actionnaire|actionnaires ~2 de|d", 0.75),
    ("fr", "FUNDS", "active", "est|sont|etait|etaient|reste|restent ~2 actionnaire|actionnaires|investisseur|investisseurs", 0.7),
    ("fr", "FUNDS", "active", "investir|investit|investi|investissent|investira ~6 au capital de|d|du", 0.85),
    ("fr", "FUNDS", "active", "investisseur|investisseurs|financeur|financeurs ~2 de|d|dans", 0.7),
    ("fr", "FUNDS", "active+amount", "engager|engage|engagent|apporter|apporte|verser|verse|allouer|alloue|doter|dote|accorder|accorde", 0.7),
    ("fr", "FUNDS", "active+amount", "budget|subvention|subventions|credits", 0.6),
    ("fr", "FUNDS", "active", "mener|mene|menee ~2 tour|levee|financement", 0.8),
    ("fr", "FUNDS", "passive", "financer|finance|financee|finances|financees par", 0.85),
    ("fr", "FUNDS", "passive", "soutenir|soutenu|soutenue|soutenus|soutenues ~3 par", 0.75),
    ("fr", "FUNDS", "passive", "verser|verse|versee|verses|versees par", 0.8),
    ("fr", "FUNDS", "passive", "investi|investie par", 0.8),
    ("fr", "FUNDS", "passive", "injecter|injecte|injectee ~8 par", 0.8),
    ("fr", "FUNDS", "passive", "financement|financements provenir|provient|proviennent ~3 de|d", 0.8),
    ("fr", "FUNDS", "raise", "lever|leve|levee|levent ~8 aupres de|d", 0.85),
    ("fr", "FUNDS", "announce", "lever|leve|levee|levent|boucler|boucle|finaliser|finalise", 0.5),
    ("fr", "FUNDS", "passive", "tour|levee|financement|serie ~8 mene|menee|dirige|dirigee|emmene|emmenee|conduit|conduite par", 0.85),
    ("fr", "FUNDS", "raise", "recevoir|recoit|recu ~6 de|d", 0.55),
    ("fr", "FUNDS", "funders", "parmi ~2 financements|financeurs|investisseurs|bailleurs|actionnaires|soutiens", 0.8),
    # ---------------------------------------------------------------- FUNDS, English
    ("en", "FUNDS", "active", "fund|funds|funded|funding", 0.75),
    ("en", "FUNDS", "active", "invest|invests|invested|investing ~6 in|into", 0.85),
    ("en", "FUNDS", "active", "investment|investments|stake ~3 in|into", 0.8),
    ("en", "FUNDS", "active", "back|backs|backed", 0.7),
    ("en", "FUNDS", "active", "finance|finances|financed|financing", 0.75),
    ("en", "FUNDS", "active", "sponsor|sponsors|sponsored", 0.75),
    ("en", "FUNDS", "active+amount", "pour|pours|poured|commit|commits|committed|pledge|pledged|pledges ~6 into|in|to", 0.7),
    ("en", "FUNDS", "active+amount", "grant|grants ~3 to", 0.7),
    ("en", "FUNDS", "pledge", "invest|invests|invested|investing", 0.65),
    ("en", "FUNDS", "pledge+amount", "commit|commits|committed|pledge|pledged|pledges|contribute|contributes|contributed", 0.65),
    ("en", "FUNDS", "pledge", "offer|offers|offered|offering|provide|provides|provided|providing ~3 credits|grants|funding|financing", 0.65),
    ("fr", "FUNDS", "pledge+amount", "investir|investit|investi|investissent|investira", 0.7),
    ("fr", "FUNDS", "pledge", "offrir|offre|offrent|fournir|fournit|fournissent|accorder|accorde ~3 credits|subventions|financement|financements", 0.65),
    ("en", "FUNDS", "passive", "money|funding|financing|backing|investment ~2 from", 0.7),
    ("en", "FUNDS", "active+amount", "budget|grants|credits", 0.6),
    ("en", "FUNDS", "active", "lead|led|leads ~2 round|funding|investment", 0.8),
    ("en", "FUNDS", "active", "shareholder|investor|backer ~2 in|of", 0.7),
    ("en", "FUNDS", "passive", "back|backed|fund|funded|finance|financed|sponsor|sponsored|support|supported ~3 by", 0.85),
    ("en", "FUNDS", "raise", "raise|raises|raised|secure|secures|secured ~8 from", 0.85),
    ("en", "FUNDS", "announce", "raise|raises|raised|secure|secures|secured|close|closes|closed", 0.5),
    ("en", "FUNDS", "passive", "round|funding|investment|series ~6 led|co-led by", 0.85),
    ("en", "FUNDS", "passive", "round|funding|investment|series ~4 , led|co-led by", 0.85),
    ("fr", "FUNDS", "passive", "tour|levee|financement|serie ~6 , mene|menee|dirige|dirigee|emmene|emmenee par", 0.85),
    ("en", "FUNDS", "raise", "draw|draws|drew|drawn|attract|attracts|attracted ~3 money|funding|investment|backing ~6 from", 0.75),
    ("en", "FUNDS", "raise", "receive|receives|received ~6 from", 0.55),
    ("en", "FUNDS", "funders", "investor|investors|backer|backers|funder|funders|shareholders include|includes|included|including|are", 0.8),
    ("en", "FUNDS", "cofund", "with? participation from|by", 0.8),
    ("en", "FUNDS", "cofund", "alongside", 0.6),
    ("en", "FUNDS", "cofund", "drew|draws|attracted|attracts|brought|included|includes|include", 0.6),
    ("fr", "FUNDS", "cofund", "avec? la? participation de|d|du|des", 0.8),
    ("fr", "FUNDS", "cofund", "aux cotes de|d|du|des", 0.6),
    ("fr", "FUNDS", "cofund", "reunir|reunit|reunissait|reunissent|comprendre|comprend|comprenait|inclure|inclut|incluait|associer|associe|associait|rassembler|rassemble|rassemblait|rassemblent", 0.6),
    # ---------------------------------------------------------------- SIGNS_MOU_WITH
    ("fr", "SIGNS_MOU_WITH", "pair", "signer|signe|signent|signee|signé ~7 protocole|accord|memorandum|mou|lettre|contrat|convention|partenariat|accord-cadre", 0.9),
    ("fr", "SIGNS_MOU_WITH", "pair", "protocole d accord", 0.9),
    ("fr", "SIGNS_MOU_WITH", "pair", "lettre d intention", 0.85),
    ("fr", "SIGNS_MOU_WITH", "pair", "accord-cadre|memorandum", 0.85),
    ("fr", "PARTNERS_WITH", "pair", "conclure|conclu|conclut ~3 accord", 0.75),
    ("en", "SIGNS_MOU_WITH", "pair", "sign|signs|signed|signing ~7 memorandum|mou|agreement|accord|deal|letter|contract|partnership|charter", 0.9),
    ("en", "SIGNS_MOU_WITH", "pair", "memorandum of understanding", 0.9),
    ("en", "SIGNS_MOU_WITH", "pair", "mou|mous with|between", 0.85),
    ("en", "SIGNS_MOU_WITH", "pair", "ink|inks|inked ~3 deal|agreement|pact", 0.85),
    ("en", "SIGNS_MOU_WITH", "pair", "letter of intent", 0.85),
    ("en", "SIGNS_MOU_WITH", "pair", "sign|signs|signed ~2 with", 0.75),
    # ---------------------------------------------------------------- PARTNERS_WITH
    ("fr", "PARTNERS_WITH", "pair", "s|se associer|associe|associent a|avec", 0.9),
    ("fr", "PARTNERS_WITH", "pair", "partenariat|partenariats ~4 avec|entre", 0.85),
    ("fr", "PARTNERS_WITH", "pair", "partenaire|partenaires ~4 de|d", 0.7),
    ("fr", "PARTNERS_WITH", "pair", "collaborer|collabore|collaborent|collaboration|cooperer|coopere|cooperation avec|entre", 0.8),
    ("fr", "PARTNERS_WITH", "pair", "allie|allies|alliee a|de|avec", 0.8),
    ("fr", "PARTNERS_WITH", "pair", "s|se allier|allie avec|a", 0.85),
    ("fr", "PARTNERS_WITH", "pair", "pactiser|pactise avec", 0.85),
    ("fr", "PARTNERS_WITH", "pair", "rapprochement entre", 0.7),
    ("fr", "PARTNERS_WITH", "pair", "unir|unissent ~2 forces", 0.8),
    ("fr", "PARTNERS_WITH", "pair", "entrer|entrent|entre dans ~2 partenariat", 0.85),
    ("fr", "PARTNERS_WITH", "pair", "lancer|lance|lancent|nouer|noue|nouent|sceller|scelle|scellent|former|forment|etablir|etablit|etablissent|annoncer|annonce|annoncent ~3 partenariat|cooperation|collaboration|alliance", 0.8),
    ("en", "PARTNERS_WITH", "pair", "launch|launches|launched|form|forms|formed|forge|forged|announce|announced|seal|sealed|strike|struck|unveil|unveiled|unveils ~3 partnership|collaboration|alliance|cooperation|venture", 0.8),
    ("en", "PARTNERS_WITH", "pair", "joint venture", 0.8),
    ("fr", "PARTNERS_WITH", "pair", "coentreprise|co-entreprise|joint-venture", 0.8),
    ("en", "PARTNERS_WITH", "pair", "partner|partners|partnered|partnering with", 0.9),
    ("en", "PARTNERS_WITH", "pair", "partnership|partnerships|collaboration|cooperation|tie-up ~3 with|between", 0.85),
    ("en", "PARTNERS_WITH", "pair", "team|teams|teamed up with", 0.9),
    ("en", "PARTNERS_WITH", "pair", "collaborate|collaborates|collaborated|cooperate|cooperates|cooperated with", 0.8),
    ("en", "PARTNERS_WITH", "pair", "join|joins|joined forces with", 0.9),
    ("en", "PARTNERS_WITH", "pair", "ally|allied|allies with", 0.8),
    ("en", "PARTNERS_WITH", "pair", "work|works|worked|working with", 0.6),
    ("en", "PARTNERS_WITH", "pair", "work|works|worked|working|collaborate|collaborated|cooperate|cooperated together", 0.75),
    ("fr", "PARTNERS_WITH", "pair", "travailler|travaille|travaillent|travailleront|collaborer|collaborent|cooperer|cooperent ensemble", 0.75),
    ("fr", "PARTNERS_WITH", "pair", "travailler|travaille|travaillent|travaillera avec", 0.6),
    # ---------------------------------------------------------------- FOUNDED
    ("fr", "FOUNDED", "active", "lancer|lance|lancent|lancera", 0.8),
    ("fr", "FOUNDED", "active", "creer|cree|creent|creera", 0.8),
    ("fr", "FOUNDED", "active", "fonder|fonde|fondent|cofonder|cofonde", 0.85),
    ("fr", "FOUNDED", "active", "mettre|met|mettent|mis en place|sur", 0.7),
    ("fr", "FOUNDED", "active", "creation|lancement|fondation de|du|d", 0.8),
    ("fr", "FOUNDED", "active", "initier|initie|inaugurer|inaugure|devoiler|devoile", 0.65),
    ("fr", "FOUNDED", "passive", "lancer|lance|lancee|lances|lancees|creer|cree|creee|crees|fonde|fondee|cofonde|cofondee|initie|initiee ~5 par", 0.85),
    ("fr", "FOUNDED", "passive", "a l initiative de|d", 0.8),
    ("en", "FOUNDED", "active", "launch|launches|launched|launching", 0.8),
    ("en", "FOUNDED", "active", "create|creates|created|found|founded|co-found|co-founded|establish|establishes|established", 0.8),
    ("en", "FOUNDED", "active", "set|sets up", 0.7),
    ("en", "FOUNDED", "active", "form|formed|forms|unveil|unveiled|unveils|start|started", 0.6),
    ("en", "FOUNDED", "active", "creation|launch|founding of", 0.75),
    ("en", "FOUNDED", "passive", "launch|launched|create|created|found|founded|co-founded|cofounded|established|set|started|formed|initiated ~5 by", 0.85),
    ("en", "FOUNDED", "passive", "at the initiative of", 0.8),
    # ---------------------------------------------------------------- EXCLUDED_FROM
    ("fr", "EXCLUDED_FROM", "active", "quitter|quitte|quittent|quitté", 0.85),
    ("fr", "EXCLUDED_FROM", "active", "se|s ~1 retirer|retire|retiree|retirent|retires|retirees de|du|des", 0.9),
    ("fr", "EXCLUDED_FROM", "active", "retrait|depart|sortie de|du|d", 0.8),
    ("fr", "EXCLUDED_FROM", "active", "exclu|exclue|exclus|exclues|ecarte|ecartee|absent|absente|absents ~2 de|du|des", 0.85),
    ("fr", "EXCLUDED_FROM", "active", "claquer|claque la porte de|du", 0.85),
    ("fr", "EXCLUDED_FROM", "active", "rester|reste|restent en dehors|a l ecart de|du", 0.8),
    ("en", "EXCLUDED_FROM", "active", "leave|leaves|left|leaving|quit|quits|exit|exits|exited", 0.85),
    ("en", "EXCLUDED_FROM", "active", "withdraw|withdraws|withdrew|withdrawn|pull|pulls|pulled|back|backs|backed|drop|drops|dropped out of|from", 0.9),
    ("en", "EXCLUDED_FROM", "active", "withdraw|withdraws|withdrew|withdrawn from", 0.9),
    ("en", "EXCLUDED_FROM", "active", "exit|departure|withdrawal from", 0.8),
    ("en", "EXCLUDED_FROM", "active", "excluded|absent|barred|shut|left out? ~1 from|of", 0.85),
    # ---------------------------------------------------------------- paraphrases seen in real news
    ("en", "MEMBER_OF", "include", "unite|unites|united|gather|gathers|gathered", 0.7),
    ("fr", "PARTNERS_WITH", "pair", "s|se etre ~1 associe|associee|associes|associees|allie|alliee|allies|alliees a|au|aux|avec", 0.85),
    ("fr", "FUNDS", "passive", "profiter|beneficier de ~2 appui|soutien|concours financier de|du|des", 0.8),
    ("fr", "MEMBER_OF", "active+program", "parapher|paraphe|paraphent|parapheront", 0.75),
    ("fr", "SIGNS_MOU_WITH", "pair", "convention|accord|protocole|memorandum ~4 paraphe|paraphee|signe|signee ~6 entre", 0.85),
    ("en", "FUNDS", "active", "investment|investments|stake ~6 in|into", 0.75),
    ("en", "FUNDS", "active+amount", "put|puts|putting ~6 into|in", 0.7),
    ("fr", "EXCLUDED_FROM", "active", "manquer|manque|manquent|manquaient|manquait a l appel", 0.8),
    ("en", "EXCLUDED_FROM", "active", "missing ~3 from", 0.8),
    ("en", "FOUNDED", "passive", "brainchild of", 0.8),
    ("fr", "FOUNDED", "active", "donner|donne|donnent|donnaient naissance a|au|aux", 0.85),
    ("en", "FOUNDED", "active", "stand|stands|stood up", 0.75),
    ("en", "FUNDS", "funders", "anchor|lead|main|largest investor|investors|backer|backers is|are|was|were", 0.8),
    ("en", "EXCLUDED_FROM", "active", "resign|resigns|resigned ~3 from", 0.85),
    ("fr", "MEMBER_OF", "include", "membres ~3 que sont", 0.8),
]


CALIBRATION = Path(__file__).with_name("rules_calibration.json")
MIN_FIRINGS = 3  # below this a rule keeps its prior confidence


def _calibrated() -> dict[str, float]:
    """Measured confidences per rule id (written by bench/calibrate.py)."""
    if not CALIBRATION.is_file():
        return {}
    data = json.loads(CALIBRATION.read_text(encoding="utf-8"))
    return {rule: row["confidence"] for rule, row in data.get("rules", {}).items() if row["firings"] >= MIN_FIRINGS}


def _compile() -> tuple[Trigger, ...]:
    """Rules with stable ids: language, type, frame and the pattern's first word ("fr.funds.active.financer")."""
    out = []
    taken: set[str] = set()
    measured = _calibrated()
    for lang, rel_type, spec, pattern, conf in _RAW:
        frame, _, need = spec.partition("+")
        stem = f"{lang}.{rel_type.lower()}.{frame}.{pattern.split()[0].split('|')[0].rstrip('?')}"
        rule, n = stem, 1
        while rule in taken:
            n += 1
            rule = f"{stem}{n}"
        taken.add(rule)
        out.append(Trigger(rule, rel_type, lang, tuple(pattern.split()), frame, measured.get(rule, conf),
                           need == "amount", need == "program"))
    return tuple(out)


TRIGGERS: tuple[Trigger, ...] = _compile()
_MEASURED = _calibrated()


def context_confidence(trigger: Trigger) -> float:
    """Confidence of a claim whose target came from the discourse context (rule id + ".ctx")."""
    return _MEASURED.get(trigger.rule + ".ctx", trigger.confidence * 0.8)

# Negation and hedge cues (folded lemmas / words), French and English.
NEGATION_FR = frozenset({"ne", "n", "pas", "jamais", "aucun", "aucune", "plus", "ni", "sans", "non"})
NEGATION_EN = frozenset({"not", "n't", "never", "no", "nor", "without", "neither"})
HEDGES = frozenset(
    {
        # French: lemmas and conditional forms
        "pourrait", "pourraient", "pourrais", "devrait", "devraient", "serait", "seraient", "envisager",
        "envisage", "envisagent", "potentiel", "potentielle", "potentiels", "potentielles", "eventuel",
        "eventuelle", "eventuellement", "possible", "possiblement", "negociation", "negociations", "negocier",
        "negocie", "pourparlers", "discussions", "discussion", "projet de", "susceptible", "probable",
        "hypothese", "rumeur", "aurait", "auraient",
        # English
        "could", "may", "might", "would", "potential", "potentially", "possible", "possibly", "consider",
        "considering", "considers", "considered", "talks", "negotiating", "negotiations", "reportedly",
        "plans", "planning", "plan", "expected", "likely", "poised", "mulling", "exploring", "rumored", "rumoured",
        "proposed", "prospective",
    }
)
# Words that end the reach of a trigger (clause boundaries).
CLAUSE_BREAKS = frozenset(
    {";", "\u2014", "\u2013", "alors", "tandis", "mais", "but", "while", "whereas", "although", "because",
     "car", "after", "before", "apres", "avant", "since", "puisque", "when", "lorsque", "quand"}
)
# Words a pattern may step over ("ne fait pas partie", "has officially joined").
TRANSPARENT = frozenset(
    {"pas", "not", "n't", "jamais", "never", "deja", "already", "also", "egalement", "aussi", "officiellement",
     "officially", "conjointement", "jointly", "recemment", "recently", "finalement", "finally", "bien",
     "formally", "formellement", "still", "toujours", "now", "desormais", "quickly"}
)
LIST_LEADINS = frozenset(
    {"dont", "including", "notamment", "comme", "tels", "telles", "tel", "telle", "such", "like", "parmi",
     "among", "y", "compris", "incluant", "ainsi", ":", "as", "que", "lesquels", "lesquelles", "encore"}
)
