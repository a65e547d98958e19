"""The training loop shared by every method: SGD on cross-entropy + method penalty.

Per step:  loss = CE(model(x), y) + method.penalty(model);  backward;  SGD step;
method.after_step. Learning rate: a torch.optim.lr_scheduler.LambdaLR stepped once per
epoch, each group's lr = its initial lr × lr_factor(cfg)(epoch) (step: γ^k after the k-th
milestone; cosine: (1 + cos(π·epoch/epochs))/2); its state is saved in every checkpoint.

Speed (GPU path, also runnable on a CPU): data on the device (DeviceLoader), bf16
autocast, channels_last, optional torch.compile of the model, and no host synchronization
inside an epoch: loss and accuracy are summed in device tensors and read once per epoch.
benchmarks/bench_train.py measures images/s (not yet run on a GPU). Measured on a shared
2-core CPU: a small_resnet SPR epoch on digits (1,347 images, batch 64) in 0.7-1.5 s;
a ResNet-56 step at batch 128 about 35 images/s plain and 32 with SPR.

Each epoch: evaluate on the test split, log a JSONL line, checkpoint atomically, call
method.end_epoch (a smaller model returned there comes with the method's optimizer, its
state carried over, or gets a fresh one; the scheduler moves to it with its state).
Resume: model (a pruned one rebuilt from its plan), optimizer, scheduler, method state,
history and RNG come back from the checkpoint and batch order is a function of (seed,
epoch), so the continued run matches the uninterrupted one. RNG = torch's CPU generator
("rng") and, when CUDA was used, every GPU's generator ("cuda_rng",
torch.cuda.get_rng_state_all(); restored only on a machine with the same number of GPUs,
else a warning says the resumed run is not step-exact).

Safety (spruce.training.safety): a NaN/Inf loss stops training with an error naming the
step and the last good checkpoint, writing nothing; SIGINT/SIGTERM write a mid-epoch
checkpoint ("partial": epoch, batch, running sums) that --resume continues from the next
batch, step for step.
"""

from __future__ import annotations

import functools
import math
import time
import warnings
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path

import torch
import torch.nn.functional as F
from torch import nn
from torch.optim.lr_scheduler import LambdaLR

from spruce.training.checkpoint import (
    load_checkpoint,
    model_payload,
    rebuild_to_match,
    save_checkpoint,
)
from spruce.training.data import Dataset, DeviceLoader, MovedBatches
from spruce.training.methods import PruningMethod
from spruce.training.safety import InterruptFlag, NonFiniteGuard, report_interrupt


@dataclass
class TrainConfig:
    epochs: int = 10
    batch_size: int = 128
    lr: float = 0.1
    momentum: float = 0.9
    weight_decay: float = 5e-4
    milestones: tuple[float, ...] = (0.5, 0.75)  # fractions of `epochs`
    lr_gamma: float = 0.1
    schedule: str = "step"  # step (milestones) or cosine
    milestone_epochs: tuple[int, ...] | None = None  # absolute epochs; replace `milestones`
    epoch_offset: int = 0  # epochs run before this stage (absolute milestones span stages)
    device: str = "auto"
    amp: bool | None = None  # bf16 autocast; None = on for CUDA
    channels_last: bool | None = None  # None = on for CUDA
    compile: bool = False
    seed: int = 0
    eval_batch_size: int = 1024
    max_steps: int | None = None  # per epoch, for smoke tests and benchmarks
    stop_epoch: int | None = None  # stop early (the lr schedule still follows `epochs`)
    progress: bool = True
    log_path: str | None = None  # JSONL, one line per epoch
    checkpoint_path: str | None = None
    resume: bool = False
    arch: dict = field(default_factory=dict)  # stored in checkpoints to rebuild the model

    def check(self) -> None:
        """Ranges of the settings (SettingError naming the parameter)."""
        from spruce.training.config import RULES, check_value

        for name in ("epochs", "batch_size", "lr", "momentum", "weight_decay", "max_steps"):
            if getattr(self, name) is not None:
                check_value(name, getattr(self, name), RULES[name])
        for m in self.milestones:
            check_value("milestones", m, RULES["milestones"])
        if self.schedule not in ("step", "cosine"):
            raise ValueError(f"schedule must be step or cosine, got {self.schedule!r}")


