"""Users' own data files as training datasets: `--data npz:PATH` and `--data folder:PATH`.

npz: a NumPy .npz holding x_train, y_train, x_test, y_test (other keys are ignored), read with
`np.load(path, allow_pickle=False)`, so object arrays are refused, never unpickled.
  Images are N×C×H×W or N×H×W×C, or N×H×W for one channel. The layout rule: a 4-D array
  (N, a, b, d) is NHWC when d ∈ {1, 3, 4} and a ∉ {1, 3, 4}, else NCHW (so 3×3×3 images are
  read as NCHW). uint8 images stay uint8 tensors, normalized per batch like CIFAR with
      mean_c = mean(x_train[:, c] / 255),  std_c = std(x_train[:, c] / 255)   (ddof 0;
  a constant channel gets std 1); float images become float32, used as stored.
  Labels are integer arrays of shape (N,) with values 0..K−1, K = max label + 1 over both
  splits; every class 0..K−1 needs a training example and K >= 2.
folder: PATH/train/<class>/*.png|jpg|jpeg|bmp|gif|webp and PATH/test/<class>/... ; classes
  are the sorted subfolder names of train/ and test/ must have the same ones. Images are read
  with Pillow as RGB, or as L (one channel) when every image is grayscale; all must share one
  size (refused otherwise, not resized). Alpha is dropped; 16/32-bit gray values are clipped
  to 0..255 by Pillow, so store 8-bit images. Hidden entries ('.'-prefixed), other file types
  and files directly in train/ are skipped; mean/std as for npz uint8 images.
Both: `augment` (pad-4 crop + flip) is on only for 3-channel images of at least 16×16.
Speed (one CPU core): the mean/std pass is a per-channel bincount, ~0.5 s for CIFAR-sized
uint8 data; decoding an image folder costs ~0.1 ms per 32×32 PNG (~6 s for 60,000).
"""

from __future__ import annotations

import zipfile
from pathlib import Path

import numpy as np
import torch

from spruce.training.data import Dataset

NPZ_KEYS = ("x_train", "y_train", "x_test", "y_test")
IMAGE_EXTS = (".png", ".jpg", ".jpeg", ".bmp", ".gif", ".webp")
GRAY_MODES = ("1", "L", "LA", "I", "I;16", "I;16B", "I;16L", "F")


def channel_stats(x: np.ndarray) -> tuple[tuple[float, ...], tuple[float, ...]]:
    """Per-channel mean and std of uint8 NCHW images scaled to [0, 1] (exact, via bincount)."""
    counts = np.zeros((x.shape[1], 256), dtype=np.int64)
    for i in range(0, len(x), 4096):  # chunks keep bincount's int64 copy small
        for c in range(x.shape[1]):
            counts[c] += np.bincount(x[i:i + 4096, c].ravel(), minlength=256)
    values = np.arange(256) / 255.0
    n = counts.sum(1)
    mean = counts @ values / n
    std = np.sqrt((counts * (values - mean[:, None]) ** 2).sum(1) / n)
    std = np.where(std > 1e-12, std, 1.0)  # a constant channel: only shift it
    return tuple(float(m) for m in mean), tuple(float(s) for s in std)


def wants_augment(x: np.ndarray | torch.Tensor) -> bool:
    """CIFAR-style crop + flip for 3-channel NCHW images of at least 16×16."""
    _, c, h, w = x.shape
    return c == 3 and h >= 16 and w >= 16


def to_nchw(x: np.ndarray, where: str) -> np.ndarray:
    """N×H×W, N×H×W×C or N×C×H×W images as N×C×H×W (layout rule in the module docstring)."""
    if x.ndim == 3:
        return x[:, None]
    if x.ndim != 4:
        raise ValueError(f"{where} has shape {x.shape}: images must be 3-D (N×H×W) or 4-D "
                         f"(N×C×H×W or N×H×W×C)")
    if x.shape[3] in (1, 3, 4) and x.shape[1] not in (1, 3, 4):
        return np.ascontiguousarray(x.transpose(0, 3, 1, 2))
    return x


def _labels(y: np.ndarray, x: np.ndarray, where: str, images: str) -> np.ndarray:
    """Labels as int64 after checking shape (N,), integer dtype, len(x) and >= 0."""
    if y.ndim != 1:
        raise ValueError(f"{where} has shape {y.shape}: labels must be 1-D, shape (N,)")
    if not np.issubdtype(y.dtype, np.integer):
        raise ValueError(f"{where} has dtype {y.dtype}: labels must be integers 0..K-1 "
                         f"(convert with y.astype(np.int64))")
    if len(y) != len(x):
        raise ValueError(f"{where} has {len(y)} labels but {images} has {len(x)} images")
    if len(y) and y.min() < 0:
        raise ValueError(f"{where} has a negative label ({int(y.min())}); labels must be 0..K-1")
    return y.astype(np.int64)


