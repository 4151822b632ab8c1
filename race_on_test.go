//go:build race

package main

// raceBuild says the suite runs under the race detector; the brief it
// drives is then built with it too.
const raceBuild = true
