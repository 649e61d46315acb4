// Package lesson04 is lesson 04 of the course, the cat-and-mouse loop: a GAN
// on one-dimensional Gaussian data, trained by alternating two steps (step 1
// updates only the discriminator D, step 2 only the generator G, with D
// frozen), drawn in the style of Goodfellow et al. 2014, Figure 1.
//
// It holds the lesson's two exercises (Ex1, the D step; Ex2, the G step),
// the toy GAN and its compiled training loop (Train, with a live progress
// line and Figure-1 panels at chosen steps), and two broken steps to compare
// with the right ones: DStepNotDetached (the fake batch is not detached, so
// D's loss also moves G) and GStepNotFrozen (D is not frozen, so G's loss
// also moves D).
package lesson04
