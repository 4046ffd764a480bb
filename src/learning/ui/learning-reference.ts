import { LitElement, css, html, nothing } from 'lit';
import { isZh, type Lang } from '../../i18n/lang.ts';
import { sharedStyles } from '../../theme/shared-styles.ts';
import type { GlossaryTerm, LearningData, TimelineEntry } from '../schema.ts';
import { LEARNING_STRINGS } from '../strings.ts';

/** Entries about one of `focus` first (keeping data order within each half). */
function focusFirst<T extends { places?: string[] }>(items: readonly T[], focus: ReadonlySet<string>): T[] {
  const hit = (x: T) => (x.places ?? []).some((p) => focus.has(p));
  return [...items.filter(hit), ...items.filter((x) => !hit(x))];
}

/**
 * The Song timeline and the glossary from data/learning.json, in one language, for the field-trip view and its
 * printouts. Read-only: it fires no events. Entries that concern one of `highlight` (e.g. a trip's stops) are
 * marked; glossary terms about them come first, the timeline stays in date order.
 *
 * @summary Song timeline and glossary.
 * @csspart timeline - the timeline section
 * @csspart glossary - the glossary section
 */
export class LearningReference extends LitElement {
  static properties = {
    data: { attribute: false },
    lang: {},
    highlight: { attribute: false },
    show: {},
  };

  /** The published learning material; nothing but a notice is drawn until it is set. */
  declare data: LearningData | undefined;
  /** Language of everything drawn. */
  declare lang: Lang;
  /** Place ids to mark, e.g. the stops of the planned trip. */
  declare highlight: readonly string[];
  /** Which sections to draw. */
  declare show: 'both' | 'timeline' | 'glossary';

  constructor() {
    super();
    this.lang = 'zh';
    this.highlight = [];
    this.show = 'both';
  }

  static styles = [
    sharedStyles,
    css`
      :host {
        display: block;
      }
      h2 {
        font-size: 1.05rem;
        margin: 0 0 0.5rem;
      }
      section + section {
        margin-top: 1rem;
      }
      ol,
      dl {
        margin: 0;
        padding: 0;
        list-style: none;
      }
      li,
      .term {
        padding: 0.4rem 0;
        border-bottom: 1px solid var(--line);
      }
      .year {
        font-weight: 600;
        font-variant-numeric: tabular-nums;
      }
      dt {
        font-weight: 600;
      }
      dd {
        margin: 0.15rem 0 0;
      }
      .pinyin {
        font-weight: normal;
        color: var(--ink-soft);
      }
      .mark {
        display: inline-block;
        margin-inline-start: 0.4rem;
        padding: 0 0.35rem;
        border: 1px solid var(--accent);
        border-radius: 0.25rem;
        color: var(--accent);
        font-size: 0.8rem;
        font-weight: normal;
      }
      .sources {
        font-size: 0.8rem;
        color: var(--ink-soft);
      }
      .sources summary {
        cursor: pointer;
        width: fit-content;
      }
      .sources a {
        color: inherit;
        overflow-wrap: anywhere;
      }
    `,
  ];

  /** Sources fold away under a count, so the entries stay readable on a phone. */
  private sources(entry: GlossaryTerm | TimelineEntry) {
    const s = LEARNING_STRINGS[this.lang];
    const sep = isZh(this.lang) ? '；' : '; ';
    return html`<details class="sources">
      <summary>${s.sources} (${entry.sources.length})</summary>
      ${entry.sources.map(
        (src, i) =>
          html`${i ? sep : ''}${
            src.url ? html`<a href=${src.url} rel="noopener noreferrer">${src.title}</a>` : src.title
          }`,
      )}
    </details>`;
  }

  render() {
    const s = LEARNING_STRINGS[this.lang];
    const data = this.data;
    if (!data) return html`<p>${s.empty}</p>`;
    const focus = new Set(this.highlight);
    const marked = (places: string[] | undefined) =>
      (places ?? []).some((p) => focus.has(p)) ? html`<span class="mark">${s.atStops}</span>` : nothing;
    const en = !isZh(this.lang);
    return html`
      ${
        this.show !== 'glossary'
          ? html`<section part="timeline" aria-labelledby="timeline-h">
              <h2 id="timeline-h">${s.timeline}</h2>
              <ol>
                ${data.timeline.map(
                  (e) =>
                    html`<li>
                      <span class="year">${s.year(e.year, e.era_zh)}</span>
                      ${en ? e.event_en : e.event_zh}${marked(e.places)} ${this.sources(e)}
                    </li>`,
                )}
              </ol>
            </section>`
          : nothing
      }
      ${
        this.show !== 'timeline'
          ? html`<section part="glossary" aria-labelledby="glossary-h">
              <h2 id="glossary-h">${s.glossary}</h2>
              <dl>
                ${focusFirst(data.glossary, focus).map(
                  (t) =>
                    html`<div class="term">
                      <dt lang="zh-Hans">
                        ${t.term_zh} <span class="pinyin" lang="zh-Latn-pinyin">${t.pinyin}</span>
                        ${en ? html`<span lang="en">· ${t.term_en}</span>` : nothing}${marked(t.places)}
                      </dt>
                      <dd>${en ? t.definition_en : t.definition_zh} ${this.sources(t)}</dd>
                    </div>`,
                )}
              </dl>
            </section>`
          : nothing
      }
    `;
  }
}

customElements.define('learning-reference', LearningReference);

declare global {
  interface HTMLElementTagNameMap {
    'learning-reference': LearningReference;
  }
}
