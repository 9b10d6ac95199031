# Counts two norms per layer but forgets the final norm before the LM head.
def count_parameters(config):
    v, d, n = config["vocab_size"], config["d_model"], config["n_layers"]
    kv = config["n_kv_heads"] * (d // config["n_heads"])
    bias = config["bias"]
    attention = 2 * d * d + 2 * d * kv + ((2 * d + 2 * kv) if bias else 0)
    f = config["d_ff"]
    if config["gated_ffn"]:
        ffn = 3 * d * f + ((2 * f + d) if bias else 0)
    else:
        ffn = 2 * d * f + ((f + d) if bias else 0)
    per_norm = 2 * d if config["norm"] == "layernorm" else d
    norms = 2 * n * per_norm
    embedding = v * d
    lm_head = 0 if config["tied_embeddings"] else v * d
    total = embedding + n * (attention + ffn) + norms + lm_head
    return {"embedding": embedding, "attention_per_layer": attention, "ffn_per_layer": ffn,
            "norms_total": norms, "lm_head": lm_head, "total": total}
