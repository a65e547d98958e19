"""Complexity-aware Bernoulli pruning of units and layers, for any traceable model.

    pruner = spruce.Bernoulli(model, example_inputs, target_macs=0.5, epochs=20)
    for epoch in range(20):
        for x, y in loader:                       # your own training loop
            losses = F.cross_entropy(model(x), y, reduction="none")
            loss = losses.mean() + pruner.penalty(losses)
            opt.zero_grad(); loss.backward(); opt.step()
            pruner.step()                         # projected update of θ
        model, opt = pruner.end_epoch(opt)        # θ = 0 structures leave the network
    result = pruner.finalize(evaluate=...)        # deterministic network + rounding report

Gates (spruce.pruning.gating): ξ_{s,u} ~ Bernoulli(θ_{s,u}) on every unit of every prunable
structure (the same structures as SPR) and ξ_b ~ Bernoulli(θ_b) on every residual branch
found from the graph's additions (spruce.pruning.branches). The cost (docs/bernoulli.md)

    J(W, θ) = E_ξ[loss(W, ξ)] + γ R(θ),
    R(θ) = ρ E[C(ξ)] + (1 − ρ) E[C(ξ) | every ξ_b = 1],
    C(ξ) = (1 − β) params(ξ)/params(1) + β MACs(ξ)/MACs(1),

uses the exact expected complexity (spruce.pruning.cost): γ weighs accuracy against
complexity, β MACs against parameters, ρ layers against units. By default the user sets
the expected MACs fraction `target_macs` (0.5) instead of γ (a fixed γ is used when given
without a target). The aim a(t) descends linearly from 1 at the end of the warm-up to
target_macs over the free phase (the post-warm-up steps before the pull starts:
½(epochs − warmup) epochs, n steps; 10 epochs when `epochs` is not given), so that the data
term has time to tell the gates apart. The penalty is γ R(θ) while E[MACs] is above the aim
and −γ R(θ) below it; a step whose decreases would take E[MACs] below the aim has them
scaled back (θ = 0 is absorbing: an overshoot would remove structures for good; during the
pull the floor is the network the pull heads to); and γ takes a multiplicative dual step,
γ ← γ·exp(gamma_lr·(E[MACs] of the proposed step/MACs(1) − a(t))/n), so that at a violation
of 1 log γ can move by gamma_lr (5) within the free phase, in a 6-epoch run as in a
300-epoch one (spruce.pruning.theta_update). A larger gamma_lr lets γ overshoot while θ,
whose speed Adam caps, is still descending, and the complexity term rather than the data
then picks the gates (digits at target 0.25: 69% accuracy at gamma_lr 20, 92% at 5).

∂E[loss]/∂θ is estimated from the batch: with the per-example losses given to
`penalty(losses)`, by the score-function estimator (unbiased; leave-one-out baseline),
else by the first-order estimate ∂loss/∂ξ at the sampled ξ (one backward pass, no extra
cost, but biased: BatchNorm after a gate makes the units of a layer look alike).
θ moves after the weights' step (`step()`), by Adam's normalized step on ∂J/∂θ (that
estimate plus γ ∂R/∂θ) and a pull to the nearer vertex, projected on [0, 1]:

    θ ← Π_[0,1](θ − theta_lr·(m̂/(√v̂ + ε) + κ·sign(½ − θ))),

θ = 0 absorbing. The pull is our convergence device (not in the paper): the subgradient of
κ·min(θ, 1 − θ), the distance to a vertex, in Adam's units, where |m̂/√v̂| ≲ 1 (with
target_macs the split between the vertices is not ½ but the τ whose rounding 1[θ > τ]
keeps the target's MACs, so the rounded network lands on the target); κ is 0 for
the first half of the post-warm-up training, then grows linearly to `polarize` (4) at the
last step, so once κ > 1 every gate heads to its nearer vertex whatever its gradient, and
the final rounding moves nothing, or little. Adam makes theta_lr the largest move per step
in θ's own units, whatever the network's size. No θ moves during the warm-up epochs.
`end_epoch` removes the structures whose θ is 0 physically, carrying the optimizer's state
of the surviving weights over. Several processes (DDP): give the pruner the bare model
(wrap it in DistributedDataParallel yourself, again after each end_epoch that returns a new
model); step() averages θ's gradients over the ranks, so every rank removes the same
structures, while each rank draws its own gates (seed + rank).
Cost per step: one draw per gate and example, one multiply per gated tensor, the
expected-cost polynomial a few times (R, the 6 points of the floor, a 10-step bisection
for τ every 10 steps of the pull), all on θ's device without a host read. ResNet-20 at
batch 64 on a shared 2-core CPU (1 thread, `benchmarks/bench_bernoulli_api.py --overhead`):
+9% to +12% per training step with penalty(losses) (four runs); the GPU figure is
benchmarks/gpu_check.sh's section 5.
"""

