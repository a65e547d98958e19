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

Scaling: the cut rows and the objective are divided by s = max(|UB|, 1e-8) before each
master solve, so HiGHS's absolute feasibility tolerances (1e-6 in its MIP solver) act on
the objective relative to UB. Unscaled, an instance with optimum 6.7e-4 stalled for ever:
the cut at the master's own point was violated by 1.3e-7, inside the tolerance, so the
master returned the same point every round (docs/reliability.md, finding 5). With cuts at
the fixed-y optimum w_s, the master's value at that y is ≥ the fixed-y optimum (w_s
minimizes the convex fixed-y problem, so its linearization does too), so a y can come back
only when the gap is closed: finitely many rounds, up to the tolerances.

Ctrl-C (KeyboardInterrupt) returns status "interrupted" with the incumbent (its objective
recomputed from W) and the last master bound, which is a valid lower bound. A master runs in
highspy's solver thread, so Ctrl-C cancels it at once instead of waiting for it to finish.

Speed (2-core CPU shared, no GPU): the 3-group instance of finding 1 in 4 rounds, 0.1 s;
syn_g8_s0 (8 groups) in 6 rounds, 0.7–2 s; syn_g15_s0 (60×45, 15 groups) still at gap
4.7e-2 after 35 rounds and 80 s (spruce's B&B: 0.3 s), each master a MILP from scratch.
"""

from __future__ import annotations

import time
from collections.abc import Callable

import highspy
import numpy as np
import scipy.sparse as sp
from scipy.optimize import minimize

from .problem import GroupPruningProblem
from .qp import INF, FixedSupportQP, new_highs, pass_qp
from .result import MipResult, relative_gap

STALL_ROUNDS = 3  # the same master point this many rounds running, no bound progress: stop


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


def _run_master(h: highspy.Highs) -> None:
    """h.run() in highspy's solver thread, so that Ctrl-C reaches Python at once (a master
    can take minutes): on KeyboardInterrupt the MIP is cancelled through HiGHS's interrupt
    callback, awaited (milliseconds), and the interrupt re-raised."""
    h.startSolve()
    try:
        while not h.wait(0.05)[0]:
            pass
    except KeyboardInterrupt:
        h.cancelSolve()
        h.wait()
        raise


def _master_rows(pb: GroupPruningProblem, ncol: int, iy: int):
    """The structural rows |W_j| ≤ M_j y_j (and Σ y ≤ k) as (list of blocks, lo, hi)."""
    bnd = pb.entry_bounds()
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
        row[0, iy:iy + pb.num_groups] = 1
        rows.append(sp.csr_matrix(row))
        rlo.append(-INF)
        rhi.append(float(pb.k))
    return rows, rlo, rhi


def outer_approximation(problem: GroupPruningProblem, formulation: str = "perspective",
                        gap_tol: float = 1e-6, time_limit: float = 600.0,
                        max_iter: int = 500, debug_file: str | None = None,
                        callback: Callable[[dict], None] | None = None) -> MipResult:
    """Solve the MIP by outer approximation (see the module docstring).

    callback, if given, is called after every round with {"round", "lower", "upper", "y",
    "time"} (the master bound, the incumbent value, the master's y, seconds so far).
    """
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
    rows, rlo, rhi = _master_rows(pb, ncol, iy)
    n_struct = len(rlo)  # rows past this one are cuts, in objective units: scaled by 1/s
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

    best_w = np.zeros(d)  # W = 0 is always feasible
    best_val = pb.objective(best_w)
    bound, root_bound, status, message, iters = -np.inf, np.nan, "iteration_limit", "", 0
    done = 0  # masters solved to the end
    try:
        val, w0 = incumbent(np.zeros(G))
        if val < best_val:
            best_val, best_w = val, w0
        all_on = np.ones(G) if pb.k is None or pb.k >= G else np.zeros(G)
        val, w_all = incumbent(all_on)
        if val < best_val:
            best_val, best_w = val, w_all
        add_cuts(np.zeros(d))
        add_cuts(w_all)
        h = new_highs()
        h.setOptionValue("mip_rel_gap", 1e-9)
        h.setOptionValue("mip_abs_gap", 1e-12)
        h.HandleUserInterrupt = True  # cancelSolve() stops a running master
        last, stalls, done = None, 0, 0
        for iters in range(1, max_iter + 1):
            left = time_limit - (time.perf_counter() - t0)
            if left <= 0:
                status, message = "time_limit", f"time limit {time_limit:g} s reached"
                break
            h.setOptionValue("time_limit", float(left))
            s = max(abs(best_val), 1e-8)  # objective scale: tolerances act relative to UB
            sv = np.ones(len(rlo))
            sv[n_struct:] = 1.0 / s
            A = sp.diags(sv) @ sp.vstack(rows, format="csr")
            pass_qp(h, None, cost / s, lo, hi, A.tocsr(), np.array(rlo) * sv,
                    np.array(rhi) * sv, integrality=integ)
            _run_master(h)
            st = h.getModelStatus()
            info = h.getInfo()
            if st == highspy.HighsModelStatus.kTimeLimit:
                bound = max(bound, s * info.mip_dual_bound)
                status, message = "time_limit", f"time limit {time_limit:g} s reached in a master"
                break
            if st != highspy.HighsModelStatus.kOptimal and debug_file:
                h.writeModel(debug_file)
            if st != highspy.HighsModelStatus.kOptimal:
                status, message = "error", f"HiGHS master: {h.modelStatusToString(st)}"
                break
            done += 1
            master = s * min(info.mip_dual_bound, info.objective_function_value)
            progress = master > bound
            bound = max(bound, master)
            if iters == 1:
                root_bound = bound
            x = np.asarray(h.getSolution().col_value)
            w_m, y_m = x[:d], np.round(x[iy:it])
            val, w_s = incumbent(y_m, w_m)
            if val < best_val:
                best_val, best_w = val, w_s
            if callback is not None:
                callback({"round": iters, "lower": float(bound), "upper": float(best_val),
                          "y": y_m.copy(), "time": time.perf_counter() - t0})
            if relative_gap(best_val, bound) <= gap_tol:
                status, message = "optimal", "gap closed"
                break
            same = last is not None and np.array_equal(y_m, last[1]) and np.allclose(
                w_m, last[0], rtol=1e-12, atol=1e-14)
            stalls = stalls + 1 if same and not progress else 0
            if stalls >= STALL_ROUNDS:
                status = "error"
                message = (f"master stalled at gap {relative_gap(best_val, bound):.2e} > "
                           f"{gap_tol:g}: its cuts no longer separate its own point (HiGHS's "
                           "tolerances); incumbent and bound are still valid")
                break
            last = (w_m, y_m)
            add_cuts(w_s)
            add_cuts(w_m)
        else:
            message = f"iteration limit {max_iter} reached"
    except KeyboardInterrupt:  # Ctrl-C: keep the incumbent and the last master bound
        status = "interrupted"
        message = (f"interrupted by the user after {done} master rounds: incumbent and the "
                   "last master bound kept")
    if not message:
        message = status
    best_val = pb.objective(best_w)  # the incumbent's own value, whatever got interrupted
    gap = relative_gap(best_val, bound)
    return MipResult(status=status, message=message, objective=float(best_val),
                     bound=float(min(bound, best_val)), gap=gap, y=pb.support(best_w),
                     W=best_w.reshape(pb.p, pb.q), nodes=iters,
                     qp_solves=quad.solves if quad is not None else iters, cuts=n_cuts,
                     time=time.perf_counter() - t0, method="oa", formulation=formulation,
                     root_bound=float(root_bound), extra={"master_solves": iters})
