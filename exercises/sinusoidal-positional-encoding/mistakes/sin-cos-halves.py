# Puts all sines in the first half and all cosines in the second instead of interleaving them.
import numpy as np


def sinusoidal_encoding(seq_len, d_model, base=10000.0):
    pos = np.arange(seq_len)[:, None]
    freqs = base ** (-np.arange(0, d_model, 2) / d_model)
    return np.concatenate([np.sin(pos * freqs), np.cos(pos * freqs)], axis=1)
