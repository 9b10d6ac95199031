# Head slopes 2^(-8h/H) with h counted from 0, so the first head gets slope 1 and the last 2^(-8(H-1)/H).
import numpy as np


def alibi_bias(num_heads, seq_len):
    slopes = 2.0 ** (-8.0 * np.arange(num_heads) / num_heads)
    i = np.arange(seq_len)[:, None]
    j = np.arange(seq_len)[None, :]
    bias = -slopes[:, None, None] * (i - j).astype(np.float64)
    return np.where(j <= i, bias, -np.inf)
