// Package ganlite is a small, readable library for learning how
// generative adversarial networks work.
package ganlite
