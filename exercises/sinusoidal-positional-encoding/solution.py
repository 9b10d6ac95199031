import numpy as np


def sinusoidal_encoding(seq_len, d_model, base=10000.0):
    pos = np.arange(seq_len)[:, None]
    freqs = base ** (-np.arange(0, d_model, 2) / d_model)
    pe = np.zeros((seq_len, d_model))
    pe[:, 0::2] = np.sin(pos * freqs)
    pe[:, 1::2] = np.cos(pos * freqs)
    return pe
