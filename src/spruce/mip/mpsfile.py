"""Read a pruning MIP from an .mps/.lp file (ours or anyone's) and recover its structure.

HiGHS (`Highs.readModel`) parses the file; spruce.mip.recover then recognises the pruning MIP
in it:

    min  ½wᵀQw + cᵀw + c_y Σ_j y_j + c₀
    s.t. ±w_i − M_j y_j ≤ 0 (i ∈ j),  y ∈ {0,1}^G,  Σ_j y_j ≤ k (optional)

continuous columns w (grouped when linked to a binary y_j, free when in no row and unbounded),
binary columns y, linking rows (→ groups and M_j), an optional budget row (→ k), fixed
columns and the objective constant (→ c₀, incl. Pyomo's ONE_VAR_CONSTANT). Any other row,
an integer that is not binary, a quadratic term off w, unequal y costs, a nonconvex Q, ...
is refused with a ValueError that names the file and the missing structure.

spruce's model is L(W) + λΣ_j[α‖W_j‖² + (1−α)y_j] with a squared loss. The ridge α‖W_j‖²
is part of Q and cannot be told apart from the loss, so it is split off soundly: with D the
0/1 diagonal of grouped entries and δ_max = max{δ : Q − δD ⪰ 0} (a Schur complement over
the free entries), spruce takes the largest δ ≤ δ_max for which the linear costs stay in the
range of Q − δD and the constant fits (see below; found by bisection, as both conditions are
monotone in δ), or δ = share·δ_max (0.9 by default) if none fits; then λα = δ/2 and
λ(1−α) = c_y. Any such split gives the SAME objective at every point; a larger δ gives a
tighter perspective relaxation. For a file written from a least-squares instance the chosen δ
is ≥ 2λα_original (that split fits), and equal to it when XᵀX has a null vector on the
grouped entries (in mip_models/: syn_g40_*, digits_lin_2x4, mlp_layer2_16x12, cnn_conv2_c6).
The rest becomes an equivalent squared loss ½wᵀ(Q − δD)w + cᵀw + c₀ = ‖Ỹ − X̃w‖²/(2n):
Q − δD = VΛVᵀ (r positive eigenvalues), X̃ = √n [Λ_r^½ V_rᵀ; 0] (n = r + 1 rows),
Ỹ = √n [−Λ_r^-½ V_rᵀ c; t], with t ≥ 0 chosen so that ‖Ỹ‖²/(2n) = c₀. Then the recovered
problem's objective equals the file's objective everywhere, constant included. Where
c₀ < ½cᵀ(Q − δD)⁺c (the file's objective can go below what a squared loss can) t = 0 and the
difference is kept in meta["objective_offset"]: file objective = problem objective + offset.

Files with quadratic constraints (spruce's NAME.perspective.{mps,lp}, rotated cones) are not
readable by HiGHS: if the catalog name NAME.<form>.<ext> has a sibling NAME.npz, spruce loads
it and checks that the file is the one that .npz exports (Pyomo, same formulation), token by
token with numbers compared to 1e-9 relative; otherwise the file is refused.

Speed (2-core CPU shared with other jobs, no GPU): syn_g40_s0.bigm.mps (120 weights, 40
groups) reads and recovers in about 0.1 s; a 22 MB .mps with 1000 weights in about 6 s (text
checks 1.5 s, HiGHS 1.1 s, three O(N³) eigendecompositions and ≤ 50 Cholesky solves 3.8 s); a
43 MB .lp with 1500 weights in 15–40 s. `deadline` (spruce.mip.clock) is checked between the
stages and inside the recovery's loops: past it, TimeLimitReached names the file and the stage.
"""

from __future__ import annotations

import gzip
import math
import os
import re
import tempfile
from pathlib import Path

from .clock import Deadline, check
from .problem import GroupPruningProblem
from .recover import ModelFileError as ModelFileError  # re-exported: raised by read_model_file
from .recover import _close, _fail, recover

SUFFIXES = (".mps", ".mps.gz", ".lp", ".lp.gz")
FORMS = ("bigm", "perspective")
INSTANCE_HELP = ("instance: .npz, .mps/.mps.gz/.lp/.lp.gz model file (big-M MIQP; perspective "
                 "files need their sibling NAME.npz), catalog name, or spec like "
                 "'synthetic:n=60,groups=15'")
