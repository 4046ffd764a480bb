import { readFileSync } from 'node:fs';
import * as v from 'valibot';
import { describe, expect, test } from 'vitest';
import { RouteSchema } from '../../../src/listings/schema.ts';
import { validateEventFiles } from '../../../src/listings/validate.ts';
import {
  EMPTY_SHAPE,
  MAX_VERTICES,
  appendVertex,
  appendVertices,
  commit,
  deleteVertex,
  hasRoomFor,
  insertVertex,
  laneNear,
  lanePath,
  lengthMetres,
  midpoint,
  moveVertex,
  routeOf,
  setTime,
  shapeOf,
  startHistory,
  timesOutOfOrder,
  undo,
  viewOf,
  walkingMinutes,
  type Position,
  type RouteShape,
} from '../../../src/listings/route-edit.ts';
import { buildGraph, type NetworkCollection } from '../../../src/walks/graph.ts';

const A: Position = [120.168, 30.242];
const B: Position = [120.169, 30.242];
const C: Position = [120.169, 30.243];
const D: Position = [120.17, 30.243];

const shape = (...ps: Position[]): RouteShape => ps.reduce(appendVertex, EMPTY_SHAPE);
/** A route with times at every vertex: 0, 10, 20, 30 minutes. */
const timed = (): RouteShape => ({ coordinates: [A, B, C, D], times: [0, 10, 20, 30] });

describe('vertex edits', () => {
  test('appending adds at the end, rounded to 6 decimals, with an unknown time', () => {
    const s = appendVertex(shape(A), [120.1691234567, 30.2420000001]);
    expect(s.coordinates).toEqual([A, [120.169123, 30.242]]);
    expect(s.times).toEqual([null, null]);
  });

  test('inserting at a midpoint puts the new vertex between its two neighbours', () => {
    const s = shape(A, B, C);
    const m = midpoint(s, 0);
    expect(insertVertex(s, 1, m).coordinates).toEqual([A, [120.1685, 30.242], B, C]);
  });

  test('moving changes one vertex and nothing else', () => {
    expect(moveVertex(shape(A, B, C), 1, D).coordinates).toEqual([A, D, C]);
  });

  test('deleting removes the vertex', () => {
    expect(deleteVertex(shape(A, B, C), 0).coordinates).toEqual([B, C]);
  });

  test('the shape handed in is never changed', () => {
    const s = shape(A, B);
    const copy = structuredClone(s);
    appendVertex(s, C);
    insertVertex(s, 1, C);
    moveVertex(s, 0, C);
    deleteVertex(s, 0);
    expect(s).toEqual(copy);
  });

  test('there is room for 200 vertices and not one more', () => {
    const full = appendVertices(
      EMPTY_SHAPE,
      Array.from({ length: MAX_VERTICES }, () => A),
    );
    expect(
      hasRoomFor(
        appendVertices(
          EMPTY_SHAPE,
          Array.from({ length: 199 }, () => A),
        ),
      ),
    ).toBe(true);
    expect(hasRoomFor(full)).toBe(false);
  });
});

