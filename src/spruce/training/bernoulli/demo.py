"""CPU showcase: Bernoulli pruning of units and residual branches while training on digits.

small_resnet (depth 14, widths 8/16/32, 6 residual branches) learns scikit-learn's 8×8
digits from scratch through the trainer with `--method bernoulli` (spruce.Bernoulli: unit
gates on the dependency graph's structures, layer gates on the branches, the
score-function estimator from each example's loss, γ found for a 50% expected-MACs target).
Structures whose θ reaches 0 leave the network at the epoch's end, so later epochs train
a smaller one; the pull to the vertices in the second half of training makes the run end
deterministic (what the final rounding still moved is reported); BatchNorm statistics are
recomputed and the plain pruned network is fine-tuned briefly.
Measured on a 2-core CPU shared with other jobs: about 25 s per run with the defaults,
12 s quick (training, 1 torch thread).
"""

from __future__ import annotations

import time
from pathlib import Path

DEMO = {"epochs": 16, "finetune_epochs": 3, "target_macs": 0.5, "gamma": None, "beta": 0.5,
        "rho": 0.5, "warmup_epochs": 2, "lr": 0.05, "batch_size": 32, "estimator": "auto"}
QUICK = {**DEMO, "epochs": 8, "finetune_epochs": 1, "warmup_epochs": 1, "batch_size": 64}


def run_demo(out_dir: Path, quick: bool = False, seed: int = 0,
             settings: dict | None = None) -> dict:
    """Run the showcase; returns a row like the SPR demo's plus per-epoch data and figures.

    Keys: method, accuracy (after fine-tuning), accuracy_trained (last epoch, with gates),
    accuracy_deterministic (after the final rounding, before fine-tuning),
    accuracy_recalibrated (the same with BatchNorm statistics recomputed),
    params_dense, params, macs_dense, macs, channels_kept, channels_total, blocks_removed,
    blocks_total, speedup, time_s, deterministic (nothing left to round), rounded,
    rounded_max_gap, macs_per_epoch, expected_macs_per_epoch, gates_per_epoch,
    epoch_time_s, test_acc_per_epoch, figures (PNG paths), settings.
    `settings` overrides entries of DEMO (epochs, target_macs, gamma, ...).
    """
    import torch

    from spruce.pruning.bernoulli_result import recalibrate_bn
    from spruce.pruning.pruner import macs_params
    from spruce.pruning.surgery import throughput
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
    method = BernoulliMethod(gamma=cfg["gamma"], target_macs=cfg["target_macs"],
                             beta=cfg["beta"], rho=cfg["rho"],
                             warmup_epochs=cfg["warmup_epochs"], epochs=cfg["epochs"],
                             estimator=cfg["estimator"], seed=seed)
    thetas: list[dict] = []
    t0 = time.perf_counter()
    stage = {"batch_size": cfg["batch_size"], "device": "cpu", "progress": False}
    model, hist = fit(model, method, data,
                      TrainConfig(epochs=cfg["epochs"], lr=cfg["lr"], seed=seed, **stage),
                      on_epoch=lambda row: thetas.append(_theta_snapshot(method, row)))
    acc_trained = hist[-1]["test_acc"]
    acc_deterministic = evaluate(model, data)[1]  # after the final rounding
    recalibrate_bn(model, data.x_train.split(256))
    acc_recalibrated = evaluate(model, data)[1]  # ... and BatchNorm statistics refreshed
    if cfg["finetune_epochs"]:
        model, _ = fit(model, PruningMethod(), data, TrainConfig(
            epochs=cfg["finetune_epochs"], lr=cfg["lr"] * 0.1, seed=seed + 1, **stage))
    total = time.perf_counter() - t0
    acc = evaluate(model, data)[1]
    example = data.x_train[:1]
    macs0, params0 = macs_params(dense, example)
    macs, params = macs_params(model, example)
    shape = tuple(data.x_train.shape[1:])
    iters = 2 if quick else 5
    speed0 = throughput(dense, 256, shape, iters=iters, warmup=1)
    speed1 = throughput(model, 256, shape, iters=iters, warmup=1)
    gates = method.history
    units_total = sum(thetas[0]["units"].values()) if thetas else 0
    blocks_total = thetas[0]["branches"] if thetas else 0
    p = method.pruner  # re-traced on the final network by the last rounding
    final = {"units_alive": sum(len(ids) for ids in p.unit_ids),
             "blocks_removed": blocks_total - len(p.branches)}
    figures = [str(plot_theta(out_dir / "bernoulli_theta.png", thetas)),
               str(plot_structures(out_dir / "bernoulli_structures.png", gates, final,
                                   units_total, blocks_total)),
               str(plot_cost(out_dir / "bernoulli_macs.png", gates, macs, macs0,
                             cfg["target_macs"]))]
    return {"method": "bernoulli", "accuracy": acc, "accuracy_trained": acc_trained,
            "accuracy_deterministic": acc_deterministic,
            "accuracy_recalibrated": acc_recalibrated,
            "params_dense": params0, "params": params, "macs_dense": macs0, "macs": macs,
            "channels_kept": final["units_alive"], "channels_total": units_total,
            "blocks_removed": final["blocks_removed"], "blocks_total": blocks_total,
            "speedup": speed1 / speed0, "time_s": total,
            "deterministic": method.rounding["gates_rounded"] == 0,
            "rounded": method.rounding["gates_rounded"],
            "rounded_max_gap": method.rounding["largest_rounding"],
            "macs_per_epoch": [r["method/macs"] for r in hist],
            "expected_macs_per_epoch": [r["method/expected_macs"] for r in hist],
            "gates_per_epoch": gates,
            "epoch_time_s": [r["epoch_time_s"] for r in hist],
            "test_acc_per_epoch": [r["test_acc"] for r in hist],
            "figures": figures, "settings": dict(cfg)}


def _theta_snapshot(method, row: dict) -> dict:
    """θ of every gate at the end of an epoch, named "branch" (a residual branch's layer
    gate) or "branch/structure:unit" (the unit's original index), for plot_theta."""
    p = method.pruner
    branch_of = {}
    for b in p.branches:
        for layer in b.layers:
            branch_of[layer] = b.name
    theta, units = {}, {}
    for s, ids, t in zip(p.structures, p.unit_ids, p.unit_theta, strict=True):
        block = branch_of.get(s.out_layers[0], s.name) if s.out_layers else s.name
        units[s.name] = len(ids)
        for i, v in zip(ids, t.detach().cpu().tolist(), strict=True):
            theta[f"{block}/{s.name}:{i}"] = v
    for b, v in zip(p.branches, p.branch_theta.detach().cpu().tolist(), strict=True):
        theta[b.name] = v
    return {"epoch": row["epoch"], "theta": theta, "units": units,
            "branches": len(p.branches), "blocks": [b.name for b in p.branches]}
