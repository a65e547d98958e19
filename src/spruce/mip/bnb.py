"""Exact branch-and-bound over the indicators y with convex node relaxations.

A node fixes some y_j ∈ {0, 1}; its bound is a valid lower bound of the node's relaxation:
    big-M node         the continuous relaxation, a plain convex QP solved by HiGHS: one
                       model for the whole tree, a node only changes the bounds of y and
                       re-solves hot (qp_allow_hot_start); first-order ("fista", with its dual
                       bound) above QP_MAX_DIM weights. HiGHS's objective is never the bound:
                       its active-set solver (zero curvature in y) has said "optimal" at
                       points 600× above the node optimum, "unbounded" on a box, and stalled
                       on X = 0. The bound is the Fenchel dual bound D(W̄) at HiGHS's point
                       (with the budget row's multiplier), valid at any W̄; where it does not
                       match HiGHS's value within 1e-9, or HiGHS fails (iterations capped),
                       the first-order solver continues from that point to a certified bound;
    perspective, "qp"  the HiGHS QP with α‖W_j‖² of free groups replaced by t_j and perspective
                       cuts t_j ≥ 2w̄ᵀW_j − ‖w̄‖² y_j from one global pool, added in rounds while
                       Σ_j λα(‖W_j‖²/y_j − t_j) (the distance to the true perspective bound)
                       exceeds a tolerance; every QP value is a valid bound;
    perspective, "fista" (the default) the first-order solve of L + λΣ spr
                       (spruce.mip.perspective), warm-started at the parent's W, with its
                       Fenchel dual bound; it stops as soon as the bound prunes the node. A
                       budget Σy ≤ k is dualized (multiplier μ, bisection from the parent's μ).
                       HiGHS's active-set QP solver needed 10⁴–10⁵ iterations on the cut QPs
                       (zero curvature in y, t), hence this default.
Search: best bound first; a child starts from its parent's bound and is discarded before
its QP if that bound already reaches the incumbent; rounds stop as soon as the node bound
reaches the incumbent. Branching: the most fractional y_j (ties: the largest violation).
Incumbents: the fixed-support QP (exact value of one y) at y rounded at 0.5 and at y > 0,
polished by Newton steps on its active face. A leaf (every y fixed) also offers its node
point, and its bound (the dual bound at the better point) stays in the final bound, so an
inexact fixed-support QP shows as a gap instead of a wrong "optimal".
Stops when (UB − LB)/max(|UB|, 1e-8·L(0)) ≤ gap_tol (default 1e-6).

Badly scaled data (finding 4 of docs/reliability.md): the search runs on the instance with M
tightened to a provable bound on the optimal weights (problem.tightened: an M of 1e9 means
the same as the smallest valid M) and normalized to L'(0) = 1 and ‖X'ᵀX'/n‖ = 1 (objective
unit s = L(0), weights W = c·U; see problem.normalized), where HiGHS's absolute tolerances and
ours mean the same for data scaled by 10⁻⁶ or 10⁶; the result is re-certified on the original
data (result.recertify/certify: objective = problem.objective(W), bound = problem.lift_bound
of the searched bound, ≈ s·bound' less what the rounding of the normalized λ', α' can change
the penalty by). A kept group costs at least λ(1−α): when that reaches the all-pruned value
the search ends at once. Incumbent values always come from the residual form, never from
½wᵀHw − bᵀw + c. `offset` (a model file's constant, see spruce.mip.recover) makes the search
close its gap relative to |objective + offset|, the file's own scale.

Squared loss only (the loss stays exactly quadratic in every node); the logistic loss goes
through the outer approximation (spruce.mip.oa).
Speed (2-core CPU, no GPU): see benchmarks/bench_mip.py.
"""

from __future__ import annotations

import heapq
import itertools
import time

import numpy as np

from .perspective import PerspectiveSolver
from .problem import GroupPruningProblem, normalized, tightened
from .qp import FixedSupportQP, NodeQPBuilder, new_highs, solve_qp
from .result import GAP_FLOOR, MipResult, recertify, relative_gap

QP_MAX_DIM = 300  # above this many weights, big-M nodes also use the first-order solver


def _keep_sets(y: np.ndarray, state: np.ndarray, k: int | None) -> list[np.ndarray]:
    """Candidate supports from a relaxed y: rounded at 0.5, and every y_j > 0 (top-k)."""
    out = []
    for thr in (0.5, 1e-6):
        keep = np.where(state >= 0, state == 1, y > thr)
        if k is not None and keep.sum() > k:
            score = np.where(state == 1, 2.0, np.where(state == 0, -1.0, y))
            keep = np.zeros_like(keep)
            keep[np.argsort(-score)[:k]] = True
        out.append(keep)
    return out


