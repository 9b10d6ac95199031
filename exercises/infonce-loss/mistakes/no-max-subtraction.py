# Computes log-sum-exp without subtracting the max, so a tiny temperature overflows.
import numpy as np


def infonce_loss(queries, keys, temperature=0.07):
    q = np.asarray(queries, dtype=np.float64)
    k = np.asarray(keys, dtype=np.float64)
    q = q / np.linalg.norm(q, axis=1, keepdims=True)
    k = k / np.linalg.norm(k, axis=1, keepdims=True)
    logits = q @ k.T / temperature
    with np.errstate(over="ignore", invalid="ignore"):
        return float(np.mean(np.log(np.exp(logits).sum(axis=1)) - np.diag(logits)))
