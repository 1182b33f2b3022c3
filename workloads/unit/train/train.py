#!/usr/bin/python3
"""Train, prune, quantize and calibrate the UnIT MNIST-architecture model on
Fashion-MNIST, and emit the C headers the firmware and the host reference use.

    /usr/bin/python3 train.py --out-dir .. --work-dir /tmp/unit-train

Paper: "UnIT: Unstructured Inference-Time Pruning" (shared/seeds), Table 1
(MNIST column), section 2.1 (per-layer thresholds at the 20th percentile of
activation-weight products on held-out data), section 2.2 (binary tree
search over calibrated pivots), section 3.4 (global magnitude pruning as the
train-time baseline, FATReLU). The data is Fashion-MNIST (Debian's
dataset-fashion-mnist), not MNIST: same 28x28x1 shape, harder task.

Everything is deterministic: fixed seeds, one thread,
torch.use_deterministic_algorithms(True); integer quantities (quantized
weights, thresholds, test images) come from exact integer numpy code. Run
twice on the same machine and torch build, the outputs are identical.

Fixed-point format (see workloads/unit/README.md):
  weights  int8 in [-127, 127], w = w_q * 2^-SW[l] (per-layer power of two)
  biases   int32 at the accumulator scale 2^-(SA[l] + SW[l])
  activations int16, a = a_q * 2^-SA[l]; the input is the pixel value,
           SA[0] = 8 (the model is trained on pixel / 256)
  conv output: int32 accumulator, 2x2 max-pool, (FAT)ReLU, rounded right
           shift by SA[l] + SW[l] - SA[l+1], saturated to 32767
  linear output: the int32 accumulators (logits); argmax, first maximum wins
"""
import argparse
import gzip
import json
import math
import os
import sys
import time

import numpy as np
import torch
import torch.nn as nn
import torch.nn.functional as F

DATA_DIR = "/usr/share/datasets/fashion-mnist"  # Debian: dataset-fashion-mnist
CLASSES = ["T-shirt/top", "Trouser", "Pullover", "Dress", "Coat",
           "Sandal", "Shirt", "Sneaker", "Bag", "Ankle boot"]

SEED = 20250701
EPOCHS = 8
FINETUNE_EPOCHS = 3
BATCH = 64
SPARSITY = 0.50          # global magnitude pruning of all weights (not biases)
PERCENTILE = 20          # UnIT threshold and FATReLU threshold percentile
N_VAL = 6000             # held-out split (10 % of the training set, paper 3.2)
N_CALIB = 500            # held-out images used for the product statistics
N_TEST_BATCH = 64        # test images committed to the repository
SA_IN = 8                # input Q format: pixel / 256
INT16_MAX = 32767
TREE_MAX_LEAVES = 16


# ---------------------------------------------------------------- data ----
def load_idx(name):
    with gzip.open(os.path.join(DATA_DIR, name), "rb") as f:
        raw = f.read()
    magic = int.from_bytes(raw[0:4], "big")
    ndim = magic & 0xFF
    dims = [int.from_bytes(raw[4 + 4 * i:8 + 4 * i], "big") for i in range(ndim)]
    return np.frombuffer(raw, dtype=np.uint8, offset=4 + 4 * ndim).reshape(dims)


def load_data():
    tr_x = load_idx("train-images-idx3-ubyte.gz")
    tr_y = load_idx("train-labels-idx1-ubyte.gz")
    te_x = load_idx("t10k-images-idx3-ubyte.gz")
    te_y = load_idx("t10k-labels-idx1-ubyte.gz")
    perm = np.random.RandomState(SEED).permutation(len(tr_x))
    val, trn = perm[:N_VAL], perm[N_VAL:]
    return (tr_x[trn], tr_y[trn]), (tr_x[val], tr_y[val]), (te_x, te_y)


def to_float(x):
    """uint8 images -> float tensor N,1,28,28 scaled exactly like the
    fixed-point input (pixel * 2^-8)."""
    return torch.from_numpy(x.astype(np.float32) / 256.0).unsqueeze(1)


