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
# # 04 · Pruning a ResNet end to end
#
# This notebook runs the two pruning methods of spruce on a real (if small) problem, on a CPU:
# a ResNet-14 with widths 8/16/32 (`small_resnet`) learning scikit-learn's 8×8 digits
# (1,347 training and 450 test images).
#
# **SPR** (Cacciola, Frangioni, Li, Lodi): train with
# $\text{CE} + \lambda\sum_j n_j z(W_j)/\sum_j n_j$, where $W_j$ is one output channel of a conv
# with its BatchNorm $\gamma_j,\beta_j$ and $z$ the SPR term (notebook 01); then search the
# largest magnitude threshold that costs at most a given training-accuracy drop, zero the
# channels below it, remove them physically (Torch-Pruning), fine-tune, report.
#
# **Bernoulli gates** (spruce's reconstruction of Guenter & Sideris): every unit of every
# prunable structure and every residual branch gets a gate $\xi_s\sim\text{Bernoulli}(\theta_s)$
# and $\theta$ is trained with the weights on $\mathbb E[\text{CE}] + \gamma\,R(\theta)$, $R$ the
# exact expected complexity, with $\gamma$ found so that the expected MACs reach a target;
# structures whose $\theta$ reaches 0 are cut out during training (notebook 03 studies the
# dynamics).
#
# The same pipeline runs ResNet-56 on CIFAR-10 on a GPU (`spruce train`, docs/guide.md).

# %%
import copy
import os
import tempfile
import time
from pathlib import Path

import matplotlib
import matplotlib.pyplot as plt
import numpy as np
import torch

import spruce
from spruce.pruning.surgery import count_macs_params
from spruce.training.config import PipelineConfig
from spruce.training.data import get_dataset
from spruce.training.methods import PruningMethod, make_method
from spruce.training.models import small_resnet
from spruce.training.trainer import TrainConfig, evaluate, fit

SMALL = os.environ.get("SPRUCE_NOTEBOOK_SMALL") == "1"  # the test suite runs small settings
torch.set_num_threads(1)
epochs, ft_epochs = (6, 2) if SMALL else (12, 4)
out_dir = Path(tempfile.mkdtemp(prefix="spruce_nb04_"))
data = get_dataset("digits", seed=0)
info = data.info
ex = torch.zeros(1, info["in_channels"], *info["image_size"])  # one example's shape
print(info)

# %% [markdown]
# ## 1. Train with the SPR penalty
#
# `make_method` builds the method from the same settings as `spruce train` (here λ = 10,
# α = 0.1, $M_j$ = max |w| of each conv+BN at initialization): it wraps the public pruner
# `spruce.SPR`, whose `penalty()` the loop adds to the loss. `fit` is the shared training
# loop: SGD with momentum 0.9, weight decay 5e-4, lr × 0.1 at 50% and 75% of the epochs.
# We train a dense network with the same loop and seed for comparison.

# %%
torch.manual_seed(0)
model = small_resnet()
dense = copy.deepcopy(model)
spr = make_method(PipelineConfig(method="spr", lam=10, alpha=0.1))
cfg = TrainConfig(epochs=epochs, batch_size=64, lr=0.1, device="cpu", progress=False, seed=0)
t0 = time.perf_counter()
model, hist = fit(model, spr, data, cfg)
t_spr = time.perf_counter() - t0
dense, hist_dense = fit(dense, PruningMethod(), data, cfg)
print(f"SPR training: {t_spr:.1f} s for {epochs} epochs")
for row in hist:
    print(f"epoch {row['epoch']}: test acc {row['test_acc']:.3f}  penalty "
          f"{row['method/penalty']:.4f}  mean y* {row['method/mean_y']:.3f}  groups ≈ 0: "
          f"{row['method/groups_zero']}/{row['method/groups']}  regimes 1/2/3: "
          f"{row['method/regime1']}/{row['method/regime2']}/{row['method/regime3']}")
assert hist[-1]["method/penalty"] < hist[0]["method/penalty"]

# %% [markdown]
# The regimes are those of notebook 01: 1 = the channel pays the full
# $\alpha\|W\|^2+(1-\alpha)$ ($y^*=1$), 2 = the group-lasso-like $2\sqrt{\alpha(1-\alpha)}\|W\|_2$,
# 3 = the $\|W\|_\infty/M$ branch. The penalty pushes whole channels towards zero. Where do
# the channels' largest weights end up, compared with the dense network?

