"""The :mod:`datetime` module, without its pure-Python twin on CPython 3.11.

CPython 3.11's ``import datetime`` runs the whole pure-Python implementation before
replacing it with the C one (``_datetime``): about 1 ms, a tenth of what the package
adds to a cold start. The C module's ``date`` *is* ``datetime.date``; from 3.12 on,
``datetime`` imports the C module first, and is used as it is.
"""

import sys
from typing import TYPE_CHECKING

if TYPE_CHECKING or sys.version_info >= (3, 12):
    import datetime
else:  # pragma: no cover - CPython 3.11 (the benchmark's and CI's first interpreter)
    try:
        import _datetime as datetime
    except ImportError:  # another implementation
        import datetime

__all__ = ["datetime"]