def resolve_device(device: str) -> torch.device:
    if device == "auto":
        return torch.device("cuda" if torch.cuda.is_available() else "cpu")
    if device.startswith("cuda") and not torch.cuda.is_available():
        raise ValueError(f"--device {device}: CUDA is not available on this machine (use cpu)")
    try:
        return torch.device(device)
    except RuntimeError:
        raise ValueError(f"--device must be auto, cpu, cuda or cuda:N, got {device!r}") from None


def stage_milestones(cfg: TrainConfig) -> tuple[int, ...]:
    """The step schedule's milestones as 0-based epochs of this stage: fractions of `epochs`
    (round(m·epochs), never before epoch 1, for short runs), or `milestone_epochs` counted
    from the start of the first stage, less `epoch_offset` (≤ 0: passed in an earlier stage),
    so one schedule can span training and fine-tuning (the SPR authors' emp3: 100, 250, 350,
    400, 450)."""
    if cfg.milestone_epochs is not None:
        return tuple(m - cfg.epoch_offset for m in cfg.milestone_epochs)
    return tuple(max(1, round(m * cfg.epochs)) for m in cfg.milestones)


def step_factor(epoch: int, milestones: tuple[int, ...], gamma: float) -> float:
    """γ^k, k = the number of milestones ≤ `epoch`."""
    return gamma ** sum(epoch >= m for m in milestones)


def cosine_factor(epoch: int, epochs: int) -> float:
    """(1 + cos(π·epoch/epochs))/2: 1 at epoch 0, 0 at `epochs`."""
    return 0.5 * (1 + math.cos(math.pi * epoch / epochs))


def lr_factor(cfg: TrainConfig) -> Callable[[int], float]:
    """epoch -> multiplier of the initial lr, for LambdaLR: a named function bound to
    immutable values (no closure over the config, nothing LambdaLR would store).

    LambdaLR rather than MultiStepLR/CosineAnnealingLR: those update the lr recursively
    (lr·γ per milestone, a ratio of cosines per epoch) and drift from the closed forms by
    1-3 ulp (measured: 82 of 448 step and 1,874 of 2,252 cosine epochs differ), so runs would
    no longer repeat those made with the closed forms bit for bit.
    """
    if cfg.schedule == "cosine":
        return functools.partial(cosine_factor, epochs=max(cfg.epochs, 1))
    return functools.partial(step_factor, milestones=stage_milestones(cfg), gamma=cfg.lr_gamma)


def lr_at(cfg: TrainConfig, epoch: int) -> float:
    """The learning rate of `epoch` (0-based, within this stage): cfg.lr × lr_factor(cfg)."""
    return cfg.lr * lr_factor(cfg)(epoch)


def make_optimizer(model: nn.Module, method: PruningMethod, cfg: TrainConfig,
                   lr: float) -> torch.optim.Optimizer:
    """SGD over the model (no weight decay on BN/bias) plus the method's own groups."""
    decay, no_decay = [], []
    for p in model.parameters():
        if p.requires_grad:
            (decay if p.dim() > 1 else no_decay).append(p)
    groups = [{"params": decay, "weight_decay": cfg.weight_decay},
              {"params": no_decay, "weight_decay": 0.0}]
    groups += method.extra_parameters()
    return torch.optim.SGD(groups, lr=lr, momentum=cfg.momentum)


def make_scheduler(opt: torch.optim.Optimizer, cfg: TrainConfig, epoch: int = 0) -> LambdaLR:
    """The stage's LambdaLR over `opt`, at `epoch`: every group's lr becomes its initial lr
    (its lr when first scheduled) × lr_factor(cfg)(epoch). Call step() after each epoch."""
    for g in opt.param_groups:
        g.setdefault("initial_lr", g["lr"])
    return LambdaLR(opt, lr_factor(cfg), last_epoch=epoch - 1)


