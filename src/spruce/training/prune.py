"""Choose which structures to remove after training, and zero them (masking).

Scores per channel i of a structure (higher = more important):
  magnitude  s_i = max |w| over the SPR group (conv filter, BN γ_i, β_i); with
             `fraction` f > 0, the (1−f)-quantile of |w| instead, i.e. the channel
             survives iff more than a fraction f of its entries exceed the threshold
  bn         s_i = |γ_i| (network slimming)
  l1         s_i = ‖conv filter_i‖₁ / n_i (Li et al.); pruned at a fixed ratio per structure

Threshold search (the SPR authors' rule): bisection, `steps` halvings of [0, t_max], for the
largest t such that zeroing every channel with s_i ≤ t keeps the training-accuracy drop
≤ `tolerance` (in accuracy points, i.e. percent). Each structure keeps at least one channel.

Masking zeros the group's rows (conv filter and bias, BN γ and β): the BN then outputs 0
for that channel, so the masked network computes exactly what the physically smaller one
computes (spruce.training.surgery checks that).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import torch
from torch import nn

from spruce.training.structures import Structure

SCORES = ("magnitude", "bn", "l1")


@torch.no_grad()
def structure_scores(model: nn.Module, structures: list[Structure], kind: str = "magnitude",
                     fraction: float = 0.0) -> list[torch.Tensor]:
    """One score tensor (length = channels) per structure, on the CPU."""
    if kind not in SCORES:
        raise ValueError(f"prune score must be one of {SCORES}, got {kind!r}")
    if not 0.0 <= fraction < 1.0:
        raise ValueError(f"--keep-fraction must be in [0, 1), got {fraction!r}")
    mods = dict(model.named_modules())
    out = []
    for s in structures:
        if kind == "bn":
            gammas = s.norm_weights(model)
            if not gammas:
                raise ValueError(f"structure {s.name} has no BatchNorm: cannot score by |γ|")
            out.append(torch.stack([g.detach().abs().float().cpu() for g in gammas]).amax(0))
        elif kind == "l1":
            w = mods[s.out_layers[0]].weight.detach().float().cpu()
            out.append(w.reshape(s.channels, -1).abs().mean(1))
        else:
            rows = torch.cat([p.detach().float().cpu().reshape(s.channels, -1).abs()
                              for p in s.params(model)], 1)
            out.append(rows.amax(1) if fraction == 0 else torch.quantile(rows, 1 - fraction, 1))
    return out


def keep_above(scores: list[torch.Tensor], threshold: float) -> list[torch.Tensor]:
    """Masks s > threshold, with each structure's best channel always kept."""
    masks = []
    for s in scores:
        m = s > threshold
        m[int(s.argmax())] = True
        masks.append(m)
    return masks


def keep_ratio(scores: list[torch.Tensor], ratio: float) -> list[torch.Tensor]:
    """Masks keeping the ceil((1−ratio)·C) highest-scoring channels of every structure."""
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
    """Zero, in place, every row (conv filter/bias, BN γ/β) of each removed channel."""
    for s, m in zip(structures, keep, strict=True):
        drop = (~m).to(next(model.parameters()).device)
        for p in s.params(model):
            p[drop] = 0


@dataclass
class PruneResult:
    threshold: float
    keep: list[torch.Tensor]
    base_accuracy: float
    accuracy: float
    trials: list[tuple[float, float, int]]  # (threshold, accuracy, channels kept)

    @property
    def kept(self) -> int:
        return int(sum(int(m.sum()) for m in self.keep))

    @property
    def total(self) -> int:
        return int(sum(m.numel() for m in self.keep))


@torch.no_grad()
def search_threshold(model: nn.Module, structures: list[Structure], scores: list[torch.Tensor],
                     accuracy: Callable[[nn.Module], float], tolerance: float = 0.05,
                     t_max: float = 0.1, steps: int = 10) -> PruneResult:
    """Largest threshold (bisection on [0, t_max]) whose accuracy drop ≤ tolerance points.

    `accuracy(model)` returns a fraction in [0, 1]; the model is restored after each trial.
    """
    if tolerance < 0 or not t_max > 0 or steps < 1:
        raise ValueError(f"need --tolerance >= 0, --threshold-max > 0, --steps >= 1; got "
                         f"{tolerance}, {t_max}, {steps}")
    saved = {k: v.clone() for k, v in model.state_dict().items()}
    base = accuracy(model)
    trials: list[tuple[float, float, int]] = []

    def trial(t: float) -> float:
        keep = keep_above(scores, t)
        apply_masks(model, structures, keep)
        acc = accuracy(model)
        model.load_state_dict(saved)
        trials.append((t, acc, int(sum(int(m.sum()) for m in keep))))
        return acc

    lo, hi = 0.0, t_max
    acc_lo = trial(lo)
    if 100 * (base - trial(hi)) <= tolerance:
        lo, acc_lo = hi, trials[-1][1]
    else:
        for _ in range(steps):
            mid = 0.5 * (lo + hi)
            acc = trial(mid)
            if 100 * (base - acc) <= tolerance:
                lo, acc_lo = mid, acc
            else:
                hi = mid
    return PruneResult(lo, keep_above(scores, lo), base, acc_lo, trials)


@dataclass
class Pruned:
    """What `prune_model` produced: the masked model, the smaller one and the evidence."""

    structures: list[Structure]
    keep: list[torch.Tensor]
    masked: nn.Module
    small: nn.Module
    search: dict
    max_rel_diff: float


def prune_model(model: nn.Module, data, example_inputs: torch.Tensor, score: str = "magnitude",
                ratio: float | None = None, tolerance: float = 0.05, t_max: float = 0.1,
                steps: int = 10, fraction: float = 0.0, samples: int = 10000,
                include_residual: bool = True, check_rtol: float = 1e-4) -> Pruned:
    """Steps 3-4 of the pipeline: choose, zero and physically remove structures.

    score "l1" (or a given `ratio`) prunes a fixed ratio per structure; otherwise the
    threshold search on the training split (first `samples` images) decides. Raises
    RuntimeError if the compressed model's logits differ from the masked model's by more
    than `check_rtol` (relative) on up to 256 test images.
    """
    import copy

    from spruce.training.structures import find_structures
    from spruce.training.surgery import compress, max_rel_diff
    from spruce.training.trainer import evaluate

    model.eval()
    structures = find_structures(model, example_inputs, include_residual)
    scores = structure_scores(model, structures, score, fraction)
    masked = copy.deepcopy(model)
    if score == "l1" or ratio is not None:
        ratio = 0.5 if ratio is None else ratio
        keep = keep_ratio(scores, ratio)
        search: dict = {"rule": "ratio", "score": score, "ratio": ratio}
    else:
        res = search_threshold(masked, structures, scores,
                               lambda m: evaluate(m, data, "train", limit=samples)[1],
                               tolerance, t_max, steps)
        keep = res.keep
        search = {"rule": "threshold", "score": score, "threshold": res.threshold,
                  "train_acc": res.base_accuracy, "train_acc_pruned": res.accuracy,
                  "trials": [list(t) for t in res.trials]}
    apply_masks(masked, structures, keep)
    small = compress(masked, structures, keep, example_inputs)
    x = data.normalize(data.x_test[:256])
    diff = max_rel_diff(masked.float(), small.float(), x)
    if diff > check_rtol:
        raise RuntimeError(f"surgery changed the logits: max relative difference {diff:.2e}")
    return Pruned(structures, keep, masked, small, search, diff)
