"""Residual branches of any traceable model, found from the additions in its graph, and
their exact removal.

A residual branch is one input of a sum y = F(x) + S(x) (then, usually, an activation):
in Torch-Pruning's dependency graph an addition node with two inputs whose ancestries meet
at a fork node x. Of the two paths from x to the sum, the branch F is the one with more
Conv/Linear layers; the shortcut S has fewer (identity: none; a torchvision `downsample`
or spruce's option-A `ChannelScatter`: one or none). A branch qualifies when it is a chain
from x to the sum: one entry layer reads x, the sum reads one exit layer, every layer on
it with parameters runs once per forward and only there, and its other parameter-free
layers keep shapes (activations).

Removal is exact: the entry layer becomes a `ZeroBranch` (zeros of the branch's output
shape; a `ChannelScatter` that places no input, so Torch-Pruning keeps pruning through it)
and the branch's other layers become `ZeroPass` (x·0), so the sum receives S(x) + 0 and
whatever follows the sum (the ReLU of a BasicBlock) runs unchanged:
    removed(x) = act(S(x) + 0) = the gated network at ξ_branch = 0.
Cost of a removed branch: a few elementwise operations on a tensor of its output's shape.
Finding branches walks the graph once per addition (ResNet-56: 27 additions, ~0.01 s).
"""

from __future__ import annotations

from dataclasses import dataclass, field

import torch
import torch_pruning as tp
from torch import nn

from spruce.pruning.layers import ChannelScatter
from spruce.pruning.structures import CONV_TYPES, ROOT_TYPES, call_model

ACTIVATIONS = (nn.ReLU, nn.ReLU6, nn.LeakyReLU, nn.ELU, nn.GELU, nn.SiLU, nn.Tanh,
               nn.Hardswish, nn.Identity)


@dataclass
class Branch:
    """F in y = F(x) + S(x): its layers in forward order, entry first and exit last."""

    name: str  # the longest common prefix of its layers' names, e.g. "layer2.0"
    layers: list[str]
    entry: str
    exit: str
    in_channels: int
    out_channels: int
    stride: int  # output spatial size = ceil(input size / stride)
    shortcut: list[str] = field(default_factory=list)  # layers on S (empty: identity)


class ZeroBranch(ChannelScatter):
    """Zeros of shape (B, out_channels, ⌈H/stride⌉, ...): a removed residual branch.

    As a ChannelScatter whose inputs all land nowhere (index −1), it stays a layer in
    Torch-Pruning's graph, coupled to the sum's channels, so later pruning narrows it.
    """

    def __init__(self, in_channels: int, out_channels: int, stride: int = 1):
        nn.Module.__init__(self)
        self.in_channels, self.out_channels, self.stride = in_channels, out_channels, stride
        self.register_buffer("index", torch.full((in_channels,), -1, dtype=torch.long))
        self.register_buffer("mask", torch.ones(out_channels))

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        if self.stride > 1:
            x = x[(slice(None), slice(None)) + (slice(None, None, self.stride),)
                  * (x.dim() - 2)]
        return self.scatter(x)

    def extra_repr(self) -> str:
        return f"{self.in_channels} -> {self.out_channels}, stride={self.stride}, zeros"


class ZeroPass(nn.Module):
    """x · 0: a removed branch's inner layer (a new tensor each call, so the in-place
    operations of the forward code, such as `out += identity`, touch nothing saved)."""

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return x * 0


def _is_add(node) -> bool:
    return "AddBackward" in str(getattr(node, "name", ""))


def _ancestors(node, cache: dict) -> frozenset:
    """Every node upstream of `node` (not itself), memoized; iterative (deep nets)."""
    if node in cache:
        return cache[node]
    todo = [node]
    while todo:  # depth-first; a node is computed once all its inputs are (a DAG)
        n = todo[-1]
        if n in cache:
            todo.pop()
            continue
        pending = [i for i in n.inputs if i not in cache]
        if pending:
            todo.extend(pending)
            continue
        todo.pop()
        cache[n] = frozenset().union(*({i} | cache[i] for i in n.inputs))
    return cache[node]


