# Zeroes the masked tokens' NLL but divides by the total number of tokens, not by the number kept.
import numpy as np


def perplexity(logits, targets, mask=None):
    z = np.asarray(logits, dtype=np.float64)
    m = z.max(axis=1, keepdims=True)
    log_p = z - m - np.log(np.exp(z - m).sum(axis=1, keepdims=True))
    nll = -log_p[np.arange(len(targets)), targets]
    w = np.ones(len(targets)) if mask is None else np.asarray(mask, dtype=np.float64)
    return float(np.exp((nll * w).sum() / len(targets)))
