"""The pruning MIP's optimum by enumeration: an oracle for tiny instances, independent of HiGHS.

    min over every support S (|S| ≤ k)  of  min_{W: W_j = 0 for j ∉ S, |W_i| ≤ M_j}
        L(W) + λα Σ_{j∈S} ‖W_j‖² + λ(1−α)|S|

Each inner problem is one bounded least-squares problem: the loss and the ridge stack into
‖A w − b‖² / 2 with A = [X ⊗ I_q / √n ; √(2λα) on grouped entries], b = [vec Y / √n ; 0],
solved by scipy's BVLS. Columns and right-hand side are normalized first, so the oracle is
indifferent to the data's scale (L-BFGS-B with absolute tolerances stops at W = 0 on
X ~ 1e-6). Squared loss only; 2^G solves, so G ≤ `max_groups`. The tests compare spruce's
branch-and-bound, outer approximation and relaxations with it; teachers can too.

`logistic_optimum` is the oracle for the logistic loss: the same enumeration, each support's
    min L(W) + λα Σ_{j∈S} ‖W_j‖²  over  |W_i| ≤ M_j (i ∈ j ∈ S), W_j = 0 (j ∉ S), free entries free
solved by a projected Newton method (Bertsekas 1982) with the exact Hessian
(1/n)Σ_i (Diag(s_i) − s_i s_iᵀ) ⊗ x_i x_iᵀ + 2λα on grouped entries, to a projected gradient
‖W − P(W − ∇)‖∞ ≤ 1e-11·(1 + ‖∇L(0)‖∞) or a Newton decrement below 1e-15·(1 + |f|) (f − min
at rounding): quadratic convergence, independent of spruce's
L-BFGS-B (qp.FixedSupportQP) and first-order (spruce.mip.perspective) code.

`quadratic_optimum` is the oracle for model files, on the file's own numbers (no recovered
least-squares form, whose constant cancels to noise when the linear costs are large):
    min ½wᵀHw + cᵀw + c₀ + Σ_j c_y,j y_j,  |w_i| ≤ M_j y_j (i ∈ j), other w free, Σy ≤ k
by enumerating the supports and, within each, the faces of the box (every bounded weight at
−M, at +M or inside): the minimizer of a strictly convex quadratic over a box is the
stationary point of one face, so the least value over the feasible stationary points is the
optimum. Values are summed exactly (math.fsum) from the file's numbers. 3^(weights in kept
groups) linear solves per support: files with a handful of weights only.
"""

from __future__ import annotations

import itertools
import math

import numpy as np
from scipy.optimize import lsq_linear

from .problem import GroupPruningProblem


def _enumerable(pb: GroupPruningProblem, loss: str, max_groups: int,
                name: str) -> GroupPruningProblem:
    """`pb` if `name` can enumerate it: its loss, at most max_groups groups (2^G solves)."""
    if pb.loss != loss:
        raise ValueError(f"{name} needs loss={loss!r}, got {pb.loss!r}")
    if pb.num_groups > max_groups:
        raise ValueError(f"{name}: {pb.num_groups} groups is more than "
                         f"max_groups={max_groups} (2^G solves)")
    return pb


