"""The `spruce` command: help lists every part's command, user errors are one line."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from spruce import cli
from spruce.cli import main


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


def test_threads_option_on_every_command_and_nested_ones(monkeypatch):
    import torch

    from spruce.cli import build_parser, set_threads

    for argv in (["train"], ["demo"], ["mip", "solve", "x"], ["ode", "conditions"]):
        parser = build_parser(argv[0])
        assert parser.parse_args(argv).threads == 1  # the default
        assert parser.parse_args([*argv, "--threads", "3"]).threads == 3
    assert build_parser("mip").parse_args(["mip", "--threads", "2", "solve", "x"]).threads == 2
    for var in ("OMP_NUM_THREADS", "MKL_NUM_THREADS", "OPENBLAS_NUM_THREADS"):
        monkeypatch.delenv(var, raising=False)
    before = torch.get_num_threads()
    try:
        set_threads(2)
        assert torch.get_num_threads() == 2 and os.environ["OMP_NUM_THREADS"] == "2"
    finally:
        torch.set_num_threads(before)


def test_bad_thread_counts_are_refused(capsys):
    for bad in ("0", "-1", "two", "5000"):
        with pytest.raises(SystemExit) as exc:
            main(["train", "--threads", bad])
        assert exc.value.code == 2 and "--threads" in capsys.readouterr().err


def test_version(capsys):
    with pytest.raises(SystemExit) as exc:
        main(["--version"])
    assert exc.value.code == 0 and capsys.readouterr().out.startswith("spruce 0.")


def test_library_is_quiet_and_the_cli_shows_its_log(tmp_path, capsys):
    """Python use prints nothing (logging, NullHandler): a fresh process, so that import
    time counts too; `spruce train` shows the stages (its entry point, in this process)."""
    code = ("import torch, spruce\n"
            "from spruce.training.config import PipelineConfig\n"
            "from spruce.training.pipeline import run_pipeline\n"
            f"run_pipeline(PipelineConfig(epochs=1, finetune_epochs=0, max_steps=2, "
            f"device='cpu', progress=False, speed_batch=8, prune_samples=100, "
            f"out={str(tmp_path / 'py')!r}))\n")
    env = {**os.environ, "OMP_NUM_THREADS": "1"}
    quiet = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                           env=env, timeout=300)
    assert quiet.returncode == 0, quiet.stderr[-2000:]
    assert quiet.stdout == "" and "spruce:" not in quiet.stderr
    capsys.readouterr()
    assert main(["train", "--epochs", "1", "--finetune-epochs", "0", "--max-steps", "2",
                 "--device", "cpu", "--no-progress", "--speed-batch", "8",
                 "--prune-samples", "100", "--out", str(tmp_path / "cli")]) == 0
    loud = capsys.readouterr().err
    assert "spruce: training small with spr for 1 epochs" in loud
    assert "spruce: pruned (evaluate rule): " in loud
