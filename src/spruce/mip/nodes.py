"""Node solvers of the branch-and-bound: one small class per node relaxation, one method each,

    solve(state, parent, goal) -> NodeResult(bound, value, W, y, mu, violation, status, message)

state: y_j per group, −1 free, 0 or 1 fixed. parent: the parent's NodeResult (warm start W,
budget multiplier μ; the child's bound never goes below the parent's) or None at the root.
goal: a bound ≥ goal.prune_at prunes the node, so a solve may stop there; goal.tol is the
relative tolerance of first-order solves, goal.deadline their time.perf_counter() limit.

    FirstOrderNode  "fista": L + λΣ spr (perspective) or the big-M relaxation with y projected
                    out (spruce.mip.perspective), warm-started at the parent's W, with its
                    Fenchel dual bound; any smooth convex loss (spruce.mip.smooth: squared,
                    logistic). A budget Σ_free y ≤ k' is kept inside the perspective
                    relaxation (spruce.mip.budget, its dual bound exact for the budget); for
                    big-M (or λ(1−α) = 0) it is dualized,
                        max_{μ≥0} V(λ+μ, λα/(λ+μ)) − μk
                    (V charges μ to fixed-1 groups as well), bisection from the parent's μ.
    BigMQPNode      "qp", big-M: one HiGHS QP for the whole tree (a node only changes the bounds
                    of y and re-solves hot). HiGHS's objective is never the bound: its active-set
                    solver has said "optimal" 600× above the node optimum. The bound is the dual
                    bound at HiGHS's point (with the budget row's multiplier); where it does not
                    certify HiGHS's value to 1e-9, FISTA continues from that point.
    CutQPNode       "qp", perspective: the HiGHS QP with α‖W_j‖² of free groups replaced by t_j
                    and perspective cuts t_j ≥ 2w̄ᵀW_j − ‖w̄‖² y_j from one global pool, added in
                    rounds while λαΣ_j(‖W_j‖²/y_j − t_j) exceeds cut_tol; every QP value is a bound.

Every node solver also bounds its node's children from the node's point without solving
them (`child_bounds`, spruce.mip.dualbound: the search fixes y_j with them and orders the
children). spruce.mip.root bounds the root of a perspective tree with the shifted perspective
(spruce.mip.shift): the search starts from its bound, which every node inherits;
FirstOrderNode(..., shift=d) solves shifted nodes.
Every bound is valid wherever a solve stops. The budget multiplier is applied to a copy
(PerspectiveSolver.with_budget_multiplier, reform.budget_shift), never by changing λ, α.
Speed (2-core CPU, no GPU): FISTA ~0.1–0.3 ms per step at d = 45, a node 5–50 ms; a HiGHS node
QP ~1 ms at 60×45 (cut QPs: 10⁴–10⁵ active-set iterations, hence FISTA by default).
"""

from __future__ import annotations

import abc
import math
import time
from dataclasses import dataclass

import numpy as np

from .perspective import PerspectiveSolver
from .problem import GroupPruningProblem
from .qp import QP_MAX_DIM, FixedSupportQP, NodeQPBuilder, QPSolution, new_highs, solve_qp


@dataclass
class NodeResult:
    """What a node solve found. bound: valid lower bound of the node (+∞: infeasible);
    value: the relaxation's value at W where computed (NaN otherwise); W: the node's point
    (flat), None when infeasible; y: its relaxed indicators; mu: the budget multiplier handed
    to the children; violation: per group ‖W_j‖²/y_j − t_j (cut nodes, for branching)."""

    bound: float
    W: np.ndarray | None
    y: np.ndarray | None = None
    value: float = math.nan
    mu: float = 0.0
    violation: np.ndarray | None = None
    status: str = "ok"  # ok | infeasible | failed (no solve succeeded: the parent's bound)
    message: str = ""


INFEASIBLE = NodeResult(math.inf, None, status="infeasible")


@dataclass(frozen=True)
class Goal:
    """What the search asks of a node solve (see the module docstring)."""

    prune_at: float = math.inf
    tol: float = 1e-7
    deadline: float | None = None
    max_iter: int = 5000
    branch_below: float = -math.inf

    def late(self) -> bool:
        return self.deadline is not None and time.perf_counter() > self.deadline


