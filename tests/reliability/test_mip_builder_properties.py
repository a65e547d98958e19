"""Hypothesis property tests of the MIP problem builder and the exact solver on awkward
data: random shapes, degenerate groups (one entry; all entries; free entries), duplicated
columns (singular XᵀX), zero data. Bad instances must be refused with a ValueError; good
ones solve to a consistent, feasible certificate."""

from __future__ import annotations

import itertools
import warnings

import numpy as np
import pytest
from hypothesis import HealthCheck, Phase, assume, given, settings
from hypothesis import strategies as st

from spruce.mip.problem import GroupPruningProblem
from spruce.mip.relax import solve

FIXED = True  # set True once the mip bug below (see docs/reliability.md) is fixed


def _known_bug(pb: GroupPruningProblem, kind: str, formulation: str) -> bool:
    """Instances hitting an open mip bug: on X = 0 a HiGHS node solve of the big-M B&B
    stalls; since the node solves are now bounded by the time limit it ends with status
    time_limit and bound -inf instead of hanging, but it does not prove optimality."""
    if FIXED:
        return False
    return kind == "zero_X" and formulation == "bigm"


# derandomized and without shrinking: a fixed, bounded run time in CI (a failure is
# reported with its unshrunk example)
SETTINGS = settings(max_examples=25, deadline=None, derandomize=True,
                    phases=(Phase.explicit, Phase.generate),
                    suppress_health_check=[HealthCheck.too_slow])


@st.composite
def instances(draw):
    n = draw(st.integers(1, 12))
    p = draw(st.integers(1, 5))
    q = draw(st.integers(1, 2))
    rng = np.random.default_rng(draw(st.integers(0, 2**31)))
    X = rng.normal(size=(n, p))
    kind = draw(st.sampled_from(["plain", "dup_columns", "zero_X", "zero_Y", "tiny"]))
    if kind == "dup_columns" and p > 1:
        X[:, -1] = X[:, 0]
    if kind == "zero_X":
        X[:] = 0.0
    if kind == "tiny":
        X *= 1e-6
    Y = X @ rng.normal(size=(p, q)) + 0.1 * rng.normal(size=(n, q))
    if kind == "zero_Y":
        Y[:] = 0.0
    d = p * q
    # a random partition of a random subset of the flat indices (the rest stay free)
    order = rng.permutation(d)
    used = draw(st.integers(1, d))
    cuts = sorted(set(draw(st.lists(st.integers(1, max(used - 1, 1)), max_size=3))))
    groups = [g for g in np.split(order[:used], [c for c in cuts if c < used]) if g.size]
    lam = draw(st.floats(1e-3, 2.0))
    alpha = draw(st.floats(0.05, 0.95))
    M = draw(st.floats(0.5, 10.0))
    return GroupPruningProblem(X, Y, groups, lam=lam, alpha=alpha, M=M), kind


@SETTINGS
@given(instances(), st.sampled_from(["bigm", "perspective"]))
def test_solver_certificate_is_consistent(inst, formulation):
    pb, kind = inst
    assume(not _known_bug(pb, kind, formulation))
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        res = solve(pb, formulation, method="bnb", time_limit=5.0)
    assert res.status == "optimal", res
    w = np.asarray(res.W).reshape(-1)
    y = np.asarray(res.y)
    assert np.isfinite(w).all() and set(np.unique(y)) <= {0.0, 1.0}
    for j, g in enumerate(pb.groups):  # feasibility: pruned groups are zero, kept ones ≤ M
        if y[j] == 0:
            assert np.all(w[g] == 0)
        assert np.all(np.abs(w[g]) <= pb.M[j] * (1 + 1e-6))
    assert res.objective == pytest.approx(pb.objective(w), rel=1e-6, abs=1e-9)
    assert res.bound <= res.objective + 1e-6 * max(1.0, abs(res.objective))
    # W = 0 is feasible, so the optimum can never be worse than the loss of W = 0
    assert res.objective <= pb.objective(np.zeros(pb.dim)) + 1e-9
    if kind == "zero_Y":  # nothing to fit: the optimum prunes every group
        assert res.objective == pytest.approx(0.0, abs=1e-9) and not y.any()