# %%
pruner = spr.pruner  # the spruce.SPR pruner behind the method, on the trained model
structures = pruner.structures
s_spr = torch.cat(pruner.scores()).numpy()
s_dense = torch.cat(spruce.SPR(dense.eval(), ex).scores()).numpy()
bins = np.geomspace(1e-6, 10, 50)
plt.figure(figsize=(6, 3.5))
plt.hist(np.clip(s_dense, 1e-6, None), bins=bins, alpha=0.6, label="dense")
plt.hist(np.clip(s_spr, 1e-6, None), bins=bins, alpha=0.6, label="SPR")
plt.xscale("log")
plt.xlabel("channel score: max |w| over conv filter, BN γ, β")
plt.ylabel("channels")
plt.legend()
plt.show()
print(f"{len(structures)} structures, {s_spr.size} channels; median score dense "
      f"{np.median(s_dense):.3g}, SPR {np.median(s_spr):.3g}")
assert np.median(s_spr) < np.median(s_dense)  # the penalty shrinks channels as a whole

# %% [markdown]
# ## 2. Prune: the accuracy-drop rule, masking, surgery
#
# `pruner.prune(evaluate=..., tolerance=...)` sorts all channels by score and bisects on how
# many of the lowest-scoring ones to zero, keeping the largest removal whose training
# accuracy drops at most `tolerance` (here 1 point); then it removes those channels with
# Torch-Pruning and checks that the smaller network computes the same logits as the masked
# one. The result says what it did.

# %%
model.eval()
_, acc_trained = evaluate(model, data, "test")
pr = pruner.prune(evaluate=lambda m: evaluate(m, data, "train")[1], tolerance=0.01)
print(pr)
_, acc_masked = evaluate(pr.model, data, "test")
kept = [len(pr.kept[s.name]) for s in structures]
total = [s.channels for s in structures]
assert pr.surgery_max_diff <= 1e-4
assert pr.metric_before - pr.metric_after <= 0.01 + 1e-9
names = [s.name for s in structures]
plt.figure(figsize=(7, 3))
plt.bar(range(len(total)), total, color="0.8", label="channels")
plt.bar(range(len(kept)), kept, color="C2", label="kept")
plt.xticks(range(len(names)), names, rotation=60, ha="right", fontsize=7)
plt.legend()
plt.title("inner channels kept per block")
plt.show()

# %% [markdown]
# ## 3. Fine-tune and report
#
# The smaller network is fine-tuned without the penalty (lr 0.01). Parameters and MACs are
# counted by spruce's counter (checked against Torch-Pruning's `count_ops_and_params` in the
# tests).

# %%
small = pr.model
cfg_ft = TrainConfig(epochs=ft_epochs, batch_size=64, lr=0.01, device="cpu", progress=False,
                     seed=1)
small, _ = fit(small, PruningMethod(), data, cfg_ft)
_, acc_final = evaluate(small.eval(), data, "test")
_, acc_dense = evaluate(dense.eval(), data, "test")
macs0, params0 = count_macs_params(small_resnet().eval(), ex)
macs1, params1 = count_macs_params(small, ex)
spr_row = {"method": "SPR", "accuracy": acc_final, "params": params1, "macs": macs1}
print(f"dense:  acc {acc_dense:.3f}  params {params0:,}  MACs {macs0:,}")
print(f"SPR:    acc trained {acc_trained:.3f} -> pruned {acc_masked:.3f} -> fine-tuned "
      f"{acc_final:.3f}  params {params1:,}  MACs {macs1:,}")
assert params1 < params0 and macs1 < macs0

# %% [markdown]
# ## 4. Bernoulli gates: pruning while training
#
# `spruce.training.bernoulli.run_demo` trains `small_resnet` from scratch through `fit` with
# `spruce.Bernoulli`'s gates: one on each of the 168 units of its 9 structures (the same
# structures SPR prunes: stem, inner and stage-wide residual channels) and one on each of its
# 6 residual branches, found from the additions in its graph. The target is 50% of the dense
# network's MACs: $\gamma$ (accuracy vs complexity) is raised or lowered after every step so
# that the expected MACs follow an aim that descends from the full network to the target over
# the first half of the training after the warm-up; β = 0.5 weighs MACs against parameters,
# ρ = 0.5 layers against units; the data gradient is the score-function estimate from each
# example's loss.
#
# In that first half the gates drift inside (0, 1). Then a **pull** towards the nearer vertex
# (0 or 1, split at the θ whose rounding costs nearest the target's MACs) grows until it beats
# every gradient, so the gates end at 0 or 1. Structures whose $\theta$ reaches 0 are cut out
# at the end of each epoch, so the last epochs train a smaller network; at the end the gates
# are removed: a deterministic, smaller network, with BatchNorm statistics recomputed and a
# short fine-tuning.

# %%
from IPython.display import Image, display  # noqa: E402

from spruce.training.bernoulli import run_demo as bernoulli_demo  # noqa: E402

