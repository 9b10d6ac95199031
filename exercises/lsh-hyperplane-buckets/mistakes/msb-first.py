# Reads the bits with plane 0 as the most significant bit instead of the least significant.
import numpy as np


def lsh_buckets(x, planes):
    bits = (np.asarray(x) @ np.asarray(planes).T >= 0).astype(np.int64)
    return bits @ (2 ** np.arange(bits.shape[1] - 1, -1, -1, dtype=np.int64))
