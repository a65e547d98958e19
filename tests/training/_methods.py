"""Helpers shared by the training tests."""

from spruce.training.config import PipelineConfig
from spruce.training.methods import make_method


def spr_method(lam: float = 0.5, alpha: float = 0.1, **settings):
    """The `spruce train --method spr` plugin with these settings."""
    return make_method(PipelineConfig(method="spr", lam=lam, alpha=alpha, **settings))
