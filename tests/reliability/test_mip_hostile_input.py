"""Hostile input to `spruce mip`, round two (issue #17): every refusal is one line (exit 2, no
traceback) naming the option or the file, and comes before any work: no instance is loaded
or built, nothing is solved, no output file or folder is created. Output files are written
atomically; a write that fails anyway (a full disk) keeps the result on stdout."""

from __future__ import annotations

import importlib
import io
import json
import os
import stat
import time
import tracemalloc
import zipfile
from pathlib import Path

import numpy as np
import pytest
from numpy.lib import format as npformat

from spruce.cli import main
from spruce.mip.catalog import DEFAULT_DIR, load_instance, read_catalog, save_instance
from spruce.mip.problem import synthetic

SMALL = "synthetic:n=30,groups=5,group_size=2,seed=2"


def _one_line(capsys, rc: int, *needles: str):
    """rc 2, exactly one stderr line holding every needle, no traceback; returns the capture."""
    cap = capsys.readouterr()
    assert rc == 2, cap.err
    lines = cap.err.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in cap.err, cap.err
    for n in needles:
        assert n in lines[0], (n, lines[0])
    return cap


def _boom(*args, **kwargs):
    raise AssertionError("work started before the input was checked")


@pytest.fixture
def no_solve(monkeypatch):
    """Any solve, sweep or catalog build fails the test."""
    from spruce.mip import compare

    monkeypatch.setattr(importlib.import_module("spruce.mip.solve"), "solve", _boom)
    monkeypatch.setattr(compare, "sweep", _boom)
    monkeypatch.setattr(importlib.import_module("spruce.mip.catalog"), "save_instance", _boom)


@pytest.fixture
def no_work(no_solve, monkeypatch):
    """Loading or building an instance fails the test too."""
    from spruce.mip import cli

    monkeypatch.setattr(cli, "load", _boom)


def _unwritable_folder(tmp_path: Path) -> Path:
    """A folder in which no file can be created (a read-only folder; for root, /sys)."""
    ro = tmp_path / "ro"
    ro.mkdir()
    ro.chmod(stat.S_IRUSR | stat.S_IXUSR)
    for folder in (ro, Path("/sys")):
        try:
            fd = os.open(folder / ".probe", os.O_WRONLY | os.O_CREAT | os.O_EXCL)
        except OSError:
            return folder
        os.close(fd)
        os.unlink(folder / ".probe")
    pytest.skip("no unwritable folder on this machine")


# ----------------------------------------------------------------------------- output paths
@pytest.mark.parametrize("action", ["solve", "compare"])
def test_json_into_a_missing_folder_is_refused_before_loading(action, tmp_path, capsys, no_work):
    out = tmp_path / "missing" / "r.json"
    _one_line(capsys, main(["mip", action, SMALL, "--json", str(out)]), "--json", str(out),
              "does not exist")
    assert not (tmp_path / "missing").exists()  # refused, not created


@pytest.mark.parametrize("action", ["solve", "compare"])
def test_json_naming_a_folder_is_refused(action, tmp_path, capsys, no_work):
    _one_line(capsys, main(["mip", action, SMALL, "--json", str(tmp_path)]),
              "--json", str(tmp_path), "is a folder, not a file")


def test_json_into_an_unwritable_folder_is_refused(tmp_path, capsys, no_work):
    out = _unwritable_folder(tmp_path) / "r.json"
    _one_line(capsys, main(["mip", "solve", SMALL, "--json", str(out)]), "--json", str(out),
              "cannot write")
    assert not out.exists()


@pytest.mark.parametrize("plot,needle", [
    ("x.xyz", "unknown image format '.xyz'"), ("x", "has no extension"),
    ("missing/x.png", "does not exist"), ("DIR", "is a folder, not a file")])
def test_plot_is_checked_before_the_sweep(plot, needle, tmp_path, capsys, no_work):
    plot = str(tmp_path) if plot == "DIR" else str(tmp_path / plot)
    cap = _one_line(capsys, main(["mip", "compare", SMALL, "--lambdas", "0.1", "--plot", plot]),
                    "--plot", needle)
    if "extension" in needle or "format" in needle:
        assert ".png" in cap.err and ".svg" in cap.err  # the formats matplotlib writes
    assert not (tmp_path / "missing").exists()


@pytest.mark.parametrize("value", ["nan", "inf", "-1"])
def test_compare_lambdas_checked_before_loading(value, capsys, no_work):
    _one_line(capsys, main(["mip", "compare", SMALL, "--lambdas", "0.1", value, "--plot", ""]),
              "--lambdas", value)


