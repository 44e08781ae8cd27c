"""English: every word list of the relation stage, and the English trigger rules.

Trigger ids are stable: calibration (rules_calibration.json) and stored claims
point at them. Never renumber them; give a new rule a new id.
"""

from __future__ import annotations

import gzip
from pathlib import Path

from aipg.loaders.lang import LanguageData, MentionWords, MoneyWords, NameWords, Negation, Numbers, ReferenceWords, Rule

# plural nouns of kinds of organizations that a list of a program's participants follows ("Four universities
# are involved: A, B"); "ups" is the end of "start-ups"
_KINDS = "universities|companies|labs|laboratories|ups|startups|firms|institutions|organizations|organisations|" \
    "hospitals|banks|groups|schools|institutes|operators|partners"

TRIGGERS: dict[str, tuple[Rule, ...]] = {
    "MEMBER_OF": (
        Rule("en.member_of.active.join", "active", "join|joins|joined|joining", 0.9, "organization"),
        Rule("en.member_of.active.member", "active", "member|members of", 0.85),
        Rule("en.member_of.active.founding", "active", "founding member|members of", 0.85),
        # "the (founding) partners of P are X and Y": partner institutions of a program
        Rule("en.member_of.active.partners", "active", "founding? partners of", 0.8, "program"),
        Rule("en.member_of.active.part", "active", "part of", 0.6),
        Rule("en.member_of.active.are", "active", "are|is|were|was|become|became ~6 partners|members|participants|partner|member", 0.7, "program"),
        Rule("en.member_of.participate.participate", "participate", "participate|participates|participated|participating in", 0.7),
        Rule("en.member_of.participate.take", "participate", "take|takes|took|taking|taken part in?", 0.7),
        Rule("en.member_of.participate.part", "participate", "part of ~4 round|fundraising|fundraise", 0.75),
        Rule("en.member_of.participate.join", "participate", "join|joins|joined|joining ~4 backers|investors|shareholders|round|fundraising|fundraise", 0.75),
        Rule("en.member_of.participate.among", "participate", "among them|these|those", 0.7, "after", "participants"),
        Rule("en.member_of.participate.come", "participate", "come|comes|came|coming in as ~2 investor|investors|backer|backers|shareholders", 0.75),
        # "Among the notable absentees were X": those left out of the program at hand (frames.ABSENT)
        Rule("en.member_of.participate.absentees", "participate", "among the notable|most|conspicuous? absentees|"
             "holdouts|abstainers", 0.75, "after"),
        # "Notably absent is X", "Conspicuously missing were X and Y": those left out of it, after the copula
        Rule("en.member_of.participate.absent_is", "participate", "absent|missing is|are|was|were", 0.75, "after"),
        Rule("en.member_of.participate.among2", "participate", "among ~2 investors|backers|funders|shareholders", 0.75, "after"),
        Rule("en.member_of.active.sign", "active", "sign|signed|signs on|up to", 0.8),
        Rule("en.member_of.active.sign2", "active", "sign|signs|signed|signing", 0.75, "program"),
        Rule("en.member_of.active.among", "active", "among ~2 member|members|signatory|signatories|partners|participants", 0.8),
        Rule("en.member_of.active.not", "active", "not ~2 member|members|signatory|signatories|part", 0.8),
        Rule("en.member_of.include.has", "include", "has|have|had|counts|counted ~3 members|partners|participants|signatories", 0.7, "members"),
        # adhering to a signed text (a declaration, charter, pact) in other words than signing: "Brazil supported the P
        # Declaration", "X subscribed to the P Charter" (option `text`: a signed text right after the verb)
        Rule("en.member_of.active.support", "active", "support|supports|supported|supporting|"
             "adopt|adopts|adopted|approve|approves|approved|embrace|embraces|embraced", 0.75, "text", "close"),
        Rule("en.member_of.active.subscribe", "active", "subscribe|subscribes|subscribed|accede|accedes|acceded to", 0.8,
             "text", "close"),
        # "Kenya signed it on Monday": the pronoun is the text at hand
        Rule("en.member_of.active.signit", "active", "sign|signs|signed|endorse|endorses|endorsed|ratify|ratifies|ratified it", 0.7),
        Rule("en.member_of.active.signatory", "active", "signatory|signatories to|of", 0.75),
        Rule("en.member_of.passive.coordinated", "passive", "coordinated|co-ordinated|steered|co-steered by", 0.7),
        # "X and Y, which are its founding members": the possessive is the program at hand
        Rule("en.member_of.active.its", "active", "are|is|were|was|become|became its|their founding? members|member|"
             "participants|signatories", 0.75),
        Rule("en.member_of.passive.lead", "passive", "lead|led by", 0.6),
        # "P is run by X and Y", "the consortium, operated by X": the program (named, or its noun) is the subject
        Rule("en.member_of.operated.by", "operated", "run|co-run|operated|co-operated|hosted|co-hosted|managed|co-managed|"
             "headed|spearheaded|overseen|convened|co-led|co-chaired|chaired by", 0.7),
        # "X, Y and Z run P", "X leads the consortium": the operators of a program, named right after the verb
        Rule("en.member_of.active.run", "operators", "run|runs|ran|co-run|co-runs|operate|operates|operated|lead|leads|led|"
             "co-lead|co-leads|co-led|spearhead|spearheads|spearheaded|coordinate|coordinates|steer|steers|steered|"
             "manage|manages|managed|chair|chairs|chaired", 0.7, "program", "close"),
        # "X sits on the AI Alliance's steering committee" (a program's own body; "sit on the board of P" is .board)
        Rule("en.member_of.active.sits", "active", "sit|sits|sat|seat|seats|seated on", 0.7, "program", "close"),
        # "X, Y and Z are also involved.", "X is on board, the organisers said": the program at hand, the clause ends
        Rule("en.member_of.participate.involved", "participate", "are|is|were|was|been|be also|now? involved .|,|;", 0.7),
        Rule("en.member_of.participate.involved2", "participate", "are|is|were|was|been|be also|now|closely|directly? "
             "involved in", 0.7, "program", "close"),
        # "P started in May, with X, Y and others as partners"
        Rule("en.member_of.others.partners", "others", "others as partners|members|participants", 0.7),
        Rule("en.member_of.participate.onboard", "participate", "are|is|were|was|be|been also|now|already? on board as? well? .|,|;", 0.7),
        # "The P declaration was signed by X and Y": a program's signatories are its members
        Rule("en.member_of.signed.signed", "signed", "signed|co-signed|countersigned|endorsed|ratified ~4 by", 0.8),
        Rule("en.member_of.include.member", "include", "member|members|partners|participants include|includes|included|including|are", 0.85),
        Rule("en.member_of.include.founding", "include", "founding member|members include|includes|included|including|are", 0.85),
        Rule("en.member_of.include.include", "include", "include|includes|included|comprise|comprises|welcome|welcomed|welcomes", 0.7),
        Rule("en.member_of.include.bring", "include", "bring|brings|brought together", 0.75),
        Rule("en.member_of.include.these", "include", "these include", 0.7),
        Rule("en.member_of.include.member2", "include", "member|members|partners|participants range|ranging from", 0.8),
        Rule("en.member_of.include.founding2", "include", "founding? member|members ,|:", 0.75),
        Rule("en.member_of.include.made", "include", "made|consisting|consists|consist|composed up? of", 0.75, "close"),
        # paraphrases seen in real news
        Rule("en.member_of.include.unite", "include", "unite|unites|united|gather|gathers|gathered", 0.7),
        # "P counts X as its founding partner": X, named inside the trigger, is a member
        Rule("en.member_of.include.counts", "include", "count|counts|counted ~4 as its|their ~3 partner|partners|member|members", 0.75),
        Rule("en.member_of.active.invited", "active", "invited to", 0.6, "program"),
        # phrasings of press releases and announcements (a program after them, where the words have other senses)
        Rule("en.member_of.active.aboard", "active", "come|comes|came|coming|climb|climbs|climbed|hop|hopped on? aboard|board", 0.75, "program", "close"),
        Rule("en.member_of.active.enlist", "active", "enlist|enlists|enlisted|enlisting|enroll|enrolls|enrolled|enrolling|enrol|enrols in|into", 0.75, "program", "close"),
        Rule("en.member_of.active.admitted", "active", "admit|admits|admitted|accepted|welcomed into|to|in", 0.75, "program", "close"),
        Rule("en.member_of.active.participant", "active", "participant|participants|affiliate|affiliates|newcomer|newcomers in|of|to", 0.75, "program", "close"),
        Rule("en.member_of.active.affiliated", "active", "affiliated with|to", 0.7, "program", "close"),
        Rule("en.member_of.active.opt", "active", "opt|opts|opted|opting in|into to?", 0.75, "program", "close"),
        Rule("en.member_of.active.membership", "active", "membership|accession|admission in|of|to|into", 0.8, "program", "close"),
        # the members after the copula, the program before or at hand: "Among its founding members are X and Y",
        # "Among the signatories are:" then a list
        Rule("en.member_of.include.among", "include", "among|amongst its|their|the ~2 members|signatories|participants "
             "are|were|is|was|include|included|:", 0.8),
        Rule("en.member_of.include.add", "include", "add|adds|added ~4 to its|their members|membership|ranks|roster", 0.8),
        Rule("en.member_of.active.endorse", "active", "endorse|endorses|endorsed|endorsing|adhere|adheres|adhered to?", 0.7, "program", "close"),
        Rule("en.member_of.active.board", "active", "sit|sits|sat|seat|seats|seated on the board|boards|council|committee of", 0.7, "program", "close"),
        # chosen as a participant of a program: "X and Y were selected to build P", "X has been chosen for P"
        Rule("en.member_of.active.selected", "active", "been|were|was|are|is|be|being selected|chosen|picked|shortlisted|tapped ~6 to build|develop|design|create|deliver|lead|power|run|join|shape|train|operate", 0.75, "program", "close"),
        Rule("en.member_of.active.selected2", "active", "been|were|was|are|is|be|being selected|chosen|picked|shortlisted|tapped ~2 for|into|in", 0.75, "program", "close"),
        # chosen in a role of participants, the program the text is about: "X and Y were selected as elite teams to ..."
        Rule("en.member_of.participate.selected", "participate", "been|were|was|are|is selected|chosen|picked|shortlisted|named as ~2 teams|team|finalists|finalist|participants|participant|winners|winner|consortia|consortium|members|member", 0.7, "ahead"),
        # "P has grown to include more than 100 member organizations, ... groups like X and Y"
        Rule("en.member_of.examples.grown", "examples", "grown|grow|grows|grew|expanded|expands|expand to include? ~4 members|member|organizations|organisations|companies|participants|signatories|partners", 0.75),
        # the program draws members, examples after "including": "P has drawn more than 50 companies, including X and Y"
        Rule("en.member_of.examples.drawn", "examples", f"draw|draws|drew|drawn|attract|attracts|attracted|rally|rallies|rallied "
             f"~4 {_KINDS}|members|participants|signatories", 0.75),
        # "X and Y are among the finalists of P"
        Rule("en.member_of.active.among2", "active", "among ~2 finalists|winners|laureates|awardees|grantees", 0.75, "program"),
        # a program choosing its participants: "P has selected X and Y" (an organization choosing one is no membership)
        Rule("en.member_of.select.select", "select", "select|selects|selected|selecting|choose|chooses|chose|picked|picks|shortlisted|shortlists", 0.75),
        # a noun phrase announces the members of the program at hand, with no verb of membership (frames.roster):
        # "Founding partners – A providing models; B supplying compute", "The partners of the project are A and B",
        # "Four universities are involved: A, B and C", "Three start-ups were selected to build the model — A and B"
        Rule("en.member_of.roster.founding", "roster", "founding|first|new|initial|inaugural members|partners|participants|signatories "
             "are|were? :|\u2013|\u2014", 0.75),
        # "The alliance added three members this week: A, B and C" (the program is the subject; an organization there owns none)
        Rule("en.member_of.roster.added", "roster", "add|welcome ~2 members|partners|participants ~3 :|\u2013|\u2014", 0.7),
        Rule("en.member_of.roster.of", "roster", "members|partners|participants|signatories of|in the? project|programme|program|initiative|"
             "consortium|alliance|coalition|mission|scheme|network are|include|:|\u2013|\u2014", 0.75),
        # a line that is only the roster's noun, the list set out below it: "Participants:", "The laureates are:"
        Rule("en.member_of.roster.bare", "roster", "the? participants|laureates|winners|awardees|grantees|signatories "
             "are? :", 0.7, "initial"),
        Rule("en.member_of.roster.involved", "roster", f"{_KINDS} are|were? involved|participating :|\u2013|\u2014", 0.7),
        Rule("en.member_of.roster.participating", "roster", f"participating|partner|member|founding|lead {_KINDS} "
             "are|include|:|\u2013|\u2014", 0.7),
        Rule("en.member_of.roster.selected", "roster", f"{_KINDS} have|has? been|are|were selected|chosen|picked|shortlisted|tapped "
             ":|\u2013|\u2014", 0.7),
        # a member named in apposition to its role: "The alliance's newest member, X, ...", "its latest recruit, X"
        Rule("en.member_of.apposed.newest", "apposed", "newest|latest|new member|partner|participant|recruit|signatory", 0.75),
        Rule("en.member_of.roster.selected2", "roster", f"{_KINDS} have|has? been|are|were selected|chosen|picked|shortlisted|tapped "
             "to build|develop|design|create|deliver|lead|power|run|join|shape|train|operate ~8 :|\u2013|\u2014", 0.7),
    ),
    "FUNDS": (
        Rule("en.funds.active.fund", "active", "fund|funds|funded|funding", 0.75, "verb"),
        Rule("en.funds.active.invest", "active", "invest|invests|invested|investing ~6 in|into", 0.85, "object"),
        Rule("en.funds.active.investment", "active", "investment|investments|stake ~3 in|into", 0.8, "object"),
        Rule("en.funds.active.back", "active", "back|backs|backed", 0.7),
        Rule("en.funds.active.finance", "active", "finance|finances|financed|financing", 0.75, "verb"),
        Rule("en.funds.active.sponsor", "active", "sponsor|sponsors|sponsored", 0.75, "verb"),
        Rule("en.funds.active.pour", "active", "pour|pours|poured|commit|commits|committed|pledge|pledged|pledges ~6 into|in|to", 0.7, "amount"),
        Rule("en.funds.active.grant", "active", "grant|grants ~3 to", 0.7, "amount"),
        # who a funder's grants went to, the list after a colon or set out below (frames.recipients):
        # "X announced the recipients of its grants: A, for ...; B", "Its first grants went to: A; B"
        Rule("en.funds.recipients.of", "recipients", "recipients|grantees|beneficiaries|awardees of ~3 grants|grant|funding|"
             "fund|call|scheme are|include|were|:|\u2013|\u2014", 0.7),
        Rule("en.funds.recipients.went", "recipients", "grants|funding|awards|money went|go|goes|will to :|\u2013|\u2014", 0.7),
        Rule("en.funds.recipients.went2", "recipients", "grants|funding|awards|money will go to :|\u2013|\u2014", 0.7),
        Rule("en.funds.recipients.grantees", "recipients", "grantees are|include|:|\u2013|\u2014", 0.7),
        Rule("en.funds.pledge.invest", "pledge", "invest|invests|invested|investing", 0.65),
        Rule("en.funds.pledge.commit", "pledge", "commit|commits|committed|pledge|pledged|pledges|contribute|contributes|contributed", 0.65, "amount"),
        # compute given in kind: "X will provide access to its supercomputers (to Y)", "X provides compute to P"
        Rule("en.funds.pledge.access", "pledge", "provide|provides|provided|providing|offer|offers|offered|give|gives|gave|grant|grants|granted ~4 access to ~3 supercomputer|supercomputers|supercomputing|compute|computing|gpu|gpus", 0.6, "object"),
        Rule("en.funds.pledge.compute", "pledge", "provide|provides|provided|providing|donate|donates|donated|contribute|contributes|contributed ~2 compute|gpus|supercomputing to", 0.6, "program"),
        Rule("en.funds.pledge.offer", "pledge", "offer|offers|offered|offering|provide|provides|provided|providing ~3 credits|grants|funding|financing", 0.65),
        Rule("en.funds.passive.money", "passive", "money|funding|financing|backing|investment ~2 from", 0.7),
        Rule("en.funds.active.budget", "active", "budget|grants|credits", 0.6, "amount"),
        Rule("en.funds.active.lead", "active", "lead|led|leads ~4 round|funding|investment", 0.8),
        Rule("en.funds.active.shareholder", "active", "shareholder|investor|backer ~2 in|of", 0.7),
        Rule("en.funds.passive.back", "passive", "back|backed|fund|funded|finance|financed|sponsor|sponsored ~3 by", 0.85),
        # "supported by" alone is help of any kind; money needs saying so
        Rule("en.funds.passive.financially", "passive", "financially supported|support ~2 by", 0.8),
        # "Thanks to a grant from X, P ...", "with financial support from X" ("support from X" alone may be political)
        Rule("en.funds.passive.thanks", "passive", "thanks to ~3 funding|financing|grant|grants|investment|investments|donation|donations from|of|by", 0.8),
        Rule("en.funds.passive.support", "passive", "financial support|backing from|of|by", 0.8),
        # "P, funded to the tune of $20m by X, ..."
        Rule("en.funds.passive.tune", "passive", "funded|financed|backed|bankrolled|sponsored|underwritten to the tune of ~5 by", 0.85),
        Rule("en.funds.raise.raise", "raise", "raise|raises|raised|secure|secures|secured ~8 from", 0.85),
        # "X raised $500 million led by Y": the lead of the money raised funds the one who raised it
        Rule("en.funds.raise.led", "raise", "raise|raises|raised|secure|secures|secured ~5 ,? led|co-led by", 0.85, "amount"),
        Rule("en.funds.announce.raise", "announce", "raise|raises|raised|secure|secures|secured|close|closes|closed", 0.5),
        Rule("en.funds.passive.round", "passive", "round|funding|investment|series ~6 led|co-led by", 0.85),
        Rule("en.funds.passive.round2", "passive", "round|funding|investment|series ~4 , led|co-led by", 0.85),
        # "The round, first disclosed in March, was led by X"; "The deal was led by X" after a raise
        Rule("en.funds.passive.round3", "passive", "round|funding|series|fundraising|deal|transaction , ~6 , ~2 led|co-led by", 0.8, "round"),
        Rule("en.funds.passive.deal", "passive", "deal|transaction ~3 led|co-led by", 0.8, "round"),
        Rule("en.funds.raise.draw", "raise", "draw|draws|drew|drawn|attract|attracts|attracted ~3 money|funding|investment|backing ~6 from", 0.75),
        Rule("en.funds.raise.receive", "raise", "receive|receives|received ~6 from", 0.55, "amount"),
        # "A contributed $30M, while B added $10M": B funds the party A funds, its own sum after the verb
        Rule("en.funds.added.while", "added", "while|whereas ~4 add|adds|added|contribute|contributes|contributed|"
             "provide|provides|provided|chip|chips|chipped|put|puts|pledged|committed|gave|invested", 0.7, "amount"),
        # the recipient as the first object: "X granted Y $20 million", "X gave Y a $5 million grant"
        Rule("en.funds.dative.give", "dative", "grant|grants|granted|give|gives|gave|award|awards|awarded|hand|hands|handed",
             0.7, "amount"),
        Rule("en.funds.funders.investor", "funders", "investor|investors|backer|backers|funder|funders|shareholders include|includes|included|including|are", 0.8),
        Rule("en.funds.cofund.with", "cofund", "with? participation from|by", 0.8),
        Rule("en.funds.cofund.alongside", "cofund", "alongside", 0.6),
        # "A and B provide the funding, topped up by C": C funds the party funded in the sentence too
        Rule("en.funds.cofund.topped", "cofund", "topped|complemented|supplemented|matched up? by", 0.6),
        # "X put up the money", "X put up $20M": the party at hand; "X came in as a funder"
        Rule("en.funds.pledge.putup", "pledge", "put|puts|putting up ~2 money|cash|funds|capital|funding", 0.7),
        Rule("en.funds.pledge.putupsum", "pledge", "put|puts|putting up", 0.7, "amount", "close"),
        Rule("en.funds.pledge.camein", "pledge", "came|come|comes|coming in ~4 as ~2 funder|funders|backer|backers|investor|investors", 0.7),
        Rule("en.funds.cofund.drew", "cofund", "drew|draws|attracted|attracts|brought|included|includes|include", 0.6, "round"),
        # paraphrases seen in real news
        Rule("en.funds.active.investment2", "active", "investment|investments|stake ~6 in|into", 0.75, "object"),
        Rule("en.funds.active.put", "active", "put|puts|putting ~6 into|in", 0.7, "amount", "object"),
        # money with no sum: "X also put money into the company", "Y sank cash into Z"
        Rule("en.funds.active.money", "active", "put|puts|putting|sink|sinks|sank|sunk|pour|pours|poured|pump|pumps|"
             "pumped|plough|ploughed|plow|plowed|inject|injects|injected ~2 money|cash|capital|funds ~6 into|in", 0.75,
             "object"),
        # a line that is only the funders' noun, the list set out below it, the party funded in the talk of money:
        # "Investors in the round:", "Backers:"
        Rule("en.funds.funders.bare", "funders", "the? investors|backers|funders|co-investors ~3 :", 0.7, "initial"),
        Rule("en.funds.funders.anchor", "funders", "anchor|lead|main|largest investor|investors|backer|backers is|are|was|were", 0.8),
        # phrasings of the business press
        Rule("en.funds.active.bankroll", "active", "bankrolls|bankrolled|bankrolling|underwrite|underwrites|underwrote|subsidize|subsidizes|subsidized|subsidise|subsidises|subsidised|subsidizing|subsidising", 0.75),
        Rule("en.funds.passive.bankroll", "passive", "bankrolled|underwritten|subsidized|subsidised ~3 by", 0.85),
        Rule("en.funds.active.inject", "active", "inject|injects|injected|injecting|plough|ploughs|ploughed|plow|plows|plowed|sink|sinks|sank|sunk|pump|pumps|pumped ~6 into|in", 0.75, "amount", "object"),
        Rule("en.funds.active.give", "active", "give|gives|gave|given|giving|donate|donates|donated|donating|award|awards|"
             "awarded|awarding ~6 to", 0.7, "amount", "close"),
        # "X gave the fund $10 million", "awarded the network a $3 million grant": the recipient first, then the money
        Rule("en.funds.active.giveobj", "active", "give|gives|gave|award|awards|awarded|grant|grants|granted|hand|hands|handed",
             0.7, "amount", "close", "object"),
        # "P was awarded a $10 million grant by X": the subject receives, the agent gives
        Rule("en.funds.passive.awarded", "passive", "awarded|granted|given|offered ~6 grant|grants|funding|loan|loans|subsidy|"
             "subsidies|financing ~3 by", 0.8),
        Rule("en.funds.active.award", "active", "award|awards|awarded|awarding ~6 grant|grants|funding|subsidy|subsidies|loan", 0.8),
        Rule("en.funds.raise.land", "raise", "land|lands|landed|net|nets|netted|bag|bags|bagged|pull|pulled|rake|raked ~8 from", 0.75, "amount"),
        Rule("en.funds.raise.grant", "raise", "win|wins|won|get|gets|got|obtain|obtains|obtained|receive|receives|received|secure|secured|land|landed ~3 grant|grants|funding|loan|subsidy|subsidies|backing|investment|donation ~6 from", 0.8),
        Rule("en.funds.funders.counts", "funders", "count|counts|counted ~4 among its|their investors|backers|shareholders|funders", 0.8),
        Rule("en.funds.funders.counts2", "funders", "count|counts|counted ~4 as its|their ~2 investor|investors|backer|backers|shareholder|shareholders|funder|funders", 0.8),
        Rule("en.funds.active.loan", "active", "extend|extends|extended|provide|provides|provided ~5 loan|loans|credit|grant|grants|financing ~3 to", 0.75, "amount"),
        Rule("en.funds.active.earmark", "active", "earmark|earmarks|earmarked|allocate|allocates|allocated|set|sets aside? ~5 for|to", 0.7, "amount", "close"),
        Rule("en.funds.active.colead", "active", "co - lead|leads|led ~6 round|funding|investment", 0.8),
        # "X wrote a $100 million cheque to Y", "X chipped in $20 million for Y"
        Rule("en.funds.active.cheque", "active", "write|writes|wrote|written|writing|cut|cuts|cutting|sign|signs|signed|signing ~5 cheque|cheques|check|checks to|for|into", 0.75, "amount", "close"),
        Rule("en.funds.active.chip", "active", "chip|chips|chipped|chipping in ~5 to|for|toward|towards", 0.7, "amount", "close"),
    ),
    "SIGNS_MOU_WITH": (
        Rule("en.signs_mou_with.pair.sign", "pair", "sign|signs|signed|signing ~7 memorandum|mou|agreement|accord|deal|letter|contract|partnership|charter", 0.9),
        Rule("en.signs_mou_with.pair.memorandum", "pair", "memorandum of understanding", 0.9),
        Rule("en.signs_mou_with.pair.mou", "pair", "mou|mous with|between", 0.85, "between"),
        Rule("en.signs_mou_with.pair.ink", "pair", "ink|inks|inked ~3 deal|agreement|pact", 0.85),
        Rule("en.signs_mou_with.pair.letter", "pair", "letter of intent", 0.85),
        Rule("en.signs_mou_with.pair.sign2", "pair", "sign|signs|signed ~2 with", 0.75),
        # other verbs of signing, and the document signed by the parties
        Rule("en.signs_mou_with.pair.pen", "pair", "pen|pens|penned|initial|initials|initialled|initialed|ratify|ratifies|ratified|execute|executes|executed ~3 memorandum|mou|agreement|accord|deal|letter|contract|charter", 0.85),
        # the parties put their names to the document: "X and Y put their names to an agreement"
        Rule("en.signs_mou_with.pair.names", "pair", "put|puts|putting|set|sets their|its names|name|signatures|signature to|on ~3 memorandum|mou|agreement|accord|deal|letter|contract|charter", 0.85),
        Rule("en.signs_mou_with.pair.signed", "pair", "memorandum|mou|agreement|accord|letter|charter ~6 signed|inked|initialled|initialed by", 0.85),
    ),
    "PARTNERS_WITH": (
        Rule("en.partners_with.pair.launch", "pair", "launch|launches|launched|form|forms|formed|forge|forged|announce|announced|seal|sealed|strike|struck|unveil|unveiled|unveils ~5 partnership|collaboration|alliance|cooperation", 0.8),
        Rule("en.partners_with.pair.joint", "venture", "joint venture", 0.8),
        # a joint undertaking of the parties after "between": "a joint research programme between X and Y"
        Rule("en.partners_with.pair.jointbetween", "pair", "joint|shared|common ~2 program|programme|programs|programmes|project|projects|lab|laboratory|laboratories|initiative|effort|research|centre|center between", 0.8, "between"),
        # a venture only with a partner after it ("formed a venture with Y"; in "formed a joint venture, Bleu" Bleu is the venture)
        Rule("en.partners_with.pair.venture", "pair", "launch|launches|launched|form|forms|formed|create|creates|created|start|started|set up? ~3 venture|ventures with", 0.8),
        Rule("en.partners_with.pair.partner", "pair", "partner|partners|partnered|partnering with", 0.9),
        Rule("en.partners_with.pair.partnership", "pair", "partnership|partnerships|collaboration|cooperation|tie-up ~3 with|between", 0.85, "between"),
        Rule("en.partners_with.pair.team", "pair", "team|teams|teamed up with", 0.9),
        Rule("en.partners_with.pair.collaborate", "pair", "collaborate|collaborates|collaborated|cooperate|cooperates|cooperated with", 0.8),
        # with a manner adverb between: "X will collaborate closely with Y", "X cooperates more closely with Y"
        Rule("en.partners_with.pair.closely", "pair", "collaborate|collaborates|collaborated|collaborating|cooperate|cooperates|cooperated|cooperating|work|works|worked|working|partner|partners|partnered|partnering more? closely|jointly|directly with", 0.8),
        # the subjects made something together: "X, Y and Z trained the model together"
        Rule("en.partners_with.pair.madetogether", "pair", "train|trains|trained|build|builds|built|develop|develops|developed|design|designs|designed|create|creates|created|test|tests|tested|run|runs|ran|operate|operates|operated ~4 together", 0.75),
        # the subject's partners named in a roll: "X counts Y and Z among its partners"
        Rule("en.partners_with.pair.among", "pair", "count|counts|counted|counting|list|lists|listed ~4 among its|their ~2 partners|allies|collaborators", 0.75),
        # a partner named by its role: "X has been a close collaborator of Y", "X signed on as a partner of Y"
        # (one partner: "X, one of the partners of Y in P" names fellow members of a program)
        Rule("en.partners_with.pair.partnerof", "pair", "a|an ~2 partner|collaborator|ally of", 0.7),
        Rule("en.partners_with.pair.join", "pair", "join|joins|joined forces with", 0.9),
        Rule("en.partners_with.pair.ally", "pair", "ally|allied|allies with", 0.8),
        Rule("en.partners_with.pair.work", "pair", "work|works|worked|working with", 0.6),
        Rule("en.partners_with.pair.deal", "pair", "contract|contracts|deal|deals ~3 with", 0.65),
        # the subjects pair among themselves: "IBM and Meta partner on ...", "X and Y teamed up to ..."
        Rule("en.partners_with.pair.reciprocal", "pair", "partner|partnered|partnering|collaborate|collaborated|collaborating|cooperate|cooperated|cooperating on|to|for|around", 0.8, "reciprocal", "verb"),
        Rule("en.partners_with.pair.teamup", "pair", "team|teams|teamed up", 0.8, "reciprocal"),
        Rule("en.partners_with.pair.work2", "pair", "work|works|worked|working|collaborate|collaborated|cooperate|cooperated together", 0.75),
        # phrasings of press releases and the business press
        Rule("en.partners_with.pair.enter", "pair", "enter|enters|entered|entering into? ~3 alliance|partnership|partnerships|collaboration|cooperation", 0.8),
        Rule("en.partners_with.pair.link", "pair", "link|links|linked|linking|tie|ties|tied|tying|hook|hooks|hooked|pair|pairs|paired up with", 0.8),
        Rule("en.partners_with.pair.ties", "pair", "forge|forges|forged|forging|establish|established|deepen|deepened|strengthen|strengthened ~2 ties|links|relationship|relationships with", 0.7),
        Rule("en.partners_with.pair.ally2", "pair", "ally|allied|allies|allying itself|themselves with", 0.8),
        Rule("en.partners_with.pair.chose", "pair", "choose|chooses|chose|chosen|select|selects|selected|pick|picks|picked|tap|taps|tapped|name|names|named ~4 as ~2 partner|partners", 0.75),
        Rule("en.partners_with.pair.forces", "pair", "join|joins|joined|joining|combine|combines|combined|combining|pool|pools|pooled|pooling ~1 forces|resources|expertise|efforts|hands", 0.8, "reciprocal"),
        # (not "go hand in hand with": things that come together, "goals go hand in hand with growth")
        Rule("en.partners_with.pair.hand", "pair", "work|works|worked|working hand in hand with", 0.8),
        Rule("en.partners_with.pair.cooperate", "pair", "co - operate|operates|operated|operating with", 0.8),
        Rule("en.partners_with.pair.teams", "pair", "team|teams|teamed with", 0.8),
        Rule("en.partners_with.pair.alliance", "pair", "alliance|alliances|tandem ~2 with", 0.75),
        # the subjects will build it together: "X and Y will co-develop chips", "the pair agreed to co-develop a
        # model" (not the past: "X and Y have co-developed a product" is work done, no collaboration announced)
        # (after "will" / "to": the lookup lemma of "co-developed" is "develop")
        Rule("en.partners_with.pair.codevelop2", "pair", "will|to|shall ~1 co - develop|design|engineer", 0.75, "reciprocal"),
        Rule("en.partners_with.pair.hand2", "pair", "work|works|worked|working hand in hand", 0.75, "reciprocal"),
        # talks with a partner ("talks" is a hedge: a potential partnership): "X has held talks with Y", "X is in talks with Y"
        Rule("en.partners_with.pair.talks", "pair", "hold|holds|held|holding|open|opens|opened|opening|enter|enters|entered|begin|began|begun|start|started|in ~2 talks|negotiations|discussions with", 0.6, "close"),
        # a partner named by the subject: "Google Cloud described SSI as a partner", "IBM calls Meta its closest partner"
        Rule("en.partners_with.pair.describe", "pair", "describe|describes|described|describing|call|calls|called ~4 as? a|an|its|their|our ~2 partner|ally|collaborator", 0.7),
        # a line that is only the noun, the partners set out below it, of the company the article opens with
        Rule("en.partners_with.roster.bare", "roster", "new? partnerships|collaborations announced|signed? :", 0.7, "initial"),
        # deals announced before a bulleted list of their partners: "X has struck two deals:" then "- with Y, to ..."
        Rule("en.partners_with.pair.deals", "pair", "strike|strikes|struck|sign|signs|signed|forge|forges|forged|seal|seals|sealed|announce|announces|announced ~4 deals|partnerships|alliances|collaborations :", 0.7),
        # building something together with a partner: "X agreed to co-develop models with Y" (not "X and Y have
        # co-developed a product": work done, no collaboration announced)
        # making it with a partner named right after "with" ("X is building the cluster with cloud provider Y",
        # "X developed the model with Y"; not "built with support from Y", "trained it with Y's chips")
        Rule("en.partners_with.pair.buildwith", "pair", "build|builds|building|built|develop|develops|developing|developed|design|designs|designing|designed ~5 with", 0.7, "bare"),
        # a partner that helped the other make or prove its technology: "X helped Y prove the technology", "X
        # helped Y build its first model" (not "helped Y raise money": no work together)
        Rule("en.partners_with.pair.helped", "pair", "help|helps|helped|helping ~3 prove|develop|build|design|test|train|deploy|pilot", 0.65, "bare"),
        Rule("en.partners_with.pair.codevelop", "pair", "co - develop|develops|developed|developing|design|designs|designed|designing|engineer|engineered ~4 with", 0.8),
    ),
    "FOUNDED": (
        Rule("en.founded.active.launch", "active", "launch|launches|launched|launching", 0.8, "nominal"),
        Rule("en.founded.active.create", "active", "create|creates|created|found|founded|co-found|co-founded|establish|establishes|established", 0.8),
        Rule("en.founded.active.set", "active", "set|sets up", 0.7, "close"),
        Rule("en.founded.active.form", "active", "form|formed|forms|start|started", 0.6),
        # unveiling a program launches it; not "unveiled the results of P" (the object stands right after the verb)
        Rule("en.founded.active.unveil", "active", "unveil|unveiled|unveils|unveiling", 0.6, "close"),
        Rule("en.founded.active.creation", "active", "creation|launch|founding of", 0.75, "nominal"),
        Rule("en.founded.passive.launch", "passive", "launch|launched|create|created|found|founded|co-founded|cofounded|established|set|started|formed|initiated ~5 by", 0.85),
        Rule("en.founded.passive.at", "passive", "at the initiative of", 0.8),
        # paraphrases seen in real news
        Rule("en.founded.passive.brainchild", "passive", "brainchild of", 0.8),
        # "P, a group convened by X", "P was conceived by X and Y": who gathered a group or thought up a
        # program founded it (a meeting convened by X is no group of X's)
        Rule("en.founded.passive.convene", "passive", "group|coalition|alliance|consortium|body|network|forum|club|"
             "initiative|taskforce convened ~3 by", 0.75),
        Rule("en.founded.passive.conceive", "passive", "conceived|dreamed|dreamt up? ~3 by", 0.75),
        Rule("en.founded.active.stand", "active", "stand|stands|stood up", 0.75),
        # phrasings of press releases and announcements (a program after them, where the words have other senses)
        Rule("en.founded.active.founder", "active", "founder|founders|co-founder|co-founders|cofounder|cofounders|creator|creators|initiator|initiators|architect|architects of", 0.8, "program", "close"),
        Rule("en.founded.active.kick", "active", "kick|kicks|kicked|kicking off", 0.65, "program", "close"),
        Rule("en.founded.active.roll", "active", "roll|rolls|rolled|rolling out", 0.6, "program", "close"),
        Rule("en.founded.active.initiate", "active", "initiate|initiates|initiated|conceive|conceives|conceived|inaugurate|inaugurates|inaugurated|institute|instituted|pioneer|pioneered|spearhead|spearheads|spearheaded|incubate|incubated|mastermind|masterminds|masterminded", 0.7, "program", "close"),
        Rule("en.founded.active.birth", "active", "give|gives|gave|given|giving birth to", 0.8),
        Rule("en.founded.active.wraps", "active", "take|takes|took|taken|taking|pull|pulls|pulled the wraps off of?", 0.75, "program", "close"),
        Rule("en.founded.active.behind", "active", "is|are|was|were behind", 0.6, "program", "close"),
        Rule("en.founded.passive.initiative", "passive", "an initiative of|by", 0.7),
        Rule("en.founded.passive.owes", "passive", "owe|owes|owed its|their existence|creation|birth to", 0.8),
        Rule("en.founded.active.debut", "active", "debut|debuts|debuted|premiere|premiered", 0.65, "program", "close"),
    ),
    "EXCLUDED_FROM": (
        Rule("en.excluded_from.active.leave", "active", "leave|leaves|left|leaving|quit|quits|exit|exits|exited", 0.85),
        Rule("en.excluded_from.active.withdraw", "active", "withdraw|withdraws|withdrew|withdrawn|pull|pulls|pulled|back|backs|backed|drop|drops|dropped out of|from", 0.9),
        Rule("en.excluded_from.active.withdraw2", "active", "withdraw|withdraws|withdrew|withdrawn from", 0.9),
        Rule("en.excluded_from.active.exit", "active", "exit|departure|withdrawal from", 0.8),
        Rule("en.excluded_from.active.excluded", "active", "excluded|absent|barred|shut|left out? ~1 from|of", 0.85),
        # paraphrases seen in real news
        Rule("en.excluded_from.active.missing", "active", "missing ~3 from", 0.8),
        Rule("en.excluded_from.active.resign", "active", "resign|resigns|resigned ~3 from", 0.85),
        # phrasings of the press (a program after them, where the words have other senses)
        Rule("en.excluded_from.active.expel", "active", "expel|expels|expelled|oust|ousts|ousted|eject|ejected|kick|kicks|kicked|remove|removes|removed|drop|drops|dropped|strike|struck out? of|from", 0.8, "program", "close"),
        Rule("en.excluded_from.active.stay", "active", "stay|stays|stayed|staying|opt|opts|opted|opting|keep|keeps|kept|sit|sits|sat out of?", 0.75, "program", "close"),
        # "X has withdrawn in protest from P", "X stayed away from P"
        Rule("en.excluded_from.active.withdraw3", "active", "withdraw|withdraws|withdrew|withdrawn|resign|resigns|resigned ~2 protest from", 0.85, "program", "close"),
        Rule("en.excluded_from.active.away", "active", "stay|stays|stayed|staying|keep|keeps|kept|keeping away from", 0.75, "program", "close"),
        Rule("en.excluded_from.active.bow", "active", "bow|bows|bowed|bowing out of", 0.8, "program", "close"),
        # (not "program": it hides the "back" of backing inside it, whatever its object)
        Rule("en.excluded_from.active.back", "active", "turn|turns|turned|turning its|their back|backs on", 0.75, "close"),
        Rule("en.excluded_from.active.walk", "active", "walk|walks|walked|walking away from", 0.8, "program", "close"),
        Rule("en.excluded_from.active.end", "active", "end|ends|ended|cancel|cancels|cancelled|canceled|terminate|terminated|renounce|renounced|relinquish|relinquished ~2 membership|participation|seat of|in|at|with", 0.8),
        Rule("en.excluded_from.active.snub", "active", "snub|snubs|snubbed|boycott|boycotts|boycotted|shun|shuns|shunned|abandon|abandons|abandoned|desert|deserted", 0.75, "program", "close"),
        # "X and Y were not selected (for P)": left out of the program at hand
        Rule("en.excluded_from.active.selected", "active", "was|were|is|are|been|be not|n't? selected|chosen|shortlisted|"
             "picked|invited|retained", 0.8, "negated"),
        # "X is not among the sponsors of P": left out of it (a positive one is funding, not membership)
        Rule("en.excluded_from.active.among", "active", "is|are|was|were|be not|n't among ~2 sponsors|backers|funders|"
             "financiers|supporters|founders", 0.8, "negated"),
        # "the US and the UK declined to sign", "X did not sign it": a refused or negated signature of the text at
        # hand, no object or a pronoun after it (an object stated, "did not sign the contract", is none of a program's)
        Rule("en.excluded_from.active.sign", "active", "sign|signs|signed|signing|endorse|endorsed|ratify|ratified "
             "it|on|up?", 0.75, "negated", "objectless"),
        Rule("en.excluded_from.active.suspend", "active", "suspend|suspends|suspended|banned|barred ~1 from", 0.8, "program", "close"),
        # "X did not make the cut (for P)": left out of the selection at hand
        Rule("en.excluded_from.active.cut", "active", "make|makes|made|making the cut|grade", 0.8, "negated"),
        # "P went ahead without X and Y", "P will launch without X": the program before, those left out after
        Rule("en.excluded_from.active.without", "active", "go|goes|went|gone|going|press|pressed|move|moved ahead|on without", 0.75, "negated"),
        # "all the big labs joined P, except X", "with the exception of X": those the statement leaves out
        Rule("en.excluded_from.active.except", "active", "with the exception of", 0.7),
        Rule("en.excluded_from.active.except2", "active", "except|excepting|save for?", 0.7),
        # "X is conspicuously missing", "X remained absent", "X sits out": left out of the program at hand, no
        # object after it ("is missing out on", "sat out the vote" name something else)
        Rule("en.excluded_from.active.missing_is", "active", "is|are|was|were|remains|remain|remained|stays|stayed "
             "notably|conspicuously|noticeably|also|still? absent|missing", 0.75, "objectless"),
        Rule("en.excluded_from.active.sit_out", "active", "sit|sits|sat|sitting out", 0.7,
             "objectless"),
        # "X remains outside P" (not "outside the top ten": a program right after it)
        Rule("en.excluded_from.active.outside", "active", "remain|remains|remained|remaining|stay|stays|stayed|staying|"
             "is|are|was|were outside", 0.75, "program", "close"),
        # "X and Y were passed over", "X's bid was rejected": left out of the selection at hand
        Rule("en.excluded_from.active.passed", "active", "was|were|been|is|are|be|got passed over", 0.75, "objectless"),
        Rule("en.excluded_from.active.bid", "active", "bid|bids|application|applications|candidacy|submission|"
             "submissions was|were|has|have|is|are been? rejected|unsuccessful|refused|dismissed", 0.75, "objectless"),
        # "X turned down an invitation to join P": the invitation refused, the program after it
        Rule("en.excluded_from.active.turn_down", "active", "turn|turns|turned|turning|decline|declines|declined|"
             "reject|rejects|rejected down? ~2 invitation|invitations|offer|offers to join|sign|enter", 0.8),
    ),
}

