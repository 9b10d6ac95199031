import numpy as np


def cross_entropy(logits, targets, ignore_index=-100):
    logits = np.asarray(logits, dtype=np.float64)
    targets = np.asarray(targets)
    valid = targets != ignore_index
    if not valid.any():
        return 0.0
    z = logits[valid]
    t = targets[valid]
    m = z.max(axis=1, keepdims=True)
    lse = (m + np.log(np.exp(z - m).sum(axis=1, keepdims=True)))[:, 0]
    return float(np.mean(lse - z[np.arange(len(t)), t]))
