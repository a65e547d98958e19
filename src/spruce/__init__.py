"""spruce: optimization theory for structured pruning of deep neural networks.

Parts: `penalties` (the one definition of every pruning penalty), `derivation`
(sympy proof of the SPR term), `mip` (exact pruning MIPs with HiGHS), `training`
(SPR and Bernoulli pruning of ResNets), `dynamics` (the ODE of Bernoulli training).
"""

__version__ = "0.1.0"
