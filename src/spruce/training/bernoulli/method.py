"""`spruce train --method bernoulli`: the public `spruce.Bernoulli` as a trainer plugin.

Everything about the gates, the cost and the θ update is spruce.Bernoulli's
(spruce.pruning.bernoulli, docs/bernoulli.md):

    J(W, θ) = E_ξ[CE(W, ξ)] + weight decay + γ R(θ),   ξ ~ Bernoulli(θ),
    R(θ) = ρ E[C(ξ)] + (1 − ρ) E[C(ξ) | every layer gate on],
    C = (1 − β) params/params₀ + β MACs/MACs₀,

with unit gates on the dependency graph's structures and layer gates on every residual
branch found from its additions, so any model the trainer builds is gated the same way.
This module only maps the trainer's protocol onto it: the per-example losses of each
batch go to `penalty(losses)` (the score-function estimator, unless --estimator
first_order), `step()` follows the optimizer's step, `end_epoch(optimizer)` removes θ = 0
structures and hands the trainer an optimizer that keeps the survivors' momentum, and
after the last epoch `finalize()` rounds the undecided gates and drops the hooks, so the
trainer's model is the plain pruned network. Per epoch the log gets the gate counts (open,
closed, undecided), E[MACs], γ and the MACs of the network trained in the epoch; the
rounding (how many gates, the largest move) is kept for the summary.
Cost: spruce.Bernoulli's (+9-12% per step on ResNet-20 with the losses, shared 2-core CPU;
docs/bernoulli.md).
"""

from __future__ import annotations

import warnings

import torch
import torch.nn.functional as F
from torch import nn

from spruce.training.distributed import all_gather_bytes, rank_world
from spruce.training.methods import PruningMethod, option

METHOD_ESTIMATORS = ("auto", "score", "first_order")


def _defaults() -> dict:
    from spruce.pruning.bernoulli import DEFAULTS

    return DEFAULTS


