#!/usr/bin/env bash
# Measures what README.md's performance table reports. Needs hyperfine
# (apt-get install hyperfine) for the whole-process timings.
set -euo pipefail
cd "$(dirname "$0")/.."
out=$(mktemp -d)
go build -o "$out/brief" .
go build -o "$out/minimal" ./bench/minimal
article=content/defaultpack/russia-dprk-summit-2023.md

echo "== whole process: brief read --plain against a minimal Glamour program"
hyperfine -N --warmup 5 --runs 60 \
  "$out/brief read --plain --width 80" \
  "$out/minimal $article"

echo "== in process: brief's renderer against bare Glamour (seed and 100x article)"
go test -run '^$' -bench 'Render(BareGlamour)?$' -benchtime 2s ./content/

echo "== the reader: first frame, resize, scrolling"
go test -run '^$' -bench 'FirstFrame|Resize100x|RenderVisible100x|Scroll100x' -benchtime 2s ./ui/

echo "== scores: store and stats with 100,000 answers"
go test -run '^$' -bench 'Stats100k|RecordAnswer|OpenStore' -benchtime 2s ./quiz/
go test -run '^$' -bench 'StatsScreen' ./ui/
rm -rf "$out"
