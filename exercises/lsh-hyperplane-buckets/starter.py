import numpy as np


def lsh_buckets(x, planes):
    """SimHash: bit b is 1 when x · planes[b] >= 0; bucket id = sum(bit_b * 2**b). x (N, D), planes (B, D) → (N,) ints."""
    # TODO: your implementation
    raise NotImplementedError
