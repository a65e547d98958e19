"""The base pruner: structures, scores and the rules of `prune()`, for any traceable model.

`Pruner(model, example_inputs)` traces the model once with Torch-Pruning's dependency graph
(spruce.pruning.structures) and holds its prunable structures; each unit is one group
W_u of n_u weights. Its `penalty()` is zero; the methods (spruce.pruning.methods) add theirs.

`prune()` chooses units by one rule (spruce.pruning.select), zeros them on a copy of the
model, removes them with Torch-Pruning, checks that the smaller model computes what the
masked one computes (on the example inputs and on random ones), counts MACs and parameters
with Torch-Pruning, and returns a PruneResult. The pruner's own model is not changed.
Cost: one deep copy, one trace and one surgery per search step (ResNet-56 at 32×32: about
0.13 s each on a 2-core CPU), plus the user's `evaluate` per step for the accuracy rule.
"""

from __future__ import annotations

import copy
import math
import time
from collections.abc import Callable
from dataclasses import dataclass, field

import torch
import torch_pruning as tp
from torch import nn

from spruce.pruning import select
from spruce.pruning.masks import apply_masks, keep_ratio, structure_scores
from spruce.pruning.result import PruneResult
from spruce.pruning.structures import build_graph, find_structures, output_layers
from spruce.pruning.surgery import max_rel_diff, remove_units

CHECK_RTOL = 1e-4  # surgery check: largest relative output change called "equal"


def unwrap(model: nn.Module) -> nn.Module:
    """The bare module inside DistributedDataParallel / DataParallel / torch.compile."""
    while True:
        inner = getattr(model, "module", None) or getattr(model, "_orig_mod", None)
        if not isinstance(inner, nn.Module):
            return model
        model = inner


def bare_model(model, example_inputs) -> tuple[nn.Module, torch.device, object]:
    """(unwrapped model, its device, example_inputs on that device); errors name `model`."""
    if not isinstance(model, nn.Module):
        raise TypeError(f"model must be a torch.nn.Module, got {type(model).__name__}")
    bare = unwrap(model)
    first = next(bare.parameters(), None)
    if first is None:
        raise ValueError("model has no parameters: nothing to prune")
    return bare, first.device, to_device(example_inputs, first.device)


def to_device(inputs, device: torch.device):
    """example_inputs (a tensor, tuple/list or dict of tensors) moved to `device`."""
    if isinstance(inputs, dict):
        return {k: to_device(v, device) for k, v in inputs.items()}
    if isinstance(inputs, (tuple, list)):
        return type(inputs)(to_device(v, device) for v in inputs)
    return inputs.to(device) if isinstance(inputs, torch.Tensor) else inputs


def randomized(inputs, seed: int = 0):
    """The same structure with every floating tensor replaced by seeded N(0, 1) values."""
    if isinstance(inputs, dict):
        return {k: randomized(v, seed + i) for i, (k, v) in enumerate(inputs.items())}
    if isinstance(inputs, (tuple, list)):
        return type(inputs)(randomized(v, seed + i) for i, v in enumerate(inputs))
    if isinstance(inputs, torch.Tensor) and inputs.is_floating_point():
        g = torch.Generator().manual_seed(seed)
        return torch.randn(inputs.shape, generator=g).to(inputs.device, inputs.dtype)
    return inputs


def macs_params(model: nn.Module, example_inputs) -> tuple[int, int]:
    """(MACs per example, parameters), Torch-Pruning's count_ops_and_params."""
    macs, params = tp.utils.count_ops_and_params(model, example_inputs)
    return int(macs), int(params)


