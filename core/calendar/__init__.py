"""The communication calendar: retention practices turned into dated actions for named customers."""