# ---------------------------------------------------------------- the other stages' words
def _proper_words() -> frozenset[str]:
    """Words written capitalised far more often than not, folded (bench/proper_words.py writes the file)."""
    with gzip.open(Path(__file__).with_name("en_proper_words.txt.gz"), "rt", encoding="utf-8") as f:
        return frozenset(f.read().split())


MENTIONS = MentionWords(
    cues={
        "University": ("university", "institute", "school", "college", "polytechnic", "academy", "laboratory",
                       "lab of",
                       # cues of names written in other languages
                       "universidad", "universitat"),
        "Government": ("government", "ministry", "department", "agency", "authority", "commission", "secretariat",
                       "administration", "office of", "state department", "federal"),
        "Program": ("alliance", "consortium", "initiative", "programme", "program", "project", "fund", "plan",
                    "mission", "forum", "coalition", "pact", "compact", "network", "task force", "taskforce", "hub", "declaration", "charter",
                    "zones", "challenge", "partnership on", "center", "centre", "accelerator", "incubator", "factory",
                    "factories"),
        "Organization": ("foundation", "association", "hospital", "clinic", "society", "federation", "council",
                         "union", "organisation", "organization", "ngo", "watch", "red cross", "united nations", "zoo",
                         "aquarium", "museum", "health", "healthcare", "medical center", "medical centre",
                         "health system", "collective"),
    },
    not_names=frozenset({"mou", "mous", "memorandum", "ai", "genai", "tech", "big tech", "gafam", "gafa", "agi", "llm",
                         "llms", "cloud", "data center", "datacenter", "startup"}),
    person_titles=frozenset({"mr", "mrs", "ms", "dr", "ceo", "president", "minister", "founder", "cofounder",
                             "co-founder", "chairman", "secretary", "vice-president", "cto", "cfo", "coo", "chief",
                             "head"}),
    name_glue=frozenset({"of", "for", "on", "the", "in"}),
    cue_links=frozenset({"of", "for", "on"}),
    fund_words=frozenset({"fund"}),
    head_cues=frozenset({"lab", "labs", "laboratory", "initiative", "alliance", "consortium", "coalition", "programme",
                         "program", "project", "institute", "foundation", "aquarium", "zoo", "museum", "hospital",
                         "clinic", "network", "compact", "pact", "declaration", "charter", "accelerator", "centre",
                         "center", "fund", "academy", "collective"}),
    connectors=frozenset({"of", "for", "and", "on", "the", "'s", "\u2019s", "bin", "bint", "ibn"}),
    acronym_skip=frozenset({"and", "of", "for", "the", "on", "in"}),
    ministry_heads=frozenset({"ministry", "secretariat"}),
    ministry_of=frozenset({"of"}),
    ministry_links=frozenset({"of", "and", "the", "for"}),
    institution_heads=frozenset(),  # English capitalises every word of a name
    arm_words=frozenset({"ventures", "capital", "investments", "foundation"}),
    name_determiners=frozenset({"the", "this", "that", "these", "its", "a", "an"}),
    place_before=frozenset({"in", "at", "from", "to", "into", "across", "throughout", "of", "outside", "within"}),
    place_articles=frozenset({"the"}),
    calendar=frozenset({"january", "february", "march", "april", "may", "june", "july", "august", "september",
                        "october", "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday",
                        "saturday", "sunday"}),
    apposition_determiners=frozenset({"a", "an", "the", "its"}),
    apposition_stop=frozenset({"that", "which", "who", "of", "by", "with", "in", "and"}),
    apposition_heads={
        **dict.fromkeys(("programme", "program", "initiative", "alliance", "consortium", "project", "coalition", "fund",
                         "scheme", "partnership", "plan", "mission"), "Program"),
        **dict.fromkeys(("company", "startup", "start-up", "firm", "group", "developer", "maker", "chipmaker", "start",
                         "unicorn", "operator", "provider", "investor", "conglomerate", "lab", "laboratory",
                         "subsidiary", "arm", "producer", "manufacturer", "supplier", "utility", "carrier",
                         "lender", "insurer", "bank"), "Company"),
        **dict.fromkeys(("university", "school", "college", "institute"), "University"),
        **dict.fromkeys(("agency", "ministry", "regulator", "department"), "Government"),
        **dict.fromkeys(("foundation", "association", "nonprofit", "non-profit", "charity", "ngo", "organisation",
                         "organization", "body", "hospital"), "Organization"),
    },
    apposition_relatives=frozenset({"that", "which", "who"}),
    based=frozenset({"based", "headquartered"}),
    led_words=frozenset({"led", "co-led"}),
    round_heads=frozenset({"round", "funding", "financing", "series", "seed"}),
    list_prepositions=frozenset({"of", "in", "from", "at", "for", "by", "with", "on", "near"}),
    list_gap=frozenset({"and", "or", "nor", "the"}),
    list_joiners=frozenset({"and", "or", "nor"}),
    place_prepositions=frozenset({"in", "at"}),
    speech_verbs=frozenset({"said", "says", "added", "told"}),
    descriptor_nouns=frozenset({"company", "companies", "startup", "start-up", "start", "startups", "firm", "firms",
                                "group", "lab", "labs", "giant", "player", "unicorn", "developer", "maker", "provider",
                                "sector", "industry", "champion", "ecosystem", "scene", "community", "research",
                                "model", "models"}),
    attributive_stops=frozenset({"and", "or", "will", "would", "could", "can", "may", "might", "must", "should", "has",
                                 "have", "had", "is", "was", "are", "were", "also", "did", "does", "do", "not", "to",
                                 "said", "says", "wants", "plans", "government", "as", "on", "in", "with", "for"}),
    finite_verbs=frozenset({"is", "was", "are", "were", "has", "had", "have", "will", "would", "can", "could", "may",
                            "might", "should", "must", "did", "does", "said", "announced", "told", "became", "made"}),
    slot_auxiliaries=frozenset({"has", "have", "had", "will", "would", "is", "are", "was", "were", "also",
                                "recently", "officially", "formally", "now", "today", "jointly", "to"}),
    company_descriptors=frozenset({"startup", "start-up", "company", "firm", "chipmaker", "unicorn", "scale-up",
                                   "scaleup", "spinout", "spin-off", "subsidiary", "rival", "competitor"}),
    organization_descriptors=frozenset({"nonprofit", "non-profit", "charity", "ngo", "think-tank", "watchdog", "organization",
                                        "organisation"}),
    program_descriptors=frozenset({"program", "programme", "initiative", "project", "consortium"}),
    typing_heads={
        **dict.fromkeys(("programme", "program", "initiative", "alliance", "consortium", "project", "coalition",
                         "scheme", "network"), "Program"),
        **dict.fromkeys(("foundation", "association"), "Organization"),
    },
    naming_phrases=(("called",), ("named",), ("dubbed",), ("christened",), ("baptised",), ("baptized",),
                    ("known", "as"), ("nicknamed",)),
    founded_heads=frozenset({"institute", "academy"}),
    proper_words=_proper_words(),
    slot_joins=frozenset({",", "and", "or", "&"}),
    slot_prepositions=frozenset({"with", "by", "from", "between", "alongside", "among"}),
    slot_fund_prepositions=frozenset({"in", "into"}),
    adverb_endings=("ly", "bly>ble", "ply>ple", "ily>y"),
    place_complements=frozenset({"in"}),
    text_kinds={
        "declaration": "declaration", "statement": "declaration", "commitments": "commitment",
        "commitment": "commitment", "pledge": "commitment", "code": "code", "convention": "convention",
        "treaty": "convention", "charter": "charter", "pact": "commitment", "compact": "commitment", "call": "call", "principles": "principles",
        "recommendation": "recommendation", "accord": "accord", "text": "", "document": "",
    },
    text_adjectives=frozenset({"final", "closing", "joint", "flagship", "main", "landmark", "historic", "official",
                               "political", "non-binding", "nonbinding", "voluntary", "international", "new",
                               "ministerial", "concluding"}),
    text_links=frozenset({"of", "from", "at", "during", "the", "this"}),
    text_participles=frozenset({"signed", "adopted", "agreed", "endorsed", "issued", "published", "approved",
                                "released", "reached", "unveiled"}),
    text_complements=frozenset({"of"}),
    event_nouns=frozenset({"summit"}),
)

