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

The exact solvers search equivalent restatements of an instance (M tightened, the scale
normalized, a budget multiplier): spruce.mip.reform.
Speed: building an instance is O(n·p·q); `lsq_factor` is one thin QR, cached.
"""

from __future__ import annotations

import math
import numbers
import warnings
from dataclasses import dataclass, field

import numpy as np
import scipy.sparse as sp

from spruce.penalties import check_alpha, check_lam, mip_penalty, norms_of_rows

LOSSES = ("squared", "logistic")

# Size and magnitude limits of an instance (checked by GroupPruningProblem, by the .npz reader
# before it reads an array, and by the builders before they build anything):
MAX_DATA = 50_000_000  # entries of X (n·p) and of Y (n·q): 400 MB each in float64
MAX_WEIGHTS = 1_000_000  # entries of W (p·q)
MAX_HESSIAN = 100_000_000  # p²·q, the nonzeros of H = (XᵀX/n) ⊗ I_q every exact solver builds
MAX_ABS = 1e100  # |X|, |Y|, M: squares and sums of MAX_DATA squares stay far from overflow


def check_sizes(n: int, p: int, q: int) -> None:
    """ValueError unless an n-sample, p-input, q-output instance fits the limits above (so
    that neither its data nor the solvers' arrays can exhaust the memory)."""
    if min(n, p, q) < 1:
        raise ValueError(f"an instance needs n, p, q >= 1, got n={n}, p={p}, q={q}")
    for what, size, limit in (("X (n·p)", n * p, MAX_DATA), ("Y (n·q)", n * q, MAX_DATA),
                              ("W (p·q)", p * q, MAX_WEIGHTS),
                              ("the loss Hessian (p²·q)", p * p * q, MAX_HESSIAN)):
        if size > limit:
            raise ValueError(f"instance too large: {what} would have {size:,} entries "
                             f"(n={n}, p={p}, q={q}); spruce.mip allows at most {limit:,}")


SYNTHETIC_MAX_INPUTS = 2000  # p = groups·group_size: X is drawn from a p×p covariance
MAX_SEED = 2**32 - 1
MAX_BUDGET = 2**31 - 1


def _got(value) -> str:
    if isinstance(value, tuple) and all(isinstance(v, numbers.Integral) for v in value):
        return repr("x".join(str(v) for v in value))  # as written in a spec: '0x0'
    return repr(value)


def whole(name: str, value, lo: int, hi: int) -> int:
    """`value` as an int in [lo, hi]; ValueError naming `name` and the range otherwise (a
    float such as 2.5 or 1e11, a bool or a string is refused, never rounded)."""
    if isinstance(value, bool) or not isinstance(value, numbers.Integral) \
            or not lo <= value <= hi:
        raise ValueError(f"{name} must be a whole number in [{lo}, {hi}], got {_got(value)}")
    return int(value)


def real(name: str, value, lo: float, hi: float, lo_open: bool = False,
         hi_open: bool = False) -> float:
    """`value` as a finite float in the interval; ValueError naming `name` and the interval."""
    ok = not isinstance(value, bool) and isinstance(value, numbers.Real) \
        and math.isfinite(float(value))
    if ok:
        v = float(value)
        ok = (v > lo if lo_open else v >= lo) and (v < hi if hi_open else v <= hi)
    if not ok:
        span = f"{'(' if lo_open else '['}{lo:g}, {hi:g}{')' if hi_open else ']'}"
        raise ValueError(f"{name} must be a finite number in {span}, got {_got(value)}")
    return float(value)


def _indices(j: int, g) -> np.ndarray:
    """Group j's flat indices as int64; fractional (or non-numeric) indices are refused, not
    truncated."""
    a = np.asarray(g)
    if a.size and a.dtype.kind not in "iu":
        if a.dtype.kind != "f" or not np.isfinite(a).all() or (a != np.round(a)).any():
            raise ValueError(f"group {j} must hold integer (flat) indices, got "
                             f"{a.reshape(-1)[:5].tolist()}{' ...' if a.size > 5 else ''}")
    return a.astype(np.int64).reshape(-1)


def check_magnitude(name: str, arr: np.ndarray) -> None:
    """ValueError unless every entry of `arr` is finite and at most MAX_ABS in magnitude."""
    if arr.size == 0:
        return
    if not np.isfinite(arr).all():
        raise ValueError(f"{name} must be finite, found {int((~np.isfinite(arr)).sum())} "
                         "non-finite entries")
    top = max(abs(float(arr.max())), abs(float(arr.min())))
    if top > MAX_ABS:
        raise ValueError(f"{name} has entries of magnitude up to {top:.3g}; spruce.mip allows "
                         f"at most {MAX_ABS:g} (the squared loss would overflow)")


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
        for nm in ("X", "Y", "M"):
            if np.iscomplexobj(getattr(self, nm)):  # float64 would drop the imaginary part
                raise ValueError(f"{nm} must be real, got complex values")
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
            check_sizes(X.shape[0], X.shape[1], int(labels.max()) + 1)  # before np.eye
            Y = np.eye(int(labels.max()) + 1)[labels]
        Y = np.asarray(Y, dtype=np.float64)
        if Y.ndim == 1:
            Y = Y[:, None]
        if Y.ndim != 2:
            raise ValueError(f"Y must be a 1-D or 2-D array (n or n×q), got shape {Y.shape}")
        if Y.shape[0] != X.shape[0]:
            raise ValueError(f"X and Y need the same number of rows, got {X.shape[0]} and "
                             f"{Y.shape[0]}")
        check_sizes(X.shape[0], X.shape[1], max(Y.shape[1], 1))
        for nm, arr in (("X", X), ("Y", Y)):
            check_magnitude(nm, arr)
        self.X, self.Y = X, Y
        self.lam = check_lam(self.lam)
        self.alpha = check_alpha(self.alpha)
        d = self.dim
        groups = [_indices(j, g) for j, g in enumerate(self.groups)]
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
        if float(M.max()) > MAX_ABS:
            raise ValueError(f"M must be at most {MAX_ABS:g} for every group, got max "
                             f"{float(M.max()):.3g}")
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


def row_groups(p: int, q: int, rows_per_group: int = 1) -> list[np.ndarray]:
    """Groups made of consecutive rows of the p×q matrix W (an input unit = one row)."""
    if rows_per_group <= 0 or p % rows_per_group:
        raise ValueError(f"rows_per_group must divide p={p}, got {rows_per_group}")
    return [np.arange(r * q, (r + rows_per_group) * q) for r in range(0, p, rows_per_group)]


def suggest_big_m(problem_like: GroupPruningProblem, scale: float = 2.0) -> float:
    """A big-M from the dense fit: scale·max|W_i| of the ridge solution with all groups on
    (the logistic loss: of min L(W) + max(λα, 1e-8)‖W‖², by L-BFGS)."""
    X, Y = problem_like.X, problem_like.Y
    reg = problem_like.lam * problem_like.alpha
    if problem_like.loss != "squared":
        from scipy.optimize import minimize

        pb, ridge = problem_like, max(reg, 1e-8)
        fit = minimize(lambda w: (pb.loss_value(w) + ridge * float(w @ w),
                                  pb.loss_grad(w) + 2 * ridge * w),
                       np.zeros(pb.dim), jac=True, method="L-BFGS-B")
        return float(scale * max(np.abs(fit.x).max(), 1e-3))
    G = X.T @ X / X.shape[0] + max(2 * reg, 1e-8) * np.eye(X.shape[1])
    W = np.linalg.solve(G, X.T @ Y / X.shape[0])
    return float(scale * max(np.abs(W).max(), 1e-3))


def synthetic(n: int = 60, groups: int = 15, group_size: int = 3, q: int = 1,
              active: float = 0.4, noise: float = 0.5, corr: float = 0.3, lam: float = 0.05,
              alpha: float = 0.5, M: float | None = None, k: int | None = None,
              seed: int = 0, loss: str = "squared") -> GroupPruningProblem:
    """Seeded synthetic instance: Y = X W* + noise with a fraction `active` of groups nonzero.
    loss="logistic": q ≥ 2 classes, the labels argmax_c (X W* + noise)_ic (the same random
    draws as the squared instance of the same arguments).

    X rows are N(0, Σ) with Σ_ab = corr^|a−b| (correlated neighbours make the choice hard);
    the groups are blocks of `group_size` consecutive input rows of W (p = groups·group_size).
    Every argument is checked before anything is built: p ≤ SYNTHETIC_MAX_INPUTS, the sizes
    within `check_sizes`.
    """
    n = whole("n", n, 1, MAX_DATA)
    groups = whole("groups", groups, 1, SYNTHETIC_MAX_INPUTS)
    group_size = whole("group_size", group_size, 1, SYNTHETIC_MAX_INPUTS)
    q = whole("q", q, 1, MAX_DATA)
    if groups * group_size > SYNTHETIC_MAX_INPUTS:
        raise ValueError(f"groups·group_size must be at most {SYNTHETIC_MAX_INPUTS} (the "
                         f"synthetic X is drawn from a p×p covariance), got {groups}·"
                         f"{group_size} = {groups * group_size}")
    check_sizes(n, groups * group_size, q)
    active = real("active", active, 0.0, 1.0)
    noise = real("noise", noise, 0.0, MAX_ABS)
    corr = real("corr", corr, -1.0, 1.0, lo_open=True, hi_open=True)
    lam = real("lam", lam, 0.0, MAX_ABS)
    alpha = real("alpha", alpha, 0.0, 1.0, lo_open=True, hi_open=True)
    M = None if M is None else real("M", M, 0.0, MAX_ABS, lo_open=True)
    k = None if k is None else whole("k", k, 0, MAX_BUDGET)
    seed = whole("seed", seed, 0, MAX_SEED)
    if loss not in LOSSES:
        raise ValueError(f"loss must be one of {LOSSES}, got {loss!r}")
    if loss == "logistic" and q < 2:
        raise ValueError(f"q (the number of classes) must be at least 2 for loss='logistic', "
                         f"got {q}")
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
    tag = ""
    if loss == "logistic":
        Y, tag = np.eye(q)[Y.argmax(1)], "_logistic"
    prob = GroupPruningProblem(X, Y, row_groups(p, q, group_size), lam=lam, alpha=alpha,
                               M=1.0, k=k, loss=loss,
                               name=f"syn_n{n}_g{groups}x{group_size}_q{q}_s{seed}{tag}",
                               meta={"kind": "synthetic", "seed": seed, "true_groups":
                                     sorted(int(j) for j in on), "noise": noise})
    return prob.with_params(M=M if M is not None else suggest_big_m(prob))
