# Uses -slope * |i - j| everywhere and forgets the causal mask (future positions should be -inf).
import numpy as np


def alibi_bias(num_heads, seq_len):
    slopes = 2.0 ** (-8.0 * np.arange(1, num_heads + 1) / num_heads)
    i = np.arange(seq_len)[:, None]
    j = np.arange(seq_len)[None, :]
    return -slopes[:, None, None] * np.abs(i - j).astype(np.float64)
