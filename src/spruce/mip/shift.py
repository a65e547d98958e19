"""The shifted perspective: part of the loss's curvature moved into the perspective terms.

For the squared loss L(W) = ½‖B − AW‖² + c₀ the Hessian is H = (AᵀA) ⊗ I_q (W flat, row-major:
entry (r, c) couples only with entries (r', c) of the same column c). For any per-entry
d ≥ −2λα (zero on ungrouped entries) with AᵀA − Diag(d_{·c}) ⪰ 0 for every column c,

    L(W) = L_d(W) + ½ Σ_i d_i W_i²,        L_d(W) = L(W) − ½ Σ_i d_i W_i²  convex,

and the MIP is unchanged if the separable part joins the ridge: group j costs
Σ_{i∈j} r_i W_i² + λ(1−α) y_j with r_i = λα + d_i/2 ≥ 0. Its perspective relaxation

    min L_d(W) + Σ_j [ Σ_{i∈j} r_i W_i² / y_j + λ(1−α) y_j ],   |W_i| ≤ M_j y_j,   y ∈ [0, 1]^G

is never weaker than the plain one (d = 0) when d ≥ 0: ½d_iW_i²/y_j ≥ ½d_iW_i² for y_j ≤ 1,
pointwise. A negative d_i moves part of W_i's ridge out of its perspective term into the
(then more convex) loss: that alone weakens the bound, but it lets other entries take more
of AᵀA (the constraint couples them), and where AᵀA is singular (n < p) it is the only way
any entry gets a positive shift. Its value V(d) is concave in d (a minimum of functions
affine in d), with supergradient

    ∂V/∂d_i = ½ W_i² (1/y_j − 1)   (at the relaxation's minimizer, i in group j)

(Frangioni & Gentile 2007 choose d by an SDP; here by the two pieces below.)

- `max_diagonal(G, w)`: max wᵀd s.t. G − Diag(d) ⪰ 0, d ≥ 0, by a log-barrier Newton method
  (only feasibility matters for validity; optimality only for strength); `column_shift`
  runs it on x = d + 2λα under AᵀA + 2λα·Diag(grouped) for d ≥ −2λα (`floor`).
- `improve_shift(...)`: Frank–Wolfe ascent on V from the better of the two max-trace shifts
  (d ≥ 0, d ≥ −2λα): the direction is `max_diagonal` with the supergradient as weights, the
  step the best of a few trial steps, each a certified bound.
On syn_g15_k4 (budget k = 4) the best such d (an SDP, solved outside spruce) closes 60.4% of
the big-M root gap, 54.2% over d ≥ 0 only; three Frank–Wolfe rounds reach 58.7%.

Every shift returned is checked: AᵀA − Diag(d_{·c}) has its least eigenvalue ≥ 1e-9·‖AᵀA‖ in
every column (`is_convex_shift`), so L_d is convex with room for rounding and the Fenchel
dual bound of spruce.mip.perspective stays valid, and d ≥ −2λα keeps every r_i ≥ 0.
Speed: one barrier solve is ~30–80 Newton steps of O(p³); p = 45: ~20 ms, p = 180: ~0.3 s
(2-core CPU).
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np

MARGIN = 1e-9  # least eigenvalue of AᵀA − Diag(d) kept, relative to ‖AᵀA‖
MAX_INPUTS = 1000  # p above this: no shift (each barrier step is O(p³))


def is_convex_shift(G: np.ndarray, d: np.ndarray, floor: float = 0.0) -> bool:
    """True when, for every column c of the p × q array d ≥ −floor, S = G − Diag(d_{·c})
    satisfies S + m·Diag(1 − [d_{·c} > 0]) ⪰ m·I with m = MARGIN·‖G‖: then
    S ⪰ m·Diag([d > 0]) ⪰ 0, convex with room for rounding in every shifted direction (the
    others are G's own or more). floor: how much ridge curvature an entry may give up
    (2λα: d_i = −2λα moves the whole ridge of W_i into the loss)."""
    if d.min() < -floor:
        return False
    m = MARGIN * float(np.linalg.eigvalsh(G)[-1])
    return all(float(np.linalg.eigvalsh(G - np.diag(col) + m * np.diag(col <= 0))[0]) >= m
               for col in d.T)


def max_diagonal(G: np.ndarray, weights: np.ndarray, vary: np.ndarray | None = None,
                 rel_gap: float = 1e-3, max_newton: int = 200) -> np.ndarray:
    """A diagonal d ≥ 0, zero outside `vary` (default: everywhere allowed), with
    G − Diag(d) ≻ 0, maximizing weightsᵀd to within rel_gap.

    Log-barrier over x = d_vary: maximize t·wᵀx + log det(G − Diag(d)) + Σ log x for
    t = t₀·8^m (the barrier's duality gap is 2|x|/t); Newton steps with gradient
    t·w − diag(S⁻¹) + 1/x and Hessian −S⁻¹∘S⁻¹ − Diag(1/x²) on the varied rows (S = G −
    Diag(d), ∘ the entrywise product), backtracking to stay strictly feasible (Cholesky of S).
    Returns zeros when G is singular to MARGIN (no positive diagonal fits under it) or the
    weights are all zero."""
    p = len(G)
    on = np.ones(p, dtype=bool) if vary is None else np.asarray(vary, dtype=bool)
    w = np.maximum(np.asarray(weights, dtype=np.float64), 0.0)[on]
    ev = np.linalg.eigvalsh(G)
    if not ev[0] > 10 * MARGIN * ev[-1] or not w.sum() > 0:
        return np.zeros(p)
    w = w / w.sum() + 1e-3 / w.size  # every entry gets some shift: it never hurts the bound
    x = np.full(w.size, 0.5 * ev[0])
    t = 2 * w.size / max(float(w @ x), 1e-300)
    steps = 0
    while steps < max_newton:
        for _ in range(50):
            steps += 1
            Si = np.linalg.inv(G - _diag(x, on))[np.ix_(on, on)]
            grad = t * w - np.diag(Si) + 1.0 / x
            hess = Si * Si + np.diag(1.0 / (x * x))  # minus the Hessian: positive definite
            step = np.linalg.solve(hess, grad)
            if grad @ step < 1e-9:  # Newton decrement²: centred
                break
            x = _feasible_step(G, x, step, on)
        if 2 * w.size / t <= rel_gap * float(w @ x) or steps >= max_newton:
            break
        t *= 8.0
    return np.diag(_diag(x, on)).copy()


def _diag(x: np.ndarray, on: np.ndarray) -> np.ndarray:
    """Diag(d) with d = x on the rows `on`, 0 elsewhere."""
    d = np.zeros(on.size)
    d[on] = x
    return np.diag(d)


def _feasible_step(G: np.ndarray, x: np.ndarray, step: np.ndarray,
                   on: np.ndarray) -> np.ndarray:
    """x + s·step with the largest s ∈ {1, ½, ¼, …} keeping x > 0 and G − Diag(d) ≻ 0."""
    s = 1.0
    for _ in range(60):
        new = x + s * step
        if (new > 0).all():
            try:
                np.linalg.cholesky(G - _diag(new, on))
                return new
            except np.linalg.LinAlgError:
                pass
        s *= 0.5
    return x


def column_shift(G: np.ndarray, weights: np.ndarray, grouped: np.ndarray,
                 floor: float = 0.0) -> np.ndarray:
    """Per entry (p × q): column c gets max_diagonal varying its grouped rows (ungrouped
    entries keep d = 0, but their coupling to the others stays in G), over d ≥ −floor: the
    barrier runs on x = d + floor under G + floor·Diag(grouped rows) (the ridge 2λα the
    entries may give up: a negative d_i lets the others take more of G); then checked by
    is_convex_shift and shrunk (or dropped) if rounding put it on the boundary."""
    p, q = weights.shape
    d = np.zeros((p, q))
    # an input without variance (a constant-zero pixel) has G_rr = 0: no shift fits there,
    # and leaving it in would make G singular and the shift 0 everywhere
    live = np.diag(G) > 1e3 * MARGIN * float(np.abs(G).max())
    sub = G[np.ix_(live, live)]
    for c in range(q):
        vary = grouped[live, c]
        if vary.any():
            x = max_diagonal(sub + floor * np.diag(vary.astype(np.float64)), weights[live, c],
                             vary)
            if x.any():  # (all zero: nothing fits, d = 0 rather than −floor)
                d[live, c] = np.where(vary, np.maximum(x - floor, -floor), 0.0)
    for factor in (1 - 1e-6, 0.99, 0.9, 0.5):
        if is_convex_shift(G, d * factor, floor):
            return d * factor
    return np.zeros((p, q))


def improve_shift(G: np.ndarray, grouped: np.ndarray, bound_at: Callable, rounds: int = 4,
                  late: Callable[[], bool] = lambda: False,
                  floor: float = 0.0,
                  stop_at: float = np.inf) -> tuple[np.ndarray, float, np.ndarray, np.ndarray]:
    """Frank–Wolfe ascent on V(d) from the max-trace shift; (best d, its bound, and its
    point: W and y per entry as bound_at gave them).

    bound_at(d) -> (bound, W, y_per_entry): a certified bound of the shifted relaxation and
    its point, d and W as p × q arrays. Each round takes the supergradient ½W²(1/y − 1) as
    the weights of max_diagonal and tries the step γ = 2/(m+2) toward it, then γ/4; only a
    step that raises the certified bound is kept, so the result is never below the start.
    Every trial is checked by is_convex_shift (a combination of two shifts is convex, but
    the margin is asked of the shifted rows, which can change). floor: as in column_shift.
    Stops once the bound reaches stop_at (the incumbent: nothing above it is needed)."""
    best_d = column_shift(G, grouped.astype(np.float64), grouped)
    best, W, y = bound_at(best_d)
    if floor > 0 and not late():  # the max-trace shift that may borrow the ridge, if better
        d = column_shift(G, grouped.astype(np.float64), grouped, floor)
        value, W_new, y_new = bound_at(d)
        if value > best:
            best, best_d, W, y = value, d, W_new, y_new
    for m in range(rounds):
        if late() or best >= stop_at:
            break
        pos = y > 0
        weights = np.where(pos, 0.5 * W * W * (1.0 / np.where(pos, y, 1.0) - 1.0), 0.0)
        if not weights.max() > 0:
            break  # every group at y ∈ {0, 1}: nothing to gain from a larger shift
        target = column_shift(G, weights, grouped, floor)
        for gamma in (2.0 / (m + 2), 0.5 / (m + 2)):  # the shorter step only if needed
            d = (1 - gamma) * best_d + gamma * target
            if not is_convex_shift(G, d, floor):  # the margin's support may change: check
                continue
            value, W_new, y_new = bound_at(d)
            if value > best + 1e-9 * max(1.0, abs(best)):
                best, best_d, W, y = value, d, W_new, y_new
                break
        else:
            break  # neither step raised the bound: close enough to the best shift
    return best_d, best, W, y
