"""Multi-process data-parallel training (DistributedDataParallel) under torchrun.

torchrun sets RANK, WORLD_SIZE, LOCAL_RANK, MASTER_ADDR/PORT; `from_env()` joins the group
(NCCL on CUDA, gloo on CPU) and returns a `DistContext` the trainer uses to
- wrap the model in DDP (gradients of CE + penalty are averaged across ranks; the penalty's
  gradient is the same on every rank because the weights are),
- shard the batches (DeviceLoader takes every world_size-th index of a shared permutation),
- sum the epoch statistics (one all_reduce per epoch, not per step),
- copy rank 0's BN running statistics to all ranks at each epoch end, so every rank
  evaluates and checkpoints the same model.
Methods whose own parameters DDP does not see (the Bernoulli gate probabilities θ) use the
module-level helpers: `rank_world()`, `all_reduce_mean_` (one flat all_reduce: g ← Σ_r g_r / R),
`broadcast_` (rank 0's values, counting the entries that differed) and `all_gather_bytes`
(every rank's generator state, for checkpoints).
Launch:  torchrun --nproc_per_node=8 -m spruce train --distributed ...
"""

from __future__ import annotations

import os
from dataclasses import dataclass

import torch
import torch.distributed as tdist
from torch import nn


@dataclass
class DistContext:
    rank: int
    world_size: int
    local_rank: int
    device: torch.device

    def wrap(self, model: nn.Module) -> nn.Module:
        import inspect

        from torch.nn.parallel import DistributedDataParallel as DDP

        ids = [self.device.index] if self.device.type == "cuda" else None
        # buffers (BN statistics) are synced once per epoch, not at every forward;
        # newer torch renamed the switch
        params = inspect.signature(DDP.__init__).parameters
        key = "forward_sync_buffers" if "forward_sync_buffers" in params else "broadcast_buffers"
        return DDP(model, device_ids=ids, **{key: False})

    def sum_stats(self, loss_sum: torch.Tensor, correct: torch.Tensor, seen: int):
        """(Σ loss, Σ correct, Σ seen) over ranks, one all_reduce."""
        t = torch.stack([loss_sum.double(), correct.double(),
                         torch.tensor(float(seen), dtype=torch.float64, device=loss_sum.device)])
        tdist.all_reduce(t)
        return t[0], t[1].long(), int(t[2].item())

    @torch.no_grad()
    def sync_buffers(self, model: nn.Module) -> None:
        """Broadcast rank 0's buffers (BN running mean/var) to every rank."""
        for b in model.buffers():
            tdist.broadcast(b, 0)

    def barrier(self) -> None:
        tdist.barrier()


def rank_world() -> tuple[int, int]:
    """(rank, world size) of the initialized process group; (0, 1) without one."""
    if tdist.is_available() and tdist.is_initialized():
        return tdist.get_rank(), tdist.get_world_size()
    return 0, 1


def _flat(tensors: list[torch.Tensor]) -> torch.Tensor:
    return torch.cat([t.detach().reshape(-1) for t in tensors]) if tensors else torch.zeros(0)


def _unflat_(tensors: list[torch.Tensor], flat: torch.Tensor) -> None:
    i = 0
    with torch.no_grad():
        for t in tensors:
            t.copy_(flat[i:i + t.numel()].view_as(t))
            i += t.numel()


def all_reduce_mean_(tensors: list[torch.Tensor]) -> None:
    """In place, every tensor ← its mean over the ranks (one all_reduce of the concatenation).

    All ranks must pass tensors of the same shapes in the same order.
    """
    _, world = rank_world()
    if world == 1 or not tensors:
        return
    flat = _flat(tensors)
    tdist.all_reduce(flat)
    _unflat_(tensors, flat / world)


def broadcast_(tensors: list[torch.Tensor], src: int = 0) -> int:
    """In place, every tensor ← rank `src`'s values; returns how many entries changed here.

    Reading the count waits for the device: call it once per epoch, not per step.
    """
    _, world = rank_world()
    if world == 1 or not tensors:
        return 0
    flat = _flat(tensors)
    mine = flat.clone()
    tdist.broadcast(flat, src)
    changed = int((flat != mine).sum())
    if changed:
        _unflat_(tensors, flat)
    return changed


def all_gather_bytes(state: torch.Tensor) -> list[torch.Tensor]:
    """Every rank's copy of a uint8 tensor of the same length (e.g. a generator state), on CPU."""
    _, world = rank_world()
    if world == 1:
        return [state.clone()]
    dev = (torch.device("cuda", torch.cuda.current_device())
           if tdist.get_backend() == "nccl" else torch.device("cpu"))
    mine = state.to(dev)
    out = [torch.empty_like(mine) for _ in range(world)]
    tdist.all_gather(out, mine)
    return [t.cpu() for t in out]


def init(rank: int, world_size: int, init_method: str, backend: str | None = None,
         local_rank: int | None = None) -> DistContext:
    """Join a process group explicitly (tests spawn processes with a file:// init)."""
    local_rank = rank if local_rank is None else local_rank
    if backend is None:
        backend = "nccl" if torch.cuda.is_available() else "gloo"
    tdist.init_process_group(backend, init_method=init_method, rank=rank, world_size=world_size)
    if backend == "nccl":
        torch.cuda.set_device(local_rank)
        device = torch.device("cuda", local_rank)
    else:
        device = torch.device("cpu")
    return DistContext(rank, world_size, local_rank, device)


def from_env() -> DistContext:
    """The context for a torchrun launch (reads RANK, WORLD_SIZE, LOCAL_RANK)."""
    missing = [k for k in ("RANK", "WORLD_SIZE", "MASTER_ADDR", "MASTER_PORT")
               if k not in os.environ]
    if missing:
        raise ValueError(f"--distributed needs a torchrun launch (environment variables "
                         f"{', '.join(missing)} are not set): torchrun --nproc_per_node=N "
                         f"-m spruce train --distributed ...")
    return init(int(os.environ["RANK"]), int(os.environ["WORLD_SIZE"]), "env://",
                local_rank=int(os.environ.get("LOCAL_RANK", 0)))


def cleanup() -> None:
    if tdist.is_initialized():
        tdist.destroy_process_group()
