#!/usr/bin/env python3
"""jfrtop.py FILE.jfr START END [depth]  -- aggregate jdk.ExecutionSample between two ISO instants (UTC).
Prints: samples by thread-name prefix, top self frames, top inclusive city.hotline frames, top inclusive frames by package."""
import json, subprocess, sys, collections, re
f, start, end = sys.argv[1], sys.argv[2], sys.argv[3]
out = subprocess.run(['jfr', 'print', '--json', '--stack-depth', '64', '--events', 'jdk.ExecutionSample', f],
                     capture_output=True, text=True).stdout
ev = json.loads(out)['recording']['events']
def name(fr):
    m = fr['method']; return (m['type']['name'] + '.' + m['name']).replace('/', '.')
sel = [e for e in ev if start <= e['values']['startTime'][:19] <= end]
n = len(sel)
print(f'{n} samples of {len(ev)}')
thr = collections.Counter(); selfc = collections.Counter(); inc = collections.Counter(); pkg = collections.Counter()
for e in sel:
    v = e['values']
    t = v['sampledThread']['javaName'] or v['sampledThread'].get('osName') or '?'
    thr[re.sub(r'[-# ]?\d+$', '', t)] += 1
    frames = v['stackTrace']['frames'] if v['stackTrace'] else []
    if frames: selfc[name(frames[0])] += 1
    seen = set(); seenp = set()
    for fr in frames:
        nm = name(fr)
        if nm.startswith('city.hotline') and nm not in seen:
            seen.add(nm); inc[nm] += 1
        p = '.'.join(nm.split('.')[:4])
        if p not in seenp:
            seenp.add(p); pkg[p] += 1
def show(title, c, k=25):
    print('\n== ' + title)
    for x, m in c.most_common(k): print(f'{m:6d} {100*m/max(n,1):5.1f}%  {x}')
show('threads', thr, 20); show('self frames', selfc, 30); show('city.hotline inclusive', inc, 40); show('packages inclusive', pkg, 40)
