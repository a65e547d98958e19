"""Bernoulli gates on the structures and residual branches of any model, applied by hooks.

Unit u of structure s (spruce.pruning.structures) gets ξ_{s,u} ~ Bernoulli(θ_{s,u}); the
gate multiplies the unit's channels where they leave each layer writing them: after the
norm layer that follows a writer (so BatchNorm's β is gated too), else after the writer,
and after every ChannelScatter placing them. A residual branch b (spruce.pruning.branches)
gets ξ_b ~ Bernoulli(θ_b), which multiplies the branch's exit:
    y = S(x) + ξ_b F(x),   channel c of structure s:  h_c ← ξ_{s,u(c)} h_c,
so ξ = 0 computes exactly what the network without those channels or that branch computes.
Gates are drawn once per forward (a pre-hook on the model), per example by default, and
shared by every layer that writes the same channels.

Values fed to the network (mode "auto": "sample" in train mode, "mean" in eval mode):
    sample  g = ξ + p − stop_grad(p), p a fresh copy of θ per forward (`proxies`): the
            value is ξ and ∂g/∂p = 1, so after backpropagation p.grad holds the
            first-order estimate ∂loss/∂ξ of ∂E[loss]/∂θ, apart from θ's own gradient
            (the cost's), and the draws stay in `samples` for the score-function estimate
            (spruce.pruning.bernoulli chooses);
    mean    g = θ (the mean-field network).
A gate with θ ∈ {0, 1} is deterministic in both modes.
Cost: one uniform draw per gate and example, one multiply per gated tensor.
"""

from __future__ import annotations

from functools import partial

import torch
import torch_pruning as tp
from torch import nn

from spruce.pruning.branches import Branch, ZeroBranch
from spruce.pruning.structures import Structure

MODES = ("auto", "sample", "mean")


def gate_points(graph: tp.DependencyGraph, model: nn.Module, s: Structure) -> list[str]:
    """Where structure s's channels leave the layers writing them (see the docstring)."""
    mods = dict(model.named_modules())
    points: list[str] = []
    for name in s.out_layers:
        node = graph.module2node.get(mods[name])
        after = [n.module for n in (node.outputs if node is not None else [])]
        norm = next((x for x in s.norm_layers if mods[x] in after), None)
        points.append(norm or name)
    points += [n for n in s.mask_layers if not isinstance(mods[n], ZeroBranch)]
    return points


def _channel_dim(module: nn.Module, out: torch.Tensor) -> int:
    return out.dim() - 1 if isinstance(module, (nn.Linear, nn.LayerNorm)) else 1


