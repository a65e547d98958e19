"""Baseline pruning methods run through the same pipeline as SPR.

- group lasso:  λ·Σ_j n_j‖W_j‖₂ / Σ_j n_j over the same groups as SPR (conv filter + BN γ, β),
  via spruce.penalties.GroupPenalty(kind="group_lasso"); pruned by the same magnitude search.
- network slimming (Liu et al. 2017):  λ·Σ_i |γ_i| over the BN scales of the structures;
  pruned by a threshold search on |γ_i|.
- one-shot L1-norm filter pruning (Li et al. 2017):  no penalty; after training, each
  structure keeps the (1 − ratio) fraction of its filters with the largest ‖F_i‖₁ / n_i.
- none: plain training (PruningMethod itself), pruned by the magnitude search.
"""

from __future__ import annotations

import argparse

import torch
from torch import nn

from spruce.training.methods import PruningMethod, option
from spruce.training.spr import GroupPenaltyMethod, example_input
from spruce.training.structures import Structure, find_structures


class GroupLassoMethod(GroupPenaltyMethod):
    name = "group-lasso"
    kind = "group_lasso"

    def describe(self) -> dict:
        return {"method": self.name, "lam": self.lam,
                "groups": sum(s.channels for s in self.structures)}


class SlimmingMethod(PruningMethod):
    """λ·Σ|γ| on the BatchNorm scales of all prunable structures."""

    name = "slimming"
    prune_score = "bn"

    def __init__(self, lam: float = 1e-4):
        if not lam >= 0:
            raise ValueError(f"--lam must be >= 0, got {lam!r}")
        self.lam = lam
        self.gammas: list[torch.Tensor] = []
        self.structures: list[Structure] = []

    def setup(self, model: nn.Module, data_info: dict) -> None:
        device = next(model.parameters()).device
        self.structures = find_structures(model, example_input(data_info, device))
        self.gammas = [g for s in self.structures for g in s.norm_weights(model)]
        if not self.gammas:
            raise ValueError("--method slimming needs BatchNorm layers after the pruned convs")

    def penalty(self, model: nn.Module) -> torch.Tensor | None:
        if self.lam == 0:
            return None
        # one multi-tensor norm call: Σ_t ‖γ_t‖₁ without a Python loop of reductions
        norms = torch._foreach_norm(self.gammas, 1)
        return self.lam * torch.stack(norms).sum()

    @torch.no_grad()
    def metrics(self) -> dict:
        g = torch.cat([x.detach().abs().flatten() for x in self.gammas])
        return {"penalty": float(self.lam * g.sum()), "gamma_small": int((g < 1e-2).sum()),
                "groups": int(g.numel())}

    def describe(self) -> dict:
        return {"method": self.name, "lam": self.lam}


class L1FilterMethod(PruningMethod):
    """No penalty: prune the filters of smallest L1 norm, a fixed ratio per structure."""

    name = "l1-filter"
    prune_score = "l1"

    def __init__(self, ratio: float = 0.5):
        if not 0.0 <= ratio < 1.0:
            raise ValueError(f"--prune-ratio must be in [0, 1), got {ratio!r}")
        self.ratio = ratio

    def describe(self) -> dict:
        return {"method": self.name, "prune_ratio": self.ratio}


def group_lasso_from_args(args: argparse.Namespace) -> GroupLassoMethod:
    return GroupLassoMethod(option(args, "lam", 0.05), include_residual=not getattr(
        args, "no_residual", False))


def slimming_from_args(args: argparse.Namespace) -> SlimmingMethod:
    return SlimmingMethod(option(args, "lam", 1e-4))


def l1_filter_from_args(args: argparse.Namespace) -> L1FilterMethod:
    return L1FilterMethod(option(args, "prune_ratio", 0.5))
