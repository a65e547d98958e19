"""Physical shrinking of a gated ResNet once gate probabilities reach 0.

- Units with θ_{l,u} = 0: channel u is cut from conv1's outputs, bn1 and conv2's inputs with
  Torch-Pruning's pruning functions (`prune_conv_out_channels`, `prune_batchnorm_out_channels`,
  `prune_conv_in_channels`); the block's θ vector loses the same entries. Exact: a gate that
  is always 0 contributes nothing.
- Blocks with θ_l = 0: the block is replaced in its parent by its shortcut (nn.Identity or the
  option-A ShortcutA). Exact as well: with ξ_l = 0 the block computes relu(shortcut(x)), and
  its input is a ReLU output, so relu(shortcut(x)) = shortcut(x) (subsampling and zero padding
  keep signs). A block whose units are all at 0 is removed the same way; this drops the
  constant β of bn2 that such a branch would still add (documented in docs/bernoulli.md).
Parameters of shrunk layers are new tensors: optimizers must be rebuilt afterwards.
Cost: milliseconds per block on a CPU.
"""

from __future__ import annotations

import torch
from torch import nn

from spruce.training.bernoulli.gates import BernoulliGates, residual_blocks


def _replace(model: nn.Module, name: str, new: nn.Module) -> None:
    parent_name, _, child = name.rpartition(".")
    parent = model.get_submodule(parent_name) if parent_name else model
    if isinstance(parent, nn.Sequential) or child.isdigit():
        parent[int(child)] = new
    else:
        setattr(parent, child, new)


@torch.no_grad()
def shrink(model: nn.Module, gates: BernoulliGates) -> dict[str, int]:
    """Remove every structure whose θ is 0 from `model` in place; returns what was removed."""
    import torch_pruning as tp

    blocks = dict(residual_blocks(model))
    removed_units = removed_blocks = 0
    for l, name in enumerate(gates.block_names):
        if not gates.alive[l]:
            continue
        block = blocks[name]
        theta_u = gates.unit_theta[l].detach()
        dead = (theta_u <= 0).nonzero().flatten().tolist()
        if float(gates.layer_theta[l]) <= 0 or len(dead) == theta_u.numel():
            gates.detach_block(l)
            _replace(model, name, block.shortcut)
            gates.alive[l] = False
            gates.layer_theta[l] = 0.0
            removed_units += theta_u.numel()
            removed_blocks += 1
            gates.unit_theta[l] = nn.Parameter(theta_u.new_zeros(0))
            gates.unit_ids[l] = []
            if gates.grad_avg:
                gates.grad_avg[1 + l] = theta_u.new_zeros(0)
            continue
        if dead:
            tp.prune_conv_out_channels(block.conv1, dead)
            tp.prune_batchnorm_out_channels(block.bn1, dead)
            tp.prune_conv_in_channels(block.conv2, dead)
            keep = [i for i in range(theta_u.numel()) if i not in set(dead)]
            gates.unit_theta[l] = nn.Parameter(theta_u[keep].clone())
            gates.unit_ids[l] = [gates.unit_ids[l][i] for i in keep]
            if gates.grad_avg:
                gates.grad_avg[1 + l] = gates.grad_avg[1 + l][keep].clone()
            removed_units += len(dead)
    gates.samples.clear()
    return {"units": removed_units, "blocks": removed_blocks}


def remove_missing_blocks(model: nn.Module, state: dict[str, torch.Tensor]) -> list[str]:
    """Replace by their shortcuts the residual blocks whose weights `state` lacks (in place).

    A checkpoint of a Bernoulli-pruned network has no entries for removed blocks; call this
    before loading it into a freshly built dense model (channel counts are matched
    separately). Returns the names of the blocks replaced.
    """
    gone = [name for name, _ in residual_blocks(model) if f"{name}.conv1.weight" not in state]
    blocks = dict(residual_blocks(model))
    for name in gone:
        _replace(model, name, blocks[name].shortcut)
    return gone