# --------------------------------------------------------------- model ----
class Net(nn.Module):
    """Table 1, MNIST column: C 6x1x5x5, P 2x2, C 16x6x5x5, P 2x2, L 256x10
    (ReLU after each convolution)."""

    def __init__(self):
        super().__init__()
        self.conv1 = nn.Conv2d(1, 6, 5)
        self.conv2 = nn.Conv2d(6, 16, 5)
        self.fc = nn.Linear(256, 10)

    def forward(self, x):
        x = F.max_pool2d(F.relu(self.conv1(x)), 2)
        x = F.max_pool2d(F.relu(self.conv2(x)), 2)
        return self.fc(x.flatten(1))

    def weights(self):
        return [self.conv1.weight, self.conv2.weight, self.fc.weight]


def run_epochs(model, x, y, epochs, lr, gen, masks=None, log=None):
    opt = torch.optim.Adam(model.parameters(), lr=lr)
    sched = torch.optim.lr_scheduler.CosineAnnealingLR(opt, epochs * (len(x) // BATCH))
    xt, yt = to_float(x), torch.from_numpy(y.astype(np.int64))
    for ep in range(epochs):
        model.train()
        perm = torch.randperm(len(xt), generator=gen)
        total = 0.0
        for i in range(0, len(xt) - BATCH + 1, BATCH):
            idx = perm[i:i + BATCH]
            opt.zero_grad()
            loss = F.cross_entropy(model(xt[idx]), yt[idx])
            loss.backward()
            opt.step()
            sched.step()
            if masks is not None:       # keep pruned weights at zero
                with torch.no_grad():
                    for w, m in zip(model.weights(), masks):
                        w.mul_(m)
            total += loss.item()
        if log:
            log("  epoch %d/%d loss %.4f" % (ep + 1, epochs, total / (len(xt) // BATCH)))


def float_accuracy(model, x, y):
    model.eval()
    with torch.no_grad():
        pred = torch.cat([model(to_float(x[i:i + 1000])).argmax(1) for i in range(0, len(x), 1000)])
    return float((pred.numpy() == y).mean())


def global_magnitude_masks(model, sparsity):
    """Paper 3.4: global unstructured magnitude pruning over all weights."""
    allw = torch.cat([w.detach().abs().flatten() for w in model.weights()])
    k = int(round(sparsity * allw.numel()))
    cut = torch.sort(allw).values[k - 1]
    return [(w.detach().abs() > cut).float() for w in model.weights()]


# ---------------------------------------------------- fixed-point model ----
def params_of(model):
    return {
        "w": [model.conv1.weight.detach().numpy().astype(np.float64),
              model.conv2.weight.detach().numpy().astype(np.float64),
              model.fc.weight.detach().numpy().astype(np.float64)],
        "b": [model.conv1.bias.detach().numpy().astype(np.float64),
              model.conv2.bias.detach().numpy().astype(np.float64),
              model.fc.bias.detach().numpy().astype(np.float64)],
    }


def float_activations(model, x):
    """Max of the pooled ReLU outputs of conv1 and conv2 (for SA)."""
    model.eval()
    m1 = m2 = 0.0
    with torch.no_grad():
        for i in range(0, len(x), 1000):
            a1 = F.max_pool2d(F.relu(model.conv1(to_float(x[i:i + 1000]))), 2)
            a2 = F.max_pool2d(F.relu(model.conv2(a1)), 2)
            m1, m2 = max(m1, float(a1.max())), max(m2, float(a2.max()))
    return m1, m2


def choose_formats(float_params, act_max):
    """Per-layer power-of-two scales shared by the dense and pruned weight
    sets (so both run with the same shifts)."""
    sw = []
    for l in range(3):
        mx = max(np.abs(p["w"][l]).max() for p in float_params)
        sw.append(int(math.floor(math.log2(127.0 / mx))))
    # Activations: a factor 2 of headroom over the held-out maximum.
    sa = [SA_IN] + [int(math.floor(math.log2(INT16_MAX / (2.0 * m)))) for m in act_max]
    return sw, sa


def quantize(p, sw, sa):
    q = {"w": [], "b": []}
    for l in range(3):
        w = np.clip(np.round(p["w"][l] * 2.0 ** sw[l]), -127, 127).astype(np.int64)
        b = np.round(p["b"][l] * 2.0 ** (sa[l] + sw[l])).astype(np.int64)
        q["w"].append(w)
        q["b"].append(b)
    q["w"][2] = np.ascontiguousarray(q["w"][2].T)       # linear: [nin][nout]
    return q


def patches(x, k):
    """N,C,H,W -> N,OH*OW,C*k*k (C-major, then ky, kx: the weight order)."""
    win = np.lib.stride_tricks.sliding_window_view(x, (k, k), axis=(2, 3))
    n, c, oh, ow = win.shape[:4]
    return win.transpose(0, 2, 3, 1, 4, 5).reshape(n, oh * ow, c * k * k), oh, ow


def conv_pool(x, w, b, shift, fat_t):
    """Exact integer conv (valid) + bias, 2x2 max-pool, (FAT)ReLU, requantize."""
    o = w.shape[0]
    pt, oh, ow = patches(x, w.shape[2])
    acc = pt @ w.reshape(o, -1).T + b                  # N, OH*OW, O (int64)
    acc = acc.transpose(0, 2, 1).reshape(len(x), o, oh, ow)
    m = acc.reshape(len(x), o, oh // 2, 2, ow // 2, 2).max(axis=(3, 5))
    q = np.minimum((np.maximum(m, 0) + (1 << (shift - 1))) >> shift, INT16_MAX)
    q = np.where(q > fat_t, q, 0)
    return q, acc


def infer_int(q, shifts, x_u8, fat=(0, 0)):
    """Integer reference of the dense (or pruned) fixed-point inference:
    returns predictions and the intermediate activations."""
    x0 = x_u8.astype(np.int64)[:, None, :, :]
    a1, acc1 = conv_pool(x0, q["w"][0], q["b"][0], shifts[0], fat[0])
    a2, acc2 = conv_pool(a1, q["w"][1], q["b"][1], shifts[1], fat[1])
    flat = a2.reshape(len(x0), -1)
    logits = flat @ q["w"][2] + q["b"][2]
    # The firmware accumulates in int32: no partial sum may overflow, in
    # any skipping order, so bound the sum of |products| (plus |bias|).
    bound = max(
        int((patches(x0, 5)[0] @ np.abs(q["w"][0]).reshape(6, -1).T).max()) + int(np.abs(q["b"][0]).max()),
        int((patches(a1, 5)[0] @ np.abs(q["w"][1]).reshape(16, -1).T).max()) + int(np.abs(q["b"][1]).max()),
        int((flat @ np.abs(q["w"][2])).max()) + int(np.abs(q["b"][2]).max()))
    assert bound < 2 ** 31, "int32 accumulator could overflow"
    return logits.argmax(axis=1), (x0, a1, a2, flat)


def infer_int_batched(q, shifts, x, fat=(0, 0), chunk=500):
    preds, acts = [], []
    for i in range(0, len(x), chunk):
        p, a = infer_int(q, shifts, x[i:i + chunk], fat)
        preds.append(p)
        acts.append(a)
    return np.concatenate(preds), acts


# --------------------------------------------------------- calibration ----
def percentile_int(counts, pct):
    """Smallest v with #(values <= v) >= pct% of all values (counts[v] = how
    many values equal v; index 0 excluded by the caller)."""
    total = int(counts.sum())
    need = (pct * total + 99) // 100
    return int(np.searchsorted(np.cumsum(counts), need))


def product_threshold(q, acts, pct):
    """Section 2.1: per-layer threshold T at the pct-th percentile of the
    nonzero |x_q * w_q| products of that layer on held-out data, in product
    units (2^-(SA+SW)). Zero products are left out: UnIT skips them whatever
    T is (|x| = 0 or |w| = 0 always passes the test)."""
    ts = []
    for l in range(3):
        counts = np.zeros(1, dtype=np.int64)
        for (x0, a1, a2, flat) in acts:
            if l < 2:
                inp = x0 if l == 0 else a1
                pt = patches(inp, 5)[0]                              # N,P,K
                w = np.abs(q["w"][l]).reshape(q["w"][l].shape[0], -1)  # O,K
                prod = (np.abs(pt)[:, :, None, :] * w[None, None, :, :]).ravel()
                counts = add_counts(counts, np.bincount(prod))
            else:
                prod = (np.abs(flat)[:, :, None] * np.abs(q["w"][2])[None, :, :]).ravel()
                counts = add_counts(counts, np.bincount(prod))
        counts[0] = 0
        ts.append(percentile_int(counts, pct))
    return ts


def add_counts(a, b):
    if len(b) > len(a):
        a, b = b, a
    a = a.copy()
    a[:len(b)] += b
    return a


def fatrelu_thresholds(acts, pct):
    """FATReLU [22] thresholds for the two ReLUs: the pct-th percentile of the
    positive quantized activations on held-out data (output Q units)."""
    out = []
    for l in (1, 2):
        v = np.concatenate([a[l][a[l] > 0].ravel() for a in acts])
        out.append(percentile_int(np.bincount(v), pct) if len(v) else 0)
    return out


def optimal_tree(weights):
    """Optimal alphabetic search tree over leaves 0..B-1 (frequent buckets end
    up shallower; paper 2.2: 'frequent magnitudes occupying shallower
    branches'). Internal node splitting leaves [i..k] | [k+1..j] tests
    c < 2^(k+1). Returns nodes in preorder: (pivot, lo, hi), child < 0 means
    leaf ~child."""
    n = len(weights)
    pre = [0]
    for w in weights:
        pre.append(pre[-1] + w)
    cost = [[0] * n for _ in range(n)]
    split = [[-1] * n for _ in range(n)]
    for span in range(2, n + 1):
        for i in range(0, n - span + 1):
            j = i + span - 1
            best = None
            for k in range(i, j):
                c = cost[i][k] + cost[k + 1][j]
                key = (c, abs((k - i) - (j - k - 1)), k)   # ties: most balanced
                if best is None or key < best[0]:
                    best = (key, k)
            cost[i][j] = best[0][0] + pre[j + 1] - pre[i]
            split[i][j] = best[1]
    nodes = []

    def build(i, j):
        if i == j:
            return ~i
        me = len(nodes)
        nodes.append(None)
        k = split[i][j]
        lo = build(i, k)
        hi = build(k + 1, j)
        nodes[me] = (1 << (k + 1), lo, hi)
        return me

    build(0, n - 1)
    return nodes


def calibrate_tree(values, n_buckets):
    """values: held-out magnitudes of the layer's control term (nonzero).
    Buckets are exponents n (2^n <= c < 2^(n+1)); each leaf stores a
    calibrated representative divisor (the lower median of the held-out
    values in the bucket; 2^n * sqrt(2) when none fell there)."""
    values = np.sort(values.astype(np.int64))
    exps = np.floor(np.log2(values)).astype(np.int64) if len(values) else values
    weights, reps = [], []
    for n in range(n_buckets):
        hi = (1 << (n + 1)) - 1 if n < n_buckets - 1 else INT16_MAX
        sel = values[(values >= (1 << n)) & (values <= hi)]
        weights.append(len(sel) + 1)
        if len(sel):
            reps.append(int(sel[(len(sel) - 1) // 2]))
        else:
            reps.append(min(max(int(round((1 << n) * math.sqrt(2))), 1 << n), hi))
    del exps
    return {"nodes": optimal_tree(weights), "reps": reps, "weights": weights}


# -------------------------------------------------------------- output ----
def c_array(ctype, name, values, per_line, fmt="%d", attr=""):
    vals = [fmt % int(v) for v in values]
    lines = []
    for i in range(0, len(vals), per_line):
        lines.append("    " + ", ".join(vals[i:i + per_line]) + ",")
    return "%sconst %s %s[%d] = {\n%s\n};\n" % (attr, ctype, name, len(vals), "\n".join(lines))


HEADER_NOTE = """/*
 * GENERATED by workloads/unit/train/train.py (run workloads/unit/train/regen.sh);
 * do not edit. %s
 * Data: Fashion-MNIST (Debian dataset-fashion-mnist), not MNIST.
 */
"""


def emit_model(path, qd, qp, sw, sa, shifts, T, fat, trees, meta):
    o = []
    o.append(HEADER_NOTE % "UnIT MNIST-architecture model (paper Table 1).")
    o.append("#ifndef UNIT_MODEL_MNIST_H\n#define UNIT_MODEL_MNIST_H\n\n#include \"unit.h\"\n\n")
    o.append("/* Fixed point: w = w_q * 2^-SW, activation = a_q * 2^-SA; products\n"
             " * x_q * w_q are in units of 2^-(SA_in + SW) (workloads/unit/README.md).\n")
    for l, nm in enumerate(["conv1", "conv2", "fc"]):
        o.append(" *   %-5s SW = %2d, SA_in = %2d%s\n" % (
            nm, sw[l], sa[l], (", SA_out = %d, shift = %d" % (sa[l + 1], shifts[l])) if l < 2 else ", output: int32 logits"))
    o.append(" * Dense float test accuracy %.4f, quantized %.4f; train-time pruned\n"
             " * (%.0f%% global magnitude pruning + fine-tune) float %.4f, quantized %.4f.\n */\n\n" % (
                 meta["float_acc_dense"], meta["q_acc_dense"], 100 * SPARSITY,
                 meta["float_acc_pruned"], meta["q_acc_pruned"]))
    o.append("/* Default UnIT thresholds T (section 2.1): %d-th percentile of the nonzero\n"
             " * |x_q*w_q| products per layer on %d held-out images, product units. */\n" % (PERCENTILE, N_CALIB))
    o.append("#define UNIT_MNIST_UNIT_T { %du, %du, %du, 0u }\n" % tuple(T))
    o.append("/* Default FATReLU thresholds: %d-th percentile of the positive quantized\n"
             " * activations after conv1 and conv2 (output Q units). */\n" % PERCENTILE)
    o.append("#define UNIT_MNIST_FAT_T { %d, %d, 0, 0 }\n\n" % tuple(fat))
    shapes = [(6, 1, 5), (16, 6, 5), None]
    for tag, q in (("dense", qd), ("pruned", qp)):
        for l, nm in enumerate(["conv1", "conv2"]):
            o.append(c_array("int8_t", "mnist_%s_w_%s" % (nm, tag), q["w"][l].ravel(), 25, attr="static "))
            o.append(c_array("int32_t", "mnist_%s_b_%s" % (nm, tag), q["b"][l], 8, "%dL", attr="static "))
        o.append("/* linear weights stored transposed: [256 inputs][10 outputs] */\n")
        o.append(c_array("int8_t", "mnist_fc_w_%s" % tag, q["w"][2].ravel(), 10, attr="static "))
        o.append(c_array("int32_t", "mnist_fc_b_%s" % tag, q["b"][2], 5, "%dL", attr="static "))
        o.append("\n")
    o.append("/* Binary-tree division (section 2.2): optimal search trees over the\n"
             " * exponent of the control term (|w| for conv, |x| for linear), built from\n"
             " * held-out frequencies; leaf i stands for 2^i <= c < 2^(i+1) and divides\n"
             " * by its calibrated representative rep[i]. child < 0: leaf ~child. */\n")
    for l, nm in enumerate(["conv1", "conv2", "fc"]):
        t = trees[l]
        nodes = t["nodes"]
        o.append("static const struct unit_tree mnist_%s_tree = {\n" % nm)
        o.append("    .n_nodes = %d, .n_leaves = %d,\n" % (len(nodes), len(t["reps"])))
        o.append("    .pivot = { %s },\n" % ", ".join("%du" % p for p, _, _ in nodes))
        o.append("    .child = { %s },\n" % ", ".join("{ %d, %d }" % (a, b) for _, a, b in nodes))
        o.append("    .rep = { %s },\n" % ", ".join("%du" % r for r in t["reps"]))
        o.append("};\n")
    o.append("\n/* Every layer reads pixels or (FAT)ReLU outputs: x_signed = 0. */\n")
    o.append("static const struct unit_layer mnist_layers[3] = {\n")
    for l, nm in enumerate(["conv1", "conv2"]):
        co, ci, k = shapes[l]
        ih = 28 if l == 0 else 12
        oh = ih - k + 1
        o.append("    { .kind = UNIT_CONV_POOL, .cin = %d, .cout = %d, .k = %d, .ih = %d, .iw = %d,\n"
                 "      .n_in = %d, .n_out = %d, .shift = %d, .x_signed = 0, .macs = %dUL,\n"
                 "      .w = { mnist_%s_w_dense, mnist_%s_w_pruned },\n"
                 "      .b = { mnist_%s_b_dense, mnist_%s_b_pruned }, .tree = &mnist_%s_tree },\n" % (
                     ci, co, k, ih, ih, ci * ih * ih, co * (oh // 2) * (oh // 2), shifts[l],
                     co * oh * oh * ci * k * k, nm, nm, nm, nm, nm))
    o.append("    { .kind = UNIT_LINEAR, .cin = 0, .cout = 10, .k = 0, .ih = 0, .iw = 0,\n"
             "      .n_in = 256, .n_out = 10, .shift = 0, .x_signed = 0, .macs = 2560UL,\n"
             "      .w = { mnist_fc_w_dense, mnist_fc_w_pruned },\n"
             "      .b = { mnist_fc_b_dense, mnist_fc_b_pruned }, .tree = &mnist_fc_tree },\n};\n\n")
    o.append("static const struct unit_model unit_mnist_model = {\n"
             "    .name = \"mnist\", .n_layers = 3, .in_c = 1, .in_h = 28, .in_w = 28,\n"
             "    .n_classes = 10, .layers = mnist_layers,\n};\n\n#endif\n")
    write_if_changed(path, "".join(o))


def emit_test(path, x, y, pred_dense, pred_pruned):
    o = []
    o.append(HEADER_NOTE % ("The first %d images of the Fashion-MNIST test set (t10k)." % len(x)))
    o.append("#ifndef UNIT_MODEL_MNIST_TEST_H\n#define UNIT_MODEL_MNIST_TEST_H\n\n"
             "#include <stdint.h>\n\n#include \"unit_platform.h\"\n\n")
    o.append("#define UNIT_MNIST_TEST_N %d\n\n" % len(x))
    o.append("/* Labels: %s. */\n" % ", ".join("%d %s" % (i, c) for i, c in enumerate(CLASSES)))
    o.append(c_array("uint8_t", "unit_mnist_test_labels", y, 32, attr="static "))
    o.append("/* Predictions of the integer reference in train.py (dense and\n"
             " * train-time pruned weights): the C code must agree bit for bit. */\n")
    o.append(c_array("uint8_t", "unit_mnist_test_pred_dense", pred_dense, 32, attr="static "))
    o.append(c_array("uint8_t", "unit_mnist_test_pred_pruned", pred_pruned, 32, attr="static "))
    o.append("\n/* Pixels (uint8, row-major 28x28 per image). On the MSP430 the batch lives\n"
             " * in upper FRAM (UNIT_FAR_DATA) and is read with unit_far_copy(). Defined\n"
             " * by the one file that defines UNIT_DEFINE_TEST_IMAGES (on the MSP430 one\n"
             " * compiled without debug information: its 16-bit DWARF addresses cannot\n"
             " * point above 64 KB). */\n")
    o.append("extern const uint8_t unit_mnist_test_images[%d][784];\n" % len(x))
    o.append("#ifdef UNIT_DEFINE_TEST_IMAGES\n")
    o.append("UNIT_FAR_DATA const uint8_t unit_mnist_test_images[%d][784] = {\n" % len(x))
    for i in range(len(x)):
        o.append("    { /* %d: %s */\n" % (i, CLASSES[y[i]]))
        for r in range(28):
            o.append("      " + ",".join("%d" % v for v in x[i, r]) + ",\n")
        o.append("    },\n")
    o.append("};\n#endif /* UNIT_DEFINE_TEST_IMAGES */\n\n#endif\n")
    write_if_changed(path, "".join(o))


def write_if_changed(path, text):
    old = None
    if os.path.exists(path):
        with open(path) as f:
            old = f.read()
    if old != text:
        with open(path, "w") as f:
            f.write(text)


# ---------------------------------------------------------------- main ----
def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--out-dir", required=True, help="where model_mnist*.h go (workloads/unit)")
    ap.add_argument("--work-dir", required=True, help="scratch: checkpoints, metrics.json, raw test set")
    ap.add_argument("--reuse", action="store_true", help="reuse checkpoints in --work-dir (development)")
    args = ap.parse_args()
    os.makedirs(args.work_dir, exist_ok=True)

    def log(msg):
        print(msg, flush=True)

    torch.set_num_threads(1)
    torch.use_deterministic_algorithms(True)
    torch.manual_seed(SEED)
    np.random.seed(SEED)
    t0 = time.time()

    (trx, try_), (vax, vay), (tex, tey) = load_data()
    log("Fashion-MNIST: %d train, %d held-out, %d test" % (len(trx), len(vax), len(tex)))

    ck_dense = os.path.join(args.work_dir, "dense.pt")
    ck_pruned = os.path.join(args.work_dir, "pruned.pt")
    dense = Net()
    if args.reuse and os.path.exists(ck_dense):
        dense.load_state_dict(torch.load(ck_dense))
    else:
        gen = torch.Generator().manual_seed(SEED)
        log("training dense model, %d epochs" % EPOCHS)
        run_epochs(dense, trx, try_, EPOCHS, 2e-3, gen, log=log)
        torch.save(dense.state_dict(), ck_dense)
    pruned = Net()
    if args.reuse and os.path.exists(ck_pruned):
        pruned.load_state_dict(torch.load(ck_pruned))
    else:
        pruned.load_state_dict(dense.state_dict())
        masks = global_magnitude_masks(pruned, SPARSITY)
        with torch.no_grad():
            for w, m in zip(pruned.weights(), masks):
                w.mul_(m)
        gen = torch.Generator().manual_seed(SEED + 1)
        log("pruning %.0f%% (global magnitude), fine-tuning %d epochs" % (100 * SPARSITY, FINETUNE_EPOCHS))
        run_epochs(pruned, trx, try_, FINETUNE_EPOCHS, 5e-4, gen, masks=masks, log=log)
        torch.save(pruned.state_dict(), ck_pruned)
    t_train = time.time() - t0

    meta = {"float_acc_dense": float_accuracy(dense, tex, tey),
            "float_acc_pruned": float_accuracy(pruned, tex, tey)}

    fp = [params_of(dense), params_of(pruned)]
    m_d, m_p = float_activations(dense, vax), float_activations(pruned, vax)
    sw, sa = choose_formats(fp, [max(m_d[0], m_p[0]), max(m_d[1], m_p[1])])
    shifts = [sa[0] + sw[0] - sa[1], sa[1] + sw[1] - sa[2]]
    assert all(s >= 1 for s in shifts), shifts
    qd, qp = quantize(fp[0], sw, sa), quantize(fp[1], sw, sa)

    pred_d, _ = infer_int_batched(qd, shifts, tex)
    pred_p, _ = infer_int_batched(qp, shifts, tex)
    meta["q_acc_dense"] = float((pred_d == tey).mean())
    meta["q_acc_pruned"] = float((pred_p == tey).mean())

    # Calibration on held-out images only (paper 3.2).
    _, acts = infer_int_batched(qd, shifts, vax[:N_CALIB], chunk=50)
    T = product_threshold(qd, acts, PERCENTILE)
    fat = fatrelu_thresholds(acts, PERCENTILE)
    _, acts_all = infer_int_batched(qd, shifts, vax)
    fc_x = np.concatenate([a[3][a[3] > 0].ravel() for a in acts_all])
    trees = [calibrate_tree(np.abs(qd["w"][0][qd["w"][0] != 0]), 7),
             calibrate_tree(np.abs(qd["w"][1][qd["w"][1] != 0]), 7),
             calibrate_tree(fc_x, 15)]

    sparsity_q = [float((qp["w"][l] == 0).mean()) for l in range(3)]
    meta.update({
        "seed": SEED, "epochs": EPOCHS, "finetune_epochs": FINETUNE_EPOCHS, "batch": BATCH,
        "sparsity_target": SPARSITY, "sparsity_per_layer_pruned": sparsity_q,
        "dense_zero_weights_per_layer": [float((qd["w"][l] == 0).mean()) for l in range(3)],
        "percentile": PERCENTILE, "n_calib": N_CALIB, "sw": sw, "sa": sa, "shifts": shifts,
        "unit_t": T, "fat_t": fat, "tree_weights": [t["weights"] for t in trees],
        "tree_reps": [t["reps"] for t in trees],
        "q_pred_dense_test": [int(v) for v in pred_d], "q_pred_pruned_test": [int(v) for v in pred_p],
        "torch": torch.__version__, "numpy": np.__version__,
    })
    emit_model(os.path.join(args.out_dir, "model_mnist.h"), qd, qp, sw, sa, shifts, T, fat, trees, meta)
    nb = N_TEST_BATCH
    emit_test(os.path.join(args.out_dir, "model_mnist_test.h"), tex[:nb], tey[:nb], pred_d[:nb], pred_p[:nb])

    # The whole test set, uncompressed, for the host reference sweep (regen.sh).
    tex.tofile(os.path.join(args.work_dir, "test-images.u8"))
    tey.tofile(os.path.join(args.work_dir, "test-labels.u8"))
    with open(os.path.join(args.work_dir, "metrics.json"), "w") as f:
        json.dump(meta, f, indent=1, sort_keys=True)
    log("float acc dense %.4f pruned %.4f; quantized dense %.4f pruned %.4f" % (
        meta["float_acc_dense"], meta["float_acc_pruned"], meta["q_acc_dense"], meta["q_acc_pruned"]))
    log("SW %s SA %s shifts %s T %s FATReLU %s" % (sw, sa, shifts, T, fat))
    log("training %.1f s, total %.1f s" % (t_train, time.time() - t0))
    return 0


if __name__ == "__main__":
    sys.exit(main())
