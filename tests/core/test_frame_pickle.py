"""A shop's frame handed to another process (the report's child) comes back equal, its customers included."""

import pickle
from dataclasses import fields
from datetime import date

import numpy as np

from core.metrics.frame import frame_from_dataset
from core.model import Customer, Dataset, Order


def test_a_frame_goes_to_another_process_and_back_equal():
    data = Dataset(
        customers=[Customer(id="K1", name="An", email="an@x.nl", since=date(2024, 1, 5), source="via Bo"),
                   Customer(id="K2", name="Bo", consent=False, branch="Noord")],
        orders=[Order("K1", date(2024, 1, 5), 12.5), Order("K2", date(2024, 2, 1), -3.0),
                Order("K1", date(2024, 3, 9), 7.0)],
    )
    frame = frame_from_dataset(data)
    back = pickle.loads(pickle.dumps(frame))
    assert back.customers == frame.customers and back.customers[0] is not frame.customers[0]
    for f in fields(frame):
        mine, theirs = getattr(frame, f.name), getattr(back, f.name)
        assert np.array_equal(mine, theirs) if isinstance(mine, np.ndarray) else mine == theirs, f.name
    frame.customers = None
    assert pickle.loads(pickle.dumps(frame)).customers is None
