"""Klantbehoud core: pure Python, no Qt. Everything the app computes can be computed here."""

__version__ = "0.2.0"  # the one place the app's version is written (pyproject.toml reads it from here)
