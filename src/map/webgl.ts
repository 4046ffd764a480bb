/** MapLibre 6 draws with WebGL2 only. Checked before MapLibre is even downloaded. */
export function supportsWebGL2(doc: Document = document): boolean {
  try {
    const canvas = doc.createElement('canvas');
    return !!canvas.getContext('webgl2');
  } catch {
    return false;
  }
}
