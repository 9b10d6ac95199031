# Sorts by the signed value instead of |w|, so large negative weights are pruned first.
import numpy as np


def prune(w, mode, sparsity=0.5):
    w = np.asarray(w, dtype=np.float64)
    if mode == "magnitude":
        k = int(np.floor(sparsity * w.size))
        flat = w.ravel().copy()
        flat[np.argsort(flat, kind='stable')[:k]] = 0.0
        return flat.reshape(w.shape)
    groups = w.reshape(-1, 4)
    order = np.argsort(-groups, axis=1, kind='stable')
    keep = np.zeros(groups.shape, dtype=bool)
    np.put_along_axis(keep, order[:, :2], True, axis=1)
    return np.where(keep, groups, 0.0).reshape(w.shape)
