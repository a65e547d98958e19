"""The logistic loss by branch-and-bound: first-order perspective (and big-M) nodes with
certified dual bounds, checked against two oracles: the enumeration of
spruce.mip.bruteforce.logistic_optimum (projected Newton per support, no code shared with the
nodes or with qp.FixedSupportQP's L-BFGS-B) and outer approximation.

What must hold: the returned objective is the value of the returned point and within the gap
of the enumeration optimum; the bound never exceeds the optimum (of the whole problem, and of
any node at any point where it is evaluated, however inexact the solve); a node or time limit
is reported as such, never as "optimal"."""

from __future__ import annotations

import math
import warnings

import numpy as np
import pytest
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

from spruce.mip import solve
from spruce.mip.bruteforce import logistic_optimum
from spruce.mip.builders import digits_regression
from spruce.mip.nodes import FirstOrderNode, Goal
from spruce.mip.perspective import PerspectiveSolver
from spruce.mip.problem import GroupPruningProblem, row_groups, synthetic
from spruce.mip.reform import normalized
from spruce.mip.smooth import LogisticLoss

SETTINGS = dict(deadline=None, derandomize=True, phases=(Phase.explicit, Phase.generate),
                suppress_health_check=[HealthCheck.too_slow])
GAP = 1e-9


def _instance(seed: int, groups: int, group_size: int, q: int, k: int | None, lam: float,
              alpha: float, intercept: bool, m_scale: float) -> GroupPruningProblem:
    """A small seeded logistic instance; with an intercept (a free row of W) every class
    occurs, so that the optimum is attained."""
    base = synthetic(n=30, groups=groups, group_size=group_size, q=q, lam=lam, alpha=alpha,
                     k=k, seed=seed, loss="logistic")
    X, Y = base.X, base.Y
    if intercept:
        Y = Y.copy()
        Y[:q] = np.eye(q)
        X = np.hstack([X, np.ones((X.shape[0], 1))])
    pb = GroupPruningProblem(X, Y, row_groups(base.p, q, group_size), lam=lam, alpha=alpha,
                             M=1.0, k=k, loss="logistic", name=f"logistic_{seed}")
    return pb.with_params(M=m_scale * float(base.M[0]))


def _solve(pb, formulation="perspective", **kw):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # BigMBindingWarning where M is small
        return solve(pb, formulation, **kw)


def _check(pb, res, best, gap_tol):
    tol = 1e-10 * max(1.0, abs(best))  # the oracle's own rounding
    assert res.objective == pb.objective(np.asarray(res.W).reshape(-1))
    assert res.objective >= best - tol
    assert res.bound <= best + tol, f"invalid bound {res.bound!r} > optimum {best!r}"
    if res.status == "optimal":
        assert res.objective - best <= gap_tol * abs(res.objective) + tol


@settings(max_examples=30, **SETTINGS)
@given(seed=st.integers(0, 10_000), groups=st.integers(2, 5), group_size=st.integers(1, 2),
       q=st.sampled_from([2, 3]), k=st.sampled_from([None, 1, 2]),
       lam=st.sampled_from([0.01, 0.05, 0.2]), alpha=st.sampled_from([0.2, 0.5, 0.8]),
       intercept=st.booleans(), m_scale=st.sampled_from([0.3, 1.0, 1e6]))
def test_bnb_agrees_with_enumeration(seed, groups, group_size, q, k, lam, alpha, intercept,
                                     m_scale):
    pb = _instance(seed, groups, group_size, q, k, lam, alpha, intercept, m_scale)
    best = logistic_optimum(pb)
    for formulation in ("perspective", "bigm"):
        res = _solve(pb, formulation, method="bnb", gap_tol=GAP, time_limit=60)
        assert res.method == "bnb" and res.status == "optimal", res
        _check(pb, res, best, GAP)
        if k is not None:
            assert res.y.sum() <= k


@pytest.mark.parametrize("seed,k,intercept", [(0, None, False), (3, 2, False), (5, 1, False)])
def test_bnb_agrees_with_outer_approximation(seed, k, intercept):
    pb = _instance(seed, 5, 2, 3, k, 0.05, 0.5, intercept, 1.0)
    best = logistic_optimum(pb)
    bnb = _solve(pb, method="bnb", gap_tol=GAP, time_limit=60)
    oa = _solve(pb, method="oa", gap_tol=1e-7, time_limit=60)
    assert bnb.status == oa.status == "optimal"
    _check(pb, bnb, best, GAP)
    _check(pb, oa, best, 1e-7)
    assert abs(bnb.objective - oa.objective) <= 1e-7 * abs(best)
    assert bnb.kept == oa.kept


def test_digits_with_a_free_intercept():
    """The digits classifier (4 patches, an unpenalized intercept row) from the spec builder."""
    pb = digits_regression(n=60, patch=(4, 4), loss="logistic", classes=3)
    assert pb.free.size == 3
    best = logistic_optimum(pb)
    for formulation in ("perspective", "bigm"):
        res = _solve(pb, formulation, gap_tol=GAP)  # method "auto" is bnb for every loss
        assert res.method == "bnb" and res.status == "optimal"
        _check(pb, res, best, GAP)


