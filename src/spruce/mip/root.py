"""The root of a perspective tree, bounded by the shifted perspective (spruce.mip.shift) and,
for row groups, by its block form (spruce.mip.blockshift).

    V(d) = min L_d(W) + Σ_j [ Σ_{i∈j} r_i W_i² / y_j + λ(1−α) y_j ],  r_i = λα + d_i/2,
    L_d = L − ½ Σ_i d_i W_i² convex,     d ≥ −2λα
    V(D) = the same with tr(W_jᵀ(λα·I + D_j/2)W_j) per group: one symmetric block D_j each

`choose_shift` picks d (max-trace diagonal, then Frank–Wolfe steps on V, each V a certified
first-order root solve); `choose_block` runs Frank–Wolfe on the blocks from that diagonal
(the rotated instance's certified root solve per step); `strengthen_root` decides whether
the search is worth it (the plain root's rounding may already close the gap) and how long
it may take: `effort` times the plain root's time but at least MIN_SHIFT_S (1 s: once BLAS
ran on one thread the plain roots got faster and 4× their time left the search short: mean
root gap closed 91.1% with the floor, 89.8% without, medians 0.39 s and 0.41 s), at most
`max_time` (branch_and_bound gives it a share of its time limit: a slow root once took
24.7 s of a 30 s limit), never past the goal's deadline; the searches stop once the bound
reaches the incumbent. Every bound is certified wherever it stops. Squared loss only (the
shift splits its Hessian).
Speed: see spruce.mip.shift and spruce.mip.blockshift (barrier solves, O(p³) a Newton step)
and docs/mip.md.
"""

from __future__ import annotations

import math
import time

import numpy as np

from .blockshift import group_rows
from .nodes import FirstOrderNode, Goal, NodeResult
from .problem import GroupPruningProblem
from .qp import FixedSupportQP

MIN_SHIFT_S = 1.0  # the shift search's least budget (s), whatever the plain root took
MIN_BLOCK_S = 3.0  # the same for shift="block" (syn_g15_k4's three block rounds: ~1.3 s idle)

def choose_shift(problem: GroupPruningProblem, goal: Goal, rounds: int = 3,
                 start: NodeResult | None = None) -> tuple[np.ndarray | None, float]:
    """The shift d of the shifted perspective (spruce.mip.shift), chosen at the root: the
    max-trace diagonals (d ≥ 0 and d ≥ −2λα), then up to `rounds` Frank–Wolfe steps on the
    root bound V(d) (each V a certified root solve, the budget kept, warm-started at the last
    solve, the first at `start`). Returns (d per weight, its root bound), or (None, −∞) where
    no shift applies (other losses, more than shift.MAX_INPUTS inputs)."""
    d, bound, _ = _diagonal(problem, goal, rounds, start)
    return d, bound


def _diagonal(problem: GroupPruningProblem, goal: Goal, rounds: int,
              start: NodeResult | None) -> tuple[np.ndarray | None, float, tuple | None]:
    """choose_shift's work; also (bound, W p × q, y per group) of the best solve, the start
    point of choose_block."""
    from .shift import MAX_INPUTS, improve_shift

    pb = problem
    if pb.loss != "squared" or pb.p > MAX_INPUTS:
        return None, -math.inf, None
    A = pb.lsq_factor()[0]
    grouped = (pb.owner >= 0).reshape(pb.p, pb.q)
    root = np.full(pb.num_groups, -1, np.int8)
    owner = pb.owner
    last: list[NodeResult] = [] if start is None else [start]  # W of the last solve

    def bound_at(d: np.ndarray) -> tuple[float, np.ndarray, np.ndarray]:
        node = FirstOrderNode(pb, "spr", shift=d.reshape(-1))
        start = None if not last else NodeResult(-math.inf, last[-1].W, mu=last[-1].mu)
        res = node.solve(root, start, goal)
        last.append(res)
        y = np.where(owner >= 0, res.y[np.maximum(owner, 0)], 0.0)  # y of each weight's group
        return res.bound, res.W.reshape(pb.p, pb.q), y.reshape(pb.p, pb.q)

    floor = 2 * pb.lam * pb.alpha  # the ridge's curvature, which a weight may give up
    d, bound, W, y = improve_shift(A.T @ A, grouped, bound_at, rounds, goal.late, floor,
                                   goal.prune_at)
    if not d.any():
        return None, -math.inf, None
    y_group = y.reshape(-1)[[g[0] for g in pb.groups]]  # every entry of a group has its y
    return d.reshape(-1), bound, (bound, W, y_group)


