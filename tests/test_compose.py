"""docker-compose.yml: one Neo4j 5 LTS service, local-only ports, a password that must be
set, a named data volume and a healthcheck that waits for Bolt.

The file is checked twice: as YAML, for what this project promises, and by
Compose itself (`docker compose config`, or Debian's `docker-compose config`),
which validates it against the Compose schema without needing an engine.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent
COMPOSE = ROOT / "docker-compose.yml"


@pytest.fixture(scope="module")
def spec() -> dict:
    return yaml.safe_load(COMPOSE.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def neo4j(spec) -> dict:
    assert list(spec["services"]) == ["neo4j"]
    return spec["services"]["neo4j"]


def compose_command() -> list[str]:
    """`docker compose` when the plugin is there, else `docker-compose`; skip (fail in CI) if neither."""
    docker = shutil.which("docker")
    if docker and subprocess.run([docker, "compose", "version"], capture_output=True).returncode == 0:
        return [docker, "compose"]
    if shutil.which("docker-compose"):
        return ["docker-compose"]
    reason = "neither `docker compose` nor `docker-compose` is installed (Debian: apt-get install docker-compose)"
    if os.environ.get("CI"):
        pytest.fail(reason + " -- CI must validate docker-compose.yml")
    pytest.skip(reason)


def run_config(tmp_path, password: str | None) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k != "NEO4J_PASSWORD"}
    if password is not None:
        env["NEO4J_PASSWORD"] = password
    empty = tmp_path / "empty.env"  # a .env beside the file must not supply the password
    empty.write_text("")
    return subprocess.run(
        [*compose_command(), "--env-file", str(empty), "-f", str(COMPOSE), "config"],
        capture_output=True, text=True, env=env, cwd=tmp_path, timeout=120,
    )  # fmt: skip


def test_image_is_pinned_to_the_5_lts_line(neo4j):
    assert re.fullmatch(r"neo4j:5\.26(\.\d+)?-community", neo4j["image"]), neo4j["image"]


def test_ports_are_bound_to_localhost(neo4j):
    assert sorted(neo4j["ports"]) == ["127.0.0.1:7474:7474", "127.0.0.1:7687:7687"]


def test_password_comes_from_the_environment_without_default(neo4j):
    auth = neo4j["environment"]["NEO4J_AUTH"]
    assert auth.startswith("neo4j/${NEO4J_PASSWORD:?")
    assert ":-" not in auth and "${NEO4J_PASSWORD-" not in auth and "${NEO4J_PASSWORD}" not in auth
    assert "none" not in auth.lower()


def test_named_data_volume(spec, neo4j):
    assert "neo4j-data:/data" in neo4j["volumes"]
    assert "neo4j-data" in spec["volumes"]


def test_healthcheck_waits_for_bolt(neo4j):
    check = neo4j["healthcheck"]
    assert check["test"][0] == "CMD-SHELL"
    assert "cypher-shell" in check["test"][1] and "bolt://127.0.0.1:7687" in check["test"][1]
    assert "RETURN 1" in check["test"][1]
    assert check["retries"] * int(check["interval"].rstrip("s")) >= 60  # room for a cold start


def test_compose_accepts_the_file(tmp_path):
    r = run_config(tmp_path, "a-long-test-password")
    assert r.returncode == 0, r.stderr
    resolved = yaml.safe_load(r.stdout)
    service = resolved["services"]["neo4j"]
    assert service["environment"]["NEO4J_AUTH"] == "neo4j/a-long-test-password"
    # docker-compose 1.x prints "127.0.0.1:7474:7474/tcp"; Compose v2 prints a mapping per port
    ports = [p.split("/")[0] if isinstance(p, str) else f"{p['host_ip']}:{p['published']}:{p['target']}"
             for p in service["ports"]]  # fmt: skip
    assert sorted(ports) == ["127.0.0.1:7474:7474", "127.0.0.1:7687:7687"]
    assert "neo4j-data" in resolved["volumes"]
    assert "healthcheck" in service


def test_compose_refuses_to_start_without_a_password(tmp_path):
    r = run_config(tmp_path, None)
    assert r.returncode != 0
    assert "set NEO4J_PASSWORD" in r.stderr
