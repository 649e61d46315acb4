package lesson05

import "testing"

func TestLongG(t *testing.T) {
	g, meta, err := LongG()
	if err != nil {
		t.Fatal(err)
	}
	if g.InDim() != ZDim || g.OutDim() != 784 {
		t.Errorf("G is %d→%d, want %d→784", g.InDim(), g.OutDim(), ZDim)
	}
	if meta["data"] != "mnist" || meta["steps"] == "" {
		t.Errorf("meta %v: want data=mnist and steps", meta)
	}
	x := g.Predict(Noise(4, 1))
	for _, v := range x.RawMatrix().Data {
		if v < -1 || v > 1 {
			t.Fatalf("pixel %v outside [-1, 1]", v)
		}
	}
}
