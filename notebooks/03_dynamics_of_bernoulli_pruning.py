# ---
# jupyter:
#   jupytext:
#     formats: py:percent
#     text_representation:
#       extension: .py
#       format_name: percent
#   kernelspec:
#     display_name: Python 3
#     language: python
#     name: python3
# ---

# %% [markdown]
# # 03 · Dynamics of Bernoulli pruning
#
# In complexity-aware Bernoulli pruning every structure $s$ (a unit, or a whole residual
# layer) is multiplied by a gate $\xi_s\sim\mathrm{Bernoulli}(\theta_s)$, and the gate
# probabilities $\theta$ are trained together with the weights by projected gradient steps on
#
# $$J(W,\theta) = \mathbb E_\xi[\text{loss}] + \text{weight decay}
#   + \gamma\,\mathbb E_\xi[C(\xi)].$$
#
# A gate that reaches $\theta_s = 0$ removes its structure for good. So the question is a
# race: does a useful structure's weight grow fast enough before its gate closes?
# `spruce.dynamics` answers it on two scalar models (spruce's own reconstruction; the
# derivations are in `docs/dynamics.md`). This notebook walks through them.
#
# **Unit model.** One weight $w$, true contribution $a>0$, weight decay $\lambda$,
# complexity cost $\gamma$, loss $(a-\xi w)^2/2$:
#
# $$J(w,\theta) = \theta\frac{(a-w)^2}{2} + (1-\theta)\frac{a^2}{2}
#   + \frac{\lambda w^2}{2} + \gamma\theta .$$
#
# With time $\tau = \text{steps}\cdot\eta_w$ and the ratio $r=\eta_\theta/\eta_w$, the
# gradient flow is
#
# $$\dot w = \theta(a-w) - \lambda w,\qquad \dot\theta = r\,g(w),\quad
#   g(p) = a p - p^2/2 - \gamma,$$
#
# with $\theta$ held in $[0,1]$ (projected flow).
#
# **Layer model.** A residual branch $\text{out} = x + \xi\,v\,w\,x$: the same with
# $p = v\,w$ in place of $w$, and two weights that must grow together.

# %%
import os

import matplotlib.pyplot as plt
import numpy as np

from spruce.dynamics import pruning_conditions, recommended_schedule, theory
from spruce.dynamics.basins import basin_map
from spruce.dynamics.integrate import integrate_ivp, separatrix
from spruce.dynamics.models import Model
from spruce.dynamics.premature import critical_ratio
from spruce.dynamics.sgd import ode_path, sgd_paths

SMALL = os.environ.get("SPRUCE_NOTEBOOK_SMALL") == "1"  # the test suite runs small settings
a, gamma, lam, ratio = 1.0, 0.2, 0.1, 20.0  # the defaults of `spruce ode`
n_grid = 60 if SMALL else 200
unit = Model("unit", a, gamma, lam, ratio)
layer = Model("layer", a, gamma, lam, ratio)

# %% [markdown]
# ## 1. Equilibria and when a unit is worth keeping
#
# Three states matter (derived with sympy in `spruce.dynamics.symbolic`):
#
# * **pruned** $w=0,\ \theta=0$: always stable when $\gamma,\lambda>0$;
# * **kept** $w^*=a/(1+\lambda),\ \theta=1$: stable iff
#   $A = \dfrac{a^2(1+2\lambda)}{2(1+\lambda)^2} > \gamma$, the trained unit's value beats its cost;
# * an interior **saddle** at $w_s = a - c,\ \theta_s=\lambda w_s/c$ with $c=\sqrt{a^2-2\gamma}$.
#
# The layer's kept state is $v=w=\sqrt{a-\lambda}$, stable iff $(a^2-\lambda^2)/2>\gamma$.
# We check that these points really are equilibria of the vector field in `Model`, and that
# sympy's stability margin is the same expression as the closed form in `theory`.

# %%
from spruce.dynamics import symbolic  # noqa: E402  (sympy loads here, a few seconds)

