import numpy as np

rng = np.random.default_rng(14)
def qkv(hq, hkv, L, d): return {"q": rng.normal(size=(hq, L, d)), "k": rng.normal(size=(hkv, L, d)), "v": rng.normal(size=(hkv, L, d))}
CASES = [
    {"name": "4 query heads, 2 KV heads", "visible": True, "inputs": {**qkv(4, 2, 3, 4)}},
    {"name": "MQA (one KV head)", "inputs": {**qkv(4, 1, 5, 8)}},
    {"name": "MHA (Hkv = Hq), not causal", "inputs": {**qkv(2, 2, 4, 4), "causal": False}},
    {"name": "8 query heads, 2 KV heads", "inputs": {**qkv(8, 2, 6, 4)}},
]
