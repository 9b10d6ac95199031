# Sets a bit only for a strictly positive projection, so a point on a hyperplane gets 0.
import numpy as np


def lsh_buckets(x, planes):
    bits = (np.asarray(x) @ np.asarray(planes).T > 0).astype(np.int64)
    return bits @ (2 ** np.arange(bits.shape[1], dtype=np.int64))
