"""An interrupted `spruce mip solve` (SIGINT to a real process) still writes its partial
result: the incumbent, a valid bound and the status "interrupted"; exit code 130."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time

import numpy as np
import pytest

from spruce.mip.cli import load

SPEC = "synthetic:n=80,groups=60,group_size=3,seed=0"  # minutes to solve exactly


@pytest.mark.parametrize("formulation", ["perspective"])
def test_sigint_writes_the_partial_result(formulation, tmp_path):
    out = tmp_path / "r.json"
    env = {**os.environ, "OMP_NUM_THREADS": "1"}
    proc = subprocess.Popen([sys.executable, "-m", "spruce.cli", "mip", "solve", SPEC,
                             "--formulation", formulation, "--time-limit", "120", "--json",
                             str(out), "--with-weights"],
                            env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    time.sleep(6.0)  # imports (~3 s), then the search, which needs far longer than this
    assert proc.poll() is None, proc.communicate()
    proc.send_signal(signal.SIGINT)
    stdout, stderr = proc.communicate(timeout=60)
    assert proc.returncode == 130, stderr[-2000:]
    assert "Traceback" not in stderr and str(out) in stdout + stderr
    r = json.loads(out.read_text())
    assert r["status"] == "interrupted" and not r["success"]
    assert np.isfinite(r["objective"]) and np.isfinite(r["bound"])
    assert r["bound"] <= r["objective"]
    pb = load(SPEC)
    assert r["objective"] == pytest.approx(pb.objective(np.asarray(r["W"]).reshape(-1)),
                                           rel=1e-6)
