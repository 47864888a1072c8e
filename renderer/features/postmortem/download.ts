/** Hands a text to the browser as a file download: a Blob behind a temporary link with `download`. */
export function downloadText(filename: string, text: string, type = 'text/markdown'): void {
  downloadBlob(filename, new Blob([text], { type }));
}

/** Hands bytes the back end sent as base64 (a printed PDF) to the browser as a file download. */
export function downloadBase64(filename: string, base64: string, type: string): void {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  downloadBlob(filename, new Blob([bytes], { type }));
}

function downloadBlob(filename: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The click starts the download before the URL is let go; revoking at once cancels it in some browsers.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
