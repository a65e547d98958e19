"""The shifted perspective (spruce.mip.shift): its shifts keep the loss convex, its bounds are
valid lower bounds (checked against the enumeration oracle at the root and at random nodes,
with and without a budget) and never below the plain perspective's; its prox's y-search
minimizes φ with one c_i per entry; the solver refuses shifts that would break the bound."""

from __future__ import annotations

import itertools
import warnings

import numpy as np
import pytest
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

from spruce.mip import solve
from spruce.mip.bruteforce import enumeration_optimum
from spruce.mip.nodes import FirstOrderNode, Goal
from spruce.mip.perspective import PerspectiveSolver
from spruce.mip.problem import GroupPruningProblem, synthetic
from spruce.mip.qp import FixedSupportQP
from spruce.mip.root import choose_shift
from spruce.mip.shift import MARGIN, column_shift, is_convex_shift, max_diagonal
from spruce.mip.solve import SolveInputError
from spruce.mip.ysearch import search_y

SETTINGS = dict(deadline=None, derandomize=True, phases=(Phase.explicit, Phase.generate),
                suppress_health_check=[HealthCheck.too_slow])


def _gram(pb: GroupPruningProblem) -> np.ndarray:
    A = pb.lsq_factor()[0]
    return A.T @ A


def _random_shift(pb: GroupPruningProblem, seed: int, scale: float,
                  borrow: bool = False) -> np.ndarray:
    """A feasible shift: scale·(max_diagonal with random weights), per weight; borrow: d may
    go down to −2λα (the ridge given up where it lets others take more)."""
    rng = np.random.default_rng(seed)
    grouped = (pb.owner >= 0).reshape(pb.p, pb.q)
    floor = 2 * pb.lam * pb.alpha if borrow else 0.0
    d = column_shift(_gram(pb), rng.uniform(0.01, 1.0, size=grouped.shape), grouped, floor)
    return scale * d.reshape(-1)


def _node_optimum(pb: GroupPruningProblem, state: np.ndarray) -> float:
    """The least MIP value over the supports a node allows (fixed 1 kept, fixed 0 pruned,
    Σ ≤ k), each by the exact fixed-support QP."""
    fixed = FixedSupportQP(pb)
    free = np.flatnonzero(state < 0)
    best = np.inf
    for bits in itertools.product([0, 1], repeat=free.size):
        keep = (state == 1).astype(float)
        keep[free] = bits
        if pb.k is None or keep.sum() <= pb.k:
            best = min(best, fixed.solve(keep)[0])
    return best


# --------------------------------------------------------------------------- max_diagonal
def test_max_diagonal_is_feasible_and_beats_the_uniform_shift():
    rng = np.random.default_rng(0)
    X = rng.normal(size=(40, 12)) @ (np.eye(12) + 0.6 * np.eye(12, k=1))
    G = X.T @ X / 40
    w = rng.uniform(0.1, 1.0, 12)
    d = max_diagonal(G, w)
    assert np.all(d > 0)
    assert np.linalg.eigvalsh(G - np.diag(d))[0] > 0
    uniform = np.full(12, np.linalg.eigvalsh(G)[0])  # the obvious feasible diagonal
    assert w @ d > 1.2 * (w @ uniform)


def test_max_diagonal_is_zero_when_nothing_fits():
    X = np.random.default_rng(1).normal(size=(5, 8))  # n < p: XᵀX is singular
    assert not max_diagonal(X.T @ X / 5, np.ones(8)).any()
    assert not max_diagonal(np.eye(3), np.zeros(3)).any()


def test_column_shift_skips_constant_inputs_and_passes_the_check():
    rng = np.random.default_rng(2)
    X = rng.normal(size=(30, 6))
    X[:, 2] = 0.0  # a pixel that is always 0
    G = X.T @ X / 30
    grouped = np.ones((6, 2), dtype=bool)
    d = column_shift(G, np.ones((6, 2)), grouped)
    assert d[2].sum() == 0 and (np.delete(d, 2, axis=0) > 0).all()
    assert is_convex_shift(G, d)
    assert not is_convex_shift(G, d + 2 * MARGIN * np.linalg.eigvalsh(G)[-1]
                               + np.linalg.eigvalsh(G - np.diag(d[:, 0]))[0])


