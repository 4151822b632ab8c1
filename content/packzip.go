package content

import (
	"archive/zip"
	"brief/internal/sanitize"
	"bytes"
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"sort"
	"strings"
	"time"

	"go.yaml.in/yaml/v3"
)

// zipTime is the modification time of every entry of a pack zip, so that
// packing the same content twice gives the same bytes.
var zipTime = time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC)

// DefaultVersion is the version a pack is given when pack.yaml names none.
const DefaultVersion = "1.0.0"

// HashPrefix starts a content hash, naming its algorithm.
const HashPrefix = "sha256:"

// packFile is one file of a pack, as it goes into a zip or the library.
type packFile struct {
	name string
	data []byte
}

// IsPackFile reports whether a file at a pack's root is one the pack
// format reads; anything else (notes, images, editor backups) stays out of
// zips and the library.
func IsPackFile(name string) bool {
	if name == ManifestName {
		return true
	}
	for _, suffix := range []string{".md", QuizSuffix, ".gift", ".aiken.txt"} {
		if strings.HasSuffix(name, suffix) && len(name) > len(suffix) {
			return true
		}
	}
	return false
}

// canonicalPack loads the pack at the root of fsys and, if it loads,
// returns its manifest (id and version filled in, content hash
// computed) and its files in name order, pack.yaml rewritten to carry
// that manifest. Directories and special files are left out.
func canonicalPack(fsys fs.FS, origin string) (Manifest, []packFile, error) {
	m, files, _, err := canonicalPackLoaded(fsys, origin)
	return m, files, err
}

// canonicalPackLoaded is canonicalPack, also returning the pack it loaded
// (an install indexes it).
func canonicalPackLoaded(fsys fs.FS, origin string) (Manifest, []packFile, *Pack, error) {
	p, err := Load(fsys, origin)
	if err != nil {
		return Manifest{}, nil, nil, err
	}
	m := p.Manifest
	if m.ID == "" {
		return Manifest{}, nil, nil, fmt.Errorf("%s: the pack has no id: give it one in pack.yaml (id: my-pack)", origin)
	}
	if m.Version == "" {
		m.Version = DefaultVersion
	}
	entries, err := fs.ReadDir(fsys, ".")
	if err != nil {
		return Manifest{}, nil, nil, fmt.Errorf("read pack %s: %w", origin, err)
	}
	var files []packFile
	for _, e := range entries {
		name := e.Name()
		if name == ManifestName || !IsPackFile(name) {
			continue
		}
		// Stat follows a link in a teacher's folder to the file it names;
		// a pack zip cannot hold links at all (checkZip).
		if st, err := fs.Stat(fsys, name); err != nil || !st.Mode().IsRegular() {
			continue
		}
		data, err := ReadFile(fsys, name, origin+"/"+name)
		if err != nil {
			return Manifest{}, nil, nil, err
		}
		files = append(files, packFile{name: name, data: data})
	}
	m.ContentHash = ""
	files = append(files, packFile{name: ManifestName, data: encodeManifest(m)})
	sort.Slice(files, func(i, j int) bool { return files[i].name < files[j].name })
	m.ContentHash = contentHash(files)
	for i := range files {
		if files[i].name == ManifestName {
			files[i].data = encodeManifest(m)
		}
	}
	return m, files, p, nil
}

// contentHash is the SHA-256 of a pack's files in name order, each as its
// name, a zero byte, its length (8 bytes, big-endian) and its bytes, with
// pack.yaml taken without its content_hash line. The lengths keep the
// boundary between two files from being moved without changing the hash.
func contentHash(files []packFile) string {
	h := sha256.New()
	for _, f := range files {
		io.WriteString(h, f.name)
		h.Write([]byte{0})
		var n [8]byte
		binary.BigEndian.PutUint64(n[:], uint64(len(f.data)))
		h.Write(n[:])
		h.Write(f.data)
	}
	return HashPrefix + hex.EncodeToString(h.Sum(nil))
}

