"""The big-M relaxation's penalty with y projected out: its prox and its conjugate.

At the big-M relaxation's optimum y_j = ‖W_j‖∞/M_j, so a free group costs
    g(W_j) = λ[α‖W_j‖² + (1−α)‖W_j‖∞/M_j],   |W_j| ≤ M_j,
- prox (after the ridge's shrink v/(1+2τλα)): clip the row at the level s ∈ [0, M] with
  Σ_i (|u_i| − s)₊ = b, b = τλ(1−α)/(M(1+2τλα)) (an ℓ∞ prox, by sorting);
- conjugate: g*(u) = max_{s∈[0,M]} Σ_i h_s(u_i) − λ(1−α)s/M,
  h_s(u) = u²/(4λα) if |u| ≤ 2λαs else s|u| − λαs² (concave in s: the level where its
  slope Σ(|u_i| − 2λαs)₊ − λ(1−α)/M falls to 0, by sorting; golden-section if α = 0).
Used by spruce.mip.perspective.PerspectiveSolver(kind="bigm"). Rows are groups, padded
entries zero (mask). Speed: a few numpy sorts per call, O(G·w log w).
"""

from __future__ import annotations

import math

import numpy as np


def linf_prox(U: np.ndarray, b: np.ndarray, M: np.ndarray) -> np.ndarray:
    """Clip each row of U at the level s ∈ [0, M] with Σ(|u_i| − s)₊ = b (ℓ∞ prox)."""
    A = -np.sort(-np.abs(U), axis=1)
    cs = np.cumsum(A, axis=1)
    m = np.arange(1, A.shape[1] + 1)
    theta = (cs - b[:, None]) / m
    rho = (A > theta).sum(1)  # the prefix where entries exceed the level
    rho = np.maximum(rho, 1)
    s = np.maximum(0.0, theta[np.arange(len(A)), rho - 1])
    s = np.minimum(s, M)
    return np.clip(U, -s[:, None], s[:, None])


def bigm_conjugate(U: np.ndarray, mask: np.ndarray, lam: float, alpha: float,
                   M: np.ndarray) -> np.ndarray:
    """max_{s∈[0,M]} Σ_i h_s(u_i) − λ(1−α)s/M per row (see the module docstring)."""
    la, cost = lam * alpha, lam * (1 - alpha) / M
    absU = np.abs(U)

    def val(s):
        ss = s[:, None]
        if la > 0:
            h = np.where(absU <= 2 * la * ss, absU ** 2 / (4 * la), ss * absU - la * ss * ss)
        else:
            h = ss * absU
        return (h * mask).sum(1) - cost * s

    if la > 0:  # exact: the slope Σ(|u_i| − 2λαs)₊ − λ(1−α)/M falls to 0 (an ℓ∞-prox level)
        A = -np.sort(-(absU * mask) / (2 * la), axis=1)
        theta = (np.cumsum(A, axis=1) - (cost / (2 * la))[:, None]) / np.arange(
            1, A.shape[1] + 1)
        rho = np.maximum((A > theta).sum(1), 1)
        s = np.minimum(np.maximum(theta[np.arange(len(A)), rho - 1], 0.0), M)
        return np.maximum.reduce([val(s), val(np.zeros(len(U))), val(M.copy())])
    lo, hi = np.zeros(len(U)), M.copy()
    gr = (math.sqrt(5) - 1) / 2
    for _ in range(80):
        x1, x2 = hi - gr * (hi - lo), lo + gr * (hi - lo)
        right = val(x1) < val(x2)
        lo, hi = np.where(right, x1, lo), np.where(right, hi, x2)
    return np.maximum.reduce([val(lo), val(hi), val(np.zeros(len(U))), val(M.copy())])
