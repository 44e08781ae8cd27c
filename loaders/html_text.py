"""The readable text of an HTML page, one paragraph per block, plus its metadata tags.

Uses the standard library's ``html.parser`` (entities are unescaped as the page
is read). Scripts, styles, navigation, footers, asides, forms and blocks marked
as sharing / cookie / newsletter widgets are dropped; when the page has an
``<article>`` (or ``<main>``) element, only its text is kept.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

_SKIP = frozenset(
    "script style noscript template svg nav footer aside form button iframe select canvas object dialog menu".split()
)
_VOID = frozenset("area base br col embed hr img input link meta param source track wbr".split())
_BLOCKS = frozenset(
    "p div section article main header h1 h2 h3 h4 h5 h6 li ul ol dl dt dd blockquote pre table tr td th "
    "figure figcaption address hr details summary caption tbody thead".split()
)
_SKIP_ROLES = frozenset({"navigation", "contentinfo", "complementary", "search", "dialog", "alertdialog"})
_SKIP_CLASS = re.compile(
    r"(?:^|[\s_-])(?:cookies?|consent|share|sharing|social|newsletter|related|breadcrumbs?|comments?|"
    r"subscribe|paywall|advert|ads|promo|sidebar)(?:$|[\s_-])",
    re.IGNORECASE,
)
_ARTICLE_MIN = 200  # characters
_DATE_META = ("article:published_time", "datepublished", "date", "dc.date", "dc.date.issued", "pubdate",
              "publish-date", "parsely-pub-date", "sailthru.date", "og:published_time")


class _PageReader(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.meta: dict[str, str] = {}
        self.title_tag = ""
        self.h1 = ""
        self.paragraphs: list[tuple[str, int]] = []  # (text, 2 = in <article>, 1 = in <main>, 0 = elsewhere)
        self._buffer: list[str] = []
        self._skip_tag: str | None = None
        self._skip_depth = 0
        self._article = 0
        self._main = 0
        self._in_title = False
        self._in_h1 = 0
        self._h1_done = False  # only the first <h1> can be the title

    # ---------------------------------------------------------------- tags
    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k.lower(): (v or "") for k, v in attrs}
        if self._skip_tag is not None:
            if tag == self._skip_tag and tag not in _VOID:
                self._skip_depth += 1
            return
        if tag == "html" and a.get("lang"):
            self.meta.setdefault("language", a["lang"].split("-")[0].lower())
        elif tag == "meta":
            self._meta_tag(a)
        elif tag == "link" and "canonical" in a.get("rel", "").lower().split() and a.get("href"):
            self.meta.setdefault("canonical", a["href"])
        elif tag == "title":
            self._in_title = True
        if tag in _VOID:
            if tag in {"br", "hr"}:
                self._buffer.append("\n")
            return
        if self._skipped(tag, a):
            self._flush()
            self._skip_tag, self._skip_depth = tag, 1
            return
        if tag in _BLOCKS:
            self._flush()
        if tag == "article":
            self._article += 1
        elif tag == "main":
            self._main += 1
        elif tag == "h1":
            self._in_h1 += 1

    def handle_endtag(self, tag: str) -> None:
        if self._skip_tag is not None:
            if tag == self._skip_tag:
                self._skip_depth -= 1
                if self._skip_depth == 0:
                    self._skip_tag = None
            return
        if tag == "title":
            self._in_title = False
        if tag in _BLOCKS:
            self._flush()
        if tag == "article":
            self._article = max(0, self._article - 1)
        elif tag == "main":
            self._main = max(0, self._main - 1)
        elif tag == "h1":
            self._in_h1 = max(0, self._in_h1 - 1)
            self._h1_done = self._h1_done or bool(self.h1.strip())

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self.title_tag += data
            return
        if self._skip_tag is not None:
            return
        if self._in_h1 and not self._h1_done:
            self.h1 += data
        self._buffer.append(data)

    def close(self) -> None:
        super().close()
        self._flush()

    # ---------------------------------------------------------------- helpers
    def _skipped(self, tag: str, a: dict[str, str]) -> bool:
        if tag in _SKIP or "hidden" in a or a.get("aria-hidden") == "true":
            return True
        if a.get("role", "").lower() in _SKIP_ROLES:
            return True
        # Class names only on wrappers, never on the article itself.
        if tag in {"div", "section", "ul", "ol", "p", "span", "header"}:
            return bool(_SKIP_CLASS.search(a.get("class", "")) or _SKIP_CLASS.search(a.get("id", "")))
        return False

    def _meta_tag(self, a: dict[str, str]) -> None:
        key = (a.get("property") or a.get("name") or a.get("itemprop") or "").lower()
        content = a.get("content", "").strip()
        if not key or not content:
            return
        if key == "og:title":
            self.meta.setdefault("title", content)
        elif key == "og:url":
            self.meta.setdefault("url", content)
        elif key in {"og:site_name", "application-name"}:
            self.meta.setdefault("publisher", content)
        elif key in _DATE_META:
            self.meta.setdefault("published", content)
        elif key in {"language", "og:locale"} and "language" not in self.meta:
            self.meta["language"] = content.replace("_", "-").split("-")[0].lower()

    def _flush(self) -> None:
        text = "".join(self._buffer)
        self._buffer = []
        # HTML collapses runs of whitespace; <br> newlines are kept.
        lines = [" ".join(re.split(r"[ \t\n\r\f]+", line)).strip() for line in text.split("\n")]
        text = "\n".join(line for line in lines if line)
        if text:
            self.paragraphs.append((text, 2 if self._article else 1 if self._main else 0))


def html_to_text(html: str) -> tuple[str, dict[str, str]]:
    """(readable text, metadata) of an HTML page.

    Metadata keys, when found: title (og:title, else <title>, else first <h1>),
    url (og:url, else the canonical link), publisher (og:site_name), published
    (article:published_time and similar, as written), language (<html lang>).

    >>> html_to_text("<html lang='fr'><p>Caf&eacute; &amp; th&eacute;</p><nav>Menu</nav></html>")
    ('Café & thé', {'language': 'fr'})
    """
    reader = _PageReader()
    reader.feed(html)
    reader.close()
    meta = dict(reader.meta)
    canonical = meta.pop("canonical", None)
    if canonical and "url" not in meta:
        meta["url"] = canonical
    title = meta.get("title") or " ".join(reader.title_tag.split()) or " ".join(reader.h1.split())
    if title:
        meta["title"] = title
    # The <article> (or <main>) text when it holds the story, not just a teaser.
    floor = 0
    for level in (2, 1):
        if sum(len(p) for p, at in reader.paragraphs if at >= level) >= _ARTICLE_MIN:
            floor = level
            break
    return "\n\n".join(p for p, at in reader.paragraphs if at >= floor), meta
