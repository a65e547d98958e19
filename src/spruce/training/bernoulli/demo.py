"""CPU showcase: Bernoulli pruning of units and blocks while training small_resnet on digits.

small_resnet (depth 14, widths 8/16/32, 6 blocks, 112 inner units) learns scikit-learn's
8×8 digits from scratch with Bernoulli gates (score-function estimator, mean-field
baseline); structures whose θ reaches 0 are cut out at the epoch's end, so later epochs
train a smaller network; a guard built on spruce.dynamics reopens gates closed too early.
The run ends deterministic (every θ ∈ {0, 1}; those still inside are sent to a vertex by
the sign of their running gradient and counted), BatchNorm statistics are recomputed, and
the plain pruned network is fine-tuned briefly.
Measured on a 2-core CPU shared with other jobs (load 4–6): 31–41 s per run with the
defaults; quick: 14–16 s of training, 24–25 s wall including imports.
"""

from __future__ import annotations

import time
from pathlib import Path

DEMO = {"epochs": 20, "finetune_epochs": 3, "gamma": 1.0, "beta": 0.5, "rho": 0.5,
        "theta_lr": 0.4, "warmup_epochs": 3, "lr": 0.05, "batch_size": 32,
        "estimator": "score", "guard": True}
QUICK = {**DEMO, "epochs": 6, "finetune_epochs": 1, "warmup_epochs": 2, "batch_size": 64,
         "theta_lr": 0.3}


def run_demo(out_dir: Path, quick: bool = False, seed: int = 0,
             settings: dict | None = None) -> dict:
    """Run the showcase; returns a row like the SPR demo's plus per-epoch data and figures.

    Keys: method, accuracy (after fine-tuning), accuracy_trained (last epoch, gates at θ),
    accuracy_deterministic (after the final vertex decision, before fine-tuning),
    accuracy_recalibrated (the same with BatchNorm statistics recomputed),
    params_dense, params, macs_dense, macs, channels_kept, channels_total, blocks_removed,
    blocks_total, speedup, time_s, deterministic, rounded, rounded_max_gap, macs_per_epoch,
    epoch_time_s, test_acc_per_epoch, figures (PNG paths), settings.
    `settings` overrides entries of DEMO (epochs, gamma, theta_lr, ...).
    """
    import torch

    from spruce.pruning.surgery import throughput
    from spruce.training.bernoulli.batchnorm import recalibrate_bn
    from spruce.training.bernoulli.method import BernoulliMethod
    from spruce.training.bernoulli.plots import plot_cost, plot_structures, plot_theta
    from spruce.training.data import digits_dataset
    from spruce.training.methods import PruningMethod
    from spruce.training.models import small_resnet
    from spruce.training.trainer import TrainConfig, evaluate, fit

    cfg = {**(QUICK if quick else DEMO), **(settings or {})}
    unknown = set(cfg) - set(DEMO)
    if unknown:
        raise ValueError(f"unknown demo settings {sorted(unknown)}; allowed: {sorted(DEMO)}")
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    torch.manual_seed(seed)
    data = digits_dataset(seed)
    model = small_resnet()
    dense = small_resnet()
    dense.load_state_dict(model.state_dict())
    method = BernoulliMethod(gamma=cfg["gamma"], beta=cfg["beta"], rho=cfg["rho"],
                             theta_lr=cfg["theta_lr"], warmup_epochs=cfg["warmup_epochs"],
                             total_epochs=cfg["epochs"], estimator=cfg["estimator"],
                             guard=cfg["guard"], weight_decay=5e-4, lr=cfg["lr"])
    t0 = time.perf_counter()
    stage = {"batch_size": cfg["batch_size"], "device": "cpu", "progress": False}
    model, hist = fit(model, method, data, TrainConfig(epochs=cfg["epochs"], lr=cfg["lr"],
                                                       seed=seed, **stage))
    acc_trained = hist[-1]["test_acc"]
    deterministic = method.is_deterministic()
    method.gates.remove()  # every θ is 0 or 1: the gates are identities now
    acc_deterministic = evaluate(model, data)[1]  # after the final vertex decision
    recalibrate_bn(model, data.x_train)
    acc_recalibrated = evaluate(model, data)[1]  # ... and BatchNorm statistics refreshed
    if cfg["finetune_epochs"]:
        model, _ = fit(model, PruningMethod(), data, TrainConfig(
            epochs=cfg["finetune_epochs"], lr=cfg["lr"] * 0.1, seed=seed + 1, **stage))
    total = time.perf_counter() - t0
    acc = evaluate(model, data)[1]
    macs, params = method._current["macs"], method._current["params"]
    shape = tuple(data.x_train.shape[1:])
    iters = 2 if quick else 5
    speed0 = throughput(dense, 256, shape, iters=iters, warmup=1)
    speed1 = throughput(model, 256, shape, iters=iters, warmup=1)
    blocks_total = len(method.gates.block_names)
    figures = [str(plot_theta(out_dir / "bernoulli_theta.png", method.history,
                              method.gates.block_names)),
               str(plot_structures(out_dir / "bernoulli_structures.png", hist,
                                   method.gates.counts())),
               str(plot_cost(out_dir / "bernoulli_macs.png", hist, macs))]
    return {"method": "bernoulli", "accuracy": acc, "accuracy_trained": acc_trained,
            "accuracy_deterministic": acc_deterministic, "accuracy_recalibrated": acc_recalibrated,
            "params_dense": method.cost.ref_params, "params": params,
            "macs_dense": method.cost.ref_macs, "macs": macs,
            "channels_kept": method.gates.counts()["units_alive"],
            "channels_total": _units_total(method),
            "blocks_removed": method.gates.counts()["blocks_removed"],
            "blocks_total": blocks_total, "speedup": speed1 / speed0, "time_s": total,
            "deterministic": deterministic, "rounded": method.rounded,
            "rounded_max_gap": method.rounded_gap, "released": method.released,
            "macs_per_epoch": [r["method/macs"] for r in hist],
            "epoch_time_s": [r["epoch_time_s"] for r in hist],
            "test_acc_per_epoch": [r["test_acc"] for r in hist],
            "figures": figures, "settings": dict(cfg)}


def _units_total(method) -> int:
    return sum(1 for name in method.history[0]["theta"] if "/" in name)