class NodeSolver(abc.ABC):
    """The interface of a node solver: `solve` (abstract; every subclass defines it) and the
    counters every node solver keeps (read by the search for MipResult)."""

    name = ""

    def __init__(self, problem: GroupPruningProblem):
        self.pb = problem
        self.unit = problem.loss_scale() or 1.0
        self.iterations = 0  # first-order steps
        self.qp_solves = 0
        self.failures = 0  # HiGHS solves that failed (the node's bound then comes from FISTA)
        self.dual: PerspectiveSolver | None = None  # bounds the children (child_bounds)

    @property
    def num_cuts(self) -> int:
        return 0

    def child_bounds(self, state: np.ndarray, res: NodeResult
                     ) -> tuple[np.ndarray, np.ndarray]:
        """(down, up): per group, valid bounds of the node's children y_j = 0 and y_j = 1
        from the node's point, without solving them (PerspectiveSolver.child_bounds of
        `self.dual`; where the relaxation dualizes the budget it is left out: a weaker bound,
        still valid); −∞ where there is no point to bound from."""
        if res.W is None or self.dual is None:
            none = np.full(self.pb.num_groups, -np.inf)
            return none, none.copy()
        return self.dual.child_bounds(res.W, state)

    @abc.abstractmethod
    def solve(self, state: np.ndarray, parent: NodeResult | None, goal: Goal) -> NodeResult:
        """The node's NodeResult: a bound valid wherever the solve stops (never below
        parent.bound), its point W and relaxed y; INFEASIBLE where no y fits the state."""

    def _first_order(self, solver: PerspectiveSolver, state: np.ndarray, w0: np.ndarray | None,
                     tol: float, stop_at: float, max_iter: int,
                     deadline: float | None, stop_below: float = -math.inf
                     ) -> tuple[float, float, np.ndarray]:
        """solver.solve(...), its steps added to self.iterations."""
        before = solver.iters
        out = solver.solve(state, w0, tol=tol, stop_at=stop_at, max_iter=max_iter,
                           deadline=deadline, stop_below=stop_below)
        self.iterations += solver.iters - before
        return out

    def _over_budget(self, state: np.ndarray) -> bool:
        return self.pb.k is not None and int((state == 1).sum()) > self.pb.k


@dataclass
class _Dual:
    """The best Lagrangian bound of a budget node found so far, its point and multiplier."""

    bound: float
    w: np.ndarray
    y: np.ndarray
    mu: float


class FirstOrderNode(NodeSolver):
    """kind "spr" (perspective) or "bigm"; shift: the per-weight d of the shifted perspective
    (spruce.mip.shift, "spr" only), None for the plain one."""

    name = "fista"

    def __init__(self, problem: GroupPruningProblem, kind: str = "spr",
                 shift: np.ndarray | None = None):
        super().__init__(problem)
        self.fo = PerspectiveSolver(problem, kind)
        if shift is not None:
            self.fo = self.fo.with_shift(shift)
        self.dual = self.fo

    def solve(self, state: np.ndarray, parent: NodeResult | None, goal: Goal) -> NodeResult:
        if self._over_budget(state):
            return INFEASIBLE
        floor = -math.inf if parent is None else parent.bound
        w0, mu = (None, 0.0) if parent is None else (parent.W, parent.mu)
        bound, value, w = self._first_order(self.fo, state, w0, goal.tol, goal.prune_at,
                                            goal.max_iter, goal.deadline, goal.branch_below)
        y = self.fo.indicator(w, state)
        if self.pb.k is not None and not self.fo.budget:  # else kept inside the relaxation
            room = self.pb.k - int((state == 1).sum())
            if y[state < 0].sum() > room + 1e-9 and bound < goal.prune_at:
                best = self._budget_dual(state, _Dual(bound, w, y, 0.0), room, mu, goal)
                bound, w, y, mu, value = best.bound, best.w, best.y, best.mu, math.nan
        return NodeResult(max(bound, floor), w, y, value=value, mu=mu)

    def _budget_dual(self, state: np.ndarray, best: _Dual, room: int, mu0: float,
                     goal: Goal) -> _Dual:
        """max over μ ≥ 0 of V(λ+μ, λα/(λ+μ)) − μk: bisection on Σ_free y*(μ) − room,
        bracketed from the parent's μ (or by doubling from a small μ). Every value is a valid
        bound, so inexact solves are safe; `best` is updated in place and returned."""
        pb, fo = self.pb, self.fo
        lam, a = pb.lam, pb.alpha
        g = -fo.rows(fo.loss(np.zeros(pb.dim))[1])
        top = max(float((g * g).sum(1).max()) / max(4 * lam * a, 1e-300), lam) + lam
        lo, hi = 0.0, top
        if mu0 <= 0:  # no parent multiplier: bracket by doubling from a small μ
            mu = 1e-3 * max(lam, 1e-12)
            while mu < top and self._probe(state, mu, best, room, goal) \
                    and best.bound < goal.prune_at and not goal.late():
                lo, mu = mu, 4 * mu
            hi = min(mu, top)
        else:  # bracket the parent's multiplier first
            lo, hi = ((mu0, min(top, 2 * mu0)) if self._probe(state, mu0, best, room, goal)
                      else (0.5 * mu0, mu0))
            if best.bound < goal.prune_at:
                if lo == mu0 and self._probe(state, hi, best, room, goal):
                    lo, hi = hi, top
                elif hi == mu0 and not self._probe(state, lo, best, room, goal):
                    lo, hi = 0.0, lo
        for _ in range(12):
            if best.bound >= goal.prune_at or hi - lo <= 1e-9 * max(1.0, hi) or goal.late():
                break
            mu = 0.5 * (lo + hi)
            if self._probe(state, mu, best, room, goal):
                lo = mu
            else:
                hi = mu
        return best

    def _probe(self, state: np.ndarray, mu: float, best: _Dual, room: int, goal: Goal) -> bool:
        """Solve the node at multiplier μ (a shifted copy of the solver), keep the bound in
        `best` if it is higher; True when the budget is still violated (μ too small)."""
        k_all = room + int((state == 1).sum())
        shifted = self.fo.with_budget_multiplier(mu)
        v, _, w_mu = self._first_order(shifted, state, best.w, 1e-5, goal.prune_at + mu * k_all,
                                       1000, goal.deadline)
        y_mu = shifted.indicator(w_mu, state)
        # v counts μ for every fixed-1 group too (their cost λ'(1−α') = λ(1−α) + μ), so the
        # Lagrangian bound is v − μ(room + #fixed 1) = v − μk
        if v - mu * k_all > best.bound:
            best.bound, best.w, best.y, best.mu = v - mu * k_all, w_mu, y_mu, mu
        return bool(y_mu[state < 0].sum() > room)


