"""Removing web-page boilerplate from article text, line by line, in French and English.

Conservative on purpose: a line goes only if it is short and matches a known
pattern (share and follow prompts, newsletter and cookie notices, copyright
lines, footer link rows). A heading such as "Lire aussi" or "Read more" goes
with the short link-like lines after it, up to the first real sentence. Long
prose lines and the characters inside kept lines are never changed.
"""

from __future__ import annotations

import re

_I = re.IGNORECASE

# Headings that open a list of links to other articles (or a contact block).
_LIST_HEADING = re.compile(
    r"^(?:pour aller plus loin|(?:à|a) lire (?:aussi|également|egalement|encore)|lire (?:aussi|également|egalement)"
    r"|read (?:more|also|next)|also read|related(?: articles?| stories| posts| content| news| coverage)?"
    r"|latest(?: news| articles| stories| posts)?|sur le même sujet|sur le meme sujet|les plus lus|les plus partagés"
    r"|most (?:read|popular|viewed)|voir aussi|see also|dans la même rubrique|you (?:may|might) also like"
    r"|recommended(?: for you| articles| stories| reading)?|more (?:from|on|in) [\w’' .-]{1,40}"
    r"|(?:à|a) (?:découvrir|voir) aussi|(?:nos )?derniers articles|dernières actualités|dernières infos"
    r"|contacts? (?:presse|médias?)|press contacts?|media contacts?|relations presse|contact|nous contacter"
    r"|contactez-nous|contact us|tags|mots-clés|mots clés"
    r"|sur le même thème|sur le meme theme|further reading|you (?:may|might) (?:also )?(?:be interested in|enjoy)"
    r"|recommandés? pour vous|nos autres articles|also on [\w’' .-]{1,40}|trending(?: now| stories| news)?"
    r"|popular(?: now| stories| articles| posts)?|top stories|more (?:stories|news|articles)|plus d['’]articles"
    r"|articles similaires|similar (?:articles|stories|posts)|ailleurs sur le web|editor['’]s picks|must read"
    r"|see more|our coverage|vous aimerez aussi|ces articles peuvent vous intéresser"
    r"|suggested(?: articles| reading| stories| for you)?|recent (?:posts|articles|stories)|what to read next"
    r"|lire la suite|lire plus|continue reading|keep reading)"
    r"(?:\s*[:：».>–—-]\s*(?P<rest>.*)|\s+\S.*|\s*)$",
    _I,
)
_SINGLE_LINE: list[tuple[int, re.Pattern[str]]] = [
    # share / follow prompts
    (80, re.compile(r"^(?:partager|partagez|partage|share|tweet|tweeter|imprimer|print|envoyer par e-?mail|email this)"
                    r"(?:\s+(?:sur|on|via|par|cet article|this (?:article|story|page|post))\b.*)?\s*[:.!]?$", _I)),
    (80, re.compile(r"^(?:suivez[- ]nous|follow us|retrouvez[- ]nous|rejoignez[- ]nous sur|join us on)\b.*$", _I)),
    # newsletter / subscription prompts
    (100, re.compile(r"^(?:newsletters?|abonnez[- ]vous|inscrivez[- ]vous|s['’]abonner|je m['’]abonne|subscribe"
                     r"|sign up|recevez (?:notre|nos|la) newsletter|get (?:our|the) newsletter)\b.*$", _I)),
    # photo and image credits: "(Photo by X / AFP via Getty Images)", "Crédit photo : X", "Image: Reuters"
    (200, re.compile(r"^[(\[]?\s*(?:photos?|crédits?(?: photos?)?|credits?|image|illustration|photo credit|source photo)"
                     r"\s*(?::|by|de|par|©)\s*[^.!?]*[)\]]?\s*$", _I)),
    # copyright lines
    (200, re.compile(r"^.*(?:©|tous droits réservés|all rights reserved).*$|^\(c\)\s.*$|^copyright\s*(?:©|\(c\)|\d{4}).*$", _I)),
    # cookie notices (the site speaking of its own cookies) and their buttons
    (400, re.compile(r"^.*(?:\b(?:nous utilisons|we use|(?:ce|notre) site utilise|this (?:web)?site uses|our (?:web)?site uses)"
                     r"\b.*\bcookies?\b|\ben poursuivant votre navigation\b|\bby continuing to (?:browse|use) this\b).*$", _I)),
    (70, re.compile(r"^.*\bcookies?\b.*\b(?:accept|gérer|manage|paramètres|settings|préférences|preferences|politique"
                    r"|policy|consent).*$|^.*\b(?:accept|accepter|gérer|manage|paramétrer)\w*\s+(?:les\s+|all\s+|tous\s+les\s+)?cookies\b.*$", _I)),
    (40, re.compile(r"^(?:accepter|refuser|tout accepter|tout refuser|accepter et fermer|personnaliser|accept|reject"
                    r"|accept all|reject all|decline|manage preferences|j['’]accepte|continuer sans accepter)$", _I)),
]
# Site footer links and social network names, alone or in a row split by | · • /
_FOOTER_WORDS = frozenset(
    "mentions légales|politique de confidentialité|confidentialité|données personnelles|privacy policy|privacy"
    "|privacy notice|terms of use|terms of service|terms and conditions|terms|conditions générales d'utilisation"
    "|conditions générales de vente|conditions générales|cgu|cgv|plan du site|sitemap|contact|contacts"
    "|nous contacter|contactez-nous|contact us|about us|about|à propos|qui sommes-nous|publicité|advertise"
    "|advertising|cookies|gestion des cookies|cookie settings|accessibilité|accessibility|faq|aide|help"
    "|carrières|careers|rss|crédits|credits|facebook|twitter|x|linkedin|instagram|youtube|whatsapp|email|e-mail"
    "|mail|copier le lien|copy link|messenger|reddit|bluesky|threads|pinterest|telegram|flipboard|haut de page"
    "|back to top|retour en haut|menu|accueil|home|rechercher|search|se connecter|connexion|log in|sign in"
    "|exit mobile version|version mobile|mobile version".split("|")
)
_FOOTER_SPLIT = re.compile(r"\s*[|·•/]\s*|\s{2,}")
_SENTENCE_END = re.compile(r"[.!?…][\"'”’»)\]]*$")
_LONG = 150  # characters: a line this long is prose, whatever it looks like
_SENTENCE_WORDS = 6


