"""Benchmark: 200×200 basin maps of the Bernoulli-training ODE (goal ≤ 10 s on 2 CPU cores).

Times spruce.dynamics.basins.basin_map (vectorized projected RK4 over the whole grid, one
integrate_grid call) for the unit model and both layer slices at several learning-rate
ratios, and the per-start cost of the scipy reference (solve_ivp with face events) on
sampled starts, extrapolated to the grid, for comparison.

    OMP_NUM_THREADS=1 python benchmarks/bench_ode.py [--n 200] [--ivp-samples 40]

Measured 2026-11-21 on the shared 2-core CPU (no GPU), n = 200, other jobs running;
see docs/dynamics.md for the table that run printed.
"""

from __future__ import annotations

import argparse
import os
import platform
import time

import numpy as np

from spruce.dynamics.basins import basin_map
from spruce.dynamics.integrate import integrate_ivp
from spruce.dynamics.models import Model

CASES = [
    ("unit", "unit", 5.0, (0.0, 1.5), (0.0, 1.0)),
    ("unit", "unit", 20.0, (0.0, 1.5), (0.0, 1.0)),
    ("unit", "unit", 100.0, (0.0, 1.5), (0.0, 1.0)),
    ("layer", "layer", 5.0, (0.0, 1.3), (0.0, 1.0)),
    ("layer", "layer", 20.0, (0.0, 1.3), (0.0, 1.0)),
    ("layer", "layer_vw", 20.0, (-1.3, 1.3), (-1.3, 1.3)),
]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=200, help="grid points per axis (default 200)")
    ap.add_argument("--ivp-samples", type=int, default=40,
                    help="starts integrated with solve_ivp to estimate its grid cost")
    ap.add_argument("--repeat", type=int, default=3, help="timed repeats per case (best kept)")
    args = ap.parse_args()
    print(f"machine: {platform.processor() or platform.machine()}, {os.cpu_count()} cores, "
          f"OMP_NUM_THREADS={os.environ.get('OMP_NUM_THREADS', 'unset')}")
    print(f"{'slice':9s} {'ratio':>6s} {'grid':>8s} {'RK4 s':>7s} {'agree':>8s} "
          f"{'band':>6s} {'ivp s/start':>11s} {'ivp grid s (est.)':>17s}")
    rng = np.random.default_rng(0)
    for kind, sl, ratio, xr, yr in CASES:
        model = Model(kind, 1.0, 0.2, 0.1, ratio)
        best = np.inf
        for _ in range(args.repeat):
            bmap = basin_map(model, sl, args.n, xr, yr, theta0=0.8)
            best = min(best, bmap.seconds)
        agr = bmap.agreement()
        k = args.ivp_samples
        if kind == "unit":
            starts = np.column_stack([rng.uniform(*xr, k), rng.uniform(*yr, k)])
        elif sl == "layer":
            s = rng.uniform(*xr, k)
            starts = np.column_stack([s, s, rng.uniform(*yr, k)])
        else:
            starts = np.column_stack([rng.uniform(*xr, k), rng.uniform(*yr, k),
                                      np.full(k, 0.8)])
        t0 = time.perf_counter()
        for x0 in starts:
            integrate_ivp(model, x0, t_max=400.0)
        per = (time.perf_counter() - t0) / k
        print(f"{sl:9s} {ratio:6g} {args.n:4d}²   {best:7.2f} {agr['agree']:8.3%} "
              f"{agr['band']:6.2%} {per:11.4f} {per * args.n**2:17.0f}")


if __name__ == "__main__":
    main()
