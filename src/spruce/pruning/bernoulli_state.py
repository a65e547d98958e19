"""The state of spruce.Bernoulli's gates: carried across a surgery, saved, restored.

Each gate has (θ, m, v): its probability and Adam's two moments of ∂J/∂θ. A structure is
recognized after a surgery, or in a restored model, by the layers writing its channels
(`writers`), its units by their original indices (`ids`, which survive pruning); a branch
by its entry layer. `state_dict(pruner)` holds those, the counters, γ, the history, the gate
generator's state and the model's pruning plan, in plain tensors and lists (torch.save with
weights_only=True loads it); `load_state_dict(pruner, state)` puts them back into a pruner
built on the model rebuilt from that plan (spruce.load_pruned or apply_plan).
"""

from __future__ import annotations

import torch

COUNTERS = ("epoch", "adam_steps", "gamma", "_tau", "_step_in_epoch", "_steps_per_epoch",
            "_losses_given", "gates0", "macs0", "params0", "cost_ref")


def fresh_state(n: int) -> torch.Tensor:
    """(θ, m, v) of n new gates: θ = 1, zero moments; shape (3, n), float32."""
    return torch.cat([torch.ones(1, n), torch.zeros(2, n)])


def snapshot(pruner) -> dict:
    """(θ, m, v) by structure (with its writers and unit ids) and by branch entry."""
    units = {}
    for s, ids, t, mv in zip(pruner.structures, pruner.unit_ids, pruner.unit_theta,
                             pruner.moments[:-1], strict=True):
        units[s.name] = ({"writers": set(s.out_layers + s.norm_layers), "ids": list(ids),
                          "state": torch.cat([t.detach().unsqueeze(0), mv]).cpu()}, None)
    bstate = torch.cat([pruner.branch_theta.detach().unsqueeze(0), pruner.moments[-1]]).cpu()
    return {"units": units,
            "branches": {b.entry: bstate[:, j] for j, b in enumerate(pruner.branches)}}


def match_state(previous: dict, s) -> tuple[list[int] | None, torch.Tensor | None]:
    """Unit ids and (θ, m, v) that structure s had before a surgery (matched by writers)."""
    writers = set(s.out_layers + s.norm_layers)
    for info, keep in previous["units"].values():
        if info["writers"] & writers:
            if keep is None:
                return info["ids"], info["state"]
            idx = torch.nonzero(keep).flatten().tolist()
            return [info["ids"][i] for i in idx], info["state"][:, keep]
    return None, None


def state_dict(pruner) -> dict:
    """Everything a resumed run needs besides the model's weights and the optimizer."""
    snap = snapshot(pruner)
    return {"format": 1, **{k: getattr(pruner, k) for k in COUNTERS},
            "history": list(pruner.history),
            "units": [{"writers": sorted(info["writers"]), "ids": info["ids"],
                       "state": info["state"]} for info, _ in snap["units"].values()],
            "branches": snap["branches"],
            "rng": None if pruner.generator is None else pruner.generator.get_state(),
            "plan": getattr(pruner.model, "spruce_plan", None)}


def load_state_dict(pruner, state: dict) -> dict:
    """Restore `state` into `pruner`; returns the `previous` map for its re-trace.

    ValueError when the state does not fit the model (a structure or branch it lacks)."""
    if not isinstance(state, dict) or state.get("format") != 1:
        raise ValueError("state: not a spruce.Bernoulli state_dict (format 1)")
    previous = {"units": {}, "branches": dict(state["branches"])}
    for i, info in enumerate(state["units"]):
        previous["units"][f"s{i}"] = ({"writers": set(info["writers"]), "ids": info["ids"],
                                       "state": info["state"]}, None)
    names = dict(pruner.model.named_modules())
    for entry in previous["branches"]:
        if entry not in names:
            raise ValueError(f"state: it gates a residual branch at {entry!r}, which the "
                             f"model lacks: rebuild the model from the state's plan first")
    for s in pruner.structures:
        ids, st = match_state(previous, s)
        if ids is None or len(ids) != s.units:
            have = "no saved gates" if ids is None else f"{len(ids)} saved gates"
            raise ValueError(f"state: structure {s.name} has {s.units} units and {have}: "
                             f"rebuild the model from the state's plan first")
    for k in COUNTERS:
        setattr(pruner, k, state[k])
    pruner.history = list(state["history"])
    if state.get("rng") is not None and pruner.generator is not None:
        pruner.generator.set_state(state["rng"])
    return previous
