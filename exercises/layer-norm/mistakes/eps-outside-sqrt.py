# Adds eps to the standard deviation instead of to the variance: (x - mu) / (std + eps).
import numpy as np


def layer_norm(x, gamma, beta, eps=1e-5):
    x = np.asarray(x, dtype=np.float64)
    mu = x.mean(axis=-1, keepdims=True)
    return (x - mu) / (x.std(axis=-1, keepdims=True) + eps) * gamma + beta