class Pruner:
    """Base pruner: structures, scores and the prune rules; its penalty is zero."""

    score = "magnitude"

    def __init__(self, model: nn.Module, example_inputs, *,
                 ignored_layers: list[nn.Module | str] | None = None,
                 include_residual: bool = True):
        self.model, self.device, self.example_inputs = bare_model(model, example_inputs)
        graph = build_graph(self.model, self.example_inputs)
        ignored = output_layers(graph, self.model) + self._modules(ignored_layers)
        self.skipped: list[str] = []
        self.structures = find_structures(self.model, self.example_inputs, include_residual,
                                          ignored, graph, self.skipped)
        if not self.structures:
            why = "; ".join(self.skipped[:3]) or "no Conv or Linear layer feeds another layer"
            raise ValueError(f"model: no prunable structures ({why})")

    def _modules(self, layers) -> list[nn.Module]:
        mods = dict(self.model.named_modules())
        out = []
        for layer in layers or []:
            if isinstance(layer, str):
                if layer not in mods:
                    raise ValueError(f"ignored_layers: the model has no layer {layer!r}")
                layer = mods[layer]
            if not isinstance(layer, nn.Module):
                raise TypeError(f"ignored_layers: expected modules or names, got "
                                f"{type(layer).__name__}")
            out.append(layer)
        return out

    @property
    def units(self) -> int:
        """Number of prunable units (SPR groups) over all structures."""
        return sum(s.units for s in self.structures)

    def penalty(self) -> torch.Tensor:
        """The term to add to the loss (a scalar tensor on the model's device)."""
        return torch.zeros((), device=self.device)

    def scores(self, keep_fraction: float = 0.0) -> list[torch.Tensor]:
        """Per-structure unit scores (higher = more important), CPU float32."""
        return structure_scores(self.model, self.structures, self.score, keep_fraction)

    def prune(self, evaluate: Callable[[nn.Module], float] | None = None, *,
              tolerance: float = 0.01, target_macs: float | None = None,
              target_params: float | None = None, threshold: float | None = None,
              ratio: float | None = None, keep_fraction: float = 0.0,
              progress: bool = False) -> PruneResult:
        """Remove units by exactly one rule; returns a PruneResult with the smaller model.

        evaluate, tolerance  keep the largest removal with evaluate(m) ≥ evaluate(model) −
                             tolerance (evaluate's own units, e.g. accuracy in [0, 1])
        target_macs / target_params  keep at most this fraction of MACs / parameters
        threshold            remove every unit whose score is ≤ threshold
        ratio                remove this fraction of every structure (by score)
        keep_fraction        magnitude score: a unit survives a threshold iff more than
                             this fraction of its entries do (0: its largest entry decides)
        """
        t0 = time.perf_counter()
        rule, value = self._rule(evaluate, tolerance, target_macs, target_params, threshold,
                                 ratio)
        work = copy.deepcopy(self.model)
        saved = {k: v.clone() for k, v in work.state_dict().items()}
        macs0, params0 = macs_params(work, self.example_inputs)
        choice = _Choice(rule, value, tolerance)
        scores = self.scores(keep_fraction)
        if rule == "ratio":
            choice.keep = keep_ratio(scores, value)
        else:
            cands = select.Candidates.from_scores(scores)
            bar = _bar(progress, rule)
            if rule == "threshold":
                k = cands.at_threshold(value)
            elif rule == "evaluate":
                def metric(k: int) -> float:
                    bar.update()
                    return self._masked_metric(work, saved, cands.masks(k), evaluate)
                choice.metric0 = select.as_number(
                    self._masked_metric(work, saved, None, evaluate))
                k = select.largest_tolerated(cands, metric, choice.metric0, tolerance,
                                             choice.trials)
                choice.metric1 = next((t["metric"] for t in choice.trials
                                       if t["removed"] == k), choice.metric0)
            else:
                index = 0 if rule == "target_macs" else 1
                limit = value * (macs0, params0)[index]

                def cost(k: int) -> int:
                    bar.update()
                    small, _ = self._pruned(work, saved, cands.masks(k))
                    return macs_params(small, self.example_inputs)[index]
                k, choice.reached = select.smallest_within(cands, cost, limit, choice.trials)
            bar.close()
            choice.keep, choice.threshold = cands.masks(k), cands.threshold(k)
        return self._finish(choice, work, saved, (macs0, params0), t0)

    def prune_like_authors(self, evaluate: Callable[[nn.Module], float], *,
                           tolerance: float = 0.0005, survive: float = 0.005,
                           t_max: float = 0.1, steps: int = 10,
                           progress: bool = False) -> PruneResult:
        """The SPR authors' rule (spruce.pruning.authors): the largest unstructured magnitude
        threshold t within `tolerance` of evaluate (bisection on [0, t_max], widened if the
        whole range passes), then every unit with at most a fraction `survive` of its filter
        weights above t is removed whole. Their defaults: tolerance 0.05 points of training
        accuracy (0.0005 as a fraction), survive 0.005 or 0.05."""
        from spruce.pruning import authors

        t0 = time.perf_counter()
        self._rule(evaluate, tolerance, None, None, None, None)
        for name, v, low, high in (("survive", survive, 0, 1), ("t_max", t_max, 0, math.inf)):
            if not (isinstance(v, (int, float)) and low <= v < high and math.isfinite(v)
                    and (name != "t_max" or v > 0)):
                raise ValueError(f"{name} must be in [{low}, {high}), got {v!r}")
        if not (isinstance(steps, int) and 1 <= steps <= 60):
            raise ValueError(f"steps must be an integer in [1, 60], got {steps!r}")
        work = copy.deepcopy(self.model)
        saved = {k: v.clone() for k, v in work.state_dict().items()}
        macs0, params0 = macs_params(work, self.example_inputs)
        choice = _Choice("authors", None, tolerance)
        bar = _bar(progress, "authors")

        def metric(t: float) -> float:
            bar.update()
            work.load_state_dict(saved)
            authors.threshold_weights_(work, self.structures, t)
            return select.as_number(evaluate(work))

        choice.metric0 = select.as_number(self._masked_metric(work, saved, None, evaluate))
        t = authors.largest_threshold(metric, choice.metric0, tolerance, t_max, steps,
                                      choice.trials)
        bar.close()
        work.load_state_dict(saved)
        choice.keep = authors.surviving_units(work, self.structures, t, survive)
        choice.threshold = t
        choice.metric1 = select.as_number(self._masked_metric(work, saved, choice.keep,
                                                              evaluate))
        return self._finish(choice, work, saved, (macs0, params0), t0)

    def _finish(self, choice: _Choice, work: nn.Module, saved: dict,
                before: tuple[int, int], t0: float) -> PruneResult:
        """Surgery on the chosen units, the check against the masked model, the result."""
        keep = choice.keep
        small, steps = self._pruned(work, saved, keep)
        diff = max(max_rel_diff(work, small, x) for x in
                   (self.example_inputs, randomized(self.example_inputs)))
        (macs0, params0), (macs1, params1) = before, macs_params(small, self.example_inputs)
        plan = {"format": 1, "inputs": input_spec(self.example_inputs),
                "steps": list(getattr(self.model, "spruce_plan", {}).get("steps", [])) + steps}
        small.spruce_plan = plan
        kept_units = sum(int(m.sum()) for m in keep)
        status, message, warnings = self._verdict(
            choice.rule, kept_units, choice.reached, diff, choice.trials, choice.metric0,
            choice.tolerance, choice.value, macs1 / max(macs0, 1), params1 / max(params0, 1))
        return PruneResult(
            success=status == 0, status=status, message=message, model=small,
            rule=choice.rule, score=self.score, threshold=choice.threshold,
            kept={s.name: torch.nonzero(s.channel_mask(m)).flatten().tolist()
                  for s, m in zip(self.structures, keep, strict=True)},
            channels={s.name: s.channels for s in self.structures},
            units_kept=kept_units, units_total=self.units, macs_before=macs0,
            macs_after=macs1, params_before=params0, params_after=params1,
            metric_before=choice.metric0, metric_after=choice.metric1,
            surgery_max_diff=diff, plan=plan, warnings=warnings, trials=choice.trials,
            elapsed_s=time.perf_counter() - t0)

    def _rule(self, evaluate, tolerance, target_macs, target_params, threshold, ratio):
        given = {"evaluate": evaluate, "target_macs": target_macs,
                 "target_params": target_params, "threshold": threshold, "ratio": ratio}
        chosen = [k for k, v in given.items() if v is not None]
        if len(chosen) != 1:
            raise ValueError(f"prune() needs exactly one rule of evaluate=, target_macs=, "
                             f"target_params=, threshold=, ratio=; got {chosen or 'none'}")
        rule = chosen[0]
        value = given[rule]
        if rule == "evaluate":
            if not callable(evaluate):
                raise TypeError("evaluate must be a callable evaluate(model) -> float")
            if not (isinstance(tolerance, (int, float)) and math.isfinite(tolerance)
                    and tolerance >= 0):
                raise ValueError(f"tolerance must be a finite number >= 0, got {tolerance!r}")
            return rule, None
        if not isinstance(value, (int, float)) or isinstance(value, bool) \
                or not math.isfinite(value):
            raise ValueError(f"{rule} must be a finite number, got {value!r}")
        if rule.startswith("target") and not 0 < value <= 1:
            raise ValueError(f"{rule} is the fraction to keep, in (0, 1]; got {value!r}")
        if rule == "ratio" and not 0 <= value < 1:
            raise ValueError(f"ratio must be in [0, 1), got {value!r}")
        return rule, float(value)

    def _masked_metric(self, work, saved, keep, evaluate) -> float:
        work.load_state_dict(saved)
        if keep is not None:
            apply_masks(work, self.structures, keep)
        return evaluate(work)

    def _pruned(self, work, saved, keep) -> tuple[nn.Module, list]:
        """`work` masked by `keep` and its physically smaller copy, with the plan steps."""
        work.load_state_dict(saved)
        apply_masks(work, self.structures, keep)
        return remove_units(work, self.structures, keep, self.example_inputs)

    def _verdict(self, rule, kept, reached, diff, trials, metric0, tolerance, value,
                 macs_ratio, params_ratio) -> tuple[int, str, list[str]]:
        warnings = [f"not prunable: {why}" for why in self.skipped]
        if any(not s.exact for s in self.structures):
            warnings.append("structures through LayerNorm/GroupNorm: those layers normalize "
                            "over the removed channels, so outputs change after surgery")
        removed = self.units - kept
        if diff > CHECK_RTOL and all(s.exact for s in self.structures):
            warnings.append(f"surgery changed the outputs by {diff:.2e} (relative): an "
                            "activation with f(0) != 0 after a pruned layer?")
            return 3, f"surgery mismatch: outputs changed by {diff:.2e}", warnings
        if rule in ("target_macs", "target_params") and not reached:
            what = "MACs" if rule == "target_macs" else "parameters"
            got = macs_ratio if rule == "target_macs" else params_ratio
            msg = (f"{rule}={value:g} not reachable: removing every removable unit keeps "
                   f"{got:.1%} of the {what} (each structure keeps one unit; the output "
                   f"layers and {len(self.skipped)} unprunable groups stay)")
            return 2, msg, warnings + [msg]
        if removed == 0:
            if rule in ("evaluate", "authors") and trials and "removed" in trials[0]:
                first = min(trials, key=lambda t: t["removed"])
                which = ("the lowest-scoring unit" if first["removed"] == 1 else
                         f"the {first['removed']} lowest-scoring units")
                why = (f"removing {which} already took evaluate from {metric0:.4g} to "
                       f"{first['metric']:.4g}, more than tolerance={tolerance:g}; train "
                       f"longer or with a larger penalty, or raise the tolerance")
            elif rule == "threshold":
                why = f"no unit scores ≤ threshold={value:g}"
            elif rule == "authors":
                why = ("at the largest tolerated threshold every unit keeps more than "
                       "`survive` of its weights")
            else:
                why = "the rule selected no unit"
            return 1, f"nothing removed: {why}", warnings + [f"nothing removed: {why}"]
        return 0, (f"removed {removed:,} of {self.units:,} units: {macs_ratio:.1%} of MACs "
                   f"and {params_ratio:.1%} of parameters kept"), warnings


