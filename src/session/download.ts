/** A download through an object URL, with no other import: the stage's and the export's chunks use it too. */

/** Offers `blob` as a file download named `filename`. */
export function downloadBlob(filename: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.rel = 'noopener';
  a.style.display = 'none';
  document.body.append(a);
  a.click();
  a.remove();
  // The click has started the download; the URL is freed once the browser has taken it.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