def choose_block(problem: GroupPruningProblem, d: np.ndarray | None, goal: Goal,
                 rounds: int = 3, start: NodeResult | None = None,
                 start_point: tuple | None = None) -> float:
    """The root bound of the block shift (spruce.mip.blockshift): Frank–Wolfe on the blocks
    from the diagonal d (per weight; its least value over the columns of a row, which keeps
    it valid in every column), each bound a certified root solve of the rotated instance,
    warm-started at the last solve's W rotated into the new coordinates. −∞ where no block
    shift applies (groups that are not whole rows, no group of two rows, other losses).
    start_point: (bound, W, y per group) of the diagonal d's own solve: the blocks' first
    Frank–Wolfe direction comes from it instead of a solve of the rotated instance."""
    from .blockshift import improve_block, rotated
    from .shift import MAX_INPUTS

    pb = problem
    rows = None if pb.loss != "squared" or pb.p > MAX_INPUTS else group_rows(pb)
    if rows is None:
        return -math.inf
    A = pb.lsq_factor()[0]
    root = np.full(pb.num_groups, -1, np.int8)
    D0 = np.zeros((pb.p, pb.p)) if d is None else np.diag(d.reshape(pb.p, pb.q).min(1))
    last = [np.zeros((pb.p, pb.q)) if start is None or start.W is None
            else start.W.reshape(pb.p, pb.q)]  # the last solve's W, original coordinates

    def bound_at(D: np.ndarray) -> tuple[float, np.ndarray, np.ndarray]:
        rot, shift, Q = rotated(pb, rows, D)
        try:
            node = FirstOrderNode(rot, "spr", shift=shift)
        except ValueError:  # rounding left the blocks on the boundary: not a valid shift
            return -math.inf, last[-1], np.zeros(pb.num_groups)
        res = node.solve(root, NodeResult(-math.inf, (Q.T @ last[-1]).reshape(-1)), goal)
        W = Q @ res.W.reshape(pb.p, pb.q)
        last.append(W)
        return res.bound, W, res.y

    if start_point is not None:
        last.append(start_point[1])
    return improve_block(A.T @ A, rows, D0, bound_at, rounds, 2 * pb.lam * pb.alpha,
                         goal.late, goal.prune_at, start_point)[1]


def strengthen_root(problem: GroupPruningProblem, fixed: FixedSupportQP, goal: Goal,
                    keep_sets, effort: float = 4.0, max_time: float = math.inf,
                    mode: str = "root") -> tuple[NodeResult, np.ndarray | None]:
    """The root of a perspective tree with the shifted perspective's bound: (a NodeResult to
    start the search from, the shift d or None).

    The plain root first (fast, closed-form prox); if its bound already meets the best
    rounding of its y (keep_sets(y) -> supports, valued by `fixed`) there is nothing to gain.
    Otherwise choose_shift (mode "root", "tree": d then serves every node) or, mode "block"
    with row groups, the max-trace diagonals and choose_block from the better one, given
    `effort` times the plain root's time (at least MIN_SHIFT_S; MIN_BLOCK_S for blocks), at
    most max_time seconds from the start of this call, never past goal.deadline: their bounds
    are certified wherever they stop, and the result's bound is the largest, the floor of
    every node below (the search starts from it). Blocks cost root time and save no node
    (docs/mip.md): the strongest root bound on request, not the default.
    The tree's own nodes stay plain unless the caller asks for the shift there (the
    anisotropic prox costs ~3× a plain node: on the catalog that outweighed the nodes saved)."""
    t0 = time.perf_counter()
    root = np.full(problem.num_groups, -1, np.int8)
    plain = FirstOrderNode(problem, "spr").solve(root, None, goal)
    y = plain.y
    if plain.W is None or y is None:
        return plain, None
    upper = min(fixed.solve(keep)[0] for keep in keep_sets(y, root, problem.k))
    if plain.bound >= goal.prune_at or upper - plain.bound <= goal.tol * max(
            abs(upper), 1e-8 * (problem.loss_scale() or 1.0)):
        return plain, None
    blocks = mode == "block" and problem.loss == "squared" and group_rows(problem) is not None
    least = MIN_BLOCK_S if blocks else MIN_SHIFT_S
    budget = min(time.perf_counter() + max(least, effort * (time.perf_counter() - t0)),
                 t0 + max_time)
    deadline = budget if goal.deadline is None else min(goal.deadline, budget)
    # node solves stop once their bound reaches the incumbent: nothing above it is needed
    search = Goal(prune_at=upper, tol=1e-5, deadline=deadline)
    # with blocks their Frank–Wolfe steps do the work (their family holds every diagonal;
    # starting them at the max-trace diagonal instead of after its own 3 rounds gave the
    # same bounds in half the time: syn_g15_k4 64.2% in 1.3 s against 65.0% in 2.7 s)
    d, bound, point = _diagonal(problem, search, 0 if blocks else 3, plain)
    if blocks and not search.late() and bound < upper:
        bound = max(bound, choose_block(problem, d, search, start=plain, start_point=point))
    if not bound > plain.bound:
        return plain, None
    # (blocks may raise the bound where no diagonal did: the shift is then d = 0 for "tree")
    return NodeResult(bound, plain.W, plain.y, mu=plain.mu), \
        d if d is not None else np.zeros(problem.dim)
