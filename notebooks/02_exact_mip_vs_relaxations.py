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
# # 02 · Exact pruning MIPs vs their relaxations
#
# Notebook 01 drew the penalties. Here we solve the pruning problem itself, exactly, on toy
# networks trained on real data (scikit-learn's 8×8 digits, offline), and measure how good the
# two relaxations are:
#
# $$\text{MIP:}\quad \min_{W,\,y\in\{0,1\}^G} L(W) + \lambda\sum_j\big[\alpha\|W_j\|_2^2
#   + (1-\alpha)\,y_j\big]\quad\text{s.t. } |W_{ij}|\le M_j y_j .$$
#
# * **big-M relaxation**: $y_j\in[0,1]$. At its optimum $y_j=\|W_j\|_\infty/M_j$, so it is
#   $\min L + \lambda\sum_j[\alpha\|W_j\|^2 + (1-\alpha)\|W_j\|_\infty/M_j]$.
# * **perspective relaxation**: $\alpha\|W_j\|^2$ replaced by $\alpha\|W_j\|^2/y_j$, then
#   $y_j\in[0,1]$; projecting $y$ out leaves $\min L + \lambda\sum_j z(W_j)$ with $z$ the SPR
#   term. It is the convex hull of each group's disjunction, so
#
# $$\text{big-M bound}\;\le\;\text{perspective bound}\;\le\;\text{MIP optimum}.$$
#
# The exact solver is spruce's branch-and-bound over $y$ (`spruce.mip.solve`). Each node solves
# the relaxation of its formulation with some $y_j$ fixed: small big-M nodes as convex QPs in
# HiGHS, perspective nodes (and larger big-M ones) by a first-order method whose Fenchel dual
# gives a certified lower bound (docs/mip.md). The "root gap closed" by the perspective
# relaxation is $(\text{persp}-\text{bigM})/(\text{MIP}-\text{bigM})$.

# %%
import os
import tempfile
import time
from pathlib import Path

import matplotlib.pyplot as plt
import numpy as np
from IPython.display import Image, display

from spruce.mip import solve
from spruce.mip.builders import digits_regression, layer_problem, trained_mlp
from spruce.mip.compare import format_table, plot_bounds, sweep
from spruce.mip.qp import FixedSupportQP

SMALL = os.environ.get("SPRUCE_NOTEBOOK_SMALL") == "1"  # the test suite runs small settings
n_samples = 200 if SMALL else 500
rel_lams = [0.25, 1.0, 4.0] if SMALL else [0.125, 0.25, 0.5, 1.0, 2.0, 4.0, 8.0]
CHOICES = ("mip", "spr_threshold", "bigm_threshold", "magnitude")

# %% [markdown]
# ## 1. A one-layer digits classifier, pruned by pixel patches
#
# The first toy net is a linear layer from the 64 pixels to the 10 one-hot classes, fitted by
# least squares (`digits_regression`). A group is a 4×2 patch of pixels (8 groups, 80 weights
# each): pruning a group means the classifier no longer looks at those pixels.

# %%
pb = digits_regression(n=n_samples, patch=(4, 2), lam_rel=0.02, alpha=0.5)
print(pb.describe())
t0 = time.perf_counter()
exact = solve(pb, formulation="perspective")
t_persp = time.perf_counter() - t0
t0 = time.perf_counter()
exact_bigm = solve(pb, formulation="bigm")
t_bigm = time.perf_counter() - t0
print("perspective B&B:", exact, f"({t_persp:.2f} s)")
print("big-M B&B:      ", exact_bigm, f"({t_bigm:.2f} s)")
# both formulations have the same integer solutions: the same optimum, certified
assert exact.success and exact_bigm.success
assert abs(exact.objective - exact_bigm.objective) <= 1e-5 * abs(exact.objective)
assert exact.gap <= 1e-6
# and the optimum is what the MIP objective gives at the returned weights
assert abs(pb.objective(exact.W.reshape(-1)) - exact.objective) <= 1e-6 * exact.objective

# %% [markdown]
# Compare `nodes` and `qp_solves` of the two trees: the perspective nodes have tighter bounds,
# so the tree usually closes with fewer node solves for the same certificate. Which pixels did
# the optimum keep?


