"""Exact branch-and-bound over the indicators y with convex node relaxations.

A node fixes some y_j ∈ {0, 1}; its bound is a valid lower bound of the node's relaxation,
computed by a node solver of spruce.mip.nodes (one class each, `solve(state, parent, goal)`):
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
                       budget Σy ≤ k is kept in the relaxation (spruce.mip.budget).
                       HiGHS's active-set QP solver needed 10⁴–10⁵ iterations on the cut QPs
                       (zero curvature in y, t), hence this default.
Search: best bound first. A node solve stops as soon as its bound reaches the incumbent
(pruned) or, past the root, as soon as its relaxation's value is below it (it will be
branched whatever its bound: first-order nodes, 11 steps at least). From the node's point,
each free group's two children get a certified bound without a solve (the dual bound with
that group's term fixed: PerspectiveSolver.child_bounds); where one child's bound reaches the
incumbent, y_j is fixed the other way for the whole subtree (reduced-cost fixing), and each
pushed child starts from its own bound. On synthetic(n=60, groups=15, group_size=3) this cut
big-M's tree from 103 to 36 nodes; with the early stop, the perspective's time fell 2–4×.
Branching: the most fractional y_j (ties: the largest violation), or pseudo-costs
(branching="pseudocost"; spruce.mip.branching, measured in docs/mip.md).
Incumbents: the fixed-support QP (exact value of one y) at y rounded at 0.5 and at y > 0,
polished by Newton steps on its active face. A leaf (every y fixed) also offers its node
point, and its bound (the dual bound at the better point) stays in the final bound, so an
inexact fixed-support QP shows as a gap instead of a wrong "optimal".
Stops when (UB − LB)/max(|UB|, 1e-8·L(0)) ≤ gap_tol (default 1e-6). The loop is `Search`: its
state (incumbent, open nodes, the least bound of the pruned ones) lives in the object, a node
passes its NodeResult (point, bound, multiplier) to its children.

Badly scaled data (finding 4 of docs/reliability.md): the search runs on the instance with M
tightened to a provable bound on the optimal weights (reform.tightened: an M of 1e9 means
the same as the smallest valid M) and normalized to L'(0) = 1 and ‖X'ᵀX'/n‖ = 1 (objective
unit s = L(0), weights W = c·U; see reform.normalized), where HiGHS's absolute tolerances and
ours mean the same for data scaled by 10⁻⁶ or 10⁶; the result is re-certified on the original
data (result.recertify/certify: objective = problem.objective(W), bound = reform.lift_bound
of the searched bound, ≈ s·bound' less what the rounding of the normalized λ', α' can change
the penalty by). A kept group costs at least λ(1−α): when that reaches the all-pruned value
the search ends at once. Incumbent values always come from the residual form, never from
½wᵀHw − bᵀw + c. `offset` (a model file's constant, see spruce.mip.recover) makes the search
close its gap relative to |objective + offset|, the file's own scale.

Every smooth convex loss of spruce.mip.smooth (squared, logistic): the first-order nodes and
their dual bound need only L convex and ∇L Lipschitz (the bound is the linearization
L(W̄) + ∇L(W̄)ᵀ(V − W̄) ≤ L(V) minimized with the penalty, exact at any W̄); the HiGHS node QPs
and the shifted perspective need the squared loss (the logistic loss: "fista" nodes, no
shift; its fixed-support problems by L-BFGS-B, warm-started at the node's point; the instance
normalized in its weights only). Inputs are checked by spruce.mip.solve.
The time limit starts when branch_and_bound is called (M tightened and the instance
normalized inside it count).
Speed (2-core CPU, no GPU): see benchmarks/bench_mip.py.
"""

from __future__ import annotations

import contextlib
import heapq
import itertools
import math
import time

import numpy as np

from .branching import PseudoCosts, children, most_fractional
from .nodes import Goal, NodeResult, NodeSolver, make_node_solver, resolve_kind
from .perspective import PerspectiveSolver
from .problem import GroupPruningProblem
from .qp import FixedSupportQP
from .reform import normalized, tightened
from .result import GAP_FLOOR, MipResult, recertify, relative_gap
from .root import strengthen_root

PRUNED = np.zeros(0, np.int8)  # Search._fixings: both children of some y_j are pruned
ROOT_SHIFT_SHARE = 0.2  # of the time limit, at most, for the root's shift search: with its
# budget of 4× the plain root's time alone, a slow root (5 s on syn_c60_r05) took 24.7 s of a
# 30 s limit and left the search too little to finish


