"""Klantbehoud core: pure Python, no Qt. Everything the app computes can be computed here."""
