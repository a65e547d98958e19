"""CIFAR ResNets (He et al. 2016, option-A shortcuts) and small variants for tiny images.

ResNet-(6n+2): a 3×3 stem conv, three stages of n BasicBlocks with widths w, 2w, 4w
(w = 16 for the CIFAR models), strides 1, 2, 2, global average pooling and a Linear head.
BasicBlock: out = relu(shortcut(x) + bn2(conv2(relu(bn1(conv1(x)))))); the option-A
shortcut subsamples by the stride and zero-pads the new channels (no parameters; a
ChannelScatter, whose index and mask buffers say where each channel goes once channels
have been pruned).

Sizes: ResNet-20 0.27M params / 41M MACs, ResNet-56 0.85M / 126M MACs (32×32 inputs).
The block's attributes (conv1, bn1, conv2, bn2, shortcut) are what the SPR groups and the
Bernoulli gates attach to: `block.conv1` output channels are the block's inner units.
"""

from __future__ import annotations

import torch
import torch.nn.functional as F
from torch import nn

from spruce.pruning.layers import ChannelScatter

CIFAR_DEPTHS = (20, 32, 44, 56, 110)


class ShortcutA(ChannelScatter):
    """Option-A identity shortcut: x[:, :, ::s, ::s] placed in the middle of a wider output
    (zero channels on both sides), as F.pad(x, (..., extra // 2, extra − extra // 2)).

    A ChannelScatter, so that the channels of the stage before and the stage after are
    separate prunable structures (spruce.pruning.layers)."""

    def __init__(self, in_planes: int, out_planes: int, stride: int):
        super().__init__(in_planes, out_planes, (out_planes - in_planes) // 2)
        self.stride = stride

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        if self.stride != 1:
            x = x[:, :, :: self.stride, :: self.stride]
        return self.scatter(x)


class BasicBlock(nn.Module):
    def __init__(self, in_planes: int, planes: int, stride: int = 1):
        super().__init__()
        self.conv1 = nn.Conv2d(in_planes, planes, 3, stride, 1, bias=False)
        self.bn1 = nn.BatchNorm2d(planes)
        self.conv2 = nn.Conv2d(planes, planes, 3, 1, 1, bias=False)
        self.bn2 = nn.BatchNorm2d(planes)
        if stride != 1 or in_planes != planes:
            self.shortcut: nn.Module = ShortcutA(in_planes, planes, stride)
        else:
            self.shortcut = nn.Identity()

    def residual(self, x: torch.Tensor) -> torch.Tensor:
        """The residual branch F(x) alone."""
        return self.bn2(self.conv2(F.relu(self.bn1(self.conv1(x)))))

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return F.relu(self.shortcut(x) + self.residual(x))


class CifarResNet(nn.Module):
    """ResNet-(6n+2) for small images; `widths` and `in_channels` adapt it to other data."""

    def __init__(self, depth: int = 56, num_classes: int = 10, in_channels: int = 3,
                 widths: tuple[int, int, int] = (16, 32, 64)):
        super().__init__()
        if depth < 8 or (depth - 2) % 6 != 0:
            raise ValueError(f"depth must be 6n+2 with n >= 1 (20, 32, 44, 56, 110, ...), "
                             f"got {depth}")
        n = (depth - 2) // 6
        self.depth = depth
        self.conv1 = nn.Conv2d(in_channels, widths[0], 3, 1, 1, bias=False)
        self.bn1 = nn.BatchNorm2d(widths[0])
        layers, in_planes = [], widths[0]
        for stage, (planes, stride) in enumerate(zip(widths, (1, 2, 2), strict=True)):
            blocks = []
            for i in range(n):
                blocks.append(BasicBlock(in_planes, planes, stride if i == 0 else 1))
                in_planes = planes
            layers.append(nn.Sequential(*blocks))
            setattr(self, f"layer{stage + 1}", layers[-1])
        self.linear = nn.Linear(in_planes, num_classes)
        self._init_weights()

    def _init_weights(self) -> None:
        for m in self.modules():
            if isinstance(m, (nn.Conv2d, nn.Linear)):
                nn.init.kaiming_normal_(m.weight, nonlinearity="relu")
            elif isinstance(m, nn.BatchNorm2d):
                nn.init.ones_(m.weight)
                nn.init.zeros_(m.bias)

    def blocks(self) -> list[BasicBlock]:
        """All residual blocks, input to output."""
        return [m for m in self.modules() if isinstance(m, BasicBlock)]

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        x = F.relu(self.bn1(self.conv1(x)))
        x = self.layer3(self.layer2(self.layer1(x)))
        x = F.adaptive_avg_pool2d(x, 1).flatten(1)
        return self.linear(x)


def resnet_cifar(depth: int = 56, num_classes: int = 10, **kwargs) -> CifarResNet:
    """CIFAR ResNet-`depth` (20/32/44/56/110 are the standard ones)."""
    return CifarResNet(depth, num_classes, **kwargs)


def small_resnet(num_classes: int = 10, in_channels: int = 1, depth: int = 14,
                 widths: tuple[int, int, int] = (8, 16, 32)) -> CifarResNet:
    """A narrow ResNet for 8×8 images (scikit-learn digits): fast on a CPU."""
    return CifarResNet(depth, num_classes, in_channels=in_channels, widths=widths)
