"""Relaxations on their own, and `solve`, the one entry point to the exact methods.

    big-M relaxation        min L(W) + λ Σ_j [α‖W_j‖² + (1−α) y_j],  |W| ≤ M y,  y ∈ [0,1]
                            (a convex QP for HiGHS; at its optimum y_j = ‖W_j‖∞/M_j, so its
                            value is L + λ Σ bigm_penalty)
    perspective relaxation  min L(W) + λ Σ_j spr(W_j)  (spruce.mip.perspective; certified bound)

Both are lower bounds on the MIP optimum; the perspective one is never weaker.
"""

from __future__ import annotations

import numpy as np

from spruce.penalties import bigm_penalty

from .bnb import QP_MAX_DIM, branch_and_bound
from .perspective import PerspectiveSolver, perspective_relaxation
from .problem import GroupPruningProblem
from .qp import NodeQPBuilder, new_highs, solve_qp
from .result import MipResult

METHODS = ("bnb", "oa")
FORMULATIONS = ("bigm", "perspective")


def bigm_relaxation(problem: GroupPruningProblem, solver: str = "auto") -> dict:
    """Continuous big-M relaxation: bound, W, y, and the value recomputed from
    spruce.penalties (L + λ Σ bigm_penalty). solver "qp" (HiGHS), "fista" (first-order with
    a certified dual bound), "auto": HiGHS up to QP_MAX_DIM weights (its active-set QP
    solver needs 10⁵ iterations on the 640-weight digits models)."""
    if solver == "auto":
        solver = "qp" if problem.loss == "squared" and problem.dim <= QP_MAX_DIM \
            and problem.k is None else "fista"
    if solver == "fista":
        fo = PerspectiveSolver(problem, "bigm")
        state = np.full(problem.num_groups, -1, dtype=np.int8)
        bound, value, w = fo.solve(state, tol=1e-8, max_iter=100000)
        return {"bound": bound, "value": value, "W": w.reshape(problem.p, problem.q),
                "y": fo.indicator(w, state), "iterations": fo.iters}
    if problem.loss != "squared":
        raise ValueError("the HiGHS big-M relaxation is a QP and needs loss='squared', got "
                         f"{problem.loss!r}")
    b = NodeQPBuilder(problem, "bigm")
    h = new_highs()
    b.load(h, np.full(problem.num_groups, -1, dtype=np.int8))
    h.setOptionValue("qp_iteration_limit", 50 * b.ncol + 1000)
    res = solve_qp(h)
    # HiGHS's objective is not trusted as a bound (its active-set solver has reported
    # "optimal" far from the optimum on these semidefinite QPs): the bound is the Fenchel
    # dual bound at its point, and the first-order solver takes over where that does not
    # certify the value
    fo = PerspectiveSolver(problem, "bigm")
    state = np.full(problem.num_groups, -1, dtype=np.int8)
    if res.status == "optimal":
        w = b.split(res.x)[0]
        w = fo._refit_free(w) if problem.free.size else w
        bound = fo.dual_bound(w, state)
        val = fo.loss(w)[0] + fo.penalty(w, state)
        if val - bound > 1e-9 * max(fo.unit, abs(val)):
            bound, _, w = fo.solve(state, w, tol=1e-9, max_iter=100000)
    else:
        bound, _, w = fo.solve(state, tol=1e-9, max_iter=100000)
    sq, inf = problem.group_norms(w)
    value = problem.loss_value(w) + problem.lam * float(
        bigm_penalty(sq, inf, problem.alpha, problem.M).sum())
    return {"bound": bound, "value": value, "W": w.reshape(problem.p, problem.q),
            "y": fo.indicator(w, state)}


def relaxation(problem: GroupPruningProblem, formulation: str) -> dict:
    """The root relaxation of either formulation (see module docstring)."""
    if formulation == "bigm":
        return bigm_relaxation(problem)
    if formulation == "perspective":
        if problem.k is not None:
            raise ValueError("the perspective relaxation with a budget k is only available "
                             "inside the B&B (node_solver='qp'); drop k for this report")
        return perspective_relaxation(problem)
    raise ValueError(f"formulation must be one of {FORMULATIONS}, got {formulation!r}")


def solve(problem: GroupPruningProblem, formulation: str = "perspective", method: str = "bnb",
          time_limit: float = 600.0, gap_tol: float = 1e-6, check_big_m: bool = True,
          **options) -> MipResult:
    """Solve the pruning MIP exactly.

    method "bnb": spruce's branch-and-bound with HiGHS node QPs (squared loss);
    method "oa":  outer approximation with a HiGHS MILP master (any convex loss).
    A time limit returns the incumbent and the bound with status "time_limit".
    Every answer is certified on the original problem (result.certify); a problem read from
    a model file also on the file's own objective (recover.certify_file: extra holds
    file_objective, file_bound, file_gap, and gap is the file's), with the solvers' gaps
    measured relative to the file's objective (offset = meta["objective_offset"]).
    """
    if formulation not in FORMULATIONS:
        raise ValueError(f"formulation must be one of {FORMULATIONS}, got {formulation!r}")
    if method not in METHODS:
        raise ValueError(f"method must be one of {METHODS}, got {method!r}")
    if not time_limit > 0:  # NaN too
        raise ValueError(f"time_limit must be > 0 seconds, got {time_limit}")
    if method == "bnb" and problem.loss != "squared":
        method = "oa"
    from_file = "file_model" in (problem.meta or {})
    if from_file:
        options.setdefault("offset", float(problem.meta.get("objective_offset", 0.0)))
    if method == "bnb":
        res = branch_and_bound(problem, formulation, gap_tol=gap_tol, time_limit=time_limit,
                               **options)
    else:
        from .oa import outer_approximation
        res = outer_approximation(problem, formulation, gap_tol=gap_tol, time_limit=time_limit,
                                  **options)
    if from_file:
        from .recover import certify_file
        res = certify_file(problem, res, gap_tol)
    if check_big_m:
        res.extra["M_binding_groups"] = problem.check_binding(res.W.reshape(-1), res.y)
    return res
