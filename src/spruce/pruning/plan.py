"""Save and load a pruned model of any architecture: safetensors weights plus the plan.

A pruned model is the user's dense architecture with channels removed. `save_pruned`
writes one `.safetensors` file (the `safetensors` package; nothing is pickled) holding
the weights and, in its metadata, the pruning plan as JSON:
    {"format": 1, "inputs": {shape and dtype of example_inputs},
     "steps": [[root layer, True, [removed channel indices]], ...,
               ["remove_branch", {"entry": layer, "exit": layer, "layers": [...],
                                  "stride": s}], ...]}
The channel steps are Torch-Pruning's pruning history, the branch steps residual branches
replaced by zeros (spruce.pruning.branches, from spruce.Bernoulli): applying them in that
order to a freshly built dense model (`load_pruned`) gives back the pruned shapes; then
the weights are loaded. A plan that does not fit the model (a layer it does not have,
a channel index past the layer's width, a shape that differs from the file) is refused
with a message naming the first mismatching layer, before any weight is loaded. Files are
written atomically and read with the checks of `spruce.safetensors_io`.
"""

from __future__ import annotations

import json
from pathlib import Path

import torch
from torch import nn

from spruce.pruning.pruner import unwrap
from spruce.pruning.structures import build_graph

PLAN_KEY = "spruce_plan"


def save_pruned(model, path: str | Path, plan: dict | None = None,
                metadata: dict[str, str] | None = None) -> Path:
    """Write `model` (or a PruneResult) and its pruning plan to a .safetensors file.

    Written atomically (spruce.safetensors_io). `metadata` adds string entries to the
    file's metadata (spruce's own CLI stores the architecture there).
    """
    from spruce.safetensors_io import save_safetensors

    model = getattr(model, "model", model) if not isinstance(model, nn.Module) else model
    if not isinstance(model, nn.Module):
        raise TypeError(f"model must be a torch.nn.Module or a PruneResult, got "
                        f"{type(model).__name__}")
    model = unwrap(model)
    plan = plan if plan is not None else getattr(model, "spruce_plan", None)
    if not isinstance(plan, dict) or "steps" not in plan:
        raise ValueError("model carries no pruning plan (it was not returned by a spruce "
                         "pruner's prune()); pass plan=")
    path = Path(path)
    if path.suffix != ".safetensors":
        raise ValueError(f"path must end in .safetensors, got {str(path)!r}")
    path.parent.mkdir(parents=True, exist_ok=True)
    return save_safetensors(path, model.state_dict(),
                            {**(metadata or {}), PLAN_KEY: json.dumps(plan)})


def read_pruned(path: str | Path) -> tuple[dict, dict[str, torch.Tensor]]:
    """(plan, tensors) of a file written by save_pruned; ValueError naming it if malformed."""
    from spruce.safetensors_io import load_safetensors

    tensors, meta = load_safetensors(path)
    try:
        plan = json.loads(meta[PLAN_KEY])
    except KeyError:
        raise ValueError(f"{path} holds no spruce pruning plan (not written by "
                         f"spruce.save_pruned)") from None
    except (json.JSONDecodeError, RecursionError):
        raise ValueError(f"{path}: its pruning plan is not valid JSON") from None
    _check_plan(plan, Path(path))
    return plan, tensors


def _channel_step(s) -> bool:
    return (isinstance(s, list) and len(s) == 3 and isinstance(s[0], str)
            and isinstance(s[1], bool) and isinstance(s[2], list)
            and all(type(i) is int and i >= 0 for i in s[2]))


def _branch_step(s) -> bool:
    if not (isinstance(s, list) and len(s) == 2 and s[0] == "remove_branch"
            and isinstance(s[1], dict)):
        return False
    b = s[1]
    return (isinstance(b.get("entry"), str) and isinstance(b.get("exit"), str)
            and isinstance(b.get("layers"), list) and len(b["layers"]) <= 10_000
            and all(isinstance(n, str) for n in b["layers"])
            and type(b.get("stride")) is int and 1 <= b["stride"] <= 2**16)


def _check_plan(plan, path: Path) -> None:
    ok = (isinstance(plan, dict) and plan.get("format") == 1
          and isinstance(plan.get("steps"), list)
          and all(_channel_step(s) or _branch_step(s) for s in plan["steps"]))
    if not ok:
        raise ValueError(f"{path}: the pruning plan is malformed (expected format 1 with "
                         f"steps [[layer, true, [indices]], ...] or [\"remove_branch\", "
                         f"{{...}}])")


def branch_step(branch) -> list:
    """The plan step that replays the removal of a residual branch."""
    return ["remove_branch", {"entry": branch.entry, "exit": branch.exit,
                              "layers": list(branch.layers), "stride": int(branch.stride)}]


