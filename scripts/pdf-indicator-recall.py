#!/usr/bin/env python3
"""Issue 15 measurement: does the text of each archive PDF (plain `pdftotext`, no -raw) hold the indicator
texts of its truth?  For every truth row, the indicator text's best fuzzy match anywhere in the PDF's text
(substring edit distance, Sellers; NFC, whitespace and ZW(N)J dropped) gives a similarity 1 - d/len; a row
counts as found at >= 0.95.

usage: pdf-indicator-recall.py TRUTH_DIR PDF_DIR [--list]
"""
import json, os, subprocess, sys, unicodedata, re

def norm(s):
    s = unicodedata.normalize('NFC', s)
    return re.sub(r'[\s\u200c\u200d]+', '', s)

def substring_distance(pat, text):
    # Sellers: min edit distance of pat to any substring of text
    m = len(pat)
    prev = list(range(m + 1))
    best = m
    for ch in text:
        cur = [0] * (m + 1)
        for i in range(1, m + 1):
            cost = 0 if pat[i - 1] == ch else 1
            cur[i] = min(prev[i - 1] + cost, prev[i] + 1, cur[i - 1] + 1)
        best = min(best, cur[m])
        prev = cur
    return best

def main():
    truth_dir, pdf_dir = sys.argv[1], sys.argv[2]
    listing = '--list' in sys.argv
    total = found = 0
    sims = []
    files = 0
    for f in sorted(os.listdir(truth_dir)):
        if not f.endswith('.truth.json'):
            continue
        name = f[:-len('.truth.json')]
        pdf = os.path.join(pdf_dir, name + '.pdf')
        truth = json.load(open(os.path.join(truth_dir, f), encoding='utf-8'))
        rows = [r for r in truth.get('rows', []) if (r.get('indicator') or {}).get('text')]
        if not os.path.exists(pdf):
            print(f'{name}: no PDF', file=sys.stderr)
            total += len(rows)
            sims += [0.0] * len(rows)
            continue
        files += 1
        text = norm(subprocess.run(['pdftotext', pdf, '-'], capture_output=True, text=True).stdout)
        f_found = 0
        for r in rows:
            ind = norm(r['indicator']['text'])
            d = substring_distance(ind, text)
            sim = 1 - d / max(1, len(ind))
            sims.append(sim)
            total += 1
            if sim >= 0.95:
                found += 1
                f_found += 1
            elif listing:
                print(f'  {name} [{r["indicator"].get("code")}] {sim:.3f} {r["indicator"]["text"]}')
        print(f'{name}: {f_found}/{len(rows)} indicators found (>= 0.95)')
    mean = sum(sims) / max(1, len(sims))
    print(f'TOTAL: {found}/{total} indicator texts found at >= 95 % ({100.0 * found / max(1, total):.1f} %), '
          f'mean similarity {mean:.3f}, {files} PDFs')

if __name__ == '__main__':
    main()
