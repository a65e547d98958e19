"""The budget Σ_free y_j ≤ room inside the perspective relaxation, kept exactly (not dualized).

With y projected out, the budgeted perspective penalty of the free groups is

    g(W) = min { Σ_j s_j/y_j + κ y_j :  ‖W_j‖∞/M_j ≤ y_j ≤ 1,  Σ_j y_j ≤ room },
    s_j = Σ_{i∈j} r_i W_i²  (r_i = λα, or λα + d_i/2 with a shift),  κ = λ(1−α).

Three pieces serve spruce.mip.perspective's first-order solve:
- the minimizing y of g (its value for F, its y for branching): with a multiplier μ ≥ 0 on
  the budget, y_j = clip(t·√s_j, lo_j, 1), t = 1/√(κ+μ), piecewise linear in t:
  `clip_sum_root` finds the t where Σy = room exactly (sorted breakpoints),
  `penalty_multiplier` the μ;
- the prox's y (`prox_multiplier`): per group argmin_y φ_j(y) + τμy, nonincreasing in μ;
  without a binding box y_j = clip(t·√(λα)‖v_j‖ − c, 0, 1) (t as above, c = 2τλα), again
  `clip_sum_root`; where a box binds or a shift makes y implicit, `least_multiplier`
  (safeguarded Newton steps in t) around the Newton y-search of spruce.mip.ysearch;
- the conjugate: g*(u) = max_{y ∈ [0,1]^G, Σy ≤ room} Σ_j y_j (ψ_j(u_j) − κ), a linear
  program over an integral polytope: the sum of the `room` largest positive ψ_j − κ
  (`top_gains`). The Fenchel dual bound with it is exact for the budget at every W̄, never
  below the Lagrangian bound V(λ+μ, …) − μk at any μ (Σ_j (a_j − μ)₊ + μk ≥ top-k sum of a).
Speed: `clip_sum_root` is O(G log G) numpy work; `least_multiplier` ~2–4 evaluations of
the caller's y(μ) (2-core CPU, G ≤ 60: well under a millisecond per prox without a shift).
"""

from __future__ import annotations

import math
from collections.abc import Callable

import numpy as np

FITS = 1e-12  # Σy ≤ room·(1 + FITS) counts as within the budget (rounding of the sum)


def top_gains(gain: np.ndarray, room: int) -> np.ndarray:
    """Mask of the `room` largest positive entries of gain (the y of the conjugate's LP)."""
    take = np.zeros(gain.size, dtype=bool)
    pos = np.flatnonzero(gain > 0)
    if room <= 0 or pos.size == 0:
        return take
    if pos.size <= room:
        take[pos] = True
        return take
    best = pos[np.argpartition(-gain[pos], room - 1)[:room]]
    take[best] = True
    return take


def clip_sum_root(a: np.ndarray, b: np.ndarray, lo: np.ndarray, room: float,
                  t_max: float) -> float:
    """The least t ∈ [0, t_max] with Σ_j clip(a_j t − b_j, lo_j, 1) ≥ room, or t_max if the
    sum stays below room there (the budget does not bind). a ≥ 0, lo ≤ 1, and t = 0 fits
    (Σ clip(−b, lo, 1) ≤ room, else 0 is returned); the sum is
    continuous, nondecreasing and piecewise linear in t: its breakpoints are sorted and the
    crossing interpolated on its linear piece (exact to rounding)."""
    def total(t: float) -> float:
        return float(np.clip(a * t - b, lo, 1.0).sum())

    if total(t_max) <= room:
        return t_max
    live = a > 0
    knots = np.concatenate(((lo + b)[live] / a[live], (1.0 + b)[live] / a[live]))
    knots = np.unique(np.clip(knots, 0.0, t_max))
    knots = np.concatenate(([0.0], knots, [t_max]))
    sums = np.clip(a[None, :] * knots[:, None] - b[None, :], lo[None, :], 1.0).sum(1)
    i = int(np.searchsorted(sums, room, side="left"))  # first knot whose sum reaches room
    if i == 0:
        return 0.0
    t0, t1, s0, s1 = knots[i - 1], knots[i], sums[i - 1], sums[i]
    if not s1 > s0:
        return float(t1)
    return float(t0 + (room - s0) * (t1 - t0) / (s1 - s0))


def least_multiplier(y_of: Callable[[float, np.ndarray], tuple[np.ndarray, float]],
                     room: float, cost: float, mu0: float, y0: np.ndarray, slope0: float,
                     above: tuple[float, np.ndarray] | None = None,
                     max_evals: int = 60) -> tuple[np.ndarray, float]:
    """(y(μ), μ): the least μ ≥ mu0 with Σ y(μ) ≤ room (to 1e-12 relative, FITS), within a
    relative 1e-9 of room, for y_of(μ, start) -> (y(μ), dΣy/dt) nonincreasing in μ,
    Σ y(mu0) > room at y0 (its slope slope0); `above`: a (μ, y(μ)) that fits, if known.

    Newton's method in t = 1/√(cost+μ) (cost > 0), where Σy is nearly linear, safeguarded
    by the bracket [t_lo: fits, t_hi: does not]: a step outside it bisects (or, before a
    fitting point is known, halves t). A flat piece of Σy (every y clipped) ends the search
    as soon as it fits. Returns the fitting end (μ of t_lo), or the largest μ tried if none
    fitted within max_evals."""
    def to_mu(t: float) -> float:
        return max(1.0 / (t * t) - cost, 0.0)

    fits = room * (1 + FITS)
    t_hi = t = 1.0 / math.sqrt(cost + mu0)
    total, slope, y = float(y0.sum()), slope0, y0
    t_lo, y_lo = (None, None) if above is None else (1.0 / math.sqrt(cost + above[0]), above[1])
    for _ in range(max_evals):
        step = t - (total - room) / slope if slope > 0 else math.nan
        low = 0.0 if t_lo is None else t_lo
        t = step if low < step < t_hi else (0.5 * t_hi if t_lo is None else 0.5 * (low + t_hi))
        y, slope = y_of(to_mu(t), y)
        total = float(y.sum())
        if total <= fits:
            t_lo, y_lo = t, y
            if total >= room * (1 - 1e-9) or t_hi - t_lo <= 1e-13 * t_hi:
                break
        else:
            t_hi = t
    if t_lo is None:
        return y, to_mu(t)
    return y_lo, to_mu(t_lo)


