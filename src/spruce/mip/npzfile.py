"""Reading an instance .npz (as `spruce.mip.catalog.save_instance` writes it) from any hands.

An instance .npz is a zip archive of ten .npy arrays: X (n×p), Y (n or n×q), groups (the flat
indices of every group, concatenated), group_sizes, lam, alpha, M (one number or one per
group), k (−1: no budget), loss and name (strings). `read_instance` checks, in this order and
before it allocates anything for an array:

- the file: a regular file that is a zip archive ("is not an .npz (zip) file": numpy's own
  reader suggested allow_pickle=True, an unsafe load, for a text file named .npz);
- the members: exactly the ten arrays above (missing and unexpected ones are named);
- each array's .npy header, read with numpy.lib.format (read_magic, read_array_header_1_0 /
  _2_0) from the zip member: the number of dimensions, the kind of numbers (X, Y, lam, alpha,
  M real: float or integer, never complex; groups, group_sizes and k integers, never
  fractional; loss and name strings; nothing that needs pickle), and the declared shape
  against the limits of spruce.mip.problem (MAX_DATA, MAX_WEIGHTS, MAX_HESSIAN: a header
  that declares a 7 TiB array is refused without reading it), and the member's size against
  the shape (a truncated array);
- then the values, read with allow_pickle=False: finite, |X|, |Y|, M ≤ MAX_ABS (1e100),
  group_sizes ≥ 1 and summing to len(groups), k ≥ −1, name at most MAX_NAME characters,
  and everything GroupPruningProblem checks (groups inside W, disjoint; λ ≥ 0; α in (0, 1)).

Every refusal is a ValueError (FileNotFoundError for a missing file) whose message is one line
naming the file and what is wrong.
"""

from __future__ import annotations

import math
import re
import zipfile
import zlib
from pathlib import Path

import numpy as np
from numpy.lib import format as npformat

from .paths import show
from .problem import MAX_DATA, GroupPruningProblem, check_sizes

MAX_NAME = 256  # characters of an instance name
MAX_HEADER = 10_000  # bytes of a .npy header (numpy's own default limit)

# name -> (allowed numbers of dimensions, allowed dtype kinds, what the kinds mean)
REAL = ("fiu", "real numbers (float or integer)")
INTEGER = ("iu", "integers")
TEXT = ("U", "a string")
ARRAYS: dict[str, tuple[tuple[int, ...], tuple[str, str]]] = {
    "X": ((2,), REAL), "Y": ((1, 2), REAL), "groups": ((1,), INTEGER),
    "group_sizes": ((1,), INTEGER), "lam": ((0,), REAL), "alpha": ((0,), REAL),
    "M": ((0, 1), REAL), "k": ((0,), INTEGER), "loss": ((0,), TEXT), "name": ((0,), TEXT),
}


def _fail(path: Path, why: str) -> ValueError:
    return ValueError(f"instance file {show(path)}: {why}")


def _why(exc: BaseException) -> str:
    """numpy's or zipfile's message on one line, without numpy's advice to trust the file
    (allow_pickle=True: an unsafe load)."""
    text = " ".join(str(exc).split())
    kept = [s for s in re.split(r"(?<=\.)\s+", text)
            if "allow_pickle" not in s and "trust" not in s]
    return " ".join(kept) or type(exc).__name__


def _dims(ndims: tuple[int, ...]) -> str:
    words = {0: "a single value (shape ())", 1: "1-D", 2: "2-D"}
    return " or ".join(words[d] for d in ndims)


def _header(path: Path, zf: zipfile.ZipFile, key: str) -> tuple[tuple, np.dtype]:
    """(shape, dtype) of member key.npy from its header alone; refused if it does not fit."""
    info = zf.getinfo(f"{key}.npy")
    try:
        with zf.open(info) as fh:
            version = npformat.read_magic(fh)
            if version == (1, 0):
                shape, _, dtype = npformat.read_array_header_1_0(fh, max_header_size=MAX_HEADER)
            elif version == (2, 0):
                shape, _, dtype = npformat.read_array_header_2_0(fh, max_header_size=MAX_HEADER)
            else:
                raise ValueError(f".npy format version {version} (spruce reads 1.0 and 2.0)")
            start = fh.tell()
    except (ValueError, EOFError, OSError, zipfile.BadZipFile, zlib.error,
            NotImplementedError) as exc:
        raise _fail(path, f"array {key!r} has no valid .npy header ({_why(exc)})") from None
    ndims, (kinds, meaning) = ARRAYS[key]
    if dtype.hasobject or dtype.fields is not None or dtype.subdtype is not None \
            or dtype.kind not in kinds:
        what = "complex numbers" if dtype.kind == "c" else f"dtype {dtype}"
        if kinds == INTEGER[0] and dtype.kind == "f":
            what += " (floating-point values are refused, never rounded)"
        raise _fail(path, f"{key} must hold {meaning}, got {what}")
    if len(shape) not in ndims:
        raise _fail(path, f"{key} must be {_dims(ndims)}, got shape {shape}")
    size = math.prod(shape)  # Python ints: a declared 10¹² entries is just a number here
    if size > MAX_DATA or size * dtype.itemsize > 8 * MAX_DATA:
        raise _fail(path, f"{key} declares shape {shape} of {dtype} ({size:,} entries, "
                          f"{size * dtype.itemsize:,} bytes); spruce.mip allows at most "
                          f"{MAX_DATA:,} entries and {8 * MAX_DATA:,} bytes per array")
    if kinds == TEXT[0] and dtype.itemsize > 4 * MAX_NAME:
        raise _fail(path, f"{key} must be a string of at most {MAX_NAME} characters, got "
                          f"dtype {dtype}")
    if info.file_size < start + size * dtype.itemsize:
        raise _fail(path, f"array {key!r} is truncated: its header declares shape {shape} "
                          f"of {dtype} ({size * dtype.itemsize:,} bytes), the file holds "
                          f"{max(info.file_size - start, 0):,}")
    return shape, dtype