def _moved_scheduler(sched: LambdaLR, opt: torch.optim.Optimizer, cfg: TrainConfig) -> LambdaLR:
    """`sched`, state and all, over a fresh optimizer (the model was replaced)."""
    moved = make_scheduler(opt, cfg, sched.last_epoch)
    moved.load_state_dict(sched.state_dict())
    return moved


def _restore_scheduler(sched: LambdaLR, state, epoch: int, path: str) -> None:
    """Load a checkpoint's scheduler state into `sched` after checking it: it must stand at
    `epoch` (where the run resumes) with one finite base lr per parameter group; entries a
    fresh scheduler does not have are ignored. A checkpoint of an older spruce has none:
    `sched`, built at `epoch`, already gives that epoch's lr."""
    if state is None:
        return
    fresh = sched.state_dict()
    base = state.get("base_lrs") if isinstance(state, dict) else None
    if not (isinstance(base, list) and len(base) == len(fresh["base_lrs"])
            and all(isinstance(v, float | int) and math.isfinite(v) for v in base)
            and type(state.get("last_epoch")) is int and state["last_epoch"] == epoch):
        raise ValueError(f"--resume: checkpoint {path} has a 'scheduler' entry that does not "
                         f"fit: it must stand at epoch {epoch} with {len(fresh['base_lrs'])} "
                         f"finite base learning rates; remove it or use another --out")
    same_type = {k: v for k, v in state.items()
                 if k in fresh and k != "lr_lambdas" and type(v) is type(fresh[k])}
    sched.load_state_dict({**fresh, **same_type})


@torch.no_grad()
def evaluate(model: nn.Module, source, split: str = "test", batch_size: int = 1024,
             amp: bool = False, channels_last: bool = False,
             limit: int | None = None) -> tuple[float, float]:
    """(mean cross-entropy, accuracy) in eval mode; one host sync at the end.

    `source` is a spruce Dataset (its `split`, cut into batches on its device) or any
    iterable of (inputs, targets) batches such as a DataLoader (moved to the model's
    device). `limit` caps the number of examples.
    """
    first = next(model.parameters(), None)
    device = first.device if first is not None else (
        source.x_test.device if isinstance(source, Dataset) else torch.device("cpu"))
    if isinstance(source, Dataset):
        x_all = source.x_test if split == "test" else source.x_train
        y_all = source.y_test if split == "test" else source.y_train
        n = len(y_all) if limit is None else min(limit, len(y_all))
        batches = ((source.normalize(x_all[i:i + batch_size].to(device)),
                    y_all[i:i + batch_size].to(device))
                   for i in range(0, n, batch_size))
    else:
        batches = iter(MovedBatches(source, device))
        n = limit
    was = model.training
    model.eval()
    loss = torch.zeros((), device=device)
    correct = torch.zeros((), device=device, dtype=torch.long)
    seen = 0
    for x, y in batches:
        if n is not None and seen + len(y) > n:
            x, y = x[:n - seen], y[:n - seen]
        if channels_last and x.dim() == 4:
            x = x.contiguous(memory_format=torch.channels_last)
        with torch.autocast(device.type, dtype=torch.bfloat16, enabled=amp):
            out = model(x)
        loss += F.cross_entropy(out.float(), y, reduction="sum")
        correct += (out.argmax(1) == y).sum()
        seen += len(y)
        if n is not None and seen >= n:
            break
    model.train(was)
    return float(loss) / max(seen, 1), int(correct) / max(seen, 1)


def example_inputs(source, device: torch.device) -> torch.Tensor:
    """A one-example zero batch shaped like the training inputs (for tracing the model)."""
    if isinstance(source, Dataset):
        x = source.normalize(source.x_train[:1].to(device))
    else:
        x, _ = next(iter(MovedBatches(source, device)))
    return torch.zeros_like(x[:1])


