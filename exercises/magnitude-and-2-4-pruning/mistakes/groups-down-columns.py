# Forms the 2:4 groups from 4 consecutive rows of a column instead of 4 consecutive weights in a row.
import numpy as np


def prune(w, mode, sparsity=0.5):
    w = np.asarray(w, dtype=np.float64)
    if mode == "magnitude":
        k = int(np.floor(sparsity * w.size))
        flat = w.ravel().copy()
        flat[np.argsort(np.abs(flat), kind='stable')[:k]] = 0.0
        return flat.reshape(w.shape)
    groups = w.T.reshape(-1, 4)
    order = np.argsort(-np.abs(groups), axis=1, kind='stable')
    keep = np.zeros(groups.shape, dtype=bool)
    np.put_along_axis(keep, order[:, :2], True, axis=1)
    return np.where(keep, groups, 0.0).reshape(w.T.shape).T
