"""Exact expected complexity of a gated ResNet: a multilinear polynomial in θ.

Counting as Torch-Pruning's `count_ops_and_params` does (one image; MACs of a conv =
k_h k_w · c_in/groups · c_out · H_out W_out (+ c_out H_out W_out for a bias), BatchNorm = 2 per
input element, Linear = in·out (+ out)), block l with input width a_l, output width b_l, inner
units u = 1..m_l, kernels k1, k2 and output areas P1, P2 costs, as a function of the gates,

    params_l(ξ) = ξ_l [ p_l + Σ_u ξ_{l,u} q_l ],     MACs_l(ξ) = ξ_l [ f_l + Σ_u ξ_{l,u} r_l ],
    q_l = k1 a_l + 2 + k2 b_l (conv1 filter, bn1 γ β, conv2 input slice),  p_l = 2 b_l (bn2),
    r_l = (k1 a_l + 2 + k2 b_l) P1 (P1 = P2 here),                      f_l = 2 b_l P2,

plus a constant for the stem, the head and anything outside the blocks. Gates are independent,
so E_ξ[·] replaces every ξ by its θ:  E[params] = c + Σ_l θ_l (p_l + q_l Σ_u θ_{l,u}), same for
MACs. The complexity term with β (FLOPs vs parameters) and ρ (layers vs units) is

    C(ξ)   = (1 − β) params(ξ)/params(1) + β MACs(ξ)/MACs(1)
    R(θ)   = ρ E[C(ξ)] + (1 − ρ) E[C(ξ) | all ξ_l = 1],                     ρ ∈ [0, 1],

still multilinear; ∂R/∂θ_l = ρ (p̂_l + q̂_l Σ_u θ_{l,u}) and ∂R/∂θ_{l,u} = (1 − ρ + ρ θ_l) q̂_l
(hats: the β-mix of normalized costs) are the per-structure regularization weights.
Cost: O(number of structures) torch ops per step, negligible next to a forward pass.
"""

from __future__ import annotations

from dataclasses import dataclass

import torch
from torch import nn

from spruce.training.bernoulli.gates import BernoulliGates, residual_blocks


@dataclass
class BlockCost:
    """Costs of one residual block: per active unit (q, r) and per active layer (p, f)."""

    name: str
    unit_params: float
    unit_macs: float
    layer_params: float
    layer_macs: float


def _conv_macs(m: nn.Conv2d, out: torch.Size) -> tuple[float, float]:
    """(MACs per output channel, params per output channel) of a conv, one image."""
    k = m.kernel_size[0] * m.kernel_size[1] * m.in_channels // m.groups
    area = out[2] * out[3]
    return float(k * area), float(k)


