"""spruce.Bernoulli in a plain training loop: accuracy and MACs at several γ, rounding effect.

    python benchmarks/bench_bernoulli_api.py [--task digits|resnet20|both] [--epochs N]
                                             [--json OUT.json]
    python benchmarks/bench_bernoulli_api.py --overhead [--device cuda --batch 256
                                             --depth 56 --json OUT.json]  # gates' cost

Tasks: `digits` (spruce's small ResNet, depth 14, on scikit-learn's handwritten digits,
1,347 training and 450 test images) and `resnet20` (ResNet-20 on CIFAR-shaped synthetic
images, 2,048 training and 512 test). Each setting trains from the same initialization
with SGD (lr 0.05, momentum 0.9, weight decay 5e-4, cosine) for `epochs` with the gates
(1 warm-up epoch; the per-example losses go to `penalty(losses)`, so the score-function
estimator, except in the `first_order` row), then `finalize()` (BatchNorm recalibrated on
the training images), then fine-tunes the deterministic network for 2 epochs at lr 0.005.
Printed per setting: accuracy of the dense network trained the same way, before rounding
(mean-field), after rounding, after recalibration, after fine-tuning, MACs kept, gates
rounded and the largest rounding move. One thread (the machine is shared). Markdown
table; --json writes the rows.
"""

from __future__ import annotations

import argparse
import json
import math
import time

import torch
import torch.nn.functional as F
from torch.utils.data import DataLoader, TensorDataset

import spruce


def task_data(task: str):
    """(train loader, test loader, example input, model factory)."""
    from spruce.training.data import load_digits, synthetic_cifar
    from spruce.training.models import resnet_cifar, small_resnet

    if task == "digits":
        (x, y), (xt, yt) = load_digits(0)
        make = small_resnet
    else:
        d = synthetic_cifar(2048, 512, seed=0)
        x, xt, y, yt = d.normalize(d.x_train), d.normalize(d.x_test), d.y_train, d.y_test

        def make():
            return resnet_cifar(20)
    train = DataLoader(TensorDataset(x, y), batch_size=64, shuffle=True,
                       generator=torch.Generator().manual_seed(0))
    return train, DataLoader(TensorDataset(xt, yt), batch_size=256), x[:1], make


def train(model, loader, epochs: int, lr: float, pruner=None, losses_to_penalty=True):
    """SGD with a cosine schedule; the pruner's penalty (given the per-example losses:
    the score-function estimator), step and end_epoch when given."""
    opt = torch.optim.SGD(model.parameters(), lr=lr, momentum=0.9, weight_decay=5e-4)
    steps, step = epochs * len(loader), 0
    for _ in range(epochs):
        model.train()
        for x, y in loader:
            for g in opt.param_groups:
                g["lr"] = lr * 0.5 * (1 + math.cos(math.pi * step / steps))
            losses = F.cross_entropy(model(x), y, reduction="none")
            loss = losses.mean()
            if pruner is not None:
                loss = loss + pruner.penalty(losses if losses_to_penalty else None)
            opt.zero_grad()
            loss.backward()
            opt.step()
            if pruner is not None:
                pruner.step()
            step += 1
        if pruner is not None:
            model, opt = pruner.end_epoch(opt)
    return model


def run_setting(task: str, setting: dict, epochs: int, data) -> dict:
    loader, test, x0, make = data
    torch.manual_seed(0)
    model = make()
    t0 = time.perf_counter()
    kwargs = {k: v for k, v in setting.items() if k != "first_order"}
    pruner = spruce.Bernoulli(model, x0, epochs=epochs, seed=0, **kwargs)
    model = train(model, loader, epochs, 0.05, pruner, "first_order" not in setting)
    result = pruner.finalize(evaluate=lambda m: spruce.accuracy(m, test),
                             calibrate=(x for x, _ in loader))
    tuned = train(result.model, loader, 2, 0.005)
    return {"task": task, "setting": ", ".join(f"{k}={v}" for k, v in setting.items()),
            "before_rounding": result.metric_before_rounding,
            "after_rounding": result.metric_after_rounding,
            "after_calibration": result.metric_after_calibration,
            "after_finetune": spruce.accuracy(tuned, test),
            "macs_kept": result.macs_ratio, "rounded": result.rounded,
            "max_rounding": result.max_rounding, "seconds": time.perf_counter() - t0}


def dense(task: str, epochs: int, data) -> float:
    loader, test, _, make = data
    torch.manual_seed(0)
    return spruce.accuracy(train(make(), loader, epochs + 2, 0.05), test)


