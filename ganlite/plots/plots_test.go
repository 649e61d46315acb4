package plots

import (
	"bytes"
	"image"
	"image/gif"
	"math"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/ganlite/ganlite/ganlite"
	"gonum.org/v1/gonum/mat"
)

// fig2D returns a Field2DData panel with an analytic D and arrows.
func fig2D() Field2DData {
	rnd := rand.New(rand.NewPCG(5, 6))
	real := mat.NewDense(40, 2, nil)
	fake := mat.NewDense(30, 2, nil)
	grad := mat.NewDense(30, 2, nil)
	for i := 0; i < 40; i++ {
		a := float64(i%8) * math.Pi / 4
		real.Set(i, 0, math.Cos(a)+0.03*rnd.NormFloat64())
		real.Set(i, 1, math.Sin(a)+0.03*rnd.NormFloat64())
	}
	for i := 0; i < 30; i++ {
		x, y := 0.3*rnd.NormFloat64(), 0.3*rnd.NormFloat64()
		fake.Set(i, 0, x)
		fake.Set(i, 1, y)
		grad.Set(i, 0, x)
		grad.Set(i, 1, y)
	}
	d := EvalGrid(-1.5, 1.5, -1.5, 1.5, 20, func(pts *mat.Dense) []float64 {
		n, _ := pts.Dims()
		out := make([]float64, n)
		for i := range out {
			r := math.Hypot(pts.At(i, 0), pts.At(i, 1))
			out[i] = ganlite.Logistic(6 * (r - 0.6))
		}
		return out
	})
	return Field2DData{Title: "ring", D: d, Real: real, Fake: fake, Grad: grad}
}

func TestSizes(t *testing.T) {
	x := digits(10)
	h := &ganlite.History{}
	for i := 0; i < 30; i++ {
		h.Add(ganlite.StepStats{Step: i, D: ganlite.DStats{Loss: 1, DReal: 0.6, DFake: 0.4}, G: ganlite.GStats{Loss: 0.8}})
	}
	f1 := Figure1Data{XMin: -1, XMax: 1, Data: []float64{0, 0.1, -0.2}, Fake: []float64{0.5, 0.6},
		DValues: []float64{0.2, 0.5, 0.8}, Z: []float64{-1, 1}, GZ: []float64{0.5, 0.6}}
	cases := []struct {
		name string
		img  image.Image
		w, h int
	}{
		{"Grid", Grid(x, 4, 2), 4*(56+2) + 2, 3*(56+2) + 2},
		{"Grid cols>n", Grid(x, 20, 1), 10*30 + 2, 30 + 2},
		{"Interpolation", Interpolation(x, 1), 10*30 + 2, 32},
		{"Losses", Losses(h), DefaultWidth, LossesHeight},
		{"Losses empty", Losses(&ganlite.History{}), DefaultWidth, LossesHeight},
		{"Lines none", Lines("", "", "", nil), DefaultWidth, DefaultHeight},
		{"Scatter2D none", Scatter2D(nil, nil, ""), DefaultWidth, DefaultHeight},
		{"Figure1 bare", Figure1(Figure1Data{XMin: 0, XMax: 1}), DefaultWidth, DefaultHeight},
		{"Figure1 collapsed", Figure1(Figure1Data{XMin: 0, XMax: 1, Fake: []float64{0.5, 0.5}, Z: []float64{3, 3}, GZ: []float64{0.5, 0.5}}), DefaultWidth, DefaultHeight},
		{"LossCurves nil", LossCurves(nil, []float64{1, 2}, nil, nil), DefaultWidth, LossesHeight},
		{"Figure1", Figure1(f1), DefaultWidth, DefaultHeight},
		{"Figure1Row", Figure1Row([]Figure1Data{f1, f1}, ""), 2 * Figure1PanelWidth, Figure1PanelHeight},
		{"Field2D", Field2D(fig2D()), Field2DWidth, Field2DHeight},
		{"Field2D no D", Field2D(Field2DData{Real: mat.NewDense(2, 2, []float64{0, 0, 1, 1})}), Field2DWidth, Field2DHeight},
		{"Field2DRow", Field2DRow([]Field2DData{fig2D(), fig2D(), fig2D()}, 2), 2 * Field2DPanel, 2*Field2DPanel + lineH + 8},
		{"Scatter2D", Scatter2D(mat.NewDense(1, 2, []float64{1, 2}), nil, "s"), DefaultWidth, DefaultHeight},
		{"Histogram", Histogram([]float64{1, 2, 2, 3, math.NaN()}, 3, "h"), DefaultWidth, DefaultHeight},
		{"Bars", Bars([]string{"a", "b"}, []float64{1, 2}, "b"), DefaultWidth, DefaultHeight},
		{"Bars empty", Bars(nil, nil, "b"), DefaultWidth, DefaultHeight},
		{"Lines", Lines("l", "x", "y", []Series{{Name: "a", Y: []float64{1, math.Inf(1), 3}}}), DefaultWidth, DefaultHeight},
		{"Orbit", Orbit([]float64{1, 0, -1}, []float64{0, 1, 0}, "o"), DefaultWidth, DefaultHeight},
		{"SmallMultiples", SmallMultiples([]image.Image{image.NewGray(image.Rect(0, 0, 10, 20)), image.NewGray(image.Rect(0, 0, 30, 5)), image.NewGray(image.Rect(0, 0, 1, 1))}, nil, 2),
			2*(30+tileGap) + tileGap, 2*(20+tileGap) + tileGap},
	}
	for _, c := range cases {
		if b := c.img.Bounds(); b.Dx() != c.w || b.Dy() != c.h {
			t.Errorf("%s: size %d×%d, want %d×%d", c.name, b.Dx(), b.Dy(), c.w, c.h)
		}
	}
	s := Snapshots([]*mat.Dense{x, x}, []string{"a", "step 1000"}, 5, 1)
	if b := s.Bounds(); b.Dy() != 2*(2*30+2) || b.Dx() <= 5*30+2+textWidth("step 1000") {
		t.Errorf("Snapshots: size %v, want height %d and room for labels", b, 2*(2*30+2))
	}
	if b := Snapshots([]*mat.Dense{x}, nil, 5, 1).Bounds(); b.Dx() != 5*30+2 {
		t.Errorf("Snapshots without labels: width %d, want %d", b.Dx(), 5*30+2)
	}
	if b := Figure1Row([]Figure1Data{f1}, "caption").Bounds(); b.Dy() != Figure1PanelHeight+lineH+8 {
		t.Errorf("Figure1Row with caption: height %d, want %d", b.Dy(), Figure1PanelHeight+lineH+8)
	}
}

