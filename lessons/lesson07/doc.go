// Package lesson07 is the compiled side of lesson 07, training
// instability: the exercises (Ex1, the non-saturating loss's gradient; Ex2,
// one-sided label smoothing) and the experiments the notebook shows: the
// vanishing gradient of the saturating loss, a learning-rate × β1 sweep,
// an overpowering discriminator, the bilinear game V(a, b) = ab and label
// smoothing measured over seeds. Training loops live here because
// interpreted loops are far too slow.
package lesson07
