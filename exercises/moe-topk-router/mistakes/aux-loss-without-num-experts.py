# Leaves the factor E (number of experts) out of the load-balancing loss, so a balanced router scores 1/E.
import numpy as np


def route_tokens(x, w_gate, k):
    logits = x @ w_gate
    probs = np.exp(logits - logits.max(axis=1, keepdims=True))
    probs /= probs.sum(axis=1, keepdims=True)
    n, e = probs.shape
    idx = np.argsort(-probs, axis=1, kind='stable')[:, :k]
    top = np.take_along_axis(probs, idx, axis=1)
    f = np.bincount(idx.ravel(), minlength=e) / (n * k)
    return {"expert_indices": idx, "expert_weights": top / top.sum(axis=1, keepdims=True), "aux_loss": float(np.sum(f * probs.mean(axis=0)))}