// TestGridNearestNeighbour checks that each source pixel becomes one
// exact scale×scale block at the right place, with no blending.
func TestGridNearestNeighbour(t *testing.T) {
	// Two 2×2 images: image 1 has pixel (row 1, col 0) white, rest black.
	x := mat.NewDense(2, 4, []float64{
		-1, -1, -1, -1,
		-1, -1, 1, -1,
	})
	img := Grid(x, 2, 3).(*image.Gray)
	cell := 2 * 3
	x0, y0 := GridGap+1*(cell+GridGap), GridGap // image 1's top-left
	for py := 0; py < cell; py++ {
		for px := 0; px < cell; px++ {
			want := uint8(0)
			if py/3 == 1 && px/3 == 0 {
				want = 255
			}
			if got := img.GrayAt(x0+px, y0+py).Y; got != want {
				t.Fatalf("pixel (%d, %d) of image 1: %d, want %d", px, py, got, want)
			}
		}
	}
	if got := img.GrayAt(0, 0).Y; got != gapGray {
		t.Errorf("border pixel: %d, want %d", got, gapGray)
	}
	if got := img.GrayAt(GridGap+cell, GridGap).Y; got != gapGray {
		t.Errorf("gap between cells: %d, want %d", got, gapGray)
	}
	// Mid grey and clipping.
	y := Grid(mat.NewDense(1, 1, []float64{0}), 1, 1).(*image.Gray)
	if g := y.GrayAt(GridGap, GridGap).Y; g != 128 {
		t.Errorf("value 0 drawn as %d, want 128", g)
	}
	for v, want := range map[float64]uint8{-5: 0, 5: 255, math.NaN(): 0} {
		if g := toGray(v); g != want {
			t.Errorf("toGray(%v) = %d, want %d", v, g, want)
		}
	}
}

func mustPanic(t *testing.T, name, want string, f func()) {
	t.Helper()
	defer func() {
		r := recover()
		if r == nil {
			t.Errorf("%s: did not panic", name)
			return
		}
		msg, _ := r.(string)
		if !strings.HasPrefix(msg, "plots: ") || !strings.Contains(msg, want) {
			t.Errorf("%s: panic %q, want a message starting \"plots: \" containing %q", name, r, want)
		}
	}()
	f()
}

