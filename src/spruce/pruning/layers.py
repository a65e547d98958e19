"""A parameter-free layer that places channels, and its Torch-Pruning pruner.

`ChannelScatter(in_channels, out_channels)` computes, per example and position,
    out[index[i]] = x[i] · mask[index[i]]   for every input channel i with index[i] ≥ 0,
and 0 elsewhere. With index[i] = i + offset it is the zero-padding shortcut of option-A
ResNets (the input channels in the middle of a wider output). Because Torch-Pruning sees
it as a layer with its own input and output channels (`ChannelScatterPruner`), the
channels before and after it are two independent structures, which a traced F.pad
would couple across widths:
- removing output channel p (`prune_out_channels`) drops mask[p] and the input that
  landed there (its index becomes −1);
- removing input channel i (`prune_in_channels`) drops index[i].
`mask` is the layer's per-output-channel keep mask (1 = kept): the masked network zeroes
mask[p] where it removes output channel p, so that it computes exactly what the smaller
network computes (spruce.pruning.masks.apply_masks does so for every structure whose
channels pass through such a layer). Both buffers are saved in the state dict.
Cost: one index_copy per call (ResNet-56 at 32×32: two calls, negligible).
"""

from __future__ import annotations

from collections.abc import Sequence

import torch
import torch_pruning as tp
from torch import nn


class ChannelScatter(nn.Module):
    """out[:, index[i]] = x[:, i] for index[i] ≥ 0, times mask (see the module docstring)."""

    def __init__(self, in_channels: int, out_channels: int, offset: int = 0):
        super().__init__()
        if not 0 <= offset <= out_channels - in_channels:
            raise ValueError(f"offset must be in [0, {out_channels - in_channels}], got "
                             f"{offset}")
        self.in_channels, self.out_channels = in_channels, out_channels
        self.register_buffer("index", torch.arange(in_channels) + offset)
        self.register_buffer("mask", torch.ones(out_channels))

    def scatter(self, x: torch.Tensor) -> torch.Tensor:
        # dropped inputs (index −1) land in one extra channel that is cut off: no branch on
        # the index values, so no host synchronization on a GPU
        out = x.new_zeros((x.shape[0], self.out_channels + 1, *x.shape[2:]))
        target = torch.where(self.index >= 0, self.index, self.out_channels)
        out = out.index_copy(1, target, x)[:, :self.out_channels]
        return out * self.mask.to(x.dtype).view(1, -1, *([1] * (x.dim() - 2)))

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return self.scatter(x)

    def extra_repr(self) -> str:
        return f"{self.in_channels} -> {self.out_channels}"


class ChannelScatterPruner(tp.pruner.function.BasePruningFunc):
    """Torch-Pruning's view of ChannelScatter: inputs and outputs prune independently."""

    TARGET_MODULES = ChannelScatter

    def prune_out_channels(self, layer: ChannelScatter, idxs: Sequence[int]) -> nn.Module:
        drop = sorted(set(int(i) for i in idxs))
        keep = [p for p in range(layer.out_channels) if p not in set(drop)]
        new_pos = torch.full((layer.out_channels,), -1, dtype=torch.long)
        new_pos[keep] = torch.arange(len(keep))
        index = layer.index.clone()
        valid = index >= 0
        index[valid] = new_pos[index[valid]].to(index.device)
        layer.index = index
        layer.mask = layer.mask[keep].clone()
        layer.out_channels = len(keep)
        return layer

    def prune_in_channels(self, layer: ChannelScatter, idxs: Sequence[int]) -> nn.Module:
        drop = set(int(i) for i in idxs)
        keep = [i for i in range(layer.in_channels) if i not in drop]
        layer.index = layer.index[keep].clone()
        layer.in_channels = len(keep)
        return layer

    def get_out_channels(self, layer: ChannelScatter) -> int:
        return layer.out_channels

    def get_in_channels(self, layer: ChannelScatter) -> int:
        return layer.in_channels


def custom_pruners(model: nn.Module) -> dict[type, ChannelScatterPruner]:
    """Torch-Pruning's customized_pruners for every ChannelScatter class in `model`
    (Torch-Pruning looks pruners up by exact class, so subclasses are listed one by one)."""
    return {type(m): ChannelScatterPruner() for m in model.modules()
            if isinstance(m, ChannelScatter)}
