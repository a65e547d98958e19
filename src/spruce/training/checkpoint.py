"""Models by name, and checkpoints that are written atomically and cannot run code.

A checkpoint is a dict of tensors, numbers, strings, lists and dicts only, so
`torch.load(path, weights_only=True)` reads it (a pickle that could run code is refused).
Before that, the zip archive that torch.save writes is checked: members that would
decompress to far more than the file holds (a decompression bomb) are refused unread
(`check_zip_sizes`). It is written to a temporary sibling and moved over `path` with
os.replace: a crash or a full disk mid-write leaves the previous checkpoint intact.
Contents: {"format": 1, "arch": {"name", "num_classes", "in_channels"}, "model": state_dict,
"epoch", "optimizer", "scheduler", "method", "history", "rng", ...}.

A pruned model is stored by its weights only: `load_model` builds the dense architecture,
then removes output channels (Torch-Pruning, highest indices first) until every conv and
BN has the shape stored in the checkpoint, then loads the weights.
"""

from __future__ import annotations

import zipfile
from pathlib import Path
from typing import Any

import torch
from torch import nn

from spruce.training.models import CIFAR_DEPTHS, resnet_cifar, small_resnet

MODELS = tuple(f"resnet{d}" for d in CIFAR_DEPTHS) + ("small", "resnet18", "resnet34", "resnet50")


def build_model(name: str, num_classes: int = 10, in_channels: int = 3) -> nn.Module:
    """resnet20..110 (CIFAR, option A), small (8×8 images), resnet18/34/50 (torchvision)."""
    if name == "small":
        return small_resnet(num_classes, in_channels)
    if name.startswith("resnet") and name[6:].isdigit() and int(name[6:]) in CIFAR_DEPTHS:
        return resnet_cifar(int(name[6:]), num_classes, in_channels=in_channels)
    if name in ("resnet18", "resnet34", "resnet50"):
        try:
            import torchvision
        except ImportError:
            raise ValueError(f"model {name} needs torchvision, which is not installed: pip "
                             f"install 'spruce[vision]' (or the torchvision matching your "
                             f"torch); CIFAR models need nothing more: {MODELS[:5]}") from None
        model = getattr(torchvision.models, name)(num_classes=num_classes)
        if in_channels != 3:
            model.conv1 = nn.Conv2d(in_channels, 64, 7, 2, 3, bias=False)
        return model
    raise ValueError(f"model must be one of {MODELS}, got {name!r}")


def save_checkpoint(path: str | Path, payload: dict[str, Any]) -> Path:
    """torch.save into a fresh temporary file next to `path`, then os.replace onto it.

    The temporary name is unique (.NAME.PID.RANDOM.tmp, created with O_EXCL and never
    through a symlink): a crash or a full disk leaves the previous file intact and no
    temporary file behind. A failed write (ENOSPC, EIO, ...) raises
    spruce.outputs.WriteError, one line: "cannot write PATH: No space left on device".
    """
    from spruce.outputs import write_atomic

    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    return write_atomic(path, lambda fh: torch.save(payload, fh))


# Bounds on the zip archive of a .pt file, checked before torch.load decompresses anything.
# Measured on genuine checkpoints (save_checkpoint, SGD momentum state included): ResNet-110
# 14.2 MB, 996 members; torchvision ResNet-50 (1000 classes) 204.8 MB, 488 members; small
# 0.39 MB; a 1.6 KB one. torch.save stores every member uncompressed, so the declared sizes
# sum to 0.13-1.00 × the file and each member's ratio is exactly 1. Even re-packed with
# deflate (which torch.load reads) they sum to at most 1.08 × the file, and no member of
# 1 MiB or more shrinks by more than 1.2× (a 4 KB zero bias reaches 160×). Deflate reaches
# its ~1000× only on long runs of equal bytes: the stuff of decompression bombs.
ZIP_TOTAL_RATIO = 8  # declared total at most 8 × the file size ...
ZIP_TOTAL_FLOOR = 16 << 20  # ... or 16 MiB, whichever is larger
ZIP_MEMBER_RATIO = 100  # one member of ZIP_MEMBER_FLOOR or more: at most 100 × compressed
ZIP_MEMBER_FLOOR = 1 << 20