func TestBadInputPanics(t *testing.T) {
	x := digits(2)
	mustPanic(t, "Grid not square", "row width 90 is not a square", func() { Grid(mat.NewDense(1, 90, nil), 1, 1) })
	mustPanic(t, "Grid scale", "scale 0", func() { Grid(x, 1, 0) })
	mustPanic(t, "Grid cols", "cols 0", func() { Grid(x, 0, 1) })
	mustPanic(t, "Snapshots labels", "1 labels for 2 frames", func() { Snapshots([]*mat.Dense{x, x}, []string{"a"}, 2, 1) })
	mustPanic(t, "Snapshots none", "no frames", func() { Snapshots(nil, nil, 2, 1) })
	mustPanic(t, "GIF delay", "delay -1 is negative", func() { GIF([]image.Image{image.NewGray(image.Rect(0, 0, 2, 2))}, -1) })
	mustPanic(t, "GIF none", "no frames", func() { GIF(nil, 10) })
	mustPanic(t, "Lines lengths", "2 x values for 3 y values", func() { Lines("", "", "", []Series{{X: []float64{1, 2}, Y: []float64{1, 2, 3}}}) })
	mustPanic(t, "Scatter2D shape", "real is 2×3, want n×2", func() { Scatter2D(mat.NewDense(2, 3, nil), nil, "") })
	mustPanic(t, "Bars", "2 labels for 1 values", func() { Bars([]string{"a", "b"}, []float64{1}, "") })
	mustPanic(t, "Histogram bins", "bins 0", func() { Histogram([]float64{1}, 0, "") })
	mustPanic(t, "Histogram NaN", "none of 1 values is finite", func() { Histogram([]float64{math.NaN()}, 3, "") })
	mustPanic(t, "Orbit", "2 x values for 1 y values", func() { Orbit([]float64{1, 2}, []float64{1}, "") })
	mustPanic(t, "LossCurves", "want equal lengths", func() { LossCurves([]float64{1}, []float64{1, 2}, nil, nil) })
	mustPanic(t, "Figure1 range", "x range [1, 1] is empty", func() { Figure1(Figure1Data{XMin: 1, XMax: 1}) })
	mustPanic(t, "Figure1 z", "2 z values for 1 G(z)", func() { Figure1(Figure1Data{XMin: 0, XMax: 1, Z: []float64{1, 2}, GZ: []float64{1}}) })
	f := fig2D()
	f.Grad = mat.NewDense(3, 2, nil)
	mustPanic(t, "Field2D grad", "Grad is 3×2, want 30×2 like Fake", func() { Field2D(f) })
	mustPanic(t, "EvalGrid n", "want n ≥ 1", func() { EvalGrid(0, 1, 0, 1, 0, nil) })
	mustPanic(t, "EvalGrid f", "f returned 1 values for 4 points", func() {
		EvalGrid(0, 1, 0, 1, 2, func(*mat.Dense) []float64 { return []float64{1} })
	})
	mustPanic(t, "SmallMultiples", "1 titles for 2 images", func() {
		SmallMultiples([]image.Image{image.NewGray(image.Rect(0, 0, 1, 1)), image.NewGray(image.Rect(0, 0, 1, 1))}, []string{"a"}, 1)
	})
	mustPanic(t, "Losses nil", "nil History", func() { Losses(nil) })
}

