# Uses one absmax scale for the whole tensor instead of one per output channel (row).
import numpy as np


def quantize_int8_per_channel(w):
    w = np.asarray(w, dtype=np.float64)
    s = np.abs(w).max() / 127.0
    s = 1.0 if s == 0 else s
    scale = np.full(w.shape[0], s)
    q = np.clip(np.round(w / s), -127, 127).astype(np.int8)
    return {"q": q, "scale": scale, "dequantized": q * s}
