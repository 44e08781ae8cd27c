"""The type policy, as data beside the schema: what a statement's relation type becomes.

A trigger's family gives a claim its first type; these tables decide the rest
(SCHEMA.md, "Edges"): what a participation is, when a partnership is
membership or a memorandum, what a negation turns into, and when founding
words speak of membership. loaders/relations.py applies them in that order.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Negated:
    """A negated statement of ``type`` (any, if None), fired by a trigger of ``frame`` (any, if None),
    whose targets all have a label in ``targets`` (any, if None), becomes ``becomes``."""

    becomes: str
    type: str | None = None
    frame: str | None = None
    targets: frozenset[str] | None = None


#: the first that applies wins; a negated statement no row covers gives nothing
NEGATION: tuple[Negated, ...] = (
    Negated("EXCLUDED_FROM", type="MEMBER_OF"),  # "ne fait pas partie de P"
    # "ne figurent pas parmi les soutiens de P": left out of P
    Negated("EXCLUDED_FROM", frame="funders", targets=frozenset({"Program", "Organization"})),
    Negated("EXCLUDED_FROM", type="SIGNS_MOU_WITH", targets=frozenset({"Program"})),  # "not a signatory of the code"
)

#: a participation ("X also took part") in a funding round, else in a program
PARTICIPATION = {"money": "FUNDS", "otherwise": "MEMBER_OF"}
#: "X et Y deviennent partenaires de Stargate": a program's partner institutions are its members;
#: "X signed the P charter": who signs a program's text is its member
PROGRAM_PARTNER = {"PARTNERS_WITH": "MEMBER_OF", "SIGNS_MOU_WITH": "MEMBER_OF"}
#: a partnership stated with words of a formal agreement ("protocole d'accord", "MOU") is one
FORMAL_AGREEMENT = {"PARTNERS_WITH": "SIGNS_MOU_WITH"}
#: "X et Y ont fondé P avec A et B": the parties after "with" are members of what others founded
#: (a "co-founded P with A" makes A a founder)
FOUNDED_WITH = "MEMBER_OF"
#: "X's consortium includes A and B": the members of a team an organization leads are its partners
TEAM_MEMBERS = "PARTNERS_WITH"
#: "X et Y lancent une initiative commune": organizations that launch something unnamed together partner
JOINT_LAUNCH = "PARTNERS_WITH"
#: "Notable absentees include X", "Parmi les absents figurent X": a list of those left out of the program
ABSENT = "EXCLUDED_FROM"
#: "AWS launched a $100 million Innovation Center": a founding that states its size funds what it founds too
SIZED_LAUNCH = "FUNDS"
#: "France backed the Rome Declaration", "le Brésil a soutenu la charte": who backs a signed text (a
#: declaration, charter, pact: signed_texts.is_signed_text) adheres to it, and funds nothing
SIGNED_TEXT = {"FUNDS": "MEMBER_OF"}
#: founding words followed by a membership noun ("founding member") give no FOUNDED edge
FOUNDING_MEMBER_DROPS = frozenset({"FOUNDED"})


def negated_type(rel_type: str, frame: str, target_labels: list[str | None]) -> str | None:
    """The type a negated statement becomes, or None when it gives nothing."""
    for row in NEGATION:
        if row.type is not None and row.type != rel_type:
            continue
        if row.frame is not None and row.frame != frame:
            continue
        if row.targets is not None and not all(label in row.targets for label in target_labels):
            continue
        return row.becomes
    return None
