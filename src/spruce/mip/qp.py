"""Node relaxations of the pruning MIP as convex QPs for HiGHS (highspy).

Columns x = [w (d) | y (G) | t (G, perspective only)]. A node fixes some y_j to 0 or 1;
the QP it solves is

    min  ½ wᵀ(H + 2λα D)w − bᵀw + c + λ(1−α) Σ_j y_j + λα Σ_{j free} t_j
    s.t. |w_i| ≤ M_j y_j           (i ∈ group j free; fixed groups become bounds)
         t_j ≥ 2w̄ᵀW_j − ‖w̄‖² y_j   (perspective cuts from the pool, free groups only)
         Σ_j y_j ≤ k,              0 ≤ y ≤ 1

where D marks the entries whose group pays α‖W_j‖² exactly: every group in a big-M node,
only the groups fixed to 1 in a perspective node (free groups pay α t_j ≥ α‖W_j‖²/y_j
through the cuts). The perspective cut at w̄ is the tangent of the perspective of ‖·‖² at
(w̄, 1) (Frangioni & Gentile 2006); it is valid for every y ∈ [0, 1] and every node, so one
global pool serves the whole tree.

`link_rows` builds the rows |w_i| ≤ M_j y_j and Σ y ≤ k for every model that has them: the
node QPs here and the outer approximation's MILP master (spruce.mip.oa).

FixedSupportQP is the one fixed-support solver (the exact value of one y, an incumbent) of
every exact path: for the squared loss first one Cholesky solve of the kept block of the
Hessian (the answer wherever no box binds, the common case), else a HiGHS QP (its iterations
capped: it cycled for ever on a model file with a large linear cost; bounded least squares
past the cap), polished by Newton steps on its active face; for other convex losses
(logistic) L-BFGS-B on the box.

Speed (2-core CPU, no GPU): a 60×45, 15-group node QP builds and solves in ~1 ms; a
fixed-support problem of 60–75 weights ~0.4 ms by Cholesky against ~5 ms by HiGHS and the
polish (under cProfile).
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass

import highspy
import numpy as np
import scipy.sparse as sp

from .problem import GroupPruningProblem

INF = highspy.kHighsInf
QP_MAX_DIM = 300  # above this many weights, big-M nodes and relaxations use first-order solves
DENSE_MAX_DIM = 3000  # FixedSupportQP tries one dense linear solve up to this many weights


def _without_banner() -> highspy.Highs:
    """highspy.Highs(), the process's first one built with fd 1 on /dev/null: HiGHS prints a
    two-line banner to stdout when its first instance is built, which made the JSON that
    `spruce mip solve` prints on stdout unreadable (`> result.json`)."""
    global _BANNER_DONE
    if _BANNER_DONE:
        return highspy.Highs()
    _BANNER_DONE = True
    sys.stdout.flush()
    saved = os.dup(1)
    try:
        with open(os.devnull, "w") as null:
            os.dup2(null.fileno(), 1)
            return highspy.Highs()
    finally:
        os.dup2(saved, 1)
        os.close(saved)


_BANNER_DONE = False


def new_highs() -> highspy.Highs:
    h = _without_banner()
    h.setOptionValue("output_flag", False)
    h.setOptionValue("threads", 1)
    h.setOptionValue("qp_allow_hot_start", True)
    return h


@dataclass
class QPSolution:
    status: str  # optimal | infeasible | error
    objective: float
    x: np.ndarray


def solve_qp(h: highspy.Highs) -> QPSolution:
    """Run HiGHS on the model it holds and read back status, objective and primal x."""
    h.run()
    st = h.getModelStatus()
    if st == highspy.HighsModelStatus.kOptimal:
        x = np.asarray(h.getSolution().col_value, dtype=np.float64)
        return QPSolution("optimal", float(h.getInfo().objective_function_value), x)
    if st == highspy.HighsModelStatus.kInfeasible:
        return QPSolution("infeasible", np.inf, np.empty(0))
    return QPSolution("error: " + h.modelStatusToString(st), np.nan, np.empty(0))


def pass_qp(h: highspy.Highs, Q: sp.spmatrix | None, cost: np.ndarray, lo: np.ndarray,
            hi: np.ndarray, A: sp.csr_matrix | None, rlo: np.ndarray, rhi: np.ndarray,
            offset: float = 0.0, integrality: np.ndarray | None = None) -> None:
    """Load min ½xᵀQx + costᵀx + offset, lo ≤ x ≤ hi, rlo ≤ Ax ≤ rhi into HiGHS."""
    ncol = cost.size
    lp = highspy.HighsLp()
    lp.num_col_ = ncol
    lp.col_cost_ = np.asarray(cost, dtype=np.float64)
    lp.col_lower_ = np.asarray(lo, dtype=np.float64)
    lp.col_upper_ = np.asarray(hi, dtype=np.float64)
    lp.offset_ = float(offset)
    if A is not None and A.shape[0] > 0:
        A = sp.csr_matrix(A)
        lp.num_row_ = A.shape[0]
        lp.row_lower_ = np.asarray(rlo, dtype=np.float64)
        lp.row_upper_ = np.asarray(rhi, dtype=np.float64)
        lp.a_matrix_.format_ = highspy.MatrixFormat.kRowwise
        lp.a_matrix_.num_col_ = ncol
        lp.a_matrix_.num_row_ = A.shape[0]
        lp.a_matrix_.start_ = A.indptr.astype(np.int32)
        lp.a_matrix_.index_ = A.indices.astype(np.int32)
        lp.a_matrix_.value_ = A.data.astype(np.float64)
    else:
        lp.num_row_ = 0
    if integrality is not None:
        lp.integrality_ = [highspy.HighsVarType.kInteger if v else highspy.HighsVarType.kContinuous
                           for v in integrality]
    model = highspy.HighsModel()
    model.lp_ = lp
    if Q is not None and Q.nnz:
        L = sp.tril(Q, format="csc")
        L.sort_indices()
        hs = highspy.HighsHessian()
        hs.dim_ = ncol
        hs.format_ = highspy.HessianFormat.kTriangular
        hs.start_ = L.indptr.astype(np.int32)
        hs.index_ = L.indices.astype(np.int32)
        hs.value_ = L.data.astype(np.float64)
        model.hessian_ = hs
    h.passModel(model)


def link_rows(problem: GroupPruningProblem, ncol: int, y_col: int,
              entries: np.ndarray | None = None) -> tuple[sp.csr_matrix | None, np.ndarray,
                                                          np.ndarray]:
    """(A, lo, hi): the rows ±w_i − M_j y_j ≤ 0 for the given grouped entries (default: all),
    first every +w_i row, then every −w_i row, then Σ_j y_j ≤ k if the problem has a budget.
    Weights are columns 0..d−1, y_j is column y_col + j; A is None when there is no row."""
    ent = np.flatnonzero(problem.owner >= 0) if entries is None else np.asarray(entries)
    blocks: list[sp.csr_matrix] = []
    m = ent.size
    if m:
        r = np.arange(m)
        Mv = problem.entry_bounds()[ent]
        cols = np.concatenate([ent, y_col + problem.owner[ent]])
        for sgn in (1.0, -1.0):
            blocks.append(sp.csr_matrix((np.concatenate([np.full(m, sgn), -Mv]),
                                         (np.concatenate([r, r]), cols)), shape=(m, ncol)))
    if problem.k is not None:
        row = np.zeros((1, ncol))
        row[0, y_col:y_col + problem.num_groups] = 1.0
        blocks.append(sp.csr_matrix(row))
    if not blocks:
        return None, np.empty(0), np.empty(0)
    lo = np.full(2 * m + (problem.k is not None), -INF)
    hi = np.zeros(lo.size)
    if problem.k is not None:
        hi[-1] = float(problem.k)
    return sp.vstack(blocks, format="csr"), lo, hi


class NodeQPBuilder:
    """Builds node QPs for one problem (squared loss), reusing the parts that never change:
    the big-M relaxation, or with perspective=True the cut formulation (columns t_j)."""

    def __init__(self, problem: GroupPruningProblem, perspective: bool = False):
        self.pb = problem
        H, b, c = problem.quadratic()
        self.H, self.b, self.c = H, b, c
        d, G = problem.dim, problem.num_groups
        self.d, self.G = d, G
        self.persp = bool(perspective)
        self.ncol = d + G + (G if self.persp else 0)
        self.owner = problem.owner
        self.grouped = np.flatnonzero(problem.owner >= 0)
        self.bnd = problem.entry_bounds()
        lam, a = problem.lam, problem.alpha
        self.ridge = 2.0 * lam * a
        self.y_cost = lam * (1 - a)
        self.t_cost = lam * a
        self.t_max = np.array([g.size for g in problem.groups]) * problem.M ** 2
        # global perspective-cut pool: per group a list of points w̄ (length n_j)
        self.pool: list[list[np.ndarray]] = [[] for _ in range(G)]
        self.num_cuts = 0

    # ------------------------------------------------------------------ cuts
    def add_cut(self, j: int, point: np.ndarray) -> bool:
        """Add the perspective cut of group j at w̄ = point (skips near-duplicates)."""
        point = np.asarray(point, dtype=np.float64)
        for old in self.pool[j][-8:]:
            if np.allclose(old, point, rtol=1e-9, atol=1e-12):
                return False
        self.pool[j].append(point.copy())
        self.num_cuts += 1
        return True

    def cut_rows(self, j: int, points: list[np.ndarray]) -> sp.csr_matrix:
        """Rows t_j − 2w̄ᵀW_j + ‖w̄‖² y_j ≥ 0 for the given points of group j."""
        g = self.pb.groups[j]
        m = len(points)
        P = np.asarray(points).reshape(m, g.size)
        cols = np.concatenate([np.tile(g, (m, 1)), np.full((m, 1), self.d + j),
                               np.full((m, 1), self.d + self.G + j)], axis=1)
        vals = np.concatenate([-2 * P, (P * P).sum(1, keepdims=True), np.ones((m, 1))], axis=1)
        rows = np.repeat(np.arange(m), g.size + 2)
        return sp.csr_matrix((vals.reshape(-1), (rows, cols.reshape(-1))), shape=(m, self.ncol))

    # ------------------------------------------------------------------ the node QP
    def load(self, h: highspy.Highs, state: np.ndarray) -> None:
        """Load the node QP for y-state (−1 free, 0 or 1 fixed) into h."""
        pb, d, G = self.pb, self.d, self.G
        free_g = np.flatnonzero(state < 0)
        lo = np.full(self.ncol, 0.0)
        hi = np.full(self.ncol, 0.0)
        lo[:d], hi[:d] = -self.bnd, self.bnd
        ow = self.owner
        off = np.zeros(d, dtype=bool)
        off[self.grouped] = state[ow[self.grouped]] == 0
        lo[:d][off], hi[:d][off] = 0.0, 0.0
        lo[d:d + G] = np.where(state == 1, 1.0, 0.0)
        hi[d:d + G] = np.where(state == 0, 0.0, 1.0)
        cost = np.zeros(self.ncol)
        cost[:d] = -self.b
        cost[d:d + G] = self.y_cost
        diag = np.zeros(self.ncol)
        if self.persp:
            cost[d + G:] = self.t_cost
            # t_j ≤ n_j M_j² is valid (‖W_j‖²/y_j ≤ n_j M_j² y_j) and keeps HiGHS's active-set
            # solver from reporting zero-curvature rays of t as non-convexity
            hi[d + G:][free_g] = self.t_max[free_g]
            exact = np.zeros(d, dtype=bool)
            exact[self.grouped] = state[ow[self.grouped]] == 1
            diag[:d][exact] = self.ridge
        else:
            diag[self.grouped] = self.ridge
        Q = sp.block_diag([self.H, sp.csc_matrix((self.ncol - d, self.ncol - d))], format="csc")
        Q = Q + sp.diags(diag, format="csc")
        # |w_i| ≤ M_j y_j for entries of free groups, and the budget
        A, lo_r, hi_r = link_rows(pb, self.ncol, d, self.grouped[state[ow[self.grouped]] < 0])
        blocks, rlo, rhi = ([A], [lo_r], [hi_r]) if A is not None else ([], [], [])
        if self.persp:
            for j in free_g:
                if self.pool[j]:
                    blocks.append(self.cut_rows(int(j), self.pool[j]))
                    rlo.append(np.zeros(len(self.pool[j])))
                    rhi.append(np.full(len(self.pool[j]), INF))
        A = sp.vstack(blocks, format="csr") if blocks else None
        pass_qp(h, Q, cost, lo, hi, A, np.concatenate(rlo) if rlo else np.empty(0),
                np.concatenate(rhi) if rhi else np.empty(0), offset=self.c)

    def append_cuts(self, h: highspy.Highs, j: int, points: list[np.ndarray]) -> None:
        """Add cut rows to the model h already holds (HiGHS keeps its QP basis: a hot start)."""
        A = self.cut_rows(j, points)
        m = A.shape[0]
        h.addRows(m, np.zeros(m), np.full(m, INF), A.nnz, A.indptr.astype(np.int32),
                  A.indices.astype(np.int32), A.data.astype(np.float64))

    def split(self, x: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        d, G = self.d, self.G
        t = x[d + G:] if self.persp else np.zeros(G)
        return x[:d], x[d:d + G], t

    def violations(self, w: np.ndarray, y: np.ndarray, t: np.ndarray,
                   state: np.ndarray) -> np.ndarray:
        """‖W_j‖²/y_j − t_j for free groups (how far the cuts are from the perspective)."""
        sq, _ = self.pb.group_norms(w)
        v = np.zeros(self.G)
        free = (state < 0) & (y > 1e-12)
        v[free] = sq[free] / y[free] - t[free]
        return np.maximum(v, 0.0)


class FixedSupportQP:
    """min L(w) + λα‖w‖² + λ(1−α)|S| with w = 0 outside the kept groups S, |w_i| ≤ M_j: the
    exact value of one y (an incumbent), for any convex loss (see the module docstring).
    Results are cached per support."""

    def __init__(self, problem: GroupPruningProblem):
        self.pb = problem
        self.quad = problem.loss == "squared"
        if self.quad:
            H, b, c = problem.quadratic()
            diag = np.zeros(problem.dim)
            diag[problem.owner >= 0] = 2 * problem.lam * problem.alpha
            self.Q = (H + sp.diags(diag)).tocsc()
            self.b, self.c = b, c
            self.h = self._new_highs()
        self.cache: dict[bytes, tuple[float, np.ndarray]] = {}
        self._Qd: np.ndarray | None = None  # Q dense, made on first use
        self.solves = 0
        self.fallbacks = 0  # supports solved by bounded least squares after HiGHS failed

    def _new_highs(self) -> highspy.Highs:
        """A HiGHS with its QP iterations capped: its active-set solver cycled for ever on the
        fixed-support QPs of a model file with a large linear cost (boxes of 7e-4 around an
        objective that varies by 1e-4 there); past the cap, bounded least squares takes over."""
        h = new_highs()
        h.setOptionValue("qp_iteration_limit", 50 * self.pb.dim + 1000)
        return h

    def _bounded_lsq(self, lo: np.ndarray, hi: np.ndarray) -> np.ndarray:
        """The same fixed-support problem as bounded least squares, ½‖Ãw − b̃‖² with
        Ã = [A ⊗ I_q; √(2λα) on grouped entries], b̃ = [vec B; 0] (problem.lsq_factor), by
        scipy's BVLS on normalized columns: the fallback where HiGHS's QP fails (seen on
        X ~ 1e6 with Y = 0: "Not Set", or a C++ length error), indifferent to the scale."""
        from scipy.optimize import lsq_linear

        pb = self.pb
        A, B, _ = pb.lsq_factor()
        grouped = np.flatnonzero(pb.owner >= 0)
        ridge = np.zeros((grouped.size, pb.dim))
        ridge[np.arange(grouped.size), grouped] = np.sqrt(2 * pb.lam * pb.alpha)
        At = np.vstack([np.kron(A, np.eye(pb.q)), ridge])
        bt = np.concatenate([B.reshape(-1), np.zeros(grouped.size)])
        cn = np.linalg.norm(At, axis=0)
        on = (hi > lo) & (cn > 0)  # a zero column cannot change the fit: leave it at 0
        w = np.zeros(pb.dim)
        bn = float(np.linalg.norm(bt))
        if on.any() and bn > 0:  # bt = 0: w = 0 is optimal (0 lies in every box)
            As = At[:, on] / cn[on]
            r = lsq_linear(As, bt / bn, bounds=(lo[on] * cn[on] / bn, hi[on] * cn[on] / bn),
                           method="bvls", tol=1e-15)
            w[on] = r.x * bn / cn[on]
        return np.clip(w, lo, hi)

    def _polish(self, w: np.ndarray, lo: np.ndarray, hi: np.ndarray) -> np.ndarray:
        """Newton steps on the face HiGHS's point lies on (the active bounds held, the rest
        solved exactly by least squares): HiGHS's QP tolerances left values 1e-9 high on
        flat (rank-deficient) problems. A step is kept only if it lowers the objective."""
        Q = self._dense()
        pb, grouped = self.pb, self.pb.owner >= 0

        def f(v):  # from the residuals: ½vᵀQv − bᵀv cancels to nothing when L(v) ≪ L(0)
            return pb.loss_value(v) + pb.lam * pb.alpha * float(v[grouped] @ v[grouped])

        best, fb = w.copy(), f(w)
        for _ in range(3):
            g = Q @ best - self.b
            tol = 1e-9 * np.maximum(1.0, np.abs(best))
            held = ((hi - lo <= 0) | ((best <= lo + tol) & (g >= 0))
                    | ((best >= hi - tol) & (g <= 0)))
            act = ~held
            if not act.any():
                break
            rhs = self.b[act] - Q[np.ix_(act, held)] @ best[held]
            cand = best.copy()
            cand[act] = np.linalg.lstsq(Q[np.ix_(act, act)], rhs, rcond=None)[0]
            cand = np.clip(cand, lo, hi)
            fc = f(cand)
            if not fc < fb:
                break
            best, fb = cand, fc
        return best

    def _dense(self) -> np.ndarray:
        if self._Qd is None:
            self._Qd = self.Q.toarray() if sp.issparse(self.Q) else np.asarray(self.Q)
        return self._Qd

    def _interior(self, on: np.ndarray, lo: np.ndarray, hi: np.ndarray) -> np.ndarray | None:
        """The minimizer on the kept entries without the box (Q's block solved by Cholesky),
        if it lies inside the box (then it is the fixed-support optimum: the problem is
        convex); None otherwise, where the block is not positive definite (λα = 0 and
        rank-deficient columns) or where it is ill-conditioned (scipy's LinAlgWarning)."""
        import warnings

        import scipy.linalg as sla

        w = np.zeros(self.pb.dim)
        if on.any():
            try:
                with warnings.catch_warnings():  # ill-conditioned: HiGHS and the polish decide
                    warnings.simplefilter("error", sla.LinAlgWarning)
                    w[on] = sla.solve(self._dense()[np.ix_(on, on)], self.b[on],
                                      assume_a="pos", check_finite=False)
            except (sla.LinAlgError, sla.LinAlgWarning, ValueError):
                return None
        return w if np.isfinite(w).all() and (w >= lo).all() and (w <= hi).all() else None

    def _lbfgs(self, lo: np.ndarray, hi: np.ndarray, w0: np.ndarray | None) -> np.ndarray:
        """The fixed-support problem of a loss that is not quadratic, by L-BFGS-B on the box."""
        from scipy.optimize import minimize

        pb = self.pb
        ridge = pb.lam * pb.alpha * (pb.owner >= 0)

        def fun(w):
            return (pb.loss_value(w) + float(ridge @ (w * w)), pb.loss_grad(w) + 2 * ridge * w)

        bounds = [(a if np.isfinite(a) else None, b if np.isfinite(b) else None)
                  for a, b in zip(lo, hi, strict=True)]
        x0 = np.zeros(pb.dim) if w0 is None else np.clip(np.asarray(w0, float), lo, hi)
        res = minimize(fun, x0, jac=True, method="L-BFGS-B", bounds=bounds,
                       options={"maxiter": 20000, "ftol": 1e-15, "gtol": 1e-10})
        return np.clip(res.x, lo, hi)

    def solve(self, keep: np.ndarray, w0: np.ndarray | None = None) -> tuple[float, np.ndarray]:
        """(objective, w) for the 0/1 vector keep; objective counts y_j = [W_j ≠ 0]. w0 is a
        warm start for L-BFGS-B (other losses); the squared loss needs none."""
        keep = np.asarray(keep) > 0.5
        key = np.packbits(keep).tobytes()
        if key in self.cache:
            return self.cache[key]
        pb = self.pb
        bnd = pb.entry_bounds()
        on = np.ones(pb.dim, dtype=bool)
        grouped = pb.owner >= 0
        on[grouped] = keep[pb.owner[grouped]]
        lo, hi = np.where(on, -bnd, 0.0), np.where(on, bnd, 0.0)
        if not self.quad:
            self.solves += 1
            w = self._lbfgs(lo, hi, w0)
            val = pb.objective(w)
            self.cache[key] = (val, w)
            return val, w
        self.solves += 1
        w = self._interior(on, lo, hi) if pb.dim <= DENSE_MAX_DIM else None
        if w is not None:  # no box binds: the linear solve is the answer (~10× faster)
            val = pb.objective(w)
            self.cache[key] = (val, w)
            return val, w
        try:
            pass_qp(self.h, self.Q, -self.b, lo, hi, None, np.empty(0), np.empty(0),
                    offset=self.c)
            sol = solve_qp(self.h)
        except (ValueError, RuntimeError):  # a C++ exception out of HiGHS (extreme data)
            sol = None
        if sol is not None and sol.status == "optimal":
            w = self._polish(sol.x, lo, hi)
        else:
            self.h = self._new_highs()  # do not reuse a solver left in an unknown state
            self.fallbacks += 1
            w = self._bounded_lsq(lo, hi)
        # the value is the objective of w itself (residual form, y_j = [W_j ≠ 0]: a kept
        # group that came out 0 costs nothing), never the Gram form, which loses every digit
        # when L(w) ≪ L(0) and has returned negative "objectives" on badly scaled data
        val = pb.objective(w)
        self.cache[key] = (val, w)
        return val, w
