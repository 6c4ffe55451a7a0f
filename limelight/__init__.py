"""Limelight: scraped celebrity news in, a sourced knowledge graph out.

    import limelight
    with limelight.open("limelight.db") as ll:
        report = ll.ingest(["articles/"])
        ll.person("Ken Oduya")

The API is loaded lazily, so importing a submodule (``limelight.models``) stays cheap.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

__all__ = ["IngestReport", "Limelight", "LimelightError", "NotFound", "StoreError", "open"]

if TYPE_CHECKING:
    from limelight.api import IngestReport, Limelight, open
    from limelight.errors import LimelightError, NotFound, StoreError


def __getattr__(name: str) -> object:
    if name in ("IngestReport", "Limelight", "open"):
        from limelight import api

        return getattr(api, name)
    if name in ("LimelightError", "NotFound", "StoreError"):
        from limelight import errors

        return getattr(errors, name)
    raise AttributeError(f"module 'limelight' has no attribute {name!r}")
