package scores

// UnfinishedCounts counts, by article, the attempts on one version of a
// pack that were begun (at least one answer given) and never finished:
// an exam cut short, or a quiz left half done or set aside. A hand-in
// carries the count so the teacher sees the student tried; retries and
// reviews, which are not results either way, are left out, and so, with
// assignedOnly (the pack sets an assignment, whose attempts alone are
// its results), is the student's own practice.
func (s *Store) UnfinishedCounts(packID, version string, assignedOnly bool) (map[string]int, error) {
	rows, err := s.db.Query(`SELECT article_id, count(*) FROM attempts a
		WHERE pack_id = ? AND pack_version = ? AND finished IS NULL AND retry = 0 AND mode <> 'review'
			AND (assigned = 1 OR NOT ?)
			AND `+begun+`
		GROUP BY article_id ORDER BY article_id`, packID, version, assignedOnly)
	if err != nil {
		return nil, s.classify(err)
	}
	defer rows.Close()
	out := map[string]int{}
	for rows.Next() {
		var article string
		var n int
		if err := rows.Scan(&article, &n); err != nil {
			return nil, s.classify(err)
		}
		out[article] = n
	}
	return out, s.classify(rows.Err())
}
