"""Output files of `spruce mip`: checked before any work, written atomically; names made safe
for the terminal.

- check_output_file(path, option, formats=None): refuses, before anything is loaded or
  solved, an output file whose folder does not exist (spruce mip never creates folders for
  its output files), a folder given as a file, an unknown image format, and a target it
  cannot write (probed by creating and removing a temporary sibling, the file the result is
  written to first). A full disk (/dev/full) shows only when the bytes are written.
- check_output_dir(path, option): the same for a folder that the command creates itself
  (`spruce mip catalog --out`): it may be missing, its parent may not.
- write_output(path, write, option): write(temporary sibling), then os.replace onto the
  path (readers see the old file or the new one, never half of one); an existing device or
  pipe (/dev/null, /dev/stdout) is written in place, never replaced. Every failure is an
  OutputError (an OSError) with one line naming the option and the file.
- terminal_safe(text): control characters (ANSI escapes, bidirectional overrides, ...)
  written as Python escapes (``\\x1b``), so that a name read from a file cannot drive the
  terminal.
"""

from __future__ import annotations

import os
import secrets
from collections.abc import Callable
from pathlib import Path

# matplotlib's formats that need nothing but matplotlib (pgf needs a LaTeX installation)
_NOT_PLOT_FORMATS = ("pgf",)


class OutputError(OSError):
    """An output file that cannot be written; its message is one line naming it."""


def terminal_safe(text: object) -> str:
    """`text` with every non-printable character (categories Cc, Cf, Zl, Zp, ... other than
    the space) replaced by its Python escape: "\\x1b[31m" prints as the 8 characters
    ``\\x1b[31m``, not as a colour change."""
    return "".join(ch if ch == " " or ch.isprintable()
                   else ch.encode("unicode_escape").decode("ascii") for ch in str(text))


def show(path: object) -> str:
    """A path as it appears in messages: quoted, with control characters escaped."""
    return repr(terminal_safe(path))


def plot_formats() -> list[str]:
    """The image formats `spruce mip compare --plot` writes (matplotlib's, less pgf)."""
    from matplotlib.backend_bases import FigureCanvasBase

    return sorted(f for f in FigureCanvasBase.get_supported_filetypes()
                  if f not in _NOT_PLOT_FORMATS)


def tmp_sibling(path: Path) -> Path:
    """The temporary name `path` is written to first: same folder, same suffix (writers such
    as matplotlib and numpy pick the format from it)."""
    return path.with_name(f".tmp-{os.getpid()}-{path.name}")


def _target(path: Path) -> Path:
    """Where the bytes go: a symbolic link is followed (the link stays, its file changes)."""
    return Path(os.path.realpath(path)) if path.is_symlink() else path


def _probe_folder(folder: Path, name: str, option: str, shown: str) -> None:
    """Create and remove a temporary file `name` in `folder`: OutputError if that fails."""
    for probe in (folder / name, folder / f".tmp-{os.getpid()}-{secrets.token_hex(6)}"):
        try:
            fd = os.open(probe, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
        except FileExistsError:  # a stale file of that name: probe with another one
            continue
        except OSError as exc:
            raise OutputError(f"{option}: cannot write {shown} ({exc.strerror or exc})") \
                from None
        os.close(fd)
        os.unlink(probe)
        return


def check_output_file(path: str | Path, option: str,
                      formats: list[str] | None = None) -> Path:
    """`path` as an output file of `option`, checked before any work (see the module
    docstring); formats: the allowed extensions (without dot, lower case), or None for any."""
    p = Path(path)
    shown = show(path)
    if not str(path).strip():
        raise OutputError(f"{option}: needs a file name, got {shown}")
    if p.is_dir():
        raise OutputError(f"{option}: {shown} is a folder, not a file")
    if formats is not None:
        ext = p.suffix.lower().lstrip(".")
        if ext not in formats:
            raise OutputError(f"{option}: {shown} "
                              + (f"has an unknown image format '.{terminal_safe(ext)}'" if ext
                                 else "has no extension")
                              + f"; use one of {', '.join('.' + f for f in formats)}")
    target = _target(p)
    folder = target.parent
    if not folder.exists():
        raise OutputError(f"{option}: the folder {show(folder)} of {shown} does not exist "
                          "(spruce mip does not create folders for output files)")
    if not folder.is_dir():
        raise OutputError(f"{option}: {show(folder)} (the folder of {shown}) is not a folder")
    if target.exists() and not target.is_file():  # a device or a pipe: written in place
        try:
            os.close(os.open(target, os.O_WRONLY | os.O_NONBLOCK))
        except OSError as exc:
            raise OutputError(f"{option}: cannot write {shown} ({exc.strerror or exc})") \
                from None
        return p
    _probe_folder(folder, tmp_sibling(target).name, option, shown)
    return p


def check_output_dir(path: str | Path, option: str) -> Path:
    """`path` as an output folder that the command creates if missing (not its parents):
    refused before any work if it is a file, if its parent is missing or if it cannot be
    written to."""
    p = Path(path)
    shown = show(path)
    if not str(path).strip():
        raise OutputError(f"{option}: needs a folder name, got {shown}")
    if p.exists() and not p.is_dir():
        raise OutputError(f"{option}: {shown} exists and is not a folder")
    if p.is_dir():
        _probe_folder(p, f".tmp-{os.getpid()}-probe", option, shown)
        return p
    parent = p.parent
    if not parent.is_dir():
        raise OutputError(f"{option}: the folder {show(parent)} (where {shown} would be "
                          "created) does not exist; spruce mip creates the output folder but "
                          "not its parents")
    _probe_folder(parent, f".tmp-{os.getpid()}-probe", option, shown)
    return p


def write_output(path: str | Path, write: Callable[[Path], object], option: str) -> Path:
    """write(temporary sibling) then os.replace onto `path` (atomic); a device or pipe is
    written in place. Any failure: OutputError naming `option` and the file (the temporary
    file removed). Returns the path."""
    p = Path(path)
    target = _target(p)
    in_place = target.exists() and not target.is_file()
    tmp = target if in_place else tmp_sibling(target)
    try:
        write(tmp)
        if not in_place:
            os.replace(tmp, target)
    except BaseException as exc:  # Ctrl-C included: never leave the temporary file
        if not in_place:
            tmp.unlink(missing_ok=True)
        if isinstance(exc, (KeyboardInterrupt, SystemExit)):
            raise
        why = exc.strerror if isinstance(exc, OSError) and exc.strerror else \
            f"{type(exc).__name__}: {exc}"
        raise OutputError(f"{option}: could not write {show(path)} "
                          f"({terminal_safe(why).strip()})") from None
    return p


def write_text(path: str | Path, text: str, option: str) -> Path:
    """write_output for UTF-8 text."""

    def write(target: Path) -> None:
        with open(target, "w", encoding="utf-8") as fh:
            fh.write(text)

    return write_output(path, write, option)
