"""spruce.derivation: the SPR term derived with sympy from the group MIP, and checked.

    build_derivation() -> Derivation      the ordered steps (title, sympy expression, text)
    derive(samples, seed, grid)           the same with the checks (0)-(5) run (.checks)
    run_checks(d, ...)                    the checks of any Derivation (e.g. a perturbed one)
    run_demo(out_dir)                     quick checks + a PNG of the 1-D penalty shapes

Names are loaded on first use, so `import spruce.derivation` (and the `spruce derive`
parser) does not import sympy, numpy or torch.
"""

from __future__ import annotations

import importlib
from typing import Any

_EXPORTS = {
    "build_derivation": "spruce.derivation.symbolic",
    "render_step": "spruce.derivation.symbolic",
    "Derivation": "spruce.derivation.symbolic",
    "Step": "spruce.derivation.symbolic",
    "Case": "spruce.derivation.symbolic",
    "CheckResult": "spruce.derivation.symbolic",
    "derive": "spruce.derivation.checks",
    "run_checks": "spruce.derivation.checks",
    "ClosedForm": "spruce.derivation.numeric",
    "lower_hull": "spruce.derivation.numeric",
    "make_samples": "spruce.derivation.samples",
    "run_demo": "spruce.derivation.demo",
    "plot_penalty_shapes": "spruce.derivation.demo",
}

__all__ = sorted(_EXPORTS)


def __getattr__(name: str) -> Any:
    if name in _EXPORTS:
        return getattr(importlib.import_module(_EXPORTS[name]), name)
    raise AttributeError(f"module 'spruce.derivation' has no attribute {name!r}")
