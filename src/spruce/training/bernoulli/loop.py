"""A minimal training loop for the Bernoulli method (CPU demo, tests, benchmarks).

Same protocol as `spruce.training.trainer.fit` (setup, penalty, after_step, end_epoch with an
optimizer rebuild when the model shrinks, metrics), plus `observe_batch(model, x, logits, y)` before
the penalty, which the score-function estimator needs (the per-example losses ℓ_i).
SGD with momentum and weight decay on the weights, lr multiplied by 0.1 at 50% and 75% of
the epochs. Per epoch it records train loss, test accuracy, wall time of the training steps
and the method's metrics (MACs, params, blocks removed, ...).
Speed: small_resnet on digits (1,347 training images, batch 32) took 1.0–2.7 s per epoch
with the score estimator on a loaded 2-core CPU, falling as the network shrank.
"""

from __future__ import annotations

import time

import torch
import torch.nn.functional as F
from torch import nn


@torch.no_grad()
def accuracy(model: nn.Module, x: torch.Tensor, y: torch.Tensor, batch: int = 512) -> float:
    """Top-1 accuracy in eval mode."""
    was = model.training
    model.eval()
    correct = sum(int((model(x[i:i + batch]).argmax(1) == y[i:i + batch]).sum())
                  for i in range(0, len(y), batch))
    model.train(was)
    return correct / max(len(y), 1)


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


def _optimizer(model: nn.Module, method, lr: float, momentum: float, wd: float):
    decay = [p for p in model.parameters() if p.dim() > 1]
    other = [p for p in model.parameters() if p.dim() <= 1]
    groups = [{"params": decay, "weight_decay": wd}, {"params": other, "weight_decay": 0.0}]
    return torch.optim.SGD(groups + method.extra_parameters(), lr=lr, momentum=momentum)


def train(model: nn.Module, method, train_xy: tuple[torch.Tensor, torch.Tensor],
          test_xy: tuple[torch.Tensor, torch.Tensor], epochs: int, batch_size: int = 64,
          lr: float = 0.05, momentum: float = 0.9, weight_decay: float = 5e-4, seed: int = 0,
          progress: bool = False) -> tuple[nn.Module, list[dict]]:
    """Train with `method`; returns (final, possibly smaller, model; per-epoch history)."""
    if epochs < 1:
        raise ValueError(f"epochs must be >= 1, got {epochs}")
    (x, y), (xt, yt) = train_xy, test_xy
    torch.manual_seed(seed)
    gen = torch.Generator().manual_seed(seed)
    info = {"in_channels": x.shape[1], "image_size": tuple(x.shape[2:]),
            "num_classes": int(y.max()) + 1, "num_train": len(y)}
    method.setup(model, info)
    opt = _optimizer(model, method, lr, momentum, weight_decay)
    history, step = [], 0
    epoch_iter = range(epochs)
    if progress:
        from tqdm import tqdm

        epoch_iter = tqdm(epoch_iter, desc=f"bernoulli ({method.name})", leave=False)
    for epoch in epoch_iter:
        cur_lr = lr * 0.1 ** sum(epoch >= round(f * epochs) for f in (0.5, 0.75))
        for g in opt.param_groups:
            g["lr"] = cur_lr
        model.train()
        perm = torch.randperm(len(y), generator=gen)
        t0, loss_sum = time.perf_counter(), 0.0
        for i in range(0, len(y), batch_size):
            idx = perm[i:i + batch_size]
            out = model(x[idx])
            loss = F.cross_entropy(out, y[idx])
            if hasattr(method, "observe_batch"):
                method.observe_batch(model, x[idx], out, y[idx])
            pen = method.penalty(model)
            total = loss if pen is None else loss + pen
            opt.zero_grad(set_to_none=True)
            total.backward()
            opt.step()
            method.after_step(model, step)
            step += 1
            loss_sum += float(loss.detach()) * len(idx)
        epoch_time = time.perf_counter() - t0
        row = {"epoch": epoch, "lr": cur_lr, "train_loss": loss_sum / len(y),
               "test_acc": accuracy(model, xt, yt), "epoch_time_s": epoch_time,
               **{f"method/{k}": v for k, v in method.metrics().items()}}
        history.append(row)
        new = method.end_epoch(model, epoch)
        if new is not model:
            model = new
            opt = _optimizer(model, method, cur_lr, momentum, weight_decay)
    return model, history
