"""Interrupted MIP commands keep their work (SIGINT to real processes; exit code 130).

- `spruce mip solve` (B&B and outer approximation) writes its partial result: the
  incumbent, a valid bound and the status "interrupted";
- `spruce mip compare` prints and writes (JSON, PNG) the λ rows it finished; a row whose MIP
  was interrupted is marked as such, never shown as an optimum;
- `spruce mip catalog` writes catalog.json (whole, never half-written) with the instances it
  finished, merged with the entries already there.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import numpy as np
import pytest

from spruce.mip.catalog import DEFAULT_DIR
from spruce.mip.cli import load

SPEC = "synthetic:n=80,groups=60,group_size=3,seed=0"  # minutes to solve exactly
ENV = {**os.environ, "OMP_NUM_THREADS": "1", "PYTHONIOENCODING": "utf-8"}


def _start(*argv: str) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "spruce.cli", "mip", *argv], env=ENV,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            encoding="utf-8")


def _wait_for_line(proc: subprocess.Popen, needle: str, timeout: float = 300.0) -> str:
    """Read stderr until a line holds `needle` (the process is demonstrably working)."""
    t0, seen = time.monotonic(), []
    while time.monotonic() - t0 < timeout:
        line = proc.stderr.readline()
        if not line:  # the process ended (or closed stderr) before saying it
            break
        seen.append(line)
        if needle in line:
            return line
    proc.kill()
    raise AssertionError(f"no line with {needle!r} on stderr: {''.join(seen)[-2000:]}")


def _interrupt(proc: subprocess.Popen) -> tuple[str, str]:
    assert proc.poll() is None, proc.communicate()
    proc.send_signal(signal.SIGINT)
    stdout, stderr = proc.communicate(timeout=180)  # a hang guard, wide for busy machines
    assert proc.returncode == 130, stderr[-2000:]
    assert "Traceback" not in stderr, stderr[-2000:]
    return stdout, stderr


@pytest.mark.parametrize("method,instance", [("bnb", SPEC), ("oa", "syn_g10_q3")])
def test_sigint_writes_the_partial_result(method, instance, tmp_path):
    out = tmp_path / "r.json"
    proc = _start("solve", instance, "--method", method, "--time-limit", "120", "--json",
                  str(out), "--with-weights")
    _wait_for_line(proc, "Ctrl-C stops")  # the instance is loaded, the solve starts
    time.sleep(2.0)  # OA on syn_g10_q3 needs > 40 s, B&B on SPEC minutes
    stdout, stderr = _interrupt(proc)
    assert str(out) in stdout + stderr
    r = json.loads(out.read_text())
    assert r["status"] == "interrupted" and not r["success"] and r["method"] == method
    assert "interrupted by the user" in r["message"]
    assert np.isfinite(r["objective"])
    # null only on a very busy machine where not even the root / first master finished
    assert r["bound"] is None or r["bound"] <= r["objective"]
    pb = load(instance)
    w = np.asarray(r["W"]).reshape(-1)
    assert r["objective"] == pytest.approx(pb.objective(w), rel=1e-9)
    if method == "oa":  # a valid bound: below the certified optimum of the catalog
        opt = next(e["optimum"] for e in json.loads((DEFAULT_DIR / "catalog.json").read_text())
                   ["instances"] if e["name"] == instance)
        assert r["objective"] >= opt * (1 - 1e-9)
        assert r["bound"] is None or r["bound"] <= opt * (1 + 1e-9)


def test_sigint_during_compare_keeps_the_finished_rows(tmp_path):
    """λ = 4 takes a fraction of a second, λ = 0.3 over a minute: Ctrl-C lands in its MIP."""
    out, png = tmp_path / "rows.json", tmp_path / "bounds.png"
    proc = _start("compare", SPEC, "--lambdas", "4", "0.3", "0.1", "--time-limit", "100",
                  "--json", str(out), "--plot", str(png))
    _wait_for_line(proc, "λ=4: MIP optimal")
    time.sleep(1.5)
    stdout, stderr = _interrupt(proc)
    assert "2 of 3 λ done" in stderr and "λ=0.3" in stderr
    rows = json.loads(out.read_text())
    assert [r["lam"] for r in rows] == [4.0, 0.3]
    done, cut = rows
    assert done["mip_status"] == "optimal" and done["mip_opt"] == done["mip_value"]
    assert cut["mip_status"] == "interrupted" and cut["mip_opt"] is None
    assert cut["mip_bound"] <= cut["mip_value"] and np.isfinite(cut["mip_value"])
    assert cut["gap_closed"] is None  # NaN (no optimum to measure against): null in JSON
    assert png.stat().st_size > 0
    table = stdout.splitlines()
    row_line = next(line for line in table if line.strip().startswith("0.3 "))
    assert f"{cut['mip_value']:.6g}*" in row_line
    assert any(line.startswith("* λ=0.3: MIP interrupted, not an optimum") for line in table)


def test_sigint_during_catalog_writes_the_finished_entries(tmp_path):
    """syn_g8_s0 takes a second, syn_g40_hard about 35 s: Ctrl-C lands in the second."""
    shutil.copy(DEFAULT_DIR / "catalog.json", tmp_path / "catalog.json")
    old = {e["name"]: e for e in json.loads((tmp_path / "catalog.json").read_text())
           ["instances"]}
    proc = _start("catalog", "--out", str(tmp_path), "--only", "syn_g8_s0", "syn_g40_hard",
                  "--time-limit", "120")
    t0 = time.monotonic()
    while not (tmp_path / "syn_g40_hard.npz").exists():  # syn_g8_s0 is done
        assert time.monotonic() - t0 < 300 and proc.poll() is None, proc.communicate()
        time.sleep(0.1)
    time.sleep(1.5)
    stdout, stderr = _interrupt(proc)
    assert "1 of 2 instances done" in stderr and "syn_g40_hard" in stderr
    assert "syn_g8_s0" in stdout
    meta = json.loads((tmp_path / "catalog.json").read_text())
    new = {e["name"]: e for e in meta["instances"]}
    assert set(new) == set(old)  # merged: every other entry kept
    assert new["syn_g40_hard"] == old["syn_g40_hard"]  # not redone: the old entry stays
    e = new["syn_g8_s0"]
    assert e["status"] == "optimal" and e["optimum"] == pytest.approx(
        old["syn_g8_s0"]["optimum"], rel=1e-6)
    assert meta["generated"] != json.loads((DEFAULT_DIR / "catalog.json").read_text())[
        "generated"]
    assert not [p.name for p in Path(tmp_path).iterdir() if p.name.startswith(".tmp-")]
