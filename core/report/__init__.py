"""Report content and charts (matplotlib's object API only; never pyplot)."""