def _read(path: Path, zf: zipfile.ZipFile, key: str) -> np.ndarray:
    try:
        with zf.open(f"{key}.npy") as fh:
            return npformat.read_array(fh, allow_pickle=False,
                                       max_header_size=MAX_HEADER)
    except (ValueError, EOFError, OSError, zipfile.BadZipFile, zlib.error,
            NotImplementedError) as exc:
        raise _fail(path, f"array {key!r} cannot be read ({type(exc).__name__}: "
                          f"{_why(exc)})") from None


def _open(path: Path) -> zipfile.ZipFile:
    if not path.exists():
        raise FileNotFoundError(f"no instance file {show(path)}")
    if path.is_dir():
        raise _fail(path, "is a folder, not an .npz file")
    if not path.is_file():
        raise _fail(path, "is not a regular file")
    with open(path, "rb") as fh:
        head = fh.read(4)
    if not head:
        raise _fail(path, "is empty, not an .npz (zip) file")
    try:
        return zipfile.ZipFile(path)
    except (zipfile.BadZipFile, ValueError, EOFError, OSError) as exc:
        if head.startswith(b"PK"):
            raise _fail(path, f"is a damaged or truncated .npz (zip) file ({_why(exc)})") \
                from None
        raise _fail(path, "is not an .npz (zip) file") from None


def read_instance(path: str | Path) -> GroupPruningProblem:
    """The GroupPruningProblem of an instance .npz, checked as the module docstring says."""
    path = Path(path)
    with _open(path) as zf:
        names = zf.namelist()
        if len(names) != len(set(names)):
            raise _fail(path, "holds an array name twice")
        members = {n[:-4] for n in names if n.endswith(".npy")}
        missing = [k for k in ARRAYS if k not in members]
        extra = sorted(n for n in names if not (n.endswith(".npy") and n[:-4] in ARRAYS))
        if missing:
            raise _fail(path, f"missing arrays {', '.join(missing)} (an instance .npz holds "
                              f"{', '.join(ARRAYS)})")
        if extra:
            raise _fail(path, f"unexpected members {', '.join(show(e) for e in extra[:5])}"
                              f"{' ...' if len(extra) > 5 else ''} (an instance .npz holds "
                              f"{', '.join(ARRAYS)})")
        shapes = {k: _header(path, zf, k)[0] for k in ARRAYS}
        (n, p), ys = shapes["X"], shapes["Y"]
        q = ys[1] if len(ys) == 2 else 1
        if ys[0] != n:
            raise _fail(path, f"X and Y need the same number of rows, got shapes {shapes['X']} "
                              f"and {ys}")
        try:
            check_sizes(n, p, q)  # a 1-D Y (class labels): q is checked when they are read
        except ValueError as exc:
            raise _fail(path, str(exc)) from None
        for key in ("groups", "group_sizes"):
            if shapes[key][0] > p * q:
                raise _fail(path, f"{key} has {shapes[key][0]:,} entries, more than the "
                                  f"{p * q:,} weights of W ({p}×{q})")
        sizes = _read(path, zf, "group_sizes")
        if sizes.size == 0 or (sizes < 1).any():
            raise _fail(path, "group_sizes must be >= 1 for every group, and there must be "
                              "at least one group")
        if int(sizes.sum()) != shapes["groups"][0]:
            raise _fail(path, f"group_sizes sum to {int(sizes.sum())} but groups holds "
                              f"{shapes['groups'][0]} indices")
        if shapes["M"] not in ((), (len(sizes),)):
            raise _fail(path, f"M must be a single value or have one entry per group "
                              f"({len(sizes)}), got shape {shapes['M']}")
        arrays = {k: _read(path, zf, k) for k in ARRAYS if k != "group_sizes"}
    k = int(arrays["k"])
    if k < -1:
        raise _fail(path, f"k must be >= 0 (a budget) or -1 (none), got {k}")
    name = str(arrays["name"])
    if len(name) > MAX_NAME:
        raise _fail(path, f"name must be at most {MAX_NAME} characters, got {len(name)}")
    cuts = np.cumsum(sizes)[:-1]
    try:
        return GroupPruningProblem(arrays["X"], arrays["Y"], list(np.split(arrays["groups"],
                                                                            cuts)),
                                   lam=float(arrays["lam"]), alpha=float(arrays["alpha"]),
                                   M=arrays["M"], k=None if k < 0 else k,
                                   loss=str(arrays["loss"]), name=name)
    except ValueError as exc:
        raise _fail(path, str(exc)) from None
