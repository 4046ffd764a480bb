import { css } from 'lit';

/** Buttons and status lines shared by the first screen, the guided walk and read-aloud (44 px targets). */
export const guideStyles = css`
  button {
    min-height: 44px;
    padding: 0 0.9rem;
    border: 1px solid var(--line);
    border-radius: 999px;
    background: var(--card);
    cursor: pointer;
  }
  button.primary {
    background: var(--accent);
    border-color: var(--accent);
    color: var(--card);
  }
  .status {
    font-size: 0.9rem;
    margin: 0.4rem 0;
  }
  .problem {
    color: var(--error);
  }
`;
