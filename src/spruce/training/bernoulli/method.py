"""The Bernoulli method as a trainer plugin (`spruce train --method bernoulli`).

Objective per step (docs/bernoulli.md):  CE(W, ξ) + weight decay + γ R(θ), ξ ~ Bernoulli(θ),
R(θ) = ρ E[C(ξ)] + (1 − ρ) E[C(ξ) | layers on], C = (1 − β) params/params₀ + β MACs/MACs₀.
θ takes a projected SGD step of constant size `theta_lr` after every trainer step (the method
does this itself, so the weights' lr schedule and momentum do not touch θ); θ = 0 is absorbing.
The gradient of E[loss] in θ comes from the score-function estimator with the mean-field
baseline when the loop calls `observe_batch(model, x, logits, y)` (estimator "score", or
"auto", the default), else from the first-order estimator (gates valued ξ + θ − sg(θ)),
which BatchNorm after the unit gates biases toward shrinking every unit alike (see
docs/bernoulli.md); the complexity gradient is exact.
Premature pruning is avoided by a warm-up: θ stays frozen
for `warmup_epochs` epochs while the weights grow (docs/dynamics.md: from small weights θ falls
faster than w grows); `spruce.dynamics` will supply sharper conditions. At each epoch end
structures with θ = 0 are cut out physically (shrink.py), and after the last epoch any θ still
strictly inside (0, 1) goes to the vertex its running mean ∂J/∂θ_s points to (J is affine in
each θ_s), so the network is deterministic; how many moved is reported (`rounded`, and
`rounded_gap`, the largest distance to a vertex among them).
Randomness: with `gate_seed` (the CLI passes --seed) the gates draw from their own
torch.Generator on the model's device, seeded by (gate_seed, rank); its state is part of
`state_dict()`, so a resumed run, even one stopped mid-epoch, draws the same ξ step for step.
Without it the gates draw from torch's global RNG, which the trainer saves (CPU and CUDA).
Several processes (DDP, `spruce train --distributed`): DDP averages only the model's
gradients, not θ's, so after each step the method averages ∂J/∂θ over the ranks itself (one
all_reduce of the concatenated θ gradients: ĝ = Σ_r ĝ_r / R, the estimate over the global
batch), and every rank takes the same projected step. At each epoch end θ and the running
gradient means are broadcast from rank 0 before the guard, the vertex decision and the
shrink, so every rank removes the same structures (`theta_resynced` in the metrics counts
entries that had drifted: 0 when the averaging works); the ranks' gate generator states are
gathered there for the checkpoint.
Cost: the gates add one multiply per gated tensor; the exact complexity polynomial is a few
dozen scalar ops per step; under DDP one all_reduce of S floats per step.
"""

from __future__ import annotations

import copy
import warnings

import torch
import torch.nn.functional as F
from torch import nn

from spruce.training.bernoulli.complexity import (
    BlockCost,
    ComplexityModel,
    check_parameters,
    count_model,
)
from spruce.training.bernoulli.estimators import (
    flat_theta,
    score_from_losses,
    taylor_from_losses,
    taylor_terms,
)
from spruce.training.bernoulli.gates import BernoulliGates
from spruce.training.bernoulli.guard import release_premature
from spruce.training.bernoulli.shrink import shrink
from spruce.training.distributed import (
    all_gather_bytes,
    all_reduce_mean_,
    broadcast_,
    rank_world,
)
from spruce.training.methods import PruningMethod, option

METHOD_ESTIMATORS = ("auto", "score", "taylor", "first_order")
GRAD_DECAY = 0.98  # running mean of ∂J/∂θ over about the last 50 steps (final vertex choice)
DEFAULTS = {"gamma": 1.0, "beta": 0.5, "rho": 0.5, "theta_lr": 0.2, "warmup_epochs": 3}


