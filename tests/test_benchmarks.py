"""benchmarks/gpu_check.sh keeps working: its CPU smoke form runs every benchmark it calls."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_gpu_check_runs_on_cpu_quick(tmp_path):
    env = {**os.environ, "PYTHON": sys.executable, "OMP_NUM_THREADS": "1",
           "OUT": str(tmp_path / "gpu-check")}
    run = subprocess.run(["bash", str(ROOT / "benchmarks" / "gpu_check.sh"), "--device", "cpu",
                          "--quick"], capture_output=True, text=True, env=env, timeout=900)
    assert run.returncode == 0, run.stderr[-2000:]
    for section in ("1. SPR penalty", "2. penalty in a user loop", "3. training step",
                    "4. Pareto sweep", "5. Bernoulli gates", "summary", "gpu_check done"):
        assert section in run.stdout
    assert "ratio" in run.stdout and "img_s" in run.stdout
    summary = run.stdout.split("== summary")[1]
    for measure in ("SPR penalty fwd+bwd", "penalty in a user loop, vgg", "SPR overhead",
                    "SPR epoch, ResNet-", "sweep spr 10", "sweep l1-filter 0.5",
                    "Bernoulli gates per step, ResNet-20 batch 8"):
        assert measure in summary, measure