CAN_READ = ("spruce reads .npz instances and .mps/.mps.gz/.lp/.lp.gz files of the big-M "
            "pruning MIQP (binaries y, linking rows ±w − M·y ≤ 0, optional Σy ≤ k, convex "
            "quadratic objective); perspective files only beside their NAME.npz")
_NUM = re.compile(r"^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$")
# on lower-cased bytes: NaN, or a 3-digit exponent (two literal-led patterns: one alternation
# with a leading digit class took 1.7 s on a 43 MB .lp, these take 0.1 s)
_CANDS = (re.compile(rb"nan"), re.compile(rb"e\+?\d\d\d"))


def _suffix(path: Path) -> str:
    name = path.name.lower()
    return next((s for s in sorted(SUFFIXES, key=len, reverse=True) if name.endswith(s)), "")


def _text(path: Path, deadline: Deadline | None = None) -> str:
    """The file as text (gunzipped), refusing empty, binary and truncated files."""
    what = f"while reading {path} (its text): nothing was solved"
    try:
        raw = path.read_bytes()
    except IsADirectoryError:
        raise _fail(path, "is a directory, not a model file") from None
    except PermissionError:
        raise _fail(path, "cannot be read (permission denied)") from None
    if path.name.lower().endswith(".gz"):
        try:
            raw = gzip.decompress(raw)
        except (OSError, EOFError, gzip.BadGzipFile) as exc:
            raise _fail(path, f"is not a readable gzip file ({exc})") from None
    check(deadline, what)
    if not raw.strip():
        raise _fail(path, "is empty")
    if b"\x00" in raw:
        raise _fail(path, "holds binary data, not an .mps/.lp text file")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise _fail(path, f"is not a text file (byte {exc.start} is not UTF-8)") from None
    last = text.rstrip().rsplit("\n", 1)[-1].strip()
    want = "ENDATA" if ".mps" in _suffix(path) else "end"
    if last.lower() != want.lower():
        raise _fail(path, f"looks truncated: the last line is {last[:40]!r}, not {want!r}")
    check(deadline, what)
    low = raw.lower()  # candidate lines first (a whole-file regex is slow on large files)
    check(deadline, what)
    starts = {low.rfind(b"\n", 0, m.start()) + 1 for c in _CANDS for m in c.finditer(low)}
    for start in sorted(starts):
        end = raw.find(b"\n", start)
        line = raw[start:end if end >= 0 else len(raw)].decode()
        if line.lstrip().startswith(("*", "\\")):
            continue
        for tok in line.replace(":", " ").split():
            if tok.lower().lstrip("+-") == "nan" or (_NUM.match(tok) and
                                                     not math.isfinite(float(tok))):
                no = raw.count(b"\n", 0, start) + 1
                raise _fail(path, f"line {no} holds the number {tok!r} (NaN or beyond float "
                                  "range)")
    return text


def _highs_read(path: Path):
    """(Highs, HighsStatus, HiGHS's ERROR/WARNING lines) with HiGHS's log captured."""

    from .qp import new_highs

    h = new_highs()  # without HiGHS's banner on stdout
    fd, log = tempfile.mkstemp(suffix=".highs.log")
    os.close(fd)
    try:
        h.setOptionValue("log_to_console", False)
        h.setOptionValue("output_flag", True)
        h.setOptionValue("log_file", log)
        status = h.readModel(str(path))
        h.setOptionValue("log_file", "")
        h.setOptionValue("output_flag", False)
        lines = Path(log).read_text(errors="replace").splitlines()
    finally:
        Path(log).unlink(missing_ok=True)
    msgs = [ln.strip() for ln in lines if ln.startswith(("ERROR", "WARNING"))]
    return h, status, msgs


