package lesson01

import (
	"fmt"
	"strings"

	"github.com/ganlite/ganlite/ganlite"
)

// Describe returns a network's layers in one line, e.g.
// "Linear(784→128) ReLU Linear(128→16)".
func Describe(net *ganlite.Sequential) string {
	var parts []string
	for _, l := range net.Layers {
		switch l := l.(type) {
		case *ganlite.Linear:
			parts = append(parts, fmt.Sprintf("Linear(%d→%d)", l.InDim(), l.OutDim()))
		case *ganlite.ReLU:
			parts = append(parts, "ReLU")
		case *ganlite.LeakyReLU:
			parts = append(parts, fmt.Sprintf("LeakyReLU(%g)", l.Slope))
		case *ganlite.Tanh:
			parts = append(parts, "Tanh")
		case *ganlite.Sigmoid:
			parts = append(parts, "Sigmoid")
		case *ganlite.Sequential:
			parts = append(parts, "["+Describe(l)+"]")
		default:
			parts = append(parts, fmt.Sprintf("%T", l))
		}
	}
	return strings.Join(parts, " ")
}

// CountParams returns the number of trainable numbers (weights and biases)
// in net.
func CountParams(net *ganlite.Sequential) int {
	n := 0
	for _, p := range net.Params() {
		r, c := p.W.Dims()
		n += r * c
	}
	return n
}
