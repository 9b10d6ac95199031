import numpy as np

rng = np.random.default_rng(13)
def ws(d): return {f"w_{n}": rng.normal(size=(d, d)) / np.sqrt(d) for n in "qkvo"}
CASES = [
    {"name": "L=3, D=4, 2 heads", "visible": True, "inputs": {"x": rng.normal(size=(3, 4)), **ws(4), "num_heads": 2}},
    {"name": "causal, 4 heads", "inputs": {"x": rng.normal(size=(5, 8)), **ws(8), "num_heads": 4, "causal": True}},
    {"name": "one head equals plain attention", "inputs": {"x": rng.normal(size=(4, 6)), **ws(6), "num_heads": 1}},
    {"name": "L=1", "inputs": {"x": rng.normal(size=(1, 8)), **ws(8), "num_heads": 2, "causal": True}},
]


def independent(fn):
    try:
        import torch
    except ImportError:
        return
    x = rng.normal(size=(5, 8)); w = ws(8)
    mha = torch.nn.MultiheadAttention(8, 2, bias=False, dtype=torch.float64)
    with torch.no_grad():
        mha.in_proj_weight.copy_(torch.tensor(np.concatenate([w["w_q"].T, w["w_k"].T, w["w_v"].T])))
        mha.out_proj.weight.copy_(torch.tensor(w["w_o"].T))
        t = torch.tensor(x)[:, None]
        ref = mha(t, t, t, need_weights=False)[0][:, 0].numpy()
    assert np.allclose(fn(x, **w, num_heads=2), ref)