def _path(side, fork, stop: frozenset) -> set | None:
    """Nodes from `side` back to `fork` (excluding fork); None if a path bypasses it."""
    found, todo = set(), [side]
    while todo:
        n = todo.pop()
        if n is fork or n in found:
            continue
        if n in stop or not n.inputs:
            return None  # reached the trunk before the fork, or a model input
        found.add(n)
        todo.extend(n.inputs)
    return found


def layer_calls(model: nn.Module, example_inputs) -> list[tuple[nn.Module, tuple, tuple]]:
    """(layer, first input's shape, output shape) of every leaf-layer call, in order."""
    calls: list = []

    def hook(m, inputs, output):
        first = next((t for t in inputs if isinstance(t, torch.Tensor)), None)
        if first is not None and isinstance(output, torch.Tensor):
            calls.append((m, tuple(first.shape), tuple(output.shape)))

    handles = [m.register_forward_hook(hook) for m in model.modules()
               if not any(True for _ in m.children())]
    was = model.training
    model.eval()
    try:
        with torch.no_grad():
            call_model(model, example_inputs)
    finally:
        for h in handles:
            h.remove()
        model.train(was)
    return calls


def _stride(in_shape: tuple, out_shape: tuple) -> int | None:
    """s with out = ⌈in/s⌉ in every spatial dimension, or None."""
    if len(in_shape) != len(out_shape):
        return None
    if len(in_shape) <= 2:
        return 1
    s = max(1, round(in_shape[2] / out_shape[2]))
    ok = all(len(range(0, i, s)) == o for i, o in zip(in_shape[2:], out_shape[2:], strict=True))
    return s if ok else None


def find_branches(model: nn.Module, example_inputs, graph: tp.DependencyGraph,
                  skipped: list[str] | None = None) -> list[Branch]:
    """Every removable residual branch of `model`, in forward order of their exits."""
    names = {m: n for n, m in model.named_modules()}
    counts: dict[nn.Module, int] = {}
    shapes: dict[nn.Module, tuple] = {}
    for m, ins, outs in layer_calls(model, example_inputs):
        counts[m] = counts.get(m, 0) + 1
        shapes[m] = (ins, outs)
    cache: dict = {}
    notes = skipped if skipped is not None else []
    found: list[Branch] = []
    for node in graph.module2node.values():
        if not (_is_add(node) and len(node.inputs) == 2):
            continue
        branch, why = _branch_at(node, names, counts, shapes, cache)
        if branch is not None:
            found.append(branch)
        elif why:
            notes.append(why)
    order = {n: i for i, n in enumerate(names.values())}
    found.sort(key=lambda b: order[b.exit])
    return found


def _heavy(nodes: set, names: dict) -> list[str]:
    return [names[n.module] for n in nodes
            if n.module in names and isinstance(n.module, ROOT_TYPES)]


