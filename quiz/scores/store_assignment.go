package scores

// AttemptsAt counts the attempts taken at an article of one version of a
// pack in one mode: those finished, and those abandoned or left with at
// least one answer, so that leaving an exam half done does not give an
// assignment's attempt back. Retries (of questions already seen) are not
// attempts at it.
func (s *Store) AttemptsAt(packID, version, articleID, mode string) (int, error) {
	var n int
	err := s.db.QueryRow(`SELECT count(*) FROM attempts a
		WHERE pack_id = ? AND pack_version = ? AND article_id = ? AND mode = ? AND retry = 0
			AND (finished IS NOT NULL OR EXISTS (SELECT 1 FROM answers WHERE attempt_id = a.id))`,
		packID, version, articleID, mode).Scan(&n)
	return n, s.classify(err)
}