REFERENCES = ReferenceWords(
    determiners=frozenset({"the", "this", "that", "these", "its"}),
    heads={
        **dict.fromkeys(("startup", "start-up", "company", "firm", "unicorn", "giant", "developer", "maker",
                         "champion", "rival", "chipmaker", "investor", "lab", "businesses", "platform", "bank",
                         "insurer", "operator", "carrier", "telco", "conglomerate"), ("Company",)),
        **dict.fromkeys(("alliance", "consortium", "initiative", "programme", "program", "project", "coalition",
                         "forum", "plan", "partnership", "foundation", "organisation", "organization", "network",
                         "scheme"),
                        ("Program", "Organization")),
        # a trade body or association named before: "the association", "the federation"
        **dict.fromkeys(("association", "federation"), ("Organization",)),
        # a declaration, charter or pact others sign: "the declaration", "the compact"
        **dict.fromkeys(("declaration", "charter", "pact", "compact", "pledge", "code", "treaty"), ("Program",)),
        # the text of such a program: "Japan signed the text" (resolve.py: only a program named as a text)
        **dict.fromkeys(("text", "document"), ("Program",)),
        "group": ("Company", "Program", "Organization"),
        "fund": ("Program", "Company"),
        **dict.fromkeys(("university", "institution", "school"), ("University",)),
        **dict.fromkeys(("government", "ministry", "administration", "regulator"), ("Government",)),
        "agency": ("Government", "Organization"),
        "institute": ("Government", "University", "Organization"),
    },
    startup_heads=frozenset({"startup", "start-up", "unicorn"}),
    country_adjectives={
        "american": "US", "french": "FR", "british": "GB", "japanese": "JP", "chinese": "CN", "german": "DE",
        "canadian": "CA", "dutch": "NL", "korean": "KR", "indian": "IN", "emirati": "AE", "israeli": "IL",
        "swiss": "CH", "italian": "IT", "spanish": "ES", "swedish": "SE", "saudi": "SA", "taiwanese": "TW", "californian": "US",
    },
    group_determiners=frozenset({"the", "these", "those"}),
    group_numbers={"two": 2, "three": 3, "four": 4, "five": 5},
    group_noun_determiners=frozenset({"the", "this"}),
    group_nouns={"pair": 2, "duo": 2, "tandem": 2, "trio": 3},
    group_of=frozenset({"of"}),
    group_heads=frozenset({"companies", "firms", "groups", "organizations", "organisations", "sides", "partners",
                           "parties", "institutions", "countries", "governments", "giants", "institutes",
                           "universities", "schools", "labs", "agencies", "associations"}),
    group_pointers=frozenset({"these", "those"}),
    group_governments=frozenset({"countries", "governments", "states", "nations"}),
    group_universities=frozenset({"universities", "schools", "colleges"}),
    group_companies=frozenset({"companies", "firms", "groups", "giants", "startups", "start-ups", "carmakers",
                               "chipmakers", "banks", "insurers", "operators", "carriers", "telcos"}),
    pronouns=frozenset({"it"}),
    time_openers=frozenset({"in", "on", "last", "this", "earlier"}),
    subordinators=frozenset({"that"}),
    contrast_coordinators=frozenset({"but"}),
    name_links=frozenset({"of"}),
    company_nouns=frozenset({"startup", "start-up", "company", "firm", "chipmaker", "unicorn", "maker", "developer"}),
    citation_before=("according to", "reported by", "told", "via", "published by", "report by",
                     # an outlet that asks: "interviewed by Reuters", "in an interview with the Financial Times"
                     "(?:interviewed|contacted|asked|questioned) by", "in an interview with", "speaking to"),
    citation_articles=("the ",),
    citation_after=("reported", "reports", "writes", "wrote", "estimates", "cites", "said in a report",
                    "first reported", "had reported", "has reported", "had first reported"),
    citation_own_acts=("having", "not having"),
    name_articles=("the ",),
    group_alone=frozenset({"both"}),
    impersonal_pronouns=frozenset(),  # (English "it" opens no impersonal the parser would not see)
    impersonal_verbs=frozenset(),
    plain_time_openers=frozenset({"in", "on", "last", "earlier"}),
    reporting_verbs=frozenset({"said", "says", "announced", "announces", "confirmed", "confirms", "stated", "added",
                               "noted", "explained", "told", "disclosed", "revealed"}),
    not_descriptive=frozenset({"in", "into", "with", "by", "for", "to", "and", "or", "the", "a", "an", "has", "have",
                               "is", "was", "will", "would", "said", "says", "also", "on", "at", "from", "as"}),
    not_reference_adjectives=frozenset(),  # (the English pipeline tags no adjective)
    plain_heads=frozenset({"association", "federation"}),  # not "the association of mayors"
    plain_complements=frozenset(),
    text_heads=frozenset({"text", "document"}),
    text_names=frozenset({"declaration", "charter", "pact", "compact", "code", "convention", "treaty", "principles",
                          "call", "statement", "commitments", "pledge", "recommendation"}),
    text_determiners=frozenset(),  # "a version of the text": "the" opens it
    cleft_openers=frozenset(),  # ("It is X that" names X: no pronoun to resolve)
    cleft_subjects=frozenset(),
    seat_heads=frozenset({"giant", "group", "company", "firm", "chipmaker", "maker", "tech giant", "carrier",
                          "operator", "telco", "conglomerate"}),
    seat_descriptors=frozenset({"giant", "tech giant"}),  # ("Alibaba Group" is a name, not a seat)
    seat_forms=("{city} {head}", "{city}-based {head}"),
    lone_heads=frozenset({"operator", "carrier", "telco"}),
    possessive_determiners=frozenset({"its"}),
    indefinite_articles=frozenset({"a", "an"}),
)

