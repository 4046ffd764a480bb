/**
 * The walking network as a compact graph: nodes in typed arrays, adjacency in CSR form (offsets into one
 * array of neighbours), edge lengths in metres. Built once from geodata/network.geojson; shared by routing,
 * stop ordering and snapping.
 */
import Flatbush from 'flatbush';
import { metresPerDegree, planarMetres } from '../data/distance.ts';

export type EdgeKind =
  'street' | 'lane' | 'pedestrian' | 'footway' | 'path' | 'steps' | 'bridge' | 'crossing' | 'service';

export interface NetworkEdgeProperties {
  id: string;
  name_zh: string;
  name_en: string;
  kind: EdgeKind;
  steps: boolean;
  bridge: boolean;
  surface?: string;
  osm_id?: string;
}

export interface NetworkCollection {
  type: 'FeatureCollection';
  features: {
    type: 'Feature';
    geometry: { type: 'LineString'; coordinates: [number, number][] };
    properties: NetworkEdgeProperties;
  }[];
}

export interface Graph {
  nodeCount: number;
  lon: Float64Array;
  lat: Float64Array;
  /** Edge e runs from `from[e]` to `to[e]`; pedestrians may walk it either way. */
  from: Int32Array;
  to: Int32Array;
  length: Float64Array;
  steps: Uint8Array;
  /** CSR adjacency: neighbours of node n are adjNode[adjStart[n] .. adjStart[n+1]), via edge adjEdge[…]. */
  adjStart: Int32Array;
  adjNode: Int32Array;
  adjEdge: Int32Array;
  /** Per edge: its vertices and the distance of each vertex from the edge's start. */
  coords: [number, number][][];
  cumulative: Float64Array[];
  props: NetworkEdgeProperties[];
  /** Metres per degree of lon/lat at the network's latitude. */
  k: [number, number];
  /** Spatial index of edge segments (for snapping), with the edge and segment of each item. */
  index: Flatbush;
  segEdge: Int32Array;
  segIndex: Int32Array;
}

const key = (p: [number, number]) => `${p[0].toFixed(6)},${p[1].toFixed(6)}`;

export function buildGraph(network: NetworkCollection): Graph {
  const edges = network.features.filter(
    (f) => f.geometry.type === 'LineString' && f.geometry.coordinates.length >= 2,
  );
  const ids = new Map<string, number>();
  const lonList: number[] = [];
  const latList: number[] = [];
  const node = (p: [number, number]) => {
    const k = key(p);
    let n = ids.get(k);
    if (n === undefined) {
      n = lonList.length;
      ids.set(k, n);
      lonList.push(p[0]);
      latList.push(p[1]);
    }
    return n;
  };
  const m = edges.length;
  const from = new Int32Array(m);
  const to = new Int32Array(m);
  const length = new Float64Array(m);
  const steps = new Uint8Array(m);
  const coords: [number, number][][] = [];
  const cumulative: Float64Array[] = [];
  const lat0 = edges.length ? edges[0].geometry.coordinates[0][1] : 30;
  const k = metresPerDegree(lat0);
  let segments = 0;
  edges.forEach((f, e) => {
    const c = f.geometry.coordinates;
    from[e] = node(c[0]);
    to[e] = node(c[c.length - 1]);
    const cum = new Float64Array(c.length);
    for (let i = 1; i < c.length; i++)
      cum[i] = cum[i - 1] + planarMetres(c[i - 1][0], c[i - 1][1], c[i][0], c[i][1], k);
    length[e] = cum[c.length - 1];
    steps[e] = f.properties.steps ? 1 : 0;
    coords.push(c);
    cumulative.push(cum);
    segments += c.length - 1;
  });
  const nodeCount = lonList.length;
  const degree = new Int32Array(nodeCount + 1);
  for (let e = 0; e < m; e++) {
    degree[from[e] + 1]++;
    degree[to[e] + 1]++;
  }
  for (let n = 0; n < nodeCount; n++) degree[n + 1] += degree[n];
  const adjStart = degree;
  const fill = adjStart.slice(0, nodeCount);
  const adjNode = new Int32Array(2 * m);
  const adjEdge = new Int32Array(2 * m);
  for (let e = 0; e < m; e++) {
    adjNode[fill[from[e]]] = to[e];
    adjEdge[fill[from[e]]++] = e;
    adjNode[fill[to[e]]] = from[e];
    adjEdge[fill[to[e]]++] = e;
  }
  // Segments are indexed in a locally isotropic frame (x scaled by cos(lat)), so nearest means nearest in metres.
  const index = new Flatbush(Math.max(1, segments));
  const segEdge = new Int32Array(segments);
  const segIndex = new Int32Array(segments);
  let s = 0;
  for (let e = 0; e < m; e++) {
    const c = coords[e];
    for (let i = 0; i < c.length - 1; i++) {
      const x1 = c[i][0] * k[0];
      const y1 = c[i][1] * k[1];
      const x2 = c[i + 1][0] * k[0];
      const y2 = c[i + 1][1] * k[1];
      index.add(Math.min(x1, x2), Math.min(y1, y2), Math.max(x1, x2), Math.max(y1, y2));
      segEdge[s] = e;
      segIndex[s++] = i;
    }
  }
  if (segments === 0) index.add(0, 0, 0, 0);
  index.finish();
  return {
    nodeCount,
    lon: Float64Array.from(lonList),
    lat: Float64Array.from(latList),
    from,
    to,
    length,
    steps,
    adjStart,
    adjNode,
    adjEdge,
    coords,
    cumulative,
    props: edges.map((f) => f.properties),
    k,
    index,
    segEdge,
    segIndex,
  };
}