w_star = float(theory.kept_state(a, lam, "unit"))
p_s, th_s = unit.saddle()
print(f"unit: kept w* = {w_star:.4f}, saddle (w_s, θ_s) = ({p_s:.4f}, {th_s:.4f}), "
      f"margin A − γ = {unit.kept_margin():.4f}")
f_kept = unit.field(unit.state(w_star, 1.0))
f_saddle = unit.field(unit.state(p_s, th_s))
print("field at the kept state:", f_kept, "  at the saddle:", f_saddle)
assert abs(f_kept[0]) < 1e-12 and f_kept[1] > 0  # w at rest, θ pushes out of the box: stable
assert np.allclose(f_saddle, 0.0, atol=1e-12)

margin_sym = symbolic.unit_analysis()["kept_margin"]
subs = {symbolic.a: a, symbolic.lam: lam, symbolic.gam: gamma}
print("sympy kept margin:", margin_sym)
assert abs(float(margin_sym.subs(subs)) - unit.kept_margin()) < 1e-12

s_layer = np.sqrt(float(theory.kept_state(a, lam, "layer")))
f_layer = layer.field(layer.state(s_layer, 1.0))
print(f"layer: kept v = w = {s_layer:.4f}, field there {f_layer}")
assert np.allclose(f_layer[:2], 0.0, atol=1e-12) and f_layer[2] > 0

# %% [markdown]
# How much does weight decay cost a unit? The kept state disappears once $\gamma$ exceeds
# $A(\lambda)$, and $A$ falls as $\lambda$ grows: a heavier decay makes more units prunable.

# %%
lams = np.linspace(0.0, 1.0, 101)
A_unit = theory.kept_margin(a, 0.0, lams, "unit")  # γ = 0 gives A itself
A_layer = theory.kept_margin(a, 0.0, lams, "layer")
plt.figure(figsize=(5.5, 3.6))
plt.plot(lams, A_unit, label="unit: a²(1+2λ)/(2(1+λ)²)")
plt.plot(lams, A_layer, label="layer: (a² − λ²)/2")
plt.axhline(gamma, color="k", ls=":", label=f"γ = {gamma}")
plt.xlabel("weight decay λ")
plt.ylabel("largest cost γ a kept state survives")
plt.legend(fontsize=8)
plt.show()
assert np.all(np.diff(A_unit) < 0) and A_unit[0] == a**2 / 2

# %% [markdown]
# ## 2. Phase portrait of a unit
#
# Streamlines of the projected field, the two nullclines, and exact trajectories from
# `integrate_ivp` (solve_ivp with events at $\theta\in\{0,1\}$). Green ends kept, red pruned.
# The dash-dotted curve is the saddle's stable manifold (the **separatrix**): the border of
# the two basins.


# %%
def portrait(model: Model, ax, x_max: float, starts) -> list[int]:
    """Draw the projected field, the equilibria and trajectories; return their outcomes."""
    xs, ts = np.linspace(0, x_max, 50), np.linspace(0, 1, 35)
    gx, gt = np.meshgrid(xs, ts)
    f = model.projected(model.state(gx, gt))
    ax.streamplot(xs, ts, f[..., 0], f[..., -1], color="0.7", density=1.0, linewidth=0.6)
    ps, ths = model.saddle()
    to_x = (lambda p: p) if model.kind == "unit" else np.sqrt
    ax.plot(0, 0, "o", color="#c8553d", ms=9)
    ax.plot(to_x(float(theory.kept_state(model.a, model.lam, model.kind))), 1, "*",
            color="#4c9f70", ms=14)
    ax.plot(to_x(ps), ths, "kx", ms=9, mew=2)
    outcomes = []
    for x0, t0 in starts:
        tr = integrate_ivp(model, model.state(x0, t0), t_max=60.0, max_step=0.1)
        col = "#4c9f70" if tr.outcome == theory.KEPT else "#c8553d"
        ax.plot(tr.x[:, 0], tr.x[:, -1], color=col, lw=1.6)
        ax.plot(x0, t0, ".", color=col)
        outcomes.append(tr.outcome)
    for br in separatrix(model, x_max=x_max):
        ax.plot(br[:, 0], br[:, 1], color="purple", ls="-.", lw=1.2)
    ax.set_xlim(0, x_max)
    ax.set_ylim(-0.02, 1.02)
    ax.set_ylabel("θ")
    return outcomes


