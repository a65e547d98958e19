"""Accuracy over any iterable of (inputs, targets) batches, such as a DataLoader.

    accuracy(model, batches) = #{argmax model(x) = y} / #examples
in eval mode, without gradients, on the model's device; the count stays on the device and
is read once at the end (one host synchronization per call).
"""

from __future__ import annotations

from collections.abc import Iterable

import torch
from torch import nn


@torch.no_grad()
def accuracy(model: nn.Module, batches: Iterable, max_batches: int | None = None) -> float:
    """Top-1 accuracy of `model` on (inputs, targets) batches; restores the train/eval mode."""
    if max_batches is not None and max_batches < 1:
        raise ValueError(f"max_batches must be >= 1, got {max_batches!r}")
    device = next(model.parameters()).device
    was = model.training
    model.eval()
    correct = torch.zeros((), dtype=torch.long, device=device)
    seen = 0
    try:
        for i, batch in enumerate(batches):
            if max_batches is not None and i >= max_batches:
                break
            if not isinstance(batch, (tuple, list)) or len(batch) < 2:
                raise ValueError("batches must yield (inputs, targets) pairs, got "
                                 f"{type(batch).__name__}")
            x, y = batch[0].to(device, non_blocking=True), batch[1].to(device, non_blocking=True)
            correct += (model(x).argmax(-1) == y).sum()
            seen += len(y)
    finally:
        model.train(was)
    if seen == 0:
        raise ValueError("batches is empty: nothing to measure accuracy on")
    return int(correct) / seen
