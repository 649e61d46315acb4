#!/usr/bin/python3
"""PyTorch twin of ganlite's two benchmark workloads (issue 5).

One training step, exactly as ganlite.GAN.Step does it:
  D step: n real + n fakes from fresh z (detached), labels 1/0, shuffled
          together, BCE from logits, Adam update of D only;
  G step: n fresh z, D frozen (no grads to D's weights), non-saturating
          loss -log sigmoid(D(G(z))), Adam update of G only.

Workloads:
  mlp  : G 100-256-512-784 (LeakyReLU 0.2, tanh), D 784-512-256-1
         (LeakyReLU 0.2, logits), batch 64, real data = embedded MNIST t10k.
  ring : G 2-128-128-2, D 2-128-128-1 (ReLU), batch 256, real data = ring of
         8 Gaussians (radius 1, sigma 0.01).
Adam lr 2e-4, betas (0.5, 0.999), eps 1e-8.

Prints one line:  steps_per_s=<float> threads=<n> dtype=<d> workload=<w>
Run with OMP_WAIT_POLICY=PASSIVE (bench/run.sh does) or idle OpenMP threads
spin and starve OpenBLAS on a 2-core machine.
"""
import argparse
import gzip
import math
import os
import time

import numpy as np
import torch
from torch import nn

HERE = os.path.dirname(os.path.abspath(__file__))
MNIST = os.path.join(HERE, "..", "ganlite", "data", "mnist", "t10k-images-idx3-ubyte.gz")


def mnist_images(dtype):
    with gzip.open(MNIST, "rb") as f:
        raw = f.read()
    x = np.frombuffer(raw, dtype=np.uint8, offset=16).reshape(-1, 784)
    return torch.from_numpy(x.astype(np.float64) / 127.5 - 1.0).to(dtype)


def build(workload):
    if workload == "mlp":
        g = nn.Sequential(nn.Linear(100, 256), nn.LeakyReLU(0.2),
                          nn.Linear(256, 512), nn.LeakyReLU(0.2),
                          nn.Linear(512, 784), nn.Tanh())
        d = nn.Sequential(nn.Linear(784, 512), nn.LeakyReLU(0.2),
                          nn.Linear(512, 256), nn.LeakyReLU(0.2),
                          nn.Linear(256, 1))
        return g, d, 100, 64
    g = nn.Sequential(nn.Linear(2, 128), nn.ReLU(),
                      nn.Linear(128, 128), nn.ReLU(),
                      nn.Linear(128, 2))
    d = nn.Sequential(nn.Linear(2, 128), nn.ReLU(),
                      nn.Linear(128, 128), nn.ReLU(),
                      nn.Linear(128, 1))
    return g, d, 2, 256


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--workload", choices=["mlp", "ring"], default="mlp")
    ap.add_argument("--dtype", choices=["float32", "float64"], default="float32")
    ap.add_argument("--seconds", type=float, default=3.0,
                    help="time steps until at least this many seconds have passed")
    ap.add_argument("--threads", type=int, default=2)
    a = ap.parse_args()

    torch.set_num_threads(a.threads)
    torch.manual_seed(1)
    dtype = torch.float32 if a.dtype == "float32" else torch.float64
    g, d, zdim, n = build(a.workload)
    g, d = g.to(dtype), d.to(dtype)
    opt_g = torch.optim.Adam(g.parameters(), lr=2e-4, betas=(0.5, 0.999), eps=1e-8)
    opt_d = torch.optim.Adam(d.parameters(), lr=2e-4, betas=(0.5, 0.999), eps=1e-8)
    bce = nn.BCEWithLogitsLoss()

    if a.workload == "mlp":
        data = mnist_images(dtype)

        def real_batch():
            return data[torch.randint(0, data.shape[0], (n,))]
    else:
        ang = torch.arange(8, dtype=dtype) * (2 * math.pi / 8)
        means = torch.stack([torch.cos(ang), torch.sin(ang)], 1)

        def real_batch():
            return means[torch.randint(0, 8, (n,))] + 0.01 * torch.randn(n, 2, dtype=dtype)

    labels = torch.cat([torch.ones(n, 1, dtype=dtype), torch.zeros(n, 1, dtype=dtype)])
    ones = torch.ones(n, 1, dtype=dtype)
    d_params = list(d.parameters())

    def step():
        # D step.
        real = real_batch()
        with torch.no_grad():
            fake = g(torch.randn(n, zdim, dtype=dtype))
        perm = torch.randperm(2 * n)
        x = torch.cat([real, fake])[perm]
        y = labels[perm]
        opt_d.zero_grad(set_to_none=False)
        loss_d = bce(d(x), y)
        loss_d.backward()
        opt_d.step()
        # G step, D frozen.
        for p in d_params:
            p.requires_grad_(False)
        opt_g.zero_grad(set_to_none=False)
        loss_g = bce(d(g(torch.randn(n, zdim, dtype=dtype))), ones)  # = mean -log sigmoid
        loss_g.backward()
        opt_g.step()
        for p in d_params:
            p.requires_grad_(True)
        return loss_d, loss_g

    # Warm-up as in bench/main.go: at least 5 steps and 0.3 s.
    t0 = time.perf_counter()
    i = 0
    while i < 5 or time.perf_counter() - t0 < 0.3:
        step()
        i += 1
    t0 = time.perf_counter()
    steps = 0
    while steps < 10 or time.perf_counter() - t0 < a.seconds:
        ld, lg = step()
        steps += 1
    dt = time.perf_counter() - t0
    if not (math.isfinite(ld.item()) and math.isfinite(lg.item())):
        raise SystemExit("non-finite loss")
    print("steps_per_s=%.3f threads=%d dtype=%s workload=%s" %
          (steps / dt, torch.get_num_threads(), a.dtype, a.workload))


if __name__ == "__main__":
    main()