def train_step(fwd: nn.Module, model: nn.Module, method: PruningMethod,
               opt: torch.optim.Optimizer, x: torch.Tensor, y: torch.Tensor, amp: bool,
               channels_last: bool) -> tuple[torch.Tensor, torch.Tensor]:
    """One SGD step on CE(fwd(x), y) + method.penalty(model); returns (CE, logits), no sync.

    `fwd` is the model as called (maybe DDP-wrapped and/or compiled); `model` the bare one
    whose parameters the penalty reads.
    """
    if channels_last and x.dim() == 4:
        x = x.contiguous(memory_format=torch.channels_last)
    with torch.autocast(x.device.type, dtype=torch.bfloat16, enabled=amp):
        out = fwd(x)
        loss = F.cross_entropy(out.float(), y)
    method.observe_batch(model, x, out, y)
    pen = method.penalty(model)
    total = loss if pen is None else loss + pen
    opt.zero_grad(set_to_none=True)
    total.backward()
    opt.step()
    return loss, out


def fit(model: nn.Module, method: PruningMethod, data, cfg: TrainConfig, dist=None,
        on_epoch: Callable[[dict], None] | None = None,
        test=None) -> tuple[nn.Module, list]:
    """Train `model` with `method`; returns (final model, per-epoch history).

    `data` is a spruce Dataset (kept on the device, batches cut and augmented there; its
    test split is evaluated each epoch) or any iterable of (inputs, targets) batches such as
    a DataLoader (moved to the device batch by batch; `test`, another such iterable, is
    evaluated each epoch when given).
    """
    from spruce.training.report import JsonlLogger

    cfg.check()
    device = dist.device if dist is not None else resolve_device(cfg.device)
    amp = device.type == "cuda" if cfg.amp is None else cfg.amp
    cl = device.type == "cuda" if cfg.channels_last is None else cfg.channels_last
    rank, world = (dist.rank, dist.world_size) if dist is not None else (0, 1)
    torch.manual_seed(cfg.seed)
    model = model.to(device)
    if cl:
        model = model.to(memory_format=torch.channels_last)
    if isinstance(data, Dataset):
        data = data.to(device)
        loader = DeviceLoader(data, cfg.batch_size, True, cfg.seed, rank, world)
        test = data if test is None else test
    else:
        loader = MovedBatches(data, device)
    example = example_inputs(data, device)
    history: list[dict] = []
    start_epoch = 0
    ckpt = None
    partial: dict = {}
    if cfg.resume and cfg.checkpoint_path and Path(cfg.checkpoint_path).exists():
        ckpt = load_checkpoint(cfg.checkpoint_path)
        _check_resumable(ckpt, cfg.checkpoint_path)
        rebuild_to_match(model, ckpt, example, cfg.checkpoint_path)
        model.load_state_dict(ckpt["model"])
        method.load_state_dict(ckpt.get("method", {}))
        start_epoch, history = int(ckpt["epoch"]) + 1, list(ckpt.get("history", []))
        partial = dict(ckpt.get("partial") or {})
        if partial:  # interrupted mid-epoch: continue that epoch at its next batch
            start_epoch = int(partial["epoch"])
    method.setup(model, example)
    opt = make_optimizer(model, method, cfg, cfg.lr)
    if ckpt is not None:
        initial = [g["lr"] for g in opt.param_groups]
        opt.load_state_dict(ckpt["optimizer"])
        for g, lr in zip(opt.param_groups, initial, strict=True):
            g.setdefault("initial_lr", lr)  # a checkpoint of an older spruce has none
    # built after the optimizer state: it sets every group's lr from the schedule itself
    sched = make_scheduler(opt, cfg, start_epoch)
    if ckpt is not None:
        _restore_scheduler(sched, ckpt.get("scheduler"), start_epoch, cfg.checkpoint_path)
        torch.set_rng_state(ckpt["rng"])
        _restore_cuda_rng(ckpt.get("cuda_rng"), device, cfg.checkpoint_path)
    net = dist.wrap(model) if dist is not None else model
    fwd = torch.compile(net) if cfg.compile else net
    # on resume the log is rewritten from the checkpoint's history: lines of an epoch that
    # was logged but not checkpointed before a crash would otherwise appear twice
    log = JsonlLogger(cfg.log_path if rank == 0 else None)
    for row in history:
        log.write(row)
    per_epoch = _length(loader) if _length(loader) != float("inf") else 0  # 0: unknown
    step = start_epoch * per_epoch + int(partial.get("batch", 0))
    end = cfg.epochs if cfg.stop_epoch is None else min(cfg.epochs, cfg.stop_epoch)
    guard = NonFiniteGuard(device, cfg.checkpoint_path if rank == 0 else None)
    if ckpt is not None:
        guard.last_good_epoch = int(ckpt["epoch"]) if int(ckpt["epoch"]) >= 0 else None
    stop = InterruptFlag(enabled=dist is None and cfg.checkpoint_path is not None)
    with stop:
        for epoch in range(start_epoch, end):
            model, opt, sched, net, fwd, step = _epoch(
                model, method, test, cfg, dist, on_epoch, opt, sched, net, fwd, loader, log,
                history, epoch, step, partial, guard, stop, device, amp, cl, rank)
            partial = {}
            if stop:  # signalled in the epoch's last batch, evaluation or save: it is saved
                report_interrupt(stop.signum, epoch + 1, 0, cfg.checkpoint_path)
                raise KeyboardInterrupt
    return model, history


