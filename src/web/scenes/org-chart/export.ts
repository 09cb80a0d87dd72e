/**
 * Exports the drawn chart. The SVG carries its styles as attributes, so serialising it gives a
 * standalone file; the PNG is that SVG drawn onto a canvas. Interactive controls (the expand
 * toggles) are left out of both.
 */

function standalone(svg: SVGSVGElement): { text: string; width: number; height: number } {
  const copy = svg.cloneNode(true) as SVGSVGElement;
  copy.querySelectorAll('[data-export="skip"]').forEach((el) => el.remove());
  const [, , width = 0, height = 0] = (copy.getAttribute('viewBox') ?? '0 0 0 0').split(' ').map(Number);
  // Real size, whatever the zoom on screen.
  copy.setAttribute('width', String(width));
  copy.setAttribute('height', String(height));
  copy.removeAttribute('role');
  const text = `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(copy)}`;
  return { text, width, height };
}

function download(blob: Blob, fileName: string) {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function exportSvg(svg: SVGSVGElement, fileName: string): void {
  download(new Blob([standalone(svg).text], { type: 'image/svg+xml' }), fileName);
}

/** Browsers refuse canvases much beyond 16k pixels a side; big charts are scaled to fit. */
const MAX_SIDE = 16_000;

export async function exportPng(svg: SVGSVGElement, fileName: string): Promise<void> {
  const { text, width, height } = standalone(svg);
  const scale = Math.min(2, MAX_SIDE / width, MAX_SIDE / height);
  const img = new Image();
  // A data: URL, which the content security policy allows for images (blob: it does not).
  img.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(text)}`;
  await img.decode();
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(width * scale);
  canvas.height = Math.round(height * scale);
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('This browser cannot draw the chart as a picture');
  ctx.scale(scale, scale);
  ctx.drawImage(img, 0, 0, width, height);
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
  if (!blob) throw new Error('The picture could not be made');
  download(blob, fileName);
}
