"""The same MIP, restated: what the exact solvers search instead of the instance they are given.

    tightened(pb)               M_j → min(M_j, R_j),  R = big_m_limit(pb): a bound on |W_i| at
                                every optimum (from the ridge, λα‖W_j‖² ≤ L(0) − min L − λ(1−α),
                                and for the squared loss from its curvature): an M of 1e9 means
                                to the solvers what the smallest valid M means; `free_limit`
                                bounds the free entries the same way
    normalized(pb)              unit objective and unit curvature: s = L(0), W = c·U,
                                X' = cX/√s, Y' = Y/√s, M' = M/c, λ'α' = λαc²/s,
                                λ'(1−α') = λ(1−α)/s, so that F'(U) = F(cU)/s (logistic
                                loss: s = 1, only the weights scaled);
                                `lift_bound` turns a bound of it into one of the original
    with_budget_multiplier(pb, μ)  the Lagrangian of Σ_j y_j ≤ k with multiplier μ ≥ 0:
                                (λ, α) → (λ+μ, λα/(λ+μ)) (every y_j costs μ more, the ridge
                                stays λα); its optimum minus μk is a lower bound of the MIP

Each returns a new problem (or numbers); nothing is changed in place.
Speed: big_m_limit's curvature bound is one dense d×d eigendecomposition (d ≤ 700 weights);
normalized is one spectral norm of X; the rest is O(d).
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

import numpy as np

if TYPE_CHECKING:
    from .problem import GroupPruningProblem


def budget_shift(lam: float, alpha: float, mu: float) -> tuple[float, float]:
    """(λ', α') = (λ+μ, λα/(λ+μ)): the penalty of with_budget_multiplier (μ ≥ 0)."""
    if not mu > 0:
        return lam, alpha
    return lam + mu, lam * alpha / (lam + mu)


def with_budget_multiplier(problem: GroupPruningProblem, mu: float) -> GroupPruningProblem:
    """A copy of `problem` without its budget and with every y_j charged μ more: (λ, α) →
    budget_shift(λ, α, μ), k → None. For any μ ≥ 0 its optimum minus μk is a lower bound of
    the MIP (weak duality); μ = 0 gives the problem without the budget."""
    lam, alpha = budget_shift(problem.lam, problem.alpha, mu)
    return problem.with_params(lam=lam, alpha=alpha, k=None)


def normalized(problem: GroupPruningProblem) -> tuple[GroupPruningProblem, float, float,
                                                        float]:
    """(instance to search, s, c, κ): objective unit s = L(0), weights W = c·U with
    c = √s/σ_max(X/√n), so that the searched data X' = cX/√s, Y' = Y/√s have ‖X'ᵀX'/n‖ = 1
    and L'(0) = 1. Then M' = M/c, λ'α' = λαc²/s, λ'(1−α') = λ(1−α)/s: the same MIP, every
    objective divided by s. κ ≤ 1 absorbs the rounding of (λ', α'): with ρ the represented
    over the intended coefficient of ‖U_j‖² and of y_j, F/s ≥ κ·F' with κ = min(1, 1/ρ),
    so s·κ·(a bound of the searched instance) is a bound of the original.
    The logistic loss is a function of XW and one-hot labels: its objective cannot be divided
    by s through the data, so there s = 1 (L(0) = log q is a fixed unit anyway) and only the
    weights are scaled, c = 1/σ_max(X/√n)."""
    s = problem.loss_scale() if problem.loss == "squared" else 1.0
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
