import { css } from 'lit';

/** Focus ring, buttons and swatches shared by the app's components. */
export const sharedStyles = css`
  :host {
    --ink: #2b2622;
    --ink-soft: #5d5348;
    --paper: #f4efe4;
    --card: #fffdf8;
    --line: #d9cfbd;
    --accent: #8c2a1c;
    font-family: system-ui, 'Noto Sans CJK SC', 'PingFang SC', 'Microsoft YaHei', sans-serif;
    color: var(--ink);
  }
  button {
    font: inherit;
    color: inherit;
  }
  :focus-visible {
    outline: 3px solid #1d5a78;
    outline-offset: 2px;
  }
  .swatch {
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