NAMES = NameWords(
    pronouns=frozenset({
        "i", "you", "he", "she", "it", "we", "they", "me", "him", "her", "us", "them", "its", "their", "theirs",
        "his", "hers", "our", "ours", "this", "that", "these", "those", "which", "who", "whom", "whose", "what",
        "itself", "themselves", "one", "ones", "both", "each", "either", "neither", "other", "others",
    }),
    determiners=frozenset({
        "the", "a", "an", "this", "that", "these", "those", "its", "their", "his", "her", "our", "your", "my", "some",
        "any", "all", "every", "no", "another", "such", "both", "each", "several", "many", "most",
    }),
    pointing=frozenset({"this", "that", "these", "those", "its", "their", "his", "her", "our"}),
    generic_nouns=frozenset({
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
    }),
    role_words=frozenset({
        "ceo", "cfo", "cto", "coo", "chief", "executive", "president", "chairman", "chairwoman", "chair", "director",
        "founder", "cofounder", "co founder", "minister", "secretary", "spokesperson", "spokesman", "spokeswoman",
        "head", "boss", "manager", "officer", "researcher", "researchers", "professor", "analyst", "analysts",
    }),
    fragment_edges=frozenset({"and", "or", "but", "with", "gives", "give", "said", "says", "will", "would", "has",
                              "have", "had", "is", "are", "was", "were", "to", "of", "for", "by", "from", "in", "on",
                              "at", "as", "that", "which"}),
    fragment_verbs=frozenset({"gives", "give", "gave", "said", "says", "is", "are", "was", "were", "has", "have",
                              "had", "will", "would"}),
    governments=frozenset({"government", "executive", "administration"}),
)

