# Sums the KL only where both p_X and p_Y are positive, so it stays finite when p_Y misses a value of p_X.
import numpy as np


def _entropy(p):
    p = p[p > 0]
    return float(-(p * np.log(p)).sum())


def information_measures(p_xy):
    p_xy = np.asarray(p_xy, dtype=np.float64)
    p_x, p_y = p_xy.sum(axis=1), p_xy.sum(axis=0)
    h_x, h_y, h_xy = _entropy(p_x), _entropy(p_y), _entropy(p_xy.ravel())
    both = (p_x > 0) & (p_y > 0)
    kl = float((p_x[both] * np.log(p_x[both] / p_y[both])).sum())
    return {"h_x": h_x, "h_y": h_y, "h_xy": h_xy, "mutual_information": h_x + h_y - h_xy, "kl_x_y": kl}