def test_column_shift_can_borrow_the_ridge_where_nothing_else_fits():
    """n < p: AᵀA is singular, no d ≥ 0 fits under it, but with the floor 2λα some entries
    give up ridge so that others get a positive shift; the result passes the floor's check,
    not the plain one, and the solver accepts it."""
    pb = synthetic(n=8, groups=5, group_size=2, lam=0.1, seed=1)
    G = _gram(pb)
    grouped = (pb.owner >= 0).reshape(pb.p, pb.q)
    floor = 2 * pb.lam * pb.alpha
    assert not column_shift(G, np.ones(grouped.shape), grouped).any()
    d = column_shift(G, np.ones(grouped.shape), grouped, floor)
    assert d.max() > 0 and d.min() < 0 and d.min() >= -floor
    assert is_convex_shift(G, d, floor) and not is_convex_shift(G, d)
    assert not is_convex_shift(G, d - 0.01 * floor, floor) or d.min() - 0.01 * floor >= -floor
    PerspectiveSolver(pb).with_shift(d.reshape(-1))  # accepted
    with pytest.raises(ValueError, match="shift must hold"):
        PerspectiveSolver(pb).with_shift(np.full(pb.dim, -1.01 * floor))


# --------------------------------------------------------------------------- the solver
def test_with_shift_refuses_shifts_that_would_break_the_bound():
    pb = synthetic(n=30, groups=4, group_size=2, seed=0)
    fo = PerspectiveSolver(pb)
    with pytest.raises(ValueError, match="shift must hold 8 finite"):
        fo.with_shift(np.ones(3))
    with pytest.raises(ValueError, match="shift must hold"):
        fo.with_shift(-np.ones(8))
    with pytest.raises(ValueError, match="shift must keep the loss convex"):
        fo.with_shift(np.full(8, 10.0 * np.linalg.eigvalsh(_gram(pb))[-1]))
    with pytest.raises(ValueError, match="kind='spr'"):
        PerspectiveSolver(pb, "bigm").with_shift(np.zeros(8))
    assert fo.with_shift(np.zeros(8)) is fo
    free = GroupPruningProblem(pb.X, pb.Y, pb.groups[:3], lam=pb.lam, M=pb.M[:3])
    with pytest.raises(ValueError, match="0 on the ungrouped"):
        PerspectiveSolver(free).with_shift(np.ones(8) * 1e-3)


def test_a_zero_shift_is_the_plain_perspective():
    """The shifted code path with a shift of 1e-300 gives the plain bound (same problem)."""
    pb = synthetic(n=40, groups=6, group_size=3, seed=4)
    state = np.full(pb.num_groups, -1, np.int8)
    plain = PerspectiveSolver(pb).solve(state, tol=1e-10, max_iter=50000)
    tiny = PerspectiveSolver(pb).with_shift(np.full(pb.dim, 1e-300)).solve(
        state, tol=1e-10, max_iter=50000)
    assert tiny[0] == pytest.approx(plain[0], rel=1e-8)


def phi(V, Mc, y, tau, lam, a, C):
    """φ(y) with one c_i = 2τr_i per entry, written out: min_W ½‖W−v‖² + Σ r_iW_i²/y +
    τλ(1−α)y over |W| ≤ My."""
    yy = y[:, None]
    W = np.clip(V * (yy / np.maximum(yy + C, 1e-300)), -Mc * yy, Mc * yy)
    quad = np.where(yy > 0, 0.5 * C * W * W / np.maximum(yy, 1e-300), 0.0).sum(1)
    return 0.5 * ((W - V) ** 2).sum(1) + quad + tau * lam * (1 - a) * y


@pytest.mark.parametrize("tau", [1.0, 0.05])
def test_search_y_with_one_c_per_entry_minimizes_phi(tau):
    pb = synthetic(n=20, groups=4, group_size=3, lam=0.2, seed=0)
    solver = PerspectiveSolver(pb)
    rng = np.random.default_rng(3)
    rows = 200
    V = rng.normal(size=(rows, 3)) * rng.choice([1e-2, 0.3, 3.0], size=(rows, 1))
    Mc = rng.uniform(0.05, 2.0, size=(rows, 1))
    C = 2 * tau * (solver.lam * solver.alpha + rng.uniform(0, 1.0, size=(rows, 3)))
    for y0 in (None, rng.uniform(0, 1, rows)):  # a cold start and a warm one
        y = search_y(V, Mc, tau, C, solver.lam, solver.alpha, y0)
        assert np.all((y >= 0) & (y <= 1))
        grid = np.linspace(0.0, 1.0, 4001)
        best = np.array([phi(np.repeat(V[i:i + 1], grid.size, 0),
                             np.repeat(Mc[i:i + 1], grid.size, 0), grid, tau, solver.lam,
                             solver.alpha, np.repeat(C[i:i + 1], grid.size, 0)).min()
                         for i in range(rows)])
        got = phi(V, Mc, y, tau, solver.lam, solver.alpha, C)
        assert np.all(got <= best + 1e-12 * np.maximum(1.0, np.abs(best)))