SETTINGS = [{}, {"target_macs": 0.25}, {"target_macs": 0.75}, {"gamma": 1.0},
            {"gamma": 10.0}, {"first_order": True}]


def overhead(steps: int = 20, device: str = "cpu", batch: int = 64, depth: int = 20,
             json_path: str | None = None) -> dict:
    """ms per training step of a CIFAR ResNet (32×32) plain and with the gates,
    penalty(losses) and step(); the two interleaved, median of `steps` each (on a GPU each
    step is synchronized before its clock is read)."""
    from spruce.training.models import resnet_cifar

    dev = torch.device(device)
    torch.manual_seed(0)
    x = torch.randn(batch, 3, 32, 32, device=dev)
    y = torch.randint(0, 10, (batch,), device=dev)
    plain, gated = resnet_cifar(depth).to(dev), resnet_cifar(depth).to(dev)
    pruner = spruce.Bernoulli(gated, x[:1], epochs=10, warmup_epochs=0, seed=0)
    opts = [torch.optim.SGD(m.parameters(), lr=0.01, momentum=0.9) for m in (plain, gated)]
    times: list[list[float]] = [[], []]

    def sync() -> None:
        if dev.type == "cuda":
            torch.cuda.synchronize(dev)

    for _ in range(steps + 2):
        for i, (m, opt) in enumerate(zip((plain, gated), opts, strict=True)):
            sync()
            t0 = time.perf_counter()
            losses = F.cross_entropy(m(x), y, reduction="none")
            loss = losses.mean() + (pruner.penalty(losses) if i else 0)
            opt.zero_grad()
            loss.backward()
            opt.step()
            if i:
                pruner.step()
            sync()
            times[i].append(time.perf_counter() - t0)
    med = [sorted(t[2:])[len(t[2:]) // 2] * 1e3 for t in times]
    out = {"device": str(dev), "depth": depth, "batch": batch, "plain_ms": med[0],
           "gated_ms": med[1], "overhead": med[1] / med[0] - 1,
           "structures": len(pruner.structures), "branches": len(pruner.branches),
           "gates": pruner.gates0, "threads": torch.get_num_threads()}
    print(f"ResNet-{depth}, batch {batch}, {dev}, {out['threads']} thread(s): plain "
          f"{med[0]:.1f} ms/step, with the gates {med[1]:.1f} ms/step "
          f"({out['overhead']:+.1%}; {out['structures']} structures, {out['branches']} "
          f"branches, {out['gates']} gates)")
    if json_path:
        with open(json_path, "w") as f:
            json.dump(out, f, indent=1)
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--task", choices=("digits", "resnet20", "both"), default="both")
    ap.add_argument("--epochs", type=int, default=10)
    ap.add_argument("--json", help="write the rows to this file")
    ap.add_argument("--overhead", action="store_true", help="only time the gates' cost")
    ap.add_argument("--device", default="cpu", help="--overhead: cpu or cuda (default cpu)")
    ap.add_argument("--batch", type=int, default=64, help="--overhead: batch (default 64)")
    ap.add_argument("--depth", type=int, default=20, help="--overhead: ResNet depth (20)")
    ap.add_argument("--steps", type=int, default=20, help="--overhead: timed steps (20)")
    args = ap.parse_args()
    if args.device == "cpu":
        torch.set_num_threads(1)  # the machine is shared
    if args.overhead:
        overhead(args.steps, args.device, args.batch, args.depth, args.json)
        return
    rows = []
    print("| task | setting | dense | before rounding | after rounding | recalibrated | "
          "fine-tuned | MACs kept | rounded (largest move) |")
    print("|---|---|---|---|---|---|---|---|---|")
    for task in (("digits", "resnet20") if args.task == "both" else (args.task,)):
        data = task_data(task)
        acc_dense = dense(task, args.epochs, data)
        for setting in SETTINGS:
            r = run_setting(task, setting, args.epochs, data)
            r["dense"] = acc_dense
            rows.append(r)
            print(f"| {task} | {r['setting'] or 'defaults'} | {acc_dense:.1%} | "
                  f"{r['before_rounding']:.1%} | {r['after_rounding']:.1%} | "
                  f"{r['after_calibration']:.1%} | {r['after_finetune']:.1%} | "
                  f"{r['macs_kept']:.1%} | {r['rounded']} ({r['max_rounding']:.2f}) |",
                  flush=True)
    if args.json:
        with open(args.json, "w") as f:
            json.dump(rows, f, indent=1)


if __name__ == "__main__":
    main()
