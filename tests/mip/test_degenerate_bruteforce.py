"""Big-M and perspective B&B against an independent brute force on many tiny degenerate
instances (n < p, duplicated or zero columns, X = 0, tiny λ, free entries, budgets).

Regression for a wrong "optimal" of the big-M B&B: HiGHS's active-set QP solver reported
"optimal" at points far from the optimum (and "unbounded" on a box) on the node QPs, whose
Hessian has zero curvature in y, and its objective was used as the node bound. Node bounds
are now the Fenchel dual bound at HiGHS's point (first-order fallback), always valid.

Regression for finding 4 (badly scaled data with free entries): the B&B searches the
instance normalized to L(0) = 1 and ‖XᵀX/n‖ = 1 and re-certifies on the original data.
"""

from __future__ import annotations

import warnings

import numpy as np
import pytest

from spruce.mip import solve
from spruce.mip.bruteforce import enumeration_optimum
from spruce.mip.problem import GroupPruningProblem
from spruce.mip.relax import bigm_relaxation

exact_optimum = enumeration_optimum  # the HiGHS-free oracle (spruce.mip.bruteforce)


def degenerate_instance(seed: int) -> GroupPruningProblem:
    rng = np.random.default_rng(seed)
    n, p, q = int(rng.integers(1, 4)), int(rng.integers(2, 5)), int(rng.integers(1, 3))
    X = rng.normal(size=(n, p))
    kind = seed % 5
    if kind == 1 and p > 1:
        X[:, -1] = X[:, 0]  # duplicated column
    elif kind == 2:
        X[:, 0] = 0.0  # a dead input
    elif kind == 3 and seed % 15 == 3:
        X[:] = 0.0
    Y = X @ rng.normal(size=(p, q)) + 0.1 * rng.normal(size=(n, q))
    d = p * q
    perm = rng.permutation(d)
    n_free = int(rng.integers(0, 2)) if d > 2 else 0
    cuts = np.sort(rng.choice(np.arange(1, d - n_free), size=min(int(rng.integers(1, 4)),
                                                                   d - n_free - 1),
                              replace=False)) if d - n_free > 1 else np.array([], int)
    groups = [g.tolist() for g in np.split(perm[:d - n_free], cuts)]
    lam = float(10 ** rng.uniform(-4, -1))
    k = int(rng.integers(1, len(groups) + 1)) if seed % 7 == 0 else None
    return GroupPruningProblem(X, Y, groups, lam=lam, alpha=float(rng.uniform(0.05, 0.95)),
                               M=float(rng.uniform(0.3, 3.0)), k=k, name=f"degenerate_{seed}")


@pytest.mark.parametrize("seed", range(32))
def test_bnb_matches_brute_force_on_degenerate_instances(seed):
    pb = degenerate_instance(seed)
    opt = exact_optimum(pb)
    tol = 1e-6 * max(abs(opt), 1e-3)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        for form in ("bigm", "perspective"):
            res = solve(pb, form, time_limit=20)
            assert res.status == "optimal", (form, res)
            assert res.objective == pytest.approx(opt, rel=1e-6, abs=1e-9), (form, res, opt)
            assert res.bound <= opt + tol, (form, res, opt)
        if pb.k is None:
            assert bigm_relaxation(pb).bound <= opt + tol


def finding4_instance() -> GroupPruningProblem:
    """Finding 4 of docs/reliability.md, from the property test's strategy: X ~ 1e-6, one
    free entry (index 0) that must reach ≈ −1.2·10⁵ to fit Y. Before the certified bounds
    both B&Bs said "optimal" at 0.00965 (= L(0), W₀ = −1.55) and OA stopped at its time limit
    there; the optimum is 1.664e-05."""
    return GroupPruningProblem(np.array([[0.71, -0.73], [-1.41, -0.02]]) * 1e-6,
                               np.array([-0.081, 0.179]), [[1]], lam=0.001, alpha=0.28, M=0.5,
                               name="finding4")


@pytest.mark.parametrize("form,method", [("bigm", "bnb"), ("perspective", "bnb"),
                                         ("perspective", "oa")])
def test_finding4_regression_instance(form, method):
    pb = finding4_instance()
    opt = exact_optimum(pb)
    assert opt == pytest.approx(1.6641361e-05, rel=1e-6)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        res = solve(pb, form, method=method, time_limit=20)
    assert res.status == "optimal", res
    assert res.objective == pytest.approx(opt, rel=1e-8)
    assert res.objective == pb.objective(res.W.reshape(-1))
    assert res.bound <= opt * (1 + 1e-12)
    assert res.W[0, 0] == pytest.approx(-124347.96565, rel=1e-8) and res.W[1, 0] == 0


