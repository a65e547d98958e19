"""Domains of attraction on grids, and their agreement with the closed-form analysis.

A basin map classifies every start of a grid (kept: θ → 1, pruned: θ → 0) by one call of
integrate_grid. Slices:

    unit           (w0, θ0)
    layer          (s0, θ0) with v0 = w0 = s0 (balanced: the exact 2-D reduction p = s0²)
    layer_vw       (v0, w0) at fixed θ0

The analysis (theory.classify) certifies the outcome on part of each grid; the rest is
the band that contains the separatrix. `agreement` counts, among grid points the
analysis certifies, those where integration agrees; points within `margin` grid cells
of a certified region's edge are left out as well (the numerical separatrix is located
only to within a cell). At λ = 0 the band is empty and the margin is the whole test.
Off the diagonal of a (v0, w0) slice only region D (kept) is certified.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from scipy import ndimage

from spruce.dynamics import theory
from spruce.dynamics.integrate import integrate_grid, integrate_ivp
from spruce.dynamics.models import Model

SLICES = ("unit", "layer", "layer_vw")


@dataclass
class BasinMap:
    """Numerical and analytical outcomes on a grid: axes x (columns) and y (rows)."""

    model: Model
    slice: str
    x: np.ndarray
    y: np.ndarray
    numeric: np.ndarray
    predicted: np.ndarray
    theta0: float | None = None
    seconds: float = 0.0

    def agreement(self, margin: int = 1) -> dict:
        """Agreement of analysis and integration, see module docstring."""
        return agreement(self.numeric, self.predicted, margin)


def agreement(numeric: np.ndarray, predicted: np.ndarray, margin: int = 1) -> dict:
    """Share of certified grid points (away from their edge by `margin` cells) that agree.

    Returns certified (fraction of the grid the analysis decides), band (the rest),
    compared (fraction actually compared), agree (agreement on those), disagree (count),
    undecided (fraction integration left undecided at t_max).
    """
    certified = predicted != theory.UNKNOWN
    compare = certified.copy()
    if margin > 0:
        st = np.ones((2 * margin + 1,) * predicted.ndim, dtype=bool)
        for value in (theory.KEPT, theory.PRUNED):
            region = predicted == value
            compare &= ~(region & ~ndimage.binary_erosion(region, st, border_value=1))
    compare &= numeric != theory.UNKNOWN
    n = predicted.size
    agree = (numeric[compare] == predicted[compare])
    return {
        "certified": float(certified.sum() / n),
        "band": float(1 - certified.sum() / n),
        "compared": float(compare.sum() / n),
        "agree": float(agree.mean()) if agree.size else float("nan"),
        "disagree": int((~agree).sum()),
        "undecided": float(np.mean(numeric == theory.UNKNOWN)),
        "margin_cells": int(margin),
    }


def basin_map(model: Model, slice: str = "unit", n: int = 200, x_range=(0.0, 1.5),
              y_range=(0.0, 1.0), theta0: float = 0.5, t_max: float = 400.0,
              progress: bool = False) -> BasinMap:
    """Integrate an n×n grid of starts of `slice` and classify it both ways."""
    import time

    if slice not in SLICES:
        raise ValueError(f"slice must be one of {SLICES}, got {slice!r}")
    if (slice == "unit") != (model.kind == "unit"):
        raise ValueError(f"slice {slice!r} does not fit a {model.kind} model")
    if n < 2:
        raise ValueError(f"grid size n must be >= 2, got {n!r}")
    xs = np.linspace(*x_range, n)
    ys = np.linspace(*y_range, n)
    gx, gy = np.meshgrid(xs, ys)
    args = (model.a, model.gamma, model.lam, model.ratio, model.kind)
    if slice == "unit":
        x0 = model.state(gx, gy)
        predicted = theory.classify(gx, gy, *args)
    elif slice == "layer":
        x0 = model.state(gx, gy)
        predicted = theory.classify(gx**2, gy, *args)
    else:
        if not 0.0 <= theta0 <= 1.0:
            raise ValueError(f"theta0 must lie in [0, 1], got {theta0!r}")
        x0 = model.state(gy, theta0, v=gx)  # rows: w0, columns: v0
        full = theory.classify(gx * gy, np.full_like(gx, theta0), *args)
        p_s, th_s = model.saddle()
        c = model.a - p_s
        d_region = (gx * gy >= p_s) & (gx * gy < model.a + c) & (theta0 > th_s)
        on_diag = np.isclose(gx, gy)
        if model.kept_margin() <= 0:
            predicted = full
        else:
            predicted = np.where(d_region | on_diag, full, theory.UNKNOWN).astype(np.int8)
    t0 = time.perf_counter()
    res = integrate_grid(model, x0, t_max=t_max, progress=progress)
    seconds = time.perf_counter() - t0
    return BasinMap(model=model, slice=slice, x=xs, y=ys, numeric=res.outcome,
                    predicted=predicted, theta0=theta0 if slice == "layer_vw" else None,
                    seconds=seconds)


def validate_against_ivp(model: Model, starts: np.ndarray, t_max: float = 400.0) -> dict:
    """Outcomes of integrate_grid vs integrate_ivp (solve_ivp with face events) on starts.

    Also compares the states at τ = 5 (end of a short grid run) to measure RK4 error.
    """
    starts = np.asarray(starts, float).reshape(-1, model.dim)
    grid = integrate_grid(model, starts, t_max=t_max).outcome
    ivp = np.array([integrate_ivp(model, s, t_max=t_max).outcome for s in starts])
    short = integrate_grid(model, starts, t_max=5.0, check_every=10**9).x_final
    errs = []
    for s, xg in zip(starts, short, strict=True):
        tr = integrate_ivp(model, s, t_max=5.0)
        errs.append(np.max(np.abs(tr.x[-1] - xg)))
    return {"n": len(starts), "agree": float(np.mean(grid == ivp)),
            "undecided_grid": int(np.sum(grid == theory.UNKNOWN)),
            "undecided_ivp": int(np.sum(ivp == theory.UNKNOWN)),
            "max_state_error_t5": float(np.max(errs))}
