"""Model export in the safetensors format: weights without pickle, readable by any tool.

`save_safetensors`/`load_safetensors` write and read a dict of named tensors plus string
metadata; `export_model`/`read_model_file` store a spruce model that way, its architecture
in the metadata (key "spruce_arch", JSON), so that `spruce evaluate model.safetensors`
rebuilds the network (`spruce.training.checkpoint.load_checkpoint` reads such a file).

Format (https://github.com/huggingface/safetensors): u64 little-endian N | N bytes of
UTF-8 JSON header | data area. The header is an object {name: {"dtype": "F32"|...,
"shape": [...], "data_offsets": [begin, end]}, ..., "__metadata__": {str: str}}; offsets
are relative to the start of the data area, tensors are little-endian and C-contiguous,
and together they cover the data area exactly, without holes or overlaps.

The `safetensors` package does the serializing and the parsing, with its own complete
validation of untrusted files. Around it this module adds:
- writing: tensors are first made contiguous CPU tensors that share no storage (the
  package refuses shared tensors such as tied weights); the bytes the package produces go
  to a fresh temporary file in the target's folder, `.NAME.PID.RANDOM.tmp`, created with
  O_CREAT|O_EXCL (never through a symlink planted at that name), then fsync and os.replace
  onto the target (spruce.outputs.write_atomic): a crash leaves the previous file intact, a
  failure removes the temporary file, and an OSError (a full disk) is one line naming the
  target.
- reading: cheap checks before the package sees the file (it is a regular file of at least
  8 bytes; the header length is at most 100 MB and fits in the file; the header is JSON
  whose top-level value is an object, nesting depth included), so that a crafted file gives
  a one-line ValueError naming the file; any error of the package is turned into the same
  kind of ValueError. Tensors are copied out of the package's memory map, so they do not
  depend on the file afterwards.
"""

from __future__ import annotations

import json
import os
import stat
from pathlib import Path

import torch

from spruce.outputs import write_atomic

MAX_HEADER = 100_000_000  # the package's own limit on the JSON header (100 MB)


def _one_line(exc: BaseException) -> str:
    lines = str(exc).strip().splitlines()
    return lines[0].strip() if lines else type(exc).__name__


def _plain_cpu(tensors: dict[str, torch.Tensor]) -> dict[str, torch.Tensor]:
    """Contiguous CPU tensors, no two sharing storage (copies only where needed)."""
    if not isinstance(tensors, dict):
        raise ValueError(f"safetensors export needs a dict of tensors, got "
                         f"{type(tensors).__name__}")
    out: dict[str, torch.Tensor] = {}
    seen: set[int] = set()
    for name, t in tensors.items():
        if not isinstance(name, str) or not isinstance(t, torch.Tensor):
            raise ValueError(f"safetensors export: entry {name!r} must be a str naming a "
                             f"torch.Tensor, got {type(name).__name__} -> {type(t).__name__}")
        t = t.detach().cpu().contiguous()
        ptr = t.untyped_storage().data_ptr()
        if ptr in seen:  # tied weights, views of one tensor: store each one separately
            t = t.clone()
            ptr = t.untyped_storage().data_ptr()
        if ptr:
            seen.add(ptr)
        out[name] = t
    return out


def save_safetensors(path: str | Path, tensors: dict[str, torch.Tensor],
                     metadata: dict[str, str] | None = None) -> Path:
    """Write `tensors` (name -> tensor) and `metadata` to `path` atomically; returns path.

    Writes a fresh temporary file in the same folder, then os.replace onto `path`
    (spruce.outputs.write_atomic). ValueError if a tensor cannot be stored (e.g. an
    unsupported dtype); WriteError (an OSError) naming `path` if the bytes cannot be
    written (a full disk).
    """
    from safetensors.torch import save

    path = Path(path)
    plain = _plain_cpu(tensors)
    meta = {str(k): str(v) for k, v in metadata.items()} if metadata else None
    try:
        data = save(plain, metadata=meta)
    except Exception as exc:  # noqa: BLE001 - unsupported dtype, sparse tensor, ...
        raise ValueError(f"cannot write {path} as safetensors: {_one_line(exc)}") from None
    del plain
    path.parent.mkdir(parents=True, exist_ok=True)
    return write_atomic(path, data)


