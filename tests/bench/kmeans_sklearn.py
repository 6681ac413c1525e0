# Benchmark baseline: scikit-learn's KMeans(n_clusters=k, n_init=1) on every pixel, one run per k and seed.
# Reads RGB bytes (width*height*3) from the file given, prints {"k,seed": [r, g, b, ...]} as JSON.
import json
import sys

import numpy as np
from sklearn.cluster import KMeans

path, ks, seeds = sys.argv[1], [int(k) for k in sys.argv[2].split(",")], [int(s) for s in sys.argv[3].split(",")]
pixels = np.fromfile(path, dtype=np.uint8).reshape(-1, 3).astype(np.float64)
out = {}
for k in ks:
    for seed in seeds:
        model = KMeans(n_clusters=k, n_init=1, random_state=seed).fit(pixels)
        out[f"{k},{seed}"] = model.cluster_centers_.ravel().tolist()
print(json.dumps(out))
