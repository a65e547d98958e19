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
# # 01 · The perspective reformulation and the SPR penalty
#
# Pruning a group of weights $W_j$ is a yes/no decision. The exact model gives each group an
# indicator $y_j\in\{0,1\}$:
#
# $$\min_{W,y}\; L(W) + \lambda\sum_j \big[\alpha\|W_j\|_2^2 + (1-\alpha)\,y_j\big]
# \quad\text{s.t.}\; -M_j y_j \le W_{ij} \le M_j y_j .$$
#
# Relaxing $y_j\in[0,1]$ (the **big-M relaxation**) gives the penalty
# $\alpha\|W\|^2 + (1-\alpha)\|W\|_\infty/M$, which is weak. Replacing $\alpha\|W_j\|^2$ by its
# **perspective** $\alpha\|W_j\|^2/y_j$ changes nothing at integer $y$, but its relaxation is
# the convex hull of each group's disjunction. Minimizing over $y$ leaves the **SPR term**
# $z(W)$. This notebook draws the four penalties with the one implementation spruce has,
# `spruce.penalties`.

# %%
import os

import matplotlib.pyplot as plt
import numpy as np

from spruce import penalties as P

SMALL = os.environ.get("SPRUCE_NOTEBOOK_SMALL") == "1"  # the test suite runs small settings
alpha, M = 0.1, 2.0  # a setting where SPR and group lasso differ (see the last section)
n_points = 201 if SMALL else 2001

# %% [markdown]
# ## One weight
# For a single weight, $\|W\|_2 = \|W\|_\infty = |w|$. The MIP penalty jumps at $w = 0$; SPR
# is its convex envelope on $[-M, M]$ (checked by `spruce derive`); big-M lies below SPR.

# %%
w = np.linspace(-M, M, n_points)
sq, inf = w * w, np.abs(w)
curves = {
    "MIP: αw² + (1−α)[w≠0]": P.mip_penalty(sq, inf, alpha),
    "SPR z(w)": P.spr_penalty(sq, inf, alpha, M),
    "big-M: αw² + (1−α)|w|/M": P.bigm_penalty(sq, inf, alpha, M),
    "group lasso |w|": P.group_lasso_penalty(sq),
}
fig, ax = plt.subplots(figsize=(6, 4))
for label, values in curves.items():
    ax.plot(w, values, label=label)
ax.set_xlabel("w")
ax.set_ylabel("penalty / λ")
ax.legend()
ax.set_title(f"α = {alpha}, M = {M}")
plt.show()

# %%
# the ordering that makes SPR the tighter relaxation, at every point of the grid
assert np.all(curves["big-M: αw² + (1−α)|w|/M"] <= curves["SPR z(w)"] + 1e-12)
assert np.all(curves["SPR z(w)"] <= curves["MIP: αw² + (1−α)[w≠0]"] + 1e-12)
gap = curves["SPR z(w)"] - curves["big-M: αw² + (1−α)|w|/M"]
print(f"largest gain of SPR over big-M on this grid: {gap.max():.3f} at w = {w[gap.argmax()]:.3f}")

# %% [markdown]
# ## The optimal indicator and the three regimes
# $y^*(W) = \min\{1, \max(\|W\|_\infty/M, \sqrt{\alpha/(1-\alpha)}\,\|W\|_2)\}$. Small groups
# get $y^*<1$: their penalty grows like a group lasso ($2\sqrt{\alpha(1-\alpha)}\|W\|_2$ in
# regime 2), large groups pay the full $\alpha\|W\|^2 + (1-\alpha)$ (regime 1).

# %%
fig, axes = plt.subplots(1, 2, figsize=(10, 4))
for a in (0.1, 0.5, 0.9):
    axes[0].plot(w, P.spr_indicator(sq, inf, a, M), label=f"α = {a}")
    axes[1].plot(w, P.spr_penalty(sq, inf, a, M), label=f"α = {a}")
axes[0].set_title("y*(w)")
axes[1].set_title("z(w)")
for ax in axes:
    ax.set_xlabel("w")
    ax.legend()
plt.show()

# %% [markdown]
# ## Two weights in one group
# Level sets of each penalty for a group $W = (w_1, w_2)$. The L0 part makes the MIP penalty
# non-convex; SPR rounds its corner at the origin, which is what drives whole groups to zero.

