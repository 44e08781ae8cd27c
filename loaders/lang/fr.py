"""French: every word list of the relation stage, and the French trigger rules.

Trigger ids are stable: calibration (rules_calibration.json) and stored claims
point at them. Never renumber them; give a new rule a new id.
"""

from __future__ import annotations

from aipg.loaders.lang import LanguageData, MentionWords, MoneyWords, NameWords, Negation, Numbers, ReferenceWords, Rule

# noms pluriels de sortes d'organisations qu'une liste des participants d'un programme suit ("Quatre laboratoires
# sont concernés : A, B") ; "up" est la fin de "start-up"
_KINDS = "laboratoires|universites|entreprises|up|startups|societes|etablissements|groupes|organismes|industriels|" \
    "ecoles|instituts|hopitaux|banques|acteurs|partenaires"

TRIGGERS: dict[str, tuple[Rule, ...]] = {
    "MEMBER_OF": (
        Rule("fr.member_of.active.rejoindre", "active", "rejoindre|rejoint|rejoignent|rejoignant", 0.9, "organization"),
        # "X s'associe au projet", "Roche, sollicité, n'a pas souhaité s'associer au consortium": joining the
        # program at hand, named by its head (a partner named after it is ``fr.partners_with.pair.s``)
        Rule("fr.member_of.active.associer", "active", "se|s ~1 associer|associe|associent|associee|associes|associees "
             "a|au|aux la? projet|programme|consortium|initiative|alliance|coalition|reseau|dispositif", 0.7),
        Rule("fr.member_of.active.integrer", "active", "integrer|integre|integrent", 0.8, "organization", "object"),
        Rule("fr.member_of.active.adherer", "active", "adherer|adhere a|au|aux", 0.9, "organization"),
        Rule("fr.member_of.active.adhesion", "active", "adhesion a|au|de", 0.8),
        Rule("fr.member_of.active.faire", "active", "faire|fait|font|faisant partie de|du|des", 0.85),
        Rule("fr.member_of.participate.participer", "participate", "participer|participe|participent a|au|aux", 0.7),
        Rule("fr.member_of.participate.y", "participate", "y ~2 participer|participe|participent", 0.7),
        # "un tour auquel X et Y ont participé", "X a aussi participé." : sans objet, la levée ou le programme en cours
        Rule("fr.member_of.participate.seul", "participate", "participer|participe|participent|participait|participaient",
             0.7),
        Rule("fr.member_of.active.en", "active", "en ~2 faire|fait|font|faisait|faisaient|fera|feront partie", 0.8),
        Rule("fr.member_of.active.y", "active", "y adhere|adherent|siege|siegent", 0.7),
        Rule("fr.member_of.participate.prendre", "participate", "prendre|prend|prennent|pris part a|au|aux", 0.7),
        Rule("fr.member_of.participate.rejoindre", "participate", "rejoindre|rejoint|rejoignent ~3 investisseurs|actionnaires|tour|capital", 0.75),
        # "X a pris le train en marche du tour de table de Y", "X a pris le train en marche de P"
        Rule("fr.member_of.participate.train", "participate", "prendre|pris|prend|prennent|prenant le train en marche ~3 investisseurs|actionnaires|tour|capital", 0.75),
        Rule("fr.member_of.active.train", "active", "prendre|pris|prend|prennent|prenant le train en marche de|du|des|d", 0.7, "program", "close"),
        # renewing a membership states it; not renewing it is leaving ("n'a pas renouvelé son adhésion à P")
        Rule("fr.member_of.active.renouveler", "active", "renouveler|renouvele|renouvelee|renouvelle|renouvellent ~2 adhesion|participation a|au|aux", 0.75),
        # the subjects after the verb: "Ont également participé (à l'opération) X et Y"
        Rule("fr.member_of.participate.inverse", "participate", "ont|a ~2 participe|investi|contribue", 0.7, "after", "initial"),
        # the same in a relative clause on a round or a program: "un tour, auquel ont aussi participé X et Y"
        Rule("fr.member_of.participate.auquel", "participate", "auquel|auxquels|auxquelles|laquelle ont|a ~2 participe|contribue", 0.7, "after"),
        Rule("fr.member_of.participate.parmi", "participate", "parmi eux|elles|lesquels|lesquelles|ceux-ci", 0.7, "after", "participants"),
        Rule("fr.member_of.active.partenaire", "active", "partenaire|partenaires fondateur|fondateurs", 0.75),
        Rule("fr.member_of.active.se", "active", "se|s etre? joindre|joint|jointe|joints|jointes|joignent a|au|aux", 0.8),
        # "P, dont X et Y sont membres": the members inside a relative clause on the program
        Rule("fr.member_of.active.sont", "active", "etre|est|sont|sera|seront membre|membres|partenaires|signataires", 0.8, "program"),
        Rule("fr.member_of.active.membre", "active", "membre fondateur? de|du|des", 0.85),
        # "les partenaires (fondateurs) du programme P sont X et Y": partner institutions of a program
        Rule("fr.member_of.active.partenaires", "active", "partenaires fondateurs? de|du|des", 0.8, "program"),
        Rule("fr.member_of.active.membres", "active", "membres fondateurs? tel|tels|telles|comme|dont|notamment", 0.8),
        Rule("fr.member_of.active.compter", "active", "compter|compte|comptent parmi ~2 membre|membres", 0.85),
        # the members before, the program at hand: "P compte X, Y et Z parmi ses membres"
        Rule("fr.member_of.active.parmi", "active", "parmi ses|leurs ~2 membres|adherents|signataires|participants", 0.8),
        Rule("fr.member_of.active.figurer", "active", "figurer|figure|figurent ~2 parmi ~2 membre|membres|participants|partenaires|signataires|fondateurs", 0.85),
        Rule("fr.member_of.active.etre", "active", "etre|est|sont|etait|etaient ~2 de la partie", 0.7),
        Rule("fr.member_of.active.signataire", "active", "signataire|signataires de|du|des", 0.75),
        # "la déclaration P a été signée par X et Y": les signataires du texte d'un programme en sont membres
        Rule("fr.member_of.signed.signee", "signed", "signe|signee|signes|signees|cosigne|cosignee|ratifie|ratifiee|paraphe|paraphee|endosse|endossee ~4 par", 0.8),
        # who steers or coordinates a program takes part in it: "P est piloté par X et Y", "P, coordonné par X"
        Rule("fr.member_of.passive.piloter", "passive", "pilote|pilotee|pilotes|pilotees|copilote|copilotee|coordonne|"
             "coordonnee|coordonnes|coordonnees par", 0.75),
        # "Son pilotage est confié à trois organismes :" then a list, "la coordination de P revient à X"
        Rule("fr.member_of.roster.pilotage", "roster", "pilotage|copilotage|coordination ~3 confier|confie|confiee|revient|"
             "reviendra|assure|assuree a|au|aux|par", 0.75),
        Rule("fr.member_of.roster.pilotage2", "roster", "pilotage|copilotage|coordination ~3 confier|confie|confiee|revient|"
             "reviendra|assure|assuree a|au|aux|par ~3 :", 0.75),
        # the relative's "en" is the program its sentence names: "P a été monté par X et Y, qui en sont les membres fondateurs"
        Rule("fr.member_of.active.en2", "active", "en etre|est|sont|etait|etaient|sera|seront ~3 membre|membres|"
             "participants|signataires|adherents", 0.75),
        Rule("fr.member_of.passive.porter", "passive", "porter|porte|portee par", 0.75),
        Rule("fr.member_of.include.regrouper", "include", "regrouper|regroupe|regroupent|rassembler|rassemble|rassemblent|reunir|reunit|reunissent|federer|federe|federent", 0.75),
        Rule("fr.member_of.include.compose", "include", "compose|composee|composes|composees|constitue|constituee de|d", 0.8),
        Rule("fr.member_of.include.comprendre", "include", "comprendre|comprend|comprennent|inclure|inclut|accueillir|accueille", 0.7),
        Rule("fr.member_of.include.parmi", "include", "parmi ses|les membres ~3 figurer|figurent|trouver|retrouve|compter|compte", 0.85),
        # the members after the verb, the program before or at hand: "Parmi les premiers signataires figurent :" then a list
        Rule("fr.member_of.include.parmi2", "include", "parmi ses|les|leurs ~2 membres|signataires|participants|adherents "
             "se? figurer|figurent|figure|figuraient|trouvent|:", 0.8),
        Rule("fr.member_of.include.membres", "include", "membres ~2 :", 0.75),
        Rule("fr.member_of.include.on", "include", "on y trouve|retrouve|compte|recense", 0.7),
        # "Parmi les grands absents figurent X": a list of those left out (frames.ABSENT makes them EXCLUDED_FROM)
        Rule("fr.member_of.include.absents", "include", "parmi les grands? absents|absentes ~3 ,? on? figurer|figurent|"
             "figure|trouve|retrouve|retrouvent|compte|compter|cite|citer", 0.8),
        Rule("fr.member_of.include.y", "include", "y figurent|figure", 0.75),
        # adhering to a signed text in other words than signing: "le Brésil a soutenu la déclaration P", "X a
        # apposé sa signature au bas de la charte P" (option `text`: a signed text right after the verb)
        Rule("fr.member_of.active.soutenir", "active", "soutenir|soutient|soutiennent|soutenu|appuyer|appuie|appuient|"
             "appuye|endosser|endosse|endossent|approuver|approuve|approuvent|adopter|adopte|adoptent|souscrire|"
             "souscrit|souscrivent|adherer|adhere|adherent", 0.75, "text", "close"),
        Rule("fr.member_of.active.apposer", "active", "apposer|appose|apposent|apposaient leur|sa|son|ses signature|"
             "signatures|paraphe ~4 au|en bas|pied de|du|des|d", 0.8, "text"),
        Rule("fr.member_of.active.signer", "active", "signer|signe|signent|signera|signeront|signerait|signeraient", 0.75, "program"),
        Rule("fr.member_of.active.pas", "active", "pas ~2 membre|membres|signataire|signataires", 0.8),
        Rule("fr.member_of.include.compter", "include", "compter|compte|comptent|comptait|comptaient ~3 membres|partenaires|participants|signataires", 0.75, "members"),
        Rule("fr.member_of.include.membres2", "include", "membres fondateurs? ,|:", 0.75),
        # paraphrases seen in real news
        Rule("fr.member_of.active.parapher", "active", "parapher|paraphe|paraphent|parapheront|parafer|parafe|parafent|paraferont", 0.75, "program"),
        # "X a rallié P", "X ratifie P": joining a program named right after
        Rule("fr.member_of.active.rallier", "active", "rallier|rallie|rallient|ratifier|ratifie|ratifient", 0.75, "program"),
        Rule("fr.member_of.include.membres3", "include", "membres ~3 que sont", 0.8, "members"),
        # invited to a program: negated, left out of it ("n'ont pas été conviés à P")
        Rule("fr.member_of.passive.adhesion", "passive", "recevoir|recu|recoit|obtenir|obtenu ~2 adhesion|adhesions de|d|du|des", 0.75),
        Rule("fr.member_of.active.convier", "active", "convier|convie|conviee|convies|conviees|invite|invitee|invites|invitees a|au|aux", 0.6, "program"),
        # phrasings of press releases and announcements (a program after them, where the words have other senses)
        Rule("fr.member_of.active.entree", "active", "faire|fait|font|faisant|fera|feront son|leur|une entree dans|au|a|aux", 0.75, "program", "close"),
        Rule("fr.member_of.active.sieger", "active", "sieger|siege|siegent|siegera au sein de|du|des|d", 0.75, "program", "close"),
        Rule("fr.member_of.active.sieger2", "active", "sieger|siege|siegent|siegera a|au|aux|dans", 0.7, "program", "close"),
        Rule("fr.member_of.active.admis", "active", "admis|admise|admises a|au|aux|dans|parmi", 0.75, "program", "close"),
        Rule("fr.member_of.active.admis2", "active", "admis|admise|admises au sein de|du|des|d", 0.8, "program", "close"),
        Rule("fr.member_of.active.souscrire", "active", "souscrire|souscrit|souscrivent|souscrira a|au|aux", 0.7, "program", "close"),
        Rule("fr.member_of.active.prenante", "active", "partie|parties prenante|prenantes de|du|des|d", 0.75, "program", "close"),
        Rule("fr.member_of.active.adherent", "active", "adherent|adherents|adherente|adherentes de|du|des|d", 0.8),
        Rule("fr.member_of.active.rangs", "active", "grossir|grossit|grossissent|grossi|gonfler|gonfle|gonflent|renforcer|renforce|renforcent les rangs de|du|des|d", 0.8),
        Rule("fr.member_of.include.elargir", "include", "s|se elargir|elargit|elargissent a|au|aux", 0.7),
        Rule("fr.member_of.active.endosser", "active", "endosser|endosse|endossent|endossee|souscrire|souscrit", 0.7, "program", "close"),
        # chosen as a participant of a program: "X et Y ont été retenus pour P", "les lauréats de P sont X et Y"
        Rule("fr.member_of.active.retenu", "active", "ete|sont|est|seront|sera|etaient|etait retenir|selectionner|choisir|preselectionner ~3 pour|dans|a|au|aux|parmi", 0.75, "program", "close"),
        Rule("fr.member_of.active.laureats", "active", "laureat|laureats|laureate|laureates de|du|des|d", 0.8, "program"),
        # chosen in a role of participants, the program the text is about: "X et Y ont été retenus comme lauréats"
        Rule("fr.member_of.participate.retenu", "participate", "ete|sont|est|etaient retenir|selectionner|choisir|preselectionner comme|parmi|en ~2 laureats|laureat|laureate|laureates|finalistes|finaliste|equipes|equipe|participants|participant|membres", 0.7, "ahead"),
        # "P est passée à plus de 100 membres, dont X et Y"
        # the program draws members, examples after "dont": "P a rallié une trentaine d'industriels, dont X et Y"
        Rule("fr.member_of.examples.rallier", "examples", f"rallier|rallie|rallient|attirer|attire|attirent|federer|federe|federent "
             f"~4 {_KINDS}|membres|adherents|participants|signataires", 0.75),
        Rule("fr.member_of.examples.passer", "examples", "passer|passe|passee|grimper|grimpe|atteindre|atteint|elargir|elargi ~5 membres|adherents|participants|signataires|partenaires", 0.75),
        # a program choosing its participants: "P a sélectionné X et Y" (une entreprise qui choisit un prestataire: rien)
        Rule("fr.member_of.select.selectionner", "select", "selectionner|selectionne|selectionnent|retenir|retenu|retient|retiennent|choisir|choisi|choisit|choisissent|preselectionner", 0.75),
        # un groupe nominal annonce les membres du programme en question, sans verbe d'adhésion (frames.roster) :
        # "Les partenaires du projet sont A et B", "Quatre laboratoires sont concernés : A, B et C",
        # "Trois start-up ont été retenues pour bâtir le modèle — A, B et C"
        Rule("fr.member_of.roster.du", "roster", "partenaires|membres|participants|signataires fondateurs? du|de|des la|l? projet|programme|"
             "consortium|initiative|alliance|coalition|mission|plan|reseau|dispositif sont|:|\u2013|\u2014", 0.75),
        Rule("fr.member_of.roster.ses", "roster", "ses|leurs partenaires|membres|participants fondateurs? sont|:|\u2013|\u2014", 0.75),
        Rule("fr.member_of.roster.concernes", "roster", f"{_KINDS} etre? concerner|impliquer|associer|engager|concernes|impliques|"
             "associes|engages|partenaires|participants|membres :|\u2013|\u2014", 0.7),
        Rule("fr.member_of.roster.participantes", "roster", f"{_KINDS} participants|participantes|partenaires|membres|"
             "fondateurs|fondatrices|concernes|concernees|impliques|impliquees|associes|associees|porteurs|porteuses|pilotes sont", 0.7),
        Rule("fr.member_of.roster.retenues", "roster", f"{_KINDS} avoir|etre? ete|etre retenir|selectionner|choisir|retenues|retenus|"
             "selectionnees|selectionnes|choisies|choisis :|\u2013|\u2014", 0.7),
        # un membre en apposition à son rôle : "Le nouveau membre de P, X, ...", "son dernier adhérent, X"
        Rule("fr.member_of.apposed.nouveau", "apposed", "nouveau|nouvel|dernier|nouvelle|derniere membre|partenaire|adherent|recrue|signataire", 0.75),
        Rule("fr.member_of.roster.retenues2", "roster", f"{_KINDS} avoir|etre? ete|etre retenir|selectionner|choisir|retenues|retenus|"
             "selectionnees|selectionnes|choisies|choisis pour|afin ~8 :|\u2013|\u2014", 0.7),
        Rule("fr.member_of.roster.fondateurs", "roster", "partenaires|membres|participants fondateurs :|\u2013|\u2014", 0.75),
        # "Les premiers signataires sont :" puis la liste
        Rule("fr.member_of.roster.signataires", "roster", "premiers|nouveaux signataires|membres|partenaires|participants "
             "sont|etaient|furent :|\u2013|\u2014", 0.75),
        # une ligne qui n'est que le nom du rôle, la liste posée dessous : "Participants :", "Les lauréats sont :"
        Rule("fr.member_of.roster.seul", "roster", "les? laureats|laureates|participants|participantes|signataires "
             "sont? :", 0.7, "initial"),
        # "L'alliance a accueilli trois membres cette semaine : A, B et C"
        Rule("fr.member_of.roster.accueillis", "roster", "accueillir|ajouter ~2 membres|partenaires|participants ~3 :|\u2013|\u2014", 0.7),
        Rule("fr.member_of.roster.premiers", "roster", "premiers|nouveaux partenaires|membres|participants :|\u2013|\u2014", 0.75),
    ),
    "FUNDS": (
        # (pas "les lauréats du programme P" : ses membres, fr.member_of.roster.seul)
        # à qui vont les subventions d'un financeur, la liste après un deux-points ou posée dessous (frames.recipients) :
        # "X a dévoilé les bénéficiaires de son appel : A, pour ... ; B", "Ses subventions sont allées à : A ; B"
        Rule("fr.funds.recipients.beneficiaires", "recipients", "beneficiaires|laureats|attributaires de|du|des ~3 subvention|"
             "subventions|financement|financements|appel|bourses|aides|fonds ~3 sont|:|\u2013|\u2014", 0.7),
        Rule("fr.funds.recipients.aller", "recipients", "subventions|financements|aides|bourses ~2 aller|allees|alles|revenir|"
             "attribuer|accorder|attribuees|accordees|attribues|accordes|versees|verses a|au|aux :|\u2013|\u2014", 0.7),
        Rule("fr.funds.active.financer", "active", "financer|finance|financent|financera|cofinancer|cofinance|cofinancent|cofinancera", 0.85),
        Rule("fr.funds.active.investir", "active", "investir|investit|investi|investis|investissent|investira ~6 dans|en", 0.85, "object"),
        Rule("fr.funds.active.investissement", "active", "investissement|investissements ~3 dans|en", 0.75, "object"),
        Rule("fr.funds.active.injecter", "active", "injecter|injecte|injectee ~6 dans", 0.85, "object"),
        Rule("fr.funds.active.subventionner", "active", "subventionner|subventionne", 0.85),
        Rule("fr.funds.active.soutenir", "active", "soutenir|soutient|soutiennent financierement", 0.85),
        Rule("fr.funds.active.entrer", "active", "entrer|entre|entrent au capital de|d", 0.85),
        # "X est monté au capital de Y", "X a renforcé sa participation dans Y": more money in
        Rule("fr.funds.active.monter", "active", "monter|monte|montee|montent au capital de|d|du", 0.8),
        Rule("fr.funds.active.renforcer", "active", "renforcer|renforce|renforcent|accroitre|accroit|accru|augmenter|augmente|augmentent|relever|releve ~1 participation dans", 0.8, "close"),
        # "Y a ouvert son capital à X": X enters Y's capital
        Rule("fr.funds.raise.ouvrir", "raise", "ouvrir|ouvre|ouvert|ouvrent|ouvrira son|leur capital a|au|aux", 0.8),
        # "X officialise son entrée au capital de Y"; "X apporte son soutien financier à Y"
        Rule("fr.funds.active.entree", "active", "entree|arrivee ~3 au capital de|d|du", 0.8),
        Rule("fr.funds.active.apporter", "active", "apporter|apporte|apportent|offrir|offre|offrent ~2 soutien|appui|concours financier a|au|aux", 0.8),
        Rule("fr.funds.active.prendre", "active", "prendre|prend|prennent|pris ~2 participation ~8 dans|au|a", 0.85),
        Rule("fr.funds.active.actionnaire", "active", "actionnaire|actionnaires ~2 de|d", 0.75),
        Rule("fr.funds.active.est", "active", "est|sont|etait|etaient|reste|restent ~2 actionnaire|actionnaires|investisseur|investisseurs", 0.7),
        Rule("fr.funds.active.investir2", "active", "investir|investit|investi|investissent|investira ~6 au capital de|d|du", 0.85),
        Rule("fr.funds.active.investisseur", "active", "investisseur|investisseurs|financeur|financeurs ~2 de|d|dans", 0.7, "object", "close"),
        Rule("fr.funds.active.engager", "active", "engager|engage|engagent|apporter|apporte|verser|verse|allouer|alloue|doter|dote|accorder|accorde", 0.7, "amount"),
        # "l'État a consacré 1,5 Md€ à la stratégie" (not the participle alone: "un campus consacré à l'IA")
        Rule("fr.funds.active.consacrer", "active", "avoir ~2 consacre ~8 a|au|aux", 0.7, "amount"),
        Rule("fr.funds.active.consacrera", "active", "consacrera|consacreront|consacrent|consacrait ~8 a|au|aux", 0.7, "amount"),
        Rule("fr.funds.active.budget", "active", "budget|subvention|subventions|credits", 0.6, "amount"),
        Rule("fr.funds.active.mener", "active", "mener|mene|menee ~2 tour|levee|financement", 0.8),
        Rule("fr.funds.passive.financer", "passive", "financer|finance|financee|finances|financees par", 0.85),
        Rule("fr.funds.passive.soutenir", "passive", "soutenir|soutenu|soutenue|soutenus|soutenues ~3 par", 0.75),
        Rule("fr.funds.passive.verser", "passive", "verser|verse|versee|verses|versees par", 0.8),
        Rule("fr.funds.passive.investi", "passive", "investi|investie par", 0.8),
        Rule("fr.funds.passive.injecter", "passive", "injecter|injecte|injectee ~8 par", 0.8),
        Rule("fr.funds.passive.financement", "passive", "financement|financements provenir|provient|proviennent ~3 de|d", 0.8),
        Rule("fr.funds.raise.lever", "raise", "lever|leve|levee|levent ~8 aupres de|d", 0.85),
        # a round closed or gathered from its investors: "a bouclé un tour de table de 220 millions auprès d'X"
        Rule("fr.funds.raise.boucler", "raise", "boucler|boucle|bouclent|finaliser|finalise|finalisent|reunir|reuni|reunit|reunissent ~10 aupres d|de|du|des", 0.8, "amount"),
        Rule("fr.funds.announce.lever", "announce", "lever|leve|levee|levent|boucler|boucle|finaliser|finalise", 0.5),
        Rule("fr.funds.passive.tour", "passive", "tour|levee|financement|serie ~8 mene|menee|dirige|dirigee|emmene|emmenee|conduit|conduite par", 0.85),
        # the recipient before, its funders after: "Y bénéficiera d'un budget de 37 M€, dont 20 M€ de X"
        Rule("fr.funds.raise.beneficier", "raise", "beneficier|beneficie|beneficiera|beneficient|beneficiant d|de|du", 0.7, "amount"),
        # the passive of "doter": the subject receives, the funder after ("P est doté de 37 M€ au titre de
        # Horizon Europe", "a été dotée de 10 M€ par la Région")
        Rule("fr.funds.raise.doter", "raise", "etre|est|sont|ete|etait|sera doter|dote|dotee|dotes|dotees ~8 de|d|du|des|par",
             0.75, "amount"),
        Rule("fr.funds.raise.recevoir", "raise", "recevoir|recoit|recu ~6 de|d", 0.55, "amount"),
        # une ligne qui n'est que le nom des financeurs, la liste posée dessous : "Les investisseurs de ce tour :"
        # "A apporte 20 M€, tandis que B ajoute 5 M€" : B finance ce que A finance, avec sa propre somme
        Rule("fr.funds.added.tandis", "added", "tandis|alors que ~4 ajoute|ajoutent|ajoutera|ajouteront|apporte|"
             "apportent|apportera|apporteront|verse|versent|versera|versera|investit|investira|engage|met|mettra", 0.7, "amount"),
        Rule("fr.funds.funders.seul", "funders", "les? investisseurs|financeurs|bailleurs|actionnaires ~3 :", 0.7, "initial"),
        Rule("fr.funds.funders.parmi", "funders", "parmi ~2 financements|financeurs|investisseurs|bailleurs|actionnaires|soutiens", 0.8),
        Rule("fr.funds.pledge.investir", "pledge", "investir|investit|investi|investissent|investira", 0.7, "amount"),
        Rule("fr.funds.pledge.offrir", "pledge", "offrir|offre|offrent|fournir|fournit|fournissent|accorder|accorde ~3 credits|subventions|financement|financements", 0.65),
        # "A et B apporteront l'essentiel des crédits" : les crédits du plan dont parle le texte (un article
        # défini ; "l'État apportera des crédits" ne dit pas à qui)
        Rule("fr.funds.pledge.apporter", "pledge", "apporter|apporte|apportent|apportera|apporteront l|les|le ~2 "
             "credits|subventions|financement|financements|fonds", 0.65),
        # "X a mis sur la table 20 M€" : sa propre somme, pour la partie dont parle le texte
        Rule("fr.funds.pledge.table", "pledge", "mettre|met|mettent|mis|mise|mettra|mettront sur la table", 0.7, "amount"),
        # "A et B apporteront les crédits, complétés par C" : C aussi finance la partie financée dans la phrase
        Rule("fr.funds.cofund.complete", "cofund", "complete|completes|completee|completees|abonde|abondes par", 0.6),
        # compute given in kind to a recipient named inside: "X fournira au programme P un accès à ses supercalculateurs"
        Rule("fr.funds.pledge.acces", "pledge", "fournir|fournit|fournissent|fournira|fourniront|offrir|offre|offrent|offrira|offriront ~6 acces a|aux ~3 supercalculateur|supercalculateurs|calcul|gpu|gpus", 0.6, "object"),
        Rule("fr.funds.passive.tour2", "passive", "tour|levee|financement|serie ~6 , mene|menee|dirige|dirigee|emmene|emmenee par", 0.85),
        # "Le tour, annoncé en octobre, a été mené par X"; "L'opération est menée par X" après une levée
        Rule("fr.funds.passive.tour3", "passive", "tour|levee|financement|serie|operation , ~6 , ~3 mene|menee|dirige|dirigee|emmene|emmenee|conduit|conduite par", 0.8, "round"),
        Rule("fr.funds.passive.operation", "passive", "operation ~3 mene|menee|dirigee|emmenee|conduite par", 0.8, "round"),
        Rule("fr.funds.cofund.avec", "cofund", "avec? la? participation de|d|du|des", 0.8),
        # "financer le centre, avec cinq membres fondateurs que sont X et Y": patrons who found it fund it
        Rule("fr.funds.cofund.fondateurs", "cofund", "avec ~2 membres|mecenes|partenaires fondateurs? que sont|:", 0.7, "patrons"),
        Rule("fr.funds.cofund.aux", "cofund", "aux cotes de|d|du|des", 0.6),
        Rule("fr.funds.cofund.reunir", "cofund", "reunir|reunit|reunissait|reunissent|comprendre|comprend|comprenait|inclure|inclut|incluait|associer|associe|associait|rassembler|rassemble|rassemblait|rassemblent", 0.6, "round"),
        # paraphrases seen in real news
        # "X abonde le fonds", "X a abondé P de 10 M€"
        Rule("fr.funds.active.abonder", "active", "abonder|abonde|abondent|abondera", 0.75),
        # "le tour, mené par A, rejoint par B": B joins the round
        Rule("fr.funds.cofund.rejoint", "cofund", "rejoint|rejointe|rejoints|rejointes par", 0.7, "round"),
        Rule("fr.funds.passive.profiter", "passive", "profiter|beneficier de ~2 appui|soutien|concours financier de|du|des", 0.8),
        # "Grâce au financement de X, P ...", "avec le soutien financier de X" ("le soutien de X" alone may be
        # political: no rule)
        Rule("fr.funds.passive.grace", "passive", "grace a|au|aux ~1 financement|financements|subvention|subventions|dotation|dotations|mecenat|investissement|investissements de|du|des|d", 0.8),
        Rule("fr.funds.passive.soutienfinancier", "passive", "soutien|appui|concours financier|financiers de|du|des|d", 0.8),
        # "P, financé à hauteur de 20 millions d'euros par X, ..."
        Rule("fr.funds.passive.hauteur", "passive", "finance|financee|finances|financees|cofinance|cofinancee|cofinances|cofinancees|subventionne|subventionnee|soutenu|soutenue a hauteur ~8 par", 0.85),
        # phrasings of the business press and of public funders
        Rule("fr.funds.active.miser", "active", "miser|mise|misent|misera|mettre|met|mettent|mis ~6 dans|sur", 0.75, "amount", "object"),
        # de l'argent sans somme : "X a mis de l'argent dans la société", "Y a placé des fonds dans Z"
        Rule("fr.funds.active.argent", "active", "mettre|met|mettent|mis|placer|place|placent|injecter|injecte|injectent "
             "~3 argent|billes|fonds|capitaux ~6 dans", 0.75, "object"),
        # "A, B et C y ont mis de l'argent", "Z y a investi" : la levée dont parle le texte
        Rule("fr.funds.participate.y", "participate", "y ~2 investir|investi|investit|investissent|injecter|injecte|injectent",
             0.7),
        Rule("fr.funds.participate.ymis", "participate", "y ~2 mettre|mis|met|mettent|placer|place|placent ~3 "
             "argent|billes|fonds|capitaux|millions|milliards", 0.7),
        # "X a signé un chèque de 100 millions d'euros à Y", "X a mis la main à la poche pour Y"
        Rule("fr.funds.active.cheque", "active", "signer|signe|signent|faire|fait ~2 cheque|cheques ~8 a|au|aux|pour", 0.75, "amount", "close"),
        Rule("fr.funds.active.poche", "active", "mettre|met|mettent|mis|mise la main a|au la? poche|portefeuille pour", 0.7, "close"),
        Rule("fr.funds.raise.obtenir", "raise", "obtenir|obtient|obtiennent|obtenu|decrocher|decroche|decrochent|recevoir|recoit|recu ~3 financement|financements|subvention|subventions|pret|prets ~8 de|d|du|des|aupres", 0.8),
        Rule("fr.funds.raise.decrocher", "raise", "decrocher|decroche|decrochent|recolter|recolte|recoltent|empocher|empoche|obtenir|obtient|obtenu ~8 aupres de|d|du|des", 0.8),
        Rule("fr.funds.active.octroyer", "active", "octroyer|octroie|octroient|octroye|allouer|alloue|allouent|attribuer|attribue|attribuent|accorder|accorde|accordent ~3 subvention|subventions|financement|financements|pret|prets|credits|dotation ~6 a|au|aux", 0.8),
        Rule("fr.funds.active.renflouer", "active", "renflouer|renfloue|renflouent|renflouera", 0.75),
        Rule("fr.funds.passive.financementpar", "passive", "financement|financements ~4 par", 0.8),
        Rule("fr.funds.passive.doter", "passive", "doter|dote|dotee|dotes|dotees ~8 par", 0.8),
        Rule("fr.funds.active.debloquer", "active", "debloquer|debloque|debloquent|debloquera|mobiliser|mobilise|mobilisent ~6 pour|a|au|aux|en", 0.75, "amount"),
        Rule("fr.funds.active.mecene", "active", "mecene|mecenes de|du|des|d", 0.75),
        Rule("fr.funds.raise.adosser", "raise", "adosse|adossee|adosses|adossees a|au|aux", 0.75),
        Rule("fr.funds.active.detenir", "active", "detenir|detient|detiennent|detenait ~3 participation|participations|part|parts ~4 dans|de|du|d", 0.8),
    ),
    "SIGNS_MOU_WITH": (
        Rule("fr.signs_mou_with.pair.signer", "pair", "signer|signe|signent|signee|signé ~7 protocole|accord|memorandum|mou|lettre|contrat|convention|partenariat|accord-cadre", 0.9),
        Rule("fr.signs_mou_with.pair.protocole", "pair", "protocole d accord", 0.9),
        Rule("fr.signs_mou_with.pair.lettre", "pair", "lettre d intention", 0.85),
        Rule("fr.signs_mou_with.pair.accord-cadre", "pair", "accord-cadre|memorandum", 0.85),
        # "X a signé avec Y un protocole d'accord": the partner before the document
        # a convention (a signed agreement of French public bodies) made with a partner: "X a noué une convention avec Y"
        Rule("fr.signs_mou_with.pair.convention2", "pair", "nouer|noue|nouent|conclure|conclu|conclut|concluent|passer|passe|passent ~3 convention|conventions ~4 avec", 0.8),
        Rule("fr.signs_mou_with.pair.signeavec", "pair", "signer|signe|signent|signee|signeront avec", 0.8),
        # paraphrases seen in real news
        # "X et Y ont paraphé un accord-cadre", "X ratifie un protocole avec Y"
        Rule("fr.signs_mou_with.pair.parapher", "pair", "parapher|paraphe|paraphent|parafer|parafe|parafent|ratifier|ratifie|ratifient|enteriner|enterine|enterinent ~7 protocole|accord|memorandum|mou|lettre|contrat|convention|accord-cadre", 0.85),
        # the document before, a relative clause on it: "l'accord que X et Y ont signé"
        Rule("fr.signs_mou_with.pair.relatif", "pair", "accord|protocole|memorandum|convention|contrat que|qu ~8 signer|signe|signent|signee|parapher|paraphe|parafer|ratifier|ratifie", 0.8, "inner"),
        # the noun: "X et Y annoncent la signature d'un accord"
        Rule("fr.signs_mou_with.pair.signature", "pair", "signature ~3 protocole|accord|memorandum|mou|lettre|contrat|convention|accord-cadre", 0.8),
        Rule("fr.signs_mou_with.pair.convention", "pair", "convention|accord|protocole|memorandum ~4 paraphe|paraphee|signe|signee ~6 entre", 0.85, "between"),
        # the document signed by the parties, bound by it, their signature on it
        Rule("fr.signs_mou_with.pair.signepar", "pair", "protocole|accord|memorandum|lettre|contrat|convention|accord-cadre ~6 signe|signee|signes|signees|paraphe|paraphee par", 0.85),
        Rule("fr.signs_mou_with.pair.lies", "pair", "lie|lies|liee|liees par ~2 protocole|accord|memorandum|contrat|convention|accord-cadre", 0.8),
        Rule("fr.signs_mou_with.pair.apposer", "pair", "apposer|appose|apposent ~2 signature|signatures ~4 protocole|accord|memorandum|contrat|convention|accord-cadre", 0.85),
    ),
    "PARTNERS_WITH": (
        # une ligne qui n'est que le nom, les partenaires posés dessous, de l'entreprise dont l'article parle
        Rule("fr.partners_with.roster.seul", "roster", "les? nouveaux? partenariats|collaborations annonces|signes|conclus? :", 0.7, "initial"),
        Rule("fr.partners_with.pair.conclure", "pair", "conclure|conclu|conclut ~3 accord", 0.75),
        Rule("fr.partners_with.pair.s", "pair", "s|se associer|associe|associent ~2 a|au|aux|avec", 0.9),
        Rule("fr.partners_with.pair.partenariat", "pair", "partenariat|partenariats ~4 avec|entre", 0.85, "between"),
        Rule("fr.partners_with.pair.partenaire", "pair", "partenaire|partenaires ~4 de|d", 0.7),
        Rule("fr.partners_with.pair.collaborer", "pair", "collaborer|collabore|collaborent|collaboration|cooperer|coopere|cooperation avec|entre", 0.8, "between"),
        Rule("fr.partners_with.pair.allie", "pair", "allie|allies|alliee a|de|avec", 0.8),
        Rule("fr.partners_with.pair.s2", "pair", "s|se allier|allie avec|a", 0.85),
        Rule("fr.partners_with.pair.pactiser", "pair", "pactiser|pactise avec", 0.85),
        Rule("fr.partners_with.pair.rapprochement", "pair", "rapprochement entre", 0.7, "between"),
        Rule("fr.partners_with.pair.unir", "pair", "unir|unissent ~2 forces", 0.8),
        Rule("fr.partners_with.pair.entrer", "pair", "entrer|entrent|entre dans ~2 partenariat", 0.85),
        Rule("fr.partners_with.pair.lancer", "pair", "lancer|lance|lancent|nouer|noue|nouent|sceller|scelle|scellent|conclure|conclu|concluent|officialiser|officialise|officialisent|former|forment|etablir|etablit|etablissent|annoncer|annonce|annoncent ~3 partenariat|cooperation|collaboration|alliance", 0.8),
        # une entreprise commune des parties après "entre" : "un programme de recherche commun entre X et Y"
        Rule("fr.partners_with.pair.commun", "pair", "programme|programmes|projet|projets|laboratoire|laboratoires|labo|initiative|centre|chaire|equipe ~3 commun|commune|communs|communes|conjoint|conjointe entre", 0.8, "between"),
        # les sujets ont fait quelque chose ensemble : "X et Y ont conçu ensemble un outil" (right after
        # the verb only: "développent un ensemble d'outils", "entraînent les ensembles de données" name a noun)
        Rule("fr.partners_with.pair.ensemble", "pair", "entrainer|entraine|entrainent|developper|developpe|developpent|concevoir|concu|concoivent|construire|construit|construisent|tester|teste|testent|exploiter|exploite|exploitent ensemble", 0.75),
        # les partenaires du sujet, nommés dans une liste : "X compte Y et Z parmi ses partenaires"
        Rule("fr.partners_with.pair.parmi", "pair", "compter|compte|comptent|comptait|comptaient ~4 parmi ses|leurs ~2 partenaires|allies", 0.75),
        Rule("fr.partners_with.pair.coentreprise", "venture", "coentreprise|co-entreprise|joint-venture", 0.8),
        Rule("fr.partners_with.pair.travailler", "pair", "travailler|travaille|travaillent|travailleront|collaborer|collaborent|cooperer|cooperent ensemble", 0.75),
        Rule("fr.partners_with.pair.travailler2", "pair", "travailler|travaille|travaillent|travaillera avec", 0.6),
        # "le partenariat que X et Y ont noué", "l'alliance qu'X a scellée avec Y"
        Rule("fr.partners_with.pair.relatif", "pair", "partenariat|alliance|collaboration|cooperation que|qu ~8 nouer|noue|sceller|scelle|conclure|conclu|annoncer|annonce|lancer|lance|signer|signe", 0.75, "inner"),
        # a commercial contract with a partner ("un contrat pluriannuel avec Y")
        Rule("fr.partners_with.pair.contrat", "pair", "contrat|contrats ~3 avec", 0.65),
        # paraphrases seen in real news
        Rule("fr.partners_with.pair.reciproque", "pair", "s|se associer|allier|unir|rapprocher", 0.8, "reciprocal"),
        Rule("fr.partners_with.pair.reciproque2", "pair", "collaborer|cooperer", 0.75, "reciprocal"),
        Rule("fr.partners_with.pair.s3", "pair", "s|se etre ~1 associe|associee|associes|associees|allie|alliee|allies|alliees a|au|aux|avec", 0.85),
        # phrasings of press releases and the business press
        Rule("fr.partners_with.pair.forces", "pair", "joindre|joignent|joignant|joint|mutualiser|mutualisent|mutualise|mutualisant|conjuguer|conjuguent ~2 forces|efforts|moyens|expertises|competences|savoir-faire", 0.8, "reciprocal"),
        Rule("fr.partners_with.pair.rapprocher", "pair", "s|se etre? ~1 rapprocher|rapproche|rapprochee|rapproches|rapprochees|rapprochent de|du|d", 0.8),
        Rule("fr.partners_with.pair.main", "pair", "main dans la main avec", 0.8),
        Rule("fr.partners_with.pair.concert", "pair", "travailler|travaille|travaillent|travaillera|agir|agit|agissent de concert avec", 0.8),
        Rule("fr.partners_with.pair.equipe", "pair", "faire|fait|font|faisant|fera|feront|faisaient equipe avec", 0.85),
        Rule("fr.partners_with.pair.equipe2", "pair", "faire|fait|font|faisant|fera|feront|faisaient equipe", 0.8, "reciprocal"),
        Rule("fr.partners_with.pair.choisir", "pair", "choisir|choisi|choisit|choisissent|retenir|retenu|retient|selectionner|selectionne ~4 comme|pour ~1 partenaire|partenaires", 0.75),
        Rule("fr.partners_with.pair.tisser", "pair", "tisser|tisse|tissent|renforcer|renforce|renforcent|nouer|noue|nouent ~3 liens avec", 0.75),
        Rule("fr.partners_with.pair.conclure2", "pair", "conclure|conclu|conclut|concluent|sceller|scelle|scellent ~3 alliance|partenariat|collaboration", 0.8),
        Rule("fr.partners_with.pair.avec", "pair", "alliance|alliances|rapprochement|association|tandem ~2 avec", 0.75),
        # building something together with a partner: "X va co-développer un modèle avec Y"
        # des discussions avec un partenaire (des mots d'hésitation : un partenariat potentiel)
        # "X discute avec Y", "X négocie avec Y" (un verbe d'hésitation : un partenariat potentiel)
        Rule("fr.partners_with.pair.discuter", "pair", "discuter|discute|discutent|discutait|discutaient|negocier|negocie|negocient|negociait|negociaient avec", 0.6, "close"),
        Rule("fr.partners_with.pair.discussions", "pair", "en|entamer|entame|entament|ouvrir|ouvert|ouvre|ouvrent|engager|engage|engagent|mener|mene|menent ~2 discussions|negociations|pourparlers avec", 0.6, "close"),
        # un partenaire que le sujet nomme tel : "Google Cloud présente SSI comme un partenaire"
        Rule("fr.partners_with.pair.presenter", "pair", "presenter|presente|presentent|qualifier|qualifie|qualifient|decrire|decrit|decrivent ~4 comme|de un|une|son|leur? ~2 partenaire|allie", 0.7),
        # les sujets le construiront ensemble : "X et Y vont co-développer des traitements" (pas le passé,
        # "X et Y ont co-développé un outil" : un travail fait, aucune collaboration annoncée)
        # (un verbe de projet avant l'infinitif, ou le futur : le lemme de "co-développé" est l'infinitif)
        Rule("fr.partners_with.pair.codevelopper2", "pair", "vont|va|veulent|comptent|entendent|prevoient|souhaitent|doivent|devraient ~2 co-developper|codevelopper|co-construire", 0.75, "reciprocal"),
        Rule("fr.partners_with.pair.codevelopper3", "pair", "co-developperont|codevelopperont|co-construiront", 0.75, "reciprocal"),
        Rule("fr.partners_with.pair.main2", "pair", "travailler|travaille|travaillent|travailleront|avancer|avancent main dans la main", 0.75, "reciprocal"),
        # le faire avec un partenaire nommé juste après "avec" : "X construit son assistant avec le fournisseur de
        # cloud Y" (pas "avec le soutien de Y", "avec les puces de Y")
        Rule("fr.partners_with.pair.construire", "pair", "construire|construit|construisent|construira|developper|developpe|developpent|developpera|concevoir|concu|concoit|concoivent ~5 avec", 0.7, "bare"),
        # "X a aidé Y à prouver la technologie", "X aide Y à concevoir ses puces" (pas "à lever des fonds")
        Rule("fr.partners_with.pair.aider", "pair", "aider|aide|aident|aidait|aidera ~5 a prouver|developper|concevoir|construire|tester|entrainer|deployer|valider", 0.65, "bare"),
        Rule("fr.partners_with.pair.codevelopper", "pair", "co-developper|codevelopper|co-developpe|codeveloppe|co-developpent|codeveloppent|co-construire|co-construit|co-construisent ~4 avec", 0.8),
    ),
    "FOUNDED": (
        Rule("fr.founded.active.lancer", "active", "lancer|lance|lancent|lancera", 0.8),
        Rule("fr.founded.active.creer", "active", "creer|cree|creent|creera", 0.8),
        Rule("fr.founded.active.fonder", "active", "fonder|fonde|fondent|cofonder|cofonde", 0.85),
        Rule("fr.founded.active.mettre", "active", "mettre|met|mettent|mis en place|sur", 0.7),
        Rule("fr.founded.active.creation", "active", "creation|lancement|fondation de|du|d", 0.8, "nominal"),
        Rule("fr.founded.active.initier", "active", "initier|initie|inaugurer|inaugure", 0.65),
        Rule("fr.founded.active.devoiler", "active", "devoiler|devoile|devoilent|devoilera", 0.65, "close"),
        Rule("fr.founded.passive.lancer", "passive", "lancer|lance|lancee|lances|lancees|creer|cree|creee|crees|fonde|fondee|cofonde|cofondee|initie|initiee ~5 par", 0.85),
        Rule("fr.founded.passive.a", "passive", "a l initiative de|d", 0.8),
        # "Imaginée par X et Y, P ...", "P, conçu par X": who thought up a program founded it
        Rule("fr.founded.passive.imaginer", "passive", "imagine|imaginee|imagines|imaginees|concu|concue|concus|concues ~5 par", 0.75),
        # paraphrases seen in real news
        Rule("fr.founded.active.donner", "active", "donner|donne|donnent|donnaient naissance a|au|aux", 0.85),
        Rule("fr.founded.active.porter", "active", "porter|porte|portent sur les fonts baptismaux", 0.85),
        Rule("fr.founded.passive.porter", "passive", "porte|portee|portes|portees sur les fonts baptismaux ~3 par", 0.85),
        # phrasings of press releases and announcements (a program after them, where the words have other senses)
        Rule("fr.founded.active.pied", "active", "mettre|met|mettent|mis|mise|mettra sur pied", 0.8),
        Rule("fr.founded.passive.pied", "passive", "mis|mise|mises sur pied ~3 par", 0.85),
        Rule("fr.founded.active.origine", "active", "a l origine de|du|d|des", 0.75, "program", "close"),
        Rule("fr.founded.active.instaurer", "active", "instaurer|instaure|instaurent|etablir|etabli|etablit|etablissent|impulser|impulse|impulsent", 0.7, "program", "close"),
        Rule("fr.founded.active.fondateur", "active", "fondateur|fondateurs|fondatrice|createur|createurs|creatrice|initiateur|initiateurs|initiatrice de|du|d|des", 0.8, "program", "close"),
        Rule("fr.founded.passive.impulsion", "passive", "sous l impulsion de|d|du|des", 0.75),
        Rule("fr.founded.passive.initiative", "passive", "une initiative de|d|du|des", 0.7),
        Rule("fr.founded.passive.creation", "passive", "creation|lancement|fondation par", 0.8),
    ),
    "EXCLUDED_FROM": (
        Rule("fr.excluded_from.active.quitter", "active", "quitter|quitte|quittent|quitté", 0.85),
        Rule("fr.excluded_from.active.se", "active", "se|s ~1 retirer|retire|retiree|retirent|retires|retirees de|du|des", 0.9),
        Rule("fr.excluded_from.active.retrait", "active", "retrait|depart|sortie de|du|d", 0.8),
        Rule("fr.excluded_from.active.exclu", "active", "exclu|exclue|exclus|exclues|ecarte|ecartee|absent|absente|absents ~2 de|du|des", 0.85),
        Rule("fr.excluded_from.active.claquer", "active", "claquer|claque la porte de|du", 0.85),
        Rule("fr.excluded_from.active.defection", "active", "faire|fait|font|faisant defection a|au|aux", 0.75, "program", "close"),
        Rule("fr.excluded_from.active.rester", "active", "rester|reste|restent|restera|resteront a l ecart de|du|des", 0.8),
        Rule("fr.excluded_from.active.dehors", "active", "rester|reste|restent|restera|resteront|tenir|tenu|tenue|tenus|tenues en dehors de|du|des", 0.8),
        # paraphrases seen in real news
        # "X a été tenu à l'écart de P", "X est tenu en dehors de P"
        Rule("fr.excluded_from.active.tenir", "active", "tenir|tenu|tenue|tenus|tenues a l ecart de|du|des", 0.8),
        Rule("fr.excluded_from.active.manquer", "active", "manquer|manque|manquent|manquaient|manquait a l appel", 0.8),
        # phrasings of the press (a program after them, where the words have other senses)
        Rule("fr.excluded_from.active.ecart", "active", "mis|mise|mises a l ecart de|du|des|d", 0.8),
        Rule("fr.excluded_from.active.evince", "active", "evince|evincee|evinces|expulse|expulsee|expulses|radie|radiee|radies ~2 de|du|des|d", 0.8, "program", "close"),
        Rule("fr.excluded_from.active.dos", "active", "tourner|tourne|tournent le dos a|au|aux", 0.8, "program", "close"),
        Rule("fr.excluded_from.active.demissionner", "active", "demissionner|demissionne|demissionnent de|du|des|d", 0.8, "program", "close"),
        Rule("fr.excluded_from.active.desengager", "active", "s|se etre? ~1 desengager|desengage|desengagee|desengages|desengagent de|du|des|d", 0.8, "program", "close"),
        Rule("fr.excluded_from.active.decliner", "active", "decliner|decline|declinent l invitation de|du|d|des", 0.8),
        Rule("fr.excluded_from.active.bouder", "active", "bouder|boude|boudent|boycotter|boycotte|boycottent|snober|snobe|snobent|abandonner|abandonne|abandonnent|deserter|deserte", 0.75, "program", "close"),
        # "X a refusé la signature de P", "X a décliné son adhésion à P"
        Rule("fr.excluded_from.active.refuser", "active", "refuser|refuse|refusent|refusait|decliner|decline|declinent ~2 signature|adhesion de|du|des|d|a|au|aux", 0.8, "program", "close"),
        # "X n'a pas été retenu (pour P)", "X et Y ne sont pas sélectionnés": left out of the program at hand
        Rule("fr.excluded_from.active.retenu", "active", "ete|sont|est|etaient|etait|seront|sera|soit|soient pas? "
             "retenu|retenue|retenus|retenues|selectionne|selectionnee|selectionnes|selectionnees|choisi|choisie|"
             "choisis|choisies|invite|invitee|invites|invitees|convie|conviee|convies|conviees", 0.8, "negated"),
        # "X ne figure pas parmi les financeurs de P": not among its backers, left out of it (a positive
        # one is funding, not membership)
        Rule("fr.excluded_from.active.financeurs", "active", "figurer|figure|figurent|compter|compte|comptent ~2 parmi ~2 "
             "financeurs|mecenes|soutiens|sponsors|bailleurs|commanditaires", 0.8, "negated"),
        # "les États-Unis ont refusé de la signer", "X ne l'a pas signée": a refused or negated signature of the
        # text at hand, its object a pronoun or none (an object stated, "n'a pas signé le contrat", is no program)
        Rule("fr.excluded_from.active.signer", "active", "signer|signe|signee|signent|signera|parapher|paraphe|"
             "ratifier|ratifie|endosser|endosse", 0.75, "negated", "objectless"),
        Rule("fr.excluded_from.active.suspendu", "active", "suspendu|suspendue|suspendus|banni|bannie ~1 de|du|des|d", 0.8, "program", "close"),
        # "X brille par son absence": left out of the program at hand
        Rule("fr.excluded_from.active.briller", "active", "briller|brille|brillent|brillait|brillaient|brillera par son|sa|leur absence", 0.8),
        # "X a été recalé (lors de la sélection de P)"
        Rule("fr.excluded_from.active.recale", "active", "recale|recalee|recales|recalees de|du|des|d", 0.75, "program", "close"),
        Rule("fr.excluded_from.active.recale2", "active", "recale|recalee|recales|recalees ~3 selection|appel de|du|des|d", 0.75, "program", "close"),
        # "P se fera sans X et Y": the program before, those left out after
        Rule("fr.excluded_from.active.sans", "active", "se|s ~1 fera|fait|feront|font|faire|ferait sans", 0.75),
        # "tous ont rejoint P, à l'exception d'Orange", "sauf X", "hormis X": those the statement leaves out
        Rule("fr.excluded_from.active.exception", "active", "a l exception de|d|du|des", 0.7),
        Rule("fr.excluded_from.active.sauf", "active", "sauf|hormis|excepte", 0.7),
        # "X a vu sa candidature écartée", "X voit ses candidatures rejetées": left out of the selection at hand
        Rule("fr.excluded_from.active.candidature", "active", "vu|voit|voient|voyait sa|son|leur|ses candidature|"
             "candidatures ecartee|ecartees|ecarte|ecartes|rejetee|rejetees|rejete|rejetes|"
             "refusee|refusees|refuse|refuses|recalee|recalees|recale|recales|retoquee|retoquees|retoque|retoques", 0.75),
        # "X et Y ne sont pas retenus" is ``retenu``; "X ne figure pas parmi les lauréats (de P)"
        Rule("fr.excluded_from.active.laureats", "active", "figurer|figure|figurent|compter|compte|comptent ~2 parmi ~2 "
             "laureats|laureates|signataires|retenus|selectionnes|finalistes|elus|gagnants|beneficiaires", 0.8, "negated"),
        # "Airbus a décliné l'invitation": the invitation to the program at hand
        Rule("fr.excluded_from.active.invitation", "active", "decliner|decline|declinent|refuser|refuse|refusent l invitation", 0.75, "objectless"),
    ),
}

