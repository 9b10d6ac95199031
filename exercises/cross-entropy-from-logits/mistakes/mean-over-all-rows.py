# Zeroes the ignored rows but still divides by the total number of rows, not by the number of kept rows.
import numpy as np


def cross_entropy(logits, targets, ignore_index=-100):
    z = np.asarray(logits, dtype=np.float64)
    targets = np.asarray(targets)
    valid = targets != ignore_index
    t = np.where(valid, targets, 0)
    m = z.max(axis=1, keepdims=True)
    lse = (m + np.log(np.exp(z - m).sum(axis=1, keepdims=True)))[:, 0]
    nll = (lse - z[np.arange(len(t)), t]) * valid
    return float(nll.sum() / len(t))