describe('times_min travel with their vertices', () => {
  test('a route without times gives none back', () => {
    expect(routeOf(shape(A, B))).toEqual({ type: 'LineString', coordinates: [A, B] });
  });

  test('a new vertex between timed ones is unknown, and the route stays valid', () => {
    const s = insertVertex(timed(), 2, midpoint(timed(), 1));
    expect(s.times).toEqual([0, 10, null, 20, 30]);
    expect(timesOutOfOrder(s)).toEqual([]);
    const route = routeOf(s);
    expect(v.safeParse(RouteSchema, route).success).toBe(true);
  });

  test('deleting a vertex takes its time with it', () => {
    expect(deleteVertex(timed(), 1).times).toEqual([0, 20, 30]);
  });

  test('moving a vertex keeps its time', () => {
    expect(moveVertex(timed(), 2, [120.1695, 30.2431]).times).toEqual([0, 10, 20, 30]);
  });

  test('no sequence of edits gives times_min a different length than the coordinates', () => {
    let s = timed();
    s = appendVertex(s, [120.171, 30.244]);
    s = deleteVertex(s, 0);
    s = insertVertex(s, 1, midpoint(s, 0));
    s = deleteVertex(s, s.coordinates.length - 1);
    const route = routeOf(s);
    expect(route.times_min).toHaveLength(route.coordinates.length);
    const event = {
      id: 'procession',
      title_zh: '巡游',
      title_en: 'Procession',
      description_zh: '巡游。',
      description_en: 'A procession.',
      category: 'festival',
      route,
      start: '2026-12-05T10:00',
      end: '2026-12-05T11:00',
      free: true,
      languages: ['zh'],
      organizer: { name_zh: '主办方', name_en: 'Organizer' },
      status: 'scheduled',
      sample: false,
      sources: [{ title: 'Organizer' }],
    };
    expect(validateEventFiles([{ file: 'form', json: [event] }], new Set()).errors).toEqual([]);
  });

  test('a time set earlier than one before it is reported out of order', () => {
    expect(timesOutOfOrder(setTime(timed(), 2, 5))).toEqual([2]);
  });

  test('clearing the last known time leaves no times_min at all', () => {
    const s = setTime({ coordinates: [A, B], times: [null, 10] }, 1, null);
    expect(routeOf(s).times_min).toBeUndefined();
  });

  test('times_min of a stored route come back per vertex, unknown ones as null', () => {
    const s = shapeOf({ type: 'LineString', coordinates: [A, B, C], times_min: [0, null, 30] });
    expect(s.times).toEqual([0, null, 30]);
  });
});

describe('undo', () => {
  test('undo returns the shapes in reverse order and stops at the first', () => {
    let h = startHistory(EMPTY_SHAPE);
    h = commit(h, shape(A));
    h = commit(h, shape(A, B));
    h = undo(h);
    expect(h.present.coordinates).toEqual([A]);
    h = undo(undo(h));
    expect(h.present).toEqual(EMPTY_SHAPE);
    expect(h.past).toEqual([]);
  });

  test('an edit that changes nothing leaves no undo step', () => {
    const h = commit(startHistory(shape(A)), shape(A));
    expect(h.past).toEqual([]);
  });
});

describe('length and walking time', () => {
  test('the length is the sum of the segments in metres', () => {
    // 0.001° of latitude is 111.2 m; 0.001° of longitude at 30.24° N is 96.1 m.
    expect(lengthMetres([A, B, C])).toBeCloseTo(96.1 + 111.2, 0);
    expect(lengthMetres([A])).toBe(0);
  });

  test('walking time uses the planner’s standard pace of 75 m a minute', () => {
    expect(walkingMinutes(1500)).toBe(20);
  });
});

describe('follow the lanes', () => {
  const g = buildGraph(
    JSON.parse(readFileSync('tests/fixtures/network/grid.geojson', 'utf8')) as NetworkCollection,
  );
  // Grid nodes of the fixture, ~100 m apart.
  const P = (i: number, j: number): Position => [120.16 + i * 0.00104, 30.235 + j * 0.0009];

  test('a segment along a street passes its crossings and ends on the lane nearest the tap', () => {
    const tap: Position = [P(2, 0)[0], P(2, 0)[1] - 0.0001]; // ~11 m south of the grid's southern street
    expect(lanePath(g, P(0, 0), tap)).toEqual([P(1, 0), P(2, 0)]);
  });

  test('a tap far from every lane is not snapped', () => {
    expect(lanePath(g, P(0, 0), [120.2, 30.28])).toBeUndefined();
  });

  test('a first point is put on the nearest lane, unless no lane is near', () => {
    expect(laneNear(g, [P(2, 0)[0], P(2, 0)[1] - 0.0001])).toEqual(P(2, 0));
    expect(laneNear(g, [120.2, 30.28])).toBeUndefined();
  });
});

describe('viewOf', () => {
  test('frames a route so both ends fit inside the map', () => {
    const view = viewOf([A, D], 400, 240, 24);
    expect(view.center[0]).toBeCloseTo(120.169, 6);
    expect(view.center[1]).toBeCloseTo(30.2425, 4);
    // 0.002° of longitude is 1/180000 of the world; 352 px over 512·2^z·that gives z ≈ 16.9.
    expect(view.zoom).toBeGreaterThan(16);
    expect(view.zoom).toBeLessThanOrEqual(17);
  });
});