def branch_and_bound(problem: GroupPruningProblem, formulation: str = "perspective",
                     gap_tol: float = 1e-6, time_limit: float = 600.0,
                     node_limit: int = 1_000_000, node_solver: str = "auto", max_rounds: int = 8,
                     stall: float = 0.05, cut_tol: float = 1e-7,
                     progress: bool = False, offset: float = 0.0) -> MipResult:
    """Solve the pruning MIP exactly (to gap_tol). See the module docstring.

    The search runs on the instance with M tightened to a provable bound on the optimal
    weights (problem.tightened) and divided by its unit s = L(0) (X/√s, Y/√s, λ/s: the same
    argmin, every objective divided by s), so that the solvers' tolerances mean the same on
    data scaled by 10⁻⁶ or 10⁶ and for any M; the result is re-certified on the original data
    (result.certify): objective = problem.objective(W), bound = s·κ·(scaled bound), gap
    relative to max(|objective|, 1e-8·L(0)).

    offset: a constant the caller adds to every objective (a model file's objective is the
    recovered problem's plus meta["objective_offset"]): the search closes its gap relative to
    |objective + offset|, the caller's scale, where that is above the rounding floor.
    """
    if problem.loss != "squared":
        raise ValueError(f"branch_and_bound needs loss='squared' (got {problem.loss!r}); "
                         "use method='oa' for the logistic loss")
    if gap_tol < 0 or time_limit <= 0:
        raise ValueError(f"need gap_tol >= 0 and time_limit > 0, got {gap_tol}, {time_limit}")
    if node_solver not in ("auto", "qp", "fista"):
        raise ValueError(f"node_solver must be auto, qp or fista, got {node_solver!r}")
    if not np.isfinite(offset):
        raise ValueError(f"offset must be finite, got {offset!r}")
    work = tightened(problem)
    search, scale, c, kappa = normalized(work)
    res = _search(search, formulation, gap_tol, time_limit, node_limit, node_solver,
                  max_rounds, stall, cut_tol, progress, offset / scale)
    if work is not problem:
        res.extra["big_m_limit"] = work.meta["big_m_limit"]
    return recertify(problem, res, search, scale, c, kappa, gap_tol)


