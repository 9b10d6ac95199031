import numpy as np


def route_tokens(x, w_gate, k):
    logits = x @ w_gate
    logits = logits - logits.max(axis=1, keepdims=True)
    probs = np.exp(logits)
    probs /= probs.sum(axis=1, keepdims=True)
    n, e = probs.shape
    idx = np.argsort(-probs, axis=1, kind='stable')[:, :k]
    top = np.take_along_axis(probs, idx, axis=1)
    weights = top / top.sum(axis=1, keepdims=True)
    f = np.bincount(idx.ravel(), minlength=e) / (n * k)
    p = probs.mean(axis=0)
    return {"expert_indices": idx, "expert_weights": weights, "aux_loss": float(e * np.sum(f * p))}
