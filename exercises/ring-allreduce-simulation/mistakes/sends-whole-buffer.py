# Naive ring: every step each rank forwards its whole buffer, so it sends (p-1) * n elements instead of 2(p-1)/p * n.
import numpy as np


def ring_allreduce(buffers):
    buffers = np.asarray(buffers, dtype=np.float64)
    p, n = buffers.shape
    data = buffers.copy()
    passing = buffers.copy()
    sent = np.zeros(p, dtype=np.int64)
    for _ in range(p - 1):
        passing = np.roll(passing, 1, axis=0)
        data += passing
        sent += n
    return {"result": data, "steps": p - 1, "elements_sent": sent}
