# Drops units but does not scale the kept ones by 1/(1-p), so the expected activation shrinks.
import numpy as np


def dropout(x, p, u, training=True):
    x = np.asarray(x, dtype=np.float64)
    if not training:
        return x.copy()
    return np.where(np.asarray(u) >= p, x, 0.0)
