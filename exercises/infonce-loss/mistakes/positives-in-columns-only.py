# Takes the softmax over the batch axis (columns) instead of over the keys of each query (rows).
import numpy as np


def infonce_loss(queries, keys, temperature=0.07):
    q = np.asarray(queries, dtype=np.float64)
    k = np.asarray(keys, dtype=np.float64)
    q = q / np.linalg.norm(q, axis=1, keepdims=True)
    k = k / np.linalg.norm(k, axis=1, keepdims=True)
    logits = q @ k.T / temperature
    m = logits.max(axis=0, keepdims=True)
    lse = m[0] + np.log(np.exp(logits - m).sum(axis=0))
    return float(np.mean(lse - np.diag(logits)))
