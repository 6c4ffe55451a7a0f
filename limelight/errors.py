"""Library exceptions: the CLI turns every LimelightError into a one-line message."""

from __future__ import annotations


class LimelightError(Exception):
    """Base of every error Limelight raises on purpose."""


class StoreError(LimelightError):
    """The database cannot be opened, read or written."""


class SettingsError(LimelightError):
    """A setting (from the environment or an argument) is not usable."""


class NotFound(LimelightError):
    """A person (or other record) asked for by name is not in the database."""


class CleaningError(LimelightError, ValueError):
    """Nothing usable is left of an article (the CLI reports it in one line)."""
