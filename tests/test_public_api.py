"""The public surface is deliberate: __all__ lists exactly what diurna exports."""

from __future__ import annotations

import diurna


def test_all_is_exact() -> None:
    public = {n for n in dir(diurna) if not n.startswith("_") and n != "annotations"}
    modules = {n for n in public if type(getattr(diurna, n)).__name__ == "module"}
    assert set(diurna.__all__) == (public - modules) | {"__version__"}
