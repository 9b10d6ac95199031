import numpy as np


def sinusoidal_encoding(seq_len, d_model, base=10000.0):
    """The Transformer's sinusoidal table, shape (seq_len, d_model): sin on even columns, cos on odd ones."""
    # TODO: your implementation
    raise NotImplementedError
