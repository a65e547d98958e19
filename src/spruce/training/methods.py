"""Pruning methods as trainer plugins, and the registry behind `spruce train --method`.

A `PruningMethod` adds its term to the loss and may act between steps and epochs:
    loss_step = cross-entropy + method.penalty(model)
The trainer calls, in order: setup(model, example_inputs) once, then per step
observe_batch -> penalty -> backward -> optimizer step -> after_step, and per epoch metrics
(logged in the JSONL log) and end_epoch (which may return a physically smaller model and
an optimizer over it; without one the trainer builds a fresh optimizer).
state_dict/load_state_dict hold whatever a resumed run needs to continue exactly.

Methods: none, spr, group-lasso, slimming, l1-filter (each a `PrunerMethod`: the public
pruner of spruce.pruning, built on the model at setup), bernoulli
(spruce.training.bernoulli, imported only when asked for).
"""

from __future__ import annotations

import importlib
from collections.abc import Callable

import torch
from torch import nn


class PruningMethod:
    """Base class: a method that changes nothing (the 'none' baseline)."""

    name: str = "none"

    def setup(self, model: nn.Module, example_inputs: torch.Tensor) -> None:
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

    def end_epoch(self, model: nn.Module, epoch: int,
                  optimizer: torch.optim.Optimizer | None = None
                  ) -> tuple[nn.Module, torch.optim.Optimizer | None]:
        """Called after each epoch; returns (model, optimizer): the model, possibly a smaller
        one, and an optimizer over it (the one given, one carrying its state over to the
        smaller model, or None: the trainer then builds a fresh one)."""
        return model, optimizer

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


class PrunerMethod(PruningMethod):
    """A spruce.pruning pruner as a trainer plugin: its penalty, metrics and saved M.

    `make(model, example_inputs, M)` builds the pruner (M: the stored per-group tensor of a
    resumed SPR run, else None); `settings` go to the run summary.
    """

    def __init__(self, name: str, make: Callable, settings: dict):
        self.name, self.make, self.settings = name, make, settings
        self.pruner = None
        self._M: torch.Tensor | None = None

    def setup(self, model: nn.Module, example_inputs: torch.Tensor) -> None:
        self.pruner = self.make(model, example_inputs, self._M)
        module = getattr(self.pruner, "penalty_module", None)
        if module is not None and module.kind == "spr":
            self._M = module.M.detach().cpu()

    def penalty(self, model: nn.Module) -> torch.Tensor | None:
        # no term at all (not a zero tensor) for l1-filter and λ = 0
        return self.pruner.penalty() if self.settings.get("lam", 0) > 0 else None

    def metrics(self) -> dict:
        return self.pruner.metrics() if hasattr(self.pruner, "metrics") else {}

    def state_dict(self) -> dict:
        return {"M": self._M} if self._M is not None else {}

    def load_state_dict(self, d: dict) -> None:
        if isinstance(d.get("M"), torch.Tensor):
            self._M = d["M"]

    def describe(self) -> dict:
        out = {"method": self.name, **self.settings}
        if self.pruner is not None:
            out.update(units=self.pruner.units, structures=len(self.pruner.structures))
        return out


def option(cfg, name: str, default):
    """cfg.<name>, or `default` when it is absent or None (method-specific defaults)."""
    value = getattr(cfg, name, None)
    return default if value is None else value


def _spr(cfg, reference: nn.Module | None = None) -> PrunerMethod:
    from spruce.pruning import SPR
    from spruce.pruning.methods import DEFAULT_M_SCALE

    lam, alpha = option(cfg, "lam", 0.5), option(cfg, "alpha", 0.1)
    m_scale = option(cfg, "m_scale", DEFAULT_M_SCALE)
    residual = option(cfg, "include_residual", True)
    return PrunerMethod("spr", lambda model, x, M: SPR(
        model, x, lam, alpha, M, m_scale=m_scale, reference=reference,
        include_residual=residual), {"lam": lam, "alpha": alpha, "m_scale": m_scale})


def _group_lasso(cfg, reference: nn.Module | None = None) -> PrunerMethod:
    from spruce.pruning import GroupLasso

    lam, residual = option(cfg, "lam", 0.05), option(cfg, "include_residual", True)
    return PrunerMethod("group-lasso", lambda model, x, M: GroupLasso(
        model, x, lam, include_residual=residual), {"lam": lam})


def _slimming(cfg, reference: nn.Module | None = None) -> PrunerMethod:
    from spruce.pruning import Slimming

    lam, residual = option(cfg, "lam", 1e-4), option(cfg, "include_residual", True)
    return PrunerMethod("slimming", lambda model, x, M: Slimming(
        model, x, lam, include_residual=residual), {"lam": lam})


def _l1_filter(cfg, reference: nn.Module | None = None) -> PrunerMethod:
    from spruce.pruning import L1Filter

    ratio, residual = option(cfg, "prune_ratio", 0.5), option(cfg, "include_residual", True)
    return PrunerMethod("l1-filter", lambda model, x, M: L1Filter(
        model, x, ratio, include_residual=residual), {"prune_ratio": ratio})


# name -> factory(config, reference model for SPR's M), or "module:factory" imported lazily
METHODS: dict[str, str | Callable] = {
    "none": lambda cfg, reference=None: PruningMethod(),
    "spr": _spr,
    "group-lasso": _group_lasso,
    "slimming": _slimming,
    "l1-filter": _l1_filter,
    "bernoulli": "spruce.training.bernoulli.method:from_config",
}


def make_method(cfg, reference: nn.Module | None = None) -> PruningMethod:
    """The PruningMethod named by cfg.method, built from the config's other settings.

    `reference`: the model whose max-abs per structure sets SPR's M (None: the model).
    """
    name = getattr(cfg, "method", "none")
    if name not in METHODS:
        raise ValueError(f"method must be one of {tuple(METHODS)}, got {name!r}")
    factory = METHODS[name]
    if isinstance(factory, str):
        module, func = factory.split(":")
        try:
            factory = getattr(importlib.import_module(module), func)
        except (ImportError, AttributeError) as exc:
            raise ValueError(f"method {name}: its module {module} is not available "
                             f"({exc})") from None
    method = factory(cfg, reference)
    if not isinstance(method, PruningMethod):
        raise TypeError(f"method factory for {name!r} returned {type(method).__name__}, "
                        f"not a PruningMethod")
    return method