class GateHooks:
    """The hooks that draw ξ once per forward and multiply the gated tensors.

    `unit_theta[i]` holds θ of structure i's units, `branch_theta[j]` θ of branch j.
    """

    def __init__(self, model: nn.Module, graph: tp.DependencyGraph,
                 structures: list[Structure], branches: list[Branch],
                 unit_theta: list[torch.Tensor], branch_theta: torch.Tensor,
                 per_example: bool = True, generator: torch.Generator | None = None):
        self.model, self.structures, self.branches = model, structures, branches
        # the last forward's ξ, (rows, n), and θ copies, per θ tensor (units..., branches);
        # None after a forward of the mean-field network
        self.samples: list[torch.Tensor] | None = None
        self.proxies: list[torch.Tensor] | None = None
        # False once the score-function estimator is in use: the backward pass then skips
        # the per-example gate gradients (a reduction over every gated tensor)
        self.first_order = True
        self.unit_theta, self.branch_theta = unit_theta, branch_theta
        self.per_example, self.generator = per_example, generator
        self.mode = "auto"
        self._unit_values: list[torch.Tensor] = []
        self._branch_values: torch.Tensor | None = None
        self._channel_units = [s.unit_of_channel() for s in structures]
        mods = dict(model.named_modules())
        self._handles = [model.register_forward_pre_hook(self._draw, with_kwargs=True)]
        for i, s in enumerate(structures):
            for name in gate_points(graph, model, s):
                self._handles.append(mods[name].register_forward_hook(
                    partial(self._gate_units, i)))
        for j, b in enumerate(branches):
            self._handles.append(mods[b.exit].register_forward_hook(
                partial(self._gate_branch, j)))

    def __deepcopy__(self, memo) -> GateHooks:
        # a copy of a gated model (Torch-Pruning's counter deep-copies it) shares its gates
        return self

    def remove(self) -> None:
        """Detach every hook: the model runs ungated."""
        for h in self._handles:
            h.remove()
        self._handles = []

    def _batch(self, args, kwargs) -> int:
        first = next((t for t in (*args, *kwargs.values()) if isinstance(t, torch.Tensor)),
                     None)
        return int(first.shape[0]) if first is not None and first.dim() > 0 else 1

    def _values(self, theta: torch.Tensor, rows: int, sample: bool) -> torch.Tensor:
        if not sample:
            return theta.unsqueeze(0)
        u = torch.rand((rows, theta.numel()), device=theta.device, generator=self.generator)
        xi = (u < theta.detach()).to(theta.dtype)
        proxy = theta.detach().clone().requires_grad_(self.first_order
                                                      and torch.is_grad_enabled())
        self.samples.append(xi)
        self.proxies.append(proxy)
        return xi + proxy - proxy.detach()

    def _draw(self, module, args, kwargs):
        mode = self.mode if self.mode != "auto" else (
            "sample" if self.model.training else "mean")
        rows = self._batch(args, kwargs) if self.per_example else 1
        sample = mode == "sample"
        self.samples = [] if sample else None
        self.proxies = [] if sample else None
        self._unit_values = [self._values(t, rows, sample) for t in self.unit_theta]
        self._branch_values = (self._values(self.branch_theta, rows, sample)
                               if self.branches else None)
        return None

    def _gate_units(self, i: int, module, inputs, out):
        g = self._unit_values[i]
        idx = self._channel_units[i].to(g.device)
        g = g.index_select(1, idx)  # (rows, channels)
        dim = _channel_dim(module, out)
        shape = [g.shape[0] if d == 0 else 1 for d in range(out.dim())]
        shape[dim] = g.shape[1]
        if dim != 1 and out.dim() > 2:  # (B, T, C): the gate varies along the last dim
            shape = [g.shape[0]] + [1] * (out.dim() - 2) + [g.shape[1]]
        return out * g.reshape(shape).to(out.dtype)

    def _gate_branch(self, j: int, module, inputs, out):
        g = self._branch_values[:, j]
        return out * g.reshape([g.shape[0]] + [1] * (out.dim() - 1)).to(out.dtype)



@torch.no_grad()
def score_estimate(thetas: list[torch.Tensor], samples: list[torch.Tensor] | None,
                   losses: torch.Tensor) -> list[torch.Tensor]:
    """Score-function estimate of ∂E[loss]/∂θ from the last forward's per-example losses:

        ĝ_g = mean_i (ℓ_i − b_i)(ξ_ig − θ_g) / (θ_g (1 − θ_g)),   0 where θ_g ∈ {0, 1},

    b_i = the mean of the other examples' losses (independent of example i's gates), so the
    estimate is unbiased. `samples` are GateHooks.samples (one (rows, n) per θ tensor).
    """
    if samples is None:
        raise ValueError("penalty(losses): the last forward ran the mean-field network "
                         "(eval mode); the losses must come from a forward in train mode")
    ell = losses.detach().flatten().float()
    rows = samples[0].shape[0] if samples else ell.numel()
    if ell.numel() != rows or rows < 2:
        raise ValueError(f"losses: one value per example of the last forward ({rows}, at "
                         f"least 2), got shape {tuple(losses.shape)}; use reduction='none'")
    adv = ell - (ell.sum() - ell) / (rows - 1)
    out = []
    for t, xi in zip(thetas, samples, strict=False):  # no branch samples without branches
        th = t.detach()
        var = th * (1 - th)
        score = torch.where(var > 0, (xi - th) / var.clamp_min(1e-12), torch.zeros_like(xi))
        out.append((adv[:, None] * score).mean(0))
    return out