def _time_limit(h, goal: Goal) -> None:
    """A HiGHS solve that stalls (seen with X = 0) must not outlive the deadline."""
    if goal.deadline is not None:
        h.setOptionValue("time_limit", max(goal.deadline - time.perf_counter(), 1e-3))


class BigMQPNode(NodeSolver):
    name = "qp"

    def __init__(self, problem: GroupPruningProblem):
        super().__init__(problem)
        G = problem.num_groups
        self.builder = NodeQPBuilder(problem)
        self.cert = PerspectiveSolver(problem, "bigm")
        self.dual = self.cert
        self.h = new_highs()
        # HiGHS's QP iterations are capped (it stalled for ever on X = 0): FISTA takes over
        self.h.setOptionValue("qp_iteration_limit", 50 * self.builder.ncol + 1000)
        self.builder.load(self.h, np.full(G, -1, np.int8))  # one model for the whole tree
        self.y_cols = np.arange(problem.dim, problem.dim + G, dtype=np.int32)

    def _qp(self) -> QPSolution:
        res = solve_qp(self.h)
        self.qp_solves += 1
        if res.status.startswith("error"):  # a numerical failure: once more, cold
            self.h.clearSolver()
            self.h.setOptionValue("qp_allow_hot_start", False)
            res = solve_qp(self.h)
            self.h.setOptionValue("qp_allow_hot_start", True)
            self.qp_solves += 1
        return res

    def dual_bound(self, state: np.ndarray, w: np.ndarray, mu: float) -> float:
        """A valid lower bound on the node at any w: the Fenchel dual bound of the Lagrangian
        with multiplier μ ≥ 0 on the budget row (μ = 0 without a budget)."""
        return self.cert.with_budget_multiplier(mu).dual_bound(w, state) - mu * (self.pb.k or 0)

    def solve(self, state: np.ndarray, parent: NodeResult | None, goal: Goal) -> NodeResult:
        if self._over_budget(state):  # the only way a big-M node is infeasible
            return INFEASIBLE
        pb, cert, h = self.pb, self.cert, self.h
        h.changeColsBounds(pb.num_groups, self.y_cols, np.where(state == 1, 1.0, 0.0),
                           np.where(state == 0, 0.0, 1.0))
        _time_limit(h, goal)
        res = self._qp()
        mu, bound, value = 0.0, -math.inf, math.nan
        if res.status == "optimal":
            w = res.x[:pb.dim]
            w = cert.refit_free(w)
            if pb.k is not None:
                mu = abs(float(h.getSolution().row_dual[-1]))
                mu = mu if np.isfinite(mu) else 0.0
            bound = self.dual_bound(state, w, mu)
            value = cert.loss(w)[0] + cert.penalty(w, state)
            certified = value - bound <= 1e-9 * max(self.unit, abs(value))
        else:
            self.failures += 1
            w0 = np.zeros(pb.dim) if parent is None or parent.W is None else parent.W
            w = cert.project(w0, state)
            certified = False
        if not certified and bound < goal.prune_at:
            shift = mu * (pb.k or 0)
            b_fo, _, w_fo = self._first_order(cert.with_budget_multiplier(mu), state, w,
                                              goal.tol, goal.prune_at + shift, goal.max_iter,
                                              goal.deadline)
            if b_fo - shift > bound or res.status != "optimal":
                bound, w = max(bound, b_fo - shift), w_fo
        floor = -math.inf if parent is None else parent.bound
        return NodeResult(max(bound, floor), w, cert.indicator(w, state), value=value, mu=mu,
                          status="ok" if res.status == "optimal" else "failed",
                          message="" if res.status == "optimal" else f"HiGHS: {res.status}")


