"""Writing files and sets of files atomically, without clobbering what is not ours.

The one module through which the exports and the compiler write (nothing else in
the package opens a file for writing):

- :func:`write_file` writes one file: a temporary file beside it, written and
  flushed to the disk, then put in place in one step. With ``replace=False`` the
  finished file is *linked* into place (:func:`os.link`), which fails if anything
  is there: "refused unless asked" holds even when several writers race. With
  ``replace=True`` it is renamed over the old file.
- :func:`write_folder` writes a set of files (the CSV tables, a Data Package) into a
  temporary folder beside the target and renames the folder into place whole, so a
  reader sees the old set or the new one, never a mix.
- Either writes only to a path that is missing or a regular file (a folder, for
  :func:`write_folder`). A device, a FIFO, a socket, a symbolic link (to anything)
  or a folder where a file is wanted is refused with
  :class:`~nptexperts.OutputExistsError`, whatever ``replace`` says.

Every temporary file or folder is named ``.nptexperts-tmp-<name>.<pid>.<random>``
(:data:`TEMP_PREFIX`), beside its target; ``.gitignore`` and the wheel and sdist
builds leave them out. A write that is killed leaves its temporary behind; the next
write to the same target removes those of processes that no longer run.
"""

from __future__ import annotations

import errno
import os
import secrets
import shutil
import stat
from collections.abc import Mapping
from pathlib import Path

from nptexperts._errors import OutputExistsError

__all__ = ["TEMP_PREFIX", "check_target", "write_file", "write_folder"]

#: The start of the name of every temporary file or folder the package writes.
TEMP_PREFIX = ".nptexperts-tmp-"

_KINDS = {
    stat.S_IFDIR: "a folder",
    stat.S_IFCHR: "a character device",
    stat.S_IFBLK: "a block device",
    stat.S_IFIFO: "a FIFO",
    stat.S_IFSOCK: "a socket",
    stat.S_IFLNK: "a symbolic link",
}


def _kind(mode: int) -> str:
    return _KINDS.get(stat.S_IFMT(mode), "not a regular file")


def check_target(path: Path, *, folder: bool = False) -> os.stat_result | None:
    """The target's :func:`os.lstat`, or ``None`` if it is missing.

    Refuses (:class:`~nptexperts.OutputExistsError`) anything but a regular file (a
    folder, if ``folder``): a device, FIFO, socket, or a symbolic link to anything.
    """
    try:
        found = os.lstat(path)
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise OSError(exc.errno, exc.strerror, str(path)) from None
    wanted = stat.S_ISDIR if folder else stat.S_ISREG
    if not wanted(found.st_mode):
        what = "a folder" if folder else "a regular file"
        raise OutputExistsError(
            path,
            f"is {_kind(found.st_mode)}: an export writes only to a new path or {what}",
            ("output_not_folder" if folder else "output_not_file", {"path": path}),
        )
    return found


def as_path(path: object) -> Path:
    """``path`` as a :class:`~pathlib.Path`; :class:`~nptexperts.InvalidArgumentError` if it is none."""
    if not isinstance(path, str | os.PathLike):
        from nptexperts._errors import InvalidArgumentError

        raise InvalidArgumentError(
            f"the output path must be a str or an os.PathLike, not {type(path).__name__}"
        )
    return Path(path)


def _temp_name(target: Path) -> Path:
    return target.parent / f"{TEMP_PREFIX}{target.name}.{os.getpid()}.{secrets.token_hex(4)}"


def _running(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:  # pragma: no cover - another user's process: leave its files alone
        return True
    return True


def remove_stale(target: Path) -> None:
    """Remove the temporaries that killed writes to ``target`` left beside it.

    Only those named for ``target`` whose process no longer runs.
    """
    start = f"{TEMP_PREFIX}{target.name}."
    try:
        entries = os.listdir(target.parent)
    except OSError:
        return
    for name in entries:
        if not name.startswith(start):
            continue
        pid, dot, rest = name[len(start) :].partition(".")
        if not (dot and pid.isdigit() and rest) or _running(int(pid)):
            continue
        stale = target.parent / name
        try:
            if stat.S_ISDIR(os.lstat(stale).st_mode):
                shutil.rmtree(stale)
            else:
                stale.unlink()
        except OSError:  # pragma: no cover - gone already, or not ours to remove
            pass


def _new_mode(found: os.stat_result | None) -> int:
    if found is not None:
        return stat.S_IMODE(found.st_mode)
    umask = os.umask(0o22)  # read the umask (it can only be read by setting it)
    os.umask(umask)
    return 0o666 & ~umask


def _write_temp(tmp: Path, data: bytes, mode: int) -> None:
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0), 0o600)
    os.fchmod(fd, mode)
    with os.fdopen(fd, "wb") as out:
        out.write(data)
        out.flush()
        os.fsync(out.fileno())


