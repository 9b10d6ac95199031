CASES = [
    {"name": "low/lower/newest", "visible": True, "inputs": {"corpus": ["low"] * 5 + ["lower"] * 2 + ["newest"] * 6 + ["widest"] * 3, "num_merges": 4, "words": ["lowest", "newer"]}},
    {"name": "ties broken lexicographically", "inputs": {"corpus": ["ab", "cd", "ab", "cd"], "num_merges": 1, "words": ["abcd"]}},
    {"name": "ties: the smallest pair wins even when seen last", "inputs": {"corpus": ["cd", "ab", "cd", "ab"], "num_merges": 1, "words": ["abcd", "cdab"]}},
    {"name": "overlapping pair aaa", "inputs": {"corpus": ["aaaa", "aaa"], "num_merges": 2, "words": ["aaaaa"]}},
    {"name": "runs out of pairs", "inputs": {"corpus": ["ab"], "num_merges": 5, "words": ["ab", "ba", "c"]}},
    {"name": "word counts weigh the pairs (hug/pug/pun/bun/hugs)", "inputs": {"corpus": ["hug"] * 10 + ["pug"] * 5 + ["pun"] * 12 + ["bun"] * 4 + ["hugs"] * 5, "num_merges": 3, "words": ["bugs", "thug", "hun"]}},
    {"name": "encoding applies merges in the order learned", "inputs": {"corpus": ["ab"] * 3 + ["bc"] * 2, "num_merges": 2, "words": ["abcbc"]}},
    {"name": "Chinese characters", "inputs": {"corpus": ["大模型"] * 3 + ["模型"] * 2 + ["大语言模型"], "num_merges": 3, "words": ["语言模型", "大模型"]}},
]


def independent(fn):
    # the Hugging Face course example: merges ug (20), un (16), then hug (15)
    out = fn(["hug"] * 10 + ["pug"] * 5 + ["pun"] * 12 + ["bun"] * 4 + ["hugs"] * 5, 3, ["hugs"])
    assert out["merges"] == [["u", "g"], ["u", "n"], ["h", "ug"]] and out["tokens"] == [["hug", "s"]]
    # (a, b) was learned first, so it wins the overlap in "abc" even though (b, c) is more frequent in the word
    assert fn(["ab"] * 3 + ["bc"] * 2, 2, ["abcbc"])["tokens"] == [["ab", "c", "bc"]]
