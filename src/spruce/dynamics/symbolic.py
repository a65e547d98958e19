"""Symbolic analysis (sympy) of the Bernoulli-training ODEs: equilibria, Jacobians, stability.

Each model is a cost J(weights, θ) and its gradient flow (time τ = steps·η_w, r = η_θ/η_w)
    ẇ = −∂J/∂w,   θ̇ = −r·∂J/∂θ,   θ projected on [0, 1]^m.
An equilibrium on a face θ_s = 0 (or 1) is stable when the flow in the free coordinates is
stable and the unprojected θ̇_s points out of the box (< 0 at θ_s = 0, > 0 at θ_s = 1).

    unit              J = θ(a−w)²/2 + (1−θ)a²/2 + λw²/2 + γθ
    layer             J = θ(a−vw)²/2 + (1−θ)a²/2 + λ(v²+w²)/2 + γθ
    gated units       J = θ_L·Σ_i θ_i(a_i−w_i)²/2 + (1−θ_L·…)… : n units in one gated layer,
                      E[cost] = γ_L·θ_L + Σ_i γ_i·θ_L·θ_i

Everything is derived here, not typed in: `unit_analysis()` and friends return the
solved equilibria, Jacobians and stability margins as sympy expressions; the tests check
them against the closed forms used in spruce.dynamics.theory. A few seconds on a CPU.
"""

from __future__ import annotations

from functools import lru_cache

import sympy as sp

a, lam, gam, r = sp.symbols("a lambda gamma r", positive=True)
w, v, th = sp.symbols("w v theta", real=True)


def _flow(J, weights, gates):
    """Gradient flow (−∂J/∂x for weights, −r·∂J/∂θ for gates) as a column Matrix."""
    return sp.Matrix([-sp.diff(J, x) for x in weights] + [-r * sp.diff(J, g) for g in gates])


@lru_cache(maxsize=1)
def unit_analysis() -> dict:
    """Unit model: equilibria on θ = 0, θ = 1 and inside, Jacobians, stability, energy."""
    J = th * (a - w) ** 2 / 2 + (1 - th) * a**2 / 2 + lam * w**2 / 2 + gam * th
    f = _flow(J, [w], [th])
    jac = f.jacobian([w, th])
    out = {"J": J, "field": f, "jacobian": jac}
    # θ = 0 face: weight equilibrium and the outward condition θ̇ < 0
    w0 = sp.solve(sp.Eq(f[0].subs(th, 0), 0), w)
    out["pruned_w"] = w0
    out["pruned_theta_dot"] = sp.simplify(f[1].subs({th: 0, w: w0[0]}))
    out["pruned_eigs"] = [sp.diff(f[0], w).subs({th: 0, w: w0[0]})]
    # θ = 1 face
    w1 = sp.solve(sp.Eq(f[0].subs(th, 1), 0), w)
    out["kept_w"] = w1
    out["kept_eigs"] = [sp.simplify(sp.diff(f[0], w).subs({th: 1, w: w1[0]}))]
    out["kept_margin"] = sp.factor(sp.simplify(f[1].subs({th: 1, w: w1[0]}) / r))
    # interior: θ̇ = 0 and ẇ = 0
    sols = sp.solve([f[0], f[1]], [w, th], dict=True)
    out["interior"] = sols
    out["interior_det"] = [sp.simplify(jac.subs(s).det()) for s in sols]
    # energy: E = θ²/2 + (r/2)Φ(u), u = a − w; dE/dτ = λ·w/(a−w)·θ̇
    c2 = a**2 - 2 * gam
    u = a - w
    phi = c2 * sp.log(u) - u**2 / 2
    E = th**2 / 2 + r / 2 * phi
    dE = sp.diff(E, w) * f[0] + sp.diff(E, th) * f[1]
    out["energy"] = E
    out["energy_rate_residual"] = sp.simplify(dE - lam * w / (a - w) * f[1])
    return out


