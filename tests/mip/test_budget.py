"""The budget Σy ≤ k kept inside the perspective relaxation (spruce.mip.budget and its use in
spruce.mip.perspective): the conjugate's LP, the breakpoint and Newton searches for the
multiplier, the budgeted penalty and prox (checked against independent minimizations), and
the budgeted relaxation's bound against the Lagrangian bounds of the dualized one (strong
duality: the same value) and against the enumeration optimum (a valid bound)."""

from __future__ import annotations

import itertools
import math

import numpy as np
import pytest
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st
from scipy.optimize import minimize_scalar

from spruce.mip import solve
from spruce.mip.bruteforce import enumeration_optimum
from spruce.mip.budget import clip_sum_root, least_multiplier, top_gains
from spruce.mip.nodes import FirstOrderNode, Goal
from spruce.mip.perspective import PerspectiveSolver
from spruce.mip.problem import synthetic
from spruce.mip.qp import FixedSupportQP
from spruce.mip.relax import relaxation

SETTINGS = dict(deadline=None, derandomize=True, phases=(Phase.explicit, Phase.generate),
                suppress_health_check=[HealthCheck.too_slow])


# --------------------------------------------------------------------------- the pieces
@settings(max_examples=60, **SETTINGS)
@given(st.lists(st.floats(-3, 3), min_size=1, max_size=7), st.integers(0, 8))
def test_top_gains_is_the_best_subset_within_the_room(gains, room):
    g = np.array(gains)
    take = top_gains(g, room)
    best = max(sum(g[list(s)]) for r in range(min(room, g.size) + 1)
               for s in itertools.combinations(range(g.size), r))
    assert take.sum() <= room
    assert g[take].sum() == pytest.approx(best, abs=1e-12)


@settings(max_examples=60, **SETTINGS)
@given(st.integers(0, 10_000), st.integers(1, 12))
def test_clip_sum_root_finds_the_crossing(seed, size):
    rng = np.random.default_rng(seed)
    a = rng.uniform(0, 3, size) * (rng.random(size) < 0.9)
    b = rng.uniform(0.0, 1.0, size)
    lo = rng.uniform(0, 0.3, size) * (rng.random(size) < 0.5)
    room = float(rng.uniform(lo.sum(), size))  # t = 0 fits: Σ clip(−b, lo, 1) = Σ lo
    t_max = 5.0

    def total(t):
        return np.clip(a * t - b, lo, 1.0).sum()

    t = clip_sum_root(a, b, lo, room, t_max)
    assert 0 <= t <= t_max
    if total(t_max) <= room:
        assert t == t_max
    else:
        assert total(t) == pytest.approx(room, abs=1e-9)
        assert t == 0 or total(t * (1 - 1e-6)) < room + 1e-9  # the least such t


def test_least_multiplier_matches_a_bisection():
    # y_j(μ) = clip(a_j/√(cost+μ) − b_j, 0, 1): the plain prox's y, slope from the formula
    rng = np.random.default_rng(3)
    a, b, cost, room = rng.uniform(0.5, 3, 9), rng.uniform(0, 0.5, 9), 0.2, 2.5

    def y_of(mu, start):
        t = 1 / math.sqrt(cost + mu)
        y = np.clip(a * t - b, 0, 1)
        return y, float(np.where((y > 0) & (y < 1), a, 0).sum())

    y0, s0 = y_of(0.0, None)
    assert y0.sum() > room
    y, mu = least_multiplier(y_of, room, cost, 0.0, y0, s0)
    lo, hi = 0.0, 1e6
    for _ in range(200):
        mid = 0.5 * (lo + hi)
        lo, hi = (mid, hi) if y_of(mid, None)[0].sum() > room else (lo, mid)
    assert y.sum() <= room and y.sum() == pytest.approx(room, rel=1e-8)
    assert mu == pytest.approx(hi, rel=1e-6)


def test_least_multiplier_stops_on_a_flat_piece_that_fits():
    """Σy flat just below room (every y clipped, the sum 1e-13 under room by rounding): the
    search must stop at once. It used to aim a hair below room, call the plateau infeasible
    and creep towards it by one ulp of t per y-search until max_evals (60 evaluations per
    prox: a 1.7 s search took 44 s)."""
    cost, room, calls = 1.0, 2.3, []

    def y_of(mu, start):
        calls.append(mu)
        t = 1 / math.sqrt(cost + mu)
        y3 = 0.3 - 1e-13 + max(t - 0.9, 0.0) * 5
        y = np.array([min(max(3 * t - 1, 0), 1), min(max(3 * t - 1, 0), 1), y3])
        return y, (5.0 if t > 0.9 else 0.0)

    y0, s0 = y_of(0.0, None)
    assert y0.sum() > room
    y, mu = least_multiplier(y_of, room, cost, 0.0, y0, s0)
    assert y.sum() <= room * (1 + 1e-12) and y.sum() == pytest.approx(room, abs=1e-12)
    assert len(calls) <= 6


# --------------------------------------------------------------------------- the solver
def _budget_instance(seed: int, k: int, groups: int = 5, alpha: float = 0.5,
                     M: float | None = None):
    return synthetic(n=30, groups=groups, group_size=2, k=k, corr=0.4, lam=0.08, alpha=alpha,
                     M=M, seed=seed)


