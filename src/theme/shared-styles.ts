import { css, unsafeCSS } from 'lit';
import { AREA_IDS } from '../data/areas.ts';
import { SONG_PALETTE, paletteProperties } from './palette.ts';

/**
 * `.area-<id>` sets `--area` to that area's colour (a swatch fills with it). Classes, not style attributes:
 * the Content-Security-Policy (server/security.ts) blocks inline styles, and Lit's styleMap writes a style
 * attribute on first render. The values are our own palette constants, never user text.
 */
const areaColours = unsafeCSS(
  AREA_IDS.map((a) => `.area-${a} { --area: ${SONG_PALETTE.area[a]}; }`).join('\n'),
);

/**
 * Focus ring, buttons and swatches shared by the app's components, and the palette's interface colours as
 * custom properties (`var(--error)`, `var(--ink-soft)`, …): components name a colour, never its hex.
 */
export const sharedStyles = css`
  :host {
    ${unsafeCSS(paletteProperties())}
    font-family: system-ui, 'Noto Sans CJK SC', 'PingFang SC', 'Microsoft YaHei', sans-serif;
    color: var(--ink);
  }
  button {
    font: inherit;
    color: inherit;
  }
  :focus-visible {
    outline: 3px solid var(--focus);
    outline-offset: 2px;
  }
  ${areaColours}
  .swatch {
    background: var(--area);
    display: inline-block;
    width: 0.8em;
    height: 0.8em;
    border-radius: 50%;
    flex: none;
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
`;

/**
 * The declarations of an outlined pill button (organizer forms and lists, the route editor), to be placed
 * inside a rule: `button { ${pillButton} }`. Declarations after it adjust size or fill.
 */
export const pillButton = css`
  min-height: 44px;
  padding: 0 1rem;
  border-radius: 999px;
  border: 1px solid var(--accent);
  background: #fff;
  color: var(--accent);
  font-weight: 600;
  cursor: pointer;
`;