def test_full_disk_keeps_the_result_on_stdout(capsys):
    """/dev/full accepts the open and fails the write: one line, exit 2, and the result JSON
    on stdout, not lost; the device is written in place, never replaced by a file."""
    if not Path("/dev/full").exists():
        pytest.skip("no /dev/full")
    rc = main(["mip", "solve", "syn_g8_s0", "--json", "/dev/full"])
    cap = capsys.readouterr()
    assert rc == 2
    err = cap.err.strip().splitlines()
    assert err[-1].startswith("spruce mip: error: --json: could not write '/dev/full'")
    assert "result is printed on stdout" in err[-1] and "Traceback" not in cap.err
    assert json.loads(cap.out)["status"] == "optimal"
    assert stat.S_ISCHR(os.stat("/dev/full").st_mode)


def test_compare_full_disk_keeps_the_rows_on_stdout(tmp_path, capsys):
    if not Path("/dev/full").exists():
        pytest.skip("no /dev/full")
    png = tmp_path / "p.png"
    rc = main(["mip", "compare", SMALL, "--lambdas", "0.1", "--json", "/dev/full",
               "--plot", str(png)])
    cap = capsys.readouterr()
    assert rc == 2 and "Traceback" not in cap.err
    assert cap.err.strip().splitlines()[-1].endswith("the rows are printed on stdout instead")
    rows = json.loads(cap.out[cap.out.index("\n[") + 1:])
    assert rows[0]["lam"] == 0.1 and png.read_bytes()[:4] == b"\x89PNG"  # the plot written


def test_failed_write_leaves_the_old_file_and_no_temporary(tmp_path, capsys, monkeypatch):
    """A write that fails after the solve (here os.replace, as on a full disk): the old file
    is whole, no temporary file is left, the new result is on stdout, one line."""
    from spruce.mip import paths

    out = tmp_path / "r.json"
    out.write_text("old")

    def full(*args):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(paths.os, "replace", full)
    rc = main(["mip", "solve", "syn_g8_s0", "--json", str(out)])
    cap = capsys.readouterr()
    assert rc == 2 and "No space left on device" in cap.err.strip().splitlines()[-1]
    assert json.loads(cap.out)["status"] == "optimal"
    assert out.read_text() == "old" and [p.name for p in tmp_path.iterdir()] == ["r.json"]


def test_plot_in_another_format_is_written_atomically(tmp_path, capsys):
    svg, rows = tmp_path / "b.svg", tmp_path / "rows.json"
    assert main(["mip", "compare", SMALL, "--lambdas", "0.1", "--plot", str(svg),
                 "--json", str(rows)]) == 0
    assert svg.read_text().lstrip().startswith("<?xml") and json.loads(rows.read_text())
    assert sorted(p.name for p in tmp_path.iterdir()) == ["b.svg", "rows.json"]


BAD_CATALOGS = {  # content -> what the message says
    "": "not valid JSON", "{": "not valid JSON", "[]": "must hold a JSON object, holds a list",
    '{"generated": 1}': 'has no "instances"',
    '{"instances": 3}': '"instances" must be a list, is a number',
    '{"instances": [{"optimum": 1}]}': '"instances"[0] must be an object with a string "name"',
    '{"instances": ["syn_g8_s0"]}': '"instances"[0] must be an object',
    "[" * 100_000 + "]" * 100_000: "not valid JSON",
}


@pytest.mark.parametrize("content", list(BAD_CATALOGS), ids=range(len(BAD_CATALOGS)))
def test_malformed_catalog_json_is_refused_and_kept(content, tmp_path, capsys, no_solve):
    (tmp_path / "catalog.json").write_text(content)
    _one_line(capsys, main(["mip", "catalog", "--out", str(tmp_path), "--only", "syn_g8_s0"]),
              str(tmp_path / "catalog.json"), BAD_CATALOGS[content])
    assert (tmp_path / "catalog.json").read_text() == content  # never overwritten
    assert [p.name for p in tmp_path.iterdir()] == ["catalog.json"]  # no instance written


def test_malformed_catalog_json_in_the_library(tmp_path):
    from spruce.mip.catalog import build_catalog

    (tmp_path / "catalog.json").write_text('{"instances": {}}')
    for call in (lambda: read_catalog(tmp_path),
                 lambda: build_catalog(tmp_path, ["syn_g8_s0"], progress=False)):
        with pytest.raises(ValueError, match='catalog.json.*"instances" must be a list'):
            call()
    assert [p.name for p in tmp_path.iterdir()] == ["catalog.json"]