def check_zip_sizes(path: Path) -> None:
    """Refuse (ValueError naming `path`) a zip archive whose members declare

        Σ uncompressed > max(ZIP_TOTAL_RATIO × file size, ZIP_TOTAL_FLOOR), or
        one member with uncompressed ≥ ZIP_MEMBER_FLOOR and > ZIP_MEMBER_RATIO × compressed.

    Only the central directory is read. A file that is not a zip archive passes (torch.load
    then reads or refuses it); torch's reader allocates what the directory declares, so
    declared sizes are the ones that matter.
    """
    if not zipfile.is_zipfile(path):
        return
    try:
        with zipfile.ZipFile(path) as archive:
            members = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError, EOFError) as exc:
        raise ValueError(f"checkpoint {path} cannot be loaded with weights_only=True: it is "
                         f"truncated, corrupt or not a torch file ({type(exc).__name__}: "
                         f"{exc})") from None
    size = path.stat().st_size
    total = sum(m.file_size for m in members)
    limit = max(ZIP_TOTAL_RATIO * size, ZIP_TOTAL_FLOOR)
    if total > limit:
        raise ValueError(f"checkpoint {path} refused, nothing decompressed: its zip members "
                         f"would decompress to {total:,} bytes from a {size:,}-byte file "
                         f"(limit {limit:,}; a torch.save file holds about its own size): a "
                         f"decompression bomb")
    for m in members:
        if m.file_size >= ZIP_MEMBER_FLOOR and m.file_size > ZIP_MEMBER_RATIO * m.compress_size:
            raise ValueError(f"checkpoint {path} refused, nothing decompressed: zip member "
                             f"{m.filename!r} would decompress {m.compress_size:,} bytes to "
                             f"{m.file_size:,} (more than {ZIP_MEMBER_RATIO}×; torch.save "
                             f"does not compress): a decompression bomb")


def load_checkpoint(path: str | Path) -> dict[str, Any]:
    """Read a checkpoint with weights_only=True (tensors and plain containers only), after
    check_zip_sizes.

    A `.safetensors` file (spruce's model export) is read by spruce.safetensors_io.
    """
    path = Path(path)
    if not path.exists():
        raise FileNotFoundError(f"checkpoint {path} does not exist")
    if path.suffix == ".safetensors":  # a model export: weights + arch, no pickle at all
        from spruce.safetensors_io import read_model_file

        return read_model_file(path)
    check_zip_sizes(path)
    try:
        ckpt = torch.load(path, map_location="cpu", weights_only=True)
    except Exception as exc:  # a corrupt file or one holding arbitrary objects
        text = str(exc).strip()
        if "Weights only load failed" in text or "Unsupported global" in text:
            why = ("it holds objects other than tensors and plain containers (a pickle that "
                   "could run code); refused, nothing was run")
        else:
            why = f"{type(exc).__name__}: {text.splitlines()[0] if text else 'unreadable'}"
            why = f"it is truncated, corrupt or not a torch file ({why})"
        raise ValueError(f"checkpoint {path} cannot be loaded with weights_only=True: "
                         f"{why}") from None
    if not isinstance(ckpt, dict):
        raise ValueError(f"checkpoint {path} holds a {type(ckpt).__name__}, not a dict: "
                         f"not written by spruce train")
    return ckpt


def shrink_to_match(model: nn.Module, state: dict[str, torch.Tensor],
                    example_inputs: torch.Tensor) -> nn.Module:
    """Make a freshly built dense model match the shapes in `state` (in place).

    For checkpoints without a pruning plan: trailing output channels of convs are removed
    until shapes agree.
    """
    import torch_pruning as tp

    from spruce.pruning.structures import build_graph

    graph = None
    for name, m in list(model.named_modules()):
        if not isinstance(m, nn.Conv2d) or f"{name}.weight" not in state:
            continue
        want = state[f"{name}.weight"].shape[0]
        if want < m.out_channels:
            graph = graph or build_graph(model, example_inputs)
            idxs = list(range(want, m.out_channels))
            graph.get_pruning_group(m, tp.prune_conv_out_channels, idxs).prune()
    return model


def model_payload(model: nn.Module, arch: dict) -> dict:
    """The part of a checkpoint that rebuilds the model: arch + CPU state dict, and the
    pruning plan of a pruned model (spruce.pruning.plan: how to cut the dense one)."""
    payload = {"format": 1, "arch": dict(arch),
               "model": {k: v.detach().cpu() for k, v in model.state_dict().items()}}
    plan = getattr(model, "spruce_plan", None)
    if isinstance(plan, dict):
        payload["plan"] = plan
    return payload


def rebuild_to_match(model: nn.Module, ckpt: dict, example_inputs: torch.Tensor,
                     where: str = "checkpoint") -> nn.Module:
    """Cut a freshly built dense model to the checkpoint's shapes (in place; returned).

    With a pruning plan (written since spruce.Bernoulli removes residual branches of any
    model) the plan is replayed, unless the model carries that plan already; without one,
    shrink_to_match reads the shapes."""
    plan = ckpt.get("plan")
    if plan is None:
        return shrink_to_match(model, ckpt["model"], example_inputs)
    if getattr(model, "spruce_plan", None) == plan:  # already cut (a fine-tuning stage)
        return model
    from spruce.pruning.plan import _check_plan, apply_plan

    _check_plan(plan, where)
    try:
        apply_plan(model, plan, example_inputs)
    except ValueError as exc:
        raise ValueError(f"{where}: {exc}") from None
    return model