@dataclass
class _Choice:
    """What a rule decided, on its way to `Pruner._finish`."""

    rule: str
    value: float | None
    tolerance: float
    keep: list = field(default_factory=list)
    threshold: float | None = None
    reached: bool = True
    metric0: float | None = None
    metric1: float | None = None
    trials: list = field(default_factory=list)


def input_spec(inputs) -> dict:
    """Shapes and dtypes of example_inputs, enough to rebuild zeros of the same form."""
    if isinstance(inputs, dict):
        return {"kind": "dict", "items": {k: input_spec(v) for k, v in inputs.items()}}
    if isinstance(inputs, (tuple, list)):
        return {"kind": "tuple", "items": [input_spec(v) for v in inputs]}
    if isinstance(inputs, torch.Tensor):
        return {"kind": "tensor", "shape": list(inputs.shape),
                "dtype": str(inputs.dtype).removeprefix("torch.")}
    raise TypeError(f"example_inputs must be tensors (or a tuple/list/dict of them), got "
                    f"{type(inputs).__name__}")


class _NoBar:
    def update(self) -> None:
        pass

    def close(self) -> None:
        pass


def _bar(enabled: bool, rule: str):
    if not enabled:
        return _NoBar()
    from tqdm import tqdm

    return tqdm(desc=f"prune ({rule})", unit="trial", leave=False)


