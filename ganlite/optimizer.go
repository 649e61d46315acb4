package ganlite

import (
	"fmt"
	"math"
)

// Optimizer changes parameters using their gradients. Step is called after
// Backward has written the gradients; it updates every parameter given.
type Optimizer interface {
	Step(params []*Param)
}

// checkLR panics unless lr is a positive finite number.
func checkLR(where string, lr float64) {
	if !(lr > 0) || math.IsInf(lr, 0) {
		panic(fmt.Sprintf("ganlite: %s: lr is %v, want lr > 0", where, lr))
	}
}