def _check_resumable(ckpt: dict, path: str) -> None:
    """A checkpoint --resume can continue from: the entries fit() reads, of the right types."""
    need = {"model": dict, "epoch": int, "optimizer": dict, "rng": torch.Tensor}
    bad = [k for k, t in need.items() if not isinstance(ckpt.get(k), t)]
    if bad:
        raise ValueError(f"--resume: checkpoint {path} lacks {bad} (not a training checkpoint "
                         f"of spruce train); remove it or use another --out")


def _restore_cuda_rng(states, device: torch.device, path: str) -> None:
    """Put the checkpoint's per-GPU generator states back (see the module docstring)."""
    if states is None:
        if device.type == "cuda":
            warnings.warn(f"--resume: checkpoint {path} holds no CUDA RNG state (written on a "
                          f"CPU or by an older spruce); random draws on the GPU restart from "
                          f"the seed, so the resumed run is not step-exact", stacklevel=3)
        return
    if not isinstance(states, list) or not all(
            isinstance(t, torch.Tensor) and t.dtype == torch.uint8 for t in states):
        raise ValueError(f"--resume: checkpoint {path} has a 'cuda_rng' entry that is not a "
                         f"list of uint8 tensors")
    have = torch.cuda.device_count() if torch.cuda.is_available() else 0
    if have != len(states):
        warnings.warn(f"--resume: checkpoint {path} holds the RNG states of {len(states)} "
                      f"GPU(s) and this machine has {have}; they are not restored, so the "
                      f"resumed run is not step-exact", stacklevel=3)
        return
    torch.cuda.set_rng_state_all(states)


