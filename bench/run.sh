#!/usr/bin/env bash
# Measures what README.md's performance table reports.
set -euo pipefail
cd "$(dirname "$0")/.."

echo "== whole process: brief read --plain against a minimal Glamour program, run in turns"
go test -run '^$' -bench PlainAgainstMinimal -benchtime 300x -count 5 .

echo "== in process: brief's renderer against bare Glamour (seed and 100x article)"
go test -run '^$' -bench 'Render(BareGlamour)?$' -benchtime 2s ./content/

echo "== the reader: first frame, resize, scrolling"
go test -run '^$' -bench 'FirstFrame' -benchtime 2s ./ui/
go test -run '^$' -bench 'Resize100x|RenderVisible100x|Scroll100x' -benchtime 2s ./ui/reader/

echo "== scores: store and stats with 100,000 answers"
go test -run '^$' -bench 'Stats100k|RecordAnswer|OpenStore' -benchtime 2s ./quiz/
go test -run '^$' -bench 'StatsScreen' ./ui/

echo "== the library as home and list read it: a pack at the limits, indexed and loaded whole"
go test -run '^$' -bench LoadLibrary -benchtime 3x ./content/

echo "== whole process in a terminal: first frame and key to frame, in turns with glow (\$GLOW or on PATH), and printing into a pipe"
go run ./bench/term