def enumeration_optimum(problem: GroupPruningProblem, max_groups: int = 16) -> float:
    """The exact MIP optimum by enumerating every support (see the module docstring)."""
    pb = _enumerable(problem, "squared", max_groups, "enumeration_optimum")
    n, q = pb.n, pb.q
    grouped = np.flatnonzero(pb.owner >= 0)
    ridge = np.zeros((grouped.size, pb.dim))
    ridge[np.arange(grouped.size), grouped] = np.sqrt(2 * pb.lam * pb.alpha)
    A = np.vstack([np.kron(pb.X, np.eye(q)) / np.sqrt(n), ridge])
    b = np.concatenate([pb.Y.reshape(-1) / np.sqrt(n), np.zeros(grouped.size)])
    bn, cn = float(np.linalg.norm(b)), np.linalg.norm(A, axis=0)
    best = np.inf
    for keep in itertools.product([0, 1], repeat=pb.num_groups):
        if pb.k is not None and sum(keep) > pb.k:
            continue
        hi = np.array([np.inf if j < 0 else pb.M[j] * keep[j] for j in pb.owner])
        on = (hi > 0) & (cn > 0)  # zero columns cannot change the fit
        val = 0.5 * bn * bn
        if on.any() and bn > 0:
            As, box = A[:, on] / cn[on], hi[on] * cn[on] / bn
            r = lsq_linear(As, b / bn, bounds=(-box, box), method="bvls", tol=1e-15)
            val = 0.5 * bn * bn * float(np.sum((As @ r.x - b / bn) ** 2))
        best = min(best, val + pb.lam * (1 - pb.alpha) * sum(keep))
    return best


def _logistic_hessian(X: np.ndarray, S: np.ndarray) -> np.ndarray:
    """∇² of the softmax cross-entropy at probabilities S, flat row-major (entry r·q + c)."""
    n, p = X.shape
    q = S.shape[1]
    XS = X[:, :, None] * S[:, None, :]  # [i, r, c] = X_ir S_ic
    diag = np.einsum("ir,ic,is->rcs", X, S, X)  # Σ_i X_ir S_ic X_is, the c = c' part
    H = -np.einsum("irc,isd->rcsd", XS, XS)
    H[:, np.arange(q), :, np.arange(q)] += diag.transpose(1, 0, 2)
    return H.reshape(p * q, p * q) / n


def _projected_newton(pb: GroupPruningProblem, lo: np.ndarray, hi: np.ndarray,
                      tol: float, max_iter: int = 200) -> float:
    """min L(w) + λα‖w_grouped‖² over lo ≤ w ≤ hi (see the module docstring); its value."""
    ridge = 2 * pb.lam * pb.alpha * (pb.owner >= 0)

    def parts(w):
        Z = pb.X @ w.reshape(pb.p, pb.q)
        E = np.exp(Z - Z.max(1, keepdims=True))
        S = E / E.sum(1, keepdims=True)
        f = pb.loss_value(w) + 0.5 * float(ridge @ (w * w))
        return f, (pb.X.T @ (S - pb.Y) / pb.n).reshape(-1) + ridge * w, S

    w = np.zeros(pb.dim)
    f, g, S = parts(w)
    for _ in range(max_iter):
        if np.abs(w - np.clip(w - g, lo, hi)).max() <= tol:
            return f
        eps = min(1e-8, np.abs(w - np.clip(w - g, lo, hi)).max())
        held = ((w <= lo + eps) & (g > 0)) | ((w >= hi - eps) & (g < 0)) | (hi <= lo)
        d = np.where(held, -g, 0.0)
        act = ~held
        if act.any():
            H = _logistic_hessian(pb.X, S) + np.diag(ridge)
            d[act] = -np.linalg.lstsq(H[np.ix_(act, act)], g[act], rcond=None)[0]
        cand = np.clip(w + d, lo, hi)
        if float(-g[act] @ d[act]) + float(g[held] @ (w - cand)[held]) <= 1e-15 * (1 + abs(f)):
            return f  # the Newton decrement: f − min below rounding (the projected gradient
            # may stall above tol, where Armijo cannot see a decrease any more)
        t = 1.0
        for _ in range(60):
            cand = np.clip(w + t * d, lo, hi)
            fc, gc, Sc = parts(cand)
            drop = t * float(-g[act] @ d[act]) + float(g[held] @ (w - cand)[held])
            if fc <= f - 1e-4 * drop:
                break
            t *= 0.5
        else:
            raise RuntimeError("logistic_optimum: no descent (the optimum may not be attained)")
        w, f, g, S = cand, fc, gc, Sc
    raise RuntimeError(f"logistic_optimum: no convergence in {max_iter} Newton steps")