@settings(max_examples=20, **SETTINGS)
@given(seed=st.integers(0, 10_000), intercept=st.booleans(), k=st.sampled_from([None, 1]),
       spread=st.sampled_from([0.1, 1.0, 30.0]), kind=st.sampled_from(["spr", "bigm"]),
       steps=st.sampled_from([1, 15, 5000]))
def test_node_bounds_are_valid_wherever_a_solve_stops(seed, intercept, k, spread, kind, steps):
    """The node bound is a dual bound, valid at any point: after 1 or 15 first-order steps as
    after a full solve, and at random points, it never exceeds the node's enumeration
    optimum."""
    pb = _instance(seed, 4, 2, 3, k, 0.05, 0.5, intercept, 1.0)
    rng = np.random.default_rng(seed)
    fo = PerspectiveSolver(pb, kind)
    node = FirstOrderNode(pb, kind)
    for state in [np.full(4, -1, np.int8)] + [rng.integers(-1, 2, 4).astype(np.int8)
                                              for _ in range(2)]:
        best = logistic_optimum(pb, state=state)
        res = node.solve(state, None, Goal(tol=1e-10, max_iter=steps))
        if not math.isfinite(best):  # more groups fixed to 1 than the budget allows
            assert res.bound == math.inf
            continue
        tol = 1e-10 * max(1.0, abs(best))
        assert res.bound <= best + tol, (state, res.bound, best)
        w = fo.project(spread * rng.normal(size=pb.dim), state)
        assert fo.dual_bound(fo.refit_free(w), state) <= best + tol
        if steps == 5000 and k is None:  # solved: the bound meets the relaxation's value
            assert res.value - res.bound <= 1e-8 * max(1.0, abs(res.value))


def test_limits_are_reported_honestly():
    pb = synthetic(n=60, groups=8, group_size=2, q=3, lam=0.05, seed=0, loss="logistic")
    best = logistic_optimum(pb)
    full = _solve(pb, method="bnb", gap_tol=GAP)
    assert full.status == "optimal" and full.nodes > 2
    res = _solve(pb, method="bnb", node_limit=2, gap_tol=GAP)
    assert res.status == "node_limit" and res.nodes == 2 and "node limit" in res.message
    assert res.gap > GAP
    _check(pb, res, best, GAP)
    big = synthetic(n=150, groups=30, group_size=3, q=3, corr=0.5, lam=0.02, seed=0,
                    loss="logistic")  # 201 nodes, 3.5 s on the 2-core machine of docs/mip.md
    short = _solve(big, method="bnb", time_limit=0.05)
    assert short.status == "time_limit" and short.gap > 1e-6
    assert short.bound <= short.objective and np.isfinite(short.objective)


def test_free_weights_are_refitted_before_they_certify():
    """The bound needs ∇L = 0 on the unpenalized entries: at a point where it is not, the
    dual bound refuses (−∞) instead of guessing; Newton's refit makes it stationary and never
    raises the loss."""
    pb = _instance(1, 3, 2, 3, None, 0.05, 0.5, True, 1.0)
    loss, fo = LogisticLoss(pb), PerspectiveSolver(pb, "spr")
    state = np.full(3, -1, np.int8)
    w = np.zeros(pb.dim)
    w[pb.free] = [3.0, -1.0, 0.5]
    f0, g0 = loss.value_grad(w)
    assert not loss.free_stationary(f0, g0) and fo.dual_bound(w, state) == -math.inf
    v = loss.refit_free(w)
    f1, g1 = loss.value_grad(v)
    assert f1 < f0 and loss.free_stationary(f1, g1)
    assert np.array_equal(v[pb.owner >= 0], w[pb.owner >= 0])
    assert np.isfinite(fo.dual_bound(v, state))
    assert f1 == pytest.approx(pb.loss_value(v), rel=1e-14)
    assert np.allclose(g1, pb.loss_grad(v), rtol=1e-12, atol=1e-15)


def test_synthetic_logistic_spec_and_normalization():
    sq = synthetic(n=30, groups=3, group_size=2, q=3, seed=4)
    lg = synthetic(n=30, groups=3, group_size=2, q=3, seed=4, loss="logistic")
    assert lg.loss == "logistic" and np.array_equal(lg.X, sq.X)
    assert np.array_equal(lg.Y.sum(1), np.ones(30)) and set(np.unique(lg.Y)) <= {0.0, 1.0}
    with pytest.raises(ValueError, match="at least 2 for loss='logistic'"):
        synthetic(q=1, loss="logistic")
    with pytest.raises(ValueError, match="loss must be one of"):
        synthetic(loss="hinge")
    # the search's instance: only the weights are scaled (the objective unit s is 1)
    pb, s, c, _ = normalized(lg)
    assert s == 1.0 and np.array_equal(pb.Y, lg.Y)
    u = np.random.default_rng(0).normal(size=lg.dim)
    assert pb.objective(u) == pytest.approx(lg.objective(c * u), rel=1e-12)
