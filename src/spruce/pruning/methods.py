"""The public pruners: SPR, GroupLasso, Slimming and L1Filter, for any traceable model.

    pruner = spruce.SPR(model, example_inputs, lam=0.5, alpha=0.1)
    for x, y in loader:                                   # your own training loop
        loss = F.cross_entropy(model(x), y) + pruner.penalty()
        ...
    result = pruner.prune(evaluate=lambda m: spruce.accuracy(m, val_loader), tolerance=0.01)
    smaller = result.model

Structures come from Torch-Pruning's dependency graph (spruce.pruning.structures); each
unit is one group W_u of n_u weights. Penalties (one definition each, spruce.penalties):
    SPR         λ·Σ_u n_u z(W_u) / Σ_u n_u     z: the SPR term with α and M_u
    GroupLasso  λ·Σ_u n_u ‖W_u‖₂ / Σ_u n_u
    Slimming    λ·Σ |γ| over the structures' norm layers
    L1Filter    no penalty: one-shot, a fixed ratio of every structure by ‖F‖₁/n
`penalty()` reads the parameters in place: no host synchronization, valid under autocast,
DDP (call it on the bare model's pruner) and torch.compile. Its cost per step is one
norms pass over the grouped weights (ResNet-56: 8.5-12.7 ms forward + backward on a
shared 2-core CPU, benchmarks/bench_penalty.py; the ratio to a plain training step is in
benchmarks/bench_api.py).

`prune()` and the structures come from the base class (spruce.pruning.pruner).
"""

from __future__ import annotations

import torch
from torch import nn

from spruce.penalties import GroupPenalty, check_alpha, check_lam, spr_indicator, spr_regime
from spruce.pruning.pruner import Pruner, unwrap
from spruce.pruning.result import PruneResult
from spruce.pruning.structures import big_m, structured_groups


class _GroupPenaltyPruner(Pruner):
    """A pruner whose penalty is spruce.penalties.GroupPenalty over all units."""

    kind = "spr"

    def _setup_penalty(self, lam: float, alpha: float, M) -> None:
        groups = structured_groups(self.model, self.structures)
        self.penalty_module = GroupPenalty(groups, self.kind, lam, alpha, M)

    def penalty(self) -> torch.Tensor:
        if self.penalty_module.lam == 0:
            return torch.zeros((), device=self.device)
        return self.penalty_module()

    @torch.no_grad()
    def metrics(self) -> dict:
        """Penalty value and how many groups are (near) zero; SPR adds its regime counts."""
        module = self.penalty_module
        sq, inf = module.groups.norms()
        out = {"penalty": float(module()), "groups": int(inf.numel()),
               "groups_zero": int((inf <= 1e-3 * module.M).sum())}  # |w| below 0.1% of M
        if self.kind == "spr":
            out["mean_y"] = float(spr_indicator(sq, inf, module.alpha, module.M,
                                                validate=False).mean())
            regime = spr_regime(sq.cpu(), inf.cpu(), module.alpha, module.M.cpu())
            out.update({f"regime{r}": int((regime == r).sum()) for r in (1, 2, 3)})
        return out


# M_j = 1.5 × the structure's largest |w|: with 1.0 a BatchNorm γ of 1 (its initial value)
# is the largest entry, ‖W‖∞/M = 1 and every group of a fresh ResNet-56 sits in regime 1,
# the plain ridge, with no push towards zero (docs/training.md, "M")
DEFAULT_M_SCALE = 1.5


