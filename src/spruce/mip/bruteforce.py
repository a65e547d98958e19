"""The pruning MIP's optimum by enumeration: an oracle for tiny instances, independent of HiGHS.

    min over every support S (|S| ≤ k)  of  min_{W: W_j = 0 for j ∉ S, |W_i| ≤ M_j}
        L(W) + λα Σ_{j∈S} ‖W_j‖² + λ(1−α)|S|

Each inner problem is one bounded least-squares problem: the loss and the ridge stack into
‖A w − b‖² / 2 with A = [X ⊗ I_q / √n ; √(2λα) on grouped entries], b = [vec Y / √n ; 0],
solved by scipy's BVLS. Columns and right-hand side are normalized first, so the oracle is
indifferent to the data's scale (L-BFGS-B with absolute tolerances stops at W = 0 on
X ~ 1e-6). Squared loss only; 2^G solves, so G ≤ `max_groups`. The tests compare spruce's
branch-and-bound, outer approximation and relaxations with it; teachers can too.
"""

from __future__ import annotations

import itertools

import numpy as np
from scipy.optimize import lsq_linear

from .problem import GroupPruningProblem


def enumeration_optimum(problem: GroupPruningProblem, max_groups: int = 16) -> float:
    """The exact MIP optimum by enumerating every support (see the module docstring)."""
    pb = problem
    if pb.loss != "squared":
        raise ValueError(f"enumeration_optimum needs loss='squared', got {pb.loss!r}")
    if pb.num_groups > max_groups:
        raise ValueError(f"enumeration_optimum: {pb.num_groups} groups is more than "
                         f"max_groups={max_groups} (2^G bounded least-squares solves)")
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
