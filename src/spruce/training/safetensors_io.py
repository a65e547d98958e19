"""Model export in the safetensors format, written and read without pickle (and without the
`safetensors` package, whose format this is: https://github.com/huggingface/safetensors).

File layout:  u64 little-endian N | N bytes of JSON header | raw tensor bytes.
Header: {name: {"dtype": "F32"|..., "shape": [...], "data_offsets": [begin, end]}, ...,
"__metadata__": {str: str}}; offsets are relative to the byte after the header, tensors
are little-endian, C-contiguous, and together cover the data area exactly.

Why our own ~100 lines rather than the package: the format is fixed and tiny, the reader
must validate every field of an untrusted file anyway (header size, dtype, offsets in
bounds and non-overlapping, byte counts matching shapes), and spruce then has no new
dependency. Files are byte-compatible with `safetensors.torch.load_file` (a test checks
that when the package is installed). spruce stores the architecture in the metadata
(key "spruce_arch", JSON), so `spruce evaluate model.safetensors` rebuilds the network.
Speed: memory-bound; a ResNet-56 (0.86M parameters, 3.4 MB) writes in a few ms.
"""

from __future__ import annotations

import json
import os
import struct
from pathlib import Path

import torch

DTYPES = {"F64": torch.float64, "F32": torch.float32, "F16": torch.float16,
          "BF16": torch.bfloat16, "I64": torch.int64, "I32": torch.int32, "I16": torch.int16,
          "I8": torch.int8, "U8": torch.uint8, "BOOL": torch.bool}
NAMES = {v: k for k, v in DTYPES.items()}
MAX_HEADER = 100 * 1024 * 1024  # the reference implementation's limit


def save_safetensors(path: str | Path, tensors: dict[str, torch.Tensor],
                     metadata: dict[str, str] | None = None) -> Path:
    """Write `tensors` (name -> tensor) to `path` atomically (path.tmp, then os.replace)."""
    path = Path(path)
    header: dict = {}
    blobs, offset = [], 0
    for name in sorted(tensors):
        t = tensors[name].detach().cpu().contiguous()
        if t.dtype not in NAMES:
            raise ValueError(f"safetensors export: tensor {name} has dtype {t.dtype}, "
                             f"allowed {sorted(str(d) for d in NAMES)}")
        raw = t.reshape(-1).view(torch.uint8).numpy().tobytes() if t.numel() else b""
        header[name] = {"dtype": NAMES[t.dtype], "shape": list(t.shape),
                        "data_offsets": [offset, offset + len(raw)]}
        blobs.append(raw)
        offset += len(raw)
    if metadata:
        header["__metadata__"] = {str(k): str(v) for k, v in metadata.items()}
    text = json.dumps(header, separators=(",", ":")).encode()
    text += b" " * (-len(text) % 8)  # align the data area to 8 bytes
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".tmp")
    with open(tmp, "wb") as fh:
        fh.write(struct.pack("<Q", len(text)))
        fh.write(text)
        for b in blobs:
            fh.write(b)
    os.replace(tmp, path)
    return path


def load_safetensors(path: str | Path) -> tuple[dict[str, torch.Tensor], dict[str, str]]:
    """(tensors, metadata) of a safetensors file; ValueError naming the file if malformed."""
    path = Path(path)
    if not path.is_file():
        raise FileNotFoundError(f"safetensors file {path} does not exist")
    data = path.read_bytes()

    def bad(why: str) -> ValueError:
        return ValueError(f"safetensors file {path} is malformed: {why}")

    if len(data) < 8:
        raise bad(f"{len(data)} bytes, shorter than the 8-byte header length")
    (n,) = struct.unpack("<Q", data[:8])
    if n > MAX_HEADER or 8 + n > len(data):
        raise bad(f"header length {n} does not fit in the file ({len(data)} bytes)")
    try:
        header = json.loads(data[8:8 + n].decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise bad(f"header is not JSON ({exc})") from None
    if not isinstance(header, dict):
        raise bad("header is not a JSON object")
    meta = header.pop("__metadata__", None) or {}
    if not isinstance(meta, dict) or not all(isinstance(v, str) for v in meta.values()):
        raise bad("__metadata__ must map strings to strings")
    body = memoryview(data)[8 + n:]
    spans, tensors = [], {}
    for name, info in header.items():
        try:
            dtype = DTYPES[info["dtype"]]
            shape = [int(s) for s in info["shape"]]
            begin, end = (int(o) for o in info["data_offsets"])
        except (KeyError, TypeError, ValueError):
            raise bad(f"entry {name!r} needs a known dtype ({', '.join(DTYPES)}), a shape "
                      f"and two data_offsets") from None
        count = 1
        for s in shape:
            if s < 0:
                raise bad(f"entry {name!r} has a negative dimension")
            count *= s
        size = count * torch.empty((), dtype=dtype).element_size()
        if not 0 <= begin <= end <= len(body) or end - begin != size:
            raise bad(f"entry {name!r}: offsets [{begin}, {end}] do not hold {shape} "
                      f"{info['dtype']} inside {len(body)} data bytes")
        spans.append((begin, end))
        raw = bytearray(body[begin:end])
        flat = torch.frombuffer(raw, dtype=dtype) if size else torch.empty(0, dtype=dtype)
        tensors[name] = flat.reshape(shape)
    pos = 0
    for begin, end in sorted(spans):
        if begin != pos:
            raise bad("tensor data overlaps or leaves holes")
        pos = end
    if pos != len(body):
        raise bad(f"{len(body) - pos} trailing bytes after the last tensor")
    return tensors, meta


def export_model(path: str | Path, state: dict[str, torch.Tensor], arch: dict) -> Path:
    """A spruce model (state dict + arch) as safetensors; `load_model_file` reads it back."""
    return save_safetensors(path, state, {"format": "spruce-1", "spruce_arch": json.dumps(arch)})


def read_model_file(path: str | Path) -> dict:
    """A safetensors export as the checkpoint dict that checkpoint.load_model takes."""
    tensors, meta = load_safetensors(path)
    try:
        arch = json.loads(meta["spruce_arch"])
    except (KeyError, json.JSONDecodeError):
        raise ValueError(f"safetensors file {path} has no spruce_arch metadata: not exported "
                         f"by spruce (export with --safetensors)") from None
    return {"format": 1, "arch": arch, "model": tensors}
