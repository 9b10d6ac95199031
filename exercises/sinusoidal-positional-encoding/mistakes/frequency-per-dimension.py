# Uses base^(-i/d) with i the dimension index, so the sin and cos of a pair get different frequencies.
import numpy as np


def sinusoidal_encoding(seq_len, d_model, base=10000.0):
    pos = np.arange(seq_len)[:, None]
    freqs = base ** (-np.arange(d_model) / d_model)
    pe = pos * freqs
    pe[:, 0::2] = np.sin(pe[:, 0::2])
    pe[:, 1::2] = np.cos(pe[:, 1::2])
    return pe
