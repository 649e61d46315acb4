package ganlite

import (
	"fmt"
	"math"
	"math/rand/v2"

	"gonum.org/v1/gonum/blas"
	"gonum.org/v1/gonum/blas/blas64"
	"gonum.org/v1/gonum/mat"
)

// Linear is a fully connected layer: y = x·W + b, for a batch x of shape
// n×in, weights W of shape in×out and a bias row b of shape 1×out.
type Linear struct {
	W *Param // weights, in×out
	B *Param // bias, 1×out

	frozen bool       // when true, Backward leaves W.G and B.G untouched
	x      *mat.Dense // input of the last Forward (not a copy)
	y, dx  *mat.Dense // reusable output buffers
	params [2]*Param  // backing array for Params, so it does not allocate
}

// NewLinear returns an in→out Linear layer. The weights are drawn from rnd
// with Xavier/Glorot uniform initialisation, W ~ U(-a, a) with
// a = sqrt(6/(in+out)) (Glorot & Bengio 2010, Eq. 16), which keeps the
// variance of activations and gradients roughly constant across layers.
// The bias starts at 0.
func NewLinear(rnd *rand.Rand, in, out int) *Linear {
	if in <= 0 || out <= 0 {
		panic(fmt.Sprintf("ganlite: NewLinear: sizes are %d→%d, want both > 0", in, out))
	}
	if rnd == nil {
		panic("ganlite: NewLinear: rnd is nil")
	}
	l := &Linear{W: newParam("W", in, out), B: newParam("B", 1, out)}
	a := math.Sqrt(6 / float64(in+out))
	w := l.W.W.RawMatrix().Data
	for i := range w {
		w[i] = (2*rnd.Float64() - 1) * a
	}
	return l
}

// InDim returns the number of input features (rows of W).
func (l *Linear) InDim() int { r, _ := l.W.W.Dims(); return r }

// OutDim returns the number of output features (columns of W).
func (l *Linear) OutDim() int { _, c := l.W.W.Dims(); return c }

// Params returns W and B.
func (l *Linear) Params() []*Param {
	l.params[0], l.params[1] = l.W, l.B
	return l.params[:]
}

func (l *Linear) setTrainable(on bool) { l.frozen = !on }

// Forward computes y = x·W + b.
func (l *Linear) Forward(x *mat.Dense) *mat.Dense {
	n, c := x.Dims()
	if c != l.InDim() {
		panic(fmt.Sprintf("ganlite: Linear.Forward: input is %d×%d, want n×%d", n, c, l.InDim()))
	}
	l.x = x
	l.y = reuse(l.y, n, l.OutDim())
	gemm(blas.NoTrans, blas.NoTrans, x, l.W.W, l.y) // y = x·W
	b := l.B.W.RawRowView(0)
	for i := 0; i < n; i++ {
		row := l.y.RawRowView(i)
		for j := range row {
			row[j] += b[j]
		}
	}
	return l.y
}

// Backward writes dL/dW = xᵀ·dy and dL/db = column sums of dy (chain rule
// on y = x·W + b) unless frozen, and returns dL/dx = dy·Wᵀ.
func (l *Linear) Backward(dy *mat.Dense) *mat.Dense {
	return l.backward(dy, true)
}

// backward is Backward with the option to skip dL/dx (returns nil then).
func (l *Linear) backward(dy *mat.Dense, needDx bool) *mat.Dense {
	if l.x == nil {
		panic("ganlite: Linear.Backward: called before Forward")
	}
	sameShape("Linear.Backward", "dy", dy, "the last output", l.y)
	if !l.frozen {
		gemm(blas.Trans, blas.NoTrans, l.x, dy, l.W.G) // dW = xᵀ·dy
		db := l.B.G.RawRowView(0)
		for j := range db {
			db[j] = 0
		}
		n, _ := dy.Dims()
		for i := 0; i < n; i++ {
			for j, v := range dy.RawRowView(i) {
				db[j] += v
			}
		}
	}
	if !needDx {
		return nil
	}
	n, _ := dy.Dims()
	l.dx = reuse(l.dx, n, l.InDim())
	gemm(blas.NoTrans, blas.Trans, dy, l.W.W, l.dx) // dx = dy·Wᵀ
	return l.dx
}

// gemm sets c = op(a)·op(b), where op transposes its matrix if asked.
// It calls blas64.Gemm directly, which multiplies transposed operands
// without copying or allocating (mat.Dense.Mul with a.T() allocates), and
// runs on whatever BLAS blas64.Use installed: gonum's or OpenBLAS.
func gemm(ta, tb blas.Transpose, a, b, c *mat.Dense) {
	blas64.Gemm(ta, tb, 1, a.RawMatrix(), b.RawMatrix(), 0, c.RawMatrix())
}
