"""spruce.pruning: prune any traceable PyTorch model in your own training loop.

Pruners (`SPR`, `GroupLasso`, `Slimming`, `L1Filter`) find the prunable structures with
Torch-Pruning's dependency graph, give the penalty to add to the loss, and `prune()` the
trained model by one rule into a physically smaller one (`PruneResult`). `Bernoulli` learns
gates on the same structures and on residual branches while training and removes what
they close (`BernoulliResult`). `save_pruned` and `load_pruned` store a pruned model as
safetensors plus its pruning plan.
"""

from spruce.pruning.bernoulli import Bernoulli
from spruce.pruning.bernoulli_result import BernoulliResult
from spruce.pruning.methods import SPR, GroupLasso, L1Filter, Slimming
from spruce.pruning.metrics import accuracy
from spruce.pruning.plan import load_pruned, save_pruned
from spruce.pruning.pruner import Pruner, macs_params
from spruce.pruning.result import PruneResult

__all__ = ["SPR", "Bernoulli", "BernoulliResult", "GroupLasso", "Slimming", "L1Filter",
           "Pruner", "PruneResult", "accuracy", "macs_params", "save_pruned", "load_pruned"]
