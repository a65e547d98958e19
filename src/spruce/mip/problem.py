"""The group pruning MIP: data, groups, penalty parameters, and its objective.

    min_{W,y}  L(W) + λ Σ_j [ α‖W_j‖₂² + (1−α) y_j ]
    s.t.       −M_j y_j ≤ W_i ≤ M_j y_j  (i ∈ group j),   y_j ∈ {0,1},   Σ_j y_j ≤ k (optional)

W is a p×q weight matrix (inputs × outputs), stored flat in row-major order (entry
(r, c) has index r·q + c). A group is a set of flat indices; groups must be disjoint and
non-empty. Entries in no group (e.g. an intercept row) are free: no penalty, no bound.

Losses (convex):
    squared   L(W) = ‖Y − XW‖_F² / (2n)  =  ½ wᵀ H w − bᵀ w + c,
              H = (XᵀX/n) ⊗ I_q,  b = vec(XᵀY/n),  c = ‖Y‖²/(2n)
    logistic  L(W) = (1/n) Σ_i [ log Σ_c exp((XW)_ic) − Σ_c Y_ic (XW)_ic ]   (Y one-hot)

The Gram form ½wᵀHw − bᵀw + c loses every digit of L(W) when L(W) ≪ L(0) = c (badly scaled
data, near-perfect fits); values that certify anything come from the residual form, or from
the compressed residual form of `lsq_factor` (thin QR X = QR):
              L(W) = ½‖B − AW‖_F² + c₀,   A = R/√n,  B = QᵀY/√n,  c₀ = ‖Y − QQᵀY‖²/(2n)
a sum of squares with no cancellation, at min(n, p)·p·q flops per evaluation.

`normalized` gives the same MIP with unit objective and unit curvature (what the exact
solvers search): s = L(0), W = c·U, X' = cX/√s, Y' = Y/√s, M' = M/c, λ'α' = λαc²/s,
λ'(1−α') = λ(1−α)/s, so that F'(U) = F(cU)/s.

`lift_bound` turns a bound of the normalized instance into one of the original.

`tightened` gives the same MIP with M_j replaced by min(M_j, R_j), R = `big_m_limit`, a bound
on |W_i| at every optimum (from the ridge, λα‖W_j‖² ≤ L(0) − min L − λ(1−α), and for the
squared loss from its curvature); the exact solvers search that one, so an M of 1e9 means to
them what the smallest valid M means. `free_limit` bounds the free entries the same way.
"""

from __future__ import annotations

import math
import warnings
from dataclasses import dataclass, field

import numpy as np
import scipy.sparse as sp

from spruce.penalties import check_alpha, check_lam, mip_penalty, norms_of_rows

LOSSES = ("squared", "logistic")


class BigMBindingWarning(UserWarning):
    """Some |W_i| reaches M_j at the solution: the MIP then differs from the unbounded problem."""


