"""Training and inference speed of spruce's SPR pipeline (meant for one GPU; runs on a CPU).

Prints a table and (with --json) writes the numbers:
  1. images/s of a training step of ResNet-56 (batch --batch, CIFAR-shaped data):
       plain      spruce loop, no penalty   (device data + augmentation, bf16, channels_last,
                                             torch.compile unless --no-compile)
       spr        the same with λ·SPR (spruce.penalties.GroupPenalty, one fused reduction)
       reference  an ordinary loop: DataLoader over CPU tensors with per-image crop/flip,
                  .to(device) per batch, fp32, no compile, loss.item() per step, and the SPR
                  term summed layer by layer (spruce.penalties.spr_penalty on norms_of_rows)
     SPR overhead = 1 − spr/plain; speed-up = spr / reference.
  2. one full epoch of spruce.training.trainer.fit with SPR (50,000 images; the second epoch
     is timed, so compilation is excluded), test evaluation excluded.
  3. inference images/s, dense vs pruned (half of every block's inner channels removed by
     L1 norm: a stand-in for a trained SPR model), at batch 256 and 1024.
Goals on one H100 (issue 3): SPR overhead ≤ 3% of a step, spr ≥ 3× reference, epoch ≤ 3 s.

Usage:  python benchmarks/bench_train.py [--data-dir DIR] [--json out.json]
        python benchmarks/bench_train.py --quick --device cpu     (a smoke run, seconds)
Measured: no GPU was available when this was written; run it on one and paste the table
here. A 2-core CPU smoke run (--quick) only checks that every path works.
"""

from __future__ import annotations

import argparse
import copy
import json
import time

import torch
import torch.nn.functional as F

from spruce.penalties import norms_of_rows, spr_penalty
from spruce.pruning.masks import apply_masks, keep_ratio, structure_scores
from spruce.pruning.structures import find_structures
from spruce.pruning.surgery import compress, count_macs_params, throughput
from spruce.training.config import PipelineConfig
from spruce.training.data import augment_batch, get_dataset, synthetic_cifar
from spruce.training.methods import PruningMethod, make_method
from spruce.training.models import resnet_cifar
from spruce.training.report import format_table
from spruce.training.trainer import TrainConfig, fit, make_optimizer, resolve_device, train_step


def spr_method():
    return make_method(PipelineConfig(method="spr", lam=0.5, alpha=0.1))


def sync(device: torch.device) -> None:
    if device.type == "cuda":
        torch.cuda.synchronize(device)


def spruce_step_rate(method: PruningMethod, data, device, batch: int, steps: int, warmup: int,
                     depth: int,
                     compile_: bool, amp: bool, cl: bool) -> float:
    """images/s of spruce's training step (device data + on-device augmentation)."""
    torch.manual_seed(0)
    model = resnet_cifar(depth).to(device)
    if cl:
        model = model.to(memory_format=torch.channels_last)
    method.setup(model, torch.zeros(1, 3, 32, 32, device=device))
    opt = make_optimizer(model, method, TrainConfig(), 0.1)
    fwd = torch.compile(model) if compile_ else model
    x_all, y_all = data.x_train, data.y_train
    gen = torch.Generator(device=device).manual_seed(0)
    t0 = 0.0
    for i in range(warmup + steps):
        if i == warmup:
            sync(device)
            t0 = time.perf_counter()
        idx = torch.randint(0, len(y_all), (batch,), device=device, generator=gen)
        x = augment_batch(data.normalize(x_all[idx]), 4, gen)
        train_step(fwd, model, method, opt, x, y_all[idx], amp, cl)
    sync(device)
    return batch * steps / (time.perf_counter() - t0)


class _Augmented(torch.utils.data.Dataset):
    """Per-image crop/flip on the CPU, the way a torchvision transform pipeline works."""

    def __init__(self, data):
        self.x, self.y, self.data = data.x_train, data.y_train, data

    def __len__(self) -> int:
        return len(self.y)

    def __getitem__(self, i):
        img = self.data.normalize(self.x[i:i + 1])
        return augment_batch(img, 4)[0], self.y[i]


def reference_step_rate(data, device, batch: int, steps: int, warmup: int, workers: int,
                        depth: int,
                        lam: float = 0.5, alpha: float = 0.1) -> float:
    """images/s of an ordinary fp32 loop with a per-layer SPR sum."""
    torch.manual_seed(0)
    model = resnet_cifar(depth).to(device)
    st = find_structures(model, torch.zeros(1, 3, 32, 32, device=device))
    layers = [s.params(model) for s in st]
    Ms = [max(float(p.detach().abs().max()) for p in ps) for ps in layers]
    n_total = sum(p.numel() for ps in layers for p in ps)
    opt = torch.optim.SGD(model.parameters(), lr=0.1, momentum=0.9, weight_decay=5e-4)
    loader = torch.utils.data.DataLoader(_Augmented(data), batch_size=batch, shuffle=True,
                                         num_workers=workers, drop_last=True,
                                         pin_memory=device.type == "cuda",
                                         persistent_workers=workers > 0)
    it = iter(loader)
    t0 = 0.0
    for i in range(warmup + steps):
        if i == warmup:
            sync(device)
            t0 = time.perf_counter()
        try:
            x, y = next(it)
        except StopIteration:
            it = iter(loader)
            x, y = next(it)
        x, y = x.to(device), y.to(device)
        loss = F.cross_entropy(model(x), y)
        pen = 0.0
        for ps, M in zip(layers, Ms, strict=True):
            rows = torch.cat([p.reshape(p.shape[0], -1) for p in ps], 1)
            sq, inf = norms_of_rows(rows)
            pen = pen + (spr_penalty(sq, inf, alpha, M) * rows.shape[1]).sum()
        total = loss + lam * pen / n_total
        opt.zero_grad()
        total.backward()
        opt.step()
        loss.item()  # the usual per-step logging sync
    sync(device)
    return batch * steps / (time.perf_counter() - t0)


