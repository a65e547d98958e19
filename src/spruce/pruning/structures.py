"""Prunable structures of any traceable model, from Torch-Pruning's dependency graph.

A structure is one set of coupled output channels found by `tp.DependencyGraph`: the
output channels of a root layer (Conv1d/2d/3d or Linear) plus every layer that must lose
the same channels: its norm layer, the other layers feeding the same residual sum, and the
consumers that lose inputs (a Linear after a flatten loses H·W inputs per channel). A
structure has `units` prunable units, each one SPR group:
    W_u = [root.weight[c], root.bias[c], norm.weight[c], norm.bias[c], other_conv.weight[c], ...]
over the channels c of unit u. A unit is one channel, except next to a grouped convolution
(1 < groups < channels): there the same relative channel of every conv group goes at once,
    unit u = {u + k·units : k = 0 .. fold−1},   fold = lcm of the groups involved,
so that every conv group keeps the same width (depthwise convolutions are coupled 1:1 by
Torch-Pruning and need no folding).

Residual channels of option-A ResNets are structures too: spruce's zero-padding shortcut is
a `ChannelScatter` (spruce.pruning.layers), which Torch-Pruning prunes as a layer with its
own inputs and outputs, so each stage's channels form one structure (the stem or every
conv2 writing the stage, their BN entries, every conv1 and the shortcut reading it); the
shortcut's keep mask is part of the structure (`mask_layers`).

Not prunable, and reported in `skipped` with the reason:
- channels that reach the model's output (the classifier's outputs; `output_layers`);
- groups whose layers disagree on the channel count (e.g. channels zero-padded by a traced
  F.pad, which Torch-Pruning couples across widths);
- layers whose weight rows are not the output channels (ConvTranspose, MultiheadAttention).
A structure whose channels pass through LayerNorm or GroupNorm is kept but marked
`exact=False`: those layers normalize over the removed channels, so surgery changes the
logits slightly (the pruner reports by how much).

Building the graph traces the model once (ResNet-56: 0.02 s on a 2-core CPU).
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

import torch
import torch_pruning as tp
from torch import nn

from spruce.pruning.layers import ChannelScatter, custom_pruners

NORM_TYPES = (nn.BatchNorm1d, nn.BatchNorm2d, nn.BatchNorm3d, nn.GroupNorm, nn.LayerNorm)
INEXACT_NORMS = (nn.GroupNorm, nn.LayerNorm)  # normalize across channels
CONV_TYPES = (nn.Conv1d, nn.Conv2d, nn.Conv3d)
ROOT_TYPES = (*CONV_TYPES, nn.Linear)


@dataclass
class Structure:
    """Coupled output channels of one root layer: `units` SPR groups of `fold` channels."""

    name: str  # the root module's qualified name
    channels: int
    out_layers: list[str] = field(default_factory=list)  # layers losing output channels
    norm_layers: list[str] = field(default_factory=list)  # norm layers losing channels
    in_layers: list[str] = field(default_factory=list)  # layers losing input channels
    residual: bool = False  # more than one layer writes these channels
    fold: int = 1  # channels per unit (grouped convolutions)
    exact: bool = True  # False: a LayerNorm/GroupNorm normalizes over these channels
    mask_layers: list[str] = field(default_factory=list)  # ChannelScatter outputs (masks)

    @property
    def units(self) -> int:
        return self.channels // self.fold

    def unit_of_channel(self) -> torch.Tensor:
        """Unit index of each channel (length `channels`): c mod units."""
        return torch.arange(self.channels) % self.units

    def channel_mask(self, keep_units: torch.Tensor) -> torch.Tensor:
        """Per-channel keep mask from a per-unit one."""
        return keep_units.cpu()[self.unit_of_channel()]

    def params(self, model: nn.Module) -> list[torch.Tensor]:
        """The tensors whose row c belongs to channel c: weight/bias of out and norm layers."""
        mods = dict(model.named_modules())
        out: list[torch.Tensor] = []
        for name in self.out_layers + self.norm_layers:
            m = mods[name]
            for attr in ("weight", "bias"):
                p = getattr(m, attr, None)
                if isinstance(p, torch.Tensor) and p.dim() > 0 and p.shape[0] == self.channels:
                    out.append(p)
        return out

    def norm_weights(self, model: nn.Module) -> list[torch.Tensor]:
        """Norm-layer scales γ of the structure (network slimming scores)."""
        mods = dict(model.named_modules())
        return [mods[n].weight for n in self.norm_layers
                if getattr(mods[n], "weight", None) is not None]


def _out_size(module: nn.Module) -> int | None:
    """Size of the output-channel dimension of a layer spruce knows how to prune."""
    if isinstance(module, CONV_TYPES):
        return module.out_channels
    if isinstance(module, nn.Linear):
        return module.out_features
    if isinstance(module, (nn.BatchNorm1d, nn.BatchNorm2d, nn.BatchNorm3d)):
        return module.num_features
    if isinstance(module, nn.GroupNorm):
        return module.num_channels
    if isinstance(module, nn.LayerNorm):
        return module.normalized_shape[-1] if len(module.normalized_shape) == 1 else None
    return None


def call_model(model: nn.Module, inputs):
    """model(inputs) for a tensor, a tuple/list of positional inputs or a dict of keywords."""
    if isinstance(inputs, dict):
        return model(**inputs)
    if isinstance(inputs, (tuple, list)):
        return model(*inputs)
    return model(inputs)


def _failing_module(model: nn.Module, inputs) -> str | None:
    """Name of the innermost module whose forward raises on `inputs`, if any."""
    names = {m: n for n, m in model.named_modules()}
    stack: list[str] = []
    failed: list[str] = []
    # the stack of running modules: a pre-hook pushes, a hook pops; on an exception the
    # innermost module still on the stack is where it happened
    pre = [m.register_forward_pre_hook(lambda m, i: stack.append(names[m]))
           for m in model.modules()]
    post = [m.register_forward_hook(lambda m, i, o: stack.pop()) for m in model.modules()]
    try:
        with torch.no_grad():
            call_model(model, inputs)
    except Exception:  # noqa: BLE001 - we only want to know where it failed
        failed.append(stack[-1] if stack else "")
    finally:
        for h in pre + post:
            h.remove()
    return failed[0] if failed else None


def build_graph(model: nn.Module, example_inputs) -> tp.DependencyGraph:
    """Torch-Pruning's dependency graph of `model`, traced in eval mode.

    Raises ValueError naming the module where tracing (or the forward pass) fails.
    """
    was_training = model.training
    model.eval()
    try:
        with torch.enable_grad():  # Torch-Pruning traces through autograd
            return tp.DependencyGraph().build_dependency(
                model, example_inputs=example_inputs,
                customized_pruners=custom_pruners(model))
    except Exception as exc:  # noqa: BLE001 - re-raised with the module's name
        where = _failing_module(model, example_inputs)
        at = (f" in module {where!r} ({type(dict(model.named_modules())[where]).__name__})"
              if where else "")
        text = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        raise ValueError(f"model: Torch-Pruning cannot trace it with example_inputs{at}: "
                         f"{type(exc).__name__}: {text}") from exc
    finally:
        model.train(was_training)


def output_layers(graph: tp.DependencyGraph, model: nn.Module) -> list[nn.Module]:
    """The layers that write the model's outputs (followed only by functions, if anything)."""
    modules = set(model.modules())
    found: list[nn.Module] = []
    seen = set()
    todo = [n for n in graph.module2node.values() if not n.outputs]
    while todo:
        node = todo.pop()
        if node in seen:
            continue
        seen.add(node)
        if node.module in modules and isinstance(node.module, (*ROOT_TYPES, *NORM_TYPES)):
            if node.module not in found:
                found.append(node.module)
            continue
        todo.extend(node.inputs)  # a function (flatten, add, ...): look further back
    return found