def brute_force(pb: GroupPruningProblem) -> float:
    """The MIP optimum by enumerating every y and solving each box-constrained convex
    problem with L-BFGS-B (an oracle independent of spruce's solvers; tiny G only)."""
    from scipy.optimize import minimize

    best = np.inf
    for y in itertools.product([0, 1], repeat=pb.num_groups):
        y = np.array(y)
        hi = np.array([np.inf if j < 0 else pb.M[j] * y[j] for j in pb.owner])
        grouped = pb.owner >= 0

        def f(w, grouped=grouped):
            pen = pb.lam * pb.alpha * np.sum(w[grouped] ** 2)
            g = pb.loss_grad(w) + 2 * pb.lam * pb.alpha * np.where(grouped, w, 0.0)
            return pb.loss_value(w) + pen, g

        r = minimize(f, np.zeros(pb.dim), jac=True, method="L-BFGS-B",
                     bounds=list(zip(-hi, hi, strict=True)),
                     options={"ftol": 1e-15, "gtol": 1e-12, "maxiter": 10_000})
        best = min(best, r.fun + pb.lam * (1 - pb.alpha) * y.sum())
    return best


@SETTINGS
@given(instances(), st.sampled_from(["bigm", "perspective"]))
def test_exact_solvers_match_brute_force(inst, formulation):
    pb, kind = inst
    assume(not _known_bug(pb, kind, formulation))
    # ill-conditioned data (X ~ 1e-6) with unbounded free entries: the solvers' tolerances,
    # not the model, decide there (a finding in docs/reliability.md); compare elsewhere
    assume(not (kind == "tiny" and len(pb.free) > 0))
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        res = solve(pb, formulation, time_limit=5.0)
    assert res.objective == pytest.approx(brute_force(pb), rel=1e-5, abs=1e-8)


def test_bigm_bnb_regression_instance():
    """Found by the property test above: big-M B&B returned y = 111 (0.000837) as optimal
    with bound 0.000837, but y = 110 gives 0.000670 (perspective B&B and brute force)."""
    pb = GroupPruningProblem(np.array([[0.23886608, -0.99354207, -0.24619597]]),
                             np.array([[0.57028098]]), [[1], [2], [0]], lam=0.001,
                             alpha=0.799762567624449, M=0.5)
    opt = brute_force(pb)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        persp = solve(pb, "perspective")
        bigm = solve(pb, "bigm")
    assert persp.objective == pytest.approx(opt, rel=1e-6)
    if not FIXED:
        pytest.xfail(f"open mip bug: big-M B&B says optimal at {bigm.objective:.6g}, "
                     f"bound {bigm.bound:.6g} > true optimum {opt:.6g}")
    assert bigm.objective == pytest.approx(opt, rel=1e-6) and bigm.bound <= opt + 1e-9


@pytest.mark.parametrize("change,needle", [
    ({"groups": [[0, 1], [1, 2]]}, "overlap"),
    ({"groups": [[0], []]}, "empty"),
    ({"groups": [[0, 99]]}, "outside"),
    ({"groups": [[-1]]}, "outside"),
    ({"groups": []}, "at least one group"),
    ({"M": 0.0}, "M must be"),
    ({"M": [1.0, 2.0, 3.0]}, "one entry per group"),
    ({"lam": -1.0}, "lam"),
    ({"alpha": 1.0}, "alpha"),
    ({"k": -1}, "k"),
    ({"X": np.full((4, 3), np.nan)}, "finite"),
    ({"Y": np.zeros((5, 1))}, "same number of rows"),
    ({"X": np.zeros((0, 3))}, "non-empty"),
    ({"loss": "hinge"}, "loss"),
])
def test_bad_instances_are_refused_with_a_clear_message(change, needle):
    base = {"X": np.ones((4, 3)), "Y": np.ones(4), "groups": [[0], [1, 2]], "lam": 0.1,
            "alpha": 0.5, "M": 1.0}
    base.update(change)
    with pytest.raises(ValueError, match=needle):
        GroupPruningProblem(**base)
