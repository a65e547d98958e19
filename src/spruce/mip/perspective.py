"""The perspective relaxation of a node: its penalty, prox and indicators (y projected out).

With y projected out, the perspective relaxation of a node (groups fixed to 0/1 or free) is
    F(W) = L(W) + λ Σ_{j free} spr(W_j) + λ Σ_{j fixed 1} [α‖W_j‖² + (1−α)],  |W_j| ≤ M_j,
spr = spruce.penalties.spr_penalty (values always come from there). We minimize F by FISTA
with adaptive restart, using the prox of τλ·spr in closed form: for y fixed the prox is
W_i = clip(v_i·y/(y+2τλα), ±M y); the best y is
    y = clip(√(α/(1−α))·‖v‖ − 2τλα, 0, 1)          (when the box |W_i| ≤ M y does not bind),
else a safeguarded Newton search over y ∈ [0, 1] on the derivative of the (convex) partial
minimum, which is piecewise closed-form (spruce.mip.ysearch).

Its certified bound D(W̄) (Fenchel duality, valid at any W̄, and the children's bounds from
the same W̄) is spruce.mip.dualbound's; the FISTA loop that drives F − D to zero is
spruce.mip.fista's (`solve` delegates to both).
Values are exact to rounding on badly scaled data: the squared loss comes from the compressed
residual form (GroupPruningProblem.lsq_factor, no cancellation when L(W̄) ≪ L(0)), D is summed
entry by entry (a box-active entry cancels exactly), ungrouped weights are refitted (squared:
by the pseudo-inverse of their columns of the design at every step, not of the Gram matrix,
which squares its condition number; logistic: by Newton's method wherever D is evaluated),
and tolerances are relative to the instance's unit L(0).
A budget Σ_free y ≤ k' (k' = k − #fixed 1) is kept inside the relaxation (spruce.mip.budget):
the prox finds the least multiplier μ ≥ 0 at which the groups' y fit (each y_j minimizes its
prox term plus τμy_j), the penalty's y is the least-cost y that fits, and the conjugate of the
budgeted penalty is the sum of the k' largest gains ψ_j − λ(1−α) (an LP over an integral
polytope), so D(W̄) is exact for the budget at any W̄. Where λ(1−α) = 0 (and for big-M) the
caller dualizes the budget instead: `with_budget_multiplier(μ)` returns a copy for
(λ+μ, λα/(λ+μ)) that shares every precomputed array (nothing is changed in place).
`with_shift(d)` returns a copy for the shifted perspective of spruce.mip.shift: the loss
L − ½Σd_iW_i² (convex, checked) and the ridge λα + d_i/2 per entry, so that the prox's y has
no closed form (the Newton search for every free group, warm-started at the last step's y)
and ψ_j uses r_i = λα + d_i/2 entry by entry; the dual bound stays valid for the same reason.
Speed (2-core CPU, no GPU): the prox ~25–30 µs at 90 weights without a budget (a budget whose
box binds: ~0.5 ms, the y-search); a node 0.5–5 ms (shifted: ~3× that, the y-search).
"""

from __future__ import annotations

import copy
import math
from dataclasses import dataclass

import numpy as np

from spruce.penalties import bigm_penalty, spr_indicator, spr_penalty

from .bigm import linf_prox
from .budget import penalty_multiplier, prox_multiplier
from .dualbound import child_bounds, dual_bound
from .fista import solve_node
from .problem import GroupPruningProblem
from .reform import budget_shift
from .smooth import node_loss
from .ysearch import search_y


def _closed_y(norms: np.ndarray, c: float, alpha: float) -> np.ndarray:
    """The prox's y per group where the box does not bind: clip(√(α/(1−α))‖v‖ − c, 0, 1)
    (α: the solver's, or the budget multiplier's α' = λα/(λ+μ))."""
    return np.minimum(np.maximum(math.sqrt(alpha / (1 - alpha)) * norms - c, 0.0), 1.0)


