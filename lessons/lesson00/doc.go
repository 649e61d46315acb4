// Package lesson00 holds the checks and helpers of lesson 00, the tour of
// the course (notebook notebooks/00-tour.ipynb, source 00-tour.md here).
//
// Ex1 is the tour's exercise, the affine map y = xW + b; LineFit is a tiny
// compiled training loop for the live progress demo. It is also the worked
// example of how a lesson package is laid out (see lessons/check):
// ex1.go holds the exercise, ex1_test.go proves the check accepts the
// reference and rejects wrong answers, and the reference itself lives in
// solutions/lesson00.
package lesson00
