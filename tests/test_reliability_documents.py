"""Bad input never crashes a batch (issue 11): every file that cannot be read is one clean
failure naming the file and the fix, and the good files of the same batch are read.

The fuzz tests feed the document reader and the front-matter parser arbitrary bytes and
YAML-like text (Hypothesis, bounded to a few seconds) and require that nothing but the
project's own errors escapes.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from aipg.graph.errors import AipgError, DocumentError
from aipg.graph.ids import stable_hash
from aipg.loaders import nlp
from aipg.loaders.documents import MAX_BYTES, read_document, read_documents

GOOD = "OpenAI rejoint l'AI Alliance, selon un communiqué publié lundi.\n"


def _batch(tmp_path: Path, bad_name: str | bytes, bad: bytes) -> tuple[list, list]:
    (tmp_path / "good.txt").write_text(GOOD, encoding="utf-8")
    name = bad_name if isinstance(bad_name, bytes) else bad_name.encode()
    with open(os.path.join(os.fsencode(tmp_path), name), "wb") as fh:
        fh.write(bad)
    return read_documents([tmp_path])


def _only_failure(failures: list) -> tuple[str, str]:
    assert len(failures) == 1, failures
    return failures[0]


def test_an_impossible_front_matter_date_is_one_failure(tmp_path):
    docs, failures = _batch(tmp_path, "bad.md", b"---\ntitle: x\npublished: 2024-02-30\n---\nOpenAI rejoint.\n")
    assert [d.id for d in docs] == ["good"]
    path, reason = _only_failure(failures)
    assert path.endswith("bad.md")
    assert reason == "bad front matter (day is out of range for month); fix the YAML between the --- lines"


def test_a_relative_date_is_refused_not_taken_as_the_day_before_the_build(tmp_path):
    docs, failures = _batch(tmp_path, "bad.md", b"---\ndate: yesterday\n---\nOpenAI rejoint.\n")
    assert [d.id for d in docs] == ["good"]
    assert _only_failure(failures)[1] == (
        "front matter: 'published' 'yesterday' is not a date; write it as YYYY-MM-DD")


def test_yaml_aliases_are_refused_without_expanding_them(tmp_path):
    laughs = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for name, prev in zip("bcdefghi", "abcdefgh"):
        laughs.append(f"{name}: &{name} [{','.join(['*' + prev] * 9)}]")
    front = "\n".join(laughs + ["title: *i"])
    assert len(front) < 400  # expanded, it would be 9**9 strings
    docs, failures = _batch(tmp_path, "laughs.md", f"---\n{front}\n---\nOpenAI rejoint.\n".encode())
    assert [d.id for d in docs] == ["good"]
    assert "front matter uses YAML anchors or aliases (&name, *name)" in _only_failure(failures)[1]


@pytest.mark.parametrize("value, kind", [("[a, b]", "a list"), ("{a: b}", "a mapping")])
def test_metadata_values_are_single_values(tmp_path, value, kind):
    (tmp_path / "a.md").write_text(f"---\ntitle: {value}\n---\nOpenAI rejoint.\n", encoding="utf-8")
    with pytest.raises(DocumentError) as e:
        read_document(tmp_path / "a.md")
    assert str(e.value) == f"{tmp_path / 'a.md'}: front matter: 'title' is {kind}, not a single value; write it as title: text"


def test_metadata_values_are_bounded(tmp_path):
    (tmp_path / "a.md").write_text(f"---\ntitle: {'x' * 3000}\n---\nOpenAI rejoint.\n", encoding="utf-8")
    with pytest.raises(DocumentError, match=r"'title' is 3,000 characters long, over the limit of 2,000; shorten it"):
        read_document(tmp_path / "a.md")


def test_a_file_name_that_is_not_utf8_is_one_failure_printed_with_escapes(tmp_path):
    docs, failures = _batch(tmp_path, b"caf\xe9.txt", GOOD.encode())
    assert [d.id for d in docs] == ["good"]
    path, reason = _only_failure(failures)
    assert path == f"{tmp_path}/caf\\xe9.txt"
    assert reason.startswith("the file name is not valid UTF-8; rename the file")
    path.encode("utf-8")  # printable


def test_a_failing_file_name_with_control_characters_is_printed_on_one_line(tmp_path):
    docs, failures = _batch(tmp_path, "bad\nname\x1b[31m.txt", b"\x00\x01 binary")
    assert [d.id for d in docs] == ["good"]
    assert _only_failure(failures)[0] == f"{tmp_path}/bad\\x0aname\\x1b[31m.txt"


def test_stable_hash_takes_any_python_string():
    assert stable_hash("a", "b") == stable_hash("a", "b")
    assert len(stable_hash(os.fsdecode(b"caf\xe9"))) == 16


def test_a_metadata_csv_that_is_not_utf8_fails_its_folder_only(tmp_path):
    (tmp_path / "other").mkdir()
    (tmp_path / "other" / "fine.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "good.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "metadata.csv").write_bytes("id,title\ngood,Caf\u00e9 \u2013 accord\n".encode("utf-16"))
    docs, failures = read_documents([tmp_path])
    assert [d.id for d in docs] == ["other/fine"]
    path, reason = _only_failure(failures)
    assert reason == f"{tmp_path / 'metadata.csv'} is not UTF-8 text; re-save it as UTF-8 (CSV UTF-8 in a spreadsheet)"


def test_a_metadata_csv_with_extra_cells_is_read(tmp_path):
    (tmp_path / "good.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "metadata.csv").write_text("id,title\ngood,Un titre,de trop\n", encoding="utf-8")
    docs, failures = read_documents([tmp_path])
    assert failures == [] and docs[0].title == "Un titre"


def test_utf32_is_read_as_its_text(tmp_path):
    for codec in ("utf-32", "utf-32-be"):
        data = GOOD.encode(codec) if codec == "utf-32" else b"\x00\x00\xfe\xff" + GOOD.encode(codec)
        (tmp_path / "a.txt").write_bytes(data)
        doc = read_document(tmp_path / "a.txt")
        assert doc.text == GOOD.strip() and doc.language == "fr"


def test_a_file_over_max_bytes_is_refused_unread(tmp_path):
    (tmp_path / "big.txt").write_bytes(b"a " * 600)
    with pytest.raises(DocumentError) as e:
        read_document(tmp_path / "big.txt", max_bytes=1000)
    assert str(e.value) == (f"{tmp_path / 'big.txt'}: is 1,200 bytes, over the limit of 1,000 (--max-bytes); "
                            "split it into articles, or raise --max-bytes")
    assert MAX_BYTES == 5_000_000
    docs, failures = read_documents([tmp_path], max_bytes=2000)
    assert len(docs) == 1 and failures == []


def test_an_article_text_over_max_chars_is_refused(tmp_path):
    page = "<html><body><script>" + "x" * 5000 + "</script><p>" + "Une phrase. " * 50 + "</p></body></html>"
    (tmp_path / "page.html").write_text(page, encoding="utf-8")
    assert read_document(tmp_path / "page.html", max_chars=1000).text  # the markup does not count
    with pytest.raises(DocumentError) as e:
        read_document(tmp_path / "page.html", max_chars=500)
    assert str(e.value) == (f"{tmp_path / 'page.html'}: article text is 599 characters, over the limit of 500 "
                            "(--max-chars); split it into articles, or raise --max-chars")


def test_build_ingests_the_good_files_refuses_the_big_one_and_exits_1(tmp_path):
    from click.testing import CliRunner

    from aipg.cli import cli

    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "good.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "a" / "dump.txt").write_text("OpenAI rejoint l'AI Alliance. " * 100, encoding="utf-8")
    (tmp_path / "a" / "odd.md").write_text("---\npublished: 2024-02-30\n---\nOpenAI rejoint.\n", encoding="utf-8")
    store = str(tmp_path / "s.lbug")
    result = CliRunner().invoke(cli, ["build", str(tmp_path / "a"), "--store", store, "--max-bytes", "2000"])
    assert result.exit_code == 1, result.output
    assert "documents: 1 read, 1 added, 0 unchanged, 0 replaced, 2 failed" in result.stdout
    assert f"  failed: {tmp_path / 'a' / 'dump.txt'}: is 3,000 bytes, over the limit of 2,000 (--max-bytes)" in result.stdout
    assert result.stderr == "aipg: 2 document(s) failed, listed above; the 1 other(s) went through\n"
    extract = CliRunner().invoke(cli, ["extract", str(tmp_path / "a"), "--max-chars", "2000"])
    assert extract.exit_code == 1
    assert "article text is 2,999 characters, over the limit of 2,000 (--max-chars)" in extract.stderr


def test_same_file_name_in_two_folders_is_two_documents(tmp_path):
    for folder, text in (("x", "One text about a deal."), ("y", "Another text about a deal.")):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "story.txt").write_text(text, encoding="utf-8")
    (tmp_path / "top.txt").write_text("A third text.", encoding="utf-8")
    docs, failures = read_documents([tmp_path])
    assert failures == []
    assert [d.id for d in docs] == ["top", "x/story", "y/story"]  # top-level files keep their plain name
    again, _ = read_documents([tmp_path])
    assert [d.id for d in again] == [d.id for d in docs]


def test_a_line_over_spacy_limit_is_parsed_in_pieces():
    text = "OpenAI rejoint l'AI Alliance. " + "x" * 1_100_000 + " Meta aussi.\nFin."
    pieces = nlp.lines(text)
    assert "".join(pieces) == text and max(map(len, pieces)) <= nlp.LINE_MAX
    (doc,) = nlp.parse([text], ["en"])
    assert doc.text == text


def test_text_without_sentence_punctuation_is_cut_into_bounded_sentences():
    unit = "OpenAI Google Meta IBM et Mistral AI rejoignent l'AI Alliance avec Nvidia et financent le programme "
    (doc,) = nlp.parse([unit * 60], ["fr"])
    sents = nlp.sentences(doc)
    assert len(sents) > 1 and max(len(s) for s in sents) < nlp.SENTENCE_MAX + 100
    assert "".join(s.text_with_ws for s in sents) == doc.text


# --------------------------------------------------------------------------- fuzzing
FUZZ = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
_KEYS = st.sampled_from(["title", "url", "publisher", "published", "date", "language", "x", "&a", "*a", "<<", "? "])
_VALUES = st.one_of(
    st.text(max_size=40),
    st.sampled_from(["2024-02-30", "yesterday", "2025-13-01", "[a, b]", "{a: 1}", "&a x", "*a", "!!python/none",
                     "!!binary AAAA", "1e999", "0x1F", "~", "'", '"', "- a\n- b", "2025-01-16T25:00:00Z", "[[[[[["]),
)
_FRONT = st.lists(st.tuples(_KEYS, _VALUES), max_size=6).map(
    lambda kv: "".join(f"{k}: {v}\n" for k, v in kv))


def _read_bytes(tmp_path: Path, name: str, data: bytes) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    try:
        doc = read_document(path)
    except AipgError:
        return
    assert doc.text and doc.language in ("fr", "en")
    doc.id.encode("utf-8"), doc.title.encode("utf-8")


@FUZZ
@given(data=st.binary(max_size=2000), suffix=st.sampled_from([".txt", ".md", ".html"]))
def test_fuzz_any_bytes_give_a_document_or_a_document_error(tmp_path, data, suffix):
    _read_bytes(tmp_path, "f" + suffix, data)


@FUZZ
@given(front=_FRONT, body=st.text(max_size=200), encoding=st.sampled_from(["utf-8", "utf-16", "cp1252"]))
def test_fuzz_front_matter_gives_a_document_or_a_document_error(tmp_path, front, body, encoding):
    text = f"---\n{front}---\n{body}"
    _read_bytes(tmp_path, "f.md", text.encode(encoding, "replace"))


@FUZZ
@given(rows=st.lists(st.lists(st.text(max_size=20), max_size=5), max_size=4), raw=st.binary(max_size=200))
def test_fuzz_metadata_csv_gives_a_document_or_a_document_error(tmp_path, rows, raw):
    import csv
    import io

    buf = io.StringIO()
    csv.writer(buf).writerows([["id", "title", "published", "language"], *[["f", *r] for r in rows]])
    for content in (buf.getvalue().encode("utf-8"), raw):
        (tmp_path / "metadata.csv").write_bytes(content)
        _read_bytes(tmp_path, "f.txt", GOOD.encode())


# --------------------------------------------------------------------------- the battery, end to end
def test_the_battery_of_bad_inputs_in_one_build(tmp_path):
    """Every bad input of issue 11 in one folder beside good files: the good ones are ingested,
    each bad one is one line with its fix, the exit status is 1, no traceback, and the store
    checks clean afterwards."""
    from click.testing import CliRunner

    from aipg.cli import cli

    a = tmp_path / "batch"
    for sub in ("s1", "s2", "csv"):
        (a / sub).mkdir(parents=True)
    (a / "good.txt").write_text(GOOD, encoding="utf-8")
    (a / "u32.txt").write_bytes(GOOD.encode("utf-32"))
    (a / "s1" / "same.txt").write_text("Meta rejoint l'AI Alliance.\n", encoding="utf-8")
    (a / "s2" / "same.txt").write_text("IBM rejoint l'AI Alliance.\n", encoding="utf-8")
    bad = {
        "longline.txt": ("OpenAI. " + "x" * 1_000_001 + "\n").encode(),
        "date.md": b"---\npublished: 2024-02-30\n---\nOpenAI rejoint.\n",
        "yesterday.md": b"---\ndate: yesterday\n---\nOpenAI rejoint.\n",
        "laughs.md": b'---\na: &a ["lol","lol"]\nb: &b [*a,*a]\ntitle: *b\n---\nOpenAI rejoint.\n',
        "binary.txt": b"\x00\x01\x02",
    }
    for name, data in bad.items():
        (a / name).write_bytes(data)
    with open(os.path.join(os.fsencode(a), b"caf\xe9.txt"), "wb") as fh:
        fh.write(GOOD.encode())
    with open(a / "huge.txt", "wb") as fh:
        fh.truncate(50_000_000)  # 50 MB, sparse: refused unread
    (a / "csv" / "x.txt").write_text(GOOD, encoding="utf-8")
    (a / "csv" / "metadata.csv").write_bytes("id,title\nx,Caf\u00e9\n".encode("cp1252"))
    store = str(tmp_path / "s.lbug")

    result = CliRunner().invoke(cli, ["build", str(a), "--store", store])
    assert result.exit_code == 1 and isinstance(result.exception, SystemExit), result.output
    failed = [line for line in result.stdout.splitlines() if line.startswith("  failed: ")]
    assert len(failed) == len(bad) + 3  # + the non-UTF-8 name, the 50 MB file, the folder with a bad metadata.csv
    assert "documents: 4 read, 4 added, 0 unchanged, 0 replaced, 8 failed" in result.stdout
    assert result.stderr == "aipg: 8 document(s) failed, listed above; the 4 other(s) went through\n"
    with open_store_read_only(store) as st:
        assert sorted(d.id for d in st.documents()) == ["good", "s1/same", "s2/same", "u32"]
    check = CliRunner().invoke(cli, ["store", "check", "--store", store])
    assert check.exit_code == 0, check.output


def open_store_read_only(path: str):
    from aipg.graph.config import Settings
    from aipg.graph.stores import open_store

    return open_store(Settings(store=path), read_only=True)
