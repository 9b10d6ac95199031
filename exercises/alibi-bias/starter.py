import numpy as np


def alibi_bias(num_heads, seq_len):
    """The causal ALiBi bias, shape (num_heads, seq_len, seq_len): -slope_h * (i - j) for j <= i, -inf above the diagonal."""
    # TODO: your implementation
    raise NotImplementedError