def _is_sentence(line: str) -> bool:
    """A real sentence: long, or several words ending with sentence punctuation.

    A question needs more words: linked headlines are often short questions.
    """
    s = line.strip()
    if len(s) >= _LONG:
        return True
    m = _SENTENCE_END.search(s)
    if not m:
        return False
    return len(s.split()) >= (2 * _SENTENCE_WORDS if m.group(0)[0] == "?" else _SENTENCE_WORDS)


def _is_footer_row(line: str) -> bool:
    parts = [p.strip(" -–—:").casefold().replace("’", "'") for p in _FOOTER_SPLIT.split(line.strip())]
    parts = [p for p in parts if p]
    return bool(parts) and all(p in _FOOTER_WORDS for p in parts)


def is_boilerplate(line: str) -> bool:
    """Whether one line, on its own, is boilerplate (short and matching a known pattern)."""
    s = line.strip()
    if not s or len(s) >= 400:
        return False
    if any(len(s) <= limit and rx.match(s) for limit, rx in _SINGLE_LINE):
        return True
    return len(s) <= 200 and _is_footer_row(s)


def _list_heading(line: str) -> bool:
    s = line.strip().strip("#*_").strip().lstrip("»>•►▸→-–—").strip()  # ("» Lire aussi : ...")
    if len(s) > 200:
        return False
    m = _LIST_HEADING.match(s)
    if not m or _is_sentence(s):
        return False
    # "Pour aller plus loin sur ce sujet" (short), or "Lire aussi : <a linked title>"
    return len(s) <= 60 or m.group("rest") is not None


def strip_boilerplate(text: str) -> str:
    """``text`` without boilerplate lines, trailing spaces, or runs of more than one blank line.

    >>> strip_boilerplate("OpenAI rejoint l'alliance, selon un communiqué.\\nLire aussi\\nAutre sujet\\n© 2025 Journal")
    "OpenAI rejoint l'alliance, selon un communiqué."
    """
    lines = [line.rstrip() for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n")]
    kept: list[str] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        if _list_heading(line):
            i += 1
            # the links under the heading: short lines that are not sentences
            while i < len(lines) and (not lines[i].strip() or not _is_sentence(lines[i])):
                i += 1
            continue
        if not is_boilerplate(line):
            kept.append(line)
        i += 1
    return re.sub(r"\n{3,}", "\n\n", "\n".join(kept)).strip("\n")