class BernoulliMethod(PruningMethod):
    """Complexity-aware Bernoulli gates on units and residual branches, pruning while it trains."""

    name = "bernoulli"

    def __init__(self, gamma: float | None = None, beta: float | None = None,
                 rho: float | None = None, target_macs: float | None = None,
                 theta_lr: float | None = None, warmup_epochs: int | None = None,
                 epochs: int | None = None, estimator: str = "auto",
                 seed: int | None = None):
        """Settings as spruce.Bernoulli's (None: its default). With neither `gamma` nor
        `target_macs`, the gates aim at 50% of the MACs; `gamma` alone is a fixed weight."""
        if estimator not in METHOD_ESTIMATORS:
            raise ValueError(f"estimator must be one of {METHOD_ESTIMATORS}, got {estimator!r}")
        d = _defaults()
        given = {"gamma": gamma, "beta": beta, "rho": rho, "target_macs": target_macs,
                 "theta_lr": theta_lr, "warmup_epochs": warmup_epochs}
        self.settings = {k: v for k, v in given.items() if v is not None}
        self.settings.update(epochs=epochs, estimator=estimator, seed=seed)
        self.shown = {"beta": d["beta"], "rho": d["rho"], "theta_lr": d["theta_lr"],
                      "warmup_epochs": d["warmup_epochs"], **self.settings}
        if gamma is None and target_macs is None:
            self.shown["target_macs"] = d["target_macs"]
        self.pruner = None
        self._pending: dict | None = None
        self._losses: torch.Tensor | None = None
        self.rounding: dict | None = None  # filled by the last end_epoch (finalize)
        self.final = False  # finalized: the model carries no gates any more
        self._history: list[dict] = []  # a finished run's, restored from its checkpoint
        self._rank_states: list[torch.Tensor] = []  # every process's gate RNG state (DDP)

    # ------------------------------------------------------------------ protocol
    def setup(self, model: nn.Module, example_inputs: torch.Tensor) -> None:
        from spruce.pruning.bernoulli import Bernoulli

        pending, self._pending = self._pending, None
        if pending and pending.get("final"):  # a finished run: the model is the pruned one
            self.final, self.rounding = True, pending.get("rounding")
            self._history = list(pending.get("history", []))
            return
        self.pruner = Bernoulli(model, example_inputs, **self.settings)
        if pending:
            self.pruner.load_state_dict(pending["pruner"])
            self._restore_rank_rng(pending.get("gate_rng_ranks"))

    def observe_batch(self, model: nn.Module, x: torch.Tensor, logits: torch.Tensor,
                      y: torch.Tensor) -> None:
        # ℓ_i of the sampled network, for the score-function estimator's comparison
        if not self.final and self.settings["estimator"] != "first_order":
            self._losses = F.cross_entropy(logits.detach().float(), y, reduction="none")

    def penalty(self, model: nn.Module) -> torch.Tensor | None:
        if self.final:
            return None
        losses, self._losses = self._losses, None
        return self.pruner.penalty(losses)

    def after_step(self, model: nn.Module, step: int) -> None:
        if not self.final:
            self.pruner.step()

    def end_epoch(self, model: nn.Module, epoch: int, optimizer=None):
        """Remove θ = 0 structures (the optimizer's state carried over); after the last
        epoch, round the undecided gates and drop the hooks (spruce.Bernoulli.finalize)."""
        if self.final:
            return model, optimizer
        model, optimizer = self.pruner.end_epoch(optimizer)
        rank, world = rank_world()
        if world > 1 and self.pruner.generator is not None:
            # every rank draws its own gates: rank 0's checkpoint keeps all their states
            self._rank_states = all_gather_bytes(self.pruner.generator.get_state())
        epochs = self.settings["epochs"]
        if epochs is not None and epoch + 1 >= epochs:
            result = self.pruner.finalize()
            self.final = True
            self.rounding = {"gates_rounded": result.rounded,
                             "gates_rounded_to_zero": result.rounded_to_zero,
                             "largest_rounding": result.max_rounding,
                             "status": result.status, "message": result.message}
            if result.model is not model:
                optimizer = None  # the trainer builds a fresh one over the final model
            model = result.model
        return model, optimizer

    def metrics(self) -> dict:
        if self.final:
            return {}
        p = self.pruner
        last = p.history[-1]["macs"] if p.history else p.macs0
        return {**p.counts(), "macs": last, "macs_dense": p.macs0}

    @property
    def history(self) -> list[dict]:
        """spruce.Bernoulli's per-epoch records (gate counts, removals, MACs after)."""
        return list(self.pruner.history) if self.pruner is not None else self._history

    def state_dict(self) -> dict:
        if self.final:
            return {"final": True, "rounding": self.rounding, "history": self.history}
        return {"final": False, "pruner": self.pruner.state_dict(),
                **({"gate_rng_ranks": list(self._rank_states)} if self._rank_states else {})}

    def load_state_dict(self, d: dict) -> None:
        """Called before setup(), which rebuilds the pruner from `d`."""
        if d and not isinstance(d.get("pruner", {}), dict):
            raise ValueError("checkpoint: its 'method' entry is not a Bernoulli state")
        self._pending = d or None

    def _restore_rank_rng(self, states) -> None:
        """This rank's gate generator state from a multi-process checkpoint, else a warning
        that the resumed run draws other gates than the uninterrupted one would have."""
        rank, world = rank_world()
        if world == 1 and not states:
            return
        if isinstance(states, list) and len(states) == world \
                and self.pruner.generator is not None:
            self.pruner.generator.set_state(states[rank])
            return
        n = len(states) if isinstance(states, list) else 1
        warnings.warn(f"resumed Bernoulli gates: the checkpoint holds the gate generators of "
                      f"{n} process(es) and this run has {world}: the gates draw from "
                      f"another state, so the run is not step-exact", stacklevel=3)

    def describe(self) -> dict:
        return {"method": self.name, **{k: v for k, v in self.shown.items()
                                        if k not in ("epochs", "seed")}}


def from_config(args, reference=None) -> BernoulliMethod:
    """Build the method from a PipelineConfig (gamma, beta, rho, target_macs, ...)."""
    estimator = option(args, "estimator", "auto")
    return BernoulliMethod(gamma=option(args, "gamma", None), beta=option(args, "beta", None),
                           rho=option(args, "rho", None),
                           target_macs=option(args, "target_macs", None),
                           theta_lr=option(args, "theta_lr", None),
                           warmup_epochs=option(args, "warmup_epochs", None),
                           epochs=option(args, "epochs", None), estimator=estimator,
                           seed=option(args, "seed", None))