def _fold(group, n_ch: int, mods: dict) -> int | None:
    """Channels per unit for grouped convs in the group (1 if none); None if unfoldable."""
    fold = 1
    for dep, idxs in group:
        m = dep.target.module
        if m in mods and isinstance(m, CONV_TYPES) and 1 < m.groups:
            depthwise = m.groups == m.in_channels and m.groups == m.out_channels
            if depthwise:
                continue
            fold = math.lcm(fold, m.groups)
            start = idxs[0] if idxs else 0
            if list(idxs) != list(range(start, start + n_ch)):
                return None  # channels reach the grouped conv reordered: keep it simple
    return fold if n_ch % fold == 0 else None


def find_structures(model: nn.Module, example_inputs, include_residual: bool = True,
                    ignored: list[nn.Module] | None = None,
                    graph: tp.DependencyGraph | None = None,
                    skipped: list[str] | None = None) -> list[Structure]:
    """All prunable structures of `model`, in module order.

    `ignored` modules never lose output channels (default: `output_layers`, i.e. the
    classifier). `include_residual=False` keeps only structures written by one layer.
    Reasons for groups left out are appended to `skipped` when a list is given.
    """
    DG = graph if graph is not None else build_graph(model, example_inputs)
    mods = {m: n for n, m in model.named_modules()}
    ignored = output_layers(DG, model) if ignored is None else list(ignored)
    order = {n: i for i, (n, _) in enumerate(model.named_modules())}
    notes = skipped if skipped is not None else []
    found: list[Structure] = []
    for group in DG.get_all_groups(ignored_layers=ignored, root_module_types=list(ROOT_TYPES)):
        s, why = _structure_of(DG, group, mods)
        if s is None:
            notes.append(why)
            continue
        if s.residual and not include_residual:
            continue
        found.append(s)
    found.sort(key=lambda st: order[st.name])
    return found