def _search(problem: GroupPruningProblem, formulation: str, gap_tol: float, time_limit: float,
            node_limit: int, node_solver: str, max_rounds: int, stall: float, cut_tol: float,
            progress: bool, offset: float = 0.0) -> MipResult:
    """The branch-and-bound itself, on an instance whose unit L(0) is 1 (or 0); gaps relative
    to |objective + offset| (see branch_and_bound)."""
    if node_solver == "auto":  # HiGHS's QP solver slows down badly past a few hundred columns
        node_solver = "qp" if formulation == "bigm" and problem.dim <= QP_MAX_DIM else "fista"
    t0 = time.perf_counter()
    deadline = t0 + time_limit  # first-order node solves stop there (their bound stays valid)
    G = problem.num_groups
    builder = NodeQPBuilder(problem, formulation)
    fixed = FixedSupportQP(problem)
    kind = "spr" if formulation == "perspective" else "bigm"
    fo = PerspectiveSolver(problem, kind) if node_solver == "fista" else None
    h = new_highs()
    persp = builder.persp
    lam_a = problem.lam * problem.alpha
    stats = {"qp_solves": 0, "failures": 0}

    best_val, best_w = fixed.solve(np.zeros(G))  # W = 0 is always feasible
    if persp and fo is None:  # seed the cut pool at the all-on ridge fit
        _, w_all = fixed.solve(np.ones(G) if problem.k is None or problem.k >= G
                               else np.zeros(G))
        for j, g in enumerate(problem.groups):
            if np.any(w_all[g]):
                builder.add_cut(j, w_all[g])

    unit = problem.loss_scale() or 1.0  # 1 after the scaling in branch_and_bound

    def prune_level() -> float:
        return best_val - gap_tol * max(abs(best_val + offset), GAP_FLOOR * unit)

    def node_tol() -> float:
        """The node solves' relative tolerance: 0.1·gap_tol, scaled down (at most 1e-6×)
        where the caller's objective (with the offset) is smaller than the searched one (a
        model file whose recovered form carries a large constant)."""
        ratio = max(abs(best_val + offset), GAP_FLOOR * unit) / max(abs(best_val),
                                                                      GAP_FLOOR * unit)
        return 0.1 * gap_tol * min(1.0, max(ratio, 1e-6))

    loaded: list[bool] = []
    y_cols = np.arange(problem.dim, problem.dim + G, dtype=np.int32)
    # big-M HiGHS nodes are certified: HiGHS's active-set QP solver (zero curvature in y) has
    # been seen to report "optimal" at points far from optimal and "unbounded" on a box, so
    # its objective is never used as a bound; the Fenchel dual bound at its point is
    cert = PerspectiveSolver(problem, "bigm") if node_solver == "qp" and not persp else None
    # HiGHS's QP iterations are capped (it stalled forever on X = 0); past the cap the
    # first-order solver takes over
    if cert is not None:
        h.setOptionValue("qp_iteration_limit", 50 * builder.ncol + 1000)

    def certified_bigm(state, w, mu):
        """A valid lower bound on the big-M node at any w: the Fenchel dual bound of the
        Lagrangian with multiplier μ ≥ 0 on the budget row (μ = 0 without a budget)."""
        lam, a = problem.lam, problem.alpha
        if mu > 0:
            cert.lam, cert.alpha = lam + mu, lam * a / (lam + mu)
        try:
            return cert.dual_bound(w, state) - mu * (problem.k or 0)
        finally:
            cert.lam, cert.alpha = lam, a

    def bigm_node(state, parent_bound, w_parent):
        """(bound, w, y, violation) of a big-M node: HiGHS's point, certified by the dual
        bound; where HiGHS fails or its point does not certify, the first-order solver."""
        if problem.k is not None and int((state == 1).sum()) > problem.k:
            return np.inf, None, None, np.zeros(G)  # the only way a big-M node is infeasible
        if not loaded:  # one model for the whole tree, a node only changes the bounds of y
            builder.load(h, np.full(G, -1, np.int8))
            loaded.append(True)
        h.changeColsBounds(G, y_cols, np.where(state == 1, 1.0, 0.0),
                           np.where(state == 0, 0.0, 1.0))
        res = solve_qp(h)
        stats["qp_solves"] += 1
        if res.status.startswith("error"):  # a numerical failure: rebuild once, cold
            h.clearSolver()
            h.setOptionValue("qp_allow_hot_start", False)
            res = solve_qp(h)
            h.setOptionValue("qp_allow_hot_start", True)
            stats["qp_solves"] += 1
        mu = 0.0
        bound = -np.inf
        if res.status == "optimal":
            w = cert._refit_free(res.x[:problem.dim]) if problem.free.size else res.x[:problem.dim]
            if problem.k is not None:
                mu = abs(float(h.getSolution().row_dual[-1]))
                mu = mu if np.isfinite(mu) else 0.0
            bound = certified_bigm(state, w, mu)
            value = cert.loss(w)[0] + cert.penalty(w, state)
            certified = value - bound <= 1e-9 * max(unit, abs(value))
        else:
            stats["failures"] += 1
            w = cert.project(np.zeros(problem.dim) if w_parent is None else w_parent, state)
            certified = False
        if not certified and bound < prune_level():
            lam, a = problem.lam, problem.alpha
            if mu > 0:
                cert.lam, cert.alpha = lam + mu, lam * a / (lam + mu)
            try:
                b_fo, _, w_fo = cert.solve(state, w, tol=node_tol(),
                                           stop_at=prune_level() + mu * (problem.k or 0),
                                           max_iter=5000, deadline=deadline)
            finally:
                cert.lam, cert.alpha = lam, a
            b_fo -= mu * (problem.k or 0)
            if b_fo > bound or res.status != "optimal":
                bound, w = max(bound, b_fo), w_fo
        return max(bound, parent_bound), w, cert.indicator(w, state), np.zeros(G)

    def qp_node(state, parent_bound):
        """(bound, w, y, violation) of a HiGHS perspective node; w is None when infeasible."""
        builder.load(h, state)
        bound, sol, viol = parent_bound, None, np.zeros(G)
        for rnd in range(max_rounds if persp else 1):
            res = solve_qp(h)
            stats["qp_solves"] += 1
            if res.status.startswith("error"):  # a numerical failure: rebuild once, cold
                builder.load(h, state)
                h.setOptionValue("qp_allow_hot_start", False)
                res = solve_qp(h)
                h.setOptionValue("qp_allow_hot_start", True)
                stats["qp_solves"] += 1
            if res.status == "infeasible":
                return np.inf, None, None, viol
            if res.status != "optimal":
                if sol is None:  # keep the parent's bound and branch anyway: still exact
                    stats["failures"] += 1
                    y = np.where(state >= 0, state, 0.5).astype(float)
                    return parent_bound, np.zeros(problem.dim), y, viol
                break
            gain = res.objective - bound if rnd else np.inf
            bound, sol = max(parent_bound, res.objective), res.x
            if not persp or bound >= prune_level():
                break
            w, y, t = builder.split(sol)
            viol = builder.violations(w, y, t, state)
            if lam_a * viol.sum() <= cut_tol * max(unit, abs(bound)):
                break
            if gain < stall * (prune_level() - bound):
                break  # Kelley's tail: branching pays more than further rounds
            for j in np.flatnonzero(viol * lam_a > 0.1 * cut_tol * max(unit, abs(bound))):
                if builder.add_cut(int(j), w[problem.groups[j]] / y[j]):
                    builder.append_cuts(h, int(j), [builder.pool[j][-1]])
        w, y, _ = builder.split(sol)
        return bound, w, np.clip(y, 0.0, 1.0), viol

    mu_parent = [0.0]  # the Lagrange multiplier of the budget row: in from the parent, out

    def fista_node(state, parent_bound, w0):
        bound, _, w = fo.solve(state, w0, tol=node_tol(), stop_at=prune_level(),
                               max_iter=5000, deadline=deadline)
        y = fo.indicator(w, state)
        if problem.k is not None:
            room = problem.k - int((state == 1).sum())
            if room < 0:
                return np.inf, None, None, np.zeros(G)
            if y[state < 0].sum() > room + 1e-9 and bound < prune_level():
                mu0 = mu_parent[0]
                bound, w, y, mu = budget_dual(state, w, bound, room, mu0)
                mu_parent[0] = mu
        return max(bound, parent_bound), w, y, np.zeros(G)

    def budget_dual(state, w, bound0, room, mu0):
        """max over μ ≥ 0 of V(λ+μ, λα/(λ+μ)) − μk (V charges μ per fixed-1 group as well,
        so this is the Lagrangian of Σ_free y ≤ room): bisection on Σ_free y*(μ) − room,
        starting from the parent's μ. Every value is a valid bound, so inexact solves are
        safe."""
        lam, a = problem.lam, problem.alpha
        best, best_w, best_y, best_mu = bound0, w, fo.indicator(w, state), 0.0
        free = state < 0
        k_all = room + int((state == 1).sum())

        def at(mu):
            nonlocal best, best_w, best_y, best_mu
            fo.lam, fo.alpha = lam + mu, lam * a / (lam + mu)
            v, _, w_mu = fo.solve(state, best_w, tol=1e-5, max_iter=1000,
                                  stop_at=prune_level() + mu * k_all, deadline=deadline)
            y_mu = fo.indicator(w_mu, state)
            # v counts μ for every fixed-1 group too (their cost λ'(1−α') = λ(1−α) + μ), so
            # the Lagrangian bound is v − μ(room + #fixed 1) = v − μk
            if v - mu * k_all > best:
                best, best_w, best_y, best_mu = v - mu * k_all, w_mu, y_mu, mu
            return y_mu[free].sum() > room  # True: μ is too small

        g = -fo.rows(fo.loss(np.zeros(problem.dim))[1])
        top = max(float((g * g).sum(1).max()) / max(4 * lam * a, 1e-300), lam) + lam
        lo, hi = 0.0, top
        if mu0 <= 0:  # no parent multiplier: bracket by doubling from a small μ
            mu = 1e-3 * max(lam, 1e-12)
            while mu < top and at(mu) and best < prune_level() \
                    and time.perf_counter() < deadline:
                lo, mu = mu, 4 * mu
            hi = min(mu, top)
        else:  # bracket the parent's multiplier first
            lo, hi = (mu0, min(top, 2 * mu0)) if at(mu0) else (0.5 * mu0, mu0)
            if best < prune_level():
                if lo == mu0 and at(hi):
                    lo, hi = hi, top
                elif hi == mu0 and not at(lo):
                    lo, hi = 0.0, lo
        for _ in range(12):
            if best >= prune_level() or hi - lo <= 1e-9 * max(1.0, hi) \
                    or time.perf_counter() > deadline:
                break
            mu = 0.5 * (lo + hi)
            if at(mu):
                lo = mu
            else:
                hi = mu
        fo.lam, fo.alpha = lam, a
        return best, best_w, best_y, best_mu

    # certifies leaves (every y fixed: the kind does not matter), never retuned by budget_dual
    leaf_cert = PerspectiveSolver(problem, "bigm")
    counter = itertools.count()
    root = np.full(G, -1, np.int8)
    heap: list[tuple[float, int, np.ndarray, tuple]] = [
        (-np.inf, next(counter), root, (None, 0.0))]
    nodes, pruned_min, root_bound = 0, np.inf, -np.inf
    # a kept group costs at least λ(1−α) (the loss and the ridge are ≥ 0): if that already
    # reaches the all-pruned value, all-pruned is optimal, certified without a node (the
    # relaxations are weakest exactly there, e.g. λ ≫ L(0) on badly scaled data)
    if problem.lam * (1 - problem.alpha) >= prune_level():
        heap, pruned_min = [], problem.lam * (1 - problem.alpha)
    status, message = "optimal", "gap closed"
    bar = None
    if progress:
        from tqdm import tqdm
        bar = tqdm(desc=f"B&B {formulation}", unit="node", leave=False)
    entry = None
    try:
        while heap:
            parent_bound, _, state, (w_parent, mu_parent[0]) = heap[0]
            if parent_bound >= prune_level():
                break
            if time.perf_counter() - t0 > time_limit:
                status, message = "time_limit", f"time limit {time_limit:g} s reached"
                break
            if nodes >= node_limit:
                status, message = "node_limit", f"node limit {node_limit} reached"
                break
            entry = heapq.heappop(heap)
            nodes += 1
            # a node solve that stalls (seen with X = 0) must not outlive the time limit
            h.setOptionValue("time_limit", max(time_limit - (time.perf_counter() - t0), 1e-3))
            if fo is not None:
                bound, w, y, viol = fista_node(state, parent_bound, w_parent)
            elif cert is not None:
                bound, w, y, viol = bigm_node(state, parent_bound, w_parent)
            else:
                bound, w, y, viol = qp_node(state, parent_bound)
            if nodes == 1:
                root_bound = bound
            if bar is not None:
                bar.update(1)
                lb = min([bound] + [e[0] for e in heap])
                bar.set_postfix(ub=f"{best_val:.6g}", lb=f"{lb:.6g}")
            if w is None or bound >= prune_level():
                pruned_min = min(pruned_min, bound)
                continue
            y = np.where(state >= 0, state, y)
            for keep in _keep_sets(y, state, problem.k):
                val, wk = fixed.solve(keep)
                if val < best_val:
                    best_val, best_w = val, wk
            if bound >= prune_level():
                pruned_min = min(pruned_min, bound)
                continue
            free = np.flatnonzero(state < 0)
            if free.size == 0:  # a leaf: the fixed-support QP above solved it; its node
                # point is feasible too, and its bound stays in the final bound in case the
                # QP was inexact (HiGHS's tolerances, seen with free entries)
                leaf_bound = bound
                for wc in (w, fixed.solve(state == 1)[1]):
                    wc = leaf_cert._refit_free(wc) if problem.free.size else wc
                    val = problem.objective(wc)
                    if val < best_val:
                        best_val, best_w = val, wc.copy()
                    leaf_bound = max(leaf_bound, leaf_cert.dual_bound(wc, state))
                pruned_min = min(pruned_min, leaf_bound)
                continue
            frac = np.minimum(y[free], 1 - y[free])
            score = frac + 1e-3 * viol[free] / max(viol.max(), 1e-300)
            j = int(free[np.argmax(score)])
            for v in (1, 0) if y[j] >= 0.5 else (0, 1):
                child = state.copy()
                child[j] = v
                heapq.heappush(heap, (bound, next(counter), child, (w, mu_parent[0])))
    except KeyboardInterrupt:  # Ctrl-C: return what we have, honestly labelled
        if entry is not None:
            heapq.heappush(heap, entry)
        status, message = "interrupted", f"interrupted by the user after {nodes} nodes"
    if bar is not None:
        bar.close()
    # the bound: the least of the incumbent, the open nodes and the nodes pruned on bound
    best_bound = min([best_val, pruned_min] + [e[0] for e in heap])
    gap = relative_gap(best_val + offset, best_bound + offset, unit)
    if status == "optimal" and gap > gap_tol:
        status, message = "error", f"search ended with gap {gap:.2e} > {gap_tol:g}"
    return MipResult(status=status, message=message, objective=float(best_val),
                     bound=float(best_bound), gap=gap, y=problem.support(best_w),
                     W=best_w.reshape(problem.p, problem.q), nodes=nodes,
                     qp_solves=stats["qp_solves"] + fixed.solves, cuts=builder.num_cuts,
                     time=time.perf_counter() - t0, method="bnb",
                     formulation=formulation,
                     root_bound=float(root_bound),
                     extra={"node_solver": node_solver, "qp_failures": stats["failures"],
                            "fista_iterations": (fo.iters if fo is not None else 0)
                            + (cert.iters if cert is not None else 0)})
