"""Hypothesis property tests of the MIP problem builder and the exact solver on awkward
data: random shapes, degenerate groups (one entry; all entries; free entries), duplicated
columns (singular XᵀX), zero data. Bad instances must be refused with a ValueError; good
ones solve to a consistent, feasible certificate."""

from __future__ import annotations

import warnings

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from spruce.mip.problem import GroupPruningProblem
from spruce.mip.relax import solve

SETTINGS = settings(max_examples=25, deadline=None,
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
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        res = solve(pb, formulation, method="bnb", time_limit=20.0)
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


@SETTINGS
@given(instances())
def test_both_exact_formulations_agree(inst):
    pb, _ = inst
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        a = solve(pb, "bigm", time_limit=20.0)
        b = solve(pb, "perspective", time_limit=20.0)
    assert a.objective == pytest.approx(b.objective, rel=1e-5, abs=1e-8)


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
