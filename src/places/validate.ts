/**
 * Validates the place and basemap layers of geodata/. Pure: takes parsed JSON and returns errors, so the CLI (scripts/data.ts) and the
 * unit tests run exactly the same checks. Every error names file, feature id and field.
 */
import * as v from 'valibot';
import { openingHoursErrors } from '../hours/opening-hours.ts';
import gcoord from 'gcoord';
import { BasemapPropertiesSchema, PlacePropertiesSchema } from '../data/schema.ts';
import { eraMatchesYear } from '../history/era.ts';
import type { ReferencePoint } from '../data/reference.ts';
import { checkGeometry, isObject, isPosition, type DataError } from '../data/check.ts';
import { metresBetween as metres } from '../data/distance.ts';
import { visitorTextErrors } from './visitor-text.ts';

export type LayerKind = 'place' | 'basemap';

export interface DataFile {
  /** Path as shown in errors, e.g. geodata/layers/deshou.geojson. */
  file: string;
  kind: LayerKind;
  /** For place layers: the area every feature in the file must belong to. */
  area?: string;
  json: unknown;
}

/** A converted point must sit within this many metres of what gcoord gives for its GCJ-02 original. */
const GCJ_TOLERANCE_M = 2;

function propertyErrors(kind: LayerKind, props: unknown): { field: string; message: string }[] {
  const schema = kind === 'place' ? PlacePropertiesSchema : BasemapPropertiesSchema;
  const result = v.safeParse(schema, props);
  if (result.success) return [];
  return result.issues.map((issue) => ({
    field: v.getDotPath(issue) ?? '(properties)',
    message:
      issue.kind === 'schema' && issue.received === 'undefined'
        ? 'required'
        : issue.type === 'strict_object' && issue.expected === 'never'
          ? 'unknown field'
          : issue.message,
  }));
}

/** Checks one file on its own; ids are checked across files by `validateAll`. */
export function validateFile(df: DataFile): DataError[] {
  const errors: DataError[] = [];
  const err = (feature: string, field: string, message: string) =>
    errors.push({ file: df.file, feature, field, message });
  const fc = df.json;
  if (!isObject(fc) || fc.type !== 'FeatureCollection' || !Array.isArray(fc.features)) {
    err('-', 'type', 'must be a GeoJSON FeatureCollection with a features array');
    return errors;
  }
  fc.features.forEach((f: unknown, index: number) => {
    const props = isObject(f) && isObject(f.properties) ? f.properties : undefined;
    const fid = typeof props?.id === 'string' && props.id ? props.id : `#${index}`;
    if (!isObject(f) || f.type !== 'Feature') {
      err(fid, 'type', 'must be "Feature"');
      return;
    }
    for (const m of checkGeometry(f.geometry)) err(fid, 'geometry', m);
    if (!props) {
      err(fid, 'properties', 'missing properties');
      return;
    }
    for (const e of propertyErrors(df.kind, props)) err(fid, e.field, e.message);

    if (df.kind === 'place' && df.area && props.area !== undefined && props.area !== df.area) {
      err(fid, 'area', `is "${String(props.area)}" but this file holds area "${df.area}"`);
    }
    const geomType = isObject(f.geometry) ? f.geometry.type : undefined;
    if (df.kind === 'place' && (geomType === 'Point' || props.kind === 'area')) {
      if (!props.summary_zh) err(fid, 'summary_zh', 'required for places and area outlines');
      if (!props.summary_en) err(fid, 'summary_en', 'required for places and area outlines');
    }
    if (props.plan !== undefined)
      err(fid, 'plan', 'is set by npm run data (the drawn site plan), not in geodata/');
    if (props.kind === 'area' && geomType !== 'Polygon')
      err(fid, 'geometry', 'an area outline must be a Polygon');
    if (props.geometry_method === 'schematic' && props.confidence !== 'low') {
      err(fid, 'confidence', 'a schematic geometry must have confidence "low"');
    }
    if (props.geometry_method === 'derived_from_gcj02') {
      if (geomType !== 'Point') err(fid, 'geometry_method', 'derived_from_gcj02 is only recorded for points');
      else if (!isPosition(props.gcj02)) err(fid, 'gcj02', 'required: the original GCJ-02 [lon, lat]');
      else if (isObject(f.geometry) && isPosition(f.geometry.coordinates)) {
        const expected = gcoord.transform(props.gcj02, gcoord.GCJ02, gcoord.WGS84) as [number, number];
        const d = metres(expected, f.geometry.coordinates);
        if (d > GCJ_TOLERANCE_M) {
          err(fid, 'geometry', `is ${d.toFixed(0)} m from the WGS84 conversion of its gcj02 value`);
        }
      }
    } else if (props.gcj02 !== undefined) {
      err(fid, 'gcj02', 'given, but geometry_method is not derived_from_gcj02');
    }
    if (typeof props.from === 'number' && typeof props.to === 'number' && props.from > props.to) {
      err(fid, 'to', `ends (${props.to}) before it begins (${props.from})`);
    }
    if (props.reconstruction === true && typeof props.from !== 'number') {
      err(
        fid,
        'from',
        'a reconstruction needs the years it stood (from, and to if it is gone) for the time view',
      );
    }
    if (props.area === 'song-city') {
      if (props.reconstruction !== true) err(fid, 'reconstruction', 'must be true in the Song city layer');
      if (typeof props.from !== 'number') err(fid, 'from', 'required in the Song city layer');
    }
    if (props.opening_hours !== undefined && typeof props.opening_hours === 'string') {
      for (const m of openingHoursErrors(props.opening_hours)) err(fid, 'opening_hours', m);
      if (props.hours_source === undefined)
        err(fid, 'hours_source', 'required with opening_hours: the page the hours come from');
      if (props.hours_zh === undefined || props.hours_en === undefined)
        err(fid, 'hours_en', 'opening_hours needs the hours in words too (hours_zh, hours_en)');
    } else {
      if (props.last_entry_min !== undefined) err(fid, 'last_entry_min', 'given without opening_hours');
      if (props.hours_source !== undefined) err(fid, 'hours_source', 'given without opening_hours');
    }
    if (props.visit_min !== undefined && props.visit_basis === undefined)
      err(fid, 'visit_basis', 'required with visit_min: the source or the reasoning');
    if (Array.isArray(props.dates)) {
      let previous = -Infinity;
      props.dates.forEach((d: unknown, i: number) => {
        if (!isObject(d) || typeof d.year !== 'number') return;
        if (d.year < previous) err(fid, `dates.${i}.year`, 'dates must be in chronological order');
        previous = d.year;
        if (typeof d.era_zh === 'string' && !eraMatchesYear(d.era_zh, d.year)) {
          err(fid, `dates.${i}.era_zh`, `"${d.era_zh}" is not the year ${d.year}`);
        }
      });
    }
  });
  return errors;
}

