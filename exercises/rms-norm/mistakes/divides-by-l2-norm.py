# Divides by the L2 norm (sum of squares) instead of the root of the mean of squares.
import numpy as np


def rms_norm(x, weight, eps=1e-6):
    x = np.asarray(x, dtype=np.float64)
    return x / np.sqrt(np.sum(x**2, axis=-1, keepdims=True) + eps) * weight