@pytest.mark.parametrize("out,needle", [
    ("missing/deeper", "does not exist"), ("FILE", "exists and is not a folder"),
    ("RO", "cannot write")])
def test_catalog_out_is_checked_before_work(out, needle, tmp_path, capsys, no_solve):
    (tmp_path / "file").write_text("x")
    out = {"FILE": tmp_path / "file", "RO": None}.get(out, tmp_path / out)
    if out is None:
        out = _unwritable_folder(tmp_path) / "new"
    _one_line(capsys, main(["mip", "catalog", "--out", str(out), "--only", "syn_g8_s0"]),
              "--out", str(out), needle)
    assert not (tmp_path / "missing").exists()


def test_catalog_creates_its_folder_and_writes_strict_json(tmp_path, capsys):
    out = tmp_path / "new"
    assert main(["mip", "catalog", "--out", str(out), "--only", "syn_g8_s0",
                 "--time-limit", "60"]) == 0
    text = (out / "catalog.json").read_text()
    json.loads(text, parse_constant=_no_constants)  # strict JSON: no NaN, no Infinity
    assert read_catalog(out)[0]["name"] == "syn_g8_s0"
    lines = capsys.readouterr().out.splitlines()  # spruce.outputs.format_table
    assert lines[0].split() == ["name", "status", "optimum", "gap", "time_s", "nodes"]
    assert lines[1].split()[:2] == ["syn_g8_s0", "optimal"]


# --------------------------------------------------------------------------- instance files
def _arrays(pb, **change) -> dict:
    a = dict(X=pb.X, Y=pb.Y, groups=np.concatenate(pb.groups),
             group_sizes=np.array([g.size for g in pb.groups]), lam=pb.lam, alpha=pb.alpha,
             M=pb.M, k=-1, loss="squared", name="crafted")
    a.update(change)
    return {k: v for k, v in a.items() if v is not None}


def _zip(path: Path, arrays: dict, raw: dict | None = None) -> Path:
    """An .npz from arrays, with some members replaced by raw bytes."""
    with zipfile.ZipFile(path, "w") as zf:
        for key, value in arrays.items():
            buf = io.BytesIO()
            npformat.write_array(buf, np.asarray(value), allow_pickle=True)
            zf.writestr(f"{key}.npy", (raw or {}).get(key, buf.getvalue()))
    return path


def _header_only(shape, descr="<f8") -> bytes:
    buf = io.BytesIO()
    npformat.write_array_header_1_0(buf, {"descr": descr, "fortran_order": False,
                                          "shape": shape})
    return buf.getvalue() + b"\0" * 64


