"""Physical pruning: a smaller dense model that computes what the masked model computes.

`remove_units` copies the model and removes, with Torch-Pruning, every unit whose mask is
False (the structure's coupled layers lose the same channels; the consumers lose inputs),
and returns Torch-Pruning's pruning history as the plan that `spruce.pruning.plan`
replays. Because masking zeroed the layer's rows and norm γ, β of those channels, their
activations were exactly 0 (for activations with f(0) = 0: ReLU, GELU, SiLU, tanh, ...) and
the consumers' weights on them did nothing: the compressed model's outputs equal the
masked model's up to float summation order (checked by `max_rel_diff`, tested at 1e-5
relative in fp32).

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

from spruce.pruning.structures import Structure, build_graph, call_model


def compress(model: nn.Module, structures: list[Structure], keep: list[torch.Tensor],
             example_inputs) -> nn.Module:
    """A pruned deep copy of `model` without the units where keep[i] is False."""
    return remove_units(model, structures, keep, example_inputs)[0]


def remove_units(model: nn.Module, structures: list[Structure], keep: list[torch.Tensor],
                 example_inputs) -> tuple[nn.Module, list[list]]:
    """(pruned deep copy, pruning plan): the units where keep[i] is False are removed.

    The plan is Torch-Pruning's pruning history, [[root layer, True, channel indices], ...]
    in the order applied: replayed on a fresh copy of the dense model it gives the same
    shapes (spruce.pruning.plan).
    """
    small = copy.deepcopy(model).eval()
    graph = build_graph(small, example_inputs)
    mods = dict(small.named_modules())
    for s, m in zip(structures, keep, strict=True):
        if m.numel() != s.units:
            raise ValueError(f"keep mask for {s.name} has {m.numel()} entries, the structure "
                             f"has {s.units} units")
        if bool(m.all()):
            continue
        if not bool(m.any()):
            raise ValueError(f"cannot remove all {s.units} units of {s.name}")
        drop = torch.nonzero(~s.channel_mask(m)).flatten().tolist()
        root = mods[s.name]
        graph.get_pruning_group(root, graph.get_pruner_of_module(root).prune_out_channels,
                                drop).prune()
    small.train(model.training)
    plan = [[name, bool(out), [int(i) for i in idxs]]
            for name, out, idxs in graph.pruning_history()]
    return small, plan


def _forward_all(model: nn.Module, inputs) -> list[torch.Tensor]:
    """Every floating tensor the model returns (a tensor, a tuple/list or a dict of them)."""
    out = call_model(model, inputs)
    if isinstance(out, dict):
        out = list(out.values())
    elif not isinstance(out, (tuple, list)):
        out = [out]
    return [t.float() for t in out if isinstance(t, torch.Tensor) and t.is_floating_point()]


def _floatify(inputs):
    """Floating tensors of the inputs as float32 (integer inputs such as token ids unchanged)."""
    if isinstance(inputs, dict):
        return {k: _floatify(v) for k, v in inputs.items()}
    if isinstance(inputs, (tuple, list)):
        return type(inputs)(_floatify(v) for v in inputs)
    if isinstance(inputs, torch.Tensor) and inputs.is_floating_point():
        return inputs.float()
    return inputs


@torch.no_grad()
def max_rel_diff(a: nn.Module, b: nn.Module, x) -> float:
    """max|a(x) − b(x)| / max|a(x)| in eval mode, over every output tensor (fp32).

    `x` is a tensor, a tuple/list of positional inputs or a dict of keywords. TF32 is
    switched off for the comparison: on Ampere+ GPUs it is on by default for convolutions
    and would alone cause differences near 1e-3.
    """
    wa, wb = a.training, b.training
    a.eval()
    b.eval()
    flags = torch.backends.cudnn.allow_tf32, torch.backends.cuda.matmul.allow_tf32
    torch.backends.cudnn.allow_tf32 = torch.backends.cuda.matmul.allow_tf32 = False
    try:
        ya, yb = _forward_all(a, _floatify(x)), _forward_all(b, _floatify(x))
    finally:
        torch.backends.cudnn.allow_tf32, torch.backends.cuda.matmul.allow_tf32 = flags
        a.train(wa)
        b.train(wb)
    if len(ya) != len(yb) or any(p.shape != q.shape for p, q in zip(ya, yb)):
        return float("inf")
    num = max((float((p - q).abs().max()) for p, q in zip(ya, yb)), default=0.0)
    den = max((float(p.abs().max()) for p in ya), default=0.0)
    return num / max(den, 1e-30)


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