def _box_binds(V: np.ndarray, Mc: np.ndarray, y: np.ndarray, c: float) -> np.ndarray:
    """Rows where the closed-form y leaves some |v_i|·y/(y+c) above M·y: the box binds there
    and y needs the Newton search (spruce.mip.ysearch)."""
    return (np.abs(V) > Mc * (y[:, None] + c) + 1e-15).any(1)


@dataclass(frozen=True)
class NodeLayout:
    """A node's state as the prox uses it (PerspectiveSolver.layout): the state, its free
    groups (flat and as a column), the groups fixed to 1 as a column (None if none), and
    the budget's room where it can bind (PerspectiveSolver.room)."""

    state: np.ndarray
    free: np.ndarray
    free_col: np.ndarray
    one: np.ndarray | None
    room: int | None


class PerspectiveSolver:
    """First-order solver of node relaxations with a certified dual bound.

    kind "spr" (perspective) or "bigm": the big-M relaxation with y projected out,
    λ[α‖W‖² + (1−α)‖W‖∞/M], whose prox clips v/(1+2τλα) at the level s ∈ [0, M] that solves
    Σ(|u_i| − s)₊ = τλ(1−α)/(M(1+2τλα)), and whose conjugate is
    g*(u) = max_{s∈[0,M]} Σ_i h_s(u_i) − λ(1−α)s/M,
    h_s(u) = u²/(4λα) if |u| ≤ 2λαs else s|u| − λαs² (a concave 1-D search).
    """

    def __init__(self, problem: GroupPruningProblem, kind: str = "spr"):
        if kind not in ("spr", "bigm"):
            raise ValueError(f"kind must be 'spr' or 'bigm', got {kind!r}")
        self.kind = kind
        self.pb = problem
        pb = problem
        self.G, self.d = pb.num_groups, pb.dim
        width = max(g.size for g in pb.groups)
        self.width = width
        # index matrix: group j's entries in row j, padded with d (a dummy slot holding 0)
        self.idx = np.full((self.G, width), self.d, dtype=np.int64)
        self.mask = np.zeros((self.G, width), dtype=bool)
        for j, g in enumerate(pb.groups):
            self.idx[j, :g.size], self.mask[j, :g.size] = g, True
        self.M = pb.M
        self.lam, self.alpha = pb.lam, pb.alpha
        # the loss (spruce.mip.smooth): values, gradients, a Lipschitz constant of ∇L, and
        # the free weights' refit; shared by every copy (with_shift, with_budget_multiplier)
        self.smooth = node_loss(pb)
        self.lip = self.smooth.lip
        # the instance's unit L(0): tolerances are relative to it, never absolute numbers
        scale = pb.loss_scale()
        self.unit = scale if np.isfinite(scale) and scale > 0 else 1.0
        self.iters = 0
        self._ext = np.zeros(self.d + 1)
        self._flat = self.idx[self.mask]
        # groups of one size tiling every weight in order (the common layout): rows() is a
        # reshape and _place needs no scatter (a FISTA step ~25% faster)
        self._tiled = bool(self.mask.all()) and self.G * width == self.d and \
            bool((self.idx.reshape(-1) == np.arange(self.d)).all())
        self._Mc = self.M[:, None]
        # the shifted perspective (spruce.mip.shift): d_i/2 per entry, padded like rows();
        # None for the plain perspective, whose code paths stay as they were
        self.shift: np.ndarray | None = None
        self._half_d: np.ndarray | None = None
        # the budget Σy ≤ k kept inside the relaxation (spruce.mip.budget); λ(1−α) = 0 or
        # big-M: the caller dualizes it (with_budget_multiplier)
        self.budget = kind == "spr" and pb.k is not None and pb.lam * (1 - pb.alpha) > 0

    def with_shift(self, shift: np.ndarray) -> PerspectiveSolver:
        """This solver for the shifted perspective of spruce.mip.shift: the loss L − ½Σd_iW_i²
        and the ridge λα + d_i/2 per entry. A copy sharing the precomputed arrays; `shift`
        (one d_i ≥ −2λα per flat entry, so that the ridge stays ≥ 0; 0 on ungrouped entries)
        must keep the loss convex (shift.is_convex_shift), or the dual bound would not be
        valid: ValueError naming `shift` otherwise. An all-zero shift returns this solver
        itself."""
        from .shift import is_convex_shift

        pb = self.pb
        d = np.asarray(shift, dtype=np.float64)
        if self.kind != "spr" or pb.loss != "squared":
            raise ValueError("shift needs kind='spr' and loss='squared', got "
                             f"kind={self.kind!r}, loss={pb.loss!r}")
        floor = 2 * self.lam * self.alpha
        if d.shape != (self.d,) or not np.isfinite(d).all() or d.min() < -floor:
            raise ValueError(f"shift must hold {self.d} finite numbers >= -2λα = {-floor:.6g} "
                             f"(one per weight), got shape {d.shape}")
        if pb.free.size and d[pb.free].any():
            raise ValueError("shift must be 0 on the ungrouped weights (they have no "
                             "perspective term to take it)")
        if not d.any():
            return self
        A = self.smooth.A
        if not is_convex_shift(A.T @ A, d.reshape(pb.p, pb.q), floor):
            raise ValueError("shift must keep the loss convex: AᵀA − Diag(d) has an "
                             "eigenvalue below the margin of spruce.mip.shift in some column")
        out = copy.copy(self)
        out.shift = d
        ext = np.append(0.5 * d, 0.0)  # the padding slot takes no shift
        out._half_d = ext[self.idx]
        out.iters = 0
        return out

    def ridge(self) -> float | np.ndarray:
        """The coefficient of W_i² in the penalty: λα, or λα + d_i/2 per padded entry."""
        la = self.lam * self.alpha
        return la if self._half_d is None else la + self._half_d

    def with_budget_multiplier(self, mu: float) -> PerspectiveSolver:
        """This solver for (λ, α) → (λ+μ, λα/(λ+μ)) (reform.budget_shift): a copy sharing
        the precomputed arrays, with its own iteration count; itself when μ ≤ 0."""
        if not mu > 0:
            return self
        out = copy.copy(self)
        out.lam, out.alpha = budget_shift(self.lam, self.alpha, mu)
        out.budget = False  # dualized by the caller: not kept a second time
        out.iters = 0
        return out

    def room(self, state: np.ndarray) -> int | None:
        """The budget's room Σ_free y ≤ k − #fixed-1 where it can bind at this node (fewer
        than the free groups), else None. Negative: no y fits (the caller's INFEASIBLE)."""
        if not self.budget:
            return None
        room = int(self.pb.k) - int((state == 1).sum())
        return room if room < int((state < 0).sum()) else None

    # ------------------------------------------------------------------ pieces
    def loss(self, w: np.ndarray) -> tuple[float, np.ndarray]:
        """(L(w), ∇L(w)); with a shift, the convex rest L_d = L − ½Σd_iW_i² and its gradient."""
        f, g = self.smooth.value_grad(w)
        if self.shift is not None:
            dw = self.shift * w
            f, g = f - 0.5 * float(dw @ w), g - dw
        return f, g

    def grad(self, w: np.ndarray) -> np.ndarray:
        """∇L(w), or ∇L_d(w) with a shift (loss() without the value)."""
        g = self.smooth.grad(w)
        return g if self.shift is None else g - self.shift * w

    def rows(self, w: np.ndarray) -> np.ndarray:
        """Groups as rows of a padded (G × width) matrix (a view of w where the groups tile
        it: callers never write into it)."""
        if self._tiled:
            return w.reshape(self.G, self.width)
        self._ext[:-1] = w  # the last slot stays 0: the padding of short groups
        return self._ext[self.idx]

    def _shifted_terms(self, P: np.ndarray, mu: float = 0.0) -> tuple[np.ndarray, np.ndarray,
                                                                        np.ndarray]:
        """Per group (rows of P): s = Σ r_i W_i² (r = ridge()), y* = min(1, max(‖W‖∞/M,
        √(s/(λ(1−α)+μ)))) (the minimizer of s/y + (λ(1−α)+μ)y on [‖W‖∞/M, 1]; 1 where that
        cost is 0) and the perspective value s/y* + λ(1−α)y* (0 at W = 0; μ: the budget's
        multiplier, which moves y but is not part of the value)."""
        cost = self.lam * (1 - self.alpha)
        s = (self.ridge() * P * P).sum(1)
        inf = np.abs(P).max(1)
        if cost + mu > 0:
            y = np.minimum(1.0, np.maximum(inf / self.M, np.sqrt(s / (cost + mu))))
        else:
            y = (inf > 0).astype(np.float64)
        value = np.where(y > 0, s / np.maximum(y, 1e-300) + cost * y, 0.0)
        return s, y, value

    def _penalty_multiplier(self, P: np.ndarray, state: np.ndarray) -> float:
        """μ of the budgeted penalty at W (spruce.mip.budget): 0 where the budget does not
        bind, ∞ where no y fits (Σ_free ‖W_j‖∞/M_j > room)."""
        room = self.room(state)
        if room is None:
            return 0.0
        free = state < 0
        Pf = P[free]
        ridge = self.ridge()
        ridge = ridge[free] if np.ndim(ridge) else ridge
        return penalty_multiplier(np.sqrt((ridge * Pf * Pf).sum(1)),
                                  np.abs(Pf).max(1) / self.M[free],
                                  self.lam * (1 - self.alpha), room)

    def penalty(self, w: np.ndarray, state: np.ndarray) -> float:
        """The node's penalty part at W: the perspective (budgeted where the budget binds:
        y at the multiplier μ of _penalty_multiplier; λ'·spr(α') − μy* is the same value
        through spruce.penalties), big-M, fixed groups exact."""
        P = self.rows(w)
        mu = self._penalty_multiplier(P, state) if self.kind == "spr" else 0.0
        if not math.isfinite(mu):
            return math.inf
        if self._half_d is not None:
            s, _, z = self._shifted_terms(P, mu)
            exact = s + self.lam * (1 - self.alpha)
            return float(np.where(state < 0, z, np.where(state == 1, exact, 0.0)).sum())
        sq, inf = (P * P).sum(1), np.abs(P).max(1)
        exact = self.lam * (self.alpha * sq + (1 - self.alpha))
        if self.kind == "spr":
            lam, a = budget_shift(self.lam, self.alpha, mu)
            z = lam * spr_penalty(sq, inf, a, self.M, validate=False)
            if mu > 0:  # the multiplier moves y*, its price is not in the penalty
                z = z - mu * spr_indicator(sq, inf, a, self.M, validate=False)
        else:
            z = self.lam * bigm_penalty(sq, inf, self.alpha, self.M, validate=False)
        return float(np.where(state < 0, z, np.where(state == 1, exact, 0.0)).sum())

    def indicator(self, w: np.ndarray, state: np.ndarray) -> np.ndarray:
        """y*(W) from spruce.penalties for free groups (budgeted: at the penalty's μ); the
        fixed value elsewhere."""
        P = self.rows(w)
        if self.kind == "bigm":
            y = np.minimum(1.0, np.abs(P).max(1) / self.M)
        else:
            mu = self._penalty_multiplier(P, state)
            mu = mu if math.isfinite(mu) else 0.0
            if self._half_d is not None:
                y = self._shifted_terms(P, mu)[1]
            else:
                y = spr_indicator((P * P).sum(1), np.abs(P).max(1),
                                  budget_shift(self.lam, self.alpha, mu)[1], self.M,
                                  validate=False)
        return np.where(state < 0, y, state).astype(np.float64)

    def layout(self, state: np.ndarray) -> NodeLayout:
        """What the prox needs to know of a node's state, computed once per node solve."""
        free, one = state < 0, state == 1
        return NodeLayout(state, free, free[:, None], one[:, None] if one.any() else None,
                          self.room(state))

    def prox(self, v: np.ndarray, tau: float, state: np.ndarray) -> np.ndarray:
        """argmin_W ½‖W − v‖² + τ·g(W) over all groups (g = the node's penalty part)."""
        return self.prox_step(v, tau, self.layout(state))[0]

    def prox_step(self, v: np.ndarray, tau: float, node: NodeLayout,
                  y0: np.ndarray | None = None, mu0: float = 0.0
                  ) -> tuple[np.ndarray, np.ndarray | None, float]:
        """prox with what a FISTA step needs: (the prox, its y per group or None for big-M,
        the budget's multiplier μ) at a node laid out by `layout`; y0 and mu0: the last
        step's y and μ, starts of the searches (FISTA's steps are small)."""
        lam, a = self.lam, self.alpha
        c = 2 * tau * lam * a
        V = self.rows(v)
        Mc = self._Mc
        C = c if self._half_d is None else 2 * tau * self.ridge()  # shifted: c_i = 2τr_i
        # fixed 1: ridge, then box (only where some group is fixed to 1)
        W1 = None if node.one is None else np.minimum(np.maximum(V / (1 + C), -Mc), Mc)
        if self.kind == "bigm":
            Wf = linf_prox(V / (1 + c), tau * lam * (1 - a) / (self.M * (1 + c)), self.M)
            return self._place(v, node, W1, Wf), None, 0.0
        if self._half_d is None and node.room is None:  # the common case, kept lean: the
            # closed form, the Newton search only where a box binds (fixed rows are dropped)
            y = _closed_y(np.sqrt((V * V).sum(1)), c, a)
            binds = _box_binds(V, Mc, y, c)
            if not binds.any():
                return self._place(v, node, W1, V * (y / np.maximum(y + c, 1e-300))[:, None]), \
                    None, 0.0
            y[binds] = search_y(V[binds], Mc[binds], tau, c, lam, a)
            lim = Mc * y[:, None]
            Wf = np.minimum(np.maximum(V * (y / np.maximum(y + c, 1e-300))[:, None], -lim),
                            lim)
            return self._place(v, node, W1, Wf), None, 0.0
        free = node.free
        y_all = node.state.astype(np.float64)
        Wf = np.zeros_like(V)
        mu = 0.0
        if free.any():
            Vf, Mf = V[free], Mc[free]
            Cf = C[free] if np.ndim(C) else C
            yf0 = None if y0 is None else y0[free]
            y, mu = self._free_y(Vf, Mf, tau, Cf, yf0, node.room, mu0)
            y_all[free] = y
            lim = Mf * y[:, None]
            Wf[free] = np.minimum(np.maximum(Vf * (y[:, None] / np.maximum(y[:, None] + Cf,
                                                                        1e-300)), -lim), lim)
        return self._place(v, node, W1, Wf), y_all, mu

    def _place(self, v: np.ndarray, node: NodeLayout, W1: np.ndarray | None,
               Wf: np.ndarray) -> np.ndarray:
        """v with each group's rows replaced: W1 where fixed to 1, Wf where free, 0 where
        fixed to 0 (ungrouped entries keep v)."""
        Wg = np.where(node.free_col, Wf, 0.0)
        if W1 is not None:
            Wg = np.where(node.one, W1, Wg)
        if self._tiled:
            return Wg.reshape(-1)
        out = v.copy()
        out[self._flat] = Wg[self.mask]
        return out

    def _free_y(self, V: np.ndarray, Mc: np.ndarray, tau: float, C: float | np.ndarray,
                y0: np.ndarray | None, room: int | None, mu0: float) -> tuple[np.ndarray, float]:
        """The prox's y of the free groups (rows of V) and the budget's μ (0 when it does not
        bind): y(μ) minimizes φ_j(y) + τμy per group (_y_at); the least μ with Σy(μ) ≤ room
        by spruce.mip.budget.prox_multiplier (closed form first without a shift)."""
        norms = None if self._half_d is not None else np.sqrt((V * V).sum(1))
        rate = None if norms is None else math.sqrt(self.lam * self.alpha) * norms
        if norms is not None and room is not None:
            closed = _closed_y(norms, C, self.alpha)
            if closed.sum() > room:  # the closed form at μ = 0 already overflows the room (a
                # binding box only raises y): the budget binds, no search at μ = 0 is needed
                return prox_multiplier(lambda mu, start: self._y_at(V, Mc, tau, C, start, mu),
                                       closed if y0 is None else y0, math.nan, room,
                                       self.lam * (1 - self.alpha), mu0, rate, C)
        y, slope = self._y_at(V, Mc, tau, C, y0, 0.0)
        if room is None or y.sum() <= room:
            return y, 0.0
        return prox_multiplier(lambda mu, start: self._y_at(V, Mc, tau, C, start, mu), y, slope,
                               room, self.lam * (1 - self.alpha), mu0, rate, C)

    def _y_at(self, V: np.ndarray, Mc: np.ndarray, tau: float, C: float | np.ndarray,
              y0: np.ndarray | None, mu: float) -> tuple[np.ndarray, float]:
        """(y, dΣy/dt): argmin_y φ(y) + τμy per row, the closed form
        y = clip(√(α'/(1−α'))‖v‖ − c, 0, 1) (α' = λα/(λ+μ), √(α'/(1−α')) = √(λα)·t with
        t = 1/√(λ(1−α)+μ)) where the box does not bind, the Newton search elsewhere
        (everywhere with a shift); the slope of Σy in t: √(λα)‖v‖ per closed-form row,
        2τ/(t³φ''(y)) per searched row (from φ'(y) + τμ = 0), 0 at y ∈ {0, 1}."""
        lam, a = budget_shift(self.lam, self.alpha, mu)
        t = 1.0 / math.sqrt(self.lam * (1 - self.alpha) + mu)
        if self._half_d is not None:
            y, curv = search_y(V, Mc, tau, C, lam, a, y0, curvature=True)
            return y, float((2 * tau / (t ** 3 * curv)).sum())
        nv = np.sqrt((V * V).sum(1))
        y = _closed_y(nv, C, a)
        binds = _box_binds(V, Mc, y, C)
        rate = math.sqrt(self.lam * self.alpha) * nv
        dydt = np.where((y > 0) & (y < 1), rate, 0.0)
        if binds.any():
            start = None if y0 is None else y0[binds]  # the multiplier search's last y
            y[binds], curv = search_y(V[binds], Mc[binds], tau, C, lam, a, start,
                                      curvature=True)
            dydt[binds] = 2 * tau / (t ** 3 * curv)
        return y, float(dydt.sum())

    def project(self, w: np.ndarray, state: np.ndarray) -> np.ndarray:
        """Onto the node's feasible set: fixed-0 groups to 0, others into |W_i| ≤ M_j."""
        P = self.rows(w)
        Mc = self.M[:, None]
        P = np.where((state == 0)[:, None], 0.0, np.clip(P, -Mc, Mc))
        out = np.asarray(w, dtype=np.float64).copy()
        out[self.idx[self.mask]] = P[self.mask]
        return out

    def dual_bound(self, w: np.ndarray, state: np.ndarray,
                   loss: tuple[float, np.ndarray] | None = None) -> float:
        """D(W̄), a valid lower bound of the node (spruce.mip.dualbound.dual_bound)."""
        return dual_bound(self, w, state, loss)

    def child_bounds(self, w: np.ndarray, state: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """(down, up): per group j, a valid bound of the node's child y_j = 0 (down) and
        y_j = 1 (up) from the same W̄ (spruce.mip.dualbound.child_bounds); NaN for fixed
        groups."""
        return child_bounds(self, w, state)

    def solve(self, state: np.ndarray, w0: np.ndarray | None = None, tol: float = 1e-7,
              stop_at: float = np.inf, max_iter: int = 20000, check_every: int = 10,
              deadline: float | None = None, stop_below: float = -np.inf
              ) -> tuple[float, float, np.ndarray]:
        """(bound D, value F, W) of the node relaxation by FISTA (spruce.mip.fista.solve_node:
        the stopping rules are there)."""
        return solve_node(self, state, w0, tol, stop_at, max_iter, check_every, deadline,
                          stop_below)

    def refit_free(self, w: np.ndarray) -> np.ndarray:
        """w with its ungrouped weights minimizing the loss, the others held (smooth.py)."""
        return self.smooth.refit_free(w) if self.pb.free.size else w