MONEY = MoneyWords(
    not_given_before=frozenset({
        "value", "values", "valued", "valuing", "valuation", "valuations", "capitalisation", "capitalization",
        "revenue", "revenues", "sales", "turnover", "earnings", "profit", "profits", "loss", "losses",
        "price", "priced", "prices", "cost", "costs", "costing",
        "pay", "pays", "paid", "paying",
        "contract", "contracts", "purchase", "purchases", "purchased", "buy", "buys", "bought", "order", "orders",
        "spend", "spends", "spent", "spending", "capex", "market", "salary", "fine",
        # a running total, not this money: "bringing its total funding to"
        "bringing", "brings", "brought", "cumulative",
    }),
    # a customer's payment: "paid $90 million in fees", "$5 million in licence fees"
    not_given_after=frozenset({"valuation", "revenue", "revenues", "sales", "capex", "market", "contract", "fees", "fee",
                               "royalties", "licence", "licences", "license", "licenses", "subscriptions", "rent",
                               # revenue told as what customers ordered: "$10 million in orders from X"
                               "orders", "bookings", "purchases", "contracts"}),
    own_assets_after=("data center", "data centers", "data centre", "data centres", "datacenter", "datacenters",
                      "capital expenditure"),
    round_cues=frozenset({"raise", "raises", "raised", "raising", "closed", "closes", "secured", "secures", "round",
                          "rounds", "series", "total", "totals", "totaling", "totalling", "budget", "budgets",
                          "envelope", "commitment", "commitments", "funding"}),
    raise_words=frozenset({"raise", "raises", "raised", "raising", "closed", "closes", "secured", "secures",
                           "received", "receives"}),
    more_investors=("including", "among others", "such as", "led by", "co led by", "other investors", "investors",
                    "backers", "alongside", "with participation", "participation from", "joined by", "and others",
                    "among them", "new and existing", "existing investors"),
    up_to=("up to", "as much as", "at most", "potentially"),
    each=frozenset({"each", "apiece"}),
    money_context=frozenset({
        "in", "into", "to", "for", "from", "on", "at", "by", "with", "and", "or", "over", "across", "as", "than",
        "worth", "investment", "investments", "invested", "funding", "financing", "deal", "round", "valuation",
        "raised", "was", "is", "were", "are", "will", "would", "has", "had", "have", "that", "which", "more",
        "this", "last", "next", "each", "per", "a", "annually", "upfront", "commitment", "budget", "package", "cheque",
        "cheques", "check", "checks",
    }),
)

