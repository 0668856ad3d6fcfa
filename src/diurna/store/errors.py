"""The store's exception, defined in diurna's error tree and re-exported here."""

from __future__ import annotations

from diurna.errors import StoreError

__all__ = ["StoreError"]
