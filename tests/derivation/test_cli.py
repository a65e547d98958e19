"""`spruce derive`: output, --latex, exit codes, errors."""

from __future__ import annotations

import os
import subprocess
import sys

from spruce.cli import main


def test_derive_prints_steps_and_passing_checks(capsys):
    assert main(["derive", "--samples", "300", "--grid", "101", "--seed", "2"]) == 0
    out = capsys.readouterr().out
    assert "Step 1. Group MIP" in out and "Closed form of the SPR term" in out
    assert "⎧" in out  # sympy.pretty of the Piecewise
    assert "PASS  (5)" in out and "FAIL" not in out
    assert "checks passed." in out


def test_latex_output(capsys):
    assert main(["derive", "--latex", "--no-checks"]) == 0
    out = capsys.readouterr().out
    assert r"\begin{cases}" in out and r"\sqrt{\alpha}" in out and r"\frac{" in out
    assert "\\[" in out and "⎧" not in out and "PASS" not in out


def test_a_failing_check_gives_exit_code_1(capsys, monkeypatch, derivation):
    import spruce.derivation.symbolic as symbolic

    s = derivation.sym
    wrong = derivation.with_case(2, z=3 * s.W2)
    monkeypatch.setattr(symbolic, "build_derivation", lambda: wrong)
    assert main(["derive", "--samples", "300", "--grid", "101"]) == 1
    out = capsys.readouterr().out
    assert "FAIL  (1) regime 2" in out and "FAILED." in out
    assert "FAIL  (3)" in out and "PASS  (5)" in out  # the cut does not depend on case 2


def test_bad_options_name_the_option(capsys, tmp_path):
    assert main(["derive", "--samples", "5"]) == 2
    err = capsys.readouterr().err
    assert "--samples" in err and "5" in err and "Traceback" not in err
    assert main(["derive", "--grid", "3"]) == 2
    assert "--grid" in capsys.readouterr().err
    assert main(["derive", "--figure", str(tmp_path / "x.jpg"), "--no-checks"]) == 2
    assert "--figure" in capsys.readouterr().err


def test_figure_option_writes_png(capsys, tmp_path):
    target = tmp_path / "shapes.png"
    assert main(["derive", "--no-checks", "--figure", str(target)]) == 0
    assert target.read_bytes()[:4] == b"\x89PNG" and str(target) in capsys.readouterr().out


def test_console_command_runs_in_a_subprocess():
    env = dict(os.environ, OMP_NUM_THREADS="1")
    # --no-checks needs sympy only (no torch): a quick end-to-end run of the real command
    proc = subprocess.run([sys.executable, "-m", "spruce", "derive", "--no-checks"],
                          capture_output=True, text=True, env=env, timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert "Step 12. Perspective cut" in proc.stdout and "Checks" not in proc.stdout
    bad = subprocess.run([sys.executable, "-m", "spruce", "derive", "--samples", "-1"],
                         capture_output=True, text=True, env=env, timeout=120)
    assert bad.returncode == 2 and "--samples" in bad.stderr and "Traceback" not in bad.stderr