backend = matplotlib.get_backend()
bern = bernoulli_demo(out_dir / "bernoulli", quick=SMALL, seed=0)
plt.switch_backend(backend)  # the demo writes its PNGs with Agg; keep inline plots working
print(f"Bernoulli: {bern['time_s']:.1f} s; accuracy {bern['accuracy']:.3f}; units kept "
      f"{bern['channels_kept']}/{bern['channels_total']}; branches removed "
      f"{bern['blocks_removed']}/{bern['blocks_total']}; MACs kept "
      f"{bern['macs'] / bern['macs_dense']:.1%}; gates rounded at the end {bern['rounded']}")
for path in bern["figures"]:
    display(Image(filename=path))
assert bern["macs"] <= bern["macs_dense"]
assert bern["deterministic"] or bern["rounded"] >= 0  # the run ends at a vertex (or says so)

# %%
# Expected MACs under θ (a fraction of the dense network's, after each epoch) against the
# MACs of the network each epoch trained: the expectation descends towards the target in the
# first half, the network shrinks only once the pull has closed the gates. Epoch times on a
# shared machine are noisy; a network this small is dominated by per-layer overhead.
epochs_b = np.arange(1, len(bern["macs_per_epoch"]) + 1)
fig, ax = plt.subplots(figsize=(6, 3.5))
ax.plot(epochs_b, bern["expected_macs_per_epoch"], "o--", label="E[MACs] under θ")
ax.plot(epochs_b, np.array(bern["macs_per_epoch"]) / bern["macs_dense"], "o-",
        label="network trained in the epoch")
ax.axhline(bern["settings"]["target_macs"], color="0.5", ls=":", label="target")
ax.set_xlabel("epoch")
ax.set_ylabel("MACs / dense")
ax.set_ylim(0, 1.05)
ax2 = ax.twinx()
ax2.plot(epochs_b, bern["epoch_time_s"], "s:", color="C3", alpha=0.6, label="epoch time")
ax2.set_ylabel("epoch time (s)")
ax2.set_ylim(0, 1.1 * max(bern["epoch_time_s"]))
handles = ax.get_legend_handles_labels()[0] + ax2.get_legend_handles_labels()[0]
ax.legend(handles=handles, loc="lower left", fontsize=8)
plt.show()

# %% [markdown]
# ## 5. Side by side
#
# Both methods on the same data and network, small settings. This shows that the pipelines
# work end to end; with a handful of epochs, an untuned λ and one MACs target it does not
# rank them (`spruce sweep` compares the methods at several strengths).

# %%
rows = [{"method": "dense", "accuracy": acc_dense, "params": params0, "macs": macs0},
        spr_row,
        {"method": "Bernoulli", "accuracy": bern["accuracy"], "params": bern["params"],
         "macs": bern["macs"]}]
print(f"{'method':10} {'test acc':>8} {'params':>9} {'MACs':>10} {'MACs ×':>7}")
for r in rows:
    print(f"{r['method']:10} {r['accuracy']:8.3f} {r['params']:9,} {r['macs']:10,} "
          f"{macs0 / r['macs']:7.2f}")
plt.figure(figsize=(5, 3.5))
for r in rows:
    plt.scatter(r["macs"], 100 * r["accuracy"], s=50)
    plt.annotate(r["method"], (r["macs"], 100 * r["accuracy"]), textcoords="offset points",
                 xytext=(5, 5))
plt.xlabel("MACs per image")
plt.ylabel("test accuracy (%)")
plt.show()
assert all(r["macs"] <= macs0 for r in rows)

# %% [markdown]
# ## Exercises
# 1. Run SPR with λ = 2, 5, 20 (same α). Plot kept channels and final accuracy against λ. Where
#    does accuracy start to fall?
# 2. Replace `--method spr` by `--method group-lasso --lam 2` and compare the channel-score
#    histograms of §1: which penalty separates "kept" from "zero" more clearly?
# 3. Change the tolerance of the threshold search from 1 point to 0.05 points (the authors'
#    value). How many channels survive, and how much of the loss does fine-tuning recover?
# 4. Run the Bernoulli demo with `settings={"target_macs": 0.25}` and with `{"rho": 0.9}`, then
#    with a fixed γ instead of a target, `{"gamma": 3.0, "target_macs": None}`. Which
#    structures go first: units or whole branches? Relate that to notebook 03's critical
#    ratio.
# 5. Do the same end to end from the command line:
#    `spruce train --data digits --model small --method spr --lam 10 --alpha 0.1 --epochs 12
#    --finetune-epochs 4 --tolerance 1 --device cpu --out runs/digits-spr`, and open
#    `runs/digits-spr/summary.json`.