@pytest.mark.parametrize("seed", [0, 1, 2])
def test_budgeted_penalty_is_the_least_over_y(seed):
    pb = _budget_instance(seed, k=1, groups=2, alpha=0.9, M=2.0)  # y* = 3‖W‖: binds
    fo = PerspectiveSolver(pb)
    state = np.full(2, -1, np.int8)
    rng = np.random.default_rng(seed)
    checked = 0
    for _ in range(30):
        w = rng.normal(scale=10 ** rng.uniform(-2, 0) * pb.M.min(), size=pb.dim)
        P = fo.rows(w)
        lo = np.abs(P).max(1) / pb.M
        if lo.sum() > 1:
            continue
        s = pb.lam * pb.alpha * (P * P).sum(1)
        cost = pb.lam * (1 - pb.alpha)

        def value(y0, s=s, cost=cost):  # the budget binds: y1 = 1 − y0
            y = np.array([y0, 1 - y0])
            return float((s / y + cost * y).sum())

        unbudgeted = PerspectiveSolver(pb.with_params(k=None))
        got = fo.penalty(w, state)
        if unbudgeted.indicator(w, state).sum() <= 1:  # the budget does not bind
            assert got == pytest.approx(unbudgeted.penalty(w, state), rel=1e-12)
        else:
            ref = minimize_scalar(value, bounds=(lo[0], 1 - lo[1]), method="bounded",
                                  options={"xatol": 1e-12})
            assert got == pytest.approx(ref.fun, rel=1e-7)
            assert got > unbudgeted.penalty(w, state)
            checked += 1
        assert fo.indicator(w, state).sum() <= 1 + 1e-12
    assert checked >= 3  # the binding case was exercised


@pytest.mark.parametrize("seed,k", [(0, 1), (1, 2), (2, 2), (3, 3)])
def test_budgeted_prox_is_a_minimum(seed, k):
    pb = _budget_instance(seed, k=k)
    fo = PerspectiveSolver(pb)
    state = np.full(pb.num_groups, -1, np.int8)
    rng = np.random.default_rng(seed)
    tau = 0.7
    for scale in (0.2, 1.0, 5.0):  # large v: the boxes bind
        v = rng.normal(scale=scale, size=pb.dim)
        w = fo.prox(v, tau, state)

        def obj(x, v=v):
            return 0.5 * float((x - v) @ (x - v)) + tau * fo.penalty(x, state)

        assert fo.indicator(w, state).sum() <= k + 1e-9
        best = obj(w)
        assert np.isfinite(best)
        for _ in range(300):  # convex: no nearby point may be lower
            x = w + rng.normal(scale=10 ** rng.uniform(-6, -2), size=pb.dim)
            assert obj(x) >= best - 1e-10 * max(1.0, abs(best))


@pytest.mark.parametrize("seed,k", [(0, 1), (1, 2), (4, 2), (5, 3)])
def test_budgeted_bound_equals_the_best_lagrangian_bound(seed, k):
    """max over μ of V(λ+μ, λα/(λ+μ)) − μk (the dualized budget) is the same convex
    relaxation's value: the direct bound is ≥ every Lagrangian bound and ≤ their max."""
    pb = _budget_instance(seed, k=k)
    root = np.full(pb.num_groups, -1, np.int8)
    direct = FirstOrderNode(pb, "spr").solve(root, None, Goal(tol=1e-9))
    plain = PerspectiveSolver(pb.with_params(k=None))
    lagrangian = []
    for mu in np.concatenate(([0.0], np.geomspace(1e-4, 10, 60))):
        b, _, _ = plain.with_budget_multiplier(mu).solve(root, tol=1e-10, max_iter=50000)
        lagrangian.append(b - mu * k)
    assert direct.bound >= max(lagrangian) - 1e-6 * abs(direct.bound)
    assert direct.bound <= max(lagrangian) + 2e-3 * abs(direct.bound)  # the μ grid's step


@settings(max_examples=16, **SETTINGS)
@given(st.integers(0, 10_000), st.integers(1, 3), st.sampled_from(["none", "root", "tree"]))
def test_budgeted_search_finds_the_enumeration_optimum(seed, k, shift):
    pb = _budget_instance(seed, k=k)
    res = solve(pb, shift=shift, time_limit=60)
    opt = enumeration_optimum(pb)
    assert res.status == "optimal"
    assert res.objective == pytest.approx(opt, rel=1e-6, abs=1e-12)
    assert res.y.sum() <= k
    assert res.root_bound <= opt * (1 + 1e-9)


@pytest.mark.parametrize("state", [(1, -1, -1, -1, 0), (-1, 1, -1, 0, -1), (1, 1, -1, -1, -1)])
def test_budgeted_node_bounds_are_valid(state):
    pb = _budget_instance(7, k=2)
    state = np.array(state, np.int8)
    res = FirstOrderNode(pb, "spr").solve(state, None, Goal(tol=1e-9))
    free = np.flatnonzero(state < 0)
    best = np.inf
    fixed = FixedSupportQP(pb)
    for bits in itertools.product([0, 1], repeat=free.size):
        keep = (state == 1).astype(float)
        keep[free] = bits
        if keep.sum() <= pb.k:
            best = min(best, fixed.solve(keep)[0])
    assert res.bound <= best * (1 + 1e-9)
    assert res.y[state < 0].sum() <= pb.k - (state == 1).sum() + 1e-9


def test_the_root_relaxation_keeps_the_budget():
    """spruce.mip.relax.relaxation(pb, "perspective") with k: a certified bound between the
    unbudgeted relaxation's and the MIP optimum, its y within the budget (it used to refuse
    a budget)."""
    pb = _budget_instance(11, k=1)
    with_k = relaxation(pb, "perspective")
    without = relaxation(pb.with_params(k=None), "perspective")
    assert with_k.status == "optimal"
    assert without.bound < with_k.bound <= enumeration_optimum(pb) * (1 + 1e-9)
    assert with_k.y.sum() <= 1 + 1e-9
