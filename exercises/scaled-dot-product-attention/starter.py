import numpy as np


def attention(q, k, v, mask=None, causal=False):
    """softmax(q k^T / sqrt(d) + masks) v. q (..., Lq, d), k (..., Lk, d), v (..., Lk, dv); mask True = may attend."""
    # TODO: your implementation
    raise NotImplementedError
