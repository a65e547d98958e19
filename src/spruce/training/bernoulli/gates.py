"""Bernoulli gates on the units and layers of a CIFAR-style ResNet, attached by forward hooks.

Every residual block l of a `CifarResNet` gets
- a layer gate ξ_l ~ Bernoulli(θ_l) on its residual branch:  out = relu(shortcut(x) + ξ_l F(x)),
  applied as a hook that multiplies bn2's output by ξ_l;
- unit gates ξ_{l,u} ~ Bernoulli(θ_{l,u}) on the inner channels, applied after bn1:
  h_u = ξ_{l,u} · bn1(conv1(x))_u ,
so unit u of block l is active iff ξ_l ξ_{l,u} = 1. Gates are independent and, by default,
drawn per example (each image of a batch gets its own ξ).

Gate values fed to the network depend on `mode` ("auto", the default, is "sample" while the
block trains and "mean" in eval mode):
- "sample", estimator "first_order": g = ξ + θ − stop_grad(θ): the value is the sample ξ and
  ∂g/∂θ = 1, so backprop gives ∂loss/∂ξ at the sampled ξ (the first-order estimator);
- "sample", estimator "score": g = ξ (no path to θ; the score-function term is added by
  `spruce.training.bernoulli.estimators`);
- "mean": g = θ (the mean-field network; used for evaluation);
- "fixed": g = a user-given ξ per block (exact enumeration in tests).
A structure with θ_s ∈ {0, 1} is deterministic in every mode. Structures are named
"<block>" for layers (e.g. "layer2.0") and "<block>/u<k>" for units, k the channel's index in
the original network, so names survive physical shrinking.
Draws come from `generator` when one is given (its state travels with `layout()` as "rng",
so a resumed run draws the same gates step for step), else from torch's global RNG.
Cost: one elementwise multiply per gated tensor and one uniform draw per gate and example.
"""

from __future__ import annotations

import torch
from torch import nn

MODES = ("auto", "sample", "mean", "fixed")
ESTIMATORS = ("first_order", "score")


def residual_blocks(model: nn.Module) -> list[tuple[str, nn.Module]]:
    """(qualified name, module) of every residual block: modules with conv1, bn1, conv2, bn2."""
    found = []
    for name, m in model.named_modules():
        if all(hasattr(m, a) for a in ("conv1", "bn1", "conv2", "bn2", "shortcut")):
            found.append((name, m))
    return found


