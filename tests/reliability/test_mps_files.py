"""Issue 7: malformed .mps/.lp files give one error line naming the file, never a crash deep
inside (spruce.mip.mpsfile.read_model_file and `spruce mip solve FILE`: exit 2, no traceback).
"""

from __future__ import annotations

import gzip
import shutil
from pathlib import Path

import pytest

from spruce.cli import main
from spruce.mip.catalog import DEFAULT_DIR
from spruce.mip.mpsfile import read_model_file

GOOD = DEFAULT_DIR / "syn_g8_s0.bigm.mps"
M_TEXT = "3.554343121402181"


def _make(damage: str, tmp: Path) -> tuple[Path, str]:
    """(path, a phrase the error must contain) for one kind of damage."""
    text = GOOD.read_text()
    lines = text.splitlines(keepends=True)
    path = tmp / "model.mps"
    if damage == "truncated-at-line":
        path.write_text("".join(lines[: len(lines) // 2]))
        return path, "looks truncated"
    if damage == "truncated-mid-line":
        path.write_text(text[: len(text) // 2 + 7])
        return path, "looks truncated"
    if damage == "empty":
        path.write_bytes(b"")
        return path, "is empty"
    if damage == "blank":
        path.write_text("\n   \n")
        return path, "is empty"
    if damage == "binary-garbage":
        path.write_bytes(bytes(range(256)) * 8)
        return path, "binary data"
    if damage == "not-utf8":
        path.write_bytes(b"NAME x\n\xff\xfe ROWS\nENDATA\n")
        return path, "not a text file"
    if damage == "parser-error":
        path.write_text("NAME broken\nROWS\n N obj\n Q r1\nCOLUMNS\n x obj 1\nENDATA\n")
        return path, "HiGHS could not read it (Entry \"Q r1\" in ROWS section"
    if damage == "undefined-row":  # HiGHS reads it with a warning, dropping the entry
        path.write_text(text.replace(" c_u_upper(7_23)_ -", " c_u_nowhere -", 1))
        return path, "HiGHS could not read it cleanly (Row name \"c_u_nowhere\""
    if damage == "directory":
        path = tmp / "dir.mps"
        path.mkdir()
        return path, "is a directory"
    if damage == "missing":
        return tmp / "nowhere.mps", "no such file"
    if damage == "wrong-extension":
        path = tmp / "model.txt"
        path.write_text(text)
        return path, "unknown extension"
    if damage == "huge-number":
        path.write_text(text.replace(M_TEXT, "1e400", 3))
        return path, "1e400' (NaN or beyond float range)"
    if damage == "huge-coefficient":
        path.write_text(text.replace(f"y(7) c_u_upper(7_21)_ -{M_TEXT}",
                                     "y(7) c_u_upper(7_21)_ -1e25"))
        # HiGHS's own wording of the reason changes between versions: match spruce's part
        return path, "HiGHS could not read it ("
    if damage == "huge-cost":
        path.write_text(text.replace("obj 0.050000000000000003", "obj 1e25", 1))
        return path, "an objective coefficient is inf: not finite or too large"
    if damage == "nan":
        path.write_text(text.replace("obj 0.050000000000000003", "obj NaN", 1))
        return path, "'NaN'"
    if damage == "bad-gzip":
        path = tmp / "model.mps.gz"
        path.write_bytes(b"\x1f\x8b" + bytes(range(200)))
        return path, "not a readable gzip file"
    if damage == "truncated-gzip":
        path = tmp / "model.mps.gz"
        data = gzip.compress(text.encode())
        path.write_bytes(data[: len(data) // 2])
        return path, "not a readable gzip file"
    if damage == "perspective-orphan":
        path = tmp / "lonely.perspective.mps"
        shutil.copy(DEFAULT_DIR / "syn_g8_s0.perspective.mps", path)
        return path, "there is no sibling lonely.npz"
    if damage == "damaged-sibling":
        path = tmp / "syn_g8_s0.perspective.mps"
        shutil.copy(DEFAULT_DIR / "syn_g8_s0.perspective.mps", path)
        (tmp / "syn_g8_s0.npz").write_bytes(b"PK\x03\x04 not really a zip")
        return path, "its sibling"
    raise AssertionError(damage)


DAMAGES = ["truncated-at-line", "truncated-mid-line", "empty", "blank", "binary-garbage",
           "not-utf8", "parser-error", "undefined-row", "directory", "missing", "wrong-extension",
           "huge-number", "huge-coefficient", "huge-cost", "nan", "bad-gzip", "truncated-gzip",
           "perspective-orphan", "damaged-sibling"]


@pytest.mark.parametrize("damage", DAMAGES)
def test_reader_raises_one_clear_error_naming_the_file(damage, tmp_path):
    path, phrase = _make(damage, tmp_path)
    with pytest.raises((ValueError, OSError)) as info:
        read_model_file(path)
    msg = str(info.value)
    assert str(path) in msg and phrase in msg and "\n" not in msg, msg


@pytest.mark.parametrize("damage", DAMAGES)
def test_cli_prints_one_line_and_exits_2(damage, tmp_path, capsys):
    path, phrase = _make(damage, tmp_path)
    rc = main(["mip", "solve", str(path)])
    err = capsys.readouterr().err
    assert rc == 2, err
    assert "Traceback" not in err and len(err.strip().splitlines()) == 1, err
    assert str(path) in err and phrase in err, err


def test_the_undamaged_file_reads(tmp_path):
    """The damages above start from a file that reads fine (so each refusal is meaningful)."""
    pb = read_model_file(GOOD)
    assert pb.num_groups == 8 and pb.dim == 24
