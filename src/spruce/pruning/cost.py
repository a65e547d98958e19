"""MACs and parameters of a gated network as polynomials in the gates, for any model.

Counting as Torch-Pruning's `count_ops_and_params` does (per example), every layer's cost
depends on how many of its input and output channels are active. With structures s
(spruce.pruning.structures; N_s = fold_s · Σ_u ξ_{s,u} active channels) and residual
branches b (spruce.pruning.branches; gate ξ_b), one call of a layer costs

    cost = ξ_b · c · N_in · N_out        (ξ_b if the layer lies on branch b, else 1),

with N_in = N_s when the layer reads structure s's channels (else its fixed width) and
N_out = N_s when it writes them:
    Conv     MACs c = k·|out spatial|/groups, params c = k/groups (+ a bias term in N_out)
             (a depthwise conv coupled to its input: linear in N)
    Linear   MACs c = T·e (e = inputs per channel after a flatten), params c = e (+ bias)
    Norm     MACs 2·|spatial| per channel (affine), params 2 per channel
    ReLU-like, pooling  one MAC per element of the channel (output, resp. input)
The part of Torch-Pruning's count that no term explains (an attention layer, an activation
module shared by several layers) is a constant. Gates are independent, so the expectation
replaces every ξ by its θ, term by term (a product of gates of distinct structures):
    E[cost] = θ_b · c · E[N_in] · E[N_out],   E[N_s] = fold_s · Σ_u θ_{s,u}.
An activation or pooling call counts for the structure that last wrote a tensor of its
input's shape. At θ = 1 the polynomial equals Torch-Pruning's count of the model; at binary
θ it equals the count of the physically pruned model (tested), except that an activation
module shared by several layers (torchvision's `self.relu`) still runs, and is counted,
on the zeros of a removed branch (about 1% of MACs per removed torchvision block).
Cost: one pass over ~3 terms per layer (ResNet-56: 280 terms, ~0.3 ms per evaluation).
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

import torch
import torch_pruning as tp
from torch import nn

from spruce.pruning.branches import Branch, layer_calls
from spruce.pruning.structures import CONV_TYPES, Structure

ELEMENTWISE = (nn.ReLU, nn.ReLU6, nn.PReLU, nn.ELU, nn.LeakyReLU)
POOLS = (nn.MaxPool1d, nn.MaxPool2d, nn.MaxPool3d, nn.AvgPool1d, nn.AvgPool2d, nn.AvgPool3d,
         nn.AdaptiveAvgPool1d, nn.AdaptiveAvgPool2d, nn.AdaptiveAvgPool3d,
         nn.AdaptiveMaxPool1d, nn.AdaptiveMaxPool2d, nn.AdaptiveMaxPool3d)
BATCH_NORMS = (nn.BatchNorm1d, nn.BatchNorm2d, nn.BatchNorm3d, nn.InstanceNorm1d,
               nn.InstanceNorm2d, nn.InstanceNorm3d, nn.GroupNorm)


@dataclass
class Term:
    """coef · N(s_in) · N(s_out) · θ_branch; a None factor is 1."""

    coef: float
    s_in: int | None = None
    s_out: int | None = None
    branch: int | None = None


@dataclass
class CostModel:
    """E[MACs] and E[params] of the gated model as sums of Terms plus constants."""

    macs: list[Term] = field(default_factory=list)
    params: list[Term] = field(default_factory=list)
    const_macs: float = 0.0
    const_params: float = 0.0
    full_macs: float = 1.0  # Torch-Pruning's count of the model at build time
    full_params: float = 1.0
    structures: int = 0  # how many structures and branches the terms index
    branches: int = 0

    def expected(self, unit_theta: list[torch.Tensor], folds: list[int],
                 branch_theta: torch.Tensor | None) -> tuple[torch.Tensor, torch.Tensor]:
        """(E[params], E[MACs]) at unit gates θ_s and branch gates θ_b (None: all on).

        Vectorized: N = [fold_s Σ θ_s ..., 1] and b = [θ_b ..., 1] are gathered by the
        terms' index columns (None → the trailing 1), so the cost is a handful of tensor
        operations whatever the number of terms."""
        ref = unit_theta[0] if unit_theta else branch_theta
        device = ref.device if ref is not None else torch.device("cpu")
        one = torch.ones(1, dtype=torch.float64, device=device)
        n = torch.cat([torch.stack([f * t.sum().double() for f, t in
                                    zip(folds, unit_theta, strict=True)]), one]) \
            if unit_theta else one
        b = one if branch_theta is None or branch_theta.numel() == 0 else torch.cat(
            [branch_theta.double(), one])
        return (self._sum("params", n, b, branch_theta is None) + self.const_params,
                self._sum("macs", n, b, branch_theta is None) + self.const_macs)

    def _sum(self, kind: str, n: torch.Tensor, b: torch.Tensor, layers_on: bool):
        coef, s_in, s_out, branch = self._columns(kind, n.device)
        if layers_on or b.numel() == 1:
            branch = torch.full_like(branch, b.numel() - 1)
        return (coef * n[s_in] * n[s_out] * b[branch]).sum()

    def _columns(self, kind: str, device: torch.device) -> tuple[torch.Tensor, ...]:
        """(coef, s_in, s_out, branch) columns of the terms; None → the last index."""
        cache = self.__dict__.setdefault("_cache", {})
        key = (kind, str(device))
        if key not in cache:
            terms = self.params if kind == "params" else self.macs
            S, B = self.structures, self.branches
            cache[key] = (
                torch.tensor([t.coef for t in terms], dtype=torch.float64, device=device),
                torch.tensor([S if t.s_in is None else t.s_in for t in terms], device=device,
                             dtype=torch.long),
                torch.tensor([S if t.s_out is None else t.s_out for t in terms],
                             device=device, dtype=torch.long),
                torch.tensor([B if t.branch is None else t.branch for t in terms],
                             device=device, dtype=torch.long))
        return cache[key]


def build_cost_model(model: nn.Module, example_inputs, structures: list[Structure],
                     branches: list[Branch]) -> CostModel:
    """The polynomial for `model` with its structures and branches (see the docstring)."""
    names = {m: n for n, m in model.named_modules()}
    writes = {n: i for i, s in enumerate(structures) for n in s.out_layers + s.norm_layers}
    reads: dict[str, list[int]] = {}
    for i, s in enumerate(structures):
        for n in s.in_layers:
            reads.setdefault(n, []).append(i)
    on_branch = {n: j for j, b in enumerate(branches) for n in b.layers}
    calls = layer_calls(model, example_inputs)
    runs: dict[nn.Module, int] = {}
    for m, _, _ in calls:
        runs[m] = runs.get(m, 0) + 1
    cm = CostModel(structures=len(structures), branches=len(branches))
    last_writer: list[tuple[tuple, int]] = []  # (output shape, structure) of recent writers
    for m, ins, outs in calls:
        name = names.get(m, "")
        b = on_branch.get(name) if runs[m] == 1 else None
        if name in writes:
            last_writer.append((outs, writes[name]))
        _layer_terms(cm, m, name, ins, outs, structures, writes, reads, b, last_writer)
    macs, params = tp.utils.count_ops_and_params(model, example_inputs)
    cm.full_macs, cm.full_params = float(macs), float(params)
    ones = [torch.ones(s.units, dtype=torch.float64) for s in structures]
    folds = [s.fold for s in structures]
    p_terms, f_terms = cm.expected(ones, folds, None)
    cm.const_params = cm.full_params - float(p_terms)
    cm.const_macs = cm.full_macs - float(f_terms)
    return cm


def _channels(shape: tuple, last: bool) -> int:
    return shape[-1] if last else shape[1]


def _layer_terms(cm: CostModel, m: nn.Module, name: str, ins: tuple, outs: tuple,
                 structures: list[Structure], writes: dict, reads: dict, b: int | None,
                 last_writer: list) -> None:
    """Append the MACs and params terms of one call of layer `m`."""
    s_out = writes.get(name)
    batch = ins[0]  # Torch-Pruning reports MACs per example: every MACs term / batch
    if isinstance(m, CONV_TYPES) and not m.transposed:
        k = math.prod(m.kernel_size)
        area = math.prod(outs[2:])
        bias = m.bias is not None
        if m.groups == m.in_channels == m.out_channels and s_out is not None \
                and not reads.get(name):  # depthwise, coupled to its input's structure
            cm.macs.append(Term((k + bias) * area, None, s_out, b))
            cm.params.append(Term(k + bias, None, s_out, b))
            return
        s_in, fixed_in = _input_side(name, reads, structures, m.in_channels)
        _bilinear(cm, k * area / m.groups, k / m.groups, s_in, fixed_in, s_out,
                  m.out_channels, b, bias, area)
    elif isinstance(m, nn.Linear):
        tokens = math.prod(ins[:-1]) / batch
        s_in, fixed_in = _input_side(name, reads, structures, m.in_features)
        # Torch-Pruning adds a Linear's bias once per call, not per example
        _bilinear(cm, tokens, 1.0, s_in, fixed_in, s_out, m.out_features, b,
                  m.bias is not None, 1 / batch)
    elif isinstance(m, (*BATCH_NORMS, nn.LayerNorm)) and s_out is not None:
        last = isinstance(m, nn.LayerNorm)
        per = math.prod(ins) / batch / _channels(ins, last)
        affine = getattr(m, "affine", getattr(m, "elementwise_affine", False))
        cm.macs.append(Term((2 if affine else 1) * per, None, s_out, b))
        n_params = sum(p.numel() for p in m.parameters(recurse=False))
        if n_params:
            cm.params.append(Term(n_params / _channels(ins, last), None, s_out, b))
    elif isinstance(m, (*ELEMENTWISE, *POOLS)):
        shape = outs if isinstance(m, ELEMENTWISE) else ins
        s = next((i for o, i in reversed(last_writer) if o == ins), None)
        if s is not None and _channels(shape, False) == structures[s].channels:
            cm.macs.append(Term(math.prod(shape) / batch / structures[s].channels, None, s, b))


def _input_side(name: str, reads: dict, structures: list[Structure], width: int
                ) -> tuple[list[tuple[int, float]], float]:
    """([(structure, inputs per channel)], fixed inputs) making up a layer's input width."""
    src = reads.get(name, [])
    total = sum(structures[i].channels for i in src)
    if src and total and width % total == 0:
        e = width // total  # a Linear after a flatten reads H·W inputs per channel
        return [(i, float(e)) for i in src], 0.0
    return [], float(width)