def prox_multiplier(y_of: Callable[[float, np.ndarray], tuple[np.ndarray, float]],
                    y0: np.ndarray, slope0: float, room: int, cost: float, mu0: float,
                    rate: np.ndarray | None, c: float | np.ndarray) -> tuple[np.ndarray, float]:
    """(y, μ) of the budgeted prox: the least μ ≥ 0 with Σ y(μ) ≤ room, given y0 = y(0) (its
    sum above room, slope0 its dΣy/dt) and y_of(μ, start) -> (y(μ), dΣy/dt).
    rate (the plain perspective: √(λα)‖v_j‖ per row, c = 2τλα): the closed form
    y_j = clip(rate_j·t − c, 0, 1) gives μ exactly by clip_sum_root; a binding box only
    raises y, so that μ is the answer unless Σy(μ) > room, and the start of Newton's method
    otherwise. rate None (a shift): Newton's method from the last step's μ (mu0), bracketed
    below by 0 when y(mu0) already fits. room 0: y = 0."""
    if room <= 0:
        return np.zeros(y0.size), mu0
    if rate is not None:
        t = clip_sum_root(rate, np.broadcast_to(c, rate.shape).astype(np.float64),
                          np.zeros(rate.size), room, 1.0 / math.sqrt(cost))
        mu = max(1.0 / (t * t) - cost, 0.0)
        y_mu, slope_mu = y_of(mu, y0)
        if y_mu.sum() <= room * (1 + FITS):
            return y_mu, mu
        return least_multiplier(y_of, room, cost, mu, y_mu, slope_mu)
    if mu0 > 0:
        y_mu, slope_mu = y_of(mu0, y0)
        if y_mu.sum() > room * (1 + FITS):
            return least_multiplier(y_of, room, cost, mu0, y_mu, slope_mu)
        return least_multiplier(y_of, room, cost, 0.0, y0, slope0, above=(mu0, y_mu))
    return least_multiplier(y_of, room, cost, 0.0, y0, slope0)


def penalty_multiplier(root_s: np.ndarray, lo: np.ndarray, cost: float, room: int) -> float:
    """μ of the budgeted penalty: the y minimizing Σ_j s_j/y_j + cost·y_j over lo ≤ y ≤ 1,
    Σy ≤ room is y_j = clip(t·√s_j, lo_j, 1) with t = 1/√(cost+μ) the largest t ≤ 1/√cost
    whose sum fits (clip_sum_root; root_s = √s, cost > 0). 0 where the budget does not bind,
    ∞ where nothing fits (Σ lo > room)."""
    if lo.sum() > room * (1 + FITS):
        return math.inf
    t = clip_sum_root(root_s, np.zeros_like(lo), lo, room, 1.0 / math.sqrt(cost))
    return max(1.0 / (t * t) - cost, 0.0) if t > 0 else math.inf


def child_changes(gain: np.ndarray, room: int) -> tuple[np.ndarray, np.ndarray]:
    """What fixing one free group changes in the budgeted conjugate's part of D(W̄), per group
    j (gain γ = ψ − λ(1−α) of the free groups, T(F, r) = the sum of the r largest positive
    γ over F):
        down_j = T(F, r) − T(F∖j, r)              (y_j = 0: j leaves, the budget stays r)
        up_j   = T(F, r) − T(F∖j, r − 1) − γ_j    (y_j = 1: j pays its own term, r − 1 left)
    both ≥ 0; up_j = +∞ where r = 0 (no room for j). With g(i) the i-th largest positive γ
    (0 past the last): down_j = γ_j − g(r+1) where γ_j is among the r largest positive gains,
    else 0; up_j = 0 where it is, else g(r) − γ_j. O(G log G)."""
    n = gain.size
    r = min(room, n)
    order = np.argsort(-gain, kind="stable")
    top = np.maximum(gain[order], 0.0)  # g(1), g(2), ... (0 where not positive)
    rank = np.empty(n, dtype=np.int64)
    rank[order] = np.arange(n)
    nxt = top[r] if r < n else 0.0  # g(r+1)
    in_top = (rank < r) & (gain > 0)
    down = np.where(in_top, gain - nxt, 0.0)
    if r <= 0:
        return down, np.full(n, np.inf)
    up = np.where(in_top, 0.0, top[r - 1] - gain)
    return down, np.maximum(up, 0.0)