@dataclass
class ComplexityModel:
    """params(ξ), MACs(ξ) of a gated ResNet as polynomials; references are the full network."""

    const_params: float
    const_macs: float
    blocks: list[BlockCost]
    ref_params: float
    ref_macs: float

    @classmethod
    def from_model(cls, model: nn.Module, example_input: torch.Tensor) -> ComplexityModel:
        """Read the costs off the architecture with one forward pass of one example."""
        shapes: dict[nn.Module, torch.Size] = {}
        hooks = [m.register_forward_hook(lambda m, i, o: shapes.__setitem__(m, o.shape))
                 for m in model.modules() if isinstance(m, (nn.Conv2d, nn.BatchNorm2d, nn.Linear))]
        was_training = model.training
        model.eval()
        with torch.no_grad():
            model(example_input[:1])
        model.train(was_training)
        for h in hooks:
            h.remove()
        blocks, in_blocks = [], set()
        for name, b in residual_blocks(model):
            in_blocks.update(b.modules())
            s1, s2 = shapes[b.conv1], shapes[b.conv2]
            m1, k1 = _conv_macs(b.conv1, s1)
            # conv2 per *input* channel: k2 · c_out weights, each applied at every output pixel
            k2 = b.conv2.kernel_size[0] * b.conv2.kernel_size[1] * b.conv2.out_channels
            if b.conv2.groups != 1 or b.conv1.groups != 1:
                raise ValueError(f"block {name}: grouped convolutions are not supported")
            a1, a2 = s1[2] * s1[3], s2[2] * s2[3]
            q = k1 + (1 if b.conv1.bias is not None else 0) + 2 + k2
            r = m1 + (a1 if b.conv1.bias is not None else 0) + 2 * a1 + k2 * a2
            c_out = b.conv2.out_channels
            p = 2 * c_out + (c_out if b.conv2.bias is not None else 0)
            f = 2 * c_out * a2 + (c_out * a2 if b.conv2.bias is not None else 0)
            blocks.append(BlockCost(name, float(q), float(r), float(p), float(f)))
        const_p = const_f = 0.0
        for m in model.modules():
            if m in in_blocks:
                continue
            const_p += sum(p.numel() for p in m.parameters(recurse=False))
            if m not in shapes:
                if isinstance(m, nn.ReLU):
                    raise ValueError("nn.ReLU modules outside blocks are not counted; "
                                     "use F.relu as CifarResNet does")
                continue
            o = shapes[m]
            if isinstance(m, nn.Conv2d):
                mac, _ = _conv_macs(m, o)
                const_f += mac * m.out_channels + (m.out_channels * o[2] * o[3]
                                                   if m.bias is not None else 0)
            elif isinstance(m, nn.BatchNorm2d):
                const_f += (2 if m.affine else 1) * o[1] * o[2] * o[3]
            else:
                const_f += m.in_features * m.out_features + (m.out_features if m.bias is not None
                                                             else 0)
        self = cls(const_p, const_f, blocks, 1.0, 1.0)
        units = [float(b.conv1.out_channels) for _, b in residual_blocks(model)]
        self.ref_params, self.ref_macs = self.count([1.0] * len(blocks), units)
        return self

    def count(self, layers: list[float] | torch.Tensor, unit_sums: list[float] | torch.Tensor
              ) -> tuple:
        """(params, MACs) at layer gates `layers` and per-block sums of unit gates (or θ's)."""
        P, F = self.const_params, self.const_macs
        for l, b in enumerate(self.blocks):
            P = P + layers[l] * (b.layer_params + b.unit_params * unit_sums[l])
            F = F + layers[l] * (b.layer_macs + b.unit_macs * unit_sums[l])
        return P, F

    def expected(self, gates: BernoulliGates) -> tuple[torch.Tensor, torch.Tensor]:
        """(E[params], E[MACs]) under the current θ: differentiable in θ."""
        alive = torch.tensor(gates.alive, dtype=gates.layer_theta.dtype,
                             device=gates.layer_theta.device)
        sums = torch.stack([t.sum() for t in gates.unit_theta])
        return self.count(gates.layer_theta * alive, sums)

    def regularizer(self, gates: BernoulliGates, beta: float, rho: float) -> torch.Tensor:
        """R(θ) = ρ E[C] + (1 − ρ) E[C | layers on]  (see module docstring); in [0, 1]."""
        check_parameters(beta=beta, rho=rho)
        alive = torch.tensor(gates.alive, dtype=gates.layer_theta.dtype,
                             device=gates.layer_theta.device)
        sums = torch.stack([t.sum() for t in gates.unit_theta])

        def c(layers: torch.Tensor) -> torch.Tensor:
            P, F = self.count(layers, sums)
            return (1 - beta) * P / self.ref_params + beta * F / self.ref_macs

        return rho * c(gates.layer_theta * alive) + (1 - rho) * c(alive)

    def weights(self, gates: BernoulliGates, beta: float, rho: float) -> dict[str, float]:
        """∂R/∂θ_s for every live structure: the automatic per-structure penalty weights."""
        flags = [t.requires_grad for t in gates.thetas()]
        for t in gates.thetas():
            t.grad = None
            t.requires_grad_(True)
        self.regularizer(gates, beta, rho).backward()
        out = {}
        for l, name in enumerate(gates.block_names):
            if not gates.alive[l]:
                continue
            out[name] = float(gates.layer_theta.grad[l])
            for k, g in zip(gates.unit_ids[l], gates.unit_theta[l].grad.tolist(), strict=True):
                out[f"{name}/u{k}"] = g
        for t, f in zip(gates.thetas(), flags, strict=True):
            t.grad = None
            t.requires_grad_(f)
        return out


def check_parameters(gamma: float = 0.0, beta: float = 0.5, rho: float = 0.5) -> None:
    """γ ≥ 0, β ∈ [0, 1], ρ ∈ [0, 1], else ValueError naming the option."""
    if not gamma >= 0:
        raise ValueError(f"--gamma must be >= 0 (accuracy vs complexity), got {gamma!r}")
    if not 0 <= beta <= 1:
        raise ValueError(f"--beta must be in [0, 1] (0: parameters only, 1: MACs only), "
                         f"got {beta!r}")
    if not 0 <= rho <= 1:
        raise ValueError(f"--rho must be in [0, 1] (0: units only, 1: layers pay their full "
                         f"expected cost), got {rho!r}")


def count_model(model: nn.Module, example_input: torch.Tensor) -> tuple[int, int]:
    """(MACs, params) of the deterministic network by Torch-Pruning (one example)."""
    import torch_pruning as tp

    macs, params = tp.utils.count_ops_and_params(model, example_input[:1])
    return int(macs), int(params)