def _bilinear(cm: CostModel, macs_coef: float, params_coef: float, s_in: list,
              fixed_in: float, s_out: int | None, out_width: int, b: int | None,
              bias: bool, bias_area: float) -> None:
    """Terms of c · (fixed_in + Σ e_j N_j) · N_out (+ a bias term linear in N_out)."""
    out_fixed = 1.0 if s_out is not None else float(out_width)
    if fixed_in:
        cm.macs.append(Term(macs_coef * fixed_in * out_fixed, None, s_out, b))
        cm.params.append(Term(params_coef * fixed_in * out_fixed, None, s_out, b))
    for i, e in s_in:
        cm.macs.append(Term(macs_coef * e * out_fixed, i, s_out, b))
        cm.params.append(Term(params_coef * e * out_fixed, i, s_out, b))
    if bias:
        cm.macs.append(Term(bias_area * out_fixed, None, s_out, b))
        cm.params.append(Term(out_fixed, None, s_out, b))



@torch.no_grad()
def rounding_threshold(cm: CostModel, unit_theta: list[torch.Tensor], folds: list[int],
                       branch_theta: torch.Tensor | None, max_macs: float) -> float:
    """The τ whose rounding ξ = 1[θ > τ] costs nearest `max_macs` MACs: the smallest one
    costing at most max_macs, or the θ value before it if that costs less above it.

    MACs fall as τ rises (the polynomial's coefficients are ≥ 0), so a bisection over the
    θ values finds it: ~log2(gates) evaluations. Clipped to (0, 1)."""
    thetas = [*unit_theta, *([branch_theta] if branch_theta is not None else [])]
    candidates = [0.0] + torch.cat([t.detach().flatten() for t in thetas]).unique().tolist()

    def macs(tau: float) -> float:
        units = [(t.detach() > tau).double() for t in unit_theta]
        layers = None if branch_theta is None else (branch_theta.detach() > tau).double()
        return float(cm.expected(units, folds, layers)[1])

    lo, hi = 0, len(candidates) - 1
    while lo < hi:
        mid = (lo + hi) // 2
        if macs(candidates[mid]) <= max_macs:
            hi = mid
        else:
            lo = mid + 1
    # the cost jumps where a whole branch's gate crosses τ: the side nearer the target
    if hi > 0 and macs(candidates[hi - 1]) - max_macs < max_macs - macs(candidates[hi]):
        hi -= 1
    return min(max(candidates[hi], 1e-6), 1 - 1e-6)
