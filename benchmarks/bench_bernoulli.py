"""Benchmarks of the Bernoulli method: estimator bias/variance, BN blind spot, step cost.

    python benchmarks/bench_bernoulli.py [--samples 400] [--quick]

1. Gradient estimators of ∂E[loss]/∂θ on a tiny network (small_resnet depth 8, widths 2/2/2:
   9 structures, exact gradient by enumerating 512 gate vectors; BN in eval mode), at a random
   initialization and after 3 epochs on digits: relative bias ‖mean − exact‖/‖exact‖, mean
   per-coordinate variance of one batch's estimate (64 examples), and ms per estimate.
2. The first-order blind spot: with BatchNorm after the unit gates (train mode), the θ-gradients
   of a block's units sum to ~0 at θ = 1 (bn2 is invariant to a common scale of its inputs).
3. Cost of one training step (forward + backward + spruce.Bernoulli's gates and penalty, CPU)
   of ResNet-20 on 32×32 inputs, batch 64, as the network shrinks: dense, half the units of
   every structure, then 3 residual branches gone.
Prints Markdown tables.
"""

from __future__ import annotations

import argparse
import time

import torch
import torch.nn.functional as F


def estimator_table(samples: int, trained: bool) -> list[str]:
    from spruce.training.bernoulli.estimators import (
        exact_grad,
        first_order_grad,
        score_grad,
        taylor_grad,
    )
    from spruce.training.bernoulli.gates import BernoulliGates
    from spruce.training.data import load_digits
    from spruce.training.models import small_resnet

    torch.manual_seed(0)
    (x, y), _ = load_digits(0)
    model = small_resnet(depth=8, widths=(2, 2, 2))
    if trained:
        opt = torch.optim.SGD(model.parameters(), lr=0.05, momentum=0.9)
        for _ in range(3):
            for i in range(0, len(y), 64):
                loss = F.cross_entropy(model(x[i:i + 64]), y[i:i + 64])
                opt.zero_grad()
                loss.backward()
                opt.step()
    model.eval()
    gates = BernoulliGates(model, theta_init=0.5)
    with torch.no_grad():
        for t in gates.thetas():
            t.uniform_(0.2, 0.9)
    xb, yb = x[:64], y[:64]
    t0 = time.perf_counter()
    e, exact = exact_grad(model, gates, xb, yb)
    t_exact = time.perf_counter() - t0
    rows = [f"| {'trained 3 epochs' if trained else 'random init'}: E[loss] = {e:.3f}, "
            f"‖exact grad‖ = {float(exact.norm()):.4f}, exact by enumeration "
            f"{t_exact * 1e3:.0f} ms | | | |"]
    cases = [("first-order", lambda: first_order_grad(model, gates, xb, yb)),
             ("score, no baseline", lambda: score_grad(model, gates, xb, yb, "none")),
             ("score, leave-one-out", lambda: score_grad(model, gates, xb, yb, "loo")),
             ("score, mean-field", lambda: score_grad(model, gates, xb, yb, "mean")),
             ("score, Taylor control variate", lambda: taylor_grad(model, gates, xb, yb))]
    for name, fn in cases:
        t0 = time.perf_counter()
        est = torch.stack([fn() for _ in range(samples)])
        ms = (time.perf_counter() - t0) / samples * 1e3
        bias = float((est.mean(0) - exact).norm() / exact.norm())
        se = float((est.std(0) / samples ** 0.5).norm() / exact.norm())
        rows.append(f"| {name} | {bias:.3f} ± {se:.3f} | {float(est.var(0).mean()):.2e} | "
                    f"{ms:.2f} |")
    return rows


def blind_spot() -> str:
    from spruce.training.bernoulli.estimators import first_order_grad
    from spruce.training.bernoulli.gates import BernoulliGates
    from spruce.training.data import load_digits
    from spruce.training.models import small_resnet

    torch.manual_seed(0)
    (x, y), _ = load_digits(0)
    model = small_resnet().train()
    gates = BernoulliGates(model, theta_init=1.0)
    g = first_order_grad(model, gates, x[:256], y[:256])
    # block 0 in flat order: layer gate, then its 8 units
    units = g[1:9]
    return (f"train-mode BN, θ = 1, small_resnet block layer1.0: Σ_u ∂loss/∂ξ_u = "
            f"{float(units.sum()):+.2e} while Σ_u |∂loss/∂ξ_u| = {float(units.abs().sum()):.2e}")


def step_cost(steps: int) -> list[str]:
    """Training step of ResNet-20 under spruce.Bernoulli's gates as structures leave it."""
    import spruce
    from spruce.pruning.pruner import macs_params
    from spruce.training.models import resnet_cifar

    torch.manual_seed(0)
    x = torch.randn(64, 3, 32, 32)
    y = torch.randint(0, 10, (64,))
    pruner = spruce.Bernoulli(resnet_cifar(20), x[:1], gamma=1.0, warmup_epochs=0)
    rows = []

    def time_it(label: str) -> None:
        model = pruner.model
        opt = torch.optim.SGD(model.parameters(), lr=0.01)
        macs, params = macs_params(model, x[:1])

        def one_step() -> None:
            losses = F.cross_entropy(model(x), y, reduction="none")
            opt.zero_grad()
            (losses.mean() + pruner.penalty(losses)).backward()
            opt.step()

        for _ in range(2):
            one_step()
        t0 = time.perf_counter()
        for _ in range(steps):
            one_step()
        dt = (time.perf_counter() - t0) / steps
        rows.append(f"| {label} | {macs / 1e6:.1f} | {params / 1e3:.0f} | {dt * 1e3:.0f} |")

    time_it(f"dense ({len(pruner.branches)} branches, "
            f"{sum(len(i) for i in pruner.unit_ids)} units)")
    with torch.no_grad():
        for t in pruner.unit_theta:
            t[: t.numel() // 2] = 0.0
    pruner.end_epoch()
    time_it("half the units of every structure")
    with torch.no_grad():
        pruner.branch_theta[[1, 4, 7]] = 0.0
    pruner.end_epoch()
    time_it("… and 3 branches removed")
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--samples", type=int, default=400,
                        help="one-batch estimates per estimator (default 400)")
    parser.add_argument("--steps", type=int, default=10,
                        help="timed training steps per network size (default 10)")
    parser.add_argument("--quick", action="store_true", help="100 samples, 3 steps")
    args = parser.parse_args()
    if args.quick:
        args.samples, args.steps = 100, 3
    torch.set_num_threads(1)
    print(f"## Estimators of ∂E[loss]/∂θ ({args.samples} one-batch estimates each, "
          f"torch {torch.__version__}, {torch.get_num_threads()} thread)\n")
    print("| estimator | relative bias ± s.e. | variance per coordinate | ms / estimate |")
    print("|---|---|---|---|")
    for trained in (False, True):
        print("\n".join(estimator_table(args.samples, trained)))
    print("\n## First-order blind spot\n\n" + blind_spot())
    print("\n## Training step of ResNet-20 (batch 64, 32×32, CPU) as it shrinks\n")
    print("| network | MMACs / image | kparams | ms / step |")
    print("|---|---|---|---|")
    print("\n".join(step_cost(args.steps)))


if __name__ == "__main__":
    main()
