package scores

// begun is the SQL condition, on an attempt aliased a, that it was begun
// in earnest: an answer was given, or a timed exam's clock has run (its
// time used is kept, see Recorder.KeepUsed). An exam opened, read and
// left without an answer is then an attempt like any other, carried on
// with the time it had left, so that its questions cannot be read first
// and taken afresh with the whole time after.
const begun = `(EXISTS (SELECT 1 FROM answers WHERE attempt_id = a.id) OR a.used_ms > 0)`
