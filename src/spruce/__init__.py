"""spruce: optimization theory for structured pruning of deep neural networks.

The library API (imported on first use, so `import spruce` stays light):
    spruce.SPR, spruce.GroupLasso, spruce.Slimming, spruce.L1Filter   pruners for any model
    spruce.Bernoulli, spruce.BernoulliResult   learned unit and layer gates, any model
    spruce.PruneResult, spruce.save_pruned, spruce.load_pruned, spruce.accuracy,
    spruce.macs_params
Parts: `penalties` (the one definition of every pruning penalty), `derivation` (sympy
proof of the SPR term), `mip` (exact pruning MIPs with HiGHS), `pruning` (the pruners),
`training` (SPR and Bernoulli pruning pipelines), `dynamics` (the ODE of Bernoulli training).
"""

import logging

__version__ = "0.1.0"

# a library is quiet unless the application asks: `spruce` (the CLI) shows INFO on stderr;
# in Python, logging.getLogger("spruce").setLevel(logging.INFO) plus a handler does the same
logging.getLogger("spruce").addHandler(logging.NullHandler())

_API = ("SPR", "Bernoulli", "BernoulliResult", "GroupLasso", "Slimming", "L1Filter", "Pruner",
        "PruneResult", "accuracy", "macs_params", "save_pruned", "load_pruned")
__all__ = ["__version__", *_API]


def __getattr__(name: str):
    if name in _API:
        from spruce import pruning

        return getattr(pruning, name)
    raise AttributeError(f"module 'spruce' has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted(list(globals()) + list(_API))