def _remove_branch(model: nn.Module, spec: dict) -> None:
    from spruce.pruning.branches import Branch, remove_branches

    mods = dict(model.named_modules())
    missing = [n for n in [spec["entry"], spec["exit"], *spec["layers"]] if n not in mods]
    if missing:
        raise ValueError(f"the plan removes the residual branch at {spec['entry']!r}, but "
                         f"the model has no layer {missing[0]!r}: not the architecture "
                         f"that was pruned")
    remove_branches(model, [Branch(name=spec["entry"], layers=list(spec["layers"]),
                                   entry=spec["entry"], exit=spec["exit"], in_channels=0,
                                   out_channels=0, stride=spec["stride"])])


def zeros_like_spec(spec: dict, device: torch.device | str = "cpu"):
    """Zero example inputs of the form recorded by spruce.pruning.pruner.input_spec."""
    kind = spec.get("kind") if isinstance(spec, dict) else None
    if kind == "dict":
        return {k: zeros_like_spec(v, device) for k, v in spec["items"].items()}
    if kind == "tuple":
        return tuple(zeros_like_spec(v, device) for v in spec["items"])
    if kind == "tensor":
        dtype = getattr(torch, str(spec.get("dtype")), None)
        shape = spec.get("shape")
        if not isinstance(dtype, torch.dtype) or not (
                isinstance(shape, list) and all(type(d) is int and 0 < d <= 2**16
                                                for d in shape)
                and torch.Size(shape).numel() <= 2**28):
            raise ValueError(f"the plan's example input spec is malformed: {spec!r}")
        return torch.zeros(shape, dtype=dtype, device=device)
    raise ValueError(f"the plan's example input spec is malformed: {spec!r}")


def apply_plan(model: nn.Module, plan: dict, example_inputs=None) -> nn.Module:
    """Remove from a dense `model`, in place, the channels the plan removed; returns it."""
    model = unwrap(model)
    device = next(model.parameters()).device
    if example_inputs is None:
        example_inputs = zeros_like_spec(plan.get("inputs"), device)
    graph = build_graph(model, example_inputs)
    mods = dict(model.named_modules())
    for step in plan["steps"]:
        if step[0] == "remove_branch" and len(step) == 2:
            _remove_branch(model, step[1])
            graph = build_graph(model, example_inputs)  # the graph changed shape
            mods = dict(model.named_modules())
            continue
        layer, is_out, idxs = step
        if layer not in mods:
            raise ValueError(f"the plan removes channels of layer {layer!r}, which the model "
                             f"does not have: not the architecture that was pruned")
        m = mods[layer]
        pruner = graph.get_pruner_of_module(m)
        width = None if pruner is None else (
            pruner.get_out_channels(m) if is_out else pruner.get_in_channels(m))
        if width is None or (idxs and max(idxs) >= width) or len(set(idxs)) >= width:
            raise ValueError(f"the plan removes channels {_span(idxs)} of layer {layer!r}, "
                             f"which has {width} ({type(m).__name__}): not the architecture "
                             f"that was pruned")
        fn = pruner.prune_out_channels if is_out else pruner.prune_in_channels
        graph.get_pruning_group(m, fn, idxs).prune()
    model.spruce_plan = plan
    return model


def _span(idxs: list[int]) -> str:
    return f"{idxs[:5]}{'...' if len(idxs) > 5 else ''}"


def load_pruned(model: nn.Module, path: str | Path, example_inputs=None,
                strict: bool = True) -> nn.Module:
    """Apply the plan saved in `path` to a freshly built dense `model` and load the weights.

    `example_inputs` default to zeros shaped like those the model was pruned with. Returns
    the (same, now smaller) model. Nothing is unpickled.
    """
    if not isinstance(model, nn.Module):
        raise TypeError(f"model must be a torch.nn.Module, got {type(model).__name__}")
    plan, tensors = read_pruned(path)
    model = apply_plan(model, plan, example_inputs)
    state = model.state_dict()
    for name, t in tensors.items():
        if name in state and state[name].shape != t.shape:
            raise ValueError(f"layer {name.rsplit('.', 1)[0]!r}: {name} has shape "
                             f"{list(state[name].shape)} after the plan, the file holds "
                             f"{list(t.shape)}: not the architecture that was pruned")
    missing = [k for k in state if k not in tensors]
    unexpected = [k for k in tensors if k not in state]
    if strict and (missing or unexpected):
        what = (f"missing from the file: {missing[:3]}" if missing
                else f"not in the model: {unexpected[:3]}")
        raise ValueError(f"{path} does not fit the model ({what})")
    model.load_state_dict(tensors, strict=False)
    return model
