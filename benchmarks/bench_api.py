"""Overhead of `pruner.penalty()` in a user's own training loop, and the cost of `prune()`.

For each model, a plain SGD step (forward, cross-entropy, backward, step) on random
CIFAR-shaped batches is timed with and without `+ pruner.penalty()` in the loss, steps
interleaved so that machine load hits both alike; the median per-step time of each and
their ratio are printed. Then `prune(target_macs=0.5)` is timed once.

    python benchmarks/bench_api.py                      # CPU, 1 thread, batch 128
    python benchmarks/bench_api.py --device cuda --batch 256 --steps 50

Models: a VGG-style CNN written the ordinary way, a torchvision-style ResNet (BasicBlocks
with conv downsample) and spruce's ResNet-56 (option A), all at 3×32×32.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

import torch
import torch.nn.functional as F

import spruce
from spruce.training.models import resnet_cifar

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from tests.pruning.user_models import BasicBlock, _downsample  # noqa: E402


def vgg(num_classes: int = 10) -> torch.nn.Module:
    """VGG-style: 4 conv-BN-ReLU stages with max pooling, then a linear classifier."""
    layers, cin = [], 3
    for cout in (32, 64, 128, 128):
        layers += [torch.nn.Conv2d(cin, cout, 3, padding=1), torch.nn.BatchNorm2d(cout),
                   torch.nn.ReLU(inplace=True), torch.nn.MaxPool2d(2)]
        cin = cout
    return torch.nn.Sequential(*layers, torch.nn.Flatten(), torch.nn.Linear(128 * 4, 256),
                               torch.nn.ReLU(inplace=True), torch.nn.Linear(256, num_classes))


def tv_resnet(num_classes: int = 10) -> torch.nn.Module:
    """A torchvision-style ResNet-18 layout at CIFAR width (16/32/64, 2 blocks a stage)."""
    stem = [torch.nn.Conv2d(3, 16, 3, 1, 1, bias=False), torch.nn.BatchNorm2d(16),
            torch.nn.ReLU(inplace=True)]
    blocks, cin = [], 16
    for width, stride in ((16, 1), (32, 2), (64, 2)):
        down = _downsample(cin, width, stride) if stride != 1 or cin != width else None
        blocks += [BasicBlock(cin, width, stride, down), BasicBlock(width, width)]
        cin = width
    return torch.nn.Sequential(*stem, *blocks, torch.nn.AdaptiveAvgPool2d(1),
                               torch.nn.Flatten(), torch.nn.Linear(64, num_classes))


MODELS = {"vgg": vgg, "tv_resnet": tv_resnet, "resnet56": lambda: resnet_cifar(56)}


def sync(device: torch.device) -> None:
    if device.type == "cuda":
        torch.cuda.synchronize(device)


def step_times(name: str, device: torch.device, batch: int, steps: int,
               warmup: int) -> tuple[list[float], list[float], float]:
    """(plain step times, step-with-penalty times, prune seconds) for one model."""
    torch.manual_seed(0)
    model = MODELS[name]().to(device)
    pruner = spruce.SPR(model, torch.zeros(1, 3, 32, 32, device=device), lam=0.5, alpha=0.1)
    opt = torch.optim.SGD(model.parameters(), lr=0.01, momentum=0.9)
    x = torch.randn(batch, 3, 32, 32, device=device)
    y = torch.randint(0, 10, (batch,), device=device)
    plain, with_penalty = [], []
    for i in range(warmup + 2 * steps):
        use = i % 2 == 1  # interleaved: both see the same machine load
        sync(device)
        t0 = time.perf_counter()
        loss = F.cross_entropy(model(x), y)
        if use:
            loss = loss + pruner.penalty()
        opt.zero_grad(set_to_none=True)
        loss.backward()
        opt.step()
        sync(device)
        if i >= warmup:
            (with_penalty if use else plain).append(time.perf_counter() - t0)
    t0 = time.perf_counter()
    pruner.prune(target_macs=0.5)
    return plain, with_penalty, time.perf_counter() - t0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--device", default="cpu")
    parser.add_argument("--batch", type=int, default=128)
    parser.add_argument("--steps", type=int, default=20, help="timed steps of each kind")
    parser.add_argument("--warmup", type=int, default=4)
    parser.add_argument("--threads", type=int, default=1, help="torch CPU threads")
    parser.add_argument("--models", nargs="+", default=list(MODELS), choices=list(MODELS))
    parser.add_argument("--json", default=None, help="also write the numbers here")
    args = parser.parse_args(argv)
    torch.set_num_threads(args.threads)
    device = torch.device(args.device)
    print(f"device {device}, batch {args.batch}, {args.steps} steps each, threads "
          f"{args.threads}, torch {torch.__version__}")
    print(f"{'model':10s} {'units':>6s} {'plain ms':>9s} {'+penalty ms':>12s} "
          f"{'ratio':>6s} {'prune s':>8s}")
    rows = []
    for name in args.models:
        plain, pen, prune_s = step_times(name, device, args.batch, args.steps, args.warmup)
        units = spruce.SPR(MODELS[name](), torch.zeros(1, 3, 32, 32)).units
        a, b = statistics.median(plain) * 1e3, statistics.median(pen) * 1e3
        print(f"{name:10s} {units:6d} {a:9.1f} {b:12.1f} {b / a:6.3f} {prune_s:8.2f}")
        rows.append({"model": name, "units": units, "plain_ms": a, "penalty_ms": b,
                     "ratio": b / a, "prune_s": prune_s})
    if args.json:
        from spruce.outputs import write_json

        write_json(args.json, {"device": str(device), "batch": args.batch, "rows": rows})
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
