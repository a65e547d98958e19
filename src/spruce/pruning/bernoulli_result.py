"""What `Bernoulli.finalize()` returns, and the helpers around a physical removal.

`BernoulliResult` follows scipy's OptimizeResult like `PruneResult`: `success`, `status`,
`message`, then the deterministic `model` and the evidence. Status codes:
    0  every gate had reached 0 or 1: rounding moved nothing
    1  some gates were undecided and were rounded to their nearest vertex (`rounded`,
       `max_rounding` = the largest distance moved, |θ − its vertex|)
`carry_optimizer` rebuilds an optimizer over a pruned model's parameters with the state of
the surviving entries: the surgery is replayed on a copy of the model whose parameters hold
the state tensors (momentum, Adam moments) instead of the weights, so the state is sliced
exactly as the weights were. Cost: one copy and one trace per state tensor kind.
"""

from __future__ import annotations

import copy
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

import torch
from torch import nn

from spruce.pruning.result import SizeRatios


@dataclass(repr=False)
class BernoulliResult(SizeRatios):
    """The deterministic network after Bernoulli pruning, and how it got there."""

    success: bool
    status: int
    message: str
    model: nn.Module
    rounded: int  # gates strictly inside (0, 1) when finalize() was called
    rounded_to_zero: int
    max_rounding: float  # largest |θ − its vertex| among them (0 when none)
    metric_before_rounding: float | None  # evaluate() on the mean-field network
    metric_after_rounding: float | None  # evaluate() on the deterministic network
    metric_after_calibration: float | None  # the same after BatchNorm recalibration
    macs_before: int  # the model given to Bernoulli(), per example (Torch-Pruning)
    macs_after: int
    params_before: int
    params_after: int
    history: list[dict] = field(default_factory=list)  # one record per end_epoch()
    warnings: list[str] = field(default_factory=list)

    @classmethod
    def build(cls, model, report: dict, metrics: dict, macs: tuple, params: tuple,
              history: list, skipped: list[str]) -> BernoulliResult:
        rounded = report["rounded"]
        msg = (f"{rounded} undecided gates rounded (largest move {report['max_rounding']:.3f})"
               if rounded else "every gate had reached 0 or 1")
        msg += f"; {macs[1] / max(macs[0], 1):.1%} of MACs and " \
               f"{params[1] / max(params[0], 1):.1%} of parameters kept"
        return cls(success=True, status=1 if rounded else 0, message=msg, model=model,
                   rounded=rounded, rounded_to_zero=report["to_zero"],
                   max_rounding=report["max_rounding"],
                   metric_before_rounding=metrics.get("before"),
                   metric_after_rounding=metrics.get("after"),
                   metric_after_calibration=metrics.get("calibrated"),
                   macs_before=macs[0], macs_after=macs[1],
                   params_before=params[0], params_after=params[1], history=list(history),
                   warnings=[f"not gated: {why}" for why in skipped])

    def summary(self) -> dict:
        """Everything but the model, as plain JSON-able values."""
        out = {k: v for k, v in vars(self).items() if k != "model"}
        out["macs_ratio"], out["params_ratio"] = self.macs_ratio, self.params_ratio
        return out

    def __repr__(self) -> str:
        metric = None if self.metric_before_rounding is None else (
            f"{self.metric_before_rounding:.4g} -> {self.metric_after_rounding:.4g}"
            + ("" if self.metric_after_calibration is None else
               f" (BatchNorm recalibrated: {self.metric_after_calibration:.4g})"))
        shown = {"success": self.success, "status": self.status, "message": self.message,
                 "rounded": f"{self.rounded} ({self.rounded_to_zero} to 0), largest move "
                            f"{self.max_rounding:.3f}",
                 "metric (rounding)": metric,
                 "macs": f"{self.macs_before:,} -> {self.macs_after:,} ({self.macs_ratio:.1%})",
                 "params": f"{self.params_before:,} -> {self.params_after:,} "
                           f"({self.params_ratio:.1%})",
                 "epochs": len(self.history), "warnings": self.warnings,
                 "model": type(self.model).__name__}
        width = max(map(len, shown))
        return "\n".join(f"{k.rjust(width)}: {v}" for k, v in shown.items())


