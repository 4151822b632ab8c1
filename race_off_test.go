//go:build !race

package main

// raceBuild says the suite runs under the race detector (see
// race_on_test.go).
const raceBuild = false
