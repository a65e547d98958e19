"""Physical removal of the structures whose Bernoulli gates closed (θ = 0).

At an epoch end (and in finalize) every unit with θ = 0 leaves its structure (Torch-Pruning's
channel surgery, spruce.pruning.surgery.remove_units; a structure keeps one unit, gated to
0 it computes 0) and every residual branch with θ = 0 is replaced exactly by zeros
(spruce.pruning.branches.remove_branches: the sum receives S(x) + 0). The steps are
appended to the model's pruning plan, and an optimizer given along is rebuilt over the
smaller model with its state sliced as the weights were (replaying the same steps on a
copy holding the state). Cost: one trace and one surgery per removal, one more per
optimizer state kind.
"""

from __future__ import annotations

from collections.abc import Callable

import torch
from torch import nn

from spruce.pruning import branches as br
from spruce.pruning.bernoulli_result import carry_optimizer
from spruce.pruning.plan import apply_plan, branch_step
from spruce.pruning.pruner import input_spec
from spruce.pruning.surgery import remove_units


def closed_gates(unit_theta: list[torch.Tensor],
                 branch_theta: torch.Tensor) -> tuple[int, list[int]]:
    """(removable closed units, indices of closed branches); a structure keeps one unit."""
    units = sum(min(int((t == 0).sum()), t.numel() - 1) for t in unit_theta)
    return units, [j for j, v in enumerate(branch_theta.tolist()) if v == 0]


def remove_closed(model: nn.Module, structures: list, unit_theta: list[torch.Tensor],
                  branches: list[br.Branch], dead: list[int], example_inputs,
                  optimizer: torch.optim.Optimizer | None = None):
    """(smaller model, per-structure keep masks, optimizer over it or None).

    Structures whose layers all sit in a removed branch leave with it (all kept here)."""
    inside = {n for j in dead for n in branches[j].layers}
    keep = []
    for s, t in zip(structures, unit_theta, strict=True):
        if set(s.out_layers) <= inside:
            m = torch.ones(s.units, dtype=torch.bool)
        else:
            m = t.detach().cpu() > 0
            if not m.any():
                m[0] = True
        keep.append(m)
    small, steps = remove_units(model, structures, keep, example_inputs)
    gone = [branches[j] for j in dead]
    br.remove_branches(small, gone)
    steps += [branch_step(b) for b in gone]
    small.train(model.training)
    small.spruce_plan = {"format": 1, "inputs": input_spec(example_inputs),
                         "steps": list(getattr(model, "spruce_plan", {}).get("steps", []))
                         + steps}
    if optimizer is not None:
        optimizer = carry_optimizer(optimizer, model, small, _replay(steps, example_inputs))
    return small, keep, optimizer


def _replay(steps: list, example_inputs) -> Callable[[nn.Module], nn.Module]:
    """The same surgery, for a copy holding optimizer state in place of weights."""
    def surgery(shadow: nn.Module) -> nn.Module:
        return apply_plan(shadow, {"steps": steps}, example_inputs)
    return surgery
