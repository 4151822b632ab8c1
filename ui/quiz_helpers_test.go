package ui

import (
	"brief/ui/internal/uitest"
)

// The shared test helpers, under the names the root's tests use.
var (
	defaultPack    = uitest.DefaultPack
	longPack       = uitest.LongPack
	keyPress       = uitest.KeyPress
	keyPresses     = uitest.KeyPresses
	typeText       = uitest.TypeText
	defaultArticle = uitest.DefaultArticle
	sessionOf      = uitest.SessionOf
	testTheme      = uitest.Theme
	qzKey          = uitest.Key
	qzPress        = uitest.Press
	rightKeys      = uitest.RightKeys
	testStore      = uitest.Store
	twoPacks       = uitest.TwoPacks
	lockStore      = uitest.LockStore
	waitIdle       = uitest.WaitIdle
	beginAt        = uitest.BeginAt
	recorded       = uitest.Recorded
)
