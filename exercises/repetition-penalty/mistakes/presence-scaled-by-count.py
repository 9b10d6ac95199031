# Multiplies the presence penalty by the count, making it a second frequency penalty.
import numpy as np


def apply_penalties(logits, generated, repetition_penalty=1.0, frequency_penalty=0.0, presence_penalty=0.0):
    out = np.array(logits, dtype=np.float64)
    counts = np.bincount(np.asarray(generated, dtype=np.int64), minlength=len(out))[: len(out)]
    seen = counts > 0
    out[seen] = np.where(out[seen] > 0, out[seen] / repetition_penalty, out[seen] * repetition_penalty)
    return out - frequency_penalty * counts - presence_penalty * counts
