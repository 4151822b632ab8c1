package scores

// AttemptsAt counts the attempts taken as the assignment of an article of
// one version of a pack: those finished, and those abandoned or left with
// at least one answer, so that leaving an exam half done does not give an
// attempt back. The student's own practice is not one of them.
func (s *Store) AttemptsAt(packID, version, articleID string) (int, error) {
	var n int
	err := s.db.QueryRow(`SELECT count(*) FROM attempts a
		WHERE pack_id = ? AND pack_version = ? AND article_id = ? AND assigned = 1 AND retry = 0
			AND (finished IS NOT NULL OR `+begun+`)`,
		packID, version, articleID).Scan(&n)
	return n, s.classify(err)
}

// UnfinishedAt counts the attempts taken as the assignment of an article
// of one version of a pack that are left unfinished (with an answer,
// neither handed in nor set aside): each is counted by AttemptsAt, and
// each can still be carried on.
func (s *Store) UnfinishedAt(packID, version, articleID string) (int, error) {
	var n int
	err := s.db.QueryRow(`SELECT count(*) FROM attempts a
		WHERE pack_id = ? AND pack_version = ? AND article_id = ? AND assigned = 1 AND retry = 0
			AND finished IS NULL AND abandoned = 0 AND `+begun,
		packID, version, articleID).Scan(&n)
	return n, s.classify(err)
}
