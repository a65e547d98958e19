"""The root relaxations on their own, each a certified lower bound on the MIP optimum.

    big-M relaxation        min L(W) + λ Σ_j [α‖W_j‖² + (1−α) y_j],  |W| ≤ M y,  y ∈ [0,1]
                            (a convex QP for HiGHS; at its optimum y_j = ‖W_j‖∞/M_j, so its
                            value is L + λ Σ bigm_penalty)
    perspective relaxation  min L(W) + λ Σ_j spr(W_j)  (spruce.mip.perspective; certified bound;
                            a budget Σy ≤ k kept exactly, spruce.mip.budget)

Both return a RelaxationResult (bound, value, W, y, time, status, message; `.to_dict()` for
JSON). The perspective one is never weaker. The big-M one is the root node of the
branch-and-bound's big-M tree (spruce.mip.nodes.BigMQPNode: HiGHS's point, certified by the
Fenchel dual bound, first-order where that does not certify) or, above QP_MAX_DIM weights
and for other losses, the first-order solve alone.
Speed (2-core CPU): ~5 ms for 45 weights by HiGHS; seconds for the 640-weight digits models.
"""

from __future__ import annotations

import time

import numpy as np

from spruce.penalties import bigm_penalty

from .nodes import BigMQPNode, Goal
from .perspective import PerspectiveSolver
from .problem import GroupPruningProblem
from .qp import QP_MAX_DIM
from .result import RelaxationResult, relaxation_status

__all__ = ["bigm_relaxation", "perspective_relaxation", "relaxation"]

SOLVERS = ("auto", "qp", "fista")


def bigm_relaxation(problem: GroupPruningProblem, solver: str = "auto") -> RelaxationResult:
    """Continuous big-M relaxation: its certified bound, W, y, and the value recomputed from
    spruce.penalties (L + λ Σ bigm_penalty). solver "qp" (HiGHS, certified), "fista"
    (first-order with a certified dual bound), "auto": HiGHS up to QP_MAX_DIM weights without
    a budget (its active-set QP solver needs 10⁵ iterations on the 640-weight digits models)."""
    if solver not in SOLVERS:
        raise ValueError(f"solver must be one of {SOLVERS}, got {solver!r}")
    t0 = time.perf_counter()
    if solver == "auto":
        solver = "qp" if problem.loss == "squared" and problem.dim <= QP_MAX_DIM \
            and problem.k is None else "fista"
    if solver == "qp" and problem.loss != "squared":
        raise ValueError("the HiGHS big-M relaxation is a QP and needs loss='squared', got "
                         f"{problem.loss!r}")
    state = np.full(problem.num_groups, -1, dtype=np.int8)
    if solver == "fista":
        fo = PerspectiveSolver(problem, "bigm")
        bound, value, w = fo.solve(state, tol=1e-8, max_iter=100000)
        iterations, y = fo.iters, fo.indicator(w, state)
    else:
        node = BigMQPNode(problem)
        res = node.solve(state, None, Goal(tol=1e-9, max_iter=100000))
        bound, w, y, iterations = res.bound, res.W, res.y, node.iterations
        sq, inf = problem.group_norms(w)
        value = problem.loss_value(w) + problem.lam * float(
            bigm_penalty(sq, inf, problem.alpha, problem.M).sum())
    status, message = relaxation_status(problem, bound, value)
    return RelaxationResult(bound=float(bound), value=float(value),
                            W=w.reshape(problem.p, problem.q), y=y,
                            time=time.perf_counter() - t0, status=status, message=message,
                            formulation="bigm", solver=solver, iterations=iterations)


def relaxation(problem: GroupPruningProblem, formulation: str) -> RelaxationResult:
    """The root relaxation of either formulation (see module docstring); the formulation is
    checked by spruce.mip.solve's input validation."""
    from .solve import _solve_iv

    formulation = _solve_iv(problem, formulation).formulation
    if formulation == "bigm":
        return bigm_relaxation(problem)
    return perspective_relaxation(problem)


def perspective_relaxation(problem: GroupPruningProblem, tol: float = 1e-8) -> RelaxationResult:
    """Root perspective relaxation: min L(W) + λ Σ spr(W_j) (with a budget k, the least over
    y ∈ [0,1]^G, Σy ≤ k: spruce.mip.budget). Returns a RelaxationResult: bound (certified),
    value (= loss + the perspective penalty at W), W, y (the penalty's y)."""
    t0 = time.perf_counter()
    solver = PerspectiveSolver(problem)
    state = np.full(problem.num_groups, -1, dtype=np.int8)
    bound, value, w = solver.solve(state, tol=tol, max_iter=100000)
    status, message = relaxation_status(problem, bound, value)
    return RelaxationResult(bound=float(bound), value=float(value),
                            W=w.reshape(problem.p, problem.q), y=solver.indicator(w, state),
                            time=time.perf_counter() - t0, status=status, message=message,
                            formulation="perspective", solver="fista", iterations=solver.iters)
