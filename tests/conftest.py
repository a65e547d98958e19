"""Test-wide settings: headless plots, one compute thread per process.

CI machines are shared: torch's default of one thread per core makes each thread wait for
the others' time slices when other jobs use the cores (a digits epoch went from 0.9 s to
9-35 s with two threads under load). One thread per process, for this process and every
process the tests start (OMP_NUM_THREADS is inherited), keeps the suite's time steady.
"""

import os

os.environ.setdefault("MPLBACKEND", "Agg")
os.environ.setdefault("OMP_NUM_THREADS", "1")
os.environ.setdefault("MKL_NUM_THREADS", "1")

import matplotlib  # noqa: E402

matplotlib.use("Agg")

import pytest  # noqa: E402
import torch  # noqa: E402
import torch.nn.functional as F  # noqa: E402
from torch import nn  # noqa: E402

torch.set_num_threads(1)



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
