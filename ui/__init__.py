"""Klantbehoud's Qt widgets. Depends on core; core never depends on this."""