def _structure_of(DG, group, mods: dict) -> tuple[Structure | None, str]:
    """A Structure from one Torch-Pruning group, or (None, why it cannot be one)."""
    root_dep, root_idxs = group[0]
    root_name = mods[root_dep.target.module]
    n_ch = len(root_idxs)
    s = Structure(root_name, n_ch)
    for dep, idxs in group:
        m = dep.target.module
        if m not in mods:
            continue  # a traced function (relu, add, flatten, ...), not a layer
        name = mods[m]
        is_out = DG.is_out_channel_pruning_fn(dep.handler)
        if isinstance(m, NORM_TYPES):
            if len(idxs) != n_ch or _out_size(m) != n_ch:
                return None, (f"{root_name}: {name} has {_out_size(m)} channels coupled to "
                              f"{n_ch} (e.g. an option-A zero-pad shortcut)")
            s.exact &= not isinstance(m, INEXACT_NORMS)
            if name not in s.norm_layers:
                s.norm_layers.append(name)
        elif is_out and isinstance(m, ChannelScatter):
            if len(idxs) != n_ch or m.out_channels != n_ch:
                return None, (f"{root_name}: {name} has {m.out_channels} channels coupled to "
                              f"{n_ch}")
            if name not in s.mask_layers:
                s.mask_layers.append(name)
        elif is_out:
            if not isinstance(m, ROOT_TYPES) or getattr(m, "transposed", False):
                return None, f"{root_name}: coupled to {name} ({type(m).__name__}), unsupported"
            if len(idxs) != n_ch or _out_size(m) != n_ch:
                return None, (f"{root_name}: {name} has {_out_size(m)} channels coupled to "
                              f"{n_ch} (e.g. an option-A zero-pad shortcut)")
            if name not in s.out_layers:
                s.out_layers.append(name)
        elif name not in s.in_layers:
            if len(idxs) % n_ch:
                return None, f"{root_name}: {name} takes {len(idxs)} inputs from {n_ch} channels"
            s.in_layers.append(name)
    fold = _fold(group, n_ch, mods)
    if fold is None:
        return None, f"{root_name}: a grouped convolution's groups do not divide its channels"
    s.fold = fold
    s.residual = len(s.out_layers) > 1
    order = {n: i for i, n in enumerate(mods.values())}
    s.out_layers.sort(key=order.__getitem__)
    s.name = s.out_layers[0]  # named by the first layer writing the channels (any works)
    return s, ""


def structured_groups(model: nn.Module, structures: list[Structure]):
    """spruce.penalties.StructuredGroups with one set per structure (one group per unit)."""
    from spruce.penalties import StructuredGroups

    if not structures:
        raise ValueError("model: no prunable structures (nothing for Torch-Pruning to trace, "
                         "or every group was inconsistent)")
    return StructuredGroups([s.params(model) for s in structures], [s.name for s in structures],
                            units=[s.unit_of_channel() if s.fold > 1 else None
                                   for s in structures])


@torch.no_grad()
def group_max_abs(model: nn.Module, structures: list[Structure]) -> list[float]:
    """max(‖W‖∞ over the structure's weights and norm γ, β) (the per-block scale behind M)."""
    return [max(float(p.detach().abs().max()) for p in s.params(model)) for s in structures]


def big_m(model: nn.Module, structures: list[Structure], m_scale: float) -> torch.Tensor:
    """Per-group M_j = m_scale · max-abs of its structure in `model` (length Σ units)."""
    if not m_scale > 0:
        raise ValueError(f"m_scale must be > 0, got {m_scale!r}")
    try:
        scales = group_max_abs(model, structures)
    except KeyError as exc:
        raise ValueError(f"the reference model for M has no layer {exc}: use a model of the "
                         f"same architecture") from None
    return torch.cat([torch.full((s.units,), m_scale * max(v, 1e-12))
                      for s, v in zip(structures, scales, strict=True)])