from __future__ import annotations

import logging
import math
import warnings
from collections.abc import Callable, Iterable

import torch
from torch import nn

from spruce.pruning import bernoulli_state, theta_update
from spruce.pruning import bernoulli_surgery as surgery
from spruce.pruning import branches as br
from spruce.pruning.bernoulli_result import BernoulliResult, added
from spruce.pruning.bernoulli_state import fresh_state, match_state
from spruce.pruning.cost import build_cost_model, rounding_threshold
from spruce.pruning.gating import GateHooks, score_estimate
from spruce.pruning.masks import apply_masks
from spruce.pruning.pruner import bare_model, macs_params
from spruce.pruning.structures import build_graph, find_structures, output_layers

log = logging.getLogger(__name__)


def _rank() -> int:
    from spruce.training.distributed import rank_world

    return rank_world()[0]

ESTIMATORS = ("auto", "first_order", "score")
DEFAULTS = {"estimator": "auto", "gamma": 1.0, "target_macs": 0.5, "beta": 0.5, "rho": 0.5,
            "theta_lr": None, "warmup_epochs": 1, "polarize": 4.0, "gamma_lr": 5.0}
POLARIZE_FROM = 0.5  # the flattening term starts halfway through the post-warm-up training
MIN_THETA_LR = 0.02  # the default step of θ in a long run (50 steps from 1 to 0 at most)
MAX_THETA_LR = 0.1  # the largest default step, in a short one (noisy estimates)


def _number(name: str, value, low: float, high: float = math.inf) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)) \
            or not (low <= value <= high and math.isfinite(value)):
        raise ValueError(f"{name} must be a number in [{low}, {high}], got {value!r}")
    return float(value)