func TestGIFRoundTrip(t *testing.T) {
	var frames []image.Image
	for k := 0; k < 3; k++ {
		frames = append(frames, Caption(Grid(digits(4), 4, 1), "step "+itoa(k*100)))
	}
	g := GIF(frames, 25)
	b, err := EncodeGIF(g)
	if err != nil {
		t.Fatal(err)
	}
	back, err := gif.DecodeAll(bytes.NewReader(b))
	if err != nil {
		t.Fatal(err)
	}
	if len(back.Image) != 3 || back.Delay[2] != 25 {
		t.Fatalf("decoded %d frames, delay %v; want 3 frames of 25", len(back.Image), back.Delay)
	}
	size := frames[0].Bounds().Size()
	if back.Config.Width != size.X || back.Config.Height != size.Y {
		t.Errorf("GIF is %d×%d, want %v", back.Config.Width, back.Config.Height, size)
	}
	// Grey frames are stored exactly: compare one pixel of the digit.
	r0, _, _, _ := frames[1].At(size.X-10, 12).RGBA()
	r1, _, _, _ := back.Image[1].At(size.X-10, 12).RGBA()
	if r0 == 0 {
		t.Fatal("test pixel is black: pick one on the digit")
	}
	if r0>>8 != r1>>8 {
		t.Errorf("grey pixel changed through GIF: %d -> %d", r0>>8, r1>>8)
	}
	b2, _ := EncodeGIF(GIF(frames, 25))
	if !bytes.Equal(b, b2) {
		t.Error("encoding the same frames twice gave different bytes")
	}
	html, err := GIFHTML(g)
	if err != nil || !strings.HasPrefix(html, `<img `) || !strings.Contains(html, `src="data:image/gif;base64,R0lGOD`) {
		t.Errorf("GIFHTML: %.80q, %v", html, err)
	}
	// Frames of different sizes are padded to the largest.
	p := GIF([]image.Image{image.NewGray(image.Rect(0, 0, 2, 5)), image.NewGray(image.Rect(0, 0, 3, 2))}, 0)
	if p.Config.Width != 3 || p.Config.Height != 5 || p.Image[0].Bounds() != image.Rect(0, 0, 3, 5) {
		t.Errorf("padded GIF is %d×%d, frame 0 %v; want 3×5", p.Config.Width, p.Config.Height, p.Image[0].Bounds())
	}
	// Colour frames use the Plan 9 palette.
	c := GIF([]image.Image{Scatter2D(nil, mat.NewDense(1, 2, nil), "")}, 0)
	if len(c.Image[0].Palette) != 256 || isGray(c.Image[0]) {
		t.Errorf("colour frame: palette of %d colours, grey %v", len(c.Image[0].Palette), isGray(c.Image[0]))
	}
}

// TestDeterministic renders every figure twice and compares PNG bytes.
func TestDeterministic(t *testing.T) {
	render := func() map[string][]byte {
		out := map[string][]byte{}
		figs := map[string]image.Image{
			"field2d":    Field2D(fig2D()),
			"field2drow": Field2DRow([]Field2DData{fig2D(), fig2D()}, 2),
			"grid":       Grid(digits(5), 3, 2),
		}
		for k, v := range sampleFigures(false) {
			figs[k] = v
		}
		for name, img := range figs {
			b, err := EncodePNG(img)
			if err != nil {
				t.Fatal(err)
			}
			out[name] = b
		}
		return out
	}
	a, b := render(), render()
	for name := range a {
		if !bytes.Equal(a[name], b[name]) {
			t.Errorf("%s: two renders gave different PNG bytes", name)
		}
	}
	if len(a) < 14 {
		t.Errorf("only %d figures rendered", len(a))
	}
}

func TestSmooth(t *testing.T) {
	got := Smooth([]float64{1, 2, math.NaN(), 4, 5}, 1)
	want := []float64{1.5, 1.5, 3, 4.5, 4.5}
	for i := range want {
		if math.Abs(got[i]-want[i]) > 1e-12 {
			t.Fatalf("Smooth = %v, want %v", got, want)
		}
	}
	if s := Smooth([]float64{math.NaN()}, 0); !math.IsNaN(s[0]) {
		t.Errorf("Smooth of only NaN = %v, want NaN", s)
	}
}

func TestKDE(t *testing.T) {
	rnd := rand.New(rand.NewPCG(1, 1))
	xs := linspace(-6, 6, 601)
	p := KDE(gauss(rnd, 2000, 0, 1), xs)
	area := 0.0
	for _, v := range p {
		area += v * 0.02
	}
	if math.Abs(area-1) > 0.01 {
		t.Errorf("KDE integrates to %v, want 1", area)
	}
	if peak := p[300]; math.Abs(peak-1/math.Sqrt(2*math.Pi)) > 0.04 {
		t.Errorf("KDE of N(0,1) at 0 is %v, want ≈ %v", peak, 1/math.Sqrt(2*math.Pi))
	}
	// A collapsed generator (all samples equal) still gives a finite spike.
	c := KDE([]float64{1, 1, 1}, []float64{1})
	if !(c[0] > 100) || math.IsInf(c[0], 0) {
		t.Errorf("KDE of identical samples at the sample = %v, want a tall finite spike", c[0])
	}
}