class CutQPNode(NodeSolver):
    name = "qp"

    def __init__(self, problem: GroupPruningProblem, fixed: FixedSupportQP, max_rounds: int = 8,
                 stall: float = 0.05, cut_tol: float = 1e-7):
        super().__init__(problem)
        self.builder = NodeQPBuilder(problem, perspective=True)
        self.dual = PerspectiveSolver(problem, "spr")
        self.h = new_highs()
        self.max_rounds, self.stall, self.cut_tol = max_rounds, stall, cut_tol
        self.lam_a = problem.lam * problem.alpha
        G = problem.num_groups
        # seed the cut pool at the all-on ridge fit
        _, w_all = fixed.solve(np.ones(G) if problem.k is None or problem.k >= G
                               else np.zeros(G))
        for j, g in enumerate(problem.groups):
            if np.any(w_all[g]):
                self.builder.add_cut(j, w_all[g])

    @property
    def num_cuts(self) -> int:
        return self.builder.num_cuts

    def _qp(self, state: np.ndarray) -> QPSolution:
        res = solve_qp(self.h)
        self.qp_solves += 1
        if res.status.startswith("error"):  # a numerical failure: rebuild once, cold
            self.builder.load(self.h, state)
            self.h.setOptionValue("qp_allow_hot_start", False)
            res = solve_qp(self.h)
            self.h.setOptionValue("qp_allow_hot_start", True)
            self.qp_solves += 1
        return res

    def solve(self, state: np.ndarray, parent: NodeResult | None, goal: Goal) -> NodeResult:
        pb, b = self.pb, self.builder
        floor = -math.inf if parent is None else parent.bound
        b.load(self.h, state)
        _time_limit(self.h, goal)
        bound, sol, viol = floor, None, np.zeros(pb.num_groups)
        for rnd in range(self.max_rounds):
            res = self._qp(state)
            if res.status == "infeasible":
                return INFEASIBLE
            if res.status != "optimal":
                if sol is None:  # keep the parent's bound and branch anyway: still exact
                    self.failures += 1
                    y = np.where(state >= 0, state, 0.5).astype(float)
                    return NodeResult(floor, np.zeros(pb.dim), y, violation=viol,
                                      status="failed", message=f"HiGHS: {res.status}")
                break
            gain = res.objective - bound if rnd else math.inf
            bound, sol = max(floor, res.objective), res.x
            if bound >= goal.prune_at:
                break
            w, y, t = b.split(sol)
            viol = b.violations(w, y, t, state)
            scale = max(self.unit, abs(bound))
            if self.lam_a * viol.sum() <= self.cut_tol * scale:
                break
            if gain < self.stall * (goal.prune_at - bound):
                break  # Kelley's tail: branching pays more than further rounds
            for j in np.flatnonzero(viol * self.lam_a > 0.1 * self.cut_tol * scale):
                if b.add_cut(int(j), w[pb.groups[j]] / y[j]):
                    b.append_cuts(self.h, int(j), [b.pool[j][-1]])
        w, y, _ = b.split(sol)
        return NodeResult(bound, w, np.clip(y, 0.0, 1.0), value=bound, violation=viol)


def resolve_kind(problem: GroupPruningProblem, formulation: str, kind: str) -> str:
    """"auto" → HiGHS QPs ("qp") for big-M up to QP_MAX_DIM weights of the squared loss,
    where HiGHS's QP solver is fast, first-order ("fista") otherwise (every other loss: its
    nodes are not QPs); other kinds as given."""
    if kind == "auto":
        quad = problem.loss == "squared" and problem.dim <= QP_MAX_DIM
        return "qp" if formulation == "bigm" and quad else "fista"
    return kind


def make_node_solver(problem: GroupPruningProblem, formulation: str, kind: str,
                     fixed: FixedSupportQP, max_rounds: int = 8, stall: float = 0.05,
                     cut_tol: float = 1e-7, shift: np.ndarray | None = None) -> NodeSolver:
    """The node solver of formulation × kind (see resolve_kind); shift: the shifted
    perspective's d for first-order perspective nodes (ignored by the others)."""
    kind = resolve_kind(problem, formulation, kind)
    if kind == "fista":
        if formulation == "perspective":
            return FirstOrderNode(problem, "spr", shift)
        return FirstOrderNode(problem, "bigm")
    if formulation == "bigm":
        return BigMQPNode(problem)
    return CutQPNode(problem, fixed, max_rounds, stall, cut_tol)
