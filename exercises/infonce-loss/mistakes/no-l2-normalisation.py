# Uses raw dot products instead of cosine similarities (no L2 normalisation of queries and keys).
import numpy as np


def infonce_loss(queries, keys, temperature=0.07):
    logits = np.asarray(queries, dtype=np.float64) @ np.asarray(keys, dtype=np.float64).T / temperature
    m = logits.max(axis=1, keepdims=True)
    lse = m[:, 0] + np.log(np.exp(logits - m).sum(axis=1))
    return float(np.mean(lse - np.diag(logits)))
