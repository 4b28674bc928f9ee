"""Predictions per customer: buy-till-you-die models (BG/NBD, MBG/NBD, Gamma-Gamma), RFM segments, the
shop's forecast and its backtest. Pure NumPy/SciPy; no Qt."""