def rounding_report(thetas: list[torch.Tensor], tau: float = 0.5) -> dict:
    """How many θ lie strictly inside (0, 1), how many of those go to 0 (θ ≤ τ, or θ < ½
    at τ = ½), and the largest move |θ − its vertex| among them."""
    flat = torch.cat([t.detach().flatten().cpu() for t in thetas]) if thetas else \
        torch.zeros(0)
    inside = flat[(flat > 0) & (flat < 1)]
    to_zero = inside < 0.5 if tau == 0.5 else inside <= tau
    moves = torch.where(to_zero, inside, 1 - inside)
    return {"rounded": int(inside.numel()), "to_zero": int(to_zero.sum()),
            "max_rounding": float(moves.max()) if inside.numel() else 0.0}


@torch.no_grad()
def recalibrate_bn(model: nn.Module, batches: Iterable) -> None:
    """Recompute BatchNorm running statistics over `batches` (cumulative average).

    Each batch is an input tensor or an (inputs, targets, ...) tuple; weights are untouched.
    """
    bns = [m for m in model.modules() if isinstance(m, nn.modules.batchnorm._BatchNorm)]
    saved = [m.momentum for m in bns]
    for m in bns:
        m.reset_running_stats()
        m.momentum = None
    device = next(model.parameters()).device
    was = model.training
    model.train()
    try:
        for batch in batches:
            x = batch[0] if isinstance(batch, (tuple, list)) else batch
            model(x.to(device))
    finally:
        model.train(was)
        for m, mom in zip(bns, saved, strict=True):
            m.momentum = mom


def carry_optimizer(optimizer: torch.optim.Optimizer, old: nn.Module, new: nn.Module,
                    surgery: Callable[[nn.Module], nn.Module]) -> torch.optim.Optimizer:
    """An optimizer like `optimizer` over `new`'s parameters, with the sliced state.

    `surgery(copy_of_old)` must apply to a copy of `old` what turned `old` into `new`.
    Parameters the optimizer holds outside `old` keep their object and state.
    """
    old_names = {p: n for n, p in old.named_parameters()}
    new_params = dict(new.named_parameters())
    kinds = sorted({k for p, st in optimizer.state.items() if p in old_names
                    for k, v in st.items()
                    if isinstance(v, torch.Tensor) and v.shape == p.shape})
    sliced = {k: _sliced_state(optimizer, old, old_names, k, surgery) for k in kinds}
    groups = []
    for g in optimizer.param_groups:
        params = []
        for p in g["params"]:
            if p in old_names:
                if old_names[p] in new_params:
                    params.append(new_params[old_names[p]])
            else:
                params.append(p)
        groups.append({**{k: v for k, v in g.items() if k != "params"}, "params": params})
    fresh = type(optimizer)(groups, **optimizer.defaults)
    for p_old, st in optimizer.state.items():
        if p_old not in old_names:
            fresh.state[p_old] = st
            continue
        name = old_names[p_old]
        if name not in new_params:
            continue
        fresh.state[new_params[name]] = {
            k: (sliced[k][name] if k in sliced and name in sliced[k] else
                (v.clone() if isinstance(v, torch.Tensor) else v)) for k, v in st.items()}
    return fresh


@torch.no_grad()
def _sliced_state(optimizer, old: nn.Module, old_names: dict, kind: str,
                  surgery: Callable[[nn.Module], nn.Module]) -> dict[str, torch.Tensor]:
    """State tensor `kind` of every parameter, after the surgery (by parameter name)."""
    shadow = copy.deepcopy(old)
    by_name = dict(shadow.named_parameters())
    for p, name in old_names.items():
        v = optimizer.state.get(p, {}).get(kind)
        by_name[name].copy_(v if isinstance(v, torch.Tensor) and v.shape == p.shape
                            else torch.zeros_like(p))
    shadow = surgery(shadow)
    return {n: p.detach().clone() for n, p in shadow.named_parameters()}


def added(a: torch.Tensor | None, b: torch.Tensor | None) -> torch.Tensor | None:
    """a + b, where None is an absent gradient."""
    if a is None or b is None:
        return b if a is None else a
    return a + b