class BernoulliMethod(PruningMethod):
    """Complexity-aware Bernoulli gates on units and layers, with pruning during training."""

    name = "bernoulli"

    def __init__(self, gamma: float = DEFAULTS["gamma"], beta: float = DEFAULTS["beta"],
                 rho: float = DEFAULTS["rho"], theta_lr: float = DEFAULTS["theta_lr"],
                 warmup_epochs: int = DEFAULTS["warmup_epochs"], theta_init: float = 1.0,
                 total_epochs: int | None = None, per_example: bool = True,
                 estimator: str = "auto", guard: bool = True, weight_decay: float = 5e-4,
                 lr: float = 0.1, gate_seed: int | None = None,
                 distributed: bool | None = None):
        """`gate_seed`: own gate generator (None: the global RNG; under DDP an own one seeded
        from torch.initial_seed()). `distributed`: average θ's gradients over the ranks of the
        process group (None: whenever one is initialized with more than one process)."""
        check_parameters(gamma, beta, rho)
        if estimator not in METHOD_ESTIMATORS:
            raise ValueError(f"--estimator must be one of {METHOD_ESTIMATORS}, "
                             f"got {estimator!r}")
        if not theta_lr > 0:
            raise ValueError(f"--theta-lr must be > 0, got {theta_lr!r}")
        if warmup_epochs < 0:
            raise ValueError(f"--warmup-epochs must be >= 0, got {warmup_epochs!r}")
        if total_epochs is not None and warmup_epochs >= total_epochs:
            warnings.warn(f"--warmup-epochs {warmup_epochs} covers all {total_epochs} epochs: "
                          f"the gates never move and nothing is pruned during training",
                          stacklevel=2)
        if gate_seed is not None and (isinstance(gate_seed, bool)
                                      or not isinstance(gate_seed, int)):
            raise ValueError(f"--seed (also the gates' generator seed) must be an integer, "
                             f"got {gate_seed!r}")
        self.gamma, self.beta, self.rho = float(gamma), float(beta), float(rho)
        self.theta_lr, self.warmup_epochs = float(theta_lr), int(warmup_epochs)
        self.theta_init, self.total_epochs, self.per_example = theta_init, total_epochs, per_example
        self.estimator = estimator
        # premature-pruning guard (guard.py): needs the weights' decay λ and lr η_w
        self.guard, self.weight_decay, self.lr = guard, float(weight_decay), float(lr)
        self.released = 0  # structures reopened by the guard so far
        self._score: torch.Tensor | None = None
        self.gates: BernoulliGates | None = None
        self.cost: ComplexityModel | None = None
        self.epoch = 0  # epochs completed
        self.history: list[dict] = []  # per epoch: θ of every structure, MACs, params
        self.rounded = 0
        self.rounded_gap = 0.0  # largest |θ − round(θ)| among the rounded ones
        self._observed = False  # the loop calls observe_batch (needed by "score")
        self._pending: dict | None = None
        self._example: torch.Tensor | None = None
        self._current: dict = {}
        self.gate_seed, self.distributed = gate_seed, distributed
        self._rank, self._world = 0, 1
        self.resynced = 0  # θ entries that differed from rank 0's at an epoch end (DDP)
        self._rank_states: list[torch.Tensor] = []  # every rank's gate RNG state (DDP)

    # ------------------------------------------------------------------ protocol
    def setup(self, model: nn.Module, example_inputs: torch.Tensor) -> None:
        device = next(model.parameters()).device
        self._example = example_inputs
        layout = self._pending["gates"] if self._pending else None
        est = self.estimator
        if est == "auto" and self._pending:
            est = self._pending.get("estimator", "auto")
        gate_est = "first_order" if est == "first_order" else "score"
        self._rank, self._world = rank_world() if self.distributed is not False else (0, 1)
        saved_rng = (layout or {}).get("rng")
        gen = None
        if self.gate_seed is not None or self._world > 1 or saved_rng is not None:
            seed = self.gate_seed if self.gate_seed is not None else torch.initial_seed()
            gen = torch.Generator(device=device)
            gen.manual_seed((seed * 1_000_003 + 7_919 * self._rank + 17) % 2 ** 63)
        self.gates = BernoulliGates(model, self.theta_init, self.per_example or
                                    gate_est == "score", gate_est, generator=gen, layout=layout)
        if self._pending and gen is not None:
            self._restore_rng(saved_rng, self._pending.get("gate_rng_ranks"))
        if self._pending:
            saved = dict(self._pending["cost"])
            saved["blocks"] = [BlockCost(**b) for b in saved["blocks"]]
            self.cost = ComplexityModel(**saved)
            self.epoch, self.history = self._pending["epoch"], self._pending["history"]
            self.rounded = self._pending.get("rounded", 0)
            self.rounded_gap = self._pending.get("rounded_gap", 0.0)
            self.released = self._pending.get("released", 0)
            if self.estimator == "auto":  # keep what the interrupted run had resolved
                self.estimator = self._pending.get("estimator", "auto")
            self._pending = None
        else:
            self.cost = ComplexityModel.from_model(model, self._example)
        self._set_trainable()
        self._measure(model)

    def observe_batch(self, model: nn.Module, x: torch.Tensor, logits: torch.Tensor,
                      y: torch.Tensor) -> None:
        """Per-example losses of the last forward pass (the score-function estimator's ℓ_i).

        The baseline is each example's loss under the mean-field network (gates = θ), from
        one extra forward pass without gradients (batch statistics, running ones untouched).
        """
        self._observed = True
        if self.estimator == "first_order" or self.epoch < self.warmup_epochs:
            return
        if not any(self.gates.alive):  # every block removed: no gate left to estimate
            self._score = self.gates.layer_theta.detach()[:0]
            return
        losses = F.cross_entropy(logits.detach().float(), y, reduction="none")
        samples = dict(self.gates.samples)
        # batch statistics without touching the running ones (no in-place update: the
        # sampled pass's autograd graph must stay valid)
        bns = [m for m in model.modules() if isinstance(m, nn.modules.batchnorm._BatchNorm)]
        saved = [(m.running_mean, m.running_var, m.num_batches_tracked) for m in bns]
        try:
            for m in bns:
                m.running_mean = m.running_var = m.num_batches_tracked = None
            if self.estimator == "taylor":
                base, G = taylor_terms(model, self.gates, x, y)
            else:
                self.gates.mode = "mean"
                with torch.no_grad():
                    base = F.cross_entropy(model(x).float(), y, reduction="none")
        finally:
            self.gates.mode = "auto"
            for m, (rm, rv, nb) in zip(bns, saved, strict=True):
                m.running_mean, m.running_var, m.num_batches_tracked = rm, rv, nb
            self.gates.samples = samples
        if self.estimator == "taylor":
            self._score = taylor_from_losses(self.gates, losses, base, G)
        else:
            self._score = score_from_losses(self.gates, losses, "mean", base)

    def penalty(self, model: nn.Module) -> torch.Tensor | None:
        terms = []
        if self.gamma > 0:
            terms.append(self.gamma * self.cost.regularizer(self.gates, self.beta, self.rho))
        if self.estimator == "auto" and self.epoch >= self.warmup_epochs:
            # the loop decides: score if it reports per-example losses, else first-order
            self.estimator = "score" if self._observed else "first_order"
            self.gates.estimator = self.estimator
            if self.estimator == "first_order":
                warnings.warn("the training loop does not call observe_batch: Bernoulli falls "
                              "back to the first-order estimator (biased under BatchNorm, "
                              "see docs/bernoulli.md)", stacklevel=2)
                return sum(terms) if terms else None
        if self.estimator in ("score", "taylor") and self.epoch >= self.warmup_epochs:
            if self._score is None:
                raise ValueError("--estimator score needs the training loop to call "
                                 "method.observe_batch(model, x, logits, y) before penalty()")
            # surrogate whose θ-gradient is the score-function estimate of ∂E[loss]/∂θ
            terms.append((self._score * flat_theta(self.gates)).sum())
            self._score = None
        return sum(terms) if terms else None

    def extra_parameters(self) -> list[dict]:
        # θ is updated here, not by the trainer's optimizer: a constant step size (the weights'
        # lr schedule would freeze θ inside (0, 1)) and no momentum (projection stays exact)
        return []

    def after_step(self, model: nn.Module, step: int) -> None:
        """Projected SGD: θ ← Π_[0,1](θ − η_θ ∂J/∂θ), with θ = 0 absorbing.

        Under DDP ∂J/∂θ is first averaged over the ranks (DDP reduces only the model's
        gradients), so every rank takes the same step.
        """
        g = self.gates
        g.mark_absorbed_()  # θ = 0 before this step stays 0 (also right after a resume)
        if self._world > 1:
            all_reduce_mean_([t.grad for t in g.thetas() if t.grad is not None])
        with torch.no_grad():
            if not g.grad_avg:
                g.grad_avg = [torch.zeros_like(t) for t in g.thetas()]
            for t, avg in zip(g.thetas(), g.grad_avg, strict=True):
                if t.grad is not None:
                    # frozen at θ = 0: the last estimates before closing stay for the guard
                    live = t > 0
                    avg.copy_(torch.where(live, GRAD_DECAY * avg + (1 - GRAD_DECAY) * t.grad, avg))
                    t.sub_(self.theta_lr * t.grad)
                    t.grad = None
        g.project_()

    def end_epoch(self, model: nn.Module, epoch: int) -> nn.Module:
        self.epoch = epoch + 1
        if self._world > 1:  # every rank decides and shrinks from rank 0's θ
            changed = broadcast_(self.gates.thetas() + self.gates.grad_avg)
            if changed:
                self.resynced += changed
                self.gates._zero = []
                self.gates.mark_absorbed_()  # from rank 0's θ
        new = self._end_epoch(model, epoch)
        if self._world > 1 and self.gates.generator is not None:
            self._rank_states = all_gather_bytes(self.gates.rng_state())
        return new

    def _end_epoch(self, model: nn.Module, epoch: int) -> nn.Module:
        last = self.total_epochs is not None and self.epoch >= self.total_epochs
        if last:
            self.rounded = self.round_()
        self.history.append({"epoch": epoch, "theta": self.gates.structure_values(),
                             **self._current})
        if self.guard and self.epoch > self.warmup_epochs and not last:
            self.released += release_premature(self.gates, self.cost, self.gamma, self.beta,
                                               self.rho, self.weight_decay, self.lr,
                                               self.theta_lr)
        removed = shrink(model, self.gates) if self.epoch > self.warmup_epochs or last else None
        if last:
            self.gates.remove()  # every θ is 0 or 1: the network is the plain pruned one
        self._set_trainable()
        if removed and (removed["units"] or removed["blocks"]):
            # a new object tells the trainer to rebuild its optimizer for the new parameters
            new = copy.copy(model)
            new._modules = dict(model._modules)
            self._measure(new)
            return new
        self._measure(model)
        return model

    def metrics(self) -> dict:
        counts = self.gates.counts()
        with torch.no_grad():
            ep, em = self.cost.expected(self.gates)
        return {**self._current, **counts, "expected_params": float(ep),
                "expected_macs": float(em), "rounded": self.rounded, "released": self.released,
                "theta_frozen": int(self.epoch < self.warmup_epochs),
                **({"theta_resynced": self.resynced} if self._world > 1 else {})}

    def state_dict(self) -> dict:
        c = self.cost
        return {"gates": self.gates.layout(), "epoch": self.epoch, "history": self.history,
                "rounded": self.rounded, "rounded_gap": self.rounded_gap, "released": self.released,
                "estimator": self.estimator,
                "cost": {"const_params": c.const_params, "const_macs": c.const_macs,
                         "ref_params": c.ref_params, "ref_macs": c.ref_macs,
                         "blocks": [vars(b).copy() for b in c.blocks]},
                **({"gate_rng_ranks": [t.clone() for t in self._rank_states]}
                   if self._world > 1 and self._rank_states else {})}

    def load_state_dict(self, d: dict) -> None:
        """Called before setup(): the gates are rebuilt from `d` there."""
        self._pending = d or None

    def describe(self) -> dict:
        return {"method": self.name, "gamma": self.gamma, "beta": self.beta, "rho": self.rho,
                "theta_lr": self.theta_lr, "warmup_epochs": self.warmup_epochs,
                "estimator": self.estimator,
                "pruning_conditions": f"warm-up {self.warmup_epochs} epochs"
                                      + (" + spruce.dynamics guard" if self.guard else "")}

    # ------------------------------------------------------------------ helpers
    def _restore_rng(self, own: torch.Tensor | None, ranks: list | None) -> None:
        """Put the saved gate generator state back (this rank's under DDP), else warn."""
        state, why = own, None
        if self._world > 1:
            n = len(ranks) if ranks else 1
            state = ranks[self._rank] if ranks and n == self._world else None
            if state is None:
                why = f"it holds the gate RNG of {n} process(es), this run has {self._world}"
        elif own is None:
            why = "its gates drew from the global RNG, these from their own generator"
        if state is not None:
            try:
                self.gates.set_rng_state(state)
            except ValueError as exc:
                why = str(exc)
        if why is not None:
            warnings.warn(f"resumed Bernoulli gates: {why}; the gates draw from a fresh seed, "
                          f"so the run is not step-exact", stacklevel=3)

    def _set_trainable(self) -> None:
        frozen = self.epoch < self.warmup_epochs
        for t in self.gates.thetas():
            t.requires_grad_(not frozen)

    def _measure(self, model: nn.Module) -> None:
        macs, params = count_model(model, self._example)
        self._current = {"macs": macs, "params": params}

    def round_(self) -> int:
        """Send θ strictly inside (0, 1) to a vertex; returns how many moved.

        J is affine in each θ_s for fixed W and the other θ, so the better vertex along
        coordinate s is 1 if ∂J/∂θ_s < 0 else 0; the running mean of the estimated
        ∂J/∂θ_s (last ~1/(1 − GRAD_DECAY) steps) decides. Without one, θ ≥ ½ → 1.
        """
        n = 0
        g = self.gates
        avgs = g.grad_avg or [None] * len(g.thetas())
        with torch.no_grad():
            for l, (t, avg) in enumerate(zip(g.thetas(), avgs, strict=True)):
                inside = (t > 0) & (t < 1)
                if l == 0:  # layer θ of removed blocks are 0 already
                    inside &= torch.tensor(g.alive, device=t.device)
                if inside.any():
                    gap = torch.minimum(t[inside], 1 - t[inside]).max()
                    self.rounded_gap = max(self.rounded_gap, float(gap))
                n += int(inside.sum())
                vertex = (avg < 0) if avg is not None else (t >= 0.5)
                t.copy_(torch.where(inside, vertex.to(t.dtype), t))
        self.gates.project_()
        return n

    def is_deterministic(self) -> bool:
        """True when every live θ is exactly 0 or 1."""
        return self.gates.counts()["random"] == 0


def from_config(args, reference=None) -> BernoulliMethod:
    """Build the method from a PipelineConfig (gamma, beta, rho, theta_lr, ...)."""
    return BernoulliMethod(gamma=option(args, "gamma", DEFAULTS["gamma"]),
                           beta=option(args, "beta", DEFAULTS["beta"]),
                           rho=option(args, "rho", DEFAULTS["rho"]),
                           theta_lr=option(args, "theta_lr", DEFAULTS["theta_lr"]),
                           warmup_epochs=option(args, "warmup_epochs", DEFAULTS["warmup_epochs"]),
                           total_epochs=option(args, "epochs", None),
                           weight_decay=option(args, "weight_decay", 5e-4),
                           lr=option(args, "lr", 0.1),
                           guard=option(args, "guard", True),
                           estimator=option(args, "estimator", "auto"),
                           gate_seed=option(args, "seed", None))