def epoch_time(data, device, batch: int, depth: int, compile_: bool, amp: bool, cl: bool,
               max_steps: int | None) -> float:
    torch.manual_seed(0)
    cfg = TrainConfig(epochs=2, batch_size=batch, device=str(device), amp=amp,
                      channels_last=cl, compile=compile_, progress=False, max_steps=max_steps)
    _, hist = fit(resnet_cifar(depth), spr_method(), data, cfg)
    return hist[-1]["epoch_time_s"]


def inference_rates(device, batches: list[int], iters: int, depth: int, amp: bool,
                    cl: bool) -> list[dict]:
    torch.manual_seed(0)
    dense = resnet_cifar(depth).eval()
    ex = torch.zeros(1, 3, 32, 32)
    st = find_structures(dense, ex)
    keep = keep_ratio(structure_scores(dense, st, "l1"), 0.5)
    masked = copy.deepcopy(dense)
    apply_masks(masked, st, keep)
    small = compress(masked, st, keep, ex)
    m0, p0 = count_macs_params(dense, ex)
    m1, p1 = count_macs_params(small, ex)
    rows = []
    for b in batches:
        r0 = throughput(copy.deepcopy(dense), b, (3, 32, 32), device, iters, 3, amp, cl)
        r1 = throughput(copy.deepcopy(small), b, (3, 32, 32), device, iters, 3, amp, cl)
        rows.append({"batch": b, "dense_img_s": r0, "pruned_img_s": r1, "speedup": r1 / r0,
                     "dense_MMACs": m0 / 1e6, "pruned_MMACs": m1 / 1e6,
                     "dense_params": p0, "pruned_params": p1})
    return rows


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--device", default="auto", help="auto, cuda or cpu")
    ap.add_argument("--data-dir", default=None, help="CIFAR-10 folder (default: synthetic)")
    ap.add_argument("--batch", type=int, default=128, help="training batch (default 128)")
    ap.add_argument("--steps", type=int, default=100, help="timed steps (default 100)")
    ap.add_argument("--warmup", type=int, default=20, help="untimed steps (default 20)")
    ap.add_argument("--workers", type=int, default=4, help="reference DataLoader workers")
    ap.add_argument("--depth", type=int, default=56, help="CIFAR ResNet depth (default 56)")
    ap.add_argument("--no-compile", action="store_true", help="skip torch.compile")
    ap.add_argument("--quick", action="store_true", help="a few steps only (smoke run)")
    ap.add_argument("--json", default=None, help="write the numbers here")
    args = ap.parse_args()
    device = resolve_device(args.device)
    gpu = device.type == "cuda"
    amp = cl = gpu
    compile_ = not args.no_compile and not args.quick
    steps, warmup = (3, 1) if args.quick else (args.steps, args.warmup)
    if args.data_dir:
        data = get_dataset("cifar10", args.data_dir)
    else:
        data = synthetic_cifar(256 if args.quick else 50000, 64 if args.quick else 500, seed=0)
    data_dev = data.to(device)
    name = torch.cuda.get_device_name(device) if gpu else "CPU"
    print(f"device: {name}; torch {torch.__version__}; batch {args.batch}; compile {compile_}")

    plain = spruce_step_rate(PruningMethod(), data_dev, device, args.batch, steps, warmup,
                             args.depth,
                             compile_, amp, cl)
    spr = spruce_step_rate(spr_method(), data_dev, device, args.batch, steps, warmup,
                           args.depth,
                           compile_, amp, cl)
    ref = reference_step_rate(data, device, args.batch, steps, warmup,
                              0 if args.quick else args.workers, args.depth)
    ep = epoch_time(data, device, args.batch, args.depth, compile_, amp, cl,
                    3 if args.quick else None)
    train_rows = [{"loop": "plain (spruce)", "img_s": plain},
                  {"loop": "spr (spruce)", "img_s": spr},
                  {"loop": "reference (DataLoader, fp32, SPR per layer)", "img_s": ref}]
    print(format_table(train_rows, ["loop", "img_s"]))
    summary = {"device": name, "batch": args.batch, "depth": args.depth, "compile": compile_,
               "train": train_rows,
               "spr_overhead": 1 - spr / plain, "spr_vs_reference": spr / ref,
               "epoch_s": ep, "epoch_images": len(data.y_train) if not args.quick else None}
    print(f"SPR overhead over plain: {100 * summary['spr_overhead']:.1f}% (goal ≤ 3%)")
    print(f"spruce SPR vs reference: {summary['spr_vs_reference']:.2f}x (goal ≥ 3x)")
    print(f"SPR epoch time: {ep:.2f} s (goal ≤ 3 s for 50,000 images on one H100)")
    inf = inference_rates(device, [32] if args.quick else [256, 1024], 3 if args.quick else 50,
                          args.depth, amp, cl)
    print(format_table(inf, ["batch", "dense_img_s", "pruned_img_s", "speedup", "dense_MMACs",
                             "pruned_MMACs"]))
    summary["inference"] = inf
    if args.json:
        with open(args.json, "w") as f:
            json.dump(summary, f, indent=2)


if __name__ == "__main__":
    main()
