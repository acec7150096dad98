"""Writing a file whole or not at all: what every file the program hands out needs; and
why a file could not be used, in plain words."""

from __future__ import annotations

import errno
import os
import tempfile
from pathlib import Path


def write_atomic(path: str | os.PathLike, data: bytes) -> Path:
    """Write `data` to a temporary file beside `path`, flush it to disk, then rename it over
    `path`: a crash leaves the old file or the new one, never half of one."""
    path = Path(path)
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    except OSError as exc:  # named as the file asked for, never the temporary one
        raise OSError(exc.errno, exc.strerror, str(path)) from None
    try:
        # mkstemp makes the file 0600; a protocol or an export is handed out, so it gets
        # the permissions any new file of the user gets (0666 less the umask)
        if hasattr(os, "fchmod"):
            os.fchmod(fd, 0o666 & ~_umask())
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except OSError as exc:
        Path(tmp).unlink(missing_ok=True)
        raise OSError(exc.errno, exc.strerror, str(path)) from None
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return path


# the usual reasons a named file cannot be used, worded as the program's other messages
# (Python's own, "[Errno 2] No such file or directory", reads like a crash)
_WORDS = {
    errno.EISDIR: "it is a folder, not a file",
    errno.ENOTDIR: "a part of the path is a file, not a folder",
    errno.EACCES: "permission denied: this user may not use it",
    errno.EPERM: "permission denied: this user may not use it",
    errno.ENOSPC: "the disk is full",
    errno.EROFS: "the disk is read-only",
    errno.EEXIST: "it already exists",
    errno.ENAMETOOLONG: "the name is too long",
}


def os_words(exc: OSError) -> str:
    """Why `exc.filename` could not be used, in one plain phrase: a missing file, or the
    missing folder a new file was to go in, is named as such."""
    if exc.errno == errno.ENOENT:
        name = exc.filename
        parent = Path(name).parent if name else None
        if parent is not None and str(parent) not in ("", ".") and not parent.is_dir():
            return f"there is no folder {parent}"
        return "there is no such file"
    words = _WORDS.get(exc.errno)
    if words:
        return words
    return (exc.strerror or str(exc)).rstrip(".").lower()


def _umask() -> int:
    """The process's umask (read by setting it and putting it back at once)."""
    mask = os.umask(0o022)
    os.umask(mask)
    return mask