starts = [(x0, t0) for t0 in (0.3, 0.6, 0.95) for x0 in (0.05, 0.15, 0.3, 0.8, 1.3)]
fig, ax = plt.subplots(figsize=(6.5, 4.5))
outcomes = portrait(unit, ax, 1.5, starts)
ax.set_xlabel("w")
ax.set_title(f"unit, a={a}, γ={gamma}, λ={lam}, η_θ/η_w={ratio}")
plt.show()

# every exact trajectory ends where the closed-form analysis says, wherever it certifies one
certified = [int(theory.classify(x0, t0, a, gamma, lam, ratio, "unit")) for x0, t0 in starts]
print("integrated:", outcomes, "\ncertified: ", certified, "(−1: inside the thin band)")
assert all(c in (theory.UNKNOWN, o) for c, o in zip(certified, outcomes))

# %% [markdown]
# ## 3. Why the boundary has a closed form: an energy
#
# Put $u=a-p$ and $E = \theta^2/2 + (r/2)\,\Phi(u)$ with $\Phi(u) = c^2\ln u - u^2/2$
# (unit). Along every trajectory $\dot E = \lambda\,k(p)\,\dot\theta$ with $k = p/(a-p)$, so at
# $\lambda=0$ the energy is conserved and the separatrix is exactly $\theta_0^2 = r\,\Delta(p_0)$,
# $\Delta(p_0) = \Phi(c)-\Phi(a-p_0)$ the **barrier** between the start and the saddle line.
# For $\lambda>0$ bounding $k$ gives two certified curves that bracket the separatrix.
# Check the conservation on an exact trajectory at $\lambda=0$:

# %%
free = Model("unit", a, gamma, 0.0, ratio)
tr = integrate_ivp(free, [0.05, 0.9], t_max=3.0, max_step=0.01)
inside = (tr.x[:, 1] > 0) & (tr.x[:, 1] < 1)  # on a face θ is pinned and E is not conserved
energy = tr.x[:, 1] ** 2 / 2 + ratio / 2 * theory.potential(a - tr.x[:, 0], a, gamma, "unit")
drift = float(np.ptp(energy[inside]))
print(f"λ = 0: E varies by {drift:.2e} along {inside.sum()} interior points")
assert drift < 1e-5

# %% [markdown]
# ## 4. Basins of attraction, numerical and analytical
#
# `basin_map` integrates a whole grid of starts at once (a projected RK4 in numpy) and
# classifies each one by where it ends; `theory.classify` certifies the outcome in closed
# form except in a thin band around the separatrix. The band is hatched; the black curves
# are its two certified edges (`theory.boundary_curves`).


# %%
def show_basins(bmap, ax, p_of_x) -> dict:
    """Numerical basins, hatched uncertified band, certified edges; returns agreement."""
    m = bmap.model
    ext = (bmap.x[0], bmap.x[-1], bmap.y[0], bmap.y[-1])
    ax.imshow(bmap.numeric == theory.KEPT, origin="lower", extent=ext, aspect="auto",
              cmap="RdYlGn", vmin=-0.3, vmax=1.3, alpha=0.6, interpolation="nearest")
    ax.contourf(bmap.x, bmap.y, (bmap.predicted == theory.UNKNOWN).astype(float),
                levels=[0.5, 1.5], colors="none", hatches=["////"])
    xs = np.linspace(bmap.x[0], bmap.x[-1], 600)
    upper, lower = theory.boundary_curves(p_of_x(xs), m.a, m.gamma, m.lam, m.ratio, m.kind)
    ax.plot(xs, upper, "k", lw=1.2, label="certified kept above")
    ax.plot(xs, lower, "k--", lw=1.2, label="certified pruned below")
    ax.set_ylim(0, 1)
    agr = bmap.agreement()
    ax.set_title(f"{m.kind}: certified {agr['certified']:.1%}, agreement {agr['agree']:.1%}",
                 fontsize=9)
    return agr


