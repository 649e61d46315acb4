package lesson02_test

import (
	"fmt"

	"gonum.org/v1/gonum/mat"

	"github.com/ganlite/ganlite/lessons/check"
	"github.com/ganlite/ganlite/lessons/lesson02"
	sol "github.com/ganlite/ganlite/solutions/lesson02"
)

// TraceShapes shows the batch's shape after every layer of the generator.
func ExampleTraceShapes() {
	g := lesson02.NewGenerator(check.NewRand(1))
	fmt.Println(lesson02.TraceShapes(g, mat.NewDense(2, lesson02.ZDim, nil)))
	// Output:
	// input z            2×64
	// Linear(64→128)     2×128
	// LeakyReLU(0.2)     2×128
	// Linear(128→256)    2×256
	// LeakyReLU(0.2)     2×256
	// Linear(256→784)    2×784
	// Tanh               2×784
}

// The forward-pass check accepts the reference.
func ExampleForwardExercise_Check() {
	lesson02.Ex2.Check(sol.GeneratorForward)
	// Output:
	// ✓ lesson02.Ex2 (the generator's forward pass): correct
}