def one_blas_thread() -> contextlib.AbstractContextManager:
    """BLAS (numpy's and scipy's OpenBLAS) on one thread while a search runs: its products
    are small, and on a shared 2-core machine OpenBLAS's second thread made each L-BFGS-B
    step of the logistic fixed-support problem 5–15× slower (spinning threads) and the
    squared-loss searches 15–40% slower (syn_g30_s0: 2.8–3.3 s → 1.7–2.3 s); one thread is
    also the benchmark's protocol for every solver. A no-op without threadpoolctl."""
    try:
        from threadpoolctl import threadpool_limits
    except ImportError:  # pragma: no cover (scikit-learn, a dependency, brings it)
        return contextlib.nullcontext()
    return threadpool_limits(limits=1, user_api="blas")


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
                     progress: bool = False, offset: float = 0.0,
                     shift: str = "none", branching: str = "fractional") -> MipResult:
    """Solve the pruning MIP exactly (to gap_tol); see the module docstring. The engine behind
    spruce.mip.solve, which checks the arguments (`_solve_iv`).

    The search runs on the instance with M tightened to a provable bound on the optimal
    weights (reform.tightened) and divided by its unit s = L(0) (X/√s, Y/√s, λ/s: the same
    argmin, every objective divided by s), so that the solvers' tolerances mean the same on
    data scaled by 10⁻⁶ or 10⁶ and for any M; the result is re-certified on the original data
    (result.certify): objective = problem.objective(W), bound = s·κ·(scaled bound), gap
    relative to max(|objective|, 1e-8·L(0)).

    offset: a constant the caller adds to every objective (a model file's objective is the
    recovered problem's plus meta["objective_offset"]): the search closes its gap relative to
    |objective + offset|, the caller's scale, where that is above the rounding floor.

    shift: the shifted perspective (spruce.mip.shift) for first-order perspective nodes:
    "none" (default) never; "root" bounds the root with it (root.strengthen_root) and every
    node inherits that bound, the other nodes plain; "block" bounds the root with the block
    shift of spruce.mip.blockshift where the groups are whole rows (the strongest root bound,
    paid in root time: at least root.MIN_BLOCK_S unless the gap closes), nodes plain; "tree"
    uses the diagonal shift at every node. The root's search gets at most ROOT_SHIFT_SHARE of
    time_limit. "root" and "block" raise the reported root bound (and every bound if the
    search stops early) but saved no node on the catalog of docs/mip.md, where their search
    took 0.1–1 s (blocks ≥ 3 s) of solves that take 0.01–0.3 s without it: hence "none".

    branching: "fractional" (default: the most fractional y_j) or "pseudocost"
    (spruce.mip.branching).
    """
    t0 = time.perf_counter()
    with one_blas_thread():
        return _branch_and_bound(problem, formulation, gap_tol, time_limit, node_limit,
                                 node_solver, max_rounds, stall, cut_tol, progress, offset,
                                 shift, branching, t0)


def _branch_and_bound(problem: GroupPruningProblem, formulation: str, gap_tol: float,
                      time_limit: float, node_limit: int, node_solver: str, max_rounds: int,
                      stall: float, cut_tol: float, progress: bool, offset: float, shift: str,
                      branching: str, t0: float) -> MipResult:
    """branch_and_bound's work, its clock started at t0 (BLAS on one thread)."""
    work = tightened(problem)
    pb, scale, c, kappa = normalized(work)
    fixed = FixedSupportQP(pb)
    root, d, shift_time = None, None, 0.0
    if shift != "none" and formulation == "perspective" and pb.loss == "squared" and \
            resolve_kind(pb, formulation, node_solver) == "fista" and \
            pb.lam * (1 - pb.alpha) < 1.0:
        t = time.perf_counter()  # (λ(1−α) ≥ L'(0) = 1: the search ends at once, see Search)
        root, d = strengthen_root(pb, fixed, Goal(tol=0.1 * gap_tol, deadline=t0 + time_limit),
                                  _keep_sets, max_time=ROOT_SHIFT_SHARE * time_limit,
                                  mode=shift)
        shift_time = time.perf_counter() - t
    node = make_node_solver(pb, formulation, node_solver, fixed, max_rounds, stall, cut_tol,
                            shift=d if shift == "tree" else None)
    search = Search(pb, node, fixed, gap_tol, offset / scale, t0 + time_limit, node_limit,
                    root, branching)
    bar = None
    if progress:
        from tqdm import tqdm
        bar = tqdm(desc=f"B&B {formulation}", unit="node", leave=False)
    try:
        status, message = search.run(bar)
    finally:
        if bar is not None:
            bar.close()
    bound = search.bound()
    gap = relative_gap(search.best_val + search.offset, bound + search.offset, search.unit)
    if status == "optimal" and gap > gap_tol:
        status, message = "error", f"search ended with gap {gap:.2e} > {gap_tol:g}"
    if status == "time_limit":
        message = f"time limit {time_limit:.3g} s reached after {search.nodes} nodes"
    res = MipResult(status=status, message=message, objective=float(search.best_val),
                    bound=float(bound), gap=gap, y=pb.support(search.best_w),
                    W=search.best_w.reshape(pb.p, pb.q), nodes=search.nodes,
                    qp_solves=node.qp_solves + fixed.solves, cuts=node.num_cuts,
                    time=time.perf_counter() - t0, method="bnb", formulation=formulation,
                    root_bound=float(search.root_bound),
                    extra={"node_solver": node.name, "qp_failures": node.failures,
                           "fista_iterations": node.iterations,
                           "shift": shift if d is not None else "none",
                           "shift_time": shift_time})
    if work is not problem:
        res.extra["big_m_limit"] = work.meta["big_m_limit"]
    return recertify(problem, res, pb, scale, c, kappa, gap_tol)


