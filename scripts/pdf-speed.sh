#!/bin/bash
# Issue 15 speed check: `suchi pdf` against Tesseract's own PDF renderer (what OCRmyPDF runs) on the same scanned
# pages of the dev set, two at a time each. The scanned PDFs' page images are taken out as they are (pdfimages -all,
# no rendering) for tesseract; suchi reads the inputs themselves.
# usage: scripts/pdf-speed.sh [DEV_DIR] [WORK_DIR]
set -e
D=${1:-/work/shared/corpus/dev}
W=${2:-/tmp/pdf-speed}
cd "$(dirname "$0")/.."
export OMP_THREAD_LIMIT=1
IMAGES=$(cd "$D" && ls dev-*.png dev-*.jpg dev-*.tif)
SCANNED=$(python3 -c "import json,sys; m=json.load(open('$D/manifest.json')); print(' '.join(d['file'] for d in m['documents'] if d['kind']=='scanned-pdf'))")
rm -rf "$W"; mkdir -p "$W/pages" "$W/suchi" "$W/tess"
for f in $IMAGES; do ln -s "$D/$f" "$W/pages/$f"; done
for f in $SCANNED; do pdfimages -all "$D/$f" "$W/pages/${f%.pdf}"; done
echo "load before suchi: $(cat /proc/loadavg)"
/usr/bin/time -f 'suchi wall %e s, peak RSS %M KiB' ./suchi pdf $(for f in $IMAGES $SCANNED; do echo "$D/$f"; done) \
    --out "$W/suchi" --jobs 2 > "$W/suchi.log" 2>&1 || true
tail -1 "$W/suchi.log"
echo "load before tesseract: $(cat /proc/loadavg)"
/usr/bin/time -f 'tesseract wall %e s' sh -c "ls $W/pages/* | xargs -P 2 -I{} sh -c 'tesseract {} $W/tess/\$(basename {} | sed s/[.].*//) -l ben pdf 2>/dev/null'"
echo "load after: $(cat /proc/loadavg)"