# ---------------------------------------------------------------- the other stages' words
MENTIONS = MentionWords(
    cues={
        "University": ("universite", "institut", "ecole", "polytechnique", "academie", "laboratoire",
                       # names of institutions, and cues of names written in other languages
                       "sorbonne", "inria", "cnrs", "universidad", "universitat"),
        "Government": ("gouvernement", "ministere", "departement", "agence nationale", "autorite", "commission",
                       "secretariat", "administration", "prefecture", "conseil regional", "region ",
                       "office national", "federal", "conseil departemental", "conseil general", "metropole",
                       "communaute d agglomeration", "communaute de communes", "communaute urbaine", "mairie",
                       "ville de"),
        "Program": ("alliance", "consortium", "initiative", "programme", "projet", "fonds", "plan", "mission",
                    "forum", "coalition", "pacte", "reseau", "hub", "declaration", "charte", "zones", "challenge",
                    "centre", "accelerateur", "incubateur"),
        "Organization": ("fondation", "association", "hopital", "clinique", "federation", "conseil", "union",
                         "organisation", "ong", "croix-rouge", "nations unies", "zoo", "aquarium", "musee",
                         "centre hospitalier", "chu", "chru", "groupe hospitalier", "hopitaux", "hospices"),
    },
    not_names=frozenset({"mou", "ia", "ia generative", "gafam", "gafa", "startup"}),
    person_titles=frozenset({"m", "mme", "dr", "pdg", "ceo", "president", "presidente", "directeur", "directrice",
                             "ministre", "fondateur", "cofondateur", "co-fondateur", "dirigeant", "patron",
                             "vice-president"}),
    name_glue=frozenset({"de", "d", "du", "des", "la", "le", "l", "pour", "sur", "en", "a", "au", "aux"}),
    cue_links=frozenset({"de", "des", "du", "d", "pour"}),
    fund_words=frozenset({"fonds"}),
    head_cues=frozenset({"lab", "laboratoire", "initiative", "alliance", "consortium", "coalition", "programme",
                         "projet", "institut", "fondation", "aquarium", "zoo", "musee", "hopital", "reseau", "pacte",
                         "declaration", "charte", "centre", "fonds"}),
    connectors=frozenset({"de", "du", "des", "d'", "d\u2019", "la", "le", "et", "en", "pour"}),
    acronym_skip=frozenset({"de", "du", "des", "d", "la", "le", "l", "et", "pour", "en", "sur"}),
    ministry_heads=frozenset({"ministere", "secretariat"}),
    ministry_of=frozenset({"de", "du", "des", "d'"}),
    ministry_links=frozenset({"de", "du", "des", "d'", "la", "l'", "le", "les", "et", "pour"}),
    # (French writes the words after these heads in lowercase; the cues give the name's label)
    institution_heads=frozenset({"centre hospitalier", "groupe hospitalier", "institut", "communaute", "metropole",
                                 "conseil regional", "conseil departemental", "universite", "ecole", "hopital",
                                 "agence", "region", "departement"}),
    arm_words=frozenset({"fondation"}),
    name_determiners=frozenset({"le", "la", "l'", "les", "ce", "cet", "cette", "ces", "sa", "son", "ses", "un",
                                "une"}),
    place_before=frozenset({"en", "a", "au", "aux", "dans", "du", "des", "de", "d", "vers", "hors"}),
    place_articles=frozenset({"la", "le", "l", "les"}),
    calendar=frozenset({"janvier", "fevrier", "mars", "avril", "mai", "juin", "juillet", "aout", "septembre",
                        "octobre", "novembre", "decembre", "lundi", "mardi", "mercredi", "jeudi", "vendredi",
                        "samedi", "dimanche"}),
    apposition_determiners=frozenset({"un", "une", "le", "la", "l", "son", "sa"}),
    apposition_stop=frozenset({"qui", "que", "dont", "de", "du", "des", "d", "par", "avec", "en", "dans", "et"}),
    apposition_heads={
        **dict.fromkeys(("programme", "initiative", "alliance", "consortium", "projet", "coalition", "fonds",
                         "dispositif", "partenariat", "plan", "mission"), "Program"),
        **dict.fromkeys(("startup", "start-up", "entreprise", "societe", "firme", "groupe", "licorne", "start",
                         "editeur", "fabricant", "operateur", "fournisseur", "investisseur", "conglomerat", "lab",
                         "laboratoire", "filiale", "bras", "producteur", "banque", "assureur", "transporteur",
                         "energeticien"), "Company"),
        **dict.fromkeys(("universite", "ecole", "institut"), "University"),
        **dict.fromkeys(("agence", "ministere", "regulateur", "departement"), "Government"),
        **dict.fromkeys(("fondation", "association", "ong", "organisation", "organisme", "hopital"), "Organization"),
    },
    apposition_relatives=frozenset({"qui"}),
    based=frozenset({"basee", "base", "basees"}),
    led_words=frozenset({"mene", "menee", "dirige", "dirigee", "emmene", "emmenee"}),
    round_heads=frozenset({"tour", "levee", "serie", "financement", "seed"}),
    list_prepositions=frozenset({"de", "d", "du", "des", "en", "a", "au", "aux", "pour", "par", "avec", "dans", "sur",
                                 "pres"}),
    list_gap=frozenset({"et", "ou", "ni", "le", "la", "les", "l'", "l\u2019"}),
    list_joiners=frozenset({"et", "ou", "ni"}),
    place_prepositions=frozenset({"a"}),
    # French has NER, a tagger, and puts its describing nouns before the name ("la start-up X")
    speech_verbs=frozenset(),
    descriptor_nouns=frozenset(),
    attributive_stops=frozenset(),
    finite_verbs=frozenset(),
    slot_auxiliaries=frozenset({"a", "ont", "avait", "avaient", "va", "vont", "aussi", "egalement",
                                "officiellement", "recemment", "desormais", "deja"}),
    company_descriptors=frozenset({"startup", "start-up", "societe", "entreprise", "firme", "groupe", "editeur",
                                   "fabricant", "licorne", "pepite", "cabinet", "pousse", "scale-up", "fournisseur"}),
    organization_descriptors=frozenset({"association", "ong", "fondation", "collectif", "organisation"}),
    program_descriptors=frozenset({"programme", "initiative", "projet", "consortium", "dispositif"}),
    typing_heads={
        **dict.fromkeys(("programme", "initiative", "alliance", "consortium", "projet", "coalition", "dispositif",
                         "reseau"), "Program"),
        **dict.fromkeys(("fondation", "association"), "Organization"),
    },
    naming_phrases=tuple((w,) for w in ("baptise", "baptisee", "baptises", "baptisees", "appele", "appelee",
                                        "appeles", "appelees", "nomme", "nommee", "surnomme", "surnommee",
                                        "denomme", "denommee")) + (("sous", "le", "nom", "de"), ("sous", "le", "nom", "d")),
    founded_heads=frozenset({"institut", "academie"}),
    proper_words=frozenset(),
    slot_joins=frozenset(), slot_prepositions=frozenset({"avec", "par", "entre"}), slot_fund_prepositions=frozenset(),
    adverb_endings=(),
    place_complements=frozenset(),
    text_kinds={
        "declaration": "declaration", "engagements": "commitment", "engagement": "commitment", "code": "code",
        "convention": "convention", "convention-cadre": "convention", "traite": "convention", "charte": "charter", "pacte": "commitment",
        "appel": "call", "principes": "principles", "recommandation": "recommendation", "accord": "accord",
        "texte": "", "document": "",
    },
    text_adjectives=frozenset({"finale", "final", "commune", "conjointe", "phare", "principale", "principal",
                               "historique", "officielle", "officiel", "politique", "non", "contraignante",
                               "contraignant", "volontaires", "volontaire", "internationale", "international",
                               "conduite", "nouvelle", "nouveau", "ministerielle", "conclusive"}),
    text_links=frozenset({"du", "de", "d", "la", "l", "le", "des", "lors", "au", "a", "pendant", "issue", "cours",
                          "ce", "cet"}),
    text_participles=frozenset({"signee", "signees", "signe", "signes", "adoptee", "adoptees", "adopte", "adoptes",
                                "paraphee", "paraphe", "paraphes", "publiee", "publie", "approuvee", "approuve",
                                "enterinee", "conclue", "conclu", "issu"}),
    text_complements=frozenset(),
    event_nouns=frozenset({"sommet"}),
)