class SPR(_GroupPenaltyPruner):
    """Structured Perspective Regularization (Cacciola, Frangioni, Li, Lodi 2024).

    M: None (default) = m_scale × max |w| of each structure in `reference` (or in `model`;
    m_scale 1.5 by default),
    a number (one M for every group) or a tensor with one entry per unit.
    """

    kind = "spr"

    def __init__(self, model: nn.Module, example_inputs, lam: float = 0.5, alpha: float = 0.1,
                 M: float | torch.Tensor | None = None, *, m_scale: float = DEFAULT_M_SCALE,
                 reference: nn.Module | None = None,
                 ignored_layers: list[nn.Module | str] | None = None,
                 include_residual: bool = True):
        check_lam(lam)
        check_alpha(alpha)
        super().__init__(model, example_inputs, ignored_layers=ignored_layers,
                         include_residual=include_residual)
        if M is None:
            ref = unwrap(reference) if reference is not None else self.model
            if ref is not self.model:
                self._check_reference(ref)
            M = big_m(ref, self.structures, m_scale)
        self._setup_penalty(lam, alpha, M)


    def _check_reference(self, ref: nn.Module) -> None:
        """The reference must have the model's structures, with the same shapes."""
        mods = dict(ref.named_modules())
        for s in self.structures:
            for name in s.out_layers + s.norm_layers:
                theirs = getattr(mods.get(name), "weight", None)
                ours = getattr(dict(self.model.named_modules())[name], "weight", None)
                if ours is not None and (theirs is None or theirs.shape != ours.shape):
                    shape = None if theirs is None else list(theirs.shape)
                    raise ValueError(f"reference: layer {name!r} has weight shape {shape}, "
                                     f"the model's is {list(ours.shape)}: M needs a "
                                     f"reference of the same architecture")


class GroupLasso(_GroupPenaltyPruner):
    """Group lasso over the same units as SPR."""

    kind = "group_lasso"

    def __init__(self, model: nn.Module, example_inputs, lam: float = 0.05, *,
                 ignored_layers: list[nn.Module | str] | None = None,
                 include_residual: bool = True):
        check_lam(lam)
        super().__init__(model, example_inputs, ignored_layers=ignored_layers,
                         include_residual=include_residual)
        self._setup_penalty(lam, 0.5, 1.0)


class Slimming(Pruner):
    """Network slimming (Liu et al. 2017): λ·Σ|γ| on the norm layers; units scored by |γ|."""

    score = "bn"

    def __init__(self, model: nn.Module, example_inputs, lam: float = 1e-4, *,
                 ignored_layers: list[nn.Module | str] | None = None,
                 include_residual: bool = True):
        self.lam = check_lam(lam)
        super().__init__(model, example_inputs, ignored_layers=ignored_layers,
                         include_residual=include_residual)
        without = [s.name for s in self.structures if not s.norm_weights(self.model)]
        self.skipped += [f"{name}: no norm layer to slim" for name in without]
        self.structures = [s for s in self.structures if s.name not in without]
        if not self.structures:
            raise ValueError("model: Slimming needs norm layers (BatchNorm, ...) after the "
                             "pruned layers; none has one")
        self.gammas = [g for s in self.structures for g in s.norm_weights(self.model)]

    def penalty(self) -> torch.Tensor:
        if self.lam == 0:
            return torch.zeros((), device=self.device)
        # one multi-tensor norm call: Σ_t ‖γ_t‖₁ without a Python loop of reductions
        return self.lam * torch.stack(torch._foreach_norm(self.gammas, 1)).sum()

    @torch.no_grad()
    def metrics(self) -> dict:
        g = torch.cat([x.detach().abs().flatten() for x in self.gammas])
        return {"penalty": float(self.lam * g.sum()), "gamma_small": int((g < 1e-2).sum()),
                "groups": int(g.numel())}


class L1Filter(Pruner):
    """One-shot L1-norm filter pruning (Li et al. 2017): no penalty, a ratio per structure."""

    score = "l1"

    def __init__(self, model: nn.Module, example_inputs, ratio: float = 0.5, *,
                 ignored_layers: list[nn.Module | str] | None = None,
                 include_residual: bool = True):
        if not (isinstance(ratio, (int, float)) and 0 <= ratio < 1):
            raise ValueError(f"ratio must be in [0, 1), got {ratio!r}")
        self.ratio = float(ratio)
        super().__init__(model, example_inputs, ignored_layers=ignored_layers,
                         include_residual=include_residual)

    def prune(self, evaluate=None, **rules) -> PruneResult:
        """As Pruner.prune; with no rule given, removes `ratio` of every structure."""
        if evaluate is None and all(rules.get(k) is None for k in
                                    ("target_macs", "target_params", "threshold", "ratio")):
            rules["ratio"] = self.ratio
        return super().prune(evaluate, **rules)
