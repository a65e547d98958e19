"""Shared fixtures for the SPR training tests (small models, digits, fake CIFAR)."""

from __future__ import annotations

import pytest
import torch
import torch.nn.functional as F
from torch import nn

from spruce.training.data import digits_dataset


@pytest.fixture(scope="session")
def digits():
    return digits_dataset(seed=0)


@pytest.fixture()
def randomized_bn():
    """Give every BatchNorm non-trivial running stats and affine parameters."""

    def apply(model: torch.nn.Module, seed: int = 0) -> torch.nn.Module:
        g = torch.Generator().manual_seed(seed)
        with torch.no_grad():
            for m in model.modules():
                if isinstance(m, torch.nn.BatchNorm2d):
                    n = m.num_features
                    m.running_mean.copy_(torch.randn(n, generator=g) * 0.3)
                    m.running_var.copy_(torch.rand(n, generator=g) + 0.5)
                    m.weight.copy_(torch.randn(n, generator=g))
                    m.bias.copy_(torch.randn(n, generator=g) * 0.2)
        return model.eval()

    return apply


class OptionB(nn.Module):
    """Two residual blocks with a 1×1 conv shortcut (option B): residual channels coupled."""

    def __init__(self):
        super().__init__()
        self.stem, self.bn0 = nn.Conv2d(1, 8, 3, padding=1, bias=False), nn.BatchNorm2d(8)
        self.a, self.bna = nn.Conv2d(8, 6, 3, padding=1, bias=False), nn.BatchNorm2d(6)
        self.b, self.bnb = nn.Conv2d(6, 8, 3, padding=1, bias=False), nn.BatchNorm2d(8)
        self.c, self.bnc = nn.Conv2d(8, 12, 3, 2, 1), nn.BatchNorm2d(12)
        self.d, self.bnd = nn.Conv2d(12, 16, 3, padding=1, bias=False), nn.BatchNorm2d(16)
        self.sc, self.bnsc = nn.Conv2d(8, 16, 1, 2, bias=False), nn.BatchNorm2d(16)
        self.fc = nn.Linear(16, 3)

    def forward(self, x):
        x = F.relu(self.bn0(self.stem(x)))
        x = F.relu(x + self.bnb(self.b(F.relu(self.bna(self.a(x))))))
        y = self.bnd(self.d(F.relu(self.bnc(self.c(x)))))
        x = F.relu(self.bnsc(self.sc(x)) + y)
        return self.fc(F.adaptive_avg_pool2d(x, 1).flatten(1))


@pytest.fixture()
def option_b():
    return OptionB