class Bernoulli:
    """Bernoulli gates on units and residual branches; see the module docstring."""

    def __init__(self, model: nn.Module, example_inputs, gamma: float | None = None,
                 beta: float = DEFAULTS["beta"], rho: float = DEFAULTS["rho"], *,
                 target_macs: float | None = None, epochs: int | None = None,
                 warmup_epochs: int = DEFAULTS["warmup_epochs"],
                 theta_lr: float | None = DEFAULTS["theta_lr"],
                 polarize: float = DEFAULTS["polarize"],
                 gamma_lr: float = DEFAULTS["gamma_lr"], units: bool = True,
                 layers: bool = True, per_example: bool = True, seed: int | None = None,
                 estimator: str = DEFAULTS["estimator"],
                 ignored_layers: list[nn.Module | str] | None = None):
        # γ given: fixed, unless a target is given too (then its starting value); γ not
        # given: found by the dual step for target_macs (default 0.5), starting at 1
        if gamma is None and target_macs is None:
            target_macs = DEFAULTS["target_macs"]
        self._gamma_given = _number("gamma", DEFAULTS["gamma"] if gamma is None else gamma,
                                    0.0)
        self.beta, self.rho = _number("beta", beta, 0, 1), _number("rho", rho, 0, 1)
        self.theta_lr = None if theta_lr is None else _number("theta_lr", theta_lr, 0.0)
        self.polarize = _number("polarize", polarize, 0.0)
        self.gamma_lr = _number("gamma_lr", gamma_lr, 0.0)
        self.target_macs = None if target_macs is None else _number(
            "target_macs", target_macs, 0, 1)
        if epochs is not None and not (isinstance(epochs, int) and epochs >= 1):
            raise ValueError(f"epochs must be a positive integer or None, got {epochs!r}")
        if not (isinstance(warmup_epochs, int) and warmup_epochs >= 0):
            raise ValueError(f"warmup_epochs must be an integer >= 0, got {warmup_epochs!r}")
        if not (units or layers):
            raise ValueError("units and layers are both False: nothing to gate")
        if estimator not in ESTIMATORS:
            raise ValueError(f"estimator must be one of {ESTIMATORS}, got {estimator!r}")
        if seed is not None and (isinstance(seed, bool) or not isinstance(seed, int)):
            raise ValueError(f"seed must be an integer or None, got {seed!r}")
        if estimator == "score" and not per_example:
            raise ValueError("estimator='score' needs per_example=True (one draw per example)")
        self.estimator = estimator
        self._data_grads: list[torch.Tensor] | None = None
        self._losses_given = False
        self.epochs, self.warmup_epochs = epochs, warmup_epochs
        if epochs is not None and warmup_epochs >= epochs:
            warnings.warn(f"warmup_epochs={warmup_epochs} covers all {epochs} epochs: θ never "
                          f"moves and nothing is pruned", stacklevel=2)
        self.use_units, self.use_layers, self.per_example = units, layers, per_example
        self.model, self.device, self.example_inputs = bare_model(model, example_inputs)
        self.gamma = self._gamma_given
        self.generator = None
        if seed is not None:  # each process of a DDP run draws its own gates
            self.generator = torch.Generator(device=self.device).manual_seed(
                int(seed) + _rank())
        self._ignored = self._ignored_names(ignored_layers)
        self.epoch = 0
        self.adam_steps = 0
        self._step_in_epoch, self._steps_per_epoch = 0, 0
        self._tau: float | None = None
        self.history: list[dict] = []
        self.skipped: list[str] = []
        self._trace(None)
        self.macs0, self.params0 = int(self.cost.full_macs), int(self.cost.full_params)
        self.gates0 = sum(t.numel() for t in self.thetas())
        if not self.structures and not self.branches:
            why = "; ".join(self.skipped[:3]) or "no prunable structure or residual branch"
            raise ValueError(f"model: nothing to gate ({why})")

    # ------------------------------------------------------------------ set-up
    def _ignored_names(self, layers) -> list[str]:
        mods = dict(self.model.named_modules())
        names = {m: n for n, m in mods.items()}
        out = []
        for layer in layers or []:
            name = layer if isinstance(layer, str) else names.get(layer)
            if name not in mods:
                raise ValueError(f"ignored_layers: the model has no layer {layer!r}")
            out.append(name)
        return out

    def _trace(self, previous: dict | None) -> None:
        """Structures, branches, cost model and hooks of the current model; θ carried over
        from `previous` (name → θ maps) or set to 1."""
        model, x = self.model, self.example_inputs
        graph = build_graph(model, x)
        mods = dict(model.named_modules())
        ignored = output_layers(graph, model) + [mods[n] for n in self._ignored
                                                 if n in mods]
        notes: list[str] = []
        structures = find_structures(model, x, True, ignored, graph, notes) \
            if self.use_units else []
        branches = br.find_branches(model, x, graph, notes) if self.use_layers else []
        if previous is None:
            self.skipped = notes
        self.structures, self.branches = structures, branches
        self.cost = build_cost_model(model, x, structures, branches)
        if previous is None:
            self.cost_ref = (self.cost.full_params, self.cost.full_macs)
        self.unit_ids, thetas, moments = [], [], []
        for s in structures:
            ids, state = match_state(previous, s) if previous else (None, None)
            if ids is None:
                ids, state = list(range(s.units)), fresh_state(s.units)
            if len(ids) != s.units:
                raise RuntimeError(f"internal: structure {s.name} has {s.units} units, its "
                                   f"gates {len(ids)}")
            self.unit_ids.append(ids)
            thetas.append(nn.Parameter(state[0].to(self.device).clone()))
            moments.append(state[1:].to(self.device).clone())
        self.unit_theta = nn.ParameterList(thetas)
        old_b = previous["branches"] if previous else {}
        state = torch.stack([old_b.get(b.entry, fresh_state(1)[:, 0]) for b in branches], 1) \
            if branches else fresh_state(0)
        self.branch_theta = nn.Parameter(state[0].to(self.device).clone())
        # Adam's first and second moments of ∂J/∂θ, one (2, n) tensor per θ tensor
        self.moments = [*moments, state[1:].to(self.device).clone()]
        self.hooks = GateHooks(model, graph, structures, branches, list(self.unit_theta),
                               self.branch_theta, self.per_example, self.generator)
        self.hooks.first_order = self.estimator == "first_order" or (
            self.estimator == "auto" and not self._losses_given)

    def thetas(self) -> list[torch.Tensor]:
        """Every θ tensor: one per structure, then the branches'."""
        return [*self.unit_theta, self.branch_theta]

    # ------------------------------------------------------------------ training
    def expected_cost(self, layers_on: bool = False) -> tuple[torch.Tensor, torch.Tensor]:
        """(E[params], E[MACs]) at the current θ (layers_on: every ξ_b = 1), differentiable."""
        return self.cost.expected(list(self.unit_theta), [s.fold for s in self.structures],
                                  None if layers_on else self.branch_theta)

    def regularizer(self) -> torch.Tensor:
        """R(θ) = ρ E[C] + (1 − ρ) E[C | layers on], normalized by the model at the start."""
        p0, f0 = self.cost_ref

        def c(params, macs):
            return (1 - self.beta) * params / p0 + self.beta * macs / f0

        return self.rho * c(*self.expected_cost()) + (1 - self.rho) * c(
            *self.expected_cost(layers_on=True))

    def penalty(self, losses: torch.Tensor | None = None) -> torch.Tensor:
        """γ R(θ): add it to the loss; its gradient reaches only θ.

        `losses`, the per-example losses of the last forward (reduction='none'), switch the
        data term's θ-gradient from the first-order estimate to the score-function one
        (unbiased; estimator "auto", the default). With target_macs the term is γ R(θ)
        while E[MACs] is above the target and −γ R(θ) below it."""
        if losses is not None and self.estimator != "first_order":
            if not self.per_example:
                raise ValueError("penalty(losses) needs per_example=True (the score-function "
                                 "estimator compares examples with different gates)")
            self._data_grads = score_estimate(self.thetas(), self.hooks.samples, losses)
            self._losses_given = True
            self.hooks.first_order = False  # from the next forward on
        elif self.estimator == "score":
            raise ValueError("estimator='score' needs the per-example losses: "
                             "penalty(losses) with losses = loss_fn(logits, y, "
                             "reduction='none')")
        if self.target_macs is None and self._gamma_given == 0:
            return torch.zeros((), device=self.device)
        weight = self._gamma
        if self.target_macs is not None:
            # below the target: the cost's gradient pushes the gates back up
            weight = torch.where(self._macs_ratio() < self.scheduled_macs(), -weight, weight)
        return (weight * self.regularizer()).to(torch.float32)

    @property
    def gamma(self) -> float:
        """γ now (with target_macs: where the dual steps have taken it)."""
        return float(self._gamma)

    @gamma.setter
    def gamma(self, value: float) -> None:
        self._gamma = torch.tensor(float(value), dtype=torch.float64, device=self.device)

    def macs_fraction(self) -> float:
        """E[MACs] at the current θ / MACs of the model given to Bernoulli()."""
        return float(self._macs_ratio())

    def polarization(self) -> float:
        """κ of the flattening term now: 0 until POLARIZE_FROM of the training after the
        warm-up, then a quadratic ramp to `polarize` at the last step."""
        if self.epochs is None or self.epochs <= self.warmup_epochs:
            return 0.0
        within = self._step_in_epoch / self._steps_per_epoch if self._steps_per_epoch else 0
        done = (self.epoch - self.warmup_epochs + min(within, 1.0)) / (
            self.epochs - self.warmup_epochs)
        ramp = (done - POLARIZE_FROM) / (1 - POLARIZE_FROM)
        return self.polarize * min(max(ramp, 0.0), 1.0)

    @torch.no_grad()
    def step(self) -> None:
        """θ ← Π_[0,1](θ − theta_lr · m̂/(√v̂ + ε)) after the optimizer's step; θ = 0 stays 0.

        m̂, v̂: Adam's bias-corrected moments of ∂J/∂θ (the data term's estimate and
        γ ∂R/∂θ), κ the pull (see the module docstring), so theta_lr is the largest move
        per step in θ's own units, whatever the network's size. Clears θ's gradients. Nothing moves
        during the warm-up epochs. With target_macs, γ then takes its dual step."""
        kappa, lr = self.polarization(), self.step_size()
        tau = self._pull_threshold() if kappa > 0 else 0.5
        data = self._data_grads or [None if p.grad is None else p.grad
                                    for p in (self.hooks.proxies or [])]
        self._data_grads, self.hooks.proxies = None, None
        grads = [added(t.grad, data[i] if i < len(data) else None)
                 for i, t in enumerate(self.thetas())]
        grads = theta_update.mean_over_ranks(grads, self.thetas())
        self._step_in_epoch += 1
        active = self.epoch >= self.warmup_epochs
        if active:
            self.adam_steps += 1
        # a step is cut short where E[MACs] would cross below the target (during the pull:
        # below the network the pull heads to): θ = 0 is absorbing, so an overshoot would
        # remove structures for good
        guard = self.target_macs is not None and active
        before = [t.detach().clone() for t in self.thetas()] if guard else None
        if active:
            theta_update.adam_pull_step(self.thetas(), self.moments, grads, self.adam_steps,
                                        lr, kappa, tau)
        for t in self.thetas():
            t.grad = None
        if guard:
            # γ's dual step reads the step as proposed: where the floor below holds
            # E[MACs] at the aim, a proposal under it says that γ is too large
            proposed, aim = self._macs_ratio(), self.scheduled_macs()
            floor = aim * self.cost_ref[1]
            if kappa > 0:  # during the pull: not below the network the pull heads to
                floor = torch.clamp(self._rounded_macs(before, tau), max=floor) * (1 - 1e-3)
            theta_update.keep_above(self.thetas(), before, self._macs_of, floor)
            self._gamma = theta_update.dual_gamma(self._gamma, proposed, aim, self.gamma_lr,
                                                  self._free_steps())

    def scheduled_macs(self) -> float:
        """The E[MACs] fraction aimed at now: from 1 at the end of the warm-up down to
        target_macs, linearly over the free phase, then target_macs (a gradual descent
        leaves the data term time to tell the gates apart)."""
        done = min(self.adam_steps / self._free_steps(), 1.0)
        return 1.0 - (1.0 - self.target_macs) * done

    def _macs_of(self, thetas: list[torch.Tensor]) -> torch.Tensor:
        """E[MACs] at θ = `thetas` (units' tensors, then the branches'), a tensor."""
        return self.cost.expected(thetas[:-1], [s.fold for s in self.structures],
                                  thetas[-1])[1]

    def _rounded_macs(self, thetas: list[torch.Tensor], tau) -> torch.Tensor:
        """MACs of the network rounded at τ, ξ = 1[θ > τ], a tensor."""
        return self._macs_of([(t.detach() > tau).to(t.dtype) for t in thetas])

    def _macs_ratio(self) -> torch.Tensor:
        """E[MACs] / MACs of the model given to Bernoulli(), a tensor (no host read)."""
        with torch.no_grad():
            return self.expected_cost()[1] / self.cost_ref[1]

    def step_size(self) -> float:
        """theta_lr, or by default 4 / the post-warm-up steps, clipped to [0.02, 0.1]: θ can
        cross [0, 1] within half of them even in a short run (steps per epoch are known
        after the first epoch; 0.02 until then, and without `epochs`)."""
        if self.theta_lr is not None:
            return self.theta_lr
        if self.epochs is None or not self._steps_per_epoch:
            return MIN_THETA_LR
        active = max(self.epochs - self.warmup_epochs, 1) * self._steps_per_epoch
        return min(max(MIN_THETA_LR, 4.0 / active), MAX_THETA_LR)

    def _pull_threshold(self) -> float | torch.Tensor:
        """½, or with target_macs the τ whose rounding 1[θ > τ] keeps the target's MACs:
        a bisection on θ's device (theta_update.threshold_for), every 10 steps."""
        if self.target_macs is None:
            return 0.5
        if self._tau is None or self._step_in_epoch % 10 == 0:
            self._tau = theta_update.threshold_for(
                lambda tau: self._rounded_macs(self.thetas(), tau),
                self.target_macs * self.cost_ref[1], self.device)
        return self._tau

    def _free_steps(self) -> float:
        """Steps between the warm-up and the start of the pull (see the docstring)."""
        per_epoch = self._steps_per_epoch or 100  # before the first epoch has ended
        epochs = 10.0 if self.epochs is None else max(
            (self.epochs - self.warmup_epochs) * POLARIZE_FROM, 0.5)
        return per_epoch * epochs

    @torch.no_grad()
    def counts(self) -> dict:
        """Gates open (θ = 1), undecided and closed (θ = 0, or removed with their structure
        or branch: every gate there was at the start is counted), E[MACs] fraction and γ."""
        flat = torch.cat([t.detach().flatten().cpu() for t in self.thetas()])
        opened, undecided = int((flat == 1).sum()), int(((flat > 0) & (flat < 1)).sum())
        return {"open": opened, "closed": self.gates0 - opened - undecided,
                "undecided": undecided,
                "expected_macs": self.macs_fraction(),
                "gamma": self.gamma}

    def end_epoch(self, optimizer: torch.optim.Optimizer | None = None):
        """Close the epoch: log the gate counts, remove structures whose θ is 0.

        Returns (model, optimizer): the smaller model (the same object when nothing was
        removed) and an optimizer of the same kind over its parameters, holding the
        surviving parameters' state (momentum, Adam moments) sliced like the weights."""
        self.epoch += 1
        self._steps_per_epoch, self._step_in_epoch = self._step_in_epoch, 0
        record = {"epoch": self.epoch, **self.counts()}
        dead_units, dead_branches = surgery.closed_gates(list(self.unit_theta),
                                                         self.branch_theta)
        record.update(units_removed=dead_units, branches_removed=len(dead_branches))
        if dead_units or dead_branches:
            optimizer = self._remove(optimizer)
        record.update(macs=macs_params(self.model, self.example_inputs)[0],
                      units=sum(len(ids) for ids in self.unit_ids),
                      branches=len(self.branches))
        self.history.append(record)
        self._tau = None
        log.info("bernoulli epoch %d: %d open, %d closed, %d undecided gates; E[MACs] %.1f%%",
                 self.epoch, record["open"], record["closed"], record["undecided"],
                 100 * record["expected_macs"])
        return self.model, optimizer

    def _remove(self, optimizer):
        """Physically remove every θ = 0 unit and branch; re-trace; carry θ and the state."""
        _, dead = surgery.closed_gates(list(self.unit_theta), self.branch_theta)
        previous = bernoulli_state.snapshot(self)
        self.hooks.remove()
        small, keep, optimizer = surgery.remove_closed(
            self.model, self.structures, list(self.unit_theta), self.branches, dead,
            self.example_inputs, optimizer)
        for s, m in zip(self.structures, keep, strict=True):
            previous["units"][s.name] = (previous["units"][s.name][0], m)
        self.model = small
        self._trace(previous)
        return optimizer

    def state_dict(self) -> dict:
        """θ, Adam's moments, γ, counters, history, the gate RNG and the model's plan:
        with the model's and the optimizer's state dicts, what a resumed run needs."""
        return bernoulli_state.state_dict(self)

    def load_state_dict(self, state: dict) -> None:
        """Restore a state_dict() into this pruner, built on the same model rebuilt from
        state["plan"] (spruce.load_pruned or spruce.pruning.plan.apply_plan)."""
        previous = bernoulli_state.load_state_dict(self, state)
        self.hooks.remove()
        self._trace(previous)

    # ------------------------------------------------------------------ the end
    def finalize(self, evaluate: Callable[[nn.Module], float] | None = None,
                 calibrate: Iterable | None = None) -> BernoulliResult:
        """Round every θ to a vertex, remove the closed structures, drop the hooks.

        Undecided θ go to 1 if θ ≥ ½ (with target_macs: if θ > τ, the threshold whose
        rounding keeps the target's MACs, as the pull during training).

        evaluate(model) -> float (e.g. accuracy) is measured on the mean-field network
        before rounding, on the deterministic one after, and again after `calibrate`
        (batches of inputs, or (inputs, targets) pairs) has refreshed BatchNorm's
        statistics, if given.
        """
        from spruce.pruning.bernoulli_result import recalibrate_bn, rounding_report

        metrics = {}
        if evaluate is not None:
            self.model.eval()
            metrics["before"] = float(evaluate(self.model))
        # with target_macs the split is the pull's τ (the rounding that keeps the target's
        # MACs), else ½; gates at 0 or 1 stay (τ is clipped inside (0, 1))
        tau = 0.5 if self.target_macs is None else rounding_threshold(
            self.cost, list(self.unit_theta), [s.fold for s in self.structures],
            self.branch_theta if self.branches else None, self.target_macs * self.cost_ref[1])
        report = rounding_report(self.thetas(), tau)
        with torch.no_grad():
            for t in self.thetas():
                t.copy_((t > tau if self.target_macs is not None else t >= 0.5).to(t.dtype))
        if any((t == 0).any() for t in self.thetas()):
            self._remove(None)
        # a structure whose every gate closed keeps one unit: zero it, so that without
        # the hooks it still computes 0
        closed = [s for s, t in zip(self.structures, self.unit_theta, strict=True)
                  if not bool((t > 0).any())]
        apply_masks(self.model, closed, [torch.zeros(s.units, dtype=torch.bool)
                                         for s in closed])
        self.hooks.remove()
        model = self.model
        if evaluate is not None:
            model.eval()
            metrics["after"] = float(evaluate(model))
        if calibrate is not None:
            recalibrate_bn(model, calibrate)
            if evaluate is not None:
                model.eval()
                metrics["calibrated"] = float(evaluate(model))
        model.eval()
        macs, params = macs_params(model, self.example_inputs)
        return BernoulliResult.build(model, report, metrics, (self.macs0, macs),
                                     (self.params0, params), self.history, self.skipped)


__all__ = ["Bernoulli", "BernoulliResult", "DEFAULTS"]
