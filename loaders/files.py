"""Reading input files safely: one place that turns every way a file can be unusable into
an :class:`~orgraph.errors.InputError` naming the file."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path

from orgraph.errors import InputError

#: Larger inputs are refused up front: parsing them would take unbounded time and memory.
MAX_BYTES = 20 * 1024 * 1024


def read_bytes(path: Path, max_bytes: int = MAX_BYTES) -> bytes:
    """The file's bytes, or an InputError if it is missing, a folder, too big or empty."""
    if not path.exists():
        raise InputError(path, "no such file")
    if path.is_dir():
        raise InputError(path, "is a folder, not a file")
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise InputError(path, f"file is {size / 1e6:.1f} MB; the limit is {max_bytes / 1e6:.0f} MB")
        data = path.read_bytes()
    except OSError as err:
        raise InputError(path, f"cannot read file ({err.strerror or err})") from err
    if not data.strip():
        raise InputError(path, "file is empty")
    return data


def decode_text(path: Path, data: bytes) -> str:
    """UTF-8 text of ``data`` (a BOM is allowed); binary or other encodings are refused."""
    if b"\x00" in data[:8192]:
        raise InputError(path, "looks like a binary file (contains NUL bytes), not text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        raise InputError(path, f"is not valid UTF-8 text (byte {err.start}); re-save it as UTF-8") from err


def expand_paths(paths: Iterable[Path], suffixes: Iterable[str]) -> Iterator[Path]:
    """Files named directly, plus files with a known suffix found under named folders."""
    wanted = {s.lower() for s in suffixes}
    for path in paths:
        if path.is_dir():
            yield from sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in wanted)
        else:
            yield path
