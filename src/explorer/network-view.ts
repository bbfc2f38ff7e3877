import Graph from 'graphology';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import Sigma from 'sigma';
import type { EntityRef, Network, NetworkEdge } from './api.js';

/**
 * Draws a network with sigma.js (WebGL) over a graphology graph: node colour by type, size by
 * statements, arrows speaker → topic, width by statements. Laid out by ForceAtlas2 from a
 * circle around the centre, which stays pinned in the middle.
 */

export const TYPE_COLOURS: Record<EntityRef['__typename'], string> = { Person: '#2f6db3', Organization: '#d9730d', Country: '#2e8b57' };

export interface NetworkHandlers {
  onNode(entity: EntityRef): void;
  onEdge(edge: NetworkEdge): void;
}

const nodeSize = (statements: number) => Math.min(28, 5 + 2.4 * Math.sqrt(statements));
const edgeSize = (statements: number) => Math.min(9, 1 + 1.3 * Math.sqrt(statements));

export class NetworkView {
  private renderer: Sigma | null = null;
  private edges = new Map<string, NetworkEdge>();

  constructor(private readonly container: HTMLElement, private readonly handlers: NetworkHandlers) {}

  /** Draws a network; false when this browser cannot (no WebGL). */
  show(network: Network, centreId: string): boolean {
    this.clear();
    const graph = new Graph({ type: 'directed', allowSelfLoops: false });
    const others = network.nodes.filter((node) => node.entity.id !== centreId);
    network.nodes.forEach((node) => {
      const index = others.indexOf(node);
      const centre = node.entity.id === centreId;
      const angle = (2 * Math.PI * index) / Math.max(1, others.length);
      const radius = 10 + (index % 3) * 2;
      graph.addNode(node.entity.id, {
        label: node.entity.name,
        x: centre ? 0 : radius * Math.cos(angle),
        y: centre ? 0 : radius * Math.sin(angle),
        size: nodeSize(node.statementCount),
        color: TYPE_COLOURS[node.entity.__typename],
        fixed: centre,
        entity: node.entity,
        forceLabel: centre,
      });
    });
    for (const edge of network.edges) {
      const key = `${edge.speaker.id}>${edge.about.id}`;
      this.edges.set(key, edge);
      graph.addDirectedEdgeWithKey(key, edge.speaker.id, edge.about.id, { size: edgeSize(edge.statementCount), color: '#9aa7b5', type: 'arrow', weight: edge.statementCount });
    }
    if (graph.order > 1) forceAtlas2.assign(graph, { iterations: 120, settings: { ...forceAtlas2.inferSettings(graph), edgeWeightInfluence: 0.5, scalingRatio: 12, gravity: 1.5 } });
    try {
      this.renderer = new Sigma(graph, this.container, {
        defaultEdgeType: 'arrow',
        enableEdgeEvents: true,
        labelRenderedSizeThreshold: graph.order > 80 ? 8 : 0,
        // Small networks show every label; big ones let sigma thin them out where they crowd.
        labelDensity: graph.order > 80 ? 1 : 10,
        labelGridCellSize: 60,
        labelFont: 'system-ui, sans-serif',
        labelSize: 13,
        zIndex: true,
        // Room for labels at the edges and for the legend at the bottom.
        stagePadding: 48,
        // A resize to nothing (a hidden tab) is no error worth a crash.
        allowInvalidContainer: true,
      });
    } catch {
      return false;
    }
    const renderer = this.renderer;
    renderer.on('clickNode', ({ node }) => this.handlers.onNode(graph.getNodeAttribute(node, 'entity') as EntityRef));
    renderer.on('clickEdge', ({ edge }) => this.handlers.onEdge(this.edges.get(edge)!));
    const pointer = (on: boolean) => () => (this.container.style.cursor = on ? 'pointer' : '');
    renderer.on('enterNode', pointer(true));
    renderer.on('leaveNode', pointer(false));
    renderer.on('enterEdge', ({ edge }) => {
      pointer(true)();
      graph.setEdgeAttribute(edge, 'color', '#34495e');
    });
    renderer.on('leaveEdge', ({ edge }) => {
      pointer(false)();
      graph.setEdgeAttribute(edge, 'color', '#9aa7b5');
    });
    return true;
  }

  /** Where a node is drawn on the page, in CSS pixels: for tests that click it as a person would. */
  nodePoint(name: string): { x: number; y: number } | null {
    if (!this.renderer) return null;
    const graph = this.renderer.getGraph();
    const id = graph.findNode((_node, attributes) => attributes.label === name);
    if (id === undefined) return null;
    const point = this.renderer.graphToViewport(graph.getNodeAttributes(id) as { x: number; y: number });
    const box = this.container.getBoundingClientRect();
    return { x: box.left + point.x, y: box.top + point.y };
  }

  /** Where the middle of the edge speaker → topic is drawn on the page. */
  edgeMiddle(speakerName: string, aboutName: string): { x: number; y: number } | null {
    const [from, to] = [this.nodePoint(speakerName), this.nodePoint(aboutName)];
    return from && to && this.edges.has(`${this.idOf(speakerName)}>${this.idOf(aboutName)}`) ? { x: (from.x + to.x) / 2, y: (from.y + to.y) / 2 } : null;
  }

  private idOf(name: string): string | undefined {
    return this.renderer?.getGraph().findNode((_node, attributes) => attributes.label === name);
  }

  clear(): void {
    this.renderer?.kill();
    this.renderer = null;
    this.edges.clear();
    this.container.style.cursor = '';
  }
}