b_unit = basin_map(unit, "unit", n_grid, (0.0, 1.5), (0.0, 1.0))
b_layer = basin_map(layer, "layer", n_grid, (0.0, 1.3), (0.0, 1.0))
fig, axes = plt.subplots(1, 2, figsize=(11, 4))
agr_unit = show_basins(b_unit, axes[0], lambda x: x)
agr_layer = show_basins(b_layer, axes[1], lambda x: x**2)
axes[0].set_xlabel("w0")
axes[1].set_xlabel("s0 = v0 = w0 (balanced layer)")
axes[0].set_ylabel("θ0")
axes[0].legend(fontsize=7, loc="upper right")
plt.show()
for name, agr in (("unit", agr_unit), ("layer", agr_layer)):
    print(f"{name}: {agr['certified']:.2%} of the {n_grid}×{n_grid} grid certified, "
          f"{agr['disagree']} disagreements, RK4 undecided {agr['undecided']:.2%}")
    assert agr["disagree"] == 0 and agr["certified"] > 0.9

# %% [markdown]
# Two things to read off. At $r=20$ the gates learn fast: a unit that starts near $w_0=0$ is
# pruned even with its gate almost fully open, and only starts beyond the saddle
# ($w_s\approx0.23$) survive for (almost) every $\theta_0$. The layer's pruned region (red) is
# much wider, up to $s_0\approx0.35$ even at $\theta_0=1$: near $v_0=w_0=0$ both weights are
# tiny and their product grows only like $e^{(\theta a-\lambda)\tau}$ (the origin of $(v,w)$ is
# a saddle on $\theta=1$).

# %% [markdown]
# ## 5. Premature pruning and the critical ratio
#
# From a small start $(p_0,\theta_0)$ a structure that deserves to live survives iff the
# gates learn slowly enough: $r<r^*$. The energy bound brackets $r^*$ in closed form,
#
# $$\frac{(\theta_0-\theta_s)^2}{\Delta(p_0)} \le r^* \le
# \frac{(\theta_0-k_{lo})^2-(\theta_s-k_{lo})^2}{\Delta(p_0)},$$
#
# and `premature.critical_ratio` finds $r^*$ numerically by sweeping $r$. For a layer
# started at $v_0=w_0=\varepsilon$, $p_0=\varepsilon^2$ and the barrier grows like
# $(\gamma/a)\ln(1/\varepsilon^2)$: layers tolerate far smaller ratios than units.

# %%
w0s = np.geomspace(1e-3, 0.2, 5 if SMALL else 12)
res = {k: critical_ratio(k, a, gamma, lam, 0.5, w0s, r_range=(1e-3, 1e3), n=24 if SMALL else 40)
       for k in ("unit", "layer")}
fig, ax = plt.subplots(figsize=(6, 4))
for k, col in (("unit", "tab:blue"), ("layer", "tab:red")):
    ax.fill_between(w0s, res[k]["bound_low"], res[k]["bound_up"], color=col, alpha=0.25)
    ax.plot(w0s, res[k]["r_star"], "o-", color=col, ms=4, label=f"{k}: numerical r*")
ax.set_xscale("log")
ax.set_yscale("log")
ax.set_xlabel("initial weight w0 (layer: v0 = w0)")
ax.set_ylabel("critical η_θ / η_w")
ax.set_title("θ0 = 0.5; band: closed-form bracket")
ax.legend()
plt.show()
for k in ("unit", "layer"):
    ok = ((res[k]["r_star"] >= res[k]["bound_low"] * 0.99)
          & (res[k]["r_star"] <= res[k]["bound_up"] * 1.01))
    print(k, "r* =", np.round(res[k]["r_star"], 4), " inside its bracket:", ok.all())
    assert ok.all()  # 1% slack for the sweep's resolution
ratio_unit_layer = res["unit"]["r_star"] / res["layer"]["r_star"]
print("unit r* / layer r* at the same w0:", np.round(ratio_unit_layer, 1))
assert np.all(ratio_unit_layer > 10)

