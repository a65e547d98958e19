"""Outer approximation: a HiGHS MILP master with linear cuts, the simple and teachable path.

Master (a MILP; η is the loss epigraph, t_j the epigraph of α‖W_j‖²-part):
    min  η + λ(1−α) Σ y_j + λα Σ t_j
    s.t. η ≥ L(w̄) + ∇L(w̄)ᵀ(w − w̄)                    (loss cuts, any convex loss)
         t_j ≥ 2w̄ᵀW_j − ‖w̄‖² y_j                      (perspective cuts)   or
         t_j ≥ 2w̄ᵀW_j − ‖w̄‖²                          (gradient cuts of ‖W_j‖², "big-M")
         |W_j| ≤ M_j y_j,  Σ y ≤ k,  y ∈ {0,1}
Loop: solve the master (lower bound), solve the fixed-y problem at its y (an incumbent:
HiGHS QP for the squared loss, L-BFGS-B for the logistic loss), add cuts at both points,
until (UB − LB)/|UB| ≤ gap_tol. Each round re-solves a MILP from scratch, which is why the
branch-and-bound (spruce.mip.bnb) is the engine and this is the reference.
"""

from __future__ import annotations

import time

import highspy
import numpy as np
import scipy.sparse as sp
from scipy.optimize import minimize

from .problem import GroupPruningProblem
from .qp import INF, FixedSupportQP, new_highs, pass_qp
from .result import MipResult, relative_gap


def fixed_support(problem: GroupPruningProblem, keep: np.ndarray,
                  w0: np.ndarray | None = None) -> tuple[float, np.ndarray]:
    """min L(w) + λα‖w‖² with w = 0 outside kept groups, |w| ≤ M: for any convex loss."""
    keep = np.asarray(keep) > 0.5
    bnd = problem.entry_bounds()
    on = np.ones(problem.dim, dtype=bool)
    grouped = problem.owner >= 0
    on[grouped] = keep[problem.owner[grouped]]
    ridge = problem.lam * problem.alpha * grouped

    def fun(w):
        return (problem.loss_value(w) + float(ridge @ (w * w)),
                problem.loss_grad(w) + 2 * ridge * w)

    bounds = [(-b, b) if o else (0.0, 0.0) for b, o in zip(bnd, on, strict=True)]
    bounds = [(None if not np.isfinite(lo) else lo, None if not np.isfinite(hi) else hi)
              for lo, hi in bounds]
    x0 = np.zeros(problem.dim) if w0 is None else np.where(on, w0, 0.0)
    res = minimize(fun, x0, jac=True, method="L-BFGS-B", bounds=bounds,
                   options={"maxiter": 20000, "ftol": 1e-15, "gtol": 1e-10})
    w = res.x
    return problem.objective(w), w