# %%
g = np.linspace(-M, M, 81 if SMALL else 301)
W1, W2 = np.meshgrid(g, g)
Wflat = np.stack([W1.ravel(), W2.ravel()], 1)
sq2, inf2 = P.norms_of_rows(Wflat)
fig, axes = plt.subplots(1, 4, figsize=(16, 4))
for ax, kind in zip(axes, ("mip", "spr", "bigm", "group_lasso")):
    Z = P.group_penalty(kind, sq2, inf2, alpha, M).reshape(W1.shape)
    cs = ax.contour(W1, W2, Z, levels=10)
    ax.clabel(cs, fontsize=7)
    ax.set_title(kind)
    ax.set_aspect("equal")
plt.show()

regimes = P.spr_regime(sq2, inf2, alpha, M).reshape(W1.shape)
plt.figure(figsize=(4.5, 4))
plt.pcolormesh(W1, W2, regimes, shading="auto", cmap="viridis")
plt.colorbar(label="regime (0: W = 0)")
plt.title("which closed form applies")
plt.gca().set_aspect("equal")
plt.show()
print("regimes present:", sorted(set(np.unique(regimes).tolist())))

# %% [markdown]
# ## When SPR looks like a group lasso, and when it does not
# Below $y^* = 1$ the SPR term is a norm-like function: $2\sqrt{\alpha(1-\alpha)}\|W\|_2$ in
# regime 2 and $\alpha M\|W\|_2^2/\|W\|_\infty + (1-\alpha)\|W\|_\infty/M$ in regime 3.
# Regime 2 *is* a scaled group lasso. With **α = ½ and M = 1** its scale $2\sqrt{\alpha(1-\alpha)}$
# is 1, and for one weight regime 3 gives $\alpha M|w| + (1-\alpha)|w|/M = |w|$ too: SPR equals
# the group lasso $|w|$ on all of $[-1, 1]$. That setting hides everything SPR adds. SPR
# differs where (a) regime 3 applies to a group with unequal entries (its level sets are not
# circles), (b) $y^*$ reaches 1 and the term becomes the ridge $\alpha\|W\|^2 + (1-\alpha)$
# (large groups stop being pushed to zero), and (c) the slope $2\sqrt{\alpha(1-\alpha)}$ or
# $\alpha M + (1-\alpha)/M$ differs from 1.

# %%
def share_equal_to_group_lasso(a: float, m: float, n: int = 201) -> float:
    """Share of a 2-D grid on [−m, m]² where the SPR term equals ‖W‖₂ (to 1e-9)."""
    g1 = np.linspace(-m, m, n)
    A, B = np.meshgrid(g1, g1)
    s2, i2 = P.norms_of_rows(np.stack([A.ravel(), B.ravel()], 1))
    return float(np.mean(np.abs(P.spr_penalty(s2, i2, a, m) - np.sqrt(s2)) < 1e-9))


for a, m in ((0.5, 1.0), (alpha, M), (0.3, 0.5)):
    print(f"α = {a}, M = {m}: SPR equals the group lasso on "
          f"{share_equal_to_group_lasso(a, m):.1%} of the square [−M, M]²")
assert share_equal_to_group_lasso(0.5, 1.0) > 0.5 > share_equal_to_group_lasso(alpha, M)

# %% [markdown]
# ## Exercises
# 1. Show by hand that in regime 2 the minimizer $y = \sqrt{\alpha/(1-\alpha)}\,\|W\|_2$ gives
#    $z = 2\sqrt{\alpha(1-\alpha)}\|W\|_2$. Check it numerically with `P.spr_penalty`.
# 2. For which $\alpha$ does regime 2 vanish for a group of $n$ equal weights? (Hint: compare
#    $\|W\|_\infty/M$ with $\sqrt{\alpha/(1-\alpha)}\,\|W\|_2 = \sqrt{\alpha n/(1-\alpha)}\,|w|$.)
# 3. Draw the penalty of a group of 10 equal weights $w$ against $w$ for $M = 0.5, 1, 2$: how
#    does $M$ change where the penalty becomes flat in the L0 part?
# 4. Run `spruce derive` and find the check that proves the one-weight picture above.
