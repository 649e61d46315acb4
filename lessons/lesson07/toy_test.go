package lesson07

import (
	"math"
	"strings"
	"testing"

	"github.com/ganlite/ganlite/ganlite"
)

func TestGame(t *testing.T) {
	eta, steps := 0.1, 50
	a, b := Game(1, 0.5, eta, steps, true)
	if len(a) != steps+1 || len(b) != steps+1 {
		t.Fatalf("path has %d points, want %d", len(a), steps+1)
	}
	want := Radius(a, b, 0) * math.Pow(1+eta*eta, float64(steps)/2)
	if got := Radius(a, b, steps); math.Abs(got-want) > 1e-9 {
		t.Errorf("simultaneous radius %v, want %v", got, want)
	}
	a, b = Game(1, 0.5, eta, steps, false)
	if r := Radius(a, b, steps); r > 1.3*Radius(a, b, 0) || r < 0.7*Radius(a, b, 0) {
		t.Errorf("alternating radius drifted: %v", r)
	}
}

func TestLogitGrads(t *testing.T) {
	p, ns, sat := LogitGrads(0, 1, 3)
	if p[1] != 0.5 || ns[0] != -1 || sat[2] != -1 || ns[2] != 0 || sat[0] != 0 {
		t.Errorf("LogitGrads: %v %v %v", p, ns, sat)
	}
}

func TestVanishing(t *testing.T) {
	v := PretrainD(200, 1)
	if v.DFake > 0.2 {
		t.Errorf("pretrained D(G(z)) = %v, want D to win", v.DFake)
	}
	ns, sat := v.GGradNorm(ganlite.NonSaturating, 128), v.GGradNorm(ganlite.Saturating, 128)
	if !(ns > 5*sat) {
		t.Errorf("|∇G| non-saturating %v, saturating %v: want the saturating one much smaller", ns, sat)
	}
	if ns2 := v.GGradNorm(ganlite.NonSaturating, 128); ns2 != ns {
		t.Errorf("GGradNorm changed the GAN or is not deterministic: %v then %v", ns, ns2)
	}
}

func TestRunAndTable(t *testing.T) {
	c := DefaultConfig()
	c.Steps = 20
	r := c.Run(nil)
	if r.History.Len() != 20 || r.Modes.Total != 8 || r.Outcome() == "" {
		t.Errorf("run: %d steps, %v, %q", r.History.Len(), r.Modes, r.Outcome())
	}
	tb := CompareLabels(c, []float64{1, 0.9}, 2)
	s := tb.String()
	for _, want := range []string{"real label", "0.9 ", "±"} {
		if !strings.Contains(s, want) {
			t.Errorf("table lacks %q:\n%s", want, s)
		}
	}
	c.LRG, c.LRD = 1e3, 1e3
	if o := c.Run(nil).Outcome(); !strings.Contains(o, "diverged") && !strings.Contains(o, "modes") {
		t.Errorf("outcome %q", o)
	}
}