def read_model_file(path: str | Path, ridge_share: float = 0.9, name: str | None = None,
                    deadline: Deadline | None = None) -> GroupPruningProblem:
    """The GroupPruningProblem of a pruning-MIP .mps/.lp file (see the module docstring).

    meta holds: source_file, format, route ("recovered" or "sibling-npz"), objective_offset
    (file objective = problem objective + offset; 0 up to rounding when the constant fits),
    file_constant c₀, delta_max and delta (the ridge split), the file's column names of the
    weights / binaries / constants, and HiGHS's warnings. Past `deadline` (spruce.mip.clock)
    it raises TimeLimitReached (a TimeoutError naming the file and the stage).
    """
    path = Path(path)
    if not 0 < ridge_share < 1:
        raise ValueError(f"ridge_share must lie in (0, 1), got {ridge_share!r}")
    if not path.exists():
        raise FileNotFoundError(f"{path}: no such file")
    suffix = _suffix(path)
    if path.is_dir():
        raise _fail(path, "is a directory, not a model file")
    if not suffix:
        raise _fail(path, f"unknown extension: {CAN_READ}")
    text = _text(path, deadline)
    import highspy

    h, status, msgs = _highs_read(path)
    check(deadline, f"while reading {path} (HiGHS's parser): nothing was solved")
    if status == highspy.HighsStatus.kError:
        if any("quadratic" in m.lower() and "not supported" in m.lower() for m in msgs):
            return _from_sibling(path, suffix, text, msgs, deadline)
        errs = "; ".join(m.split(":", 1)[-1].strip() for m in msgs if m.startswith("ERROR"))
        raise _fail(path, f"HiGHS could not read it ({errs or 'no message'})")
    if status != highspy.HighsStatus.kOk or any("ignored" in m.lower() for m in msgs):
        warns = "; ".join(m.split(":", 1)[-1].strip() for m in msgs)  # HiGHS dropped parts
        raise _fail(path, f"HiGHS could not read it cleanly ({warns or status}); spruce "
                          "refuses rather than solve a changed model")
    pb = recover(path, h, ridge_share, name or _stem(path), deadline)
    pb.meta.update(format=suffix.lstrip("."), highs_messages=msgs)
    return pb


def _stem(path: Path) -> str:
    return path.name[: len(path.name) - len(_suffix(path))] or path.name


def _from_sibling(path: Path, suffix: str, text: str, msgs: list[str],
                  deadline: Deadline | None = None) -> GroupPruningProblem:
    """A file HiGHS cannot read (quadratic rows): its sibling NAME.npz, if the file matches."""
    from .catalog import load_instance
    from .pyomo_models import export

    why = "; ".join(m.split(":", 1)[-1].strip() for m in msgs if m.startswith("ERROR"))
    base, _, form = _stem(path).rpartition(".")
    npz = path.with_name(f"{base}.npz")
    if not base or form not in FORMS or not npz.is_file():
        raise _fail(path, f"HiGHS cannot read it ({why}) and there is no sibling "
                          f"{npz.name if base else 'NAME.npz (file name NAME.<form>.<ext>)'} "
                          f"to check it against; {CAN_READ}")
    try:
        pb = load_instance(npz)
    except Exception as exc:  # a damaged sibling is the user's problem, reported in one line
        raise _fail(path, f"its sibling {npz} cannot be loaded ({type(exc).__name__}: {exc})") \
            from None
    check(deadline, f"while reading {path} (its sibling {npz.name}): nothing was solved")
    ext = ".mps" if ".mps" in suffix else ".lp"
    with tempfile.TemporaryDirectory() as tmp:
        ref = export(pb, form, Path(tmp) / f"ref{ext}").read_text()
    check(deadline, f"while reading {path} (exporting its sibling): nothing was solved")
    mine, theirs = text.strip().splitlines(), ref.strip().splitlines()
    if len(mine) != len(theirs):
        raise _fail(path, f"does not match its sibling {npz.name} ({len(mine)} lines, the "
                          f"{form} model of {npz.name} has {len(theirs)})")
    for no, (a, b) in enumerate(zip(mine, theirs, strict=True), 1):
        ta, tb = a.split(), b.split()
        same = len(ta) == len(tb) and all(
            x == y or (_NUM.match(x) and _NUM.match(y) and _close(float(x), float(y)))
            for x, y in zip(ta, tb, strict=True))
        if not same:
            raise _fail(path, f"does not match its sibling {npz.name} at line {no}: "
                              f"{a.strip()[:60]!r} vs {b.strip()[:60]!r}")
    pb.meta.update(source_file=str(path), route="sibling-npz", sibling=str(npz), form=form,
                   format=suffix.lstrip("."), objective_offset=0.0, highs_messages=msgs)
    return pb
