import numpy as np


def alibi_bias(num_heads, seq_len):
    slopes = 2.0 ** (-8.0 * np.arange(1, num_heads + 1) / num_heads)
    i = np.arange(seq_len)[:, None]
    j = np.arange(seq_len)[None, :]
    distance = (i - j).astype(np.float64)
    bias = -slopes[:, None, None] * distance
    return np.where(j <= i, bias, -np.inf)
