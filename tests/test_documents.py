"""Reading documents: formats, metadata, boilerplate, language, batch failures."""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

import pytest

from aipg.graph.errors import DocumentError, UsageError
from aipg.loaders.boilerplate import strip_boilerplate
from aipg.loaders.documents import detect_language, read_document, read_documents
from aipg.loaders.html_text import html_to_text

DOCS = Path(__file__).parent / "fixtures" / "docs"


def test_txt_front_matter_fills_metadata_and_stays_out_of_text():
    doc = read_document(DOCS / "front_matter.txt")
    assert doc.id == "front_matter"
    assert doc.title == "Northwind Labs et l'Université de Lyonnais signent un partenariat"
    assert doc.url == "https://example.org/actu/northwind-lyon"
    assert doc.publisher == "Exemple Actu"
    assert doc.published == "2025-03-14"
    assert doc.language == "fr"
    assert doc.text.startswith("Northwind Labs et l'Université de Lyonnais ont annoncé")
    assert "---" not in doc.text and "section:" not in doc.text and "Technologie" not in doc.text
    assert doc.sha256 == hashlib.sha256(doc.text.encode("utf-8")).hexdigest()
    assert doc.path.endswith("front_matter.txt")


def test_markdown_title_from_first_line_and_bullets_kept():
    doc = read_document(DOCS / "notes.md")
    assert doc.title == "Contoso joins the Open Model Alliance"
    assert doc.language == "en"
    assert "- The alliance was launched in 2023 by Fabrikam and the University of Example." in doc.text
    assert "- Members pay no fee, according to the announcement." in doc.text
    assert doc.published is None and doc.url is None


def test_html_readable_text_entities_and_meta():
    doc = read_document(DOCS / "page.html")
    assert doc.title == "Fabrikam backs AI research lab with £10m"
    assert doc.url == "https://example.com/news/fabrikam-lab"
    assert doc.publisher == "The Example Times"
    assert doc.published == "2024-11-05"
    assert doc.language == "en"
    assert "Fabrikam & the University of Example said the company’s grant of £10m would fund a new laboratory." in doc.text
    assert "The lab will open in January 2025, the university's rector said.\nHiring starts next month." in doc.text
    assert "The grant runs for five years.\n\nStudents will get access to computing time." in doc.text
    for gone in ("Home", "tracker", "font-family", "Share on", "Most read", "Some other story", "Subscribe",
                 "All rights reserved", "Privacy policy", "&amp;", "&rsquo;", "<"):
        assert gone not in doc.text, gone


def test_html_title_falls_back_to_title_tag_then_h1():
    text, meta = html_to_text("<html><head><title> A  page </title></head><body><h1>Head</h1><p>Body.</p></body></html>")
    assert meta["title"] == "A page"
    assert text == "Head\n\nBody."
    _, meta = html_to_text("<body><h1>Only <i>heading</i></h1><p>Body.</p></body>")
    assert meta["title"] == "Only heading"


FR_SENTENCES = [
    "Le consortium Horizon IA, lancé en 2022 par plusieurs universités européennes, a annoncé mercredi l'arrivée de trois nouveaux membres, dont la start-up Northwind Labs.",
    "Selon le communiqué, Northwind Labs apportera des crédits de calcul d'une valeur de 3 millions d'euros aux équipes de recherche du consortium.",
    "  • Les nouveaux membres participeront au comité scientifique dès le mois de septembre.",
    "  • Ils ne verseront pas de cotisation la première année.",
    "« Nous voulons rapprocher la recherche publique et les entreprises », a déclaré la présidente du consortium.",
]


def test_french_article_keeps_every_sentence_and_drops_boilerplate():
    doc = read_document(DOCS / "article_fr.txt")
    assert doc.language == "fr"
    assert doc.title == "Le consortium Horizon IA accueille trois nouveaux membres"
    for sentence in FR_SENTENCES:
        assert sentence in doc.text.split("\n"), sentence
    for gone in ("Partager", "Pour aller plus loin", "lève 40 millions", "IA générative", "Qui finance",
                 "Abonnez-vous", "©", "Tous droits", "Mentions légales"):
        assert gone not in doc.text, gone
    assert doc.text.endswith("a déclaré la présidente du consortium.")


