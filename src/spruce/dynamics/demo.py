"""Showcase runs of the dynamics part: figures plus the agreement and timing figures.

`run_demo(out_dir, quick)` (used by `spruce demo`) writes a unit-model phase portrait and
basin map with the analytical edges, and returns the agreement of analysis and
integration; `premature_sweeps` and `sgd_check` produce the other two results. A quick
demo takes a few seconds on a 2-core CPU.
"""

from __future__ import annotations

import time
from pathlib import Path

import numpy as np

from spruce.dynamics.models import Model

DEFAULT = {"a": 1.0, "gamma": 0.2, "lam": 0.1, "ratio": 20.0}


def basins_and_portraits(out_dir: Path, n: int = 200, params: dict | None = None,
                         slices=("unit", "layer", "layer_vw"), theta0: float = 0.8,
                         portraits: bool = True, prefix: str = "dynamics_") -> dict:
    """Basin maps (and phase portraits) for the chosen slices; returns figures + numbers."""
    from spruce.dynamics import plots
    from spruce.dynamics.basins import basin_map

    prm = {**DEFAULT, **(params or {})}
    out_dir = Path(out_dir)
    results, figures = {}, []
    for sl in slices:
        kind = "unit" if sl == "unit" else "layer"
        model = Model(kind, prm["a"], prm["gamma"], prm["lam"], prm["ratio"])
        if sl == "unit":
            xr, yr = (0.0, 1.5), (0.0, 1.0)
        elif sl == "layer":
            xr, yr = (0.0, 1.3), (0.0, 1.0)
        else:
            xr = yr = (-1.3, 1.3)
        bmap = basin_map(model, sl, n, xr, yr, theta0=theta0)
        agr = bmap.agreement()
        results[sl] = {**agr, "seconds": bmap.seconds, "n": n}
        figures.append(plots.basin_figure(bmap, out_dir / f"{prefix}basins_{sl}.png"))
        if portraits and sl != "layer_vw":
            figures.append(plots.phase_portrait(model, out_dir / f"{prefix}portrait_{kind}.png",
                                                x_max=xr[1]))
    return {"basins": results, "figures": [str(f) for f in figures]}


def premature_sweeps(out_dir: Path, quick: bool = False, params: dict | None = None,
                     prefix: str = "dynamics_") -> dict:
    """Critical ratio r* vs initial weight, θ0, γ, λ, a for units and layers, with bounds."""
    from spruce.dynamics import plots
    from spruce.dynamics.premature import multi_sweep

    prm = {**DEFAULT, **(params or {})}
    base = {"a": prm["a"], "gamma": prm["gamma"], "lam": prm["lam"], "theta0": 0.5,
            "w0": 0.05}
    k = 6 if quick else 14
    grids = {"w0": np.geomspace(1e-3, 0.2, k), "theta0": np.linspace(0.2, 1.0, k),
             "gamma": np.linspace(0.1, 0.35, k), "lam": np.linspace(0.0, 0.3, k),
             "a": np.linspace(0.8, 2.0, k)}
    sweeps = []
    t0 = time.perf_counter()
    for kind in ("unit", "layer"):
        sweeps += multi_sweep(kind, grids, base, r_range=(1e-3, 1e3), n=24 if quick else 40)
    seconds = time.perf_counter() - t0
    inside = [np.mean((s["r_star"] >= s["bound_low"] * (1 - 1e-2))
                      & (s["r_star"] <= s["bound_up"] * (1 + 1e-2)))
              for s in sweeps]
    fig = plots.premature_figure(sweeps, Path(out_dir) / f"{prefix}premature.png")
    w0_unit = next(s for s in sweeps if s["param"] == "w0" and s["kind"] == "unit")
    w0_layer = next(s for s in sweeps if s["param"] == "w0" and s["kind"] == "layer")
    return {"inside_bracket": float(np.mean(inside)), "seconds": seconds,
            "r_star_unit_w0": w0_unit["r_star"].tolist(),
            "r_star_layer_w0": w0_layer["r_star"].tolist(),
            "w0": w0_unit["values"].tolist(), "figures": [str(fig)], "sweeps": sweeps}


def sgd_check(out_dir: Path, quick: bool = False, prefix: str = "dynamics_") -> dict:
    """SGD with sampled gates vs the ODE at shrinking step sizes (unit and layer)."""
    from spruce.dynamics import plots
    from spruce.dynamics.sgd import ode_path, sgd_paths, tracking_error

    etas = [0.04, 0.01] if quick else [0.04, 0.02, 0.01, 0.005, 0.0025]
    seeds = 60 if quick else 200
    out = {}
    figures = []
    for kind, x0 in (("unit", [0.05, 0.8]), ("layer", [0.3, 0.3, 0.8])):
        model = Model(kind, 1.0, 0.2, 0.1, 2.0 if kind == "unit" else 1.0)
        res = tracking_error(model, x0, etas, horizon=10.0, seeds=seeds)
        tau, paths = sgd_paths(model, x0, etas[-1], 10.0, seeds=5, rng=99)
        ref = ode_path(model, x0, tau)
        figures.append(plots.sgd_figure(res, Path(out_dir) / f"{prefix}sgd_{kind}.png",
                                        sample=(tau, paths, ref)))
        out[kind] = {"eta_w": list(map(float, res["eta_w"])),
                     "error": list(map(float, res["error"])), "slope": res["slope"]}
    return {"sgd": out, "figures": [str(f) for f in figures]}


def run_demo(out_dir: Path, quick: bool = False) -> dict:
    """Quick offline CPU showcase: unit basin map (with analytical edges) + phase portrait.

    Returns {"rows": [...], "agreement": {...}, "critical_ratio": [...], "seconds": float,
    "figures": [png paths]}. rows: one per basin slice (certified share, band, agreement);
    critical_ratio: the closed-form bracket of η_θ/η_w for a unit and a layer started at
    w0 = 0.01, θ0 = 0.5 (plus the numerical r* unless quick). A few seconds.
    """
    from spruce.dynamics.conditions import critical_ratio

    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    t0 = time.perf_counter()
    res = basins_and_portraits(out_dir, n=100 if quick else 200, slices=("unit",))
    prm = DEFAULT
    rows = [{"slice": sl, "grid": f"{r['n']}x{r['n']}", "certified": r["certified"],
             "band": r["band"], "agreement": r["agree"], "disagree": r["disagree"]}
            for sl, r in res["basins"].items()]
    ratios = []
    for kind in ("unit", "layer"):
        low, up = critical_ratio(prm["a"], prm["gamma"], prm["lam"], 0.5, 0.01, kind)
        row = {"structure": kind, "w0": 0.01, "theta0": 0.5, "r_low": float(low),
               "r_up": float(up)}
        if not quick:
            from spruce.dynamics.premature import critical_ratio as numeric

            row["r_numeric"] = float(numeric(kind, prm["a"], prm["gamma"], prm["lam"], 0.5,
                                             0.01)["r_star"])
        ratios.append(row)
    return {"rows": rows, "agreement": res["basins"]["unit"], "critical_ratio": ratios,
            "figures": res["figures"], "seconds": time.perf_counter() - t0}
