docs = [s.split() for s in [
    "the quick brown fox jumps over the lazy dog",
    "a quick brown dog outpaces a quick fox",
    "large language models use attention",
    "retrieval augmented generation retrieves documents for language models",
]]
CASES = [
    {"name": "two short documents", "visible": True, "inputs": {"documents": [["a", "b", "a"], ["b", "c"]], "query": ["a", "c"]}},
    {"name": "quick fox", "inputs": {"documents": docs, "query": ["quick", "fox"]}},
    {"name": "language models, k1=1.2, b=0.5", "inputs": {"documents": docs, "query": ["language", "models", "attention"], "k1": 1.2, "b": 0.5}},
    {"name": "query term nowhere", "inputs": {"documents": docs, "query": ["transformer"]}},
    {"name": "repeated query term, b=0", "inputs": {"documents": docs, "query": ["quick", "quick"], "b": 0.0}},
]
