#!/usr/bin/env python3
"""Summarises a dotnet-trace Speedscope file: the frames with the most inclusive and exclusive samples.
Usage: speedscope_top.py FILE [N] [--thread SUBSTRING]"""
import json, sys, collections

def main():
    path = sys.argv[1]
    n = int(sys.argv[2]) if len(sys.argv) > 2 and sys.argv[2].isdigit() else 25
    thread = sys.argv[sys.argv.index('--thread') + 1] if '--thread' in sys.argv else None
    data = json.load(open(path))
    frames = [f['name'] for f in data['shared']['frames']]
    incl, excl = collections.Counter(), collections.Counter()
    total = 0.0
    for profile in data['profiles']:
        if thread and thread not in profile.get('name', ''):
            continue
        if profile['type'] == 'sampled':
            for stack, weight in zip(profile['samples'], profile['weights']):
                total += weight
                for f in set(stack):
                    incl[f] += weight
                if stack:
                    excl[stack[-1]] += weight
        else:  # evented
            stack, last = [], None
            for ev in profile['events']:
                if last is not None and stack:
                    w = ev['at'] - last
                    total += w
                    for f in set(stack):
                        incl[f] += w
                    excl[stack[-1]] += w
                last = ev['at']
                if ev['type'] == 'O':
                    stack.append(ev['frame'])
                else:
                    stack.pop()
    print(f"total {total:.0f}")
    print("== inclusive")
    for f, w in incl.most_common(n):
        print(f"{100*w/total:6.1f}%  {frames[f][:200]}")
    print("== exclusive")
    for f, w in excl.most_common(n):
        print(f"{100*w/total:6.1f}%  {frames[f][:200]}")

main()
