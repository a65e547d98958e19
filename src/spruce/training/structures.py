"""Prunable structures from Torch-Pruning's dependency graph, and the SPR groups they give.

A structure is one set of coupled output channels found by `tp.DependencyGraph`: the
channels of a root Conv2d plus every layer that must lose the same channels (its BN, and,
for residual channels, the other convs/BNs feeding the same sum). Channel i of a structure
is one SPR group:
    W_i = [conv_a.weight[i], conv_a.bias[i], bn_a.weight[i], bn_a.bias[i], conv_b.weight[i], ...]
(the conv filter with its BN γ_i, β_i, as in the paper; Linear layers are not regularized).

A group is accepted only when every layer in it agrees with the root on the channel count.
Option-A ResNets (our CifarResNet) fail that check for residual channels: Torch-Pruning
traces the zero-pad shortcut (F.pad over channels) as an element-wise op and couples
8-, 16- and 32-channel layers into one group. For those models the structures are exactly
the inner channels of each block (conv1 -> bn1 -> conv2 input), which is also where the
SPR authors prune ResNets with option-A shortcuts (residual channels only where main path
and shortcut agree). Option-B models (torchvision ResNets, 1×1 downsampling convs) also
get their residual structures, with all coupled filters in one group.

Building the graph traces the model once (ResNet-56: about 1 s on a CPU core).
"""

from __future__ import annotations

from dataclasses import dataclass, field

import torch
import torch_pruning as tp
from torch import nn

NORM_TYPES = (nn.BatchNorm1d, nn.BatchNorm2d, nn.GroupNorm, nn.LayerNorm)


@dataclass
class Structure:
    """Coupled output channels of one root conv: `channels` SPR groups."""

    name: str  # the root module's qualified name
    channels: int
    out_layers: list[str] = field(default_factory=list)  # convs losing output channels
    norm_layers: list[str] = field(default_factory=list)  # BNs losing channels
    in_layers: list[str] = field(default_factory=list)  # layers losing input channels
    residual: bool = False  # more than one conv feeds these channels

    def params(self, model: nn.Module) -> list[torch.Tensor]:
        """The tensors whose row i forms group i: conv weight/bias, BN γ/β, per layer."""
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
        """BN γ tensors of the structure (network slimming scores)."""
        mods = dict(model.named_modules())
        return [mods[n].weight for n in self.norm_layers
                if getattr(mods[n], "weight", None) is not None]


def _layer_channels(module: nn.Module, out: bool) -> int | None:
    if isinstance(module, nn.Conv2d | nn.Conv1d | nn.Conv3d):
        return module.out_channels if out else module.in_channels
    if isinstance(module, nn.Linear):
        return module.out_features if out else module.in_features
    if isinstance(module, nn.BatchNorm1d | nn.BatchNorm2d):
        return module.num_features
    return None


def build_graph(model: nn.Module, example_inputs: torch.Tensor) -> tp.DependencyGraph:
    """Torch-Pruning's dependency graph of `model`, traced in eval mode without gradients."""
    was_training = model.training
    model.eval()
    try:
        with torch.enable_grad():  # Torch-Pruning traces through autograd
            return tp.DependencyGraph().build_dependency(model, example_inputs=example_inputs)
    finally:
        model.train(was_training)


def find_structures(model: nn.Module, example_inputs: torch.Tensor,
                    include_residual: bool = True, ignored: list[nn.Module] | None = None,
                    graph: tp.DependencyGraph | None = None) -> list[Structure]:
    """All prunable conv structures of `model`, input to output order.

    `ignored` modules are never roots (default: every Linear, i.e. the classifier).
    `include_residual=False` keeps only structures with a single conv (block-inner channels).
    """
    DG = graph if graph is not None else build_graph(model, example_inputs)
    names = {m: n for n, m in model.named_modules()}
    if ignored is None:
        ignored = [m for m in model.modules() if isinstance(m, nn.Linear)]
    order = {n: i for i, (n, _) in enumerate(model.named_modules())}
    found: list[Structure] = []
    for group in DG.get_all_groups(ignored_layers=ignored, root_module_types=[nn.Conv2d]):
        root_dep, root_idxs = group[0]
        root = root_dep.target.module
        n_ch = len(root_idxs)
        s = Structure(names[root], n_ch)
        consistent = True
        for dep, idxs in group:
            m = dep.target.module
            if m not in names:
                continue  # a traced function (relu, add, pad, ...), not a layer
            is_out = DG.is_out_channel_pruning_fn(dep.handler)
            size = _layer_channels(m, out=is_out or isinstance(m, NORM_TYPES))
            if len(idxs) != n_ch or (size is not None and size != n_ch):
                consistent = False  # e.g. channels coupled across an option-A zero-pad
                break
            name = names[m]
            if isinstance(m, NORM_TYPES):
                if name not in s.norm_layers:
                    s.norm_layers.append(name)
            elif is_out:
                if name not in s.out_layers:
                    s.out_layers.append(name)
            elif name not in s.in_layers:
                s.in_layers.append(name)
        if not consistent or any(m in ignored for m in
                                 (dict(model.named_modules())[n] for n in s.out_layers)):
            continue
        s.residual = len(s.out_layers) > 1
        if s.residual and not include_residual:
            continue
        found.append(s)
    found.sort(key=lambda st: order[st.name])
    return found


def structured_groups(model: nn.Module, structures: list[Structure]):
    """spruce.penalties.StructuredGroups with one set per structure (rows = channels)."""
    from spruce.penalties import StructuredGroups

    if not structures:
        raise ValueError("the model has no prunable conv structures (nothing for Torch-Pruning "
                         "to trace, or every group was inconsistent)")
    return StructuredGroups([s.params(model) for s in structures], [s.name for s in structures])


@torch.no_grad()
def group_max_abs(model: nn.Module, structures: list[Structure]) -> list[float]:
    """max(‖conv W‖∞, ‖γ‖∞, ‖β‖∞) over each structure (the per-block scale behind M)."""
    return [max(float(p.detach().abs().max()) for p in s.params(model)) for s in structures]


def big_m(model: nn.Module, structures: list[Structure], m_scale: float) -> torch.Tensor:
    """Per-group M_j = M_scale · max-abs of its structure in `model` (length Σ channels)."""
    if not m_scale > 0:
        raise ValueError(f"--m-scale must be > 0, got {m_scale!r}")
    try:
        scales = group_max_abs(model, structures)
    except KeyError as exc:
        raise ValueError(f"the reference model for M has no layer {exc}: use a checkpoint of "
                         f"the same --model (--m-checkpoint)") from None
    return torch.cat([torch.full((s.channels,), m_scale * max(v, 1e-12))
                      for s, v in zip(structures, scales, strict=True)])
