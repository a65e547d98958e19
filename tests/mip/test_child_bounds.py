"""The children's bounds of a node from its own point (PerspectiveSolver.child_bounds and
budget.child_changes), which the search uses to fix y_j (reduced-cost fixing) and to order
the children: each must be the dual bound D(W̄) of the child itself (so valid for it), for
every kind of node, with and without the budget and the shift; and the search that uses them
must still find the enumeration optimum."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

from spruce.mip import solve
from spruce.mip.bruteforce import enumeration_optimum
from spruce.mip.budget import child_changes
from spruce.mip.perspective import PerspectiveSolver
from spruce.mip.problem import synthetic
from spruce.mip.shift import column_shift

SETTINGS = dict(deadline=None, derandomize=True, phases=(Phase.explicit, Phase.generate),
                suppress_health_check=[HealthCheck.too_slow])


def _top(g: np.ndarray, r: int) -> float:
    """The sum of the r largest positive entries (0 for r ≤ 0)."""
    pos = np.sort(g[g > 0])[::-1]
    return float(pos[:max(r, 0)].sum())


@settings(max_examples=80, **SETTINGS)
@given(st.lists(st.floats(-2, 2).map(lambda x: round(x, 1)), min_size=1, max_size=7),
       st.integers(0, 8))
def test_child_changes_recount_the_largest_gains(gains, room):
    """down_j = T(F, r) − T(F∖j, r), up_j = T(F, r) − T(F∖j, r−1) − γ_j, ties included."""
    g = np.array(gains)
    down, up = child_changes(g, room)
    for j in range(g.size):
        rest = np.delete(g, j)
        assert down[j] == pytest.approx(_top(g, room) - _top(rest, room), abs=1e-12)
        want = np.inf if room < 1 else _top(g, room) - _top(rest, room - 1) - g[j]
        assert up[j] == pytest.approx(want, abs=1e-12)
        assert down[j] >= 0 and up[j] >= 0


def _child(state: np.ndarray, j: int, v: int) -> np.ndarray:
    out = state.copy()
    out[j] = v
    return out


@pytest.mark.parametrize("kind,k,shifted", [("spr", None, False), ("spr", 2, False),
                                            ("spr", 4, False), ("bigm", None, False),
                                            ("spr", None, True), ("spr", 3, True)])
@pytest.mark.parametrize("seed", [0, 1, 2])
def test_child_bounds_are_the_childrens_dual_bounds(kind, k, shifted, seed):
    """At any point W̄ and any node, child_bounds(W̄)[j] = dual_bound(W̄, child) for both
    children of every free group, NaN on fixed groups."""
    pb = synthetic(n=30, groups=7, group_size=2, q=2, k=k, lam=0.08, seed=seed)
    fo = PerspectiveSolver(pb, kind)
    if shifted:
        A = pb.lsq_factor()[0]
        grouped = (pb.owner >= 0).reshape(pb.p, pb.q)
        d = column_shift(A.T @ A, np.ones(grouped.shape), grouped)
        assert d.any()
        fo = fo.with_shift(0.5 * d.reshape(-1))
    rng = np.random.default_rng(seed)
    for trial in range(4):
        state = np.full(pb.num_groups, -1, np.int8)
        fixed = rng.choice(pb.num_groups, size=trial, replace=False)
        state[fixed] = rng.integers(0, 2, size=trial)
        if k is not None and (state == 1).sum() > k:
            state[state == 1] = 0
        w = fo.project(rng.normal(scale=0.3, size=pb.dim), state)
        down, up = fo.child_bounds(w, state)
        for j in range(pb.num_groups):
            if state[j] >= 0:
                assert np.isnan(down[j]) and np.isnan(up[j])
                continue
            assert down[j] == pytest.approx(fo.dual_bound(w, _child(state, j, 0)), rel=1e-12,
                                            abs=1e-12)
            want = fo.dual_bound(w, _child(state, j, 1))
            room = None if k is None else k - int((state == 1).sum())
            if kind == "spr" and room == 0:
                assert up[j] == np.inf  # no room for one more group: the child is empty
            else:
                assert up[j] == pytest.approx(want, rel=1e-12, abs=1e-12)
            both = min(down[j], up[j])
            assert both >= fo.dual_bound(w, state) - 1e-12  # a child is never below its node


SOLVERS = [("perspective", "fista"), ("bigm", "qp"), ("bigm", "fista"), ("perspective", "qp")]


@settings(max_examples=50, **SETTINGS)
@given(st.sampled_from(SOLVERS), st.integers(0, 10_000), st.sampled_from([None, 1, 2, 3]),
       st.sampled_from([0.01, 0.05, 0.2]), st.sampled_from([0.0, 0.6]))
def test_the_search_with_fixing_finds_the_enumeration_optimum(solver, seed, k, lam, corr):
    """Reduced-cost fixing, the children's own bounds and the early branching stop never cut
    off the optimum: every node kind, budgets down to 1, correlated features; the answer is
    feasible (within the budget) and its bound valid."""
    formulation, node_solver = solver
    pb = synthetic(n=25, groups=6, group_size=2, q=2, k=k, lam=lam, corr=corr, seed=seed)
    best = enumeration_optimum(pb)
    res = solve(pb, formulation, node_solver=node_solver)
    assert res.status == "optimal"
    assert res.objective <= best * (1 + 1e-6) + 1e-12
    assert res.bound <= best + 1e-9 * abs(best)
    assert k is None or res.y.sum() <= k
