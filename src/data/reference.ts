/**
 * Checked reference points (geodata/reference/places.csv): WGS84 positions with how each was obtained.
 * The validator uses them to catch unconverted GCJ-02 points; a test holds our features to them.
 */
export interface ReferencePoint {
  id: string;
  name_zh: string;
  name_en: string;
  lon: number;
  lat: number;
  confidence: string;
}

/** RFC 4180 CSV: quoted fields may hold commas and doubled quotes. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      if (row.some((f) => f !== '')) rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  row.push(field);
  if (row.some((f) => f !== '')) rows.push(row);
  return rows;
}

export function parseReferencePoints(csv: string): ReferencePoint[] {
  const [header, ...rows] = parseCsv(csv);
  const col = (name: string) => {
    const i = header.indexOf(name);
    if (i < 0) throw new Error(`places.csv: missing column ${name}`);
    return i;
  };
  const [id, zh, en, lat, lon, conf] = [
    'id',
    'name_zh',
    'name_en',
    'lat_wgs84',
    'lon_wgs84',
    'confidence',
  ].map(col);
  return rows.map((r) => ({
    id: r[id],
    name_zh: r[zh],
    name_en: r[en],
    lat: Number(r[lat]),
    lon: Number(r[lon]),
    confidence: r[conf],
  }));
}
