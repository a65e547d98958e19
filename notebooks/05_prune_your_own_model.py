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
# # 05 · Prune your own model
#
# spruce's pruners work on any PyTorch model that Torch-Pruning can trace, inside your own
# training loop. This notebook takes a small CNN written the ordinary way, trains it on
# scikit-learn's 8×8 digits with a plain loop and a `DataLoader`, and asks:
#
# 1. what does the SPR penalty change, compared with training without it?
# 2. how much can be removed for how much accuracy (accuracy against MACs kept)?
# 3. how do the baselines (group lasso, network slimming, L1-norm filters) compare?
#
# Everything runs on a CPU in a minute or two. The formulas are in `docs/theory.md`, the
# API in `docs/own-model.md`.

# %%
import os
import tempfile
from pathlib import Path

import matplotlib.pyplot as plt
import numpy as np
import torch
import torch.nn.functional as F
from sklearn.datasets import load_digits
from torch import nn
from torch.utils.data import DataLoader, TensorDataset

import spruce

SMALL = os.environ.get("SPRUCE_NOTEBOOK_SMALL") == "1"  # the test suite runs small settings
EPOCHS = 5 if SMALL else 10
torch.set_num_threads(1)  # one thread per process is fastest on a shared CPU

X, y = load_digits(return_X_y=True)
X, y = torch.tensor(X / 16, dtype=torch.float32).reshape(-1, 1, 8, 8), torch.tensor(y)
val = DataLoader(TensorDataset(X[1400:], y[1400:]), batch_size=256)
example = torch.zeros(1, 1, 8, 8)


def make_model() -> nn.Module:
    return nn.Sequential(nn.Conv2d(1, 32, 3, padding=1), nn.BatchNorm2d(32), nn.ReLU(),
                         nn.MaxPool2d(2), nn.Conv2d(32, 64, 3, padding=1), nn.BatchNorm2d(64),
                         nn.ReLU(), nn.Flatten(), nn.Linear(64 * 16, 10))


def train(model: nn.Module, pruner, epochs: int = EPOCHS, seed: int = 0) -> nn.Module:
    """A plain PyTorch loop; the pruner's penalty is the only addition."""
    torch.manual_seed(seed)
    loader = DataLoader(TensorDataset(X[:1400], y[:1400]), batch_size=64, shuffle=True)
    opt = torch.optim.SGD(model.parameters(), lr=0.05, momentum=0.9)
    for _ in range(epochs):
        model.train()
        for xb, yb in loader:
            loss = F.cross_entropy(model(xb), yb) + pruner.penalty()
            opt.zero_grad()
            loss.backward()
            opt.step()
    return model


def accuracy(model: nn.Module) -> float:
    return spruce.accuracy(model, val)


# %% [markdown]
# ## 1. The structures and the penalty
#
# `spruce.SPR(model, example_inputs)` traces the model once and finds its prunable
# structures: each output channel of a conv, with its BatchNorm γ, β (and the next
# layer's inputs from that channel) is one unit $W_u$. The classifier's outputs are left
# alone. The penalty is $\lambda\sum_u n_u z(W_u)/\sum_u n_u$ with $z$ the SPR term.

# %%
torch.manual_seed(0)
spr_model = make_model()
spr = spruce.SPR(spr_model, example, lam=1.0, alpha=0.1)
for s in spr.structures:
    print(f"{s.name}: {s.units} units; out {s.out_layers}, norm {s.norm_layers}, "
          f"in {s.in_layers}")
print("penalty at initialization:", float(spr.penalty().detach()))

# %% [markdown]
# ## 2. SPR against plain training
#
# The same network, the same seed and loop, once with the penalty and once without
# (`lam=0`). The score of a unit is the largest |w| of its weights, BatchNorm's γ and β
# included. Without the penalty γ stays near its initial 1 and every unit scores about 1;
# SPR shrinks whole units, so their scores spread out and the weakest can go.

# %%
spr_model = train(spr_model, spr)
torch.manual_seed(0)
plain_model = make_model()
plain = spruce.SPR(plain_model, example, lam=0.0)
plain_model = train(plain_model, plain)
print(f"accuracy: SPR {accuracy(spr_model):.3f}, plain {accuracy(plain_model):.3f}")

s_spr = torch.cat(spr.scores()).numpy()
s_plain = torch.cat(plain.scores()).numpy()
both = np.concatenate([s_spr, s_plain]).clip(1e-6, None)
bins = np.geomspace(both.min() / 1.2, both.max() * 1.2, 40)
plt.figure(figsize=(6, 3.2))
plt.hist(s_plain.clip(1e-6, None), bins=bins, alpha=0.6, label="plain")
plt.hist(s_spr.clip(1e-6, None), bins=bins, alpha=0.6, label="SPR (λ = 1, α = 0.1)")
plt.xscale("log")
plt.xlabel("unit score: largest |w| of the unit (BN γ, β included)")
plt.ylabel("units")
plt.legend()
plt.tight_layout()
plt.show()
assert np.median(s_spr) < np.median(s_plain)

