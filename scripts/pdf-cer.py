#!/usr/bin/env python3
"""Issue 15 measurement: character error rate of the text `pdftotext` (no -raw) reads from PDFs against
reference transcriptions.  For each REF_DIR/NAME.txt and each PDF folder given, CER = edit distance / reference
length after NFC and whitespace collapsed to single spaces (line breaks count as spaces).

usage: pdf-cer.py REF_DIR LABEL=PDF_DIR [LABEL=PDF_DIR ...]
"""
import os, re, subprocess, sys, unicodedata

def norm(s):
    return re.sub(r'\s+', ' ', unicodedata.normalize('NFC', s)).strip()

def distance(a, b):
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i] + [0] * len(b)
        for j, cb in enumerate(b, 1):
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb))
        prev = cur
    return prev[-1]

def main():
    ref_dir = sys.argv[1]
    runs = [a.split('=', 1) for a in sys.argv[2:]]
    totals = {label: [0, 0] for label, _ in runs}
    for f in sorted(os.listdir(ref_dir)):
        if not f.endswith('.txt'):
            continue
        name = f[:-4]
        ref = norm(open(os.path.join(ref_dir, f), encoding='utf-8').read())
        cells = []
        for label, d in runs:
            pdf = os.path.join(d, name + '.pdf')
            hyp = norm(subprocess.run(['pdftotext', pdf, '-'], capture_output=True, text=True).stdout) if os.path.exists(pdf) else ''
            e = distance(ref, hyp)
            totals[label][0] += e
            totals[label][1] += len(ref)
            cells.append(f'{label} {100.0 * e / len(ref):.2f} %')
        print(f'{name} ({len(ref)} chars): ' + ', '.join(cells))
    for label, (e, n) in totals.items():
        print(f'TOTAL {label}: CER {100.0 * e / max(1, n):.2f} % ({e} edits / {n} chars)')

if __name__ == '__main__':
    main()