# %%
def patch_image(problem, keep) -> np.ndarray:
    """8×8 image: 1 on the pixels of the kept groups (a pixel row of W holds q weights)."""
    img = np.zeros(64)
    for j in np.flatnonzero(np.asarray(keep) > 0.5):
        img[np.unique(problem.groups[j] // problem.q)] = 1.0
    return img.reshape(8, 8)


from sklearn.datasets import load_digits  # noqa: E402

mean_digit = load_digits().data.mean(0).reshape(8, 8)
fig, axes = plt.subplots(1, 2, figsize=(6, 3))
axes[0].imshow(mean_digit, cmap="gray")
axes[0].set_title("mean digit")
axes[1].imshow(patch_image(pb, exact.y), cmap="Greens", vmin=0, vmax=1)
axes[1].set_title(f"kept by the MIP ({len(exact.kept)}/{pb.num_groups} patches)")
for ax in axes:
    ax.set_xticks([])
    ax.set_yticks([])
plt.show()

# %% [markdown]
# ## 2. Bounds against λ
#
# `compare` solves the MIP, both root relaxations and four pruning choices for one λ; `sweep`
# repeats it over λ. λ is set relative to the instance's default (2% of the loss at $W=0$).

# %%
t0 = time.perf_counter()
rows = sweep(pb, [pb.lam * f for f in rel_lams])
print(f"{len(rows)} values of λ in {time.perf_counter() - t0:.1f} s")
print(format_table(rows))
# the same figure `spruce mip compare --plot` and `spruce demo` draw
display(Image(filename=str(plot_bounds(rows, Path(tempfile.mkdtemp()) / "bounds.png"))))
for r in rows:  # the ordering the theory promises, at every λ
    tol = 1e-6 * abs(r["mip_opt"])
    assert r["bigm_bound"] <= r["persp_bound"] + tol <= r["mip_opt"] + 2 * tol
    assert r["mip_status"] == "optimal"
closed = np.array([r["gap_closed"] for r in rows])
print("gap closed:", np.round(100 * closed, 1), "%")
assert np.nanmin(closed) > 0.5

# %% [markdown]
# ## 3. Which pruning does each method choose?
#
# A relaxation gives fractional $y$. Rounding it ($y_j\ge 0.5$) gives a pruning; so does
# keeping the largest groups of the dense fit (magnitude pruning, with as many groups as the
# MIP keeps). Each choice is re-fitted on its kept groups and scored against the optimum.
# The big-M relaxation's $y_j = \|W_j\|_\infty/M_j$ is small for every group when $M$ is loose,
# so rounding it prunes almost everything: a weak relaxation is also a poor guide.

# %%
mid = rows[len(rows) // 2]
fig, axes = plt.subplots(1, 4, figsize=(12, 3))
for ax, name in zip(axes, CHOICES):
    ax.imshow(patch_image(pb, np.isin(np.arange(pb.num_groups), mid[f"{name}_kept"])),
              cmap="Greens", vmin=0, vmax=1)
    ax.set_title(f"{name}\n+{100 * mid[name + '_subopt']:.1f}%, J={mid[name + '_jaccard']:.2f}",
                 fontsize=9)
    ax.set_xticks([])
    ax.set_yticks([])
fig.suptitle(f"kept patches at λ = {mid['lam']:.3g} (suboptimality, Jaccard with the MIP)", y=1.08)
plt.show()
for r in rows:  # nothing beats the certified optimum
    assert all(r[f"{c}_subopt"] >= -1e-6 for c in CHOICES)
assert np.mean([r["spr_threshold_subopt"] for r in rows]) < np.mean(
    [r["bigm_threshold_subopt"] for r in rows])

# %% [markdown]
# ## 4. Pruning hidden units of a trained MLP
#
# The second toy net is a 64–h₁–h₂–10 ReLU MLP trained on digits. We prune the **inputs of its
# second layer** (the h₁ hidden units): with $X$ the layer's inputs on the data and $W_0$ its
# trained weights, $L(W)=\|XW_0 - XW\|^2/(2n)$ asks the pruned layer to reproduce the original
# one (`layer_problem`; a group is one row of $W$, i.e. one hidden unit). Then we re-fit the
# layer by least squares on each choice's kept units, put it back into the network and
# measure the accuracy.

# %%
import torch  # noqa: E402

hidden = (12, 10) if SMALL else (16, 12)
net, acc_dense = trained_mlp(hidden, epochs=10 if SMALL else 30, seed=0)
X_all, labels = load_digits(return_X_y=True)
X_all = torch.as_tensor(X_all / 16.0, dtype=torch.float32)
with torch.no_grad():
    acts = net[1](net[0](X_all)).double().numpy()  # inputs of the second Linear layer
W0 = net[2].weight.detach().double().numpy().T  # (h1 inputs) × (h2 outputs)
sub = np.random.default_rng(0).choice(len(acts), size=n_samples, replace=False)
mlp_pb = layer_problem(acts[sub], W0, name="mlp_layer2")
print(mlp_pb.describe(), f"dense accuracy {acc_dense:.3f}")
L0 = mlp_pb.loss_value(np.zeros(mlp_pb.dim))
mlp_rows = sweep(mlp_pb, [L0 * f for f in ([0.0025, 0.01, 0.02, 0.04, 0.08] if SMALL
                                           else np.geomspace(0.001, 0.1, 11))])
print(format_table(mlp_rows))


refit = FixedSupportQP(mlp_pb.with_params(lam=1e-9))  # least squares on the kept units


def accuracy_with(keep) -> float:
    """Accuracy of the MLP on all 1,797 digits with layer 2 re-fitted on the kept units."""
    _, w = refit.solve(keep)
    pruned = torch.nn.Sequential(*[m for m in net])
    layer = torch.nn.Linear(hidden[0], hidden[1])
    layer.weight.data = torch.as_tensor(w.reshape(W0.shape).T, dtype=torch.float32)
    layer.bias.data = net[2].bias.detach().clone()
    pruned[2] = layer
    with torch.no_grad():
        return float((pruned(X_all).argmax(1).numpy() == labels).mean())


table = []
for r in mlp_rows:
    G = mlp_pb.num_groups
    accs = {c: accuracy_with(np.isin(np.arange(G), r[f"{c}_kept"]).astype(float))
            for c in CHOICES}
    table.append(accs)
    print(f"λ = {r['lam']:8.4g}: MIP keeps {r['kept_mip']:2d}/{G} units; accuracy  "
          + "  ".join(f"{c} {a:.3f}" for c, a in accs.items()))
lam2 = [r["lam"] for r in mlp_rows]
plt.figure(figsize=(6, 4))
for c, mk in zip(CHOICES, "os^v"):
    plt.plot(lam2, [t[c] for t in table], marker=mk, label=c)
plt.axhline(acc_dense, color="k", ls=":", label="dense")
plt.xscale("log")
plt.xlabel("λ")
plt.ylabel("accuracy after pruning layer 2's inputs")
plt.legend(fontsize=8)
plt.show()
for r in mlp_rows:
    tol = 1e-6 * abs(r["mip_opt"])
    assert r["bigm_bound"] <= r["persp_bound"] + tol <= r["mip_opt"] + 2 * tol
assert [r["kept_mip"] for r in mlp_rows] == sorted((r["kept_mip"] for r in mlp_rows),
                                                   reverse=True)  # more λ, fewer units

# %% [markdown]
# ## 5. The same two formulations as Pyomo models
#
# `spruce.mip.pyomo_models` writes the MIP as a generalized disjunctive program: per group,
# $[y_j:\ |W_i|\le M_j,\ \text{cost}\ge\alpha\|W_j\|^2+(1-\alpha)]\ \vee\ [\neg y_j:\ W_j=0]$.
# Pyomo's `gdp.bigm` transformation turns it into the big-M model; `gdp.hull` (with
# `exact_hull_quadratic`) into the convex hull, where the quadratic cost appears as
# $\alpha\|W_j\|^2\le t_j\,y_j$: the perspective, a rotated cone. A tiny instance shows it.

# %%
import pyomo.environ as pyo  # noqa: E402

from spruce.mip import pyomo_models  # noqa: E402
from spruce.mip.problem import synthetic  # noqa: E402

tiny = synthetic(n=10, groups=2, group_size=2, q=1)
found = {}
for how in ("bigm", "hull"):
    m = pyomo_models.gdp_transformed(tiny, how)
    for con in m.component_data_objects(pyo.Constraint, active=True):
        text = str(con.expr)
        if "**2" in text and "r[" not in text:  # the group's cost constraint, not the loss
            found.setdefault(how, text)
for how, text in found.items():  # shorten Pyomo's long names of the disaggregated copies
    print(f"{how}: {text.replace('_pyomo_gdp_hull_reformulation.relaxedDisjuncts[0].', '')}\n")
assert "binary_indicator_var" in found["hull"] and "*on[0]" in found["hull"]  # ‖W‖² ≤ t·y

# %% [markdown]
# ## Exercises
# 1. Re-run §1 with `patch=(2, 2)` (16 groups). How do the node counts of the two B&B trees
#    and the time grow? (Expect tens of seconds on a laptop.)
# 2. Change α to 0.1 and 0.9 in §2. When does the perspective close the most gap, and why?
#    (Hint: notebook 01, the three regimes of $z$.)
# 3. Scale M by 10 (`pb.with_params(M=10 * pb.M)`). The MIP optimum does not change if M does
#    not bind; what happens to the big-M bound, and to the perspective bound?
# 4. Solve one instance with `spruce.mip.peers.solve_scip` (if PySCIPOpt is installed) and
#    compare its objective with spruce's certified optimum.
# 5. In §4 the MIP keeps the units that best reproduce layer 2's outputs, which is not the
#    same as the best accuracy. Sweep λ more finely and look for a λ where another choice gives
#    a better accuracy than the MIP's. Why would that not contradict the MIP's optimality?
