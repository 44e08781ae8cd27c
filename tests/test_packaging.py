"""The installed code lives under one import package, ``aipg``.

The repository keeps the design card's top-level folders (graph/, loaders/,
cypher/, cli.py); pyproject.toml maps them under ``aipg`` so that nothing named
``graph``, ``loaders``, ``cypher`` or ``cli`` lands at the top of site-packages,
where a user's own ``graph.py`` would shadow it.
"""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_wheel_has_one_top_level_package(tmp_path):
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", str(ROOT), "--no-deps", "--no-build-isolation", "-q",
         "-w", str(tmp_path)],
        check=True, capture_output=True, text=True,
    )
    (wheel,) = tmp_path.glob("aipg-*.whl")
    names = zipfile.ZipFile(wheel).namelist()
    top = {n.split("/")[0] for n in names if not n.split("/")[0].endswith((".dist-info", ".data"))}
    assert top == {"aipg"}
    for needed in ("aipg/cli.py", "aipg/__main__.py", "aipg/graph/model.py", "aipg/loaders/pipeline.py",
                   "aipg/cypher/ladybug/schema.cypher", "aipg/graph/templates/view.html",
                   "aipg/loaders/kb/governments.yaml", "aipg/loaders/rules_calibration.json"):
        assert needed in names, needed
    # nothing of the repository's own tooling is shipped
    assert not [n for n in names if n.startswith(("aipg/tests/", "aipg/bench/", "aipg/examples/"))]


def test_a_users_graph_module_does_not_shadow_aipg(tmp_path):
    (tmp_path / "graph.py").write_text("raise SystemExit('the user module was imported')\n")
    (tmp_path / "cli.py").write_text("raise SystemExit('the user module was imported')\n")
    done = subprocess.run([sys.executable, "-m", "aipg", "--help"], cwd=tmp_path, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert "Usage: aipg" in done.stdout
