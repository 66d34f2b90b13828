"""SHA-256 and SHA-1 from Python's own builtin modules, not ``hashlib``.

Why: importing ``hashlib`` loads OpenSSL and makes a constructor for each of its algorithms, 11 M
instructions under valgrind (0.5 % of a review of the sample), for the two digests a review asks for:
the cache files' names (``io/regex_cache``, ``io/code_cache``, ``checks/lexicon``) and each finding's
fingerprint (``findings``). Python's builtin modules compute the same digests (a standard's output
does not depend on who computes it); where a build lacks them, ``hashlib`` stands in.
"""

from __future__ import annotations

from typing import Any

__all__ = ["sha1", "sha256"]

sha256: Any
sha1: Any
try:  # Python 3.11 keeps SHA-256 in ``_sha256``, 3.12 and later in ``_sha2``
    from _sha256 import sha256  # type: ignore[no-redef,import-not-found,unused-ignore]
except ImportError:
    try:
        from _sha2 import sha256  # type: ignore[no-redef,import-not-found,unused-ignore]
    except ImportError:
        from hashlib import sha256  # type: ignore[no-redef,unused-ignore]
try:
    from _sha1 import sha1  # type: ignore[no-redef,import-not-found,unused-ignore]
except ImportError:
    from hashlib import sha1  # type: ignore[no-redef,unused-ignore]