def _num_classes(y_train: np.ndarray, y_test: np.ndarray, where: str) -> int:
    """K = max label + 1; every class must have a training example and K >= 2."""
    k = int(max(y_train.max(), y_test.max(initial=0))) + 1
    if k < 2:
        raise ValueError(f"{where}: all labels are 0; need at least 2 classes")
    empty = np.flatnonzero(np.bincount(y_train, minlength=k) == 0)
    if len(empty):
        raise ValueError(f"{where}: class {int(empty[0])} has no training example (labels run "
                         f"0..{k - 1}; empty: {', '.join(str(c) for c in empty[:10])}); "
                         f"relabel the classes as 0..K-1 without gaps")
    return k


def _finish(name: str, x_train: np.ndarray, y_train: np.ndarray, x_test: np.ndarray,
            y_test: np.ndarray, num_classes: int) -> Dataset:
    """A Dataset: uint8 images keep uint8 with the training split's mean/std, others float32."""
    mean = std = None
    if x_train.dtype == np.uint8:
        mean, std = channel_stats(x_train)
    else:
        x_train, x_test = x_train.astype(np.float32), x_test.astype(np.float32)
    return Dataset(name, torch.from_numpy(np.ascontiguousarray(x_train)),
                   torch.from_numpy(y_train), torch.from_numpy(np.ascontiguousarray(x_test)),
                   torch.from_numpy(y_test), num_classes, mean, std, wants_augment(x_train))


# ----------------------------------------------------------------------------- npz
def _npz_arrays(path: Path) -> dict[str, np.ndarray]:
    """The four arrays of an .npz, with errors that name the file and never suggest pickle."""
    if not path.exists():
        raise FileNotFoundError(f"data npz:{path}: no such file")
    if path.is_dir():
        raise ValueError(f"data npz:{path} is a folder; npz: needs an .npz file (use "
                         f"folder:{path} for an image folder)")
    if not zipfile.is_zipfile(path):
        with open(path, "rb") as f:
            is_npy = f.read(6) == b"\x93NUMPY"
        what = "a single-array .npy file" if is_npy else "not an .npz (zip) file"
        raise ValueError(f"data npz:{path} is {what}; save the data with np.savez(path, "
                         f"x_train=..., y_train=..., x_test=..., y_test=...)")
    try:
        # our own handle: np.load leaks the one it opens when the zip directory is bad
        with open(path, "rb") as fh, np.load(fh, allow_pickle=False) as z:
            missing = [k for k in NPZ_KEYS if k not in z.files]
            if missing:
                raise ValueError(f"data npz:{path} has no array {missing[0]!r} (it holds "
                                 f"{sorted(z.files)}); needs {list(NPZ_KEYS)}")
            out = {}
            for k in NPZ_KEYS:
                try:
                    out[k] = z[k]
                except ValueError as exc:  # never pass on numpy's allow_pickle advice
                    why = ("is an object array (e.g. a list of arrays of different sizes); store "
                           "it as one numeric array") if "allow_pickle" in str(exc) else \
                        f"cannot be read ({exc})"
                    raise ValueError(f"data npz:{path}: {k} {why}") from None
                if not isinstance(out[k], np.ndarray):  # np.load hands back non-.npy members raw
                    raise ValueError(f"data npz:{path}: {k} cannot be read (not a .npy array)")
    except (zipfile.BadZipFile, EOFError, OSError) as exc:
        raise ValueError(f"data npz:{path} is corrupt ({exc}); save it again") from None
    return out


def load_npz(path: str | Path) -> Dataset:
    """A Dataset from an .npz with x_train, y_train, x_test, y_test (rules: module docstring)."""
    path = Path(path).expanduser()
    a = _npz_arrays(path)
    where = f"data npz:{path}"
    for k in NPZ_KEYS:
        if a[k].dtype == object:  # defensive: allow_pickle=False already refuses these
            raise ValueError(f"{where}: {k} is an object array; store it as one numeric array")
    xs = {}
    for s in ("x_train", "x_test"):
        x = a[s]
        if x.dtype != np.uint8 and not np.issubdtype(x.dtype, np.floating):
            raise ValueError(f"{where}: {s} has dtype {x.dtype}; images must be uint8 (0..255) "
                             f"or float (convert with x.astype(np.uint8) or np.float32)")
        xs[s] = to_nchw(x, f"{where}: {s}")
        if len(x) == 0:
            raise ValueError(f"{where}: {s} holds no images")
    x_train, x_test = xs["x_train"], xs["x_test"]
    if (x_train.dtype == np.uint8) != (x_test.dtype == np.uint8):
        raise ValueError(f"{where}: x_train is {x_train.dtype} but x_test is {x_test.dtype}; "
                         f"both splits must be uint8 or both float")
    if x_train.shape[1:] != x_test.shape[1:]:
        raise ValueError(f"{where}: x_train images are {_chw(x_train)} (C×H×W) but x_test "
                         f"images are {_chw(x_test)}; both splits need one image shape")
    if x_train.dtype != np.uint8:
        for s, x in (("x_train", x_train), ("x_test", x_test)):
            if not np.isfinite(x).all():
                raise ValueError(f"{where}: {s} has NaN or Inf values "
                                 f"({int((~np.isfinite(x)).sum())} of them)")
    y_train = _labels(a["y_train"], x_train, f"{where}: y_train", "x_train")
    y_test = _labels(a["y_test"], x_test, f"{where}: y_test", "x_test")
    return _finish(f"npz:{path}", x_train, y_train, x_test, y_test,
                   _num_classes(y_train, y_test, where))