/** A point closer than this to where an unconverted GCJ-02 value of a reference place would fall is rejected. */
const GCJ_TRAP_M = 40;

/**
 * Finds points that sit at the GCJ-02 offset (~500 m ESE in Hangzhou) of a checked reference place: the mark
 * of a Chinese map provider's coordinate pasted in without conversion.
 */
export function gcjOffsetErrors(df: DataFile, references: readonly ReferencePoint[]): DataError[] {
  const traps = references.map((r) => ({
    ref: r,
    at: gcoord.transform([r.lon, r.lat], gcoord.WGS84, gcoord.GCJ02) as [number, number],
  }));
  const features = isObject(df.json) && Array.isArray(df.json.features) ? df.json.features : [];
  const errors: DataError[] = [];
  for (const f of features) {
    if (!isObject(f) || !isObject(f.geometry) || f.geometry.type !== 'Point') continue;
    const p = f.geometry.coordinates;
    if (!isPosition(p)) continue;
    for (const { ref, at } of traps) {
      const d = metres(p, at);
      if (d < GCJ_TRAP_M && metres(p, [ref.lon, ref.lat]) > 3 * GCJ_TRAP_M) {
        const fid = isObject(f.properties) && typeof f.properties.id === 'string' ? f.properties.id : '?';
        errors.push({
          file: df.file,
          feature: fid,
          field: 'geometry',
          message: `sits ${d.toFixed(0)} m from the GCJ-02 offset of reference place "${ref.id}" (${ref.name_zh}): convert it to WGS84`,
        });
      }
    }
  }
  return errors;
}

/** A place's name without a parenthetical or a trailing 遗址/旧址/址/景区, for comparing names. */
export function coreName(name: string): string {
  return name
    .replace(/[（(][^）)]*[）)]/g, '')
    .replace(/(遗址|旧址|址|景区)$/, '')
    .trim();
}

/** Same name as a reference place and this close to where its unconverted GCJ-02 value would fall. */
const GCJ_SAME_NAME_M = 120;

/**
 * Finds points named like a checked reference place that sit near the reference's GCJ-02 position and far
 * from the reference itself: a Chinese map provider's coordinate for that very place, pasted in without
 * conversion (the wider tolerance than `gcjOffsetErrors` is safe because the names agree).
 */
