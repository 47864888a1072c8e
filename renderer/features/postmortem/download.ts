/** Hands a text to the browser as a file download: a Blob behind a temporary link with `download`. */
export function downloadText(filename: string, text: string, type = 'text/markdown'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
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
