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
import shutil
import signal
import time
from pathlib import Path

import numpy as np
import pytest

from spruce.mip.catalog import DEFAULT_DIR
from spruce.mip.cli import load

from ._processes import start_driver

SPEC = "synthetic:n=80,groups=60,group_size=3,seed=0"  # ~35 s to solve exactly (11,000 nodes)


def _interrupted(tmp_path: Path, hook: str, *argv: str) -> tuple[str, str]:
    """`spruce mip ARGV` (a forked driver process) stopped by SIGINT inside a solve: the
    driver's hook (`hook`, e.g. "bnb:2": the second branch-and-bound search, after its
    root) writes a marker and waits there, so the signal lands mid-solve on any machine,
    idle or busy. Returns (stdout, stderr) after checking exit code 130, no traceback."""
    marker = tmp_path / "marker"
    proc = start_driver(["mip", *argv], SPRUCE_TEST_MIP=hook, SPRUCE_TEST_MARKER=str(marker),
                        SPRUCE_TEST_SLEEP="60", PYTHONIOENCODING="utf-8")
    deadline = time.monotonic() + 300  # a hang guard, wide for busy machines
    while not marker.exists():
        if proc.poll() is not None or time.monotonic() > deadline:
            proc.kill()
            raise AssertionError(f"the solve never reached {hook}: "
                                 f"{proc.communicate()[1][-2000:]}")
        time.sleep(0.05)
    proc.send_signal(signal.SIGINT)
    stdout, stderr = proc.communicate(timeout=180)
    assert proc.returncode == 130, stderr[-2000:]
    assert "Traceback" not in stderr, stderr[-2000:]
    return stdout, stderr


@pytest.mark.parametrize("method,instance,hook", [("bnb", SPEC, "bnb:1"),
                                                  ("oa", "syn_g10_q3", "oa:2")])
def test_sigint_writes_the_partial_result(method, instance, hook, tmp_path):
    out = tmp_path / "r.json"
    stdout, stderr = _interrupted(tmp_path, hook, "solve", instance, "--method", method,
                                  "--time-limit", "120", "--json", str(out), "--with-weights")
    assert str(out) in stdout + stderr
    r = json.loads(out.read_text())
    assert r["status"] == "interrupted" and not r["success"] and r["method"] == method
    assert "interrupted by the user" in r["message"]
    assert np.isfinite(r["objective"])
    # B&B: the root was solved; OA: one master was
    assert r["bound"] is not None and r["bound"] <= r["objective"]
    pb = load(instance)
    w = np.asarray(r["W"]).reshape(-1)
    assert r["objective"] == pytest.approx(pb.objective(w), rel=1e-9)
    if method == "oa":  # a valid bound: below the certified optimum of the catalog
        opt = next(e["optimum"] for e in json.loads((DEFAULT_DIR / "catalog.json").read_text())
                   ["instances"] if e["name"] == instance)
        assert r["objective"] >= opt * (1 - 1e-9)
        assert r["bound"] <= opt * (1 + 1e-9)


def test_sigint_during_compare_keeps_the_finished_rows(tmp_path):
    """λ = 4 is solved first; the signal lands in λ = 0.3's branch-and-bound (the second)."""
    out, png = tmp_path / "rows.json", tmp_path / "bounds.png"
    stdout, stderr = _interrupted(tmp_path, "bnb:2", "compare", SPEC, "--lambdas", "4",
                                  "0.3", "0.1", "--time-limit", "100", "--json", str(out),
                                  "--plot", str(png))
    assert "λ=4: MIP optimal" in stderr
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
    """syn_g8_s0 is solved first; the signal lands in syn_g40_hard's branch-and-bound."""
    shutil.copy(DEFAULT_DIR / "catalog.json", tmp_path / "catalog.json")
    old = {e["name"]: e for e in json.loads((tmp_path / "catalog.json").read_text())
           ["instances"]}
    stdout, stderr = _interrupted(tmp_path, "bnb:2", "catalog", "--out", str(tmp_path),
                                  "--only", "syn_g8_s0", "syn_g40_hard", "--time-limit", "120")
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