REFERENCES = ReferenceWords(
    determiners=frozenset({"le", "la", "l'", "les", "ce", "cet", "cette", "ces", "sa", "son", "ses"}),
    heads={
        **dict.fromkeys(("startup", "start-up", "societe", "entreprise", "firme", "groupe", "licorne", "geant",
                         "developpeur", "editeur", "fabricant", "specialiste", "constructeur", "operateur", "pepite",
                         "champion", "acteur", "concurrent", "rival", "investisseur", "fonds", "lab", "laboratoire",
                         "pousse", "plateforme", "banque", "assureur", "equipementier", "armateur"), ("Company",)),
        **dict.fromkeys(("alliance", "consortium", "initiative", "programme", "projet", "coalition", "forum", "plan",
                         "partenariat", "fondation", "organisation", "reseau", "dispositif"),
                        ("Program", "Organization")),
        # a trade body or association named before: "l'association", "la fédération"
        **dict.fromkeys(("association", "federation"), ("Organization",)),
        # a centre, institute or hub named before: "le centre", "le nouveau centre de recherche"
        **dict.fromkeys(("centre", "pole", "hub", "campus"), ("Program",)),
        # a declaration, charter or pact others sign: "la déclaration", "le pacte"
        **dict.fromkeys(("declaration", "charte", "pacte", "code"), ("Program",)),
        # the text of such a program: "la France a paraphé le texte" (resolve.py: only a program named as a text)
        **dict.fromkeys(("texte", "document"), ("Program",)),
        **dict.fromkeys(("universite", "ecole", "etablissement", "institution"), ("University",)),
        **dict.fromkeys(("gouvernement", "ministere", "executif", "administration", "regulateur"), ("Government",)),
        "agence": ("Government", "Organization"),
        "institut": ("Government", "University", "Organization"),
    },
    startup_heads=frozenset({"startup", "start-up", "licorne", "pepite", "jeune", "pousse"}),
    country_adjectives={
        "americain": "US", "americaine": "US", "francais": "FR", "francaise": "FR", "britannique": "GB",
        "japonais": "JP", "japonaise": "JP", "chinois": "CN", "chinoise": "CN", "allemand": "DE", "allemande": "DE",
        "canadien": "CA", "canadienne": "CA", "neerlandais": "NL", "neerlandaise": "NL", "coreen": "KR",
        "coreenne": "KR", "indien": "IN", "indienne": "IN", "emirati": "AE", "emiratie": "AE", "israelien": "IL",
        "israelienne": "IL", "suisse": "CH", "italien": "IT", "italienne": "IT", "espagnol": "ES",
        "espagnole": "ES", "suedois": "SE", "suedoise": "SE", "saoudien": "SA", "saoudienne": "SA",
        "taiwanais": "TW", "taiwanaise": "TW", "californien": "US", "californienne": "US", "quebecois": "CA", "quebecoise": "CA",
    },
    group_determiners=frozenset({"les", "ces", "aux"}),  # "s'est associé aux deux écoles"
    group_numbers={"deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6},
    group_noun_determiners=frozenset({"le", "ce", "la"}),
    group_nouns={"duo": 2, "tandem": 2, "binome": 2, "trio": 3},
    group_of=frozenset({"de", "d"}),
    group_heads=frozenset({"acteurs", "groupes", "entreprises", "societes", "partenaires", "parties", "entites",
                           "institutions", "organisations", "pays", "gouvernements", "geants", "firmes",
                           "startups", "allies", "constructeurs", "operateurs", "banques", "assureurs", "editeurs",
                           "licornes", "etablissements", "universites", "signataires", "instituts", "ecoles",
                           "laboratoires", "organismes", "agences", "associations"}),
    group_pointers=frozenset({"ces"}),
    group_governments=frozenset({"pays", "gouvernements", "etats", "nations"}),
    group_universities=frozenset({"universites", "ecoles", "facultes"}),
    group_companies=frozenset({"groupes", "entreprises", "societes", "geants", "firmes", "startups", "start-up",
                               "constructeurs", "operateurs", "banques", "assureurs", "editeurs", "licornes"}),
    pronouns=frozenset({"il", "elle"}),
    time_openers=frozenset({"en", "le", "debut", "fin", "lors", "au", "dans", "mi"}),
    subordinators=frozenset({"que", "qu'", "qu\u2019"}),
    contrast_coordinators=frozenset({"mais"}),
    name_links=frozenset({"de", "d", "du", "des"}),
    company_nouns=frozenset({"startup", "start-up", "societe", "entreprise", "firme", "groupe", "editeur",
                             "fabricant", "licorne", "pepite", "developpeur"}),
    citation_before=("selon", "d['\u2019]apr[eè]s", "cit[ée]e? par", "rapport[ée]e?s? par", "r[ée]v[ée]l[ée]e?s? par",
                     "partag[ée]e?s?(?: \\w+)? par", "publi[ée]e?s? par",
                     # an outlet that asks or is told: "Interrogé par l'AFP", "a indiqué Thales à l'AFP"
                     "\\b(?:interrog|contact|sollicit|questionn)[ée]e?s? par", "\\bjointe?s? par",
                     "(?:d[ée]clar|indiqu|pr[ée]cis|expliqu)[ée](?: \\w+){0,3} (?:à|au|aux)",
                     "(?:dans|lors d['’]) une? (?:entretien|interview|entrevue) (?:à|au|avec|accord[ée]e? (?:à|au))",
                     # "selon une dépêche de Reuters", "d'après un article du Monde" (not a press release: its author acts)
                     "(?:selon|d['\u2019]apr[eè]s) (?:une?|des|les?|la) (?:d[ée]p[êe]ches?|articles?|informations?|"
                     "rapports?)(?: \\w+)? (?:de|du|des|d['\u2019])"),
    citation_articles=("l['\u2019]", "le ", "la ", "les "),
    citation_after=("a rapport[ée]", "rapporte", "r[ée]v[èe]le", "a r[ée]v[ée]l[ée]", "[ée]voque", "estime",
                    "indique"),
    citation_own_acts=("avoir", "[êe]tre", "ne pas", "n['\u2019]avoir", "n['\u2019][êe]tre"),
    name_articles=("l['\u2019]", "la ", "le ", "les ", "du ", "de la ", "des ", "d['\u2019]"),
    group_alone=frozenset(),  # "les deux" says it: no one word
    impersonal_pronouns=frozenset({"il"}),
    impersonal_verbs=frozenset({"y", "faut", "s'agit", "semble"}),
    plain_time_openers=frozenset(),  # a French time phrase takes its comma: "En mai, elle ..."
    reporting_verbs=frozenset(),  # French reports with "que": "indique qu'elle"
    not_descriptive=frozenset(),  # (the French pipeline tags its words)
    not_reference_adjectives=frozenset({"dernier", "premier"}),
    plain_heads=frozenset({"centre", "pole", "hub", "campus", "association", "federation"}),
    plain_complements=frozenset({"de", "d", "recherche", "excellence", "interdisciplinaire", "nouveau", "l", "ia",
                                 "intelligence", "artificielle"}),
    text_heads=frozenset({"texte", "document"}),
    text_names=frozenset({"declaration", "charte", "pacte", "code", "convention", "traite", "principes", "appel",
                          "engagements", "recommandation"}),
    text_determiners=frozenset({"du"}),
    cleft_openers=frozenset({"c'", "c", "c\u2019", "est", "etait", "fut", "ce", "sera"}),
    cleft_subjects=frozenset({"qui"}),
    seat_heads=frozenset({"géant", "groupe", "firme", "société", "entreprise", "constructeur", "fabricant",
                          "éditeur", "géant américain", "opérateur", "conglomérat"}),
    seat_descriptors=frozenset({"géant", "firme", "géant américain"}),
    seat_forms=("{head} de {city}",),
    lone_heads=frozenset({"operateur"}),
    possessive_determiners=frozenset({"son", "sa", "ses"}),
    indefinite_articles=frozenset({"un", "une"}),
)

NAMES = NameWords(
    pronouns=frozenset({
        "il", "elle", "ils", "elles", "on", "nous", "vous", "je", "tu", "lui", "leur", "leurs", "eux", "celle", "celui",
        "ceux", "celles", "celle ci", "celui ci", "ceux ci", "celles ci", "cela", "ceci", "ca", "ce", "cette", "ces",
        "son", "sa", "ses", "notre", "nos", "votre", "vos", "qui", "que", "quoi", "dont", "laquelle", "lequel",
        "lesquels", "lesquelles", "l un", "l une", "les uns", "les unes", "chacun", "chacune", "autre", "autres",
        "y", "en", "se", "soi",
    }),
    determiners=frozenset({
        "le", "la", "les", "l", "un", "une", "des", "du", "de", "d", "ce", "cet", "cette", "ces", "son", "sa", "ses",
        "leur", "leurs", "notre", "nos", "votre", "vos", "mon", "ma", "mes", "tout", "toute", "tous", "toutes",
        "plusieurs", "certains", "certaines", "chaque", "aucun", "aucune", "au", "aux",
    }),
    pointing=frozenset({"ce", "cet", "cette", "ces", "son", "sa", "ses", "leur", "leurs", "notre", "nos"}),
    generic_nouns=frozenset({
        "entreprise", "entreprises", "societe", "societes", "groupe", "groupes", "firme", "firmes", "jeune pousse",
        "geant", "geants", "ecole", "ecoles", "universite", "universites", "institut", "institution", "laboratoire",
        "laboratoires", "labo", "centre", "gouvernement", "gouvernements", "ministere", "agence", "agences", "etat",
        "etats", "pays", "nation", "administration", "accord", "accords", "partenariat", "partenariats",
        "partenaire", "partenaires", "alliance", "initiative", "programme", "projet", "fonds", "consortium",
        "plateforme", "organisation", "organisme", "association", "fondation", "equipe", "filiale", "investisseur",
        "investisseurs", "membre", "membres", "fondateur", "fondateurs", "client", "clients", "fournisseur",
        "concurrent", "concurrents", "banque", "banques", "operateur", "licorne", "industrie", "secteur", "marche",
        "conseil", "comite", "recherche", "ia", "modele", "modeles", "specialiste", "editeur", "acteur", "acteurs",
        "fabricant", "pepite", "start", "jeune", "structure", "entite", "projets", "forum", "plan",
    }),
    role_words=frozenset({
        "pdg", "dg", "directeur", "directrice", "president", "presidente", "fondateur", "fondatrice", "cofondateur",
        "cofondatrice", "ministre", "secretaire", "porte parole", "patron", "patronne", "dirigeant", "dirigeante",
        "dirigeants", "responsable", "chercheur", "chercheuse", "chercheurs", "professeur", "analyste", "vice",
    }),
    fragment_edges=frozenset({"et", "ou", "mais", "avec", "donne", "a", "est", "sont", "pour", "par", "dans", "sur",
                              "selon", "qui", "que"}),
    fragment_verbs=frozenset({"est", "sont", "donne", "ont", "sera", "seront"}),
    governments=frozenset({"gouvernement", "executif", "administration"}),
)

MONEY = MoneyWords(
    not_given_before=frozenset({
        "valorisation", "valorisee", "valorise", "valoriser", "valorisant", "capitalisation",
        "chiffre", "revenus", "ventes", "benefice", "benefices", "perte", "pertes",
        "prix", "cout", "coute", "coutera", "coutent", "tarif",
        "payer", "paie", "paye", "payee", "paiera", "payera", "paiement",
        "contrat", "contrats", "achat", "achats", "achete", "acheter", "commande",
        "depense", "depenses", "depenser", "depensera", "capex", "marche", "salaire", "amende",
        # a running total, not this money: "portant à"
        "portant", "porte", "portent", "cumule", "cumulee",
        # le prix d'un rachat : "une offre de rachat de 2 milliards"
        "rachat", "rachats",
    }),
    # a customer's payment: "90 millions d'euros de redevances", "de frais de licence"
    not_given_after=frozenset({"valorisation", "chiffre", "revenus", "capex", "marche", "contrat", "redevance",
                               "redevances", "frais", "licence", "licences", "loyer", "loyers", "abonnements",
                               # un revenu dit en commandes : "2 M€ de commandes de X"
                               "commandes", "contrats", "ventes", "achats"}),
    own_assets_after=("centres de donnees", "centre de donnees", "centres de calcul"),
    round_cues=frozenset({"leve", "levee", "levees", "lever", "levent", "levant", "leveront", "recolte", "recolter",
                          "collecte", "boucle", "boucler", "tour", "serie", "total", "totale", "budget", "enveloppe",
                          "fonds", "financement"}),
    raise_words=frozenset({"leve", "levee", "lever", "levent", "levant", "recolte", "recolter", "obtenu", "obtient",
                           "boucle", "recu"}),
    more_investors=("notamment", "entre autres", "parmi lesquels", "parmi lesquelles", "tels que", "telles que",
                    "et d autres", "mene par", "menee par", "emmene par", "emmenee par", "conduit par",
                    "conduite par", "investisseurs", "autres investisseurs", "aux cotes de", "participation de",
                    "soutiens"),
    up_to=("jusqu a", "au maximum"),
    each=frozenset({"chacun", "chacune"}),
    money_context=frozenset(),  # a French count takes "de": "38 millions de dépêches"
)

NUMBERS = Numbers(decimal_mark=",", billion=1e12, day_first=True)  # "un billion" is a million millions

FURNITURE_LEADS = ("lire aussi", "a lire aussi", "lire egalement", "a lire egalement", "a lire", "voir aussi",
                   "a voir aussi", "sur le meme sujet", "sur le meme theme", "a voir", "vous aimerez aussi",
                   "articles similaires", "lire la suite", "lire plus", "en savoir plus", "a decouvrir aussi",
                   "pour aller plus loin")

DATA = LanguageData(
    code="fr",
    mentions=MENTIONS,
    references=REFERENCES,
    names=NAMES,
    money=MONEY,
    numbers=NUMBERS,
    furniture_leads=FURNITURE_LEADS,
    triggers=TRIGGERS,
    negation=Negation(
        refusals=frozenset({"refuse", "refusent", "refuser", "refusait", "refusaient", "dementi", "dement",
                            "dementent", "dementir", "nie", "nient", "nier", "rejete", "rejette", "rejettent",
                            "renonce", "renoncent", "renoncer", "renoncait", "renoncaient", "abandonne",
                            "abandonnent", "abstenu", "abstenue", "abstenus", "abstenues", "abstient", "abstiennent",
                            "abstenir", "abstenait", "abstenaient"}),
        alone=frozenset(), suffixes=(), after=frozenset(),
        clitics=frozenset({"ne", "n"}),
        particles=frozenset({"pas", "jamais", "plus", "aucun", "aucune", "ni", "guere"}),
        ruling_out=frozenset({"exclure", "exclut", "excluent", "exclu", "excluait", "excluaient", "ecarter", "ecarte",
                              "ecartent"}),
        correlatives=frozenset({"ni"}),
        endings=(("mis", "fin"), ("met", "fin"), ("mettre", "fin"), ("mettent", "fin"), ("mettra", "fin"),
                 ("mis", "fin", "a"), ("met", "fin", "a"), ("mettre", "fin", "a"), ("mettent", "fin", "a"),
                 ("mettra", "fin", "a"), ("rompu",), ("rompt",), ("rompre",), ("rompent",), ("resilie",),
                 ("resilier",), ("cesse", "de"), ("cesser", "de"), ("arrete", "de"), ("ancien",), ("ancienne",),
                 ("anciens",), ("anciennes",), ("ex",)),
        purposes=frozenset({"vocation", "intention", "prevoit", "prevoient", "prevu", "prevue", "question", "but", "destine", "destinee", "destines", "destinees", "concu", "concue", "objectif", "entend", "entendent", "cherche", "cherchent"}),
        volitions=frozenset({"souhaite", "souhaitent", "souhaiter", "souhaitait", "souhaitaient", "veut", "veulent",
                             "voulu", "vouloir", "voulait", "voulaient", "encore"}),
    ),
    # "va-t-il investir", "investira-t-elle", "est-ce que"
    idioms=(("en", "partie"), ("pour", "partie"), ("de", "la", "part", "de"), ("de", "la", "part", "d'")),
    question_words=frozenset({"-t", "-il", "-elle", "-ils", "-elles", "-on", "-ce"}),
    hedges=frozenset({
        "pourrait", "pourraient", "pourrais", "devrait", "devraient", "serait", "seraient", "envisager",
        "envisage", "envisagent", "potentiel", "potentielle", "potentiels", "potentielles", "eventuel",
        "eventuelle", "eventuellement", "possible", "possiblement", "negociation", "negociations", "negocier",
        "negocie", "negocient", "negociait", "negociaient", "pourparlers", "discussions", "discussion",
        "discuter", "discute", "discutent", "discutait", "discutaient", "susceptible", "probable",
        "hypothese", "rumeur", "aurait", "auraient", "souhaite", "souhaitent", "ambitionne", "ambitionnent",
        "espere", "esperent", "vise", "visent",
        # une course ou une prévision n'est pas encore un accord
        "course", "anticipent", "tablent",
    }),
    # ("but", the noun: "à but non lucratif", "dans le but de" opens a phrase about an aim, whose verb is
    # no act of the name before it)
    clause_breaks=frozenset({";", "\u2014", "\u2013", "alors", "tandis", "mais", "car", "apres", "avant", "puisque",
                             "lorsque", "quand", "but"}),
    transparent=frozenset({"pas", "jamais", "deja", "egalement", "aussi", "officiellement", "conjointement",
                           "recemment", "finalement", "bien", "formellement", "toujours", "desormais", "plus",
                           # two words, skipped together: "ne fait d'ailleurs pas partie de P"
                           "d ailleurs", "par ailleurs", "non plus", "en outre",
                           # a day between the verb and its object: "ont adhéré mardi à P"
                           "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "hier"}),
    list_leadins=frozenset({"dont", "notamment", "comme", "tels", "telles", "tel", "telle", "parmi", "y", "compris",
                            "incluant", "ainsi", ":", "que", "lesquels", "lesquelles", "encore"}),
    list_joiners=("et", "ou", "&", "ainsi que", "ou encore", "et encore", "voire", "ni", "de même que",
                  "rejoint par", "rejoints par", "rejointe par", "rejointes par"),
    list_articles=("l'", "d'", "le", "la", "les", "des", "du", "de"),
    articles=frozenset({"le", "la", "l", "les", "un", "une"}),
    definite_articles=frozenset({"le", "la", "l", "les"}),
    apposition_articles=("le", "la", "les", "l'", "un", "une"),
    and_words=frozenset({"et"}),
    agent_prepositions=frozenset({"par"}),
    agent_leadins=frozenset({":", "parmi", "dont", "notamment"}),
    novelty_words=frozenset({"nouveau", "nouvelle", "nouvel", "nouveaux", "nouvelles", "inedit", "inedite"}),
    noun_modifiers=frozenset({"nouveaux", "nouvelles", "nouveau", "nouvelle", "son", "sa", "ses", "leur", "leurs",
                              "notre", "nos", "historique", "historiques", "existants", "existant", "actuels"}),
    agent_fillers=frozenset({"erreur", "hasard", "accident", "defaut", "inadvertance", "megarde", "surprise",
                             # le moyen, pas d'agent : « que X a créé par décret », « instauré par la loi »
                             "decret", "ordonnance", "loi", "arrete"}),
    relatives=frozenset({"qui", "que", "qu", "lequel", "laquelle", "lesquels"}),
    relative_objects=frozenset({"dont", "laquelle", "lequel", "lesquels", "lesquelles", "auquel", "auxquels",
                                "auxquelles"}),
    relative_possessives=frozenset({"dont"}),
    place_relatives=frozenset({"o\u00f9"}),
    ellipsis_before=frozenset({"autre", "autres", "puis", "et", ","}),
    not_relative_before=frozenset({"tel", "tels", "telle", "telles", "ainsi", "meme", "alors", "plus", "moins", "bien",
                                   "ne", "parmi"}),
    copulas=frozenset({"etre", "avoir"}),
    descriptors=frozenset({"start", "startup", "societe", "entreprise", "groupe", "firme", "licorne", "geant",
                           "laboratoire", "fonds", "americain", "americaine", "francais", "francaise"}),
    compound_particles=frozenset({"up"}),
    citations=(("selon",), ("d", "apres")),
    agreement_words=("MOU", "MoU", "memorandum", "protocole d.accord", "lettre d.intention", "accord-cadre",
                     # a named formal agreement: "un accord de collaboration", "un accord de coopération"
                     "accords? de (?:collaboration|coop[ée]ration)"),
    membership_nouns=frozenset({"membre", "membres"}),
    funding_words=frozenset({"tour", "levee", "investisseur", "investisseurs", "financement", "financements",
                             "financeurs", "credits", "subventions", "actionnaires", "capital", "augmentation", "seed", "serie"}),
    round_words=frozenset({"tour", "levee", "serie", "seed", "table"}),
    patronage_words=frozenset({"mecenat", "mecene", "mecenes", "financer", "financent", "financera",
                               "financeront", "financement"}),
    participant_words=frozenset({"membres", "membre", "participants", "partenaires", "signataires", "fondateurs",
                                 "investisseurs", "actionnaires", "soutiens", "financeurs", "tour", "participent",
                                 "participe", "rejoint", "rejoignent", "adherent", "engages", "engagees", "associes",
                                 "associees", "impliques", "impliquees", "adhere"}),
    context_objects=frozenset({"elle", "lui", "celle-ci", "celui-ci", "credits", "credit", "societe", "entreprise",
                               "licorne"}),
    nominal_suffixes=("ment", "ments"),
    list_verbs=frozenset({"figurent", "figure", "figuraient", "figurait", "sont", "comptent", "compte"}),
    dangling_prepositions=frozenset({"a", "au", "aux", "de", "du", "des", "pour", "sur", "dans", "en", "vers", "chez"}),
    beside=("aux cotes de", "aux cotes d", "aux cotes du", "aux cotes des", "conjointement avec"),
    aside_openers=frozenset({"outre", "hormis", "excepte", "contrairement", "au-dela"}),
    additive_openers=frozenset({"outre"}),
    also_subjects=("pas plus que", "pas davantage que", "non plus que", "tout comme", "de meme que"),
    also_members=("meme que", "ainsi que"),
    verbs_before_among=frozenset({"figurer", "figure", "figurent", "figurait", "figuraient", "compter", "compte",
                                  "comptent", "comptait", "comptaient", "etre", "est", "sont", "etait", "etaient",
                                  "rester", "reste", "restent"}),
    subject_adverbs=frozenset({"aussi", "egalement", "deja", "notamment", "desormais", "d'ailleurs", "ailleurs", "d",
                               "encore", "toujours"}),
    prep_of=frozenset({"de", "d", "du"}),
    prep_in=frozenset({"a", "au", "aux", "dans", "de", "du", "des"}),
    prep_into=frozenset({"dans", "a", "au"}),
    prep_to=frozenset({"a", "au", "aux", "pour"}),
    prep_stake=frozenset({"de", "d", "du", "dans"}),
    prep_with=frozenset({"avec"}),
    channels=("via", "par biais de", "par biais du", "par intermediaire de", "par intermediaire du", "a travers",
              "au travers de", "au travers du", "par entremise de", "par entremise du", "au titre de", "au titre du",
              "au titre des", "dans cadre de", "dans cadre du", "dans cadre des"),
    program_channels=("au titre de", "au titre du", "au titre des", "dans cadre de", "dans cadre du", "dans cadre des",
                      "grace a", "grace au", "grace aux"),
    program_pronouns=frozenset({"y"}),
    text_pronouns=frozenset({"l", "le", "la"}),
    ordinals=frozenset({"premier", "premiere", "deuxieme", "second", "seconde", "troisieme", "quatrieme", "cinquieme",
                        "nouveau", "nouvel", "nouvelle"}),
    prep_between=frozenset({"entre"}),
    prep_from=frozenset({"aupres"}),
    speech_verbs=frozenset({"declare", "annonce", "indique", "precise", "explique", "affirme", "souligne", "ajoute",
                            "confirme", "rapporte", "estime", "assure", "commente", "detaille"}),
    promise_nouns=frozenset({"promesse", "promesses", "engagement", "engagements", "assurance", "assurances"}),
    place_in=frozenset({"en", "au", "aux", "dans"}),
    apart_adverbs=frozenset({"separement", "independamment"}),
    selection_nouns=frozenset({"liste", "listes", "selection", "signataires", "membres", "laureats", "finalistes",
                               "club", "cohorte", "promotion", "palmares"}),
    role_prepositions=frozenset({"comme", "tant"}),  # ("en tant que")
    say_verbs=frozenset({"dire", "dit", "preciser", "precise", "confirmer", "confirme", "commenter", "commente",
                         "indiquer", "indique", "reveler", "revele", "divulguer", "divulgue", "repondre"}),
    indirect_questions=frozenset({"si", "s"}),
    cleft_copulas=frozenset({"est", "etait", "sont", "etaient", "fut", "reste", "restent", "demeure", "demeurent"}),
    observer_nouns=frozenset({"observateur", "observateurs", "observatrice", "observatrices"}),
    absence_nouns=frozenset({"absent", "absents", "absente", "absentes", "absence", "absences", "non-signataires"}),
    # French has no clitic possessive and puts a modifying name after its noun ("les puces Nvidia")
    possessives=frozenset(),
    modifier_before=frozenset(),
    not_nouns=frozenset(),
    participle_suffixes=(),
    written_participles=("é", "ée", "és", "ées", "mis en place", "mise en place"),
    irregular_participles=frozenset(),
    reflexives=frozenset({"s", "se"}),
    promise_markers=frozenset({"a"}),
    promise_verbs=frozenset({"engage", "engagee", "engages", "engagees", "engagent", "engageait", "engageaient",
                             "engagera", "engageront", "promet", "promettent", "promis", "promise",
                             "promettait", "promettaient", "prevoit", "prevoient", "compte", "comptent"}),
    team_nouns=frozenset({"consortium", "equipe", "groupement", "attelage", "partenaires"}),
    unit_nouns=frozenset({"laboratoire", "laboratoires", "labo", "equipe", "equipes", "departement", "unite", "division",
                          "filiale", "branche", "institut", "centre", "ecole", "faculte", "pole"}),
    conditional_endings=("ait", "aient", "ais"),
    incise_openers=frozenset({"en", "lors", "au", "dans", "ce", "cette", "le", "hier", "lundi", "mardi", "mercredi",
                              "jeudi", "vendredi", "samedi", "dimanche", "mi", "debut", "fin", "a", "depuis"}),
    preposition_forms=(frozenset({"a", "au", "aux"}), frozenset({"de", "d", "du", "des"})),
    determiners=frozenset({"le", "la", "l", "les", "un", "une", "des", "ce", "cet", "cette", "ces", "son", "sa", "ses",
                           "leur", "leurs", "notre", "nos"}),
    # "Ayant rejoint P, X ...", "Dans le cadre d'un partenariat avec Y, X ...", "Aux termes d'un accord signé avec Y, X"
    participle_openers=frozenset({"ayant", "ete", "apres", "avoir", "fraichement", "recemment", "nouvellement",
                                  "initialement", "conjointement", "en", "dans", "cadre", "aux", "termes", "d", "de",
                                  "du", "sous",
                                  # "Grâce au financement de X, P ...", "Avec le soutien financier de X, P ..."
                                  "grace", "a", "au", "avec"}),
    # "baptisée P", "sous le nom de P" (the name a few words after the naming word)
    naming_words=frozenset({"baptise", "baptisee", "baptises", "baptisees", "nomme", "nommee", "appele", "appelee",
                            "denomme", "denommee", "surnomme", "surnommee", "intitule", "intitulee", "nom"}),
    in_turn=(("quant", "a"), ("pour", "sa", "part"), ("pour", "leur", "part"), ("de", "son", "cote"),
             ("de", "leur", "cote")),
    time_nouns=frozenset({"jour", "jours", "semaine", "semaines", "week-end", "mois", "an", "ans", "annee", "annees",
                          "trimestre", "matin", "soir", "nuit", "printemps", "ete", "automne", "hiver", "debut", "fin",
                          "mi", "lendemain", "veille", "dernier", "derniere", "prochain", "prochaine", "des"}),
    founding_stages=frozenset({"pilote", "phase", "etape", "edition", "volet", "dispositif", "cellule", "structure",
                               "entite", "organisme", "chantier", "cohorte", "appel", "vague", "saison",
                               "collaboration", "cooperation", "coentreprise"}),
    founding_nouns=frozenset({"alliance", "coalition", "consortium", "initiative", "programme", "partenariat",
                              "reseau", "centre", "fonds", "projet", "collectif", "groupement"}),
    together_words=frozenset({"deux", "trois", "quatre", "ensemble", "conjointement", "tous", "toutes", "chacun",
                              "chacune", "collectivement", "ont", "sont", "avaient", "etaient", "auront", "seront",
                              "vont", "font", "leur", "leurs"}),
    likeness_words=frozenset({"comme", "contrairement"}),
    event_nouns=frozenset({"photo", "invites", "invitation", "invitations", "diner", "dejeuner", "ceremonie", "soiree",
                             "reception", "scene", "sommet", "conference", "evenement", "reunion", "gala", "intervenants",
                             "tribune", "salle", "estrade", "salon", "forum", "hackathon", "colloque", "webinaire",
                             "atelier", "table-ronde"}),
    announcing_verbs=frozenset({"devoiler", "annoncer", "designer", "nommer", "presenter", "publier", "proclamer",
                                "recompenser", "distinguer", "feliciter", "reveler", "officialiser", "devoile", "annonce",
                                "designe", "nomme", "presente", "publie", "proclame", "recompense", "distingue",
                                "felicite", "revele", "officialise", "annoncent", "choisi", "choisir", "choisissent", "choisit", "designent", "devoilent", "nomment", "officialisent", "proclament", "publient", "recompensent", "retenir", "retenu", "retiennent", "retient", "revelent", "selectionne", "selectionnent", "selectionner"}),
    # plural supplier nouns only: a singular one before a name is that party's title ("construit son assistant
    # avec le fournisseur de cloud X": a partner), "ses fournisseurs, dont X" a list of suppliers
    clientele_nouns=frozenset({"client", "clients", "cliente", "clientes", "clientele", "utilisateur", "utilisateurs",
                               "abonnes", "acheteurs", "fournisseurs"}),
    kin_nouns=frozenset({"fonds", "filiale", "branche", "bras", "maison", "societe", "division", "unite", "entite",
                         "pole", "actionnaire", "proprietaire", "holding"}),
    predicate_auxiliaries=frozenset({"est", "sont", "etait", "etaient", "a", "ont", "avait", "avaient", "ete", "sera",
                                     "seront", "va", "vont", "aussi", "egalement", "depuis", "ensuite", "puis",
                                     "recemment"}),
    outsider_nouns=frozenset({"client", "clients", "clientes", "utilisateur", "utilisateurs", "utilisatrices",
                              "abonnes", "acheteurs", "fournisseurs", "jury", "jures", "spectateurs",
                              "visiteurs", "invites", "intervenants", "conferenciers", "produits",
                              "marques", "offres"}),
    credit_words=frozenset({"photo", "photos", "credit", "credits", "image", "images", "illustration", "source", "video", "archives"}),
    former_words=frozenset({"ancien", "ancienne", "anciens", "anciennes", "ex", "transfuge", "transfuges"}),
)
