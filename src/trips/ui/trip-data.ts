/**
 * What the field-trip view loads for itself, once, when it is first shown: the walking network (as a
 * graph) and the learning material. The map view never pays for them. Events are not loaded here: the
 * app hands the view the same feed the map and What's on show (approved events of the service included).
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { loadLearning } from '../../learning/load.ts';
import type { LearningData } from '../../learning/schema.ts';
import { buildGraph, type Graph, type NetworkCollection } from '../../walks/graph.ts';

export class TripData implements ReactiveController {
  graph: Graph | undefined;
  learning: LearningData | undefined;
  error = false;
  private abort: AbortController | undefined;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostConnected(): void {
    if (!this.graph) void this.load();
  }

  hostDisconnected(): void {
    this.abort?.abort();
    this.abort = undefined;
  }

  async load(): Promise<void> {
    this.abort?.abort();
    const abort = (this.abort = new AbortController());
    this.error = false;
    this.host.requestUpdate();
    const get = async <T>(path: string) => {
      const res = await fetch(new URL(path, document.baseURI), { signal: abort.signal });
      if (!res.ok) throw new Error(`${path}: HTTP ${res.status}`);
      return (await res.json()) as T;
    };
    try {
      const [network, learning] = await Promise.all([
        get<NetworkCollection>('data/network.geojson'),
        // Learning is an extra: the plan stands without it.
        loadLearning(abort.signal).catch(() => undefined),
      ]);
      this.graph = buildGraph(network);
      this.learning = learning;
    } catch (e) {
      if ((e as Error).name !== 'AbortError') this.error = true;
    }
    this.host.requestUpdate();
  }
}
