"""The SPR authors' rule: unstructured threshold by bisection, then whole surviving units."""

from __future__ import annotations

import pytest
import torch
from torch import nn

import spruce
from spruce.pruning.authors import largest_threshold, surviving_units, threshold_weights_

from .user_models import MLP

X = torch.zeros(1, 64)


def test_bisection_finds_the_threshold_and_widens_past_the_top():
    trials = []
    t = largest_threshold(lambda t: -t, 0.0, 0.03, 0.1, 10, trials)  # drop = t
    assert t == pytest.approx(0.03, abs=0.1 / 2**10) and t <= 0.03
    trials = []
    t = largest_threshold(lambda t: 0.0 if t < 0.35 else -1.0, 0.0, 0.5, 0.1, 12, trials)
    assert [x["threshold"] for x in trials[:3]] == [0.1, 0.2, 0.4]  # the range was widened
    assert 0.34 < t < 0.35
    assert largest_threshold(lambda t: -1.0, 0.0, 0.5, 0.1, 5, []) == 0.0


def test_units_survive_by_the_share_of_their_weights_above_the_threshold():
    model = nn.Sequential(nn.Linear(10, 3), nn.ReLU(), nn.Linear(3, 2))
    with torch.no_grad():
        model[0].weight.copy_(torch.tensor([[1.0] * 10,            # all above
                                            [1.0] * 1 + [0.0] * 9,  # 10% above
                                            [0.0] * 10]))           # none above
    pruner = spruce.GroupLasso(model, torch.zeros(1, 10))
    (keep,) = surviving_units(model, pruner.structures, 0.5, survive=0.05)
    assert keep.tolist() == [True, True, False]
    (keep,) = surviving_units(model, pruner.structures, 0.5, survive=0.2)
    assert keep.tolist() == [True, False, False]
    threshold_weights_(model, pruner.structures, 0.5)
    assert int((model[0].weight != 0).sum()) == 11


def test_prune_like_authors_end_to_end():
    """evaluate = the share of nonzero weights: the threshold is where half of them go."""
    torch.manual_seed(0)
    model = MLP()
    pruner = spruce.SPR(model, X)

    def nonzero_share(m):
        ps = [p for s in pruner.structures for p in s.params(m)]
        return float(sum(int((p != 0).sum()) for p in ps) / sum(p.numel() for p in ps))

    r = pruner.prune_like_authors(nonzero_share, tolerance=0.5, survive=0.55)
    assert r.rule == "authors" and r.threshold > 0
    assert r.metric_before == pytest.approx(nonzero_share(model))
    tolerated = [t["threshold"] for t in r.trials if t["metric"] >= r.metric_before - 0.5]
    assert r.threshold == max(tolerated)  # the largest threshold the bisection accepted
    expected = surviving_units(model, pruner.structures, r.threshold, 0.55)
    assert r.units_kept == sum(int(k.sum()) for k in expected) < r.units_total
    assert r.surgery_max_diff < 1e-5 and r.success
    with pytest.raises(ValueError, match="survive"):
        pruner.prune_like_authors(nonzero_share, survive=1.5)
    with pytest.raises(ValueError, match="steps"):
        pruner.prune_like_authors(nonzero_share, steps=0)
