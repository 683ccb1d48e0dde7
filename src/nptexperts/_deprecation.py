"""PEP 702 ``@deprecated``: a deprecated name warns at run time and is flagged by type checkers.

Type checkers read ``typing_extensions.deprecated`` (a dependency of cattrs, and of this
package); Python 3.13 runs ``warnings.deprecated``. On 3.11 and 3.12 the same decorator
is defined here in a few lines: importing ``typing_extensions`` costs more than loading
the shipped records (``python -X importtime``: 20–75 ms against a load of about 60 ms),
and the records' module, which holds deprecated names, is on that load.
"""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

__all__ = ["deprecated"]

if TYPE_CHECKING:
    from typing_extensions import deprecated
elif sys.version_info >= (3, 13):  # pragma: no cover - the version CI runs second
    from warnings import deprecated
else:  # pragma: no cover - exercised on 3.11 and 3.12 only
    import functools
    import warnings

    def deprecated(message, /, *, category=DeprecationWarning, stacklevel=1):
        """As ``warnings.deprecated`` (Python 3.13) does for a function: warn at each call."""

        def decorate(function):
            @functools.wraps(function)
            def wrapper(*args, **kwargs):
                warnings.warn(message, category, stacklevel=stacklevel + 1)
                return function(*args, **kwargs)

            wrapper.__deprecated__ = message
            return wrapper

        return decorate