export function gcjSameNameErrors(df: DataFile, references: readonly ReferencePoint[]): DataError[] {
  const errors: DataError[] = [];
  const features = isObject(df.json) && Array.isArray(df.json.features) ? df.json.features : [];
  for (const f of features) {
    if (!isObject(f) || !isObject(f.properties) || !isObject(f.geometry) || f.geometry.type !== 'Point')
      continue;
    const p = f.geometry.coordinates;
    const name = f.properties.name_zh;
    if (!isPosition(p) || typeof name !== 'string') continue;
    const core = coreName(name);
    for (const r of references) {
      const rc = coreName(r.name_zh);
      if (core.length < 2 || rc.length < 2 || !(core.includes(rc) || rc.includes(core))) continue;
      const at = gcoord.transform([r.lon, r.lat], gcoord.WGS84, gcoord.GCJ02) as [number, number];
      const d = metres(p, at);
      if (d < GCJ_SAME_NAME_M && metres(p, [r.lon, r.lat]) > 250) {
        errors.push({
          file: df.file,
          feature: String(f.properties.id ?? '?'),
          field: 'geometry',
          message: `sits ${d.toFixed(0)} m from the GCJ-02 offset of the same-named reference place "${r.id}" (${r.name_zh}): an unconverted GCJ-02 point`,
        });
      }
    }
  }
  return errors;
}

/** Two points of the same kind closer than this are one place entered twice. */
const DUPLICATE_M = 10;
/** Two points with the same name further apart than this are one place drawn in two positions. */
const SAME_NAME_APART_M = 100;

interface PointPlace {
  file: string;
  id: string;
  kind: unknown;
  core: string;
  at: [number, number];
  from: number;
  to: number;
}

/** Whether two places existed at the same time (undated = today). */
function overlap(a: PointPlace, b: PointPlace): boolean {
  return a.from <= b.to && b.from <= a.to;
}

/**
 * Finds a place entered twice: two points of the same kind within a few metres, or two points with the same
 * name (see `coreName`) far apart. Places that never existed at the same time (a Song gate and the tower
 * rebuilt on its site) are not duplicates.
 */
export function duplicatePlaceErrors(files: DataFile[]): DataError[] {
  const points: PointPlace[] = [];
  for (const df of files) {
    if (df.kind !== 'place') continue;
    const features = isObject(df.json) && Array.isArray(df.json.features) ? df.json.features : [];
    for (const f of features) {
      if (!isObject(f) || !isObject(f.properties) || !isObject(f.geometry) || f.geometry.type !== 'Point')
        continue;
      const p = f.properties;
      if (!isPosition(f.geometry.coordinates) || typeof p.id !== 'string' || typeof p.name_zh !== 'string')
        continue;
      points.push({
        file: df.file,
        id: p.id,
        kind: p.kind,
        core: coreName(p.name_zh),
        at: f.geometry.coordinates,
        from: typeof p.from === 'number' ? p.from : -Infinity,
        to: typeof p.to === 'number' ? p.to : Infinity,
      });
    }
  }
  const errors: DataError[] = [];
  for (let i = 0; i < points.length; i++) {
    for (let j = 0; j < i; j++) {
      const a = points[i];
      const b = points[j];
      if (!overlap(a, b)) continue;
      const d = metres(a.at, b.at);
      if (a.kind === b.kind && d < DUPLICATE_M) {
        errors.push({
          file: a.file,
          feature: a.id,
          field: 'geometry',
          message: `duplicate place: "${b.id}" (${b.file}) is a ${String(b.kind)} ${d.toFixed(0)} m away`,
        });
      } else if (a.core.length >= 2 && a.core === b.core && d > SAME_NAME_APART_M) {
        errors.push({
          file: a.file,
          feature: a.id,
          field: 'name_zh',
          message: `same place as "${b.id}" (${b.file}) by name, drawn ${d.toFixed(0)} m away: keep one entry`,
        });
      }
    }
  }
  return errors;
}

/** Validates every file, then ids across all of them, then points against the reference places. */
export function validateAll(files: DataFile[], references: readonly ReferencePoint[] = []): DataError[] {
  const errors = files.flatMap(validateFile);
  if (references.length) {
    errors.push(...files.flatMap((f) => gcjOffsetErrors(f, references)));
    errors.push(...files.flatMap((f) => gcjSameNameErrors(f, references)));
  }
  errors.push(...duplicatePlaceErrors(files));
  errors.push(...files.flatMap(visitorTextErrors));
  const seen = new Map<string, string>();
  for (const df of files) {
    const features = isObject(df.json) && Array.isArray(df.json.features) ? df.json.features : [];
    for (const f of features) {
      const fid = isObject(f) && isObject(f.properties) ? f.properties.id : undefined;
      if (typeof fid !== 'string') continue;
      const first = seen.get(fid);
      if (first)
        errors.push({ file: df.file, feature: fid, field: 'id', message: `duplicate of an id in ${first}` });
      else seen.set(fid, df.file);
    }
  }
  return errors;
}
