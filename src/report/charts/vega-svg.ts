import type * as VegaLite from 'vega-lite';

/** A Vega-Lite specification, as data (the library's own type is not exported in a stable place). */
export type VegaLiteSpec = Record<string, unknown>;

/**
 * Renders a Vega-Lite chart to a standalone SVG string at report time, headless (no canvas, no DOM),
 * so reports need no network and no JavaScript to read. Loading external data is disabled.
 */
export async function renderVegaLiteSvg(spec: VegaLiteSpec): Promise<string> {
  // Loaded here, not at the top: vega and vega-lite take over a second to import, and only HTML
  // reports need them.
  const [vega, vegaLite] = await Promise.all([import('vega'), import('vega-lite')]);
  const compiled = vegaLite.compile({
    $schema: 'https://vega.github.io/schema/vega-lite/v5.json',
    ...spec,
  } as VegaLite.TopLevelSpec);
  const loader = vega.loader();
  loader.load = async (uri: string) => {
    throw new Error(`charts embed their data; refusing to load ${uri}`);
  };
  const view = new vega.View(vega.parse(compiled.spec), { renderer: 'none', loader });
  try {
    return await view.toSVG();
  } finally {
    view.finalize();
  }
}
