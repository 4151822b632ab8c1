package content

import (
	"errors"
	"io/fs"
	"os"
	"path"
	"strconv"
	"syscall"
	"unicode/utf8"

	"brief/internal/diag"
	"brief/internal/sanitize"
)

// A pack folder is a closed set of files. Teachers unpack archives they
// were sent; a link in one to ../../.ssh/id_ed25519 must not put the key
// into the zip `brief pack` hands a class, and a FIFO or a link to
// /dev/stdin must not hang brief or swallow the student's keys.
var (
	// errLinkOutside is a link that leaves the folder (or is absolute).
	errLinkOutside = errors.New("this is a link to a file outside the pack folder: brief reads only the folder's own files; copy the file into the folder instead")
	// errNotRegular is a FIFO, device, socket or folder where a file
	// belongs.
	errNotRegular = errors.New("this is not a plain file (a FIFO, device or folder): brief reads only plain files here")
)

// FolderFS is the pack folder dir as a file system that opens plain files
// inside it and nothing else: a link may point to another file in the
// folder, never out of it, and special files are refused without being
// read. os.Root does the confinement, so a link cannot be swapped between
// the check and the open.
func FolderFS(dir string) fs.FS { return folderFS(dir) }

type folderFS string

// Open opens a plain file of the folder. It never blocks: a FIFO is opened
// non-blocking, found not to be a plain file, and closed unread.
func (dir folderFS) Open(name string) (fs.File, error) {
	if !fs.ValidPath(name) {
		return nil, &fs.PathError{Op: "open", Path: name, Err: fs.ErrInvalid}
	}
	if name == "." {
		return os.Open(string(dir))
	}
	root, err := os.OpenRoot(string(dir))
	if err != nil {
		return nil, err
	}
	defer root.Close()
	f, err := root.OpenFile(name, os.O_RDONLY|syscall.O_NONBLOCK, 0)
	if err != nil {
		return nil, &fs.PathError{Op: "open", Path: name, Err: confinementError(root, name, err)}
	}
	st, err := f.Stat()
	if err != nil {
		f.Close()
		return nil, err
	}
	if !st.Mode().IsRegular() {
		f.Close()
		return nil, &fs.PathError{Op: "open", Path: name, Err: errNotRegular}
	}
	return f, nil
}

// confinementError says why os.Root refused to open name: a link that
// leaves the folder gets its own message; other errors (not there, not
// allowed) are passed on as they are.
func confinementError(root *os.Root, name string, err error) error {
	if errors.Is(err, fs.ErrNotExist) || errors.Is(err, fs.ErrPermission) {
		if st, lerr := root.Lstat(name); lerr != nil || st.Mode()&fs.ModeSymlink == 0 {
			return err
		}
		// A link whose target is missing inside the folder is missing; one
		// whose target is outside is refused below.
		if _, serr := root.Stat(name); errors.Is(serr, fs.ErrNotExist) {
			return err
		}
	}
	if st, lerr := root.Lstat(name); lerr == nil && st.Mode()&fs.ModeSymlink != 0 {
		return errLinkOutside
	}
	return err
}

// ReadDir lists the folder without following links, so listing never
// touches a file outside it.
func (dir folderFS) ReadDir(name string) ([]fs.DirEntry, error) {
	if name != "." {
		return nil, &fs.PathError{Op: "readdir", Path: name, Err: fs.ErrNotExist}
	}
	return os.ReadDir(string(dir))
}

// Stat describes a file of the folder, following links only inside it.
func (dir folderFS) Stat(name string) (fs.FileInfo, error) {
	if !fs.ValidPath(name) {
		return nil, &fs.PathError{Op: "stat", Path: name, Err: fs.ErrInvalid}
	}
	root, err := os.OpenRoot(string(dir))
	if err != nil {
		return nil, err
	}
	defer root.Close()
	st, err := root.Stat(name)
	if err != nil {
		return nil, &fs.PathError{Op: "stat", Path: name, Err: confinementError(root, name, err)}
	}
	return st, nil
}

// BadFileName reports whether a file name of a pack would be unsafe to
// print or to hand on: not UTF-8, or holding control or invisible
// characters (a newline in a name could forge a line of lint's output).
func BadFileName(name string) bool {
	return !utf8.ValidString(name) || sanitize.Line(name) != name
}

// FileNameError refuses such a name, quoting it so that it shows as one
// harmless line.
func FileNameError(origin, name string) *diag.Diagnostic {
	return diag.WholeErrorf(path.Join(origin, strconv.QuoteToGraphic(name)),
		"the file name is not valid UTF-8 or holds control or invisible characters: rename the file")
}