def test_english_article_keeps_every_sentence_and_drops_boilerplate():
    doc = read_document(DOCS / "article_en.txt")
    assert doc.language == "en"
    for sentence in (
        "Tailspin Health has signed a memorandum of understanding with the Government of Exampleland to test AI tools in public hospitals.",
        "The agreement, announced on March 3, 2025, does not include any payment, a spokesperson said.",
        "The trial will start in two hospitals before a wider rollout next year.",
    ):
        assert sentence in doc.text, sentence
    for gone in ("Share this article", "Read more", "raises $120 million", "chatbots", "strategy explained",
                 "cookies", "Follow us", "Copyright", "All rights reserved"):
        assert gone not in doc.text, gone


def test_boilerplate_never_drops_long_prose_or_sentences_that_mention_the_words():
    prose = [
        "Copyright lawsuits against AI companies multiplied in 2024, and OpenAI was named in several of them.",
        "Google will phase out third-party cookies in Chrome under a policy agreed with the regulator, the company said.",
        "Users can subscribe to the assistant for $20 a month, the company said on Monday in a blog post.",
        "Latest figures show that the alliance now has more than 100 members across 20 countries.",
        "Partager les données de santé reste un sujet sensible pour les hôpitaux, selon la CNIL, qui a publié un avis.",
    ]
    text = "\n\n".join(prose)
    assert strip_boilerplate(text) == text


def test_link_list_stops_at_the_first_real_sentence():
    text = "Intro sentence of the article goes here, said the firm.\nÀ lire aussi\nUn autre article\nUne autre histoire\n" \
           "Le texte reprend ici avec une vraie phrase complète sur le partenariat.\nFin."
    assert strip_boilerplate(text) == (
        "Intro sentence of the article goes here, said the firm.\n"
        "Le texte reprend ici avec une vraie phrase complète sur le partenariat.\nFin."
    )


@pytest.mark.parametrize("heading", ["Sur le même thème", "Further reading", "You might also be interested in",
                                     "Recommandé pour vous", "Also on Le Monde", "Top stories", "Articles similaires",
                                     "Editor's picks", "Vous aimerez aussi", "Recent posts", "Lire la suite",
                                     "Continue reading"])
def test_more_link_list_headings_drop_the_links_under_them(heading):
    text = (f"Mistral AI lève des fonds auprès de Nvidia pour son nouveau modèle.\n\n{heading}\n"
            "Google invests in Anthropic\nAmazon partners with Hugging Face\n\n"
            "Orange s'associe à Mistral AI pour ses clients professionnels.")
    assert strip_boilerplate(text) == ("Mistral AI lève des fonds auprès de Nvidia pour son nouveau modèle.\n\n"
                                       "Orange s'associe à Mistral AI pour ses clients professionnels.")


@pytest.mark.parametrize("credit", ["(Photo by Jane Doe / AFP via Getty Images)", "Crédit photo : Mistral AI",
                                    "Image: Reuters", "Photo de Ludovic Marin / AFP"])
def test_photo_credits_are_boilerplate(credit):
    assert strip_boilerplate(f"Orange s'associe à Mistral AI.\n{credit}\nLa suite de l'article.") == \
        "Orange s'associe à Mistral AI.\nLa suite de l'article."


def test_words_of_credits_in_prose_stay():
    text = "Credit Suisse invested in Mistral AI\nPhoto by the company shows the two chief executives in Paris."
    assert strip_boilerplate(text) == text


def test_heading_words_in_prose_stay():
    text = "Popular models such as Mistral Large are trained on Nvidia chips.\nTop stories of the day include a deal."
    assert strip_boilerplate(text) == text


def test_whitespace_normalised_lightly():
    assert strip_boilerplate("A line.   \n\n\n\n\nB  line.\t\n") == "A line.\n\nB  line."


@pytest.mark.parametrize(
    "text, language",
    [
        ("OpenAI, Microsoft, Google DeepMind et The AI Alliance ont signé un accord avec le Frontier Model Forum.", "fr"),
        ("Partnership on AI accueille Meta Platforms et Amazon Web Services parmi ses membres depuis 2023.", "fr"),
        ("Le Royaume-Uni s'associe à Anthropic pour améliorer les services publics.", "fr"),
        ("Mistral AI and the French government announced a new data centre near Paris.", "en"),
        ("The Université de Montréal joined the consortium, which is led by Mila.", "en"),
        ("Sciences Po is the first French university to join the programme.", "en"),
    ],
)
def test_detect_language(text, language):
    assert detect_language(text) == language


