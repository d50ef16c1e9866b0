// Package seeds embeds the sample documents, so tests and the demo can read
// them without depending on the working directory.
//
// It imports the standard library only.
package seeds

import "embed"

// FS holds the sample documents (*.txt), one article each.
//
//go:embed *.txt
var FS embed.FS
