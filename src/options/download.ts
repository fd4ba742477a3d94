/** Saves text as a file through the page's own download: a Blob URL and an <a download>. No extension API needed. */
export function downloadText(fileName: string, text: string, doc: Document = document): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const link = doc.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  // Firefox only follows a link that is in the document.
  doc.body.append(link);
  link.click();
  link.remove();
  // The download may start after click() returns; revoke a moment later, not at once.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
