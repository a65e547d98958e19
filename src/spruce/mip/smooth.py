"""The smooth convex losses of the node relaxations: values, gradients, curvature, and the
ungrouped ("free") weights, one class per loss of spruce.mip.problem.

    squared   L(W) = ½‖B − AW‖_F² + c₀   (problem.lsq_factor: no cancellation when L ≪ L(0))
              ∇L = Aᵀ(AW − B),  ∇²L = (AᵀA) ⊗ I_q,  Lipschitz constant ‖XᵀX/n‖
    logistic  L(W) = (1/n) Σ_i [ log Σ_c exp(Z_ic) − Σ_c Y_ic Z_ic ],  Z = XW
              ∇L = Xᵀ(S − Y)/n with S = softmax(Z) row by row,
              ∇²L = (1/n) Σ_i (Diag(s_i) − s_i s_iᵀ) ⊗ x_i x_iᵀ ≼ ½ (XᵀX/n) ⊗ I_q
              (the eigenvalues of Diag(s) − ssᵀ lie in [0, ½]), so ½‖XᵀX/n‖ is a Lipschitz
              constant of ∇L

Both are convex and smooth, which is all the certified bound of spruce.mip.perspective needs:
L(V) ≥ L(W̄) + ∇L(W̄)ᵀ(V − W̄) for every V, so minimizing the linearization plus the penalty
(in closed form through the penalty's conjugate) bounds the node from below at ANY point W̄,
however inexact the solve that produced it.

The free weights carry no penalty and no box, so the conjugate is finite only where their
gradient vanishes: the bound needs W̄ stationary in them. `refit_free` makes it so, exactly
for the squared loss (least squares on the design A ⊗ I_q, by its pseudo-inverse), by
Newton's method for the logistic loss (the Hessian block of the free entries, solved by
least squares: it is singular along the direction that adds one constant to every class);
`free_stationary` then accepts a gradient at the rounding level of its own terms, 1e-8 of
their size (squared: ‖column‖·(‖residual‖ + ‖B‖); logistic: Σ_i |X_ir|/n, since
|S_ic − Y_ic| ≤ 1), never an absolute number.
Speed: a logistic value-and-gradient is two n×p×q products and one exp (2-core CPU: ~30 µs at
n = 60, p = 16, q = 3); a Newton refit of an intercept (q free entries) ~0.1 ms a step.
"""

from __future__ import annotations

import math

import numpy as np

from .problem import GroupPruningProblem

STATIONARY = 1e-8  # the free weights' gradient allowed, relative to the size of its terms


class SquaredLoss:
    """The squared loss in the compressed residual form (see the module docstring)."""

    def __init__(self, problem: GroupPruningProblem):
        self.pb = problem
        self.A, self.B, self.c0 = problem.lsq_factor()
        ev = np.linalg.eigvalsh(problem.X.T @ problem.X / problem.n)
        self.lip = float(max(ev[-1], 1e-12))
        self._fit: tuple[np.ndarray, float] | None = None  # (pseudo-inverse, column norm)

    def value_grad(self, w: np.ndarray) -> tuple[float, np.ndarray]:
        """(L(w), ∇L(w)) for flat w."""
        pb = self.pb
        R = self.A @ w.reshape(pb.p, pb.q) - self.B
        return float(0.5 * (R * R).sum() + self.c0), (self.A.T @ R).reshape(-1)

    def grad(self, w: np.ndarray) -> np.ndarray:
        """∇L(w) alone (a FISTA step needs no value)."""
        pb = self.pb
        return (self.A.T @ (self.A @ w.reshape(pb.p, pb.q) - self.B)).reshape(-1)

    def _prepare(self) -> tuple[np.ndarray, float]:
        """Pseudo-inverse of the free columns of the design A ⊗ I_q, once: least squares on
        the design itself, not on its Gram matrix, whose condition number is the square."""
        if self._fit is None:
            pb = self.pb
            Ak = np.kron(self.A, np.eye(pb.q))[:, pb.free]
            self._fit = (np.linalg.pinv(Ak), float(np.sqrt((Ak * Ak).sum(0)).max()))
        return self._fit

    def refit_free(self, w: np.ndarray) -> np.ndarray:
        """w with its free entries minimizing L exactly, the others held."""
        pinv, _ = self._prepare()
        pb = self.pb
        w = np.asarray(w, dtype=np.float64).copy()
        w[pb.free] = 0.0
        R = self.B - self.A @ w.reshape(pb.p, pb.q)  # what the free weights may fit
        w[pb.free] = pinv @ R.reshape(-1)
        return w

    def free_stationary(self, f: float, g: np.ndarray) -> bool:
        """True when ∇L on the free entries is rounding next to the terms that make it up."""
        size = self._prepare()[1] * (math.sqrt(2 * max(f, 0.0)) + float(np.linalg.norm(self.B)))
        return float(np.abs(g[self.pb.free]).max()) <= STATIONARY * max(size, 1e-300)


