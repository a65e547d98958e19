"""The SPR training method: loss = cross-entropy + λ·Σ_j n_j z(W_j) / Σ_j n_j.

z is the Structured Perspective Regularization term of `spruce.penalties` (never
re-implemented here); W_j is channel j of a Torch-Pruning structure: its conv filter with
its BN γ_j, β_j (see `spruce.training.structures`).

M_j (the big-M bound of the MIP behind SPR) is M_scale × max(‖conv W‖∞, ‖γ‖∞, ‖β‖∞) of the
structure (the conv layer with its BN) that group j belongs to, measured on a reference
model. The reference is, by `--m-from`:
  init        the randomly initialized model itself (no extra cost);
  warmup      the same initialization after `--m-warmup-epochs` of plain training, then
              training restarts from the initialization with the penalty (the authors'
              recipe with a short run in place of a fully trained network);
  checkpoint  a pretrained spruce checkpoint (`--m-checkpoint`).
The pipeline (spruce.training.cli.run_pipeline) fills `reference` before setup().

Per step the penalty costs one StructuredGroups.norms() pass plus a handful of
element-wise ops on G values (ResNet-56: 1,008 groups); no host synchronization. On a
2-core CPU it made a ResNet-56 training step (batch 128) about 7% slower (35 -> 32
images/s, benchmarks/bench_train.py --quick); the GPU overhead is not yet measured.
"""

from __future__ import annotations

import argparse

import torch
from torch import nn

from spruce.penalties import GroupPenalty, spr_indicator, spr_regime
from spruce.training.methods import PruningMethod, option
from spruce.training.structures import Structure, big_m, find_structures, structured_groups


def example_input(data_info: dict, device: torch.device | str = "cpu") -> torch.Tensor:
    """A (1, C, H, W) zero batch shaped like the data (for tracing)."""
    h, w = data_info.get("image_size", (32, 32))
    return torch.zeros(1, data_info.get("in_channels", 3), h, w, device=device)


class GroupPenaltyMethod(PruningMethod):
    """A method whose penalty is a spruce.penalties.GroupPenalty over conv structures."""

    kind = "spr"

    def __init__(self, lam: float, alpha: float = 0.5, m_scale: float = 1.0,
                 reference: nn.Module | None = None, include_residual: bool = True):
        self.lam, self.alpha, self.m_scale = lam, alpha, m_scale
        self.reference = reference
        self.include_residual = include_residual
        self.structures: list[Structure] = []
        self.module: GroupPenalty | None = None
        self._M: torch.Tensor | None = None

    def setup(self, model: nn.Module, data_info: dict) -> None:
        device = next(model.parameters()).device
        self.structures = find_structures(model, example_input(data_info, device),
                                          self.include_residual)
        groups = structured_groups(model, self.structures)
        if self._M is None:  # a resumed run brings its M in load_state_dict
            self._M = big_m(self.reference if self.reference is not None else model,
                            self.structures, self.m_scale)
        self.module = GroupPenalty(groups, self.kind, self.lam, self.alpha, self._M.to(device))

    def penalty(self, model: nn.Module) -> torch.Tensor | None:
        return self.module() if self.lam > 0 else None

    @torch.no_grad()
    def metrics(self) -> dict:
        if self.module is None:
            return {}
        sq, inf = self.module.groups.norms()
        M = self.module.M
        out = {"penalty": float(self.module()),
               "groups_zero": int((inf <= 1e-3 * M).sum()),  # |w| below 0.1% of M
               "groups": int(inf.numel())}
        if self.kind == "spr":
            y = spr_indicator(sq, inf, self.alpha, M, validate=False)
            out["mean_y"] = float(y.mean())
            regime = spr_regime(sq.cpu(), inf.cpu(), self.alpha, M.cpu())
            for r in (1, 2, 3):
                out[f"regime{r}"] = int((regime == r).sum())
        return out

    def state_dict(self) -> dict:
        return {"M": self._M.cpu() if self._M is not None else None}

    def load_state_dict(self, d: dict) -> None:
        if d.get("M") is not None:
            self._M = d["M"]

    def describe(self) -> dict:
        return {"method": self.name, "lam": self.lam, "alpha": self.alpha,
                "m_scale": self.m_scale, "groups": sum(s.channels for s in self.structures),
                "structures": len(self.structures)}


class SPRMethod(GroupPenaltyMethod):
    """Structured Perspective Regularization (Cacciola et al. 2024)."""

    name = "spr"
    kind = "spr"


def from_args(args: argparse.Namespace) -> SPRMethod:
    """SPR from --lam, --alpha, --m-scale (the reference model is set by the pipeline)."""
    return SPRMethod(option(args, "lam", 0.5), option(args, "alpha", 0.1),
                     option(args, "m_scale", 1.0), getattr(args, "m_reference", None),
                     not getattr(args, "no_residual", False))
