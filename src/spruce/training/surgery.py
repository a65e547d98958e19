"""Physical pruning: a smaller dense model that computes what the masked model computes.

`compress` copies the model and removes, with Torch-Pruning, every channel whose mask is
False (the structure's coupled layers lose the same channels; the consumers lose inputs).
Because masking zeroed the conv filter and BN γ, β of those channels, their activations
were exactly 0 and the consumers' weights on them did nothing: the compressed model's
logits equal the masked model's up to float summation order (checked by `max_rel_diff`,
tested at 1e-5 relative in fp32).

Cost model (`count_macs_params`): per image,
    Conv  MACs = H_out·W_out·C_out·(C_in/groups)·k_h·k_w (+ H_out·W_out·C_out for a bias)
    Linear MACs = in·out (+ out),  BatchNorm = 2·numel (affine),  ReLU/pool modules = numel
— the same rules as Torch-Pruning's `count_ops_and_params`, which the tests compare with.
`throughput` times forward passes (images/s) after warm-up, synchronizing CUDA.
"""

from __future__ import annotations

import copy
import time

import torch
import torch_pruning as tp
from torch import nn

from spruce.training.structures import Structure, build_graph


def compress(model: nn.Module, structures: list[Structure], keep: list[torch.Tensor],
             example_inputs: torch.Tensor) -> nn.Module:
    """A pruned deep copy of `model` without the channels where keep[i] is False."""
    small = copy.deepcopy(model).eval()
    graph = build_graph(small, example_inputs)
    mods = dict(small.named_modules())
    for s, m in zip(structures, keep, strict=True):
        if m.numel() != s.channels:
            raise ValueError(f"mask for {s.name} has {m.numel()} entries, structure has "
                             f"{s.channels} channels")
        drop = torch.nonzero(~m.cpu()).flatten().tolist()
        if not drop:
            continue
        if len(drop) == s.channels:
            raise ValueError(f"cannot remove all {s.channels} channels of {s.name}")
        group = graph.get_pruning_group(mods[s.name], tp.prune_conv_out_channels, drop)
        group.prune()
    small.train(model.training)
    return small


@torch.no_grad()
def max_rel_diff(a: nn.Module, b: nn.Module, x: torch.Tensor) -> float:
    """max|a(x) − b(x)| / max|a(x)| in eval mode (fp32 comparison of logits).

    TF32 is switched off for the comparison: on Ampere+ GPUs it is on by default for
    convolutions and would alone cause differences near 1e-3.
    """
    wa, wb = a.training, b.training
    a.eval()
    b.eval()
    flags = torch.backends.cudnn.allow_tf32, torch.backends.cuda.matmul.allow_tf32
    torch.backends.cudnn.allow_tf32 = torch.backends.cuda.matmul.allow_tf32 = False
    try:
        ya, yb = a(x.float()).float(), b(x.float()).float()
    finally:
        torch.backends.cudnn.allow_tf32, torch.backends.cuda.matmul.allow_tf32 = flags
        a.train(wa)
        b.train(wb)
    return float((ya - yb).abs().max() / ya.abs().max().clamp_min(1e-30))


def count_macs_params(model: nn.Module, example_inputs: torch.Tensor) -> tuple[int, int]:
    """(MACs per forward of `example_inputs`, parameters) with forward hooks."""
    total = [0]
    pools = (nn.AvgPool2d, nn.MaxPool2d, nn.AdaptiveAvgPool2d, nn.AdaptiveMaxPool2d)

    def hook(m, inp, out):
        x = inp[0]
        if isinstance(m, nn.Conv2d):
            per_out = (m.in_channels // m.groups) * m.kernel_size[0] * m.kernel_size[1]
            total[0] += out.numel() * per_out + (out.numel() if m.bias is not None else 0)
        elif isinstance(m, nn.Linear):
            # like Torch-Pruning: the bias counts once per layer, not per row
            total[0] += x.numel() * m.out_features + (m.out_features if m.bias is not None
                                                      else 0)
        elif isinstance(m, nn.BatchNorm2d | nn.BatchNorm1d):
            total[0] += x.numel() * (2 if m.affine else 1)
        elif isinstance(m, (nn.ReLU, *pools)):
            total[0] += (out if isinstance(m, nn.ReLU) else x).numel()

    handles = [m.register_forward_hook(hook) for m in model.modules()
               if isinstance(m, (nn.Conv2d, nn.Linear, nn.BatchNorm2d, nn.BatchNorm1d, nn.ReLU,
                                 *pools))]
    was = model.training
    model.eval()
    try:
        with torch.no_grad():
            model(example_inputs)
    finally:
        for h in handles:
            h.remove()
        model.train(was)
    return total[0], sum(p.numel() for p in model.parameters())


def tp_macs_params(model: nn.Module, example_inputs: torch.Tensor) -> tuple[int, int]:
    """Torch-Pruning's own count, for cross-checking."""
    macs, params = tp.utils.count_ops_and_params(model, example_inputs)
    return int(macs), int(params)


@torch.no_grad()
def throughput(model: nn.Module, batch: int, image_shape: tuple[int, int, int],
               device: torch.device | str = "cpu", iters: int = 10, warmup: int = 3,
               amp: bool = False, channels_last: bool = False, rounds: int = 3) -> float:
    """Inference images/s of `model` at a batch size (random inputs, eval mode)."""
    device = torch.device(device)
    model = model.to(device).eval()
    if channels_last:
        model = model.to(memory_format=torch.channels_last)
    x = torch.randn(batch, *image_shape, device=device)
    if channels_last:
        x = x.contiguous(memory_format=torch.channels_last)

    def sync():
        if device.type == "cuda":
            torch.cuda.synchronize(device)

    best = float("inf")
    with torch.autocast(device.type, dtype=torch.bfloat16, enabled=amp):
        for _ in range(warmup):
            model(x)
        for _ in range(rounds):  # best of several rounds: robust to other jobs' bursts
            sync()
            t0 = time.perf_counter()
            for _ in range(iters):
                model(x)
            sync()
            best = min(best, time.perf_counter() - t0)
    return batch * iters / best
