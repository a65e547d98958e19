"""Premature pruning: the critical learning-rate ratio r* = η_θ/η_w, numerically and in bounds.

A structure that deserves to live (kept state stable) but starts small (p0 below the
saddle p_s) survives only if its weights grow past p_s before its gate θ falls to θ_s:

    r < r*(θ0, p0; a, γ, λ)  → kept,        r > r*  → pruned.

`critical_ratio` finds r* by sweeping r on a log grid for many starts at once (one
integrate_grid call per round; each round shrinks the bracket to one grid cell), then
compares with the closed-form bracket of theory.critical_ratio_bounds:

    (θ0 − θ_s)²/Δ(p0) ≤ r* ≤ [(θ0 − k_lo)² − (θ_s − k_lo)²]/Δ(p0).

A layer (out = x + ξ·v·w·x) started at v0 = w0 = s has p0 = s² and a barrier Δ that
grows like (γ/a)·ln(1/p0) as p0 → 0 (the saddle of v·w at 0), so its r* tends to 0,
while a unit's r* tends to about θ0²/Δ(0), Δ(0) = γ − (c²/2)·ln(a²/c²): layers run the
greater risk. Speed (2-core CPU): 1.5–2.5 s for 3 starts; 56 starts × 40 ratios × 2
rounds (one multi_sweep) about 5 s.
"""

from __future__ import annotations

import numpy as np

from spruce.dynamics import theory
from spruce.dynamics.integrate import integrate_grid
from spruce.dynamics.models import Model


def critical_ratio(kind: str, a, gamma, lam, theta0, w0,
                   r_range: tuple[float, float] = (1e-2, 1e3), n: int = 40, rounds: int = 2,
                   t_max: float = 300.0) -> dict:
    """Numerical r* for starts (θ0, w0); layer starts are v0 = w0. a, γ, λ, θ0, w0 are
    arrays that broadcast together: every combination runs in the same integrate_grid call.

    Returns dict with r_star (geometric midpoint of the final bracket; 0 if pruned at
    r_range[0], inf if kept at r_range[1]), r_lo/r_hi (the bracket), the closed-form
    bounds bound_low/bound_up, and non_monotone (starts whose outcome flipped more than
    once along r, where r* is ill-defined).
    """
    if not 0 < r_range[0] < r_range[1]:
        raise ValueError(f"r_range must satisfy 0 < low < high, got {r_range!r}")
    if n < 3 or rounds < 1:
        raise ValueError(f"need n >= 3 and rounds >= 1, got n={n!r}, rounds={rounds!r}")
    arrs = np.broadcast_arrays(*(np.asarray(x, float) for x in (a, gamma, lam, theta0, w0)))
    shape = arrs[0].shape
    a, gamma, lam, th, w = (x.reshape(-1) for x in arrs)
    model = Model(kind, 1.0, 0.2, 0.1, 1.0)  # placeholders: every start overrides them
    lo = np.full(th.size, float(r_range[0]))
    hi = np.full(th.size, float(r_range[1]))
    below, above = np.zeros(th.size, bool), np.zeros(th.size, bool)
    non_monotone = np.zeros(th.size, bool)
    for k in range(rounds):
        # include the bracket ends only in the first round
        grid = np.exp(np.linspace(np.log(lo), np.log(hi), n, axis=1))
        if k > 0:
            grid = grid[:, 1:-1]
        m = grid.shape[1]
        x0 = model.state(np.repeat(w[:, None], m, 1), np.repeat(th[:, None], m, 1))
        prm = {"a": a[:, None], "gamma": gamma[:, None], "lam": lam[:, None], "ratio": grid}
        out = integrate_grid(model, x0, t_max=t_max, params=prm).outcome
        kept = out != theory.PRUNED  # survivors: kept, or still undecided at t_max
        flips = np.sum(np.diff(kept.astype(int), axis=1) != 0, axis=1)
        non_monotone |= flips > 1
        if k == 0:
            below = ~kept[:, 0]
            above = kept[:, -1]
        # last kept index (-1 if none): bracket [grid[last], grid[last+1]]
        last = np.where(kept.any(1), m - 1 - np.argmax(kept[:, ::-1], axis=1), -1)
        rows = np.arange(th.size)
        new_lo = np.where(last >= 0, grid[rows, np.clip(last, 0, m - 1)], lo)
        new_hi = np.where(last < m - 1, grid[rows, np.clip(last + 1, 0, m - 1)], hi)
        lo, hi = new_lo, new_hi
    r_star = np.sqrt(lo * hi)
    r_star = np.where(below, 0.0, np.where(above, np.inf, r_star))
    p0 = w if kind == "unit" else w * w
    b_low, b_up = theory.critical_ratio_bounds(th, p0, a, gamma, lam, kind)
    return {"r_star": r_star.reshape(shape), "r_lo": lo.reshape(shape),
            "r_hi": hi.reshape(shape), "bound_low": np.asarray(b_low).reshape(shape),
            "bound_up": np.asarray(b_up).reshape(shape),
            "non_monotone": non_monotone.reshape(shape)}


def sweep(kind: str, param: str, values, base: dict, r_range=(1e-2, 1e3), n: int = 40,
          rounds: int = 2) -> dict:
    """r* and its bounds as one parameter varies; param in a, gamma, lam, theta0, w0.

    base holds the other four (keys a, gamma, lam, theta0, w0); one vectorized call.
    """
    names = ("a", "gamma", "lam", "theta0", "w0")
    if param not in names:
        raise ValueError(f"param must be one of {names}, got {param!r}")
    missing = [k for k in names if k not in base and k != param]
    if missing:
        raise ValueError(f"base is missing {missing}")
    values = np.asarray(values, float)
    kw = {k: (values if k == param else np.full_like(values, float(base[k]))) for k in names}
    res = critical_ratio(kind, kw["a"], kw["gamma"], kw["lam"], kw["theta0"], kw["w0"],
                         r_range=r_range, n=n, rounds=rounds)
    res["values"] = values
    res["param"] = param
    res["kind"] = kind
    return res


def multi_sweep(kind: str, grids: dict, base: dict, r_range=(1e-2, 1e3), n: int = 40,
                rounds: int = 2) -> list[dict]:
    """Several one-parameter sweeps ({param: values}) in a single vectorized call."""
    names = ("a", "gamma", "lam", "theta0", "w0")
    bad = [p for p in grids if p not in names]
    if bad:
        raise ValueError(f"sweep parameters must be among {names}, got {bad}")
    cols = {k: [] for k in names}
    sizes = []
    for param, values in grids.items():
        values = np.asarray(values, float)
        sizes.append(values.size)
        for k in names:
            cols[k].append(values if k == param else np.full(values.size, float(base[k])))
    cat = {k: np.concatenate(v) for k, v in cols.items()}
    res = critical_ratio(kind, cat["a"], cat["gamma"], cat["lam"], cat["theta0"], cat["w0"],
                         r_range=r_range, n=n, rounds=rounds)
    out, start = [], 0
    for (param, values), size in zip(grids.items(), sizes, strict=True):
        part = {k: v[start:start + size] for k, v in res.items()}
        part.update(values=np.asarray(values, float), param=param, kind=kind)
        out.append(part)
        start += size
    return out