def _invalid(path: Path, why: str) -> ValueError:
    return ValueError(f"{path} is not a valid safetensors file: {why}")


def _check_file(path: Path) -> None:
    """The cheap checks done before the package opens `path` (see the module docstring)."""
    try:
        st = os.stat(path)
    except FileNotFoundError:
        raise FileNotFoundError(f"safetensors file {path} does not exist") from None
    if not stat.S_ISREG(st.st_mode):
        kind = "a directory" if stat.S_ISDIR(st.st_mode) else "not a regular file"
        raise _invalid(path, f"it is {kind}")
    # O_NONBLOCK: should a FIFO replace the file meanwhile, fstat refuses it instead of hanging
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    with os.fdopen(fd, "rb") as fh:
        st = os.fstat(fh.fileno())
        if not stat.S_ISREG(st.st_mode):
            raise _invalid(path, "it is not a regular file")
        size = st.st_size
        if size < 8:
            raise _invalid(path, f"{size} bytes, shorter than the 8-byte header length")
        n = int.from_bytes(fh.read(8), "little")
        if n > MAX_HEADER:
            raise _invalid(path, f"header length {n} exceeds the {MAX_HEADER}-byte limit")
        if n > size - 8:
            raise _invalid(path, f"header length {n} does not fit in the file ({size} bytes)")
        raw = fh.read(n)
    if len(raw) != n:
        raise _invalid(path, f"the file ended inside its {n}-byte header")
    try:
        header = json.loads(raw.decode("utf-8"))
    except RecursionError:
        raise _invalid(path, "header JSON is nested too deeply") from None
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise _invalid(path, f"header is not JSON ({exc})") from None
    if not isinstance(header, dict):
        raise _invalid(path, f"header is a JSON {type(header).__name__}, not an object")


def load_safetensors(path: str | Path) -> tuple[dict[str, torch.Tensor], dict[str, str]]:
    """(tensors, metadata) of a safetensors file; ValueError naming the file if malformed.

    FileNotFoundError if `path` does not exist. The tensors are CPU copies, independent of
    the file.
    """
    from safetensors import safe_open

    path = Path(path)
    _check_file(path)
    try:
        with safe_open(str(path), framework="pt", device="cpu") as f:
            meta = f.metadata() or {}
            tensors = {name: f.get_tensor(name).clone() for name in f.keys()}
    except Exception as exc:  # noqa: BLE001 - SafetensorError or anything else of the package
        raise _invalid(path, _one_line(exc)) from None
    return tensors, dict(meta)


def export_model(path: str | Path, state: dict[str, torch.Tensor], arch: dict) -> Path:
    """A spruce model (state dict + arch) as safetensors; `read_model_file` reads it back."""
    return save_safetensors(path, state, {"format": "spruce-1", "spruce_arch": json.dumps(arch)})


def read_model_file(path: str | Path) -> dict:
    """A safetensors export as the checkpoint dict that checkpoint.load_model takes:
    {"format": 1, "arch": ..., "model": state dict}. Other metadata (e.g. the pruning plan
    "spruce_plan" of spruce.save_pruned) is ignored."""
    tensors, meta = load_safetensors(path)
    try:
        arch = json.loads(meta["spruce_arch"])
    except (KeyError, json.JSONDecodeError, RecursionError):
        hint = ("it holds a pruning plan: load it with spruce.load_pruned(dense model, path)"
                if "spruce_plan" in meta else "export with --safetensors")
        raise ValueError(f"safetensors file {path} has no spruce_arch metadata: not exported "
                         f"by spruce ({hint})") from None
    return {"format": 1, "arch": arch, "model": tensors}
