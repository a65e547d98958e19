"""Pruning methods as trainer plugins, and the registry behind `spruce train --method`.

A `PruningMethod` adds its term to the loss and may act between steps and epochs:
    loss_step = cross-entropy + method.penalty(model)
The trainer calls, in order: setup (once), then per step penalty -> backward -> optimizer
step -> after_step, and per epoch end_epoch (which may return a physically smaller model;
the trainer then rebuilds its optimizer) and metrics (logged in the JSONL log).
state_dict/load_state_dict hold whatever a resumed run needs to continue exactly.

Methods: none, spr, group-lasso, slimming (L1 on BN γ), l1-filter (one-shot, no penalty),
bernoulli (spruce.training.bernoulli, imported only when asked for).
"""

from __future__ import annotations

import argparse
import importlib
from collections.abc import Callable

import torch
from torch import nn


class PruningMethod:
    """Base class: a method that changes nothing (the 'none' baseline)."""

    name: str = "none"
    #: how `spruce.training.prune` scores structures after training: "magnitude" (max |w| of
    #: the group, threshold searched), "bn" (|γ|, threshold searched), "l1" (fixed ratio)
    prune_score: str = "magnitude"

    def setup(self, model: nn.Module, data_info: dict) -> None:
        """Called once before training; may add hooks or parameters."""

    def observe_batch(self, model: nn.Module, x: torch.Tensor, logits: torch.Tensor,
                      y: torch.Tensor) -> None:
        """Sees each training batch's logits before the penalty (no-op by default; the
        Bernoulli method reads per-example losses here for its score-function estimator)."""

    def penalty(self, model: nn.Module) -> torch.Tensor | None:
        """Term added to the loss each step (a tensor; never call .item() here)."""
        return None

    def extra_parameters(self) -> list[dict]:
        """Optimizer parameter groups the method owns (e.g. gate probabilities)."""
        return []

    def after_step(self, model: nn.Module, step: int) -> None:
        """Called after each optimizer step (e.g. a projected update)."""

    def end_epoch(self, model: nn.Module, epoch: int) -> nn.Module:
        """Called after each epoch; return the model (possibly a smaller one)."""
        return model

    def metrics(self) -> dict:
        """Scalars logged once per epoch."""
        return {}

    def state_dict(self) -> dict:
        return {}

    def load_state_dict(self, d: dict) -> None:
        """Restore what state_dict() returned."""

    def describe(self) -> dict:
        """Settings for the run summary."""
        return {"method": self.name}


# name -> "module:factory" (imported lazily) or a callable taking the parsed CLI args
METHODS: dict[str, str | Callable[[argparse.Namespace], PruningMethod]] = {
    "none": lambda args: PruningMethod(),
    "spr": "spruce.training.spr:from_args",
    "group-lasso": "spruce.training.baselines:group_lasso_from_args",
    "slimming": "spruce.training.baselines:slimming_from_args",
    "l1-filter": "spruce.training.baselines:l1_filter_from_args",
    "bernoulli": "spruce.training.bernoulli.method:from_args",
}


def option(args: argparse.Namespace, name: str, default):
    """args.<name>, or `default` when the option is absent or None (method-specific defaults)."""
    value = getattr(args, name, None)
    return default if value is None else value


def make_method(args: argparse.Namespace) -> PruningMethod:
    """The PruningMethod named by args.method, built from the other parsed options."""
    name = getattr(args, "method", "none")
    if name not in METHODS:
        raise ValueError(f"--method must be one of {tuple(METHODS)}, got {name!r}")
    factory = METHODS[name]
    if isinstance(factory, str):
        module, func = factory.split(":")
        try:
            factory = getattr(importlib.import_module(module), func)
        except (ImportError, AttributeError) as exc:
            raise ValueError(f"--method {name}: its module {module} is not available "
                             f"({exc})") from None
    method = factory(args)
    if not isinstance(method, PruningMethod):
        raise TypeError(f"method factory for {name!r} returned {type(method).__name__}, "
                        f"not a PruningMethod")
    return method