@lru_cache(maxsize=1)
def layer_analysis() -> dict:
    """Layer model (v, w, θ): kept and saddle on θ = 1, interior saddle, balanced energy."""
    J = th * (a - v * w) ** 2 / 2 + (1 - th) * a**2 / 2 + lam * (v**2 + w**2) / 2 + gam * th
    f = _flow(J, [v, w], [th])
    jac = f.jacobian([v, w, th])
    out = {"J": J, "field": f, "jacobian": jac}
    s = sp.Symbol("s", positive=True)
    # balanced kept state on θ = 1: v = w = s
    s_kept = sp.solve(sp.Eq(f[0].subs({th: 1, v: s, w: s}), 0), s)
    out["kept_s"] = s_kept
    face = jac[:2, :2].subs({th: 1, v: s_kept[0], w: s_kept[0]})
    out["kept_eigs"] = [sp.simplify(e) for e in face.eigenvals()]
    out["kept_margin"] = sp.factor(sp.simplify(
        f[2].subs({th: 1, v: s_kept[0], w: s_kept[0]}) / r))
    origin = jac[:2, :2].subs({th: 1, v: 0, w: 0})
    out["origin_eigs_theta1"] = list(origin.eigenvals())
    out["origin_theta_dot"] = f[2].subs({v: 0, w: 0})
    # interior saddle on v = w = s: θ̇ = 0 gives s² = a − c, ẇ = 0 gives θ = λ/c
    c = sp.sqrt(a**2 - 2 * gam)
    s_sad, th_sad = sp.sqrt(a - c), lam / c
    point = {v: s_sad, w: s_sad, th: th_sad}
    out["interior_residual"] = [sp.simplify(e.subs(point)) for e in f]
    jp = jac.subs(point)
    anti = sp.Matrix([1, -1, 0])
    out["interior_antisym_residual"] = sp.simplify(jp * anti + 2 * lam * anti)
    # the balanced plane (p = s², θ): ṗ = 2p(θ(a − p) − λ), θ̇ = r·g(p)
    p = sp.Symbol("p", positive=True)
    fp = sp.Matrix([2 * p * (th * (a - p) - lam), r * (a * p - p**2 / 2 - gam)])
    jpp = fp.jacobian([p, th]).subs({p: a - c, th: th_sad})
    out["balanced_field"] = fp
    out["balanced_check"] = sp.simplify(
        (2 * s * f[0].subs({v: s, w: s})) - fp[0].subs(p, s**2))
    out["interior_det_balanced"] = sp.simplify(jpp.det())
    # energy on the balanced plane: Φ(u) = [u + (c²/a) ln u + (2γ/a) ln(a − u)]/2
    u = a - p
    phi = (u + (c**2 / a) * sp.log(u) + (2 * gam / a) * sp.log(a - u)) / 2
    E = th**2 / 2 + r / 2 * phi
    dE = sp.diff(E, p) * fp[0] + sp.diff(E, th) * fp[1]
    out["energy"] = E
    out["energy_rate_residual"] = sp.simplify(dE - lam / (a - p) * fp[1])
    return out


def gated_units_analysis(n: int = 2) -> dict:
    """n units with gates θ_i inside one layer with gate θ_L (independent Bernoulli gates).

    Unit i is active iff ξ_L·ξ_i = 1; loss Σ_i (a_i − ξ_L ξ_i w_i)²/2, weight decay λ,
    E[cost] = γ_L θ_L + Σ_i γ_i θ_L θ_i. Returns the flow, the all-kept equilibrium and the
    outward rates of every gate there (stable iff all > 0), and the rates at the states
    where the layer is pruned.
    """
    if n < 1:
        raise ValueError(f"n (units per layer) must be >= 1, got {n!r}")
    ai = sp.symbols(f"a1:{n + 1}", positive=True)
    gi = sp.symbols(f"gamma1:{n + 1}", positive=True)
    wi = sp.symbols(f"w1:{n + 1}", real=True)
    ti = sp.symbols(f"theta1:{n + 1}", real=True)
    tl, gl = sp.symbols("theta_L gamma_L", positive=True)
    J = gl * tl + lam * sum(x**2 for x in wi) / 2
    for k in range(n):
        on = tl * ti[k]
        J += on * (ai[k] - wi[k]) ** 2 / 2 + (1 - on) * ai[k] ** 2 / 2 + gi[k] * on
    f = _flow(J, list(wi), list(ti) + [tl])
    kept = {tl: 1, **{t: 1 for t in ti},
            **{x: ak / (1 + lam) for x, ak in zip(wi, ai, strict=True)}}
    rates = [sp.simplify(f[n + k].subs(kept) / r) for k in range(n + 1)]
    value = [ak**2 * (1 + 2 * lam) / (2 * (1 + lam) ** 2) for ak in ai]
    pruned_layer = {tl: 0, **{x: 0 for x in wi}}
    return {"J": J, "field": f, "kept": kept, "kept_rates": rates, "unit_value": value,
            "units": (ai, gi, wi, ti), "layer": (tl, gl),
            "weight_residual_kept": [sp.simplify(f[k].subs(kept)) for k in range(n)],
            "pruned_layer_rates": [sp.simplify(f[n + k].subs(pruned_layer))
                                   for k in range(n + 1)]}