def _branch_at(add, names: dict, counts: dict, shapes: dict, cache: dict
               ) -> tuple[Branch | None, str]:
    """The branch into addition node `add`, or (None, why not)."""
    a, b = add.inputs
    common = ({a} | _ancestors(a, cache)) & ({b} | _ancestors(b, cache))
    if not common:
        return None, ""  # two independent inputs: not a residual sum
    fork = max(common, key=lambda n: len(_ancestors(n, cache)))
    stop = _ancestors(fork, cache)
    paths = {side: (_path(side, fork, stop) if side is not fork else set()) for side in (a, b)}
    if any(p is None for p in paths.values()):
        return None, ""
    if any(isinstance(n.module, ZeroBranch) for p in paths.values() for n in p):
        return None, ""  # a branch removed already: the other side is its shortcut
    side, other = sorted((a, b), key=lambda s: len(_heavy(paths[s], names)), reverse=True)
    heavy = _heavy(paths[side], names)
    if len(heavy) == len(_heavy(paths[other], names)):
        return None, ""  # no branch is heavier than the other: not a residual form
    nodes = paths[side]
    label = names.get(side.module, str(side.name))
    entries = [n for n in nodes if fork in n.inputs]
    if len(entries) != 1 or entries[0].module not in names or side.module not in names:
        return None, f"residual sum into {label}: the branch does not start and end at layers"
    layers = [n for n in nodes if n.module in names]
    for n in layers:
        m = n.module
        has_params = any(True for _ in m.parameters(recurse=False))
        if counts.get(m, 0) != 1:
            if has_params:
                return None, f"branch into {label}: layer {names[m]} runs more than once"
            continue  # a shared activation: it stays, and sees zeros once removed
        if not has_params and not isinstance(m, ACTIVATIONS):
            return None, (f"branch into {label}: {names[m]} ({type(m).__name__}) changes "
                          f"shapes without parameters; cannot remove the branch exactly")
    entry, exit_ = entries[0].module, side.module
    if entry not in shapes or exit_ not in shapes:
        return None, f"branch into {label}: its layers did not run on the example inputs"
    in_shape, out_shape = shapes[entry][0], shapes[exit_][1]
    stride = _stride(in_shape, out_shape)
    if stride is None:
        return None, f"branch into {label}: output size is not ⌈input/stride⌉"
    order = {m: i for i, m in enumerate(names)}
    kept = sorted((n.module for n in layers if counts.get(n.module, 0) == 1), key=order.get)
    layer_names = [names[m] for m in kept]
    shortcut = [names[m] for m in sorted((n.module for n in paths[other] if n.module in names),
                                         key=order.get)]
    return Branch(name=_prefix(layer_names), layers=layer_names, entry=names[entry],
                  exit=names[exit_], in_channels=in_shape[1], out_channels=out_shape[1],
                  stride=stride, shortcut=shortcut), ""


def _prefix(layer_names: list[str]) -> str:
    """Longest common dotted prefix ("layer2.0"), or the entry's name if there is none."""
    parts = [n.split(".") for n in layer_names]
    common = []
    for level in zip(*parts, strict=False):
        if len(set(level)) != 1:
            break
        common.append(level[0])
    return ".".join(common) or layer_names[0]


def _set_module(model: nn.Module, name: str, new: nn.Module) -> None:
    parent, _, leaf = name.rpartition(".")
    setattr(model.get_submodule(parent) if parent else model, leaf, new)


def remove_branches(model: nn.Module, branches: list[Branch]) -> None:
    """Replace, in place, each branch by zeros: entry → ZeroBranch, other layers → ZeroPass.

    The widths are read from the current model (unit pruning may have narrowed them).
    """
    for br in branches:
        entry = model.get_submodule(br.entry)
        exit_ = model.get_submodule(br.exit)
        in_ch = _width(entry, "in")
        out_ch = _width(exit_, "out")
        device = next((t.device for t in entry.parameters()), torch.device("cpu"))
        for name in br.layers:
            _set_module(model, name, ZeroPass())
        _set_module(model, br.entry, ZeroBranch(in_ch, out_ch, br.stride).to(device))


def _width(m: nn.Module, side: str) -> int:
    """Input or output channels of a layer spruce knows."""
    if isinstance(m, CONV_TYPES):
        return m.in_channels if side == "in" else m.out_channels
    if isinstance(m, nn.Linear):
        return m.in_features if side == "in" else m.out_features
    if isinstance(m, (nn.BatchNorm1d, nn.BatchNorm2d, nn.BatchNorm3d)):
        return m.num_features
    if isinstance(m, nn.GroupNorm):
        return m.num_channels
    if isinstance(m, nn.LayerNorm):
        return int(m.normalized_shape[-1])
    if isinstance(m, ChannelScatter):
        return m.in_channels if side == "in" else m.out_channels
    raise ValueError(f"cannot read the width of a {type(m).__name__}")