class BernoulliGates(nn.Module):
    """θ for the layers and units of `model`'s residual blocks, and the hooks that apply ξ.

    `layer_theta[l]` is θ_l; `unit_theta[l]` the vector θ_{l,·} over the channels of block l
    still present. `alive[l]` is False once block l was replaced by its shortcut.
    """

    def __init__(self, model: nn.Module, theta_init: float = 1.0, per_example: bool = True,
                 estimator: str = "first_order", generator: torch.Generator | None = None,
                 layout: dict | None = None):
        """Gate every block of `model`; `layout` (from `layout()`) restores a saved state."""
        super().__init__()
        if not 0.0 < theta_init <= 1.0:
            raise ValueError(f"theta_init must be in (0, 1], got {theta_init!r}")
        if estimator not in ESTIMATORS:
            raise ValueError(f"estimator must be one of {ESTIMATORS}, got {estimator!r}")
        blocks = residual_blocks(model)
        if not blocks:
            raise ValueError("model has no residual blocks (modules with conv1, bn1, conv2, bn2, "
                             "shortcut); Bernoulli gates need a CifarResNet-style network")
        device = next(model.parameters()).device
        if layout is None:
            self.block_names = [n for n, _ in blocks]
            self.layer_theta = nn.Parameter(torch.full((len(blocks),), float(theta_init),
                                                       device=device))
            self.unit_theta = nn.ParameterList(
                [nn.Parameter(torch.full((b.conv1.out_channels,), float(theta_init),
                                         device=device)) for _, b in blocks])
            self.unit_ids = [list(range(b.conv1.out_channels)) for _, b in blocks]
            self.alive = [True] * len(blocks)
            self.initial_units = sum(len(ids) for ids in self.unit_ids)
        else:
            self.block_names = list(layout["block_names"])
            self.layer_theta = nn.Parameter(layout["layer_theta"].detach().clone().to(device))
            self.unit_theta = nn.ParameterList([nn.Parameter(t.detach().clone().to(device))
                                                for t in layout["unit_theta"]])
            self.unit_ids = [list(map(int, ids)) for ids in layout["unit_ids"]]
            self.alive = [bool(a) for a in layout["alive"]]
            self.initial_units = int(layout.get("initial_units",
                                                sum(len(ids) for ids in self.unit_ids)))
            restored_avg = [a.to(device) for a in layout.get("grad_avg", [])]
            present = {n for n, _ in blocks}
            for l, n in enumerate(self.block_names):
                if self.alive[l] and n not in present:
                    raise ValueError(f"saved gates name block {n!r}, which the model lacks")
            blocks = [(n, dict(residual_blocks(model))[n]) if self.alive[l] else (n, None)
                      for l, n in enumerate(self.block_names)]
        self.mode = "auto"
        self.estimator = estimator
        self.per_example = per_example
        self.generator = generator
        self.fixed: dict[int, tuple[torch.Tensor, torch.Tensor]] = {}
        # last samples drawn per block: (ξ_l of shape (B,), ξ_u of shape (B, m)); score estimator
        self.samples: dict[int, tuple[torch.Tensor, torch.Tensor]] = {}
        self._handles: dict[int, list] = {}
        self._zero: list[torch.Tensor] = []
        # running mean of ∂J/∂θ per structure, aligned with thetas() (kept by the method)
        self.grad_avg: list[torch.Tensor] = [] if layout is None else restored_avg
        for l, (_, b) in enumerate(blocks):
            if b is not None:
                self._attach(l, b)

    def layout(self) -> dict:
        """Plain tensors and lists that rebuild these gates (checkpoints, weights_only).

        With an own generator, "rng" holds its state (a uint8 tensor); `set_rng_state`
        puts it back.
        """
        out = {"block_names": list(self.block_names), "alive": list(self.alive),
               "layer_theta": self.layer_theta.detach().cpu().clone(),
               "unit_theta": [t.detach().cpu().clone() for t in self.unit_theta],
               "unit_ids": [list(ids) for ids in self.unit_ids],
               "initial_units": self.initial_units,
               "grad_avg": [a.detach().cpu().clone() for a in self.grad_avg]}
        state = self.rng_state()
        if state is not None:
            out["rng"] = state
        return out

    def rng_state(self) -> torch.Tensor | None:
        """State of the gates' own generator (uint8, CPU), or None when they use the global RNG."""
        return None if self.generator is None else self.generator.get_state().clone()

    def set_rng_state(self, state: torch.Tensor) -> None:
        """Restore the own generator's state; ValueError if it does not fit this generator."""
        if self.generator is None:
            raise ValueError("these gates draw from the global RNG: there is no generator "
                             "state to restore")
        if not isinstance(state, torch.Tensor) or state.dtype != torch.uint8:
            raise ValueError(f"a gate RNG state must be a uint8 tensor, got "
                             f"{type(state).__name__}")
        try:
            self.generator.set_state(state.cpu())
        except RuntimeError as exc:  # e.g. a CPU generator's state for a CUDA generator
            raise ValueError(f"the saved gate RNG state ({state.numel()} bytes) does not fit "
                             f"a {self.generator.device.type} generator: "
                             f"{str(exc).splitlines()[0]}") from None

    # ------------------------------------------------------------------ hooks
    def _attach(self, l: int, block: nn.Module) -> None:
        h1 = block.bn1.register_forward_hook(
            lambda m, i, out, l=l: self._gate(l, out, True, m.training))
        h2 = block.bn2.register_forward_hook(
            lambda m, i, out, l=l: self._gate(l, out, False, m.training))
        self._handles[l] = [h1, h2]

    def detach_block(self, l: int) -> None:
        """Remove block l's hooks (the block left the network)."""
        for h in self._handles.pop(l, []):
            h.remove()

    def remove(self) -> None:
        """Remove every hook: the network runs ungated afterwards."""
        for l in list(self._handles):
            self.detach_block(l)

    def _draw(self, theta: torch.Tensor, shape: tuple[int, ...]) -> torch.Tensor:
        u = torch.rand(shape, device=theta.device, generator=self.generator)
        return (u < theta.detach()).to(theta.dtype)

    def _gate(self, l: int, out: torch.Tensor, unit: bool, training: bool) -> torch.Tensor:
        theta = self.unit_theta[l] if unit else self.layer_theta[l:l + 1]
        rows = out.shape[0] if self.per_example else 1
        mode = self.mode if self.mode != "auto" else ("sample" if training else "mean")
        if mode == "mean":
            g = theta.expand(rows, -1)
        elif mode == "fixed":
            xi_l, xi_u = self.fixed[l]
            g = xi_u if unit else xi_l.reshape(-1, 1)
            g = g.to(out.dtype)
        else:
            xi = self._draw(theta, (rows, theta.numel()))
            prev = self.samples.get(l, (None, None))
            self.samples[l] = (prev[0], xi) if unit else (xi[:, 0], prev[1])
            g = xi + theta - theta.detach() if self.estimator == "first_order" else xi
        return out * g.reshape(g.shape[0], g.shape[1] if unit else 1, 1, 1).to(out.dtype)

    # ------------------------------------------------------------------ views
    def thetas(self) -> list[torch.Tensor]:
        """All θ tensors (the method's own parameters)."""
        return [self.layer_theta, *self.unit_theta]

    def structure_values(self) -> dict[str, float]:
        """θ of every structure ever gated, by name (removed ones at 0)."""
        vals: dict[str, float] = {}
        lt = self.layer_theta.detach().cpu().tolist()
        for l, name in enumerate(self.block_names):
            vals[name] = lt[l] if self.alive[l] else 0.0
            for k, t in zip(self.unit_ids[l], self.unit_theta[l].detach().cpu().tolist(),
                            strict=True):
                vals[f"{name}/u{k}"] = t
        return vals

    def counts(self) -> dict[str, int]:
        """Structures alive, pruned and still random (0 < θ < 1)."""
        units = sum(len(ids) for l, ids in enumerate(self.unit_ids) if self.alive[l])
        random = 0
        for l in range(len(self.alive)):
            if not self.alive[l]:
                continue
            t = torch.cat([self.layer_theta[l:l + 1].detach(), self.unit_theta[l].detach()])
            random += int(((t > 0) & (t < 1)).sum())
        alive = sum(self.alive)
        opened = sum(int((torch.cat([self.layer_theta[l:l + 1].detach(),
                                     self.unit_theta[l].detach()]) == 1).sum())
                     for l in range(len(self.alive)) if self.alive[l])
        # every structure ever gated is open (θ = 1), undecided, or closed (θ = 0 or
        # removed; the units of a removed block count as closed)
        initial = len(self.alive) + self.initial_units
        return {"blocks_alive": alive, "blocks_removed": len(self.alive) - alive,
                "units_alive": units, "random": random, "gates_open": opened,
                "gates_undecided": random, "gates_closed": initial - opened - random}

    def reopen_(self, i: int, idx: torch.Tensor, value: float) -> None:
        """Set θ of entries `idx` of thetas()[i] to `value` and lift their θ = 0 absorption."""
        t = self.thetas()[i]
        with torch.no_grad():
            t[idx] = value
        if len(self._zero) == len(self.thetas()) and self._zero[i].shape == t.shape:
            self._zero[i][idx] = False

    def mark_absorbed_(self) -> None:
        """Rebuild the θ = 0 mask from the current θ if it is missing or out of shape.

        Call it *before* a gradient step: after a resume or a shrink the mask must hold the
        θ that were 0 before the step, or one whose gradient is negative escapes (the mask
        equals θ == 0 after every projection, so nothing else needs saving).
        """
        with torch.no_grad():
            if len(self._zero) != len(self.thetas()) or any(
                    z.shape != t.shape for z, t in zip(self._zero, self.thetas(), strict=True)):
                self._zero = [t == 0 for t in self.thetas()]

    def project_(self) -> None:
        """Projection onto [0, 1]; θ = 0 is absorbing (a pruned structure never returns)."""
        self.mark_absorbed_()
        with torch.no_grad():
            for t, z in zip(self.thetas(), self._zero, strict=True):
                t.clamp_(0.0, 1.0)
                z |= t == 0
                t[z] = 0.0
            for l, a in enumerate(self.alive):
                if not a:
                    self.layer_theta[l] = 0.0
