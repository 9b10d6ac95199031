llama2_7b = {"vocab_size": 32000, "d_model": 4096, "n_layers": 32, "n_heads": 32, "n_kv_heads": 32, "d_ff": 11008,
             "gated_ffn": True, "norm": "rmsnorm", "bias": False, "tied_embeddings": False}
gpt2_small = {"vocab_size": 50257, "d_model": 768, "n_layers": 12, "n_heads": 12, "n_kv_heads": 12, "d_ff": 3072,
              "gated_ffn": False, "norm": "layernorm", "bias": True, "tied_embeddings": True}
CASES = [
    {"name": "tiny config", "visible": True, "inputs": {"config": {"vocab_size": 10, "d_model": 4, "n_layers": 1, "n_heads": 2, "n_kv_heads": 1, "d_ff": 8, "gated_ffn": True, "norm": "rmsnorm", "bias": False, "tied_embeddings": True}}},
    {"name": "LLaMA-2 7B", "inputs": {"config": llama2_7b}},
    {"name": "GQA 8 KV heads (LLaMA-3 8B shape)", "inputs": {"config": {**llama2_7b, "vocab_size": 128256, "n_kv_heads": 8, "d_ff": 14336}}},
    {"name": "GPT-2 small (learned positions not counted)", "inputs": {"config": gpt2_small}},
]
ATOL = 0
RTOL = 0


def independent(fn):
    assert fn(llama2_7b)["total"] == 6738415616  # the published LLaMA-2 7B count
    # GPT-2 small is 124,439,808 with its 1024×768 learned position table, which this config leaves out.
    assert fn(gpt2_small)["total"] + 1024 * 768 == 124439808