NUMBERS = Numbers(decimal_mark=".", billion=1e9, day_first=False)  # "03/04/2025": US or UK order cannot be told

FURNITURE_LEADS = ("read more", "read also", "see also", "related", "related articles", "also read", "read next",
                   "further reading", "related stories", "related coverage", "recommended", "more on this", "top stories",
                   "continue reading", "keep reading", "you may also like", "most read",
                   "editors picks", "trending", "what to read next")

DATA = LanguageData(
    code="en",
    mentions=MENTIONS,
    references=REFERENCES,
    names=NAMES,
    money=MONEY,
    numbers=NUMBERS,
    furniture_leads=FURNITURE_LEADS,
    triggers=TRIGGERS,
    negation=Negation(
        refusals=frozenset({"refuse", "refuses", "refused", "declined", "declines", "declining", "refusing",
                            "deny", "denies", "denied", "denying", "reject", "rejects", "rejected", "rejecting",
                            "withdrew", "withdraws", "abandoned", "abandons", "dropped", "shelved", "decline",
                            "refrain", "refrains", "refrained", "refraining", "abstain", "abstains", "abstained",
                            "abstaining"}),
        alone=frozenset({"not", "n't", "never", "no", "nor", "without", "neither"}),
        ruling_out=frozenset({"rule", "rules", "ruled", "ruling", "exclude", "excludes", "excluded", "excluding"}),
        suffixes=("n't",),
        after=frozenset({"not"}),
        clitics=frozenset(), particles=frozenset(), correlatives=frozenset(),
        endings=(("ended",), ("ends",), ("ending",), ("end",), ("terminated",), ("terminates",), ("terminate",),
                 ("terminating",), ("scrapped",), ("scraps",), ("scrap",), ("cancelled",), ("canceled",),
                 ("cancels",), ("cancel",), ("broke", "off"), ("breaks", "off"), ("break", "off"), ("stopped",),
                 ("stops",), ("ceased",), ("ceases",), ("former",), ("formerly",), ("ex",), ("onetime",),
                 ("one-time",), ("yet", "to")),
        purposes=frozenset({"meant", "designed", "intended", "intention", "intentions", "plans", "plan", "supposed", "aim", "aims"}),
        volitions=frozenset({"want", "wants", "wanted", "wish", "wishes", "wished", "yet", "would"}),
    ),
    idioms=(("as", "part", "of"), ("in", "part"), ("for", "the", "most", "part"), ("at", "stake"), ("on", "the", "part", "of"),
            ("found", "that"), ("found", "it"), ("found", "out")),  # (past of "find")
    question_words=frozenset({"will", "would", "could", "can", "should", "shall", "is", "are", "was", "were",
                              "does", "do", "did", "has", "have", "had", "may", "might", "must"}),
    hedges=frozenset({
        "could", "may", "might", "would", "potential", "potentially", "possible", "possibly", "consider",
        "considering", "considers", "considered", "talks", "negotiating", "negotiations", "reportedly",
        "plans", "planning", "plan", "expected", "likely", "poised", "mulling", "exploring", "rumored", "rumoured",
        "proposed", "prospective", "susceptible", "probable", "discussion", "discussions", "envisage",
        "hopes", "hope", "hoping", "aims", "aim", "aiming", "seeks", "seek", "seeking", "wants", "want", "intends",
        "intend", "eyes", "eyeing", "yet",
        # a race or an analyst's forecast is no deal yet: "racing to sign deals with X", "analysts expect X to invest"
        "racing", "scrambling", "vying", "expect", "expects", "anticipate", "anticipates", "predict", "predicts",
        "forecast", "forecasts",
    }),
    clause_breaks=frozenset({";", "\u2014", "\u2013", "but", "while", "whereas", "although", "because", "after",
                             "before", "since", "when"}),
    transparent=frozenset({"not", "n't", "never", "already", "also", "officially", "jointly", "recently", "finally",
                           "formally", "still", "now", "quickly", "closely"}),
    list_leadins=frozenset({"including", "such", "like", "among", ":", "as"}),
    list_joiners=("and", "or", "&", "as well as", "along with", "nor", "joined by", "plus"),
    list_articles=("the",),
    articles=frozenset({"the", "a", "an"}),
    definite_articles=frozenset({"the"}),
    apposition_articles=("the", "a", "an"),
    and_words=frozenset({"and"}),
    agent_prepositions=frozenset({"by"}),
    agent_leadins=frozenset({":", "including", "among"}),
    novelty_words=frozenset({"new", "brand-new", "inaugural"}),
    noun_modifiers=frozenset({"new", "fresh", "additional", "extra", "more", "further", "its", "their", "our", "his",
                              "her", "public", "federal", "private", "external", "outside", "initial", "emergency", "existing",
                              "longtime", "returning", "previous", "early"}),
    agent_fillers=frozenset({"mistake", "accident", "chance", "default", "error", "surprise",
                             # the means, no agent: "which X established by executive order", "set up by decree"
                             "executive", "presidential", "royal", "ministerial", "order", "decree", "law", "statute"}),
    relatives=frozenset({"that", "which", "who", "whom", "whose"}),
    relative_objects=frozenset({"which", "whom", "whose"}),
    relative_possessives=frozenset({"whose"}),
    place_relatives=frozenset({"where"}),
    ellipsis_before=frozenset({"another", "one", "others", "then", "and", ","}),
    not_relative_before=frozenset({"such", "so", "among", "of"}),
    copulas=frozenset({"be", "have"}),
    descriptors=frozenset({"start", "startup", "company", "firm", "group", "chipmaker", "giant", "lab", "fund", "us",
                           "french", "british", "chinese"}),
    compound_particles=frozenset({"up"}),
    citations=(("according", "to"),),
    agreement_words=("MOU", "MoU", "memorandum", "letters? of intent", "framework agreements?",
                     # a named formal agreement: "a collaboration agreement", "a cooperation agreement"
                     "(?:collaboration|co-?operation) agreements?"),
    membership_nouns=frozenset({"member", "members", "partner", "partners"}),
    funding_words=frozenset({"round", "rounds", "investor", "investors", "backer", "backers", "funding",
                             "fundraising", "financing", "raise", "raised", "shareholders", "funders", "capital",
                             "seed", "series"}),
    round_words=frozenset({"round", "rounds", "series", "seed", "fundraising"}),
    patronage_words=frozenset({"fund", "funds", "funded", "funding", "sponsor", "sponsors", "sponsored",
                               "patrons", "philanthropy", "philanthropic"}),
    participant_words=frozenset({"members", "member", "participants", "partners", "signatories", "founders",
                                 "founding", "investors", "backers", "shareholders", "funders", "round", "part",
                                 "participate", "participating", "joined", "signed", "involved", "enrolled"}),
    context_objects=frozenset({"it", "them", "company", "firm", "start", "startup", "credits", "credit", "compute",
                               "cash", "equity", "shares", "unicorn", "business"}),
    nominal_suffixes=("ment", "ments", "stake", "investor", "investors"),
    list_verbs=frozenset({"include", "includes", "included", "are", "were"}),
    dangling_prepositions=frozenset({"to", "for", "of", "on", "in", "into", "at", "from", "about", "over", "under"}),
    beside=("alongside", "together with"),
    aside_openers=frozenset({"besides", "unlike", "beyond", "aside", "apart", "except"}),
    additive_openers=frozenset({"besides"}),
    also_subjects=("as did", "as have", "as has", "as had", "as were", "as was", "as will",
                   # after a negation: "X is not part of P, and neither is Y", "nor has Y"
                   "neither is", "neither are", "neither was", "neither has", "neither have", "neither did",
                   "neither does", "nor is", "nor are", "nor was", "nor has", "nor have", "nor did", "nor does"),
    also_members=("as well as", "along with", "together with", "alongside"),
    verbs_before_among=frozenset({"be", "is", "are", "was", "were", "remain", "remains"}),
    subject_adverbs=frozenset({"also", "already", "now", "still"}),
    prep_of=frozenset({"of"}),
    prep_in=frozenset({"in", "into", "of"}),
    prep_into=frozenset({"in", "into", "to"}),
    prep_to=frozenset({"to", "for"}),
    prep_stake=frozenset({"of", "in"}),
    prep_with=frozenset({"with"}),
    channels=("via", "through", "by way of", "under"),
    program_pronouns=frozenset({"it", "them"}),
    text_pronouns=frozenset(),
    ordinals=frozenset({"first", "second", "third", "fourth", "fifth", "new"}),
    program_channels=("under", "as part of", "thanks to", "within framework of"),
    prep_between=frozenset({"between"}),
    prep_from=frozenset({"from"}),
    speech_verbs=frozenset({"said", "says", "told", "announced", "reported", "stated", "added", "noted", "confirmed", "wrote",
                            "explained", "according"}),
    promise_nouns=frozenset({"pledge", "pledges", "promise", "promises", "commitment", "commitments", "assurance", "assurances"}),
    place_in=frozenset({"in", "into", "across", "throughout"}),
    apart_adverbs=frozenset({"separately", "independently", "elsewhere", "unrelated"}),
    selection_nouns=frozenset({"list", "lists", "shortlist", "selection", "lineup", "line-up", "roster", "signatories",
                               "members", "membership", "finalists", "winners", "cohort", "club"}),
    role_prepositions=frozenset({"as"}),
    say_verbs=frozenset({"say", "said", "says", "saying", "comment", "commented", "confirm", "confirmed", "confirming",
                         "disclose", "disclosed", "disclosing", "specify", "specified", "reveal", "revealed", "indicate",
                         "indicated", "elaborate", "answer", "tell", "told"}),
    indirect_questions=frozenset({"whether", "if"}),
    cleft_copulas=frozenset({"is", "was", "are", "were", "remains", "remained"}),
    observer_nouns=frozenset({"observer", "observers"}),
    absence_nouns=frozenset({"absentee", "absentees", "absence", "absences", "holdout", "holdouts", "abstainers",
                             "absent", "missing",
                             "non-signatories", "nonsignatories"}),
    possessives=frozenset({"'s", "\u2019s", "s"}),
    modifier_before=frozenset({"former", "ex", "a", "an", "the", "two", "three", "several", "many", "some", "its",
                               "their", "his", "her", "other", "by", "of", "from", "with", "all"}),
    not_nouns=frozenset({"and", "or", "will", "would", "could", "can", "may", "might", "must", "should", "has", "have",
                         "had", "is", "was", "are", "were", "also", "did", "does", "do", "not", "to", "said", "says",
                         "as", "on", "in", "with", "for", "last", "next", "this", "earlier", "later", "after",
                         "before", "since", "from", "by", "at", "of", "over", "into", "through", "via", "alongside",
                         "together", "which", "who", "that", "jointly", "recently", "already", "now", "then", "nor",
                         "but", "under", "between", "among", "amid", "across", "during", "about", "against",
                         "toward", "towards", "within", "without", "beyond", "than", "while", "when", "where",
                         "because", "until", "including", "whose", "whom", "if", "per", "plus", "so"}),
    participle_suffixes=("ed",),
    written_participles=("ed", "set", "set up", "stood up", "spun out", "spun off"),
    irregular_participles=frozenset({"led", "co-led", "run", "known", "built", "spun", "held", "born", "overseen",
                                      "chosen", "taken", "made", "set"}),
    # English states a promise with "to" like any infinitive; no reflexive marks it
    reflexives=frozenset(),
    promise_markers=frozenset(),
    promise_verbs=frozenset({"pledge", "pledges", "pledged", "pledging", "promise", "promises", "promised", "promising",
                             "vow", "vows", "vowed", "vowing", "commit", "commits", "committed", "committing",
                             "undertake", "undertakes", "undertook", "undertaken"}),
    team_nouns=frozenset({"consortium", "team", "teams", "coalition", "partners"}),
    unit_nouns=frozenset({"lab", "labs", "laboratory", "laboratories", "team", "group", "department", "unit", "division",
                          "subsidiary", "institute", "centre", "center", "school", "faculty", "branch", "affiliate"}),
    conditional_endings=(),  # ("would" is a hedge word)
    incise_openers=frozenset(),  # (not measured in English yet)
    preposition_forms=(),  # (an English preposition has one form: "with X, with Y")
    determiners=frozenset({"the", "a", "an", "this", "that", "these", "those", "its", "their", "his", "her", "our"}),
    participle_openers=frozenset({"having", "been", "newly", "recently", "first", "originally", "jointly", "in",
                                  "under", "as", "part", "of",
                                  # "With funding from X, P ...", "Thanks to a grant from X, P ..."
                                  "with", "thanks", "to"}),
    naming_words=frozenset({"called", "named", "dubbed", "christened", "branded", "baptised", "baptized"}),
    in_turn=(("for", "its", "part"), ("for", "their", "part"), ("in", "turn")),
    time_nouns=frozenset({"day", "days", "week", "weeks", "weekend", "month", "months", "year", "years", "quarter",
                          "morning", "afternoon", "evening", "night", "spring", "summer", "autumn", "fall", "winter",
                          "today", "beginning", "start", "end", "early", "late", "last", "next"}),
    founding_stages=frozenset({"pilot", "pilots", "phase", "stage", "round", "edition", "scheme", "effort", "facility",
                               "body", "venture", "taskforce", "office", "unit", "chapter", "cohort",
                               # what partners launch together ("unveiled a $10 billion collaboration")
                               "collaboration", "cooperation", "joint"}),
    founding_nouns=frozenset({"alliance", "coalition", "consortium", "initiative", "programme", "program",
                              "partnership", "group", "network", "centre", "center", "fund", "project"}),
    together_words=frozenset({"both", "together", "jointly", "all", "each", "collectively", "three", "two", "four",
                              "have", "are", "were", "themselves", "their"}),
    likeness_words=frozenset({"like", "unlike"}),
    event_nouns=frozenset({"guest", "guests", "photo", "picture", "dinner", "lunch", "breakfast", "ceremony", "party",
                             "reception", "stage", "panel", "summit", "conference", "event", "meeting", "gala",
                             "invitation", "invitations", "invite", "speaker", "speakers", "room", "venue", "forum",
                             "hackathon", "workshop", "webinar", "fair", "expo", "show"}),
    announcing_verbs=frozenset({"unveil", "unveiled", "unveils", "announce", "announced", "announces", "name", "named",
                                "names", "reveal", "revealed", "reveals", "publish", "published", "publishes",
                                "congratulate", "congratulated", "congratulates", "present", "presented", "presents", "award", "awarded", "awards", "choose", "chose", "chosen", "pick", "picked", "picks", "select", "selected", "selects"}),
    # plural supplier nouns only: a singular one before a name is its title ("built it with cloud provider X")
    clientele_nouns=frozenset({"customer", "customers", "client", "clients", "clientele", "user", "users",
                               "subscriber", "subscribers", "buyer", "buyers", "suppliers",
                               "vendors"}),
    kin_nouns=frozenset({"fund", "arm", "venture", "investment", "investing", "corporate", "subsidiary", "parent",
                         "unit", "division", "affiliate", "branch", "owner", "spinoff", "spin-off", "holding"}),
    predicate_auxiliaries=frozenset({"is", "are", "was", "were", "has", "have", "had", "been", "be", "being", "will",
                                     "would", "also", "later", "then", "now", "since", "recently", "has"}),
    outsider_nouns=frozenset({"customer", "customers", "client", "clients", "user", "users", "subscriber", "subscribers",
                              "buyer", "buyers", "supplier", "suppliers", "vendor", "vendors", "jury", "judges",
                              "audience", "attendees", "visitors", "guests", "speakers", "panelists", "panellists",
                              "products", "features", "portfolio", "offerings", "brands"}),
    credit_words=frozenset({"photo", "photos", "credit", "credits", "image", "images", "illustration", "source", "pictured", "picture", "video", "file"}),
    former_words=frozenset({"former", "formerly", "ex", "alumni", "alumnus", "veterans", "veteran"}),
)
