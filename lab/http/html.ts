// Every lab page shares one plain layout; everything interpolated goes through escapeHtml.
export function escapeHtml(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;');
}

/** `body` and `script` are trusted markup written by the lab itself. */
export function layout(title: string, body: string, script = ''): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title>
<style>body{font:15px/1.5 system-ui,sans-serif;max-width:52rem;margin:2rem auto;padding:0 1rem}
code{background:#f2f2f2;padding:0 .2em}li{margin:.4em 0}.muted{color:#666}</style></head>
<body>${body}${script ? `\n<script>${script}</script>` : ''}</body></html>`;
}