def write_file(path: str | os.PathLike[str], data: bytes, *, replace: bool = True) -> Path:
    """Write ``data`` to the file ``path`` atomically; return ``path``.

    Readers see the old file or the new one, never a part; a full disk or a stop
    leaves the old file as it was. Without ``replace``, a file that exists (or
    appears meanwhile) raises :class:`~nptexperts.OutputExistsError`. An
    :class:`OSError` names ``path`` itself. The file gets the permissions of the
    file it replaces, or those a new file gets under the process's umask.
    """
    target = as_path(path)
    found = check_target(target)
    if found is not None and not replace:
        raise OutputExistsError(target)
    remove_stale(target)
    tmp = _temp_name(target)
    try:
        _write_temp(tmp, data, _new_mode(found))
        if replace:
            check_target(target)  # once more, as close to the rename as can be
            os.replace(tmp, target)
        else:
            os.link(tmp, target)
            tmp.unlink()
    except OutputExistsError:  # a FileExistsError too: first
        tmp.unlink(missing_ok=True)
        raise
    except FileExistsError:
        tmp.unlink(missing_ok=True)
        raise OutputExistsError(target) from None
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise OSError(exc.errno, exc.strerror, str(target)) from None
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return target


def _fsync_folder(folder: Path) -> None:
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def write_folder(
    path: str | os.PathLike[str],
    files: Mapping[str, bytes],
    *,
    replace: bool = False,
    own: frozenset[str] = frozenset(),
) -> Path:
    """Write ``files`` (plain name -> bytes) as the folder ``path``, whole; return ``path``.

    The files are written into a temporary folder beside ``path``, which is then
    renamed into place: a reader sees the old set or the new one, never a mix. A
    missing or empty folder is taken; a folder holding anything raises
    :class:`~nptexperts.OutputExistsError` unless ``replace``. Then the folder's
    other regular files (those not named in ``files`` or ``own``, the names an
    earlier export of the same kind writes) are kept: linked into the new folder
    before it takes the old one's place. A folder holding a sub-folder or anything
    but regular files is refused even so.
    """
    target = as_path(path)
    if target.name in ("", ".", ".."):
        raise OutputExistsError(
            target,
            "is not a folder name of its own: give the export's folder (e.g. csv/)",
            ("output_no_folder_name", {"path": target}),
        )
    found = check_target(target, folder=True)
    keep: list[str] = []
    if found is not None:
        try:
            entries = [n for n in os.listdir(target) if not n.startswith(TEMP_PREFIX)]
        except OSError as exc:
            raise OSError(exc.errno, exc.strerror, str(target)) from None
        if entries and not replace:
            raise OutputExistsError(
                target,
                "the folder is not empty (force=True, or --force, replaces the export's own files)",
                ("output_not_empty", {"path": target}),
            )
        for name in entries:
            if name in files or name in own:
                continue
            if not stat.S_ISREG(os.lstat(target / name).st_mode):
                raise OutputExistsError(
                    target,
                    f"holds {name!r}, which is not a regular file: an export replaces only"
                    " a folder of files",
                    ("output_holds_other", {"path": target, "name": name}),
                )
            keep.append(name)
    remove_stale(target)
    tmp = _temp_name(target)
    old: Path | None = None
    try:
        os.mkdir(tmp, 0o777)
        for name, raw in files.items():
            _write_temp(tmp / name, raw, _new_mode(None))
        for name in keep:
            os.link(target / name, tmp / name)
        _fsync_folder(tmp)
        if found is not None and replace and os.listdir(target):
            old = _temp_name(target)
            os.rename(target, old)
        os.rename(tmp, target)  # fails if a non-empty folder appeared meanwhile
    except OSError as exc:
        if old is not None and not os.path.lexists(target):
            os.rename(old, target)
            old = None
        shutil.rmtree(tmp, ignore_errors=True)
        if exc.errno in (errno.ENOTEMPTY, errno.EEXIST):
            raise OutputExistsError(target) from None
        raise OSError(exc.errno, exc.strerror, str(target)) from None
    except BaseException:
        if old is not None and not os.path.lexists(target):
            os.rename(old, target)
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    if old is not None:
        shutil.rmtree(old, ignore_errors=True)
    _fsync_folder(target.parent)
    return target
