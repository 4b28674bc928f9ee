"""Retention metrics: small modules of pure functions over a :class:`ShopFrame` or typed-in counts."""
