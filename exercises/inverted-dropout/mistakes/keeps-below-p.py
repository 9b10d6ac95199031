# Keeps a unit when u < p, so p becomes the keep probability instead of the drop probability.
import numpy as np


def dropout(x, p, u, training=True):
    x = np.asarray(x, dtype=np.float64)
    if not training or p == 0:
        return x.copy()
    if p >= 1:
        return np.zeros_like(x)
    return np.where(np.asarray(u) < p, x / (1.0 - p), 0.0)
