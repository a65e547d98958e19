"""Block shifts (spruce.mip.blockshift): which problems they apply to, the barrier's blocks
are feasible and optimal, the rotated instance is the same MIP (objective for objective, box
implied), and the block root bound never exceeds the enumeration optimum (with and without a
budget, n < p included) while beating the diagonal shift on the budget instance."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

from spruce.mip import solve
from spruce.mip.blockshift import _pairs, blocks_matrix, group_rows, max_block, rotated
from spruce.mip.bruteforce import enumeration_optimum
from spruce.mip.nodes import FirstOrderNode, Goal
from spruce.mip.problem import GroupPruningProblem, synthetic
from spruce.mip.root import choose_block, choose_shift
from spruce.mip.shift import max_diagonal

SETTINGS = dict(deadline=None, derandomize=True, phases=(Phase.explicit, Phase.generate),
                suppress_health_check=[HealthCheck.too_slow])


def test_group_rows_only_for_whole_row_groups():
    pb = synthetic(n=20, groups=4, group_size=3, q=2, seed=0)
    rows = group_rows(pb)
    assert rows is not None and [r.tolist() for r in rows][1] == [3, 4, 5]
    assert group_rows(synthetic(n=20, groups=4, group_size=1, q=2, seed=0)) is None  # 1 row
    cols = [np.arange(c, 12, 3) for c in range(3)]  # a group per column of a 4 × 3 W
    X = np.random.default_rng(0).normal(size=(10, 4))
    pb_cols = GroupPruningProblem(X, X @ np.ones((4, 3)), cols, lam=0.1, M=np.ones(3))
    assert group_rows(pb_cols) is None


def _random_blocks(rows, p, rng):
    W = np.zeros((p, p))
    for r in rows:
        v = rng.normal(size=(r.size, 1))
        W[np.ix_(r, r)] = v @ v.T
    return W


def test_max_block_is_feasible_and_no_feasible_neighbour_is_better():
    rng = np.random.default_rng(0)
    X = rng.normal(size=(30, 9)) @ (np.eye(9) + 0.4 * np.eye(9, k=1))
    H = X.T @ X / 30
    rows = [np.arange(0, 3), np.arange(3, 6), np.arange(6, 9)]
    weights, floor = _random_blocks(rows, 9, rng), 0.1
    D = max_block(H, rows, weights, floor)
    assert np.linalg.eigvalsh(H - D)[0] > 0
    assert all(np.linalg.eigvalsh(D[np.ix_(r, r)] + floor * np.eye(3))[0] > 0 for r in rows)
    assert np.abs(D[:3, 3:]).max() == 0  # block diagonal
    best = float((weights * D).sum())
    pi, pj = _pairs(rows)
    tried = 0
    for _ in range(3000):
        D2 = 0.999 * D + blocks_matrix(rng.normal(size=pi.size) * 3e-3, pi, pj, 9)
        try:
            np.linalg.cholesky(H - D2)
            for r in rows:
                np.linalg.cholesky(D2[np.ix_(r, r)] + floor * np.eye(3))
        except np.linalg.LinAlgError:
            continue
        tried += 1
        assert float((weights * D2).sum()) <= best * (1 + 2e-3)
    assert tried > 50


def test_max_block_with_one_row_blocks_is_the_diagonal_barrier():
    """1 × 1 blocks are diagonals: the same optimum as shift.max_diagonal on d + floor."""
    rng = np.random.default_rng(1)
    X = rng.normal(size=(25, 6))
    H = X.T @ X / 25
    rows = [np.array([i]) for i in range(6)]
    w = rng.uniform(0.1, 1.0, 6)
    D = max_block(H, rows, np.diag(w), 0.05)
    x = max_diagonal(H + 0.05 * np.eye(6), w)
    assert float(w @ np.diag(D)) == pytest.approx(float(w @ (x - 0.05)), rel=5e-3)


@pytest.mark.parametrize("q", [1, 2])
def test_the_rotated_instance_is_the_same_mip(q):
    """For W feasible in the original (|W| ≤ M), W' = QᵀW is feasible in the rotated one
    (|W'| ≤ √m·M) and its shifted objective L_D' + Σ r'W'² + λ(1−α)·#kept equals the
    original objective."""
    pb = synthetic(n=30, groups=4, group_size=3, q=q, lam=0.1, seed=2)
    rows = group_rows(pb)
    rng = np.random.default_rng(3)
    A = pb.lsq_factor()[0]
    D = max_block(A.T @ A, rows, _random_blocks(rows, pb.p, rng), 2 * pb.lam * pb.alpha)
    rot, shift, Q = rotated(pb, rows, D)
    la = pb.lam * pb.alpha
    for keep in ([1, 1, 1, 1], [1, 0, 1, 0], [0, 0, 0, 0]):
        W = rng.uniform(-1, 1, size=(pb.p, pb.q)) * pb.entry_bounds().reshape(pb.p, pb.q)
        for j, g in enumerate(pb.groups):
            W.reshape(-1)[g] *= keep[j]
        Wr = (Q.T @ W).reshape(-1)
        assert (np.abs(Wr) <= rot.entry_bounds() * (1 + 1e-12)).all()
        shifted = (rot.loss_value(Wr) - 0.5 * float(shift @ (Wr * Wr))
                   + float((la + 0.5 * shift) @ (Wr * Wr))
                   + pb.lam * (1 - pb.alpha) * sum(keep))
        assert shifted == pytest.approx(pb.objective(W.reshape(-1)), rel=1e-10)


@settings(max_examples=12, **SETTINGS)
@given(seed=st.integers(0, 10_000), corr=st.sampled_from([0.0, 0.6, -0.5]),
       k=st.sampled_from([None, 1, 2]), lam=st.sampled_from([0.03, 0.2]),
       alpha=st.sampled_from([0.2, 0.5, 0.9]), n=st.sampled_from([40, 8]))
def test_block_root_bounds_are_valid(seed, corr, k, lam, alpha, n):
    pb = synthetic(n=n, groups=4, group_size=3, corr=corr, k=k, lam=lam, alpha=alpha,
                   seed=seed)
    d, _ = choose_shift(pb, Goal(tol=1e-9), rounds=0)
    bound = choose_block(pb, d, Goal(tol=1e-9), rounds=2)
    best = enumeration_optimum(pb)
    assert bound <= best + 1e-9 * max(1.0, abs(best))


def test_blocks_raise_the_budget_root_bound_past_the_diagonal():
    pb = synthetic(n=40, groups=8, group_size=3, k=2, seed=3)
    root = np.full(8, -1, np.int8)
    plain = FirstOrderNode(pb, "spr").solve(root, None, Goal(tol=1e-9)).bound
    d, diag = choose_shift(pb, Goal(tol=1e-7))
    block = choose_block(pb, d, Goal(tol=1e-7))
    best = enumeration_optimum(pb)
    assert plain < diag < block <= best + 1e-9 * best
    assert block - diag > 0.1 * (best - diag)  # a tenth of what the diagonal left open


def test_solve_with_block_shift_reports_the_stronger_root_and_the_optimum():
    pb = synthetic(n=40, groups=8, group_size=3, k=2, seed=3)
    diag = solve(pb, shift="root")
    block = solve(pb, shift="block")
    best = enumeration_optimum(pb)
    assert diag.status == block.status == "optimal"
    assert block.objective == pytest.approx(best, rel=1e-9)
    assert diag.root_bound < block.root_bound <= best * (1 + 1e-9)
    assert block.extra["shift"] == "block"