# --------------------------------------------------------------------------- validity
@settings(max_examples=25, **SETTINGS)
@given(seed=st.integers(0, 10_000), corr=st.sampled_from([0.0, 0.5, 0.8, -0.6]),
       k=st.sampled_from([None, 1, 2]), scale=st.sampled_from([1.0, 0.5]),
       lam=st.sampled_from([0.02, 0.1, 0.5]), alpha=st.sampled_from([0.1, 0.5, 0.9]),
       borrow=st.booleans(), n=st.sampled_from([30, 8]))
def test_shifted_bounds_are_valid_at_the_root_and_at_nodes(seed, corr, k, scale, lam, alpha,
                                                           borrow, n):
    pb = synthetic(n=n, groups=5, group_size=2, corr=corr, k=k, lam=lam, alpha=alpha,
                   seed=seed)  # n = 8 < 10 weights: AᵀA singular, only borrowing fits
    shift = _random_shift(pb, seed, scale, borrow)
    if not shift.any():
        assert n == 8 and not borrow
        return
    rng = np.random.default_rng(seed)
    states = [np.full(5, -1, np.int8)] + [rng.integers(-1, 2, 5).astype(np.int8)
                                          for _ in range(2)]
    for state in states:
        best = _node_optimum(pb, state)
        plain = FirstOrderNode(pb, "spr").solve(state, None, Goal(tol=1e-9, max_iter=20000))
        node = FirstOrderNode(pb, "spr", shift)
        res = node.solve(state, None, Goal(tol=1e-9, max_iter=20000))
        if not np.isfinite(best):  # over the budget: both say infeasible
            assert res.bound == np.inf and plain.bound == np.inf
            continue
        tol = 1e-9 * max(1.0, abs(best))
        assert res.bound <= best + tol, (state, res.bound, best)
        if (state < 0).all() and k is None and not borrow:  # d ≥ 0 can only help at the root
            assert res.bound >= plain.bound - 1e-6 * abs(best)


def test_choose_shift_raises_the_budget_root_bound():
    """The budget instance's weakness: the plain perspective spreads y over all groups."""
    pb = synthetic(n=40, groups=8, group_size=3, k=2, seed=3)
    best = enumeration_optimum(pb)
    root = np.full(8, -1, np.int8)
    plain = FirstOrderNode(pb, "spr").solve(root, None, Goal(tol=1e-9))
    d, bound = choose_shift(pb, Goal(tol=1e-7))
    assert d is not None and is_convex_shift(_gram(pb), d.reshape(pb.p, pb.q),
                                             2 * pb.lam * pb.alpha)
    assert plain.bound + 0.2 * (best - plain.bound) < bound <= best + 1e-9 * best


# --------------------------------------------------------------------------- in the search
@pytest.mark.parametrize("shift", ["root", "tree", "none"])
def test_every_shift_mode_finds_the_enumeration_optimum(small_instances, shift):
    for pb in small_instances:
        best = enumeration_optimum(pb)
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            res = solve(pb, "perspective", shift=shift)
        assert res.status == "optimal", res.message
        assert abs(res.objective - best) <= 1e-9 * max(1.0, abs(best))
        assert res.bound <= best + 1e-9 * max(1.0, abs(best))
        assert res.root_bound <= best + 1e-9 * max(1.0, abs(best))


def test_root_shift_reports_a_stronger_root_bound():
    pb = synthetic(n=60, groups=15, group_size=3, seed=0)
    plain = solve(pb, "perspective", shift="none", node_limit=1)
    shifted = solve(pb, "perspective", shift="root", node_limit=1)
    assert shifted.extra["shift"] == "root" and plain.extra["shift"] == "none"
    assert shifted.root_bound > plain.root_bound + 0.2 * (shifted.objective - plain.root_bound)


def test_solve_names_a_bad_shift():
    pb = synthetic(n=20, groups=3, group_size=2, seed=0)
    with pytest.raises(SolveInputError, match="shift must be one of") as err:
        solve(pb, shift=True)
    assert err.value.param == "shift"
