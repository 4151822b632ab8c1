package scores

import (
	"encoding/json"
)

// ArticleProgress is how far a student has got with one article, for the
// home screen: the sections read, and the latest quiz left unfinished.
type ArticleProgress struct {
	PackID, ArticleID string
	// SectionsRead holds the slugs of the sections whose words were
	// read at least once (the reader counts a section's words once the
	// student has spent long enough on it to read them).
	SectionsRead map[string]bool
	// QuizMode, QuizAnswered and QuizQuestions describe the latest
	// practice or exam attempt neither finished nor abandoned that has
	// an answer; QuizQuestions is 0 when there is none.
	QuizMode      string
	QuizAnswered  int
	QuizQuestions int
}

// Progress reads every article's progress, keyed by pack and article id.
// Articles never read nor quizzed are not in the map.
func (s *Store) Progress() (map[[2]string]*ArticleProgress, error) {
	out := map[[2]string]*ArticleProgress{}
	entry := func(pack, article string) *ArticleProgress {
		k := [2]string{pack, article}
		if out[k] == nil {
			out[k] = &ArticleProgress{PackID: pack, ArticleID: article, SectionsRead: map[string]bool{}}
		}
		return out[k]
	}
	rows, err := s.db.Query(`SELECT DISTINCT pack_id, article_id, section FROM reading WHERE words > 0`)
	if err != nil {
		return nil, s.classify(err)
	}
	for rows.Next() {
		var pack, article, section string
		if err := rows.Scan(&pack, &article, &section); err != nil {
			rows.Close()
			return nil, s.classify(err)
		}
		entry(pack, article).SectionsRead[section] = true
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, s.classify(err)
	}
	return out, s.unfinishedProgress(entry)
}

// unfinishedProgress fills in the latest unfinished quiz of each article,
// as UnfinishedAttempt would find it (whether or not another brief has it
// open: it is progress all the same).
func (s *Store) unfinishedProgress(entry func(pack, article string) *ArticleProgress) error {
	rows, err := s.db.Query(`SELECT a.pack_id, a.article_id, a.mode, a.question_ids,
			(SELECT count(*) FROM answers WHERE attempt_id = a.id)
		FROM attempts a
		WHERE a.finished IS NULL AND a.abandoned = 0 AND a.mode <> 'review'
			AND ` + begun + `
		ORDER BY a.started, a.id`)
	if err != nil {
		return s.classify(err)
	}
	defer rows.Close()
	for rows.Next() {
		var pack, article, mode, ids string
		var answered int
		if err := rows.Scan(&pack, &article, &mode, &ids, &answered); err != nil {
			return s.classify(err)
		}
		var questions []string
		if json.Unmarshal([]byte(ids), &questions) != nil || len(questions) == 0 {
			continue // a damaged row is no progress to show
		}
		p := entry(pack, article) // a later attempt replaces an earlier one
		p.QuizMode, p.QuizAnswered, p.QuizQuestions = mode, min(answered, len(questions)), len(questions)
	}
	return s.classify(rows.Err())
}
