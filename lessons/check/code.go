package check

import (
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"strings"
)

// Code returns Go source for Solution(): the named top-level declarations of
// file in fsys, each with its doc comment, in the order given, separated by
// blank lines. A name is a func, type, var or const name, or "Type.Method"
// for a method. With no names it returns the whole file after its package
// clause and imports. Reference solutions embed their own files (see the
// package documentation), so the code printed is the code that is tested.
// Code panics if the file or a name is missing: a bug in the lesson
// package, which its tests catch.
func Code(fsys fs.FS, file string, names ...string) string {
	src, err := fs.ReadFile(fsys, file)
	if err != nil {
		panic(fmt.Sprintf("check.Code: %v", err))
	}
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, file, src, parser.ParseComments)
	if err != nil {
		panic(fmt.Sprintf("check.Code: %v", err))
	}
	text := func(from, to token.Pos) string {
		return string(src[fset.Position(from).Offset:fset.Position(to).Offset])
	}
	if len(names) == 0 {
		start := f.Name.End()
		for _, d := range f.Decls {
			if g, ok := d.(*ast.GenDecl); ok && g.Tok == token.IMPORT {
				start = g.End()
			}
		}
		return strings.TrimSpace(string(src[fset.Position(start).Offset:])) + "\n"
	}
	var parts []string
	for _, name := range names {
		found := false
		for _, d := range f.Decls {
			if declName(d, name) {
				from := d.Pos()
				if doc := declDoc(d); doc != nil {
					from = doc.Pos()
				}
				parts = append(parts, text(from, d.End()))
				found = true
				break
			}
		}
		if !found {
			panic(fmt.Sprintf("check.Code: %s has no declaration %s", file, name))
		}
	}
	return strings.Join(parts, "\n\n") + "\n"
}

// declName reports whether d declares name ("F", "T", "T.M").
func declName(d ast.Decl, name string) bool {
	switch d := d.(type) {
	case *ast.FuncDecl:
		if d.Recv == nil || len(d.Recv.List) == 0 {
			return d.Name.Name == name
		}
		return recvName(d.Recv.List[0].Type)+"."+d.Name.Name == name
	case *ast.GenDecl:
		for _, s := range d.Specs {
			switch s := s.(type) {
			case *ast.TypeSpec:
				if s.Name.Name == name {
					return true
				}
			case *ast.ValueSpec:
				for _, n := range s.Names {
					if n.Name == name {
						return true
					}
				}
			}
		}
	}
	return false
}

// recvName returns a method receiver's type name without "*".
func recvName(e ast.Expr) string {
	if s, ok := e.(*ast.StarExpr); ok {
		e = s.X
	}
	if id, ok := e.(*ast.Ident); ok {
		return id.Name
	}
	return ""
}

// declDoc returns d's doc comment, if any.
func declDoc(d ast.Decl) *ast.CommentGroup {
	switch d := d.(type) {
	case *ast.FuncDecl:
		return d.Doc
	case *ast.GenDecl:
		return d.Doc
	}
	return nil
}
