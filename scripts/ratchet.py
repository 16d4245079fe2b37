#!/usr/bin/env python3
"""Holds today's figures against the recorded ones (a ratchet).

usage: ratchet.py TODAY.json RECORDED.json [--record | --check]

Both files map a figure's name to a number. --record raises every recorded figure to today's where
today's is higher (it never lowers one); --check prints both and exits 1 when any figure fell below
the recorded one; with neither it only prints.
"""
import json
import sys

today_path, recorded_path = sys.argv[1:3]
mode = sys.argv[3] if len(sys.argv) > 3 else ""
today = json.load(open(today_path))
try:
    recorded = json.load(open(recorded_path))
except FileNotFoundError:
    recorded = {}
if mode == "--record":
    merged = {k: max(today[k], recorded.get(k, 0)) for k in today}
    with open(recorded_path, "w") as f:
        json.dump(merged, f, indent=1)
    print("recorded:", merged)
    sys.exit(0)
worse = [f"{k} {today.get(k, 0):.4f} < recorded {v:.4f}" for k, v in recorded.items() if today.get(k, 0) < v]
for k, v in recorded.items():
    print(f"  {k:32} today {today.get(k, 0):.4f}   recorded {v:.4f}")
if mode == "--check" and worse:
    print("fell below the recorded figures: " + "; ".join(worse))
    sys.exit(1)
