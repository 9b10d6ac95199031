# Classic (non-inverted) dropout: no rescaling while training, multiplies by (1-p) at inference.
import numpy as np


def dropout(x, p, u, training=True):
    x = np.asarray(x, dtype=np.float64)
    if not training:
        return x * (1.0 - p)
    return np.where(np.asarray(u) >= p, x, 0.0)
