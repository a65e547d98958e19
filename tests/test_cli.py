"""The `spruce` command: help lists every part's command, user errors are one line."""

from __future__ import annotations

import subprocess
import sys

import pytest

from spruce import cli


def run_cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "spruce", *args], capture_output=True,
                          text=True, timeout=120)


def test_help_lists_the_commands_of_every_part():
    out = run_cli("--help")
    assert out.returncode == 0
    for name in ("demo", "derive", "mip", "train", "ode"):
        assert name in out.stdout, f"'{name}' missing from spruce --help"


def test_every_registered_command_has_help(capsys):
    for name in cli.COMMANDS:
        if not cli._available(name):
            continue
        with pytest.raises(SystemExit) as exc:
            cli.main([name, "--help"])
        assert exc.value.code == 0
        assert "usage: spruce " + name in capsys.readouterr().out


def test_unknown_command_is_a_usage_error():
    out = run_cli("no-such-command")
    assert out.returncode == 2
    assert "invalid choice" in out.stderr


def test_user_error_is_one_line_without_traceback(tmp_path, capsys):
    # the demo refuses an output path that is a file: a user error, not a crash
    target = tmp_path / "a-file"
    target.write_text("x")
    code = cli.main(["demo", "--out", str(target), "--only", "derivation"])
    assert code == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "--out" in err and "Traceback" not in err


def test_docs_cli_reference_matches_the_command(monkeypatch):
    """docs/cli.md is `python -m spruce.cli --write-docs` output (COLUMNS=100)."""
    from pathlib import Path

    monkeypatch.setenv("COLUMNS", "100")
    doc = Path(__file__).resolve().parents[1] / "docs" / "cli.md"
    assert doc.read_text() == cli.reference_markdown(), \
        "docs/cli.md is stale: run COLUMNS=100 python -m spruce.cli --write-docs"
