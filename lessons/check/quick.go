package check

import "os"

// QuickEnv is the environment variable that shrinks training budgets:
// GANLITE_QUICK=1 is set by CI (make test) when it runs the LEARNER
// notebooks, so they prove they run without training for minutes. Solved
// notebooks always run at the learner's full settings. A learner never
// needs to set it.
const QuickEnv = "GANLITE_QUICK"

// Quick reports whether GANLITE_QUICK=1 is set.
func Quick() bool { return os.Getenv(QuickEnv) == "1" }

// Budget returns full, or quick when Quick() is true, e.g.
//
//	steps := check.Budget(3000, 200)
//
// so a notebook cell needs no if statement.
func Budget(full, quick int) int {
	if Quick() {
		return quick
	}
	return full
}