func TestEvalGridLayout(t *testing.T) {
	g := EvalGrid(0, 4, 10, 12, 2, func(pts *mat.Dense) []float64 {
		n, _ := pts.Dims()
		out := make([]float64, n)
		for i := range out {
			out[i] = pts.At(i, 0)*100 + pts.At(i, 1)
		}
		return out
	})
	// Cell centres: x ∈ {1, 3}, y ∈ {10.5, 11.5}; Z[i*N+j] is (x_j, y_i).
	want := []float64{110.5, 310.5, 111.5, 311.5}
	for i := range want {
		if g.Z[i] != want[i] {
			t.Fatalf("EvalGrid Z = %v, want %v", g.Z, want)
		}
	}
	if h := (heatGrid{g}); h.Z(1, 0) != 310.5 || h.X(1) != 3 || h.Y(1) != 11.5 {
		t.Errorf("heatGrid: Z(1,0)=%v X(1)=%v Y(1)=%v", h.Z(1, 0), h.X(1), h.Y(1))
	}
}

func TestEvalLine(t *testing.T) {
	got := EvalLine(1, 3, 3, func(pts *mat.Dense) []float64 {
		n, c := pts.Dims()
		if c != 1 {
			t.Fatalf("EvalLine passed %d×%d, want n×1", n, c)
		}
		return []float64{pts.At(0, 0), pts.At(1, 0), pts.At(2, 0)}
	})
	if got[0] != 1 || got[1] != 2 || got[2] != 3 {
		t.Errorf("EvalLine = %v, want [1 2 3]", got)
	}
	mustPanic(t, "EvalLine n", "want n ≥ 2", func() { EvalLine(0, 1, 1, nil) })
}

func TestPlainTicks(t *testing.T) {
	for _, tk := range (plainTicks{}).Ticks(0, 1.3) {
		if len(tk.Label) > 4 {
			t.Errorf("tick %v labelled %q, want a short label", tk.Value, tk.Label)
		}
	}
	for _, tk := range (plainTicks{}).Ticks(0, 600) {
		if tk.Label != "" && strings.Contains(tk.Label, ".") {
			t.Errorf("step tick %v labelled %q, want an integer", tk.Value, tk.Label)
		}
	}
}

func TestColorMapCoversUnitRange(t *testing.T) {
	cm := dColorMap()
	for i := 0; i <= 1000; i++ {
		if _, err := cm.At(float64(i) / 1000); err != nil {
			t.Fatalf("colour map at %v: %v", float64(i)/1000, err)
		}
	}
}

// TestGeneratorGradients compares the arrows with finite differences of
// the generator loss and checks D is left as it was.
func TestGeneratorGradients(t *testing.T) {
	rnd := rand.New(rand.NewPCG(7, 8))
	d := ganlite.NewMLP(rnd, []int{2, 8, 1}, "tanh", "")
	fake := mat.NewDense(3, 2, []float64{0.1, -0.3, 0.5, 0.2, -0.7, 0.9})
	for _, p := range d.Params() {
		p.G.Set(0, 0, 42)
	}
	for _, kind := range []ganlite.GLossKind{ganlite.NonSaturating, ganlite.Saturating} {
		g := GeneratorGradients(d, fake, kind)
		loss := func(x *mat.Dense) float64 {
			l := d.Predict(x)
			if kind == ganlite.NonSaturating {
				return ganlite.GLossNonSaturating(nil, l)
			}
			return ganlite.GLossSaturating(nil, l)
		}
		const h = 1e-6
		for i := 0; i < 3; i++ {
			for j := 0; j < 2; j++ {
				x := mat.DenseCopyOf(fake)
				x.Set(i, j, fake.At(i, j)+h)
				up := loss(x)
				x.Set(i, j, fake.At(i, j)-h)
				down := loss(x)
				want := -(up - down) / (2 * h)
				if math.Abs(g.At(i, j)-want) > 1e-7 {
					t.Errorf("%v: arrow (%d,%d) = %v, want −∂L/∂x = %v", kind, i, j, g.At(i, j), want)
				}
			}
		}
	}
	for _, p := range d.Params() {
		if p.G.At(0, 0) != 42 {
			t.Errorf("GeneratorGradients changed %s's gradient", p.Name)
		}
	}
	if !d.Trainable() {
		t.Error("GeneratorGradients left D frozen")
	}
	probs := DProb(d)(fake)
	logits := d.Predict(fake)
	for i, p := range probs {
		if p != ganlite.Logistic(logits.At(i, 0)) {
			t.Errorf("DProb[%d] = %v, want σ(logit) = %v", i, p, ganlite.Logistic(logits.At(i, 0)))
		}
	}
}
