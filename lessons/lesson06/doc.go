// Package lesson06 is the compiled side of lesson 06, mode collapse: the
// exercises (Ex1, the modes-captured metric; Ex2, packing samples for
// PacGAN), a PacGAN (Lin et al. 2018) built from the core blocks, and the
// training runs and tables the notebook shows. Training loops live here
// because interpreted loops are far too slow.
package lesson06
