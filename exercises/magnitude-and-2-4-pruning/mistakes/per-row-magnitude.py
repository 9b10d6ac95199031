# Applies the magnitude threshold per row instead of over the whole tensor.
import numpy as np


def prune(w, mode, sparsity=0.5):
    w = np.asarray(w, dtype=np.float64)
    if mode == "magnitude":
        rows = np.atleast_2d(w).copy()
        k = int(np.floor(sparsity * rows.shape[1]))
        for row in rows:
            row[np.argsort(np.abs(row), kind='stable')[:k]] = 0.0
        return rows.reshape(w.shape)
    groups = w.reshape(-1, 4)
    order = np.argsort(-np.abs(groups), axis=1, kind='stable')
    keep = np.zeros(groups.shape, dtype=bool)
    np.put_along_axis(keep, order[:, :2], True, axis=1)
    return np.where(keep, groups, 0.0).reshape(w.shape)
