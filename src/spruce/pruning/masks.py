"""Scores of prunable units, the rules that turn scores into keep masks, and masking.

Scores per unit u of a structure (higher = more important), over the unit's channels:
  magnitude  s_u = max |w| over the SPR group (layer rows, norm γ, β); with `fraction`
             f > 0, the (1−f)-quantile of |w| instead: the unit survives a threshold t iff
             more than a fraction f of its entries exceed t
  bn         s_u = max |γ_c| (network slimming)
  l1         s_u = mean |w| of the root layer's rows (Li et al.'s ‖F‖₁ / n)

Masks are boolean tensors, one per structure, of length `units` (True = keep). Every rule
keeps at least one unit per structure (its best), so no layer is emptied.

Masking zeros the unit's rows (layer weights and bias, norm γ and β): the norm layer then
outputs 0 on those channels; a ChannelScatter (option-A shortcut) that writes them gets a
0 in its keep mask. The masked network so computes exactly what the physically smaller one
computes (spruce.pruning.surgery checks it).
"""

from __future__ import annotations

import torch
from torch import nn

from spruce.pruning.structures import Structure

SCORES = ("magnitude", "bn", "l1")


def _unit_rows(rows: torch.Tensor, s: Structure) -> torch.Tensor:
    """(channels, k) rows -> (units, fold·k): unit u gathers channels u, u + units, ..."""
    if s.fold == 1:
        return rows
    return rows.reshape(s.fold, s.units, -1).transpose(0, 1).reshape(s.units, -1)


@torch.no_grad()
def structure_scores(model: nn.Module, structures: list[Structure], kind: str = "magnitude",
                     fraction: float = 0.0) -> list[torch.Tensor]:
    """One score tensor (length = units) per structure, float32 on the CPU."""
    if kind not in SCORES:
        raise ValueError(f"score must be one of {SCORES}, got {kind!r}")
    if not 0.0 <= fraction < 1.0:
        raise ValueError(f"keep_fraction must be in [0, 1), got {fraction!r}")
    mods = dict(model.named_modules())
    out = []
    for s in structures:
        if kind == "bn":
            gammas = s.norm_weights(model)
            if not gammas:
                raise ValueError(f"structure {s.name} has no norm layer: cannot score by |γ|")
            rows = torch.stack([g.detach().abs().float().cpu() for g in gammas], 1)
            out.append(_unit_rows(rows, s).amax(1))
        elif kind == "l1":
            w = mods[s.out_layers[0]].weight.detach().float().cpu()
            out.append(_unit_rows(w.reshape(s.channels, -1).abs(), s).mean(1))
        else:
            rows = torch.cat([p.detach().float().cpu().reshape(s.channels, -1).abs()
                              for p in s.params(model)], 1)
            rows = _unit_rows(rows, s)
            out.append(rows.amax(1) if fraction == 0 else torch.quantile(rows, 1 - fraction, 1))
    return out


def keep_above(scores: list[torch.Tensor], threshold: float) -> list[torch.Tensor]:
    """Masks s > threshold, with each structure's best unit always kept."""
    masks = []
    for s in scores:
        m = s > threshold
        m[int(s.argmax())] = True
        masks.append(m)
    return masks


def keep_ratio(scores: list[torch.Tensor], ratio: float) -> list[torch.Tensor]:
    """Masks keeping the round((1−ratio)·U) (at least 1) best units of every structure."""
    if not 0.0 <= ratio < 1.0:
        raise ValueError(f"ratio must be in [0, 1), got {ratio!r}")
    masks = []
    for s in scores:
        k = max(1, int(round((1 - ratio) * s.numel())))
        m = torch.zeros(s.numel(), dtype=torch.bool)
        m[torch.topk(s, k).indices] = True
        masks.append(m)
    return masks


@torch.no_grad()
def apply_masks(model: nn.Module, structures: list[Structure],
                keep: list[torch.Tensor]) -> None:
    """Zero, in place, every row (layer weight/bias, norm γ/β) of each removed unit, and
    its entry in the keep mask of every ChannelScatter the structure's channels leave."""
    mods = dict(model.named_modules())
    for s, m in zip(structures, keep, strict=True):
        drop = ~s.channel_mask(m)
        for p in s.params(model):
            p[drop.to(p.device)] = 0
        for name in s.mask_layers:
            mods[name].mask[drop.to(mods[name].mask.device)] = 0