class Search:
    """Best-bound search over y on an instance whose unit L(0) is 1 (or 0); gaps relative to
    |objective + offset| (see branch_and_bound). Heap entries are (bound, count, state,
    parent NodeResult); `bound()` is the least of the incumbent, the open nodes and the nodes
    pruned on their bound. `root`, if given, is the root's parent: its bound (a valid bound of
    the whole problem, e.g. the shifted perspective's) is the floor of every node."""

    def __init__(self, problem: GroupPruningProblem, node: NodeSolver, fixed: FixedSupportQP,
                 gap_tol: float, offset: float, deadline: float, node_limit: int,
                 root: NodeResult | None = None, branching: str = "fractional"):
        self.pb, self.node, self.fixed = problem, node, fixed
        self.costs = PseudoCosts(problem.num_groups) if branching == "pseudocost" else None
        self.gap_tol, self.offset = gap_tol, offset
        self.deadline, self.node_limit = deadline, node_limit
        self.unit = problem.loss_scale() or 1.0  # 1 after the scaling in branch_and_bound
        self.leaf_cert = PerspectiveSolver(problem, "bigm")  # certifies leaves (any kind)
        self.best_val, self.best_w = fixed.solve(np.zeros(problem.num_groups))  # W = 0
        self.heap: list[tuple[float, int, np.ndarray, NodeResult | None, tuple | None]] = []
        self.count = itertools.count()
        self.nodes, self.pruned_min, self.root_bound = 0, math.inf, -math.inf
        self.current: tuple | None = None  # the entry being expanded (back on the heap on ^C)
        # a kept group costs at least λ(1−α) (the loss and the ridge are ≥ 0): if that already
        # reaches the all-pruned value, all-pruned is optimal, certified without a node (the
        # relaxations are weakest exactly there, e.g. λ ≫ L(0) on badly scaled data)
        cost = problem.lam * (1 - problem.alpha)
        if cost >= self.prune_level():
            self.pruned_min = cost
        else:  # `root`: a bound and warm start for the root (root.strengthen_root)
            self._push(-math.inf if root is None else root.bound,
                       np.full(problem.num_groups, -1, np.int8), root)

    def prune_level(self) -> float:
        """A node whose bound reaches this cannot improve the incumbent by more than the gap."""
        return self.best_val - self.gap_tol * max(abs(self.best_val + self.offset),
                                                  GAP_FLOOR * self.unit)

    def goal(self) -> Goal:
        """The node solves' target; their relative tolerance is 0.1·gap_tol, scaled down (at
        most 1e-6×) where the caller's objective (with the offset) is smaller than the searched
        one (a model file whose recovered form carries a large constant)."""
        floor = GAP_FLOOR * self.unit
        ratio = max(abs(self.best_val + self.offset), floor) / max(abs(self.best_val), floor)
        level = self.prune_level()
        return Goal(prune_at=level, tol=0.1 * self.gap_tol * min(1.0, max(ratio, 1e-6)),
                    deadline=self.deadline, branch_below=level if self.nodes > 1 else -math.inf)

    def bound(self) -> float:
        return min([self.best_val, self.pruned_min] + [e[0] for e in self.heap])

    def offer(self, value: float, w: np.ndarray) -> None:
        if value < self.best_val:
            self.best_val, self.best_w = value, w

    def _push(self, bound: float, state: np.ndarray, parent: NodeResult | None,
              branch: tuple | None = None) -> None:
        heapq.heappush(self.heap, (bound, next(self.count), state, parent, branch))

    def run(self, bar=None) -> tuple[str, str]:
        """Expand nodes, best bound first, until the gap closes or a limit; (status, message).
        Ctrl-C returns "interrupted" with everything found so far."""
        try:
            while self.heap:
                if self.heap[0][0] >= self.prune_level():
                    break
                if time.perf_counter() > self.deadline:
                    return "time_limit", "time limit reached"
                if self.nodes >= self.node_limit:
                    return "node_limit", f"node limit {self.node_limit} reached"
                self.current = heapq.heappop(self.heap)
                self.nodes += 1
                self._expand(*self.current[2:])
                self.current = None
                if bar is not None:
                    bar.update(1)
                    bar.set_postfix(ub=f"{self.best_val:.6g}", lb=f"{self.bound():.6g}")
        except KeyboardInterrupt:  # Ctrl-C: return what we have, honestly labelled
            if self.current is not None:
                heapq.heappush(self.heap, self.current)
            return "interrupted", f"interrupted by the user after {self.nodes} nodes"
        return "optimal", "gap closed"

    def _expand(self, state: np.ndarray, parent: NodeResult | None,
                branch: tuple | None) -> None:
        """Solve one node; offer its roundings as incumbents; prune, or fix the y_j that one
        child's bound already settles (_fixings), then close a leaf or branch (each child
        starts from its own bound, NodeSolver.child_bounds)."""
        res = self.node.solve(state, parent, self.goal())
        if self.costs is not None:
            self.costs.record(branch, res.bound)
        if self.nodes == 1:
            self.root_bound = res.bound
        if res.W is None or res.bound >= self.prune_level():
            self.pruned_min = min(self.pruned_min, res.bound)
            return
        y = np.where(state >= 0, state, res.y)
        for keep in _keep_sets(y, state, self.pb.k):
            self.offer(*self.fixed.solve(keep, res.W))  # (a warm start for L-BFGS-B)
        if res.bound >= self.prune_level():
            self.pruned_min = min(self.pruned_min, res.bound)
            return
        down, up = self.node.child_bounds(state, res)
        fixed = self._fixings(state, down, up)
        if fixed is PRUNED:
            return
        if fixed is not None:  # the children inherit the fixings (solving the node again
            state = fixed      # with them cost more than it saved: docs/mip.md)
            if self.pb.k is not None and int((state == 1).sum()) > self.pb.k:
                return  # more groups must be kept than the budget allows: nothing better here
            y = np.where(state >= 0, state, res.y)
        free = np.flatnonzero(state < 0)
        if free.size == 0:
            self._leaf(state, res)
            return
        j = most_fractional(y, free, res.violation) if self.costs is None else \
            self.costs.choose(y, free, res.violation)
        for child, info in children(state, j, float(y[j]), res.bound):
            side = up[j] if child[j] == 1 else down[j]
            self._push(max(res.bound, side), child, res, info)

    def _fixings(self, state: np.ndarray, down: np.ndarray, up: np.ndarray
                 ) -> np.ndarray | None:
        """The node's state with y_j fixed wherever one child's bound reaches the prune level
        (reduced-cost fixing: y_j = 0 where the child y_j = 1 is pruned, and the reverse), or
        None if there is nothing to fix, PRUNED where both children of some y_j are pruned.
        The discarded children's bounds go to pruned_min."""
        level = self.prune_level()
        free = state < 0
        to0, to1 = free & (up >= level), free & (down >= level)
        if not (to0.any() or to1.any()):
            return None
        self.pruned_min = min([self.pruned_min, *up[to0], *down[to1]])
        if (to0 & to1).any():
            return PRUNED
        out = state.copy()
        out[to0], out[to1] = 0, 1
        return out

    def _leaf(self, state: np.ndarray, res: NodeResult) -> None:
        """Every y fixed: the fixed-support QP (offered above) solved it; the node point is
        feasible too, and the leaf's certified bound stays in the final bound in case the QP
        was inexact (HiGHS's tolerances, seen with free entries)."""
        bound = res.bound
        for w in (res.W, self.fixed.solve(state == 1)[1]):
            # the node point may predate fixings (_fixings): zero the groups fixed to 0 first
            w = self.leaf_cert.refit_free(self.leaf_cert.project(w, state))
            self.offer(self.pb.objective(w), w.copy())
            bound = max(bound, self.leaf_cert.dual_bound(w, state))
        self.pruned_min = min(self.pruned_min, bound)