def _chw(x: np.ndarray) -> str:
    return "×".join(str(d) for d in x.shape[1:])


# ----------------------------------------------------------------------------- folder
def _visible(folder: Path) -> list[Path]:
    return sorted(p for p in folder.iterdir() if not p.name.startswith("."))


def _class_files(split: Path, root: Path) -> dict[str, list[Path]]:
    """{class name: sorted image files} for one split folder (train/ or test/)."""
    if not split.is_dir():
        raise FileNotFoundError(f"data folder:{root} has no {split.name}/ folder; expected "
                                f"{split.name}/<class>/<image files>")
    classes = {}
    for d in _visible(split):
        if d.is_dir():
            files = [p for p in _visible(d) if p.is_file() and p.suffix.lower() in IMAGE_EXTS]
            if not files:
                raise ValueError(f"data folder:{root}: class folder {d} holds no images "
                                 f"({', '.join(IMAGE_EXTS)})")
            classes[d.name] = files
    if not classes:
        raise ValueError(f"data folder:{root}: no class folders in {split}; expected "
                         f"{split.name}/<class>/<image files>")
    return classes


def _read_image(path: Path, size: tuple[int, int] | None, first: Path | None
                ) -> tuple[np.ndarray, bool]:
    """(H×W or H×W×3 uint8 array, is grayscale); refuses a size (W, H) other than `size`."""
    from PIL import Image

    try:
        with Image.open(path) as img:
            got, gray = img.size, img.mode in GRAY_MODES
            if size is None or got == size:
                arr = np.asarray(img.convert("L" if gray else "RGB"), dtype=np.uint8)
    except (OSError, SyntaxError, ValueError, Image.DecompressionBombError) as exc:
        raise ValueError(f"data folder: cannot read image {path} ({exc})") from None
    if size is not None and got != size:
        raise ValueError(f"data folder: {path} is {got[0]}×{got[1]} pixels but {first} is "
                         f"{size[0]}×{size[1]}; images must share one size (resize them first)")
    return arr, gray


def load_image_folder(path: str | Path) -> Dataset:
    """A Dataset from PATH/train/<class>/ and PATH/test/<class>/ images (rules: docstring)."""
    try:
        import PIL.Image  # noqa: F401
    except ImportError:
        raise ImportError("data folder: needs Pillow to read images (pip install pillow)") \
            from None
    root = Path(path).expanduser()
    if not root.is_dir():
        raise FileNotFoundError(f"data folder:{root}: no such folder")
    train, test = _class_files(root / "train", root), _class_files(root / "test", root)
    classes = sorted(train)
    for c in sorted(test):
        if c not in train:
            raise ValueError(f"data folder:{root}: test/ has class folder {c!r} that train/ "
                             f"lacks; test/ must have the same class folders as train/")
    for c in classes:
        if c not in test:
            raise ValueError(f"data folder:{root}: test/ has no class folder {c!r}; test/ "
                             f"must have the same class folders as train/")
    if len(classes) < 2:
        raise ValueError(f"data folder:{root}: only one class folder ({classes[0]!r}); need "
                         f"at least 2")
    images, labels, all_gray = {}, {}, True
    size, first = None, None  # (W, H) of the first training image, which sets the size
    for split, files in (("train", train), ("test", test)):
        images[split], ys = [], []
        for k, c in enumerate(classes):
            for f in files[c]:
                arr, gray = _read_image(f, size, first)
                if size is None:
                    size, first = (arr.shape[1], arr.shape[0]), f
                images[split].append(arr)
                ys.append(k)
                all_gray &= gray
        labels[split] = np.array(ys, dtype=np.int64)
    x = {}
    for split, arrs in images.items():
        if all_gray:
            x[split] = np.stack(arrs)[:, None]
        else:
            arrs = [a if a.ndim == 3 else np.repeat(a[..., None], 3, 2) for a in arrs]
            x[split] = np.stack(arrs).transpose(0, 3, 1, 2)
    return _finish(f"folder:{root}", x["train"], labels["train"], x["test"], labels["test"],
                   len(classes))
