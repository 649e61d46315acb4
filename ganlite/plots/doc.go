// Package plots draws the figures of the ganlite course. Every function
// returns an image.Image, which a gophernotes notebook shows with
// display.Image(img) and a program saves with SavePNG.
//
// Two kinds of figure live here:
//
//   - Pixel figures (Grid, Interpolation, Snapshots, GIF, SmallMultiples)
//     are drawn with plain pixel loops. Sample images are upscaled by
//     nearest neighbour, so a 28×28 digit stays crisp instead of being
//     blurred by a plotting library's image resampling.
//   - Charts (Losses, Figure1, Field2D, Scatter2D, Histogram, Bars, Lines,
//     Orbit) are drawn with gonum.org/v1/plot and rendered to pixels by
//     its vgimg back end. Fonts are the embedded Liberation fonts, so no
//     system fonts are needed.
//
// Which figure for what:
//
//	Losses, LossCurves          D and G loss, D(x) and D(G(z)) per step
//	Grid, Interpolation         sample images; a latent walk z₀ → z₁
//	Snapshots, GIF, GIFHTML     a fixed-noise sample grid over training
//	Caption                     a one-line label under any image (GIF frames)
//	Figure1, Figure1Row         1D densities, D(x) and x = G(z) (Goodfellow et al. 2014, Fig. 1)
//	Field2D, Field2DRow         2D samples over D's heat map with G's arrows (GAN Lab)
//	EvalGrid, EvalLine, DProb   D evaluated on a 2D grid or a 1D line, in one compiled batch
//	GeneratorGradients          the arrows: −∂L_G/∂x for each fake
//	Scatter2D, Histogram        real vs fake points; a 1D density
//	Bars, Lines, Orbit          a digit histogram; any curves; the V(a,b)=ab game
//	SmallMultiples              tile figures with titles (hyper-parameter grids)
//	KDE, Smooth                 a density estimate from samples; a moving average
//	EncodePNG, SavePNG          write a figure to bytes or a file
//
// Charts are DefaultWidth×DefaultHeight pixels (480×320 at 96 dpi) unless a
// function documents another size. The same input always gives the same
// pixels, and therefore the same PNG bytes.
//
// Colours follow one convention across figures: real data is green, the
// generator's samples are purple, the discriminator's output is blue
// (1D) or a green-to-purple heat map (2D).
//
// Bad arguments (a row width that is not a square image, mismatched
// slice lengths) panic with a message starting "plots: FuncName:".
package plots