def outer_approximation(problem: GroupPruningProblem, formulation: str = "perspective",
                        gap_tol: float = 1e-6, time_limit: float = 600.0,
                        max_iter: int = 500, debug_file: str | None = None) -> MipResult:
    """Solve the MIP by outer approximation (see the module docstring)."""
    if formulation not in ("bigm", "perspective"):
        raise ValueError(f"formulation must be 'bigm' or 'perspective', got {formulation!r}")
    t0 = time.perf_counter()
    pb = problem
    d, G = pb.dim, pb.num_groups
    ncol = d + 2 * G + 1  # w, y, t, η
    iy, it, ie = d, d + G, d + 2 * G
    bnd = pb.entry_bounds()
    t_max = np.array([g.size for g in pb.groups]) * pb.M ** 2
    lo = np.concatenate([-bnd, np.zeros(G), np.zeros(G), [0.0]])
    hi = np.concatenate([bnd, np.ones(G), t_max, [INF]])
    lam, a = pb.lam, pb.alpha
    cost = np.zeros(ncol)
    cost[iy:it], cost[it:ie], cost[ie] = lam * (1 - a), lam * a, 1.0
    integ = np.zeros(ncol, dtype=bool)
    integ[iy:it] = True
    rows: list[sp.csr_matrix] = []
    rlo: list[float] = []
    rhi: list[float] = []
    ent = np.flatnonzero(pb.owner >= 0)
    m = ent.size
    r = np.arange(m)
    for sgn in (1.0, -1.0):
        cols = np.concatenate([ent, iy + pb.owner[ent]])
        rows.append(sp.csr_matrix((np.concatenate([np.full(m, sgn), -bnd[ent]]),
                                   (np.concatenate([r, r]), cols)), shape=(m, ncol)))
        rlo += [-INF] * m
        rhi += [0.0] * m
    if pb.k is not None:
        row = np.zeros((1, ncol))
        row[0, iy:it] = 1
        rows.append(sp.csr_matrix(row))
        rlo.append(-INF)
        rhi.append(float(pb.k))
    n_cuts = 0

    def add_cuts(w: np.ndarray) -> None:
        nonlocal n_cuts
        g = pb.loss_grad(w)
        row = np.zeros(ncol)
        row[:d], row[ie] = -g, 1.0
        rows.append(sp.csr_matrix(row))
        rlo.append(pb.loss_value(w) - g @ w)
        rhi.append(INF)
        for j, idx in enumerate(pb.groups):
            wb = w[idx]
            row = np.zeros(ncol)
            row[idx], row[it + j] = -2 * wb, 1.0
            if formulation == "perspective":
                row[iy + j] = wb @ wb
                rlo.append(0.0)
            else:
                rlo.append(-(wb @ wb))
            rows.append(sp.csr_matrix(row))
            rhi.append(INF)
        n_cuts += 1 + G

    quad = FixedSupportQP(pb) if pb.loss == "squared" else None

    def incumbent(keep: np.ndarray, w0=None) -> tuple[float, np.ndarray]:
        return quad.solve(keep) if quad is not None else fixed_support(pb, keep, w0)

    best_val, best_w = incumbent(np.zeros(G))
    all_on = np.ones(G) if pb.k is None or pb.k >= G else np.zeros(G)
    val, w_all = incumbent(all_on)
    if val < best_val:
        best_val, best_w = val, w_all
    add_cuts(np.zeros(d))
    add_cuts(w_all)
    h = new_highs()
    h.setOptionValue("mip_rel_gap", 1e-9)
    h.setOptionValue("mip_abs_gap", 1e-12)
    bound, root_bound, status, message, iters = -np.inf, np.nan, "iteration_limit", "", 0
    seen: set[bytes] = set()
    for iters in range(1, max_iter + 1):
        left = time_limit - (time.perf_counter() - t0)
        if left <= 0:
            status, message = "time_limit", f"time limit {time_limit:g} s reached"
            break
        h.setOptionValue("time_limit", float(left))
        A = sp.vstack(rows, format="csr")
        pass_qp(h, None, cost, lo, hi, A, np.array(rlo), np.array(rhi), integrality=integ)
        h.run()
        st = h.getModelStatus()
        info = h.getInfo()
        if st == highspy.HighsModelStatus.kTimeLimit:
            bound = max(bound, info.mip_dual_bound)
            status, message = "time_limit", f"time limit {time_limit:g} s reached in a master"
            break
        if st != highspy.HighsModelStatus.kOptimal and debug_file:
            h.writeModel(debug_file)
        if st != highspy.HighsModelStatus.kOptimal:
            status, message = "error", f"HiGHS master: {h.modelStatusToString(st)}"
            break
        bound = max(bound, min(info.mip_dual_bound, info.objective_function_value))
        if iters == 1:
            root_bound = bound
        x = np.asarray(h.getSolution().col_value)
        w_m, y_m = x[:d], np.round(x[iy:it])
        key = np.packbits(y_m > 0.5).tobytes()
        val, w_s = incumbent(y_m, w_m)
        if val < best_val:
            best_val, best_w = val, w_s
        if relative_gap(best_val, bound) <= gap_tol:
            status, message = "optimal", "gap closed"
            break
        add_cuts(w_s)
        add_cuts(w_m)
        seen.add(key)
    else:
        message = f"iteration limit {max_iter} reached"
    if not message:
        message = status
    gap = relative_gap(best_val, bound)
    return MipResult(status=status, message=message, objective=float(best_val),
                     bound=float(min(bound, best_val)), gap=gap, y=pb.support(best_w),
                     W=best_w.reshape(pb.p, pb.q), nodes=iters,
                     qp_solves=quad.solves if quad is not None else iters, cuts=n_cuts,
                     time=time.perf_counter() - t0, method="oa", formulation=formulation,
                     root_bound=float(root_bound), extra={"master_solves": iters})
