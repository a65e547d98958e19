"""BatchNorm statistics after the Bernoulli method's final vertex decision.

While the gates are random, BatchNorm's running statistics average over gate draws; once
every θ is 0 or 1 the network is deterministic and those averages no longer describe its
activations. `recalibrate_bn` recomputes them in one pass over the training images
(cumulative average, weights untouched).
"""

from __future__ import annotations

import torch
from torch import nn


@torch.no_grad()
def recalibrate_bn(model: nn.Module, x: torch.Tensor, batch: int = 256) -> None:
    """Recompute BatchNorm running statistics on `x` (cumulative average, no weight change).

    After the final vertex decision the gates are fixed, so the statistics gathered with
    random gates no longer match; one pass over the training images refreshes them.
    """
    bns = [m for m in model.modules() if isinstance(m, nn.modules.batchnorm._BatchNorm)]
    saved = [m.momentum for m in bns]
    for m in bns:
        m.reset_running_stats()
        m.momentum = None  # cumulative moving average over the pass
    was = model.training
    model.train()
    for i in range(0, len(x), batch):
        model(x[i:i + batch])
    model.train(was)
    for m, mom in zip(bns, saved, strict=True):
        m.momentum = mom