class LogisticLoss:
    """The multinomial logistic loss (softmax cross-entropy; see the module docstring)."""

    def __init__(self, problem: GroupPruningProblem):
        self.pb = problem
        X = problem.X
        ev = np.linalg.eigvalsh(X.T @ X / problem.n)
        self.lip = float(max(0.5 * ev[-1], 1e-12))
        free = problem.free
        self.rows, self.cols = free // problem.q, free % problem.q  # (input, class) per entry
        self.scale = np.abs(X).mean(0)[self.rows]  # |∂L/∂W_rc| ≤ Σ_i |X_ir|/n

    def _softmax(self, w: np.ndarray) -> tuple[float, np.ndarray]:
        """(L(w), S = softmax(XW) row by row)."""
        pb = self.pb
        Z = pb.X @ np.asarray(w, dtype=np.float64).reshape(pb.p, pb.q)
        zmax = Z.max(1, keepdims=True)
        E = np.exp(Z - zmax)
        tot = E.sum(1, keepdims=True)
        lse = zmax[:, 0] + np.log(tot[:, 0])
        value = float((lse - (pb.Y * Z).sum(1)).sum() / pb.n)
        return value, E / tot

    def value_grad(self, w: np.ndarray) -> tuple[float, np.ndarray]:
        """(L(w), ∇L(w)) for flat w, from one product XW."""
        pb = self.pb
        value, S = self._softmax(w)
        return value, (pb.X.T @ (S - pb.Y) / pb.n).reshape(-1)

    def grad(self, w: np.ndarray) -> np.ndarray:
        """∇L(w) (the softmax gives the value on the way)."""
        return self.value_grad(w)[1]

    def _free_newton_system(self, S: np.ndarray) -> np.ndarray:
        """∇²L on the free entries a = (r_a, c_a):
        (1/n)Σ_i X_ir_a X_ir_b (δ_ab S_ic_a − S_ic_a S_ic_b), δ_ab = [c_a = c_b]."""
        Xf = self.pb.X[:, self.rows]
        XS = Xf * S[:, self.cols]
        same = self.cols[:, None] == self.cols[None, :]
        return ((XS.T @ Xf) * same - XS.T @ XS) / self.pb.n

    def refit_free(self, w: np.ndarray, steps: int = 30) -> np.ndarray:
        """w with its free entries moved by damped Newton steps (Armijo backtracking on L)
        until their gradient is stationary (free_stationary), or `steps` steps; the other
        entries held. Never returns a point with a larger loss than w."""
        free = self.pb.free
        w = np.asarray(w, dtype=np.float64).copy()
        f, S = self._softmax(w)
        for _ in range(steps):
            g = (self.pb.X.T @ (S - self.pb.Y) / self.pb.n).reshape(-1)[free]
            if (np.abs(g) <= 0.01 * STATIONARY * self.scale).all():
                break
            step = -np.linalg.lstsq(self._free_newton_system(S), g, rcond=None)[0]
            slope = float(g @ step)
            if not slope < 0:
                break  # rounding: no descent direction left
            t, moved = 1.0, False
            for _ in range(40):
                cand = w.copy()
                cand[free] += t * step
                fc, Sc = self._softmax(cand)
                if fc <= f + 1e-4 * t * slope:
                    w, f, S, moved = cand, fc, Sc, True
                    break
                t *= 0.5
            if not moved:
                break
        return w

    def free_stationary(self, f: float, g: np.ndarray) -> bool:
        """True when ∇L on the free entries is below 1e-8 of its terms' size, Σ_i |X_ir|/n."""
        return bool((np.abs(g[self.pb.free]) <= STATIONARY * np.maximum(self.scale, 1e-300))
                    .all())


def node_loss(problem: GroupPruningProblem) -> SquaredLoss | LogisticLoss:
    """The loss object of `problem.loss`."""
    if problem.loss == "squared":
        return SquaredLoss(problem)
    if problem.loss == "logistic":
        return LogisticLoss(problem)
    raise ValueError(f"no node loss for loss={problem.loss!r}")
