CASES = [
    {"name": "low/lower/newest", "visible": True, "inputs": {"corpus": ["low"] * 5 + ["lower"] * 2 + ["newest"] * 6 + ["widest"] * 3, "num_merges": 4, "words": ["lowest", "newer"]}},
    {"name": "ties broken lexicographically", "inputs": {"corpus": ["ab", "cd", "ab", "cd"], "num_merges": 1, "words": ["abcd"]}},
    {"name": "overlapping pair aaa", "inputs": {"corpus": ["aaaa", "aaa"], "num_merges": 2, "words": ["aaaaa"]}},
    {"name": "runs out of pairs", "inputs": {"corpus": ["ab"], "num_merges": 5, "words": ["ab", "ba", "c"]}},
    {"name": "Chinese characters", "inputs": {"corpus": ["大模型"] * 3 + ["模型"] * 2 + ["大语言模型"], "num_merges": 3, "words": ["语言模型", "大模型"]}},
]
