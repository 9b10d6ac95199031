import math

CASES = [
    {"name": "identical sentence", "visible": True, "inputs": {"candidate": "the cat sat on the mat".split(), "references": ["the cat sat on the mat".split()]}},
    {"name": "clipping (the the the)", "visible": True, "inputs": {"candidate": "the the the the".split(), "references": ["the cat is on the mat".split()], "max_n": 1}},
    {"name": "two references, BLEU-2", "inputs": {"candidate": "it is a guide to action which ensures that the military always obeys the commands of the party".split(), "references": ["it is a guide to action that ensures that the military will forever heed party commands".split(), "it is the practical guide for the army always to heed the directions of the party".split()], "max_n": 2}},
    {"name": "short candidate gets a brevity penalty", "inputs": {"candidate": "the cat sat".split(), "references": ["the cat sat on the mat".split(), "a cat sat on a mat today".split()], "max_n": 2}},
    {"name": "brevity penalty uses the closest reference length, not the shortest", "inputs": {"candidate": "the cat sat on the red mat".split(), "references": ["a cat sat down".split(), "the cat sat on the big red mat".split()], "max_n": 2}},
    {"name": "no 4-gram match gives 0", "inputs": {"candidate": "a b c d".split(), "references": ["a b x c d".split()]}},
]


def independent(fn):
    # closest reference has 8 tokens (the shortest has 4): BP = exp(1 - 8/7); p1 = 7/7, p2 = 5/6
    got = fn("the cat sat on the red mat".split(), ["a cat sat down".split(), "the cat sat on the big red mat".split()], max_n=2)
    assert math.isclose(got, math.exp(1 - 8 / 7) * math.sqrt(5 / 6))