// encodeManifest writes a manifest as pack.yaml, leaving out empty fields.
func encodeManifest(m Manifest) []byte {
	node := &yaml.Node{Kind: yaml.MappingNode}
	for _, kv := range [][2]string{
		{"id", m.ID}, {"title", m.Title}, {"description", m.Description},
		{"author", m.Author}, {"version", m.Version}, {"license", m.License},
		{"content_hash", m.ContentHash},
	} {
		if kv[1] == "" {
			continue
		}
		node.Content = append(node.Content,
			&yaml.Node{Kind: yaml.ScalarNode, Tag: "!!str", Value: kv[0]},
			&yaml.Node{Kind: yaml.ScalarNode, Tag: "!!str", Value: kv[1]})
	}
	if m.Assignment != nil {
		node.Content = append(node.Content, &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!str", Value: "assignment"}, assignmentYAML(m.Assignment))
	}
	var buf bytes.Buffer
	enc := yaml.NewEncoder(&buf)
	enc.SetIndent(2)
	// Encoding a mapping of plain strings cannot fail.
	_ = enc.Encode(node)
	_ = enc.Close()
	return buf.Bytes()
}

// verifyContentHash checks a pack's own content_hash, if it has one,
// against its files: a mismatch means the zip was changed after
// `brief pack` wrote it, or damaged on the way.
func verifyContentHash(fsys fs.FS, origin string, files []packFile) error {
	data, err := ReadFile(fsys, ManifestName, origin+"/"+ManifestName)
	if errors.Is(err, fs.ErrNotExist) {
		return nil
	}
	if err != nil {
		return err
	}
	var declared Manifest
	if err := yaml.Unmarshal(data, &declared); err != nil || declared.ContentHash == "" {
		return nil // lint has already judged the manifest
	}
	for _, f := range files {
		if f.name != ManifestName {
			continue
		}
		var m Manifest
		if err := yaml.Unmarshal(f.data, &m); err == nil && m.ContentHash != sanitize.Line(declared.ContentHash) {
			return fmt.Errorf("%s: content_hash in pack.yaml does not match the files: the pack was changed after `brief pack` made it, or damaged on the way; ask for a fresh copy", origin)
		}
	}
	return nil
}

// checkZipEntries inflates every entry of a pack zip, refusing one that is
// damaged or inflates past the size it declares. archive/zip stops such a
// read as soon as it passes the declared size, and checkZip has bounded
// the declared sizes, so this costs at most the zip's declared total.
func checkZipEntries(display string, zr *zip.Reader) error {
	for _, f := range zr.File {
		if f.Mode().IsDir() {
			continue
		}
		rc, err := f.Open()
		if err == nil {
			_, err = io.Copy(io.Discard, rc)
			rc.Close()
		}
		if err != nil {
			return fmt.Errorf("%s: entry %q is damaged or inflates past the size it declares (%v); refusing the zip", display, f.Name, err)
		}
	}
	return nil
}

// WritePackZip loads the pack directory dir and, if it loads, writes it to w as a zip whose bytes depend only on the content: entries
// in name order with a fixed time and mode, only the files the pack format
// reads, and pack.yaml rewritten with the pack's id, version (DefaultVersion
// if it has none) and content hash. Lint the folder first (brief pack
// does) to report every problem at once; this stops at the first.
func WritePackZip(dir string, w io.Writer) (Manifest, error) {
	st, err := os.Stat(dir)
	if err != nil {
		return Manifest{}, fmt.Errorf("pack %s: %w", dir, UnwrapPathError(err))
	}
	if !st.IsDir() {
		return Manifest{}, fmt.Errorf("pack %s: not a directory: give the folder that holds pack.yaml and the articles", dir)
	}
	m, files, err := canonicalPack(FolderFS(dir), dir)
	if err != nil {
		return Manifest{}, err
	}
	zw := zip.NewWriter(w)
	for _, f := range files {
		hdr := &zip.FileHeader{Name: f.name, Method: zip.Deflate, Modified: zipTime}
		hdr.SetMode(0o644)
		fw, err := zw.CreateHeader(hdr)
		if err != nil {
			return Manifest{}, fmt.Errorf("write zip: %w", err)
		}
		if _, err := fw.Write(f.data); err != nil {
			return Manifest{}, fmt.Errorf("write zip: %w", err)
		}
	}
	if err := zw.Close(); err != nil {
		return Manifest{}, fmt.Errorf("write zip: %w", err)
	}
	return m, nil
}

// VerifyPackZip opens a pack zip held in memory as `brief add` would open
// the file, so that `brief pack` never writes a zip brief then refuses,
// and returns the pack it holds. display names the zip in messages.
func VerifyPackZip(display string, data []byte) (*Pack, error) {
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return nil, fmt.Errorf("%s: %w", display, err)
	}
	if err := checkZip(display, zr); err != nil {
		return nil, err
	}
	return Load(zr, display)
}

// VerifyContentHash checks a pack zip's content_hash against its files,
// as brief add does: an error means the zip was changed after brief pack
// made it, or damaged on the way.
func VerifyContentHash(fsys fs.FS, origin string) error {
	_, files, err := canonicalPack(fsys, origin)
	if err != nil {
		return err
	}
	return verifyContentHash(fsys, origin, files)
}