@dataclass
class GroupPruningProblem:
    """A pruning MIP instance. See the module docstring for the model."""

    X: np.ndarray
    Y: np.ndarray
    groups: list[np.ndarray]
    lam: float = 0.1
    alpha: float = 0.5
    M: float | np.ndarray = 1.0
    k: int | None = None
    loss: str = "squared"
    name: str = "instance"
    group_names: list[str] | None = None
    meta: dict = field(default_factory=dict)

    def __post_init__(self) -> None:
        X = np.asarray(self.X, dtype=np.float64)
        Y = np.asarray(self.Y)
        if X.ndim != 2 or X.shape[0] == 0 or X.shape[1] == 0:
            raise ValueError(f"X must be a non-empty 2-D array (n×p), got shape {X.shape}")
        if self.loss not in LOSSES:
            raise ValueError(f"loss must be one of {LOSSES}, got {self.loss!r}")
        if self.loss == "logistic" and Y.ndim == 1:
            labels = Y.astype(int)
            if not np.array_equal(labels, Y) or labels.min() < 0:
                raise ValueError("Y must hold class labels 0..q-1 (or a one-hot matrix) for "
                                 "loss='logistic'")
            Y = np.eye(int(labels.max()) + 1)[labels]
        Y = np.asarray(Y, dtype=np.float64)
        if Y.ndim == 1:
            Y = Y[:, None]
        if Y.shape[0] != X.shape[0]:
            raise ValueError(f"X and Y need the same number of rows, got {X.shape[0]} and "
                             f"{Y.shape[0]}")
        for nm, arr in (("X", X), ("Y", Y)):
            if not np.isfinite(arr).all():
                raise ValueError(f"{nm} must be finite, found {int((~np.isfinite(arr)).sum())} "
                                 "non-finite entries")
        self.X, self.Y = X, Y
        self.lam = check_lam(self.lam)
        self.alpha = check_alpha(self.alpha)
        d = self.dim
        groups = [np.asarray(g, dtype=np.int64).reshape(-1) for g in self.groups]
        if not groups:
            raise ValueError("groups must contain at least one group, got none")
        owner = np.full(d, -1, dtype=np.int64)
        for j, g in enumerate(groups):
            if g.size == 0:
                raise ValueError(f"group {j} is empty")
            if g.min() < 0 or g.max() >= d:
                raise ValueError(f"group {j} has indices outside 0..{d - 1} (W is "
                                 f"{self.p}×{self.q}, flat row-major)")
            if len(np.unique(g)) != g.size or (owner[g] >= 0).any():
                other = int(owner[g][owner[g] >= 0][0]) if (owner[g] >= 0).any() else j
                raise ValueError(f"groups overlap: group {j} shares an index with group {other}")
            owner[g] = j
        self.groups, self.owner = groups, owner
        M = np.broadcast_to(np.asarray(self.M, dtype=np.float64), (len(groups),)).copy() \
            if np.ndim(self.M) == 0 else np.asarray(self.M, dtype=np.float64).reshape(-1)
        if M.size != len(groups):
            raise ValueError(f"M must be a scalar or have one entry per group ({len(groups)}), "
                             f"got {M.size}")
        if not np.isfinite(M).all() or (M <= 0).any():
            raise ValueError("M must be finite and > 0 for every group, got min "
                             f"{float(M.min())!r}")
        self.M = M
        if self.k is not None:
            if int(self.k) != self.k or self.k < 0:
                raise ValueError(f"k (budget Σy ≤ k) must be a non-negative integer, "
                                 f"got {self.k!r}")
            self.k = int(self.k)
        if self.group_names is not None and len(self.group_names) != len(groups):
            raise ValueError("group_names needs one name per group")

    # ------------------------------------------------------------------ sizes
    @property
    def n(self) -> int:
        return self.X.shape[0]

    @property
    def p(self) -> int:
        return self.X.shape[1]

    @property
    def q(self) -> int:
        return self.Y.shape[1]

    @property
    def dim(self) -> int:
        return self.p * self.q

    @property
    def num_groups(self) -> int:
        return len(self.groups)

    @property
    def free(self) -> np.ndarray:
        """Flat indices in no group (unpenalized, unbounded)."""
        return np.flatnonzero(self.owner < 0)

    def entry_bounds(self) -> np.ndarray:
        """M of the group of each entry (∞ for free entries)."""
        out = np.full(self.dim, np.inf)
        grouped = self.owner >= 0
        out[grouped] = self.M[self.owner[grouped]]
        return out

    # ------------------------------------------------------------------ loss
    def quadratic(self) -> tuple[sp.csc_matrix, np.ndarray, float]:
        """(H, b, c) with L(w) = ½wᵀHw − bᵀw + c (squared loss only)."""
        if self.loss != "squared":
            raise ValueError(f"quadratic() needs loss='squared', this instance has {self.loss!r}")
        if not hasattr(self, "_quad"):
            G = self.X.T @ self.X / self.n
            H = sp.kron(sp.csc_matrix(G), sp.identity(self.q), format="csc")
            b = (self.X.T @ self.Y / self.n).reshape(-1)
            c = float((self.Y ** 2).sum() / (2 * self.n))
            self._quad = (H, b, c)
        return self._quad

    def lsq_factor(self) -> tuple[np.ndarray, np.ndarray, float]:
        """(A, B, c₀) with L(W) = ½‖B − AW‖_F² + c₀ exactly (squared loss; see module doc)."""
        if self.loss != "squared":
            raise ValueError(f"lsq_factor() needs loss='squared', this instance has {self.loss!r}")
        if not hasattr(self, "_lsq"):
            Q, R = np.linalg.qr(self.X, mode="reduced")
            QtY = Q.T @ self.Y
            rest = self.Y - Q @ QtY  # the part of Y no W can fit
            root = math.sqrt(self.n)
            self._lsq = (R / root, QtY / root, float((rest * rest).sum() / (2 * self.n)))
        return self._lsq

    def loss_scale(self) -> float:
        """L(0): the objective of W = 0, an upper bound of the optimum and the natural unit of
        this instance's objective (gaps and tolerances are measured against it)."""
        return self.loss_value(np.zeros(self.dim))

    def loss_value(self, w: np.ndarray) -> float:
        """L(W) for flat w."""
        Z = self.X @ np.asarray(w, dtype=np.float64).reshape(self.p, self.q)
        if self.loss == "squared":
            return float(((self.Y - Z) ** 2).sum() / (2 * self.n))
        zmax = Z.max(1, keepdims=True)
        lse = (zmax[:, 0] + np.log(np.exp(Z - zmax).sum(1)))
        return float((lse - (self.Y * Z).sum(1)).sum() / self.n)

    def loss_grad(self, w: np.ndarray) -> np.ndarray:
        """∇L(w), flat."""
        Z = self.X @ np.asarray(w, dtype=np.float64).reshape(self.p, self.q)
        if self.loss == "squared":
            R = Z - self.Y
        else:
            E = np.exp(Z - Z.max(1, keepdims=True))
            R = E / E.sum(1, keepdims=True) - self.Y
        return (self.X.T @ R / self.n).reshape(-1)

    # ------------------------------------------------------------------ penalties
    def group_norms(self, w: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """(‖W_j‖₂², ‖W_j‖∞) per group."""
        w = np.asarray(w, dtype=np.float64)
        width = max(g.size for g in self.groups)
        P = np.zeros((self.num_groups, width))
        for j, g in enumerate(self.groups):
            P[j, :g.size] = w[g]
        return norms_of_rows(P)

    def objective(self, w: np.ndarray) -> float:
        """MIP objective of w with y_j = [W_j ≠ 0]: L + λ Σ mip_penalty."""
        sq, inf = self.group_norms(w)
        return self.loss_value(w) + self.lam * float(mip_penalty(sq, inf, self.alpha).sum())

    def support(self, w: np.ndarray, tol: float = 0.0) -> np.ndarray:
        """y_j = [‖W_j‖∞ > tol] as 0/1 floats."""
        return (self.group_norms(w)[1] > tol).astype(np.float64)

    def check_binding(self, w: np.ndarray, y: np.ndarray, rtol: float = 1e-6) -> list[int]:
        """Groups where some |W_i| = M_j at the solution; warns (BigMBindingWarning) if any."""
        _, inf = self.group_norms(w)
        bound = np.where(np.asarray(y) > 0.5, self.M, np.inf)
        hit = [int(j) for j in np.flatnonzero(inf >= bound * (1 - rtol))]
        if hit:
            warnings.warn(f"{self.name}: M binds at the solution in groups {hit[:10]}"
                          f"{' ...' if len(hit) > 10 else ''} (|W_i| = M_j): the MIP differs from "
                          "the problem without bounds; consider a larger M", BigMBindingWarning,
                          stacklevel=2)
        return hit

    def describe(self) -> dict:
        sizes = [int(g.size) for g in self.groups]
        return {"name": self.name, "loss": self.loss, "n": self.n, "p": self.p, "q": self.q,
                "groups": self.num_groups, "group_size_min": min(sizes),
                "group_size_max": max(sizes), "lam": self.lam, "alpha": self.alpha,
                "M_min": float(self.M.min()), "M_max": float(self.M.max()), "k": self.k}

    def with_params(self, **changes) -> GroupPruningProblem:
        """A copy with some of lam, alpha, M, k, name changed. A changed model is no longer
        the one of a file it was read from: meta["file_model"] (spruce.mip.recover) is
        dropped then."""
        kw = dict(X=self.X, Y=self.Y, groups=self.groups, lam=self.lam, alpha=self.alpha,
                  M=self.M, k=self.k, loss=self.loss, name=self.name,
                  group_names=self.group_names, meta=dict(self.meta))
        kw.update(changes)
        if set(changes) - {"name", "group_names", "meta"}:
            kw["meta"] = {k: v for k, v in kw["meta"].items() if k != "file_model"}
        return GroupPruningProblem(**kw)


def normalized(problem: GroupPruningProblem) -> tuple[GroupPruningProblem, float, float,
                                                        float]:
    """(instance to search, s, c, κ): objective unit s = L(0), weights W = c·U with
    c = √s/σ_max(X/√n), so that the searched data X' = cX/√s, Y' = Y/√s have ‖X'ᵀX'/n‖ = 1
    and L'(0) = 1. Then M' = M/c, λ'α' = λαc²/s, λ'(1−α') = λ(1−α)/s: the same MIP, every
    objective divided by s. κ ≤ 1 absorbs the rounding of (λ', α'): with ρ the represented
    over the intended coefficient of ‖U_j‖² and of y_j, F/s ≥ κ·F' with κ = min(1, 1/ρ),
    so s·κ·(a bound of the searched instance) is a bound of the original."""
    s = problem.loss_scale()
    if not 1e-150 < s < 1e150:
        return problem, 1.0, 1.0, 1.0
    sig = float(np.linalg.norm(problem.X, 2)) / math.sqrt(problem.n)
    a = problem.alpha
    c = math.sqrt(s) / sig if sig > 0 else 1.0
    # keep α' = αc²/(αc² + 1 − α) below 1 − 1e-8, where 1 − α' is still accurate (a tiny α'
    # is exact: it is its own relative precision)
    ratio = a * c * c / (1 - a)
    c *= math.sqrt(min(max(ratio, 1e-200), 1e8) / ratio)
    if not 1e-100 < c < 1e100:
        c = 1.0
    ridge, ycost = problem.lam * a * c * c / s, problem.lam * (1 - a) / s
    lam = ridge + ycost
    search = problem.with_params(X=problem.X * (c / math.sqrt(s)), Y=problem.Y / math.sqrt(s),
                                 lam=lam, alpha=ridge / lam if lam > 0 else a, M=problem.M / c)
    if lam > 0:
        rho = max(search.lam * search.alpha / ridge, search.lam * (1 - search.alpha) / ycost)
        kappa = min(1.0, 1.0 / rho) * (1 - 4e-16)  # κ itself rounded down
    else:
        kappa = 1.0
    return search, s, c, kappa


def lift_bound(search: GroupPruningProblem, s: float, kappa: float, bound: float) -> float:
    """A valid bound of the searched (normalized) instance as a valid bound of the original:
    the larger of s·κ·bound and s·(bound − (1 − κ)·P), P = the largest penalty a feasible U
    carries in the searched instance, λ'α'Σ_j n_j M'_j² + λ'(1−α')·min(G, k). The rounding of
    (λ', α') changes the penalty, never the loss: with ρ ≤ 1/κ, F/s = L' + pen ≥ F' − (1 − 1/ρ)
    pen', and pen' ≤ P at every feasible U. On a model file whose recovered loss carries a
    constant of 2.8e12, κ·bound lost 1e4 to a 4e-9 rounding of 1 − α'; this loses 1e-8."""
    if not np.isfinite(bound):
        return s * bound
    sizes = np.array([g.size for g in search.groups], dtype=np.float64)
    kept = search.num_groups if search.k is None else min(search.num_groups, search.k)
    P = (search.lam * search.alpha * float(sizes @ (search.M ** 2))
         + search.lam * (1 - search.alpha) * kept) * (1 + 1e-12)
    return s * max(kappa * bound, bound - (1 - kappa) * P)


ELLIPSOID_MAX_DIM = 700  # weights; the curvature bound of big_m_limit is a dense d×d eigh
ELLIPSOID_MAX_COND = 1e8  # above this the inverse's diagonal is not trusted to 1e-6


def big_m_limit(problem: GroupPruningProblem, upper: float | None = None) -> np.ndarray:
    """R_j (one per group) with |W_i| ≤ R_j for every entry i of group j of every optimal W
    (∞ where nothing is provable).

    U ≥ the optimum (L(0) = F(W = 0), or `upper`, any feasible value); at an optimum W* that
    keeps j, q(W*) := L(W*) + λα‖W*_G‖² ≤ U − λ(1−α). Two consequences:
    - ridge: λα‖W*_j‖² ≤ U − L_low − λ(1−α) (L ≥ L_low: c₀ of lsq_factor for the squared
      loss, 0 for the logistic loss), so |W*_i| ≤ √((U − L_low − λ(1−α))/(λα));
    - curvature (squared loss, d ≤ ELLIPSOID_MAX_DIM, q strongly convex with condition number
      ≤ ELLIPSOID_MAX_COND): q = q_min + ½(w − w_c)ᵀP(w − w_c), so
      |W*_i| ≤ |w_c,i| + √(2(U − λ(1−α) − q_min)·(P⁻¹)_ii), finite even where λα is tiny.
    Float evaluation is padded (1e-12 of the terms that cancel, then 1e-6 relative), so R is
    valid as computed, not only in exact arithmetic."""
    G = problem.num_groups
    R = np.full(G, math.inf)
    U = problem.loss_scale()
    if upper is not None and np.isfinite(upper):
        U = min(U, float(upper))
    if not np.isfinite(U):
        return R
    la = problem.lam * problem.alpha
    cost = problem.lam * (1 - problem.alpha)
    if la > 0:
        low = problem.lsq_factor()[2] * (1 - 1e-12) if problem.loss == "squared" else 0.0
        pad = 1e-12 * (abs(U) + abs(low) + cost)
        room = U - low - cost + pad
        if room <= 0:  # no group can be kept at an optimum: the weaker bound without λ(1−α)
            room = U - low + pad
        if room > 0:
            R[:] = math.sqrt(room / la) * (1 + 1e-9)
    if problem.loss == "squared" and problem.dim <= ELLIPSOID_MAX_DIM:
        ell = _curvature_limit(problem, U, cost)
        R = np.minimum(R, [float(ell[g].max()) for g in problem.groups])
    return R


def free_limit(problem: GroupPruningProblem, upper: float | None = None) -> np.ndarray:
    """Per flat entry: a bound on |W_i| of every optimal W for the ungrouped (free) entries
    (the curvature bound of big_m_limit, with U − q_min: a free entry pays no λ(1−α)); ∞ for
    grouped entries and where the bound does not apply (other losses, large or
    ill-conditioned problems)."""
    out = np.full(problem.dim, math.inf)
    U = problem.loss_scale()
    if upper is not None and np.isfinite(upper):
        U = min(U, float(upper))
    if problem.loss == "squared" and problem.dim <= ELLIPSOID_MAX_DIM and np.isfinite(U) \
            and problem.free.size:
        ell = _curvature_limit(problem, U, problem.lam * (1 - problem.alpha))
        out[problem.free] = ell[problem.free]
    return out


def _curvature_limit(problem: GroupPruningProblem, U: float, cost: float) -> np.ndarray:
    """The curvature bound of big_m_limit per flat entry (∞ where it does not apply); entries
    of groups use U − λ(1−α), free entries U."""
    out = np.full(problem.dim, math.inf)
    A, B, c0 = problem.lsq_factor()
    q = problem.q
    grouped = problem.owner >= 0
    P = np.kron(A.T @ A, np.eye(q))
    P[np.diag_indices_from(P)] += 2 * problem.lam * problem.alpha * grouped
    ev, V = np.linalg.eigh(P)
    if not (ev[0] > 0 and ev[-1] <= ELLIPSOID_MAX_COND * ev[0]):
        return out
    b = (A.T @ B).reshape(-1)
    wc = V @ ((V.T @ b) / ev)
    res = B - A @ wc.reshape(problem.p, q)
    qmin = 0.5 * float((res * res).sum()) + c0 + problem.lam * problem.alpha * float(
        wc[grouped] @ wc[grouped])
    pinv_diag = (V * V) @ (1.0 / ev)
    pad = 1e-12 * (abs(U) + abs(qmin) + cost)
    room = np.where(grouped, U - cost - qmin + pad, U - qmin + pad)
    room = np.where(room > 0, room, U - qmin + pad)  # no group can be kept: without λ(1−α)
    ok = room > 0
    out[ok] = (np.abs(wc[ok]) + np.sqrt(2 * room[ok] * pinv_diag[ok])) * (1 + 1e-6)
    return out


def tightened(problem: GroupPruningProblem, upper: float | None = None) -> GroupPruningProblem:
    """The same MIP with every M_j replaced by min(M_j, R_j), R = big_m_limit(problem): exact
    (every optimum of the original is feasible in it, and its feasible set is a subset), and
    what keeps the solvers' tolerances meaningful when M ≫ the weights: with M = 1e7 on
    weights of size 1, HiGHS's integrality tolerance (1e-6) let a "y = 0" carry |W| up to 10
    in the OA master, whose bound then came out above the optimum (docs/mip.md, "Certified
    answers"). Returns `problem` itself when no M shrinks; else a copy with
    meta["big_m_limit"] = max_j R_j."""
    R = big_m_limit(problem, upper)
    shrink = problem.M > R
    if not shrink.any():
        return problem
    out = problem.with_params(M=np.where(shrink, R, problem.M))
    out.meta["big_m_limit"] = float(R.max())
    return out


def row_groups(p: int, q: int, rows_per_group: int = 1) -> list[np.ndarray]:
    """Groups made of consecutive rows of the p×q matrix W (an input unit = one row)."""
    if rows_per_group <= 0 or p % rows_per_group:
        raise ValueError(f"rows_per_group must divide p={p}, got {rows_per_group}")
    return [np.arange(r * q, (r + rows_per_group) * q) for r in range(0, p, rows_per_group)]


def suggest_big_m(problem_like: GroupPruningProblem, scale: float = 2.0) -> float:
    """A big-M from the dense fit: scale·max|W_i| of the ridge solution with all groups on."""
    X, Y = problem_like.X, problem_like.Y
    reg = problem_like.lam * problem_like.alpha
    G = X.T @ X / X.shape[0] + max(2 * reg, 1e-8) * np.eye(X.shape[1])
    W = np.linalg.solve(G, X.T @ Y / X.shape[0])
    return float(scale * max(np.abs(W).max(), 1e-3))


def synthetic(n: int = 60, groups: int = 15, group_size: int = 3, q: int = 1,
              active: float = 0.4, noise: float = 0.5, corr: float = 0.3, lam: float = 0.05,
              alpha: float = 0.5, M: float | None = None, k: int | None = None,
              seed: int = 0) -> GroupPruningProblem:
    """Seeded synthetic instance: Y = X W* + noise with a fraction `active` of groups nonzero.

    X rows are N(0, Σ) with Σ_ab = corr^|a−b| (correlated neighbours make the choice hard);
    the groups are blocks of `group_size` consecutive input rows of W (p = groups·group_size).
    """
    if min(n, groups, group_size, q) <= 0:
        raise ValueError("n, groups, group_size and q must be positive")
    if not 0 <= active <= 1:
        raise ValueError(f"active must lie in [0, 1], got {active}")
    rng = np.random.default_rng(seed)
    p = groups * group_size
    idx = np.arange(p)
    cov = corr ** np.abs(idx[:, None] - idx[None, :])
    X = rng.multivariate_normal(np.zeros(p), cov, size=n)
    W = np.zeros((p, q))
    on = rng.choice(groups, size=max(1, math.ceil(active * groups)), replace=False)
    for j in on:
        W[j * group_size:(j + 1) * group_size] = rng.normal(size=(group_size, q))
    Y = X @ W + noise * rng.normal(size=(n, q))
    prob = GroupPruningProblem(X, Y, row_groups(p, q, group_size), lam=lam, alpha=alpha,
                               M=1.0, k=k, name=f"syn_n{n}_g{groups}x{group_size}_q{q}_s{seed}",
                               meta={"kind": "synthetic", "seed": seed, "true_groups":
                                     sorted(int(j) for j in on), "noise": noise})
    return prob.with_params(M=M if M is not None else suggest_big_m(prob))
