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
    if not path.is_file():
        # A FIFO or device (say a link to /dev/zero) would block or never end.
        raise InputError(path, "is not a regular file (a pipe, socket or device)")
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise InputError(path, f"file is {size / 1e6:.1f} MB; the limit is {max_bytes / 1e6:.0f} MB")
        with path.open("rb") as handle:
            # Read at most one byte past the limit: a file growing under us stays bounded too.
            data = handle.read(max_bytes + 1)
    except OSError as err:
        raise InputError(path, f"cannot read file ({err.strerror or err})") from err
    if len(data) > max_bytes:
        raise InputError(path, f"file is over the {max_bytes / 1e6:.0f} MB limit")
    if not data.strip():
        raise InputError(path, "file is empty")
    return data


def decode_text(path: Path, data: bytes) -> str:
    """UTF-8 text of ``data`` (a BOM is allowed); binary or other encodings are refused."""
    if data[:2] in (b"\xff\xfe", b"\xfe\xff") or _looks_utf16(data[:512]):
        raise InputError(path, "is UTF-16 text, not UTF-8; re-save it as UTF-8")
    if b"\x00" in data[:8192]:
        raise InputError(path, "looks like a binary file (contains NUL bytes), not text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        raise InputError(path, f"is not valid UTF-8 text (byte {err.start}); re-save it as UTF-8") from err


def _looks_utf16(head: bytes) -> bool:
    """UTF-16 without a byte-order mark: ASCII text with a NUL beside every character."""
    if len(head) < 8:
        return False
    return head[1::2].count(0) > 0.9 * (len(head) // 2) or head[0::2].count(0) > 0.9 * (len(head) // 2)


def expand_paths(paths: Iterable[Path], suffixes: Iterable[str]) -> Iterator[Path]:
    """Files named directly, plus files with a known suffix found under named folders.

    Raises:
        InputError: a named folder holds no file with a known suffix (a mistyped folder
            would otherwise "load" nothing and succeed).
    """
    wanted = {s.lower() for s in suffixes}
    for path in paths:
        if path.is_dir():
            found = sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in wanted)
            if not found:
                raise InputError(path, f"folder holds no report ({', '.join(sorted(wanted))})")
            yield from found
        else:
            yield path