# %% [markdown]
# ## 3. How much can go? The accuracy-drop rule and MACs targets
#
# `prune(evaluate=f, tolerance=t)` keeps the largest removal whose metric stays within `t`
# of the unpruned model. `prune(target_macs=c)` keeps at most a fraction `c` of the MACs.
# Each call returns a smaller model and leaves the trained one as it was, so we can ask
# several questions of the same network.

# %%
for name, pruner in (("SPR", spr), ("plain", plain)):
    r = pruner.prune(evaluate=accuracy, tolerance=0.01)
    print(f"{name:5s}: {r.message}; accuracy {r.metric_before:.3f} -> {r.metric_after:.3f}")

targets = [0.8, 0.6, 0.4, 0.3, 0.2, 0.1]
curves = {}
for name, pruner in (("SPR", spr), ("plain", plain)):
    points = []
    for c in targets:
        r = pruner.prune(target_macs=c)
        points.append((r.macs_ratio, accuracy(r.model)))
    curves[name] = points
plt.figure(figsize=(6, 3.5))
for name, points in curves.items():
    plt.plot(*zip(*points), "o-", label=name)
plt.xlabel("MACs kept (fraction of the dense network)")
plt.ylabel("validation accuracy (no fine-tuning)")
plt.gca().invert_xaxis()
plt.legend()
plt.tight_layout()
plt.show()
for c, (a, b) in zip(targets, zip(curves["SPR"], curves["plain"], strict=True), strict=True):
    print(f"target {c:.0%}: SPR {a[1]:.3f} at {a[0]:.1%} of MACs, plain {b[1]:.3f} at "
          f"{b[0]:.1%}")

# %% [markdown]
# Without fine-tuning, SPR's network keeps its accuracy much further down: the units it
# removes were already (nearly) zero. Fine-tuning the smaller model (a few more epochs of
# your loop, without the penalty) recovers part of the rest.

# %%
r = spr.prune(target_macs=0.3)
small = r.model
before = accuracy(small)
small = train(small, spruce.pruning.Pruner(small, example), epochs=2, seed=1)
print(f"SPR pruned to {r.macs_ratio:.1%} of MACs: {before:.3f} -> fine-tuned "
      f"{accuracy(small):.3f}")

# %% [markdown]
# ## 4. Save and load without pickle
#
# `save_pruned` writes the weights and the pruning plan (which channels of which layer were
# removed) to one `.safetensors` file; `load_pruned` applies the plan to a freshly built
# dense model and loads the weights.

# %%
path = Path(tempfile.mkdtemp()) / "small.safetensors"
spruce.save_pruned(small, path)
again = spruce.load_pruned(make_model(), path)
again.eval()
small.eval()
with torch.no_grad():
    same = torch.equal(again(X[:64]), small(X[:64]))
print(f"{path.stat().st_size:,} bytes; identical outputs after loading: {same}")
print("MACs, params:", spruce.macs_params(make_model(), example), "->",
      spruce.macs_params(again, example))
assert same

# %% [markdown]
# ## 5. The baselines, through the same API
#
# Group lasso penalizes $\|W_u\|_2$ of the same units; network slimming penalizes the
# BatchNorm scales |γ| and scores units by them; L1-norm filter pruning trains plainly and
# removes a fixed share of each layer's filters with the smallest $\|F\|_1$. Each pruned to
# 30% of the MACs, without fine-tuning:

# %%
rows = []
for name, make in (("SPR", lambda m: spruce.SPR(m, example, lam=1.0, alpha=0.1)),
                   ("group lasso", lambda m: spruce.GroupLasso(m, example, lam=0.5)),
                   ("slimming", lambda m: spruce.Slimming(m, example, lam=1e-3)),
                   ("L1 filter", lambda m: spruce.L1Filter(m, example))):
    torch.manual_seed(0)
    model = make_model()
    pruner = make(model)
    train(model, pruner)
    r = pruner.prune(target_macs=0.3)
    rows.append((name, accuracy(model), r.macs_ratio, accuracy(r.model)))
print(f"{'method':12s} {'trained':>8s} {'MACs kept':>10s} {'pruned':>8s}")
for name, acc, macs, acc_pruned in rows:
    print(f"{name:12s} {acc:8.3f} {macs:10.1%} {acc_pruned:8.3f}")

# %% [markdown]
# ## Exercises
#
# 1. Change `alpha` (0.05, 0.3, 0.6) at λ = 1. Which regime of the SPR term (notebook 01)
#    do most units sit in at the end of training, and how does the accuracy-vs-MACs curve
#    move?
# 2. Replace the model by an MLP (`nn.Flatten()` then `nn.Linear` layers). Which units are
#    the structures now?
# 3. Use `prune(target_params=...)` instead of MACs. Why does the second conv go first?
# 4. Prune `small` again (a second `spruce.SPR(small, example)`), save it and load it into a
#    fresh dense model: the plan accumulates both prunings.
