"""Outer approximation: a HiGHS MILP master with linear cuts, the simple and teachable path.

Master (a MILP; η is the loss epigraph, t_j the epigraph of α‖W_j‖²-part):
    min  η + λ(1−α) Σ y_j + λα Σ t_j
    s.t. η ≥ L(w̄) + ∇L(w̄)ᵀ(w − w̄)                    (loss cuts, any convex loss)
         t_j ≥ 2w̄ᵀW_j − ‖w̄‖² y_j                      (perspective cuts)   or
         t_j ≥ 2w̄ᵀW_j − ‖w̄‖²                          (gradient cuts of ‖W_j‖², "big-M")
         |W_j| ≤ M_j y_j,  Σ y ≤ k,  y ∈ {0,1}
Loop: solve the master (lower bound), solve the fixed-y problem at its y (an incumbent:
qp.FixedSupportQP, the one fixed-support solver: HiGHS QP for the squared loss, L-BFGS-B for
the logistic loss), add cuts at both points, until
    (UB − LB)/max(|UB|, 1e-8·L(0)) ≤ gap_tol
(the gap of every method, result.relative_gap). The structural rows |W_j| ≤ M_j y_j, Σy ≤ k
are qp.link_rows, the rows of the branch-and-bound's node QPs. Each round re-solves a MILP
from scratch, which is why the branch-and-bound (spruce.mip.bnb) is the engine and this is
the reference. MipResult.rounds counts the masters solved (nodes stays 0).

Scaling: the cut rows and the objective are divided by s = max(|UB|, 1e-8·L(0)) before each
master solve, so HiGHS's absolute feasibility tolerances (1e-6 in its MIP solver) act on
the objective relative to UB. Unscaled, an instance with optimum 6.7e-4 stalled for ever:
the cut at the master's own point was violated by 1.3e-7, inside the tolerance, so the
master returned the same point every round (docs/reliability.md, finding 5). With cuts at
the fixed-y optimum w_s, the master's value at that y is ≥ the fixed-y optimum (w_s
minimizes the convex fixed-y problem, so its linearization does too), so a y can come back
only when the gap is closed: finitely many rounds, up to the tolerances.

Large M and HiGHS's word (issue #15): the master is built on reform.tightened (M_j ≤ a
provable bound on the optimal weights; free weights bounded the same way by
reform.free_limit). With M = 1e7 on weights of size 1, HiGHS's integrality tolerance let a
"y = 0" carry |W| up to 10 and its presolve returned a master bound 72× too high: OA said
"optimal" at 0.28082 where the optimum is 0.21712. HiGHS's answer is also checked every round:
the master's bound may not exceed its own value at the lifted incumbent (y its support, η and
t the least the cuts allow); a bound that overshoots, or that would close the gap, is solved
again without presolve (which also merged nearly parallel cuts of an almost linear loss: a
stall); a tolerance-sized overshoot (≤ gap_tol·UB) is paid twice out of the bound, a larger
one ends the run with status "error". HiGHS's feasibility tolerances are 1e-9 (rows are in
units of UB; its defaults let the master overshoot by 6e-7·UB), relaxed to its defaults and
then presolve dropped where a master fails. `offset` (a model file's constant) is added to η,
so the master works on the caller's scale. The result is re-certified on the original
problem by result.certify.

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

from .problem import GroupPruningProblem
from .qp import INF, FixedSupportQP, link_rows, new_highs, pass_qp
from .reform import free_limit, tightened
from .result import MipResult, certify, gap_floor, relative_gap

# HiGHS's tolerances that act on the master's (UB-scaled) rows, and their defaults
TOLERANCES = {"mip_feasibility_tolerance": 1e-6, "primal_feasibility_tolerance": 1e-7,
              "dual_feasibility_tolerance": 1e-7}
STALL_ROUNDS = 3  # the same master point this many rounds running, no bound progress: stop


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


def outer_approximation(problem: GroupPruningProblem, formulation: str = "perspective",
                        gap_tol: float = 1e-6, time_limit: float = 600.0,
                        max_iter: int = 500, debug_file: str | None = None,
                        callback: Callable[[dict], None] | None = None,
                        offset: float = 0.0) -> MipResult:
    """Solve the MIP by outer approximation (see the module docstring); the engine behind
    spruce.mip.solve(method="oa"), which checks the arguments (`_solve_iv`).

    callback, if given, is called after every round with {"round", "lower", "upper", "y",
    "time"} (the master bound, the incumbent value, the master's y, seconds so far).
    offset: a constant the caller adds to every objective (a model file's objective is the
    recovered problem's plus meta["objective_offset"]); the master works in those terms, so
    its tolerances act on the caller's scale. callback values stay in the problem's terms.
    """
    t0 = time.perf_counter()
    pb = tightened(problem)  # the same MIP with M ≤ a provable bound on the optimal weights
    d, G = pb.dim, pb.num_groups
    ncol = d + 2 * G + 1  # w, y, t, η (η includes the offset)
    iy, it, ie = d, d + G, d + 2 * G
    # free weights bounded too where the curvature of the loss gives a bound (exact): left
    # unbounded, a master sent one to −4.8e7 and its rows lost every digit ("Solve error")
    bnd = np.minimum(pb.entry_bounds(), free_limit(pb))
    t_max = np.array([g.size for g in pb.groups]) * pb.M ** 2
    lo = np.concatenate([-bnd, np.zeros(G), np.zeros(G), [offset]])  # L ≥ 0
    hi = np.concatenate([bnd, np.ones(G), t_max, [INF]])
    lam, a = pb.lam, pb.alpha
    cost = np.zeros(ncol)
    cost[iy:it], cost[it:ie], cost[ie] = lam * (1 - a), lam * a, 1.0
    integ = np.zeros(ncol, dtype=bool)
    integ[iy:it] = True
    A0, lo0, hi0 = link_rows(pb, ncol, iy)  # the same rows as the node QPs' (spruce.mip.qp)
    rows: list[sp.csr_matrix] = [A0]
    rlo: list[float] = list(lo0)
    rhi: list[float] = list(hi0)
    n_struct = len(rlo)  # rows past this one are cuts, in objective units: scaled by 1/s
    n_blocks = len(rows)  # the blocks of rows before the first cut
    unit = pb.loss_scale()  # L(0): the gap's unit, as in every method
    kind: list[int] = []  # per cut row: the column it bounds (−1: η, j: t_j)
    n_cuts = 0

    def add_cuts(w: np.ndarray) -> None:
        nonlocal n_cuts
        g = pb.loss_grad(w)
        row = np.zeros(ncol)
        row[:d], row[ie] = -g, 1.0
        rows.append(sp.csr_matrix(row))
        rlo.append(pb.loss_value(w) + offset - g @ w)
        rhi.append(INF)
        kind.append(-1)
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
            kind.append(j)
        n_cuts += 1 + G

    def lifted_value(w: np.ndarray) -> float:
        """The master's objective at the feasible point w (y its support, η and t the least
        values the cuts allow): the master's optimum cannot exceed it."""
        x = np.zeros(ncol)
        x[:d], x[iy:it] = w, pb.support(w)
        A = sp.vstack(rows[n_blocks:], format="csr")
        need = np.asarray(rlo[n_struct:]) - A @ x
        kinds = np.asarray(kind)
        x[ie] = max(offset, float(need[kinds < 0].max()))
        for j in range(G):
            x[it + j] = max(0.0, float(need[kinds == j].max()))
        return float(cost @ x)

    fixed = FixedSupportQP(pb)  # the one fixed-support solver (any loss)

    mode = {"tight": True, "presolve": True}  # HiGHS's tolerances at 1e-9 (the cut rows
    # are in units of UB: its defaults let masters overshoot the incumbent by 6e-7·UB), and
    # presolve; each is dropped for good where a master fails with it

    def solve_master(h: highspy.Highs, presolve: bool | None = None):
        """(status, bound, x) of the master HiGHS holds; bound in the offset's terms. A
        master that fails (seen: "Solve error" with unbounded free weights) is solved again
        with HiGHS's default tolerances, then without presolve."""
        pre = mode["presolve"] if presolve is None else presolve
        ladder = [(mode["tight"], pre)]
        if mode["tight"]:
            ladder.append((False, pre))
        if pre:
            ladder.append((False, False))
        for tight, pre in ladder:
            h.setOptionValue("presolve", "choose" if pre else "off")
            for opt, default in TOLERANCES.items():
                h.setOptionValue(opt, 1e-9 if tight else default)
            _run_master(h)
            st = h.getModelStatus()
            if st in (highspy.HighsModelStatus.kOptimal, highspy.HighsModelStatus.kTimeLimit,
                      highspy.HighsModelStatus.kInterrupt):
                break
        if st == highspy.HighsModelStatus.kOptimal and (tight, pre) != ladder[0]:
            mode["tight"] = tight
            mode["presolve"] = mode["presolve"] and pre
        info = h.getInfo()
        x = np.asarray(h.getSolution().col_value) if st == highspy.HighsModelStatus.kOptimal \
            else None
        return st, min(info.mip_dual_bound, info.objective_function_value), x

    best_w = np.zeros(d)  # W = 0 is always feasible
    best_val = pb.objective(best_w)
    bound, root_bound, status, message, iters = -np.inf, np.nan, "iteration_limit", "", 0
    done = 0  # masters solved to the end
    rechecks = 0
    try:
        val, w0 = fixed.solve(np.zeros(G))
        if val < best_val:
            best_val, best_w = val, w0
        all_on = np.ones(G) if pb.k is None or pb.k >= G else np.zeros(G)
        val, w_all = fixed.solve(all_on)
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
                status, message = "time_limit", f"time limit {time_limit:.3g} s reached"
                break
            h.setOptionValue("time_limit", float(left))
            s = max(abs(best_val + offset), gap_floor(unit))  # tolerances relative to UB
            sv = np.ones(len(rlo))
            sv[n_struct:] = 1.0 / s
            A = sp.diags(sv) @ sp.vstack(rows, format="csr")
            pass_qp(h, None, cost / s, lo, hi, A.tocsr(), np.array(rlo) * sv,
                    np.array(rhi) * sv, integrality=integ)
            st, value, x = solve_master(h)
            if st == highspy.HighsModelStatus.kTimeLimit:
                bound = max(bound, s * h.getInfo().mip_dual_bound)
                status, message = "time_limit", f"time limit {time_limit:.3g} s reached in a master"
                break
            if st != highspy.HighsModelStatus.kOptimal and debug_file:
                h.writeModel(debug_file)
            if st != highspy.HighsModelStatus.kOptimal:
                status, message = "error", f"HiGHS master: {h.modelStatusToString(st)}"
                break
            master = s * value
            # HiGHS's word is checked: the master cannot exceed its value at the incumbent,
            # and a bound that closes the gap gets a second opinion without presolve (its
            # presolve returned 72× the true master optimum when M ≫ the weights)
            slack = max(min(gap_tol, 1e-7), 1e-9) * s
            known = lifted_value(best_w)
            closes = relative_gap(best_val + offset, max(bound, master), unit) <= gap_tol
            if mode["presolve"] and (master > known + slack or closes):
                st2, value2, x2 = solve_master(h, False)
                if st2 == highspy.HighsModelStatus.kOptimal and s * value2 < master - slack:
                    mode["presolve"], rechecks = False, rechecks + 1
                    master, x = s * value2, x2
                    bound = min(bound, master)  # the earlier rounds had all fewer cuts
            over = master - known
            if over > max(gap_tol, 1e-9) * s:
                status = "error"
                message = (f"the MILP master's bound {master - offset:.10g} exceeds "
                           f"{known - offset:.10g}, its own value at the incumbent: HiGHS's "
                           "answer is numerically wrong on this instance (with and without "
                           "presolve); incumbent and the previous bound kept")
                break
            if over > 0:  # a tolerance-sized error (seen: 2e-7·UB): the bound pays it twice
                master = known - over
            done += 1
            progress = master > bound
            bound = max(bound, master)
            if iters == 1:
                root_bound = bound - offset
            w_m, y_m = x[:d], np.round(x[iy:it])
            val, w_s = fixed.solve(y_m, w_m)
            if val < best_val:
                best_val, best_w = val, w_s
            if callback is not None:
                callback({"round": iters, "lower": float(bound - offset),
                          "upper": float(best_val), "y": y_m.copy(),
                          "time": time.perf_counter() - t0})
            if relative_gap(best_val + offset, bound, unit) <= gap_tol:
                status, message = "optimal", "gap closed"
                break
            same = last is not None and np.array_equal(y_m, last[1]) and np.allclose(
                w_m, last[0], rtol=1e-12, atol=1e-14)
            stalls = stalls + 1 if same and not progress else 0
            if stalls >= STALL_ROUNDS and mode["presolve"]:  # HiGHS's presolve merges nearly
                # parallel cuts (tangents of a loss that is almost linear on the box): retry
                # without it before giving up
                mode["presolve"], rechecks, stalls = False, rechecks + 1, 0
            if stalls >= STALL_ROUNDS:
                status = "error"
                message = (f"master stalled at gap "
                           f"{relative_gap(best_val + offset, bound, unit):.2e} > "
                           f"{gap_tol:g}: its "
                           "cuts no longer separate its own point (HiGHS's tolerances); "
                           "incumbent and bound are still valid")
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
    extra = {"master_solves": iters, "master_rechecks": rechecks,
             "master_presolve": "on" if mode["presolve"] else "off",
             "master_tolerance": 1e-9 if mode["tight"] else "default"}
    if pb is not problem:
        extra["big_m_limit"] = pb.meta["big_m_limit"]
    res = MipResult(status=status, message=message, objective=float(pb.objective(best_w)),
                    bound=float(bound - offset), gap=np.nan, y=pb.support(best_w),
                    W=best_w.reshape(pb.p, pb.q), rounds=done,
                    qp_solves=fixed.solves, cuts=n_cuts,
                    time=time.perf_counter() - t0, method="oa", formulation=formulation,
                    root_bound=float(root_bound), extra=extra)
    # on the original problem: objective recomputed from W, the bound checked against it
    return certify(problem, res, gap_tol)
