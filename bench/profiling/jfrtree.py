#!/usr/bin/env python3
"""jfrtree.py FILE.jfr START END METHOD_SUBSTR [levels] -- callees (inclusive) below the outermost frame matching METHOD_SUBSTR."""
import json, subprocess, sys, collections
f, start, end, target = sys.argv[1:5]; levels = int(sys.argv[5]) if len(sys.argv) > 5 else 2
ev = json.loads(subprocess.run(['jfr', 'print', '--json', '--stack-depth', '96', '--events', 'jdk.ExecutionSample', f],
                               capture_output=True, text=True).stdout)['recording']['events']
def name(fr):
    m = fr['method']; return (m['type']['name'] + '.' + m['name']).replace('/', '.')
sel = [e for e in ev if start <= e['values']['startTime'][:19] <= end]
boring = ('_Subclass', '_ClientProxy', 'io.quarkus.arc', 'Interceptor', 'superforward', 'jdk.internal.reflect', 'java.lang.invoke', '$$Lambda')
tree = collections.Counter(); total = 0
for e in sel:
    st = e['values']['stackTrace']
    fr = [name(x) for x in (st['frames'] if st else [])][::-1]
    idx = next((i for i, x in enumerate(fr) if target in x), None)
    if idx is None: continue
    total += 1
    path = [x for x in fr[idx + 1:] if not any(b in x for b in boring)][:levels]
    for k in range(1, len(path) + 1): tree[tuple(path[:k])] += 1
    if not path: tree[('<self>',)] += 1
print(f'{total} samples under {target} of {len(sel)}')
def walk(prefix, depth):
    kids = sorted([(c, p) for p, c in tree.items() if len(p) == depth + 1 and p[:depth] == prefix], reverse=True)
    for c, p in kids:
        if c * 100 < total * 1.5: continue
        print('  ' * depth + f'{c:5d} {100*c/total:5.1f}%  {p[-1]}')
        walk(p, depth + 1)
walk((), 0)