# %% [markdown]
# ## 6. From the models to training: pruning conditions
#
# `pruning_conditions` reads each structure through its scalar model and says whether its
# gate may be driven to 0 now (`safe`: it cannot pay for itself even fully trained), whether
# it is at risk (`premature`), and the largest safe $\eta_\theta/\eta_w$ from where it stands.
# Four units with different contributions, at $w=0.05$, $\theta=0.5$, $\eta_\theta=5\,\eta_w$:

# %%
a_est = np.array([0.3, 0.8, 1.0, 2.0])
cond = pruning_conditions(a_est, w=0.05, theta=0.5, lam=lam, gamma=gamma, eta_w=0.1,
                          eta_theta=0.5)
for i, ai in enumerate(a_est):
    print(f"a = {ai:3.1f}: safe to prune {bool(cond.safe[i])!s:5}  premature "
          f"{bool(cond.premature[i])!s:5}  max ratio {cond.max_ratio[i]:8.3f}  "
          f"warm-up steps {cond.warmup_steps[i]:6.0f}")
A_est = theory.kept_margin(a_est, 0.0, lam, "unit")
assert np.array_equal(cond.safe, A_est <= gamma)  # safe exactly where A ≤ γ
# from a small start, a deserving unit is at risk exactly when the ratio reaches max_ratio
assert np.array_equal(cond.premature, ~cond.safe & (cond.ratio >= cond.max_ratio))
assert cond.premature.any() and not cond.premature.all()
sched = recommended_schedule(a, gamma, lam, theta0=0.5, w0=0.01, eta_w=0.1, kind="layer")
print("layer started at v0 = w0 = 0.01: keep η_θ below", float(sched["eta_theta_max"]),
      "or freeze θ for", float(sched["warmup_steps"]), "steps")
assert sched["eta_theta_max"] < 0.5 * 0.1 * res["layer"]["r_star"].max()

# %% [markdown]
# ## 7. SGD with sampled gates follows the ODE
#
# Real training samples $\xi$ and data at every step. `sgd_paths` runs that (many seeds at
# once); its iterates are a noisy Euler scheme of the same ODE, with error
# $O(\sqrt{\eta_w})$. Gray: five SGD runs of $\theta$; black: the ODE.

# %%
m_sgd = Model("unit", a, gamma, lam, 2.0)
x0 = [0.05, 0.8]
tau, paths = sgd_paths(m_sgd, x0, eta_w=0.01, horizon=10.0, seeds=5 if SMALL else 40, rng=1)
ref = ode_path(m_sgd, x0, tau)
plt.figure(figsize=(6, 3.5))
plt.plot(tau, paths[:, :5, 1], color="0.6", lw=0.7)
plt.plot(tau, ref[:, 1], "k", lw=2, label="ODE θ(τ)")
plt.xlabel("τ = steps · η_w")
plt.ylabel("θ")
plt.legend()
plt.show()
mean_err = float(np.abs(paths[-1, :, 1].mean() - ref[-1, 1]))
print(f"|mean SGD θ − ODE θ| at τ = 10: {mean_err:.3f}")
assert mean_err < 0.2

# %% [markdown]
# ## Exercises
# 1. Set $\lambda=0$ and redraw the unit basins: check that the band disappears and that the
#    boundary is the curve $\theta_0 = \sqrt{r\,\Delta(w_0)}$ (`theory.barrier`).
# 2. Raise $\gamma$ until the kept state of the unit vanishes (hint: $A(\lambda)$ from §1). What
#    does the basin map look like then, and what does `pruning_conditions` report as `safe`?
# 3. Show from the table in §5 that a unit's $r^*$ stays finite as $w_0\to 0$ while a layer's
#    tends to 0. Estimate the slope of $1/r^*_{layer}$ against $\ln(1/w_0)$ and compare it with
#    $2\gamma/(a\,\theta_0^2)$ from the barrier asymptotics.
# 4. Redraw §7 for $\eta_w = 0.04, 0.01, 0.0025$ with 100 seeds and measure
#    $\sup_\tau|\text{SGD}-\text{ODE}|$: does it shrink like $\sqrt{\eta_w}$?
# 5. Run `spruce ode premature --quick --out /tmp/ode` and find in the figure which parameter
#    ($\theta_0$, $\gamma$, $\lambda$ or $a$) changes $r^*$ the most over its range.
