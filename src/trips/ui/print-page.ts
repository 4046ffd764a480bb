/**
 * The printed page for trip sheets: A4 portrait with margins an office printer keeps. `@page` only works in a
 * document style sheet (not in a shadow root), so the trip view adopts this sheet while it is shown and
 * removes it when it goes.
 */
export const PRINT_PAGE = new CSSStyleSheet();
PRINT_PAGE.replaceSync(`@page { size: A4 portrait; margin: 14mm 13mm; }
@media print { html, body { background: #fff !important; height: auto !important; } }`);