def test_language_precedence(tmp_path):
    (tmp_path / "a.txt").write_text("The board approved the deal with the bank and the fund.", encoding="utf-8")
    assert read_document(tmp_path / "a.txt").language == "en"
    assert read_document(tmp_path / "a.txt", language="fr").language == "fr"
    (tmp_path / "b.txt").write_text("---\nlanguage: en\n---\nLe conseil a approuvé l'accord avec la banque.", encoding="utf-8")
    assert read_document(tmp_path / "b.txt", language="fr").language == "en"
    with pytest.raises(UsageError, match="use fr or en"):
        read_document(tmp_path / "a.txt", language="de")


def test_empty_binary_and_whitespace_files_fail(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "blank.md").write_text("   \n\n\t\n", encoding="utf-8")
    (tmp_path / "only_footer.txt").write_text("Partager sur Facebook\n© 2024 Exemple\n", encoding="utf-8")
    (tmp_path / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    for name in ("empty.txt", "blank.md", "only_footer.txt"):
        with pytest.raises(DocumentError, match=rf"{name}: no article text"):
            read_document(tmp_path / name)
    with pytest.raises(DocumentError, match=r"image.txt: binary file"):
        read_document(tmp_path / "image.txt")


def test_latin1_file_is_read_as_windows_1252(tmp_path):
    (tmp_path / "latin.txt").write_bytes("L'État français a signé un accord avec l'équipe de Mistral AI.".encode("latin-1"))
    doc = read_document(tmp_path / "latin.txt")
    assert doc.text == "L'État français a signé un accord avec l'équipe de Mistral AI."
    assert doc.language == "fr"


def test_utf8_bom_and_crlf(tmp_path):
    (tmp_path / "bom.txt").write_bytes("\ufeffTitre\r\n\r\nUne phrase en français.\r\n".encode("utf-8"))
    doc = read_document(tmp_path / "bom.txt")
    assert doc.text == "Titre\n\nUne phrase en français."
    assert doc.title == "Titre"


def test_bad_front_matter(tmp_path):
    cases = {
        "yaml.txt": ("---\ntitle: [unclosed\n  - stray: [\n---\nText of the article.", "bad front matter"),
        "date.txt": ("---\npublished: sometime soon\n---\nText of the article.", "'published' 'sometime soon' is not a date; write it as YYYY-MM-DD"),
        "lang.txt": ("---\nlanguage: de\n---\nText of the article.", "language 'de' is not supported; write fr or en"),
        "open.txt": ("---\ntitle: x\nText of the article.", "never closed"),
        "list.md": ("---\n- a\n- b\n---\nText of the article.", "not a list of key: value lines"),
    }
    for name, (content, message) in cases.items():
        (tmp_path / name).write_text(content, encoding="utf-8")
        with pytest.raises(DocumentError, match=name) as err:
            read_document(tmp_path / name)
        assert message in str(err.value)
        assert "\n" not in str(err.value)


def test_front_matter_values_with_colons_are_read_as_written(tmp_path):
    """Not YAML (an unquoted colon in the title), but plain key: value lines: read as meant."""
    (tmp_path / "colon.txt").write_text(
        "---\ntitle: IA : Meta refuse de signer le code\npublished: 2025-07-18\nlanguage: fr\n---\n"
        "Meta ne signera pas le code de bonnes pratiques.", encoding="utf-8")
    doc = read_document(tmp_path / "colon.txt")
    assert (doc.title, doc.published, doc.language) == ("IA : Meta refuse de signer le code", "2025-07-18", "fr")


def test_front_matter_dates_normalised(tmp_path):
    for value, iso in [("2025-01-16T10:00:00Z", "2025-01-16"), ("16 janvier 2025", "2025-01-16"),
                       ("January 16, 2025", "2025-01-16"), ("2024-03", "2024-03"), ("2024", "2024")]:
        (tmp_path / "d.txt").write_text(f"---\npublished: {value}\n---\nText of the article.", encoding="utf-8")
        assert read_document(tmp_path / "d.txt").published == iso


def test_unsupported_extension_named_explicitly(tmp_path):
    (tmp_path / "report.pdf").write_bytes(b"%PDF-1.4")
    with pytest.raises(DocumentError, match=r"report.pdf: unsupported file type '.pdf'"):
        read_document(tmp_path / "report.pdf")


def test_sidecar_metadata_csv_fills_fields_and_front_matter_wins(tmp_path):
    (tmp_path / "one.txt").write_text("First line title\nUn texte en français sur un accord.", encoding="utf-8")
    (tmp_path / "two.txt").write_text("---\npublisher: From front matter\n---\nAnother article text.", encoding="utf-8")
    (tmp_path / "metadata.csv").write_text(
        "id,title,url,publisher,published,language\n"
        "one,Titre du tableau,https://example.org/1,Exemple,16/01/2025,fr\n"
        "two,,https://example.org/2,From csv,,en\n",
        encoding="utf-8",
    )
    docs, failures = read_documents([tmp_path])
    assert failures == []
    one, two = docs
    assert (one.title, one.url, one.publisher, one.published, one.language) == (
        "Titre du tableau", "https://example.org/1", "Exemple", "2025-01-16", "fr")
    assert (two.title, two.publisher, two.url, two.language) == (
        "Another article text.", "From front matter", "https://example.org/2", "en")


def test_sidecar_with_unknown_column_fails_naming_the_file(tmp_path):
    (tmp_path / "one.txt").write_text("Text of the article.", encoding="utf-8")
    (tmp_path / "metadata.csv").write_text("id,publised\none,2024\n", encoding="utf-8")
    docs, failures = read_documents([tmp_path])
    assert docs == []
    assert failures[0][0].endswith("one.txt")
    assert "metadata.csv: unknown column 'publised'" in failures[0][1]


def test_folder_batch_reads_good_files_and_reports_bad_ones(tmp_path):
    folder = tmp_path / "corpus"
    (folder / "sub").mkdir(parents=True)
    shutil.copy(DOCS / "article_en.txt", folder / "b_article.txt")
    shutil.copy(DOCS / "page.html", folder / "sub" / "a_page.html")
    shutil.copy(DOCS / "notes.md", folder / "c_notes.md")
    (folder / "d_empty.txt").write_text("\n\n", encoding="utf-8")
    (folder / ".hidden.txt").write_text("Hidden article text.", encoding="utf-8")
    (folder / "image.png").write_bytes(b"\x89PNG\x00")
    (folder / "notes.csv").write_text("a,b\n", encoding="utf-8")
    docs, failures = read_documents([folder, tmp_path / "missing.txt"])
    assert [d.id for d in docs] == ["b_article", "c_notes", "sub/a_page"]  # ids are paths inside the folder
    assert failures == [
        (str(folder / "d_empty.txt"),
         "no article text (empty, or only front matter and boilerplate); add the article body"),
        (str(tmp_path / "missing.txt"), "no such file or folder"),
    ]


def test_explicit_unsupported_file_is_a_failure_in_a_batch(tmp_path):
    (tmp_path / "slides.pptx").write_bytes(b"PK")
    docs, failures = read_documents([tmp_path / "slides.pptx"])
    assert docs == [] and failures[0][0].endswith("slides.pptx")
    assert "unsupported file type '.pptx'" in failures[0][1]


def test_duplicate_ids_fail_for_the_second_file_naming_both(tmp_path):
    (tmp_path / "x").mkdir()
    (tmp_path / "y").mkdir()
    (tmp_path / "x" / "story.txt").write_text("One text about a deal.", encoding="utf-8")
    (tmp_path / "y" / "story.md").write_text("Another text about a deal.", encoding="utf-8")
    docs, failures = read_documents([tmp_path / "x", tmp_path / "y", tmp_path / "x" / "story.txt"])
    assert [d.text for d in docs] == ["One text about a deal."]
    assert len(failures) == 1
    path, reason = failures[0]
    assert path == str(tmp_path / "y" / "story.md")
    assert "duplicate document id 'story'" in reason and str(tmp_path / "x" / "story.txt") in reason