def logistic_optimum(problem: GroupPruningProblem, max_groups: int = 12,
                     state: np.ndarray | None = None) -> float:
    """The exact MIP optimum of a logistic-loss instance by enumeration (module docstring);
    with `state` (−1 free, 0/1 fixed per group) the optimum of that branch-and-bound node
    (∞ when no support fits it)."""
    pb = _enumerable(problem, "logistic", max_groups, "logistic_optimum")
    tol = 1e-11 * (1 + float(np.abs(pb.loss_grad(np.zeros(pb.dim))).max()))
    bnd = pb.entry_bounds()
    best = np.inf
    for keep in itertools.product([0, 1], repeat=pb.num_groups):
        if pb.k is not None and sum(keep) > pb.k:
            continue
        if state is not None and any(s >= 0 and s != v for s, v in zip(state, keep,
                                                                       strict=True)):
            continue
        on = np.ones(pb.dim, dtype=bool)
        on[pb.owner >= 0] = np.asarray(keep, dtype=bool)[pb.owner[pb.owner >= 0]]
        val = _projected_newton(pb, np.where(on, -bnd, 0.0), np.where(on, bnd, 0.0), tol)
        best = min(best, val + pb.lam * (1 - pb.alpha) * sum(keep))
    return best


def quadratic_optimum(H: np.ndarray, c: np.ndarray, c0: float, groups: list, M, cy,
                      k: int | None = None, max_faces: int = 200_000) -> tuple[float, np.ndarray]:
    """(optimum, w) of the pruning MIQP given by its own numbers (see the module docstring).

    H must be positive definite; groups are lists of indices into w (the rest are free);
    M and cy are scalars or one value per group. Refuses more than max_faces face solves."""
    H = np.asarray(H, dtype=np.float64)
    c = np.asarray(c, dtype=np.float64).reshape(-1)
    d = c.size
    groups = [np.asarray(g, dtype=np.int64).reshape(-1) for g in groups]
    G = len(groups)
    M = np.broadcast_to(np.asarray(M, dtype=np.float64), (G,))
    cy = np.broadcast_to(np.asarray(cy, dtype=np.float64), (G,))
    grouped = np.zeros(d, bool)
    for g in groups:
        grouped[g] = True
    free = np.flatnonzero(~grouped)
    supports = [keep for keep in itertools.product([0, 1], repeat=G)
                if k is None or sum(keep) <= k]
    faces = sum(3 ** sum(groups[j].size for j in range(G) if keep[j]) for keep in supports)
    if faces > max_faces:
        raise ValueError(f"quadratic_optimum: {faces} face solves (more than max_faces)")

    def value(w: np.ndarray, keep) -> float:
        terms = np.concatenate([0.5 * w * (H @ w), c * w, cy * np.asarray(keep, float), [c0]])
        return math.fsum(terms.tolist())

    best, best_w = math.inf, np.zeros(d)
    for keep in supports:
        box = np.concatenate([groups[j] for j in range(G) if keep[j]] or [np.zeros(0, int)])
        bound = np.concatenate([np.full(groups[j].size, M[j]) for j in range(G) if keep[j]]
                               or [np.zeros(0)])
        for state in itertools.product((-1, 0, 1), repeat=box.size):
            state = np.asarray(state, dtype=np.int64)
            w = np.zeros(d)
            at = state != 0
            w[box[at]] = state[at] * bound[at]
            inner = np.concatenate([box[~at], free]).astype(np.int64)
            if inner.size:
                fixed = np.setdiff1d(np.arange(d), inner)
                rhs = -(c[inner] + H[np.ix_(inner, fixed)] @ w[fixed])
                w[inner] = np.linalg.solve(H[np.ix_(inner, inner)], rhs)
                lim = bound[~at]
                if np.any(np.abs(w[box[~at]]) > lim * (1 + 1e-12)):
                    continue  # this face's stationary point leaves the box
                w[box[~at]] = np.clip(w[box[~at]], -lim, lim)
            v = value(w, keep)
            if v < best:
                best, best_w = v, w
    return best, best_w
