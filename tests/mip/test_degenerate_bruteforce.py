"""Big-M and perspective B&B against an independent brute force on many tiny degenerate
instances (n < p, duplicated or zero columns, X = 0, tiny λ, free entries, budgets).

Regression for a wrong "optimal" of the big-M B&B: HiGHS's active-set QP solver reported
"optimal" at points far from the optimum (and "unbounded" on a box) on the node QPs, whose
Hessian has zero curvature in y, and its objective was used as the node bound. Node bounds
are now the Fenchel dual bound at HiGHS's point (first-order fallback), always valid.
"""

from __future__ import annotations

import itertools
import warnings

import numpy as np
import pytest
from scipy.optimize import lsq_linear

from spruce.mip.problem import GroupPruningProblem
from spruce.mip.relax import bigm_relaxation, solve


def exact_optimum(pb: GroupPruningProblem) -> float:
    """min over every support S of min_W L(W) + λα‖W_g‖² + λ(1−α)|S| (bounded least squares by
    scipy's BVLS, independent of HiGHS and of spruce's solvers)."""
    n, q = pb.n, pb.q
    A1 = np.kron(pb.X, np.eye(q)) / np.sqrt(n)
    b1 = pb.Y.reshape(-1) / np.sqrt(n)
    grouped = np.flatnonzero(pb.owner >= 0)
    A2 = np.zeros((grouped.size, pb.dim))
    A2[np.arange(grouped.size), grouped] = np.sqrt(2 * pb.lam * pb.alpha)
    A = np.vstack([A1, A2])
    b = np.concatenate([b1, np.zeros(grouped.size)])
    best = np.inf
    for keep in itertools.product([0, 1], repeat=pb.num_groups):
        if pb.k is not None and sum(keep) > pb.k:
            continue
        hi = np.array([np.inf if j < 0 else pb.M[j] * keep[j] for j in pb.owner])
        on = hi > 0
        val = 0.5 * float(b @ b)
        if on.any():
            r = lsq_linear(A[:, on], b, bounds=(-hi[on], hi[on]), method="bvls", tol=1e-14)
            val = 0.5 * float(np.sum((A[:, on] @ r.x - b) ** 2))
        best = min(best, val + pb.lam * (1 - pb.alpha) * sum(keep))
    return best


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
            assert bigm_relaxation(pb)["bound"] <= opt + tol


def test_bigm_node_bound_survives_a_wrong_highs_optimal():
    """The instance where HiGHS said "optimal" at a point 600× above the node optimum."""
    pb = GroupPruningProblem(np.array([[0.23886608, -0.99354207, -0.24619597]]),
                             np.array([[0.57028098]]), [[1], [2], [0]], lam=0.001,
                             alpha=0.799762567624449, M=0.5)
    opt = exact_optimum(pb)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        res = solve(pb, "bigm")
    assert res.status == "optimal"
    assert res.objective == pytest.approx(opt, rel=1e-6)
    assert res.bound <= opt * (1 + 1e-9)
    assert bigm_relaxation(pb)["bound"] <= opt * (1 + 1e-9)