def _epoch(model, method, test, cfg, dist, on_epoch, opt, sched, net, fwd, loader, log,
           history, epoch, step, partial, guard, stop, device, amp, cl, rank):
    """One epoch of fit(): steps, evaluation, log line, scheduler step, end_epoch,
    checkpoint; returns (model, optimizer, scheduler, wrapped model, compiled model, global
    step after the epoch)."""
    t0 = time.perf_counter() - float(partial.get("time", 0.0))
    lr = opt.param_groups[0]["lr"]  # this epoch's, set by the scheduler (weights' group)
    loader.set_epoch(epoch)
    net.train()
    loss_sum = torch.full((), float(partial.get("loss_sum", 0.0)), device=device)
    correct = torch.full((), int(partial.get("correct", 0)), device=device, dtype=torch.long)
    seen = int(partial.get("seen", 0))
    skip = int(partial.get("batch", 0))
    batches = _progress(loader, cfg.progress and rank == 0, f"epoch {epoch + 1}/{cfg.epochs}")
    for i, (x, y) in enumerate(batches):
        if cfg.max_steps is not None and i >= cfg.max_steps:
            break
        if i < skip:  # done before the interruption (iterating keeps augmentation RNG aligned)
            continue
        loss, out = train_step(fwd, model, method, opt, x, y, amp, cl)
        guard.observe(loss, step, epoch, i)
        method.after_step(model, step)
        step += 1
        loss_sum += loss.detach() * len(y)
        correct += (out.detach().argmax(1) == y).sum()
        seen += len(y)
        if stop:
            done = cfg.max_steps is not None and i + 1 >= cfg.max_steps
            if i + 1 < _length(loader) and not done:
                _save(cfg, model, opt, method, history, epoch - 1, {
                    "epoch": epoch, "batch": i + 1, "loss_sum": float(loss_sum),
                    "correct": int(correct), "seen": seen,
                    "time": time.perf_counter() - t0}, scheduler=sched)
                report_interrupt(stop.signum, epoch, i + 1, cfg.checkpoint_path)
                raise KeyboardInterrupt
            break  # the epoch is complete: finish it normally, then stop below
    if dist is not None:
        loss_sum, correct, seen = dist.sum_stats(loss_sum, correct, seen)
        dist.sync_buffers(model)
    if device.type == "cuda":
        torch.cuda.synchronize(device)  # the one wait per epoch, for an honest time
    train_time = time.perf_counter() - t0
    guard.check(epoch, model)  # before anything is evaluated or saved
    test_loss, test_acc = (evaluate(model, test, "test", cfg.eval_batch_size, amp, cl)
                           if test is not None else (None, None))
    row = {"epoch": epoch, "lr": lr, "train_loss": float(loss_sum) / max(seen, 1),
           "train_acc": int(correct) / max(seen, 1), "test_loss": test_loss,
           "test_acc": test_acc, "epoch_time_s": train_time,
           "images_per_s": seen / max(train_time, 1e-9)}
    row.update({f"method/{k}": v for k, v in method.metrics().items()})
    history.append(row)
    log.write(row)
    if on_epoch is not None:
        on_epoch(row)
    sched.step()  # the next epoch's lr
    new_model, new_opt = method.end_epoch(model, epoch, opt)
    if new_model is not model or new_opt is not opt:
        # physically smaller: the method's optimizer (state carried) or a fresh one, and
        # the schedule moved onto it
        fresh = new_opt is None or (new_opt is opt and new_model is not model)
        model = new_model.to(device)
        opt = make_optimizer(model, method, cfg, cfg.lr) if fresh else new_opt
        sched = _moved_scheduler(sched, opt, cfg)
        net = dist.wrap(model) if dist is not None else model
        fwd = torch.compile(net) if cfg.compile else net
    if cfg.checkpoint_path and rank == 0:
        _save(cfg, model, opt, method, history, epoch, scheduler=sched)
        guard.last_good_epoch = epoch
    return model, opt, sched, net, fwd, step


def _save(cfg: TrainConfig, model: nn.Module, opt: torch.optim.Optimizer,
          method: PruningMethod, history: list, epoch: int, partial: dict | None = None, *,
          scheduler: LambdaLR | None = None) -> None:
    """Checkpoint after `epoch` (complete), plus `partial` progress into the next one."""
    payload = model_payload(model, cfg.arch)
    payload.update({"epoch": epoch, "optimizer": opt.state_dict(),
                    "method": method.state_dict(), "history": history,
                    "rng": torch.get_rng_state(), "config": _plain(asdict(cfg))})
    if scheduler is not None:
        payload["scheduler"] = scheduler.state_dict()
    if torch.cuda.is_available() and torch.cuda.is_initialized():  # CUDA in use
        payload["cuda_rng"] = torch.cuda.get_rng_state_all()
    if partial:
        payload["partial"] = partial
    save_checkpoint(cfg.checkpoint_path, payload)


def _length(loader) -> float:
    """Batches per epoch (infinite for an iterable without a length)."""
    try:
        return len(loader)
    except TypeError:
        return float("inf")


def _progress(it, enabled: bool, desc: str):
    if not enabled:
        return it
    from tqdm import tqdm

    return tqdm(it, desc=desc, leave=False, dynamic_ncols=True)


def _plain(d: dict) -> dict:
    """Config values as plain JSON-able types (tuples -> lists) for weights_only loading."""
    return {k: list(v) if isinstance(v, tuple) else v for k, v in d.items()}
