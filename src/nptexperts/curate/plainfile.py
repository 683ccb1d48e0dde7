"""Reading a data folder's files as plain files only: no symbolic link, device, named pipe or
folder is followed or opened, and nothing larger than the cap is read.
"""

from __future__ import annotations

import os
import stat
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import Any

__all__ = ["MAX_FILE_SIZE", "read_plain_file"]


#: The largest file a data directory may hold (1 MiB); reading stops just past it.
MAX_FILE_SIZE = 1 << 20


class _NotPlain(Exception):
    """A data directory's entry that is not a plain file, or too large (the message says)."""


_OPEN_FLAGS = (
    os.O_RDONLY
    | getattr(os, "O_NOFOLLOW", 0)
    | getattr(os, "O_NONBLOCK", 0)
    | getattr(os, "O_CLOEXEC", 0)
    | getattr(os, "O_BINARY", 0)
)


def _kind_of(mode: int) -> str | None:
    """What a file of ``mode`` is, when it is not a regular file."""
    if stat.S_ISREG(mode):
        return None
    if stat.S_ISLNK(mode):
        return "a symbolic link"
    if stat.S_ISDIR(mode):
        return "a folder"
    if stat.S_ISFIFO(mode):
        return "a named pipe (FIFO)"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    if stat.S_ISSOCK(mode):
        return "a socket"
    return "not a regular file"


def _not_plain(kind: str) -> _NotPlain:
    return _NotPlain(f"{kind}: expected a regular file (the data is read only from plain files)")


def _read_capped(stream: Any, cap: int) -> bytes:
    chunks, size = [], 0
    while size <= cap:
        chunk = stream.read(min(1 << 16, cap + 1 - size))
        if not chunk:
            break
        chunks.append(chunk)
        size += len(chunk)
    if size > cap:
        raise _NotPlain(f"the file is larger than {cap:,} bytes: expected a smaller file")
    return b"".join(chunks)


def read_plain_file(entry: Traversable | Path, cap: int = MAX_FILE_SIZE) -> bytes:
    """The bytes of ``entry``, a regular file of at most ``cap`` bytes.

    A symbolic link, a FIFO, a device or a folder is refused (checked with
    ``lstat`` before opening, and opened with ``O_NOFOLLOW | O_NONBLOCK``, so that
    nothing is followed and nothing blocks); reading stops at ``cap + 1`` bytes.
    Raises :class:`OSError` when the file cannot be read, and ``_NotPlain`` (its
    message says why) when it is not a plain file or too large.
    """
    if not isinstance(entry, Path):  # a package inside a zip file: no links, no devices
        with entry.open("rb") as stream:
            return _read_capped(stream, cap)
    kind = _kind_of(os.lstat(entry).st_mode)
    if kind is not None:
        raise _not_plain(kind)
    try:
        fd = os.open(entry, _OPEN_FLAGS)
    except OSError as exc:
        if os.path.islink(entry):  # replaced by a link since the lstat
            raise _not_plain("a symbolic link") from None
        raise exc from None
    with os.fdopen(fd, "rb", buffering=0) as stream:
        kind = _kind_of(os.fstat(fd).st_mode)
        if kind is not None:
            raise _not_plain(kind)
        return _read_capped(stream, cap)


def _is_folder(entry: Traversable) -> bool:
    """Whether ``entry`` is a folder itself (never through a link)."""
    if isinstance(entry, Path):
        try:
            return stat.S_ISDIR(os.lstat(entry).st_mode)
        except OSError:
            return False
    return entry.is_dir()


def _is_file(entry: Traversable) -> bool:
    """Whether ``entry`` exists as anything but a folder (a link is read, and refused, later)."""
    if isinstance(entry, Path):
        return os.path.lexists(entry) and not _is_folder(entry)
    return entry.is_file()