def _crafted(case: str, tmp_path: Path) -> Path:
    pb = synthetic(n=20, groups=4, group_size=2, seed=0)
    f = tmp_path / "inst.npz"
    g = np.concatenate(pb.groups)
    good = save_instance(pb, tmp_path / "good.npz")
    if case == "text":
        f.write_text("n,p\n1,2\n")
    elif case == "empty":
        f.write_bytes(b"")
    elif case == "truncated":
        data = good.read_bytes()
        f.write_bytes(data[: len(data) // 2])
    elif case == "npy":
        with open(f, "wb") as fh:
            np.save(fh, pb.X)
    elif case == "folder":
        f.mkdir()
    else:
        change, raw = {
            "missing_key": ({"lam": None}, None),
            "extra_key": ({"extra": np.zeros(3)}, None),
            "lam_array": ({"lam": np.array([0.1, 0.2])}, None),
            "alpha_text": ({"alpha": "half"}, None),
            "k_fractional": ({"k": 2.5}, None),
            "k_array": ({"k": np.array([1, 2])}, None),
            "k_negative": ({"k": -7}, None),
            "groups_fractional": ({"groups": g + 0.5}, None),
            "groups_float": ({"groups": g.astype(float)}, None),
            "sizes_mismatch": ({"group_sizes": np.array([2, 2, 2, 3])}, None),
            "complex_X": ({"X": pb.X + 1e-3j}, None),
            "X_1e306": ({"X": pb.X / np.abs(pb.X).max() * 1e306}, None),
            "Y_nan": ({"Y": np.where(np.arange(20)[:, None] == 3, np.nan, pb.Y)}, None),
            "object_name": ({"name": np.array(["x"], dtype=object)}, None),
            "long_name": ({"name": "n" * 1000}, None),
            "X_3d": ({"X": pb.X[:, :, None]}, None),
            "7TiB": ({}, {"X": _header_only((1 << 20, 1 << 20))}),
            "huge_text": ({}, {"name": _header_only((), "<U100000000")}),
            "member_truncated": ({}, {"X": _header_only((20, 8))}),
            "bad_header": ({}, {"M": b"\x93NUMPY\x01\x00garbage"}),
        }[case]
        _zip(f, _arrays(pb, **change), raw)
    return f


NPZ_CASES = {  # case -> what the one line says
    "text": "is not an .npz (zip) file", "empty": "is empty, not an .npz (zip) file",
    "truncated": "is a damaged or truncated .npz (zip) file",
    "npy": "is not an .npz (zip) file", "folder": "is a folder",
    "missing_key": "missing arrays lam", "extra_key": "unexpected members 'extra.npy'",
    "lam_array": "lam must be a single value (shape ()), got shape (2,)",
    "alpha_text": "alpha must hold real numbers", "k_fractional": "k must hold integers",
    "k_array": "k must be a single value", "k_negative": "k must be >= 0 (a budget) or -1",
    "groups_fractional": "groups must hold integers, got dtype float64 (floating-point",
    "groups_float": "groups must hold integers",
    "sizes_mismatch": "group_sizes sum to 9 but groups holds 8 indices",
    "complex_X": "X must hold real numbers (float or integer), got complex numbers",
    "X_1e306": "X has entries of magnitude up to 1e+306; spruce.mip allows at most 1e+100",
    "Y_nan": "Y must be finite", "object_name": "name must hold a string, got dtype object",
    "long_name": "name must be a string of at most 256 characters",
    "X_3d": "X must be 2-D, got shape (20, 8, 1)",
    "7TiB": "X declares shape (1048576, 1048576) of float64 (1,099,511,627,776 entries",
    "huge_text": "name must be a string of at most 256 characters, got dtype <U100000000",
    "member_truncated": "array 'X' is truncated: its header declares shape (20, 8)",
    "bad_header": "array 'M' has no valid .npy header",
}


@pytest.mark.parametrize("case", list(NPZ_CASES))
def test_instance_file_refused_in_one_line(case, tmp_path, capsys, no_solve):
    f = _crafted(case, tmp_path)
    tracemalloc.start()
    try:
        cap = _one_line(capsys, main(["mip", "solve", str(f)]), str(f), NPZ_CASES[case])
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert "allow_pickle" not in cap.err  # never recommends an unsafe load
    assert peak < 64 * 2**20  # a declared 7 TiB (or 400 MB string) is never allocated


def test_instance_file_refusals_in_the_library(tmp_path):
    f = _crafted("7TiB", tmp_path)
    t = time.perf_counter()
    with pytest.raises(ValueError, match=r"inst\.npz.*declares shape \(1048576, 1048576\)"):
        load_instance(f)
    assert time.perf_counter() - t < 5
    with pytest.raises(FileNotFoundError):
        load_instance(tmp_path / "nope.npz")


def test_a_valid_file_of_integers_loads(tmp_path):
    """Integer X and Y are real numbers: accepted (converted to float64), like the files
    save_instance writes; the round trip stays exact."""
    pb = synthetic(n=20, groups=4, group_size=2, k=2, seed=0)
    f = _zip(tmp_path / "int.npz", _arrays(pb, X=np.round(pb.X * 10).astype(np.int32),
                                            k=np.int64(2)))
    back = load_instance(f)
    assert back.X.dtype == np.float64 and back.k == 2 and back.name == "crafted"


# ----------------------------------------------------------------------------- instance specs
SPEC_CASES = [  # spec, needles
    ("synthetic:n=1e11", ["n must be a whole number in [1, 50000000]", "'1e11'"]),
    ("synthetic:n=100000000000", ["n must be a whole number in [1, 50000000]"]),
    ("synthetic:n=2.5", ["n must be a whole number in [1, 50000000]", "'2.5'"]),
    ("synthetic:n=", ["n must be a whole number"]),
    ("synthetic:groups=1000000000", ["groups must be a whole number in [1, 2000]"]),
    ("synthetic:groups=1000,group_size=1000", ["groups·group_size must be at most 2000"]),
    ("synthetic:n=50000,groups=1000,group_size=2", ["instance too large: X (n·p)"]),
    ("synthetic:q=100000,groups=100", ["instance too large"]),
    ("synthetic:seed=-1", ["seed must be a whole number in [0, 4294967295]"]),
    ("synthetic:k=1.5", ["k must be a whole number"]),
    ("synthetic:lam=nan", ["lam must be a finite number in [0, 1e+100]"]),
    ("synthetic:alpha=1", ["alpha must be a finite number in (0, 1)"]),
    ("synthetic:M=inf", ["M must be a finite number in (0, 1e+100]"]),
    ("synthetic:corr=2", ["corr must be a finite number in (-1, 1)"]),
    ("synthetic:active=x", ["active must be a finite number in [0, 1]", "'x'"]),
    ("synthetic:foo=1", ["unknown key 'foo'", "keys of synthetic: n, groups"]),
    ("synthetic:n=3,n=4", ["key 'n' given twice"]),
    ("synthetic:n", ["item 'n' must be key=value"]),
    ("digits:patch=0x0", ["patch must be AxB", "dividing 8 (1, 2, 4, 8)", "'0x0'"]),
    ("digits:patch=abc", ["patch must be AxB", "'abc'"]),
    ("digits:patch=3x3", ["patch must be AxB", "'3x3'"]),
    ("digits:n=5000", ["n must be a whole number in [1, 1797]"]),
    ("digits:classes=1", ["classes must be a whole number in [2, 10]"]),
    ("cnn:channels=0", ["channels must be a whole number in [1, 32]", "got 0"]),
    ("cnn:channels=-1", ["channels must be a whole number in [1, 32]", "got -1"]),
    ("cnn:channels=2.5", ["channels must be a whole number in [1, 32]"]),
    ("mlp:hidden=0x0", ["hidden must be AxB", "in [1, 1024]", "'0x0'"]),
    ("mlp:hidden=16", ["hidden must be AxB", "'16'"]),
    ("mlp:hidden=1024x1024", ["instance too large: W (p·q)"]),
    ("mlp:epochs=-1", ["epochs must be a whole number in [0, 1000]"]),
]


@pytest.mark.parametrize("spec,needles", SPEC_CASES, ids=[s for s, _ in SPEC_CASES])
def test_instance_spec_refused_before_building(spec, needles, capsys, no_solve, monkeypatch):
    from spruce.mip import builders

    for slow in ("trained_mlp", "trained_cnn", "load_digits_data"):  # nothing is built
        monkeypatch.setattr(builders, slow, _boom)
    _one_line(capsys, main(["mip", "solve", spec]), f"instance spec {spec!r}", *needles)


def test_builders_refuse_in_the_library():
    from spruce.mip.builders import cnn_layer_problem, digits_regression

    with pytest.raises(ValueError, match=r"n must be a whole number in \[1, 50000000\]"):
        synthetic(n=2.5)
    with pytest.raises(ValueError, match=r"groups must be a whole number in \[1, 2000\]"):
        synthetic(groups=10**9)
    with pytest.raises(ValueError, match="patch must be AxB"):
        digits_regression(patch=(0, 0))
    with pytest.raises(ValueError, match=r"channels must be a whole number in \[1, 32\]"):
        cnn_layer_problem(channels=0)


def test_problem_refuses_complex_fractional_and_huge():
    from spruce.mip.problem import GroupPruningProblem

    X, Y = np.ones((4, 2)), np.ones(4)
    for kw, match in (({"X": X + 1j}, "X must be real"),
                      ({"groups": [[0.5, 1.0]]}, "group 0 must hold integer"),
                      ({"X": X * 1e200}, "X has entries of magnitude up to 1e\\+200"),
                      ({"Y": Y * 1e101}, "Y has entries of magnitude"),
                      ({"M": 1e101}, "M must be at most 1e\\+100"),
                      ({"X": np.ones((1, 2000)), "Y": np.ones((1, 2000))},
                       "instance too large")):
        args = {"X": X, "Y": Y, "groups": [[0, 1]]} | kw
        with pytest.raises(ValueError, match=match):
            GroupPruningProblem(**args)
    assert GroupPruningProblem(X, Y, [[0.0, 1.0]]).groups[0].dtype == np.int64  # integral


# ------------------------------------------------------------------------------------- --gap
@pytest.mark.parametrize("gap", ["inf", "1", "5", "-0.1", "nan"])
def test_gap_must_lie_in_0_1(gap, capsys, no_work):
    _one_line(capsys, main(["mip", "solve", SMALL, "--gap", gap]), "--gap",
              "gap_tol must be a finite number in [0, 1)", gap)


def test_library_gap_agrees_with_the_cli():
    from spruce.mip import solve
    from spruce.mip.solve import SolveInputError

    pb = synthetic(n=20, groups=3, group_size=2, seed=0)
    for gap in (float("inf"), 1.0, 2, -1e-9, float("nan")):
        with pytest.raises(SolveInputError, match=r"gap_tol must be a finite number in \[0, 1\)"):
            solve(pb, gap_tol=gap)
    assert solve(pb, gap_tol=0.5).status == "optimal"


# ------------------------------------------------------------------------ names on the terminal
EVIL = "\x1b[31mred\x1b[0m\u202e\x9b"


def test_terminal_safe():
    from spruce.mip.paths import terminal_safe

    assert terminal_safe(EVIL) == "\\x1b[31mred\\x1b[0m\\u202e\\x9b"
    assert terminal_safe("syn g8 λ=0.1") == "syn g8 λ=0.1"


def test_names_from_files_are_printed_escaped(tmp_path, capsys):
    f = save_instance(synthetic(n=20, groups=3, group_size=2, seed=0).with_params(name=EVIL),
                      tmp_path / "evil.npz")
    assert load_instance(f).name == EVIL  # the library keeps the data as it is
    assert main(["mip", "solve", str(f)]) == 0
    cap = capsys.readouterr()
    assert "solving \\x1b[31mred" in cap.err
    assert json.loads(cap.out)["instance"]["name"] == "\\x1b[31mred\\x1b[0m\\u202e\\x9b"
    assert main(["mip", "compare", str(f), "--lambdas", "0.1", "--plot", ""]) == 0
    cap2 = capsys.readouterr()
    assert "instance \\x1b[31mred" in cap2.out
    for text in (cap.out, cap.err, cap2.out, cap2.err):
        assert not any(ch in text for ch in "\x1b\u202e\x9b")


def test_model_file_names_are_printed_escaped(tmp_path, capsys):
    import shutil

    f = tmp_path / "\x1b[2Jevil.bigm.mps"
    shutil.copy(DEFAULT_DIR / "syn_g8_s0.bigm.mps", f)
    assert main(["mip", "solve", str(f), "--json", str(tmp_path / "r.json")]) == 0
    cap = capsys.readouterr()
    assert "solving \\x1b[2Jevil" in cap.err and "\x1b" not in cap.err + cap.out


# --------------------------------------------------------------------- one JSON helper (#16)
def _no_constants(name):
    raise AssertionError(f"non-strict JSON constant {name}")


def test_outputs_are_strict_json(tmp_path, capsys, monkeypatch):
    """The rows of an interrupted MIP hold NaN (gap_closed): null in the file."""
    from spruce.mip import compare

    real = compare.solve

    def solve(*args, **kwargs):
        res = real(*args, **kwargs)
        res.status = "interrupted"
        return res

    monkeypatch.setattr(compare, "solve", solve)
    out = tmp_path / "rows.json"
    assert main(["mip", "compare", SMALL, "--lambdas", "0.1", "--json", str(out),
                 "--plot", ""]) == 130
    rows = json.loads(out.read_text(), parse_constant=_no_constants)
    assert rows[0]["gap_closed"] is None and rows[0]["mip_opt"] is None


def test_mip_sources_use_the_one_json_helper():
    import spruce.mip.catalog
    import spruce.mip.cli

    for mod in (spruce.mip.cli, spruce.mip.catalog):
        assert "json.dumps" not in Path(mod.__file__).read_text(), mod.__name__


def test_compare_table_is_spruce_outputs_table():
    from spruce import outputs
    from spruce.mip.compare import TABLE_COLUMNS, format_table, table_rows

    row = {"lam": 0.1, "mip_value": 1.5, "mip_opt": 1.5, "mip_status": "optimal",
           "mip_bound": 1.5, "persp_bound": 1.4, "bigm_bound": float("nan"),
           "gap_closed": float("nan"), "kept_mip": 3}
    for c in ("spr_threshold", "bigm_threshold", "magnitude"):
        row |= {f"{c}_subopt": 0.01, f"{c}_jaccard": 1.0}
    text = format_table([row])
    assert text.startswith(outputs.format_table(table_rows([row]), list(TABLE_COLUMNS),
                                                rule=True))
    line = text.splitlines()[2]
    assert line.split()[:6] == ["0.1", "1.5", "1.4", outputs.MISSING, "n/a", "3"]
    assert "1.00% J=1.00" in line