def check_arch(arch, where: str = "checkpoint") -> dict:
    """The architecture entry of a checkpoint, every field checked (a crafted file must not
    make spruce build a 128 TB layer): name, num_classes, in_channels, image_size."""
    if not isinstance(arch, dict) or "name" not in arch:
        raise ValueError(f"{where} has no 'arch' entry with a model name: not written by "
                         f"spruce train")
    out = {"name": arch["name"], "num_classes": arch.get("num_classes", 10),
           "in_channels": arch.get("in_channels", 3),
           "image_size": list(arch.get("image_size", (32, 32)))}
    if out["name"] not in MODELS:
        raise ValueError(f"{where}: arch name {out['name']!r} is not one of {MODELS}")
    for key, low, high in (("num_classes", 2, 100_000), ("in_channels", 1, 64)):
        v = out[key]
        if type(v) is not int or not low <= v <= high:
            raise ValueError(f"{where}: arch {key} must be an integer in [{low}, {high}], "
                             f"got {v!r}")
    size = out["image_size"]
    if len(size) != 2 or any(type(v) is not int or not 1 <= v <= 4096 for v in size):
        raise ValueError(f"{where}: arch image_size must be two integers in [1, 4096], got "
                         f"{size!r}")
    return out


def load_model(ckpt: dict[str, Any], where: str = "checkpoint") -> nn.Module:
    """The (possibly pruned) model stored in a checkpoint dict; ValueError naming `where`
    and the first entry that does not fit (missing, extra, wider, not a tensor, NaN)."""
    arch = check_arch(ckpt.get("arch"), where)
    state = ckpt.get("model")
    if not isinstance(state, dict) or not state:
        raise ValueError(f"{where} has no 'model' weights: not written by spruce train")
    for key, value in state.items():
        if not isinstance(value, torch.Tensor):
            raise ValueError(f"{where}: model entry {key!r} is a {type(value).__name__}, "
                             f"not a tensor")
        if value.is_floating_point() and not bool(torch.isfinite(value).all()):
            raise ValueError(f"{where}: model entry {key!r} holds NaN or Inf values")
    model = build_model(arch["name"], arch["num_classes"], arch["in_channels"])
    example = torch.zeros(1, arch["in_channels"], *arch["image_size"])
    state = _with_shortcut_buffers(model, state)
    model = rebuild_to_match(model, {**ckpt, "model": state}, example, where)
    want = model.state_dict()
    extra = [k for k in state if k not in want]
    missing = [k for k in want if k not in state]
    wrong = [k for k in state if k in want and state[k].shape != want[k].shape]
    if extra or missing or wrong:
        k = (extra or missing or wrong)[0]
        why = ("is not a weight of" if extra else "is missing for" if missing else
               f"has shape {list(state[k].shape)}, not {list(want[k].shape)} of")
        raise ValueError(f"{where}: model entry {k!r} {why} a {arch['name']} with "
                         f"{arch['num_classes']} classes and {arch['in_channels']} input "
                         f"channels")
    model.load_state_dict(state)
    return model


def _with_shortcut_buffers(model: nn.Module, state: dict) -> dict:
    """Checkpoints written before option-A shortcuts had index/mask buffers lack them;
    those runs never pruned residual channels, so the unpruned defaults are the right ones."""
    from spruce.pruning.layers import ChannelScatter

    out = dict(state)
    for name, m in model.named_modules():
        if isinstance(m, ChannelScatter) and f"{name}.index" not in state \
                and any(k.startswith(f"{name.rsplit('.', 1)[0]}.") for k in state):
            out[f"{name}.index"] = m.index.clone()
            out[f"{name}.mask"] = m.mask.clone()
    return out


def first_difference(a: Any, b: Any, where: str = "") -> str | None:
    """Where two checkpoint-like objects first differ, bit for bit, or None if they are equal.

    Walks dicts (same keys), lists/tuples (same length) and tensors (torch.equal: same
    shape, dtype and values; NaN ≠ NaN); anything else is compared with ==. The path reads
    like "/model/conv1.weight" or "/history[3]/train_loss". Used to check that a resumed
    run equals an uninterrupted one.
    """
    if isinstance(a, torch.Tensor) or isinstance(b, torch.Tensor):
        same = (isinstance(a, torch.Tensor) and isinstance(b, torch.Tensor)
                and a.dtype == b.dtype and torch.equal(a, b))
        return None if same else where or "/"
    if isinstance(a, dict) or isinstance(b, dict):
        if not (isinstance(a, dict) and isinstance(b, dict)) or a.keys() != b.keys():
            return where or "/"
        return next((d for k in a if (d := first_difference(a[k], b[k], f"{where}/{k}"))), None)
    if isinstance(a, (list, tuple)) or isinstance(b, (list, tuple)):
        if not (isinstance(a, (list, tuple)) and isinstance(b, (list, tuple))) \
                or len(a) != len(b):
            return where or "/"
        return next((d for i, (x, y) in enumerate(zip(a, b))
                     if (d := first_difference(x, y, f"{where}[{i}]"))), None)
    return None if a == b else where or "/"
