// Package common is what every screen of brief's terminal interface
// shares and nothing more: the theme (Styles, Glyphs, Theme and
// ThemeMsg), the key-help layout (KeyHelp and the one-line hints), the
// layout helpers that fit text to a window, the keys that scroll, and the
// Screen contract with the messages by which a screen asks the root to
// open or close a screen.
//
// It imports no screen; the screens and the root import it.
package common