SCALES = [(1e-6, 1.0), (1e6, 1.0), (1.0, 1e-6), (1.0, 1e6), (1e6, 1e6), (1e-6, 1e-6)]


@pytest.mark.parametrize("sx,sy", SCALES)
@pytest.mark.parametrize("seed", [0, 4, 9, 13])
def test_bnb_matches_brute_force_on_badly_scaled_instances(seed, sx, sy):
    """A degenerate instance with one entry made free, then X scaled by sx and Y by sy with
    the parameters that make it the same MIP (W → (sy/sx)·W, objective → sy²·objective:
    M → M·sy/sx, λα → λα·sx², λ(1−α) → λ(1−α)·sy²). Both B&Bs must find sy² times the
    unscaled optimum, certified on the scaled data."""
    base = degenerate_instance(seed)
    groups = [list(g) for g in base.groups]
    groups[-1] = groups[-1][:-1]  # its last entry becomes free
    M = base.M[[j for j, g in enumerate(groups) if g]]
    groups = [g for g in groups if g]
    ref = GroupPruningProblem(base.X, base.Y, groups, lam=base.lam, alpha=base.alpha,
                              M=M, k=base.k)
    ridge, ycost = base.lam * base.alpha * sx * sx, base.lam * (1 - base.alpha) * sy * sy
    pb = GroupPruningProblem(base.X * sx, base.Y * sy, groups, lam=ridge + ycost,
                             alpha=ridge / (ridge + ycost), M=M * sy / sx, k=base.k)
    opt, unit = exact_optimum(pb), pb.loss_scale()
    # the same MIP up to the rounding of α near 1 (1 − α keeps ~4 digits at sx = 10⁶)
    assert opt == pytest.approx(sy * sy * exact_optimum(ref), rel=1e-3, abs=1e-12 * unit)
    tol = 1e-6 * max(abs(opt), 1e-8 * unit)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        for form in ("bigm", "perspective"):
            res = solve(pb, form, time_limit=20)
            assert res.status == "optimal", (form, res)
            assert res.objective == pb.objective(res.W.reshape(-1))
            assert res.objective == pytest.approx(opt, abs=tol), (form, res, opt)
            assert res.bound <= opt + tol, (form, res, opt)


def test_huge_x_with_zero_y_is_solved():
    """X ~ 1e6 with Y = 0 and free entries (close to a hypothesis example on which HiGHS's
    fixed-support QP failed with "Not Set"): W = 0, objective 0, certified."""
    X = np.array([[-351178.56847136, -279399.69497905, 427719.42415979, 787991.01970124,
                   835953.6495911],
                  [-180488.34569888, -290619.58881025, -257697.41205182, -439589.47152034,
                   1413696.0155485]])
    pb = GroupPruningProblem(X, np.zeros((2, 2)), [[8, 1], [9], [2, 0]], lam=1.7024657348463763,
                             alpha=0.856890289096538, M=10.0)
    for formulation in ("bigm", "perspective"):
        res = solve(pb, formulation, time_limit=10)
        assert res.status == "optimal" and res.objective == 0.0 and res.kept == []


def test_bounded_lsq_fallback_agrees_with_highs(small_instances):
    """The fallback solves the same fixed-support problem as HiGHS (objective to 1e-8)."""
    from spruce.mip.qp import FixedSupportQP

    rng = np.random.default_rng(0)
    for pb in small_instances:
        f = FixedSupportQP(pb)
        bnd = pb.entry_bounds()
        for _ in range(4):
            keep = rng.random(pb.num_groups) < 0.6
            val, _ = f.solve(keep)
            on = np.ones(pb.dim, dtype=bool)
            on[pb.owner >= 0] = keep[pb.owner[pb.owner >= 0]]
            w = f._bounded_lsq(np.where(on, -bnd, 0.0), np.where(on, bnd, 0.0))
            assert pb.objective(w) == pytest.approx(val, rel=1e-8, abs=1e-12)
        assert f.fallbacks == 0


def test_branch_and_bound_survives_highs_failing_every_fixed_support_qp(small_instances,
                                                                       monkeypatch):
    """HiGHS raising out of every fixed-support QP (as its C++ length error did once on
    extreme data): the bounded-least-squares fallback keeps the B&B exact."""
    import spruce.mip.qp as qp

    def broken(h):
        raise ValueError("vector::_M_default_append")

    monkeypatch.setattr(qp, "solve_qp", broken)
    for pb in small_instances[:3]:
        res = solve(pb, "perspective", time_limit=60)  # first-order nodes: no other HiGHS QP
        assert res.status == "optimal"
        assert res.objective == pytest.approx(exact_optimum(pb), rel=1e-7)
