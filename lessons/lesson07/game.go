package lesson07

import "math"

// Game plays V(a, b) = a·b (Goodfellow 2016, NIPS tutorial §8.2): player 1
// picks a to minimise V, player 2 picks b to maximise it, each by gradient
// steps of size eta from (a0, b0). ∂V/∂a = b and ∂V/∂b = a, so a
// simultaneous step is (a, b) ← (a − eta·b, b + eta·a); an alternating step
// updates a first and lets b see the new a. The only equilibrium is (0, 0).
// It returns the path, steps+1 points.
func Game(a0, b0, eta float64, steps int, simultaneous bool) (as, bs []float64) {
	a, b := a0, b0
	as, bs = append(as, a), append(bs, b)
	for i := 0; i < steps; i++ {
		if simultaneous {
			a, b = a-eta*b, b+eta*a // both gradients at the old point
		} else {
			a = a - eta*b
			b = b + eta*a // player 2 answers player 1's new a
		}
		as, bs = append(as, a), append(bs, b)
	}
	return as, bs
}

// Radius returns √(a² + b²) at step i of a path.
func Radius(as, bs []float64, i int) float64 { return math.Hypot(as[i], bs[i]) }
